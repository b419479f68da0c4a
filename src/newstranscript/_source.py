"""Stage 1: bytes or str in, one normalised text out, with the way back to the caller's offsets.

Later stages work on the normalised text (``\\n`` line ends, plain spaces, repaired
punctuation). Every span they produce is mapped back through :meth:`Source.to_original`, so
``original[start:end]`` shows the piece exactly as the caller passed it.
"""

from __future__ import annotations

import bisect
import re

import regex

from newstranscript._errors import ParseError
from newstranscript._lazy import compile_lazily

# Mojibake: UTF-8 punctuation read as CP1252 by some scraper along the way. Only sequences
# that cannot occur in real text are listed, so the repair never touches a sound character.
_MOJIBAKE = {
    "â€™": "\u2019",
    "â€˜": "\u2018",
    "â€œ": "\u201c",
    "â€\x9d": "\u201d",
    "â€”": "\u2014",
    "â€“": "\u2013",
    "â€¦": "\u2026",
    "Ã©": "é",
    "Ã¨": "è",
    "Ã¡": "á",
    "Ã±": "ñ",
    "Ã³": "ó",
    "Ã¶": "ö",
    "Ã¼": "ü",
    "Ã§": "ç",
}

_SPACES = "\u00a0\u2007\u202f\u2009\u200a\u2002\u2003\u2004\u2005\u2006\u2008\u205f\u3000\t\f\v"

# One pass finds everything that needs normalising. Each alternative is a fixed string or a
# bounded class, so the scan is linear whatever the input.
_NORMALISE = compile_lazily(
    r"""
      (?P<crlf>\r\n?)
    | (?P<space>["""
    + _SPACES
    + r"""])
    | (?P<lineend>[\u2028\u2029\x85])
    | (?P<invisible>[\ufeff\u200b\u00ad])
    | (?P<tag>(?i:</?(?:p|br|div)(?:\s[^<>\n]{0,200})?\s*/?>))
    | (?P<lost>\ufffd)
    | (?P<mojibake>"""
    + "|".join(regex.escape(k) for k in _MOJIBAKE)
    + r""")
    """,
    regex.VERBOSE,
)

# Most pages need no normalising at all. This check reads every character of every page, and
# for a plain character class the standard library's engine is about 2.7 times faster than
# regex's (no backtracking either way).
_NEEDS_NORMALISING = re.compile(r"[\r" + _SPACES + r"\u2028\u2029\x85\ufeff\u200b\u00ad<â\ufffd]")


class Source:
    """The caller's text, its normalised form and the map between their offsets.

    ``removed`` lists what normalisation took out (``(start, end, reason)`` in original
    offsets) so it can be reported as dropped; ``repairs`` lists ``(offset, what)`` for each
    repaired piece of mojibake; ``lost`` lists the offsets of U+FFFD replacement characters, a
    character some earlier tool could not decode, kept as they are since nothing says what
    they were.
    """

    __slots__ = (
        "_lines",
        "_norm_marks",
        "_orig_marks",
        "lost",
        "original",
        "removed",
        "repairs",
        "text",
    )

    def __init__(self, original: str) -> None:
        self.original = original
        self.removed: list[tuple[int, int, str]] = []
        self.repairs: list[tuple[int, str]] = []
        self.lost: list[int] = []
        # Breakpoints where the offset shift changes: normalised position -> original position.
        self._norm_marks: list[int] = [0]
        self._orig_marks: list[int] = [0]
        self._lines: list[int] | None = None
        if _NEEDS_NORMALISING.search(original) is None:
            self.text = original
        else:
            self.text = self._normalise(original)

    def _normalise(self, original: str) -> str:
        parts: list[str] = []
        kept_to = 0  # original offset up to which text has been copied
        length = 0  # length of the normalised text built so far
        for match in _NORMALISE.finditer(original):
            start, end = match.span()
            kind = match.lastgroup
            found = match.group()
            if kind == "space":
                continue  # same length: handled below in one translate call
            if kind == "lost":
                self.lost.append(start)
                continue  # kept as it is: the text keeps its length
            if kind in {"crlf", "lineend"}:
                replacement = "\n"
            elif kind == "invisible":
                replacement = ""
                if found == "\ufeff":
                    self.removed.append((start, end, "byte order mark"))
            elif kind == "tag":
                replacement = "\n\n" if found.lower().lstrip("</").startswith("p") else "\n"
                self.removed.append((start, end, "html tag"))
            else:
                replacement = _MOJIBAKE[found]
                self.repairs.append((start, found))
            parts.append(original[kept_to:start])
            length += start - kept_to
            parts.append(replacement)
            length += len(replacement)
            kept_to = end
            self._norm_marks.append(length)
            self._orig_marks.append(end)
        parts.append(original[kept_to:])
        return "".join(parts).translate(_SPACE_TABLE)

    def to_original(self, position: int) -> int:
        """Map an offset in the normalised text to the caller's text."""
        if len(self._norm_marks) == 1:
            return position
        index = bisect.bisect_right(self._norm_marks, position) - 1
        return self._orig_marks[index] + (position - self._norm_marks[index])

    def line_column(self, original_offset: int) -> tuple[int, int]:
        """1-based line and column of an offset in the caller's text."""
        if self._lines is None:
            starts = [0]
            find = self.original.find
            at = find("\n")
            while at != -1:
                starts.append(at + 1)
                at = find("\n", at + 1)
            self._lines = starts
        line = bisect.bisect_right(self._lines, original_offset)
        return line, original_offset - self._lines[line - 1] + 1


_SPACE_TABLE = {ord(ch): " " for ch in _SPACES}


def decode(data: bytes, *, encoding: str | None = None) -> tuple[str, str | None]:
    """Decode a file's bytes: UTF-8 (with or without a BOM), else ``encoding`` if given.

    Returns the text and the name of the fallback encoding when it was needed. A NUL byte means
    the input is binary, not a transcript.
    """
    nul = data.find(b"\x00")
    if nul != -1:
        raise ParseError(f"input is binary, not text: a NUL byte at byte offset {nul}")
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError as error:
        if encoding is None:
            bad = data[error.start]
            raise ParseError(
                f"input is not valid UTF-8: byte 0x{bad:02x} at byte offset {error.start}; "
                "pass encoding='cp1252' (or the file's real encoding) to decode it another way"
            ) from None
        first_bad = error.start
    try:
        return data.decode(encoding), encoding
    except LookupError:
        raise ParseError(f"unknown encoding {encoding!r}") from None
    except UnicodeDecodeError as error:
        raise ParseError(
            f"input is neither UTF-8 (bad byte at offset {first_bad}) nor valid {encoding} "
            f"(bad byte at offset {error.start})"
        ) from None


def require_text(value: object, what: str, accepts: str) -> None:
    """Raise a plain ``TypeError`` for a value of the wrong type."""
    if not isinstance(value, str):
        hint = (
            " (decode bytes first, or use newstranscript.read/parse_bytes)"
            if isinstance(value, bytes | bytearray)
            else ""
        )
        raise TypeError(f"{what} takes {accepts}, not {type(value).__name__}{hint}")
