#!/usr/bin/env python3
"""Agreement between two CoNLL-U annotations of the same documents (development tooling).

Compares a SYSTEM file with a REFERENCE file (e.g. en_core_web_sm's silver
output with en_core_web_md's, or Dyad's ``dyad parse`` output with md's) and
prints five figures:

* XPOS accuracy   -- tokens whose Penn tag is the same;
* UAS             -- tokens whose head is the same token (the root: both roots);
* LAS             -- same head and same DEPREL;
* lemma accuracy  -- tokens whose LEMMA is the same string (case-sensitive);
* entity F1       -- over entity spans, a match being the exact same start, end
  and type (precision = matches / system spans, recall = matches / reference
  spans).

Tokens are matched by document id (``# newdoc id``) and MISC
``TokenRange=<start>:<end>``, so the two files may split sentences
differently (spaCy's sm and md parsers do): heads are compared as the
TokenRange of the head token, at document level. Documents whose token ranges
differ are reported and left out (the silver files share spaCy's tokenizer,
so there should be none); documents in only one file are counted and left
out. Entity spans come from ``NER=B-X``/``I-X`` in MISC (a span does not
cross a sentence boundary).

All tokens count, punctuation included. Extra lines give UAS/LAS without
tokens whose reference DEPREL is ``punct`` (spaCy's Scorer convention), UPOS
accuracy, sentence-boundary F1, and with ``--by-type`` the entity F1 per type.

Example::

    python3 tools/agreement.py .build-silver/corpora-test.conllu .build-silver/corpora-test.sm.conllu
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from silver import misc_fields, read_conllu  # noqa: E402


def load(path: str) -> dict[str, dict]:
    """doc id -> {"tokens": {(s, e): (xpos, upos, lemma, head_range, deprel)},
    "ents": set((s, e, type)), "sent_starts": set(s), "order": [(s, e), ...]}"""
    docs: dict[str, dict] = {}
    with open(path, encoding="utf-8") as f:
        for doc_id, sentences in read_conllu(f):
            tokens: dict = {}
            order: list = []
            ents: set = set()
            starts: set = set()
            for _comments, rows in sentences:
                ranges = []
                for row in rows:
                    s, e = (int(x) for x in misc_fields(row[9])["TokenRange"].split(":"))
                    ranges.append((s, e))
                starts.add(ranges[0][0])
                open_ent = None
                for row, rng in zip(rows, ranges):
                    head = int(row[6])
                    head_rng = None if head == 0 else ranges[head - 1]
                    tokens[rng] = (row[4], row[3], row[2], head_rng, row[7])
                    order.append(rng)
                    ner = misc_fields(row[9]).get("NER", "O")
                    if ner.startswith("I-") and open_ent and open_ent[2] == ner[2:]:
                        open_ent[1] = rng[1]
                        continue
                    if open_ent:
                        ents.add(tuple(open_ent))
                        open_ent = None
                    if ner[:2] in ("B-", "I-"):
                        open_ent = [rng[0], rng[1], ner[2:]]
                if open_ent:
                    ents.add(tuple(open_ent))
            docs[doc_id] = {"tokens": tokens, "order": order, "ents": ents,
                            "sent_starts": starts}
    return docs


def f1(tp: int, n_sys: int, n_ref: int) -> tuple[float, float, float]:
    p = tp / n_sys if n_sys else 0.0
    r = tp / n_ref if n_ref else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def compare(ref: dict[str, dict], sys_: dict[str, dict]) -> dict:
    c = Counter()
    ent_types = Counter()
    for doc_id, rd in ref.items():
        sd = sys_.get(doc_id)
        if sd is None:
            c["documents only in reference"] += 1
            continue
        if rd["order"] != sd["order"]:
            c["documents with different tokens (left out)"] += 1
            continue
        c["documents"] += 1
        for rng in rd["order"]:
            rx, ru, rl, rh, rdep = rd["tokens"][rng]
            sx, su, sl, sh, sdep = sd["tokens"][rng]
            c["tokens"] += 1
            c["xpos"] += rx == sx
            c["upos"] += ru == su
            c["lemma"] += rl == sl
            uas = rh == sh
            las = uas and rdep == sdep
            c["uas"] += uas
            c["las"] += las
            if rdep != "punct":
                c["tokens_nopunct"] += 1
                c["uas_nopunct"] += uas
                c["las_nopunct"] += las
        c["ent_ref"] += len(rd["ents"])
        c["ent_sys"] += len(sd["ents"])
        c["ent_tp"] += len(rd["ents"] & sd["ents"])
        for s, e, t in rd["ents"]:
            ent_types[(t, "ref")] += 1
        for s, e, t in sd["ents"]:
            ent_types[(t, "sys")] += 1
        for s, e, t in rd["ents"] & sd["ents"]:
            ent_types[(t, "tp")] += 1
        c["sent_ref"] += len(rd["sent_starts"])
        c["sent_sys"] += len(sd["sent_starts"])
        c["sent_tp"] += len(rd["sent_starts"] & sd["sent_starts"])
    c["documents only in system"] = sum(1 for d in sys_ if d not in ref)
    n = max(c["tokens"], 1)
    nn = max(c["tokens_nopunct"], 1)
    ep, er, ef = f1(c["ent_tp"], c["ent_sys"], c["ent_ref"])
    sp, sr, sf = f1(c["sent_tp"], c["sent_sys"], c["sent_ref"])
    by_type = {}
    for t in sorted({t for t, _ in ent_types}):
        by_type[t] = dict(zip(("precision", "recall", "f1"),
                              f1(ent_types[(t, "tp")], ent_types[(t, "sys")], ent_types[(t, "ref")])),
                          reference=ent_types[(t, "ref")], system=ent_types[(t, "sys")])
    return {
        "documents": c["documents"], "tokens": c["tokens"],
        "documents_only_in_reference": c["documents only in reference"],
        "documents_only_in_system": c["documents only in system"],
        "documents_tokens_differ": c["documents with different tokens (left out)"],
        "xpos": c["xpos"] / n, "uas": c["uas"] / n, "las": c["las"] / n,
        "lemma": c["lemma"] / n, "entity_f1": ef, "entity_precision": ep, "entity_recall": er,
        "entities_reference": c["ent_ref"], "entities_system": c["ent_sys"],
        "upos": c["upos"] / n, "uas_no_punct": c["uas_nopunct"] / nn,
        "las_no_punct": c["las_nopunct"] / nn, "sentence_f1": sf,
        "sentences_reference": c["sent_ref"], "sentences_system": c["sent_sys"],
        "entity_by_type": by_type,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description="Agreement of a SYSTEM CoNLL-U file with a REFERENCE one (same documents, "
                    "same tokens, matched by document id and MISC TokenRange): XPOS accuracy, "
                    "UAS, LAS, lemma accuracy, entity F1 (exact span and type).")
    parser.add_argument("reference", help="reference CoNLL-U (e.g. en_core_web_md silver)")
    parser.add_argument("system", help="system CoNLL-U (e.g. en_core_web_sm silver, dyad parse)")
    parser.add_argument("--by-type", action="store_true", help="also print entity F1 per type")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)
    r = compare(load(args.reference), load(args.system))
    if args.json:
        print(json.dumps(r, indent=2))
        return 0
    print(f"reference: {args.reference}\nsystem:    {args.system}")
    print(f"documents: {r['documents']} compared, {r['tokens']} tokens"
          f" (only in reference {r['documents_only_in_reference']}, only in system "
          f"{r['documents_only_in_system']}, different tokens {r['documents_tokens_differ']})")
    print(f"XPOS accuracy   {100 * r['xpos']:.2f}%")
    print(f"UAS             {100 * r['uas']:.2f}%")
    print(f"LAS             {100 * r['las']:.2f}%")
    print(f"lemma accuracy  {100 * r['lemma']:.2f}%")
    print(f"entity F1       {r['entity_f1']:.4f}  (P {r['entity_precision']:.4f}, "
          f"R {r['entity_recall']:.4f}; {r['entities_reference']} reference, "
          f"{r['entities_system']} system spans)")
    print(f"  (UPOS {100 * r['upos']:.2f}%; without punct: UAS {100 * r['uas_no_punct']:.2f}%, "
          f"LAS {100 * r['las_no_punct']:.2f}%; sentence-boundary F1 {r['sentence_f1']:.4f}, "
          f"{r['sentences_reference']} vs {r['sentences_system']} sentences)")
    if args.by_type:
        for t, v in r["entity_by_type"].items():
            print(f"  {t:12s} F1 {v['f1']:.4f}  P {v['precision']:.4f}  R {v['recall']:.4f}"
                  f"  ({v['reference']} ref, {v['system']} sys)")
    return 0 if r["documents_tokens_differ"] == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
