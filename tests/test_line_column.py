"""Diagnostic line and column: lines break where an editor breaks them (CRLF, a bare CR, LF),
columns count characters from 1, and finding them costs no scan of the text per diagnostic."""

from __future__ import annotations

import time

from hypothesis import given
from hypothesis import strategies as st

import newstranscript
from newstranscript._parse.source import Source
from tests.conftest import GOLDEN


def _reference(text: str, offset: int) -> tuple[int, int]:
    """Line and column of ``offset`` found by walking the text a character at a time."""
    line, column = 1, 1
    for index, character in enumerate(text[:offset]):
        ends_line = character == "\n" or (character == "\r" and text[index + 1 : index + 2] != "\n")
        line, column = (line + 1, 1) if ends_line else (line, column + 1)
    return line, column


# Line ends of every kind, the separators editors do not break on, and plain text.
_PIECES = st.sampled_from(
    ["a", "b", " ", "é", "\n", "\r", "\r\n", "\n\r", "\u2028", "\u2029", "\x85", "\t", "<p>"]
)


@given(st.lists(_PIECES, max_size=60).map("".join), st.data())
def test_line_and_column_match_a_character_walk(text: str, data: st.DataObject) -> None:
    offset = data.draw(st.integers(min_value=0, max_value=len(text)))
    assert Source(text).line_column(offset) == _reference(text, offset)


@given(st.lists(_PIECES, max_size=60).map("".join))
def test_every_offset_of_a_text_in_one_source(text: str) -> None:
    # One Source answers many calls from the line starts it found once.
    source = Source(text)
    assert [source.line_column(offset) for offset in range(len(text) + 1)] == [
        _reference(text, offset) for offset in range(len(text) + 1)
    ]


PAGE = (
    "The tide came in early this year. The keepers noticed first.\n"
    "\n"
    "ANA RUIZ, HOST: (SOUNDBITE OF GULLS\n"
    "\n"
    "OKAFOR: They are loud today.\n"
)
WHERE = [("unlabelled-turn", 1, 1), ("unbalanced-bracket", 3, 17), ("label-not-introduced", 5, 1)]


def _where(text: str) -> list[tuple[str, int, int]]:
    return [(d.code, d.line, d.column) for d in newstranscript.parse(text).diagnostics]


def test_lf_page_diagnostics() -> None:
    assert _where(PAGE) == WHERE


def test_bare_cr_line_ends_of_an_old_mac_file_count_as_lines() -> None:
    assert _where(PAGE.replace("\n", "\r")) == WHERE


def test_crlf_counts_as_one_line_break() -> None:
    assert _where(PAGE.replace("\n", "\r\n")) == WHERE


def test_mixed_line_ends_count_one_line_each() -> None:
    mixed = (
        "The tide came in early this year. The keepers noticed first.\r\n"
        "\r"
        "ANA RUIZ, HOST: (SOUNDBITE OF GULLS\n"
        "\r\n"
        "OKAFOR: They are loud today.\r"
    )
    assert _where(mixed) == WHERE


def test_unicode_line_separators_do_not_start_a_line() -> None:
    # The parser reads U+2028 as a line end, so OKAFOR opens a turn, but editors show it
    # inside the line: the diagnostic points where the user's editor shows the label.
    text = "ANA RUIZ, HOST: Good morning.\u2028OKAFOR: Morning.\n"
    story = newstranscript.parse(text)
    assert [turn.text for turn in story.turns] == ["Good morning.", "Morning."]
    assert _where(text) == [("label-not-introduced", 1, 31)]
    assert text[30:36] == "OKAFOR"


def test_the_old_mac_golden_page_points_at_its_lines() -> None:
    text = (GOLDEN / "source_old_mac_line_ends.txt").read_bytes().decode("utf-8")
    assert "\n" not in text
    assert _where(text) == [("unbalanced-bracket", 9, 1), ("label-not-introduced", 13, 1)]


def test_ten_thousand_diagnostics_cost_no_scan_each() -> None:
    # Every other line holds a marker that lost its bracket: 10,000 diagnostics on a page
    # of 20,000 lines. A scan of the text per diagnostic would take minutes here.
    text = "ANA RUIZ, HOST: Good morning.\r\r" + "RUIZ: (SOUNDBITE OF GULLS\r\r" * 10_000
    started = time.perf_counter()
    story = newstranscript.parse(text)
    elapsed = time.perf_counter() - started
    lines = [d.line for d in story.diagnostics if d.code == "unbalanced-bracket"]
    assert lines == list(range(3, 20_003, 2))
    assert elapsed < 20  # a few seconds on a slow machine; quadratic would be far longer


def test_line_column_calls_are_not_quadratic() -> None:
    text = "word " * 10 + ("a line of text\r\n" * 50_000)
    source = Source(text)
    started = time.perf_counter()
    found = [source.line_column(offset) for offset in range(0, len(text), 80)]
    elapsed = time.perf_counter() - started
    assert found[-1] == _reference(text, (len(text) - 1) // 80 * 80)
    assert len(found) > 10_000
    assert elapsed < 2  # milliseconds when the line starts are found once
