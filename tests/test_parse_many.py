"""parse_many: pages that hold several stories, each read apart with spans into the page."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newstranscript
from newstranscript import Story
from tests.conftest import GOLDEN

COMPILATION = GOLDEN / "damage_several_stories.txt"


@pytest.fixture(scope="module")
def page() -> str:
    return COMPILATION.read_text("utf-8")


@pytest.fixture(scope="module")
def stories(page: str) -> list[Story]:
    return newstranscript.parse_many(page)


def test_a_programme_page_splits_at_its_headlines_damage_several_stories(
    stories: list[Story],
) -> None:
    assert [story.headline for story in stories] == [
        "Harbor Seals Return To The River Mouth",
        "A Marching Band Without A School",
        "The Puzzle",
    ]
    assert all(story.provider == "Transcript provided by NPR, Copyright NPR." for story in stories)
    assert [[t.speaker for t in story.turns] for story in stories] == [
        ["mae-torvald", "jonah-pike", "mae-torvald"],
        ["mae-torvald", "lila-crane", "roy-estevez", "lila-crane"],
        ["mae-torvald", "vic-amundsen", "mae-torvald"],
    ]
    # "Weekend Edition For Saturday, March 2": the page prints no year to read the date by
    assert [d.code for story in stories for d in story.diagnostics] == ["incomplete-date"]
    assert [story.signoff.name if story.signoff else None for story in stories] == [
        None,
        "Lila Crane",
        None,
    ]


def test_each_story_has_only_its_own_speakers(stories: list[Story]) -> None:
    assert [[s.id for s in story.speakers] for story in stories] == [
        ["mae-torvald", "jonah-pike"],
        ["mae-torvald", "lila-crane", "roy-estevez"],
        ["mae-torvald", "vic-amundsen"],
    ]


def test_spans_index_the_whole_page(page: str, stories: list[Story]) -> None:
    for story in stories:
        assert story.headline is not None
        assert story.spans["headline"].slice(page) == story.headline
        for segment in story.segments:
            assert segment.span.slice(page).endswith(segment.text.split("\n")[-1])
    assert stories[2].turns[1].span.slice(page).startswith("VIC AMUNDSEN: Good morning, Mae.")


def test_the_page_programme_is_shared_by_every_story(page: str, stories: list[Story]) -> None:
    assert [story.program for story in stories] == ["Weekend Edition"] * 3
    for story in stories:
        # the line's date is a field of its own, shared as the programme is
        assert story.spans["program"].slice(page) == "Weekend Edition For"
        assert story.spans["date"].slice(page) == "Saturday, March 2"


def test_nothing_between_stories_is_lost(page: str, stories: list[Story]) -> None:
    marks = bytearray(len(page))
    for story in stories:
        spans = [segment.span for segment in story.segments]
        spans += [dropped.span for dropped in story.dropped]
        spans += list(story.spans.values())
        if story.signoff is not None:
            spans.append(story.signoff.span)
        for span in spans:
            marks[span.start : span.end] = b"\x01" * (span.end - span.start)
    lost = "".join(ch for ch, mark in zip(page, marks, strict=True) if not mark)
    assert lost.strip() == ""


# Two stories, the first ended by a sign-off only, the second opened by a headline and a date.
_SIGNOFF_AND_DATE_PAGE = (
    "Rain Floods The Lower Town\n\n"
    "OMAR BEK, BYLINE: The water rose overnight.\n\n"
    "Omar Bek, NPR News, Lower Town.\n\n"
    "A Choir Sings In The Flooded Church\n\n"
    "June 2, 2014\n\n"
    "PIA LUND, BYLINE: They sang with their boots on.\n\n"
    "Pia Lund, NPR News, Lower Town.\n"
)


def test_stories_split_at_signoffs_and_dates() -> None:
    page = _SIGNOFF_AND_DATE_PAGE
    stories = newstranscript.parse_many(page)
    assert [story.headline for story in stories] == [
        "Rain Floods The Lower Town",
        "A Choir Sings In The Flooded Church",
    ]
    assert [story.signoff.name if story.signoff else None for story in stories] == [
        "Omar Bek",
        "Pia Lund",
    ]
    assert stories[0].date is None
    assert stories[1].date is not None


def _cnn_hour(second_headline: str) -> str:
    """A CNN hour of two stories, each under a header of its own."""
    header = (
        "Return to Transcripts main page\n\nEARLY LIGHT\n\n{headline}\n\n"
        "Aired May 20, 2019 - {time}   ET\n\n"
    )
    return (
        header.format(headline="Storm Closes Highway", time="04:00")
        + "NORA VANCE, CNN ANCHOR: Good morning.\n\n"
        + header.format(headline=second_headline, time="04:30")
        + "NORA VANCE, CNN ANCHOR: Welcome back.\n"
    )


def test_a_cnn_hour_splits_at_a_new_header() -> None:
    page = _cnn_hour("Ferry Strike Goes On")
    stories = newstranscript.parse_many(page)
    assert [(s.headline, s.program, s.outlet) for s in stories] == [
        ("Storm Closes Highway", "Early Light", "CNN"),
        ("Ferry Strike Goes On", "Early Light", "CNN"),
    ]
    assert [s.date.hour if s.date else None for s in stories] == [4, 4]
    assert [s.date.minute if s.date else None for s in stories] == [0, 30]


def test_a_single_story_gives_a_list_of_one() -> None:
    path = GOLDEN / "npr_station_page.txt"
    text = path.read_text("utf-8")
    (story,) = newstranscript.parse_many(text)
    assert story == newstranscript.parse(text)


def test_normalisation_removals_belong_to_their_story() -> None:
    page = (
        "First Story\n\nOMAR BEK, BYLINE: One.\n\nTranscript provided by NPR, Copyright NPR.\n\n"
        "Second Story\n\n<p>PIA LUND, BYLINE: Two.</p>\n"
    )
    first, second = newstranscript.parse_many(page)
    assert first.dropped == ()
    assert [d.text for d in second.dropped] == ["<p>", "</p>"]


def test_parse_many_errors_like_parse() -> None:
    with pytest.raises(newstranscript.ParseError, match="empty"):
        newstranscript.parse_many("  \n")
    with pytest.raises(TypeError, match="parse_many"):
        newstranscript.parse_many(b"bytes")  # type: ignore[arg-type]
    with pytest.raises(newstranscript.ParseError, match="unlabelled-turn"):
        newstranscript.parse_many(
            "A Headline\n\nNobody said who speaks here. It goes on.\n\nOMAR BEK, BYLINE: Hello.\n",
            strict=True,
        )


def test_headline_like_chrome_after_the_provider_is_not_a_new_story() -> None:
    page = (
        "Rain Floods The Lower Town\n\n"
        "OMAR BEK, BYLINE: The water rose overnight.\n\n"
        "Transcript provided by NPR, Copyright NPR.\n\n"
        "More Stories From NPR\n\n"
        "Related Topics\n"
    )
    (story,) = newstranscript.parse_many(page)
    assert story.notes == ("More Stories From NPR", "Related Topics")
    assert "several-stories" not in [d.code for d in newstranscript.parse(page).diagnostics]


def test_parse_keeps_later_headlines_as_notes_without_trailing_text_damage_several_stories(
    page: str,
) -> None:
    story = newstranscript.parse(page)
    assert [d.code for d in story.diagnostics] == ["incomplete-date", "several-stories"]
    notes = [segment for segment in story.segments if segment.type == "note"]
    assert [note.text for note in notes] == ["A Marching Band Without A School", "The Puzzle"]
    assert [note.span.slice(page) for note in notes] == [note.text for note in notes]
    assert newstranscript.audit(story, page).clean


def test_parse_keeps_a_later_headline_and_date_out_of_the_last_turn() -> None:
    page = _SIGNOFF_AND_DATE_PAGE
    story = newstranscript.parse(page)
    assert [(s.type, s.text) for s in story.segments][1:3] == [
        ("note", "A Choir Sings In The Flooded Church"),
        ("note", "June 2, 2014"),
    ]
    assert "A Choir" not in story.turns[0].text
    assert story.date is None  # the date line is the second story's
    assert [d.code for d in story.diagnostics] == ["several-stories"]
    assert newstranscript.audit(story, page).clean


def test_parse_keeps_a_later_cnn_header_out_of_the_last_turn() -> None:
    page = _cnn_hour("Ferry Strike Goes On; Gulls Return. Aired 4:30-5a ET")
    story = newstranscript.parse(page)
    assert [t.text for t in story.turns] == ["Good morning.", "Welcome back."]
    assert story.notes == (
        "EARLY LIGHT",
        "Ferry Strike Goes On; Gulls Return. Aired 4:30-5a ET",
        "Aired May 20, 2019 - 04:30   ET",
    )
    assert [d.reason for d in story.dropped] == ["navigation", "navigation"]
    assert [d.code for d in story.diagnostics] == ["several-stories"]
    assert newstranscript.audit(story, page).clean


def test_text_after_a_single_story_still_warns_as_trailing_text() -> None:
    page = (
        "Rain Floods The Lower Town\n\n"
        "OMAR BEK, BYLINE: The water rose overnight.\n\n"
        "Transcript provided by NPR, Copyright NPR.\n\n"
        "More Stories From NPR\n"
    )
    assert [d.code for d in newstranscript.parse(page).diagnostics] == ["trailing-text"]


_PIECES = st.sampled_from(
    [
        "Rain Floods The Lower Town",
        "OMAR BEK, BYLINE: The water rose.",
        "BEK: It went down.",
        "Omar Bek, NPR News, Lower Town.",
        "Transcript provided by NPR, Copyright NPR.",
        "June 2, 2014",
        "Return to Transcripts main page",
        "Heard on Morning Edition",
        "(SOUNDBITE OF MUSIC)",
        "I'm Dana Holloway.",
        "<p>",
        "\r\n",
        "\u00a0",
        "\ufffd",
    ]
)


@given(st.lists(st.one_of(_PIECES, st.text(max_size=20)), min_size=1, max_size=30))
def test_parse_many_keeps_every_story_inside_the_page(parts: list[str]) -> None:
    page = "\n\n".join(parts)
    try:
        stories = newstranscript.parse_many(page)
    except newstranscript.ParseError:
        return
    assert stories
    previous_end = 0
    for story in stories:
        spans = [segment.span for segment in story.segments] + [d.span for d in story.dropped]
        for span in spans:
            assert 0 <= span.start <= span.end <= len(page)
        if spans:
            # Stories follow each other in page order and never share a piece.
            assert min(span.start for span in spans) >= previous_end
            previous_end = max(span.end for span in spans)
    found = newstranscript.audit(stories, page)
    assert found.clean, found.report(page)


def test_audit_checks_the_stories_of_a_page_as_a_whole(page: str, stories: list[Story]) -> None:
    found = newstranscript.audit(stories, page)
    assert found.clean, found.report(page)
    # one story alone leaves the others' text unaccounted for
    assert newstranscript.audit(stories[0], page).missing


def test_audit_refuses_what_is_not_a_story() -> None:
    with pytest.raises(TypeError, match=r"^audit\(\) takes a Story or the list of stories"):
        newstranscript.audit(["not a story"], "text")  # type: ignore[list-item]


_HEADLINES = st.lists(
    st.sampled_from(["Gulls", "Return", "Ferries", "Run", "Late", "Harbor", "Vote", "The", "To"]),
    min_size=2,
    max_size=4,
).map(lambda words: "A " + " ".join(words) if words[0] in ("The", "To") else " ".join(words))
_HOSTS = st.sampled_from(["DANA HOLLOWAY", "MAE TORVALD"])
_REPORTERS = st.sampled_from([("OMAR BEK", "Omar Bek"), ("TESSA MARLOW", "Tessa Marlow")])
# How a story ends: nothing (the host's back-announce is its last turn), a sign-off on its own
# line, glued to the last sentence or as a turn of its own, or a provider line.
_ENDINGS = st.sampled_from(["none", "line", "glued", "turn", "provider"])
# Short lines inside a transcript that look like a headline but open no story.
_INSIDE = st.sampled_from(
    [
        "",
        "Harbor Ferry Terminal\n\n",
        "NOBODY CAME\n\n",
        "Gulls Return\n\nTARA VANCE, BYLINE: I waited there.\n\n",
    ]
)


@st.composite
def _programme_page(draw: st.DrawFn) -> tuple[str, int]:
    """Stories one after another as a programme page prints them, and how many there are."""
    count = draw(st.integers(min_value=1, max_value=4))
    stories = []
    host = draw(_HOSTS)
    for _ in range(count):
        label, name = draw(_REPORTERS)
        surname = label.split()[-1]
        ending = draw(_ENDINGS)
        signoff = f"{name}, NPR News, Harren Point."
        last = "The boat left late."
        if ending == "glued":
            last += " " + signoff
        parts = [
            draw(_HEADLINES),
            f"{host}, HOST: The ferries are late.",
            f"{label}, BYLINE: They are.",
            draw(_INSIDE) + f"{surname}: {last}",
        ]
        if ending == "line":
            parts.append(signoff)
        elif ending == "turn":
            parts.append(f"{surname}: {signoff}")
        if draw(st.booleans()) or ending == "none":
            parts.append(f"{host.split()[-1]}: Thanks.")
        if ending == "provider":
            parts.append("Transcript provided by NPR, Copyright NPR.")
        stories.append("\n\n".join(parts))
        # A story with no ending is told from the next by its host introduced again; after
        # an ending, the next story may have another host.
        if ending != "none":
            host = draw(_HOSTS)
    return "\n\n".join(stories) + "\n", count


@given(_programme_page())
def test_parse_many_finds_every_story_of_a_programme_page(page_and_count: tuple[str, int]) -> None:
    page, count = page_and_count
    stories = newstranscript.parse_many(page)
    assert len(stories) == count, page
    assert all(story.headline for story in stories)
    found = newstranscript.audit(stories, page)
    assert found.clean, found.report(page)
    if count > 1:
        assert "several-stories" in [d.code for d in newstranscript.parse(page).diagnostics]


def test_a_story_cut_after_a_labelled_signoff_turn() -> None:
    page = (
        "Ferries Run Late\n\nDANA HOLLOWAY, HOST: The ferries are late.\n\n"
        "OMAR BEK, BYLINE: The boat left late.\n\nBEK: Omar Bek, NPR News, Harren Point.\n\n"
        "Gulls Return To The Old Pier\n\nDANA HOLLOWAY, HOST: The gulls are back.\n"
    )
    first, second = newstranscript.parse_many(page)
    assert first.signoff is not None
    assert first.signoff.name == "Omar Bek"
    assert first.turns[-1].text == "Omar Bek, NPR News, Harren Point."
    assert second.headline == "Gulls Return To The Old Pier"
    story = newstranscript.parse(page)
    assert "several-stories" in [d.code for d in story.diagnostics]
    assert "Gulls Return To The Old Pier" in story.notes


def test_a_story_ending_on_the_back_announce_is_cut_at_the_next_introduction() -> None:
    page = (
        "Ferries Run Late\n\nDANA HOLLOWAY, HOST: The ferries are late.\n\n"
        "OMAR BEK, BYLINE: The boat left late.\n\nHOLLOWAY: That's Omar Bek.\n\n"
        "Gulls Return To The Old Pier\n\nDANA HOLLOWAY, HOST: The gulls are back.\n"
    )
    stories = newstranscript.parse_many(page)
    assert [story.headline for story in stories] == [
        "Ferries Run Late",
        "Gulls Return To The Old Pier",
    ]
    assert stories[0].turns[-1].text == "That's Omar Bek."


@pytest.mark.parametrize(
    "inside",
    [
        # a new guest introduced after a short line, in a story that has not signed off
        "Nobody Came\n\nTARA VANCE, BYLINE: I waited.",
        # a short line before a surname label
        "Harbor Ferry Terminal\n\nBEK: The boat left.",
        # the host's back-announce that lost its label, after the sign-off
        "Omar Bek, NPR News, Harren Point.\n\nThanks, Omar\n\nHOLLOWAY: And now the weather.",
        # a sentence in lower case is no headline, even before a new introduction
        "Omar Bek, NPR News, Harren Point.\n\nand then nothing\n\nTARA VANCE, HOST: Well.",
    ],
)
def test_a_short_line_inside_a_transcript_opens_no_story(inside: str) -> None:
    page = (
        "Ferries Run Late\n\nDANA HOLLOWAY, HOST: The ferries are late.\n\n"
        f"OMAR BEK, BYLINE: The boat left late.\n\n{inside}\n"
    )
    assert len(newstranscript.parse_many(page)) == 1


def test_stories_ending_on_a_back_announce_damage_several_stories_back_announce() -> None:
    path = GOLDEN / "damage_several_stories_back_announce.txt"
    page = path.read_text("utf-8")
    stories = newstranscript.parse_many(page)
    assert [story.headline for story in stories] == [
        "Ferries Run Late Across The Sound",
        "Gulls Return To The Old Pier",
        "A Choir For The Lighthouse Keepers",
    ]
    assert [story.signoff.name if story.signoff else None for story in stories] == [
        "Omar Bek",
        None,
        "Pia Lund",
    ]
    # each story ends on its own last turn: no headline runs into the turn before it
    assert [story.turns[-1].text for story in stories] == [
        "Thanks, Omar.",
        "That's Tessa Marlow on Lark Island.",
        "They sang in the dark, as they were used to.",
    ]
    assert all(story.program == "Morning Edition" for story in stories)
    found = newstranscript.audit(stories, page)
    assert found.clean, found.report(page)
    whole = newstranscript.parse(page)
    assert "several-stories" in [d.code for d in whole.diagnostics]
    assert whole.notes == ("Gulls Return To The Old Pier", "A Choir For The Lighthouse Keepers")
