"""The converter: ``python -m newstranscript FILE... --to json|jsonl|markdown``."""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
import tempfile
from collections.abc import Sequence
from typing import TextIO

from newstranscript import __version__
from newstranscript._api import parse_bytes
from newstranscript._errors import ParseError
from newstranscript._json import to_json
from newstranscript._markdown import to_markdown
from newstranscript._model import Story

FORMATS = ("json", "jsonl", "markdown")

EXAMPLES = """\
examples:
  python -m newstranscript story.txt                     JSON on stdout
  python -m newstranscript story.txt --to markdown -o story.md
  python -m newstranscript --to markdown --front-matter story.txt
  cat story.txt | python -m newstranscript - --to json
  python -m newstranscript a.txt b.txt --to jsonl -o stories.jsonl

exit status: 0 all converted, 1 some input failed, 2 usage error
"""


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newstranscript",
        description="Turn the text of radio and TV news transcripts into JSON or Markdown.",
        epilog=EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("inputs", nargs="+", metavar="FILE", help="transcript file, or - for stdin")
    parser.add_argument(
        "--to", choices=FORMATS, default="json", help="output format (default: json)"
    )
    parser.add_argument("-o", "--output", metavar="FILE", help="write here instead of stdout")
    parser.add_argument(
        "--front-matter", action="store_true", help="markdown: start with YAML front matter"
    )
    parser.add_argument(
        "--encoding", metavar="NAME", help="decode input that is not UTF-8 with this encoding"
    )
    parser.add_argument(
        "--strict", action="store_true", help="fail on any diagnostic instead of warning"
    )
    parser.add_argument("-q", "--quiet", action="store_true", help="print no warnings")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the converter; returns the exit status."""
    parser = _parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exit_:  # argparse exits 2 on usage errors, 0 for --help/--version
        return int(exit_.code or 0)
    if len(args.inputs) > 1 and args.to == "json":
        parser.print_usage(sys.stderr)
        print(
            "newstranscript: error: several inputs need --to jsonl or --to markdown",
            file=sys.stderr,
        )
        return 2
    if args.output is not None:
        for path in args.inputs:
            if (
                path != "-"
                and os.path.exists(path)
                and os.path.exists(args.output)
                and (os.path.samefile(path, args.output))
            ):
                print(f"{args.output}: refusing to overwrite an input file", file=sys.stderr)
                return 2

    rendered: list[str] = []
    failed = 0
    for path in args.inputs:
        story = _convert_one(path, args)
        if story is None:
            failed += 1
            continue
        rendered.append(_render(story, args))
    output = ("\n" if args.to == "markdown" else "").join(rendered)
    if rendered or args.output is None:
        if args.output is None:
            sys.stdout.write(output)
        else:
            try:
                write_atomic(args.output, output)
            except OSError as error:
                print(f"{args.output}: {error.strerror or error}", file=sys.stderr)
                return 1
    return 1 if failed else 0


def _convert_one(path: str, args: argparse.Namespace) -> Story | None:
    try:
        data = sys.stdin.buffer.read() if path == "-" else _read_bytes(path)
        story = parse_bytes(data, encoding=args.encoding, strict=args.strict)
    except ParseError as error:
        if error.diagnostics:
            _warn(path, error.diagnostics, sys.stderr)
        print(f"{_shown(path)}: {error.message.splitlines()[0]}", file=sys.stderr)
        return None
    except OSError as error:
        print(f"{_shown(path)}: {error.strerror or error}", file=sys.stderr)
        return None
    if not args.quiet:
        _warn(path, story.diagnostics, sys.stderr)
    return story


def _read_bytes(path: str) -> bytes:
    with open(path, "rb") as handle:
        return handle.read()


def _shown(path: str) -> str:
    return "<stdin>" if path == "-" else path


def _warn(path: str, diagnostics: Sequence[object], stream: TextIO) -> None:
    for diagnostic in diagnostics:
        print(f"{_shown(path)}:{diagnostic}", file=stream)


def _render(story: Story, args: argparse.Namespace) -> str:
    if args.to == "markdown":
        return to_markdown(story, front_matter=args.front_matter)
    if args.to == "jsonl":
        return to_json(story, indent=None) + "\n"
    return to_json(story) + "\n"


def write_atomic(path: str, content: str) -> None:
    """Write a file whole or not at all: a temporary file beside it, then a rename."""
    folder = os.path.dirname(os.path.abspath(path))
    handle, temporary = tempfile.mkstemp(dir=folder, prefix=".newstranscript-", suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
            stream.write(content)
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
