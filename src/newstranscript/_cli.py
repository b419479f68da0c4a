"""The converter: ``python -m newstranscript FILE|FOLDER... --to json|jsonl|markdown|text``.

``python -m newstranscript stats FILE|FOLDER...`` prints what a person looks at first. "stats"
as the first argument is the subcommand, unless a file or folder named ``stats`` is in the
current folder and what follows is no ``stats`` command line: then it is that path.
``./stats`` always means the path.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import os
import sys
from collections.abc import Callable, Iterator, Sequence

import attrs

from newstranscript import __version__
from newstranscript._build import build
from newstranscript._convert.batch import (
    STDIN,
    SUFFIXES,
    Identity,
    Options,
    Result,
    Task,
    add_input_arguments,
    convert_all,
    find_inputs,
    unique_targets,
)
from newstranscript._convert.corpus import default_globs, with_stdin
from newstranscript._convert.guard import input_at, inputs_under, inside_an_input_folder
from newstranscript._convert.names import shown
from newstranscript._convert.output import (
    Output,
    OutputError,
    check_folder,
    open_output,
    remove_pending,
)
from newstranscript._convert.pool import Stopped, check_stopped, stopping_signals
from newstranscript._convert.progress import Progress, Tally
from newstranscript._convert.sinks import ConvokitSink, ParquetSink, Sink, parquet_missing
from newstranscript._convert.speakers import main as speakers_main
from newstranscript._convert.speakers import speakers_parser
from newstranscript._convert.stats import main as stats_main
from newstranscript._convert.stats import stats_parser
from newstranscript._convert.streams import Messages, reopen_closed_descriptors
from newstranscript._convert.walk import walk
from newstranscript._write.records import RECORD_FIELDS

__all__ = ["main"]

FORMATS = ("json", "jsonl", "markdown", "text", "csv", "parquet", "mediasum", "convokit")
# Formats written from the whole run, not input by input: one file or folder for all.
WHOLE_RUN = ("parquet", "convokit")
READERS = {"text": False, "html": True, "auto": None}  # --from, as Options.html has it
# The format an output file's name asks for when --to does not say.
FORMAT_OF_SUFFIX = {
    ".json": "json",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".md": "markdown",
    ".markdown": "markdown",
    ".txt": "text",
    ".csv": "csv",
    ".parquet": "parquet",
}
CSV_HEADER = ",".join(RECORD_FIELDS) + "\r\n"
ERROR_FORMAT = "newstranscript/error"  # the "format" of an --error-records line
WARNING_MODES = ("each", "count", "none")

EXAMPLES = """\
examples:
  python -m newstranscript story.txt                     JSON on stdout
  python -m newstranscript story.txt -o story.md         Markdown (from the name)
  python -m newstranscript --to markdown --front-matter story.txt
  python -m newstranscript page.txt --to text -o clean.txt   the canonical transcript
  cat story.txt | python -m newstranscript - --to json
  python -m newstranscript a.txt b.txt -o stories.jsonl
  python -m newstranscript corpus/ -o corpus.jsonl --jobs 4 --warnings count
  python -m newstranscript corpus/ --glob '*.htm.txt' --glob '*.tx' --out-dir converted/
  python -m newstranscript programme_page.txt --all      every story of the page
  python -m newstranscript corpus/ -o turns.csv          a table of turns
  python -m newstranscript corpus/ -o turns.parquet      (pip install 'newstranscript[parquet]')
  python -m newstranscript corpus/ --to mediasum -o mediasum.jsonl
  python -m newstranscript corpus/ --to convokit -o corpus-folder/
  python -m newstranscript pages/ --from html -o pages.jsonl   saved pages (*.html, *.htm)
  python -m newstranscript corpus/ --to jsonl --people   each speaker's person id
  python -m newstranscript stats story.txt               speakers, markers, diagnostics
  python -m newstranscript speakers corpus/              the people of a corpus

"stats" or "speakers" first is the subcommand; ./stats is a path named stats.

exit status: 0 all converted, 1 some input failed or the output could not be written,
2 usage error, 130 interrupted (Ctrl-C), 143 SIGTERM, 129 SIGHUP
"""


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newstranscript",
        description="Turn the text of radio and TV news transcripts into JSON, Markdown or a "
        "canonical transcript.",
        epilog=EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "inputs",
        nargs="+",
        metavar="FILE",
        help="transcript file, folder (searched recursively), or - for stdin",
    )
    parser.add_argument(
        "--to",
        choices=FORMATS,
        help="output format (default: from -o's name, .json .jsonl .md .txt .csv .parquet; "
        "else json); parquet needs -o FILE, convokit -o FOLDER",
    )
    parser.add_argument(
        "--from",
        choices=tuple(READERS),
        default="auto",
        dest="reader",
        help="what the inputs are: text, saved HTML pages (folders then give *.html and "
        "*.htm), or auto (default): an input is HTML when named .html or .htm or when it "
        "starts as a page does",
    )
    parser.add_argument(
        "--people",
        action="store_true",
        help="--to json/jsonl: give each speaker the id of the person across the corpus "
        "(see the speakers subcommand)",
    )
    output = parser.add_mutually_exclusive_group()
    output.add_argument("-o", "--output", metavar="FILE", help="write here instead of stdout")
    output.add_argument(
        "--out-dir",
        metavar="DIR",
        help="write one file per input here, mirroring the names below each input folder",
    )
    add_input_arguments(parser, reads_html=True)
    parser.add_argument(
        "--all",
        action="store_true",
        dest="all_stories",
        help="read every story of a page that holds several (a JSON array, one JSONL line "
        "or one Markdown document or text each)",
    )
    parser.add_argument(
        "--front-matter", action="store_true", help="markdown: start with YAML front matter"
    )
    parser.add_argument(
        "--strict", action="store_true", help="fail on any diagnostic instead of warning"
    )
    parser.add_argument(
        "--ignore",
        action="append",
        type=_codes,
        default=[],
        metavar="CODE[,CODE]",
        help="diagnostic codes not to warn about (nor to fail on with --strict); repeatable",
    )
    parser.add_argument(
        "--warnings",
        choices=WARNING_MODES,
        default="each",
        help="each: print every warning (default); count: count them by code in the "
        "summary; none: neither",
    )
    parser.add_argument(
        "--error-records",
        action="store_true",
        help="--to jsonl: a failed input leaves a line naming it and why, in input order",
    )
    parser.add_argument(
        "-q", "--quiet", action="store_true", help="print no warnings, progress or summary"
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}, {build()}")
    return parser


def _codes(text: str) -> list[str]:
    codes = [code.strip() for code in text.split(",") if code.strip()]
    if not codes or not all(code.replace("-", "").isalnum() for code in codes):
        raise argparse.ArgumentTypeError(f"not diagnostic codes: {text!r}")
    return codes


def main(argv: Sequence[str] | None = None) -> int:
    """Run the converter (or the ``stats`` subcommand); returns the exit status."""
    arguments = list(sys.argv[1:] if argv is None else argv)
    reopen_closed_descriptors()
    messages = Messages(sys.stderr)
    with stopping_signals():
        try:
            command = _subcommand(arguments, messages)
            if command is not None:
                return SUBCOMMANDS[command][1](arguments[1:])
            return _convert(arguments, messages)
        except KeyboardInterrupt:  # before or after the batch: nothing half written
            messages.say("newstranscript: interrupted")
            return 130
        except Stopped as stop:
            messages.say(f"newstranscript: stopped by {stop.name}")
            return 128 + stop.number
        finally:  # a signal between making a temporary file and taking charge of it
            remove_pending()


# The subcommands: each name's command line (to tell it from a path of that name) and its main.
SUBCOMMANDS: dict[str, tuple[Callable[[], argparse.ArgumentParser], Callable[[list[str]], int]]] = {
    "stats": (stats_parser, stats_main),
    "speakers": (speakers_parser, speakers_main),
}


def _subcommand(arguments: Sequence[str], messages: Messages) -> str | None:
    """The subcommand the first argument opens: always, unless a path of that name is here
    and the rest is no command line of it (``stats -q`` converts the file ``stats``)."""
    if not arguments or arguments[0] not in SUBCOMMANDS:
        return None
    name = arguments[0]
    if not os.path.lexists(name):
        return name
    quiet = io.StringIO()
    try:
        with contextlib.redirect_stderr(quiet), contextlib.redirect_stdout(quiet):
            SUBCOMMANDS[name][0]().parse_args(arguments[1:])
    except SystemExit as exit_:
        if exit_.code:
            return None
    messages.say(
        f"newstranscript: note: '{name}' is the subcommand here; write ./{name} for the path "
        f"named {name} in this folder"
    )
    return name


def _convert(arguments: list[str], messages: Messages) -> int:
    parser = _parser()
    try:
        args = parser.parse_args(arguments)
    except SystemExit as exit_:  # argparse exits 2 on usage errors, 0 for --help/--version
        return int(exit_.code or 0)
    to = args.to or _format_of(args.output)
    batch = _is_batch(args.inputs)
    usage = _usage_problem(args, to, batch)
    if usage is not None:
        messages.say(parser.format_usage().rstrip("\n"))
        messages.say(f"newstranscript: error: {usage}")
        return 2
    if to == "parquet":
        missing = parquet_missing()
        if missing is not None:
            messages.say(f"newstranscript: error: {missing}")
            return 2
    if args.output is None and args.out_dir is None and sys.stdout is None:
        messages.say("newstranscript: standard output is closed: give -o FILE to write a file")
        return 1
    html = READERS[args.reader]
    patterns = args.glob or list(default_globs(html))
    refused = _refused_output(args, to, patterns, messages)
    if isinstance(refused, int):
        return refused
    quiet_warnings = args.quiet or args.warnings != "each"
    options = Options(
        to=to,
        front_matter=args.front_matter,
        encoding=args.encoding,
        strict=args.strict,
        out_dir=args.out_dir,
        all_stories=args.all_stories,
        ignore=frozenset(code for codes in args.ignore for code in codes),
        warning_lines=not quiet_warnings,
        protected=refused,
        html=html,
        people=args.people,
        keep_stories=to in WHOLE_RUN,
    )
    tasks = find_inputs(args.inputs, patterns, args.out_dir, follow_links=args.follow_links)
    if args.out_dir is not None:
        tasks = unique_targets(tasks, SUFFIXES[to])
        if inside_an_input_folder(args.out_dir, args.inputs):
            tasks = iter(list(tasks))  # found before any is written: outputs are no inputs
    progress = None
    if batch and not args.quiet and messages.isatty():
        files, size = _measure(args.inputs, patterns, args.follow_links)
        progress = Progress(messages, files, size)
    return _write_all(args, options, with_stdin(tasks), progress, messages)


def _write_all(
    args: argparse.Namespace,
    options: Options,
    tasks: Iterator[Task],
    progress: Progress | None,
    messages: Messages,
) -> int:
    """Convert and write everything; the exit status."""
    batch = _is_batch(args.inputs)
    jobs = args.jobs if batch else 1  # one input: starting workers costs more
    whole: Sink | None = None
    sink: Output | None = None
    try:
        if options.to == "parquet":
            whole = ParquetSink(args.output)
        elif options.to == "convokit":
            whole = ConvokitSink(args.output, options.protected)
        elif args.output is not None:
            sink = open_output(args.output)
        run = _Run(options, sink, progress, messages, args.error_records, whole)
        tally = run.all(tasks, jobs)
        if whole is not None:
            if tally.stories:
                whole.commit()
            else:  # nothing converted: leave what is there as it was
                whole.discard()
    except OutputError as error:
        messages.say(str(error))
        return 1
    except BrokenPipeError:  # the reader went away (`| head`): stop quietly, as cat does
        _silence_stdout()
        return 1
    except KeyboardInterrupt:
        messages.say(f"newstranscript: interrupted{_unwritten(args.output)}")
        return 130
    except Stopped as stop:
        messages.say(f"newstranscript: stopped by {stop.name}{_unwritten(args.output)}")
        return 128 + stop.number
    except OSError as error:  # the output itself failed: a full disk, a closed stream
        where = shown(args.output) if args.output is not None else "standard output"
        messages.say(f"{where}: {error.strerror or error}")
        return 1
    if sink is not None:
        try:
            if tally.stories or run.written:
                sink.commit()
            else:  # nothing converted: leave any file already there as it was
                sink.discard()
        except OSError as error:
            messages.say(f"{shown(sink.path)}: {error.strerror or error}")
            return 1
    if args.warnings == "count" and not args.quiet:
        messages.write(tally.warning_counts())
    if batch and not args.quiet:
        messages.write(tally.summary())
    return 1 if tally.failures else 0


def _refused_output(
    args: argparse.Namespace, to: str, patterns: list[str], messages: Messages
) -> int | frozenset[Identity]:
    """Before anything is read or written: the exit status when the output must not or
    cannot be written; else the inputs an ``--out-dir`` file (or a ConvoKit folder's) could
    replace."""
    follow = args.follow_links
    if to == "convokit":
        if os.path.exists(args.output) and not os.path.isdir(args.output):
            messages.say(f"{shown(args.output)}: --to convokit writes a folder; this is a file")
            return 2
        return inputs_under(args.output, args.inputs, patterns, follow_links=follow)
    if args.output is not None:
        found = input_at(args.output, args.inputs, patterns, follow_links=follow)
        if found is not None:
            named = "" if found == args.output else f" ({shown(found)})"
            messages.say(f"{shown(args.output)}: refusing to overwrite an input file{named}")
            return 2
    if args.out_dir is None:
        return frozenset()
    try:
        check_folder(args.out_dir)
    except OutputError as error:
        messages.say(str(error))
        return 1
    return inputs_under(args.out_dir, args.inputs, patterns, follow_links=follow)


def _usage_problem(args: argparse.Namespace, to: str, batch: bool) -> str | None:
    if to == "json" and batch and args.out_dir is None:
        return (
            "a folder or several inputs need --to jsonl, --to markdown or --to text "
            "(or --out-dir): --to json writes one document"
        )
    if args.error_records and (to != "jsonl" or args.out_dir is not None):
        return "--error-records needs --to jsonl written to stdout or -o"
    if to in WHOLE_RUN and args.output is None:
        kind = "file" if to == "parquet" else "folder"
        return f"--to {to} writes one {kind} for every input: give -o with a {kind.upper()}"
    if args.people and to not in ("json", "jsonl"):
        return "--people needs --to json or --to jsonl"
    return None


def _is_batch(inputs: Sequence[str]) -> bool:
    """Several inputs, or a folder: workers, a progress line and a summary."""
    return len(inputs) > 1 or any(path != STDIN and os.path.isdir(path) for path in inputs)


def _format_of(output: str | None) -> str:
    """The format ``-o``'s name asks for, JSON when it asks for none."""
    if output is None:
        return "json"
    return FORMAT_OF_SUFFIX.get(os.path.splitext(output)[1].lower(), "json")


def _unwritten(output: str | None) -> str:
    return f"; {shown(output)} was not written" if output is not None else ""


def _silence_stdout() -> None:
    with contextlib.suppress(OSError, ValueError, AttributeError):
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())


@attrs.define
class _Run:
    """One conversion run: the results written in input order, messages as they come."""

    options: Options
    sink: Output | None
    progress: Progress | None
    messages: Messages
    error_records: bool = False
    whole: Sink | None = None  # the Parquet file or ConvoKit folder the stories go to
    written: int = 0

    def all(self, tasks: Iterator[Task], jobs: int) -> Tally:
        tally = Tally()
        try:
            for result in convert_all(tasks, self.options, jobs):
                check_stopped()
                tally.add(result)
                self._report(result, tally)
                self._write(result)
            check_stopped()
            if self.sink is None and sys.stdout is not None:
                sys.stdout.flush()  # here, where a reader gone away is seen and handled
        except BaseException:
            if self.sink is not None:
                self.sink.discard()
            if self.whole is not None:
                self.whole.discard()
            raise
        finally:
            if self.progress is not None:
                self.progress.close()
        return tally

    def _report(self, result: Result, tally: Tally) -> None:
        lines = [*result.warnings, *([result.error] if result.error else [])]
        if lines:
            if self.progress is not None:
                self.progress.close()
            self.messages.write("\n".join(lines) + "\n")
        if self.progress is not None:  # drawn again at once, so it stays in sight
            self.progress.update(tally, force=bool(lines))

    def _write(self, result: Result) -> None:
        if self.whole is not None:
            self.whole.add(result.parsed)
            return
        text = result.rendered
        if text is not None and self.options.to == "csv" and self.written:
            text = text.removeprefix(CSV_HEADER)  # one header for the whole table
        if text is None and self.error_records and result.error is not None:
            record = {"format": ERROR_FORMAT, "source": result.source, "error": result.reason}
            text = json.dumps(record, ensure_ascii=False) + "\n"
        if text is None:
            return
        separator = "\n" if self.options.to in ("markdown", "text") and self.written else ""
        out = self.sink if self.sink is not None else sys.stdout
        out.write(separator + text)
        self.written += 1


def _measure(inputs: Sequence[str], patterns: Sequence[str], follow: bool) -> tuple[int, int]:
    """How many files and bytes a batch holds, for the progress bar's ETA."""
    files = size = 0
    for path in inputs:
        if path != STDIN and os.path.isdir(path):
            found = [entry.path for entry in walk(path, patterns, follow_links=follow)]
        else:
            found = [path]
        for name in found:
            files += 1
            with contextlib.suppress(OSError):
                size += os.path.getsize(name) if os.path.isfile(name) else 0
    return files, size
