"""npr.org's page header read as a layout: the web page's title line, the title alone above the
player block, the title and the block printed again, and a host's self-introduction after them.

Each fixture is fictional and reproduces a shape of real npr.org pages: the ``/transcripts/ID``
page, the older templates that open with the site's logo, and a title that reads like a label.
"""

from __future__ import annotations

from pathlib import Path

import newstranscript
from newstranscript import Story
from tests.conftest import GOLDEN, parse_accounted

_PLAYER = (
    "  • Download\n"
    '  • <iframe src="" width="100%" height="290" frameborder="0" scrolling="no" '
    'title="NPR embedded audio player">\n'
    "  • Transcript\n"
)


def _read(name: str) -> tuple[Story, str]:
    path: Path = GOLDEN / f"{name}.txt"
    return newstranscript.read(path), path.read_text("utf-8")


def _turn_texts(story: Story) -> list[str]:
    return [segment.text for segment in story.segments if segment.type == "turn"]


def test_transcripts_id_page_takes_the_title_above_the_player_as_headline() -> None:
    story, text = _read("page_npr_transcripts_id")
    assert story.headline == "Keepers Of Gull Point Vote To Keep The Lamp"
    assert story.program == "Morning Edition"
    assert story.teaser is not None
    assert story.teaser.startswith("The keepers of Gull Point light voted")
    assert newstranscript.audit(story, text).clean


def test_transcripts_id_page_header_lines_are_no_turn() -> None:
    story, _ = _read("page_npr_transcripts_id")
    turns = _turn_texts(story)
    assert turns[0].startswith("Good morning. I'm Petra Vance.")
    assert not any("Gull Point Vote" in turn or "Lighthouse Keepers" in turn for turn in turns)
    reasons = [dropped.reason for dropped in story.dropped]
    assert reasons.count("repeated headline") == 2
    assert "page title" in reasons
    assert "repeated teaser" in reasons


def test_host_who_names_themselves_after_the_header_is_that_host() -> None:
    story, _ = _read("page_npr_transcripts_id")
    first = story.segments[0]
    assert first.speaker is not None
    assert story.speaker(first.speaker).name == "Petra Vance"


def test_logo_template_title_that_reads_like_a_label_is_the_headline() -> None:
    story, text = _read("page_npr_logo_template")
    assert story.headline == "Sunday Riddle: The Missing Vowel"
    assert story.program == "Weekend Edition"
    assert story.teaser == (
        "Puzzle master Oren Kell plays this week's riddle with a listener from Marrow Falls."
    )
    assert [person.name for person in story.speakers] == ["Lena Holt"]
    assert ("navigation", "NPR logo") in [(d.reason, d.text) for d in story.dropped]
    assert newstranscript.audit(story, text).clean


def test_self_introduction_on_a_page_that_lost_every_label() -> None:
    # No label survives on the page: the title-and-player header alone says it is a
    # transcript page, so the host who names themselves is that host.
    story = parse_accounted(
        "Harbour Ferry Runs Again\n\n"
        + _PLAYER
        + "\n\nThis is TALK OF THE NATION. I'm Noor Adler in Washington.\n\n"
        "The ferry across the harbour ran again this morning.\n"
    )
    assert story.headline == "Harbour Ferry Runs Again"
    first = story.segments[0]
    assert first.speaker is not None
    assert story.speaker(first.speaker).name == "Noor Adler"


def test_page_title_line_with_an_unknown_show_keeps_it_in_the_teaser() -> None:
    story = parse_accounted(
        "Why The Tide Clock Stopped : Harbour Notes A clockmaker explains the tide clock.\n\n"
        "The Tide Clock Stopped\n\n" + _PLAYER + "\nMIRA SOLE, HOST: Welcome to the show.\n"
    )
    assert story.headline == "The Tide Clock Stopped"
    assert story.program is None
    assert story.teaser == "Harbour Notes A clockmaker explains the tide clock."


def test_summary_above_the_player_is_not_the_title() -> None:
    # A sentence above the player is the summary under a headline of its own: the page
    # is read the generic way, its first line the headline.
    story = parse_accounted(
        "Keepers Of The Light\n\n"
        "The keepers voted to keep the lamp lit by hand.\n\n"
        + _PLAYER
        + "\nMIRA SOLE, HOST: Good morning.\n"
    )
    assert story.headline == "Keepers Of The Light"
    assert story.teaser == "The keepers voted to keep the lamp lit by hand."


def test_index_page_of_several_titles_is_not_one_header() -> None:
    # Another story's title after the first player block ends the header: an index page's
    # second story is not dropped as a repeat.
    text = "Ferry Runs Again\n\n" + _PLAYER + "\nTide Clock Stopped\n\n" + _PLAYER
    story = parse_accounted(text)
    assert story.headline == "Ferry Runs Again"
    assert "Tide Clock Stopped" not in [dropped.text for dropped in story.dropped]


_GUESTS = (
    "Why Ferries Run Late In Winter The night crossing keeps slipping. We ask why.\n\n"
    "Why Ferries Run Late In Winter\n\n" + _PLAYER + "\n"
    "The night crossing keeps slipping. We ask why.\n\n\n"
    "Ana Ruiz, harbor master, Port of Quill Point\n"
    "Leo Tran, captain, Night Ferry Line\n"
    "M. J. Okafor, author, The Tide Tables\n\n\n"
)


def test_a_guest_list_above_the_transcript_is_furniture() -> None:
    text = (
        _GUESTS
        + "DANA HOLLOWAY, host: Welcome. Ana, why is the ferry late?\n\n"
        + ("Ms. ANA RUIZ (Harbor Master, Port of Quill Point): Ice, mostly.\n")
    )
    story = parse_accounted(text)
    assert [d.text for d in story.dropped if d.reason == "guest list"] == [
        "Ana Ruiz, harbor master, Port of Quill Point",
        "Leo Tran, captain, Night Ferry Line",
        "M. J. Okafor, author, The Tide Tables",
    ]
    assert [turn.speaker for turn in story.turns] == ["dana-holloway", "ana-ruiz"]
    assert story.headline == "Why Ferries Run Late In Winter"


def test_a_guest_list_above_a_transcript_that_lost_its_labels_is_no_turn() -> None:
    text = _GUESTS + "There is an old saying on the island about the night ferry.\n"
    story = parse_accounted(text)
    assert [turn.text for turn in story.turns] == [
        "There is an old saying on the island about the night ferry."
    ]


def test_lines_that_say_more_than_who_a_guest_is_stay_speech() -> None:
    speech = "Ana Ruiz, the harbor master, said no.\nLeo Tran, the captain, said yes.\n"
    story = parse_accounted("DANA HOLLOWAY, host: Here is what happened.\n\n" + speech)
    assert story.turns[0].text.endswith("said yes.")
    one_line = parse_accounted("Ana Ruiz, harbor master, Port of Quill Point\n\nWe start now.\n")
    assert "guest list" not in [d.reason for d in one_line.dropped]


def test_the_players_heading_where_the_title_stands_is_no_headline() -> None:
    # the player's own heading above the first block; the title under it, then the heading
    # and the block again
    heading = "Listen to this 'Harbor Evening' topic"
    text = (
        "Gulls Take The Pier The gulls of Gull Point have taken the old pier for good.\n"
        f"NPR logo\n\n{heading}\n\n{_PLAYER}"
        f"Gulls Take The Pier\n\n{heading}\n\n{_PLAYER}\n\n"
        "This is HARBOR EVENING. I'm Petra Vance in Portland.\n\n"
        "The gulls came in March and never left.\n"
    )
    story = parse_accounted(text)
    assert story.headline == "Gulls Take The Pier"
    assert [dropped.text for dropped in story.dropped].count(heading) == 2
    (turn,) = story.turns
    assert turn.speaker is not None
    assert story.speaker(turn.speaker).name == "Petra Vance"


def test_a_player_block_that_opens_with_playlist_stands_under_the_title() -> None:
    # the older story template's player offers a playlist before the download; a series
    # name and its tagline stand above the title
    text = (
        "Harbor Notes\n\nHarbor NotesHarbor Notes\n\n"
        "NPR's Petra Vance On The Week At The Water's Edge\n\n"
        "Counting The Gulls Of Gull Point\n\n"
        f"  • Playlist\n{_PLAYER}\n"
        "Is there such a thing as too many gulls?\n\n\n"
        "The gulls came in March, and by April they had the pier. I counted them every "
        "morning from the lamp room, and the number only ever went up.\n\n"
        "By June I had stopped counting. The gulls had not stopped coming.\n"
    )
    story = parse_accounted(text)
    assert story.headline == "Counting The Gulls Of Gull Point"
    assert story.teaser == "Is there such a thing as too many gulls?"
    assert story.turns[0].text.startswith("The gulls came in March")
    assert not any("Harbor Notes" in turn.text for turn in story.turns)
