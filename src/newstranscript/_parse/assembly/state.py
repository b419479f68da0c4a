"""The one explicit state the assembly rules read and change, and the turn being built.

Every rule is handed this state, the piece and its index; what a rule learns about the story
(the turns and segments read, who goes on speaking, the sign-off, what was dropped and why)
it keeps here, so the rules share nothing else.
"""

from __future__ import annotations

import attrs

from newstranscript import _grammar as grammar
from newstranscript._model import Dropped, Segment, Signoff, Span
from newstranscript._parse.blocks import PARAGRAPH
from newstranscript._parse.header import Header
from newstranscript._parse.page_kind import Listing
from newstranscript._parse.pieces import Piece, first_cue_timing
from newstranscript._parse.source import Source
from newstranscript._parse.speakers import Person, Registry


class Turn:
    """A turn being built: who speaks, how that was found, where it starts, and its text
    so far."""

    __slots__ = (
        "_parts",
        "annotations",
        "basis",
        "clip",
        "delivery",
        "end",
        "person",
        "start",
        "text",
        "timestamp",
    )

    def __init__(self, person: Person | None, start: int, basis: str) -> None:
        self.person = person
        self.basis = basis  # one of the model's BASES
        self.start = start
        self.end = start
        # The words so far. Most turns are one paragraph, so a list of the parts is made only
        # for a turn of several, and joined when the turn closes: a closed turn keeps no
        # container, as every live container is more work for each full collection on a
        # page of many thousands of turns.
        self.text = ""
        self._parts: list[str] | None = None
        self.delivery: str | None = None
        self.clip = False
        self.timestamp: str | None = None
        # normalised start, end, as printed; a list only once there is one, as most turns
        # hold none, and a tuple once the turn is closed
        self.annotations: list[tuple[int, int, str]] | tuple[tuple[int, int, str], ...] = ()

    def add(self, words: str, brk: str, start: int, end: int) -> None:
        """Add the text ``words``, read from ``start``, and note the bracketed asides in it."""
        if words:
            if self._parts is not None:
                self._parts += ("\n\n" if brk == PARAGRAPH else " ", words)
            elif self.text:
                self._parts = [self.text, "\n\n" if brk == PARAGRAPH else " ", words]
            else:
                self.text = words
            # Every aside opens with a bracket, and most paragraphs hold none: two substring
            # tests say so far faster than running the pattern along the paragraph.
            if "(" in words or "[" in words:
                found = [
                    (start + aside.start(), start + aside.end(), aside.group())
                    for aside in grammar.ANNOTATION.finditer(words)
                ]
                if isinstance(self.annotations, list):
                    self.annotations.extend(found)
                elif found:
                    self.annotations = found
        self.end = end

    def close(self) -> None:
        """Join the words and freeze the asides: nothing is added to a closed turn."""
        if self._parts is not None:
            self.text = "".join(self._parts)
            self._parts = None
        if self.annotations:
            self.annotations = tuple(self.annotations)


class State:
    """What assembly knows of one story so far, from the pieces read in order."""

    __slots__ = (
        "bounds",
        "clip_start",
        "closing",
        "continuing",
        "diagnostics",
        "dropped",
        "ended",
        "entries",
        "final_signoff",
        "first_cue",
        "has_labels",
        "has_turns",
        "header",
        "label_outlet",
        "label_read",
        "last_label",
        "later_headers",
        "listing",
        "listing_read",
        "pieces",
        "prose_until",
        "provider",
        "registry",
        "signoff",
        "source",
        "spans",
        "text",
        "timestamp",
        "turn",
        "wide_gaps_rare",
    )

    def __init__(
        self,
        source: Source,
        pieces: list[Piece],
        bounds: tuple[int, int] | None,
        later_headers: frozenset[int],
    ) -> None:
        self.source = source
        # The stretch of the original text this story covers, when the page holds several:
        # what normalisation removed or repaired elsewhere belongs to the other stories.
        self.bounds = bounds
        self.text = source.text
        self.pieces = pieces
        # The header lines of the stories after the first, when one story is read from a page
        # that holds several: the several-stories diagnostic explains them.
        self.later_headers = later_headers
        self.registry = Registry()
        self.entries: list[Turn | Segment] = []  # the turns and segments read, in order
        self.has_turns = False  # whether a turn is among the entries
        self.turn: Turn | None = None
        self.continuing: Person | None = None  # who goes on after chrome or a laugh
        self.dropped: list[Dropped] = []
        self.diagnostics: list[tuple[int, str, str]] = []  # (normalised offset, code, message)
        self.spans: dict[str, Span] = {}
        self.header = Header(source, pieces, self.spans, self.diagnostics)
        self.signoff: Signoff | None = None
        self.provider: str | None = None
        self.label_outlet: str | None = None  # the outlet an anchor's or host's label names
        # Where the last label and the story's sign-off stand, and the closing lines (CNN's
        # ``END``): set from the whole page before the rules read it.
        self.has_labels = False
        # What showed the page is not a transcript (a listing, too short), when it is not.
        self.listing: Listing | None = None
        self.listing_read = False  # past a listing's first line its header does not take
        self.last_label = -1
        # The bare ``Transcript`` heading above the first label, when the page prints its
        # prose version of the story above it (-1 when it does not).
        self.prose_until = -1
        self.final_signoff = -1
        self.closing: set[int] = set()
        # A subtitle file: where its first cue timing line starts, or None for other pages.
        # Every cue timing line holds "-->"; only this story's stretch of the page is asked.
        self.first_cue = (
            first_cue_timing(pieces)
            if pieces and self.text.find("-->", pieces[0].start, pieces[-1].end) >= 0
            else None
        )
        self.ended = False  # past the sign-off or provider: only bios and notes follow
        # A [04:30:00] timestamp waiting for the segment it stands before: start, end, time.
        self.timestamp: tuple[int, int, str] | None = None
        self.clip_start: int | None = None  # where the open (BEGIN VIDEO CLIP) block started
        # Whether a labelled turn has been read (each person keeps where their first label
        # stands, for what concerns them all).
        self.label_read = False
        # Whether the page parts its paragraphs by one blank line, so that a wider gap inside
        # a turn says a line (a label) was lost there: worked out when first asked.
        self.wide_gaps_rare: bool | None = None

    def span(self, start: int, end: int) -> Span:
        return Span(self.source.to_original(start), self.source.to_original_end(end))

    def words(self, start: int, end: int) -> str:
        return self.text[start:end]

    def note(self, offset: int, code: str, message: str) -> None:
        self.diagnostics.append((offset, code, message))

    def note_line(self, piece: Piece) -> None:
        """Keep a whole line as a note segment."""
        self.add_segment(
            Segment("note", self.words(piece.start, piece.end), self.span(piece.start, piece.end))
        )

    def close_turn(self) -> None:
        if self.turn is not None:
            self.turn.close()
            self.entries.append(self.turn)
            self.has_turns = True
            self.continuing = self.turn.person
            self.turn = None

    def add_segment(self, segment: Segment) -> None:
        self.close_turn()
        if self.clip_start is not None:
            segment = attrs.evolve(segment, clip=True)
        if self.timestamp is not None:
            start, _, time = self.timestamp
            self.timestamp = None
            span = Span(self.source.to_original(start), segment.span.end)
            segment = attrs.evolve(segment, timestamp=time, span=span)
        self.entries.append(segment)

    def open_turn(self, person: Person | None, start: int, basis: str) -> Turn:
        """Start a turn of ``person``, found as ``basis`` says, inside the open clip block if
        any, after a waiting timestamp if any."""
        self.turn = Turn(person, start, basis if person is not None else "none")
        self.turn.clip = self.clip_start is not None
        if self.timestamp is not None:
            self.turn.start, _, self.turn.timestamp = self.timestamp
            self.timestamp = None
        return self.turn

    def drop(self, piece: Piece, reason: str) -> None:
        if self.turn is not None:
            self.close_turn()
        # A waiting timestamp's segment would span the dropped line too, claiming it twice.
        self.drop_timestamp("timestamp with no segment after it")
        self.dropped.append(
            Dropped(self.words(piece.start, piece.end), reason, self.span(piece.start, piece.end))
        )

    def drop_timestamp(self, reason: str) -> None:
        if self.timestamp is not None:
            start, end, _ = self.timestamp
            self.timestamp = None
            self.dropped.append(Dropped(self.words(start, end), reason, self.span(start, end)))
