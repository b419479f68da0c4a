"""The fuzz target keeps working without atheris: its contract runs on the seed corpus."""

from __future__ import annotations

from pathlib import Path

import pytest
from fuzz.fuzz_parse import REPEATS, check_one_input

SEEDS = sorted((Path(__file__).parent.parent / "fuzz" / "seeds").iterdir())


def test_there_are_seeds() -> None:
    assert len(SEEDS) >= 4


@pytest.mark.parametrize("seed", SEEDS, ids=lambda path: path.name)
def test_every_seed_keeps_the_contract(seed: Path) -> None:
    check_one_input(seed.read_bytes())


@pytest.mark.parametrize(
    "data",
    [b"", b"\x00", b"\x01", b"\x00\xff\xfe", b"\x01\x00\x00", b"\x01\xef\xbb\xbf", b"\x00(("],
)
def test_odd_inputs_keep_the_contract(data: bytes) -> None:
    check_one_input(data)


def test_a_broken_contract_is_reported(monkeypatch: pytest.MonkeyPatch) -> None:
    import newstranscript

    def finds_a_gap(story: newstranscript.Story, text: str) -> newstranscript.Audit:
        return newstranscript.Audit(missing=[newstranscript.Span(0, 3)])

    monkeypatch.setattr(newstranscript, "audit", finds_a_gap)
    with pytest.raises(AssertionError, match=r"^not accounted for: 0\.\.3 'ANA'$"):
        check_one_input(b"\x00ANA RUIZ, HOST: Hello.")


@pytest.mark.parametrize(
    "data",
    [
        b"\x00ANA RUIZ, HOST: caf\xe9 \xed\xa0\x80.",  # lone surrogates kept as text
        b"\x02undefined\ncaf\xe9",
        b"\x02punycode\nabc-9\x00",
        b"\x02utf8\x00\ncaf\xe9",
        b"\x02unicode_escape\nANA RUIZ, HOST: \\ud800 \\q.",
        b"\x02\xff\xfe\n\x00",
        b'\x03{"format": "\xff"}',
        b"\x03" + b"[" * 100_000,
        b'\x03{"format": "newstranscript/1", "line": ' + b"9" * 5000 + b"}",
        b'\x03{"format": "\\ud800"}',
    ],
)
def test_hostile_encodings_and_json_keep_the_contract(data: bytes) -> None:
    check_one_input(data)


def test_the_third_bit_reads_the_input_repeated_as_a_page_of_stories(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import newstranscript

    read: list[str] = []
    parse_many = newstranscript.parse_many

    def recorded(text: str) -> list[newstranscript.Story]:
        read.append(text)
        return parse_many(text)

    monkeypatch.setattr(newstranscript, "parse_many", recorded)
    check_one_input(b"\x04ANA RUIZ, HOST: Hello.")
    assert read == ["\n\n".join(["ANA RUIZ, HOST: Hello."] * REPEATS)]
