#!/usr/bin/env python3
"""Throughput of spaCy's full English pipeline (development tooling, for BENCHMARKS.md).

Runs ``en_core_web_sm`` (tagger, parser, lemmatizer, NER: its whole default pipeline) over the first ``--limit``
documents (all of them, as Dyad's reader takes them) of a JSON Lines corpus, one process, ``nlp.pipe`` with its default batching, and prints the
median tokens per second of ``--runs`` runs (spaCy's own tokens, whitespace tokens excluded), so that Dyad's
``dyad-bench speed`` figure on the same documents can be set beside it::

    taskset -c 0 python3 tools/spacy_speed.py ../shared/corpora/reuters21578.jsonl --limit 2000 --runs 1
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from spacy_tokens import load_pipeline  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus")
    parser.add_argument("--limit", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=1)
    parser.add_argument("--model", default="sm")
    args = parser.parse_args()
    texts = []
    with open(args.corpus, encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            texts.append(record.get("text") or "")
            if len(texts) >= args.limit:
                break
    nlp = load_pipeline(args.model)
    rates = []
    for _ in range(args.runs):
        start = time.perf_counter()
        tokens = 0
        for doc in nlp.pipe(texts):
            tokens += sum(1 for token in doc if not token.is_space)
        elapsed = time.perf_counter() - start
        rates.append(tokens / elapsed)
        print(f"run: {tokens} tokens in {elapsed:.2f} s, {tokens / elapsed:.0f} tokens/s", flush=True)
    print(f"spaCy {args.model} full pipeline: median {statistics.median(rates):.0f} tokens/s over {len(texts)} documents")


if __name__ == "__main__":
    main()
