"""Parse time against input size: it should grow linearly.

Builds inputs of 1x, 4x and 16x a base size in several shapes (an ordinary transcript, one
enormous line, thousands of markers on a line, label-like lines, brackets and colons) and
prints the time for each and its ratio to the 1x time. Linear growth shows as ratios near 4
and 16; a quadratic step would show as 16 and 256.

    python benchmarks/linearity.py            # base of about 200 kB
    python benchmarks/linearity.py --base 50000

A script that prints its figures, not a timed unit test: timings belong to a quiet machine.
"""

from __future__ import annotations

import argparse
import itertools
import string
import time
from collections.abc import Callable
from pathlib import Path

import newstranscript

EXAMPLE = Path(__file__).parent.parent / "examples" / "lighthouse_keepers.txt"


def _names() -> list[str]:
    return ["".join(letters) for letters in itertools.product(string.ascii_uppercase, repeat=3)]


def transcript(size: int) -> str:
    """An ordinary page: the shipped example's turns, repeated."""
    example = EXAMPLE.read_text("utf-8")
    return "\n\n".join([example] * max(1, size // len(example)))


def one_line(size: int) -> str:
    return "ANA RUIZ, HOST: " + "The tide came in and went out again. " * (size // 37)


def markers(size: int) -> str:
    return "(LAUGHTER) " * (size // 11)


def label_lines(size: int) -> str:
    names = itertools.cycle(_names())
    lines = (f"{next(names)} RUIZ, HOST: The gulls are back." for _ in range(size // 34))
    return "\n".join(lines)


def inline_labels(size: int) -> str:
    return "Yes. ANA RUIZ, HOST: Right. " * (size // 28)


def brackets(size: int) -> str:
    return "ANA RUIZ, HOST: " + "(" * (size // 2) + ")" * (size // 2)


def colons(size: int) -> str:
    return "\n".join(["A: " * 60] * (size // 180))


SHAPES: dict[str, Callable[[int], str]] = {
    "transcript": transcript,
    "one enormous line": one_line,
    "markers on one line": markers,
    "label lines": label_lines,
    "inline labels": inline_labels,
    "nested brackets": brackets,
    "colons": colons,
}


def _best_of(runs: int, text: str) -> float:
    best = float("inf")
    for _ in range(runs):
        started = time.perf_counter()
        newstranscript.parse(text)
        best = min(best, time.perf_counter() - started)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base", type=int, default=200_000, help="1x size in characters")
    parser.add_argument("--runs", type=int, default=3, help="best of this many runs")
    args = parser.parse_args()
    print(f"{'shape':<22}{'1x':>10}{'4x':>10}{'16x':>10}{'4x/1x':>8}{'16x/1x':>8}")
    for name, build in SHAPES.items():
        times = [_best_of(args.runs, build(args.base * factor)) for factor in (1, 4, 16)]
        ratios = [times[1] / times[0], times[2] / times[0]]
        print(
            f"{name:<22}"
            + "".join(f"{seconds:>9.3f}s" for seconds in times)
            + "".join(f"{ratio:>8.1f}" for ratio in ratios)
        )


if __name__ == "__main__":
    main()
