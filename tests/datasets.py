"""What the data-set tests share: every golden story, and stories given the caller's
``source`` and ``url`` or a turn ``basis`` of the test's choosing."""

from __future__ import annotations

from pathlib import Path

import attrs

import newstranscript
from newstranscript import Story
from tests.conftest import GOLDEN

GOLDEN_TRANSCRIPTS = sorted(GOLDEN.glob("*.txt"))


def golden_stories() -> list[tuple[Path, Story]]:
    """Every golden transcript with its parsed story."""
    assert GOLDEN_TRANSCRIPTS, f"no golden transcripts in {GOLDEN}"
    return [(path, newstranscript.read(path)) for path in GOLDEN_TRANSCRIPTS]


def with_source(story: Story, source: str, url: str | None = None) -> Story:
    """``story`` with the caller's ``source`` and ``url``."""
    return attrs.evolve(story, source=source, url=url)


def with_basis(story: Story, basis: str) -> Story:
    """``story`` with every turn's ``basis`` set to ``basis``."""
    segments = [
        attrs.evolve(segment, basis=basis) if segment.type == "turn" else segment
        for segment in story.segments
    ]
    return attrs.evolve(story, segments=segments)
