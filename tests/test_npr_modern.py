"""Modern npr.org and member-station pages, using the shape of a real scraped page.

The fixture is fictional; it has the real page's shape: station chrome, a headline, the host's
intro left unlabelled because the page lost its capitals label, a reporter's BYLINE label, a
guest introduced in full then by surname, a sign-off on its own line, a music credit glued to
the provider line, and the reporter's bio at the end.
"""

from __future__ import annotations

import pytest

import newstranscript
from newstranscript import Story
from tests.conftest import GOLDEN

PAGE = GOLDEN / "npr_station_page.txt"


@pytest.fixture(scope="module")
def story() -> Story:
    return newstranscript.read(PAGE)


def test_headline(story: Story) -> None:
    assert story.headline == "Lighthouse Keepers Return As Storms Batter The Northern Coast"


def test_the_five_chrome_lines_are_dropped_with_reasons(story: Story) -> None:
    text = PAGE.read_text("utf-8")
    assert [(d.text, d.reason) for d in story.dropped] == [
        ("Voices of the Valley", "page header"),
        ("Play Live Radio", "player"),
        ("Next Up:", "player"),
        ("0:00 0:00", "player"),
        ("Available On Air Stations", "station"),
    ]
    for dropped in story.dropped:
        assert dropped.span.slice(text) == dropped.text


def test_the_speakers_are_the_three_people_heard(story: Story) -> None:
    assert [(s.id, s.name, s.role) for s in story.speakers] == [
        ("marta-quill", "Marta Quill", "reporter"),
        ("tobias-wren", "Tobias Wren", None),
        ("helen-osei", "Helen Osei", None),
    ]
    assert story.speaker("marta-quill").labels == ("MARTA QUILL, BYLINE", "QUILL")
    assert story.speaker("tobias-wren").labels == ("TOBIAS WREN", "WREN")


def test_the_unlabelled_intro_is_the_first_turn_with_a_diagnostic(story: Story) -> None:
    first = story.segments[0]
    assert first.type == "turn"
    assert first.speaker is None
    assert first.text.startswith("A rising number of winter storms")
    assert [d.code for d in story.diagnostics] == ["unlabelled-turn"]
    assert (story.diagnostics[0].line, story.diagnostics[0].column) == (10, 1)


def test_every_labelled_turn_in_order(story: Story) -> None:
    labelled = [turn.speaker for turn in story.turns if turn.speaker is not None]
    assert labelled == [
        "marta-quill",
        "tobias-wren",
        "marta-quill",
        "helen-osei",
        "marta-quill",
        "tobias-wren",
        "marta-quill",
    ]


def test_a_continuation_paragraph_joins_its_turn(story: Story) -> None:
    turn = story.turns[3]
    assert turn.speaker == "marta-quill"
    assert turn.paragraphs == (
        "Wren is one of nine keepers the coast guard has rehired on trial contracts. The "
        "agency says the automated lights still work most nights.",
        "Its regional director, Helen Osei, says the program is about the bad nights.",
    )


def test_the_music_credit_is_split_into_artist_and_title(story: Story) -> None:
    (marker,) = story.soundbites
    assert marker.text == '(SOUNDBITE OF THE HARBOR BAND\'S "NORTHERN LIGHT")'
    assert marker.soundbite is not None
    assert marker.soundbite.kind == "music"
    assert marker.soundbite.artist == "The Harbor Band"
    assert marker.soundbite.title == "Northern Light"
    assert story.segments[-1] == marker


def test_the_signoff_is_taken_out_of_the_last_turn(story: Story) -> None:
    assert story.signoff is not None
    assert (story.signoff.name, story.signoff.outlet, story.signoff.dateline) == (
        "Marta Quill",
        "NPR News",
        "Port Ellery",
    )
    assert "NPR News" not in story.turns[-1].text
    assert (
        story.signoff.span.slice(PAGE.read_text("utf-8")) == "Marta Quill, NPR News, Port Ellery."
    )


def test_the_provider_line_glued_to_the_music_credit(story: Story) -> None:
    assert story.provider == "Transcript provided by NPR, Copyright NPR."
    assert story.outlet == "NPR"
    assert story.spans["provider"].slice(PAGE.read_text("utf-8")) == story.provider


def test_the_bio_is_the_reporters_about_not_speech(story: Story) -> None:
    about = story.speaker("marta-quill").about
    assert about is not None
    assert about.startswith("Marta Quill is a science correspondent")
    assert all("science correspondent who covers" not in turn.text for turn in story.turns)


def test_every_segment_span_shows_its_source(story: Story) -> None:
    text = PAGE.read_text("utf-8")
    for segment in story.segments:
        source = segment.span.slice(text)
        first_paragraph = segment.paragraphs[0]
        assert source.endswith(segment.text.split("\n\n")[-1])
        assert first_paragraph in source
