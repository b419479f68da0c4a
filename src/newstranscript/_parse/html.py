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

import attrs

from newstranscript._api import (
    _check_provenance,
    _decode,
    _located,
    _read_path,
    parse,
    refuse_diagnostics,
)
from newstranscript._errors import ParseError
from newstranscript._model import Diagnostic, Story
from newstranscript._parse.source import require_text


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
    from newstranscript._parse.page_text import extract  # noqa: PLC0415  # HTML readers only

    return extract(html)


def parse_html(
    html: str,
    /,
    *,
    strict: bool = False,
    source: str | None = None,
    url: str | None = None,
) -> Story:
    """Parse a saved transcript page given as HTML: ``parse(html_text(html))``.

    The story's spans index :func:`html_text` of the page. A page with no text outside the
    elements left out raises :class:`ParseError` as empty input does. ``source`` and ``url``
    are kept on the story, as :func:`parse` keeps them.
    """
    require_text(html, "parse_html()", "a str")
    _check_provenance("parse_html()", source, url)
    return _located(_parse_page(html, strict=strict), source, url)


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
    if strict:
        refuse_diagnostics(story.diagnostics)
    return story


def parse_html_bytes(
    data: bytes,
    /,
    *,
    encoding: str | None = None,
    strict: bool = False,
    source: str | None = None,
    url: str | None = None,
) -> Story:
    """Decode a saved page's bytes as :func:`parse_bytes` does (UTF-8 with or without a BOM,
    else ``encoding``) and parse it as :func:`parse_html`."""
    _check_provenance("parse_html_bytes()", source, url)
    decoded = _decode(data, "parse_html_bytes()", "parse_html()", encoding)
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
    return _located(_parse_page(decoded.text, strict=strict, fallback=fallback), source, url)


def read_html(
    path: str | os.PathLike[str],
    /,
    *,
    encoding: str | None = None,
    strict: bool = False,
    source: str | None = None,
    url: str | None = None,
) -> Story:
    """Read a saved HTML page from a file and parse it as :func:`parse_html_bytes` does
    (``source`` is not set from the path unless given)."""
    data = _read_path(path, "read_html()")
    return parse_html_bytes(data, encoding=encoding, strict=strict, source=source, url=url)
