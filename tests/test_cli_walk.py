"""A batch survives its inputs: whatever a folder holds, each entry that cannot be read is
one failed input with a one-line message, and the rest are converted and kept."""

from __future__ import annotations

import fnmatch
import json
import os
import signal
import subprocess
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newstranscript._cli import main
from newstranscript._convert import batch as _batch
from newstranscript._convert import processes as _processes
from newstranscript._convert.walk import matches
from tests.conftest import GOLDEN, as_nobody

PAGE = (GOLDEN / "npr_station_page.txt").read_bytes()


def _page(path: Path, place: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(PAGE.replace(b"Port Ellery.", place.encode() + b"."))
    return path


def _datelines(jsonl: str) -> list[str]:
    return [json.loads(line)["signoff"]["dateline"] for line in jsonl.splitlines()]


def _convert(*argv: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    """The converter in a process of its own, which a hang cannot take the tests down with."""
    return subprocess.run(
        [sys.executable, "-m", "newstranscript", *argv],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
        cwd=cwd,
    )


def test_a_link_loop_is_one_failed_input_and_each_story_comes_once(tmp_path: Path) -> None:
    # the walk followed the link round and round, wrote stories many times, then died with
    # an OSError traceback
    corpus = tmp_path / "corpus"
    _page(corpus / "a.txt", "A")
    _page(corpus / "sub" / "b.txt", "B")
    (corpus / "sub" / "up").symlink_to("..")
    for extra in ([], ["--follow-links"]):
        result = _convert(str(corpus), "--to", "jsonl", "--jobs", "1", "-q", *extra)
        assert result.returncode == 1
        assert _datelines(result.stdout) == ["A", "B"]
        message = (
            f"{corpus / 'sub' / 'up'}: a link back to a folder above it (a loop): not followed"
        )
        assert result.stderr.splitlines()[0] == message
        assert "Traceback" not in result.stderr


def test_a_link_to_a_folder_inside_the_tree_is_not_walked_twice(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    _page(corpus / "real" / "a.txt", "A")
    (corpus / "alias").symlink_to("real")
    result = _convert(str(corpus), "--to", "jsonl", "-q")
    assert (result.returncode, result.stderr) == (0, "")
    assert _datelines(result.stdout) == ["A"]


def test_a_link_out_of_the_tree_is_followed_only_when_asked(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    _page(corpus / "a.txt", "A")
    _page(tmp_path / "elsewhere" / "b.txt", "B")
    (corpus / "ext").symlink_to(tmp_path / "elsewhere")
    result = _convert(str(corpus), "--to", "jsonl", "-q")
    assert result.returncode == 1
    assert _datelines(result.stdout) == ["A"]
    assert result.stderr == (
        f"{corpus / 'ext'}: a link to a folder outside the tree: not followed "
        "(--follow-links follows it)\n"
    )
    result = _convert(str(corpus), "--to", "jsonl", "-q", "--follow-links")
    assert (result.returncode, result.stderr) == (0, "")
    assert _datelines(result.stdout) == ["A", "B"]


def test_a_fifo_in_a_folder_is_a_failed_input_not_a_hang(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    _page(corpus / "a.txt", "A")
    os.mkfifo(corpus / "b.txt")
    _page(corpus / "c.txt", "C")
    result = _convert(str(corpus), "--to", "jsonl", "-q", "--jobs", "2")
    assert result.returncode == 1
    assert _datelines(result.stdout) == ["A", "C"]
    assert result.stderr == f"{corpus / 'b.txt'}: not a regular file (a FIFO): not read\n"


def test_a_link_to_an_endless_device_is_a_failed_input(tmp_path: Path) -> None:
    # reading /dev/zero through a link ended in a MemoryError
    corpus = tmp_path / "corpus"
    _page(corpus / "a.txt", "A")
    (corpus / "zero.txt").symlink_to("/dev/zero")
    result = _convert(str(corpus), "--to", "jsonl", "-q")
    assert result.returncode == 1
    assert _datelines(result.stdout) == ["A"]
    assert result.stderr == (
        f"{corpus / 'zero.txt'}: not a regular file (a character device): not read\n"
    )


def test_an_endless_input_named_directly_stops_at_the_size_limit(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(_batch, "MAX_INPUT", 2**20)
    assert main(["/dev/zero", "-q"]) == 1
    assert capsys.readouterr().err == "/dev/zero: larger than 1 MiB: not a transcript page\n"


def test_a_link_to_nothing_is_a_failed_input(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    _page(corpus / "a.txt", "A")
    (corpus / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    result = _convert(str(corpus), "--to", "jsonl", "-q")
    assert result.returncode == 1
    assert result.stderr == f"{corpus / 'gone.txt'}: No such file or directory\n"


def test_a_folder_nested_deeper_than_python_recurses_is_walked(shared_folder: Path) -> None:
    # the recursive walk died with RecursionError at about 1,000 folders deep (the shared
    # folder is removed with rm -rf: pytest's own clean-up recurses as deep)
    tmp_path = shared_folder
    deep = tmp_path / "corpus"
    deep.mkdir()
    for _ in range(1200):  # one by one: pathlib's own mkdir recurses too
        deep = deep / "d"
        deep.mkdir()
    _page(deep / "a.txt", "Deep")
    _page(tmp_path / "corpus" / "b.txt", "B")
    result = _convert(str(tmp_path / "corpus"), "--to", "jsonl", "-q")
    assert (result.returncode, result.stderr) == (0, "")
    assert _datelines(result.stdout) == ["B", "Deep"]


def test_an_unreadable_subfolder_is_one_failed_input(shared_folder: Path) -> None:
    corpus = shared_folder / "corpus"
    _page(corpus / "a.txt", "A")
    _page(corpus / "secret" / "b.txt", "B")
    _page(corpus / "z.txt", "Z")
    corpus.chmod(0o755)
    (corpus / "secret").chmod(0o700)  # root's alone
    status, err = as_nobody([str(corpus), "--to", "jsonl", "--jobs", "1", "--warnings", "none"])
    assert status == 1
    message = f"{corpus / 'secret'}: cannot list this folder: Permission denied"
    assert err.splitlines()[0] == message
    assert "converted 2 of 3 files" in err


def test_a_folder_removed_during_the_run_is_one_failed_input(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    corpus = tmp_path / "corpus"
    _page(corpus / "a" / "1.txt", "One")
    _page(corpus / "b" / "2.txt", "Two")
    _page(corpus / "c" / "3.txt", "Three")
    convert = _batch.convert

    def convert_then_remove(task: _batch.Task, options: _batch.Options) -> _batch.Result:
        result = convert(task, options)
        if task.path.endswith("1.txt"):
            (corpus / "b" / "2.txt").unlink()
            (corpus / "b").rmdir()
        return result

    monkeypatch.setattr(_batch, "convert", convert_then_remove)
    assert main([str(corpus), "--to", "jsonl", "--jobs", "1", "-q"]) == 1
    out, err = capsys.readouterr()
    assert _datelines(out) == ["One", "Three"]
    assert err == f"{corpus / 'b'}: cannot list this folder: No such file or directory\n"


_CONVERT = _batch.convert


def _die_on_doomed(task: _batch.Task, options: _batch.Options) -> _batch.Result:
    if "doomed" in task.path:
        os.kill(os.getpid(), signal.SIGKILL)  # as the kernel's out-of-memory killer does
    return _CONVERT(task, options)


def test_a_worker_that_dies_is_one_failed_input_and_the_pool_goes_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    if _processes._start_method() != "fork":
        pytest.skip("the patched conversion reaches the workers only when they are forked")
    corpus = tmp_path / "corpus"
    for number in range(40):
        name = "doomed" if number == 21 else "page"
        _page(corpus / f"{number:02d}-{name}.txt", f"Harbor {number}")
    monkeypatch.setattr(_batch, "convert", _die_on_doomed)
    out = tmp_path / "all.jsonl"
    status = main([str(corpus), "-o", str(out), "--jobs", "2", "-q"])
    err = capsys.readouterr().err
    assert status == 1
    doomed = corpus / "21-doomed.txt"
    assert err == (
        f"{doomed}: the worker process reading it died (killed by the system, or out of memory)\n"
    )
    expected = [f"Harbor {number}" for number in range(40) if number != 21]
    assert _datelines(out.read_text("utf-8")) == expected


def test_workers_are_no_more_than_the_inputs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # --jobs 200 on two files forked 200 workers
    started: list[int] = []

    def counting(*, max_workers: int, **options: Any) -> ProcessPoolExecutor:
        started.append(max_workers)
        return ProcessPoolExecutor(max_workers=max_workers, **options)

    monkeypatch.setattr(_processes, "ProcessPoolExecutor", counting)
    pages = [_page(tmp_path / f"{n}.txt", f"Harbor {n}") for n in range(2)]
    out = tmp_path / "all.jsonl"
    assert main([*map(str, pages), "-o", str(out), "--jobs", "200", "-q"]) == 0
    assert started == [2]
    assert _datelines(out.read_text("utf-8")) == ["Harbor 0", "Harbor 1"]


@pytest.mark.parametrize("encoding", ["undefined", "raw_unicode_escape"])
def test_an_odd_encoding_fails_the_input_not_the_run(tmp_path: Path, encoding: str) -> None:
    page = tmp_path / "latin.txt"
    page.write_bytes(b"ANA RUIZ, HOST: \x93Hello \\ud800 there.\x94\n")
    result = _convert(str(page), "--encoding", encoding, "-q")
    assert "Traceback" not in result.stderr
    assert result.returncode in (0, 1)
    if result.returncode == 0:
        assert json.loads(result.stdout)["format"] == "newstranscript/1"
    else:
        assert result.stderr.startswith(f"{page}: ")
        assert len(result.stderr.splitlines()) == 1


def test_an_encoding_that_is_not_for_text_is_a_usage_error(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["x.txt", "--encoding", "rot13"]) == 2
    assert "--encoding: not a text encoding: 'rot13'" in capsys.readouterr().err
    assert main(["x.txt", "--encoding", "klingon"]) == 2
    assert "--encoding: unknown encoding: 'klingon'" in capsys.readouterr().err


def test_names_in_messages_are_escaped(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "evil\nname\x1b[31m.txt"
    bad.write_text("   \n")
    assert main([str(bad), "-q"]) == 1
    err = capsys.readouterr().err
    assert err == (
        f"{tmp_path}/evil\\nname\\x1b[31m.txt: input is empty: there is no transcript text "
        "to parse\n"
    )


def test_a_fault_on_one_input_fails_that_input_alone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    pages = [_page(tmp_path / f"{n}.txt", f"Harbor {n}") for n in range(3)]
    render = _batch.render

    def faulty(stories: list[object], options: _batch.Options) -> str:
        if stories[0].source == str(pages[1]):  # type: ignore[attr-defined]
            raise KeyError("oops")
        return render(stories, options)  # type: ignore[arg-type]

    monkeypatch.setattr(_batch, "render", faulty)
    assert main([*map(str, pages), "--to", "jsonl", "-q", "--jobs", "1"]) == 1
    out, err = capsys.readouterr()
    assert _datelines(out) == ["Harbor 0", "Harbor 2"]
    assert err == (
        f"{pages[1]}: could not be converted: KeyError: 'oops' (a fault in newstranscript: "
        "please report it)\n"
    )


_GLOB_TEXT = st.text(alphabet="ab.tT*?[]!-\n/\\", max_size=8)


@given(name=_GLOB_TEXT, patterns=st.lists(_GLOB_TEXT, max_size=3))
def test_a_name_matches_the_globs_as_fnmatch_says(name: str, patterns: list[str]) -> None:
    expected = any(fnmatch.fnmatch(name, pattern) for pattern in patterns)
    assert matches(name, patterns) == expected
