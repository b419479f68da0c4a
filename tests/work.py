"""How much work the parser does on a text, counted rather than timed.

Two counts for each stage (each module of the package): the lines of Python it runs, found
with ``sys.settrace``, and the characters its string operations copy or scan, found by
handing the parser a ``str`` subclass that counts them. Loops over speakers, entries or
lines show in the first; slicing or searching the whole text in one C call shows in the
second. Both are the same on any machine and under any load, so a test can ask that they
grow in proportion to the input; the parser itself carries no instrumentation.
"""

from __future__ import annotations

import os
import sys
from collections import Counter
from collections.abc import Callable, Iterator
from types import FrameType
from typing import Any, SupportsIndex

_PACKAGE = os.sep + "newstranscript" + os.sep


def _stage(frame: FrameType | None) -> str | None:
    """The module of the package running ``frame``, or ``None`` outside the package."""
    if frame is None or _PACKAGE not in frame.f_code.co_filename:
        return None
    return frame.f_code.co_filename.rsplit(os.sep, 1)[-1].removesuffix(".py")


class Work:
    """What one reading of a text cost, stage by stage."""

    def __init__(self) -> None:
        self.lines: Counter[str] = Counter()
        self.characters: Counter[str] = Counter()

    def stages(self) -> Iterator[tuple[str, int]]:
        """Each stage and its work: lines run plus characters touched."""
        for stage in sorted(self.lines.keys() | self.characters.keys()):
            yield stage, self.lines[stage] + self.characters[stage]


_counting: list[Work] = []  # the reading being counted, if any


def _touched(length: int) -> None:
    """Charge ``length`` characters to the stage that asked for them."""
    if _counting:
        stage = _stage(sys._getframe(2))
        if stage is not None:
            _counting[-1].characters[stage] += length


def _span(text: str, start: SupportsIndex | None, end: SupportsIndex | None) -> int:
    return len(range(*slice(start, end).indices(len(text))))


class CountingText(str):
    """A ``str`` whose slices (themselves counting) and scans are charged to their caller."""

    def __getitem__(self, key: SupportsIndex | slice) -> str:
        found = super().__getitem__(key)
        _touched(len(found))
        return CountingText(found) if isinstance(key, slice) else found

    # A search reads up to what it finds, or the whole stretch when it finds nothing.

    def __contains__(self, key: object) -> bool:
        assert isinstance(key, str)
        found = super().find(key)
        _touched(len(self) if found < 0 else found + len(key))
        return found >= 0

    def find(self, sub: str, start: Any = None, end: Any = None) -> int:
        found = super().find(sub, start, end)
        first, last, _ = slice(start, end).indices(len(self))
        _touched(last - first if found < 0 else found + len(sub) - first)
        return found

    def rfind(self, sub: str, start: Any = None, end: Any = None) -> int:
        found = super().rfind(sub, start, end)
        first, last, _ = slice(start, end).indices(len(self))
        _touched(last - first if found < 0 else last - found)
        return found

    def count(self, sub: str, start: Any = None, end: Any = None) -> int:
        _touched(_span(self, start, end))
        return super().count(sub, start, end)

    def split(self, sep: str | None = None, maxsplit: SupportsIndex = -1) -> list[str]:
        _touched(len(self))
        return super().split(sep, maxsplit)

    def replace(self, old: str, new: str, count: SupportsIndex = -1) -> str:
        _touched(len(self))
        return super().replace(old, new, count)

    # What is cut from the text counts on: labels are compared with the labels seen before.

    def strip(self, chars: str | None = None) -> str:
        _touched(len(self))
        return CountingText(super().strip(chars))

    def rstrip(self, chars: str | None = None) -> str:
        _touched(len(self))
        return CountingText(super().rstrip(chars))

    def lstrip(self, chars: str | None = None) -> str:
        _touched(len(self))
        return CountingText(super().lstrip(chars))

    def __eq__(self, other: object) -> bool:
        _touched(1)
        return super().__eq__(other)

    def __ne__(self, other: object) -> bool:
        _touched(1)
        return super().__ne__(other)

    __hash__ = str.__hash__


def measure(read: Callable[[str], object], text: str) -> Work:
    """The work ``read`` does on ``text``."""
    work = Work()

    def line(frame: FrameType, event: str, _arg: object) -> Any:
        if event == "line":
            stage = _stage(frame)
            if stage is not None:
                work.lines[stage] += 1
        return line

    def call(frame: FrameType, _event: str, _arg: object) -> Any:
        return line if _stage(frame) is not None else None

    _counting.append(work)
    sys.settrace(call)
    try:
        read(CountingText(text))
    finally:
        sys.settrace(None)
        _counting.pop()
    return work
