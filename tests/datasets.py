"""What the data-set tests share: every golden story, and stories that carry the fields the
model is gaining (``Story.source`` and ``url``, ``Segment.basis``), so the writers' use of
them is tested before the model has them."""

from __future__ import annotations

from pathlib import Path

import attrs

import newstranscript
from newstranscript import Segment, Story
from tests.conftest import GOLDEN

GOLDEN_TRANSCRIPTS = sorted(GOLDEN.glob("*.txt"))


def golden_stories() -> list[tuple[Path, Story]]:
    """Every golden transcript with its parsed story."""
    assert GOLDEN_TRANSCRIPTS, f"no golden transcripts in {GOLDEN}"
    return [(path, newstranscript.read(path)) for path in GOLDEN_TRANSCRIPTS]


@attrs.frozen
class SourcedStory(Story):
    """A story with the caller's ``source`` and ``url``."""

    source: str | None = None
    url: str | None = None


@attrs.frozen
class BasedSegment(Segment):
    """A segment that says how its speaker was found."""

    basis: str | None = None


def with_source(story: Story, source: str, url: str | None = None) -> SourcedStory:
    fields = {field.name: getattr(story, field.name) for field in attrs.fields(Story)}
    return SourcedStory(**fields, source=source, url=url)


def with_basis(story: Story, basis: str) -> Story:
    segments = [
        BasedSegment(
            **{field.name: getattr(segment, field.name) for field in attrs.fields(Segment)},
            basis=basis,
        )
        if segment.type == "turn"
        else segment
        for segment in story.segments
    ]
    return attrs.evolve(story, segments=segments)
