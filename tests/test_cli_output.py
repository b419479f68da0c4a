"""What ``-o`` and ``--out-dir`` do with every kind of target: regular files replaced whole
with the right mode, links written through, streams and devices written in place, folders
created, read-only files and inputs never replaced."""

from __future__ import annotations

import contextlib
import io
import json
import os
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

import newstranscript
from newstranscript._cli import main
from newstranscript._convert import output as _output
from tests.conftest import GOLDEN, as_nobody

PAGE = GOLDEN / "npr_station_page.txt"


@contextlib.contextmanager
def _umask(mask: int) -> Iterator[None]:
    before = os.umask(mask)
    try:
        yield
    finally:
        os.umask(before)


def test_a_new_file_gets_the_mode_the_umask_allows(tmp_path: Path) -> None:
    # every output used to be 0600 whatever the umask
    with _umask(0o022):
        assert main([str(PAGE), "-o", str(tmp_path / "open.json"), "-q"]) == 0
    with _umask(0o077):
        assert main([str(PAGE), "-o", str(tmp_path / "private.json"), "-q"]) == 0
    assert stat.S_IMODE((tmp_path / "open.json").stat().st_mode) == 0o644
    assert stat.S_IMODE((tmp_path / "private.json").stat().st_mode) == 0o600


def test_a_replaced_file_keeps_its_mode(tmp_path: Path) -> None:
    out = tmp_path / "story.json"
    out.write_text("earlier\n")
    out.chmod(0o640)
    with _umask(0o077):
        assert main([str(PAGE), "-o", str(out), "-q"]) == 0
    assert stat.S_IMODE(out.stat().st_mode) == 0o640
    assert json.loads(out.read_text("utf-8"))["format"] == "newstranscript/1"


def test_out_dir_files_honour_the_umask(tmp_path: Path) -> None:
    with _umask(0o022):
        assert main([str(PAGE), "--out-dir", str(tmp_path / "out"), "-q"]) == 0
    written = tmp_path / "out" / "npr_station_page.json"
    assert stat.S_IMODE(written.stat().st_mode) == 0o644


def test_a_link_is_written_through_and_stays_a_link(tmp_path: Path) -> None:
    real = tmp_path / "real.json"
    real.write_text("earlier\n")
    real.chmod(0o644)
    link = tmp_path / "link.json"
    link.symlink_to(real)
    assert main([str(PAGE), "-o", str(link), "-q"]) == 0
    assert link.is_symlink()
    assert json.loads(real.read_text("utf-8"))["format"] == "newstranscript/1"
    assert sorted(path.name for path in tmp_path.iterdir()) == ["link.json", "real.json"]


def test_a_link_to_nothing_yet_creates_its_target(tmp_path: Path) -> None:
    link = tmp_path / "link.md"
    link.symlink_to(tmp_path / "later" / "story.md")
    assert main([str(PAGE), "-o", str(link), "-q"]) == 0
    assert link.is_symlink()
    assert (tmp_path / "later" / "story.md").read_text("utf-8").startswith("# Lighthouse")


def test_a_fifo_is_written_to_and_not_replaced(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    converter = subprocess.Popen(
        [sys.executable, "-m", "newstranscript", str(PAGE), "-o", str(fifo), "-q"],
        stderr=subprocess.PIPE,
    )
    with open(fifo, "rb") as reader:  # the converter's open() waits for this reader
        received = reader.read()
    assert converter.wait(timeout=60) == 0, converter.stderr.read() if converter.stderr else ""
    if converter.stderr:
        converter.stderr.close()
    assert json.loads(received)["format"] == "newstranscript/1"
    assert stat.S_ISFIFO(fifo.lstat().st_mode)


def test_a_character_device_is_written_to_and_not_replaced(tmp_path: Path) -> None:
    # what `-o /dev/null` did as root: the device replaced with a regular file
    null = tmp_path / "null"
    try:
        os.mknod(null, stat.S_IFCHR | 0o666, os.makedev(1, 3))
    except (PermissionError, OSError) as error:
        pytest.skip(f"this machine does not let us make a device: {error}")
    assert main([str(PAGE), "-o", str(null), "-q"]) == 0
    assert stat.S_ISCHR(null.lstat().st_mode)
    assert null.read_bytes() == b""  # /dev/null took the output and kept nothing


def test_a_dev_fd_path_is_written_to_as_a_stream() -> None:
    # what a shell's >(gzip > o.gz) passes: /dev/fd/N, a pipe that cannot be renamed over
    read, write = os.pipe()
    try:
        assert main([str(PAGE), "-o", f"/dev/fd/{write}", "-q"]) == 0
    finally:
        os.close(write)
    with os.fdopen(read, "rb") as pipe:
        assert json.loads(pipe.read())["format"] == "newstranscript/1"


def test_a_full_device_fails_cleanly(tmp_path: Path) -> None:
    # a device made here, not /dev/full itself: the old converter replaced the device
    full = tmp_path / "full"
    try:
        os.mknod(full, stat.S_IFCHR | 0o666, os.makedev(1, 7))
    except OSError as error:
        pytest.skip(f"this machine does not let us make a device: {error}")
    result = subprocess.run(
        [sys.executable, "-m", "newstranscript", str(PAGE), "-o", str(full), "-q"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 1
    assert result.stderr == f"{full}: No space left on device\n"
    assert stat.S_ISCHR(full.lstat().st_mode)


def test_a_folder_as_output_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(PAGE), "-o", str(tmp_path), "-q"]) == 1
    assert capsys.readouterr().err == f"{tmp_path}: is a folder, not a file\n"


def test_a_read_only_file_is_not_replaced(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "story.json"
    out.write_text("keep me\n")
    out.chmod(0o444)
    assert main([str(PAGE), "-o", str(out), "-q"]) == 1
    assert out.read_text() == "keep me\n"
    assert capsys.readouterr().err == f"{out}: refusing to replace a read-only file\n"


def test_another_users_file_is_not_replaced(shared_folder: Path) -> None:
    # the folder lets nobody rename files in it, but root's file is not nobody's to write
    out = shared_folder / "story.json"
    out.write_text("root's\n")
    out.chmod(0o644)
    status, err = as_nobody([str(PAGE), "-o", str(out), "-q"])
    assert (status, err) == (1, f"{out}: refusing to replace a read-only file\n")
    assert out.read_text() == "root's\n"
    assert out.stat().st_uid == 0


def test_an_out_dir_nobody_may_write_fails_once_before_the_batch(shared_folder: Path) -> None:
    corpus = shared_folder / "corpus"
    corpus.mkdir()
    for number in range(5):
        (corpus / f"s{number}.txt").write_bytes(PAGE.read_bytes())
    corpus.chmod(0o755)
    locked = shared_folder / "locked"
    locked.mkdir(mode=0o755)  # root's, not writable by nobody
    status, err = as_nobody([str(corpus), "--out-dir", str(locked), "--jobs", "1"])
    assert status == 1
    assert err == f"{locked}: cannot write in the output folder: Permission denied\n"
    assert list(locked.iterdir()) == []


def test_an_output_folder_nobody_may_create_is_named(shared_folder: Path) -> None:
    locked = shared_folder / "locked"
    locked.mkdir(mode=0o755)
    out = locked / "new" / "story.json"
    status, err = as_nobody([str(PAGE), "-o", str(out)])
    assert (status, err) == (
        1,
        f"{locked / 'new'}: cannot create the output folder: Permission denied\n",
    )


def test_a_write_that_fails_leaves_no_temporary_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # a full disk fails the flush in close(); the clean-up used to raise there, before it
    # removed the temporary file
    out = tmp_path / "story.json"

    class FullDisk(io.StringIO):
        def close(self) -> None:
            raise OSError(28, "No space left on device")

    real_fdopen = os.fdopen

    def fdopen(handle: int, *args: object, **kwargs: object) -> io.StringIO:
        real_fdopen(handle).close()
        return FullDisk()

    monkeypatch.setattr(os, "fdopen", fdopen)
    assert main([str(PAGE), "-o", str(out), "-q"]) == 1
    assert capsys.readouterr().err == f"{out}: No space left on device\n"
    assert list(tmp_path.iterdir()) == []


def test_ctrl_c_while_the_output_opens_is_an_interruption(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # Ctrl-C inside fdopen, after it took the handle: fdopen closes it as it fails, and the
    # clean-up closed it again, so the run ended "Bad file descriptor", not interrupted.
    out = tmp_path / "all.jsonl"
    real_fdopen = os.fdopen

    def fdopen(handle: int, *args: object, **kwargs: object) -> io.StringIO:
        real_fdopen(handle).close()
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "fdopen", fdopen)
    assert main([str(PAGE), str(PAGE), "-o", str(out), "-q", "--jobs", "1"]) == 130
    assert capsys.readouterr().err == f"newstranscript: interrupted; {out} was not written\n"
    assert list(tmp_path.iterdir()) == []


def test_a_write_error_while_writing_fails_cleanly(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "all.jsonl"

    def disk_full(self: _output.Output, text: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(_output.Output, "write", disk_full)
    assert main([str(PAGE), str(PAGE), "-o", str(out), "-q", "--jobs", "1"]) == 1
    assert capsys.readouterr().err == f"{out}: No space left on device\n"
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    ("name", "starts"),
    [("story.md", "# Lighthouse"), ("story.txt", "Lighthouse"), ("story.json", "{")],
)
def test_the_format_follows_the_output_name(tmp_path: Path, name: str, starts: str) -> None:
    out = tmp_path / name
    assert main([str(PAGE), "-o", str(out), "-q"]) == 0
    assert out.read_text("utf-8").startswith(starts)


def test_jsonl_from_the_output_name_takes_several_inputs(tmp_path: Path) -> None:
    out = tmp_path / "all.jsonl"
    assert main([str(PAGE), str(PAGE), "-o", str(out), "-q", "--jobs", "1"]) == 0
    assert len(out.read_text("utf-8").splitlines()) == 2


def test_to_wins_over_the_output_name(tmp_path: Path) -> None:
    out = tmp_path / "story.md"
    assert main([str(PAGE), "-o", str(out), "--to", "json", "-q"]) == 0
    assert json.loads(out.read_text("utf-8"))["format"] == "newstranscript/1"


def test_the_written_markdown_names_its_source(tmp_path: Path) -> None:
    out = tmp_path / "story.md"
    assert main([str(PAGE), "-o", str(out), "--front-matter", "-q"]) == 0
    assert f"\nsource: {json.dumps(str(PAGE))}\n" in out.read_text("utf-8")
    assert newstranscript.read(PAGE).source is None  # the API sets it only when told
