"""The text writer: ``to_text`` writes the canonical transcript that parses back to the story.

"The same story" here is the story's JSON document without what records the page rather than
the story: spans, ``dropped``, ``diagnostics``, each speaker's ``labels`` (and bio span) and
each turn's ``basis`` (the canonical text labels every turn in full).
The comparison is written out in this file, apart from the writer's own check.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import given

import newstranscript
from newstranscript import FormatError, Segment, Signoff, Soundbite, Span, Speaker, Story
from newstranscript._person_names import label_name
from newstranscript._write.text import date_line
from tests.conftest import GOLDEN
from tests.strategies import sayable_stories, stories

TRANSCRIPTS = sorted(GOLDEN.glob("*.txt"))
NOWHERE = Span(0, 0)
# What records the page rather than the story; the footer naming the publisher is dropped.
PAGE_RECORDS = {
    "span",
    "spans",
    "dropped",
    "diagnostics",
    "labels",
    "about_span",
    "basis",
    "publisher",
}


def _story_part(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _story_part(v) for k, v in value.items() if k not in PAGE_RECORDS}
    if isinstance(value, list):
        return [_story_part(item) for item in value]
    return value


def same_story(story: Story) -> Any:
    return _story_part(json.loads(newstranscript.to_json(story)))


def test_there_are_golden_files() -> None:
    assert TRANSCRIPTS


@pytest.mark.parametrize("transcript", TRANSCRIPTS, ids=lambda path: path.stem)
def test_every_golden_story_reads_back_from_its_canonical_text(transcript: Path) -> None:
    story = newstranscript.read(transcript)
    if not story.segments and story.headline is None:
        # captions, say: nothing a transcript prints is left, and no text can carry that
        with pytest.raises(newstranscript.FormatError, match="holds nothing"):
            newstranscript.to_text(story)
        return
    text = newstranscript.to_text(story)
    again = newstranscript.parse(text)
    assert same_story(again) == same_story(story)
    assert newstranscript.to_text(again) == text  # a fixed point
    assert newstranscript.audit(again, text).clean
    # however the page let a speaker be found, the canonical text labels each of their turns
    assert {turn.basis for turn in again.turns if turn.speaker is not None} <= {"label"}


@given(sayable_stories())
def test_a_story_the_text_can_carry_reads_back_the_same(story: Story) -> None:
    text = newstranscript.to_text(story)
    again = newstranscript.parse(text)
    assert same_story(again) == same_story(story)
    assert newstranscript.to_text(again) == text
    assert newstranscript.audit(again, text).clean


@given(stories)
def test_any_story_reads_back_the_same_or_is_refused(story: Story) -> None:
    try:
        text = newstranscript.to_text(story)
    except FormatError as error:
        refused = str(error)
    else:
        assert same_story(newstranscript.parse(text)) == same_story(story)
        return
    assert refused.startswith("the story cannot be written as text: ")


def _speaker(name: str, role: str | None = None, title: str | None = None, **more: Any) -> Speaker:
    speaker_id = name.lower().replace(" ", "-").replace("#", "").replace("--", "-")
    roles = (role,) if role else ()
    return Speaker(speaker_id, name, role, title, roles=roles, **more)


def _turn(speaker: Speaker | None, text: str, **more: Any) -> Segment:
    return Segment("turn", text, NOWHERE, speaker=speaker.id if speaker else None, **more)


HOST = _speaker("Nina Weston", "host")
REPORTER = _speaker("Caleb Rusk", "reporter", about="Caleb Rusk is a reporter in Port Ellery.")
PILOT = _speaker("Odile Fanshaw", "guest", "HARBOR PILOT")
MUSIC = Soundbite("music", "SOUNDBITE OF MUSIC")

STORY = Story(
    headline="Harbor Pilots Train For Bigger Ships",
    teaser="The ships keep getting longer.",
    program="Morning Edition",
    outlet="NPR",
    date=datetime(2024, 11, 5, 5, 0, tzinfo=timezone(timedelta(hours=-5))),
    speakers=[HOST, REPORTER, PILOT],
    segments=[
        _turn(HOST, "Good morning."),
        Segment("soundbite", "(SOUNDBITE OF MUSIC)", NOWHERE, soundbite=MUSIC),
        _turn(REPORTER, "On a simulator deck, a pilot steers.\n\nThe ship does not exist."),
        _turn(PILOT, "You feel the stern swing.", timestamp="04:30:00"),
        _turn(HOST, "Thank you."),
    ],
    signoff=Signoff("Caleb Rusk", "NPR News", "Port Ellery", NOWHERE),
    provider="Transcript provided by NPR, Copyright NPR.",
)


def test_the_canonical_form() -> None:
    assert newstranscript.to_text(STORY) == (
        "Harbor Pilots Train For Bigger Ships\n\n"
        "Heard on Morning Edition\n\n"
        "November 5, 2024 5:00 AM ET\n\n"
        "The ships keep getting longer.\n\n"
        "Transcript\n\n"
        "NINA WESTON, HOST: Good morning.\n\n"
        "(SOUNDBITE OF MUSIC)\n\n"
        "CALEB RUSK, BYLINE: On a simulator deck, a pilot steers.\n\n"
        "The ship does not exist.\n\n"
        "[04:30:00]\n\n"
        "ODILE FANSHAW, HARBOR PILOT: You feel the stern swing.\n\n"
        "NINA WESTON: Thank you.\n\n"
        "Caleb Rusk, NPR News, Port Ellery.\n\n"
        "Transcript provided by NPR, Copyright NPR.\n\n"
        "Caleb Rusk is a reporter in Port Ellery.\n"
    )


@pytest.mark.parametrize(
    ("speaker", "label"),
    [
        (_speaker("Rosa Vance", "anchor", "CNN ANCHOR"), "ROSA VANCE, CNN ANCHOR"),
        (_speaker("Rosa Vance", "host", "Weekend Host"), "ROSA VANCE, Weekend Host"),
        (_speaker("Rosa Vance", "anchor", "Anchor Emerita"), "ROSA VANCE, Anchor Emerita"),
        (_speaker("Rosa Vance", "host", "Harbor Pilot"), "ROSA VANCE, HOST (Harbor Pilot)"),
        (_speaker("Rosa Vance", "guest", "Writer"), "ROSA VANCE, Writer"),
        (_speaker("Rosa Vance", "guest", "MAYOR OF SEA POINT"), "ROSA VANCE, MAYOR OF SEA POINT"),
        (_speaker("Rosa Vance", "reporter", party="R-TX"), "ROSA VANCE (R-TX), BYLINE"),
        (_speaker("Greg McKenna", "correspondent"), "GREG McKENNA, CORRESPONDENT"),
        (_speaker("Unidentified Person #2", "unidentified"), "UNIDENTIFIED PERSON #2"),
        (_speaker("Ana de la Cruz"), "Ana de la Cruz"),
    ],
)
def test_the_first_label_gives_back_name_role_title_and_party(speaker: Speaker, label: str) -> None:
    turns = [_turn(speaker, "The tide came in."), _turn(speaker, "The gulls circled.")]
    story = Story(speakers=[speaker], segments=turns, outlet="CNN" if "CNN" in label else None)
    text = newstranscript.to_text(story)
    assert text.startswith(label + ": The tide came in.\n\n")
    again = newstranscript.parse(text).speakers[0]
    assert (again.name, again.role, again.title, again.party) == (
        speaker.name,
        speaker.role,
        speaker.title,
        speaker.party,
    )


def test_a_role_taken_on_later_is_printed_on_a_later_turn() -> None:
    host = attrs.evolve(HOST, roles=("host", "reporter"))
    story = Story(speakers=[host], segments=[_turn(host, "Good morning."), _turn(host, "Later.")])
    text = newstranscript.to_text(story)
    assert "NINA WESTON, BYLINE: Later." in text
    assert newstranscript.parse(text).speakers[0].roles == ("host", "reporter")


def test_delivery_and_a_title_only_an_aside_gives_share_the_turns() -> None:
    pilot = _speaker("Rosa Vance", "host", "Harbor Pilot")
    story = Story(
        speakers=[pilot],
        segments=[_turn(pilot, "Over the harbor.", delivery="voice-over"), _turn(pilot, "Yes.")],
    )
    text = newstranscript.to_text(story)
    assert text == (
        "ROSA VANCE, HOST (voice-over): Over the harbor.\n\nROSA VANCE, HOST (Harbor Pilot): Yes.\n"
    )


def test_a_clip_block_and_an_unlabelled_turn_after_a_marker() -> None:
    start = Soundbite("clip_start", "BEGIN VIDEO CLIP")
    end = Soundbite("clip_end", "END VIDEO CLIP")
    story = Story(
        outlet="CNN",
        speakers=[_speaker("Rosa Vance", "anchor", "CNN ANCHOR")],
        segments=[
            _turn(Speaker("rosa-vance", "Rosa Vance"), "Here is the mayor."),
            Segment("soundbite", "(BEGIN VIDEO CLIP)", NOWHERE, soundbite=start),
            Segment("turn", "Stay inside.", NOWHERE, clip=True),
            Segment("soundbite", "(END VIDEO CLIP)", NOWHERE, soundbite=end),
        ],
    )
    text = newstranscript.to_text(story)
    assert "(BEGIN VIDEO CLIP)\n\nStay inside.\n\n(END VIDEO CLIP)" in text
    assert same_story(newstranscript.parse(text)) == same_story(story)


def test_notes_stand_where_the_parser_reads_them_as_notes() -> None:
    story = Story(
        headline="Night Trains Return",
        speakers=[HOST],
        segments=[
            Segment("note", "The page's own summary of the story.", NOWHERE),
            _turn(HOST, "Good morning."),
            Segment("note", "Editor's note: An earlier version misspelled a name.", NOWHERE),
            _turn(HOST, "Goodbye."),
            Segment("note", "A Second Story", NOWHERE),
            _turn(HOST, "Welcome back."),
            Segment("note", "Text after the transcript.", NOWHERE),
        ],
        provider="Transcript provided by NPR, Copyright NPR.",
        outlet="NPR",
    )
    text = newstranscript.to_text(story)
    assert text.startswith(
        "Night Trains Return\n\nThe page's own summary of the story. NINA WESTON, HOST: Good"
    )
    assert "Goodbye.\n\nTranscript provided by NPR, Copyright NPR.\n\nA Second Story\n\n" in text
    assert text.endswith("Copyright NPR.\n\nText after the transcript.\n")
    assert same_story(newstranscript.parse(text)) == same_story(story)


@pytest.mark.parametrize(
    ("date", "printed"),
    [
        (
            datetime(2024, 11, 5, 5, 0, tzinfo=timezone(timedelta(hours=-5))),
            "November 5, 2024 5:00 AM ET",
        ),
        (
            datetime(2024, 7, 5, 17, 30, tzinfo=timezone(timedelta(hours=-4))),
            "July 5, 2024 5:30 PM ET",
        ),
        (
            datetime(2024, 7, 5, 0, 5, tzinfo=timezone(timedelta(hours=-5))),
            "July 5, 2024 12:05 AM CT",
        ),
        (
            datetime(2024, 1, 5, 12, 0, tzinfo=timezone(timedelta(hours=-8))),
            "January 5, 2024 12:00 PM PT",
        ),
        (datetime(2024, 1, 5, 9, 15, tzinfo=UTC), "January 5, 2024 9:15 AM UTC"),
        (
            datetime(2024, 7, 5, 9, 15, tzinfo=timezone(timedelta(hours=-7))),
            "July 5, 2024 9:15 AM PT",
        ),
        (
            datetime(2024, 1, 5, 9, 15, tzinfo=timezone(timedelta(hours=-7))),
            "January 5, 2024 9:15 AM MT",
        ),
        (
            datetime(2024, 1, 5, 9, 15, tzinfo=timezone(timedelta(hours=-10))),
            "January 5, 2024 9:15 AM HST",
        ),
        # the hour repeated when daylight saving ends: the second 1:30 AM in Pacific time
        (
            datetime(2024, 11, 3, 1, 30, tzinfo=timezone(timedelta(hours=-8))),
            "November 3, 2024 1:30 AM PST",
        ),
        (datetime(2024, 1, 5, 9, 15), "January 5, 2024 9:15 AM"),
        (datetime(2024, 1, 5), "January 5, 2024"),
    ],
)
def test_dates_print_in_a_form_that_reads_back_equal(date: datetime, printed: str) -> None:
    assert date_line(date) == printed
    story = Story(date=date, speakers=[HOST], segments=[_turn(HOST, "Good morning.")])
    again = newstranscript.parse(newstranscript.to_text(story)).date
    assert again is not None
    assert again.isoformat() == date.isoformat()


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (
            {"date": datetime(2024, 1, 5, 9, 15, tzinfo=timezone(timedelta(hours=5, minutes=30)))},
            "date: 2024-01-05T09:15:00+05:30 has an offset no time zone a date line names gives",
        ),
        ({"date": datetime(2024, 1, 5, 9, 15, 30)}, "date: 2024-01-05T09:15:30 has seconds"),
        (
            {"speakers": [HOST, REPORTER]},
            "speakers[1]: 'Caleb Rusk' never speaks, and a transcript names only the people",
        ),
        (
            {"segments": [_turn(REPORTER, "Hello.")]},
            "segments[0].speaker: 'caleb-rusk' is no speaker of the story",
        ),
        (
            {"segments": [_turn(HOST, "Hello.\n\nODILE FANSHAW: I was never here.")]},
            "segments[0].text: would read back as 'Hello.', not 'Hello.\\n\\nODILE FANSHAW: I",
        ),
        ({"outlet": "WNYC"}, "outlet: would read back as None, not 'WNYC'"),
        (
            {"speakers": [attrs.evolve(HOST, id="host")]},
            "speakers[0].id: 'host' is not 'nina-weston', the id the parser gives 'Nina Weston'",
        ),
    ],
    ids=["zone", "seconds", "silent", "unknown", "label-in-text", "outlet", "id"],
)
def test_what_the_text_cannot_carry_is_refused_by_name(
    change: dict[str, Any], message: str
) -> None:
    story = attrs.evolve(Story(speakers=[HOST], segments=[_turn(HOST, "Good morning.")]), **change)
    if "id" in message:
        story = attrs.evolve(story, segments=[_turn(story.speakers[0], "Good morning.")])
    with pytest.raises(FormatError) as raised:
        newstranscript.to_text(story)
    assert str(raised.value).startswith(f"the story cannot be written as text: {message}")


def test_two_speakers_of_one_name_are_refused() -> None:
    twin = attrs.evolve(HOST, id="nina-weston-2")
    story = Story(speakers=[HOST, twin], segments=[_turn(HOST, "One."), _turn(twin, "Two.")])
    with pytest.raises(FormatError, match=r"speakers\[1\]: 'Nina Weston' has the name of spea"):
        newstranscript.to_text(story)


def test_an_empty_story_is_refused() -> None:
    with pytest.raises(FormatError, match="holds nothing a transcript prints"):
        newstranscript.to_text(Story())


def test_check_false_writes_without_reading_back() -> None:
    story = Story(speakers=[HOST], segments=[_turn(HOST, "Hi.")], outlet="WNYC")
    assert newstranscript.to_text(story, check=False) == "NINA WESTON, HOST: Hi.\n"


def test_a_story_is_required() -> None:
    with pytest.raises(TypeError, match=r"to_text\(\) takes a Story, not str"):
        newstranscript.to_text("NINA WESTON, HOST: Hi.")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("name", "printed"),
    [
        ("Greg McKenna", "GREG McKENNA"),
        ("Ana MacLeod", "ANA MacLEOD"),
        ("Rory O'Brien", "RORY O'BRIEN"),
    ],
)
def test_label_names_print_in_capitals_that_display_back(name: str, printed: str) -> None:
    assert label_name(name) == printed
