"""Stage 2: cut the normalised text into its non-blank lines, each with its offsets.

A line knows whether a blank line (or the start of the text) comes before it, which is all
later stages need to tell a new paragraph from a hard-wrapped continuation.
"""

from __future__ import annotations

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


def lines(text: str) -> list[Line]:
    """The non-blank lines of ``text``, in order."""
    found: list[Line] = []
    append = found.append
    position = 0
    brk = PARAGRAPH
    for raw in text.split("\n"):
        stripped = raw.strip()
        if stripped:
            start = position + (len(raw) - len(raw.lstrip()))
            append(Line(start, start + len(stripped), brk))
            brk = LINE
        else:
            brk = PARAGRAPH
        position += len(raw) + 1
    return found
