"""A table of turns: one plain record per spoken turn, and its CSV and Parquet files.

A data set built from transcripts is usually a table with a row per turn (story, speaker,
role, text); pandas, polars and Arrow each take a list of flat dicts with the same keys and
plain values as they are. Records are made from a :class:`Story` alone: this module never
imports the parser.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Mapping
from types import MappingProxyType
from typing import Any

from newstranscript._errors import FormatError, MissingExtraError
from newstranscript._model import Story
from newstranscript._write.json import to_json

Record = dict[str, str | int | None]
"""One turn as a flat dict: the keys of :data:`RECORD_FIELDS`, in that order."""

RECORD_FIELDS: tuple[str, ...] = (
    "story",
    "turn",
    "speaker",
    "name",
    "role",
    "basis",
    "text",
    "start",
    "end",
    "source",
    "url",
)
"""The keys of every record, in the order the columns of a table are written."""

RECORD_TYPES: Mapping[str, type] = MappingProxyType(
    {field: int if field in {"turn", "start", "end"} else str for field in RECORD_FIELDS}
)
"""Each column's type (``str`` or ``int``; any may also be ``None``), for the tools that
cannot infer a type from a column that is ``None`` in every record (polars makes it
``Null``)."""

# Enough of the hash to tell half a million stories apart with room to spare, short enough
# to read in a table.
_HASH_LENGTH = 16


def story_key(story: Story, key: str | None = None) -> str:
    """The name a story goes by in a data set: ``key`` when the caller gives one, else the
    story's ``source`` when it has one, else a hash of its JSON document.

    The hash is stable: the same story (from the same text) gets the same key on every run
    and machine, so a table can be rebuilt and joined with an earlier one.
    """
    if key is not None:
        if not isinstance(key, str) or not key:
            raise TypeError(f"a story key is a non-empty str, not {key!r}")
        return key
    if story.source:
        return story.source
    import hashlib  # noqa: PLC0415  # kept out of the package's import time

    digest = hashlib.sha256(to_json(story, indent=None).encode("utf-8")).hexdigest()
    return digest[:_HASH_LENGTH]


def to_records(story: Story, /, *, key: str | None = None) -> list[Record]:
    """One record per spoken turn of ``story``, in order.

    Each record has the keys of :data:`RECORD_FIELDS`: ``story`` (see :func:`story_key`),
    ``turn`` (the turn's 0-based position among the story's turns), ``speaker`` (the speaker
    id), ``name`` and ``role`` (the speaker's display name and role), ``basis`` (how the
    speaker was found), ``text``, ``start`` and ``end`` (the turn's span), ``source`` and
    ``url`` (the story's). Markers and notes are not turns and give no record. A value the
    story does not have is ``None``.
    """
    if not isinstance(story, Story):
        raise TypeError(f"to_records() takes a Story, not {type(story).__name__}")
    name = story_key(story, key)
    speakers = {speaker.id: speaker for speaker in story.speakers}
    records: list[Record] = []
    for index, turn in enumerate(story.turns):
        speaker = speakers.get(turn.speaker) if turn.speaker is not None else None
        records.append(
            {
                "story": name,
                "turn": index,
                "speaker": turn.speaker,
                "name": speaker.name if speaker is not None else None,
                "role": speaker.role if speaker is not None else None,
                "basis": turn.basis,
                "text": turn.text,
                "start": turn.span.start,
                "end": turn.span.end,
                "source": story.source,
                "url": story.url,
            }
        )
    return records


def iter_records(
    stories_or_records: Story | Iterable[Story | Mapping[str, Any]],
) -> Iterator[Record]:
    """The records of one story, of several, or records already made, checked alike.

    Stories give their records keyed by :func:`story_key`; a record given as it is must have
    exactly the keys of :data:`RECORD_FIELDS`, with whole numbers in ``turn``, ``start`` and
    ``end`` and text or ``None`` elsewhere, or :class:`FormatError` names what is off.
    """
    if isinstance(stories_or_records, Story):
        yield from to_records(stories_or_records)
        return
    if isinstance(stories_or_records, str | bytes | Mapping):
        raise TypeError(
            "expected a Story or an iterable of stories or records, not "
            f"{type(stories_or_records).__name__}"
        )
    for position, item in enumerate(stories_or_records):
        if isinstance(item, Story):
            yield from to_records(item)
        elif isinstance(item, Mapping):
            yield _checked_record(item, position)
        else:
            raise TypeError(
                f"item {position}: expected a Story or a record (dict), not {type(item).__name__}"
            )


def _checked_record(record: Mapping[str, Any], position: int) -> Record:
    keys = tuple(record)
    if set(keys) != set(RECORD_FIELDS):
        missing = [field for field in RECORD_FIELDS if field not in record]
        extra = [field for field in keys if field not in RECORD_FIELDS]
        problems = [f"missing {', '.join(missing)}"] if missing else []
        problems += [f"unknown {', '.join(map(str, extra))}"] if extra else []
        raise FormatError(f"record {position}: {'; '.join(problems)}")
    for field in RECORD_FIELDS:
        value = record[field]
        if value is None:
            continue
        wanted = RECORD_TYPES[field]
        if not isinstance(value, wanted) or isinstance(value, bool):
            raise FormatError(
                f"record {position}.{field}: expected {wanted.__name__} or None, "
                f"got {type(value).__name__}"
            )
    return {field: record[field] for field in RECORD_FIELDS}


def to_csv(stories_or_records: Story | Iterable[Story | Mapping[str, Any]], /) -> str:
    """The records as CSV text (RFC 4180): a header row of :data:`RECORD_FIELDS`, then one
    row per turn, lines ending ``\\r\\n``, fields quoted when they hold a comma, a quote or a
    line break (a turn of several paragraphs), quotes doubled. ``None`` is an empty field,
    so CSV cannot tell it from an empty text; Parquet can.
    """
    import csv  # noqa: PLC0415  # kept out of the package's import time
    import io  # noqa: PLC0415

    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow(RECORD_FIELDS)
    for record in iter_records(stories_or_records):
        writer.writerow(["" if record[field] is None else record[field] for field in RECORD_FIELDS])
    return buffer.getvalue()


def to_parquet(
    stories_or_records: Story | Iterable[Story | Mapping[str, Any]],
    path: str | os.PathLike[str],
    /,
) -> None:
    """Write the records as a Parquet file at ``path``: the columns of
    :data:`RECORD_FIELDS`, ``turn``, ``start`` and ``end`` as 64-bit integers, the rest as
    text, ``None`` as null. Needs ``pyarrow`` (``pip install 'newstranscript[parquet]'``);
    without it raises :class:`MissingExtraError`, an ``ImportError``.
    """
    try:
        import pyarrow as pa  # noqa: PLC0415  # an optional extra: only its users need it
        import pyarrow.parquet as pq  # noqa: PLC0415
    except ImportError as error:
        raise MissingExtraError("to_parquet()", "pyarrow", "parquet") from error
    schema = pa.schema(
        [
            (field, pa.int64() if RECORD_TYPES[field] is int else pa.string())
            for field in RECORD_FIELDS
        ]
    )
    table = pa.Table.from_pylist(list(iter_records(stories_or_records)), schema=schema)
    pq.write_table(table, os.fspath(path))
