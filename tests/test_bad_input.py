"""Bad input: each kind gets a clear outcome, never a traceback from inside the library.

Errors are asserted word for word: the message is the user's whole guide to what went wrong.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import newstranscript
from newstranscript import ParseError
from newstranscript._parse.source import repairs
from tests.conftest import parse_accounted

_MOJIBAKE = repairs().table

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


def test_thousands_of_markers_on_one_line() -> None:
    # Regression: each marker used to recurse into the rest of the line, so a long run of
    # markers hit Python's recursion limit (and cost time quadratic in the line's length).
    text = "(LAUGHTER) " * 20_000
    story = parse_accounted(text)
    assert len(story.soundbites) == 20_000


def test_an_enormous_single_line() -> None:
    text = "ANA RUIZ, HOST: " + "The tide came in and went out again. " * 50_000
    story = parse_accounted(text)
    assert len(story.turns) == 1
    assert story.turns[0].text.endswith("went out again.")


def test_thousands_of_colons() -> None:
    story = parse_accounted(":" * 100_000)
    # no label, marker or player: not a transcript, its text kept in dropped
    assert story.segments == ()
    assert [d.reason for d in story.dropped] == ["not a transcript"]


def test_label_like_lines_by_the_thousand() -> None:
    surnames = [a + b + c for a in "BCDFG" for b in "AEIOU" for c in "LMNRST"]
    text = "\n\n".join(f"{name}: Line {i}." for i, name in enumerate(surnames * 20))
    story = parse_accounted(text)
    assert len(story.segments) > 2_000  # a few, such as "BIS:", are not taken for names
    assert sum(turn.text.count("Line ") for turn in story.turns) == len(surnames) * 20


def test_deeply_nested_parentheses() -> None:
    text = "ANA RUIZ, HOST: " + "(" * 50_000 + "deep" + ")" * 50_000
    story = parse_accounted(text)
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


# -- the mojibake repair table -----------------------------------------------------------------


def _read_as_cp1252(character: str) -> str:
    """What a scraper that reads UTF-8 as CP1252 makes of ``character``: each byte as CP1252,
    or as Latin-1 where CP1252 defines nothing."""
    shown = ""
    for byte in character.encode("utf-8"):
        try:
            shown += bytes([byte]).decode("cp1252")
        except UnicodeDecodeError:
            shown += bytes([byte]).decode("latin-1")
    return shown


# Pairs that are also real text (a word ending in Ã, Ä or Å, then an apostrophe, an em dash or
# a no-break space), so they are never repaired.
NEVER_REPAIRED = "Òà\u0112\u0117\u0120Œ\u0157Š"
LETTERS = [
    chr(code)
    for code in range(0x80, 0x180)
    if chr(code).isalpha() and chr(code) not in NEVER_REPAIRED
]


def test_every_accented_letter_is_in_the_table() -> None:
    assert len(LETTERS) == 65 + 128 - len(NEVER_REPAIRED)
    for letter in LETTERS:
        assert _MOJIBAKE[_read_as_cp1252(letter)] == letter, letter
    for letter in NEVER_REPAIRED:
        assert _read_as_cp1252(letter) not in _MOJIBAKE, letter


@pytest.mark.parametrize("letter", LETTERS)
def test_an_accented_letter_inside_a_name_is_repaired(letter: str) -> None:
    original = f"ANA RUIZ, HOST: Ask Ren{_read_as_cp1252(letter)}e Duval.\n"
    story = newstranscript.parse(original)
    assert story.turns[0].text == f"Ask Ren{letter}e Duval."
    assert story.turns[0].span.slice(original) == original.rstrip("\n")
    assert newstranscript.audit(story, original).clean
    assert [(d.code, d.column) for d in story.diagnostics] == [("repaired-encoding", 24)]


@pytest.mark.parametrize(
    ("garbled", "repaired"),
    [
        # the reviewer's capitals and small letters, as printed on real pages
        *zip(["Ã‰", "Ã“", "Ã‘", "Ãœ", "Ã–", "Ã‡"], "ÉÓÑÜÖÇ", strict=True),
        *zip(
            ["Ãº", "Ã¤", "Ãª", "Ã£", "Ã¸", "Ã¢", "Ã´", "Ã®", "Ã¯", "Ã¥", "Ãµ"],
            "úäêãøâôîïåõ",
            strict=True,
        ),
        ("Ã\xad", "í"),  # the soft hyphen is part of the letter, not removed on its own
        ("Å\x81", "Ł"),
        ("Ä\x8d", "č"),
    ],
)
def test_the_reviewers_letters_are_repaired_in_text_and_labels(garbled: str, repaired: str) -> None:
    assert newstranscript.parse(f"ANA RUIZ, HOST: Ask Ren{garbled}e.\n").turns[0].text == (
        f"Ask Ren{repaired}e."
    )
    # the capital of the letter, garbled, opening a capitals label
    capital = _read_as_cp1252(repaired.upper())
    original = f"DANA HOLLOWAY, HOST: Hi.\n\n{capital}VA DUVAL, BYLINE: Yes.\n\nDUVAL: No.\n"
    story = newstranscript.parse(original)
    duval = story.speakers[1]
    assert duval.labels == (f"{repaired.upper()}VA DUVAL, BYLINE", "DUVAL")
    assert [turn.speaker for turn in story.turns] == ["dana-holloway", duval.id, duval.id]
    assert story.turns[1].span.slice(original) == f"{capital}VA DUVAL, BYLINE: Yes."


def test_a_garbled_capital_in_a_label_no_longer_merges_speakers() -> None:
    original = (
        "DANA HOLLOWAY, HOST: Good morning.\n\n"
        "RENÃ‰E DUVAL: We donâ€™t have time.\n\nDUVAL: Coffee.\n"
    )
    story = newstranscript.parse(original)
    assert [(t.speaker, t.text) for t in story.turns] == [
        ("dana-holloway", "Good morning."),
        ("renee-duval", "We don’t have time."),
        ("renee-duval", "Coffee."),
    ]
    assert story.speaker("renee-duval").name == "Renée Duval"
    assert story.turns[1].span.slice(original) == "RENÃ‰E DUVAL: We donâ€™t have time."
    assert newstranscript.audit(story, original).clean


@pytest.mark.parametrize(
    "line",
    [
        # Portuguese capitals: Ã before O, E, S, a space or a letter
        "SÃO PAULO, NÃO, MÃE, IRMÃS, CORAÇÃO, PÃO.",
        # a word ending in Ã, Ä or Å, then punctuation that follows words
        "Her song IRMÃ’s chorus.",
        "The IRMÃ—LUZ duet.",
        "He sang “AMANHÔ, then left.",
        "It said «IRMÔ and stopped.",
        "The crowd shouted AMANHÃ… and waited.",
        "Coach MÄKELÄ’s team.",
        "The sign read “MÄKELÄ” in red.",
        "Ask about PÅ\u00a0NORSK today.",
        "She wrote PÅ… and stopped.",
        # German, French, Nordic and Portuguese letters as they really are
        "ÄRZTE and Ärzte, ÖL, ÜBER, Åse Lund, CÂBLE, À LA, Ôté, Ã.",
    ],
)
def test_real_text_that_looks_like_mojibake_is_left_alone(line: str) -> None:
    story = newstranscript.parse(f"ANA RUIZ, HOST: {line}\n")
    assert story.turns[0].text == line.replace("\u00a0", " ")
    assert story.diagnostics == ()


@pytest.mark.parametrize("closing", ["Ã”", "Ã»", "Ã›", "Ã…", "Ä…", "Ä›", "Å›", "Å»"])
def test_a_pair_ending_in_closing_punctuation_is_repaired_before_a_letter(closing: str) -> None:
    repaired = _MOJIBAKE[closing]
    story = newstranscript.parse(f"ANA RUIZ, HOST: D{closing}browski and D{closing}.\n")
    assert story.turns[0].text == f"D{repaired}browski and D{closing}."


def test_a_letter_after_an_invisible_character_still_counts_as_inside_a_word() -> None:
    # The zero-width space is removed before the text is read, so the pair is inside a word.
    original = "ANA RUIZ, HOST: Ask DÄ…\u200bbrowski.\n"
    story = newstranscript.parse(original)
    assert story.turns[0].text == "Ask Dąbrowski."
    assert newstranscript.audit(story, original).clean
