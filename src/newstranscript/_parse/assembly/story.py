"""The end of assembly: what the whole story says once every piece is read, and the
:class:`Story` made of the state."""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterator
from typing import TypeVar

from newstranscript import _grammar as grammar
from newstranscript._model import Annotation, Diagnostic, Dropped, Segment, Span, Story
from newstranscript._parse import pieces as kinds
from newstranscript._parse.assembly.state import State, Turn
from newstranscript._parse.classify import soundbite
from newstranscript._parse.source import character_diagnostics


def finish(state: State) -> Story:
    """Close what is still open, say what the whole page shows, and build the story."""
    state.close_turn()
    state.drop_timestamp("timestamp with no segment after it")
    if state.clip_start is not None:
        state.note(state.clip_start, "unclosed-clip", "a clip block opens but never ends")
    # A page with neither labels nor markers gets not-a-transcript in build() instead.
    pieces = state.pieces
    has_markers = any(piece.kind == kinds.MARKER for piece in pieces)
    if state.last_label == -1 and state.entries and has_markers and state.first_cue is None:
        first = min(piece.start for piece in pieces if piece.kind != kinds.CHROME)
        # First among the diagnostics at its place: it says what the others there mean.
        state.diagnostics.insert(
            0,
            (
                first,
                "no-speaker-labels",
                "no line has a speaker label: the text may not be a transcript, or its "
                "labels are in a form the parser does not know",
            ),
        )
    _near_duplicate_labels(state)
    return _build(state)


def _near_duplicate_labels(state: State) -> None:
    """Note a speaker heard once whose name is one letter off another speaker's."""
    for person, other in state.registry.near_duplicates():
        at = person.first_label
        if at < 0:
            continue  # a host named by their intro, not by a label
        label = person.label  # the form it was first printed in
        state.note(
            at,
            "near-duplicate-label",
            f"the label {label!r} is used once and differs from {other.name!r} "
            "by one letter or two swapped: a typo for that person, or someone else; kept "
            "as a speaker of its own",
        )


def _segments(state: State, ids: dict[int, str]) -> list[Segment]:
    """The entries read as segments: each turn's text joined, its asides as annotations,
    and the sound cues among them listed after it as inline soundbites."""
    segments: list[Segment] = []
    for entry in state.entries:
        if isinstance(entry, Turn):
            annotations = [
                Annotation(printed, _annotation_kind(printed), state.span(start, end))
                for start, end, printed in entry.annotations
            ]
            segments.append(
                Segment(
                    "turn",
                    entry.text,
                    state.span(entry.start, entry.end),
                    speaker=ids[id(entry.person)] if entry.person is not None else None,
                    delivery=entry.delivery,
                    clip=entry.clip,
                    timestamp=entry.timestamp,
                    basis=entry.basis,
                    annotations=annotations,
                )
            )
            if annotations:
                segments.extend(_inline_soundbites(annotations))
        else:
            segments.append(entry)
    return segments


# A cue needs this many words to be read as a sound on the words alone: a single capitals
# word in brackets is as often a character's name or an abbreviation ("(STONER)", "(UK)").
_CUE_WORDS = 2


def _inline_soundbites(annotations: list[Annotation]) -> Iterator[Segment]:
    """The capitals cues printed inside a turn's words, each as a soundbite after the turn.

    A script prints the sounds of a scene where they happen, in mid-sentence (``hit it on
    the side (BWANG) and``) or between sentences: they are markers as much as a cue on a line
    of its own, and the turn stays whole around them. A cue in small letters (``OK
    (laughter).``) is how the speaker spoke, and a gap, a spelling flag or a delivery
    (``(INAUDIBLE)``, ``(PH)``, ``(AS MAILMAN)``) says something of the words: those stay
    annotations only.
    """
    for note in annotations:
        body = note.text[1:-1]
        if body.upper() != body or not any(letter.isupper() for letter in body):
            continue
        if note.kind == "sound" or (note.kind == "aside" and len(body.split()) >= _CUE_WORDS):
            yield Segment("soundbite", note.text, note.span, soundbite=soundbite(body), inline=True)


def _build(state: State) -> Story:
    speakers, ids = state.registry.build()
    segments = _segments(state, ids)
    source = state.source
    low, high = state.bounds or (0, len(source.original))
    for start, end, reason in _within(source.removed, low, high, _first):
        state.dropped.append(Dropped(source.original[start:end], reason, Span(start, end)))
    header = state.header
    header.settle(state.provider)
    state.dropped.extend(header.dropped)
    state.dropped.sort(key=lambda dropped: dropped.span.start)
    diagnostics = [
        (source.to_original(offset), code, message) for offset, code, message in state.diagnostics
    ]
    diagnostics = _not_a_transcript(state, diagnostics, segments, low, has_speakers=bool(speakers))
    diagnostics.extend(character_diagnostics(source, low, high))
    diagnostics.sort(key=lambda item: item[0])
    return Story(
        headline=header.headline,
        teaser=header.teaser,
        publisher=header.publisher,
        program=header.program,
        date=header.story_date,
        outlet=header.outlet or state.label_outlet,
        speakers=speakers,
        segments=segments,
        signoff=state.signoff,
        provider=state.provider,
        dropped=state.dropped,
        diagnostics=[
            Diagnostic(code, message, *source.line_column(offset))
            for offset, code, message in diagnostics
        ],
        spans=state.spans,
    )


_Diagnostics = list[tuple[int, str, str]]


def _not_a_transcript(
    state: State,
    diagnostics: _Diagnostics,
    segments: list[Segment],
    low: int,
    *,
    has_speakers: bool,
) -> _Diagnostics:
    """Say once that the text is subtitles, or no transcript at all, rather than flag every
    paragraph as unlabelled."""
    if state.listing is not None and state.listing.captions:
        # Subtitles, whatever their cues hold: a sound cue such as [MUSIC] or a speaker's
        # name in a cue does not make them a transcript.
        diagnostics = [item for item in diagnostics if item[1] != "unlabelled-turn"]
        diagnostics.append(
            (
                low if state.first_cue is None else state.first_cue,
                "not-a-transcript",
                f"the text is captions, not a transcript ({state.listing.seen}): no turns "
                "were made, and the caption text was dropped (reason 'not a transcript'), "
                "its timing lines and cue numbers with their own reasons",
            )
        )
    elif state.listing is not None:
        diagnostics.append(
            (
                low,
                "not-a-transcript",
                "the page is not a transcript: it has no speaker label, marker, provider "
                f"line or transcript heading, and {state.listing.seen}; no turns were made, "
                "and the lines that are not its headline or page furniture were dropped "
                "(reason 'not a transcript')",
            )
        )
    elif (
        not has_speakers
        and not any(segment.type == "soundbite" for segment in segments)
        and not any(item.reason == grammar.SPEAKER_CHANGE_REASON for item in state.dropped)
    ):
        # Nobody is named, nothing is heard and no caption marks a new speaker: an index
        # page, a speech-to-text dump. Say so once rather than flag every paragraph.
        diagnostics = [item for item in diagnostics if item[1] != "unlabelled-turn"]
        diagnostics.append(
            (
                low,
                "not-a-transcript",
                "the text has no speaker labels and no markers; it does not look like a "
                "transcript, so no speakers were invented",
            )
        )
    return diagnostics


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


def _annotation_kind(printed: str) -> str:
    found = grammar.ANNOTATION_KINDS.search(printed[1:-1].strip())
    return found.lastgroup if found is not None and found.lastgroup else "aside"
