"""The converter: ``python -m newstranscript FILE|FOLDER... --to json|jsonl|markdown|text``.

``python -m newstranscript stats FILE|FOLDER...`` prints what a person looks at first; "stats"
is the subcommand only as the first argument and when no file of that name exists, so
``python -m newstranscript FILE`` always converts.
"""

from __future__ import annotations

import argparse
import itertools
import os
import sys
from collections.abc import Iterator, Sequence
from typing import TextIO

import attrs

from newstranscript import __version__
from newstranscript._batch import (
    STDIN,
    SUFFIXES,
    AtomicFile,
    Options,
    Task,
    add_input_arguments,
    convert_all,
    find_inputs,
    unique_targets,
    walk,
)
from newstranscript._progress import Progress, Tally
from newstranscript._stats import main as stats_main

__all__ = ["main"]

FORMATS = ("json", "jsonl", "markdown", "text")

EXAMPLES = """\
examples:
  python -m newstranscript story.txt                     JSON on stdout
  python -m newstranscript story.txt --to markdown -o story.md
  python -m newstranscript --to markdown --front-matter story.txt
  python -m newstranscript page.txt --to text -o clean.txt   the canonical transcript
  cat story.txt | python -m newstranscript - --to json
  python -m newstranscript a.txt b.txt --to jsonl -o stories.jsonl
  python -m newstranscript corpus/ --to jsonl -o corpus.jsonl --jobs 4
  python -m newstranscript corpus/ --glob '*.htm.txt' --out-dir converted/
  python -m newstranscript programme_page.txt --all      every story of the page
  python -m newstranscript stats story.txt               speakers, markers, diagnostics

"stats" is the subcommand only as the first argument and when no file of that name exists.

exit status: 0 all converted, 1 some input failed, 2 usage error, 130 interrupted
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
        "--to", choices=FORMATS, default="json", help="output format (default: json)"
    )
    output = parser.add_mutually_exclusive_group()
    output.add_argument("-o", "--output", metavar="FILE", help="write here instead of stdout")
    output.add_argument(
        "--out-dir",
        metavar="DIR",
        help="write one file per input here, mirroring the names below each input folder",
    )
    add_input_arguments(parser)
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
        "-q", "--quiet", action="store_true", help="print no warnings, progress or summary"
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the converter (or the ``stats`` subcommand); returns the exit status."""
    arguments = list(sys.argv[1:] if argv is None else argv)
    if arguments and arguments[0] == "stats" and not os.path.exists("stats"):
        return stats_main(arguments[1:])
    parser = _parser()
    try:
        args = parser.parse_args(arguments)
    except SystemExit as exit_:  # argparse exits 2 on usage errors, 0 for --help/--version
        return int(exit_.code or 0)
    options = Options(
        to=args.to,
        front_matter=args.front_matter,
        encoding=args.encoding,
        strict=args.strict,
        quiet=args.quiet,
        out_dir=args.out_dir,
        all_stories=args.all_stories,
    )
    tasks = _with_stdin(find_inputs(args.inputs, args.glob, args.out_dir))
    if args.out_dir is not None and len(args.inputs) > 1:
        tasks = unique_targets(tasks, SUFFIXES[args.to])
    first = list(itertools.islice(tasks, 2))
    if len(first) > 1 and args.to == "json" and args.out_dir is None:
        parser.print_usage(sys.stderr)
        need = "several inputs need --to jsonl, --to markdown or --to text (or --out-dir)"
        print(f"newstranscript: error: {need}", file=sys.stderr)
        return 2
    if args.output is not None and _overwrites_an_input(args.inputs, args.output, args.glob):
        print(f"{args.output}: refusing to overwrite an input file", file=sys.stderr)
        return 2
    batch = len(first) > 1 or any(os.path.isdir(path) for path in args.inputs)
    progress = None
    if batch and not args.quiet and sys.stderr.isatty():
        files, size = _measure(args.inputs, args.glob)
        progress = Progress(sys.stderr, files, size)
    try:
        sink = AtomicFile(args.output) if args.output is not None else None
    except OSError as error:
        print(f"{args.output}: {error.strerror or error}", file=sys.stderr)
        return 1
    jobs = args.jobs if len(first) > 1 else 1  # one input: starting workers costs more
    try:
        tally = _run(itertools.chain(first, tasks), options, jobs, sink, progress)
    except BrokenPipeError:  # the reader went away (`| head`): stop quietly, as cat does
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
    except KeyboardInterrupt:
        unwritten = f"; {args.output} was not written" if args.output is not None else ""
        print(f"newstranscript: interrupted{unwritten}", file=sys.stderr)
        return 130
    if sink is not None:
        try:
            if tally.stories:
                sink.commit()
            else:  # nothing converted: leave any file already there as it was
                sink.discard()
        except OSError as error:
            print(f"{args.output}: {error.strerror or error}", file=sys.stderr)
            return 1
    if batch and not args.quiet:
        sys.stderr.write(tally.summary())
    return 1 if tally.failures else 0


def _run(
    tasks: Iterator[Task],
    options: Options,
    jobs: int,
    sink: AtomicFile | None,
    progress: Progress | None,
) -> Tally:
    """Convert every task, writing the outputs in input order and messages as they come."""
    tally = Tally()
    out: AtomicFile | TextIO = sink if sink is not None else sys.stdout
    separator = "\n" if options.to in ("markdown", "text") else ""
    written = 0
    try:
        for result in convert_all(tasks, options, jobs):
            tally.add(result)
            messages = [*result.warnings, *([result.error] if result.error else [])]
            if messages:
                if progress is not None:
                    progress.close()
                sys.stderr.write("\n".join(messages) + "\n")
            if result.rendered is not None:
                out.write(separator + result.rendered if written else result.rendered)
                written += 1
            if progress is not None:
                progress.update(tally)
    except BaseException:
        if sink is not None:
            sink.discard()
        raise
    finally:
        if progress is not None:
            progress.close()
    return tally


def _with_stdin(tasks: Iterator[Task]) -> Iterator[Task]:
    """The tasks, with standard input read here: a worker process cannot read it."""
    for task in tasks:
        if task.path == STDIN:
            yield attrs.evolve(task, data=sys.stdin.buffer.read())
        else:
            yield task


def _overwrites_an_input(inputs: Sequence[str], output: str, pattern: str) -> bool:
    if not os.path.exists(output):
        return False
    for path in inputs:
        if path == STDIN or not os.path.exists(path):
            continue
        if os.path.isdir(path):
            inside = os.path.realpath(output).startswith(os.path.realpath(path) + os.sep)
            if inside and any(os.path.samefile(found, output) for found in walk(path, pattern)):
                return True
        elif os.path.samefile(path, output):
            return True
    return False


def _measure(inputs: Sequence[str], pattern: str) -> tuple[int, int]:
    """How many files and bytes a batch holds, for the progress bar's ETA."""
    files = size = 0
    for path in inputs:
        found = walk(path, pattern) if os.path.isdir(path) else [path]
        for name in found:
            files += 1
            if name != STDIN:
                size += os.path.getsize(name) if os.path.isfile(name) else 0
    return files, size
