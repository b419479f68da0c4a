"""Stage 2: cut the normalised text into its non-blank lines, each with its offsets.

A line knows whether a blank line (or the start of the text) comes before it, which is all
later stages need to tell a new paragraph from a hard-wrapped continuation.
"""

from __future__ import annotations

import re

PARAGRAPH = "para"  # a blank line, or the start of the text, comes before it
LINE = "line"  # it follows the previous line directly: a hard wrap or a list of chrome
INLINE = "inline"  # it was cut out of the same line as the previous piece


class Line:
    """One non-blank line: ``text[start:end]`` with its surrounding spaces trimmed."""

    __slots__ = ("brk", "end", "start")

    def __init__(self, start: int, end: int, brk: str) -> None:
        self.start = start
        self.end = end
        self.brk = brk


# A non-blank line, without the blanks around it. Found by a scan rather than by splitting the
# text: a page of millions of blank lines would make a list of millions of empty strings.
# Each match starts at a line's first non-blank character, so blanks cost one failed test a
# character and nothing is scanned twice.
_NON_BLANK_LINE = re.compile(r"\S[^\n]*")


def lines(text: str) -> list[Line]:
    """The non-blank lines of ``text``, in order."""
    found: list[Line] = []
    append = found.append
    after = 0  # where the previous line ended
    for match in _NON_BLANK_LINE.finditer(text):
        start = match.start()
        end = start + len(match.group().rstrip())
        # A blank line, or the start of the text, comes before it: two line ends or more since
        # the previous line, or none at all before the first.
        brk = PARAGRAPH if not found or text.count("\n", after, start) > 1 else LINE
        append(Line(start, end, brk))
        after = end
    return found


def word_count(line: str, limit: int) -> int:
    """How many words ``line`` holds, counted no further than ``limit + 1``: enough to compare
    with ``limit``. A line may be megabytes long on a page flattened onto one line, and cutting
    it into a list of every word would cost ten times its size."""
    return len(line.split(maxsplit=limit))
