"""Never write over an input, nor one output over another: every target is checked against
every input of the run, stdin's file included, however either was named."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

import newstranscript
from newstranscript._cli import main
from tests.conftest import GOLDEN

PAGE = (GOLDEN / "npr_station_page.txt").read_bytes()


def test_out_dir_never_replaces_another_input(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # corpus/a.txt's output corpus/sub/a.txt is itself an input: it was replaced, and the run
    # said "converted 2 of 2" and exited 0
    corpus = tmp_path / "corpus"
    (corpus / "sub").mkdir(parents=True)
    (corpus / "a.txt").write_bytes(PAGE)
    only = corpus / "sub" / "a.txt"
    only.write_text("ONLY COPY\n")
    status = main([str(corpus), "--to", "text", "--out-dir", str(corpus / "sub"), "--jobs", "1"])
    err = capsys.readouterr().err
    assert status == 1
    assert only.read_text() == "ONLY COPY\n"
    assert f"{only}: refusing to overwrite an input file\n" in err
    assert "converted 1 of 2 files" in err
    # the files written during the run were not read back as inputs
    assert sorted(p.relative_to(corpus).as_posix() for p in corpus.rglob("*.txt")) == [
        "a.txt",
        "sub/a.txt",
        "sub/sub/a.txt",
    ]


def test_stdin_redirected_from_the_output_is_refused(tmp_path: Path) -> None:
    # `- -o story.txt < story.txt` replaced the transcript with JSON and exited 0
    story = tmp_path / "story.txt"
    story.write_bytes(PAGE)
    with story.open("rb") as stdin:
        result = subprocess.run(
            [sys.executable, "-m", "newstranscript", "-", "-o", str(story)],
            stdin=stdin,
            capture_output=True,
            text=True,
            check=False,
        )
    assert result.returncode == 2
    assert result.stderr == f"{story}: refusing to overwrite an input file (<stdin>)\n"
    assert story.read_bytes() == PAGE


def test_an_input_named_another_way_is_still_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "corpus").mkdir()
    (tmp_path / "corpus" / "a.txt").write_bytes(PAGE)
    (tmp_path / "alias").symlink_to("corpus")
    assert main(["corpus", "--to", "text", "-o", "alias/./a.txt"]) == 2
    assert (tmp_path / "corpus" / "a.txt").read_bytes() == PAGE
    assert "refusing to overwrite an input file (corpus/a.txt)" in capsys.readouterr().err


def test_two_inputs_of_one_folder_never_share_an_output(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # a.md and a.txt both became out/a.json: the last silently won
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.md").write_bytes(PAGE.replace(b"Port Ellery.", b"First."))
    (corpus / "a.txt").write_bytes(PAGE.replace(b"Port Ellery.", b"Second."))
    out = tmp_path / "out"
    status = main([str(corpus), "--glob", "a.*", "--out-dir", str(out), "-q", "--jobs", "1"])
    assert status == 1
    kept = newstranscript.from_json((out / "a.json").read_text("utf-8"))
    assert kept.signoff is not None
    assert kept.signoff.dateline == "First"
    target = out / "a.json"
    expected = f"{corpus / 'a.txt'}: its output {target} is already {corpus / 'a.md'}'s\n"
    assert capsys.readouterr().err == expected


def test_a_link_in_the_out_dir_never_leads_an_output_onto_another_input(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # outputs are written through links: one leading to another input must stop that
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "b.txt").write_bytes(PAGE)
    (corpus / "c.txt").write_bytes(PAGE.replace(b"Port Ellery.", b"Elsewhere."))
    out = tmp_path / "out"
    out.mkdir()
    (out / "b.txt").symlink_to(corpus / "c.txt")
    status = main([str(corpus), "--to", "text", "--out-dir", str(out), "-q", "--jobs", "1"])
    assert status == 1
    assert (corpus / "c.txt").read_bytes() == PAGE.replace(b"Port Ellery.", b"Elsewhere.")
    assert capsys.readouterr().err == f"{out / 'b.txt'}: refusing to overwrite an input file\n"
    assert (out / "c.txt").read_text("utf-8").startswith("Lighthouse")


def test_two_outputs_that_are_one_file_through_a_link_are_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first = tmp_path / "in" / "a.txt"
    second = tmp_path / "in" / "b.txt"
    first.parent.mkdir()
    first.write_bytes(PAGE)
    second.write_bytes(PAGE.replace(b"Port Ellery.", b"Elsewhere."))
    out = tmp_path / "out"
    out.mkdir()
    (out / "b.json").symlink_to("a.json")  # b's output is a's file
    status = main([str(first), str(second), "--out-dir", str(out), "-q", "--jobs", "1"])
    assert status == 1
    kept = newstranscript.from_json((out / "a.json").read_text("utf-8"))
    assert kept.source == str(first)
    assert capsys.readouterr().err == (
        f"{second}: its output {out / 'b.json'} is already {first}'s\n"
    )
