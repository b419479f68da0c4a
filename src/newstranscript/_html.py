"""Saved transcript pages: HTML in, the page's text out, then the same parser as for text.

A page saved from npr.org, a member station, CNN or PBS is mostly markup: a doctype, a head
of scripts and styles, navigation, banners, forms. What a reader sees is the text of its
block elements, and that text is what the parser reads: each block element (``<p>``,
``<div>``, a heading, a list item ...) becomes a paragraph, each ``<br>`` a line break,
entities are decoded, and elements that are never part of the story (scripts, styles,
navigation, page headers and footers, asides, forms, ``<noscript>``, ``<svg>``, the
document's head) are left out with everything inside them.

Spans index the extracted text, :func:`html_text` of the page, not the HTML: the text is a
pure function of the page, so ``html_text(page)[start:end]`` shows each piece, and
``audit(story, html_text(page))`` checks that nothing of it was lost.
"""

from __future__ import annotations

import os
import re
from html.parser import HTMLParser

import attrs

from newstranscript._api import _strict_message, parse
from newstranscript._errors import ParseError
from newstranscript._model import Diagnostic, Story
from newstranscript._source import decode, require_text

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


def html_text(html: str, /) -> str:
    """The text a reader sees on a saved HTML page: a paragraph per block element separated
    by a blank line, a line break per ``<br>`` (two in a row end a paragraph), entities
    decoded, white space collapsed outside ``<pre>``, and scripts, styles, navigation, the
    site's header and footer, asides, forms and the document's head left out.

    The spans of :func:`parse_html`'s story index this text.
    """
    require_text(html, "html_text()", "a str")
    return _extract(html)[0]


def _extract(html: str) -> tuple[str, str | None]:
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


def parse_html(html: str, /, *, strict: bool = False) -> Story:
    """Parse a saved transcript page given as HTML: ``parse(html_text(html))``.

    The story's spans index :func:`html_text` of the page. A page with no text outside the
    elements left out raises :class:`ParseError` as empty input does.
    """
    require_text(html, "parse_html()", "a str")
    return _parse_page(html, strict=strict)


def _parse_page(html: str, *, strict: bool, fallback: Diagnostic | None = None) -> Story:
    text, unclosed = _extract(html)
    found = [fallback] if fallback is not None else []
    if unclosed is not None:
        if not text.strip():
            raise ParseError(f"input is empty: the page has no text to parse; {unclosed}")
        # The loss starts where the text ends.
        found.append(Diagnostic("unclosed-html-element", unclosed, text.count("\n") + 1, 1))
    story = parse(text)
    if found:
        diagnostics = sorted((*story.diagnostics, *found), key=lambda d: (d.line, d.column))
        story = attrs.evolve(story, diagnostics=diagnostics)
    if strict and story.diagnostics:
        raise ParseError(_strict_message(story.diagnostics), story.diagnostics)
    return story


def parse_html_bytes(data: bytes, /, *, encoding: str | None = None, strict: bool = False) -> Story:
    """Decode a saved page's bytes as :func:`parse_bytes` does (UTF-8 with or without a BOM,
    else ``encoding``) and parse it as :func:`parse_html`."""
    if not isinstance(data, bytes | bytearray | memoryview):
        hint = " (use parse_html() for text)" if isinstance(data, str) else ""
        raise TypeError(f"parse_html_bytes() takes bytes, not {type(data).__name__}{hint}")
    decoded = decode(bytes(data), encoding=encoding)
    fallback = None
    if decoded.fallback is not None:
        # The byte sits in the markup, which the story's lines and columns do not count:
        # the diagnostic opens the story and names the byte by its offset in the page.
        fallback = Diagnostic(
            "fallback-encoding",
            f"the page is not UTF-8 (byte 0x{decoded.bad_byte:02x} at byte offset "
            f"{decoded.bad_byte_offset}); it was decoded as {decoded.fallback}",
            1,
            1,
        )
    return _parse_page(decoded.text, strict=strict, fallback=fallback)


def read_html(
    path: str | os.PathLike[str], /, *, encoding: str | None = None, strict: bool = False
) -> Story:
    """Read a saved HTML page from a file and parse it as :func:`parse_html_bytes` does."""
    if not isinstance(path, str | os.PathLike):
        raise TypeError(f"read_html() takes a path (str or os.PathLike), not {type(path).__name__}")
    with open(path, "rb") as handle:
        data = handle.read()
    return parse_html_bytes(data, encoding=encoding, strict=strict)
