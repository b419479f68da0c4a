"""The accounting check: every non-blank character in exactly one place."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

import attrs
import pytest

import newstranscript
from newstranscript import Audit, Span, audit
from tests.conftest import GOLDEN

TRANSCRIPTS = sorted(GOLDEN.glob("*.txt"))
EXAMPLES = sorted((Path(__file__).parent.parent / "examples").glob("*.txt"))

TWO_TURNS = "ANA RUIZ, HOST: Hello there.\n\nBEN OKAFOR, BYLINE: Hi, Ana.\n"


def test_there_are_fixtures_to_audit() -> None:
    assert TRANSCRIPTS
    assert EXAMPLES


@pytest.mark.parametrize("transcript", TRANSCRIPTS + EXAMPLES, ids=lambda path: path.stem)
def test_every_fixture_is_accounted_for(transcript: Path) -> None:
    text = transcript.read_bytes().decode("utf-8-sig")
    found = audit(newstranscript.parse(text), text)
    assert found.clean, found.report(text)


def test_a_clean_audit_says_so() -> None:
    found = audit(newstranscript.parse(TWO_TURNS), TWO_TURNS)
    assert found == Audit()
    assert found.report(TWO_TURNS) == "every non-blank character is accounted for once"


def test_a_segment_left_out_is_missing() -> None:
    story = newstranscript.parse(TWO_TURNS)
    without_second = attrs.evolve(story, segments=story.segments[:1])
    found = audit(without_second, TWO_TURNS)
    assert found.missing == (Span(30, 58),)
    assert not found.clean
    assert found.report(TWO_TURNS) == "not accounted for: 30..58 'BEN OKAFOR, BYLINE: Hi, Ana.'"


def test_two_claims_on_the_same_text_are_counted_twice() -> None:
    story = newstranscript.parse(TWO_TURNS)
    first = story.segments[0]
    doubled = attrs.evolve(story, segments=(first, attrs.evolve(first, span=Span(9, 40))))
    found = audit(doubled, TWO_TURNS)
    assert found.overlaps == (Span(9, 28),)
    assert found.missing == (Span(40, 58),)
    assert "counted twice: 9..28 ' HOST: Hello there.'" in found.report(TWO_TURNS)


def test_removed_html_tags_inside_a_turn_are_not_counted_twice() -> None:
    text = "<p>ANA RUIZ, HOST: First paragraph.</p><p>Second paragraph.</p>"
    story = newstranscript.parse(text)
    # tags parted by nothing but blanks are one dropped piece
    assert [(d.text, d.reason) for d in story.dropped] == [
        ("<p>", "html tag"),
        ("</p><p>", "html tag"),
        ("</p>", "html tag"),
    ]
    assert audit(story, text).clean


def test_a_byte_order_mark_is_a_dropped_piece() -> None:
    text = "\ufeffANA RUIZ, HOST: Hello."
    story = newstranscript.parse(text)
    assert story.dropped[0].span == Span(0, 1)
    assert audit(story, text).clean


def test_invisible_characters_after_a_turn_stay_out_of_its_span() -> None:
    # Regression: a turn's end offset used to run across a zero-width space or byte order
    # mark removed right after it, so the mark was claimed by the turn and by dropped.
    text = "ANA RUIZ, HOST: Hello there.\u200b\n\nBEN OKAFOR, BYLINE: Hi.\ufeff"
    story = newstranscript.parse(text)
    assert [segment.span.slice(text) for segment in story.segments] == [
        "ANA RUIZ, HOST: Hello there.",
        "BEN OKAFOR, BYLINE: Hi.",
    ]
    assert audit(story, text).clean


def test_audit_needs_the_text_the_story_came_from() -> None:
    story = newstranscript.parse(TWO_TURNS)
    with pytest.raises(
        ValueError,
        match=r"^the story's spans run past the end of the text: audit\(\) needs the text",
    ):
        audit(story, TWO_TURNS[:20])


def test_audit_takes_a_story_and_a_str() -> None:
    story = newstranscript.parse(TWO_TURNS)
    with pytest.raises(
        TypeError,
        match=r"^audit\(\) takes a Story or the list of stories parse_many\(\) gave, not str$",
    ):
        audit(TWO_TURNS, TWO_TURNS)  # type: ignore[arg-type]
    with pytest.raises(
        TypeError,
        match=r"^audit\(\) takes the text the story was parsed from, as a str, not bytes",
    ):
        audit(story, TWO_TURNS.encode())  # type: ignore[arg-type]


def test_a_second_date_line_does_not_replace_an_unreadable_first() -> None:
    # Regression: after a date line that could not be read, the next date line was taken as
    # the date too and its span replaced the first one's, losing that line from the story.
    text = "February 31, 2031\nMarch 1, 2031\n\nANA RUIZ, HOST: Hello.\n"
    story = newstranscript.parse(text)
    assert story.spans["date"].slice(text) == "February 31, 2031"
    assert story.date is None
    found = audit(story, text)
    assert found.clean, found.report(text)


def test_two_fields_claiming_one_span_is_a_finding() -> None:
    text = "Tide Turns\n\nANA RUIZ, HOST: Hello.\n"
    story = newstranscript.parse(text)
    headline = story.spans["headline"]
    doubled = attrs.evolve(story, spans={**story.spans, "teaser": headline})
    assert audit(doubled, text).overlaps == (headline,)


def test_a_programme_lines_title_is_the_headline_when_the_page_has_none() -> None:
    text = "Morning Edition: Vote Count Resumes In Harbor County\n\nANA RUIZ, HOST: Hello.\n"
    story = newstranscript.parse(text)
    assert (story.program, story.headline) == (
        "Morning Edition",
        "Vote Count Resumes In Harbor County",
    )
    assert story.spans["program"].slice(text) == "Morning Edition:"
    assert story.spans["headline"].slice(text) == story.headline
    assert audit(story, text).clean


def test_a_programme_lines_title_beside_the_headline_is_dropped_as_the_episode_title() -> None:
    text = "TALK OF THE NATION: Special Coverage\n\nA Comet Returns\n\nANA RUIZ, HOST: Hello.\n"
    story = newstranscript.parse(text)
    assert (story.program, story.headline) == ("Talk of the Nation", "A Comet Returns")
    assert [(d.text, d.reason) for d in story.dropped] == [("Special Coverage", "episode title")]
    assert audit(story, text).clean


def test_a_programme_lines_date_is_the_date() -> None:
    text = (
        "Weekend Edition For Saturday, March 2, 2030\n\nA Comet Returns\n\nANA RUIZ, HOST: Hello.\n"
    )
    story = newstranscript.parse(text)
    assert story.date == datetime(2030, 3, 2)
    assert story.spans["date"].slice(text) == "Saturday, March 2, 2030"
    assert audit(story, text).clean


def test_a_programme_lines_date_beside_a_date_line_is_the_air_date() -> None:
    text = (
        "Weekend Edition For Saturday, March 2\n\nA Comet Returns\n\nMarch 2, 2030 8:00 AM ET\n\n"
        "ANA RUIZ, HOST: Hello.\n"
    )
    story = newstranscript.parse(text)
    assert story.date == datetime(2030, 3, 2, 8, 0, tzinfo=timezone(timedelta(hours=-5)))
    assert [(d.text, d.reason) for d in story.dropped] == [("Saturday, March 2", "air date")]
    assert audit(story, text).clean


def test_a_sign_off_that_repeats_the_first_line_is_claimed_once() -> None:
    # The page's first line is taken as its headline; the same words said under a label at
    # the end are the turn's and the sign-off's, not a repeated headline dropped as well.
    text = "Oda Finch, NPR News.\n\nANA RUIZ, HOST: \n\nOda Finch, NPR News."
    story = newstranscript.parse(text)
    found = newstranscript.audit(story, text)
    assert found.clean, found.report(text)
    assert story.signoff is not None
    assert story.signoff.name == "Oda Finch"
    assert [turn.text for turn in story.turns] == ["Oda Finch, NPR News."]
    assert not story.dropped
