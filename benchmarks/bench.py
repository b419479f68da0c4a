"""The speed of newstranscript on a synthetic corpus, every figure from one run.

    python -m benchmarks.bench              # 2000 pages of about 10 KB; a minute or two
    python -m benchmarks.bench --count 500  # quicker

Prints parse throughput (single process), parse + to_json throughput, the ratio of that time
to a floor measured on the same texts (one compiled ``regex`` pass that only finds label-like
lines: no parser can do less), the converter's end-to-end throughput with ``--jobs 1`` and
``--jobs 2``, their peak memory (also on half the corpus, to show it stays flat), and the
package's import time.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

import regex

from benchmarks.corpus import SEED, pages, write
from newstranscript import Segment, Span, Story, parse, to_json

# What the floor finds: a line opening with up to five capitalised words (ASCII capitals, the
# fastest form for the regex engine), an optional ", ROLE" and a colon; on the corpus it finds
# every label the parser finds. The parser does this and much more, so it cannot be faster.
LABEL_LIKE = regex.compile(
    r"^[^\S\n]*(?:[A-Z][\w.'’-]*[^\S\n]+){0,4}[A-Z][\w.'’-]*(?:,[^\n:]{1,60})?:",
    regex.MULTILINE,
)

# Runs the converter and reports the CPU time it and its workers used, and its own and its
# largest worker's peak memory (KiB on Linux).
CONVERTER = """
import resource, sys
from newstranscript._cli import main
status = main(sys.argv[1:])
own = resource.getrusage(resource.RUSAGE_SELF)
workers = resource.getrusage(resource.RUSAGE_CHILDREN)
cpu = own.ru_utime + own.ru_stime + workers.ru_utime + workers.ru_stime
peak = own.ru_maxrss
try:  # Linux keeps ru_maxrss across exec, so it would count the benchmark's own memory
    with open("/proc/self/status") as status_file:
        peak = next(int(row.split()[1]) for row in status_file if row.startswith("VmHWM:"))
except (OSError, StopIteration):
    pass
print(cpu, peak, workers.ru_maxrss, file=sys.stderr)
sys.exit(status)
"""


def timed(work: Callable[[], object], repeat: int = 1) -> float:
    """The best wall time of ``repeat`` runs of ``work``, in seconds."""
    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        work()
        best = min(best, time.perf_counter() - started)
    return best


def parse_all(texts: Sequence[str]) -> None:
    for text in texts:
        parse(text)


def parse_and_write_all(texts: Sequence[str]) -> None:
    for text in texts:
        to_json(parse(text), indent=None)


def floor(texts: Sequence[str]) -> int:
    return sum(len(LABEL_LIKE.findall(text)) for text in texts)


# What any parser of these pages must spend beyond the floor, with no parsing at all: the goal
# of 3x the floor is only within reach if these leave time for the parsing itself.


def write_only(stories: Sequence[Story]) -> None:
    """``to_json`` of stories already parsed: building the JSON data and the standard
    library's C encoder, nothing else."""
    for story in stories:
        to_json(story, indent=None)


def build_segments_only(stories: Sequence[Story]) -> None:
    """Building each story's segments and their spans again from finished values: fewer
    fields than the parser fills in, and no speakers, headline or diagnostics, so an
    underestimate of what building the model costs."""
    for story in stories:
        [Segment(s.type, s.text, Span(s.span.start, s.span.end), s.speaker) for s in story.segments]


def split_only(texts: Sequence[str]) -> None:
    """Splitting the texts into lines, the least a line-based parser does."""
    for text in texts:
        text.splitlines()


Run = tuple[float, float, int, int]


def converter(folder: Path, jobs: int, target: Path, repeat: int = 3) -> Run:
    """The best of ``repeat`` converter runs: wall time, CPU time of all its processes, peak
    memory of the converter and of its largest worker (KiB). Best of several, because other
    work on a shared machine only ever makes a run slower."""
    runs = [_converter_run(folder, jobs, target) for _ in range(repeat)]
    return min(runs)


def _converter_run(folder: Path, jobs: int, target: Path) -> Run:
    command = [sys.executable, "-c", CONVERTER, str(folder), "--to", "jsonl", "-q"]
    command += ["-o", str(target), "--jobs", str(jobs)]
    started = time.perf_counter()
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    elapsed = time.perf_counter() - started
    if result.returncode != 0:
        raise SystemExit(f"the converter failed:\n{result.stderr}")
    cpu, own, workers = result.stderr.split()[-3:]
    return elapsed, float(cpu), int(own), int(workers)


def import_time(repeat: int = 15) -> tuple[float, float]:
    """What ``import newstranscript`` adds to a fresh interpreter's start, in seconds: the
    median wall time of ``python -c "import newstranscript"`` minus the median of a bare
    ``python -c pass``, runs interleaved so load from other work falls on both alike; and the
    bare start itself. Byte code is cached first, as an installed package has it, even when
    ``PYTHONDONTWRITEBYTECODE`` is set here."""
    environment = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    bare: list[float] = []
    loaded: list[float] = []
    for index in range(repeat + 1):
        for program, runs in (("pass", bare), ("import newstranscript", loaded)):
            started = time.perf_counter()
            subprocess.run([sys.executable, "-c", program], check=True, env=environment)
            if index:  # the first run only writes the byte code
                runs.append(time.perf_counter() - started)
    return statistics.median(loaded) - statistics.median(bare), statistics.median(bare)


# The grammar's patterns are compiled on first use, so the first parse in a process pays for
# them: the difference between a fresh interpreter's first and second parse of one page.
FIRST_PARSE = """
import sys, time, newstranscript
text = sys.stdin.read()
times = []
for _ in range(2):
    started = time.perf_counter()
    newstranscript.parse(text)
    times.append(time.perf_counter() - started)
print(times[0] - times[1])
"""


def first_parse_cost(text: str, repeat: int = 5) -> float:
    """The median extra time, in seconds, of the first parse in a fresh interpreter."""
    runs = [
        float(
            subprocess.run(
                [sys.executable, "-c", FIRST_PARSE],
                input=text,
                capture_output=True,
                text=True,
                check=True,
            ).stdout
        )
        for _ in range(repeat)
    ]
    return statistics.median(runs)


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=2000, help="pages in the corpus")
    args = parser.parse_args(argv)

    texts = list(pages(args.count))
    size = sum(len(text.encode("utf-8")) for text in texts)
    megabytes = size / 1e6
    print(f"corpus: {args.count} pages, {megabytes:.1f} MB (benchmarks/corpus.py, seed {SEED})")
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} cores")

    parse_all(texts[:20])  # warm up: first calls build caches
    parsing = timed(lambda: parse_all(texts), repeat=2)
    writing = timed(lambda: parse_and_write_all(texts), repeat=2)
    scanning = timed(lambda: floor(texts), repeat=3)
    rows = [
        ("parse", parsing),
        ("parse + to_json", writing),
        ("floor: one label-line regex pass", scanning),
    ]
    for name, seconds in rows:
        print(
            f"{name:<34} {megabytes / seconds:8.1f} MB/s {args.count / seconds:9.0f} transcripts/s"
        )
    print(f"parse / floor time                 {parsing / scanning:8.1f}x")
    print(f"parse + to_json / floor time       {writing / scanning:8.1f}x   (goal: 3x)")

    stories = [parse(text) for text in texts]
    output = timed(lambda: write_only(stories), repeat=3)
    building = timed(lambda: build_segments_only(stories), repeat=3)
    splitting = timed(lambda: split_only(texts), repeat=3)
    print("what the output alone costs, with no parsing, over the floor time:")
    print(f"  to_json of the parsed stories    {output / scanning:8.1f}x")
    print(f"  + rebuilding their segments      {(output + building) / scanning:8.1f}x")
    print(f"  + splitting the texts into lines {(output + building + splitting) / scanning:8.1f}x")

    with tempfile.TemporaryDirectory(prefix="newstranscript-bench-") as scratch:
        half = Path(scratch, "half")
        write(half, args.count // 2)
        folder = Path(scratch, "corpus")
        write(folder, args.count)
        target = Path(scratch, "out.jsonl")
        one = converter(folder, 1, target)
        two = converter(folder, 2, target)
        small = converter(half, 2, target, repeat=1)
    for jobs, (seconds, cpu, _, _) in ((1, one), (2, two)):
        print(
            f"converter --jobs {jobs} (end to end)      {megabytes / seconds:8.1f} MB/s "
            f"{args.count / seconds:9.0f} transcripts/s  ({seconds:.2f} s wall, "
            f"{cpu:.2f} s CPU)"
        )
    print(f"--jobs 2 speed-up over --jobs 1    {one[0] / two[0]:8.2f}x   (goal: close to 2x)")
    # CPU time is what other work on a shared machine does not change: the share of --jobs 2's
    # CPU that is conversion rather than running workers bounds the speed-up: two free cores
    # give at most twice it.
    print(
        f"--jobs 2 CPU efficiency            {one[1] / two[1]:8.0%}   (--jobs 1 CPU / --jobs 2 CPU)"
    )
    print(f"peak memory --jobs 1               {one[2] / 1024:8.1f} MiB")
    print(
        f"peak memory --jobs 2               {two[2] / 1024:8.1f} MiB converter, "
        f"{two[3] / 1024:.1f} MiB largest worker"
    )
    print(
        f"  on half the corpus               {small[2] / 1024:8.1f} MiB converter, "
        f"{small[3] / 1024:.1f} MiB largest worker"
    )
    importing, bare = import_time()
    print(
        f"import newstranscript              {importing * 1000:8.1f} ms   (goal: 50 ms; fresh "
        f"interpreter, median of 15, minus a bare start of {bare * 1000:.0f} ms)"
    )
    print(
        f"  its first parse's extra time       {first_parse_cost(texts[0]) * 1000:8.1f} ms   "
        "(compiling the patterns, dateutil.tz for the date's zone)"
    )


if __name__ == "__main__":
    main()
