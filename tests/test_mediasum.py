"""MediaSum records: the published fields, parallel ``utt`` and ``speaker`` lists."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import newstranscript
from newstranscript import MEDIASUM_FIELDS, FormatError, Story
from tests.datasets import golden_stories, with_source

STORIES = golden_stories()

# The fields of a record in the corpus's published files, as its data sample prints them.
PUBLISHED = ("id", "program", "date", "url", "title", "summary", "utt", "speaker")


def test_the_fields_are_the_published_ones() -> None:
    assert MEDIASUM_FIELDS == PUBLISHED


@pytest.mark.parametrize(("path", "story"), STORIES, ids=[path.stem for path, _ in STORIES])
def test_every_golden_story_as_a_mediasum_record(path: Path, story: Story) -> None:
    record = newstranscript.to_mediasum(story)
    assert tuple(record) == PUBLISHED
    assert len(record["utt"]) == len(record["speaker"]) == len(story.turns)
    assert all(isinstance(u, str) for u in record["utt"])
    assert all(isinstance(s, str) for s in record["speaker"])
    for turn, utterance, speaker in zip(story.turns, record["utt"], record["speaker"], strict=True):
        assert utterance == " ".join(p for p in turn.paragraphs if p)
        assert "\n" not in utterance
        assert speaker == (story.speaker(turn.speaker).name if turn.speaker else "")
    assert record["title"] == story.headline
    assert record["summary"] == story.teaser
    assert record["program"] == story.program
    assert record["date"] == (story.date.strftime("%Y-%m-%d") if story.date else None)
    assert record["id"] == newstranscript.story_key(story)
    json.dumps(record)  # plain JSON values only


def test_the_id_is_the_callers_else_the_source() -> None:
    _, story = next((p, s) for p, s in STORIES if s.teaser and s.date)
    sourced = with_source(story, "npr-2031-0042", "https://example.org/story/42")
    record = newstranscript.to_mediasum(sourced)
    assert record["id"] == "npr-2031-0042"
    assert record["url"] == "https://example.org/story/42"
    assert newstranscript.to_mediasum(sourced, id="NPR-7")["id"] == "NPR-7"


def test_json_lines_one_record_a_line() -> None:
    stories = [story for _, story in STORIES]
    text = newstranscript.to_mediasum_jsonl(stories)
    lines = text.split("\n")
    assert lines[-1] == ""
    assert len(lines) == len(stories) + 1
    assert [json.loads(line) for line in lines[:-1]] == [
        newstranscript.to_mediasum(story) for story in stories
    ]


def test_json_lines_of_records_with_ids_of_your_own() -> None:
    stories = [story for _, story in STORIES[:2]]
    records = [newstranscript.to_mediasum(s, id=f"NPR-{n}") for n, s in enumerate(stories)]
    text = newstranscript.to_mediasum_jsonl(records)
    assert [json.loads(line)["id"] for line in text.splitlines()] == ["NPR-0", "NPR-1"]


def test_a_record_that_is_off_is_named() -> None:
    record = newstranscript.to_mediasum(STORIES[0][1])
    with pytest.raises(FormatError, match="record 0: utt has 1 items but speaker has 0"):
        newstranscript.to_mediasum_jsonl([{**record, "utt": ["hello"], "speaker": []}])
    with pytest.raises(FormatError, match="record 0: missing summary; unknown teaser"):
        newstranscript.to_mediasum_jsonl(
            [{**{k: v for k, v in record.items() if k != "summary"}, "teaser": None}]
        )
    with pytest.raises(TypeError, match="iterable of stories"):
        newstranscript.to_mediasum_jsonl(STORIES[0][1])  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="takes a Story"):
        newstranscript.to_mediasum(record)  # type: ignore[arg-type]
