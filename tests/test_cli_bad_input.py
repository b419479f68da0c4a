"""The converter with bad input: each bad file reported, the rest converted, exit 1, and no
partial, corrupt or overwritten file ever left behind."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from newstranscript._cli import main
from tests.conftest import GOLDEN

PAGE = GOLDEN / "npr_station_page.txt"
GOOD = "ANA RUIZ, HOST: Hello.\n\nBEN OKAFOR, BYLINE: Hi, Ana.\n"


@pytest.fixture
def inputs(tmp_path: Path) -> dict[str, Path]:
    files = {
        "good": GOOD.encode(),
        "binary": b"ANA\x00RUIZ",
        "latin": b"ANA RUIZ, HOST: \x93Hello.\x94\n",
        "empty": b" \n\n",
        "also_good": PAGE.read_bytes(),
    }
    paths = {}
    for name, data in files.items():
        path = tmp_path / f"{name}.txt"
        path.write_bytes(data)
        paths[name] = path
    return paths


def test_each_bad_input_is_reported_and_the_rest_converted(
    inputs: dict[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "stories.jsonl"
    argv = [str(path) for path in inputs.values()]
    assert main([*argv, "--to", "jsonl", "-o", str(out), "-q"]) == 1
    assert capsys.readouterr().err.splitlines() == [
        f"{inputs['binary']}: input is binary, not text: a NUL byte at byte offset 3",
        f"{inputs['latin']}: input is not valid UTF-8: byte 0x93 at byte offset 16; pass "
        "--encoding cp1252 (or the file's real encoding) to decode it another way",
        f"{inputs['empty']}: input is empty: there is no transcript text to parse",
    ]
    stories = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    assert [story["headline"] for story in stories] == [
        None,
        "Lighthouse Keepers Return As Storms Batter The Northern Coast",
    ]


def test_warnings_name_path_line_and_column(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = tmp_path / "broken.txt"
    page.write_text("ANA RUIZ, HOST: (SOUNDBITE OF GULLS\n", "utf-8")
    assert main([str(page)]) == 0
    assert capsys.readouterr().err == (
        f"{page}:1:17: unbalanced-bracket an opening '(' is never closed on its line\n"
    )


def test_a_fallback_encoding_is_a_warning(
    inputs: dict[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([str(inputs["latin"]), "--encoding", "cp1252"]) == 0
    out, err = capsys.readouterr()
    assert json.loads(out)["segments"][0]["text"] == "\u201cHello.\u201d"
    assert err == (
        f"{inputs['latin']}:1:17: fallback-encoding the input is not UTF-8 (byte 0x93 at byte "
        "offset 16); it was decoded as cp1252\n"
    )


def test_strict_reports_every_problem_and_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = tmp_path / "broken.txt"
    page.write_text("Opening words. More of them.\n\nANA RUIZ, HOST: (GULLS\n", "utf-8")
    out = tmp_path / "story.json"
    assert main([str(page), "--strict", "-o", str(out)]) == 1
    assert capsys.readouterr().err.splitlines() == [
        f"{page}:1:1: unlabelled-turn the story opens with a paragraph that has no speaker "
        "label (usually the host's introduction, whose label the page lost)",
        f"{page}:3:17: unbalanced-bracket an opening '(' is never closed on its line",
        f"{page}: 2 problems in the transcript: unlabelled-turn at 1:1, unbalanced-bracket at 3:17",
    ]
    assert not out.exists()


def test_a_strict_failure_names_five_problems_and_counts_the_rest(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = tmp_path / "brackets.txt"
    lines = [f"ANA RUIZ, HOST: Point {n} (GULLS" for n in range(7)]
    page.write_text("\n\n".join(lines) + "\n", "utf-8")
    assert main([str(page), "--strict", "-q"]) == 1
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 8  # each problem in full, then the failure
    assert err[-1] == (
        f"{page}: 7 problems in the transcript: unbalanced-bracket at 1:25, unbalanced-bracket "
        "at 3:25, unbalanced-bracket at 5:25, unbalanced-bracket at 7:25, unbalanced-bracket at "
        "9:25 and 2 more, listed above"
    )


def test_when_every_input_fails_an_existing_output_is_left_alone(
    inputs: dict[str, Path], tmp_path: Path
) -> None:
    out = tmp_path / "stories.jsonl"
    out.write_text("earlier results\n", "utf-8")
    argv = [str(inputs["binary"]), str(inputs["empty"]), "--to", "jsonl", "-o", str(out), "-q"]
    assert main(argv) == 1
    assert out.read_text("utf-8") == "earlier results\n"


def test_a_failed_write_leaves_no_partial_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "story.json"
    out.write_text("earlier results\n", "utf-8")

    def disk_full(source: str, target: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", disk_full)
    assert main([str(PAGE), "-o", str(out), "-q"]) == 1
    assert capsys.readouterr().err == f"{out}: No space left on device\n"
    assert out.read_text("utf-8") == "earlier results\n"
    assert sorted(os.listdir(tmp_path)) == ["story.json"]  # no temporary file left behind


def test_an_input_is_never_overwritten_through_a_link(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = tmp_path / "page.txt"
    page.write_bytes(PAGE.read_bytes())
    link = tmp_path / "link.json"
    link.symlink_to(page)
    assert main([str(page), "-o", str(link), "-q"]) == 2
    assert page.read_bytes() == PAGE.read_bytes()
    assert capsys.readouterr().err == f"{link}: refusing to overwrite an input file ({page})\n"


def test_an_output_folder_that_does_not_exist_is_created(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # it used to print "out/story.json: No such file or directory", as for a missing input
    out = tmp_path / "missing" / "deeper" / "story.json"
    assert main([str(PAGE), "-o", str(out), "-q"]) == 0
    assert json.loads(out.read_text("utf-8"))["source"] == str(PAGE)
    assert capsys.readouterr().err == ""


def test_an_output_folder_that_cannot_be_created_is_named_as_such(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "plain").write_text("a file, not a folder\n")
    out = tmp_path / "plain" / "sub" / "story.json"
    assert main([str(PAGE), "-o", str(out), "-q"]) == 1
    folder = tmp_path / "plain" / "sub"
    assert capsys.readouterr().err == (
        f"{folder}: cannot create the output folder: Not a directory\n"
    )
