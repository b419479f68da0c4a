"""Bad input: each kind gets a clear outcome, never a traceback from inside the library.

Errors are asserted word for word: the message is the user's whole guide to what went wrong.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import newstranscript
from newstranscript import ParseError, audit
from newstranscript._source import _MOJIBAKE

HELLO = "ANA RUIZ, HOST: Hello.\n\nBEN OKAFOR, BYLINE: Hi, Ana.\n"


def _error(text: str) -> str:
    return "^" + re.escape(text) + "$"


# -- empty and binary -----------------------------------------------------------------------


@pytest.mark.parametrize("text", ["", " ", "\n\n\n", "\t \u00a0\r\n\u2028 \u3000"])
def test_blank_text_is_empty_input(text: str) -> None:
    with pytest.raises(
        ParseError, match=_error("input is empty: there is no transcript text to parse")
    ):
        newstranscript.parse(text)


def test_blank_bytes_are_empty_input() -> None:
    with pytest.raises(
        ParseError, match=_error("input is empty: there is no transcript text to parse")
    ):
        newstranscript.parse_bytes(b"\xef\xbb\xbf \r\n")


def test_a_nul_character_in_text_is_binary_input() -> None:
    with pytest.raises(
        ParseError, match=_error("input is binary, not text: a NUL character at offset 5")
    ):
        newstranscript.parse("HOST:\x00 hi")


def test_utf16_bytes_are_named_as_such() -> None:
    with pytest.raises(
        ParseError,
        match=_error(
            "input is UTF-16 or UTF-32, not UTF-8: it starts with that byte order mark; "
            "pass encoding='utf-16' (or 'utf-32') to decode it"
        ),
    ):
        newstranscript.parse_bytes(HELLO.encode("utf-16"))


def test_utf16_bytes_decode_when_the_encoding_is_given() -> None:
    story = newstranscript.parse_bytes(HELLO.encode("utf-16"), encoding="utf-16")
    assert [turn.text for turn in story.turns] == ["Hello.", "Hi, Ana."]
    assert [d.code for d in story.diagnostics] == ["fallback-encoding"]


# -- encodings ------------------------------------------------------------------------------


def test_not_utf8_after_a_bom_names_the_real_byte_offset() -> None:
    # Regression: the offset used to be counted from after the byte order mark.
    with pytest.raises(
        ParseError,
        match=_error(
            "input is not valid UTF-8: byte 0x93 at byte offset 19; pass encoding='cp1252' "
            "(or the file's real encoding) to decode it another way"
        ),
    ):
        newstranscript.parse_bytes(b"\xef\xbb\xbfANA RUIZ, HOST: \x93Hi.\x94")


def test_a_fallback_decode_is_a_diagnostic_at_the_first_bad_byte() -> None:
    data = b"ANA RUIZ, HOST: Hello.\n\nBEN OKAFOR, BYLINE: \x93Hi.\x94\n"
    story = newstranscript.parse_bytes(data, encoding="cp1252")
    assert story.turns[1].text == "\u201cHi.\u201d"
    (fallback,) = story.diagnostics
    assert str(fallback) == (
        "3:21: fallback-encoding the input is not UTF-8 (byte 0x93 at byte offset 44); "
        "it was decoded as cp1252"
    )


def test_a_fallback_decode_fails_strict_mode() -> None:
    with pytest.raises(ParseError) as caught:
        newstranscript.parse_bytes(b"ANA RUIZ, HOST: \x93Hi.\x94", encoding="cp1252", strict=True)
    assert str(caught.value) == (
        "1 problem in the transcript:\n  line 1, column 17: the input is not UTF-8 (byte 0x93 "
        "at byte offset 16); it was decoded as cp1252 [fallback-encoding]"
    )


def test_an_unknown_encoding_is_named() -> None:
    with pytest.raises(ParseError, match=_error("unknown encoding 'klingon-8'")):
        newstranscript.parse_bytes(b"HOST: \x93hi", encoding="klingon-8")


def test_bytes_in_neither_encoding() -> None:
    with pytest.raises(
        ParseError,
        match=_error(
            "input is neither UTF-8 (bad byte at byte offset 6) nor valid ascii "
            "(bad byte at byte offset 6)"
        ),
    ):
        newstranscript.parse_bytes(b"HOST: \x93hi", encoding="ascii")


# -- wrong types ------------------------------------------------------------------------------


def test_parse_bytes_takes_bytes_not_str() -> None:
    with pytest.raises(
        TypeError, match=_error("parse_bytes() takes bytes, not str (use parse() for text)")
    ):
        newstranscript.parse_bytes(HELLO)  # type: ignore[arg-type]


def test_parse_takes_a_str_not_bytearray() -> None:
    with pytest.raises(
        TypeError,
        match=_error(
            "parse() takes a str, not bytearray (decode bytes first, or use "
            "newstranscript.read/parse_bytes)"
        ),
    ):
        newstranscript.parse(bytearray(b"HOST: hi"))  # type: ignore[arg-type]


def test_read_refuses_a_file_descriptor() -> None:
    # open() would read file descriptor 0 (stdin) if handed the int.
    with pytest.raises(
        TypeError, match=_error("read() takes a path (str or os.PathLike), not int")
    ):
        newstranscript.read(0)  # type: ignore[arg-type]


def test_read_of_a_missing_file_is_the_operating_systems_error(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        newstranscript.read(tmp_path / "missing.txt")


# -- hostile shapes: each parses, quickly, with everything accounted for ---------------------


def _parses_and_accounts(text: str) -> newstranscript.Story:
    story = newstranscript.parse(text)
    found = audit(story, text)
    assert found.clean, found.report(text)
    return story


def test_thousands_of_markers_on_one_line() -> None:
    # Regression: each marker used to recurse into the rest of the line, so a long run of
    # markers hit Python's recursion limit (and cost time quadratic in the line's length).
    text = "(LAUGHTER) " * 20_000
    story = _parses_and_accounts(text)
    assert len(story.soundbites) == 20_000


def test_an_enormous_single_line() -> None:
    text = "ANA RUIZ, HOST: " + "The tide came in and went out again. " * 50_000
    story = _parses_and_accounts(text)
    assert len(story.turns) == 1
    assert story.turns[0].text.endswith("went out again.")


def test_thousands_of_colons() -> None:
    story = _parses_and_accounts(":" * 100_000)
    assert [segment.type for segment in story.segments] == ["turn"]


def test_label_like_lines_by_the_thousand() -> None:
    surnames = [a + b + c for a in "BCDFG" for b in "AEIOU" for c in "LMNRST"]
    text = "\n\n".join(f"{name}: Line {i}." for i, name in enumerate(surnames * 20))
    story = _parses_and_accounts(text)
    assert len(story.segments) > 2_000  # a few, such as "BIS:", are not taken for names
    assert sum(turn.text.count("Line ") for turn in story.turns) == len(surnames) * 20


def test_deeply_nested_parentheses() -> None:
    text = "ANA RUIZ, HOST: " + "(" * 50_000 + "deep" + ")" * 50_000
    story = _parses_and_accounts(text)
    assert story.turns[0].text.count("(") == 50_000


def test_accented_mojibake_is_repaired_on_its_own() -> None:
    # Regression: the quick "anything to normalise?" check only knew the first byte of the
    # punctuation sequences, so "CafÃ©" stayed garbled unless other mojibake came with it.
    story = newstranscript.parse("ANA RUIZ, HOST: The CafÃ© opens at dawn.")
    assert story.turns[0].text == "The Café opens at dawn."
    assert [str(d) for d in story.diagnostics] == [
        "1:24: repaired-encoding repaired 'Ã©' to 'é' (a letter garbled by a wrong encoding)"
    ]


@pytest.mark.parametrize(
    ("garbled", "repaired", "kind"),
    [
        ("Ã©", "é", "a letter"),
        ("Ã±", "ñ", "a letter"),
        ("â€™", "’", "a punctuation mark"),
        ("â€”", "—", "a punctuation mark"),
        ("â€¦", "…", "a punctuation mark"),
        ("â‚¬", "€", "a symbol"),
        ("â„¢", "™", "a symbol"),
    ],
)
def test_a_repair_says_what_it_made_of_what(garbled: str, repaired: str, kind: str) -> None:
    story = newstranscript.parse(f"ANA RUIZ, HOST: It costs 5 {garbled} today.")
    assert story.turns[0].text == f"It costs 5 {repaired} today."
    assert [d.message for d in story.diagnostics] == [
        f"repaired {garbled!r} to {repaired!r} ({kind} garbled by a wrong encoding)"
    ]


def test_every_repair_names_the_kind_of_character_it_made() -> None:
    # A sequence added to the repair table must be a letter, punctuation or a symbol, or the
    # message would fall back to saying just "a character".
    for garbled in _MOJIBAKE:
        [diagnostic] = newstranscript.parse(f"ANA RUIZ, HOST: x{garbled}x").diagnostics
        assert diagnostic.message.endswith(
            (
                "(a letter garbled by a wrong encoding)",
                "(a punctuation mark garbled by a wrong encoding)",
                "(a symbol garbled by a wrong encoding)",
            )
        ), diagnostic.message
