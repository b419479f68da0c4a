"""Member-station pages read as layouts: a programme page's own block and its story blocks,
a station's banners and page links, a topic page's title and a ``Title | Site`` title line.

The furniture is data of ``_outlets/member_stations.py``; these tests hold the shapes the
fixtures ``station_*.txt`` show, read apart by ``parse_many``: the pages of one story are golden
files too, the pages of several stories are in ``data/stations``.
"""

from __future__ import annotations

import pytest

import newstranscript
from newstranscript import Story
from tests.conftest import DATA, GOLDEN, parse_accounted

STATIONS = DATA / "stations"


def _stories(name: str) -> tuple[str, list[Story]]:
    folder = STATIONS if (STATIONS / name).exists() else GOLDEN
    text = (folder / name).read_text(encoding="utf-8")
    stories = newstranscript.parse_many(text)
    found = newstranscript.audit(stories, text)
    assert found.clean, found.report(text)
    return text, stories


def _reasons(story: Story) -> dict[str, list[str]]:
    reasons: dict[str, list[str]] = {}
    for dropped in story.dropped:
        reasons.setdefault(dropped.reason, []).append(dropped.text)
    return reasons


def _turn_text(stories: list[Story]) -> str:
    return "\n".join(turn.text for story in stories for turn in story.turns)


def test_a_programme_page_holds_a_story_for_each_block() -> None:
    _, stories = _stories("station_programme_page.txt")
    assert [story.headline for story in stories] == [
        "Keepers Vote To Stay On The Point",
        "Fog Season Arrives Early",
        "HARBOR WATCH: The Gulls Are Back, And Louder",
    ]
    assert [[turn.speaker for turn in story.turns] for story in stories] == [
        ["dana-holloway", "omar-bek", "dana-holloway"],
        [],
        ["dana-holloway"],
    ]
    assert all(story.program == "All Things Considered" for story in stories)


def test_the_programme_block_is_dropped_with_its_reasons() -> None:
    _, stories = _stories("station_programme_page.txt")
    reasons = _reasons(stories[0])
    # the programme line names the programme, then the station that carries it
    assert stories[0].headline == "Keepers Vote To Stay On The Point"
    assert reasons["station"] == ["WHRN"]
    assert reasons["air times"] == ["Weekdays from 4:00 to 6:30pm ET; weekends at 5pm"]
    assert reasons["programme credits"] == ["Local Host(s):", "Mara Fenn"]
    assert "Dana Holloway, Omar Bek" in reasons["programme description"]
    assert reasons["site field"][:2] == ["Genre:", "Composer ID:"]
    assert reasons["section"] == ["Coastal Affairs"]
    assert reasons["story time"] == ["5:12 pm"]
    # nothing of the programme's block or a story block's head is speech
    spoken = _turn_text(stories)
    for line in ("Weekdays", "Composer ID", "Coastal Affairs", "5:12 pm", "Pages", "Mara Fenn"):
        assert line not in spoken


def test_a_story_posted_with_a_teaser_only_is_no_turn() -> None:
    _, stories = _stories("station_programme_page.txt")
    teaser_only = stories[1]
    assert teaser_only.segments == ()
    assert teaser_only.teaser == (
        "The first fog bank of the season rolled over the harbour a month ahead of the almanac."
    )
    assert _reasons(teaser_only)["teaser continued"] == ["Ferry crews say they are ready."]
    assert _reasons(teaser_only)["section"] == ["Weather"]


def test_a_block_title_that_reads_like_a_label_is_the_headline() -> None:
    text, stories = _stories("station_programme_page.txt")
    assert stories[2].headline == "HARBOR WATCH: The Gulls Are Back, And Louder"
    assert all(speaker.name != "Harbor Watch" for speaker in stories[2].speakers)
    # read as one story, the later titles are kept as notes, never as speakers
    one = parse_accounted(text)
    assert [speaker.name for speaker in one.speakers] == ["Dana Holloway", "Omar Bek"]
    assert "HARBOR WATCH: The Gulls Are Back, And Louder" in one.notes


def test_a_membership_banner_is_no_headline() -> None:
    _, stories = _stories("station_banner_page.txt")
    (story,) = stories
    assert story.headline == "Lighthouse Keepers Count The Winter Birds"
    assert _reasons(story)["banner"] == [
        "Winter Membership Drive",
        "Donate now to keep local news on WHRN and its sister stations",
    ]
    assert [turn.speaker for turn in story.turns] == ["dana-holloway", "omar-bek"]


def test_a_topic_page_title_is_no_headline() -> None:
    _, stories = _stories("station_topic_page.txt")
    assert [story.headline for story in stories] == [
        "The Net Menders Of Pier Nine",
        "A Bell Buoy Rings Again",
        "Listeners Write In About The Fog Horn",
    ]
    assert _reasons(stories[0])["page title"] == ["Coast"]
    # a section line may be a question, by its place above the posting time
    assert _reasons(stories[1])["section"] == ["Can You Hear The Tide?"]
    assert [turn.speaker for turn in stories[1].turns] == ["mara-fenn"]
    # with no posting time, the section line stands under the date the ``Read more`` of
    # the block before is followed by
    assert _reasons(stories[2])["section"] == ["Letters"]
    assert [turn.speaker for turn in stories[2].turns] == ["mara-fenn"]


def test_a_title_bar_site_line_gives_the_headline() -> None:
    _, stories = _stories("station_page_title.txt")
    (story,) = stories
    assert story.headline == "Keepers Vote To Stay On The Point"
    reasons = _reasons(story)
    assert reasons["page title"] == [" | WHRN 90.1 - Harbor Bay Public Radio"]
    assert reasons["page link"] == ["Filed Under:", "Play associated audio"]
    assert reasons["repeated headline"] == ["Keepers Vote To Stay On The Point"]


@pytest.mark.parametrize(
    "line",
    [
        "Weekdays 5am to 9am",
        "Weekdays, 4am - 9am",
        "Saturdays from 8-10 a.m.",
        "Sunday Mornings from 6 to 9 a.m.",
        "Mon. - Thurs. from 11am to 1pm (not including the Friday show)",
        "Monday, Wednesday, Friday 5:00a - 8:00a. Tuesday 5:00a - 8:30a.",
        "Weekdays from 5:00 to 9:00am CT; weekends from 7:00 to 9:00 am CT",
        "HD 2: Weekdays from 12pm-2pm",
        "Weekdays at 11am",
        "Weekdays at Noon",
        "Sundays at midnight",
    ],
)
def test_air_times_are_furniture(line: str) -> None:
    story = parse_accounted(f"{line}\n\nDANA HOLLOWAY, HOST: Good evening from the harbour.\n")
    assert _reasons(story)["air times"] == [line]


@pytest.mark.parametrize(
    "line",
    [
        "Sunday was the day we sailed, and the wind came up at 5am.",
        "Saturdays are for the boats.",
        "Weekdays",
        "Sundays we meet at noon by the pier.",
    ],
)
def test_a_sentence_about_days_is_speech(line: str) -> None:
    story = parse_accounted(f"DANA HOLLOWAY, HOST: Good evening.\n\n{line}\n")
    assert story.turns[0].text.endswith(line)
    assert "air times" not in _reasons(story)


def test_prose_above_a_transcript_heading_is_no_turn() -> None:
    _, stories = _stories("station_story_prose_first.txt")
    (story,) = stories
    assert len(story.notes) == 3
    assert [turn.speaker for turn in story.turns] == ["mara-fenn", "mara-fenn", "oskar-lind"]
    assert [d.code for d in story.diagnostics] == ["text-before-transcript"] * 3
    assert story.provider == "Copyright 2031 NPR. To see more, visit https://www.npr.org."


def test_a_programme_page_of_titles_and_dates() -> None:
    _, stories = _stories("station_title_date_list.txt")
    assert [story.headline for story in stories] == [
        "Counting The Eiders Of The Point",
        "Why The Fog Horn Sounds Lower",
    ]
    # the first story was posted with a teaser only; the second lost its host's label
    assert stories[0].segments == ()
    assert stories[0].teaser is not None
    assert [turn.speaker for turn in stories[1].turns] == ["wren-adair", "oskar-lind", "wren-adair"]
    assert _reasons(stories[0])["air times"] == ["Fridays 11:00 am - 1:00 pm"]


# A station page whose footer, address and phone lines stand above its player block, with a
# slogan that names the station's frequency.
ADDRESS_HEADER = """\
© 2031 Harbor Bay Public Media, 140 Harbor Street, Quill Point, ME 04011, (207) 555-0140
Forty years on FM 90.7

140 Harbor Street
Quill Point, ME 04011

Mailing Address:
Harbor Plaza P.O. Box 12
Quill Point, ME 04012

Harbor Bay Public Media | Phone 207-555-0140
WHRN Newsroom | Phone: 207-555-0141
Play Live Radio
Next Up:
0:00 0:00
Available On Air Stations

Ferry Crews Brace For A Long Winter

DANA HOLLOWAY, HOST:

The ice came early to the bay this year.

OMAR BEK, BYLINE: And the crews are ready for it.
"""


def test_a_station_s_address_and_phone_lines_are_furniture() -> None:
    story = parse_accounted(ADDRESS_HEADER)
    assert story.headline == "Ferry Crews Brace For A Long Winter"
    assert story.provider is None
    assert story.publisher == "Harbor Bay Public Media"
    assert _reasons(story)["station address"] == [
        "140 Harbor Street",
        "Quill Point, ME 04011",
        "Mailing Address:",
        "Harbor Plaza P.O. Box 12",
        "Quill Point, ME 04012",
        "Harbor Bay Public Media | Phone 207-555-0140",
        "WHRN Newsroom | Phone: 207-555-0141",
    ]
    assert "Forty years on FM 90.7" in _reasons(story)["page header"]
    assert [turn.speaker for turn in story.turns] == ["dana-holloway", "omar-bek"]


# Another station's header: the street and town on one line, the phone numbers alone, and
# the line saying who holds the licence, above the player and the title.
ONE_LINE_ADDRESS = """\
© 2031 Harbor Bay Public Media

140 Harbor Street, Quill Point, Maine 04011
(207) 555-0140 | (800) 555-0141

WHRN is a public media service licensed to Quill Point College and operated by Harbor Bay.
Play Live Radio
Next Up:
0:00

P.J. Ruiz Takes On 'The Keeper's Log'

DANA HOLLOWAY, HOST:

The log runs to nine hundred pages.

P.J. RUIZ: And I read every one.
"""


def test_an_address_on_one_line_phone_numbers_and_a_licence_line_are_furniture() -> None:
    story = parse_accounted(ONE_LINE_ADDRESS)
    assert story.headline == "P.J. Ruiz Takes On 'The Keeper's Log'"  # initials end no sentence
    assert _reasons(story)["station address"] == [
        "140 Harbor Street, Quill Point, Maine 04011",
        "(207) 555-0140 | (800) 555-0141",
        "WHRN is a public media service licensed to Quill Point College and operated by "
        "Harbor Bay.",
    ]
    assert [turn.speaker for turn in story.turns] == ["dana-holloway", "p-j-ruiz"]


# A station's footer printed above the page's own header, the building's name and its gate
# over the street line.
ADDRESS_WITH_A_BUILDING = """\
Harbor Media Center
Quill Point Arena, Gate 4
140 Harbor Street
Quill Point, ME 04011

© 2031 Harbor Bay Public Media
Play Live Radio
Next Up:
0:00 0:00

Ferry Crews Say Goodbye

DANA HOLLOWAY, HOST: That is it for this season.
"""


def test_the_short_lines_above_an_address_s_street_line_are_the_address() -> None:
    story = parse_accounted(ADDRESS_WITH_A_BUILDING)
    assert _reasons(story)["station address"] == [
        "Harbor Media Center",
        "Quill Point Arena, Gate 4",
        "140 Harbor Street",
        "Quill Point, ME 04011",
    ]
    assert story.headline == "Ferry Crews Say Goodbye"
    assert [(t.speaker, t.basis) for t in story.turns] == [("dana-holloway", "label")]


def test_a_sentence_above_an_address_line_stays_the_page_s() -> None:
    text = "DANA HOLLOWAY, HOST: Write to us.\n\nWe read every letter.\n140 Harbor Street\n"
    story = parse_accounted(text)
    assert "We read every letter." in story.turns[0].text


@pytest.mark.parametrize(
    "line",
    [
        "140 Harbor Street was where it all began.",
        "I called 207-555-0140 twice.",
        "140 Harbor Street, Quill Point, Maine 04011 is the address.",
    ],
)
def test_an_address_in_speech_stays_speech(line: str) -> None:
    story = parse_accounted(f"DANA HOLLOWAY, HOST: Good evening.\n\n{line}\n")
    assert story.turns[0].text.endswith(line)
    assert "station address" not in _reasons(story)


def test_a_host_who_says_who_they_are_after_a_gap_starts_a_turn() -> None:
    # every paragraph of the page is parted widely, so a gap alone says nothing; the host
    # opening a new part of the programme ("This is ... I'm NAME.") does, and a story whose
    # labels were all lost is still a story when its host opens it that way
    _, stories = _stories("station_lost_host_labels.txt")
    assert [story.headline for story in stories] == [
        "Why Gulls Follow Ferries",
        "Counting The Fog Days",
    ]
    assert [[turn.speaker for turn in story.turns] for story in stories] == [
        ["dana-holloway", "unidentified-man", "dana-holloway", "dana-holloway"],
        ["dana-holloway"],
    ]
    assert stories[0].turns[-1].text.startswith("This is HARBOR SCIENCE HOUR.")
    assert "lost-label" in [d.code for d in stories[0].diagnostics]


def test_a_line_of_the_station_s_frequencies_and_towns_is_furniture() -> None:
    text = (
        "91.7 Quill Point/Harbor 104.1 Gull Bay 89.7 Lantern Hill\n"
        "Play Live Radio\n"
        "Next Up:\n\n"
        "Ferry Crews Say Goodbye\n\n"
        "DANA HOLLOWAY, HOST: That is it for this season.\n"
    )
    story = parse_accounted(text)
    assert _reasons(story)["station"] == [
        "91.7 Quill Point/Harbor 104.1 Gull Bay 89.7 Lantern Hill"
    ]
    assert story.headline == "Ferry Crews Say Goodbye"


def test_a_slogan_before_frequencies_with_call_letters_is_furniture_too() -> None:
    line = "Public Radio For The Harbor 89.3 WHRN Quill Point 88.5 W210CF Gull Bay"
    story = parse_accounted(f"{line}\nPlay Live Radio\n\nFog Week\n\nDANA HOLLOWAY, HOST: Hi.\n")
    assert _reasons(story)["station"] == [line]
    assert story.headline == "Fog Week"


def test_a_frequency_said_in_a_turn_stays_speech() -> None:
    story = parse_accounted(
        "DANA HOLLOWAY, HOST: Find us at 91.7 Quill Point and 104.1 Gull Bay.\n"
    )
    assert "station" not in _reasons(story)


def test_a_transcript_s_toggles_and_a_give_now_button_are_furniture() -> None:
    text = (
        "Give Now  »\n\n"
        "Harbor Profiles\n\n"
        "Read Transcript\n"
        "Hide Transcript\n\n"
        "DANA HOLLOWAY: Welcome to Harbor Profiles.\n"
    )
    story = parse_accounted(text)
    reasons = _reasons(story)
    assert reasons["banner"] == ["Give Now  »"]
    assert reasons["player"] == ["Read Transcript", "Hide Transcript"]
    assert [t.speaker for t in story.turns] == ["dana-holloway"]


def test_reading_a_transcript_said_in_a_turn_stays_speech() -> None:
    story = parse_accounted("DANA HOLLOWAY: Read transcript after transcript, and you learn.\n")
    assert story.dropped == ()
