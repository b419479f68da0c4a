"""Fuzz target for the parser and the JSON reader (atheris).

The contract, the same as the property tests': for any input, ``parse`` and ``parse_bytes``
(with any encoding name, and ``parse_many`` and ``parse_many_bytes``) return a story or raise
``ParseError``, and ``from_json`` returns a story or raises ``FormatError``, nothing else; the
stories account for every non-blank character exactly once (``audit``); their JSON round trip
is exact; their JSON can be written as UTF-8; the YAML front matter of their Markdown loads as
YAML and gives back their fields. Run with ``-timeout``, a page that makes the parser
quadratic is a finding too: one bit of the first byte asks for the input repeated many times
over, the shape (many speakers, many stories, markers glued by the thousand) such pages have.

    pip install -e '.[fuzz]'
    python fuzz/fuzz_parse.py fuzz/corpus -max_total_time=600

See docs/fuzzing.md.
"""

from __future__ import annotations

import sys

import newstranscript
from newstranscript import FormatError, ParseError, Story
from newstranscript._parse.source import decode  # the text parse_bytes read, to audit against

# The first byte of an input picks what it exercises, by its remainder.
_ENTRY_POINTS = 4
# ... and with this bit set, the page is the rest repeated, read as a page of many stories.
_MANY = 4

# How many times over a repeated input is read: enough for a step that reads every speaker
# or story for each of them to cost far more than the rest.
REPEATS = 64


def check_one_input(data: bytes) -> None:
    """Run one input through the contract; an exception other than the library's own is a
    finding.

    The first byte chooses the entry point, so one corpus exercises them all: remainder 0,
    the rest is decoded leniently (lone surrogates kept, as ``surrogateescape`` leaves them)
    and given to ``parse`` as text; 1, the rest goes to ``parse_bytes``; 2, the rest's first
    line is an encoding name, any bytes at all, and what follows goes to ``parse_bytes`` with
    it; 3, the rest goes to ``from_json``. With the ``_MANY`` bit set, the text or bytes are
    repeated ``REPEATS`` times, a blank line apart, and read with ``parse_many`` or
    ``parse_many_bytes`` as a page of many stories, audited together.
    """
    if not data:
        return
    body = data[1:]
    entry = data[0] % _ENTRY_POINTS
    many = bool(data[0] & _MANY)
    if entry == 3:
        _check_json(body)
        return
    encoding = None
    if entry == 2:
        name, _, body = body.partition(b"\n")
        encoding = name.decode("latin-1")
    if many:
        body = b"\n\n".join([body] * REPEATS)
    try:
        if entry == 0:
            text = body.decode("utf-8", errors="surrogateescape")
            stories = newstranscript.parse_many(text) if many else [newstranscript.parse(text)]
        else:
            read = newstranscript.parse_many_bytes if many else newstranscript.parse_bytes
            found_stories = read(body, encoding=encoding)
            stories = found_stories if isinstance(found_stories, list) else [found_stories]
            text = decode(body, encoding=encoding).text
    except ParseError:
        return
    found = newstranscript.audit(stories if many else stories[0], text)
    if not found.clean:
        raise AssertionError(found.report(text))
    for story in stories:
        _check_writers(story)


def _check_json(document: bytes) -> None:
    try:
        story = newstranscript.from_json(document)
    except FormatError:
        return
    _check_writers(story)


def _check_writers(story: Story) -> None:
    document = newstranscript.to_json(story)
    document.encode("utf-8")  # a lone surrogate would fail here
    if newstranscript.from_json(document) != story:
        raise AssertionError("the JSON round trip changed the story")
    front_matter_loads(story)


def front_matter_loads(story: Story) -> None:
    """The Markdown's front matter is YAML that gives back the story's fields (skipped when
    PyYAML is not installed)."""
    try:
        import yaml  # noqa: PLC0415
    except ImportError:  # pragma: no cover - the test extra installs it
        return
    markdown = newstranscript.to_markdown(story, front_matter=True)
    front = markdown.split("---\n", 2)[1]
    fields = yaml.safe_load(front)
    for name in ("headline", "program", "outlet"):
        if fields[name] != getattr(story, name):
            raise AssertionError(f"the front matter's {name} reads back as {fields[name]!r}")


def main() -> None:
    import atheris  # type: ignore[import-not-found, import-untyped, unused-ignore]  # noqa: PLC0415

    atheris.instrument_all()
    atheris.Setup(sys.argv, check_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
