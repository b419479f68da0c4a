"""How the converter shows a file name in a message: every character a terminal would act on
escaped, so a name holding a newline or an escape sequence cannot forge or hide a line."""

from __future__ import annotations

_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def shown(name: str) -> str:
    """``name`` fit to print: control characters, and bytes the file system held that are not
    text (``os.fsdecode`` keeps them as lone surrogates), written as backslash escapes."""
    if name.isprintable():
        return name
    return "".join(_escape(character) for character in name)


def recorded(name: str) -> str:
    """``name`` fit for a record: as given, but bytes that are not text written as ``\\xNN``
    (a lone surrogate cannot be written as UTF-8)."""
    if name.isascii():  # nearly every name: no need to look at each character
        return name
    return "".join(
        f"\\x{ord(character) - 0xDC00:02x}" if 0xDC80 <= ord(character) <= 0xDCFF else character
        for character in name
    )


def _escape(character: str) -> str:
    if character in _NAMED:
        return _NAMED[character]
    code = ord(character)
    if 0xDC80 <= code <= 0xDCFF:  # an undecodable byte, as os.fsdecode keeps it
        return f"\\x{code - 0xDC00:02x}"
    if character.isprintable():
        return character
    if code <= 0xFF:
        return f"\\x{code:02x}"
    return f"\\u{code:04x}" if code <= 0xFFFF else f"\\U{code:08x}"
