"""Parse time of two versions of the code or more, side by side on the benchmark pages.

    git worktree add /tmp/before REV
    python -m benchmarks.trees /tmp/before/src src          # --pages 400 --rounds 10

Each round runs every tree once, in turn, in a fresh process of this interpreter that imports
``newstranscript`` from that tree's ``src`` folder; each process parses the same benchmark
pages seven times and reports its best CPU time. Taking turns lets a burst of other work on
the machine fall on every tree alike. It prints each tree's best and median time over the
rounds, and its ratio to the first tree's best.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

# What each child runs: the tree's package first on the path, the benchmark pages from this
# checkout's corpus, so every tree reads the same pages.
_CHILD = """
import sys, time
sys.path[:0] = [{tree!r}, {root!r}]
import newstranscript
from benchmarks.corpus import pages
texts = list(pages({pages}))
best = float("inf")
for _ in range(7):
    started = time.process_time()
    for text in texts:
        newstranscript.parse(text)
    best = min(best, time.process_time() - started)
print(best)
"""


def _parse_time(tree: str, pages: int) -> float:
    root = str(Path(__file__).resolve().parent.parent)
    program = _CHILD.format(tree=tree, root=root, pages=pages)
    done = subprocess.run(
        [sys.executable, "-c", program], capture_output=True, text=True, check=True
    )
    return float(done.stdout)


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.trees", description=__doc__)
    parser.add_argument("trees", nargs="+", help="src folders, each holding newstranscript")
    parser.add_argument("--pages", type=int, default=400)
    parser.add_argument("--rounds", type=int, default=10)
    args = parser.parse_args(argv)
    for tree in args.trees:
        if not (Path(tree) / "newstranscript" / "__init__.py").is_file():
            parser.error(f"{tree}: no newstranscript package in this folder")
    # one list per tree as given: the same tree twice shows the machine's own noise
    times: list[list[float]] = [[] for _ in args.trees]
    for _ in range(args.rounds):
        for tree, runs in zip(args.trees, times, strict=True):
            runs.append(_parse_time(tree, args.pages))
    first = min(times[0])
    print(f"parse of {args.pages} benchmark pages, CPU s, {args.rounds} rounds taking turns")
    print(f"{'tree':40} {'best':>7} {'median':>7} {'/ first':>8}")
    for tree, runs in zip(args.trees, times, strict=True):
        best = min(runs)
        print(f"{tree:40} {best:7.3f} {statistics.median(runs):7.3f} {best / first:8.3f}")


if __name__ == "__main__":
    main()
