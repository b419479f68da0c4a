"""One speaker across many stories: people linked by their name key, likely duplicates
flagged (never merged), ids that stay the same whatever the run or the order of the corpus."""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
from datetime import date
from pathlib import Path

import pytest

import newstranscript
from newstranscript._cli import main
from newstranscript._convert.people import (
    FIRST_NAME_DROPPED,
    INITIAL_FOR_FIRST_NAME,
    SURNAME_SPELLING,
    _one_edit,
)
from tests.conftest import DATA

CORPUS = DATA / "people"


def _stories(order: list[Path] | None = None) -> list[newstranscript.Story]:
    paths = order if order is not None else sorted(CORPUS.glob("*.txt"))
    return [newstranscript.read(path, source=path.name) for path in paths]


def _by_name(people: list[newstranscript.Person]) -> dict[str, newstranscript.Person]:
    return {person.name: person for person in people}


def test_one_person_across_stories_keeps_every_story_role_date_and_label() -> None:
    found = _by_name(newstranscript.people(_stories()))
    fern = found["Tobias Fern"]
    assert fern.stories == ("01_orchard.txt", "02_harbour.txt")
    assert fern.roles == (("reporter", 2),)
    assert (fern.first, fern.last) == (date(2031, 3, 2), date(2031, 4, 15))
    assert fern.labels == ("FERN", "TOBIAS FERN, BYLINE")  # the surname resolved in its story
    vidal = found["Alma Vidal"]
    assert vidal.stories == ("01_orchard.txt", "03_library.txt")
    assert vidal.id == newstranscript.person_id("Alma Vidal")


def test_likely_duplicates_are_flagged_both_ways_and_never_merged() -> None:
    found = _by_name(newstranscript.people(_stories()))
    weston, westen = found["Nina Weston"], found["Nina Westen"]
    assert westen.stories == ("03_library.txt",)  # kept apart: a person confirms
    reasons = {(other.name, other.reason) for other in weston.similar}
    assert reasons == {
        ("Nina Westen", SURNAME_SPELLING),
        ("N. Weston", INITIAL_FOR_FIRST_NAME),
    }
    assert [(s.person, s.reason) for s in westen.similar] == [(weston.id, SURNAME_SPELLING)]
    assert [(s.name, s.reason) for s in found["Fern"].similar] == [
        ("Tobias Fern", FIRST_NAME_DROPPED)
    ]
    assert found["Cormac Dunne"].similar == ()  # no look-alike: nothing to confirm


def test_ids_stay_the_same_across_runs_and_input_order() -> None:
    paths = sorted(CORPUS.glob("*.txt"))
    forward = newstranscript.people(_stories(paths))
    backward = newstranscript.people(_stories(paths[::-1]))
    assert [(p.id, p.name, p.similar) for p in forward] == [
        (p.id, p.name, p.similar) for p in backward
    ]
    # the documented rule, so another tool can compute it: SHA-256 of the name key
    import hashlib

    key = newstranscript.name_key("NÍNA  Weston")
    assert key == "nina weston"
    digest = hashlib.sha256(key.encode("utf-8")).hexdigest()[:12]
    assert newstranscript.person_id("Nina Weston") == f"p-{digest}"


def test_name_keys_match_case_accents_and_punctuation() -> None:
    assert newstranscript.name_key("Seán O'Rourke-Hale") == "sean orourkehale"
    assert newstranscript.name_key("N. Weston") == "n weston"
    assert newstranscript.name_key("  ") == ""


@pytest.mark.parametrize(
    ("one", "other", "expected"),
    [
        ("weston", "westen", True),  # substitution
        ("weston", "westonn", True),  # insertion
        ("weston", "wston", True),  # deletion
        ("weston", "wetson", True),  # neighbours swapped
        ("weston", "weston", False),
        ("weston", "wesson", True),
        ("weston", "wastin", False),  # two edits
        ("weston", "westonne", False),
    ],
)
def test_one_edit_apart(one: str, other: str, expected: bool) -> None:
    assert _one_edit(one, other) is expected
    assert _one_edit(other, one) is expected


def test_a_large_corpus_is_not_compared_pair_by_pair() -> None:
    # Two thousand people of one surname under distinct first names: no pair is flagged,
    # and the blocks keep the work near linear (a pairwise check would be two million).
    speakers = [
        newstranscript.Speaker(id=f"s{n}", name=f"Given{n:04d}x Weston") for n in range(2000)
    ]
    story = newstranscript.Story(speakers=speakers, source="big")
    found = newstranscript.people([story])
    assert len(found) == 2000
    assert all(person.similar == () for person in found)


def test_unidentified_speakers_are_nobody_in_particular() -> None:
    one = newstranscript.Speaker(id="unidentified-person-1", name="Unidentified Person #1",
                                 role="unidentified")  # fmt: skip
    story = newstranscript.Story(speakers=[one], source="a")
    assert newstranscript.people([story, newstranscript.Story(speakers=[one], source="b")]) == []


def test_people_refuses_what_is_not_stories() -> None:
    with pytest.raises(TypeError, match="iterable of stories"):
        newstranscript.people(_stories()[0])  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="no key for story 1"):
        newstranscript.people(_stories()[:2], keys=["only-one"])


def test_speakers_lists_the_corpus_as_a_table(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["speakers", str(CORPUS), "-j", "1"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("8 people\n")
    weston = newstranscript.person_id("Nina Weston")
    assert f"maybe the same as Nina Weston ({weston}): surname one letter apart" in out


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_speakers_json_for_tools_is_the_same_whatever_the_order(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], jobs: str
) -> None:
    assert main(["speakers", str(CORPUS), "--to", "json", "-j", jobs]) == 0
    listed = json.loads(capsys.readouterr().out)
    files = sorted(CORPUS.glob("*.txt"))
    assert main(["speakers", *map(str, files[::-1]), "--to", "jsonl", "-j", jobs]) == 0
    reversed_ = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [p["id"] for p in listed] == [p["id"] for p in reversed_]
    weston = next(p for p in listed if p["name"] == "Nina Weston")
    assert weston["roles"] == {"host": 2}
    assert weston["first"] == "2031-03-02"
    assert {s["reason"] for s in weston["similar"]} == {SURNAME_SPELLING, INITIAL_FOR_FIRST_NAME}


def test_speakers_csv_and_a_failed_input(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    corpus = tmp_path / "corpus"
    shutil.copytree(CORPUS, corpus)
    (corpus / "00_empty.txt").write_text("", encoding="utf-8")
    out = tmp_path / "people.csv"
    assert main(["speakers", str(corpus), "--to", "csv", "-o", str(out), "-j", "2"]) == 1
    assert "00_empty.txt: input is empty" in capsys.readouterr().err
    rows = list(csv.DictReader(io.StringIO(out.read_text("utf-8"))))
    assert len(rows) == 8  # the other files are all read
    fern = next(row for row in rows if row["name"] == "Tobias Fern")
    assert fern["roles"] == "reporter 2"
    assert fern["stories"].count("; ") == 1


def test_speakers_is_a_path_when_a_file_of_that_name_is_converted(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    shutil.copy(CORPUS / "02_harbour.txt", "speakers")
    # "speakers -q" is no speakers command line: the file named speakers is converted
    assert main(["speakers", "-q", "--to", "jsonl"]) == 0
    assert json.loads(capsys.readouterr().out)["source"] == "speakers"
    assert main(["speakers", str(CORPUS / "01_orchard.txt")]) == 0
    captured = capsys.readouterr()
    assert "'speakers' is the subcommand here" in captured.err
    assert captured.out.startswith("3 people")
    assert os.path.exists("speakers")


def test_people_ids_in_jsonl_records(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(CORPUS), "--to", "jsonl", "--people", "-q", "-j", "1"]) == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    listed = {p.name: p.id for p in newstranscript.people(_stories())}
    for record in records:
        for speaker in record["speakers"]:
            assert speaker["person"] == listed[speaker["name"]]
        newstranscript.from_json(json.dumps(record))  # the added field reads back
    import jsonschema

    for record in records:
        jsonschema.validate(record, newstranscript.json_schema())


def test_people_ids_in_one_json_document_and_an_array(
    capsys: pytest.CaptureFixture[str],
) -> None:
    page = CORPUS / "01_orchard.txt"
    assert main([str(page), "--people", "-q"]) == 0
    document = json.loads(capsys.readouterr().out)
    assert [s["person"] for s in document["speakers"]] == [
        newstranscript.person_id(s["name"]) for s in document["speakers"]
    ]
    assert main([str(page), "--people", "--all", "-q"]) == 0
    (only,) = json.loads(capsys.readouterr().out)
    assert only["speakers"] == document["speakers"]
    assert main([str(page), "-q"]) == 0  # without --people the format is as it was
    assert all("person" not in s for s in json.loads(capsys.readouterr().out)["speakers"])


def test_speakers_never_writes_its_listing_over_an_input(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    corpus = tmp_path / "corpus"
    shutil.copytree(CORPUS, corpus)
    target = corpus / "01_orchard.txt"
    before = target.read_bytes()
    assert main(["speakers", str(corpus), "--to", "csv", "-o", str(target)]) == 2
    assert "refusing to overwrite an input file" in capsys.readouterr().err
    assert target.read_bytes() == before
