"""Stage 5: typed pieces become a :class:`Story`.

Reads the pieces in order: page chrome goes to ``dropped``, the header gives the headline and
date, labels open turns and resolve to speakers, unlabelled paragraphs continue the current
turn, markers stand between turns, and the sign-off, provider line and bio close the story.
Whatever is guessed is recorded as a diagnostic at the place it concerns.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from typing import cast

import regex

from newstranscript import _classify as kinds
from newstranscript import _grammar as grammar
from newstranscript._blocks import PARAGRAPH
from newstranscript._classify import Piece
from newstranscript._model import (
    Diagnostic,
    Dropped,
    Segment,
    Signoff,
    Soundbite,
    Span,
    Story,
)
from newstranscript._source import Source
from newstranscript._speakers import Person, Registry

# Headlines are one short line; anything longer is a paragraph of the story.
_HEADLINE_MAX_WORDS = 30
_SENTENCES = regex.compile(r"[.?!][\"”’)]?[ ]+\p{Lu}")

# Brackets whose balance is checked in the text of turns: a marker that lost its closing
# bracket is kept as spoken text, and the user should hear about it.
_BRACKETS = regex.compile(r"[()\[\]]")
_CLOSES = {")": "(", "]": "["}

# Markers after which the same person usually goes on speaking.
_CONTINUING_KINDS = frozenset({"sound"})


class _Turn:
    """A turn being built: who speaks, where it starts, and its text so far."""

    __slots__ = ("end", "parts", "person", "start")

    def __init__(self, person: Person | None, start: int) -> None:
        self.person = person
        self.start = start
        self.end = start
        self.parts: list[str] = []

    def add(self, words: str, brk: str, end: int) -> None:
        if words:
            if self.parts:
                self.parts.append("\n\n" if brk == PARAGRAPH else " ")
            self.parts.append(words)
        self.end = end


class _Assembler:
    def __init__(self, source: Source, pieces: list[Piece]) -> None:
        self.source = source
        self.text = source.text
        self.pieces = pieces
        self.registry = Registry()
        self.entries: list[tuple[str, object]] = []  # ("turn", _Turn) / ("segment", Segment)
        self.turn: _Turn | None = None
        self.continuing: Person | None = None  # who goes on after chrome or a laugh
        self.dropped: list[Dropped] = []
        self.diagnostics: list[tuple[int, str, str]] = []  # (normalised offset, code, message)
        self.headline: str | None = None
        self.date: datetime | None = None
        self.signoff: Signoff | None = None
        self.provider: str | None = None
        self.spans: dict[str, Span] = {}
        self.outlet: str | None = None
        self.ended = False  # past the sign-off or provider: only bios and notes follow

    # -- helpers ---------------------------------------------------------------------------

    def span(self, start: int, end: int) -> Span:
        return Span(self.source.to_original(start), self.source.to_original_end(end))

    def words(self, start: int, end: int) -> str:
        return self.text[start:end]

    def note(self, offset: int, code: str, message: str) -> None:
        self.diagnostics.append((offset, code, message))

    def close_turn(self) -> None:
        if self.turn is not None:
            self.entries.append(("turn", self.turn))
            self.continuing = self.turn.person
            self.turn = None

    def add_segment(self, segment: Segment) -> None:
        self.close_turn()
        self.entries.append(("segment", segment))

    # -- the walk --------------------------------------------------------------------------

    def run(self) -> Story:
        for piece in self.pieces:
            if piece.kind == kinds.LABEL and piece.label is not None:
                self.registry.introduce(piece.label)
        last_label = max(
            (i for i, piece in enumerate(self.pieces) if piece.kind == kinds.LABEL), default=-1
        )
        signoffs = [i for i, p in enumerate(self.pieces) if p.kind == kinds.SIGNOFF]
        final_signoff = signoffs[-1] if signoffs and signoffs[-1] > last_label else -1
        page_header = self._page_header()

        for index, piece in enumerate(self.pieces):
            kind = piece.kind
            if kind == kinds.CHROME:
                self.drop(piece, str(piece.info))
            elif index in page_header:
                self.drop(piece, "page header")
            elif kind == kinds.LABEL:
                self.label(piece)
            elif kind == kinds.MARKER:
                self.marker(piece)
            elif kind == kinds.PROVIDER:
                self.provider_line(piece)
            elif kind == kinds.SIGNOFF and index == final_signoff:
                self.signoff_line(piece)
            elif kind == kinds.NOTE:
                self.add_segment(
                    Segment(
                        "note",
                        self.words(piece.start, piece.end),
                        self.span(piece.start, piece.end),
                    )
                )
            elif (
                kind == kinds.DATE
                and "date" not in self.spans
                and not self.entries
                and not self.turn
            ):
                self.date_line(piece)
            else:
                self.prose(piece, index)
        self.close_turn()
        if last_label == -1 and self.entries:
            first = min(piece.start for piece in self.pieces if piece.kind != kinds.CHROME)
            # First among the diagnostics at its place: it says what the others there mean.
            self.diagnostics.insert(
                0,
                (
                    first,
                    "no-speaker-labels",
                    "no line has a speaker label: the text may not be a transcript, or its "
                    "labels are in a form the parser does not know",
                ),
            )
        return self.build()

    def _page_header(self) -> set[int]:
        """Short text lines that share a block with page chrome at the top of the page.

        Station pages open with a block such as a slogan, ``Play Live Radio``, ``Next Up:``;
        the slogan is page furniture too, though no pattern could list every station's.
        """
        header: set[int] = set()
        group: list[int] = []
        has_chrome = False
        for index, piece in enumerate(self.pieces):
            if piece.brk == PARAGRAPH:
                if has_chrome:
                    header.update(group)
                group, has_chrome = [], False
            if piece.kind == kinds.CHROME:
                has_chrome = True
            elif piece.kind == kinds.TEXT and len(self.words(piece.start, piece.end).split()) <= 12:
                group.append(index)
            elif piece.kind != kinds.DATE:
                break  # the transcript has begun
        else:
            if has_chrome:
                header.update(group)
        return header

    def drop(self, piece: Piece, reason: str) -> None:
        if self.turn is not None:
            self.close_turn()
        self.dropped.append(
            Dropped(self.words(piece.start, piece.end), reason, self.span(piece.start, piece.end))
        )

    def label(self, piece: Piece) -> None:
        assert piece.label is not None
        self.close_turn()
        self.ended = False
        resolution = self.registry.resolve(piece.label, len(self.entries))
        if resolution.problem == "ambiguous-label":
            self.note(
                piece.start,
                "ambiguous-label",
                f"the label {piece.label.printed!r} {resolution.detail}",
            )
        elif resolution.problem == "label-not-introduced":
            self.note(
                piece.start,
                "label-not-introduced",
                f"the label {piece.label.printed!r} names nobody introduced in full",
            )
        self.turn = _Turn(resolution.person, piece.start)
        self.turn.add(self.words(piece.body, piece.end), piece.brk, piece.end)
        self.check_brackets(piece.body, piece.end)

    def marker(self, piece: Piece) -> None:
        assert isinstance(piece.info, Soundbite)
        continuing = self.turn.person if self.turn is not None else self.continuing
        self.add_segment(
            Segment(
                "soundbite",
                self.words(piece.start, piece.end),
                self.span(piece.start, piece.end),
                soundbite=piece.info,
            )
        )
        self.continuing = continuing if piece.info.kind in _CONTINUING_KINDS else None

    def provider_line(self, piece: Piece) -> None:
        self.close_turn()
        self.ended = True
        words = self.words(piece.start, piece.end)
        if self.provider is None:
            self.provider = words
            self.spans["provider"] = self.span(piece.start, piece.end)
            if "NPR" in words or "National Public Radio" in words:
                self.outlet = self.outlet or "NPR"
        else:
            self.drop(piece, "provider notice")

    def signoff_line(self, piece: Piece) -> None:
        self.close_turn()
        self.ended = True
        name, outlet, dateline = cast(tuple[str, str, str | None], piece.info)
        self.signoff = Signoff(
            name=name,
            outlet=outlet,
            dateline=dateline,
            span=self.span(piece.start, piece.end),
        )
        if self.outlet is None and outlet:
            self.outlet = "NPR" if outlet.startswith("NPR") else outlet

    def date_line(self, piece: Piece) -> None:
        found = piece.info
        assert isinstance(found, regex.Match)
        self.spans["date"] = self.span(piece.start, piece.end)
        self.date = _parse_date(found.group("date"), found.group("zone"))
        if self.date is None:
            self.note(
                piece.start,
                "unparsed-date",
                f"{found.group('date')!r} looks like a date but could not be read",
            )

    def prose(self, piece: Piece, index: int) -> None:
        start, end = piece.start, piece.end
        words = self.words(start, end)
        self.check_brackets(start, end)
        opening = self.headline is None and not self.entries and self.turn is None
        if opening and self._headline_like(words, index):
            self.headline = words
            self.spans["headline"] = self.span(start, end)
            return
        if self.headline is not None and words == self.headline:
            self.drop(piece, "repeated headline")
            return
        if self.ended and self.turn is None:
            self.after_transcript(piece, words)
            return
        if self.turn is not None:
            self.turn.add(words, piece.brk, end)
            return
        person = self.continuing
        self.turn = _Turn(person, start)
        self.turn.add(words, piece.brk, end)
        if person is None:
            first = not any(kind == "turn" for kind, _ in self.entries)
            self.note(
                start,
                "unlabelled-turn",
                "the story opens with a paragraph that has no speaker label (usually the "
                "host's introduction, whose label the page lost)"
                if first
                else "a paragraph has no speaker label and follows no turn it could continue",
            )

    def check_brackets(self, start: int, end: int) -> None:
        """Note the first bracket in ``text[start:end]`` that is never closed or closes
        nothing: usually a marker that lost its other half, so it was read as speech."""
        words = self.text[start:end]
        if _BRACKETS.search(words) is None:
            return  # the common case, settled without a scan
        open_at: dict[str, list[int]] = {"(": [], "[": []}
        for bracket in _BRACKETS.finditer(words):
            found = bracket.group()
            if found in open_at:
                open_at[found].append(bracket.start())
            elif open_at[_CLOSES[found]]:
                open_at[_CLOSES[found]].pop()
            else:
                self.note(
                    start + bracket.start(),
                    "unbalanced-bracket",
                    f"a closing {found!r} has no opening bracket before it on its line",
                )
                return
        unclosed = min(
            ((stack[0], opener) for opener, stack in open_at.items() if stack), default=None
        )
        if unclosed is None:
            return
        self.note(
            start + unclosed[0],
            "unbalanced-bracket",
            f"an opening {unclosed[1]!r} is never closed on its line",
        )

    def _headline_like(self, words: str, index: int) -> bool:
        if len(words.split()) > _HEADLINE_MAX_WORDS or words.endswith(":"):
            return False
        following = self.pieces[index + 1] if index + 1 < len(self.pieces) else None
        if following is not None and following.brk != PARAGRAPH and following.kind == kinds.TEXT:
            return False  # the line wraps on: a paragraph, not a headline
        return not _SENTENCES.search(words)

    def after_transcript(self, piece: Piece, words: str) -> None:
        """Text after the provider line: a speaker's bio, or a note kept with a warning."""
        for person in self.registry.speaking():
            if (
                person.about is None
                and words.startswith(person.name)
                and grammar.BIO_VERB.match(words, len(person.name))
            ):
                person.about = words
                person.about_span = self.span(piece.start, piece.end)
                return
        self.note(
            piece.start, "trailing-text", "text after the end of the transcript was kept as a note"
        )
        self.add_segment(Segment("note", words, self.span(piece.start, piece.end)))

    # -- the result ------------------------------------------------------------------------

    def build(self) -> Story:
        speakers, ids = self.registry.build()
        segments: list[Segment] = []
        for kind, entry in self.entries:
            if kind == "turn":
                assert isinstance(entry, _Turn)
                segments.append(
                    Segment(
                        "turn",
                        "".join(entry.parts),
                        self.span(entry.start, entry.end),
                        speaker=ids[id(entry.person)] if entry.person is not None else None,
                    )
                )
            else:
                assert isinstance(entry, Segment)
                segments.append(entry)
        for start, end, reason in self.source.removed:
            self.dropped.append(Dropped(self.source.original[start:end], reason, Span(start, end)))
        self.dropped.sort(key=lambda dropped: dropped.span.start)
        diagnostics = [
            (self.source.to_original(offset), code, message)
            for offset, code, message in self.diagnostics
        ]
        for offset, found in self.source.repairs:
            diagnostics.append(
                (
                    offset,
                    "repaired-encoding",
                    f"repaired {found!r}, punctuation garbled by a wrong encoding",
                )
            )
        diagnostics.sort(key=lambda item: item[0])
        return Story(
            headline=self.headline,
            date=self.date,
            outlet=self.outlet,
            speakers=speakers,
            segments=segments,
            signoff=self.signoff,
            provider=self.provider,
            dropped=self.dropped,
            diagnostics=[
                Diagnostic(code, message, *self.source.line_column(offset))
                for offset, code, message in diagnostics
            ],
            spans=self.spans,
        )


def assemble(source: Source, pieces: list[Piece]) -> Story:
    """The story the pieces of one transcript tell."""
    return _Assembler(source, pieces).run()


def _parse_date(printed: str, zone: str | None) -> datetime | None:
    # dateutil's parser is imported here, not at the top: most pages have no date line and
    # the import costs more than parsing a whole transcript.
    from dateutil import parser, tz  # noqa: PLC0415

    cleaned = printed.replace(" - ", " ").replace("a.m.", "AM").replace("p.m.", "PM")
    try:
        parsed = parser.parse(cleaned, dayfirst=False)
    except (ValueError, OverflowError):
        return None
    if zone is not None:
        zoneinfo = tz.gettz(grammar.ZONES[zone])
        if zoneinfo is not None:
            offset = parsed.replace(tzinfo=zoneinfo).utcoffset() or timedelta(0)
            # A fixed offset, not the zone object, so the date round-trips through ISO 8601.
            parsed = parsed.replace(tzinfo=timezone(offset))
    return parsed
