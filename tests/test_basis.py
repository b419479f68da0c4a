"""Each turn says how its speaker was found (``Segment.basis``), so a data set can keep only
the turns it trusts; the JSON format carries it, and documents written before it read back.

The pages are fictional: a ferry vote in a harbor town no one lives in.
"""

from __future__ import annotations

import json

import jsonschema
import pytest

import newstranscript
from newstranscript import BASES, Segment, Span, Story

# An opening paragraph whose label the page lost but whose words name the host, a full label,
# a laugh the reporter talks on after, short labels for both, and a marker after which
# nobody can say who speaks.
PAGE = """\
Harbor Town Weighs a Second Ferry

Good morning. I'm Wren Talbot, and the ferry question is back before the council.

PIETRO ANSEL, BYLINE: The council met late into the night.

(LAUGHTER)

Even the mayor laughed at the hour.

TALBOT: And what happens next?

ANSEL: A second hearing in the spring.

(SOUNDBITE OF MUSIC)

The ferry still leaves at six.
"""


@pytest.fixture(scope="module")
def story() -> Story:
    return newstranscript.parse(PAGE)


def _bases(story: Story) -> list[tuple[str | None, str | None]]:
    return [(turn.speaker, turn.basis) for turn in story.turns]


def test_each_turn_says_how_its_speaker_was_found(story: Story) -> None:
    assert _bases(story) == [
        ("wren-talbot", "self-intro"),  # "I'm Wren Talbot" in an unlabelled opening
        ("pietro-ansel", "label"),  # PIETRO ANSEL, BYLINE:
        ("pietro-ansel", "continuation"),  # goes on after (LAUGHTER)
        ("wren-talbot", "resolved"),  # TALBOT: tied to the name her own words gave
        ("pietro-ansel", "resolved"),  # ANSEL: tied to his full label
        (None, "none"),  # after the music nobody can say who speaks
    ]


def test_markers_and_notes_have_no_basis(story: Story) -> None:
    assert all(s.basis is None for s in story.segments if s.type != "turn")


def test_a_short_label_that_names_nobody_introduced_is_its_own_label() -> None:
    page = (
        "A Quiet Night at the Ferry Dock\n\n"
        "PIETRO ANSEL, BYLINE: The last boat left at ten.\n\n"
        "OKAFOR: I was on it.\n"
    )
    story = newstranscript.parse(page)
    assert _bases(story) == [("pietro-ansel", "label"), ("okafor", "label")]
    assert [d.code for d in story.diagnostics] == ["label-not-introduced"]


def test_an_unlabelled_opening_that_names_nobody_has_no_speaker() -> None:
    page = (
        "Harbor Town Weighs a Second Ferry\n\n"
        "The ferry question is back before the council tonight.\n\n"
        "PIETRO ANSEL, BYLINE: The council met late into the night.\n"
    )
    assert _bases(newstranscript.parse(page)) == [(None, "none"), ("pietro-ansel", "label")]


def test_a_data_set_keeps_only_the_turns_it_trusts(story: Story) -> None:
    # the filter docs/format.md shows
    data = json.loads(newstranscript.to_json(story))
    trusted = [
        s for s in data["segments"] if s["type"] == "turn" and s["basis"] in ("label", "resolved")
    ]
    assert [s["text"] for s in trusted] == [
        "The council met late into the night.",
        "And what happens next?",
        "A second hearing in the spring.",
    ]


def test_the_json_document_carries_every_basis_and_reads_it_back(story: Story) -> None:
    data = json.loads(newstranscript.to_json(story))
    turns = [s for s in data["segments"] if s["type"] == "turn"]
    assert [s["basis"] for s in turns] == [turn.basis for turn in story.turns]
    assert all("basis" not in s for s in data["segments"] if s["type"] != "turn")
    jsonschema.validate(data, newstranscript.json_schema())
    assert newstranscript.from_json(newstranscript.to_json(story)) == story


@pytest.mark.parametrize("basis", BASES)
def test_every_basis_round_trips(basis: str) -> None:
    turn = Segment("turn", "Yes.", Span(0, 4), basis=basis)
    story = Story(segments=[turn])
    document = newstranscript.to_json(story)
    jsonschema.validate(json.loads(document), newstranscript.json_schema())
    assert newstranscript.from_json(document).segments[0].basis == basis


def test_a_document_written_before_basis_reads_back_with_basis_unknown(story: Story) -> None:
    data = json.loads(newstranscript.to_json(story))
    for segment in data["segments"]:
        segment.pop("basis", None)
    jsonschema.validate(data, newstranscript.json_schema())
    old = newstranscript.from_json(json.dumps(data))
    assert [turn.basis for turn in old.turns] == [None] * len(story.turns)
    assert [turn.speaker for turn in old.turns] == [turn.speaker for turn in story.turns]


def test_records_and_convokit_carry_the_basis(story: Story) -> None:
    records = newstranscript.to_records(story)
    assert [record["basis"] for record in records] == [turn.basis for turn in story.turns]


def test_the_canonical_text_labels_every_turn_so_its_basis_is_label(story: Story) -> None:
    named = Story(
        speakers=story.speakers,
        segments=[s for s in story.segments if s.type == "turn" and s.speaker is not None],
    )
    again = newstranscript.parse(newstranscript.to_text(named))
    assert {turn.basis for turn in again.turns} == {"label"}


def test_a_later_paragraph_that_opens_saying_who_speaks_is_theirs() -> None:
    page = (
        "PIETRO ANSEL, BYLINE: The council met late.\n\n"
        "(SOUNDBITE OF MUSIC)\n\n"
        "Welcome back. I'm Wren Talbot, and the ferry question is back.\n\n"
        "(SOUNDBITE OF MUSIC)\n\n"
        "The ferry still leaves at six, and Wren Talbot says I'm Wren Talbot too.\n"
    )
    story = newstranscript.parse(page)
    assert _bases(story) == [
        ("pietro-ansel", "label"),
        ("wren-talbot", "self-intro"),
        (None, "none"),  # a name far into the paragraph is no introduction of its speaker
    ]
    assert [d.code for d in story.diagnostics].count("self-introduced") == 1
