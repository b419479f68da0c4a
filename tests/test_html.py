"""Saved HTML pages: each fictional page reads as the same story as its text twin."""

from __future__ import annotations

from pathlib import Path

import pytest

import newstranscript
from newstranscript import ParseError, Story
from tests.conftest import DATA

PAGES = sorted((DATA / "html").glob("*.html"))


def test_there_are_html_pages() -> None:
    assert len(PAGES) >= 4, f"no HTML fixtures in {DATA / 'html'}"


def _same_story(story: Story) -> tuple[object, ...]:
    """What a page and its text twin must agree on: headline, speakers, who said what."""
    return (
        story.headline,
        [(speaker.id, speaker.name, speaker.role) for speaker in story.speakers],
        [(turn.speaker, turn.text) for turn in story.turns],
        [segment.text for segment in story.soundbites],
    )


@pytest.mark.parametrize("page", PAGES, ids=lambda path: path.stem)
def test_a_page_reads_as_its_text_twin(page: Path) -> None:
    twin = page.with_suffix(".txt")
    assert twin.exists(), f"{page.name} has no text twin"
    story = newstranscript.parse_html(page.read_text("utf-8"))
    expected = newstranscript.read(twin)
    assert story.turns, f"{page.name} gave no turns"
    assert _same_story(story) == _same_story(expected)
    assert story.diagnostics == expected.diagnostics


@pytest.mark.parametrize("page", PAGES, ids=lambda path: path.stem)
def test_spans_index_the_pages_text_and_nothing_of_it_is_lost(page: Path) -> None:
    html = page.read_text("utf-8")
    text = newstranscript.html_text(html)
    story = newstranscript.parse_html(html)
    assert story == newstranscript.parse(text)
    found = newstranscript.audit(story, text)
    assert found.clean, found.report(text)
    for turn in story.turns:
        assert turn.text.split("\n\n")[-1] in turn.span.slice(text)


@pytest.mark.parametrize("page", PAGES, ids=lambda path: path.stem)
def test_no_markup_script_or_furniture_reaches_the_text(page: Path) -> None:
    text = newstranscript.html_text(page.read_text("utf-8"))
    for leftover in ("<", "&amp;", "&#", "DOCTYPE", "dataLayer", "font-family", "Sign up"):
        assert leftover not in text


def test_bytes_and_files_read_as_text_does(tmp_path: Path) -> None:
    page = next(path for path in PAGES if path.stem == "npr_transcript")
    data = page.read_bytes()
    expected = newstranscript.parse_html(data.decode("utf-8"))
    assert newstranscript.parse_html_bytes(b"\xef\xbb\xbf" + data) == expected
    assert newstranscript.read_html(page) == expected


def test_a_legacy_page_decoded_with_a_fallback_says_so() -> None:
    page = "<p>Caf\u00e9 Owners Count Their Chairs</p><p>NINA COLE, HOST: Good morning.</p>"
    story = newstranscript.parse_html_bytes(page.encode("cp1252"), encoding="cp1252")
    assert story.headline == "Caf\u00e9 Owners Count Their Chairs"
    assert story.diagnostics[0].code == "fallback-encoding"
    assert "byte 0xe9 at byte offset 6" in story.diagnostics[0].message
    with pytest.raises(ParseError, match="fallback-encoding"):
        newstranscript.parse_html_bytes(page.encode("cp1252"), encoding="cp1252", strict=True)


@pytest.mark.parametrize(
    ("html", "text"),
    [
        # Block elements are paragraphs, <br> a line break, two in a row a paragraph break.
        ("<div>One</div><div>Two</div>", "One\n\nTwo\n"),
        ("<p>One<br>two<br/>three</p>", "One\ntwo\nthree\n"),
        ("<p>One<br><br>Two</p>", "One\n\nTwo\n"),
        # Entities decoded, white space collapsed, inline elements run on.
        ("<p>Fish &amp; chips&nbsp;&mdash; <b>hot</b>\n   and  <i>salty</i></p>",
         "Fish & chips\u00a0\u2014 hot and salty\n"),
        ("<p>MARSH:<b> Hello</b></p>", "MARSH: Hello\n"),
        # <pre> keeps its lines.
        ("<pre>a  b\nc</pre>", "a  b\nc\n"),
        # Furniture left out with all it holds, nested or not.
        ("<nav><ul><li>Home<li>News</ul></nav><p>Story</p>", "Story\n"),
        ('<div role="navigation"><div>Home</div></div><p>Story</p>', "Story\n"),
        ("<script>if (a < b) { go(); }</script><p>Story</p>", "Story\n"),
        ("<p>Story</p><svg><g><path d='M0'/></g></svg><p>More</p>", "Story\n\nMore\n"),
        ("<head><title>Site</title><body><p>Story</p>", "Story\n"),
        ("<!-- a comment --><p>Story</p>", "Story\n"),
        # A header or footer inside the article is the article's own.
        ("<header>Site</header><article><header><h1>Title</h1></header><p>Story</p>"
         "<footer>Transcript provided by NPR.</footer></article><footer>Site</footer>",
         "Title\n\nStory\n\nTranscript provided by NPR.\n"),
        ("", ""),
    ],
)  # fmt: skip
def test_the_text_of_a_page(html: str, text: str) -> None:
    assert newstranscript.html_text(html) == text


def test_a_page_with_no_text_is_empty_input() -> None:
    with pytest.raises(ParseError, match="input is empty"):
        newstranscript.parse_html("<html><head><title>Only a title</title></head></html>")


def test_the_wrong_type_is_a_type_error() -> None:
    with pytest.raises(TypeError, match=r"parse_html\(\) takes a str, not bytes"):
        newstranscript.parse_html(b"<p>x</p>")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"use parse_html\(\) for text"):
        newstranscript.parse_html_bytes("<p>x</p>")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="takes a path"):
        newstranscript.read_html(3)  # type: ignore[arg-type]


def test_an_unclosed_element_left_out_is_reported_not_lost_in_silence() -> None:
    page = "<h1>Gulls Return</h1>\n<p>ANA RUIZ, HOST: Hello.</p>\n<nav><p>BEN OKAFOR: Bye.</p>"
    story = newstranscript.parse_html(page)
    assert [turn.text for turn in story.turns] == ["Hello."]
    [diagnostic] = story.diagnostics
    assert diagnostic.code == "unclosed-html-element"
    assert "the <nav> at line 3, column 1 of the page is never closed" in diagnostic.message
    assert (diagnostic.line, diagnostic.column) == (4, 1)
    with pytest.raises(ParseError, match="unclosed-html-element"):
        newstranscript.parse_html(page, strict=True)
    # A closed one says nothing.
    assert newstranscript.parse_html(page + "</nav>").diagnostics == ()


def test_a_page_all_inside_an_unclosed_element_is_an_error_that_says_why() -> None:
    with pytest.raises(ParseError, match=r"input is empty: .* the <script> at line 1, column 1"):
        newstranscript.parse_html("<script>var page = 1;<p>ANA RUIZ, HOST: Hello.</p>")


def test_every_html_entry_point_keeps_the_callers_source_and_url(tmp_path: Path) -> None:
    page = "<html><body><p>ANA RUIZ, HOST: Hello from the harbour.</p></body></html>"
    saved = tmp_path / "page.html"
    saved.write_text(page, "utf-8")
    stories = [
        newstranscript.parse_html(page, source="a.html", url="https://example.org/a"),
        newstranscript.parse_html_bytes(
            page.encode(), source="a.html", url="https://example.org/a"
        ),
        newstranscript.read_html(saved, source="a.html", url="https://example.org/a"),
    ]
    for story in stories:
        assert (story.source, story.url) == ("a.html", "https://example.org/a")
    assert newstranscript.read_html(saved).source is None
    with pytest.raises(TypeError, match=r"parse_html\(\) takes source as a str, not int"):
        newstranscript.parse_html(page, source=5)  # type: ignore[arg-type]
