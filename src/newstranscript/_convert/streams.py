"""The converter's standard streams, any of which may be closed or broken.

A closed descriptor 0, 1 or 2 is opened on ``/dev/null`` first, so no file the converter
opens takes its number (and a write meant for the terminal lands in it). Messages go through
:class:`Messages`, which never fails the run: when stderr is closed or gone, a message is
lost, but the exit status still says how the run went.
"""

from __future__ import annotations

import contextlib
import os
import sys
from typing import TextIO


def reopen_closed_descriptors() -> None:
    """Open ``/dev/null`` on each of descriptors 0, 1 and 2 that is closed."""
    for number in (0, 1, 2):
        try:
            os.fstat(number)
        except OSError:
            handle = os.open(os.devnull, os.O_RDWR)
            if handle != number:  # a lower one was closed too and took it: leave it so
                os.dup2(handle, number)
                os.close(handle)


class Messages:
    """Where warnings, errors, progress and the summary go: stderr, when it can take them."""

    def __init__(self, stream: TextIO | None) -> None:
        self.stream = stream

    def write(self, text: str) -> None:
        if self.stream is None:
            return
        try:
            self.stream.write(text)
            self.stream.flush()
        except (OSError, ValueError):  # closed or broken: nobody is there to read it
            self.stream = None

    def flush(self) -> None:
        """Written at once already (see :meth:`write`)."""

    def say(self, line: str) -> None:
        self.write(line + "\n")

    def isatty(self) -> bool:
        with contextlib.suppress(OSError, ValueError):
            return self.stream is not None and self.stream.isatty()
        return False


def read_stdin() -> tuple[bytes | None, str | None]:
    """Standard input's bytes, or why they cannot be read (closed, or a read error)."""
    if sys.stdin is None:
        return None, "standard input is closed"
    try:
        return sys.stdin.buffer.read(), None
    except (OSError, ValueError) as error:
        reason = error.strerror if isinstance(error, OSError) and error.strerror else error
        return None, f"cannot read standard input: {reason}"
