"""A corpus read in worker processes: each input's stories, or why it gave none, in order.

The same machinery the converter runs on (``_batch``: finding the inputs, reading and parsing
each with :func:`_batch.load`, the worker pool of ``_pool`` with its bounded window of work
in flight), handed to Python code: memory stays flat whatever the corpus size, a bad file is
one result with its error, never an exception that ends the run.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING

import attrs

from newstranscript._model import Story

if TYPE_CHECKING:
    from newstranscript._convert.batch import Options, Task


@attrs.frozen
class CorpusItem:
    """One input of a corpus: where it came from, and its stories or why it has none."""

    source: str  # the path as given (or found in a folder), ``-`` for standard input
    stories: tuple[Story, ...] = ()
    error: str | None = None  # why the input gave no story, without its name

    @property
    def ok(self) -> bool:
        return self.error is None


def default_globs(html: bool | None) -> tuple[str, ...]:
    """The file names taken from folders when none are asked for: ``*.txt``, or the saved
    pages' ``*.html`` and ``*.htm`` when the inputs are known to be HTML."""
    from newstranscript._convert.batch import DEFAULT_GLOB, HTML_GLOBS  # noqa: PLC0415

    return HTML_GLOBS if html else (DEFAULT_GLOB,)


def read_corpus(
    paths: str | os.PathLike[str] | Iterable[str | os.PathLike[str]],
    /,
    *,
    glob: str | Sequence[str] | None = None,
    jobs: int = 1,
    encoding: str | None = None,
    all_stories: bool = False,
    html: bool | None = None,
    follow_links: bool = False,
) -> Iterator[CorpusItem]:
    """Each input's stories, in input order: files as named, folders walked recursively in
    name order for the file names ``glob`` matches (default ``*.txt``; ``*.html`` and
    ``*.htm`` with ``html=True``).

    ``jobs`` worker processes read and parse (1: this process, one file at a time); however
    large the corpus, only a bounded window of files is in flight. ``html`` says the inputs
    are saved HTML pages (``True``) or text (``False``); ``None`` tells each by its name
    (``.html``, ``.htm``) and its start (a doctype, ``<html``, ``<head`` or ``<body``).
    ``all_stories`` reads every story of a page (each story's ``index`` its place); else a
    page is one story. Every story's ``source`` is its input's path.

    A file that cannot be read or parsed is a :class:`CorpusItem` with its ``error`` and no
    stories; so is a folder with no matching file, and each entry of a folder that cannot
    be read. Nothing is skipped without a word.
    """
    # The batch machinery (a process pool, argparse) is loaded by its users alone.
    import functools  # noqa: PLC0415

    from newstranscript._convert.batch import Options, find_inputs  # noqa: PLC0415
    from newstranscript._convert.pool import in_order  # noqa: PLC0415

    named = [paths] if isinstance(paths, str | os.PathLike) else list(paths)
    if not all(isinstance(path, str | os.PathLike) for path in named):
        raise TypeError("read_corpus() takes a path or an iterable of paths (str or PathLike)")
    patterns = [glob] if isinstance(glob, str) else list(glob or default_globs(html))
    if isinstance(jobs, bool) or not isinstance(jobs, int) or jobs < 1:
        raise ValueError(f"jobs: a whole number of worker processes, at least 1, not {jobs!r}")
    options = Options(encoding=encoding, all_stories=all_stories, html=html)
    tasks = find_inputs(
        [os.fspath(path) for path in named], patterns, None, follow_links=follow_links
    )
    work = functools.partial(_read, options=options)
    return in_order(work, with_stdin(tasks), jobs, _died)


def with_stdin(tasks: Iterable[Task]) -> Iterator[Task]:
    """The tasks, with standard input read here: a worker process cannot read it."""
    from newstranscript._convert.batch import STDIN  # noqa: PLC0415
    from newstranscript._convert.streams import read_stdin  # noqa: PLC0415

    for task in tasks:
        if task.path == STDIN and task.error is None:
            data, problem = read_stdin()
            yield attrs.evolve(task, data=data, error=problem)
        else:
            yield task


def _read(task: Task, options: Options) -> CorpusItem:
    from newstranscript._convert.batch import load  # noqa: PLC0415

    loaded = load(task, options)
    error = loaded.error.removeprefix(f"{task.shown}: ") if loaded.error is not None else None
    return CorpusItem(task.source, loaded.stories, error)


def _died(task: Task, reason: str) -> CorpusItem:
    return CorpusItem(task.source, error=reason)
