#!/usr/bin/env python3
"""Times `dyad code --no-progress INPUT` for several dyad binaries, alternating them run by run on one core.

The VM's speed drifts by up to 10 % over minutes, so only runs taken in the same minutes compare; each round runs
every binary once, in order. Prints, per binary, the median wall and CPU time and every wall time.

    python3 tools/alternate_speed.py RUNS INPUT BINARY [BINARY ...]
    python3 tools/alternate_speed.py 7 /tmp/r2000.jsonl /tmp/base/dyad .build/release/dyad

INPUT is a JSON Lines file (e.g. the first 2,000 records of ../shared/corpora/reuters21578.jsonl). Each binary's
output goes to a scratch file and is not compared here; compare outputs with `cmp` separately.
"""
import os
import statistics
import subprocess
import sys
import tempfile
import time


def main() -> int:
    if len(sys.argv) < 4 or not sys.argv[1].isdigit():
        print(__doc__.strip(), file=sys.stderr)
        return 2
    runs, source, binaries = int(sys.argv[1]), sys.argv[2], sys.argv[3:]
    for binary in binaries:
        if not os.access(binary, os.X_OK):
            print(f"alternate_speed: {binary}: not an executable file\n    hint: build it with swift build -c release",
                  file=sys.stderr)
            return 2
    wall = {binary: [] for binary in binaries}
    cpu = {binary: [] for binary in binaries}
    with tempfile.TemporaryFile() as scratch:
        for _ in range(runs):
            for binary in binaries:
                scratch.seek(0)
                start = time.perf_counter()
                process = subprocess.Popen(["taskset", "-c", "0", binary, "code", "--no-progress", source], stdout=scratch)
                _, status, usage = os.wait4(process.pid, 0)
                wall[binary].append(time.perf_counter() - start)
                cpu[binary].append(usage.ru_utime + usage.ru_stime)
                if status != 0:
                    print(f"alternate_speed: {binary} exited with status {status >> 8}", file=sys.stderr)
                    return 1
    for binary in binaries:
        times = " ".join(f"{t:.3f}" for t in wall[binary])
        print(f"{binary}: wall median {statistics.median(wall[binary]):.3f} s, "
              f"cpu median {statistics.median(cpu[binary]):.3f} s | wall {times}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
