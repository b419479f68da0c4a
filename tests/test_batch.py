"""The converter on many inputs: folders, --glob, --out-dir, ordered JSONL, --jobs, stats."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest

import newstranscript
from newstranscript._cli import main
from newstranscript._convert import batch as _batch
from newstranscript._convert import processes as _processes
from newstranscript._convert.progress import Tally, line
from tests.conftest import GOLDEN

PAGE = (GOLDEN / "npr_station_page.txt").read_text("utf-8")


def _corpus(root: Path, count: int = 5) -> list[Path]:
    """A folder tree of pages told apart by their sign-off's dateline, plus a non-match."""
    written = []
    for number in range(count):
        page = root / f"part{number % 2}" / f"story{number:02d}.txt"
        page.parent.mkdir(parents=True, exist_ok=True)
        page.write_text(PAGE.replace("Port Ellery.", f"Harbor {number}."), encoding="utf-8")
        written.append(page)
    (root / "notes.md").write_text("not a transcript", encoding="utf-8")
    return sorted(written)


def _datelines(jsonl: str) -> list[str]:
    return [json.loads(row)["signoff"]["dateline"] for row in jsonl.splitlines()]


def test_a_folder_is_walked_recursively_in_sorted_order(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _corpus(tmp_path / "corpus")
    assert main([str(tmp_path / "corpus"), "--to", "jsonl", "-q", "--jobs", "1"]) == 0
    out = capsys.readouterr().out
    # part0 holds 0, 2, 4 and part1 holds 1, 3; notes.md is not *.txt
    assert _datelines(out) == [f"Harbor {n}" for n in (0, 2, 4, 1, 3)]


def test_glob_chooses_the_files_taken_from_a_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _corpus(tmp_path)
    assert main([str(tmp_path), "--glob", "story0[13].txt", "--to", "jsonl", "-q"]) == 0
    assert _datelines(capsys.readouterr().out) == ["Harbor 1", "Harbor 3"]


@pytest.mark.parametrize(
    ("folder", "extra"),
    [("emptydir", []), ("corpus", ["--glob", "*.html"])],
)
def test_a_folder_with_no_matching_file_is_an_input_failure(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], folder: str, extra: list[str]
) -> None:
    (tmp_path / folder).mkdir()
    _corpus(tmp_path / "corpus")
    pattern = extra[1] if extra else "*.txt"
    assert main([str(tmp_path / folder), *extra, "--to", "jsonl", "--jobs", "1"]) == 1
    out, err = capsys.readouterr()
    message = f"{tmp_path / folder}: no files match '{pattern}' in this folder"
    assert out == ""
    assert err.endswith(f"failed:\n  {message}\n")


def test_a_folder_with_no_matching_file_beside_good_inputs_fails_alone(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "emptydir").mkdir()
    pages = _corpus(tmp_path / "corpus", count=1)
    assert main([str(tmp_path / "emptydir"), str(pages[0]), "--to", "jsonl", "-q"]) == 1
    out, err = capsys.readouterr()
    assert _datelines(out) == ["Harbor 0"]
    assert err == f"{tmp_path / 'emptydir'}: no files match '*.txt' in this folder\n"


def test_stats_of_a_folder_with_no_matching_file_fails(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "emptydir").mkdir()
    assert main(["stats", str(tmp_path / "emptydir")]) == 1
    out = capsys.readouterr().out
    assert out.endswith(
        f"failed:\n  {tmp_path / 'emptydir'}: no files match '*.txt' in this folder\n"
    )


def test_out_dir_mirrors_the_names_below_the_input_folder(tmp_path: Path) -> None:
    _corpus(tmp_path / "corpus")
    out = tmp_path / "out"
    assert main([str(tmp_path / "corpus"), "--out-dir", str(out), "-q", "--jobs", "1"]) == 0
    written = sorted(path.relative_to(out).as_posix() for path in out.rglob("*"))
    assert written == [
        "part0",
        "part0/story00.json",
        "part0/story02.json",
        "part0/story04.json",
        "part1",
        "part1/story01.json",
        "part1/story03.json",
    ]
    document = (out / "part1" / "story03.json").read_text("utf-8")
    page = tmp_path / "corpus" / "part1" / "story03.txt"
    assert newstranscript.from_json(document) == newstranscript.read(page, source=str(page))


def test_out_dir_with_markdown_writes_md_files_named_after_each_file(tmp_path: Path) -> None:
    page = _corpus(tmp_path / "in", count=1)[0]
    assert main([str(page), "--out-dir", str(tmp_path / "md"), "--to", "markdown", "-q"]) == 0
    markdown = (tmp_path / "md" / "story00.md").read_text("utf-8")
    assert markdown == newstranscript.to_markdown(newstranscript.read(page))


def test_jobs_2_keeps_the_input_order_in_a_jsonl_file(tmp_path: Path) -> None:
    pages = []
    for number in range(40):  # several chunks, so workers finish out of order
        page = tmp_path / "in" / f"{number:03d}.txt"
        page.parent.mkdir(exist_ok=True)
        page.write_text(PAGE.replace("Port Ellery.", f"Harbor {number}."), encoding="utf-8")
        pages.append(page)
    target = tmp_path / "all.jsonl"
    assert main([str(tmp_path / "in"), "--to", "jsonl", "-o", str(target), "--jobs", "2"]) == 0
    assert _datelines(target.read_text("utf-8")) == [f"Harbor {n}" for n in range(40)]


def test_a_bad_file_among_good_ones_is_listed_and_the_rest_converted(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _corpus(tmp_path / "corpus", count=3)
    bad = tmp_path / "corpus" / "part0" / "story01.txt"
    bad.write_bytes(b"\x00\x01binary")
    status = main([str(tmp_path / "corpus"), "--to", "jsonl", "--jobs", "2"])
    out, err = capsys.readouterr()
    assert status == 1
    assert _datelines(out) == ["Harbor 0", "Harbor 2", "Harbor 1"]
    message = f"{bad}: input is binary, not text: a NUL byte at byte offset 0"
    assert err.count(message) == 2  # when it happens, and again in the closing list
    assert err.endswith(f"failed:\n  {message}\n")
    assert "converted 3 of 4 files in " in err
    assert ": 3 stories, 24 turns, 9 speakers, 1 failure\n" in err


def test_the_summary_counts_what_was_converted(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pages = _corpus(tmp_path, count=2)
    assert main([*map(str, pages), "--to", "jsonl", "--jobs", "1"]) == 0
    err = capsys.readouterr().err
    size = sum(page.stat().st_size for page in pages) / 1e6
    summary = err.splitlines()[-1]
    assert summary.startswith("converted 2 of 2 files in ")
    assert f"({size:.1f} MB, " in summary
    assert summary.endswith(": 2 stories, 16 turns, 6 speakers, 0 failures")


def test_no_progress_or_summary_when_quiet_or_for_one_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pages = _corpus(tmp_path, count=2)
    assert main([*map(str, pages), "--to", "jsonl", "-q"]) == 0
    assert capsys.readouterr().err == ""
    assert main([str(pages[0]), "-q"]) == 0
    assert capsys.readouterr().err == ""


def test_progress_is_silent_when_stderr_is_not_a_terminal(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pages = _corpus(tmp_path, count=3)
    assert main([*map(str, pages), "--to", "jsonl", "--jobs", "1"]) == 0
    err = capsys.readouterr().err
    assert "\r" not in err
    assert "ETA" not in err


def test_the_progress_line_shows_files_rate_and_time_left() -> None:
    tally = Tally(files=5, size=2_000_000, started=0.0)
    text = line(tally, total_files=20, total_size=8_000_000)
    assert text.startswith("[######" + "." * 18 + "] 5/20 files  ")
    assert "MB/s  ETA " in text


def test_several_json_documents_need_a_stream_format_or_out_dir(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _corpus(tmp_path, count=2)
    assert main([str(tmp_path)]) == 2
    assert "(or --out-dir)" in capsys.readouterr().err


def test_output_and_out_dir_exclude_each_other(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([str(tmp_path), "-o", "a.jsonl", "--out-dir", "b"]) == 2
    assert "not allowed with argument" in capsys.readouterr().err


def test_jobs_must_be_a_positive_number(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["x.txt", "--jobs", "0"]) == 2
    assert "--jobs: needs at least 1" in capsys.readouterr().err


def test_output_inside_an_input_folder_is_never_overwritten(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pages = _corpus(tmp_path, count=2)
    before = pages[1].read_bytes()
    assert main([str(tmp_path), "--to", "jsonl", "-o", str(pages[1])]) == 2
    assert pages[1].read_bytes() == before
    assert "refusing to overwrite an input file" in capsys.readouterr().err


def test_stats_of_one_transcript_lists_speakers_markers_and_diagnostics(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["stats", str(GOLDEN / "npr_station_page.txt")]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Lighthouse Keepers Return As Storms Batter The Northern Coast\n")
    assert "signoff: Marta Quill, NPR News, Port Ellery\n" in out
    rows = out.split("\n\n")[1].splitlines()
    assert rows[0].split() == ["speaker", "role", "turns", "words", "share"]
    assert rows[1].split() == ["Marta", "Quill", "reporter", "4", "105", "56.1%"]
    assert rows[-1].split() == ["(unattributed)", "-", "1", "23", "12.3%"]
    assert '  music      SOUNDBITE OF THE HARBOR BAND\'S "NORTHERN LIGHT"\n' in out
    assert "diagnostics: 1\n  10:1: unlabelled-turn " in out


def test_stats_of_a_folder_sums_up_by_role_and_lists_failures(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _corpus(tmp_path, count=2)
    (tmp_path / "empty.txt").write_text("\n")
    assert main(["stats", str(tmp_path), "--jobs", "1"]) == 1
    out = capsys.readouterr().out
    assert out.startswith("3 inputs: 2 parsed, 1 failed\n")
    assert "markers: 2 (music 2)\n" in out
    assert "diagnostics: 2 (unlabelled-turn 2)\n" in out
    reporter = next(row for row in out.splitlines() if row.startswith("reporter"))
    assert reporter.split()[:4] == ["reporter", "(2)", "8", "210"]
    # each page opens with one unlabelled turn: its own row, not a speaker in the "-" row
    rows = out.split("\n\n")[1].splitlines()
    assert rows[-1].split()[:3] == ["(unattributed)", "2", "46"]
    no_role = next(row for row in rows if row.startswith("- "))
    assert no_role.split()[:2] == ["-", "(4)"]
    assert out.endswith(
        f"failed:\n  {tmp_path / 'empty.txt'}: input is empty: "
        "there is no transcript text to parse\n"
    )


def test_stats_of_one_input_that_fails_says_input_and_prints_no_empty_tables(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("\n")
    assert main(["stats", str(empty)]) == 1
    assert capsys.readouterr().out == (
        "1 input: 0 parsed, 1 failed\n\n"
        f"failed:\n  {empty}: input is empty: there is no transcript text to parse\n"
    )


def test_a_file_named_stats_is_converted_not_taken_for_the_subcommand(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    Path("stats").write_text(PAGE, encoding="utf-8")
    assert main(["stats", "-q"]) == 0
    assert json.loads(capsys.readouterr().out)["format"] == "newstranscript/1"


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_is_drawn_on_a_terminal_and_cleared_before_the_summary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    pages = _corpus(tmp_path, count=3)
    terminal = _Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    assert main([str(tmp_path), "--to", "jsonl", "--jobs", "1", "-o", str(tmp_path / "o")]) == 0
    shown = terminal.getvalue()
    assert "\r[" in shown
    assert f"/{len(pages)} files  " in shown
    assert " MB/s  ETA " in shown
    # the bar is wiped (carriage return, erase to end of line) before the summary is written
    assert "\r\x1b[Kconverted 3 of 3 files in " in shown


def test_one_input_is_converted_without_starting_workers(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    started: list[int] = []
    monkeypatch.setattr(_processes, "ProcessPoolExecutor", lambda **_: started.append(1))
    assert main([str(GOLDEN / "npr_station_page.txt"), "-q", "--jobs", "4"]) == 0
    assert started == []
    assert json.loads(capsys.readouterr().out)["format"] == "newstranscript/1"


def test_out_dir_never_writes_two_inputs_to_the_same_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first = _corpus(tmp_path / "a", count=1)[0]
    second = _corpus(tmp_path / "b", count=1)[0]
    second.write_text(PAGE.replace("Port Ellery.", "Elsewhere."), encoding="utf-8")
    out = tmp_path / "out"
    status = main([str(tmp_path / "a"), str(tmp_path / "b"), "--out-dir", str(out), "--jobs", "1"])
    assert status == 1
    kept = newstranscript.from_json((out / "part0" / "story00.json").read_text("utf-8"))
    assert kept == newstranscript.read(first, source=str(first))
    target = out / "part0" / "story00.json"
    assert f"{second}: its output {target} is already {first}'s\n" in capsys.readouterr().err


def test_an_interrupted_batch_writes_no_output_file_and_exits_130(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    pages = _corpus(tmp_path, count=3)
    converted = 0

    def convert_then_interrupt(task: _batch.Task, options: _batch.Options) -> _batch.Result:
        nonlocal converted
        if converted == 2:
            raise KeyboardInterrupt
        converted += 1
        return _batch.convert(task, options)

    monkeypatch.setattr(_batch, "convert", convert_then_interrupt)
    target = tmp_path / "all.jsonl"
    assert main([*map(str, pages), "--to", "jsonl", "-o", str(target), "--jobs", "1"]) == 130
    assert not target.exists()
    assert list(tmp_path.glob(".newstranscript-*")) == []  # the temporary file is gone too
    assert capsys.readouterr().err.endswith(f"interrupted; {target} was not written\n")


def test_workers_write_out_dir_files_themselves_with_jobs_2(tmp_path: Path) -> None:
    for number in range(20):
        page = tmp_path / "in" / f"{number:02d}.txt"
        page.parent.mkdir(exist_ok=True)
        page.write_text(PAGE.replace("Port Ellery.", f"Harbor {number}."), encoding="utf-8")
    out = tmp_path / "out"
    assert main([str(tmp_path / "in"), "--out-dir", str(out), "--to", "jsonl", "--jobs", "2"]) == 0
    written = sorted(out.glob("*.jsonl"))
    assert [path.name for path in written] == [f"{number:02d}.jsonl" for number in range(20)]
    assert _datelines("".join(path.read_text("utf-8") for path in written)) == [
        f"Harbor {number}" for number in range(20)
    ]
