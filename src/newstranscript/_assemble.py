"""Stage 5: typed pieces become a :class:`Story`.

Reads the pieces in order: page chrome goes to ``dropped``, the page header (``_header``) gives
the headline, teaser, programme and date, labels open turns and resolve to speakers, unlabelled
paragraphs continue the current turn, markers stand between turns, and the sign-off, provider
line and bio close the story.
Whatever is guessed is recorded as a diagnostic at the place it concerns.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable
from typing import TypeVar

import attrs

from newstranscript import _grammar as grammar
from newstranscript import _pieces as kinds
from newstranscript._blocks import INLINE, PARAGRAPH
from newstranscript._header import Header
from newstranscript._lazy import compile_lazily
from newstranscript._model import (
    Annotation,
    Diagnostic,
    Dropped,
    Segment,
    Signoff,
    Span,
    Story,
)
from newstranscript._pieces import (
    ChromePiece,
    CuePiece,
    DatePiece,
    LabelPiece,
    MarkerPiece,
    Piece,
    ProgramPiece,
    SignoffParts,
    SignoffPiece,
    TextPiece,
    TimestampPiece,
)
from newstranscript._source import Source, character_diagnostics
from newstranscript._speakers import Label, Person, Registry, role_of

# Brackets whose balance is checked in the text of turns: a marker that lost its closing
# bracket is kept as spoken text, and the user should hear about it.
_BRACKETS = compile_lazily(r"[()\[\]]")
_CLOSES = {")": "(", "]": "["}

# Markers after which the same person usually goes on speaking.
_CONTINUING_KINDS = frozenset({"sound"})


class _Turn:
    """A turn being built: who speaks, where it starts, and its text so far."""

    __slots__ = ("annotations", "clip", "delivery", "end", "parts", "person", "start", "timestamp")

    def __init__(self, person: Person | None, start: int) -> None:
        self.person = person
        self.start = start
        self.end = start
        self.parts: list[str] = []
        self.delivery: str | None = None
        self.clip = False
        self.timestamp: str | None = None
        # normalised start, end, as printed; a list only once there is one, as most turns
        # hold none and every container is work for the garbage collector
        self.annotations: list[tuple[int, int, str]] | tuple[()] = ()

    def add(self, words: str, brk: str, start: int, end: int) -> None:
        """Add the text ``words``, read from ``start``, and note the bracketed asides in it."""
        if words:
            if self.parts:
                self.parts.append("\n\n" if brk == PARAGRAPH else " ")
            self.parts.append(words)
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


class _Assembler:
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
        self.entries: list[_Turn | Segment] = []  # the turns and segments read, in order
        self.has_turns = False  # whether a turn is among the entries
        self.turn: _Turn | None = None
        self.continuing: Person | None = None  # who goes on after chrome or a laugh
        self.dropped: list[Dropped] = []
        self.diagnostics: list[tuple[int, str, str]] = []  # (normalised offset, code, message)
        self.spans: dict[str, Span] = {}
        self.header = Header(source, pieces, self.spans, self.diagnostics)
        self.signoff: Signoff | None = None
        self.provider: str | None = None
        self.label_outlet: str | None = None  # the outlet an anchor's or host's label names
        self.has_labels = False
        # A subtitle file: where its first cue timing line starts, or None for other pages.
        # Every cue timing line holds "-->"; only this story's stretch of the page is asked.
        self.first_cue = (
            kinds.first_cue_timing(pieces)
            if pieces and self.text.find("-->", pieces[0].start, pieces[-1].end) >= 0
            else None
        )
        self.ended = False  # past the sign-off or provider: only bios and notes follow
        # A [04:30:00] timestamp waiting for the segment it stands before: start, end, time.
        self.timestamp: tuple[int, int, str] | None = None
        self.clip_start: int | None = None  # where the open (BEGIN VIDEO CLIP) block started
        # Where each person's first label stands (by ``id(person)``), for what concerns them all.
        self.first_label_at: dict[int, int] = {}

    # -- helpers ---------------------------------------------------------------------------

    def span(self, start: int, end: int) -> Span:
        return Span(self.source.to_original(start), self.source.to_original_end(end))

    def words(self, start: int, end: int) -> str:
        return self.text[start:end]

    def note(self, offset: int, code: str, message: str) -> None:
        self.diagnostics.append((offset, code, message))

    def note_line(self, piece: Piece) -> None:
        self.add_segment(
            Segment("note", self.words(piece.start, piece.end), self.span(piece.start, piece.end))
        )

    def close_turn(self) -> None:
        if self.turn is not None:
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

    def open_turn(self, person: Person | None, start: int) -> _Turn:
        """Start a turn, inside the open clip block if any, after a waiting timestamp if any."""
        self.turn = _Turn(person, start)
        self.turn.clip = self.clip_start is not None
        if self.timestamp is not None:
            self.turn.start, _, self.turn.timestamp = self.timestamp
            self.timestamp = None
        return self.turn

    def timestamp_line(self, piece: TimestampPiece) -> None:
        """Hold a timestamp for the segment that follows it; a second one drops the first."""
        self.close_turn()
        self.drop_timestamp("timestamp followed by another timestamp")
        self.timestamp = (piece.start, piece.end, piece.time)

    def drop_timestamp(self, reason: str) -> None:
        if self.timestamp is not None:
            start, end, _ = self.timestamp
            self.timestamp = None
            self.dropped.append(Dropped(self.words(start, end), reason, self.span(start, end)))

    # -- the walk --------------------------------------------------------------------------

    def run(self) -> Story:
        for piece in self.pieces:
            if isinstance(piece, LabelPiece):
                self.registry.introduce(piece.label)
        # Both are found from the end, where they usually are, rather than by reading every
        # piece of the page.
        backwards = range(len(self.pieces) - 1, -1, -1)
        last_label = next((i for i in backwards if self.pieces[i].kind == kinds.LABEL), -1)
        # The story's sign-off is the last one on the page, whether turns follow it (the
        # host's back-announce) or not: on a page where several reporters sign off, the last
        # closes the story. The others stay words of the turns that said them.
        final_signoff = next(
            (
                i
                for i in backwards
                if self.pieces[i].kind == kinds.SIGNOFF or kinds.is_signoff_turn(self.pieces[i])
            ),
            -1,
        )
        self.has_labels = last_label >= 0
        closing = _closing_lines(self.text, self.pieces, self.later_headers)

        for index, piece in enumerate(self.pieces):
            kind = piece.kind
            if isinstance(piece, ChromePiece):
                self.chrome(piece)
            elif kind == kinds.NOTE:
                self.note_line(piece)
            elif (
                isinstance(piece, ProgramPiece)
                and self.header.program is None
                and not self.entries
                and index not in self.later_headers
            ):
                self.close_turn()
                self.header.program_line(piece)
            elif index in self.header.top_block or isinstance(piece, CuePiece):
                # a short line of the opening chrome block, or a subtitle file's own line
                self.drop(piece, piece.reason if isinstance(piece, CuePiece) else "page header")
            elif isinstance(piece, LabelPiece):
                self.label(piece)
                if (
                    index == final_signoff
                    and piece.signoff is not None
                    and not self.greeting(index, last_label)
                ):
                    self.signoff_turn(piece.signoff, piece.body, piece.end)
            elif isinstance(piece, MarkerPiece):
                self.marker(piece)
            elif isinstance(piece, TimestampPiece):
                self.timestamp_line(piece)
            elif kind == kinds.PROVIDER:
                self.provider_line(piece)
            elif (
                isinstance(piece, SignoffPiece)
                and index == final_signoff
                and not self.greeting(index, last_label)
            ):
                self.story_signoff(piece, index, last=index > last_label)
            elif (
                isinstance(piece, DatePiece)
                and "date" not in self.spans
                and not self.entries
                and not self.turn
                and index not in self.later_headers
            ):
                self.header.date_line(piece)
            elif index in closing:
                self.drop(piece, "end of transcript")
            elif index in self.later_headers:
                # another story's headline, programme or date line on a page read as one
                # story: the several-stories diagnostic explains it, so it needs no warning.
                # Whoever spoke last in the story before does not go on in the next one.
                self.note_line(piece)
                self.continuing = None
            else:
                if isinstance(piece, SignoffPiece):
                    self.registry.named_in_full(piece.parts.name)
                self.prose(piece, index)
        self.close_turn()
        self.drop_timestamp("timestamp with no segment after it")
        if self.clip_start is not None:
            self.note(self.clip_start, "unclosed-clip", "a clip block opens but never ends")
        # A page with neither labels nor markers gets not-a-transcript in build() instead.
        has_markers = any(piece.kind == kinds.MARKER for piece in self.pieces)
        if last_label == -1 and self.entries and has_markers and self.first_cue is None:
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

    def near_duplicate_labels(self) -> None:
        """Note a speaker heard once whose name is one letter off another speaker's."""
        for person, other in self.registry.near_duplicates():
            at = self.first_label_at.get(id(person))
            if at is None:
                continue  # a host named by their intro, not by a label
            label = next(iter(person.labels))  # the form it was first printed in
            self.note(
                at,
                "near-duplicate-label",
                f"the label {label!r} is used once and differs from {other.name!r} "
                "by one letter or two swapped: a typo for that person, or someone else; kept "
                "as a speaker of its own",
            )

    def chrome(self, piece: ChromePiece) -> None:
        before_turns = not self.entries
        for name in self.header.chrome(piece, before_turns=before_turns):
            self.registry.byline(name)
        self.drop(piece, piece.reason)

    def infer_host(self, start: int, end: int) -> Person | None:
        """The host an unlabelled opening paragraph names: ``... I'm Dana Holloway.``

        Only on a page that labels its other turns: the page lost the host's capitals label,
        and the host's own words say who they are.
        """
        if not self.has_labels:
            return None
        found = grammar.HOST_INTRO.search(self.text, start, end)
        if found is None:
            return None
        name = found.group("name")
        person = self.registry.infer(name, "host", len(self.entries))
        self.note(
            start,
            "inferred-host",
            f'the opening paragraph has no speaker label; it says "I\'m {name}", so it is '
            f"taken as the host {name}'s",
        )
        return person

    def drop(self, piece: Piece, reason: str) -> None:
        if self.turn is not None:
            self.close_turn()
        # A waiting timestamp's segment would span the dropped line too, claiming it twice.
        self.drop_timestamp("timestamp with no segment after it")
        self.dropped.append(
            Dropped(self.words(piece.start, piece.end), reason, self.span(piece.start, piece.end))
        )

    def label(self, piece: LabelPiece) -> None:
        self.close_turn()
        self.ended = False
        # A turn that is only a sign-off names its speaker in full (``HALE: Breck Hale, NPR
        # News.``), which settles a surname two people share.
        signer = piece.signoff.name if piece.signoff is not None else None
        resolution = self.registry.resolve(piece.label, len(self.entries), signer)
        self.first_label_at.setdefault(id(resolution.person), piece.start)
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
        self.outlet_from_label(piece.label)
        turn = self.open_turn(resolution.person, piece.start)
        turn.delivery = piece.label.delivery
        turn.add(self.words(piece.body, piece.end), piece.brk, piece.body, piece.end)
        self.header.program_mention(piece.body, piece.end, len(self.entries))
        self.check_brackets(piece.body, piece.end)
        if signer is not None:
            self.registry.named_in_full(signer)

    def outlet_from_label(self, label: Label) -> None:
        described = label.described_as
        if described is None or self.label_outlet is not None:
            return
        role, _title = role_of(described)
        found = grammar.LABEL_OUTLET.match(described.upper())
        if found is not None and role in grammar.STAFF_ROLES_NAMING_OUTLET:
            self.label_outlet = " ".join(found.group("outlet").split())

    def marker(self, piece: MarkerPiece) -> None:
        continuing = self.turn.person if self.turn is not None else self.continuing
        kind = piece.soundbite.kind
        if kind == "clip_end" and self.clip_start is None:
            self.note(piece.start, "unopened-clip", "a clip block ends but never opened")
        if kind in ("clip_start", "clip_end", "break") and self.clip_start is not None:
            if kind != "clip_end":
                self.note(self.clip_start, "unclosed-clip", "a clip block opens but never ends")
            self.clip_start = None
        self.add_segment(
            Segment(
                "soundbite",
                self.words(piece.start, piece.end),
                self.span(piece.start, piece.end),
                soundbite=piece.soundbite,
            )
        )
        self.continuing = continuing if kind in _CONTINUING_KINDS else None
        if kind == "clip_start":
            self.clip_start = piece.start

    def provider_line(self, piece: Piece) -> None:
        self.close_turn()
        self.ended = True
        words = self.words(piece.start, piece.end)
        if self.provider is None:
            self.provider = words
            self.spans["provider"] = self.span(piece.start, piece.end)
            station = grammar.STATION_COPYRIGHT.match(words)
            if station is not None:
                self.header.name_outlet(station.group("station"))
            elif "NPR" in words or "National Public Radio" in words:
                self.header.name_outlet("NPR")
        else:
            self.drop(piece, "provider notice")

    def greeting(self, index: int, last_label: int) -> bool:
        """Whether the sign-off-shaped words at ``index`` are the opening speaker's greeting
        (``Good morning. I'm Dana Holloway, NPR News.``) rather than a sign-off: turns follow
        them, and nobody but the one speaking has spoken yet."""
        if index > last_label:
            return False
        voices = {id(entry.person) for entry in self.entries if isinstance(entry, _Turn)}
        if self.turn is not None:
            voices.add(id(self.turn.person))
        return len(voices) < 2

    def story_signoff(self, piece: SignoffPiece, index: int, *, last: bool) -> None:
        """The story's sign-off, read from a paragraph or a sentence of its own."""
        # Every sign-off, the story's or another reporter's, says who signs off in full.
        self.registry.named_in_full(piece.parts.name)
        if self.turn is not None and not self.turn.parts:
            # the label stood alone on its line and this is all the turn says, as
            # ``BEK: Omar Bek, NPR News.`` on one line: the turn keeps its words
            self.prose(piece, index)
            self.signoff_turn(piece.parts, piece.start, piece.end)
        else:
            self.signoff_line(piece, last=last)

    def signoff_line(self, piece: SignoffPiece, *, last: bool) -> None:
        """A sign-off of its own, on its line or glued after the reporter's last sentence.

        After the last label it ends the transcript: only bios and notes follow. Before a
        label (the host's back-announce) the transcript goes on, but the reporter has signed
        off, so an unlabelled paragraph after it is not taken for theirs.
        """
        self.close_turn()
        if last:
            self.ended = True
        else:
            self.continuing = None
        name, outlet, dateline = piece.parts
        self.record_signoff(Signoff(name, outlet, dateline, self.span(piece.start, piece.end)))

    def record_signoff(self, signoff: Signoff) -> None:
        self.signoff = signoff
        if signoff.outlet:
            self.header.name_outlet(_broadcaster(signoff.outlet))

    def signoff_turn(self, parts: SignoffParts, start: int, end: int) -> None:
        """A turn that says nothing but the sign-off: ``BEK: Omar Bek, NPR News.``

        The reporter did say it, so the turn stays; the sign-off is read from its text too,
        from ``start`` to ``end``, and its span lies inside the turn's.
        """
        name, outlet, dateline = parts
        self.record_signoff(Signoff(name, outlet, dateline, self.span(start, end)))
        # having signed off, the reporter says no more: an unlabelled paragraph after this
        # is someone else's, as after a sign-off line
        self.close_turn()
        self.continuing = None

    def prose(self, piece: Piece, index: int) -> None:
        start, end = piece.start, piece.end
        reading = piece.reading if isinstance(piece, TextPiece) else None
        if reading == kinds.UNCONFIRMED_LABEL:
            self.note(
                start,
                "unconfirmed-label",
                "the line opens like a speaker label, but nothing else on the page confirms "
                "that name and the page prints its labels another way; kept as text",
            )
        words = self.words(start, end)
        self.check_brackets(start, end)
        before_turns = not self.entries and self.turn is None
        if reading == kinds.LABEL_SHAPED and not before_turns:
            # Above the transcript such a line is a headline or a heading, not a lost speaker.
            self.note(
                start,
                "unconfirmed-label",
                "the line opens with a capitals name and a colon, but not in a form of speaker "
                "label the parser reads (a damaged name, or words after it that are no role); "
                "kept as text",
            )
        following = self.pieces[index + 1] if index + 1 < len(self.pieces) else None
        if (
            before_turns
            and following is not None
            and following.kind == kinds.LABEL
            and following.brk == INLINE
            # A host who says who they are is an intro that lost its label, not page prose.
            and grammar.HOST_INTRO.search(self.text, start, end) is None
        ):
            self.article_prose(piece)
            return
        # A subtitle file has no page header: its first cue's words are no headline.
        taken = (
            None
            if self.first_cue is not None
            else self.header.text_line(piece, index, before_turns=before_turns)
        )
        if taken == "headline":
            # a timestamp above the headline belongs to no segment; keep it, but not in a turn
            # whose span would then run over the headline
            self.drop_timestamp("timestamp before the headline")
        elif taken in ("repeated headline", "air time", "share link"):
            self.drop(piece, taken)
        if taken is not None:
            return
        if self.ended and self.turn is None:
            self.after_transcript(piece, words)
            return
        if self.turn is not None:
            self.turn.add(words, piece.brk, start, end)
            self.header.program_mention(start, end, len(self.entries))
            return
        person = self.continuing
        first = not self.has_turns
        if person is None and first:
            person = self.infer_host(start, end)
        self.open_turn(person, start).add(words, piece.brk, start, end)
        self.header.program_mention(start, end, len(self.entries))
        if person is None:
            self.note(
                start,
                "unlabelled-turn",
                "the story opens with a paragraph that has no speaker label (usually the "
                "host's introduction, whose label the page lost)"
                if first
                else "a paragraph has no speaker label and follows no turn it could continue",
            )

    def article_prose(self, piece: Piece) -> None:
        """Text glued before the first label of a transcript flattened onto one line.

        The labels of that line survived, so this is not a host intro that lost its label: it
        is the page's own prose, the web-article version of the story, often opened by the
        headline in title case. The headline is taken; the rest is kept as a note.
        """
        start, end = self.header.flattened_headline(piece), piece.end
        if start >= end:
            return
        self.note(
            start,
            "text-before-transcript",
            "text glued before the first speaker label of a flattened transcript reads as the "
            "page's prose version of the story; it was kept as a note",
        )
        self.add_segment(Segment("note", self.words(start, end), self.span(start, end)))

    def check_brackets(self, start: int, end: int) -> None:
        """Note the first bracket in ``text[start:end]`` that is never closed or closes
        nothing: usually a marker that lost its other half, so it was read as speech."""
        words = self.text[start:end]
        if _BRACKETS.search(words) is None:
            return  # the common case, settled without a scan
        # Brackets that pair up as printed are settled by the plain scan; only a line that
        # fails it is read again passing over smileys and list enumerators, whose lone
        # brackets are no marker's half ("for three reasons: 1) cost, 2) time").
        if _unbalanced_bracket(words, lone_forms=False) is None:
            return
        found = _unbalanced_bracket(words, lone_forms=True)
        if found is None:
            return
        at, bracket = found
        if bracket in _CLOSES:
            self.note(
                start + at,
                "unbalanced-bracket",
                f"a closing {bracket!r} has no opening bracket before it on its line",
            )
        else:
            self.note(
                start + at,
                "unbalanced-bracket",
                f"an opening {bracket!r} is never closed on its line",
            )

    def after_transcript(self, piece: Piece, words: str) -> None:
        """Text after the provider line: a speaker's bio, or a note kept with a warning."""
        person = self.registry.bio_subject(words)
        if person is not None:
            person.about = words
            person.about_span = self.span(piece.start, piece.end)
            return
        self.note(
            piece.start, "trailing-text", "text after the end of the transcript was kept as a note"
        )
        self.add_segment(Segment("note", words, self.span(piece.start, piece.end)))

    # -- the result ------------------------------------------------------------------------

    def build(self) -> Story:
        self.near_duplicate_labels()
        speakers, ids = self.registry.build()
        segments: list[Segment] = []
        for entry in self.entries:
            if isinstance(entry, _Turn):
                text = "".join(entry.parts)
                entry.parts.clear()  # the turn's text is in the segment: let its pieces go
                segments.append(
                    Segment(
                        "turn",
                        text,
                        self.span(entry.start, entry.end),
                        speaker=ids[id(entry.person)] if entry.person is not None else None,
                        delivery=entry.delivery,
                        clip=entry.clip,
                        timestamp=entry.timestamp,
                        annotations=[
                            Annotation(printed, _annotation_kind(printed), self.span(start, end))
                            for start, end, printed in entry.annotations
                        ],
                    )
                )
            else:
                segments.append(entry)
        low, high = self.bounds or (0, len(self.source.original))
        for start, end, reason in _within(self.source.removed, low, high, _first):
            self.dropped.append(Dropped(self.source.original[start:end], reason, Span(start, end)))
        self.header.settle(self.provider)
        self.dropped.extend(self.header.dropped)
        self.dropped.sort(key=lambda dropped: dropped.span.start)
        diagnostics = [
            (self.source.to_original(offset), code, message)
            for offset, code, message in self.diagnostics
        ]
        if self.first_cue is not None:
            # Subtitles, whatever their cues hold: a sound cue such as [MUSIC] or a speaker's
            # name in a cue does not make them a transcript.
            diagnostics = [item for item in diagnostics if item[1] != "unlabelled-turn"]
            diagnostics.append(
                (
                    self.first_cue,
                    "not-a-transcript",
                    "the text is a subtitle file (it has cue timing lines such as this one), "
                    "not a transcript: the timing lines and cue numbers were dropped and the "
                    "cue text kept as turns" + ("" if speakers else ", with no speakers invented"),
                )
            )
        elif not speakers and not any(segment.type == "soundbite" for segment in segments):
            # Nobody is named and nothing is heard: an index page, a speech-to-text dump,
            # subtitles. Say so once rather than flag every paragraph as unlabelled.
            diagnostics = [item for item in diagnostics if item[1] != "unlabelled-turn"]
            diagnostics.append(
                (
                    low,
                    "not-a-transcript",
                    "the text has no speaker labels and no markers; it does not look like a "
                    "transcript, so no speakers were invented",
                )
            )
        diagnostics.extend(character_diagnostics(self.source, low, high))
        diagnostics.sort(key=lambda item: item[0])
        return Story(
            headline=self.header.headline,
            teaser=self.header.teaser,
            program=self.header.program,
            date=self.header.story_date,
            outlet=self.header.outlet or self.label_outlet,
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


def assemble(
    source: Source,
    pieces: list[Piece],
    bounds: tuple[int, int] | None = None,
    *,
    later_headers: frozenset[int] = frozenset(),
) -> Story:
    """The story the pieces of one transcript tell.

    ``bounds`` is the ``[start, end)`` stretch of the original text the story covers when the
    page holds several stories. ``later_headers`` holds the indices of the pieces that are the
    header lines of later stories, when the whole page is read as one story.
    """
    return _Assembler(source, pieces, bounds, later_headers).run()


_Found = TypeVar("_Found")


def _first(item: tuple[int, *tuple[object, ...]]) -> int:
    return item[0]


def _within(
    found: list[_Found], low: int, high: int, offset: Callable[[_Found], int]
) -> list[_Found]:
    """What normalisation found in ``[low, high)`` of the page, by each item's ``offset``:
    the lists are in page order, so each story of a page of many finds its own stretch
    without reading the others'."""
    first = bisect.bisect_left(found, low, key=offset)
    last = bisect.bisect_left(found, high, lo=first, key=offset)
    return found[first:last]


def _broadcaster(outlet: str) -> str:
    """Who broadcast a story a sign-off names: ``NPR News`` -> ``NPR``, ``PBS NewsHour`` ->
    ``PBS``, a member station's ``WBUR News`` -> ``WBUR``."""
    if outlet.startswith("PBS"):
        return "PBS"
    return outlet.removesuffix(" News")


def _annotation_kind(printed: str) -> str:
    found = grammar.ANNOTATION_KINDS.search(printed[1:-1].strip())
    return found.lastgroup if found is not None and found.lastgroup else "aside"


def _unbalanced_bracket(words: str, *, lone_forms: bool) -> tuple[int, str] | None:
    """Where the first bracket of a line that is never closed or closes nothing stands, and
    which bracket it is.

    With ``lone_forms``, smileys and list enumerators, whose lone brackets are no marker's
    half, are passed over.
    """
    open_at: dict[str, list[int]] = {"(": [], "[": []}
    in_list = False  # an enumerator started a list, so "2)" after a comma goes on with it
    for token in (grammar.BRACKET if lone_forms else _BRACKETS).finditer(words):
        if token.lastgroup == "emoticon":
            # ":))" closing an aside: the smile takes one bracket, the rest close it
            for extra in token.group("mouth")[1:]:
                stack = open_at.get(_CLOSES.get(extra, ""))
                if stack:
                    stack.pop()
            continue
        if token.lastgroup == "enumerator":
            # An open "(" is what such a bracket closes: "(score: 1)" is an aside.
            if not open_at["("] and (in_list or token.group("starts") is not None):
                in_list = True
                continue
            found, at = ")", token.end() - 1
        else:
            found, at = token.group(), token.start()
        if found in open_at:
            open_at[found].append(at)
        elif open_at[_CLOSES[found]]:
            open_at[_CLOSES[found]].pop()
        else:
            return at, found
    return min(((stack[0], opener) for opener, stack in open_at.items() if stack), default=None)


# What may follow a closing line such as CNN's ``END`` on the page: furniture and the notice.
_AFTER_CLOSING = frozenset({kinds.CHROME, kinds.PROVIDER, kinds.DATE})
_CLOSING_LENGTHS = frozenset(len(line) for line in grammar.CLOSING_LINES)


def _closing_lines(text: str, pieces: list[Piece], later_headers: frozenset[int]) -> set[int]:
    """The indices of the closing lines (CNN's ``END``) that end the story or the page.

    Such a line counts only when nothing but page furniture, a provider notice or a date
    follows it before the page, or the next story's header, ends: ``END`` said inside the
    transcript is speech.
    """
    found: set[int] = set()
    for index, piece in enumerate(pieces):
        if (
            piece.end - piece.start not in _CLOSING_LENGTHS  # settles nearly every piece
            or piece.kind != kinds.TEXT
            or piece.brk == INLINE
            or text[piece.start : piece.end] not in grammar.CLOSING_LINES
        ):
            continue
        after = index + 1
        while (
            after < len(pieces)
            and after not in later_headers
            and pieces[after].kind in _AFTER_CLOSING
        ):
            after += 1
        if after == len(pieces) or after in later_headers:
            found.add(index)
    return found
