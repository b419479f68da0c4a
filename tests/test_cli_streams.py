"""Signals and standard streams: SIGTERM, SIGHUP and Ctrl-C end the workers and leave no
partial file; a closed or broken stdin, stdout or stderr ends the run cleanly."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from newstranscript._cli import main
from newstranscript._convert import pool as _pool
from newstranscript._convert import stats as _stats
from tests.conftest import GOLDEN

PAGE = GOLDEN / "npr_station_page.txt"
COMMAND = [sys.executable, "-m", "newstranscript"]


def _corpus(root: Path, count: int) -> Path:
    text = PAGE.read_bytes()
    for number in range(count):
        page = root / "corpus" / f"part{number % 10}" / f"{number:05d}.txt"
        page.parent.mkdir(parents=True, exist_ok=True)
        page.write_bytes(text)
    return root / "corpus"


def _processes_naming(marker: str) -> list[int]:
    """The processes whose command line holds ``marker`` (forked workers share it)."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                command = (entry / "cmdline").read_bytes()
            except OSError:
                continue
            if marker.encode() in command:
                found.append(int(entry.name))
    return found


def _wait_for(condition: Callable[[], bool], seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.02)


@pytest.mark.parametrize(
    ("number", "status", "where"),
    [
        (signal.SIGTERM, 143, "-o"),
        (signal.SIGHUP, 129, "--out-dir"),
        (signal.SIGTERM, 143, "--out-dir"),
        (signal.SIGINT, 130, "-o"),
    ],
    ids=["term-output", "hup-out-dir", "term-out-dir", "int-output"],
)
def test_a_stopping_signal_ends_the_workers_and_leaves_no_partial_file(
    tmp_path: Path, number: signal.Signals, status: int, where: str
) -> None:
    # SIGTERM left the workers alive and writing, and a partial .tmp beside -o's target
    corpus = _corpus(tmp_path, 3000)
    out = tmp_path / ("all.jsonl" if where == "-o" else "out")
    converter = subprocess.Popen(
        [*COMMAND, str(corpus), "--to", "jsonl", where, str(out), "--jobs", "2", "-q"],
        stderr=subprocess.PIPE,
        text=True,
    )
    if where == "-o":
        _wait_for(lambda: any(tmp_path.glob(".newstranscript-*.tmp")))
    else:
        _wait_for(lambda: len(list(out.rglob("*.jsonl"))) > 20)
    converter.send_signal(number)
    _, err = converter.communicate(timeout=60)
    assert converter.returncode == status, err
    name = signal.Signals(number).name
    if number == signal.SIGINT:
        assert err == f"newstranscript: interrupted; {out} was not written\n"
    elif where == "-o":
        assert err == f"newstranscript: stopped by {name}; {out} was not written\n"
    else:
        assert err == f"newstranscript: stopped by {name}\n"
    _wait_for(lambda: _processes_naming(str(corpus)) == [], seconds=10)
    assert list(tmp_path.rglob(".newstranscript-*")) == []
    if where == "-o":
        assert not out.exists()


def _run_with_closed(descriptor: int, *argv: str) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [*COMMAND, *argv],
        stdout=None if descriptor == 1 else subprocess.PIPE,
        stderr=None if descriptor == 2 else subprocess.PIPE,
        preexec_fn=lambda: os.close(descriptor),
        check=False,
        timeout=60,
    )


def test_closed_stdin_fails_that_input(tmp_path: Path) -> None:
    result = _run_with_closed(0, "-", str(PAGE), "--to", "jsonl", "-q")
    assert result.returncode == 1
    assert result.stderr == b"<stdin>: standard input is closed\n"
    assert len(result.stdout.splitlines()) == 1


def test_closed_stdout_is_one_clear_message() -> None:
    result = _run_with_closed(1, str(PAGE), "-q")
    assert result.returncode == 1
    assert (
        result.stderr
        == b"newstranscript: standard output is closed: give -o FILE to write a file\n"
    )


def test_closed_stdout_does_not_matter_with_an_output_file(tmp_path: Path) -> None:
    out = tmp_path / "story.json"
    result = _run_with_closed(1, str(PAGE), "-o", str(out), "-q")
    assert (result.returncode, result.stderr) == (0, b"")
    assert out.read_text("utf-8").startswith("{")


def test_closed_stderr_does_not_fail_a_good_run() -> None:
    # with 2>&- a good run printed nothing and exited 1
    result = _run_with_closed(2, str(PAGE))
    assert result.returncode == 0
    assert result.stdout.startswith(b"{")


@pytest.mark.parametrize("argv", [["stats", str(PAGE)], [str(PAGE)]], ids=["stats", "convert"])
def test_a_reader_that_went_away_ends_the_run_quietly(argv: list[str]) -> None:
    # `stats ... | true` gave a BrokenPipeError traceback
    reader, writer = os.pipe()
    os.close(reader)  # nobody will ever read: the first write fails
    try:
        result = subprocess.run(
            [*COMMAND, *argv, "-q"] if argv[0] != "stats" else [*COMMAND, *argv],
            stdout=writer,
            stderr=subprocess.PIPE,
            check=False,
            timeout=60,
        )
    finally:
        os.close(writer)
    assert (result.returncode, result.stderr) == (1, b"")


def test_stats_stopped_by_a_signal_says_so(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def stopped(task: object, *, encoding: str | None) -> None:
        raise _pool.Stopped(signal.SIGTERM)

    monkeypatch.setattr(_stats, "read_profile", stopped)
    assert main(["stats", str(PAGE)]) == 143
    assert capsys.readouterr().err == "newstranscript: stopped by SIGTERM\n"
