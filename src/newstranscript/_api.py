"""The entry points: text or a file in, a :class:`Story` out."""

from __future__ import annotations

import os

from newstranscript._assemble import assemble
from newstranscript._blocks import lines
from newstranscript._classify import classify
from newstranscript._errors import ParseError
from newstranscript._model import Diagnostic, Story
from newstranscript._source import Source, decode, require_text


def parse(text: str, /, *, strict: bool = False) -> Story:
    """Parse the text of one transcript page into a :class:`Story`.

    Lenient by default: odd text is kept and described in ``story.diagnostics``. With
    ``strict=True`` any diagnostic raises :class:`ParseError`. Empty input is an error in
    both modes.
    """
    require_text(text, "parse()", "a str")
    if not text.strip():
        raise ParseError("input is empty: there is no transcript text to parse")
    if "\x00" in text:
        at = text.index("\x00")
        raise ParseError(f"input is binary, not text: a NUL character at offset {at}")
    source = Source(text)
    story = assemble(source, classify(source.text, lines(source.text)))
    if strict and story.diagnostics:
        raise ParseError(_strict_message(story.diagnostics), story.diagnostics)
    return story


def parse_bytes(data: bytes, /, *, encoding: str | None = None, strict: bool = False) -> Story:
    """Decode bytes (UTF-8 with or without a BOM, else ``encoding``) and parse them."""
    if not isinstance(data, bytes | bytearray | memoryview):
        raise TypeError(f"parse_bytes() takes bytes, not {type(data).__name__}")
    text, _fallback = decode(bytes(data), encoding=encoding)
    return parse(text, strict=strict)


def read(
    path: str | os.PathLike[str], /, *, encoding: str | None = None, strict: bool = False
) -> Story:
    """Read a transcript file and parse it; see :func:`parse_bytes` for decoding."""
    with open(path, "rb") as handle:
        data = handle.read()
    return parse_bytes(data, encoding=encoding, strict=strict)


def _strict_message(diagnostics: tuple[Diagnostic, ...]) -> str:
    problems = "\n".join(
        f"  line {d.line}, column {d.column}: {d.message} [{d.code}]" for d in diagnostics
    )
    count = len(diagnostics)
    return f"{count} problem{'s' if count != 1 else ''} in the transcript:\n{problems}"
