"""The JSON writer and reader: exact round trip, and clear errors for documents that are off."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
from hypothesis import given

import newstranscript
from newstranscript import FormatError, Story
from tests.conftest import GOLDEN
from tests.strategies import stories

EXAMPLE = Path(__file__).parent.parent / "examples" / "lighthouse_keepers.txt"


@given(stories)
def test_round_trip_is_exact(story: Story) -> None:
    assert newstranscript.from_json(newstranscript.to_json(story)) == story


@given(stories)
def test_one_line_form_round_trips_and_has_no_newline(story: Story) -> None:
    document = newstranscript.to_json(story, indent=None)
    assert "\n" not in document
    assert newstranscript.from_json(document) == story


@given(stories)
def test_every_generated_story_is_valid_against_the_schema(story: Story) -> None:
    jsonschema.validate(json.loads(newstranscript.to_json(story)), newstranscript.json_schema())


def _golden() -> dict[str, object]:
    data = json.loads(sorted(GOLDEN.glob("*.json"))[0].read_text("utf-8"))
    assert isinstance(data, dict)
    return data


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d.update(format="newstranscript/9"), "format: expected 'newstranscript/1'"),
        (lambda d: d.pop("segments"), "segments: missing"),
        (
            lambda d: d["segments"][1].update(span=[5]),
            r"segments\[1\]\.span: expected \[start, end\]",
        ),
        (
            lambda d: d["segments"][0].update(type="monologue"),
            r"segments\[0\]\.type: expected one of",
        ),
        (lambda d: d["speakers"][0].update(name=7), r"speakers\[0\]\.name: expected str, got int"),
        (lambda d: d.update(date="last Tuesday"), "date: not an ISO 8601 date"),
        (lambda d: d["dropped"][0].update(span=[9, 2]), r"dropped\[0\]\.span: a span runs"),
        (
            lambda d: d["segments"][2].update(speaker="nobody"),
            r"^segments\[2\]\.speaker: 'nobody' is the id of no speaker in speakers$",
        ),
        (
            lambda d: d["speakers"].append(dict(d["speakers"][0])),
            r"^speakers\[\d+\]\.id: '[a-z-]+' is already the id of speakers\[0\]$",
        ),
        (
            lambda d: d["segments"].append(
                {
                    "type": "soundbite",
                    "speaker": d["speakers"][0]["id"],
                    "text": "(LAUGHTER)",
                    "kind": "sound",
                    "description": "LAUGHTER",
                    "artist": None,
                    "title": None,
                    "span": [0, 10],
                }
            ),
            r"^segments\[\d+\]\.speaker: only a turn has a speaker, not a soundbite$",
        ),
        (
            lambda d: d["segments"].append(
                {"type": "note", "text": "A note.", "span": [0, 1], "speaker": "anyone"}
            ),
            r"^segments\[\d+\]\.speaker: only a turn has a speaker, not a note$",
        ),
        (
            lambda d: d["speakers"][0].update(role="boss"),
            r"^speakers\[0\]\.role: expected one of \('host', .*\), got 'boss'$",
        ),
        (
            lambda d: d["segments"][0].update(basis="hunch"),
            r"^segments\[0\]\.basis: expected one of \('label', .*\), got 'hunch'$",
        ),
        (
            lambda d: d["segments"].append(
                {"type": "note", "text": "A note.", "span": [0, 1], "basis": "label"}
            ),
            r"^segments\[\d+\]\.basis: only a turn has a basis, not a note$",
        ),
        (
            lambda d: d["segments"][0].update(inline=True),
            r"^segments\[0\]\.inline: only a soundbite is inline, not a turn$",
        ),
        (
            lambda d: d["segments"].append(
                {
                    "type": "soundbite",
                    "text": "(WEIRD)",
                    "kind": "weird",
                    "description": "WEIRD",
                    "artist": None,
                    "title": None,
                    "span": [0, 7],
                }
            ),
            r"^segments\[\d+\]\.kind: expected one of \('recording', .*\), got 'weird'$",
        ),
        (
            lambda d: d["segments"].append(
                {
                    "type": "turn",
                    "speaker": None,
                    "text": "Well (zzz) yes.",
                    "span": [0, 15],
                    "annotations": [{"text": "(zzz)", "kind": "zzz", "span": [5, 10]}],
                }
            ),
            r"^segments\[\d+\]\.annotations\[0\]\.kind: expected one of .*, got 'zzz'$",
        ),
        (
            lambda d: d["diagnostics"].append(
                {"code": "odd", "message": "odd", "line": 0, "column": 1}
            ),
            r"^diagnostics\[\d+\]\.line: expected a number from 1 up, got 0$",
        ),
        (
            lambda d: d["diagnostics"].append(
                {"code": "odd", "message": "odd", "line": 1, "column": 0}
            ),
            r"^diagnostics\[\d+\]\.column: expected a number from 1 up, got 0$",
        ),
    ],
)
def test_errors_name_the_field(change: object, message: str) -> None:
    data = _golden()
    change(data)  # type: ignore[operator]
    with pytest.raises(FormatError, match=message):
        newstranscript.from_json(json.dumps(data))


def test_not_json_says_where() -> None:
    with pytest.raises(FormatError, match=r"not JSON: .*line 1, column 2"):
        newstranscript.from_json("{nope")


def test_a_list_is_not_a_story() -> None:
    with pytest.raises(FormatError, match="expected a JSON object, got list"):
        newstranscript.from_json("[]")


def test_wrong_type_is_a_type_error() -> None:
    with pytest.raises(TypeError, match="from_json\\(\\) takes a str or bytes, not dict"):
        newstranscript.from_json({})  # type: ignore[arg-type]


def _matches(shown: object, written: object) -> bool:
    """Whether a value of the doc's abridged example is what was written: equal, a string cut
    short with ``...``, or a list or object whose shown items match the written ones."""
    if isinstance(shown, str) and shown.endswith(" ..."):
        return isinstance(written, str) and written.startswith(shown[:-4])
    if isinstance(shown, dict):
        return (
            isinstance(written, dict)
            and shown.keys() == written.keys()
            and all(_matches(value, written[key]) for key, value in shown.items())
        )
    if isinstance(shown, list) and any(isinstance(item, dict) for item in shown):
        # an abridged list of objects: each shown object is one of those written
        return isinstance(written, list) and all(
            any(_matches(item, candidate) for candidate in written) for item in shown
        )
    return shown == written


def test_the_format_docs_example_is_what_the_converter_writes() -> None:
    doc = (Path(__file__).parent.parent / "docs" / "format.md").read_text("utf-8")
    example = json.loads(doc.split("## Example", 1)[1].split("```json\n", 1)[1].split("```")[0])
    story = newstranscript.read(EXAMPLE, source="examples/lighthouse_keepers.txt")
    written = json.loads(newstranscript.to_json(story))
    assert example.keys() == written.keys()
    for key, shown in example.items():
        assert _matches(shown, written[key]), key


@pytest.mark.parametrize(
    "change",
    [
        lambda d: d["speakers"][0].update(role="boss"),
        lambda d: d["segments"][0].update(type="monologue"),
        lambda d: d["diagnostics"].append({"code": "odd", "message": "", "line": 0, "column": 1}),
        lambda d: d["segments"].append(
            {"type": "note", "text": "A note.", "span": [0, 1], "speaker": "anyone"}
        ),
        lambda d: d["segments"][0].update(basis="hunch"),
        lambda d: d["segments"].append(
            {"type": "note", "text": "A note.", "span": [0, 1], "basis": "label"}
        ),
    ],
)
def test_the_schema_refuses_what_from_json_refuses(change: object) -> None:
    data = _golden()
    change(data)  # type: ignore[operator]
    with pytest.raises(FormatError):
        newstranscript.from_json(json.dumps(data))
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(data, newstranscript.json_schema())


@pytest.mark.parametrize(
    ("build", "value"),
    [
        (lambda: newstranscript.Segment("bogus", "hi", newstranscript.Span(0, 2)), "bogus"),  # type: ignore[arg-type]
        (lambda: newstranscript.Soundbite("weird", "WEIRD"), "weird"),
        (lambda: newstranscript.Speaker("ann-lee", "Ann Lee", role="boss"), "boss"),
        (lambda: newstranscript.Annotation("(zzz)", "zzz", newstranscript.Span(0, 5)), "zzz"),
        (
            lambda: newstranscript.Segment("turn", "hi", newstranscript.Span(0, 2), basis="hunch"),
            "hunch",
        ),
    ],
)
def test_the_model_refuses_a_kind_the_format_cannot_carry(build: object, value: str) -> None:
    with pytest.raises(ValueError, match=rf"must be one of \(.*\), got '{value}'$"):
        build()  # type: ignore[operator]
