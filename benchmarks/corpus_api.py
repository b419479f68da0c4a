"""Peak memory of ``read_corpus`` over a corpus ten times larger: it should stay flat.

Writes the synthetic corpus of ``benchmarks/corpus.py`` (subfolders of 1,000 pages), then
reads its first subfolder (1,000 files) and the whole of it (``--count`` files) through
``newstranscript.read_corpus(..., jobs=2)``, each in a fresh process, taking every item and
letting it go as a caller building a data set file by file would. Each run reports the
peak resident memory of the reading process and of its largest worker; the ratio of the two
runs' peaks is the figure (1.0 is flat):

    python -m benchmarks.corpus_api --count 10000   # about 100 MB of pages; a minute or two
    python -m benchmarks.corpus_api --count 3000    # quicker

A script that prints its figures, not a timed unit test. Linux only (``ru_maxrss`` in KiB).
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from benchmarks.child import child_figures
from benchmarks.corpus import write

_CHILD = """
import json, resource, sys, time
import newstranscript

started = time.perf_counter()
files = stories = turns = failed = 0
for item in newstranscript.read_corpus(sys.argv[1], jobs=int(sys.argv[2])):
    files += 1
    failed += not item.ok
    stories += len(item.stories)
    turns += sum(len(story.turns) for story in item.stories)
seconds = time.perf_counter() - started
print(json.dumps({
    "files": files, "stories": stories, "turns": turns, "failed": failed,
    "seconds": seconds,
    "peak": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024,
    "worker_peak": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024,
}))
"""


def measure(folder: Path, jobs: int) -> dict[str, float]:
    """Read ``folder`` through ``read_corpus`` in a fresh process; its figures."""
    return child_figures(_CHILD, str(folder), str(jobs))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=10_000, help="pages in the large run")
    parser.add_argument("--jobs", type=int, default=2, help="worker processes")
    args = parser.parse_args()
    if args.count < 2000:
        parser.error("--count: at least 2000, so the large run is larger than the small one")
    with tempfile.TemporaryDirectory(prefix="newstranscript-corpus-") as where:
        folder = Path(where)
        began = time.perf_counter()
        write(folder, args.count)
        print(f"wrote {args.count} pages in {time.perf_counter() - began:.1f} s")
        small = measure(folder / "0000", args.jobs)  # the first 1,000 pages
        large = measure(folder, args.jobs)
    mib = 2**20
    print(
        f"{'files':>8}{'stories':>9}{'failed':>8}{'seconds':>9}"
        f"{'reader peak MiB':>17}{'worker peak MiB':>17}"
    )
    for figures in (small, large):
        print(
            f"{figures['files']:>8.0f}{figures['stories']:>9.0f}{figures['failed']:>8.0f}"
            f"{figures['seconds']:>9.1f}{figures['peak'] / mib:>17.1f}"
            f"{figures['worker_peak'] / mib:>17.1f}"
        )
    print(
        f"peak ratio, {large['files']:.0f} files / {small['files']:.0f} files: "
        f"reader {large['peak'] / small['peak']:.2f}x, "
        f"worker {large['worker_peak'] / small['worker_peak']:.2f}x "
        f"(for {large['files'] / small['files']:.0f}x the files)"
    )


if __name__ == "__main__":
    main()
