"""What the converter tells a person about a batch: a progress line while it runs, a summary.

The progress line is drawn only on a terminal (the caller decides); it redraws at most ten
times a second so that a fast batch does not spend its time writing to the terminal.
"""

from __future__ import annotations

import time
from collections import Counter
from typing import Protocol

import attrs

from newstranscript._convert.batch import Result

REDRAW_EVERY = 0.1  # seconds


class Stream(Protocol):
    """Where the progress line is drawn."""

    def write(self, text: str, /) -> object: ...

    def flush(self) -> object: ...


BAR_WIDTH = 24


@attrs.define
class Tally:
    """Running totals of a batch."""

    files: int = 0
    size: int = 0
    stories: int = 0
    turns: int = 0
    speakers: int = 0
    failures: list[str] = attrs.field(factory=list)
    warnings: Counter[str] = attrs.field(factory=Counter)  # by diagnostic code
    started: float = attrs.field(factory=time.perf_counter)

    def add(self, result: Result) -> None:
        self.files += 1
        self.size += result.size
        self.stories += result.stories
        self.turns += result.turns
        self.speakers += result.speakers
        self.warnings.update(result.codes)
        if result.error is not None:
            self.failures.append(result.error)

    @property
    def elapsed(self) -> float:
        return time.perf_counter() - self.started

    def warning_counts(self) -> str:
        """The warnings by code, most frequent first: ``warnings: 3 (unlabelled-turn 2, ...)``."""
        counts = ", ".join(f"{code} {count}" for code, count in self.warnings.most_common())
        return f"warnings: {self.warnings.total()}" + (f" ({counts})" if counts else "") + "\n"

    def summary(self) -> str:
        """The closing report: what was converted, how fast, and every failure."""
        elapsed = self.elapsed
        converted = self.files - len(self.failures)
        rate = self.size / 1e6 / elapsed if elapsed > 0 else 0.0
        lines = [
            f"converted {converted} of {_plural(self.files, 'file')} in {elapsed:.1f} s "
            f"({self.size / 1e6:.1f} MB, {rate:.1f} MB/s): {_plural(self.stories, 'story')}, "
            f"{_plural(self.turns, 'turn')}, {_plural(self.speakers, 'speaker')}, "
            f"{_plural(len(self.failures), 'failure')}"
        ]
        if self.failures:
            lines.append("failed:")
            lines.extend(f"  {failure}" for failure in self.failures)
        return "\n".join(lines) + "\n"


class Progress:
    """A one-line bar on a terminal: files done, MB/s, time left."""

    def __init__(self, stream: Stream, total_files: int, total_size: int) -> None:
        self.stream = stream
        self.total_files = total_files
        self.total_size = total_size
        self.drawn_at = 0.0

    def update(self, tally: Tally, *, force: bool = False) -> None:
        now = time.perf_counter()
        if not force and now - self.drawn_at < REDRAW_EVERY:
            return
        self.drawn_at = now
        self.stream.write("\r" + line(tally, self.total_files, self.total_size) + "\x1b[K")
        self.stream.flush()

    def close(self) -> None:
        self.stream.write("\r\x1b[K")
        self.stream.flush()


def line(tally: Tally, total_files: int, total_size: int) -> str:
    """The progress line's text: ``[#####.....] 120/500 files  8.1 MB/s  ETA 0:42``."""
    share = tally.size / total_size if total_size else tally.files / max(total_files, 1)
    filled = min(BAR_WIDTH, int(share * BAR_WIDTH))
    elapsed = tally.elapsed
    rate = tally.size / elapsed if elapsed > 0 else 0.0
    left = (total_size - tally.size) / rate if rate > 0 else None
    eta = "--:--" if left is None else _clock(left)
    return (
        f"[{'#' * filled}{'.' * (BAR_WIDTH - filled)}] {tally.files}/{total_files} files  "
        f"{rate / 1e6:.1f} MB/s  ETA {eta}"
    )


def _clock(seconds: float) -> str:
    minutes, seconds = divmod(int(seconds + 0.5), 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}:{minutes:02d}:{seconds:02d}" if hours else f"{minutes}:{seconds:02d}"


def _plural(count: int, noun: str) -> str:
    if count == 1:
        return f"1 {noun}"
    return f"{count} {noun[:-1] + 'ies' if noun.endswith('y') else noun + 's'}"
