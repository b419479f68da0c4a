"""Sign-offs: where the reporter's closing line is read from, and which one is the story's."""

from __future__ import annotations

import pytest

import newstranscript
from tests.conftest import parse_accounted, signoff_fields

_INTRO = "Gulls Return\n\nDANA HOLLOWAY, HOST: The gulls are back.\n\n"
_AFTER = "\n\nHOLLOWAY: Thanks, Omar.\n\nTranscript provided by NPR, Copyright NPR.\n"


@pytest.mark.parametrize(
    "reporter",
    [
        "OMAR BEK, BYLINE: They are.\n\nOmar Bek, NPR News, Harren Point.",
        "OMAR BEK, BYLINE: They are. Omar Bek, NPR News, Harren Point.",
    ],
    ids=["own line", "glued to the last sentence"],
)
def test_a_signoff_followed_by_the_hosts_back_announce_isparse_accounted(reporter: str) -> None:
    text = _INTRO + reporter + _AFTER
    story = parse_accounted(text)
    assert signoff_fields(story) == ("Omar Bek", "NPR News", "Harren Point")
    assert story.signoff is not None
    span = story.signoff.span
    assert text[span.start : span.end] == "Omar Bek, NPR News, Harren Point."
    # the sign-off is not words of a turn, and the host's back-announce is still a turn
    assert [(turn.speaker, turn.text) for turn in story.turns] == [
        ("dana-holloway", "The gulls are back."),
        ("omar-bek", "They are."),
        ("dana-holloway", "Thanks, Omar."),
    ]
    assert story.signoff_turn is None


def test_a_labelled_signoff_turn_before_the_back_announce_is_a_reading_of_that_turn() -> None:
    text = _INTRO + "OMAR BEK, BYLINE: They are.\n\nBEK: Omar Bek, NPR News, Harren Point." + _AFTER
    story = parse_accounted(text)
    assert signoff_fields(story) == ("Omar Bek", "NPR News", "Harren Point")
    turn = story.signoff_turn
    assert turn is not None
    assert (turn.speaker, turn.text) == ("omar-bek", "Omar Bek, NPR News, Harren Point.")
    assert story.turns[-1].text == "Thanks, Omar."


def test_an_unlabelled_paragraph_after_a_mid_story_signoff_is_nobodys() -> None:
    text = (
        _INTRO
        + "OMAR BEK, BYLINE: They are.\n\nOmar Bek, NPR News, Harren Point.\n\n"
        + "Thanks, Omar.\n\nHOLLOWAY: And now the weather."
    )
    story = parse_accounted(text)
    assert signoff_fields(story) == ("Omar Bek", "NPR News", "Harren Point")
    unplaced = [turn for turn in story.turns if turn.text == "Thanks, Omar."]
    assert [turn.speaker for turn in unplaced] == [None]
    assert "unlabelled-turn" in [d.code for d in story.diagnostics]


def test_the_last_of_several_signoffs_is_the_storys() -> None:
    text = (
        _INTRO
        + "OMAR BEK, BYLINE: They are.\n\nOmar Bek, NPR News, Harren Point.\n\n"
        + "HOLLOWAY: Tessa?\n\nTESSA MARLOW, BYLINE: The terns too. "
        + "Tessa Marlow, NPR News, Lark Island."
        + _AFTER
    )
    story = parse_accounted(text)
    assert signoff_fields(story) == ("Tessa Marlow", "NPR News", "Lark Island")
    # the earlier sign-off stays the words of the reporter who said it
    assert story.turns[1].text == "They are.\n\nOmar Bek, NPR News, Harren Point."


def test_a_signoff_turn_in_a_flattened_transcript_isparse_accounted() -> None:
    text = (
        "DANA HOLLOWAY, HOST: The gulls are back. OMAR BEK, BYLINE: They are. "
        "Omar Bek, NPR News, Harren Point. HOLLOWAY: Thanks, Omar."
    )
    story = parse_accounted(text)
    assert signoff_fields(story) == ("Omar Bek", "NPR News", "Harren Point")
    assert [turn.text for turn in story.turns] == [
        "The gulls are back.",
        "They are.",
        "Thanks, Omar.",
    ]


@pytest.mark.parametrize(
    ("line", "dateline"),
    [
        ("Lorna Vick, NPR News, Hadley Cross, Kan.", "Hadley Cross, Kan."),
        ("Lorna Vick, NPR News, Clarksdale, Miss.", "Clarksdale, Miss."),
        ("Lorna Vick, NPR News, Fenwick, Calif.", "Fenwick, Calif."),
        ("Lorna Vick, NPR News, Washington, D.C.", "Washington, D.C."),
        ("Lorna Vick, NPR News, Washington.", "Washington"),
        ("Lorna Vick, NPR News, St. Louis.", "St. Louis"),
        ("For NPR News, I'm Lorna Vick in Hadley Cross, Kan.", "Hadley Cross, Kan."),
    ],
)
def test_a_dateline_keeps_the_full_stop_of_its_abbreviation(line: str, dateline: str) -> None:
    text = "LORNA VICK, BYLINE: The wheat is in.\n\n" + line + "\n"
    story = parse_accounted(text)
    assert story.signoff is not None
    assert (story.signoff.name, story.signoff.dateline) == ("Lorna Vick", dateline)


@pytest.mark.parametrize(
    ("line", "expected", "outlet"),
    [
        (
            "For the PBS NewsHour, I'm Leo Tran in Clarksdale, Mississippi.",
            ("Leo Tran", "PBS NewsHour", "Clarksdale, Mississippi"),
            "PBS",
        ),
        (
            "For PBS NewsHour, I'm Leo Tran in Clarksdale, Mississippi.",
            ("Leo Tran", "PBS NewsHour", "Clarksdale, Mississippi"),
            "PBS",
        ),
        (
            "I'm Leo Tran for the PBS NewsHour in Clarksdale.",
            ("Leo Tran", "PBS NewsHour", "Clarksdale"),
            "PBS",
        ),
        ("I'm Leo Tran for NPR News.", ("Leo Tran", "NPR News", None), "NPR"),
        ("Leo Tran, WBUR News, Boston.", ("Leo Tran", "WBUR News", "Boston"), "WBUR"),
        ("Leo Tran, KVXL News.", ("Leo Tran", "KVXL News", None), "KVXL"),
    ],
)
def test_pbs_and_member_station_signoffs_areparse_accounted(
    line: str, expected: tuple[str, str, str | None], outlet: str
) -> None:
    for text in (
        f"LEO TRAN, BYLINE: The levee held.\n\n{line}\n",
        f"LEO TRAN, BYLINE: The levee held. {line}\n",
    ):
        story = parse_accounted(text)
        assert signoff_fields(story) == expected
        assert story.outlet == outlet
        assert [turn.text for turn in story.turns] == ["The levee held."]


@pytest.mark.parametrize(
    "line",
    [
        "Leo Tran, KVXL Newsroom.",  # a newsroom is no outlet's name here
        "Leo Tran, Fake News.",  # call letters are K or W and two or three capitals
        "Leo Tran, WX News.",
        "I'm Leo Tran for the record.",
    ],
)
def test_lines_like_a_signoff_that_are_not_one_stay_words(line: str) -> None:
    story = parse_accounted(f"LEO TRAN, BYLINE: The levee held.\n\n{line}\n")
    assert story.signoff is None
    assert story.turns[0].text.endswith(line)


_BIO = (
    "\n\nTranscript provided by NPR, Copyright NPR.\n\nSam O'Brien covers transportation for NPR.\n"
)


def test_a_bio_goes_to_the_speaker_known_by_an_initial_label() -> None:
    text = "S. O'BRIEN, BYLINE: Hello.\n\nSam O'Brien, NPR News." + _BIO
    story = parse_accounted(text)
    (speaker,) = story.speakers
    # the sign-off's full name is the speaker's name; the label stays as printed
    assert (speaker.id, speaker.name, speaker.labels) == (
        "sam-o-brien",
        "Sam O'Brien",
        ("S. O'BRIEN, BYLINE",),
    )
    assert speaker.about == "Sam O'Brien covers transportation for NPR."
    assert story.notes == ()
    assert "trailing-text" not in [d.code for d in story.diagnostics]


def test_a_surname_label_takes_the_full_name_of_its_signoff() -> None:
    text = "DANA HOLLOWAY, HOST: Sam?\n\nO'BRIEN: Hello. Sam O’Brien, NPR News." + _BIO
    story = parse_accounted(text)
    assert [speaker.name for speaker in story.speakers] == ["Dana Holloway", "Sam O’Brien"]
    assert story.speakers[1].about == "Sam O'Brien covers transportation for NPR."


@pytest.mark.parametrize(
    "labels",
    [
        "T. O'BRIEN, BYLINE: Hello.",  # another initial
        "S. O'BRIEN, BYLINE: Hello.\n\nO'BRIEN, HOST: Hi.",  # two people it could be
        "S. BRIENNE, BYLINE: Hello.",  # another surname
    ],
)
def test_a_signoff_that_names_nobody_for_sure_renames_nobody(labels: str) -> None:
    text = labels + "\n\nSam O'Brien, NPR News." + _BIO
    story = parse_accounted(text)
    assert "Sam O'Brien" not in [speaker.name for speaker in story.speakers]
    assert all(speaker.about is None for speaker in story.speakers)
    assert "trailing-text" in [d.code for d in story.diagnostics]


def test_an_earlier_reporters_signoff_names_them_too() -> None:
    text = (
        "S. O'BRIEN, BYLINE: Hello. Sam O'Brien, NPR News.\n\n"
        "M. VALE, BYLINE: And here. Mira Vale, NPR News." + _BIO
    )
    story = parse_accounted(text)
    assert [speaker.name for speaker in story.speakers] == ["Sam O'Brien", "Mira Vale"]
    assert story.speakers[0].about == "Sam O'Brien covers transportation for NPR."


@pytest.mark.parametrize(
    "opening",
    [
        # glued to the end of the host's first turn
        "DANA HOLLOWAY, HOST: Good morning. I'm Dana Holloway, NPR News.",
        # the host's label alone on its line, the greeting the whole paragraph
        "DANA HOLLOWAY, HOST:\n\nI'm Dana Holloway, NPR News.",
        # the host's label lost: the greeting ends the unlabelled intro
        "Good morning. I'm Dana Holloway, NPR News.",
    ],
)
def test_the_hosts_greeting_is_no_signoff(opening: str) -> None:
    text = (
        f"Harbor Fog Delays Ferries\n\n{opening}\n\n"
        "LEO KIRK, BYLINE: The fog rolled in at four.\n\nHOLLOWAY: Thanks, Leo.\n"
    )
    story = newstranscript.parse(text)
    assert story.signoff is None
    assert story.turns[0].text.endswith("I'm Dana Holloway, NPR News.")
    assert newstranscript.audit(story, text).clean


def test_a_greeting_that_nothing_follows_is_still_a_signoff() -> None:
    text = "Harbor Fog\n\nDANA HOLLOWAY, HOST: The fog lifted. I'm Dana Holloway, NPR News.\n"
    story = newstranscript.parse(text)
    assert story.signoff is not None
    assert story.signoff.name == "Dana Holloway"


def test_a_signoff_alone_under_its_label_keeps_the_turns_words() -> None:
    text = (
        "Ferries\n\nDANA HOLLOWAY, HOST: Hi.\n\nOMAR BEK, BYLINE:\n\nThe ferries wait.\n\n"
        "BEK:\n\nOmar Bek, NPR News, Harren Point.\n\nHOLLOWAY: Thanks, Omar.\n"
    )
    story = newstranscript.parse(text)
    assert [(t.speaker, t.text) for t in story.turns] == [
        ("dana-holloway", "Hi."),
        ("omar-bek", "The ferries wait."),
        ("omar-bek", "Omar Bek, NPR News, Harren Point."),
        ("dana-holloway", "Thanks, Omar."),
    ]
    assert story.signoff is not None
    assert story.signoff_turn is story.turns[2]
    assert story.signoff.span.slice(text) == "Omar Bek, NPR News, Harren Point."
    assert newstranscript.audit(story, text).clean
    assert newstranscript.to_markdown(story).count("Harren Point") == 1


def test_parse_gives_no_one_the_next_storys_opening_after_a_signoff_turn() -> None:
    text = (
        "Ferries Run Late Again\n\nThe ferries are late. NPR's Omar Bek reports.\n\n"
        "OMAR BEK, BYLINE: The boat left late.\n\nBEK: Omar Bek, NPR News, Harren Point.\n\n"
        "Gulls Return To The Old Pier\n\nThe gulls are back at the old pier.\n\n"
        "PRIYA NAIR, BYLINE: And so are the birdwatchers.\n"
    )
    story = newstranscript.parse(text)
    opening = next(t for t in story.turns if t.text == "The gulls are back at the old pier.")
    assert opening.speaker is None
    assert story.signoff is not None
    assert story.signoff.name == "Omar Bek"
    assert newstranscript.audit(story, text).clean


def test_a_signoff_turn_names_which_of_two_of_a_surname_speaks() -> None:
    text = (
        "Harvest\n\nBRECK HALE, BYLINE: My uncle runs the combine.\n\n"
        "WARD HALE: Worst I have seen.\n\nJUNE CORR, HOST: Breck, thanks.\n\n"
        "HALE: Breck Hale, NPR News, Dodge City.\n"
    )
    story = newstranscript.parse(text)
    assert story.turns[-1].speaker == "breck-hale"
    assert story.diagnostics == ()
