"""The typed objects a transcript becomes.

The model knows nothing of parsing or writing: every class is a frozen, slotted attrs class
whose sequences are tuples, so a parsed story can be shared, hashed and compared freely.
Serialisation lives in the writer modules, never here.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from datetime import datetime
from types import MappingProxyType
from typing import Literal

import attrs

SegmentType = Literal["turn", "soundbite", "note"]
"""What a segment is: a spoken turn, a non-speech marker, or an editor's note."""

SEGMENT_TYPES: tuple[SegmentType, ...] = ("turn", "soundbite", "note")

ROLES: tuple[str, ...] = (
    "host",
    "reporter",
    "anchor",
    "correspondent",
    "guest",
    "unidentified",
)
"""The roles a speaker can have; ``None`` where the page does not say."""

SOUNDBITE_KINDS: tuple[str, ...] = (
    "recording",
    "music",
    "sound",
    "clip_start",
    "clip_end",
    "break",
)
"""What a marker stands for in the audio."""

BASES: tuple[str, ...] = (
    "label",
    "resolved",
    "self-intro",
    "continuation",
    "inferred",
    "none",
)
"""How a turn's speaker was found: a full label on the turn, a short label resolved to someone
introduced elsewhere, the turn's own words introducing its speaker (``I'm Dana Holloway``), an
unlabelled paragraph given to whoever spoke before, any other guess, or no speaker at all."""


def _non_negative_span(instance: Span, attribute: attrs.Attribute[int], value: int) -> None:
    if instance.start < 0 or instance.end < instance.start:
        raise ValueError(f"a span runs from 0 upwards and never backwards, got {instance!r}")


def _one_of(allowed: tuple[str, ...]) -> Callable[[object, attrs.Attribute[str], str], None]:
    """A validator keeping a kind to the model's own values, so ``to_json`` never writes a
    document ``from_json`` (and the schema) would refuse."""

    def check(instance: object, attribute: attrs.Attribute[str], value: str) -> None:
        if value not in allowed:
            raise ValueError(f"{attribute.name} must be one of {allowed}, got {value!r}")

    return check


def _strings(values: Iterable[str]) -> tuple[str, ...]:
    return tuple(values)


def _speakers(values: Iterable[Speaker]) -> tuple[Speaker, ...]:
    return tuple(values)


def _segments(values: Iterable[Segment]) -> tuple[Segment, ...]:
    return tuple(values)


def _dropped(values: Iterable[Dropped]) -> tuple[Dropped, ...]:
    return tuple(values)


def _annotations(values: Iterable[Annotation]) -> tuple[Annotation, ...]:
    return tuple(values)


def _diagnostics(values: Iterable[Diagnostic]) -> tuple[Diagnostic, ...]:
    return tuple(values)


def _segment_kind(instance: Segment, attribute: attrs.Attribute[str], value: str) -> None:
    """A segment's type is one of the model's, and only a soundbite is printed inline (one
    check for both, as every segment of every page is made through it)."""
    if value not in SEGMENT_TYPES:
        raise ValueError(f"{attribute.name} must be one of {SEGMENT_TYPES}, got {value!r}")
    if instance.inline and value != "soundbite":
        raise ValueError(f"only a soundbite is printed inline in a turn, not a {value}")


@attrs.frozen
class Span:
    """Character offsets ``[start, end)`` into the text the caller passed in."""

    start: int
    end: int = attrs.field(validator=_non_negative_span)

    def __len__(self) -> int:
        return self.end - self.start

    def slice(self, text: str) -> str:
        """The piece of ``text`` this span covers."""
        return text[self.start : self.end]


@attrs.frozen
class Speaker:
    """One person heard in the story.

    ``labels`` holds every label form the page used for them (``"GREG MYRE, BYLINE"``,
    ``"MYRE"``), ``roles`` every role seen when it drifted within the page.
    """

    id: str
    name: str
    role: str | None = attrs.field(
        default=None, validator=attrs.validators.optional(_one_of(ROLES))
    )
    title: str | None = None
    labels: tuple[str, ...] = attrs.field(default=(), converter=_strings)
    about: str | None = None
    about_span: Span | None = None
    roles: tuple[str, ...] = attrs.field(default=(), converter=_strings)
    party: str | None = None


@attrs.frozen
class Soundbite:
    """A non-speech marker: ``(SOUNDBITE OF MUSIC)``, ``(LAUGHTER)``, ``(BEGIN VIDEO CLIP)``.

    ``description`` is the marker's content as printed; a music credit such as
    ``TRIFONIC'S "SANTA ROSA"`` is also split into ``artist`` and ``title``.
    """

    kind: str = attrs.field(validator=_one_of(SOUNDBITE_KINDS))
    description: str
    artist: str | None = None
    title: str | None = None


ANNOTATION_KINDS: tuple[str, ...] = ("delivery", "sound", "inaudible", "spelling", "aside")
"""What a bracketed aside inside a turn says: how it was spoken (``(Through interpreter)``,
``(Singing)``), a sound (``(LAUGHTER)``, ``[laughs]``), a gap (``(inaudible)``), a spelling
flag (``(ph)``), or anything else in brackets."""


@attrs.frozen
class Annotation:
    """A bracketed aside kept inside a turn's text, listed so a user can strip or keep it.

    ``text`` is the aside as printed, brackets included; ``span`` is where it is in the source.
    """

    text: str
    kind: str = attrs.field(validator=_one_of(ANNOTATION_KINDS))
    span: Span


@attrs.frozen
class Segment:
    """One stretch of the story, in order.

    A ``turn`` has the ``speaker`` id (``None`` when the page does not say who) and its text
    with paragraphs separated by a blank line; a ``soundbite`` carries its :class:`Soundbite`
    and the marker as printed in ``text``; a ``note`` is an editor's note or text the parser
    kept but could not place. ``span`` covers the whole stretch in the source, label included,
    and the timestamp before it when there is one.

    ``delivery`` is how a turn was delivered when its label says so (``voice-over``, ``in
    unison``); ``clip`` marks segments inside a CNN ``(BEGIN VIDEO CLIP)`` ... ``(END VIDEO
    CLIP)`` block; ``timestamp`` is a ``[04:30:00]`` printed just before the segment;
    ``annotations`` lists the bracketed asides kept in a turn's text; ``basis`` says how a
    turn's speaker was found (one of :data:`BASES`; ``None`` on soundbites and notes).

    An ``inline`` soundbite was printed inside the words of the turn before it (``the side
    (BWANG) the fan started``): the turn's text keeps it where it stood, as one of its
    annotations, and its span lies inside the turn's. It is listed after the turn so that
    every marker of the story is a soundbite, while the turn stays whole.
    """

    type: SegmentType = attrs.field(validator=_segment_kind)
    text: str
    span: Span
    speaker: str | None = None
    soundbite: Soundbite | None = None
    delivery: str | None = None
    clip: bool = False
    timestamp: str | None = None
    annotations: tuple[Annotation, ...] = attrs.field(default=(), converter=_annotations)
    basis: str | None = attrs.field(
        default=None, validator=attrs.validators.optional(_one_of(BASES))
    )
    inline: bool = False  # checked with the type

    @property
    def paragraphs(self) -> tuple[str, ...]:
        """The text split at its paragraph breaks."""
        return tuple(self.text.split("\n\n"))


@attrs.frozen
class Signoff:
    """A reporter's closing line: ``Greg Myre, NPR News, Washington.``"""

    name: str
    outlet: str
    dateline: str | None
    span: Span


@attrs.frozen
class Dropped:
    """Page furniture that was removed, kept with why and where."""

    text: str
    reason: str
    span: Span


@attrs.frozen
class Diagnostic:
    """Something the parser guessed or did not understand, at a 1-based line and column."""

    code: str
    message: str
    line: int
    column: int

    def __str__(self) -> str:
        return f"{self.line}:{self.column}: {self.code} {self.message}"


def _index(instance: object, attribute: attrs.Attribute[int], value: int) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ValueError(f"index is a story's place on its page, from 0 up, got {value!r}")


def _frozen_spans(value: Mapping[str, Span]) -> Mapping[str, Span]:
    return MappingProxyType(dict(value))


@attrs.frozen
class Story:
    """One transcript.

    ``spans`` says where the story-level fields (``headline``, ``teaser``, ``program``,
    ``date``, ``provider``) were read from; segments, the sign-off, dropped pieces and speaker
    bios carry their own spans.

    ``source`` and ``url`` say where the text came from when the caller knows it (a file
    name, a web address); the parser never guesses them. ``index`` is the story's place
    (from 0) on a page that holds several, when the caller read them apart and says so.
    """

    headline: str | None = None
    teaser: str | None = None
    program: str | None = None
    outlet: str | None = None
    date: datetime | None = None
    speakers: tuple[Speaker, ...] = attrs.field(default=(), converter=_speakers)
    segments: tuple[Segment, ...] = attrs.field(default=(), converter=_segments)
    signoff: Signoff | None = None
    provider: str | None = None
    # The station or site whose own copyright footer the page carries (``© 2031 Harbor
    # Public Radio``): who published the page, which is not who provided the transcript.
    publisher: str | None = None
    dropped: tuple[Dropped, ...] = attrs.field(default=(), converter=_dropped)
    diagnostics: tuple[Diagnostic, ...] = attrs.field(default=(), converter=_diagnostics)
    spans: Mapping[str, Span] = attrs.field(factory=dict, converter=_frozen_spans, hash=False)
    source: str | None = None
    url: str | None = None
    index: int | None = attrs.field(default=None, validator=attrs.validators.optional(_index))

    # Every turn of a loop over the story asks for its speaker by id: an index made once keeps
    # that loop linear on a page of thousands of people. Not a field of the format.
    _speakers_by_id: Mapping[str, Speaker] = attrs.field(
        init=False, eq=False, repr=False, hash=False
    )

    def __attrs_post_init__(self) -> None:
        by_id: dict[str, Speaker] = {}
        for speaker in self.speakers:
            by_id.setdefault(speaker.id, speaker)  # the first of a repeated id, as before
        object.__setattr__(self, "_speakers_by_id", by_id)

    def __reduce__(self) -> tuple[object, ...]:
        # The read-only spans mapping cannot be pickled, and worker processes send stories
        # back by pickle: rebuild the story from its fields, spans as a plain dict.
        fields = {
            field.name: getattr(self, field.name) for field in attrs.fields(Story) if field.init
        }
        fields["spans"] = dict(self.spans)
        return (_story_from_fields, (fields,))

    def speaker(self, speaker_id: str) -> Speaker:
        """The speaker with this id; ``KeyError`` when there is none."""
        return self._speakers_by_id[speaker_id]

    @property
    def turns(self) -> tuple[Segment, ...]:
        """The spoken turns, in order."""
        return tuple(segment for segment in self.segments if segment.type == "turn")

    @property
    def soundbites(self) -> tuple[Segment, ...]:
        """The marker segments, in order."""
        return tuple(segment for segment in self.segments if segment.type == "soundbite")

    @property
    def notes(self) -> tuple[str, ...]:
        """The text of every note segment: editor's notes, corrections, unplaced text."""
        return tuple(segment.text for segment in self.segments if segment.type == "note")

    @property
    def signoff_turn(self) -> Segment | None:
        """The turn whose words are the sign-off, when it was read from a turn.

        A last turn that is nothing but ``For NPR News, I'm Omar Bek.`` keeps its words; the
        story's ``signoff`` is then a reading of that turn rather than text of its own.
        """
        if self.signoff is None:
            return None
        inside = self.signoff.span
        for segment in self.segments:
            if segment.type == "turn" and (
                segment.span.start <= inside.start and inside.end <= segment.span.end
            ):
                return segment
        return None

    def turns_by(self, speaker_id: str) -> Iterator[Segment]:
        """The turns spoken by one speaker."""
        return (segment for segment in self.turns if segment.speaker == speaker_id)


def _story_from_fields(fields: dict[str, object]) -> Story:
    return Story(**fields)  # type: ignore[arg-type]
