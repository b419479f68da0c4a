"""Peak memory of a parse against the size of its input: it should be a small constant.

Each shape is parsed in a fresh process, so one shape's leftovers cannot hide another's peak.
The child builds its input, notes its resident memory, parses, and reports its peak resident
memory (``ru_maxrss``): the parse's extra peak, divided by the input's size in UTF-8 bytes (the
file a caller would read), is the figure; the whole process's peak (the interpreter, the
library and the input string included) is printed beside it. Shapes are normalisation-heavy
pages, the ones whose every few characters need an edit, beside an ordinary page repeated:

    python -m benchmarks.memory                 # 50 MB of each shape; several minutes
    python -m benchmarks.memory --size 5000000  # 5 MB, quicker

A script that prints its figures, not a timed unit test: the goal (at most 10x the input) is
read off its output. Linux only (``ru_maxrss`` in KiB, ``/proc/self/statm``).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from benchmarks.child import child_figures

EXAMPLE = Path(__file__).parent.parent / "examples" / "lighthouse_keepers.txt"

OPENING = "ANA RUIZ, HOST: The harbour count goes on tonight.\n"

# Each shape as the expression that builds ``size`` bytes of it in the child: built there, not
# passed in, so the parent's copy costs the child nothing.
SHAPES = {
    "lone CRs": f"{OPENING!r} + '\\r' * size",
    "<p> tags": f"{OPENING!r} + '<p>' * (size // 3)",
    "mojibake": f"{OPENING!r} + 'CafÃ© au lait Ã  la crÃ¨me. ' * (size // 32)",
    "page repeated": "'\\n\\n'.join([example] * (size // len(example)))",
}

_CHILD = """
import json, resource, sys
import newstranscript

size = int(sys.argv[1])
example = open(sys.argv[2], encoding="utf-8").read()
text = eval(sys.argv[3])
newstranscript.parse("ANA RUIZ, HOST: Hi.")  # compile the patterns before measuring
page = 4096
with open("/proc/self/statm") as statm:
    before = int(statm.read().split()[1]) * page
story = newstranscript.parse(text)
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
print(json.dumps({
    "bytes": len(text.encode("utf-8")),
    "before": before,
    "peak": peak,
    "segments": len(story.segments),
    "dropped": len(story.dropped),
    "diagnostics": len(story.diagnostics),
}))
"""


def measure(shape: str, size: int) -> dict[str, int]:
    """Run one shape in a child process and return its figures."""
    figures = child_figures(_CHILD, str(size), str(EXAMPLE), SHAPES[shape])
    return {name: int(value) for name, value in figures.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=50_000_000, help="input size in bytes")
    parser.add_argument("shapes", nargs="*", default=list(SHAPES), help="shapes to measure")
    args = parser.parse_args()
    print(
        f"{'shape':<16}{'input MB':>10}{'parse peak MB':>15}{'/ input':>9}"
        f"{'process peak MB':>17}{'/ input':>9}"
    )
    for shape in args.shapes:
        figures = measure(shape, args.size)
        extra = max(0, figures["peak"] - figures["before"])
        print(
            f"{shape:<16}{figures['bytes'] / 1e6:>10.1f}{extra / 1e6:>15.1f}"
            f"{extra / figures['bytes']:>8.1f}x{figures['peak'] / 1e6:>17.1f}"
            f"{figures['peak'] / figures['bytes']:>8.1f}x"
        )


if __name__ == "__main__":
    main()
