"""The classifier skips a pattern's search on lines that cannot hold a match; these tests show
the shortcut never skips a line the pattern would match."""

from __future__ import annotations

import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

from newstranscript import _grammar as grammar

# Pieces of provider lines, sentence ends and ordinary words, so generated lines come near
# every alternative of the patterns.
FRAGMENTS = [
    "Transcript provided by ",
    "Transcript provided by",
    "Copyright ",
    "Copyright",
    "© ",
    "©",
    "2024 ",
    "NPR",
    " NPR",
    "National Public Radio",
    "NPR transcripts are created on a rush deadline",
    "NPR transcripts ",
    ". ",
    "? ",
    '" ',
    ") ",
    "] ",
    "(",
    "[",
    "04:35",
    "SOUNDBITE",
    "LAUGHTER)",
    "]",
    "the story",
    " ",
]

lines = st.lists(st.sampled_from(FRAGMENTS), max_size=12).map("".join)


@given(lines)
def test_a_provider_line_always_holds_a_provider_word(line: str) -> None:
    if grammar.PROVIDER.search(line) is not None:
        assert any(word in line for word in grammar.PROVIDER_WORDS)


@given(lines)
def test_a_glued_marker_always_opens_with_a_bracket(line: str) -> None:
    if any(True for _ in grammar.GLUED_MARKER_START.finditer(line)):
        assert "(" in line or "[" in line


def test_the_known_provider_lines_are_found() -> None:
    for line in (
        "Transcript provided by NPR, Copyright NPR.",
        "Copyright © 2024 NPR. All rights reserved.",
        "© 2024 NPR",
        "NPR transcripts are created on a rush deadline by a contractor.",
    ):
        assert grammar.PROVIDER.search(line) is not None
        assert any(word in line for word in grammar.PROVIDER_WORDS)


@given(lines)
def test_an_aside_always_opens_with_a_bracket(line: str) -> None:
    if grammar.ANNOTATION.search(line) is not None:
        assert "(" in line or "[" in line


_OUTLET_FRAGMENTS = [
    *FRAGMENTS,
    "NPR News",
    "BBC",
    "PBS",
    "NewsHour",
    "PBS NewsHour",
    "CNN News",
    "PBS News",
    "WNYC",
    "WBUR News",
    "KVXL News",
    "KVXL",
    " News",
    "News",
    "Newsroom",
    "W",
    "K",
]


@given(st.lists(st.sampled_from(_OUTLET_FRAGMENTS)))
def test_a_text_naming_an_outlet_always_holds_an_outlet_word(parts: list[str]) -> None:
    text = " ".join(parts)
    if regex.search(grammar.OUTLETS, text, grammar._FLAGS) is not None:
        assert any(word in text for word in grammar.OUTLET_WORDS)


_SIGNOFF_FRAGMENTS = [
    "Leo Tran",
    "I'm ",
    "For ",
    "for ",
    "the ",
    ", ",
    " in ",
    "Clarksdale",
    ", Miss",
    ".",
    *_OUTLET_FRAGMENTS,
]


@given(st.lists(st.sampled_from(_SIGNOFF_FRAGMENTS), max_size=10).map("".join))
def test_a_signoff_always_holds_an_outlet_word(line: str) -> None:
    if grammar.SIGNOFF.match(line) is not None:
        assert any(word in line for word in grammar.OUTLET_WORDS)


@pytest.mark.parametrize(
    "line",
    [
        "For the PBS NewsHour, I'm Leo Tran in Clarksdale, Mississippi.",
        "For PBS NewsHour, I'm Leo Tran in Clarksdale, Mississippi.",
        "I'm Leo Tran for the PBS NewsHour in Clarksdale.",
        "Leo Tran, WBUR News, Boston.",
        "Leo Tran, KVXL News.",
    ],
)
def test_the_new_signoff_forms_hold_an_outlet_word(line: str) -> None:
    assert grammar.SIGNOFF.match(line) is not None
    assert any(word in line for word in grammar.OUTLET_WORDS)
