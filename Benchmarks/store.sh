#!/usr/bin/env bash
# Store benchmarks (issue 6), release build, pinned to one core:
#   1. ingest speed against `dyad code` on the first 2,000 Reuters records, runs alternated (the VM's speed drifts
#      between phases), medians of CPU time (user + sys) and of wall time;
#   2. analytics on a store of 1,000,000 synthetic events (`dyad-bench relations`), and `dyad relations` end to end;
#   3. ingesting the whole Reuters corpus twice: the counts must not change.
# Usage: Benchmarks/store.sh [RUNS]   (needs ../shared; writes its databases under /tmp/dyad-store-bench)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
corpus=../shared/corpora/reuters21578.jsonl
[ -f "$corpus" ] || { echo "store.sh: $corpus is absent (the benchmark needs ../shared)"; exit 1; }
work=/tmp/dyad-store-bench
mkdir -p "$work"
swift build -c release --scratch-path .build-main --product dyad >/dev/null
swift build -c release --scratch-path .build-main --product dyad-bench >/dev/null
dyad=.build-main/release/dyad
bench=.build-main/release/dyad-bench
head -2000 "$corpus" > "$work/reuters2000.jsonl"

measure() { # label, command...: prints "label cpu wall"
    local label=$1; shift
    /usr/bin/time -f "$label %U %S %e" "$@" 2>&1 >/dev/null | grep "^$label "
}
for i in $(seq "$runs"); do
    measure code taskset -c 0 "$dyad" code --no-progress "$work/reuters2000.jsonl"
    rm -f "$work"/ingest.sqlite*
    measure ingest taskset -c 0 "$dyad" ingest --no-progress --db "$work/ingest.sqlite" "$work/reuters2000.jsonl"
done | python3 -c '
import sys, statistics
cpu, wall = {}, {}
for line in sys.stdin:
    label, user, system, elapsed = line.split()
    cpu.setdefault(label, []).append(float(user) + float(system))
    wall.setdefault(label, []).append(float(elapsed))
for label in cpu:
    print(f"{label}: CPU {statistics.median(cpu[label]):.2f} s, wall {statistics.median(wall[label]):.2f} s (medians of {len(cpu[label])})")
code, ingest = statistics.median(cpu["code"]), statistics.median(cpu["ingest"])
print(f"ingest speed / code speed (CPU): {100 * code / ingest:.0f}%")
'

"$bench" relations "$work/million.sqlite" --events 1000000 --runs 5
for i in 1 2 3; do
    measure relations "$dyad" relations PRK --db "$work/million.sqlite" --format json
done | awk '{print "dyad relations PRK --format json over the million-event store, whole process: " $4 " s wall"}'

rm -f "$work"/reuters.sqlite*
for pass in 1 2; do
    "$dyad" ingest --no-progress --jobs 2 --db "$work/reuters.sqlite" "$corpus" 2>&1 | tail -1
done
