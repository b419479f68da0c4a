"""The entry points: text or a file in, a :class:`Story` (or several) out."""

from __future__ import annotations

import os

import attrs

from newstranscript._errors import FormatError, ParseError
from newstranscript._model import Diagnostic, Story
from newstranscript._parse.assembly import assemble
from newstranscript._parse.blocks import lines
from newstranscript._parse.classify import classify
from newstranscript._parse.pieces import Piece
from newstranscript._parse.source import Decoded, Source, decode, require_text
from newstranscript._parse.stories import later_header_lines, story_starts


def parse(
    text: str,
    /,
    *,
    strict: bool = False,
    source: str | None = None,
    url: str | None = None,
) -> Story:
    """Parse the text of one transcript page into a :class:`Story`.

    Lenient by default: odd text is kept and described in ``story.diagnostics``. With
    ``strict=True`` any diagnostic raises :class:`ParseError`. Empty input is an error in
    both modes. ``source`` and ``url``, when given, are kept on the story as where the text
    came from.
    """
    require_text(text, "parse()", "a str")
    _check_provenance("parse()", source, url)
    return _located(_parse(text, strict=strict), source, url)


def parse_many(
    text: str,
    /,
    *,
    strict: bool = False,
    source: str | None = None,
    url: str | None = None,
) -> list[Story]:
    """Parse a page that may hold several stories into one :class:`Story` for each.

    The page is cut at the headlines, date lines and programme lines that follow a story's
    provider line or sign-off, and at a CNN header or date line once a transcript has begun.
    Every story's spans index the whole ``text``; every piece of the page belongs to one
    story. A story that prints no programme or date of its own takes them from the story
    before it, as the stories of one programme page share its broadcast. A page with one
    story gives a list of one. ``source`` and ``url`` are kept on every story.
    """
    require_text(text, "parse_many()", "a str")
    _check_provenance("parse_many()", source, url)
    return [_located(story, source, url) for story in _parse_many(text, strict=strict)]


def parse_bytes(
    data: bytes,
    /,
    *,
    encoding: str | None = None,
    strict: bool = False,
    source: str | None = None,
    url: str | None = None,
) -> Story:
    """Decode bytes (UTF-8 with or without a BOM, else ``encoding``) and parse them.

    When the bytes are not UTF-8 and ``encoding`` decodes them, the story carries a
    ``fallback-encoding`` diagnostic at the first byte UTF-8 could not read. ``source`` and
    ``url`` are kept on the story, as :func:`parse` keeps them.
    """
    _check_provenance("parse_bytes()", source, url)
    decoded = _decode(data, "parse_bytes()", "parse()", encoding)
    return _located(_parse(decoded.text, strict=strict, decoded=decoded), source, url)


def read(
    path: str | os.PathLike[str],
    /,
    *,
    encoding: str | None = None,
    strict: bool = False,
    source: str | None = None,
    url: str | None = None,
) -> Story:
    """Read a transcript file and parse it; see :func:`parse_bytes` for decoding and for
    ``source`` and ``url`` (not set from the path unless given)."""
    data = _read_path(path, "read()")
    return parse_bytes(data, encoding=encoding, strict=strict, source=source, url=url)


def parse_many_bytes(
    data: bytes,
    /,
    *,
    encoding: str | None = None,
    strict: bool = False,
    source: str | None = None,
    url: str | None = None,
) -> list[Story]:
    """Decode bytes as :func:`parse_bytes` does and read every story, as :func:`parse_many`."""
    _check_provenance("parse_many_bytes()", source, url)
    decoded = _decode(data, "parse_many_bytes()", "parse_many()", encoding)
    stories = _parse_many(decoded.text, strict=strict, decoded=decoded)
    return [_located(story, source, url) for story in stories]


def _read_path(path: object, what: str) -> bytes:
    """The bytes of the file at ``path``; a plain ``TypeError`` for anything but a path."""
    if not isinstance(path, str | os.PathLike):
        # open() would take an int as a file descriptor: refuse it plainly instead.
        raise TypeError(f"{what} takes a path (str or os.PathLike), not {type(path).__name__}")
    with open(path, "rb") as handle:
        return handle.read()


def _check_provenance(what: str, source: object, url: object) -> None:
    """A plain ``TypeError`` for a ``source`` or ``url`` that is neither a str nor ``None``."""
    for name, value in (("source", source), ("url", url)):
        if value is not None and not isinstance(value, str):
            raise TypeError(f"{what} takes {name} as a str, not {type(value).__name__}")


def _located(story: Story, source: str | None, url: str | None) -> Story:
    """The story with where its text came from, as the caller said."""
    if source is None and url is None:
        return story
    return attrs.evolve(story, source=source, url=url)


def _decode(data: object, what: str, for_text: str, encoding: str | None) -> Decoded:
    """The bytes an entry point was given, decoded; a plain ``TypeError`` for anything else."""
    if not isinstance(data, bytes | bytearray | memoryview):
        hint = f" (use {for_text} for text)" if isinstance(data, str) else ""
        raise TypeError(f"{what} takes bytes, not {type(data).__name__}{hint}")
    if encoding is not None and not isinstance(encoding, str):
        raise TypeError(f"encoding takes a str, not {type(encoding).__name__}")
    return decode(bytes(data), encoding=encoding)


def _source_and_pieces(text: str) -> tuple[Source, list[Piece]]:
    """Reject unusable text, then run the stages every entry point shares."""
    if not text.strip():
        raise ParseError("input is empty: there is no transcript text to parse")
    if "\x00" in text:
        at = text.index("\x00")
        raise ParseError(f"input is binary, not text: a NUL character at offset {at}")
    source = Source(text)
    return source, classify(source.text, lines(source.text))


def _parse(text: str, *, strict: bool, decoded: Decoded | None = None) -> Story:
    source, pieces = _source_and_pieces(text)
    starts = story_starts(source.text, pieces)
    story = assemble(
        source, pieces, later_headers=later_header_lines(source.text, pieces, starts[1:])
    )
    if len(starts) > 1:
        line, column = source.line_column(source.to_original(pieces[starts[1]].start))
        story = _with_diagnostic(
            story,
            Diagnostic(
                "several-stories",
                f"the page holds {len(starts)} stories; the next one starts here "
                "(parse_many() reads them apart)",
                line,
                column,
            ),
        )
    story = _with_fallback(story, source, decoded)
    if strict:
        refuse_diagnostics(story.diagnostics)
    return story


def _parse_many(text: str, *, strict: bool, decoded: Decoded | None = None) -> list[Story]:
    source, pieces = _source_and_pieces(text)
    starts = story_starts(source.text, pieces)
    ends = [*starts[1:], len(pieces)]
    stories: list[Story] = []
    for first, stop in zip(starts, ends, strict=True):
        low = 0 if first == 0 else source.to_original(pieces[first].start)
        high = len(text) if stop == len(pieces) else source.to_original(pieces[stop].start)
        story = assemble(source, pieces[first:stop], (low, high))
        if stories:
            story = _inherit(story, stories[-1])
        stories.append(story)
    stories[0] = _with_fallback(stories[0], source, decoded)
    # The footer that names the page's publisher is printed once, for every story on it.
    publisher = next((story.publisher for story in stories if story.publisher), None)
    if publisher is not None:
        stories = [attrs.evolve(story, publisher=publisher) for story in stories]
    if strict:
        refuse_diagnostics(tuple(d for story in stories for d in story.diagnostics))
    return stories


def _with_fallback(story: Story, source: Source, decoded: Decoded | None) -> Story:
    """Say so when the bytes were not UTF-8 and the caller's ``encoding`` read them."""
    if decoded is None or decoded.fallback is None:
        return story
    line, column = source.line_column(decoded.first_bad)
    return _with_diagnostic(
        story,
        Diagnostic(
            "fallback-encoding",
            f"the input is not UTF-8 (byte 0x{decoded.bad_byte:02x} at byte offset "
            f"{decoded.bad_byte_offset}); it was decoded as {decoded.fallback}",
            line,
            column,
        ),
    )


def _with_diagnostic(story: Story, diagnostic: Diagnostic) -> Story:
    diagnostics = sorted((*story.diagnostics, diagnostic), key=lambda d: (d.line, d.column))
    return attrs.evolve(story, diagnostics=diagnostics)


def _inherit(story: Story, before: Story) -> Story:
    """The programme, outlet and date a story shares with the one before it on the page."""
    spans = dict(story.spans)
    for field in ("program", "date"):
        if getattr(story, field) is None and field in before.spans:
            spans[field] = before.spans[field]
    return attrs.evolve(
        story,
        program=story.program or before.program,
        date=story.date or before.date,
        outlet=story.outlet or before.outlet,
        spans=spans,
    )


def refuse_diagnostics(diagnostics: tuple[Diagnostic, ...]) -> None:
    """``strict=True``: raise :class:`ParseError` naming every diagnostic, if there are any."""
    if diagnostics:
        raise ParseError(_strict_message(diagnostics), diagnostics)


def _strict_message(diagnostics: tuple[Diagnostic, ...]) -> str:
    problems = "\n".join(
        f"  line {d.line}, column {d.column}: {d.message} [{d.code}]" for d in diagnostics
    )
    count = len(diagnostics)
    return f"{count} problem{'s' if count != 1 else ''} in the transcript:\n{problems}"


def to_text(story: Story, /, *, check: bool = True) -> str:
    """The story as a canonical transcript that :func:`parse` reads back to the same story.

    With ``check`` (the default) the text is parsed again and compared with the story, and
    :class:`FormatError` names the first field the text cannot carry. ``check=False`` skips
    that parse: the text is then written as well as the form allows and may read back as a
    different story.
    """
    if not isinstance(story, Story):
        raise TypeError(f"to_text() takes a Story, not {type(story).__name__}")
    # The text writer (and the JSON layout it compares stories with) is loaded by the first
    # call, not by every program that only parses.
    from newstranscript._write.text import canonical_text, unsayable  # noqa: PLC0415

    text = canonical_text(story)
    if check:
        problem = unsayable(story) or _read_back(story, text)
        if problem is not None:
            raise FormatError(f"the story cannot be written as text: {problem}")
    return text


def _read_back(story: Story, text: str) -> str | None:
    """What in ``story`` the text reads back differently, if anything.

    The writer's text is read by the parser here, in the API layer, so that the writer never
    depends on the parser.
    """
    if not text.strip():
        return "it holds nothing a transcript prints, and empty text is no transcript"
    from newstranscript._write.text import first_difference  # noqa: PLC0415 - see to_text

    try:
        return first_difference(story, parse(text))
    except ParseError as error:  # a NUL character in the story's text reads as binary input
        return str(error)
