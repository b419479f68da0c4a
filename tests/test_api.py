"""The entry points: what they accept, and the clear errors for what they do not."""

from __future__ import annotations

from pathlib import Path

import attrs
import pytest

import newstranscript
from newstranscript import ParseError, Speaker, Story
from tests.conftest import GOLDEN

PAGE = GOLDEN / "npr_station_page.txt"


def test_public_names() -> None:
    assert set(newstranscript.__all__) >= {
        "parse",
        "read",
        "to_json",
        "from_json",
        "to_markdown",
        "Story",
        "Segment",
        "Speaker",
        "Soundbite",
        "Span",
        "Signoff",
        "Dropped",
        "Diagnostic",
        "ParseError",
    }
    for name in newstranscript.__all__:
        assert hasattr(newstranscript, name)


def test_read_takes_a_utf8_file_with_a_bom(tmp_path: Path) -> None:
    with_bom = tmp_path / "bom.txt"
    with_bom.write_bytes(b"\xef\xbb\xbf" + PAGE.read_bytes())
    assert newstranscript.read(with_bom) == newstranscript.read(PAGE)


def test_read_and_parse_agree() -> None:
    assert newstranscript.read(PAGE) == newstranscript.parse(PAGE.read_text("utf-8"))


def test_parse_takes_str_only() -> None:
    with pytest.raises(TypeError, match=r"parse\(\) takes a str, not bytes \(decode bytes first"):
        newstranscript.parse(b"HOST: hi")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"parse\(\) takes a str, not NoneType"):
        newstranscript.parse(None)  # type: ignore[arg-type]


@pytest.mark.parametrize("text", ["", "   \n\n\t  \n"])
def test_empty_input_is_an_error(text: str) -> None:
    with pytest.raises(ParseError, match=r"^input is empty: there is no transcript text to parse$"):
        newstranscript.parse(text)


def test_not_utf8_names_the_byte() -> None:
    with pytest.raises(
        ParseError, match=r"^input is not valid UTF-8: byte 0x93 at byte offset 6; pass encoding="
    ):
        newstranscript.parse_bytes(b"HOST: \x93hello\x94")


def test_a_fallback_encoding_decodes_legacy_bytes() -> None:
    story = newstranscript.parse_bytes(b"ANA RUIZ, HOST: \x93Hello.\x94", encoding="cp1252")
    assert story.turns[0].text == "\u201cHello.\u201d"


def test_binary_input_is_an_error() -> None:
    with pytest.raises(
        ParseError, match=r"^input is binary, not text: a NUL byte at byte offset 3$"
    ):
        newstranscript.parse_bytes(b"abc\x00def")


def test_strict_mode_raises_with_every_diagnostic() -> None:
    with pytest.raises(ParseError) as caught:
        newstranscript.read(PAGE, strict=True)
    assert [d.code for d in caught.value.diagnostics] == ["unlabelled-turn"]
    assert str(caught.value).startswith("1 problem in the transcript:\n  line 10, column 1: ")
    assert isinstance(caught.value, ValueError)


def test_speaker_finds_each_id_of_a_page_of_many_people_and_refuses_others() -> None:
    people = [Speaker(f"person-{n}", f"Person {n}") for n in range(2000)]
    story = Story(speakers=[*people, Speaker("person-7", "A Later Person Seven")])
    assert all(story.speaker(person.id) is person for person in people)
    assert story.speaker("person-7").name == "Person 7"  # the first of a repeated id
    evolved = attrs.evolve(story, speakers=people[:1])
    assert evolved.speaker("person-0") is people[0]
    with pytest.raises(KeyError):
        evolved.speaker("person-1")
    assert "speakers_by_id" not in repr(story)
