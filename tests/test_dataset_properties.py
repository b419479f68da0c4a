"""Properties of the data-set exports and the HTML reader, over generated stories and pages."""

from __future__ import annotations

import csv
import html
import io
import json

from hypothesis import given
from hypothesis import strategies as st

import newstranscript
from newstranscript import MEDIASUM_FIELDS, RECORD_FIELDS, ParseError, Story
from tests.strategies import Generated, stories, transcript_like_text, transcripts


@given(stories)
def test_any_story_gives_one_plain_record_per_turn(story: Story) -> None:
    records = newstranscript.to_records(story)
    assert len(records) == len(story.turns)
    for record in records:
        assert tuple(record) == RECORD_FIELDS
        assert all(value is None or type(value) in (str, int) for value in record.values())
    rows = list(csv.reader(io.StringIO(newstranscript.to_csv(story), newline="")))
    assert rows[1:] == [["" if v is None else str(v) for v in r.values()] for r in records]


@given(stories)
def test_any_story_gives_a_mediasum_record_of_parallel_lists(story: Story) -> None:
    record = newstranscript.to_mediasum(story)
    assert tuple(record) == MEDIASUM_FIELDS
    assert len(record["utt"]) == len(record["speaker"]) == len(story.turns)
    assert json.loads(json.dumps(record)) == record


def _as_html(text: str) -> str:
    """A transcript laid out as a page: each paragraph a <p>, each line break a <br>."""
    paragraphs = [p for p in text.split("\n\n") if p.strip()]
    body = "\n".join(
        "<p>" + "<br>\n".join(html.escape(line) for line in p.split("\n")) + "</p>"
        for p in paragraphs
    )
    return f"<!DOCTYPE html><html><head><title>x</title></head><body>{body}</body></html>"


@given(transcripts())
def test_a_transcript_laid_out_as_html_reads_as_the_transcript(page: Generated) -> None:
    expected = newstranscript.parse(page.text)
    story = newstranscript.parse_html(_as_html(page.text))
    assert [(s.id, s.name) for s in story.speakers] == [(s.id, s.name) for s in expected.speakers]
    assert [(t.speaker, t.text) for t in story.turns] == [
        (t.speaker, t.text) for t in expected.turns
    ]


@given(st.text() | transcript_like_text.map(_as_html))
def test_any_page_gives_a_story_or_a_parse_error(page: str) -> None:
    text = newstranscript.html_text(page)
    try:
        story = newstranscript.parse_html(page)
    except ParseError as error:
        message = str(error)
    else:
        assert newstranscript.audit(story, text).clean
        return
    assert message.startswith("input is")
