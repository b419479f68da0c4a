"""Shared test set-up: hypothesis profiles, the golden fixture files, and the checks many
tests make of a parsed page."""

from __future__ import annotations

import os
from pathlib import Path

from hypothesis import HealthCheck, settings

import newstranscript
from newstranscript import Story

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
