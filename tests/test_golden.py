"""Golden files: each fictional transcript beside the JSON and Markdown it must become.

Set NEWSTRANSCRIPT_UPDATE_GOLDEN=1 to rewrite the expected files after a deliberate change,
then read the diff before committing it.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

import newstranscript
from tests.conftest import GOLDEN

TRANSCRIPTS = sorted(GOLDEN.glob("*.txt"))
UPDATE = os.environ.get("NEWSTRANSCRIPT_UPDATE_GOLDEN") == "1"


def test_there_are_golden_files() -> None:
    assert TRANSCRIPTS, f"no golden transcripts found in {GOLDEN}"


def _check(expected_path: Path, actual: str) -> None:
    if UPDATE:
        expected_path.write_text(actual, encoding="utf-8")
    assert expected_path.exists(), f"{expected_path.name} is missing; run with UPDATE_GOLDEN"
    assert actual == expected_path.read_text(encoding="utf-8")


@pytest.mark.parametrize("transcript", TRANSCRIPTS, ids=lambda path: path.stem)
def test_json_matches_golden(transcript: Path) -> None:
    story = newstranscript.read(transcript)
    _check(transcript.with_suffix(".json"), newstranscript.to_json(story) + "\n")


@pytest.mark.parametrize("transcript", TRANSCRIPTS, ids=lambda path: path.stem)
def test_markdown_matches_golden(transcript: Path) -> None:
    story = newstranscript.read(transcript)
    _check(transcript.with_suffix(".md"), newstranscript.to_markdown(story))


@pytest.mark.parametrize("transcript", TRANSCRIPTS, ids=lambda path: path.stem)
def test_golden_json_reads_back_to_the_parsed_story(transcript: Path) -> None:
    story = newstranscript.read(transcript)
    document = transcript.with_suffix(".json").read_text(encoding="utf-8")
    assert newstranscript.from_json(document) == story
    assert json.loads(document)["format"] == "newstranscript/1"
