"""The typed pieces classification makes of a page's lines: one small class per kind.

Each piece is the stretch ``text[start:end]`` of one line, ``brk`` the break before it, and
carries a named payload for what its kind needs: a chrome line its reason, a label its
:class:`Label`, a marker its :class:`Soundbite`, a sign-off its :class:`SignoffParts`. Pieces are
made once by classification and never changed after; a line read again (a weak label the page
does not corroborate, a subtitle file's cue number) is replaced by a new piece. The classes
are slotted, not frozen: a page of many thousands of lines makes as many pieces, and a frozen
class's construction costs several times a plain one's.

``kind`` is each class's name for its kind, for the code that only sorts pieces by kind; the
code that reads a payload tests the class, which mypy checks.
"""

from __future__ import annotations

from typing import ClassVar, Final, Literal, NamedTuple

import regex

from newstranscript._model import Soundbite
from newstranscript._parse.speakers import Label

CHROME = "chrome"
TEXT = "text"
LABEL = "label"
MARKER = "marker"
PROVIDER = "provider"
SIGNOFF = "signoff"
NOTE = "note"
DATE = "date"
TIMESTAMP = "timestamp"
PROGRAM = "program"
CUE = "cue"
KINDS = (CHROME, TEXT, LABEL, MARKER, PROVIDER, SIGNOFF, NOTE, DATE, TIMESTAMP, PROGRAM, CUE)

# What classification noticed about a line it kept as text: it opens like a label the page
# does not corroborate, or (at a line's start) with a capitals name and a colon the label
# grammar refuses (``RENÉE DUVAL:``, ``OMAR BEK, in studio:``).
UNCONFIRMED_LABEL: Final = "unconfirmed-label"
LABEL_SHAPED: Final = "label-shaped"
TextReading = Literal["unconfirmed-label", "label-shaped"]

# The reasons a subtitle file's own lines are dropped with.
CUE_TIMING = "subtitle timing"
CUE_NUMBER = "subtitle cue number"
CUE_HEADER = "subtitle header"


class SignoffParts(NamedTuple):
    """What a sign-off reads: ``Omar Bek, NPR News, Port Ellery.``"""

    name: str
    outlet: str
    dateline: str | None


class Piece:
    """A typed stretch ``text[start:end]`` of one line, after a break ``brk``."""

    __slots__ = ("brk", "end", "start")
    kind: ClassVar[str]

    def __init__(self, start: int, end: int, brk: str) -> None:
        self.start = start
        self.end = end
        self.brk = brk

    def __repr__(self) -> str:  # for test failure messages
        return f"{type(self).__name__}({self.start}, {self.end}, {self.brk})"


class ChromePiece(Piece):
    """Page furniture; ``reason`` says which (the grammar's chrome name, or ``byline``)."""

    __slots__ = ("reason",)
    kind = CHROME

    def __init__(self, start: int, end: int, brk: str, reason: str) -> None:
        super().__init__(start, end, brk)
        self.reason = reason


class DatePiece(Piece):
    """A date line; ``found`` is the grammar's ``DATE_LINE`` match of it."""

    __slots__ = ("found",)
    kind = DATE

    def __init__(self, start: int, end: int, brk: str, found: regex.Match[str]) -> None:
        super().__init__(start, end, brk)
        self.found = found


class ProgramPiece(Piece):
    """A line naming the programme; ``found`` is the grammar's ``PROGRAM_LINE`` match."""

    __slots__ = ("found",)
    kind = PROGRAM

    def __init__(self, start: int, end: int, brk: str, found: regex.Match[str]) -> None:
        super().__init__(start, end, brk)
        self.found = found


class NotePiece(Piece):
    """An editor's note: kept as a note segment."""

    __slots__ = ()
    kind = NOTE


class ProviderPiece(Piece):
    """The provider or copyright line that ends a transcript."""

    __slots__ = ()
    kind = PROVIDER


class CuePiece(Piece):
    """A subtitle file's own line; ``reason`` is one of the ``CUE_*`` reasons."""

    __slots__ = ("reason",)
    kind = CUE

    def __init__(self, start: int, end: int, brk: str, reason: str) -> None:
        super().__init__(start, end, brk)
        self.reason = reason


class TimestampPiece(Piece):
    """A ``[04:30:00]`` timestamp; ``time`` as printed inside it."""

    __slots__ = ("time",)
    kind = TIMESTAMP

    def __init__(self, start: int, end: int, brk: str, time: str) -> None:
        super().__init__(start, end, brk)
        self.time = time


class MarkerPiece(Piece):
    """A bracketed marker such as ``(SOUNDBITE OF MUSIC)``, read as a :class:`Soundbite`."""

    __slots__ = ("soundbite",)
    kind = MARKER

    def __init__(self, start: int, end: int, brk: str, soundbite: Soundbite) -> None:
        super().__init__(start, end, brk)
        self.soundbite = soundbite


class SignoffPiece(Piece):
    """A sign-off of its own, on its line or cut from the end of one."""

    __slots__ = ("parts",)
    kind = SIGNOFF

    def __init__(self, start: int, end: int, brk: str, parts: SignoffParts) -> None:
        super().__init__(start, end, brk)
        self.parts = parts


class TextPiece(Piece):
    """Words of the page; ``reading`` says what classification noticed about them, if
    anything."""

    __slots__ = ("reading",)
    kind = TEXT

    def __init__(self, start: int, end: int, brk: str, reading: TextReading | None = None) -> None:
        super().__init__(start, end, brk)
        self.reading = reading

    @property
    def body(self) -> int:
        """Where the words start: a text piece is all words."""
        return self.start

    def ending_at(self, end: int) -> TextPiece:
        """The same words cut short at ``end``, where classification found a boundary."""
        return TextPiece(self.start, end, self.brk, self.reading)


class ListItemPiece(TextPiece):
    """Words printed as an item of a list, after a bullet (``  • and the text``): the piece
    spans the bullet, as a turn's span covers its label, but its words start at ``body``."""

    __slots__ = ("_body",)

    def __init__(
        self, start: int, end: int, brk: str, body: int, reading: TextReading | None = None
    ) -> None:
        super().__init__(start, end, brk, reading)
        self._body = body

    @property
    def body(self) -> int:
        """Where the words start, after the bullet."""
        return self._body

    def ending_at(self, end: int) -> ListItemPiece:
        return ListItemPiece(self.start, end, self.brk, self._body, self.reading)


class LabelPiece(Piece):
    """A speaker label and what the speaker says after it, from ``body`` to ``end``.

    ``weak`` says the label (a single capitals word or a mixed-case name) needs the page to
    corroborate it; ``signoff`` holds the sign-off's parts when the words are nothing but one
    (``BEK: Omar Bek, NPR News.``).
    """

    __slots__ = ("body", "label", "signoff", "weak")
    kind = LABEL

    def __init__(
        self,
        start: int,
        end: int,
        brk: str,
        label: Label,
        body: int,
        *,
        weak: bool = False,
        signoff: SignoffParts | None = None,
    ) -> None:
        super().__init__(start, end, brk)
        self.label = label
        self.body = body
        self.weak = weak
        self.signoff = signoff

    def ending_at(self, end: int) -> LabelPiece:
        """The same turn cut short at ``end``, where classification found a boundary."""
        return LabelPiece(
            self.start, end, self.brk, self.label, self.body, weak=self.weak, signoff=self.signoff
        )

    def saying_only(self, signoff: SignoffParts) -> LabelPiece:
        """The same turn, found to say nothing but ``signoff``."""
        return LabelPiece(
            self.start, self.end, self.brk, self.label, self.body, weak=self.weak, signoff=signoff
        )


# The pieces whose words a speaker may say: where labels and sign-offs are looked for.
Words = TextPiece | LabelPiece


def signoff_of(piece: Piece) -> SignoffParts | None:
    """The sign-off a piece reads, as a line of its own or as all a labelled turn says."""
    if isinstance(piece, SignoffPiece):
        return piece.parts
    if isinstance(piece, LabelPiece):
        return piece.signoff
    return None


def is_signoff_turn(piece: Piece) -> bool:
    """Whether a label piece's words are nothing but a sign-off: ``BEK: Omar Bek, NPR News.``"""
    return isinstance(piece, LabelPiece) and piece.signoff is not None


def first_cue_timing(pieces: list[Piece]) -> int | None:
    """Where a subtitle file's first cue timing line starts; None on any other page."""
    return next(
        (p.start for p in pieces if isinstance(p, CuePiece) and p.reason == CUE_TIMING), None
    )
