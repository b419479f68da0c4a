"""What importing the package costs, and how much of it is the package's own.

    python -m benchmarks.imports                              # this interpreter's build
    python -m benchmarks.imports .venv-compiled/bin/python    # another build, or several

For each interpreter, fresh processes run a bare start, ``import attrs, regex, dateutil`` (the
dependencies alone), ``import newstranscript`` and ``from newstranscript import parse,
to_json``, all interleaved so that load from other work falls on every program alike, with
byte code cached as an installed package has it. It prints the median CPU time (user and
system, which other work on the machine changes less than wall time), the best CPU time and
the median wall time of each; the package's own share is the import's CPU time less the
dependencies'.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import time
from collections.abc import Sequence

PROGRAMS = (
    ("bare start", "pass"),
    ("import attrs, regex, dateutil", "import attrs, regex, dateutil"),
    ("import newstranscript", "import newstranscript"),
    ("from newstranscript import parse, to_json", "from newstranscript import parse, to_json"),
)

Runs = dict[tuple[str, str], list[tuple[float, float]]]


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def measure(pythons: Sequence[str], repeat: int) -> Runs:
    """(wall, CPU) seconds of every program under every interpreter, ``repeat`` times each;
    a first round only writes the byte code, even where ``PYTHONDONTWRITEBYTECODE`` is set."""
    environment = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    runs: Runs = {(python, name): [] for python in pythons for name, _ in PROGRAMS}
    for index in range(repeat + 1):
        for python in pythons:
            for name, program in PROGRAMS:
                cpu = _children_cpu()
                started = time.perf_counter()
                subprocess.run([python, "-c", program], check=True, env=environment)
                wall = time.perf_counter() - started
                if index:
                    runs[python, name].append((wall, _children_cpu() - cpu))
    return runs


def report(pythons: Sequence[str], runs: Runs) -> None:
    for python in pythons:
        print(python)
        cpu: dict[str, float] = {}
        for name, _ in PROGRAMS:
            times = runs[python, name]
            cpu[name] = statistics.median(c for _, c in times) * 1000
            best = min(c for _, c in times) * 1000
            wall = statistics.median(w for w, _ in times) * 1000
            print(f"  {name:44} {cpu[name]:6.1f} ms CPU (best {best:5.1f})  {wall:6.1f} ms wall")
        own = cpu["import newstranscript"] - cpu["import attrs, regex, dateutil"]
        added = cpu["import newstranscript"] - cpu["bare start"]
        print(f"  import newstranscript adds {added:.1f} ms to a bare start, {own:.1f} ms its own")


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pythons", nargs="*", default=[sys.executable], help="interpreters")
    parser.add_argument("--repeat", type=int, default=15, help="runs of each program")
    args = parser.parse_args(argv)
    report(args.pythons, measure(args.pythons, args.repeat))


if __name__ == "__main__":
    main()
