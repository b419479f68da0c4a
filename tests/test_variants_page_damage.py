"""Every form of the "Around the transcript" and "Damage in scraped text" catalogue is shown.

The survey of real pages (VARIANTS.md in the project's notes) lists these forms. Each must have
a fictional golden fixture, and a focused test must name that fixture, so a form cannot be
listed as handled without a page showing it and assertions checking it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import GOLDEN

TESTS = Path(__file__).parent
FOCUSED = (
    "test_page.py",
    "test_damage.py",
    "test_parse_many.py",
    "test_header.py",
    "test_npr_page_header.py",
)

# (section, the form as the catalogue words it, the fixture that shows it)
FORMS = [
    (
        "around",
        "Member-station chrome: Play Live Radio, Next Up:, 0:00, 0:00 0:00, Available On Air "
        "Stations, station slogans, Read more, Originally published on ...",
        "page_station_chrome",
    ),
    (
        "around",
        "Member-station header chrome: Listen • 3:52 under the headline, a STATION | By NAME "
        "byline, share links (Facebook, Twitter, LinkedIn, Email) each alone on a line",
        "page_station_header_chrome",
    ),
    (
        "around",
        "npr.org player block, often repeated two or three times with the title: Download, "
        "<iframe ...>, Transcript",
        "page_npr_player",
    ),
    (
        "around",
        "npr.org /transcripts/ID header: the web page's title line (title : show summary), the "
        "title alone above the player block, title and block again, the summary under them, "
        "then the host's self-introduction with the label lost",
        "page_npr_transcripts_id",
    ),
    (
        "around",
        "npr.org's older templates: title and summary run together on line 1, NPR logo, a "
        "title that reads like a label (Sunday Puzzle: ...) above the player, no label left",
        "page_npr_logo_template",
    ),
    (
        "around",
        "CNN header: Return to Transcripts main page, show name, headlines, Aired ... ET, "
        "THIS IS A RUSH TRANSCRIPT ... (sometimes twice)",
        "page_cnn_header",
    ),
    (
        "around",
        "CNN header: the air time (Aired 2-3p ET) or the Aired ... ET date line glued onto the "
        "headline line",
        "page_cnn_aired_glued",
    ),
    ("around", "CNN's closing END line alone after the last turn", "page_cnn_end"),
    (
        "around",
        "Provider and copyright lines: Transcript provided by NPR, Copyright NPR.; Copyright "
        "2015 NPR. To see more, visit ...",
        "page_npr_player",
    ),
    (
        "around",
        "Provider and copyright lines: the 2000s Copyright ©2007 NPR. For personal, "
        "noncommercial use only. ...",
        "page_provider_2000s",
    ),
    (
        "around",
        "The 2000s npr.org heading: NPR's <programme> over the date line, then a headline "
        "opening with Profile: / Analysis: / Interview:",
        "page_npr_2000s_header",
    ),
    (
        "around",
        "Provider and copyright lines: the long npr.org footer about rush deadlines and "
        "contractors",
        "page_footer_notice",
    ),
    (
        "around",
        "Sign-off as the reporter's last sentence or its own line; sometimes glued to the last "
        "turn together with the provider line",
        "page_signoff_glued",
    ),
    (
        "around",
        "Sign-off followed by the host's back-announce; several reporters each signing off",
        "page_signoff_back_announce",
    ),
    ("around", "A reporter bio after everything else", "page_bio_notes"),
    (
        "around",
        "A reporter bio after everything else, for a reporter labelled by an initial and a "
        "surname whose sign-off gives the full name",
        "page_bio_initial_label",
    ),
    (
        "around",
        "Dates: Sat June 15, 2013, November 8, 2017 5:00 AM ET, Aired May 20, 2019 - 04:30 ET, "
        "Originally aired 07.11.2003",
        "page_dates",
    ),
    (
        "around",
        "Dates in the other US time zones, on a member-station page: Published March 3, 2022 at "
        "6:14 PM MST under a byline, Originally published on ... MT",
        "page_station_mountain",
    ),
    (
        "around",
        "A station's own copyright footer scraped first, above the player chrome, with NPR's "
        "provider line at the end: the footer names the publisher and ends nothing",
        "page_station_footer_first",
    ),
    (
        "around",
        "CNN header with the show name as a title (American Morning) and the old pages' search "
        "box (The Web Powered by) above the page line",
        "page_cnn_title_case_show",
    ),
    (
        "around",
        "This American Life: episode number before the title (786: ...) or alone above it, act "
        "headings (Prologue, Act One: ...), a Full audio: link line",
        "page_numbered_episode_acts",
    ),
    (
        "around",
        "This American Life copied with no blank lines: name lines set straight on the text",
        "page_numbered_episode_unbroken",
    ),
    (
        "around",
        "PBS video page (pbs.org and member stations): the player's caption and help lines, "
        "how to watch, funders, the sponsorship line glued to the first label",
        "page_pbs_video",
    ),
    (
        "around",
        "Democracy Now! repost: the rush notice, Read more… where the repost is cut, the "
        "comment form",
        "page_daily_news_repost",
    ),
    (
        "damage",
        "npr.org copies lost every line written wholly in capitals: a label lost between two "
        "turns leaves a gap of two blank lines; the turn after it may say I'm NAME",
        "damage_lost_label_gap",
    ),
    (
        "damage",
        "npr.org copies lost every line written wholly in capitals: the host's intro stands "
        "unlabelled under the headline",
        "damage_lost_capitals",
    ),
    (
        "damage",
        "npr.org copies lost every line written wholly in capitals: the host's label lost "
        "between the summary under the player block and the host's intro",
        "damage_lost_host_label",
    ),
    (
        "damage",
        "Whole transcripts flattened onto one line, labels glued after a full stop, sometimes "
        "after a prose web-article version of the same story",
        "damage_flattened",
    ),
    (
        "damage",
        "Whole transcripts flattened onto one line: the page's headline, programme line and "
        "date glued before the prose version of the story",
        "damage_flattened_header",
    ),
    ("damage", "Two turns in one paragraph (ROSS: ... LOPEZ: No?)", "damage_two_turns"),
    (
        "damage",
        "U+FFFD inside words, CP1252 mojibake, lost apostrophes, leaked <p> tags, links cut out "
        "of sentences, hard-wrapped lines, CRLF",
        "damage_encoding",
    ),
    (
        "damage",
        "CP1252 mojibake in accented names and labels: RENÃ‰E DUVAL:, JosÃ© NÃºÃ±ez, "
        "WÅ‚odarczyk, beside real Portuguese capitals (SÃO JOÃO)",
        "damage_mojibake_names",
    ),
    (
        "damage",
        "Lines with colons that are not labels: TALK OF THE NATION: SCIENCE FRIDAY, Week In "
        "Review: ..., Here's the thing: ..., At 2:00 a.m.: ..., NOTE:, UPDATE:",
        "damage_not_labels",
    ),
    (
        "damage",
        "Pages holding several stories (station program pages, daily compilations, CNN hours)",
        "damage_several_stories",
    ),
    (
        "damage",
        "Pages holding several stories whose stories end on a sign-off said as a turn or on the "
        "host's back-announce, with no provider line between them",
        "damage_several_stories_back_announce",
    ),
    (
        "damage",
        "Pages that are not transcripts at all (index pages, speech-to-text dumps, subtitles)",
        "damage_not_transcript",
    ),
    (
        "damage",
        "Pages that are not transcripts at all: subtitles (SubRip, WebVTT), even with a sound "
        "cue such as [MUSIC]",
        "damage_subtitles",
    ),
]


def test_both_sections_are_listed() -> None:
    assert {section for section, _, _ in FORMS} == {"around", "damage"}
    assert len(FORMS) >= 16


@pytest.mark.parametrize(("section", "form", "fixture"), FORMS, ids=[f[2] for f in FORMS])
def test_the_form_has_a_fixture_and_a_test_that_names_it(
    section: str, form: str, fixture: str
) -> None:
    path = GOLDEN / f"{fixture}.txt"
    assert path.exists(), f"{form!r}: no fixture {path.name}"
    assert path.with_suffix(".json").exists()
    assert path.with_suffix(".md").exists()
    prefix = "page_" if section == "around" else "damage_"
    assert fixture.startswith(prefix)
    naming = [
        name
        for name in FOCUSED
        if f'"{fixture}"' in (TESTS / name).read_text("utf-8")
        or f"_{fixture}(" in (TESTS / name).read_text("utf-8")
    ]
    assert naming, f"{form!r}: no test in {', '.join(FOCUSED)} names {fixture}"


def test_every_page_and_damage_fixture_is_listed() -> None:
    listed = {fixture for _, _, fixture in FORMS}
    on_disk = {p.stem for p in GOLDEN.glob("page_*.txt")} | {
        p.stem for p in GOLDEN.glob("damage_*.txt")
    }
    assert on_disk == listed
