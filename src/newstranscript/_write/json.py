"""The JSON format, version 1: ``to_json`` writes it, ``from_json`` reads it back exactly.

The field names are a public contract documented in ``docs/format.md`` and in the JSON Schema
shipped beside this module; fields may be added, never renamed or removed, without a new
format version.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping
from datetime import datetime, timedelta
from typing import Any, TypeVar, cast

from newstranscript._errors import FormatError
from newstranscript._model import (
    ANNOTATION_KINDS,
    BASES,
    ROLES,
    SEGMENT_TYPES,
    SOUNDBITE_KINDS,
    Annotation,
    Diagnostic,
    Dropped,
    Segment,
    SegmentType,
    Signoff,
    Soundbite,
    Span,
    Speaker,
    Story,
)
from newstranscript._write.json_layout import FORMAT, JSONObject, indented_json, story_to_dict


def to_json(story: Story, *, indent: int | None = 2) -> str:
    """The story as a JSON document; ``indent=None`` gives one line (for JSONL)."""
    if indent is None:
        return json.dumps(story_to_dict(story), ensure_ascii=False, separators=(",", ":"))
    return indented_json(story, indent)


# -- reading -------------------------------------------------------------------------------

T = TypeVar("T")


class _Reader:
    """Reads one document, naming the path of whatever is wrong (``segments[3].span``)."""

    def __init__(self, data: JSONObject, path: str = "") -> None:
        self.data = data
        self.path = path

    def where(self, key: str) -> str:
        return f"{self.path}.{key}" if self.path else key

    def get(self, key: str, kind: type[T]) -> T:
        if key not in self.data:
            raise FormatError(f"{self.where(key)}: missing")
        return self._checked(key, self.data[key], kind)

    def maybe(self, key: str, kind: type[T]) -> T | None:
        """The value of ``key``, or ``None`` when it is missing or null."""
        value = self.data.get(key)
        return None if value is None else self._checked(key, value, kind)

    def _checked(self, key: str, value: object, kind: type[T]) -> T:
        if not isinstance(value, kind) or (isinstance(value, bool) and kind is int):
            raise FormatError(
                f"{self.where(key)}: expected {kind.__name__}, got {type(value).__name__}"
            )
        return value

    def text(self, key: str) -> str:
        return self.get(key, str)

    def maybe_text(self, key: str) -> str | None:
        return self.maybe(key, str)

    def choice(self, key: str, allowed: tuple[str, ...]) -> str:
        """A string that must be one of the model's own values, as the schema's enum says."""
        return self._allowed(key, self.get(key, str), allowed)

    def maybe_choice(self, key: str, allowed: tuple[str, ...]) -> str | None:
        value = self.maybe(key, str)
        return None if value is None else self._allowed(key, value, allowed)

    def _allowed(self, key: str, value: str, allowed: tuple[str, ...]) -> str:
        if value not in allowed:
            raise FormatError(f"{self.where(key)}: expected one of {allowed}, got {value!r}")
        return value

    def counting(self, key: str) -> int:
        """A 1-based line or column number."""
        value = self.get(key, int)
        if value < 1:
            raise FormatError(f"{self.where(key)}: expected a number from 1 up, got {value}")
        return value

    def span(self, key: str) -> Span:
        return self._span(key, self.get(key, list))

    def maybe_span(self, key: str) -> Span | None:
        value = self.maybe(key, list)
        return None if value is None else self._span(key, value)

    def _span(self, key: str, value: list[Any]) -> Span:
        if len(value) != 2 or not all(
            isinstance(n, int) and not isinstance(n, bool) for n in value
        ):
            raise FormatError(f"{self.where(key)}: expected [start, end], got {value!r}")
        try:
            return Span(value[0], value[1])
        except ValueError as error:
            raise FormatError(f"{self.where(key)}: {error}") from None

    def items(self, key: str, read: Callable[[_Reader], T]) -> list[T]:
        values = self.get(key, list)
        result: list[T] = []
        for index, value in enumerate(values):
            path = f"{self.where(key)}[{index}]"
            if not isinstance(value, dict):
                raise FormatError(f"{path}: expected object, got {type(value).__name__}")
            result.append(read(_Reader(value, path)))
        return result

    def child(self, key: str) -> _Reader | None:
        value = self.maybe(key, dict)
        return None if value is None else _Reader(value, self.where(key))


def from_json(document: str | bytes, /) -> Story:
    """Read a version 1 JSON document back into the :class:`Story` it was written from."""
    if not isinstance(document, str | bytes | bytearray):
        raise TypeError(f"from_json() takes a str or bytes, not {type(document).__name__}")
    try:
        data = json.loads(document)
    except json.JSONDecodeError as error:
        raise FormatError(
            f"not JSON: {error.msg} (at line {error.lineno}, column {error.colno})"
        ) from None
    except UnicodeDecodeError as error:
        raise FormatError(
            f"not JSON: the bytes are not {error.encoding} (byte 0x{error.object[error.start]:02x} "
            f"at byte offset {error.start})"
        ) from None
    except RecursionError:
        raise FormatError(
            "not a newstranscript document: arrays or objects nested too deeply"
        ) from None
    except ValueError as error:
        # Python refuses integers of more than 4,300 digits (CVE-2020-10735) with a bare
        # ValueError; no count in the format comes near that.
        raise FormatError(f"not JSON this reader accepts: {error}") from None
    if not isinstance(data, dict):
        raise FormatError(f"expected a JSON object, got {type(data).__name__}")
    _refuse_lone_surrogates(document, data)
    return story_from_dict(data)


# A ``\ud800`` escape, or the character itself: JSON may spell half of a UTF-16 pair, which
# Python reads into a string that no UTF-8 writer can write.
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]|[\ud800-\udfff]")


def _refuse_lone_surrogates(document: str | bytes | bytearray, data: JSONObject) -> None:
    """Refuse a document whose strings hold a lone surrogate: the story would be one
    :func:`to_json` writes but no one can save as UTF-8. A pair of escapes is one character
    and passes; only when the document spells one is every string looked at."""
    text = document if isinstance(document, str) else document.decode("utf-8", "replace")
    if _SURROGATE_ESCAPE.search(text) is None:
        return
    pending: list[tuple[str, object]] = [("", data)]
    while pending:
        path, value = pending.pop()
        if isinstance(value, str):
            surrogate = _LONE_SURROGATE.search(value)
            if surrogate is not None:
                raise FormatError(
                    f"{path or 'document'}: holds a lone surrogate "
                    f"U+{ord(surrogate.group()):04X}, half of a character, which UTF-8 cannot "
                    "write"
                )
        elif isinstance(value, dict):
            pending.extend((f"{path}.{key}" if path else key, item) for key, item in value.items())
            pending.extend((f"{path}: a key", key) for key in value)
        elif isinstance(value, list):
            pending.extend((f"{path}[{index}]", item) for index, item in enumerate(value))


_LONE_SURROGATE = re.compile(r"[\ud800-\udfff]")


def story_from_dict(data: Mapping[str, Any]) -> Story:
    """The story a version 1 JSON object describes."""
    reader = _Reader(dict(data))
    found = reader.get("format", str)
    if found != FORMAT:
        raise FormatError(f"format: expected {FORMAT!r}, got {found!r}")
    date_text = reader.maybe_text("date")
    try:
        date = datetime.fromisoformat(date_text) if date_text is not None else None
    except ValueError:
        raise FormatError(f"date: not an ISO 8601 date: {date_text!r}") from None
    offset = date.utcoffset() if date is not None else None
    if offset is not None and offset % timedelta(minutes=1):
        # the schema's date-time is RFC 3339's, whose offsets are whole minutes; the writer
        # never writes another, so a document that holds one was not written by it
        raise FormatError(
            f"date: a UTC offset in seconds, which RFC 3339 cannot write: {date_text!r}"
        )
    signoff = reader.child("signoff")
    spans = reader.maybe("spans", dict) or {}
    span_reader = _Reader(spans, "spans")
    speakers = reader.items("speakers", _read_speaker)
    segments = reader.items("segments", _read_segment)
    _check_speaker_references(speakers, segments)
    return Story(
        headline=reader.maybe_text("headline"),
        teaser=reader.maybe_text("teaser"),
        program=reader.maybe_text("program"),
        outlet=reader.maybe_text("outlet"),
        date=date,
        speakers=speakers,
        segments=segments,
        signoff=_read_signoff(signoff) if signoff is not None else None,
        provider=reader.maybe_text("provider"),
        publisher=reader.maybe_text("publisher"),
        dropped=reader.items(
            "dropped", lambda r: Dropped(r.text("text"), r.text("reason"), r.span("span"))
        ),
        diagnostics=reader.items(
            "diagnostics",
            lambda r: Diagnostic(
                r.text("code"), r.text("message"), r.counting("line"), r.counting("column")
            ),
        ),
        spans={name: span_reader.span(name) for name in spans},
        source=reader.maybe_text("source"),
        url=reader.maybe_text("url"),
        index=_read_index(reader),
    )


def _read_index(reader: _Reader) -> int | None:
    index = reader.maybe("index", int)
    if index is not None and index < 0:
        raise FormatError(f"index: expected a number from 0 up, got {index}")
    return index


def _check_speaker_references(speakers: list[Speaker], segments: list[Segment]) -> None:
    """Each speaker id names one speaker, and each turn's speaker is one of them.

    A document that breaks either would read into a story whose ``speaker(id)`` raises
    ``KeyError`` or answers for the wrong person.
    """
    first_with: dict[str, int] = {}
    for index, speaker in enumerate(speakers):
        earlier = first_with.setdefault(speaker.id, index)
        if earlier != index:
            raise FormatError(
                f"speakers[{index}].id: {speaker.id!r} is already the id of speakers[{earlier}]"
            )
    for index, segment in enumerate(segments):
        if segment.speaker is not None and segment.speaker not in first_with:
            raise FormatError(
                f"segments[{index}].speaker: {segment.speaker!r} is the id of no speaker in "
                "speakers"
            )


def _read_speaker(reader: _Reader) -> Speaker:
    labels = reader.get("labels", list)
    roles = reader.maybe("roles", list) or []
    for name, values in (("labels", labels), ("roles", roles)):
        if not all(isinstance(value, str) for value in values):
            raise FormatError(f"{reader.where(name)}: expected a list of strings")
    return Speaker(
        id=reader.text("id"),
        name=reader.text("name"),
        role=reader.maybe_choice("role", ROLES),
        title=reader.maybe_text("title"),
        labels=tuple(labels),
        about=reader.maybe_text("about"),
        about_span=reader.maybe_span("about_span"),
        roles=tuple(roles),
        party=reader.maybe_text("party"),
    )


def _read_segment(reader: _Reader) -> Segment:
    kind = cast(SegmentType, reader.choice("type", SEGMENT_TYPES))
    if kind != "turn" and reader.data.get("speaker") is not None:
        raise FormatError(f"{reader.where('speaker')}: only a turn has a speaker, not a {kind}")
    if kind != "turn" and reader.data.get("basis") is not None:
        raise FormatError(f"{reader.where('basis')}: only a turn has a basis, not a {kind}")
    if kind != "soundbite" and reader.data.get("inline"):
        raise FormatError(f"{reader.where('inline')}: only a soundbite is inline, not a {kind}")
    soundbite = None
    if kind == "soundbite":
        soundbite = Soundbite(
            kind=reader.choice("kind", SOUNDBITE_KINDS),
            description=reader.text("description"),
            artist=reader.maybe_text("artist"),
            title=reader.maybe_text("title"),
        )
    return Segment(
        type=kind,
        text=reader.text("text"),
        span=reader.span("span"),
        speaker=reader.maybe_text("speaker") if kind == "turn" else None,
        # A document written before turns said how their speaker was found has no basis:
        # its turns read back with None, "not known", never a guess.
        basis=reader.maybe_choice("basis", BASES) if kind == "turn" else None,
        soundbite=soundbite,
        delivery=reader.maybe_text("delivery"),
        clip=reader.maybe("clip", bool) or False,
        timestamp=reader.maybe_text("timestamp"),
        # A document written before soundbites said where they were printed has none inline.
        inline=reader.maybe("inline", bool) or False,
        annotations=reader.items("annotations", _read_annotation)
        if "annotations" in reader.data
        else (),
    )


def _read_annotation(reader: _Reader) -> Annotation:
    return Annotation(
        reader.text("text"), reader.choice("kind", ANNOTATION_KINDS), reader.span("span")
    )


def _read_signoff(reader: _Reader) -> Signoff:
    return Signoff(
        name=reader.text("name"),
        outlet=reader.text("outlet"),
        dateline=reader.maybe_text("dateline"),
        span=reader.span("span"),
    )


def json_schema() -> JSONObject:
    """The JSON Schema (draft 2020-12) of the version 1 format, as shipped with the package."""
    from importlib import resources  # noqa: PLC0415  # only the few who ask pay for it

    text = resources.files("newstranscript").joinpath("schema.json").read_text("utf-8")
    return cast(JSONObject, json.loads(text))
