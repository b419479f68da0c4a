"""The classifier skips a pattern's search on lines that cannot hold a match; these tests show
the shortcut never skips a line the pattern would match."""

from __future__ import annotations

import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

from newstranscript import _grammar as grammar
from newstranscript._parse import source

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


_NOTE_FRAGMENTS = [
    "Editor's note",
    "EDITOR’S NOTE",
    "Correction",
    "CORRECTION",
    "Clarification",
    "CLARIFICATION",
    "NOTE",
    "Note",
    "Update",
    "UPDATE",
    "The following is a ",
    "The following is an ",
    "transcript of ",
    "lightly edited ",
    ": ",
    ":",
    " ",
    "Ed",
    "The",
    "an earlier version",
]


@given(st.lists(st.sampled_from(_NOTE_FRAGMENTS), max_size=8).map("".join))
def test_a_note_always_opens_with_a_note_opener(line: str) -> None:
    if grammar.NOTE.match(line) is not None:
        assert line.startswith(grammar.NOTE_OPENERS)


_LABEL_FRAGMENTS = [
    "DANA HOLLOWAY",
    "HOLLOWAY",
    "Dana Holloway",
    "UNIDENTIFIED MAN",
    "Unidentified woman",
    "MAN",
    "Woman",
    "Speaker",
    " #2",
    " 1",
    ", BYLINE",
    ", host",
    ". ",
    " (R-CA)",
    " (through interpreter)",
    "SEN.",
    "President ",
    ":",
    ": ",
    " ",
    "(",
    ")",
    "words",
]


@given(st.lists(st.sampled_from(_LABEL_FRAGMENTS), max_size=8).map("".join))
def test_a_label_always_holds_a_colon(line: str) -> None:
    for pattern in (grammar.LABEL, grammar.GENERIC_LABEL, grammar.UNIDENTIFIED):
        found = pattern.match(line)
        if found is not None:
            assert ":" in found.group()


_MARK_FRAGMENTS = ["(", ")", "[", "]", "SOUNDBITE OF MUSIC", "04:35", "laughs", " ", "x"]


@given(st.lists(st.sampled_from(_MARK_FRAGMENTS), max_size=8).map("".join))
def test_a_marker_or_timestamp_always_opens_with_a_bracket(line: str) -> None:
    if grammar.MARKER.match(line) is not None or grammar.TIMESTAMP.match(line) is not None:
        assert line.startswith(("(", "["))


@pytest.mark.parametrize(
    ("pattern", "reach", "longest"),
    [
        (
            grammar.DATE_LINE,
            grammar.DATE_LINE_REACH,
            "Originally aired: on Wednesday, September 14, 2022 - 10:00 p.m. AKST | 10:00:00",
        ),
        (
            grammar.PROGRAM_LINE,
            grammar.PROGRAM_LINE_REACH,
            "NPR's All Things Considered: Weekend Edition Saturday for " + "x" * 80,
        ),
    ],
)
def test_a_line_pattern_refuses_a_line_beyond_its_reach(
    pattern: regex.Pattern[str], reach: int, longest: str
) -> None:
    # The longest line each form prints is read, with trailing spaces too; padded past the
    # reach it is not, so the classifier may skip the pattern on a longer line.
    assert pattern.match(longest) is not None
    assert pattern.match(longest + " " * (reach - len(longest))) is not None
    assert pattern.match(longest + " " * (reach - len(longest) + 1)) is None


def test_the_label_groups_are_named_in_the_patterns_order() -> None:
    # The classifier unpacks a label match's groups() in this order.
    index = grammar.LABEL.groupindex
    assert tuple(sorted(index, key=index.__getitem__)) == grammar.LABEL_GROUPS


_MENTION_FRAGMENTS = [
    "This is ",
    "this is ",
    "It's ",
    "it’s ",
    "Its ",
    "Welcome to ",
    "welcome back to ",
    "listening to ",
    "TALK OF THE NATION",
    "HARBOR HOUR",
    "NPR",
    "This",
    "is",
    "It",
    " ",
    ". ",
    "the show",
]


@given(st.lists(st.sampled_from(_MENTION_FRAGMENTS), max_size=8).map("".join))
def test_a_programme_mention_always_holds_a_mention_word(text: str) -> None:
    if grammar.PROGRAM_MENTION.search(text) is not None:
        assert any(words in text for words in grammar.PROGRAM_MENTION_WORDS)


def test_a_signoff_is_no_longer_than_its_reach() -> None:
    # The classifier looks for a sign-off only in a text's last SIGNOFF_REACH characters.
    def signoff(length: int) -> str:
        surname = "H" + "o" * (length - len("Dana H, NPR News."))
        return f"Dana {surname}, NPR News."

    assert grammar.SIGNOFF.match(signoff(grammar.SIGNOFF_REACH)) is not None
    assert grammar.SIGNOFF.match(signoff(grammar.SIGNOFF_REACH + 1)) is None


@given(st.text(alphabet=st.characters(max_codepoint=0x3000), max_size=30))
def test_the_plain_ascii_shortcut_agrees_with_the_normalising_pattern(text: str) -> None:
    expected = source._NEEDS_NORMALISING.search(text) is not None
    assert source._needs_normalising(text) is expected
    ascii_only = "".join(char for char in text if char.isascii())
    assert source._needs_normalising(ascii_only) is (
        source._NEEDS_NORMALISING.search(ascii_only) is not None
    )


# Pieces of every line the standard library's engine reads for the grammar, with the
# characters where the two engines might part: other scripts' digits, letters whose case
# folds to a field name's, a line end.
_PLAIN_FRAGMENTS = [
    "Play Live Radio",
    "Next Up:",
    "Now Playing",
    "Listen",
    " Live",
    " • ",
    "• ",
    "- ",
    "*",
    "3:52",
    "12",
    "١٢",
    ":",
    "00",
    "Download",
    "Embed ",
    "<iframe",
    " src=x>",
    "Transcript",
    "Read ",
    "the ",
    "Full ",
    "Originally published on ",
    "an",
    " hour",
    "s",
    " ago",
    "THIS IS A RUSH TRANSCRIPT.",
    "Return to Transcripts main page",
    "Title",
    "tItle",
    "ſource",
    "\u212aey",
    "date ",
    "tv ",
    "MUSIC",
    "[",
    "]",
    "x",
    "é",
    " ",
    "\n",
]


@pytest.mark.parametrize("name", ["CHROME", "PAGE_MARK_START", "TIMESTAMP"])
@given(line=st.lists(st.sampled_from(_PLAIN_FRAGMENTS), max_size=8).map("".join))
def test_a_pattern_run_by_the_standard_library_matches_as_regex_would(name: str, line: str) -> None:
    pattern = getattr(grammar, name)
    as_regex = regex.compile(pattern.pattern, regex.VERBOSE | regex.VERSION1)
    ours, theirs = pattern.match(line), as_regex.match(line)
    assert (ours is None) == (theirs is None)
    if ours is not None and theirs is not None:
        assert ours.span() == theirs.span()
        assert ours.lastgroup == theirs.lastgroup


@pytest.mark.parametrize(
    ("name", "initials"),
    [("GENERIC_LABEL", "GENERIC_INITIALS"), ("UNIDENTIFIED", "UNIDENTIFIED_INITIALS")],
)
def test_a_generic_label_opens_with_one_of_its_initials(name: str, initials: str) -> None:
    # Every character of Unicode that may open a match folds to one of the initials, so the
    # classifier may skip the pattern for a line opening with any other.
    pattern, allowed = getattr(grammar, name), getattr(grammar, initials)
    for code in range(0x110000):
        char = chr(code)
        if pattern.match(char, partial=True) is not None:
            assert char.casefold()[:1] in allowed, hex(code)
