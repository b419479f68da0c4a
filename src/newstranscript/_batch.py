"""The converter's batch work: find the inputs, convert them in worker processes, in order.

Memory stays flat whatever the corpus size: inputs are found lazily, only a bounded window of
chunks is in flight, and results are written (or handed back) in input order as they arrive.
A worker reads its own files and, with ``--out-dir``, writes its own outputs, so only paths,
counts and messages cross the process boundary.
"""

from __future__ import annotations

import argparse
import contextlib
import fnmatch
import functools
import multiprocessing
import os
import signal
import sys
import tempfile
import textwrap
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from typing import TypeVar

import attrs

from newstranscript._api import parse_bytes, parse_many_bytes
from newstranscript._errors import FormatError, ParseError
from newstranscript._json import to_json
from newstranscript._lazy import compile_all
from newstranscript._markdown import to_markdown
from newstranscript._model import Story
from newstranscript._text import to_text

STDIN = "-"
SUFFIXES = {"json": ".json", "jsonl": ".jsonl", "markdown": ".md", "text": ".txt"}
CHUNK = 16  # files a worker converts per round trip: large enough to hide the IPC cost
WINDOW_PER_JOB = 4  # chunks in flight per worker: enough to keep every worker busy

Item = TypeVar("Item")
Done = TypeVar("Done")


@attrs.frozen
class Options:
    """What every conversion in a batch shares."""

    to: str = "json"
    front_matter: bool = False
    encoding: str | None = None
    strict: bool = False
    quiet: bool = False
    out_dir: str | None = None
    all_stories: bool = False  # --all: every story of a page, not the page as one story


@attrs.frozen
class Task:
    """One input: where it is shown and read from, and where its output goes (``--out-dir``)."""

    shown: str
    path: str
    target: str | None = None
    data: bytes | None = None  # stdin, read once by the parent process
    error: str | None = None  # why the input is refused before it is read


@attrs.frozen
class Result:
    """What converting one input gave: the rendered text (unless written), counts, messages."""

    shown: str
    rendered: str | None = None
    warnings: tuple[str, ...] = ()
    error: str | None = None
    size: int = 0
    stories: int = 0
    turns: int = 0
    speakers: int = 0


def find_inputs(paths: Iterable[str], pattern: str, out_dir: str | None) -> Iterator[Task]:
    """Every input named, folders walked recursively in sorted order for ``pattern``.

    With ``out_dir`` each task gets its target: a folder's files keep their path below the
    folder, a file named directly keeps its base name. A folder with no matching file is a
    task that fails with the reason.
    """
    for path in paths:
        if path == STDIN:
            yield Task("<stdin>", STDIN, _target(out_dir, "stdin"))
        elif os.path.isdir(path):
            matched = False
            for found in walk(path, pattern):
                matched = True
                relative = os.path.relpath(found, path)
                yield Task(found, found, _target(out_dir, relative))
            if not matched:  # a wrong folder or --glob would otherwise pass as "0 of 0"
                yield Task(path, path, error=f"no files match {pattern!r} in this folder")
        else:
            yield Task(path, path, _target(out_dir, os.path.basename(path)))


def unique_targets(tasks: Iterable[Task], suffix: str) -> Iterator[Task]:
    """The tasks, refusing any whose ``--out-dir`` file an earlier input already claimed.

    Two folders given together can hold the same relative name, and two files the same base
    name; the first keeps the output, the others fail rather than overwrite it. This holds
    every target seen, so it is only needed when more than one input was named.
    """
    claimed: dict[str, str] = {}
    for task in tasks:
        if task.target is not None:
            earlier = claimed.setdefault(task.target, task.shown)
            if earlier != task.shown:
                message = f"its output {task.target}{suffix} is already {earlier}'s"
                yield attrs.evolve(task, target=None, error=message)
                continue
        yield task


def walk(folder: str, pattern: str) -> Iterator[str]:
    """Files under ``folder`` whose name matches ``pattern``, depth first, sorted by name."""
    entries = sorted(os.scandir(folder), key=lambda entry: entry.name)
    for entry in entries:
        if entry.is_dir():
            yield from walk(entry.path, pattern)
        elif fnmatch.fnmatch(entry.name, pattern):
            yield entry.path


def _target(out_dir: str | None, relative: str) -> str | None:
    if out_dir is None:
        return None
    return os.path.join(out_dir, os.path.splitext(relative)[0])


def convert(task: Task, options: Options) -> Result:
    """Convert one input; never raises for a bad input, it reports it in the result."""
    if task.error is not None:
        return Result(task.shown, error=f"{task.shown}: {task.error}")
    try:
        data = task.data if task.data is not None else read_bytes(task.path)
    except OSError as error:
        return Result(task.shown, error=f"{task.shown}: {error.strerror or error}")
    try:
        if options.all_stories:
            stories = parse_many_bytes(data, encoding=options.encoding, strict=options.strict)
        else:
            stories = [parse_bytes(data, encoding=options.encoding, strict=options.strict)]
    except ParseError as error:
        warnings = _warnings(task.shown, error.diagnostics)
        message = f"{task.shown}: {_failure(error)}"
        return Result(task.shown, warnings=warnings, error=message, size=len(data))
    except (LookupError, UnicodeDecodeError) as error:  # an unknown --encoding
        return Result(task.shown, error=f"{task.shown}: {error}", size=len(data))
    try:
        rendered: str | None = render(stories, options)
    except FormatError as error:  # a story the canonical text cannot carry
        message = f"{task.shown}: {error}"
        if not options.all_stories and any(
            d.code == "several-stories" for story in stories for d in story.diagnostics
        ):
            message += " (the page holds several stories: --all writes each on its own)"
        return Result(task.shown, error=message, size=len(data))
    if task.target is not None:
        target = task.target + SUFFIXES[options.to]
        try:
            _refuse_input(task.path, target)
            os.makedirs(os.path.dirname(os.path.abspath(target)), exist_ok=True)
            write_atomic(target, rendered or "")
        except OSError as error:
            message = f"{target}: {error.strerror or error}"
            return Result(task.shown, error=message, size=len(data))
        rendered = None
    return Result(
        task.shown,
        rendered=rendered,
        warnings=()
        if options.quiet
        else _warnings(task.shown, [d for story in stories for d in story.diagnostics]),
        size=len(data),
        stories=len(stories),
        turns=sum(len(story.turns) for story in stories),
        speakers=sum(len(story.speakers) for story in stories),
    )


def add_input_arguments(parser: argparse.ArgumentParser) -> None:
    """The options every command that reads many transcripts shares: where to find them, how
    to decode them, and how many worker processes read them."""
    parser.add_argument(
        "--glob",
        default="*.txt",
        metavar="PATTERN",
        help="file names to take from input folders (default: *.txt)",
    )
    parser.add_argument(
        "--encoding", metavar="NAME", help="decode input that is not UTF-8 with this encoding"
    )
    parser.add_argument(
        "-j",
        "--jobs",
        type=jobs_count,
        default=os.cpu_count() or 1,
        metavar="N",
        help="worker processes for many inputs (default: the machine's cores)",
    )


def jobs_count(text: str) -> int:
    """The value of ``--jobs``: a whole number of processes, at least one."""
    try:
        jobs = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if jobs < 1:
        raise argparse.ArgumentTypeError("needs at least 1")
    return jobs


def convert_all(tasks: Iterable[Task], options: Options, jobs: int) -> Iterator[Result]:
    """Convert every task, in input order, with ``jobs`` worker processes (1: in this one)."""
    return in_order(functools.partial(convert, options=options), tasks, jobs)


def in_order(work: Callable[[Item], Done], items: Iterable[Item], jobs: int) -> Iterator[Done]:
    """``work`` applied to every item by ``jobs`` processes, the results in the items' order.

    ``work`` must pickle (a module-level function, or a partial of one).
    """
    if jobs <= 1:
        for item in items:
            yield work(item)
        return
    method = _start_method()
    if method == "fork":
        compile_all()  # once here rather than once in every worker
    context = multiprocessing.get_context(method)
    pool = ProcessPoolExecutor(
        max_workers=jobs, mp_context=context, initializer=_leave_interrupts_to_the_parent
    )
    try:
        pending: deque[Future[list[Done]]] = deque()
        for chunk in _chunks(items, CHUNK):
            pending.append(pool.submit(_each, work, chunk))
            if len(pending) >= jobs * WINDOW_PER_JOB:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()
    finally:  # on Ctrl-C or an early stop, drop the chunks not started
        pool.shutdown(cancel_futures=True)


def _leave_interrupts_to_the_parent() -> None:
    # Ctrl-C reaches every process of the terminal's group: the parent stops the batch
    # cleanly, and workers that raised KeyboardInterrupt too would only add tracebacks.
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _start_method() -> str:
    """Fork where it is safe, spawn elsewhere.

    A forked worker starts at once with the package already imported; a spawned one pays
    for a fresh interpreter and the imports (about 0.15 s of CPU each). Forking is only safe
    on Linux in a process that runs no other thread (macOS system libraries break after a
    fork, and a thread holding a lock at the fork deadlocks the child).
    """
    if sys.platform == "linux" and threading.active_count() == 1:
        return "fork"
    return "spawn"


def _each(work: Callable[[Item], Done], chunk: list[Item]) -> list[Done]:
    return [work(item) for item in chunk]


def _chunks(items: Iterable[Item], size: int) -> Iterator[list[Item]]:
    chunk: list[Item] = []
    for item in items:
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def render(stories: list[Story], options: Options) -> str:
    """The stories of one input in the chosen output format.

    One story is one JSON document; with ``--all`` the stories of a page are a JSON array, one
    JSONL line each, or Markdown documents or canonical texts one after another.
    """
    if options.to == "markdown":
        return "\n".join(to_markdown(s, front_matter=options.front_matter) for s in stories)
    if options.to == "text":
        return "\n".join(to_text(story) for story in stories)
    if options.to == "jsonl":
        return "".join(to_json(story, indent=None) + "\n" for story in stories)
    if not options.all_stories:
        return to_json(stories[0]) + "\n"
    items = [textwrap.indent(to_json(story), "  ") for story in stories]
    return "[\n" + ",\n".join(items) + "\n]\n"


# How many of a strict failure's problems its one line names; the warning lines above it give
# every one in full.
_NAMED_PROBLEMS = 5


def _failure(error: ParseError) -> str:
    """What a failed input's one line says: the reason, or for ``--strict`` the problems.

    A strict failure's message lists each problem on a line of its own; here the warning
    lines printed just before it say the same in full, so the failure line names each by its
    code and place: ``2 problems in the transcript: unlabelled-turn at 1:1, ...``.
    """
    diagnostics = error.diagnostics
    if not diagnostics:
        return error.message.splitlines()[0]
    named = ", ".join(f"{d.code} at {d.line}:{d.column}" for d in diagnostics[:_NAMED_PROBLEMS])
    more = len(diagnostics) - _NAMED_PROBLEMS
    count = len(diagnostics)
    problems = f"{count} problem{'s' if count != 1 else ''} in the transcript"
    return f"{problems}: {named}" + (f" and {more} more, listed above" if more > 0 else "")


def _warnings(shown: str, diagnostics: Iterable[object]) -> tuple[str, ...]:
    return tuple(f"{shown}:{diagnostic}" for diagnostic in diagnostics)


def read_bytes(path: str) -> bytes:
    with open(path, "rb") as handle:
        return handle.read()


def _refuse_input(source: str, target: str) -> None:
    if source != STDIN and os.path.exists(target) and os.path.samefile(source, target):
        raise OSError(0, "refusing to overwrite an input file")


def write_atomic(path: str, content: str) -> None:
    """Write a file whole or not at all: a temporary file beside it, then a rename."""
    with AtomicFile(path) as stream:
        stream.write(content)


class AtomicFile:
    """A text file written beside its target and renamed over it only when closed cleanly."""

    def __init__(self, path: str) -> None:
        self.path = path
        folder = os.path.dirname(os.path.abspath(path))
        handle, self.temporary = tempfile.mkstemp(
            dir=folder, prefix=".newstranscript-", suffix=".tmp"
        )
        self.stream = os.fdopen(handle, "w", encoding="utf-8", newline="\n")

    def __enter__(self) -> AtomicFile:
        return self

    def write(self, text: str) -> None:
        self.stream.write(text)

    def discard(self) -> None:
        """Leave the target as it was."""
        self.stream.close()
        with contextlib.suppress(OSError):
            os.unlink(self.temporary)

    def commit(self) -> None:
        """Put the written text in place of the target."""
        try:
            self.stream.close()
            os.replace(self.temporary, self.path)
        except BaseException:
            self.discard()
            raise

    def __exit__(self, kind: object, error: object, traceback: object) -> None:
        if kind is not None:
            self.discard()
        else:
            self.commit()
