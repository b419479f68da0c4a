"""Finding the transcripts in a folder: a walk that no entry of the tree can stop or hang.

The walk is iterative (any depth), depth first, each folder's entries in name order. What it
cannot read comes back as a :class:`Found` with an ``error``, so the converter reports it as
one failed input and goes on: a folder it may not list, an entry that vanished, a link to
nothing, a FIFO or device with a matching name (reading one would hang or never end), a link
that leads back to a folder above it. A link to a folder is followed only when asked, and
even then never round a loop; unasked, a link to a folder inside the tree is skipped (its
files are found where they are) and one leading out of the tree is reported.
"""

from __future__ import annotations

import fnmatch
import functools
import os
import re
import stat
from collections.abc import Callable, Iterator, Sequence

import attrs


@attrs.frozen
class Found:
    """One entry of a walk: a file to read, or an entry that cannot be read and why."""

    path: str
    error: str | None = None


def matches(name: str, patterns: Sequence[str]) -> bool:
    """Whether a file name matches one of the ``--glob`` patterns (as ``fnmatch.fnmatch``
    tells, case folded where the system folds it)."""
    return _matcher(tuple(patterns))(os.path.normcase(name)) is not None


@functools.lru_cache(maxsize=16)
def _matcher(patterns: tuple[str, ...]) -> Callable[[str], re.Match[str] | None]:
    # One pattern for them all, compiled once: the walk asks for every file it finds, and
    # fnmatch's own way (its cache looked up for each pattern in turn) was most of its time.
    either = "|".join(fnmatch.translate(os.path.normcase(pattern)) for pattern in patterns)
    return re.compile(f"(?:{either})" if patterns else "(?!)").match


def walk(folder: str, patterns: Sequence[str], *, follow_links: bool = False) -> Iterator[Found]:
    """Every file under ``folder`` whose name matches one of ``patterns``, and every entry on
    the way that cannot be read."""
    try:
        top = os.stat(folder)
    except OSError as error:
        yield Found(folder, _reason(error))
        return
    root = os.path.realpath(folder)
    listing = _listing(folder)
    if isinstance(listing, str):
        yield Found(folder, listing)
        return
    # One frame per open folder: its remaining entries and its identity (to see loops).
    stack: list[tuple[Iterator[os.DirEntry[str]], tuple[int, int]]] = [
        (iter(listing), (top.st_dev, top.st_ino))
    ]
    while stack:
        entry = next(stack[-1][0], None)
        if entry is None:
            stack.pop()
            continue
        try:
            if entry.is_symlink():
                target = os.stat(entry.path)  # ELOOP or ENOENT for a bad link: reported below
                if stat.S_ISDIR(target.st_mode):
                    refused = _folder_link(entry.path, target, root, stack, follow_links)
                    if refused is not None:
                        yield Found(entry.path, refused)
                    elif follow_links:
                        yield from _enter(entry.path, (target.st_dev, target.st_ino), stack)
                    continue
                mode = target.st_mode
            elif entry.is_dir(follow_symlinks=False):
                identity = (entry.stat(follow_symlinks=False).st_dev, entry.inode())
                yield from _enter(entry.path, identity, stack)
                continue
            else:
                mode = entry.stat(follow_symlinks=False).st_mode
        except OSError as error:  # gone since the folder was listed, or a bad link
            if entry.is_dir(follow_symlinks=False):
                yield Found(entry.path, f"cannot list this folder: {_reason(error)}")
            elif matches(entry.name, patterns):
                yield Found(entry.path, _reason(error))
            continue
        if not matches(entry.name, patterns):
            continue
        if stat.S_ISREG(mode):
            yield Found(entry.path)
        else:
            yield Found(entry.path, f"not a regular file ({special_kind(mode)}): not read")


def special_kind(mode: int) -> str:
    """What a file that is not a regular file is, in words."""
    kinds = (
        (stat.S_ISFIFO, "a FIFO"),
        (stat.S_ISCHR, "a character device"),
        (stat.S_ISBLK, "a block device"),
        (stat.S_ISSOCK, "a socket"),
        (stat.S_ISDIR, "a folder"),
    )
    return next((name for test, name in kinds if test(mode)), "not a file")


def _enter(
    path: str,
    identity: tuple[int, int],
    stack: list[tuple[Iterator[os.DirEntry[str]], tuple[int, int]]],
) -> Iterator[Found]:
    listing = _listing(path)
    if isinstance(listing, str):
        yield Found(path, listing)
    else:
        stack.append((iter(listing), identity))


def _folder_link(
    path: str,
    target: os.stat_result,
    root: str,
    stack: list[tuple[Iterator[os.DirEntry[str]], tuple[int, int]]],
    follow_links: bool,
) -> str | None:
    """Why a link to a folder is not walked, or ``None`` (followed, or skipped unasked)."""
    if (target.st_dev, target.st_ino) in {identity for _, identity in stack}:
        return "a link back to a folder above it (a loop): not followed"
    if follow_links:
        return None
    if inside(os.path.realpath(path), root):
        return None  # inside the tree: its files are walked where they are
    return "a link to a folder outside the tree: not followed (--follow-links follows it)"


def inside(path: str, folder: str) -> bool:
    """Whether ``path`` is ``folder`` or lies below it (both real, absolute paths)."""
    return path == folder or path.startswith(folder.rstrip(os.sep) + os.sep)


def links_in(folder: str) -> Iterator[str]:
    """Every symbolic link under ``folder`` (not followed), at any depth; what cannot be
    listed is passed over."""
    pending = [folder]
    while pending:
        listing = _listing(pending.pop())
        if isinstance(listing, str):
            continue
        for entry in listing:
            if entry.is_symlink():
                yield entry.path
            elif entry.is_dir(follow_symlinks=False):
                pending.append(entry.path)


def _listing(folder: str) -> list[os.DirEntry[str]] | str:
    """The folder's entries in name order, or why they cannot be listed."""
    try:
        with os.scandir(folder) as entries:
            return sorted(entries, key=lambda entry: entry.name)
    except OSError as error:
        return f"cannot list this folder: {_reason(error)}"


def _reason(error: OSError) -> str:
    return str(error.strerror or error)
