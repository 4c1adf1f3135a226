#!/usr/bin/env bash
# Throughput of `dyad tokenize` (read + split + tokenize + CoNLL-U to /dev/null), release build, pinned to one core,
# median of N timed runs (default 7) after one untimed warm-up run (this machine's clock ramps up under load, and
# the first run also pays for reading the file from disk). Usage: Benchmarks/throughput.sh [FILE] [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
file=${1:-../shared/corpora/reuters21578.jsonl}
runs=${2:-7}
[ -f "$file" ] || { echo "benchmark input $file is missing (it lives in ../shared)"; exit 2; }
swift build -c release --product dyad >/dev/null
bin=.build/release/dyad
bytes=$(stat -c %s "$file")
taskset -c 0 "$bin" tokenize --no-progress "$file" >/dev/null
times=()
for _ in $(seq "$runs"); do
    start=$(date +%s.%N)
    taskset -c 0 "$bin" tokenize --no-progress "$file" >/dev/null
    end=$(date +%s.%N)
    times+=("$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.3f", b - a }')")
done
sorted=$(printf '%s\n' "${times[@]}" | sort -g)
median=$(printf '%s\n' "$sorted" | sed -n "$(( (runs + 1) / 2 ))p")
echo "runs (s): $(printf '%s ' $sorted)"
awk -v b="$bytes" -v m="$median" 'BEGIN { printf "input %.1f MB; median %.3f s; %.1f MB/s\n", b / 1e6, m, b / 1e6 / m }'
