#!/usr/bin/env python3
"""Silver CoNLL-U training data from spaCy's English pipelines (development tooling).

Dyad's language layer (tagger, lemmatizer, dependency parser, entity
recognizer; issue 3) is trained on, and measured against, the output of
spaCy's ``en_core_web_md`` (and compared with ``en_core_web_sm``). This tool
produces that silver data. It reads JSON Lines documents
``{"id": ..., "text": ..., ...}`` (records with ``"tabular": true`` are
skipped), runs the full spaCy pipeline (tok2vec, tagger, parser,
attribute_ruler, lemmatizer, ner) with ``nlp.pipe`` in one process, and
writes CoNLL-U, one document after another::

    # newdoc id = reuters21578-1
    # sent_id = reuters21578-1-1
    # text = Showers continued throughout the week ...
    1	Showers	shower	NOUN	NNS	2	nsubj	_	_	TokenRange=0:7|NER=O
    2	continued	continue	VERB	VBD	0	ROOT	_	_	TokenRange=8:17|NER=O
    ...

* sentences are spaCy's (from the parser); ``sent_id`` is ``<id>-<n>``, n
  counting the written sentences of the document from 1; ``# text`` is the
  document text from the first to the last token of the sentence with CR and
  LF replaced by spaces (as ``dyad tokenize`` writes it);
* ID, FORM (the exact token text), LEMMA (``token.lemma_``), UPOS
  (``token.pos_``), XPOS (Penn tag, ``token.tag_``), HEAD (index within the
  sentence, 0 for the root), DEPREL (spaCy's English labels, the root is
  ``ROOT``); FEATS and DEPS are ``_``;
* MISC: ``TokenRange=<start>:<end>`` (Unicode code-point offsets into the
  document text, end exclusive, as ``dyad tokenize`` prints them), then
  ``SpaceAfter=No`` when the token is not followed by whitespace (not on the
  last token of a document), then ``NER=B-<TYPE>``, ``NER=I-<TYPE>`` or
  ``NER=O`` (BIO over spaCy's 18 OntoNotes entity types).

Whitespace tokens (``token.is_space``: line breaks, runs of extra spaces) are
dropped. A token whose head is a dropped token takes that token's head
(repeatedly, until a kept token); if the chain ends at a dropped root, the
token becomes a child of the sentence's root, and if the sentence's root
itself was dropped, the first orphaned non-punctuation token (else the first
orphan) becomes the root (DEPREL ``ROOT``) and the other orphans its
children. Such sentences are counted as "fixed". Every written sentence is
checked to be a tree (IDs 1..n, heads in range, exactly one root, no cycles);
one that is not, even after the repair, is skipped and counted. Sentences of
whitespace only are skipped (counted separately). An entity is cut at a
sentence boundary (each sentence's BIO sequence is valid on its own) and
loses its whitespace tokens; the cuts are counted.

Deterministic split (the "corpora test slice")
-----------------------------------------------
A document belongs to the held-out TEST slice when::

    int.from_bytes(hashlib.sha1(str(id).encode("utf-8")).digest()[:8], "big") % 100 < 5

and to TRAIN otherwise (about 5% test). It depends on the document id only,
so it is the same for every corpus, model and run (``split_of`` below; use
the same function for our modern news JSONL). ``--split`` selects ``train``,
``test``, ``all`` (default) or ``both`` (one pass, two outputs: ``-o`` and
``--spans`` must contain ``{split}``). Documents of unselected splits are not
parsed.

Entity spans (``--spans FILE``): JSON Lines, one line per written document,
``{"id": ..., "entities": [[start, end, "TYPE"], ...]}`` with code-point
offsets; exactly the spans that the BIO tags of the CoNLL-U file encode.

Validation (``--validate FILE.conllu --texts IN.jsonl ...``): re-reads a
CoNLL-U file and checks every sentence structurally (10 columns, IDs 1..n,
heads in range, exactly one root, no cycles, valid BIO) and, for documents
found in the ``--texts`` inputs, that every FORM equals the text at its
TokenRange, that ranges increase, and that ``# text`` matches.

Examples::

    python3 tools/silver.py ../shared/corpora/reuters21578.jsonl ../shared/corpora/agnews.jsonl \\
        --model md --split both -o .build-silver/corpora-{split}.conllu \\
        --spans .build-silver/corpora-{split}.spans.jsonl
    python3 tools/silver.py ../shared/corpora/reuters21578.jsonl --limit 50 -o /tmp/x.conllu
    python3 tools/silver.py --validate .build-silver/corpora-test.conllu \\
        --texts ../shared/corpora/reuters21578.jsonl ../shared/corpora/agnews.jsonl
"""

from __future__ import annotations

import argparse
import hashlib
import itertools
import json
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Iterator, TextIO

sys.path.insert(0, str(Path(__file__).resolve().parent))
from spacy_tokens import _MODELS, load_pipeline, model_description, read_records  # noqa: E402

TEST_PERCENT = 5
SPLITS = ("train", "test")


def split_of(doc_id) -> str:
    """``"test"`` for about 5% of document ids (stable sha1 hash), else ``"train"``."""
    digest = hashlib.sha1(str(doc_id).encode("utf-8")).digest()
    return "test" if int.from_bytes(digest[:8], "big") % 100 < TEST_PERCENT else "train"


def one_line(value: str) -> str:
    """A comment value on one line: CR and LF become spaces (as dyad does)."""
    return value.replace("\r", " ").replace("\n", " ")


class Stats:
    def __init__(self) -> None:
        self.c: Counter = Counter()

    def __getitem__(self, key):
        return self.c[key]

    def add(self, key: str, n: int = 1) -> None:
        self.c[key] += n


def _is_tree(heads: list[int]) -> str | None:
    """None if ``heads`` (1-based, 0 = root) is a tree, else the reason."""
    n = len(heads)
    roots = [i for i, h in enumerate(heads, 1) if h == 0]
    if len(roots) != 1:
        return f"{len(roots)} roots"
    for h in heads:
        if h < 0 or h > n:
            return "head out of range"
    for i in range(1, n + 1):
        seen = 0
        j = i
        while j != 0:
            j = heads[j - 1]
            seen += 1
            if seen > n:
                return "cycle"
    return None


def sentence_rows(sent, kept: list, stats: Stats):
    """Heads and labels of the kept tokens of ``sent`` (a spaCy Span).

    Returns ``(heads, deps)`` (heads 1-based within the kept tokens, 0 for the
    root) or None when the sentence cannot be made a tree.
    """
    start, end = sent.start, sent.end
    number = {t.i: k for k, t in enumerate(kept, 1)}
    heads: list[int | None] = []
    deps = [t.dep_ for t in kept]
    root_k = None
    for k, t in enumerate(kept, 1):
        if t.head.i == t.i:
            heads.append(0)
            if root_k is None:
                root_k = k
            continue
        h = t.head
        steps = 0
        target: int | None = None
        while True:
            if not (start <= h.i < end):
                stats.add("heads outside sentence")
                break
            if h.i in number:
                target = number[h.i]
                break
            # h is a dropped whitespace token: go to its head
            if h.head.i == h.i or steps > len(sent):
                break  # dropped root (or a loop): orphan
            h = h.head
            steps += 1
        heads.append(target)
    fixed = False
    orphans = [k for k, h in enumerate(heads, 1) if h is None]
    if orphans:
        fixed = True
        if root_k is None:
            content = [k for k in orphans if kept[k - 1].pos_ != "PUNCT"]
            root_k = (content or orphans)[0]
            deps[root_k - 1] = "ROOT"
            stats.add("roots promoted")
        for k in orphans:
            heads[k - 1] = 0 if k == root_k else root_k
    roots = [k for k, h in enumerate(heads, 1) if h == 0]
    if len(roots) > 1:  # not expected from spaCy's parser; keep the first
        fixed = True
        for k in roots:
            if k != root_k:
                heads[k - 1] = root_k
                stats.add("extra roots attached")
    if deps[root_k - 1] != "ROOT":
        deps[root_k - 1] = "ROOT"
        fixed = True
    reason = _is_tree(heads)  # type: ignore[arg-type]
    if reason:
        stats.add(f"sentences skipped: {reason}")
        stats.add("sentences skipped (not a tree)")
        return None
    if fixed:
        stats.add("sentences fixed")
    return heads, deps


def write_doc(doc, doc_id, out: TextIO, spans_out: TextIO | None, stats: Stats) -> None:
    """Write one parsed document as CoNLL-U (and its entity spans)."""
    text = doc.text
    n_text = len(text)
    ent_of: dict[int, int] = {}
    ent_label: list[str] = []
    for e, ent in enumerate(doc.ents):
        ent_label.append(ent.label_)
        kept_in = [t.i for t in ent if not t.is_space]
        if not kept_in:
            stats.add("entities of whitespace only dropped")
        for i in kept_in:
            ent_of[i] = e
    last_kept = max((t.i for t in doc if not t.is_space), default=-1)
    out.write(f"# newdoc id = {one_line(str(doc_id))}\n")
    stats.add("documents")
    entities: list[list] = []
    n_sent = 0
    seen_ents: set[int] = set()
    for sent in doc.sents:
        kept = [t for t in sent if not t.is_space]
        stats.add("whitespace tokens dropped", len(sent) - len(kept))
        if not kept:
            stats.add("whitespace-only sentences skipped")
            continue
        rows = sentence_rows(sent, kept, stats)
        if rows is None:
            continue
        heads, deps = rows
        n_sent += 1
        first, last = kept[0].idx, kept[-1].idx + len(kept[-1].text)
        lines = [f"# sent_id = {one_line(str(doc_id))}-{n_sent}\n",
                 f"# text = {one_line(text[first:last])}\n"]
        prev = -1
        for k, t in enumerate(kept, 1):
            s = t.idx
            e = s + len(t.text)
            misc = f"TokenRange={s}:{e}"
            if t.i != last_kept and (e >= n_text or not text[e].isspace()):
                misc += "|SpaceAfter=No"
            ent = ent_of.get(t.i, -1)
            if ent < 0:
                misc += "|NER=O"
            elif ent == prev:
                misc += f"|NER=I-{ent_label[ent]}"
                entities[-1][1] = e
            else:
                misc += f"|NER=B-{ent_label[ent]}"
                if ent in seen_ents:
                    stats.add("entities cut at a sentence boundary")
                seen_ents.add(ent)
                entities.append([s, e, ent_label[ent]])
            prev = ent
            lemma = t.lemma_
            if not lemma or any(ch.isspace() for ch in lemma):
                stats.add("lemmas with whitespace or empty (replaced)")
                lemma = "".join("_" if ch.isspace() else ch for ch in lemma) or "_"
            # ID FORM LEMMA UPOS XPOS FEATS HEAD DEPREL DEPS MISC
            lines.append(f"{k}\t{t.text}\t{lemma}\t{t.pos_ or '_'}\t{t.tag_ or '_'}\t_\t"
                         f"{heads[k - 1]}\t{deps[k - 1] or 'dep'}\t_\t{misc}\n")
        lines.append("\n")
        out.write("".join(lines))
        stats.add("sentences")
        stats.add("tokens", len(kept))
    stats.add("entities", len(entities))
    if spans_out is not None:
        spans_out.write(json.dumps({"id": doc_id, "entities": entities},
                                   ensure_ascii=False, separators=(",", ":")) + "\n")


def iter_inputs(paths: list[str], limit: int | None, splits: set[str],
                stats: Stats) -> Iterator[tuple[str, dict]]:
    """(split, record) for the selected splits, at most ``limit`` in all."""
    def gen():
        for path in paths:
            src = sys.stdin if path == "-" else open(path, encoding="utf-8")
            with src:
                for record in read_records(src, skip_tabular=False):
                    if record.get("tabular") is True:
                        stats.add("tabular records skipped")
                        continue
                    split = split_of(record.get("id"))
                    if split in splits:
                        yield split, record
    return itertools.islice(gen(), limit)


def run(args) -> int:
    splits = {"train", "test"} if args.split in ("both", "all") else {args.split}
    if args.split == "both":
        for name, value in (("-o", args.output), ("--spans", args.spans)):
            if value is not None and "{split}" not in value:
                raise SystemExit(f"--split both: {name} must contain '{{split}}'")
        out_names = {s: args.output.format(split=s) for s in SPLITS}
        span_names = {s: args.spans.format(split=s) for s in SPLITS} if args.spans else {}
    else:
        out_names = {s: args.output for s in SPLITS}
        span_names = {s: args.spans for s in SPLITS} if args.spans else {}
    files: dict[str, TextIO] = {}

    def opened(name: str) -> TextIO:
        if name == "-":
            return sys.stdout
        if name not in files:
            Path(name).parent.mkdir(parents=True, exist_ok=True)
            files[name] = open(name, "w", encoding="utf-8", newline="\n")
        return files[name]

    stats_by = {s: Stats() for s in SPLITS}
    read_stats = Stats()
    for s in splits:  # create outputs even when a split turns out empty
        opened(out_names[s])
        if span_names:
            opened(span_names[s])

    t0 = time.perf_counter()
    nlp = load_pipeline(args.model, args.model_path)
    load_s = time.perf_counter() - t0
    print(f"{model_description(nlp)} ({', '.join(nlp.pipe_names)}) loaded in {load_s:.1f}s",
          file=sys.stderr)

    records = iter_inputs(args.inputs, args.limit, splits, read_stats)
    stream = ((r["text"], (split, r.get("id"))) for split, r in records)
    started = time.perf_counter()
    last_report = started
    spacy_tokens = 0
    n = 0
    for doc, (split, doc_id) in nlp.pipe(stream, as_tuples=True, batch_size=args.batch_size):
        spacy_tokens += len(doc)
        write_doc(doc, doc_id, opened(out_names[split]),
                  opened(span_names[split]) if span_names else None, stats_by[split])
        n += 1
        now = time.perf_counter()
        if args.progress and now - last_report >= args.progress:
            last_report = now
            words = sum(st["tokens"] for st in stats_by.values())
            print(f"  {n} documents, {words} tokens, {words / (now - started):.0f} tokens/s",
                  file=sys.stderr, flush=True)
    elapsed = time.perf_counter() - started
    for f in files.values():
        f.close()

    total_tokens = sum(st["tokens"] for st in stats_by.values())
    err = sys.stderr
    print(f"model: {model_description(nlp)}; batch size {args.batch_size}", file=err)
    for key, value in sorted(read_stats.c.items()):
        print(f"{key}: {value}", file=err)
    for s in SPLITS:
        if s not in splits:
            continue
        st = stats_by[s]
        print(f"[{s}] -> {out_names[s]}", file=err)
        always = ("documents", "sentences", "tokens", "entities", "whitespace tokens dropped",
                  "sentences fixed", "sentences skipped (not a tree)",
                  "whitespace-only sentences skipped", "entities cut at a sentence boundary")
        for key in always:
            print(f"  {key}: {st[key]}", file=err)
        for key, value in sorted(st.c.items()):
            if key not in always:
                print(f"  {key}: {value}", file=err)
    print(f"time: {elapsed:.1f}s for {total_tokens} tokens ({spacy_tokens} spaCy tokens "
          f"incl. whitespace): {total_tokens / max(elapsed, 1e-9):.0f} tokens/s "
          f"(load {load_s:.1f}s excluded)", file=err)
    return 0


# ---------------------------------------------------------------- reading / validation

def read_conllu(stream: TextIO) -> Iterator[tuple[str, list[tuple[dict, list[list[str]]]]]]:
    """Yield ``(doc_id, [(comments, rows), ...])`` per ``# newdoc``.

    ``comments`` maps comment keys (``sent_id``, ``text``) to values; ``rows``
    are the 10 tab-separated columns of each token line. Lines are split on
    LF only (not ``str.splitlines``: a FORM may hold U+2028 and the like).
    """
    doc_id = None
    sents: list = []
    comments: dict = {}
    rows: list = []
    for raw in stream:
        line = raw.rstrip("\n")
        if line.startswith("# newdoc id = "):
            if rows:
                sents.append((comments, rows))
                comments, rows = {}, []
            if doc_id is not None:
                yield doc_id, sents
            doc_id, sents = line[len("# newdoc id = "):], []
        elif line.startswith("#"):
            key, _, value = line[1:].strip().partition(" = ")
            comments[key] = value
        elif line == "":
            if rows:
                sents.append((comments, rows))
            comments, rows = {}, []
        else:
            rows.append(line.split("\t"))
    if rows:
        sents.append((comments, rows))
    if doc_id is not None:
        yield doc_id, sents


def misc_fields(misc: str) -> dict[str, str]:
    return dict(item.partition("=")[::2] for item in misc.split("|") if item != "_")


def validate(path: str, text_paths: list[str]) -> int:
    texts: dict[str, str] = {}
    for tp in text_paths:
        with open(tp, encoding="utf-8") as f:
            for line in f:
                if line.strip():
                    r = json.loads(line)
                    texts[str(r.get("id"))] = r["text"]
    problems = Counter()
    examples: list[str] = []
    docs = sents = tokens = checked_docs = 0
    ids_seen: set[str] = set()

    def bad(kind: str, where: str) -> None:
        problems[kind] += 1
        if len(examples) < 20:
            examples.append(f"{kind}: {where}")

    with open(path, encoding="utf-8") as f:
        for doc_id, sentences in read_conllu(f):
            docs += 1
            if doc_id in ids_seen:
                bad("duplicate document id", doc_id)
            ids_seen.add(doc_id)
            text = texts.get(doc_id)
            checked_docs += text is not None
            prev_end = -1
            for n, (comments, rows) in enumerate(sentences, 1):
                sents += 1
                where = f"{doc_id} sentence {n}"
                if comments.get("sent_id") != f"{doc_id}-{n}":
                    bad("sent_id", where)
                heads = []
                prev_tag = "O"
                for k, row in enumerate(rows, 1):
                    tokens += 1
                    if len(row) != 10:
                        bad("column count", where)
                        continue
                    if row[0] != str(k):
                        bad("ID sequence", where)
                    if any(not c or any(ch.isspace() for ch in c) for c in row):
                        bad("empty or whitespace field", where)
                    try:
                        heads.append(int(row[6]))
                    except ValueError:
                        bad("HEAD not an integer", where)
                        heads.append(-1)
                    if (row[6] == "0") != (row[7] == "ROOT"):
                        bad("ROOT label not on the root", where)
                    misc = misc_fields(row[9])
                    ner = misc.get("NER", "")
                    if ner != "O" and not (ner[:2] in ("B-", "I-") and len(ner) > 2):
                        bad("NER value", where)
                    if ner.startswith("I-") and prev_tag[2:] != ner[2:]:
                        bad("I- without B-", where)
                    prev_tag = ner
                    try:
                        s, e = (int(x) for x in misc["TokenRange"].split(":"))
                    except (KeyError, ValueError):
                        bad("TokenRange", where)
                        continue
                    if s < prev_end or e <= s:
                        bad("TokenRange order", where)
                    prev_end = e
                    if text is not None:
                        if text[s:e] != row[1]:
                            bad("FORM != text[TokenRange]", f"{where} token {k}")
                        no_space = "SpaceAfter" in misc
                        if e < len(text) and no_space == text[e].isspace():
                            bad("SpaceAfter", f"{where} token {k}")
                reason = _is_tree(heads) if -1 not in heads else "bad head"
                if reason:
                    bad(f"not a tree ({reason})", where)
                if text is not None and rows and all(len(r) == 10 for r in rows):
                    s = int(misc_fields(rows[0][9])["TokenRange"].split(":")[0])
                    e = int(misc_fields(rows[-1][9])["TokenRange"].split(":")[1])
                    if comments.get("text") != one_line(text[s:e]):
                        bad("# text", where)
    print(f"{path}: {docs} documents ({checked_docs} checked against their text), "
          f"{sents} sentences, {tokens} tokens")
    if not problems:
        print("valid: every sentence has IDs 1..n, heads in range, one root, no cycle; "
              "BIO valid; TokenRange/FORM/# text match the text")
        return 0
    for kind, count in problems.most_common():
        print(f"  {kind}: {count}")
    for ex in examples:
        print(f"    e.g. {ex}")
    return 1


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description="Annotate JSON Lines documents ({\"id\",\"text\",...}) with spaCy "
                    "(tags, lemmas, dependencies, entities) and write silver CoNLL-U "
                    "with TokenRange and NER=BIO in MISC. Whitespace tokens are dropped; "
                    "documents are split train/test by a sha1 hash of their id "
                    f"({TEST_PERCENT}% test). See the module docstring for the format.")
    parser.add_argument("inputs", nargs="*", metavar="IN.jsonl",
                        help="input JSON Lines files ('-' for stdin), read in order")
    parser.add_argument("-o", "--output", default="-",
                        help="output CoNLL-U file (default: stdout); with --split both it "
                             "must contain {split}")
    parser.add_argument("--split", choices=["train", "test", "all", "both"], default="all",
                        help="documents to annotate: the train or test slice, all in one "
                             "output, or both into two outputs (default: all)")
    parser.add_argument("--spans", metavar="FILE",
                        help="also write entity spans as JSON Lines "
                             "{\"id\", \"entities\": [[start, end, TYPE], ...]}")
    parser.add_argument("--limit", type=int, metavar="N",
                        help="annotate at most N documents (of the selected splits, in all)")
    parser.add_argument("--model", choices=sorted(_MODELS), default="md",
                        help="spaCy English model (default: md)")
    parser.add_argument("--model-path", metavar="DIR",
                        help="load the pipeline from this spaCy model directory")
    parser.add_argument("--batch-size", type=int, default=256,
                        help="nlp.pipe batch size (default: 256)")
    parser.add_argument("--progress", type=float, default=0, metavar="SECONDS",
                        help="report progress on stderr every SECONDS (default: off)")
    parser.add_argument("--validate", metavar="FILE.conllu",
                        help="do not annotate: check this CoNLL-U file structurally "
                             "(and against the --texts documents); exit 1 on problems")
    parser.add_argument("--texts", nargs="*", default=[], metavar="IN.jsonl",
                        help="with --validate: JSON Lines inputs holding the documents' text")
    args = parser.parse_args(argv)
    if args.validate:
        return validate(args.validate, args.texts or args.inputs)
    if not args.inputs:
        parser.error("no input files")
    return run(args)


if __name__ == "__main__":
    try:
        sys.exit(main())
    except BrokenPipeError:
        sys.stderr.close()
        sys.exit(0)
