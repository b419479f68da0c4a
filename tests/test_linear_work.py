"""The parser's work grows in proportion to its input, on every shape of page that once made
it quadratic (``benchmarks/linearity.py`` times the same shapes at full size).

Work is counted, not timed (``tests/work.py``): the lines of Python each stage runs and the
characters its string operations copy or scan. A stage that does a step per pair of
speakers, per line and entry, or per cut and character does sixteen times the work on four
times the input; a linear one four times, give or take what a page has once.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import SupportsIndex, overload

import pytest
from benchmarks.linearity import SHAPES, closing_chrome

from newstranscript._parse.blocks import lines
from newstranscript._parse.classify import classify
from newstranscript._parse.pieces import Piece
from newstranscript._parse.stories import story_starts
from tests.work import measure

SIZE = 2_500  # characters at 1x; the same shapes at 4x
# Four times the input may cost a little more than four times the work (a name space that
# fills up, a page's fixed furniture); a quadratic step costs sixteen times.
ALLOWED_GROWTH = 6
FIXED = 3_000  # work any page may cost once, whatever its size


@pytest.mark.parametrize("shape", SHAPES)
def test_every_stage_does_linear_work(shape: str) -> None:
    build, read = SHAPES[shape]
    small = dict(measure(read, build(SIZE)).stages())
    large = dict(measure(read, build(4 * SIZE)).stages())
    grew = {
        stage: (small.get(stage, 0), work)
        for stage, work in large.items()
        if work > ALLOWED_GROWTH * small.get(stage, 0) + FIXED
    }
    assert not grew, f"work at 1x and 4x the input, by stage: {grew}"


def test_the_count_sees_a_quadratic_step() -> None:
    """The measure itself: a stage that copies the rest of the text at every line is caught,
    and one that walks the text once is not."""
    stage = "/newstranscript/".replace("/", os.sep) + "stage.py"
    code = compile(
        "def quadratic(text):\n"
        "    return [len(text[start:]) for start in range(0, len(text), 40)]\n"
        "def linear(text):\n"
        "    return [len(text[start:start + 40]) for start in range(0, len(text), 40)]\n",
        stage,
        "exec",
    )
    readers: dict[str, Callable[[str], object]] = {}
    exec(code, readers)  # the reader must seem to be a module of the package
    for name, caught in (("quadratic", True), ("linear", False)):
        small = dict(measure(readers[name], "x" * SIZE).stages())["stage"]
        large = dict(measure(readers[name], "x" * 4 * SIZE).stages())["stage"]
        assert (large > ALLOWED_GROWTH * small + FIXED) is caught, (name, small, large)


class _CountingPieces(list[Piece]):
    """The pieces of a page, counting what slicing them copies."""

    copied = 0

    @overload
    def __getitem__(self, key: SupportsIndex) -> Piece: ...
    @overload
    def __getitem__(self, key: slice) -> list[Piece]: ...
    def __getitem__(self, key: SupportsIndex | slice) -> Piece | list[Piece]:
        found = super().__getitem__(key)
        if isinstance(found, list):
            self.copied += len(found)
        return found


def test_story_splitting_copies_no_rest_of_the_page() -> None:
    """CNN's ``END`` and station chrome over and over: each headline-like line asked whether
    an introduction follows it, which copied the rest of the page's pieces to look."""
    copied = []
    for size in (SIZE, 4 * SIZE):
        text = closing_chrome(size)
        pieces = _CountingPieces(classify(text, lines(text)))
        story_starts(text, pieces)
        copied.append(pieces.copied)
    assert copied[1] <= ALLOWED_GROWTH * copied[0] + len(closing_chrome(SIZE)), copied
