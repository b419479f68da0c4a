"""MediaSum records: a story in the layout of the MediaSum corpus's published JSON files.

MediaSum (463K NPR and CNN interview transcripts with their summaries) publishes each
transcript as one object of eight fields: ``id``, ``program``, ``date``, ``url``, ``title``,
``summary``, and the parallel lists ``utt`` (one string per spoken turn) and ``speaker`` (who
said it). Code written for that corpus reads these records unchanged.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from typing import Any

from newstranscript._errors import FormatError
from newstranscript._model import Story
from newstranscript._write.records import story_key

MEDIASUM_FIELDS: tuple[str, ...] = (
    "id",
    "program",
    "date",
    "url",
    "title",
    "summary",
    "utt",
    "speaker",
)
"""The fields of a MediaSum record, in the published files' order."""

# What a turn with no speaker is said by: the published lists hold strings only.
UNATTRIBUTED_SPEAKER = ""


def to_mediasum(story: Story, /, *, id: str | None = None) -> dict[str, Any]:
    """The story as a MediaSum record.

    ``id`` is the caller's id, else the story's ``source``, else a hash of its JSON (see
    ``story_key``); ``program`` and ``url`` as the story has them; ``date`` the day it aired
    (``YYYY-MM-DD``); ``title`` the headline; ``summary`` the teaser. ``utt`` holds one string
    per spoken turn, its paragraphs joined by a space as the published utterances are one
    line each; ``speaker`` the same number of strings, each the display name of who spoke
    (an empty string for a turn with no speaker). Markers and notes are not utterances.
    """
    if not isinstance(story, Story):
        raise TypeError(f"to_mediasum() takes a Story, not {type(story).__name__}")
    names = {speaker.id: speaker.name for speaker in story.speakers}
    utterances: list[str] = []
    speakers: list[str] = []
    for turn in story.turns:
        utterances.append(" ".join(paragraph for paragraph in turn.paragraphs if paragraph))
        speakers.append(
            names.get(turn.speaker, turn.speaker) if turn.speaker else UNATTRIBUTED_SPEAKER
        )
    url = getattr(story, "url", None)
    return {
        "id": story_key(story, id),
        "program": story.program,
        "date": story.date.date().isoformat() if story.date is not None else None,
        "url": url if isinstance(url, str) else None,
        "title": story.headline,
        "summary": story.teaser,
        "utt": utterances,
        "speaker": speakers,
    }


def to_mediasum_jsonl(stories_or_records: Iterable[Story | Mapping[str, Any]], /) -> str:
    """MediaSum records as JSON Lines: one record per line, each line ending ``\\n``.

    Stories are written with :func:`to_mediasum` (their ids from ``source`` or the hash);
    records already made (to give ids of your own) are written as they are, once checked to
    have exactly the MediaSum fields and ``utt`` and ``speaker`` of equal length.
    """
    if isinstance(stories_or_records, Story | str | bytes | Mapping):
        raise TypeError(
            "to_mediasum_jsonl() takes an iterable of stories or records, not "
            f"{type(stories_or_records).__name__}"
        )
    lines: list[str] = []
    for position, item in enumerate(stories_or_records):
        if isinstance(item, Story):
            record = to_mediasum(item)
        elif isinstance(item, Mapping):
            record = _checked(item, position)
        else:
            raise TypeError(
                f"item {position}: expected a Story or a MediaSum record, not {type(item).__name__}"
            )
        lines.append(json.dumps(record, ensure_ascii=False) + "\n")
    return "".join(lines)


def _checked(record: Mapping[str, Any], position: int) -> dict[str, Any]:
    if set(record) != set(MEDIASUM_FIELDS):
        missing = [field for field in MEDIASUM_FIELDS if field not in record]
        extra = [str(field) for field in record if field not in MEDIASUM_FIELDS]
        problems = [f"missing {', '.join(missing)}"] if missing else []
        problems += [f"unknown {', '.join(extra)}"] if extra else []
        raise FormatError(f"record {position}: {'; '.join(problems)}")
    utterances, speakers = record["utt"], record["speaker"]
    if not isinstance(utterances, list) or not isinstance(speakers, list):
        raise FormatError(f"record {position}: utt and speaker must be lists")
    if len(utterances) != len(speakers):
        raise FormatError(
            f"record {position}: utt has {len(utterances)} items but speaker has "
            f"{len(speakers)}; they are parallel lists"
        )
    return {field: record[field] for field in MEDIASUM_FIELDS}
