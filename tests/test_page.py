"""Around the transcript: page chrome, provider lines, sign-offs, bios, dates, programmes.

Each fixture is fictional and reproduces one shape from the survey of real pages.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

import newstranscript
from newstranscript import Story
from tests.conftest import GOLDEN

# ET is US Eastern time: five hours behind UTC in winter, four in summer.
_EASTERN_WINTER = timezone(timedelta(hours=-5))
_EASTERN_SUMMER = timezone(timedelta(hours=-4))


def _read(name: str) -> tuple[Story, str]:
    path = GOLDEN / f"{name}.txt"
    return newstranscript.read(path), path.read_text("utf-8")


def _dropped_are_exact(story: Story, text: str) -> None:
    for dropped in story.dropped:
        assert dropped.span.slice(text) == dropped.text


def test_member_station_chrome_is_dropped_page_station_chrome() -> None:
    story, text = _read("page_station_chrome")
    assert [(d.reason, d.text) for d in story.dropped] == [
        ("page header", "Music, News And The Mountains Between"),
        ("player", "Play Live Radio"),
        ("player", "Next Up:"),
        ("player", "0:00"),
        ("player", "0:00 0:00"),
        ("station", "Available On Air Stations"),
        ("navigation", "Read more"),
        ("published", "Originally published on June 15, 2013 7:02 am"),
    ]
    _dropped_are_exact(story, text)
    assert story.headline == "Ferry Riders Count The Days Until The Bridge Opens"
    assert story.date == datetime(2013, 6, 15)
    assert story.spans["date"].slice(text) == "Sat June 15, 2013"


def test_npr_player_block_and_duplicated_titles_page_npr_player() -> None:
    story, text = _read("page_npr_player")
    reasons = [d.reason for d in story.dropped]
    assert reasons.count("player") == 6
    assert reasons.count("repeated headline") == 2
    iframe = [d.text for d in story.dropped if "<iframe" in d.text]
    assert len(iframe) == 2
    assert all('title="NPR embedded audio player">' in found for found in iframe)
    _dropped_are_exact(story, text)
    assert story.headline == "Why Seed Libraries Are Running Out Of Tomatoes"
    # The summary between the headline and the player is the teaser, not a turn.
    assert story.teaser is not None
    assert story.teaser.startswith("Public libraries that lend seeds")
    assert story.spans["teaser"].slice(text) == story.teaser
    assert story.segments[0].speaker == "irene-falk"


def test_heard_on_line_gives_the_program_page_npr_player() -> None:
    story, text = _read("page_npr_player")
    assert story.program == "Morning Edition"
    assert story.spans["program"].slice(text) == "Heard on Morning Edition"
    assert story.outlet == "NPR"


def test_a_last_turn_that_is_only_a_signoff_page_npr_player() -> None:
    story, text = _read("page_npr_player")
    last = story.turns[-1]
    assert (last.speaker, last.text) == (
        "lucas-brandt",
        "For NPR News, I'm Lucas Brandt in Cedar Bend.",
    )
    assert story.signoff is not None
    assert (story.signoff.name, story.signoff.outlet, story.signoff.dateline) == (
        "Lucas Brandt",
        "NPR News",
        "Cedar Bend",
    )
    assert story.signoff.span.slice(text) == last.text


def test_a_time_in_eastern_time_page_npr_player() -> None:
    story, _ = _read("page_npr_player")
    eastern_winter = timezone(timedelta(hours=-5))
    assert story.date == datetime(2017, 11, 8, 5, 0, tzinfo=eastern_winter)


def test_cnn_header_page_cnn_header() -> None:
    story, text = _read("page_cnn_header")
    assert story.outlet == "CNN"
    assert story.program == "Early Light"
    assert story.spans["program"].slice(text) == "EARLY LIGHT"
    assert story.headline == "Storm Closes Coastal Highway; Ferry Strike Enters Second Week"
    assert story.date == datetime(2019, 5, 20, 4, 30, tzinfo=timezone(timedelta(hours=-4)))
    assert [d.reason for d in story.dropped] == [
        "navigation",
        "stop after the headline",
        "air time",
        "banner",
        "banner",
    ]
    _dropped_are_exact(story, text)
    assert [d.code for d in story.diagnostics] == []
    assert [t.speaker for t in story.turns] == ["nora-vance", "tom-reiss"] * 2


def test_cnn_show_name_in_title_case_page_cnn_title_case_show() -> None:
    story, text = _read("page_cnn_title_case_show")
    # the show name under the page line, then the topic line: the topic line is the headline
    assert story.program == "Morning Harbor"
    assert story.headline == "Ferry Crews Vote on Strike; Lighthouse Museum Reopens"
    assert story.outlet == "CNN"
    # the old pages' search box above the page line is furniture, not an unlabelled turn
    assert [d.reason for d in story.dropped][:3] == ["navigation"] * 3
    assert [t.speaker for t in story.turns] == ["nora-vance", "tom-reiss", "nora-vance"]
    _dropped_are_exact(story, text)


@pytest.mark.parametrize(
    ("show", "program"),
    [("Early Start with Ana Lopez and Ben Ross", "Early Start"), ("Live From...", "Live From...")],
)
def test_cnn_show_names_in_title_case(show: str, program: str) -> None:
    text = (GOLDEN / "page_cnn_title_case_show.txt").read_text("utf-8")
    story = newstranscript.parse(text.replace("Morning Harbor", show))
    assert (story.program, story.headline) == (program, story.headline)
    assert story.headline == "Ferry Crews Vote on Strike; Lighthouse Museum Reopens"


def test_episode_number_and_act_headings_page_numbered_episode_acts() -> None:
    story, text = _read("page_numbered_episode_acts")
    assert story.headline == "The Keeper's Log"
    assert ("512:", "episode number") in [(d.text, d.reason) for d in story.dropped]
    assert ("Full audio: https://example.org/episodes/512", "navigation") in [
        (d.text, d.reason) for d in story.dropped
    ]
    # the parts' headings are notes between the turns, never speech
    assert [s.text for s in story.segments if s.type == "note"][1:] == [
        "Prologue",
        "Act One: Fog",
        "Act Two. The Last Keeper.",
    ]
    assert [t.speaker for t in story.turns] == ["ira-marsh", "pia-lund"] * 3
    _dropped_are_exact(story, text)


def test_name_lines_on_a_page_with_no_blank_line_page_numbered_episode_unbroken() -> None:
    story, _ = _read("page_numbered_episode_unbroken")
    assert story.headline == "Radio Days"
    assert [t.speaker for t in story.turns] == ["ira-marsh", "pia-lund", "ira-marsh", "pia-lund"]


@pytest.mark.parametrize(
    "text",
    [
        # a year is no episode number
        "1968: The Year the River Froze\n\nDANA HOLLOWAY, HOST: It froze in March.\n",
        # a site's menu of names, no blank line anywhere, is no list of labels
        "On Point\nHere & Now\nRadio Boston\nOn Point\nRadio Boston\nHere & Now\n",
    ],
)
def test_shapes_that_are_not_episode_pages(text: str) -> None:
    story = newstranscript.parse(text)
    assert not story.speakers or story.headline == text.partition("\n")[0]
    assert all(d.reason != "episode number" for d in story.dropped)


def test_video_page_furniture_page_pbs_video() -> None:
    story, text = _read("page_pbs_video")
    assert story.headline == "March 3, 2031 - Harbor Evening full episode"
    # the player's lines, the funders and how to watch are furniture, not an opening turn
    assert [t.speaker for t in story.turns] == ["mara-fenn", "oskar-lind", "mara-fenn"]
    assert story.turns[0].text.startswith("Good evening.")
    # the sponsorship line glued before the first label is cut from it
    glued = [d for d in story.dropped if d.text.startswith("Learn More")]
    assert [d.text for d in glued] == ["Learn Moreabout PBS online sponsorship"]
    _dropped_are_exact(story, text)


def test_a_video_posts_age_is_furniture_that_parts_its_description_from_the_transcript() -> None:
    text = (
        "Harbor Evening full episode, March 3, 2031\n\n"
        "Tonight on Harbor Evening, the ferry stays in port for a third day, the keepers of "
        "the point light vote to stay, and the gulls take the old pier.\n\n"
        "Harbor Evening\n\n"
        "12 hours ago\n\n"
        "MARA FENN: Good evening. I'm Mara Fenn.\n\n"
        "OSKAR LIND: Thank you, Mara.\n"
    )
    story = newstranscript.parse(text)
    assert [t.speaker for t in story.turns] == ["mara-fenn", "oskar-lind"]
    assert ("12 hours ago", "published") in [(d.text, d.reason) for d in story.dropped]
    assert any(note.startswith("Tonight on Harbor Evening") for note in story.notes)
    _dropped_are_exact(story, text)


@pytest.mark.parametrize("line", ["3 days ago", "a year ago", "45 minutes ago"])
def test_a_posts_age_alone_on_its_line_is_furniture(line: str) -> None:
    story = newstranscript.parse(f"MARA FENN: Good evening.\n\n{line}\n\nOSKAR LIND: Thanks.\n")
    assert [(d.text, d.reason) for d in story.dropped] == [(line, "published")]


def test_a_sentence_about_days_ago_is_speech() -> None:
    story = newstranscript.parse("MARA FENN: It sailed three days ago.\n\nOSKAR LIND: Thanks.\n")
    assert story.dropped == ()
    assert story.turns[0].text == "It sailed three days ago."


def test_glued_furniture_is_cut_only_with_nothing_between() -> None:
    story = newstranscript.parse(
        "Headline\n\nLearn Moreabout PBS online sponsorship and more words here.\n\n"
        "MARA FENN: Good evening.\n"
    )
    assert all(not d.text.startswith("Learn More") for d in story.dropped)
    assert story.segments[0].text.startswith("Learn Moreabout PBS online sponsorship and more")


def test_rush_notice_and_comment_form_page_daily_news_repost() -> None:
    story, text = _read("page_daily_news_repost")
    assert [t.speaker for t in story.turns] == ["mara-fenn", "oskar-lind", "mara-fenn"]
    assert story.turns[-1].text == "Also today, the keepers of the point light and their…"
    assert [d.reason for d in story.dropped] == ["navigation"] * 4
    _dropped_are_exact(story, text)


def test_a_story_pages_furniture_is_dropped() -> None:
    text = (
        "Harbor Report Turns 10\n\nStoryFebruary 19, 2031\nWatch Full Show\nMedia Options\n\n"
        "Related Story\n\nStoryJan 25, 2031Keepers Vote to Stay\n"
        "This is a rush transcript. Copy may not be in its final form.\n\n"
        "MARA FENN: Good morning.\n\nOSKAR LIND: Good morning, Mara.\n"
    )
    story = newstranscript.parse(text)
    assert story.headline == "Harbor Report Turns 10"
    assert [t.speaker for t in story.turns] == ["mara-fenn", "oskar-lind"]
    assert len(story.dropped) == 6


def test_a_story_pages_title_is_the_line_above_its_story_line() -> None:
    # the site's slogan and its newsletter appeal stand above the title; the description
    # paragraphs above the rush notice are the page's, not the host's words
    text = (
        "Harbor voices, heard nowhere else.\n\n"
        "Sign up for Democracy Now!'s Daily Digest to get our stories every day.\n\n"
        "Keepers of the Point Light Mark Ten Years\n\n"
        "Special BroadcastMarch 02, 2031\nMedia Options\n\n"
        "The keepers gathered at the pier on Monday to mark a decade on the point.\n\n"
        "They were joined by the harbor's pilots and the choir of the fishermen's hall.\n\n"
        "This is a rush transcript. Copy may not be in its final form.\n\n"
        "MARA FENN: Welcome to the pier. I'm Mara Fenn.\n\nOSKAR LIND: Good evening, Mara.\n"
    )
    story = newstranscript.parse(text)
    assert story.headline == "Keepers of the Point Light Mark Ten Years"
    assert [t.speaker for t in story.turns] == ["mara-fenn", "oskar-lind"]
    assert [s.type for s in story.segments][:2] == ["note", "note"]
    reasons = {d.text: d.reason for d in story.dropped}
    assert reasons["Harbor voices, heard nowhere else."] == "page header"
    assert reasons["Special BroadcastMarch 02, 2031"] == "story line"
    assert newstranscript.audit(story, text).clean


def test_an_episodes_notes_above_its_appeals_are_no_turn() -> None:
    # a podcast page: the episode's notes, the show's appeal and the list of what members
    # get, then the transcript with first-name labels alone on their lines
    text = (
        "Mar 3, 2031\n\nThe Lighthouse Question\n\n"
        "Here at the show, listeners ask us about lighthouses. Many, many listeners.\n\n"
        "This episode was reported by Ada Price and Tomas Reyes.\n\n"
        "Support Radiolab today at Radiolab.org/donate.\n\n"
        "Unlock member-only exclusives and support the show\n\n"
        "Exclusive Podcast Extras\nListen Ad-Free\n\n"
        "Ada:\n\nHey, I'm Ada Price.\n\nTomas:\n\nAnd I'm Tomas Reyes.\n\n"
        "Ada:\n\nToday, the lighthouse.\n\nTomas:\n\nThe whole lighthouse.\n"
    )
    story = newstranscript.parse(text)
    assert [t.speaker for t in story.turns] == ["ada-price", "tomas-reyes"] * 2
    notes = [s.text for s in story.segments if s.type == "note"]
    assert notes[0].startswith("Here at the show")
    assert [d.reason for d in story.dropped].count("navigation") == 4
    assert newstranscript.audit(story, text).clean


def test_speech_under_a_podcast_hosts_furniture_stays_a_turn() -> None:
    # no blank lines: the notes, the ways to reach the show, then a transcript that opens
    # mid-turn above its first label
    text = (
        "Harbor Talk\n"
        "In this episode we ask whether tide tables still matter to anyone at all.\n"
        "Contact Buzzcast\n- Send us a Text Message\n- Email us at hello@harbortalk.example\n"
        "Thanks for listening & keep podcasting!\n"
        "So that is why I keep a paper copy in the truck.\n"
        "Speaker 1:Right, the paper never runs out of battery.\n"
        "Speaker 2:Never once.\n"
    )
    story = newstranscript.parse(text)
    assert [t.speaker for t in story.turns] == [None, "speaker-1", "speaker-2"]
    assert story.turns[0].text == "So that is why I keep a paper copy in the truck."
    assert [d.reason for d in story.dropped].count("page link") == 2
    assert newstranscript.audit(story, text).clean


def test_social_links_and_a_podcast_hosts_lines_are_furniture() -> None:
    text = (
        "Episode Transcript\n\n"
        "Available transcripts are automatically generated. Complete accuracy is not "
        "guaranteed.\n\n"
        "Follow Harbor Radio on Instagram.\n\nLike Harbor Radio on Facebook.\n\n"
        "Speaker 1: Welcome back to the show.\n\nSpeaker 2: Glad to be here.\n"
    )
    story = newstranscript.parse(text)
    assert [d.reason for d in story.dropped] == ["navigation"] * 4
    assert [t.speaker for t in story.turns] == ["speaker-1", "speaker-2"]


def test_2000s_copyright_line_and_program_mention_page_provider_2000s() -> None:
    story, text = _read("page_provider_2000s")
    assert story.provider is not None
    assert story.provider.startswith("Copyright ©2007 NPR. For personal, noncommercial use only.")
    assert story.spans["provider"].slice(text) == story.provider
    assert story.program == "Talk of the Nation"
    # named by the host inside a turn: the words are the turn's, so no span of their own
    assert "program" not in story.spans
    assert "TALK OF THE NATION" in story.turns[0].text


def test_the_intro_before_a_full_host_label_goes_to_that_host_page_provider_2000s() -> None:
    story, _ = _read("page_provider_2000s")
    assert story.segments[0].speaker == "walt-kerrigan"
    assert [d.code for d in story.diagnostics] == ["inferred-host"]
    assert story.speaker("walt-kerrigan").role == "host"


def test_long_npr_footer_notice_is_dropped_page_footer_notice() -> None:
    story, text = _read("page_footer_notice")
    assert story.provider is not None
    assert story.provider.startswith("Copyright © 2019 NPR. All rights reserved.")
    (notice,) = story.dropped
    assert notice.reason == "provider notice"
    assert notice.text.startswith("NPR transcripts are created on a rush deadline by an NPR")
    assert notice.text.endswith("is the audio record.")
    _dropped_are_exact(story, text)
    assert story.program == "All Things Considered"


def test_signoff_and_provider_glued_to_the_last_turn_page_signoff_glued() -> None:
    story, text = _read("page_signoff_glued")
    assert story.turns[-1].text == "The vote was 212 to 40."
    assert story.signoff is not None
    assert (story.signoff.name, story.signoff.outlet, story.signoff.dateline) == (
        "Silas Brook",
        "NPR News",
        "Halvard",
    )
    assert story.signoff.span.slice(text) == "Silas Brook, NPR News, Halvard."
    assert story.provider == "Transcript provided by NPR, Copyright NPR."


def test_editors_note_and_bio_page_bio_notes() -> None:
    story, text = _read("page_bio_notes")
    assert story.notes == (
        "Editor's note: An earlier version of this story misstated the length of the line. "
        "It is 480 miles, not 840.",
    )
    assert story.segments[0].type == "note"
    reporter = story.speaker("felix-moreau")
    assert reporter.about is not None
    assert reporter.about.startswith("Felix Moreau is a correspondent")
    assert reporter.about_span is not None
    assert reporter.about_span.slice(text) == reporter.about
    assert story.signoff is not None
    assert story.signoff.dateline == "aboard the Northern Line"


def test_originally_aired_date_and_old_era_labels_page_dates() -> None:
    story, text = _read("page_dates")
    assert story.date == datetime(2003, 7, 11)
    assert story.spans["date"].slice(text) == "Originally aired 07.11.2003"
    assert story.program == "Weekend Edition"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Sat June 15, 2013", datetime(2013, 6, 15)),
        (
            "November 8, 2017 5:00 AM ET",
            datetime(2017, 11, 8, 5, tzinfo=timezone(-timedelta(hours=5))),
        ),
        (
            "Aired May 20, 2019 - 04:30   ET",
            datetime(2019, 5, 20, 4, 30, tzinfo=timezone(-timedelta(hours=4))),
        ),
        ("Originally aired 07.11.2003", datetime(2003, 7, 11)),
    ],
)
def test_every_date_form_in_a_page_header(line: str, expected: datetime) -> None:
    page = f"A Headline For The Date\n\n{line}\n\nDANA HOLLOWAY, HOST: Good morning.\n"
    story = newstranscript.parse(page)
    assert story.date == expected
    assert story.spans["date"].slice(page) == line


@pytest.mark.parametrize(
    ("sentence", "program"),
    [
        ("This is TALK OF THE NATION. I'm Dana Holloway.", "Talk of the Nation"),
        ("It's MORNING EDITION from NPR News.", "Morning Edition"),
        ("Welcome to FRESH AIR.", "Fresh Air"),
        ("From NPR News, this is ALL THINGS CONSIDERED.", "All Things Considered"),
        ("This is NPR. We begin with the weather.", None),
        ("This is a story about a LONG ROAD.", None),
    ],
)
def test_the_host_naming_the_program(sentence: str, program: str | None) -> None:
    page = f"DANA HOLLOWAY, HOST: {sentence}\n\nOMAR BEK, BYLINE: Thank you.\n"
    assert newstranscript.parse(page).program == program


def test_heard_on_line_with_any_program_name() -> None:
    story = newstranscript.parse(
        "Heard on The Night Shift\n\nA Headline\n\nDANA HOLLOWAY, HOST: Hello.\n"
    )
    assert story.program == "The Night Shift"
    assert story.headline == "A Headline"


def test_every_character_of_a_page_is_accounted_for() -> None:
    # Segments, story fields and dropped pieces together cover every non-blank line.
    for name in ("page_station_chrome", "page_npr_player", "page_cnn_header", "page_bio_notes"):
        story, text = _read(name)
        covered = [segment.span for segment in story.segments]
        covered += [dropped.span for dropped in story.dropped]
        covered += list(story.spans.values())
        if story.signoff is not None:
            covered.append(story.signoff.span)
        covered += [s.about_span for s in story.speakers if s.about_span is not None]
        marks = bytearray(len(text))
        for span in covered:
            marks[span.start : span.end] = b"\x01" * (span.end - span.start)
        lost = "".join(ch for ch, mark in zip(text, marks, strict=True) if not mark)
        assert lost.strip() == "", (name, lost.strip()[:80])


def test_fixture_files_exist() -> None:
    assert sorted(Path(GOLDEN).glob("page_*.txt"))


@pytest.mark.parametrize(
    ("show", "program"),
    [("CNN NEWSROOM", "CNN Newsroom"), ("NEW DAY", "New Day"), ("LATE EDITION", "Late Edition")],
)
def test_cnn_show_names_page_cnn_header(show: str, program: str) -> None:
    text = (GOLDEN / "page_cnn_header.txt").read_text("utf-8").replace("EARLY LIGHT", show)
    story = newstranscript.parse(text)
    assert (story.program, story.outlet) == (program, "CNN")


def test_an_anchors_label_names_the_outlet_when_the_page_does_not() -> None:
    story = newstranscript.parse(
        "ANA LOPEZ, CNN ANCHOR: Senator, welcome.\n\nBEN ROSS (D), SENATOR: Thank you, Ana.\n"
    )
    assert story.outlet == "CNN"


def test_a_guests_title_does_not_name_the_outlet() -> None:
    story = newstranscript.parse(
        "DANA HOLLOWAY, HOST: Welcome.\n\nOMAR BEK, CNN CORRESPONDENT: Glad to be here.\n"
    )
    assert story.outlet is None


def test_originally_published_gives_the_date_when_no_date_line_does() -> None:
    story = newstranscript.parse(
        "Ferry Crews Train For Winter\n\nOriginally published on March 3, 2016 7:02 am\n\n"
        "DANA HOLLOWAY, HOST: The ferries run all winter now.\n"
    )
    assert story.date == datetime(2016, 3, 3, 7, 2)
    assert [d.reason for d in story.dropped] == ["published"]


def test_a_date_line_wins_over_originally_published() -> None:
    story = newstranscript.parse(
        "Ferry Crews Train For Winter\n\nMarch 2, 2016\n\n"
        "Originally published on March 3, 2016 7:02 am\n\n"
        "DANA HOLLOWAY, HOST: The ferries run all winter now.\n"
    )
    assert story.date == datetime(2016, 3, 2)


STATION_PAGE = """\
Play Live Radio
Next Up:
0:00 0:00

Drought Pushes Farmers To Try New Crops
By Omar Bek
Originally published on March 3, 2021 4:12 pm

OMAR BEK, BYLINE: Corn needs water.

HENSLEY: We don't have it.

BEK: He is planting sorghum.

Copyright 2021 KXRL. To see more, visit KXRL.
"""


def test_a_byline_under_the_headline_is_dropped_and_names_the_reporter() -> None:
    story = newstranscript.parse(STATION_PAGE)
    assert story.headline == "Drought Pushes Farmers To Try New Crops"
    assert ("By Omar Bek", "byline") in [(d.text, d.reason) for d in story.dropped]
    assert [turn.speaker for turn in story.turns] == ["omar-bek", "hensley", "omar-bek"]


def test_a_byline_alone_introduces_the_reporter_a_surname_label_names() -> None:
    story = newstranscript.parse(
        "Ferries Run Late\n\nBy Omar Bek and Ana Ruiz\n\nBEK: The ferry is late.\n\nRUIZ: Again.\n"
    )
    assert [(s.name, s.role) for s in story.speakers] == [
        ("Omar Bek", "reporter"),
        ("Ana Ruiz", "reporter"),
    ]
    assert story.diagnostics == ()


def test_originally_published_right_under_the_headline_keeps_the_headline() -> None:
    story = newstranscript.parse(STATION_PAGE)
    assert story.date == datetime(2021, 3, 3, 16, 12)
    assert "page header" not in [d.reason for d in story.dropped]


def test_a_member_stations_own_copyright_line_is_the_provider() -> None:
    story = newstranscript.parse(STATION_PAGE)
    assert story.provider == "Copyright 2021 KXRL. To see more, visit KXRL."
    assert story.turns[-1].text == "He is planting sorghum."
    assert newstranscript.audit(story, STATION_PAGE).clean


# -- CNN's closing END line ---------------------------------------------------------------------

_PILLAI = "DEV PILLAI, CNN METEOROLOGIST: Winds of 120 miles an hour."


def _end_reasons(story: Story) -> list[tuple[str, str]]:
    return [(d.text, d.reason) for d in story.dropped if d.reason == "end of transcript"]


def test_cnn_closing_end_line_is_dropped_page_cnn_end() -> None:
    story, text = _read("page_cnn_end")
    assert _end_reasons(story) == [("END", "end of transcript")]
    assert story.turns[-1].text == "Dev Pillai, thank you."
    # the word inside speech stays speech
    assert "will end its turn" in story.turns[1].text
    _dropped_are_exact(story, text)
    assert newstranscript.audit(story, text).clean


def test_end_after_the_last_turn_is_not_its_text() -> None:
    story = newstranscript.parse(f"Storm Nears\n\n{_PILLAI}\n\nEND\n")
    assert [turn.text for turn in story.turns] == ["Winds of 120 miles an hour."]
    assert _end_reasons(story) == [("END", "end of transcript")]


def test_end_after_a_timestamp_is_no_turn_of_its_own() -> None:
    text = f"Storm Nears\n\n{_PILLAI}\n\n[14:06:00]\n\nEND\n"
    story = newstranscript.parse(text)
    assert [turn.text for turn in story.turns] == ["Winds of 120 miles an hour."]
    assert [d.reason for d in story.dropped] == [
        "timestamp with no segment after it",
        "end of transcript",
    ]
    assert newstranscript.audit(story, text).clean


def test_end_before_the_provider_notice_is_dropped() -> None:
    story = newstranscript.parse(f"{_PILLAI}\n\nEND\n\nCopyright 2024 CNN. All rights reserved.\n")
    assert _end_reasons(story) == [("END", "end of transcript")]
    assert story.provider is not None


@pytest.mark.parametrize(
    "text",
    [
        # spoken, with more of the transcript after it
        f"{_PILLAI}\n\nEND\n\nRHEA MARLOWE, CNN ANCHOR: The end of what?\n",
        # not alone on its line
        f"{_PILLAI}\n\nEND OF STORY\n",
        f"{_PILLAI} END\n",
        # not in capitals
        f"{_PILLAI}\n\nEnd\n",
    ],
)
def test_end_inside_the_transcript_or_not_alone_stays_speech(text: str) -> None:
    story = newstranscript.parse(text)
    assert _end_reasons(story) == []
    assert "END" in story.turns[0].text or "End" in story.turns[0].text


def test_end_closing_each_story_of_a_cnn_hour() -> None:
    header = (
        "Return to Transcripts main page\n\nEARLY LIGHT\n\n{}\n\n"
        "Aired May 20, 2019 - 04:{}   ET\n\n"
    )
    page = (
        header.format("Storm Closes Highway", "00")
        + "NORA VANCE, CNN ANCHOR: Good morning.\n\nEND\n\n"
        + header.format("Ferry Strike Goes On", "30")
        + "NORA VANCE, CNN ANCHOR: Welcome back.\n\nEND\n"
    )
    one = newstranscript.parse(page)
    assert [turn.text for turn in one.turns] == ["Good morning.", "Welcome back."]
    assert len(_end_reasons(one)) == 2
    stories = newstranscript.parse_many(page)
    assert [[turn.text for turn in s.turns] for s in stories] == [
        ["Good morning."],
        ["Welcome back."],
    ]
    assert [len(_end_reasons(s)) for s in stories] == [1, 1]


# -- a member station's header chrome: Listen • 3:52, STATION | By NAME, share links ----------


def test_station_header_chrome_is_dropped_page_station_header_chrome() -> None:
    story, text = _read("page_station_header_chrome")
    assert story.headline == "River Town Votes On A New Levee"
    assert story.teaser is None
    assert [(d.reason, d.text) for d in story.dropped][4:] == [
        ("player", "Listen • 3:52"),
        ("byline", "WHRN | By Lena Ruiz"),
        ("share link", "Facebook"),
        ("share link", "Twitter"),
        ("share link", "LinkedIn"),
        ("share link", "Email"),
    ]
    # the byline introduces the reporter, so RUIZ: resolves to her
    assert [(s.name, s.role) for s in story.speakers] == [
        ("Lena Ruiz", "reporter"),
        ("Milo Farr", None),
    ]
    assert story.turns[0].speaker == "lena-ruiz"
    # "Email" alone on its line inside the transcript is speech
    assert story.turns[3].paragraphs[-1] == "Email"
    assert story.diagnostics == ()
    _dropped_are_exact(story, text)
    assert newstranscript.audit(story, text).clean


_RUIZ_TURNS = "RUIZ: The river is high.\n\nMILO FARR: We filled bags all night.\n"


@pytest.mark.parametrize(
    ("byline", "names"),
    [
        ("WHRN | By Lena Ruiz", ["Lena Ruiz"]),
        ("Harbor Public Radio | By Lena Ruiz and Omar Bek", ["Lena Ruiz", "Omar Bek"]),
        ("KXRL-FM | By Lena Ruiz, KXRL", ["Lena Ruiz"]),
    ],
)
def test_a_station_byline_introduces_its_reporters(byline: str, names: list[str]) -> None:
    # each reporter speaks under a surname label only
    turns = "".join(f"{name.split()[-1].upper()}: The river is high.\n\n" for name in names)
    story = newstranscript.parse(f"River Town Votes\n\n{byline}\n\n{turns}")
    assert [(d.reason, d.text) for d in story.dropped] == [("byline", byline)]
    assert [(s.name, s.role) for s in story.speakers] == [(name, "reporter") for name in names]
    assert story.diagnostics == ()


@pytest.mark.parametrize(
    "line",
    [
        # a bar with no byline after it, or a sentence that says "by"
        "WHRN | Lena Ruiz",
        "Rain | By the river, everyone waits.",
    ],
)
def test_a_bar_line_that_is_no_station_byline_stays_text(line: str) -> None:
    story = newstranscript.parse(f"River Town Votes\n\n{line}\n\n{_RUIZ_TURNS}")
    assert "byline" not in [d.reason for d in story.dropped]


def test_listen_and_its_running_time_under_the_headline_keeps_the_headline() -> None:
    for mark in ("•", "·"):
        story = newstranscript.parse(f"River Town Votes\nListen {mark} 3:52\n\n{_RUIZ_TURNS}")
        assert story.headline == "River Town Votes"
        assert story.teaser is None
        assert [(d.reason, d.text) for d in story.dropped] == [("player", f"Listen {mark} 3:52")]


def test_share_links_under_the_date_are_dropped_not_an_opening_turn() -> None:
    links = "Facebook\nTwitter\nEmail"
    story = newstranscript.parse(f"River Town Votes\nMarch 3, 2021\n\n{links}\n\n{_RUIZ_TURNS}")
    assert [(d.reason, d.text) for d in story.dropped] == [
        ("share link", link) for link in links.split("\n")
    ]
    assert story.turns[0].text == "The river is high."


def test_a_lone_share_word_before_the_transcript_stays_text() -> None:
    # one such word alone is not a block of share links: it may be the host's first word
    story = newstranscript.parse(f"River Town Votes\n\nEmail\n\n{_RUIZ_TURNS}")
    assert "share link" not in [d.reason for d in story.dropped]
    assert story.turns[0].text == "Email"


def test_share_words_inside_the_transcript_stay_speech() -> None:
    text = f"River Town Votes\n\n{_RUIZ_TURNS}\nFARR: Call us.\n\nFacebook\nTwitter\n"
    story = newstranscript.parse(text)
    assert "share link" not in [d.reason for d in story.dropped]
    assert story.turns[-1].text == "Call us.\n\nFacebook Twitter"


def test_a_summary_after_the_player_and_above_the_hosts_label_is_the_teaser() -> None:
    text = (
        "Harbor Town Keeps Its Ferry\n  • Download\n  • Transcript\n\n"
        "The only ferry to Pell Island may stop next spring.\n\n"
        "LENA VOSS, HOST:\n\nThe ferry has run for ninety years.\n"
    )
    story = newstranscript.parse(text)
    assert story.teaser == "The only ferry to Pell Island may stop next spring."
    assert [turn.speaker for turn in story.turns] == ["lena-voss"]
    assert story.diagnostics == ()
    assert newstranscript.audit(story, text).clean


def test_the_last_signoff_is_the_storys_page_signoff_back_announce() -> None:
    story, text = _read("page_signoff_back_announce")
    assert story.signoff is not None
    assert (story.signoff.name, story.signoff.outlet, story.signoff.dateline) == (
        "Tessa Marlow",
        "NPR News",
        "Lark Island, Wash.",
    )
    assert story.signoff.span.slice(text) == "Tessa Marlow, NPR News, Lark Island, Wash."
    # the back-announce after the last sign-off is still the host's turn
    assert [(turn.speaker, turn.text) for turn in story.turns[-2:]] == [
        (
            "tessa-marlow",
            "A handwritten sign said the next boat would leave when the captain could see the "
            "buoy. By noon, she could.",
        ),
        ("dana-holloway", "Tessa, thanks."),
    ]
    # the first reporter's sign-off stays her words: it is not the story's
    assert story.turns[1].text.endswith("\n\nOmar Bek, NPR News, Harren Point.")
    assert newstranscript.audit(story, text).clean


def test_a_bio_finds_the_reporter_its_signoff_names_page_bio_initial_label() -> None:
    story, text = _read("page_bio_initial_label")
    assert [(s.id, s.name, s.labels) for s in story.speakers] == [
        ("dana-holloway", "Dana Holloway", ("DANA HOLLOWAY, HOST", "HOLLOWAY")),
        ("sam-o-brien", "Sam O'Brien", ("S. O'BRIEN, BYLINE", "S. O'BRIEN")),
        ("m-o-brien", "M. O'Brien", ("M. O'BRIEN, BYLINE",)),
    ]
    sam = story.speaker("sam-o-brien")
    assert sam.about == "Sam O'Brien covers transportation for NPR."
    assert sam.about_span is not None
    assert sam.about_span.slice(text) == sam.about
    assert story.speaker("m-o-brien").about is None
    assert story.notes == ()
    assert "trailing-text" not in [d.code for d in story.diagnostics]
    assert newstranscript.audit(story, text).clean


def test_a_footer_scraped_first_names_the_publisher_and_ends_nothing() -> None:
    story, text = _read("page_station_footer_first")
    assert newstranscript.audit(story, text).clean
    assert story.publisher == "Harbor Bay Public Radio"
    assert story.provider == "Transcript provided by NPR, Copyright NPR."
    assert story.headline == "Ferry Riders Weigh A Longer Crossing As The Old Pier Closes"
    assert len(story.turns) == 6  # the host's intro and five labelled turns
    footer = next(d for d in story.dropped if d.reason == "station copyright")
    assert footer.span.slice(text) == "© 2031 Harbor Bay Public Radio"
