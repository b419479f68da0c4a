"""The entry points: text or a file in, a :class:`Story` out."""

from __future__ import annotations

import os

import attrs

from newstranscript._assemble import assemble
from newstranscript._blocks import lines
from newstranscript._classify import classify
from newstranscript._errors import ParseError
from newstranscript._model import Diagnostic, Story
from newstranscript._source import Decoded, Source, decode, require_text


def parse(text: str, /, *, strict: bool = False) -> Story:
    """Parse the text of one transcript page into a :class:`Story`.

    Lenient by default: odd text is kept and described in ``story.diagnostics``. With
    ``strict=True`` any diagnostic raises :class:`ParseError`. Empty input is an error in
    both modes.
    """
    require_text(text, "parse()", "a str")
    return _parse(text, strict=strict)


def parse_bytes(data: bytes, /, *, encoding: str | None = None, strict: bool = False) -> Story:
    """Decode bytes (UTF-8 with or without a BOM, else ``encoding``) and parse them.

    When the bytes are not UTF-8 and ``encoding`` decodes them, the story carries a
    ``fallback-encoding`` diagnostic at the first byte UTF-8 could not read.
    """
    if not isinstance(data, bytes | bytearray | memoryview):
        hint = " (use parse() for text)" if isinstance(data, str) else ""
        raise TypeError(f"parse_bytes() takes bytes, not {type(data).__name__}{hint}")
    decoded = decode(bytes(data), encoding=encoding)
    return _parse(decoded.text, strict=strict, decoded=decoded)


def read(
    path: str | os.PathLike[str], /, *, encoding: str | None = None, strict: bool = False
) -> Story:
    """Read a transcript file and parse it; see :func:`parse_bytes` for decoding."""
    if not isinstance(path, str | os.PathLike):
        # open() would take an int as a file descriptor: refuse it plainly instead.
        raise TypeError(f"read() takes a path (str or os.PathLike), not {type(path).__name__}")
    with open(path, "rb") as handle:
        data = handle.read()
    return parse_bytes(data, encoding=encoding, strict=strict)


def _parse(text: str, *, strict: bool, decoded: Decoded | None = None) -> Story:
    """The one path every entry point takes: reject unusable text, parse, report."""
    if not text.strip():
        raise ParseError("input is empty: there is no transcript text to parse")
    if "\x00" in text:
        at = text.index("\x00")
        raise ParseError(f"input is binary, not text: a NUL character at offset {at}")
    source = Source(text)
    story = assemble(source, classify(source.text, lines(source.text)))
    if decoded is not None and decoded.fallback is not None:
        line, column = source.line_column(decoded.first_bad)
        fallback = Diagnostic(
            "fallback-encoding",
            f"the input is not UTF-8 (byte 0x{decoded.bad_byte:02x} at byte offset "
            f"{decoded.bad_byte_offset}); it was decoded as {decoded.fallback}",
            line,
            column,
        )
        diagnostics = sorted(
            (fallback, *story.diagnostics), key=lambda found: (found.line, found.column)
        )
        story = attrs.evolve(story, diagnostics=diagnostics)
    if strict and story.diagnostics:
        raise ParseError(_strict_message(story.diagnostics), story.diagnostics)
    return story


def _strict_message(diagnostics: tuple[Diagnostic, ...]) -> str:
    problems = "\n".join(
        f"  line {d.line}, column {d.column}: {d.message} [{d.code}]" for d in diagnostics
    )
    count = len(diagnostics)
    return f"{count} problem{'s' if count != 1 else ''} in the transcript:\n{problems}"
