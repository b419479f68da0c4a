"""Parse time against input size: it should grow linearly.

Builds inputs of 1x, 4x and 16x a base size in many shapes and prints the CPU time of
reading each and its ratio to the 1x time. Linear growth shows as ratios near 4 and 16; a
quadratic step would show as 16 and 256. The shapes: an ordinary transcript, one enormous
line, thousands of markers on a line, label-like lines, brackets and colons, and the pages a
scraper can produce that once made the parser quadratic: many distinct speakers each heard
once (also with names one letter apart), many one-word labels nobody introduced, text after
the provider line, notes before markers and unlabelled paragraphs, one line of glued turns,
closing lines among chrome, a page of many stories (read with ``parse_many``), one speaker
under many labels, names that make the same id, many sign-offs and many bios.

    python -m benchmarks.linearity                 # base of about 200 kB
    python -m benchmarks.linearity --base 50000
    python -m benchmarks.linearity --only "glued turns"
    python -m benchmarks.linearity --instructions --base 20000   # counted, not timed

Each size is timed best of three rounds, the sizes taking turns within a round. Beside the
ratios it prints the garbage collector's share of the 1x and 16x times, and the 16x ratio of
the time the parser spends outside the collector: CPython's collector walks every live
object in each full collection and starts one only when the objects that outlived the
younger generations reach a quarter of those already long-lived, so a 1x page, whose objects
are few beside the interpreter's own, sees no full collection and a 16x page several.

A script that prints its figures, not a timed unit test: timings belong to a quiet machine.
``tests/test_linear_work.py`` checks the same shapes in CI by counting work instead.
"""

from __future__ import annotations

import argparse
import gc
import itertools
import os
import re
import string
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import newstranscript

EXAMPLE = Path(__file__).parent.parent / "examples" / "lighthouse_keepers.txt"


def transcript(size: int) -> str:
    """An ordinary page: the shipped example's turns, repeated."""
    example = EXAMPLE.read_text("utf-8")
    return "\n\n".join([example] * max(1, size // len(example)))


def one_line(size: int) -> str:
    return "ANA RUIZ, HOST: " + "The tide came in and went out again. " * (size // 37)


def markers(size: int) -> str:
    return "(LAUGHTER) " * (size // 11)


def label_lines(size: int) -> str:
    names = itertools.cycle(list(_words(3)))
    lines = (f"{next(names)} RUIZ, HOST: The gulls are back." for _ in range(size // 34))
    return "\n".join(lines)


def inline_labels(size: int) -> str:
    return "Yes. ANA RUIZ, HOST: Right. " * (size // 28)


def brackets(size: int) -> str:
    return "ANA RUIZ, HOST: " + "(" * (size // 2) + ")" * (size // 2)


def colons(size: int) -> str:
    return "\n".join(["A: " * 60] * (size // 180))


def _words(length: int) -> Iterator[str]:
    """Distinct capitals words of ``length`` letters, in a fixed order; many of them are one
    letter apart."""
    letters = itertools.product(string.ascii_uppercase, repeat=length)
    return ("".join(word) for word in letters)


def _names() -> Iterator[str]:
    """Distinct capitals words no two of which are one letter apart: each letter doubled."""
    return ("".join(letter * 2 for letter in word) for word in _words(4))


def distinct_speakers(size: int) -> str:
    """Many two-word speakers, each heard once: every one is checked for a near-duplicate."""
    names = _names()
    turns = (f"ANNA {next(names)}: The gulls are back." for _ in range(size // 33))
    return "\n\n".join(turns)


def near_duplicates(size: int) -> str:
    """Many two-word speakers, each heard once, most one letter off several others."""
    names = _words(5)
    turns = (f"ANNA {next(names)}: The gulls are back." for _ in range(size // 33))
    return "\n\n".join(turns)


def short_labels(size: int) -> str:
    """One full label, then many one-word labels nobody introduced."""
    names = _names()
    turns = (f"{next(names)}: The gulls are back." for _ in range(size // 28))
    return "ANA RUIZ, HOST: Good morning.\n\n" + "\n\n".join(turns)


def trailing_lines(size: int) -> str:
    """Many speakers, the provider line, then as many lines of text after the transcript."""
    count = size // 70
    names = _names()
    turns = "\n\n".join(f"ANNA {next(names)}: The gulls are back." for _ in range(count))
    trailing = "\n\n".join("Gulls nest on the old pier in spring." for _ in range(count))
    return f"{turns}\n\nTranscript provided by NPR, Copyright NPR.\n\n{trailing}"


def notes_then_markers(size: int) -> str:
    """Many editor's notes, then markers each followed by an unlabelled paragraph."""
    count = size // 23
    return "NOTE: A.\n\n" * count + "(MUSIC)\n\nA.\n\n" * count


def glued_turns(size: int) -> str:
    """One line of sentences, markers and labels glued together."""
    return "The tide came. (SOUNDBITE OF MUSIC) ANA RUIZ, HOST: " * (size // 52)


def closing_chrome(size: int) -> str:
    """A turn, then CNN's closing ``END`` line and station chrome over and over: each ``END``
    reads like a headline, so story splitting asks whether an introduction follows it."""
    return "ANA RUIZ, HOST: Good morning.\n\n" + "END\n\nPlay Live Radio\n\n" * (size // 22)


def many_stories(size: int) -> str:
    """A programme page of many short stories, read with ``parse_many``."""
    story = (
        "Gulls Return To The Old Pier\n\n"
        "ANA RUIZ, HOST: The gulls are back.\n\n"
        "OMAR BEK, BYLINE: They nest on the pier.\n\n"
        "Transcript provided by NPR, Copyright NPR.\n\n"
    )
    return story * max(1, size // len(story))


def label_forms(size: int) -> str:
    """One person under many different labels: every form is kept once."""
    titles = _words(4)
    turns = (f"ANA RUIZ, HOST OF {next(titles)}: The gulls are back." for _ in range(size // 45))
    return "\n\n".join(turns)


def same_ids(size: int) -> str:
    """Many speakers whose names make the same id: the Cyrillic letters fold away."""
    tails = ("".join(letters) for letters in itertools.product("БГДЖЗИЛПФЦ", repeat=5))
    turns = (f"ANA RUIZ {next(tails)}: The gulls are back." for _ in range(size // 38))
    return "\n\n".join(turns)


def signoffs(size: int) -> str:
    """Many reporters, each signing off in a line of their own."""
    names = _names()
    turns = []
    for _ in range(size // 66):
        name = next(names)
        turns.append(f"ANNA {name}, BYLINE: The gulls are back.\n\nAnna {name.title()}, NPR News.")
    return "\n\n".join(turns)


def bios(size: int) -> str:
    """Many speakers, the provider line, then a bio for each of them."""
    count = size // 90
    names = list(itertools.islice(_names(), count))
    turns = "\n\n".join(f"ANNA {name}: The gulls are back." for name in names)
    about = "\n\n".join(f"Anna {name.title()} is a keeper." for name in reversed(names))
    return f"{turns}\n\nTranscript provided by NPR, Copyright NPR.\n\n{about}"


# Each shape, and the entry point that reads it.
SHAPES: dict[str, tuple[Callable[[int], str], Callable[[str], object]]] = {
    "transcript": (transcript, newstranscript.parse),
    "one enormous line": (one_line, newstranscript.parse),
    "markers on one line": (markers, newstranscript.parse),
    "label lines": (label_lines, newstranscript.parse),
    "inline labels": (inline_labels, newstranscript.parse),
    "nested brackets": (brackets, newstranscript.parse),
    "colons": (colons, newstranscript.parse),
    "distinct speakers": (distinct_speakers, newstranscript.parse),
    "near-duplicate names": (near_duplicates, newstranscript.parse),
    "short labels": (short_labels, newstranscript.parse),
    "trailing lines": (trailing_lines, newstranscript.parse),
    "notes then markers": (notes_then_markers, newstranscript.parse),
    "glued turns": (glued_turns, newstranscript.parse),
    "closing chrome": (closing_chrome, newstranscript.parse),
    "many stories": (many_stories, newstranscript.parse_many),
    "label forms": (label_forms, newstranscript.parse),
    "same ids": (same_ids, newstranscript.parse),
    "sign-offs": (signoffs, newstranscript.parse),
    "bios": (bios, newstranscript.parse),
}


class _Collector:
    """CPU time the garbage collector spends while it is installed, from its callbacks."""

    def __init__(self) -> None:
        self.seconds = 0.0
        self._started = 0.0

    def __call__(self, phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            self._started = time.process_time()
        else:
            self.seconds += time.process_time() - self._started


def _timed(read: Callable[[str], object], text: str) -> tuple[float, float]:
    """CPU time of one read of ``text``, and the collector's share of it."""
    gc.collect()  # the garbage of building the input and of the run before is not this run's
    collector = _Collector()
    gc.callbacks.append(collector)
    try:
        # CPU time, not wall time: on a machine shared with other work, the short 1x runs
        # would otherwise carry the others' load into every ratio.
        started = time.process_time()
        read(text)
        return time.process_time() - started, collector.seconds
    finally:
        gc.callbacks.remove(collector)


def _best_of(
    runs: int, read: Callable[[str], object], texts: list[str]
) -> list[tuple[float, float]]:
    """The best time of each text over ``runs`` rounds, with its collector time. Each round
    reads every size once, so load that comes and goes falls on all sizes alike rather than
    on whichever size was being timed."""
    read(texts[0])  # compiles the patterns the shape needs, once, outside every timing
    best = [(float("inf"), 0.0)] * len(texts)
    for _ in range(runs):
        for index, text in enumerate(texts):
            best[index] = min(best[index], _timed(read, text))
    return best


# A child that builds a shape's input, warms the patterns, and reads the input only when
# asked: the difference between the two runs' instruction counts is the read alone.
_COUNTED = """
import sys
from benchmarks.linearity import SHAPES
build, read = SHAPES[sys.argv[1]]
text = build(int(sys.argv[2]))
read(build(1000))
if sys.argv[3] == "read":
    read(text)
"""


def _instructions(name: str, size: int, step: str) -> int:
    """Instructions executed by the child, counted by callgrind: the same for the same
    input whatever else the machine is doing."""
    completed = subprocess.run(
        [
            "valgrind",
            "--tool=callgrind",
            "--callgrind-out-file=/dev/null",
            sys.executable,
            "-c",
            _COUNTED,
            name,
            str(size),
            step,
        ],
        check=True,
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONHASHSEED": "0"},
        cwd=Path(__file__).parent.parent,
    )
    found = re.search(r"Collected : (\d+)", completed.stderr)
    if found is None:
        raise RuntimeError(f"callgrind printed no count for {name} at {size}")
    return int(found.group(1))


def _count_instructions(names: list[str], base: int) -> None:
    """Print each shape's instructions for the read alone at 1x, 4x and 16x, and ratios."""
    print(f"{'shape':<22}{'1x':>14}{'4x':>14}{'16x':>14}{'4x/1x':>8}{'16x/1x':>8}")
    for name in names:
        counts = [
            _instructions(name, base * factor, "read") - _instructions(name, base * factor, "build")
            for factor in (1, 4, 16)
        ]
        print(
            f"{name:<22}"
            + "".join(f"{count:>14,}" for count in counts)
            + f"{counts[1] / counts[0]:>8.2f}{counts[2] / counts[0]:>8.2f}"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base", type=int, default=200_000, help="1x size in characters")
    parser.add_argument("--runs", type=int, default=3, help="best of this many rounds")
    parser.add_argument("--only", action="append", help="run only this shape (repeatable)")
    parser.add_argument(
        "--instructions",
        action="store_true",
        help="count instructions under valgrind's callgrind instead of timing (slow; use a "
        "small --base such as 20000)",
    )
    args = parser.parse_args()
    if args.instructions:
        _count_instructions(
            [name for name in SHAPES if not args.only or name in args.only], args.base
        )
        return
    print(
        f"{'shape':<22}{'1x':>10}{'4x':>10}{'16x':>10}{'4x/1x':>8}{'16x/1x':>8}"
        f"{'gc 1x':>8}{'gc 16x':>8}{'16x/1x less gc':>16}"
    )
    for name, (build, read) in SHAPES.items():
        if args.only and name not in args.only:
            continue
        texts = [build(args.base * factor) for factor in (1, 4, 16)]
        (one, gc_one), (four, _), (sixteen, gc_sixteen) = _best_of(args.runs, read, texts)
        print(
            f"{name:<22}"
            + "".join(f"{seconds:>9.3f}s" for seconds in (one, four, sixteen))
            + f"{four / one:>8.1f}{sixteen / one:>8.1f}"
            + f"{gc_one / one:>8.0%}{gc_sixteen / sixteen:>8.0%}"
            + f"{(sixteen - gc_sixteen) / (one - gc_one):>16.1f}"
        )


if __name__ == "__main__":
    main()
