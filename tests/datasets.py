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


def with_source(story: Story, source: str, url: str | None = None) -> Story:
    """``story`` with the caller's ``source`` and ``url``, on the model's own fields once it
    has them."""
    names = [field.name for field in attrs.fields(Story) if field.init]
    if "source" in names and "url" in names:
        return attrs.evolve(story, source=source, url=url)  # type: ignore[call-arg, unused-ignore]
    return SourcedStory(**{name: getattr(story, name) for name in names}, source=source, url=url)


def with_basis(story: Story, basis: str) -> Story:
    """``story`` with every turn's ``basis`` set, on the model's own field once it has one."""
    names = [field.name for field in attrs.fields(Segment)]

    def based(segment: Segment) -> Segment:
        if "basis" in names:
            return attrs.evolve(segment, basis=basis)  # type: ignore[call-arg, unused-ignore]
        return BasedSegment(**{name: getattr(segment, name) for name in names}, basis=basis)

    segments = [based(s) if s.type == "turn" else s for s in story.segments]
    return attrs.evolve(story, segments=segments)
