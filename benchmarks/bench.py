"""The speed of newstranscript on a synthetic corpus, the pure-Python build and the compiled
(mypyc) one side by side, every figure from one run.

    python -m benchmarks.bench              # 2000 pages of about 10 KB; a few minutes
    python -m benchmarks.bench --count 500  # quicker

Each build is measured in a child process of its own interpreter: the pure build with this
one (an editable install of the checkout), the compiled build with ``.venv-compiled``'s
(``NEWSTRANSCRIPT_COMPILE=1 pip install .`` into it; ``--compiled PYTHON`` names another). For
each it prints parse throughput (single process), parse + ``to_json`` (the indented document)
and parse + JSONL (``to_json(indent=None)``), each one's time over a floor measured on the
same texts (one compiled ``regex`` pass that only finds label-like lines: no parser can do
less), the converter's end-to-end throughput with ``--jobs 1`` and ``--jobs 2``, their peak
memory (also on half the corpus, to show it stays flat), ``--jobs 2``'s speed-up past the
start (the time the corpus's second half adds, which a long batch runs at) beside the
machine's own ceiling (two processes that only parse, run at once), and the package's import
time.
Times within one process are CPU time (see ``timed``), the best of three children per build
taking turns (``--rounds``); the converter's are wall time, as its speed-up from a second
worker is.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
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
from newstranscript._build import build

COMPILED_PYTHON = Path(".venv-compiled", "bin", "python")

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
    """The best CPU time of ``repeat`` runs of ``work``, in seconds: in a quiet moment the same
    as its wall time, and on a machine shared with other work the figure that work changes
    least, so the two builds' figures compare even when the load moves between them."""
    best = float("inf")
    for _ in range(repeat):
        started = time.process_time()
        work()
        best = min(best, time.process_time() - started)
    return best


def parse_all(texts: Sequence[str]) -> None:
    for text in texts:
        parse(text)


def parse_and_write_all(texts: Sequence[str]) -> None:
    for text in texts:
        to_json(parse(text))


def parse_and_write_lines(texts: Sequence[str]) -> None:
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


def import_time(repeat: int = 15) -> tuple[float, float, float]:
    """What ``import newstranscript`` adds to a fresh interpreter's start, in seconds: the
    median wall time of ``python -c "import newstranscript"`` minus the median of a bare
    ``python -c pass``, runs interleaved so load from other work falls on both alike; the same
    in CPU time (user and system) of the child, which load from other work changes less; and
    the bare start's wall time itself. Byte code is cached first, as an installed package has
    it, even when ``PYTHONDONTWRITEBYTECODE`` is set here."""
    environment = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    bare: list[tuple[float, float]] = []
    loaded: list[tuple[float, float]] = []
    for index in range(repeat + 1):
        for program, runs in (("pass", bare), ("import newstranscript", loaded)):
            cpu = _children_cpu()
            started = time.perf_counter()
            subprocess.run([sys.executable, "-c", program], check=True, env=environment)
            if index:  # the first run only writes the byte code
                runs.append((time.perf_counter() - started, _children_cpu() - cpu))
    wall = statistics.median(w for w, _ in loaded) - statistics.median(w for w, _ in bare)
    cpu = statistics.median(c for _, c in loaded) - statistics.median(c for _, c in bare)
    return wall, cpu, statistics.median(w for w, _ in bare)


def _children_cpu() -> float:
    """The CPU time the finished child processes of this one have used, in seconds."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


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


# Parsing pages alone in a process that does nothing else: run once alone, then twice at the
# same time, it shows what two cores give two processes that share nothing.
PARSE_ONLY = """
import sys, time, newstranscript
from benchmarks.corpus import pages
texts = list(pages(int(sys.argv[1])))
newstranscript.parse(texts[0])
started = time.perf_counter()
for text in texts:
    newstranscript.parse(text)
print(time.perf_counter() - started)
"""


def two_at_once(count: int, repeat: int = 3) -> float:
    """The machine's own ceiling for ``--jobs 2``: how much more two processes parsing
    ``count`` pages each get done at the same time than one alone (best of ``repeat``)."""

    def run(processes: int) -> float:
        started = [
            subprocess.Popen(
                [sys.executable, "-c", PARSE_ONLY, str(count)], stdout=subprocess.PIPE, text=True
            )
            for _ in range(processes)
        ]
        return max(float(process.communicate()[0]) for process in started)

    alone = min(run(1) for _ in range(repeat))
    together = min(run(2) for _ in range(repeat))
    return 2 * alone / together


Figures = dict[str, float]


def measure_speed(count: int) -> Figures:
    """The in-process figures of the build this interpreter imports, in seconds."""
    texts = list(pages(count))
    parse_all(texts[:20])  # warm up: first calls build caches
    figures: Figures = {
        "parse": timed(lambda: parse_all(texts), repeat=2),
        "parse + to_json": timed(lambda: parse_and_write_all(texts), repeat=2),
        "parse + JSONL": timed(lambda: parse_and_write_lines(texts), repeat=2),
        "floor": timed(lambda: floor(texts), repeat=3),
    }
    stories = [parse(text) for text in texts]
    figures["output only"] = timed(lambda: write_only(stories), repeat=3)
    figures["rebuilding segments"] = timed(lambda: build_segments_only(stories), repeat=3)
    figures["splitting lines"] = timed(lambda: split_only(texts), repeat=3)
    return figures


def measure_processes(count: int) -> Figures:
    """The converter's, the import's and the first parse's figures of the build this
    interpreter imports, in seconds and KiB."""
    figures: Figures = {}
    with tempfile.TemporaryDirectory(prefix="newstranscript-bench-") as scratch:
        half = Path(scratch, "half")
        write(half, count // 2)
        folder = Path(scratch, "corpus")
        write(folder, count)
        target = Path(scratch, "out.jsonl")
        runs = {
            "jobs 1": converter(folder, 1, target),
            "jobs 2": converter(folder, 2, target),
            "jobs 1 half": converter(half, 1, target),
            "jobs 2 half": converter(half, 2, target),
        }
    for name, (seconds, cpu, own, workers) in runs.items():
        figures[f"{name} wall"] = seconds
        figures[f"{name} cpu"] = cpu
        figures[f"{name} peak"] = own
        figures[f"{name} worker peak"] = workers
    figures["two at once"] = two_at_once(min(count, 500))
    figures["import"], figures["import cpu"], figures["bare start"] = import_time()
    figures["first parse"] = first_parse_cost(next(pages(1)))
    return figures


MEASURES = {"speed": measure_speed, "processes": measure_processes}


def _past_start(figures: Figures) -> float:
    """``--jobs 2``'s speed-up on the second half of the corpus: the wall time that half
    adds with one worker over the time it adds with two."""
    one = figures["jobs 1 wall"] - figures["jobs 1 half wall"]
    return one / (figures["jobs 2 wall"] - figures["jobs 2 half wall"])


def measure_in_child(python: str, what: str, count: int) -> tuple[str, Figures]:
    """The build ``python`` imports, and its figures of one kind (``MEASURES``), measured in
    a child process."""
    completed = subprocess.run(
        [python, "-m", "benchmarks.bench", "--child", what, "--count", str(count)],
        check=True,
        capture_output=True,
        text=True,
    )
    report: dict[str, object] = json.loads(completed.stdout.splitlines()[-1])
    figures = report["figures"]
    assert isinstance(figures, dict)
    return str(report["build"]), figures


def measure_builds(pythons: Sequence[str], count: int, rounds: int) -> list[tuple[str, Figures]]:
    """Each build's figures. The in-process ones are the best of ``rounds`` children per
    build, the builds taking turns, so a burst of other work on the machine falls on both."""
    best: list[Figures] = [{} for _ in pythons]
    names = [""] * len(pythons)
    for _ in range(rounds):
        for index, python in enumerate(pythons):
            names[index], figures = measure_in_child(python, "speed", count)
            for key, value in figures.items():
                best[index][key] = min(value, best[index].get(key, value))
    for index, python in enumerate(pythons):
        best[index].update(measure_in_child(python, "processes", count)[1])
    return list(zip(names, best, strict=True))


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=2000, help="pages in the corpus")
    parser.add_argument(
        "--rounds", type=int, default=3, help="children per build for the in-process figures"
    )
    parser.add_argument(
        "--compiled",
        default=str(COMPILED_PYTHON),
        metavar="PYTHON",
        help="the interpreter the compiled build is installed in (default: %(default)s)",
    )
    parser.add_argument("--child", choices=sorted(MEASURES), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        figures = MEASURES[args.child](args.count)
        print(json.dumps({"build": build(), "figures": figures}))
        return

    size = sum(len(text.encode("utf-8")) for text in pages(args.count))
    print(
        f"corpus: {args.count} pages, {size / 1e6:.1f} MB (benchmarks/corpus.py, seed {SEED}); "
        f"python {sys.version.split()[0]}, {os.cpu_count()} cores"
    )
    pythons = [sys.executable]
    if Path(args.compiled).exists():
        pythons.append(args.compiled)
    else:
        print(
            f"(no compiled build at {args.compiled}: python3 -m venv .venv-compiled && "
            "NEWSTRANSCRIPT_COMPILE=1 .venv-compiled/bin/pip install . builds one)"
        )
    print_table(measure_builds(pythons, args.count, args.rounds), args.count, size)


def print_table(builds: Sequence[tuple[str, Figures]], count: int, size: int) -> None:
    """The figures of each build in a column, and how many times faster the compiled build is."""
    names = [name for name, _ in builds]
    columns = [figures for _, figures in builds]
    print(f"{'':<36}" + "".join(f"{name:>22}" for name in names), end="")
    print(f"{'speed-up':>18}" if len(builds) == 2 else "")

    def row(label: str, cells: Sequence[str], ratio: float | None = None) -> None:
        line = f"{label:<36}" + "".join(f"{cell:>22}" for cell in cells)
        print(line + (f"{ratio:>17.2f}x" if ratio is not None and len(cells) == 2 else ""))

    def speed_rows(label: str, key: str) -> None:
        row(
            label,
            [f"{count / f[key]:.0f}/s {size / 1e6 / f[key]:5.1f} MB/s" for f in columns],
            columns[0][key] / columns[-1][key],
        )
        row("  time / floor time", [f"{f[key] / f['floor']:.1f}x" for f in columns])

    speed_rows("parse", "parse")
    speed_rows("parse + to_json (indented)", "parse + to_json")
    speed_rows("parse + JSONL (goal: speed-up 3x)", "parse + JSONL")
    speed_rows("floor: one label-line regex pass", "floor")
    print("what the output alone costs, with no parsing, over the floor time:")
    output = [f["output only"] for f in columns]
    building = [f["output only"] + f["rebuilding segments"] for f in columns]
    splitting = [b + f["splitting lines"] for b, f in zip(building, columns, strict=True)]
    for label, times in (
        ("  JSONL of the parsed stories", output),
        ("  + rebuilding their segments", building),
        ("  + splitting the texts into lines", splitting),
    ):
        row(label, [f"{t / f['floor']:.1f}x" for t, f in zip(times, columns, strict=True)])
    for jobs in ("jobs 1", "jobs 2"):
        row(
            f"converter --{jobs} (end to end)",
            [f"{count / f[f'{jobs} wall']:.0f}/s {f[f'{jobs} wall']:5.2f} s" for f in columns],
            columns[0][f"{jobs} wall"] / columns[-1][f"{jobs} wall"],
        )
        row(
            "  CPU time; wall time / floor time",
            [f"{f[f'{jobs} cpu']:.2f} s; {f[f'{jobs} wall'] / f['floor']:.1f}x" for f in columns],
        )
    row(
        "--jobs 2 speed-up (goal: 1.8x)",
        [f"{f['jobs 1 wall'] / f['jobs 2 wall']:.2f}x" for f in columns],
    )
    # The start (interpreter, imports, forking, each worker's first patterns) is paid once
    # per run, whatever its length: the time the second half of the corpus adds is what a
    # batch of many thousand pages runs at.
    row("  past the start (the corpus less its half)", [f"{_past_start(f):.2f}x" for f in columns])
    row(
        "  two lone parsing processes at once",
        [f"{f['two at once']:.2f}x" for f in columns],
    )
    print("  (what the machine's two cores give work that shares nothing: the ceiling)")
    # CPU time is what other work on a shared machine does not change: the share of --jobs 2's
    # CPU that is conversion rather than running workers bounds the speed-up: two free cores
    # give at most twice it.
    row(
        "--jobs 2 CPU efficiency",
        [f"{f['jobs 1 cpu'] / f['jobs 2 cpu']:.0%}" for f in columns],
    )
    row("peak memory --jobs 1", [f"{f['jobs 1 peak'] / 1024:.1f} MiB" for f in columns])
    for label, key in (("peak memory --jobs 2", "jobs 2"), ("  on half the corpus", "jobs 2 half")):
        row(
            label,
            [
                f"{f[f'{key} peak'] / 1024:.1f} + {f[f'{key} worker peak'] / 1024:.1f} MiB"
                for f in columns
            ],
        )
    print("  (the converter's own peak + its largest worker's)")
    row(
        "import newstranscript (goal: 50 ms)",
        [f"{f['import'] * 1000:.1f} ms" for f in columns],
    )
    row("  in CPU time", [f"{f['import cpu'] * 1000:.1f} ms" for f in columns])
    print(
        "  (fresh interpreter, median of 15, minus a bare start of "
        + ", ".join(f"{f['bare start'] * 1000:.0f} ms" for f in columns)
        + ")"
    )
    row(
        "  its first parse's extra time",
        [f"{f['first parse'] * 1000:.1f} ms" for f in columns],
    )
    print("  (compiling the patterns, dateutil.tz for the date's zone)")


if __name__ == "__main__":
    main()
