"""``to_json``'s indented document, written field by field, is byte for byte what the standard
library's encoder writes from ``story_to_dict``: on every fixture, on generated stories, at
any indent."""

from __future__ import annotations

import json
from pathlib import Path

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import newstranscript
from newstranscript import Story
from newstranscript._write.json_layout import story_to_dict
from tests import strategies
from tests.conftest import DATA, GOLDEN

PAGES = sorted(GOLDEN.glob("*.txt"))
EXAMPLES = sorted(Path(__file__).parent.parent.glob("examples/*.txt"))


def standard(story: Story, indent: int) -> str:
    return json.dumps(story_to_dict(story), ensure_ascii=False, indent=indent)


def test_there_are_pages_to_compare() -> None:
    assert len(PAGES) >= 40
    assert EXAMPLES


@pytest.mark.parametrize("page", [*PAGES, *EXAMPLES], ids=lambda path: path.stem)
def test_every_story_of_a_fixture_is_written_as_the_standard_encoder_writes_it(
    page: Path,
) -> None:
    for story in newstranscript.parse_many(page.read_text("utf-8")):
        assert newstranscript.to_json(story) == standard(story, 2)
        assert newstranscript.to_json(story, indent=4) == standard(story, 4)


def test_html_pages_too() -> None:
    pages = sorted((DATA / "html").glob("*.html"))
    assert pages
    for page in pages:
        story = newstranscript.read_html(page)
        assert newstranscript.to_json(story) == standard(story, 2)


located = st.builds(
    lambda story, publisher, source, url, index: attrs.evolve(
        story, publisher=publisher, source=source, url=url, index=index
    ),
    strategies.stories,
    strategies.maybe_texts,
    strategies.maybe_texts,
    strategies.maybe_texts,
    st.none() | st.integers(0, 10**12),
)


@given(located, st.integers(-1, 8))
def test_a_generated_story_is_written_as_the_standard_encoder_writes_it(
    story: Story, indent: int
) -> None:
    assert newstranscript.to_json(story, indent=indent) == standard(story, indent)


@given(strategies.stories)
def test_the_one_line_form_is_the_compact_standard_one(story: Story) -> None:
    compact = json.dumps(story_to_dict(story), ensure_ascii=False, separators=(",", ":"))
    assert newstranscript.to_json(story, indent=None) == compact
