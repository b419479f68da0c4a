"""The Markdown writer: well-formed CommonMark that holds every turn, and escapes what it must."""

from __future__ import annotations

from pathlib import Path

import pytest
from markdown_it import MarkdownIt

import newstranscript
from newstranscript import Segment, Span, Speaker, Story
from tests.conftest import GOLDEN

TRANSCRIPTS = sorted(GOLDEN.glob("*.txt"))
md = MarkdownIt("commonmark")


def _inline_text(markdown: str) -> list[tuple[str, str]]:
    """(block type, plain text) for every paragraph and heading, with markup removed."""
    tokens = md.parse(markdown)
    blocks = []
    for index, token in enumerate(tokens):
        if token.type == "inline":
            opener = tokens[index - 1].type
            plain = "".join(
                child.content
                for child in token.children or []
                if child.type in ("text", "code_inline")
            )
            blocks.append((opener, plain))
    return blocks


@pytest.mark.parametrize("transcript", TRANSCRIPTS, ids=lambda path: path.stem)
def test_every_turn_is_a_paragraph_with_its_speaker_in_bold(transcript: Path) -> None:
    story = newstranscript.read(transcript)
    markdown = newstranscript.to_markdown(story)
    tokens = md.parse(markdown)
    blocks = _inline_text(markdown)
    paragraphs = [text for kind, text in blocks if kind == "paragraph_open"]
    for turn in story.turns:
        for paragraph in turn.paragraphs:
            assert any(paragraph in block for block in paragraphs), paragraph
    strong = [
        token.children[j + 1].content  # type: ignore[index]
        for i, token in enumerate(tokens)
        if token.type == "inline"
        for j, child in enumerate(token.children or [])
        if child.type == "strong_open"
    ]
    named = [story.speaker(turn.speaker).name + ":" for turn in story.turns if turn.speaker]
    assert [name for name in strong if name.endswith(":")] == named
    if story.headline:
        assert blocks[0] == ("heading_open", story.headline)


def _story(text: str, **fields: object) -> Story:
    speaker = Speaker(id="ana-ruiz", name="Ana Ruiz", role="host")
    segment = Segment("turn", text, Span(0, len(text)), speaker="ana-ruiz")
    return Story(speakers=(speaker,), segments=(segment,), **fields)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "text",
    [
        "# not a heading",
        "1. not a list",
        "- not a list either",
        "> not a quote",
        "*stars* and _underscores_ stay literal",
        "a <b>tag</b> and &amp; an entity",
        "[not a link](http://example.invalid)",
        "back\\slash and `ticks`",
    ],
)
def test_markup_in_speech_stays_literal(text: str) -> None:
    markdown = newstranscript.to_markdown(_story("first\n\n" + text))
    assert ("paragraph_open", text) in _inline_text(markdown)


def test_front_matter_is_yaml_with_the_story_fields() -> None:
    story = newstranscript.read(GOLDEN / "npr_station_page.txt")
    markdown = newstranscript.to_markdown(story, front_matter=True)
    head, _, body = markdown.partition("\n---\n")
    assert head.splitlines()[0] == "---"
    assert 'headline: "Lighthouse Keepers Return As Storms Batter The Northern Coast"' in head
    assert '  - id: "marta-quill"\n    name: "Marta Quill"\n    role: "reporter"' in head
    assert "date: null" in head
    assert body.lstrip().startswith("# Lighthouse Keepers")


def test_front_matter_quotes_awkward_values() -> None:
    markdown = newstranscript.to_markdown(
        _story("hi", headline='Colons: "quotes" and\nnewlines'), front_matter=True
    )
    assert 'headline: "Colons: \\"quotes\\" and\\nnewlines"' in markdown


def test_markers_stand_apart_in_italics() -> None:
    story = newstranscript.read(GOLDEN / "npr_station_page.txt")
    markdown = newstranscript.to_markdown(story)
    assert '\n\n*(SOUNDBITE OF THE HARBOR BAND\'S "NORTHERN LIGHT")*\n\n' in markdown


def test_a_signoff_spoken_as_the_last_turn_is_not_repeated() -> None:
    story = newstranscript.read(GOLDEN / "page_npr_player.txt")
    assert story.signoff is not None
    last = story.turns[-1]
    assert last.span.start <= story.signoff.span.start <= story.signoff.span.end <= last.span.end
    markdown = newstranscript.to_markdown(story)
    assert markdown.count("Lucas Brandt in Cedar Bend") == 1
    assert "— Lucas Brandt" not in markdown
    assert "**Lucas Brandt:** For NPR News, I'm Lucas Brandt in Cedar Bend." in markdown


def test_a_signoff_on_its_own_line_closes_the_document() -> None:
    story = newstranscript.read(GOLDEN / "npr_station_page.txt")
    markdown = newstranscript.to_markdown(story)
    assert "\n\n— Marta Quill, NPR News, Port Ellery\n\n" in markdown


def test_a_signoff_stands_where_the_page_printed_it() -> None:
    story = newstranscript.read(GOLDEN / "page_signoff_back_announce.txt")
    markdown = newstranscript.to_markdown(story)
    signoff = markdown.index("— Tessa Marlow, NPR News, Lark Island, Wash.")
    back_announce = markdown.index("**Dana Holloway:** Tessa, thanks.")
    assert markdown.index("By noon, she could.") < signoff < back_announce
    assert markdown.count("— Tessa Marlow") == 1


def test_an_exclamation_mark_is_not_escaped_but_an_image_is_not_made() -> None:
    markdown = newstranscript.to_markdown(_story("first\n\nWow! ![alt](x.png)"))
    assert "Wow! !\\[alt\\](x.png)" in markdown
    assert ("paragraph_open", "Wow! ![alt](x.png)") in _inline_text(markdown)
