"""The text a reader sees on a saved HTML page, and what was lost when markup hid it.

Block elements become paragraphs, ``<br>`` line breaks, entities are decoded, and elements
that are never part of the story are left out with all they hold. Imported on first use: the
standard library's HTML parser is needed only by those who read HTML.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

# Elements whose end (and start) ends a paragraph.
BLOCK_ELEMENTS = frozenset(
    {
        "address", "article", "blockquote", "body", "caption", "dd", "details", "dialog",
        "div", "dl", "dt", "fieldset", "figcaption", "figure", "h1", "h2", "h3", "h4", "h5",
        "h6", "hr", "html", "li", "main", "ol", "p", "pre", "section", "summary", "table",
        "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
    }
)  # fmt: skip

# Elements left out with all they hold: never the story's words.
SKIPPED_ELEMENTS = frozenset(
    {
        "aside", "button", "canvas", "footer", "form", "head", "header", "iframe", "nav",
        "noscript", "object", "script", "select", "style", "svg", "template", "textarea",
        "title",
    }
)  # fmt: skip

# A ``<header>`` or ``<footer>`` inside these is the article's own (its headline, its
# provider line), not the site's banner or footer, as HTML defines them.
_SECTIONING = frozenset({"article", "main", "section"})
_PAGE_FURNITURE_ONLY_OUTSIDE = frozenset({"header", "footer"})

# ARIA landmark roles that say the same as those elements, for pages that mark their
# navigation or banner on a <div> (``role="navigation"``).
SKIPPED_ROLES = frozenset({"banner", "complementary", "contentinfo", "navigation", "search"})


def _left_out(tag: str, attrs: list[tuple[str, str | None]], *, inside_article: bool) -> bool:
    """Whether an element is page furniture, left out with all it holds."""
    if tag in _PAGE_FURNITURE_ONLY_OUTSIDE and inside_article:
        return False
    if tag in SKIPPED_ELEMENTS:
        return True
    role = next((value for name, value in attrs if name == "role"), None)
    return role is not None and role.strip().lower() in SKIPPED_ROLES


# Void elements never have an end tag, so they never open anything to close.
_VOID = frozenset(
    {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
     "track", "wbr"}
)  # fmt: skip

_HTML_SPACE = re.compile(r"[ \t\n\r\f]+")

_PARAGRAPH = "\n\n"
_LINE = "\n"


class _TextExtractor(HTMLParser):
    """Collects the text a reader sees, paragraph and line breaks included."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.pieces: list[str] = []
        self.skipping: list[str] = []  # the open elements being left out, innermost last
        # The outermost element left out: its name, line and 0-based column in the page.
        self.skipped_from: tuple[str, int, int] | None = None
        self.open_sections = 0
        self.in_pre = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "body" and self.skipping == ["head"]:
            self.skipping.clear()  # a page that never closed its head
        if self.skipping:
            # Every element opened inside one left out is tracked, so a <div> inside a
            # <div role="navigation"> does not end it.
            if tag not in _VOID:
                self.skipping.append(tag)
            return
        if _left_out(tag, attrs, inside_article=self.open_sections > 0):
            if tag not in _VOID:
                self.skipping.append(tag)
                self.skipped_from = (tag, *self.getpos())
            return
        if tag in _SECTIONING:
            self.open_sections += 1
        if tag == "pre":
            self.in_pre += 1
        if tag == "br":
            self.pieces.append(_LINE)
        elif tag in BLOCK_ELEMENTS:
            self.pieces.append(_PARAGRAPH)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in _VOID and tag in SKIPPED_ELEMENTS:
            return  # ``<svg/>``: opened and closed at once, nothing inside to leave out
        self.handle_starttag(tag, attrs)
        if tag not in _VOID:
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if self.skipping:
            if tag in self.skipping:
                # Close the innermost element of this name and whatever was left open in it.
                del self.skipping[len(self.skipping) - 1 - self.skipping[::-1].index(tag) :]
            return
        if tag in _SECTIONING and self.open_sections:
            self.open_sections -= 1
        if tag == "pre" and self.in_pre:
            self.in_pre -= 1
        if tag in BLOCK_ELEMENTS:
            self.pieces.append(_PARAGRAPH)

    def handle_data(self, data: str) -> None:
        if self.skipping:
            return
        if self.in_pre:
            self.pieces.append(data)
            return
        # Outside <pre>, a run of white space in HTML shows as one space, also across the
        # end of one element and the start of the next.
        # Only ASCII white space is HTML's: a no-break space (&nbsp;) is kept, as a reader
        # sees it, for the parser to normalise.
        collapsed = _HTML_SPACE.sub(" ", data)
        if collapsed.startswith(" ") and (not self.pieces or self.pieces[-1].endswith(" ")):
            collapsed = collapsed[1:]
        self.pieces.append(collapsed)

    def text(self) -> str:
        return _tidy("".join(self.pieces))


def _tidy(raw: str) -> str:
    """Paragraphs apart by one blank line, lines without spaces at either end."""
    paragraphs: list[str] = []
    for block in raw.split(_PARAGRAPH):
        lines = [line.strip(" ") for line in block.split(_LINE)]
        # Blank lines inside a block are line breaks in a row (``<br><br>``): a paragraph
        # break, as a reader sees it.
        current: list[str] = []
        for line in lines:
            if line:
                current.append(line)
            elif current:
                paragraphs.append(_LINE.join(current))
                current = []
        if current:
            paragraphs.append(_LINE.join(current))
    return _PARAGRAPH.join(paragraphs) + ("\n" if paragraphs else "")


def extract(html: str) -> tuple[str, str | None]:
    """The page's text, and what to say when a left-out element is never closed."""
    extractor = _TextExtractor()
    extractor.feed(html)
    extractor.close()
    unclosed = None
    if extractor.skipping and extractor.skipped_from is not None:
        tag, line, column = extractor.skipped_from
        unclosed = (
            f"the <{tag}> at line {line}, column {column + 1} of the page is never closed, "
            "so everything after it was left out with it"
        )
    return extractor.text(), unclosed
