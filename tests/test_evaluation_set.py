"""The development set of real pages stays well formed: every truth file readable by the
shared scorer and listed in a manifest that can pull its page again. The page texts are not
part of the repository, so nothing here needs them."""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

import pytest

EVALUATION = Path(__file__).parent.parent / "evaluation"
TRUTHS = sorted((EVALUATION / "truth").glob("*.json"))
MANIFESTS = sorted((EVALUATION / "manifest").glob("*.tsv"))
BASES = {"label", "label_resolved", "self_intro", "continuation", "none"}
ROLES = {"host", "reporter", "anchor", "correspondent", "guest", "unidentified", None}
MANIFEST_COLUMNS = ("file", "url", "outlet", "shapes", "query")


def _manifest() -> dict[str, dict[str, str]]:
    rows: dict[str, dict[str, str]] = {}
    for path in MANIFESTS:
        with path.open(encoding="utf-8", newline="") as handle:
            for number, cells in enumerate(csv.reader(handle, delimiter="\t"), 1):
                assert len(cells) == len(MANIFEST_COLUMNS), f"{path.name}:{number}: {cells!r}"
                row = dict(zip(MANIFEST_COLUMNS, cells, strict=True))
                assert row["file"] not in rows, f"{path.name}:{number}: {row['file']} twice"
                rows[row["file"]] = row
    return rows


def test_the_set_is_there() -> None:
    assert len(TRUTHS) >= 150
    assert MANIFESTS


def test_every_page_has_one_manifest_row() -> None:
    rows = _manifest()
    files = {json.loads(path.read_text("utf-8"))["file"] for path in TRUTHS}
    assert files == set(rows)
    for row in rows.values():
        assert row["url"].startswith(("http://", "https://")), row
        assert row["query"].strip(), row


@pytest.mark.parametrize("path", TRUTHS, ids=lambda path: path.stem)
def test_truth_file_is_well_formed(path: Path) -> None:
    truth: dict[str, Any] = json.loads(path.read_text("utf-8"))
    assert truth["file"] == path.stem + ".txt"
    assert isinstance(truth["headline"], str | None)
    assert all(isinstance(line, str) for line in truth.get("chrome", []))
    for segment in truth["segments"]:
        assert segment["type"] in {"turn", "marker", "note"}, segment
        if segment["type"] == "turn":
            assert isinstance(segment.get("speaker"), str | None), segment
            assert segment.get("role") in ROLES, segment
            assert segment.get("speaker_basis", "label") in BASES, segment
        elif segment["type"] == "marker":
            assert segment["text"].strip(), segment
    if "signoff" in truth:
        assert set(truth["signoff"]) <= {"name", "outlet", "dateline"}
    assert int(truth.get("stories") or 1) >= 1
