"""Shared test set-up: hypothesis profiles, the golden fixture files, and the checks many
tests make of a parsed page."""

from __future__ import annotations

import contextlib
import io
import os
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

import newstranscript
from newstranscript import Story
from newstranscript._cli import main

DATA = Path(__file__).parent / "data"
GOLDEN = DATA / "golden"

# Profiles: "default" explores new random examples on every run, as a developer wants;
# "ci" (chosen when the CI variable is set) replays the same examples every run, so a gate
# never turns red on a case nobody changed code for; "release" (NEWSTRANSCRIPT_HYPOTHESIS=
# release) runs many more, for a release or a nightly job.
settings.register_profile("default", max_examples=100, deadline=None)
settings.register_profile(
    "ci", max_examples=100, deadline=None, derandomize=True, database=None, print_blob=True
)
settings.register_profile(
    "release",
    max_examples=2000,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.load_profile(
    os.environ.get("NEWSTRANSCRIPT_HYPOTHESIS", "ci" if os.environ.get("CI") else "default")
)


def parse_accounted(text: str) -> Story:
    """``parse(text)``, checking that ``audit`` finds every character accounted for."""
    story = newstranscript.parse(text)
    found = newstranscript.audit(story, text)
    assert found.clean, found.report(text)
    return story


def signoff_fields(story: Story) -> tuple[str, str, str | None] | None:
    """The story's sign-off as (name, outlet, dateline), or ``None``."""
    signoff = story.signoff
    return (signoff.name, signoff.outlet, signoff.dateline) if signoff else None


NOBODY = 65534


def as_nobody(argv: list[str]) -> tuple[int, str]:
    """``main(argv)`` run by the user ``nobody`` in a forked child: its status and stderr.

    The tests run as root, whom no permission stops; a child that gave up root meets the
    permissions a user would.
    """
    if os.geteuid() != 0:
        pytest.skip("needs root to become another user")
    read, write = os.pipe()
    child = os.fork()
    if child == 0:  # pragma: no cover - runs in the child
        status = 99
        try:
            os.close(read)
            os.setgroups([])
            os.setgid(NOBODY)
            os.setuid(NOBODY)
            messages = io.StringIO()
            with contextlib.redirect_stderr(messages), contextlib.redirect_stdout(io.StringIO()):
                status = main(argv)
            os.write(write, messages.getvalue().encode())
        finally:
            os._exit(status)
    os.close(write)
    with os.fdopen(read, "rb") as pipe:
        err = pipe.read().decode()
    _, code = os.waitpid(child, 0)
    return os.waitstatus_to_exitcode(code), err


@pytest.fixture
def shared_folder() -> Iterator[Path]:
    """A folder every user may enter and write in (pytest's own is root's alone)."""
    folder = Path(tempfile.mkdtemp(prefix="newstranscript-"))
    folder.chmod(0o777)
    try:
        yield folder
    finally:
        subprocess.run(["rm", "-rf", str(folder)], check=False)
