#!/usr/bin/env python3
"""Modern (2015-2026) news-wire text written by the Dyad project.

Running this file writes

    tools/data/modern-news.jsonl

(one JSON object per line: {"id", "date", "title", "text", "topic"}) after
checking its invariants (unique ids, valid dates in 2015-2026, no empty text,
no sentence used twice anywhere in the set) and prints counts of documents,
sentences, words, and documents/sentences per topic and per region.

Provenance and licence: every sentence below was written from scratch for
Dyad as training material (silver annotation) for its language layer. The
texts are FICTIONAL COMPOSITES in news-wire style: real countries,
organisations and office-holders appear, but the events, figures, dates and
quotations are invented or illustrative and must not be cited as reporting.
Nothing was copied from any corpus, website or from /work/shared. This text
is the project's own work and is distributed under the same licence as the
rest of the Dyad project.

Data format: each document is declared with D(date, topic, region, text).
`text` has one sentence per line; a first line starting with "H: " is the
headline (no final punctuation), which becomes the "title" field. The
headline is not repeated in "text". Documents without a headline get a
empty title, as wire briefs often have none.
"""

import datetime
import json
import os
import re
import sys
from collections import Counter

DOCS = []
TOPICS = {
    "diplomacy", "conflict", "protest", "sanctions-trade", "elections",
    "coup", "courts", "humanitarian", "cyber", "migration", "energy",
    "technology", "markets", "nuclear", "health", "climate",
}
REGIONS = {
    "africa", "middle-east", "europe", "east-asia", "south-asia",
    "southeast-asia", "central-asia", "latin-america", "north-america",
    "oceania", "global",
}


def D(date, topic, region, text):
    lines = [ln.strip() for ln in text.strip().splitlines() if ln.strip()]
    headline = ""
    if lines and lines[0].startswith("H: "):
        headline = lines[0][3:].strip()
        lines = lines[1:]
    DOCS.append({"date": date, "topic": topic, "region": region,
                 "headline": headline, "sentences": lines})


# ===================================================================== DATA
# === END OF DATA ===


def main():
    errors = []
    seen_sent = {}
    out = []
    ids = set()
    for n, d in enumerate(DOCS, 1):
        did = "mn-%s-%04d" % (d["date"][:4], n)
        where = "%s (%s)" % (did, d["sentences"][0][:40] if d["sentences"] else "?")
        if did in ids:
            errors.append("duplicate id " + did)
        ids.add(did)
        try:
            dt = datetime.date.fromisoformat(d["date"])
            if not (2015 <= dt.year <= 2026) or dt > datetime.date(2026, 12, 31):
                errors.append("date out of range: " + where)
        except ValueError:
            errors.append("bad date %r: %s" % (d["date"], where))
        if d["topic"] not in TOPICS:
            errors.append("unknown topic %r: %s" % (d["topic"], where))
        if d["region"] not in REGIONS:
            errors.append("unknown region %r: %s" % (d["region"], where))
        if not d["sentences"]:
            errors.append("empty text: " + where)
        if len(d["sentences"]) < 3 or len(d["sentences"]) > 10:
            errors.append("%d sentences (want 3-10): %s" % (len(d["sentences"]), where))
        h = d["headline"]
        if h and h[-1] in ".!":
            errors.append("headline ends with punctuation: " + where)
        for s in ([h] if h else []) + d["sentences"]:
            key = re.sub(r"\s+", " ", s.strip().lower())
            if key in seen_sent:
                errors.append("duplicated sentence in %s and %s: %s"
                              % (seen_sent[key], did, s[:70]))
            else:
                seen_sent[key] = did
            if '"' in s or "\t" in s:
                errors.append("straight quote/tab (use curly quotes): %s: %s" % (did, s[:60]))
        for s in d["sentences"]:
            if s[-1] not in ".!?”’)" :
                errors.append("body sentence without final punctuation: %s: %s" % (did, s[-50:]))
        text = " ".join(d["sentences"])
        if not text.strip():
            errors.append("empty text: " + where)
        out.append({"id": did, "date": d["date"], "title": h, "text": text,
                    "topic": d["topic"], "region": d["region"],
                    "_n": len(d["sentences"]) + (1 if h else 0)})
    if errors:
        for e in errors:
            print("ERROR:", e, file=sys.stderr)
        print("%d error(s); nothing written" % len(errors), file=sys.stderr)
        return 1

    here = os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(here, "data", "modern-news.jsonl")
    os.makedirs(os.path.dirname(path), exist_ok=True)
    tmp = path + ".tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        for o in out:
            row = {k: o[k] for k in ("id", "date", "title", "text", "topic")}
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    os.replace(tmp, path)

    nsent = sum(len(d["sentences"]) for d in DOCS)
    nhead = sum(1 for d in DOCS if d["headline"])
    words = sum(len((o["title"] + " " + o["text"]).split()) for o in out)
    print("wrote", os.path.relpath(path))
    print("documents: %d" % len(out))
    print("sentences: %d body + %d headlines = %d" % (nsent, nhead, nsent + nhead))
    print("words: %d" % words)
    years = Counter(o["date"][:4] for o in out)
    print("per year: " + ", ".join("%s %d" % kv for kv in sorted(years.items())))
    for key in ("topic", "region"):
        docs = Counter(o[key] for o in out)
        sents = Counter()
        for o in out:
            sents[o[key]] += o["_n"]
        print("per %s (documents / sentences):" % key)
        for k, v in sorted(docs.items(), key=lambda kv: -kv[1]):
            print("  %-16s %4d %5d" % (k, v, sents[k]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
