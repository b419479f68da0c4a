"""The converter's data-set formats: CSV and Parquet tables of turns, MediaSum lines, a
ConvoKit folder, saved HTML pages in, every record naming the input it came from."""

from __future__ import annotations

import csv
import io
import json
import shutil
import sys
from pathlib import Path

import pytest

import newstranscript
from newstranscript._cli import main
from tests.conftest import DATA, GOLDEN

GOLDENS = sorted(GOLDEN.glob("*.txt"))
SEVERAL = GOLDEN / "damage_several_stories.txt"


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    for page in GOLDENS:
        shutil.copy(page, folder / page.name)
    return folder


def _stories(folder: Path) -> list[newstranscript.Story]:
    found: list[newstranscript.Story] = []
    for item in newstranscript.read_corpus(folder):
        assert item.ok, item.error
        found.extend(item.stories)
    return found


def test_csv_of_the_goldens_is_one_table_with_provenance(
    corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "turns.csv"
    assert main([str(corpus), "-o", str(out), "-q", "-j", "2"]) == 0
    text = out.read_text("utf-8")
    assert text.count("story,turn,speaker,") == 1  # one header for every input
    rows = list(csv.DictReader(io.StringIO(text, newline="")))
    expected = [r for story in _stories(corpus) for r in newstranscript.to_records(story)]
    assert [row["source"] for row in rows] == [r["source"] for r in expected]
    assert [row["text"] for row in rows] == [r["text"] for r in expected]
    assert {row["source"] for row in rows} == {str(corpus / p.name) for p in GOLDENS} - {
        str(corpus / p.name)
        for p in GOLDENS
        if not newstranscript.read(p).turns  # a page with no turn gives no row
    }


def test_csv_with_all_names_each_story_of_a_page(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(SEVERAL), "--to", "csv", "--all", "-q"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out, newline="")))
    assert {row["story"] for row in rows} == {f"{SEVERAL}#{n}" for n in range(3)}
    assert {row["source"] for row in rows} == {str(SEVERAL)}


def test_csv_out_dir_gives_each_input_its_table(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "tables"
    assert main([str(corpus), "--to", "csv", "--out-dir", str(out), "-q", "-j", "1"]) == 0
    written = sorted(out.glob("*.csv"))
    assert len(written) == len(GOLDENS)
    assert all(path.read_text("utf-8").startswith("story,turn,") for path in written)


def test_parquet_of_the_goldens(corpus: Path, tmp_path: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet", reason="pip install '.[parquet]'")
    out = tmp_path / "turns.parquet"
    assert main([str(corpus), "-o", str(out), "-q", "-j", "2"]) == 0
    table = pq.read_table(out)
    assert table.column_names == list(newstranscript.RECORD_FIELDS)
    expected = [r for story in _stories(corpus) for r in newstranscript.to_records(story)]
    assert table.to_pylist() == expected


def test_parquet_without_pyarrow_says_which_extra(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setitem(sys.modules, "pyarrow", None)  # import pyarrow raises ImportError
    out = tmp_path / "turns.parquet"
    assert main([str(GOLDEN / "label_cnn.txt"), "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert "pip install 'newstranscript[parquet]'" in err
    assert not out.exists()
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("argv", [["--to", "parquet"], ["--to", "convokit"]])
def test_whole_run_formats_need_an_output(
    argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([str(GOLDEN / "label_cnn.txt"), *argv]) == 2
    assert "give -o with a" in capsys.readouterr().err


def test_mediasum_lines_one_per_story(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(SEVERAL), str(GOLDEN / "label_cnn.txt"), "--to", "mediasum", "--all",
                 "-q"]) == 0  # fmt: skip
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [record["id"] for record in records] == [
        *(f"{SEVERAL}#{n}" for n in range(3)),
        f"{GOLDEN / 'label_cnn.txt'}#0",
    ]
    for record in records:
        assert tuple(record) == newstranscript.MEDIASUM_FIELDS
        assert len(record["utt"]) == len(record["speaker"])


def test_convokit_folder_of_every_story(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "convokit"
    assert main([str(corpus), "--to", "convokit", "-o", str(out), "-q", "-j", "2"]) == 0
    assert sorted(p.name for p in out.iterdir()) == sorted(newstranscript.CONVOKIT_FILES)
    stories = _stories(corpus)
    conversations = json.loads((out / "conversations.json").read_text("utf-8"))
    assert list(conversations) == [story.source for story in stories]
    lines = (out / "utterances.jsonl").read_text("utf-8").splitlines()
    assert len(lines) == sum(len(story.turns) for story in stories)


def test_convokit_never_writes_over_an_input(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "pages"
    folder.mkdir()
    shutil.copy(GOLDEN / "label_cnn.txt", folder / "speakers.json")
    argv = [str(folder), "--glob", "*.json", "--to", "convokit", "-o", str(folder), "-q"]
    assert main(argv) == 1
    assert "refusing to overwrite an input file" in capsys.readouterr().err
    assert (folder / "speakers.json").read_bytes() == (GOLDEN / "label_cnn.txt").read_bytes()
    assert sorted(p.name for p in folder.iterdir()) == ["speakers.json"]  # none half written


def test_convokit_into_a_file_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "file"
    target.write_text("kept", encoding="utf-8")
    assert main([str(GOLDEN / "label_cnn.txt"), "--to", "convokit", "-o", str(target)]) == 2
    assert target.read_text("utf-8") == "kept"


def test_html_pages_in_a_folder_with_from_html(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([str(DATA / "html"), "--from", "html", "--to", "jsonl", "-q", "-j", "1"]) == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    pages = sorted((DATA / "html").glob("*.html"))
    assert [record["source"] for record in records] == [str(page) for page in pages]
    for record, page in zip(records, pages, strict=True):
        expected = newstranscript.read(page.with_suffix(".txt"))
        assert [s["text"] for s in record["segments"]] == [s.text for s in expected.segments]


def test_an_html_page_is_told_by_its_start(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = tmp_path / "saved.txt"
    page.write_bytes(b"\xef\xbb\xbf\n  " + (DATA / "html" / "pbs.html").read_bytes())
    assert main([str(page), "--to", "jsonl", "-q"]) == 0
    record = json.loads(capsys.readouterr().out)
    assert "<" not in record["segments"][0]["text"]
    assert main([str(page), "--to", "jsonl", "--from", "text", "-q"]) == 0
    as_text = json.loads(capsys.readouterr().out)
    assert as_text["segments"] != record["segments"]


def test_people_needs_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(GOLDEN / "label_cnn.txt"), "--to", "csv", "--people"]) == 2
    assert "--people needs --to json" in capsys.readouterr().err


def test_a_failed_input_leaves_the_table_of_the_others(
    corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pytest.importorskip("pyarrow.parquet", reason="pip install '.[parquet]'")
    (corpus / "aaa_empty.txt").write_bytes(b"")
    out = tmp_path / "turns.parquet"
    assert main([str(corpus), "-o", str(out), "-j", "2", "-q"]) == 1
    assert "aaa_empty.txt: input is empty" in capsys.readouterr().err
    import pyarrow.parquet as pq

    assert pq.read_table(out).num_rows == sum(len(s.turns) for s in _stories_ok(corpus))


def _stories_ok(folder: Path) -> list[newstranscript.Story]:
    return [s for item in newstranscript.read_corpus(folder) for s in item.stories]
