"""``newstranscript speakers CORPUS...``: the people of a corpus, as a table or for tools.

Reads the corpus as ``read_corpus`` does (worker processes, inputs in order, a failed input
reported and the rest read), gathers its people (``_people``) and writes them: a table to
read, or JSON, JSON Lines or CSV for tools.
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import io
import json
import os
import sys
from collections.abc import Sequence
from typing import Any

from newstranscript._convert.batch import add_input_arguments
from newstranscript._convert.corpus import default_globs, read_corpus
from newstranscript._convert.guard import input_at
from newstranscript._convert.names import shown
from newstranscript._convert.output import OutputError, open_output
from newstranscript._convert.people import People, Person
from newstranscript._convert.streams import Messages

LISTINGS = ("table", "json", "jsonl", "csv")
CSV_FIELDS = ("id", "name", "labels", "roles", "stories", "first", "last", "outlets", "similar")
# How a CSV cell holds a list: items joined by this, as a spreadsheet shows them.
CSV_LIST = "; "


def speakers_parser() -> argparse.ArgumentParser:
    """The command line of ``speakers``."""
    parser = argparse.ArgumentParser(
        prog="newstranscript speakers",
        description="List the people of a corpus: one person across the stories they speak "
        "in, with the likely duplicates to confirm.",
    )
    parser.add_argument(
        "inputs", nargs="+", metavar="CORPUS", help="file, folder (searched recursively), or -"
    )
    parser.add_argument(
        "--to", choices=LISTINGS, default="table", help="table (default), json, jsonl or csv"
    )
    parser.add_argument("-o", "--output", metavar="FILE", help="write here instead of stdout")
    parser.add_argument(
        "--from",
        choices=("text", "html", "auto"),
        default="auto",
        dest="reader",
        help="what the inputs are (as for the converter)",
    )
    parser.add_argument(
        "--all", action="store_true", dest="all_stories", help="every story of a page"
    )
    add_input_arguments(parser, reads_html=True)
    return parser


def main(argv: Sequence[str]) -> int:
    """Run ``speakers``; exit 1 when an input could not be read or parsed, 2 on a usage
    error."""
    try:
        args = speakers_parser().parse_args(argv)
    except SystemExit as exit_:
        return int(exit_.code or 0)
    messages = Messages(sys.stderr)
    html = {"text": False, "html": True, "auto": None}[args.reader]
    if args.output is not None:
        patterns = args.glob or list(default_globs(html))
        found = input_at(args.output, args.inputs, patterns, follow_links=args.follow_links)
        if found is not None:  # before anything is read: the listing never replaces an input
            named = "" if found == args.output else f" ({shown(found)})"
            messages.say(f"{shown(args.output)}: refusing to overwrite an input file{named}")
            return 2
    gathered = People()
    failed = 0
    for item in read_corpus(
        args.inputs,
        glob=args.glob,
        jobs=args.jobs,
        encoding=args.encoding,
        all_stories=args.all_stories,
        html=html,
        follow_links=args.follow_links,
    ):
        if item.error is not None:
            failed += 1
            messages.say(f"{shown(item.source)}: {item.error}")
        for story in item.stories:
            key = item.source if story.index is None else f"{item.source}#{story.index}"
            gathered.add(story, key)
    text = listing(gathered.people(), args.to)
    status = _write(text, args.output, messages)
    return status or (1 if failed else 0)


def listing(people: Sequence[Person], to: str) -> str:
    """The people as a table, JSON, JSON Lines or CSV."""
    if to == "json":
        return (
            json.dumps([as_dict(person) for person in people], ensure_ascii=False, indent=2) + "\n"
        )
    if to == "jsonl":
        return "".join(json.dumps(as_dict(person), ensure_ascii=False) + "\n" for person in people)
    if to == "csv":
        return _csv(people)
    return _table(people)


def as_dict(person: Person) -> dict[str, Any]:
    """A person as plain JSON-ready data."""
    return {
        "id": person.id,
        "name": person.name,
        "labels": list(person.labels),
        "roles": dict(person.roles),
        "stories": list(person.stories),
        "first": person.first.isoformat() if person.first else None,
        "last": person.last.isoformat() if person.last else None,
        "outlets": list(person.outlets),
        "similar": [
            {"person": other.person, "name": other.name, "reason": other.reason}
            for other in person.similar
        ],
    }


def _csv(people: Sequence[Person]) -> str:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(CSV_FIELDS)
    for person in people:
        writer.writerow(
            [
                person.id,
                person.name,
                CSV_LIST.join(person.labels),
                CSV_LIST.join(f"{role} {count}" for role, count in person.roles),
                CSV_LIST.join(person.stories),
                person.first.isoformat() if person.first else "",
                person.last.isoformat() if person.last else "",
                CSV_LIST.join(person.outlets),
                CSV_LIST.join(f"{other.person} ({other.reason})" for other in person.similar),
            ]
        )
    return buffer.getvalue()


def _table(people: Sequence[Person]) -> str:
    if not people:
        return "no speakers found\n"
    width = max(len(person.name) for person in people)
    lines = [f"{len(people)} people"]
    for person in people:
        count = len(person.stories)
        dates = _dates(person)
        roles = ", ".join(f"{role} {n}" for role, n in person.roles) or "no role"
        stories = f"{count} stor{'y' if count == 1 else 'ies'}"
        outlets = ", ".join(person.outlets)
        row = f"  {person.id}  {person.name:<{width}}  {stories:<11}  {roles}"
        lines.append("  ".join(part for part in (row, dates, outlets) if part))
        if person.labels:
            lines.append(f"      labels: {' | '.join(person.labels)}")
        for other in person.similar:
            lines.append(f"      maybe the same as {other.name} ({other.person}): {other.reason}")
    return "\n".join(lines) + "\n"


def _dates(person: Person) -> str:
    if person.first is None or person.last is None:
        return ""
    if person.first == person.last:
        return person.first.isoformat()
    return f"{person.first.isoformat()} to {person.last.isoformat()}"


def _write(text: str, output: str | None, messages: Messages) -> int:
    """Write the listing; a non-zero status when it could not be."""
    try:
        if output is not None:
            with open_output(output) as sink:
                sink.write(text)
            return 0
        if sys.stdout is None:
            messages.say("newstranscript speakers: standard output is closed")
            return 1
        sys.stdout.write(text)
        sys.stdout.flush()
    except OutputError as error:
        messages.say(str(error))
        return 1
    except BrokenPipeError:  # the reader went away (`| head`): stop quietly
        with contextlib.suppress(OSError, ValueError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
    except OSError as error:
        messages.say(f"{shown(output) if output else 'standard output'}: {error.strerror or error}")
        return 1
    return 0
