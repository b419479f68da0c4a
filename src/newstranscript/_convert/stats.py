"""``python -m newstranscript stats FILE|FOLDER...``: what a person looks at first.

For one transcript: its speakers with role, turns and share of the spoken words, its markers,
what was dropped and its diagnostics. For several: the same counts summed over the batch, the
speakers grouped by role, and which inputs failed.
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import os
import sys
from collections import Counter
from collections.abc import Sequence

import attrs

from newstranscript._api import parse_bytes
from newstranscript._convert.batch import (
    DEFAULT_GLOB,
    STDIN,
    Task,
    add_input_arguments,
    cli_spelling,
    fault,
    find_inputs,
    read_input,
)
from newstranscript._convert.pool import in_order
from newstranscript._convert.streams import read_stdin
from newstranscript._errors import ParseError
from newstranscript._model import Story

UNATTRIBUTED = "(unattributed)"
NO_ROLE = "-"


@attrs.frozen
class SpeakerRow:
    """One line of the speakers table."""

    name: str
    role: str
    turns: int
    words: int


@attrs.frozen
class Profile:
    """The counts of one transcript (or the failure to read it), small enough to pickle back."""

    shown: str
    error: str | None = None
    headline: str | None = None
    signoff: str | None = None
    speakers: tuple[SpeakerRow, ...] = ()
    markers: tuple[tuple[str, str], ...] = ()  # (kind, description as printed)
    dropped: tuple[str, ...] = ()  # the reasons
    diagnostics: tuple[str, ...] = ()  # "line:column: code message"


def profile(story: Story, shown: str) -> Profile:
    """The counts of one parsed story."""
    turns: Counter[str | None] = Counter()
    words: Counter[str | None] = Counter()
    markers = []
    for segment in story.segments:
        if segment.type == "turn":
            turns[segment.speaker] += 1
            words[segment.speaker] += len(segment.text.split())
        elif segment.type == "soundbite" and segment.soundbite is not None:
            markers.append((segment.soundbite.kind, segment.soundbite.description))
    rows = [
        SpeakerRow(speaker.name, speaker.role or NO_ROLE, turns[speaker.id], words[speaker.id])
        for speaker in story.speakers
    ]
    if turns[None]:
        rows.append(SpeakerRow(UNATTRIBUTED, NO_ROLE, turns[None], words[None]))
    signoff = story.signoff
    return Profile(
        shown,
        headline=story.headline,
        signoff=", ".join(part for part in (signoff.name, signoff.outlet, signoff.dateline) if part)
        if signoff is not None
        else None,
        speakers=tuple(rows),
        markers=tuple(markers),
        dropped=tuple(dropped.reason for dropped in story.dropped),
        diagnostics=tuple(str(diagnostic) for diagnostic in story.diagnostics),
    )


def read_profile(task: Task, *, encoding: str | None) -> Profile:
    """Read and parse one input into its profile; a bad input gives a profile with its error."""
    if task.error is not None:
        return Profile(task.shown, error=f"{task.shown}: {task.error}")
    try:
        data = task.data if task.data is not None else read_input(task.path, task.walked)
        story = parse_bytes(data, encoding=encoding)
    except ParseError as error:
        message = cli_spelling(error.message.splitlines()[0])
        return Profile(task.shown, error=f"{task.shown}: {message}")
    except (OSError, LookupError, UnicodeError, MemoryError, RecursionError) as error:
        reason = error.strerror if isinstance(error, OSError) and error.strerror else error
        return Profile(task.shown, error=f"{task.shown}: {reason}")
    except Exception as error:  # a fault of ours on one input must not end the batch
        return Profile(task.shown, error=f"{task.shown}: could not be read: {fault(error)}")
    return profile(story, task.shown)


def report(profiles: Sequence[Profile]) -> str:
    """The text printed: one transcript in detail, or a batch summed up."""
    if len(profiles) == 1 and profiles[0].error is None:
        return _one(profiles[0])
    return _many(profiles)


def _one(found: Profile) -> str:
    lines = [found.headline or "(no headline)"]
    if found.signoff:
        lines.append(f"signoff: {found.signoff}")
    lines += ["", *_speaker_table(found.speakers, "speaker")]
    lines += ["", f"markers: {len(found.markers)}"]
    lines += [f"  {kind:<10} {description}" for kind, description in found.markers]
    lines += ["", f"dropped: {len(found.dropped)}{_counts(Counter(found.dropped))}"]
    lines += ["", f"diagnostics: {len(found.diagnostics)}"]
    lines += [f"  {diagnostic}" for diagnostic in found.diagnostics]
    return "\n".join(lines) + "\n"


def _many(profiles: Sequence[Profile]) -> str:
    parsed = [found for found in profiles if found.error is None]
    failed = [found.error for found in profiles if found.error is not None]
    by_role: dict[str, list[int]] = {}
    unattributed = [0, 0]  # turns, words: no speaker, so counted apart from every role
    for found in parsed:
        for row in found.speakers:
            if row.name == UNATTRIBUTED:
                unattributed = [unattributed[0] + row.turns, unattributed[1] + row.words]
                continue
            speakers, turns, words = by_role.setdefault(row.role, [0, 0, 0])
            by_role[row.role] = [speakers + 1, turns + row.turns, words + row.words]
    rows = [
        SpeakerRow(f"{role} ({speakers})", role, turns, words)
        for role, (speakers, turns, words) in sorted(by_role.items(), key=lambda item: -item[1][2])
    ]
    if unattributed[0]:
        rows.append(SpeakerRow(UNATTRIBUTED, NO_ROLE, *unattributed))
    markers = Counter(kind for found in parsed for kind, _ in found.markers)
    dropped = Counter(reason for found in parsed for reason in found.dropped)
    codes = Counter(
        diagnostic.split(" ", 2)[1] for found in parsed for diagnostic in found.diagnostics
    )
    inputs = "input" if len(profiles) == 1 else "inputs"
    lines = [f"{len(profiles)} {inputs}: {len(parsed)} parsed, {len(failed)} failed"]
    if parsed:  # with nothing parsed, tables of zeros would only hide the failures
        lines += ["", *_speaker_table(rows, "role (speakers)", show_role=False)]
        lines += ["", f"markers: {markers.total()}{_counts(markers)}"]
        lines += ["", f"dropped: {dropped.total()}{_counts(dropped)}"]
        lines += ["", f"diagnostics: {codes.total()}{_counts(codes)}"]
    if failed:
        lines += ["", "failed:", *(f"  {error}" for error in failed)]
    return "\n".join(lines) + "\n"


def _speaker_table(
    rows: Sequence[SpeakerRow], heading: str, *, show_role: bool = True
) -> list[str]:
    total = sum(row.words for row in rows) or 1
    width = max([len(heading), *(len(row.name) for row in rows)])
    role = f"  {'role':<13}" if show_role else ""
    lines = [f"{heading:<{width}}{role}  {'turns':>6}  {'words':>7}  {'share':>6}"]
    for row in rows:
        role = f"  {row.role:<13}" if show_role else ""
        share = f"{100 * row.words / total:.1f}%"
        lines.append(f"{row.name:<{width}}{role}  {row.turns:>6}  {row.words:>7}  {share:>6}")
    return lines


def _counts(counter: Counter[str]) -> str:
    if not counter:
        return ""
    return " (" + ", ".join(f"{name} {count}" for name, count in counter.most_common()) + ")"


def stats_parser() -> argparse.ArgumentParser:
    """The command line of ``stats``."""
    parser = argparse.ArgumentParser(
        prog="newstranscript stats",
        description="Print the speakers, markers and diagnostics of transcripts.",
    )
    parser.add_argument(
        "inputs", nargs="+", metavar="FILE", help="file, folder (searched recursively), or -"
    )
    add_input_arguments(parser)
    return parser


def main(argv: Sequence[str]) -> int:
    """Run ``stats``; exit 1 when an input could not be parsed, 2 on a usage error."""
    try:
        args = stats_parser().parse_args(argv)
    except SystemExit as exit_:
        return int(exit_.code or 0)
    patterns = args.glob or [DEFAULT_GLOB]
    tasks = [
        _with_stdin(task) if task.path == STDIN else task
        for task in find_inputs(args.inputs, patterns, None, follow_links=args.follow_links)
    ]
    work = functools.partial(read_profile, encoding=args.encoding)
    jobs = max(1, min(args.jobs, len(tasks) // 16))
    profiles = list(in_order(work, tasks, jobs, _died))
    status = 1 if any(found.error is not None for found in profiles) else 0
    if sys.stdout is None:
        if sys.stderr is not None:
            print("newstranscript stats: standard output is closed", file=sys.stderr)
        return 1
    try:
        sys.stdout.write(report(profiles))
        sys.stdout.flush()
    except BrokenPipeError:  # the reader went away (`| head`, `| true`): stop quietly
        with contextlib.suppress(OSError, ValueError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
    return status


def _with_stdin(task: Task) -> Task:
    data, problem = read_stdin()
    return attrs.evolve(task, data=data, error=problem)


def _died(task: Task, reason: str) -> Profile:
    return Profile(task.shown, error=f"{task.shown}: {reason}")
