"""Never write over an input: which files of a run an output must not replace.

Files are compared by identity (device and inode, through any link), so an input named one
way and an output named another (``./a.txt``, a link, stdin redirected from the file) are
still seen as one file. Everything here runs before the first output is written.
"""

from __future__ import annotations

import os
import stat
import sys
from collections.abc import Iterator, Sequence

from newstranscript._convert.batch import STDIN, Identity
from newstranscript._convert.walk import inside, links_in, walk


def identity(path: str) -> Identity | None:
    """The regular file ``path`` names (through links), or ``None`` if it names none."""
    try:
        found = os.stat(path)
    except OSError:
        return None
    return (found.st_dev, found.st_ino) if stat.S_ISREG(found.st_mode) else None


def stdin_identity() -> Identity | None:
    """The file standard input was redirected from, if it is one."""
    if sys.stdin is None:
        return None
    try:
        found = os.fstat(sys.stdin.fileno())
    except (OSError, ValueError):
        return None
    return (found.st_dev, found.st_ino) if stat.S_ISREG(found.st_mode) else None


def input_files(
    inputs: Sequence[str], patterns: Sequence[str], *, follow_links: bool
) -> Iterator[tuple[str, Identity]]:
    """Every input of the run as it will be read: its name and identity."""
    for path in inputs:
        if path == STDIN:
            found = stdin_identity()
            if found is not None:
                yield "<stdin>", found
        elif os.path.isdir(path):
            for entry in walk(path, patterns, follow_links=follow_links):
                if entry.error is None and (found := identity(entry.path)) is not None:
                    yield entry.path, found
        elif (found := identity(path)) is not None:
            yield path, found


def input_at(
    output: str, inputs: Sequence[str], patterns: Sequence[str], *, follow_links: bool
) -> str | None:
    """The input that ``output`` (``-o``) would replace, if any: one walk, no list kept."""
    target = identity(output)
    if target is None:  # a new file, or a stream: nothing is replaced
        return None
    files = input_files(inputs, patterns, follow_links=follow_links)
    return next((name for name, found in files if found == target), None)


def inputs_under(
    out_dir: str, inputs: Sequence[str], patterns: Sequence[str], *, follow_links: bool
) -> frozenset[Identity]:
    """The inputs an ``--out-dir`` file could replace.

    Those named directly (and stdin's file) are few and always listed. A folder's files can
    be reached from ``out_dir`` only when the two overlap, or through a link under
    ``out_dir``: only then is the folder walked, and only those files are kept, so a run
    into a full output folder (a second run) neither walks its inputs twice nor holds them.
    """
    protected: set[Identity] = set()
    folders = []
    for path in inputs:
        if path == STDIN:
            found = stdin_identity()
        elif os.path.isdir(path):
            folders.append(path)
            continue
        else:
            found = identity(path)
        if found is not None:
            protected.add(found)
    root = os.path.realpath(out_dir)
    linked = {found for link in links_in(out_dir) if (found := identity(link)) is not None}
    for folder in folders:
        real = os.path.realpath(folder)
        overlaps = inside(real, root) or inside(root, real)
        if not overlaps and not linked:
            continue
        for name, found in input_files([folder], patterns, follow_links=follow_links):
            if found in linked or (overlaps and inside(os.path.realpath(name), root)):
                protected.add(found)
    return frozenset(protected)


def inside_an_input_folder(out_dir: str, inputs: Sequence[str]) -> bool:
    """Whether ``out_dir`` lies inside a folder being walked, where the files written during
    the run would otherwise be found and read as inputs."""
    real = os.path.realpath(out_dir)
    return any(
        path != STDIN and os.path.isdir(path) and inside(real, os.path.realpath(path))
        for path in inputs
    )
