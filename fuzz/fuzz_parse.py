"""Fuzz target for the parser and the JSON reader (atheris).

The contract, the same as the property tests': for any input, ``parse`` and ``parse_bytes``
(with any encoding name) return a story or raise ``ParseError``, and ``from_json`` returns a
story or raises ``FormatError``, nothing else; a parsed story accounts for every non-blank
character exactly once (``audit``); its JSON round trip is exact; its JSON can be written as
UTF-8; the YAML front matter of its Markdown loads as YAML and gives back its fields.

    pip install -e '.[fuzz]'
    python fuzz/fuzz_parse.py fuzz/corpus -max_total_time=600

See docs/fuzzing.md.
"""

from __future__ import annotations

import sys

import newstranscript
from newstranscript import FormatError, ParseError, Story
from newstranscript._source import decode  # the text parse_bytes read, to audit against

# The first byte of an input picks what it exercises, by its remainder.
_ENTRY_POINTS = 4


def check_one_input(data: bytes) -> None:
    """Run one input through the contract; an exception other than the library's own is a
    finding.

    The first byte chooses the entry point, so one corpus exercises them all: remainder 0,
    the rest is decoded leniently (lone surrogates kept, as ``surrogateescape`` leaves them)
    and given to ``parse`` as text; 1, the rest goes to ``parse_bytes``; 2, the rest's first
    line is an encoding name, any bytes at all, and what follows goes to ``parse_bytes`` with
    it; 3, the rest goes to ``from_json``.
    """
    if not data:
        return
    body = data[1:]
    entry = data[0] % _ENTRY_POINTS
    if entry == 3:
        _check_json(body)
        return
    if entry == 0:
        text = body.decode("utf-8", errors="surrogateescape")
        try:
            story = newstranscript.parse(text)
        except ParseError:
            return
    elif entry == 1:
        try:
            story = newstranscript.parse_bytes(body)
        except ParseError:
            return
        text = decode(body).text
    else:
        name, _, rest = body.partition(b"\n")
        encoding = name.decode("latin-1")
        try:
            story = newstranscript.parse_bytes(rest, encoding=encoding)
        except ParseError:
            return
        text = decode(rest, encoding=encoding).text
    found = newstranscript.audit(story, text)
    if not found.clean:
        raise AssertionError(found.report(text))
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
