"""The JSON output is valid against the JSON Schema the package ships."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

import newstranscript
from tests.conftest import GOLDEN

DOCUMENTS = sorted(GOLDEN.glob("*.json"))


def test_the_schema_is_itself_valid() -> None:
    schema = newstranscript.json_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    assert schema["properties"]["format"]["const"] == "newstranscript/1"


def test_there_are_documents_to_validate() -> None:
    assert DOCUMENTS


@pytest.mark.parametrize("document", DOCUMENTS, ids=lambda path: path.stem)
def test_golden_json_is_valid(document: Path) -> None:
    jsonschema.validate(json.loads(document.read_text("utf-8")), newstranscript.json_schema())


def test_the_schema_rejects_a_renamed_field() -> None:
    story = newstranscript.read(DOCUMENTS[0].with_suffix(".txt"))
    data = json.loads(newstranscript.to_json(story))
    data["speaker_list"] = data.pop("speakers")
    with pytest.raises(jsonschema.ValidationError, match="'speakers' is a required property"):
        jsonschema.validate(data, newstranscript.json_schema())


def test_the_schema_rejects_an_unknown_segment_type() -> None:
    story = newstranscript.read(DOCUMENTS[0].with_suffix(".txt"))
    data = json.loads(newstranscript.to_json(story))
    data["segments"][0]["type"] = "monologue"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(data, newstranscript.json_schema())
