"""Writing an output file safely, whatever kind of thing its path names.

- A regular file (or a name not yet taken) is written whole or not at all: a temporary file
  beside it, renamed over it at the end. The new file gets the mode an existing one had, or
  the mode ``open()`` would give a new file under the umask; when run as root, the owner of
  the file it replaces too.
- A symbolic link is written through: the file it points to is replaced as above, the link
  stays a link.
- A FIFO, a character device, a terminal, or a path under ``/dev`` or ``/proc``
  (``/dev/stdout``, ``/dev/fd/63`` from a shell's ``>(...)``) is opened and written to in
  place: replacing it would break whatever reads it (or the system, for ``/dev/null``).
- A missing folder on the way is created; an existing read-only file is refused, not
  replaced behind its owner's back.

Every temporary file still open is listed in ``_PENDING`` so a signal handler can remove it
(``remove_pending``) before the process ends: no partial file survives a failure.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from typing import IO, Any

from newstranscript._convert.names import shown
from newstranscript._convert.pool import signals_held

_PENDING: set[str] = set()
_IN_PLACE_ROOTS = ("/dev/", "/proc/")  # a path here is a stream, never a file to replace


class OutputError(Exception):
    """An output cannot be written; the message names the path and says why."""


class Output:
    """One output being written: ``write`` the text, then ``commit`` it or ``discard`` it."""

    def __init__(self, path: str, stream: IO[Any], temporary: str | None) -> None:
        self.path = path
        self.stream = stream
        self.temporary = temporary  # None when written in place

    def write(self, text: str) -> None:
        self.stream.write(text)

    def commit(self) -> None:
        """Put what was written in place; on any failure leave the target as it was."""
        try:
            self.stream.close()
            if self.temporary is not None:
                os.replace(self.temporary, self.path)
                _PENDING.discard(self.temporary)
                self.temporary = None
        finally:
            self.discard()

    def discard(self) -> None:
        """Drop what was written (a stream written in place keeps what it already took)."""
        with contextlib.suppress(OSError):  # a full disk fails the flush in close()
            self.stream.close()
        if self.temporary is not None:
            with contextlib.suppress(OSError):
                os.unlink(self.temporary)
            _PENDING.discard(self.temporary)
            self.temporary = None

    def __enter__(self) -> Output:
        return self

    def __exit__(self, kind: object, error: object, traceback: object) -> None:
        if kind is None:
            self.commit()
        else:
            self.discard()


def open_output(path: str, *, binary: bool = False) -> Output:
    """An :class:`Output` for ``path``; :class:`OutputError` when it cannot be written.
    ``binary``: its stream takes bytes (a Parquet file), not UTF-8 text."""
    try:
        status: os.stat_result | None = os.stat(path)  # through any link
    except (FileNotFoundError, NotADirectoryError):  # the folder on the way is reported below
        status = None
    except OSError as error:
        raise OutputError(f"{shown(path)}: {error.strerror or error}") from None
    if status is not None and stat.S_ISDIR(status.st_mode):
        raise OutputError(f"{shown(path)}: is a folder, not a file")
    if (status is not None and not stat.S_ISREG(status.st_mode)) or _in_place(path):
        return _in_place_output(path, status, binary)
    real = os.path.realpath(path) if os.path.islink(path) else path
    if status is not None and not _writable(real, status):
        raise OutputError(f"{shown(path)}: refusing to replace a read-only file")
    folder = os.path.dirname(os.path.abspath(real))
    make_folder(folder)
    stream, temporary = _temporary_beside(folder, status, binary)
    return Output(real, stream, temporary)


def _temporary_beside(
    folder: str, status: os.stat_result | None, binary: bool
) -> tuple[IO[Any], str]:
    """A new temporary file in ``folder``, listed in ``_PENDING``, and its open stream.

    Signals wait meanwhile: one landing in between would leave the file unlisted, or its
    handle closed twice (``fdopen`` closes it when it fails part way).
    """
    with signals_held():
        try:
            handle, temporary = tempfile.mkstemp(
                dir=folder, prefix=".newstranscript-", suffix=".tmp"
            )
        except OSError as error:
            reason = error.strerror or error
            message = f"{shown(folder)}: cannot write in the output folder: {reason}"
            raise OutputError(message) from None
        _PENDING.add(temporary)
        try:
            _take_over(handle, status)
        except BaseException:
            os.close(handle)
            _forget(temporary)
            raise
        try:
            return _stream(handle, binary), temporary
        except BaseException:
            _forget(temporary)
            raise


def make_folder(folder: str) -> None:
    """Create an output folder and those above it; :class:`OutputError` naming it if not."""
    try:
        os.makedirs(folder, exist_ok=True)
    except OSError as error:
        reason = error.strerror or error
        raise OutputError(f"{shown(folder)}: cannot create the output folder: {reason}") from None


def check_folder(folder: str) -> None:
    """Make sure files can be written in ``folder`` (created if missing), before a batch
    starts: one clear message instead of one per input."""
    make_folder(folder)
    if not os.path.isdir(folder):
        raise OutputError(f"{shown(folder)}: the output folder is not a folder")
    try:
        handle, probe = tempfile.mkstemp(dir=folder, prefix=".newstranscript-", suffix=".tmp")
    except OSError as error:
        reason = error.strerror or error
        raise OutputError(f"{shown(folder)}: cannot write in the output folder: {reason}") from None
    os.close(handle)
    os.unlink(probe)


def forget_pending() -> None:
    """Let go of the temporary files listed so far without removing them: in a forked worker,
    they are the parent's to finish."""
    _PENDING.clear()


def remove_pending() -> None:
    """Remove every temporary file not yet renamed into place (from a signal handler)."""
    for temporary in list(_PENDING):
        with contextlib.suppress(OSError):
            os.unlink(temporary)
    _PENDING.clear()


def _forget(temporary: str) -> None:
    with contextlib.suppress(OSError):
        os.unlink(temporary)
    _PENDING.discard(temporary)


def _in_place(path: str) -> bool:
    absolute = os.path.abspath(path)
    return absolute.startswith(_IN_PLACE_ROOTS)


def _stream(handle: int, binary: bool) -> IO[Any]:
    if binary:
        return os.fdopen(handle, "wb")
    return os.fdopen(handle, "w", encoding="utf-8", newline="\n")


def _in_place_output(path: str, status: os.stat_result | None, binary: bool) -> Output:
    """A stream or device written where it is; appended to when it is a file under ``/dev``
    or ``/proc`` (``/dev/stdout`` sent to a file), so what the shell set up is kept."""
    flags = os.O_WRONLY
    if status is not None and stat.S_ISREG(status.st_mode):
        flags |= os.O_APPEND
    try:
        handle = os.open(path, flags)
    except OSError as error:
        raise OutputError(f"{shown(path)}: {error.strerror or error}") from None
    return Output(path, _stream(handle, binary), None)


def _writable(path: str, status: os.stat_result) -> bool:
    """Whether the file may be written: the permission the caller has, and for root (who may
    write anything) whether anyone at all was meant to write it."""
    return os.access(path, os.W_OK) and bool(status.st_mode & 0o222)


def _take_over(handle: int, status: os.stat_result | None) -> None:
    """Give the temporary file the mode (and, as root, the owner) its target should have."""
    if status is None:
        os.fchmod(handle, 0o666 & ~_umask())
        return
    if os.geteuid() == 0 and (status.st_uid, status.st_gid) != (0, 0):
        with contextlib.suppress(OSError):  # before the mode: a change of owner clears setuid
            os.fchown(handle, status.st_uid, status.st_gid)
    os.fchmod(handle, stat.S_IMODE(status.st_mode))


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask
