"""The converter's batch work: find the inputs, convert them in worker processes, in order.

Memory stays flat whatever the corpus size: inputs are found lazily, only a bounded window of
chunks is in flight, and results are written (or handed back) in input order as they arrive.
A worker reads its own files and, with ``--out-dir``, writes its own outputs, so only paths,
counts and messages cross the process boundary.
"""

from __future__ import annotations

import argparse
import codecs
import functools
import json
import os
import re
import stat
import textwrap
from collections.abc import Iterable, Iterator, Sequence

import attrs

from newstranscript._api import parse_bytes, parse_many, parse_many_bytes, to_text
from newstranscript._convert.names import recorded, shown
from newstranscript._convert.output import OutputError, open_output
from newstranscript._convert.people import person_id
from newstranscript._convert.pool import in_order
from newstranscript._convert.walk import special_kind, walk
from newstranscript._errors import FormatError, ParseError
from newstranscript._model import Diagnostic, Story
from newstranscript._parse.html import html_text, parse_html_bytes
from newstranscript._parse.source import decode
from newstranscript._write.json import to_json
from newstranscript._write.json_layout import story_to_dict
from newstranscript._write.markdown import to_markdown
from newstranscript._write.mediasum import to_mediasum, to_mediasum_jsonl
from newstranscript._write.records import to_csv, to_records

STDIN = "-"
SUFFIXES = {
    "json": ".json",
    "jsonl": ".jsonl",
    "markdown": ".md",
    "text": ".txt",
    "csv": ".csv",
    "mediasum": ".jsonl",
}
DEFAULT_GLOB = "*.txt"
# What a folder gives when its files are known to be saved HTML pages (``--from html``).
HTML_GLOBS = ("*.html", "*.htm")
HTML_SUFFIXES = (".html", ".htm")
# How a saved HTML page starts, after any byte order mark and white space. Anchored, so a
# search never retries the white space from every position in it.
_HTML_START = re.compile(rb"\A(?:\xef\xbb\xbf)?\s*+<(?:!doctype\s+html|html|head|body)[\s>]", re.I)
# A transcript page is tens of kilobytes; a file this large is not one, and reading an
# endless one (a link to /dev/zero) must stop somewhere.
MAX_INPUT = 64 * 2**20
Identity = tuple[int, int]  # (device, inode): one file, whatever the path it is named by


@attrs.frozen
class Options:
    """What every conversion in a batch shares."""

    to: str = "json"
    front_matter: bool = False
    encoding: str | None = None
    strict: bool = False
    out_dir: str | None = None
    all_stories: bool = False  # --all: every story of a page, not the page as one story
    ignore: frozenset[str] = frozenset()  # --ignore: diagnostic codes not warned about
    warning_lines: bool = True  # print each warning (not with -q or --warnings count)
    protected: frozenset[Identity] = frozenset()  # inputs an --out-dir file could overwrite
    html: bool | None = None  # --from: True html, False text, None told by name and start
    people: bool = False  # --people: each JSON speaker gains its corpus-wide person id
    keep_stories: bool = False  # hand the stories back (formats written from the whole run)


@attrs.frozen
class Task:
    """One input: how it is shown and recorded, where it is read from, where its output goes
    (``--out-dir``)."""

    shown: str
    path: str
    source: str
    target: str | None = None
    data: bytes | None = None  # stdin, read once by the parent process
    error: str | None = None  # why the input is refused before it is read
    walked: bool = False  # found in a folder, so only a regular file is read


@attrs.frozen
class Result:
    """What converting one input gave: the rendered text (unless written), counts, messages."""

    shown: str
    rendered: str | None = None
    warnings: tuple[str, ...] = ()
    codes: tuple[str, ...] = ()  # the code of every diagnostic warned about
    error: str | None = None
    size: int = 0
    stories: int = 0
    turns: int = 0
    speakers: int = 0
    source: str | None = None
    parsed: tuple[Story, ...] = ()  # with ``Options.keep_stories``: the stories themselves

    @property
    def reason(self) -> str | None:
        """The failure without the input's name before it."""
        if self.error is None:
            return None
        return self.error.removeprefix(f"{self.shown}: ")


def find_inputs(
    paths: Iterable[str],
    patterns: Sequence[str],
    out_dir: str | None,
    *,
    follow_links: bool = False,
) -> Iterator[Task]:
    """Every input named, folders walked recursively in sorted order for ``patterns``.

    With ``out_dir`` each task gets its target: a folder's files keep their path below the
    folder, a file named directly keeps its base name. A folder with no matching file, and
    each entry of a folder that cannot be read, is a task that fails with the reason.
    """
    for path in paths:
        if path == STDIN:
            yield Task("<stdin>", STDIN, "-", _target(out_dir, "stdin"))
        elif os.path.isdir(path):
            matched = False
            for found in walk(path, patterns, follow_links=follow_links):
                matched = True
                target = None
                if out_dir is not None and found.error is None:
                    target = _target(out_dir, os.path.relpath(found.path, path))
                yield Task(
                    shown(found.path),
                    found.path,
                    recorded(found.path),
                    target,
                    error=found.error,
                    walked=True,
                )
            if not matched:  # a wrong folder or --glob would otherwise pass as "0 of 0"
                wanted = " or ".join(repr(pattern) for pattern in patterns)
                message = f"no files match {wanted} in this folder"
                yield Task(shown(path), path, recorded(path), error=message)
        else:
            yield Task(shown(path), path, recorded(path), _target(out_dir, os.path.basename(path)))


def unique_targets(tasks: Iterable[Task], suffix: str) -> Iterator[Task]:
    """The tasks, refusing any whose ``--out-dir`` file an earlier input already claimed.

    Two folders given together can hold the same relative name, two files the same base
    name, and one folder ``a.md`` and ``a.txt`` under two patterns; a target named two ways
    (``out/x`` and ``out/./x``, a link to a folder) is still one file. The first input keeps
    the output, the others fail rather than overwrite it. This holds every target seen.
    """
    claimed: dict[str, str] = {}
    for task in tasks:
        if task.target is not None:
            key = os.path.normcase(_real_file(task.target + suffix))
            earlier = claimed.setdefault(key, task.shown)
            if earlier != task.shown:
                message = f"its output {shown(task.target + suffix)} is already {earlier}'s"
                yield attrs.evolve(task, target=None, error=message)
                continue
        yield task


def _real_file(path: str) -> str:
    """The file a target names, however it was spelled: links resolved."""
    if os.path.islink(path):
        return os.path.realpath(path)
    folder, name = os.path.split(path)
    return os.path.join(_real_folder(folder), name)


@functools.lru_cache(maxsize=256)
def _real_folder(folder: str) -> str:
    # a folder's files come together in a walk: resolve each folder once, not per file
    return os.path.realpath(folder)


def _target(out_dir: str | None, relative: str) -> str | None:
    if out_dir is None:
        return None
    return os.path.join(out_dir, os.path.splitext(relative)[0])


def convert(task: Task, options: Options) -> Result:
    """Convert one input; never raises for a bad input, it reports it in the result."""
    try:
        result = _convert(task, options)
    except (MemoryError, RecursionError) as error:
        # What the parser cannot hold fails this input, never the batch.
        reason = "out of memory" if isinstance(error, MemoryError) else "nested too deeply"
        result = Result(task.shown, error=f"{task.shown}: {reason} while converting it")
    except Exception as error:  # a fault of ours on one input must not end the batch
        result = Result(task.shown, error=f"{task.shown}: could not be converted: {fault(error)}")
    return attrs.evolve(result, source=task.source)


def fault(error: Exception) -> str:
    """What a failure of the converter's own on one input says."""
    return f"{type(error).__name__}: {error} (a fault in newstranscript: please report it)"


@attrs.frozen
class Loaded:
    """One input read and parsed: its stories, or why it gave none (``error`` names it)."""

    stories: tuple[Story, ...] = ()
    error: str | None = None
    size: int = 0


def load(task: Task, options: Options) -> Loaded:
    """Read and parse one input: the step every reader of many transcripts shares (the
    converter, ``read_corpus``, ``speakers``). Never raises for a bad input."""
    try:
        return _load(task, options)
    except (MemoryError, RecursionError) as error:
        reason = "out of memory" if isinstance(error, MemoryError) else "nested too deeply"
        return Loaded(error=f"{task.shown}: {reason} while converting it")
    except Exception as error:  # a fault of ours on one input must not end the batch
        return Loaded(error=f"{task.shown}: could not be converted: {fault(error)}")


def _load(task: Task, options: Options) -> Loaded:
    if task.error is not None:
        return Loaded(error=f"{task.shown}: {task.error}")
    try:
        data = task.data if task.data is not None else read_input(task.path, task.walked)
    except OSError as error:
        return Loaded(error=f"{task.shown}: {error.strerror or error}")
    try:
        stories = _parse(data, task, options)
    except ParseError as error:
        message = f"{task.shown}: {cli_spelling(error.message.splitlines()[0])}"
        return Loaded(error=message, size=len(data))
    return Loaded(tuple(stories), size=len(data))


def _convert(task: Task, options: Options) -> Result:
    loaded = load(task, options)
    if loaded.error is not None:
        return Result(task.shown, error=loaded.error, size=loaded.size)
    stories = list(loaded.stories)
    size = loaded.size
    diagnostics = [
        d for story in stories for d in story.diagnostics if d.code not in options.ignore
    ]
    warnings = _warnings(task.shown, diagnostics)
    codes = tuple(d.code for d in diagnostics)
    if options.strict and diagnostics:
        # each problem is printed in full, even with -q: the failure line only names them
        message = f"{task.shown}: {_failure(diagnostics)}"
        return Result(task.shown, warnings=warnings, error=message, size=size)
    try:
        rendered: str | None = None if options.keep_stories else render(stories, options)
    except FormatError as error:  # a story the canonical text cannot carry
        message = f"{task.shown}: {error}"
        if not options.all_stories and any(
            d.code == "several-stories" for story in stories for d in story.diagnostics
        ):
            message += " (the page holds several stories: --all writes each on its own)"
        return Result(task.shown, error=message, size=size)
    if task.target is not None:
        failure = _write_target(task, rendered or "", options)
        if failure is not None:
            return Result(task.shown, error=failure, size=size)
        rendered = None
    return Result(
        task.shown,
        rendered=rendered,
        warnings=warnings if options.warning_lines else (),
        codes=codes,
        size=size,
        stories=len(stories),
        turns=sum(len(story.turns) for story in stories),
        speakers=sum(len(story.speakers) for story in stories),
        parsed=tuple(stories) if options.keep_stories else (),
    )


def is_html(path: str, data: bytes) -> bool:
    """Whether an input is a saved HTML page: its name ends ``.html`` or ``.htm``, or its
    bytes open as a page does (a doctype, ``<html``, ``<head`` or ``<body``)."""
    return path.lower().endswith(HTML_SUFFIXES) or _HTML_START.match(data[:4096]) is not None


def _parse(data: bytes, task: Task, options: Options) -> list[Story]:
    """The stories of one input, each naming it; with ``--all``, each its place on the page."""
    source = task.source
    html = options.html if options.html is not None else is_html(task.path, data)
    try:
        if html:
            stories = parse_page_bytes(data, options.encoding, options.all_stories)
            stories = [attrs.evolve(story, source=source) for story in stories]
        elif not options.all_stories:
            return [parse_bytes(data, encoding=options.encoding, source=source)]
        else:
            stories = parse_many_bytes(data, encoding=options.encoding, source=source)
    except UnicodeError as error:  # a codec that cannot decode anything (``undefined``)
        raise ParseError(f"cannot decode the input as {options.encoding}: {error}") from None
    if not options.all_stories:
        return stories
    return [attrs.evolve(story, index=index) for index, story in enumerate(stories)]


def parse_page_bytes(data: bytes, encoding: str | None, every_story: bool) -> list[Story]:
    """A saved HTML page's story; with ``every_story``, each story its text holds."""
    if not every_story:
        return [parse_html_bytes(data, encoding=encoding)]
    return parse_many(html_text(decode(data, encoding=encoding).text))


def _write_target(task: Task, rendered: str, options: Options) -> str | None:
    """Write one ``--out-dir`` file; the failure's message, or ``None``."""
    assert task.target is not None
    target = task.target + SUFFIXES[options.to]
    try:
        if _is_an_input(task.path, target, options.protected):
            return f"{shown(target)}: refusing to overwrite an input file"
        with open_output(target) as output:
            output.write(rendered)
    except OutputError as error:
        return str(error)
    except OSError as error:
        return f"{shown(target)}: {error.strerror or error}"
    return None


def _is_an_input(source: str, target: str, protected: frozenset[Identity]) -> bool:
    try:
        found = os.stat(target)
    except FileNotFoundError:
        return False
    if (found.st_dev, found.st_ino) in protected:
        return True
    return source != STDIN and os.path.exists(source) and os.path.samefile(source, target)


def read_input(path: str, walked: bool = False) -> bytes:
    """The bytes of one input, at most :data:`MAX_INPUT` of them.

    A file found in a folder is read only when it is a regular file (opened without
    blocking, so a FIFO put in its place cannot hang the batch); a path named by the user
    may be a FIFO or a device (``<(...)``, ``/dev/stdin``) and is read as it is.
    """
    flags = os.O_RDONLY | (os.O_NONBLOCK if walked else 0)
    handle = os.open(path, flags)
    with open(handle, "rb") as stream:
        mode = os.fstat(handle).st_mode
        if stat.S_ISDIR(mode) or (walked and not stat.S_ISREG(mode)):
            raise OSError(0, f"not a regular file ({special_kind(mode)}): not read")
        data = stream.read(MAX_INPUT + 1)
    if len(data) > MAX_INPUT:
        raise OSError(0, f"larger than {MAX_INPUT // 2**20} MiB: not a transcript page")
    return data


# How the library's messages name an option, and how the converter spells it.
_API_SPELLING = re.compile(r"encoding='([\w.-]+)'( \(or '([\w.-]+)'\))?")


def cli_spelling(message: str) -> str:
    """A library message in the converter's own words: ``--encoding cp1252``, not
    ``encoding='cp1252'``."""

    def spell(found: re.Match[str]) -> str:
        other = f" (or --encoding {found.group(3)})" if found.group(3) else ""
        return f"--encoding {found.group(1)}{other}"

    return _API_SPELLING.sub(spell, message)


def add_input_arguments(parser: argparse.ArgumentParser, *, reads_html: bool = False) -> None:
    """The options every command that reads many transcripts shares: where to find them, how
    to decode them, and how many worker processes read them."""
    default = "*.txt; *.html and *.htm with --from html" if reads_html else "*.txt"
    parser.add_argument(
        "--glob",
        action="append",
        metavar="PATTERN",
        help=f"file names to take from input folders; repeat for several (default: {default})",
    )
    parser.add_argument(
        "--follow-links",
        action="store_true",
        help="in input folders, follow links to folders outside the folder (never round a loop)",
    )
    parser.add_argument(
        "--encoding",
        metavar="NAME",
        type=encoding_name,
        help="decode input that is not UTF-8 with this encoding",
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


def encoding_name(text: str) -> str:
    """The value of ``--encoding``: a codec Python knows that decodes bytes to text."""
    try:
        codec = codecs.lookup(text)
    except LookupError:
        raise argparse.ArgumentTypeError(f"unknown encoding: {text!r}") from None
    if not codec._is_text_encoding:  # base64, rot13, zlib: bytes to bytes, not text
        raise argparse.ArgumentTypeError(f"not a text encoding: {text!r}")
    return text


def convert_all(tasks: Iterable[Task], options: Options, jobs: int) -> Iterator[Result]:
    """Convert every task, in input order, with up to ``jobs`` worker processes."""
    return in_order(functools.partial(convert, options=options), tasks, jobs, _died)


def _died(task: Task, reason: str) -> Result:
    return Result(task.shown, error=f"{task.shown}: {reason}", source=task.source)


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
        return "".join(_json(story, options.people, None) + "\n" for story in stories)
    if options.to == "csv":
        return to_csv(
            record for story in stories for record in to_records(story, key=record_key(story))
        )
    if options.to == "mediasum":
        return to_mediasum_jsonl(to_mediasum(story, id=record_key(story)) for story in stories)
    if not options.all_stories:
        return _json(stories[0], options.people, 2) + "\n"
    items = [textwrap.indent(_json(story, options.people, 2), "  ") for story in stories]
    return "[\n" + ",\n".join(items) + "\n]\n"


def record_key(story: Story) -> str | None:
    """The name a story goes by in a table or data set: its source, with ``#N`` for the Nth
    story of a page read with ``--all`` (a page's stories share its source)."""
    if story.source is None or story.index is None:
        return None
    return f"{story.source}#{story.index}"


def _json(story: Story, people: bool, indent: int | None) -> str:
    """The story's JSON document; with ``--people`` each speaker gains its ``person`` id."""
    if not people:
        return to_json(story, indent=indent)
    document = story_to_dict(story)
    for speaker in document["speakers"]:
        speaker["person"] = person_id(speaker["name"])
    separators = (",", ":") if indent is None else None
    return json.dumps(document, ensure_ascii=False, indent=indent, separators=separators)


# How many of a strict failure's problems its one line names; the warning lines above it give
# every one in full.
_NAMED_PROBLEMS = 5


def _failure(diagnostics: Sequence[Diagnostic]) -> str:
    """What a strict failure's one line says: the problems by code and place.

    The warning lines printed just before it give each in full, so the failure line names
    each by its code and place: ``2 problems in the transcript: unlabelled-turn at 1:1, ...``.
    """
    named = ", ".join(f"{d.code} at {d.line}:{d.column}" for d in diagnostics[:_NAMED_PROBLEMS])
    more = len(diagnostics) - _NAMED_PROBLEMS
    count = len(diagnostics)
    problems = f"{count} problem{'s' if count != 1 else ''} in the transcript"
    return f"{problems}: {named}" + (f" and {more} more, listed above" if more > 0 else "")


def _warnings(name: str, diagnostics: Iterable[Diagnostic]) -> tuple[str, ...]:
    return tuple(f"{name}:{diagnostic}" for diagnostic in diagnostics)
