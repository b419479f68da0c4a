"""The parser's promises under attack: only the library's own errors, whatever the bytes, the
encoding name or the JSON; text every writer can write; front matter YAML loaders accept."""

from __future__ import annotations

import attrs
import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

import newstranscript
from newstranscript import FormatError, ParseError, audit
from newstranscript._parse.source import LISTED_PER_CODE, Source

HELLO = "ANA RUIZ, HOST: Hello from the harbour.\n"


# -- encoding names and bytes -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("encoding", "message"),
    [
        ("undefined", "nor valid undefined"),  # the codec raises a bare UnicodeError
        ("utf8\x00", "unknown encoding 'utf8\\x00'"),  # the lookup raises a bare ValueError
        ("klingon-8", "unknown encoding 'klingon-8'"),
        ("base64", "'base64' is not a text encoding"),
    ],
)
def test_a_hostile_encoding_name_raises_parse_error(encoding: str, message: str) -> None:
    with pytest.raises(ParseError) as caught:
        newstranscript.parse_bytes(b"caf\xe9", encoding=encoding)
    assert message in str(caught.value)


@pytest.mark.parametrize(
    "read",
    [newstranscript.parse_bytes, newstranscript.parse_many_bytes, newstranscript.parse_html_bytes],
    ids=lambda read: read.__name__,
)
@pytest.mark.parametrize("encoding", ["undefined", "utf8\x00", "base64", "punycode"])
def test_every_bytes_entry_point_refuses_a_hostile_encoding_with_parse_error(
    read: object, encoding: str
) -> None:
    assert callable(read)
    with pytest.raises(ParseError):
        read(b"<p>ANA RUIZ, HOST: caf\xe9-9\x00</p>", encoding=encoding)


@given(st.binary(max_size=200))
def test_an_html_page_of_any_bytes_gives_a_story_or_parse_error(data: bytes) -> None:
    try:
        story = newstranscript.parse_html_bytes(data, encoding="cp1252")
    except ParseError:
        return
    newstranscript.to_json(story).encode("utf-8")


def test_punycode_refusing_the_bytes_raises_parse_error() -> None:
    # a NUL sends even UTF-8 bytes to the encoding given, and punycode fails these with a
    # bare UnicodeError ("Invalid extended code point"), not UnicodeDecodeError
    with pytest.raises(ParseError, match=r"nor valid punycode .*Invalid extended code point"):
        newstranscript.parse_bytes(b"abc-9\x00", encoding="punycode")


def test_a_codec_that_warns_does_not_leak_its_warning() -> None:
    story = newstranscript.parse_bytes(b"ANA RUIZ, HOST: caf\xe9 \\q.", encoding="unicode_escape")
    assert story.turns[0].text == "caf\xe9 \\q."


def test_an_encoding_of_the_wrong_type_is_a_type_error() -> None:
    with pytest.raises(TypeError, match="encoding takes a str, not int"):
        newstranscript.parse_bytes(HELLO.encode(), encoding=5)  # type: ignore[arg-type]


# -- lone surrogates --------------------------------------------------------------------------


def test_a_lone_surrogate_is_replaced_and_reported() -> None:
    text = "ANA RUIZ, HOST: The caf\udce9 opens at six.\n"
    story = newstranscript.parse(text)
    assert story.turns[0].text == "The caf\ufffd opens at six."
    assert [(d.code, d.line, d.column) for d in story.diagnostics] == [("lone-surrogate", 1, 24)]
    newstranscript.to_json(story).encode("utf-8")  # writable as UTF-8
    newstranscript.to_markdown(story, front_matter=True).encode("utf-8")
    assert audit(story, text).clean


def test_a_lone_surrogate_fails_strict_mode() -> None:
    with pytest.raises(ParseError, match="lone-surrogate"):
        newstranscript.parse("ANA RUIZ, HOST: caf\ud800.", strict=True)


# -- hostile JSON -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("document", "message"),
    [
        (b'{"format": "\xff"}', "not JSON: the bytes are not utf-8 (byte 0xff at byte offset 12)"),
        ("[" * 100_000, "nested too deeply"),
        ('{"format": "newstranscript/1", "line": ' + "9" * 5000 + "}", "4300 digits"),
        ('{"format": "newstranscript/1", "headline": "\\ud800"}', "headline: holds a lone"),
        ('{"format": "\\udfff"}', "format: holds a lone surrogate U+DFFF"),
        (
            '{"format": "newstranscript/1", "date": "1850-03-03T17:00:00-04:56:02"}',
            "date: a UTC offset in seconds, which RFC 3339 cannot write",
        ),
    ],
)
def test_hostile_json_raises_format_error(document: str | bytes, message: str) -> None:
    with pytest.raises(FormatError) as caught:
        newstranscript.from_json(document)
    assert message in str(caught.value)


def test_a_surrogate_pair_in_json_is_one_character() -> None:
    story = newstranscript.parse(HELLO)
    document = newstranscript.to_json(attrs.evolve(story, headline="\U0001f30a Tide"))
    escaped = document.replace("\U0001f30a", "\\ud83c\\udf0a")
    assert newstranscript.from_json(escaped).headline == "\U0001f30a Tide"


# -- front matter -----------------------------------------------------------------------------


@pytest.mark.parametrize("odd", ["\x7f", "\x85", "\x9b", "\ufffe", "\uffff", "\u2028", "\x00"])
def test_the_front_matter_is_yaml_whatever_the_headline_holds(odd: str) -> None:
    story = attrs.evolve(newstranscript.parse(HELLO), headline=f"Tide{odd} Turns")
    markdown = newstranscript.to_markdown(story, front_matter=True)
    front = markdown.split("---\n")[1]
    assert yaml.safe_load(front)["headline"] == f"Tide{odd} Turns"


# -- many findings of one kind ----------------------------------------------------------------


def test_per_character_diagnostics_are_listed_up_to_a_limit_and_counted() -> None:
    text = "ANA RUIZ, HOST: " + "caf\u00c3\u00a9 " * (LISTED_PER_CODE + 50)
    story = newstranscript.parse(text)
    repairs = [d for d in story.diagnostics if d.code == "repaired-encoding"]
    assert len(repairs) == LISTED_PER_CODE + 1
    assert repairs[-1].column == 17 + 6 * LISTED_PER_CODE + 3
    assert repairs[-1].message == (
        "50 more like the ones above, from here on, are not listed one by one; the first: "
        "repaired 'Ã©' to 'é' (a letter garbled by a wrong encoding)"
    )
    assert story.turns[0].text == ("café " * (LISTED_PER_CODE + 50)).strip()


def test_a_page_of_tags_is_one_dropped_piece() -> None:
    text = HELLO + "<p>\n<p>" * 1000 + "</p>\n"
    story = newstranscript.parse(text)
    (dropped,) = story.dropped
    assert (dropped.reason, dropped.span.start, dropped.span.end) == (
        "html tag",
        len(HELLO),
        len(text) - 1,
    )
    assert audit(story, text).clean


# -- the offset map ---------------------------------------------------------------------------

_EDITS = ["\r\n", "\r", "<p>", "</p>\n<p>", "<br>", "\u00c3\u00a9", "\u200b", "\ufeff", "\u00a0"]


@given(st.lists(st.sampled_from([*_EDITS, "a", "b ", "\n", "ANA RUIZ, HOST: "]), max_size=60))
def test_every_normalised_character_maps_back_to_where_it_came_from(bits: list[str]) -> None:
    original = "".join(bits)
    source = Source(original)
    mapped = [source.to_original(position) for position in range(len(source.text) + 1)]
    assert mapped == sorted(mapped)
    assert mapped[-1] == len(original)
    for position, character in enumerate(source.text):
        came_from = original[mapped[position]]
        # a character copied as it was, or one put in for what was replaced, which maps into
        # that stretch (a tag's two line ends to its first two characters)
        assert (
            came_from == character
            or (character == "\n" and came_from in "\r</p")
            or (character, came_from) in {(" ", "\u00a0"), ("\u00e9", "\u00c3")}
        )


def test_a_run_of_identical_edits_is_one_run_of_the_map() -> None:
    source = Source("<p>" * 1000 + "ANA RUIZ, HOST: Hi.")
    assert source.text == "\n\n" * 1000 + "ANA RUIZ, HOST: Hi."
    assert source.to_original(2000) == 3000
    assert source.to_original(1001) == 1501  # inside the run: the second "\n" of tag 500
    assert len(source._map._norm) == 1  # one run holds every breakpoint
