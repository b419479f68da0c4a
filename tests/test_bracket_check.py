"""The ``unbalanced-bracket`` check: lone brackets that are no marker's half (list
enumerators, smileys) are passed over; a marker that lost a bracket is still caught."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newstranscript
from tests.conftest import GOLDEN


def _brackets(spoken: str) -> list[str]:
    """Where in ``spoken``, said in one turn, unbalanced-bracket points, and what it says."""
    story = newstranscript.parse(f"ANA RUIZ, HOST: {spoken}\n")
    return [
        f"{d.column - 1 - len('ANA RUIZ, HOST: ')}: {d.message}"
        for d in story.diagnostics
        if d.code == "unbalanced-bracket"
    ]


@pytest.mark.parametrize(
    "spoken",
    [
        "We cut it for three reasons: 1) cost, 2) time, 3) space.",
        "Three reasons:1) cost; 2) time; and 3) space.",
        "It comes down to two things: a) the tide and b) the wind.",
        "Two questions: i) who pays, or ii) who waits.",
        "1) cost comes first.",
        "a) the adult fare rises.",
        "ii) children still ride free.",
        "IV) the night crossing ends at ten.",
    ],
)
def test_list_enumerators_are_not_lost_brackets(spoken: str) -> None:
    assert _brackets(spoken) == []


@pytest.mark.parametrize(
    "spoken",
    [
        "She signed off with a smiley :) and left.",
        "He winked ;-) at the camera.",
        "Most were less cheerful :(",
        "One wrote :-( and one wrote :'( to us.",
        "That one ended :] at least.",
        "A big grin :)) there.",
    ],
)
def test_smileys_are_not_lost_brackets(spoken: str) -> None:
    assert _brackets(spoken) == []


@pytest.mark.parametrize(
    "spoken",
    [
        "The rule (1) still stands, and so does (ii).",
        "The score (final: 1) surprised everyone.",
        "The notice (as listed (1) here) is clear.",
        "He said it was fine (really :)) and left.",
        # brackets that pair up as printed are never reported, even where one is a smile's
        "He was fine (really :) and left.",
        "She frowned :( and then (LAUGHTER) smiled.",
        "Here's the thing:(LAUGHTER) it works.",
        "Two reasons: (1) cost, (2) time.",
    ],
)
def test_balanced_brackets_beside_those_forms_stay_quiet(spoken: str) -> None:
    assert _brackets(spoken) == []


@pytest.mark.parametrize(
    ("spoken", "expected"),
    [
        ("(SOUNDBITE OF MUSIC", "0: an opening '(' is never closed on its line"),
        ("LAUGHTER) Thank you.", "8: a closing ')' has no opening bracket before it on its line"),
        # a lost opening bracket right after a digit: the number is no enumerator there
        (
            "SOUNDBITE OF ARCHIVED RECORDING, PART 2)",
            "39: a closing ')' has no opening bracket before it on its line",
        ),
        (
            "SOUNDBITE OF NEWS AT 10:30)",
            "26: a closing ')' has no opening bracket before it on its line",
        ),
        (
            "SOUNDBITE OF SONG FROM 1968)",
            "27: a closing ')' has no opening bracket before it on its line",
        ),
        # a comma alone starts no list: "2)" after it goes on with nothing
        (
            "SOUNDBITE OF ARCHIVED RECORDING, 2)",
            "34: a closing ')' has no opening bracket before it on its line",
        ),
        # an enumerator is no excuse for a marker that never closes
        ("Two reasons: 1) cost (LAUGHTER", "21: an opening '(' is never closed on its line"),
        ("Here's the thing:(LAUGHTER it works.", "17: an opening '(' is never closed on its line"),
    ],
)
def test_markers_that_lost_a_bracket_are_still_caught(spoken: str, expected: str) -> None:
    assert _brackets(spoken) == [expected]


def test_a_page_of_lists_and_smileys_passes_strict_mode() -> None:
    text = (
        "NELL ASHBY, HOST: The council gave three reasons: 1) fuel, 2) wages, and 3) the pier.\n"
        "\n"
        "TOMAS VEY, BYLINE: The notice lists them:\n"
        "\n"
        "a) the adult fare rises;\n"
        "\n"
        "b) children ride free.\n"
        "\n"
        "ASHBY: Listeners sent a smiley :) and a frown :( in equal numbers.\n"
    )
    assert newstranscript.parse(text, strict=True).diagnostics == ()


def test_the_golden_page_flags_only_its_broken_marker() -> None:
    story = newstranscript.read(GOLDEN / "speech_lists_and_smileys.txt")
    assert [(d.code, d.line) for d in story.diagnostics] == [("unbalanced-bracket", 15)]
    broken = next(turn for turn in story.turns if "FOGHORN" in turn.text)
    assert broken.text.endswith("(SOUNDBITE OF FOGHORN")


# Text a line can hold before a marker: words, lists, smileys, asides that pair up. Each
# piece stands anywhere; an enumerator opening the line comes first.
_OPENING = st.sampled_from(["", "1) ", "a) ", "ii) "])
_PIECES = st.lists(
    st.sampled_from(
        [
            "the tide",
            "three reasons: 1) cost, 2) time, and 3) space",
            "two things: a) tide; b) wind",
            ":)",
            ";-)",
            ":(",
            ":'(",
            "(LAUGHTER)",
            "(1)",
            "[laughs]",
            "10:30",
            "(score: 1)",
            "(fine :))",
        ]
    ),
    max_size=8,
)
_SEPARATORS = st.lists(st.sampled_from([" ", ", ", ": ", "; ", " and ", " or "]), min_size=8)


@given(_OPENING, _PIECES, _SEPARATORS)
def test_a_marker_that_lost_its_closing_bracket_is_caught_whatever_comes_before(
    opening: str, pieces: list[str], separators: list[str]
) -> None:
    spoken = opening + "".join(
        piece + separator for piece, separator in zip(pieces, separators, strict=False)
    )
    marker_at = len(spoken)
    assert _brackets(spoken + "(SOUNDBITE OF GULLS") == [
        f"{marker_at}: an opening '(' is never closed on its line"
    ]
    assert _brackets(spoken + "(SOUNDBITE OF GULLS)") == []
