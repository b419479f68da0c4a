"""The page header: headline, programme and date read from the lines above the transcript.

Each text is fictional and reproduces one shape from the survey of real pages.
"""

from __future__ import annotations

import warnings
from datetime import datetime, timedelta, timezone

import pytest

import newstranscript
from newstranscript import Story, audit
from tests.conftest import GOLDEN

_EASTERN_WINTER = timezone(timedelta(hours=-5))
_BANNER = "THIS IS A RUSH TRANSCRIPT. THIS COPY MAY NOT BE IN ITS FINAL FORM AND MAY BE UPDATED."
_TURNS = (
    "MIRA QUELL, CNN ANCHOR: Good afternoon.\n\n"
    "IVO BRANDT, CNN CORRESPONDENT: Mira, the vote was forty to two.\n\n"
    "QUELL: Thank you, Ivo.\n"
)


def _cnn_page(*header_lines: str) -> str:
    return "\n\n".join(("Return to Transcripts main page", *header_lines, _BANNER, _TURNS))


def _parsed(text: str) -> Story:
    story = newstranscript.parse(text)
    assert audit(story, text).clean, audit(story, text).report(text)
    return story


def _dropped(story: Story) -> list[tuple[str, str]]:
    return [(d.reason, d.text) for d in story.dropped if d.reason not in ("navigation", "banner")]


def test_air_time_glued_to_the_headline_is_dropped_page_cnn_header() -> None:
    text = (GOLDEN / "page_cnn_header.txt").read_text("utf-8")
    story = _parsed(text)
    assert story.headline == "Storm Closes Coastal Highway; Ferry Strike Enters Second Week"
    # the full stop parting the headline from the air time is the page's, dropped apart
    assert story.spans["headline"].slice(text) == story.headline
    assert _dropped(story) == [("stop after the headline", "."), ("air time", "Aired 4:30-5a ET")]
    # the date line of its own still gives the date
    assert story.spans["date"].slice(text) == "Aired May 20, 2019 - 04:30   ET"


def test_air_time_and_date_glued_to_the_headline_page_cnn_aired_glued() -> None:
    text = (GOLDEN / "page_cnn_aired_glued.txt").read_text("utf-8")
    story = _parsed(text)
    assert story.headline == "Lighthouse Keepers Vote to Strike; Harbor Fog Grounds Island Ferries"
    assert story.program == "CNN Newsroom"
    assert story.date == datetime(2014, 3, 3, 14, 0, tzinfo=_EASTERN_WINTER)
    assert story.spans["date"].slice(text) == "Aired March 3, 2014 - 14:00   ET"
    assert _dropped(story) == [("stop after the headline", "."), ("air time", "Aired 2-3p ET")]
    assert story.diagnostics == ()


def test_glued_air_date_is_the_date_when_no_date_line_follows() -> None:
    story = _parsed(
        _cnn_page("CNN NEWSROOM", "Keepers Vote to Strike. Aired March 3, 2014 - 14:00 ET")
    )
    assert story.headline == "Keepers Vote to Strike"
    assert story.date == datetime(2014, 3, 3, 14, 0, tzinfo=_EASTERN_WINTER)
    assert _dropped(story) == [("stop after the headline", ".")]


def test_glued_air_date_gives_way_to_the_date_line_after_it() -> None:
    story = _parsed(
        _cnn_page(
            "CNN NEWSROOM",
            "Keepers Vote to Strike. Aired March 2, 2014 - 14:00 ET",
            "Aired March 3, 2014 - 14:00 ET",
        )
    )
    assert story.date == datetime(2014, 3, 3, 14, 0, tzinfo=_EASTERN_WINTER)
    assert _dropped(story) == [
        ("stop after the headline", "."),
        ("air date", "Aired March 2, 2014 - 14:00 ET"),
    ]


def test_show_name_glued_to_the_air_date_names_the_programme() -> None:
    text = _cnn_page("NEWSROOM Aired March 3, 2014 - 14:00 ET", "Keepers Vote to Strike")
    story = _parsed(text)
    assert (story.program, story.headline) == ("Newsroom", "Keepers Vote to Strike")
    assert story.spans["program"].slice(text) == "NEWSROOM"
    assert story.date == datetime(2014, 3, 3, 14, 0, tzinfo=_EASTERN_WINTER)


@pytest.mark.parametrize("slot", ["Aired 8-9p ET", "Aired on 8-9p ET"])
def test_glued_air_time_on_a_page_without_the_cnn_header(slot: str) -> None:
    text = f"Lighthouse Keepers Vote to Strike. {slot}\n\n" + _TURNS
    story = _parsed(text)
    assert story.headline == "Lighthouse Keepers Vote to Strike"
    assert _dropped(story) == [("stop after the headline", "."), ("air time", slot)]
    assert [t.speaker for t in story.turns] == ["mira-quell", "ivo-brandt", "mira-quell"]


def test_air_time_on_a_line_of_its_own_is_dropped() -> None:
    story = _parsed(_cnn_page("CNN NEWSROOM", "Keepers Vote to Strike", "Aired 11p-12a ET"))
    assert story.headline == "Keepers Vote to Strike"
    assert _dropped(story) == [("air time", "Aired 11p-12a ET")]
    assert [d.code for d in story.diagnostics] == []


def test_abbreviation_keeps_its_full_stop_before_the_air_time() -> None:
    story = _parsed(_cnn_page("CNN NEWSROOM", "Keepers Strike Across the U.S. Aired 2-3p ET"))
    assert story.headline == "Keepers Strike Across the U.S."


@pytest.mark.parametrize(
    "line",
    [
        "Keepers Vote to Strike. Aired in full on Sunday",
        "Keepers Vote to Strike. Aired 2-3p ET, then repeated",
        "Keepers Vote to Strike. Aired March 3, 2014 - 14:00 ET and again",
    ],
)
def test_aired_that_is_no_air_time_or_date_stays_in_the_headline(line: str) -> None:
    story = _parsed(_cnn_page("CNN NEWSROOM", line))
    assert story.headline == line
    assert story.date is None


def test_date_line_in_mountain_time_under_a_byline_page_station_mountain() -> None:
    text = (GOLDEN / "page_station_mountain.txt").read_text("utf-8")
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # dateutil must not warn about "MT"
        story = _parsed(text)
    assert story.headline == "Snowplow Drivers Vote To Work Through The Holiday"
    assert story.date == datetime(2022, 3, 3, 18, 14, tzinfo=timezone(timedelta(hours=-7)))
    assert story.spans["date"].slice(text) == "Published March 3, 2022 at 6:14 PM MST"
    assert story.segments[0].text.startswith("The county's snowplow crews")
    assert [s.id for s in story.speakers] == ["lena-marsh", "tomas-vey"]
    assert ("published", "Originally published on March 3, 2022 at 5:00 PM MT") in [
        (d.reason, d.text) for d in story.dropped
    ]


# -- the header of a transcript flattened onto one line ---------------------------------------

_FLAT_TURNS = (
    "TESSA GRAY, HOST: The cod quota was cut again this year. Arlo Finch reports. "
    "ARLO FINCH, BYLINE: The nets hang over the sea wall. GRAY: Thank you. "
    "FINCH: You are welcome. Transcript provided by NPR, Copyright NPR."
)


def _flattened(prose: str) -> tuple[Story, str]:
    text = f"{prose} {_FLAT_TURNS}\n"
    return _parsed(text), text


def _notes(story: Story) -> list[str]:
    return [segment.text for segment in story.segments if segment.type == "note"]


def test_flattened_header_with_programme_and_date_damage_flattened_header() -> None:
    text = (GOLDEN / "damage_flattened_header.txt").read_text("utf-8")
    story = _parsed(text)
    assert story.headline == "Skerrow Point Keepers Hand Over The Last Lamp"
    assert story.program == "Morning Edition"
    assert story.spans["program"].slice(text) == "Heard on Morning Edition"
    assert story.date == datetime(2017, 11, 8, 5, 0, tzinfo=_EASTERN_WINTER)
    assert story.spans["date"].slice(text) == "November 8, 2017 5:00 AM ET"
    assert _notes(story) == [
        "The last staffed lighthouse on the northern coast went dark this week, and its three "
        "keepers went home."
    ]
    assert [d.code for d in story.diagnostics] == ["text-before-transcript"]


@pytest.mark.parametrize(
    ("prose", "headline", "note"),
    [
        # no closing full stop: the first sentence opens with "The"
        (
            "Fishermen Mend Nets As Quotas Shrink The cod quota was cut again.",
            "Fishermen Mend Nets As Quotas Shrink",
            "The cod quota was cut again.",
        ),
        # the last capitalised word before the prose opens the sentence, not the title's "As"
        (
            "Keepers Strike As the Fog Rolls In The keepers walked out at dusk.",
            "Keepers Strike As the Fog Rolls In",
            "The keepers walked out at dusk.",
        ),
        # a date line glued after a title-case headline
        (
            "Fishermen Mend Nets As Quotas Shrink November 8, 2017 5:00 AM ET Boats stay in.",
            "Fishermen Mend Nets As Quotas Shrink",
            "Boats stay in.",
        ),
        # "Heard on" a known programme ends even a headline in sentence case
        (
            "Fishermen mend nets as quotas shrink Heard on All Things Considered Boats stay in.",
            "Fishermen mend nets as quotas shrink",
            "Boats stay in.",
        ),
        # a title-case sentence followed by the programme line
        (
            "Fishermen Mend Nets As Quotas Shrink. Heard on Morning Edition Boats stay in.",
            "Fishermen Mend Nets As Quotas Shrink",
            "Boats stay in.",
        ),
    ],
)
def test_flattened_headline_where_the_page_shows_its_end(
    prose: str, headline: str, note: str
) -> None:
    story, _ = _flattened(prose)
    assert story.headline == headline
    assert _notes(story) == [note]


def test_flattened_headline_with_nothing_after_it_leaves_no_note() -> None:
    story, _ = _flattened("Fishermen Mend Nets As Quotas Shrink.")
    assert story.headline == "Fishermen Mend Nets As Quotas Shrink"
    assert _notes(story) == []
    assert "text-before-transcript" not in [d.code for d in story.diagnostics]


def test_a_second_date_in_flattened_prose_stays_in_the_note() -> None:
    prose = "Fishermen Mend Nets As Quotas Shrink November 8, 2017 Boats stay in."
    text = f"Originally aired 07.11.2017\n\n{prose} {_FLAT_TURNS}\n"
    story = _parsed(text)
    assert story.headline == "Fishermen Mend Nets As Quotas Shrink"
    assert story.spans["date"].slice(text) == "Originally aired 07.11.2017"
    assert _notes(story) == ["November 8, 2017 Boats stay in."]


@pytest.mark.parametrize(
    "prose",
    [
        # a title-case run followed by a name: nothing shows where the headline ends
        "Fishermen Mend Nets As Quotas Shrink Mira Quell has mended nets for forty years.",
        # sentence case with no stop, no programme, no date
        "Fishermen mend nets as quotas shrink The cod quota was cut again.",
        # a date inside an ordinary sentence
        "The vote came on November 8, 2017 5:00 PM ET after a long night of talks.",
        # a sentence-case line before a date
        "Fishermen mend nets as quotas shrink November 8, 2017 The cod quota was cut again.",
        # ordinary prose that opens with capitalised words
        "Mayor Ida Morrow Of Harren Point said the museum stays open all winter.",
        # "heard on" in lower case is the prose's own words
        "Listeners heard on Morning Edition that the quota was cut again.",
    ],
)
def test_flattened_prose_without_a_clear_headline_stays_a_note(prose: str) -> None:
    story, _ = _flattened(prose)
    assert story.headline is None
    assert _notes(story) == [prose]
    assert "text-before-transcript" in [d.code for d in story.diagnostics]


# -- the npr.org summary when the host's label was lost -----------------------------------------

_PLAYER = "Orchards Count The Cost\n  • Download\n  • Transcript\n\n"
_SUMMARY = "A late frost killed the apple blossom."
_INTRO = "Growers say one cold night cost them the crop. Nell Okonkwo reports."
_REPORTER = "\n\nNELL OKONKWO, BYLINE: The trees look healthy.\n"


def _turn_texts(story: Story) -> list[str]:
    return [turn.text for turn in story.turns]


def test_summary_under_the_player_above_a_lost_host_label_damage_lost_host_label() -> None:
    text = (GOLDEN / "damage_lost_host_label.txt").read_text("utf-8")
    story = _parsed(text)
    assert story.teaser == (
        "A frost in late April killed most of the apple blossom in the Tarrow Valley."
    )
    assert story.spans["teaser"].slice(text) == story.teaser
    # the host's intro stays the unlabelled opening turn, reported as such
    assert story.turns[0].speaker is None
    assert story.turns[0].text.startswith("Growers in the Tarrow Valley say")
    assert [d.code for d in story.diagnostics] == ["unlabelled-turn"]


def test_summary_and_intro_parted_by_one_blank_line_stay_in_the_turn() -> None:
    # no gap where a label was lost: two paragraphs of the host's intro
    story = _parsed(f"{_PLAYER}{_SUMMARY}\n\n{_INTRO}{_REPORTER}")
    assert story.teaser is None
    assert _turn_texts(story)[0] == f"{_SUMMARY}\n\n{_INTRO}"


def test_intro_right_under_the_headline_is_no_teaser_as_on_the_seed_page() -> None:
    # the seed's shape: headline, the gap of the lost label, the intro, the reporter's label;
    # and a second unlabelled paragraph after a gap does not make the first a summary
    text = f"Orchards Count The Cost\n\n\n{_SUMMARY}\n\n\n{_INTRO}{_REPORTER}"
    story = _parsed(text)
    assert story.teaser is None
    assert _turn_texts(story)[0] == f"{_SUMMARY}\n\n{_INTRO}"


def test_a_long_paragraph_under_the_player_is_the_intro_not_a_summary() -> None:
    long_intro = " ".join([_INTRO] * 6)
    story = _parsed(f"{_PLAYER}{long_intro}\n\n\n{_INTRO}{_REPORTER}")
    assert story.teaser is None
    assert _turn_texts(story)[0].startswith(long_intro)


def test_a_host_naming_themselves_under_the_player_is_the_intro_not_a_summary() -> None:
    intro = "I'm Ada Lorne. A late frost killed the apple blossom."
    story = _parsed(f"{_PLAYER}{intro}\n\n\n{_INTRO}{_REPORTER}")
    assert story.teaser is None
    assert story.turns[0].text.startswith(intro)


# -- the 2000s npr.org heading: NPR's <programme> over the date line ----------------------------

_OLD_ERA_TURNS = (
    "IVO RANE, host:\n\nThe tolls rise again.\n\nMr. PELL ORR (Harbor Master): Again.\n"
)


def test_npr_programme_heading_is_the_programme_page_npr_2000s_header() -> None:
    text = (GOLDEN / "page_npr_2000s_header.txt").read_text("utf-8")
    story = _parsed(text)
    assert (story.program, story.outlet) == ("Weekend Edition Saturday", "NPR")
    assert story.spans["program"].slice(text) == "NPR's Weekend Edition Saturday"
    assert story.headline == "Profile: Ice fishing derby on Lake Varna draws a record crowd"
    assert story.teaser is None
    assert story.date == datetime(2004, 3, 13)
    assert story.diagnostics == ()


@pytest.mark.parametrize(
    ("heading", "program"),
    [
        ("NPR's Morning Edition", "Morning Edition"),
        ("NPR’s All Things Considered", "All Things Considered"),
        ("NPR's TALK OF THE NATION", "Talk of the Nation"),
    ],
)
@pytest.mark.parametrize(
    "headline", ["Analysis: Harbor tolls rise again", "Interview: Pell Orr on the harbor tolls"]
)
def test_npr_programme_heading_leaves_the_prefixed_headline(
    heading: str, program: str, headline: str
) -> None:
    story = _parsed(f"{heading}\nMonday, May 3, 2004\n\n{headline}\n\n{_OLD_ERA_TURNS}")
    assert (story.program, story.headline, story.teaser) == (program, headline, None)


def test_a_headline_naming_a_programme_with_more_words_is_a_headline() -> None:
    story = _parsed(f"NPR's Morning Edition Turns Forty\n\n{_OLD_ERA_TURNS}")
    assert story.headline == "NPR's Morning Edition Turns Forty"
    assert story.program is None


@pytest.mark.parametrize(
    ("line", "program"),
    [
        # a programme of the table after the colon airs in the first one's slot
        ("TALK OF THE NATION: SCIENCE FRIDAY", "Talk of the Nation: Science Friday"),
        ("Talk of the Nation: Science Friday, March 2", "Talk of the Nation: Science Friday"),
        # anything else after the colon is not part of the name
        ("TALK OF THE NATION: Special Coverage", "Talk of the Nation"),
        ("TALK OF THE NATION: Fresh Air's Guests", "Talk of the Nation"),
    ],
)
def test_a_programme_inside_another_ones_slot(line: str, program: str) -> None:
    story = _parsed(f"{line}\n\nA Comet Returns\n\n{_OLD_ERA_TURNS}")
    assert (story.program, story.outlet, story.headline) == (program, "NPR", "A Comet Returns")


def test_a_date_line_with_the_day_first_is_no_headline() -> None:
    story = _parsed(
        "Monday, 2 December 2031\n\nGulls; the transcript\n\n"
        "Mira Quell: Why are the gulls back?\nIvo Brandt: The fish are back.\n"
    )
    assert story.headline == "Gulls; the transcript"
    assert story.date == datetime(2031, 12, 2)


def test_a_title_printed_as_a_link_back_loses_its_arrow() -> None:
    text = "< Gulls Of The Old Pier\n\n" + _TURNS
    story = _parsed(text)
    assert story.headline == "Gulls Of The Old Pier"
    assert [(d.text, d.reason) for d in story.dropped] == [("<", "page link")]


def test_a_flattened_pages_question_headline_keeps_its_mark() -> None:
    text = "Can Gulls Count The Ferries? MIRA QUELL: Welcome. IVO BRANDT: Thanks, Mira.\n"
    story = _parsed(text)
    assert story.headline == "Can Gulls Count The Ferries?"
    assert story.spans["headline"].slice(text) == "Can Gulls Count The Ferries?"
    assert [t.speaker for t in story.turns] == ["mira-quell", "ivo-brandt"]


def test_a_title_with_an_abbreviation_above_the_first_label_is_the_headline() -> None:
    # "vs. Gulls" is no sentence break: the line is a title, not a host's intro that lost
    # its label
    text = (
        "The Harbor SHOWDOWN: ferry fares vs. Gull Point vs. the lighthouse\n"
        "DANA HOLLOWAY, HOST:\n"
        "Hello, hello. I'm Dana Holloway.\n"
        "(SOUNDBITE OF MUSIC)\n"
        "HOLLOWAY: First, the fares.\n"
    )
    story = _parsed(text)
    assert story.headline == "The Harbor SHOWDOWN: ferry fares vs. Gull Point vs. the lighthouse"
    assert [turn.speaker for turn in story.turns] == ["dana-holloway", "dana-holloway"]


def test_a_scrapers_fields_above_the_page_are_read_for_what_they_name() -> None:
    text = (
        "Title: Fog Keeps The Ferry In Port\n"
        "Date: 2031-03-15\n"
        "Program: Morning Edition\n"
        "URL: https://example.org/fog-ferry\n"
        "Source: Harbor Bay Public Radio\n\n"
        "NINA WESTON, HOST: The ferry stayed in port again today.\n"
    )
    story = newstranscript.parse(text)
    assert story.headline == "Fog Keeps The Ferry In Port"
    assert story.date is not None
    assert story.date.isoformat() == "2031-03-15T00:00:00"
    assert story.program == "Morning Edition"
    assert [(turn.speaker, turn.basis) for turn in story.turns] == [("nina-weston", "label")]
    assert [(d.text, d.reason) for d in story.dropped] == [
        ("Title: ", "scraped field"),
        ("Date: ", "scraped field"),
        ("Program: ", "scraped field"),
        ("URL: https://example.org/fog-ferry", "scraped field"),
        ("Source: Harbor Bay Public Radio", "scraped field"),
    ]
    assert newstranscript.audit(story, text).clean


def test_a_date_field_glued_before_the_first_label_leaves_the_label_whole() -> None:
    text = " date 2031-03-15 NINA WESTON, HOST:\n\nWelcome back.\n\nWESTON: And goodbye.\n"
    story = newstranscript.parse(text)
    assert story.date is not None
    assert story.date.date().isoformat() == "2031-03-15"
    assert [(t.speaker, t.text) for t in story.turns] == [
        ("nina-weston", "Welcome back."),
        ("nina-weston", "And goodbye."),
    ]
    assert story.speakers[0].role == "host"
    assert newstranscript.audit(story, text).clean


def test_a_field_whose_value_is_not_what_it_names_is_furniture_whole() -> None:
    story = newstranscript.parse("Date: last spring\n\nNINA WESTON, HOST: Hello.\n")
    assert story.date is None
    assert [(d.text, d.reason) for d in story.dropped] == [("Date: last spring", "scraped field")]


def test_a_field_shaped_line_among_the_words_stays_speech() -> None:
    text = "NINA WESTON, HOST: Where did it come from?\n\nSource: the harbor office, she said.\n"
    story = newstranscript.parse(text)
    assert story.dropped == ()
    assert "Source: the harbor office" in story.turns[-1].text


def test_a_summary_naming_the_host_above_the_hosts_own_intro_is_the_teaser() -> None:
    text = (
        "Mar 3, 2031\n\n"
        "Every answer is hidden in its question. Listen as host Wren Talbot quizzes two "
        "contestants who think they have it easy.\n\n"
        "From the Harbor Hall in Quill Point, this is PUZZLE HOUR. I'm Wren Talbot, and "
        "tonight we play for keeps.\n\n"
        "\n\nTALBOT: Our first contestant is here.\n\n"
        "ANA RUIZ: Hello!\n"
    )
    story = newstranscript.parse(text)
    assert story.teaser is not None
    assert story.teaser.startswith("Every answer is hidden")
    assert [(t.speaker, t.basis) for t in story.turns] == [
        ("wren-talbot", "self-intro"),
        ("wren-talbot", "resolved"),
        ("ana-ruiz", "label"),
    ]
    assert newstranscript.audit(story, text).clean


def test_an_intro_that_names_its_host_twice_stays_one_turn() -> None:
    # the paragraph above says "I'm NAME" itself: the host speaking, not a summary
    text = (
        "Good evening. I'm Wren Talbot, and this is Puzzle Hour with Wren Talbot.\n\n"
        "I'm Wren Talbot, and tonight we play for keeps.\n\n"
        "ANA RUIZ: Hello!\n"
    )
    story = newstranscript.parse(text)
    assert story.teaser is None
    assert story.turns[0].speaker == "wren-talbot"
    assert story.turns[0].text.count("I'm Wren Talbot") == 2


def test_a_story_pages_summary_under_its_player_above_any_label_is_the_teaser() -> None:
    text = (
        "Fog Week\n\n"
        "  • Playlist\n"
        "  • Download\n"
        "  • Embed\n"
        '    Embed <iframe src="" width="100%" height="290" frameborder="0" scrolling="no">\n'
        "  • Transcript\n\n"
        "Greetings from the harbor, where the fog never lifts.\n\n"
        "OMAR BEK (Announcer): From the harbor, this is FOG WEEK.\n\n"
        "WREN TALBOT, HOST: Welcome.\n"
    )
    story = newstranscript.parse(text)
    assert story.headline == "Fog Week"
    assert story.teaser == "Greetings from the harbor, where the fog never lifts."
    assert [t.speaker for t in story.turns] == ["omar-bek", "wren-talbot"]
    assert all("iframe" not in t.text for t in story.turns)
    assert [d.reason for d in story.dropped if "iframe" in d.text] == ["player"]
    assert newstranscript.audit(story, text).clean


# npr.org's transcript page of a podcast: the web page's title line parted by a bar, and a
# title that trails off, printed with its player twice.
BAR_TITLE_PAGE = """\
Plan C | Hidden Brain This week, why a second plan can sap the first one, and a song.
NPR logo

The Best-Laid Ferry Schedules...

  • Download
  • <iframe src="https://example.org/player/1" width="100%" height="290">
  • Transcript
The Best-Laid Ferry Schedules...

  • Download
  • <iframe src="https://example.org/player/1" width="100%" height="290">
  • Transcript

WREN TALBOT, HOST:

This is HIDDEN BRAIN. I'm Wren Talbot.

ANA RUIZ: Plans fail.
"""


def test_a_bar_in_the_page_title_line_and_a_trailing_off_title() -> None:
    story = newstranscript.parse(BAR_TITLE_PAGE)
    assert story.headline == "The Best-Laid Ferry Schedules..."
    assert story.program == "Hidden Brain"
    assert story.teaser == "This week, why a second plan can sap the first one, and a song."
    assert [t.speaker for t in story.turns] == ["wren-talbot", "ana-ruiz"]
    assert ("Plan C |", "page title") in [(d.text, d.reason) for d in story.dropped]
    assert newstranscript.audit(story, BAR_TITLE_PAGE).clean


def test_a_video_page_s_aired_line_with_its_running_time_is_the_date_line() -> None:
    text = (
        "Harbor Evening full episode\n\n"
        "AIRED: March 3, 2031 | 0:56:34\n\n"
        "WREN TALBOT: Good evening.\n"
    )
    story = newstranscript.parse(text)
    assert story.date is not None
    assert story.date.date().isoformat() == "2031-03-03"
    assert [t.speaker for t in story.turns] == ["wren-talbot"]
    assert newstranscript.audit(story, text).clean


# A transcription service's page of a podcast episode: its button, the title after
# "Transcript of", the show, the episode's age and views, whose transcript it is, then the
# machine transcript with a time above each stretch.
SERVICE_PAGE = """\
Request Podcast

Transcript of The Ferry That Never Came

Harbor Hour
Published 3 days ago 1,204 views
Transcription of The Ferry That Never Came from Harbor Hour Podcast
00:00:02

We are down at the dock, and the ferry is late again.

00:00:15

And it will be later still.
"""


def test_a_transcription_service_s_page_header() -> None:
    story = newstranscript.parse(SERVICE_PAGE)
    assert story.headline == "The Ferry That Never Came"
    reasons = {d.text: d.reason for d in story.dropped}
    assert reasons["Request Podcast"] == "navigation"
    assert reasons["Published 3 days ago 1,204 views"] == "navigation"
    assert reasons["Transcript of "] == "navigation"
    assert [t.text for t in story.turns] == [
        "We are down at the dock, and the ferry is late again.\n\n00:00:15\n\n"
        "And it will be later still."
    ]
    assert newstranscript.audit(story, SERVICE_PAGE).clean


@pytest.mark.parametrize("quotes", [('"', '"'), ("“", "”")])
def test_a_title_wrapped_whole_in_double_quotes_is_the_headline_without_them(
    quotes: tuple[str, str],
) -> None:
    opening, closing = quotes
    text = f"{opening}Fog Keeps The Ferry In Port{closing}\n\nDANA HOLLOWAY, host:\n\nHello.\n"
    story = newstranscript.parse(text)
    assert story.headline == "Fog Keeps The Ferry In Port"
    assert [(d.text, d.reason) for d in story.dropped] == [
        (opening, "quotes around the headline"),
        (closing, "quotes around the headline"),
    ]
    assert newstranscript.audit(story, text).clean


def test_a_title_that_quotes_someone_keeps_its_quotes() -> None:
    story = newstranscript.parse(
        '"Fog" Is Back, Says "The Keeper"\n\nDANA HOLLOWAY, HOST: Hello.\n'
    )
    assert story.headline == '"Fog" Is Back, Says "The Keeper"'
