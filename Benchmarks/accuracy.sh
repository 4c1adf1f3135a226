#!/usr/bin/env bash
# Accuracy benchmarks of the foundation, release build:
#   1. tokenizer agreement with spaCy's English tokenizer on our news sentences (committed gold file);
#   2. the same on the Reuters-21578 and AG News corpora in ../shared (the spaCy reference is generated on first
#      use by tools/spacy_tokens.py, which needs `pip install -r tools/requirements.txt`);
#   3. sentence-boundary precision, recall and F1 on our 736-boundary news set.
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --product dyad-bench >/dev/null
bench=.build/release/dyad-bench
gold=Tests/DyadTextTests/Fixtures/tokens/news-tokens.jsonl

echo "== tokens: our news sentences ($gold)"
"$bench" tokens "$gold" "$gold" --show 5 | tail -3

mkdir -p .build-bench
for corpus in reuters21578 agnews; do
    input=../shared/corpora/$corpus.jsonl
    reference=.build-bench/$corpus.spacy-tokens.jsonl
    if [ ! -f "$input" ]; then echo "== tokens: $corpus skipped ($input is absent)"; continue; fi
    if [ ! -f "$reference" ]; then
        python3 tools/spacy_tokens.py "$input" -o "$reference" \
            || { echo "== tokens: $corpus skipped (spaCy reference could not be made; see tools/README.md)"; continue; }
    fi
    echo "== tokens: $corpus (all records)"
    "$bench" tokens "$reference" "$input" --show 5 | tail -3
done

echo "== sentences: Tests/DyadTextTests/Fixtures/sentences/news-boundaries.jsonl"
"$bench" sentences Tests/DyadTextTests/Fixtures/sentences/news-boundaries.jsonl --show 10
