"""Stage 1: bytes or str in, one normalised text out, with the way back to the caller's offsets.

Later stages work on the normalised text (``\\n`` line ends, plain spaces, repaired
punctuation). Every span they produce is mapped back through :meth:`Source.to_original`, so
``original[start:end]`` shows the piece exactly as the caller passed it.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from typing import NamedTuple

import regex

from newstranscript._errors import ParseError
from newstranscript._lazy import compile_lazily

# Mojibake: text written as UTF-8 and read back by some scraper along the way as CP1252, so
# each character became the characters of its bytes ("é", bytes C3 A9, became "Ã©"). A byte
# CP1252 leaves undefined (81 8D 8F 90 9D) comes through as the Latin-1 control character of
# that number, as browsers and most libraries decode it ("”" became "â€\x9d").
_CP1252_UNDEFINED = frozenset({0x81, 0x8D, 0x8F, 0x90, 0x9D})


def _garbled(character: str) -> str:
    """``character`` as that mistake shows it."""
    return "".join(
        chr(byte) if byte in _CP1252_UNDEFINED else bytes([byte]).decode("cp1252")
        for byte in character.encode("utf-8")
    )


# What is repaired: every letter of Latin-1 Supplement and Latin Extended-A (all accented
# capitals and small letters of Western and Central European names), and the punctuation and
# symbols news pages use. Each garbles to two or three characters.
_REPAIRABLE = (
    "".join(
        chr(code) for code in range(0x80, 0x180) if unicodedata.category(chr(code)).startswith("L")
    )
    + "\u2019\u2018\u201c\u201d\u2014\u2013\u2026\u20ac\u2122"
)

# A letter garbles to a capital (Ã Ä Å Â) and one more character. When that character is
# punctuation ordinary text writes straight after a word, the pair is also real text: a word
# ending in Ã, Ä or Å (Portuguese IRMÃ, Finnish MÄKELÄ, Norwegian PÅ) and then that mark. A
# closing quote, a closing guillemet or an ellipsis never runs on into the next word, so a
# letter after it shows the pair is a garbled letter inside a word ("DÄ…browski"); after an
# apostrophe ("IRMÃ’S"), an em dash ("IRMÃ—E") or a no-break space ("PÅ\xa0NORSK") a letter
# shows nothing, so those pairs are never repaired: Ò à Ē ė Ġ Œ ŗ Š stay garbled.
_AFTER_A_WORD = frozenset("\u2019\u2014\xa0")
_CLOSING = frozenset("\u201d\u00bb\u203a\u2026")


# "A letter follows", looking past the invisible characters normalisation removes.
BEFORE_A_LETTER = r"(?=[\ufeff\u200b\u00ad]*+\p{L})"


def _repair_table() -> tuple[dict[str, str], frozenset[str]]:
    """Each garbled sequence and the character it was; the pairs repaired only when a letter
    follows them."""
    table: dict[str, str] = {}
    before_letter: set[str] = set()
    for character in _REPAIRABLE:
        garbled = _garbled(character)
        if len(garbled) == 2 and garbled[1] in _AFTER_A_WORD:
            continue
        table[garbled] = character
        if len(garbled) == 2 and garbled[1] in _CLOSING:
            before_letter.add(garbled)
    return table, frozenset(before_letter)


_MOJIBAKE, _MOJIBAKE_BEFORE_LETTER = _repair_table()


def _mojibake_alternatives() -> str:
    """The repair table as a pattern: one character class for each garbled prefix, so the
    engine tests a class rather than a long list of alternatives, and the pairs that need a
    letter after them."""
    endings: dict[tuple[str, bool], list[str]] = {}
    for garbled in _MOJIBAKE:
        key = (garbled[:-1], garbled in _MOJIBAKE_BEFORE_LETTER)
        endings.setdefault(key, []).append(garbled[-1])
    return "|".join(
        regex.escape(prefix)
        + "["
        + "".join(regex.escape(ending) for ending in sorted(last))
        + "]"
        + (BEFORE_A_LETTER if before_letter else "")
        for (prefix, before_letter), last in sorted(endings.items())
    )


# What a repaired character is, by its Unicode category's first letter, for the diagnostic.
_REPAIRED_KINDS = {"L": "a letter", "P": "a punctuation mark", "S": "a symbol"}

# The reasons given for what normalisation removes, as they appear in ``Story.dropped``.
BYTE_ORDER_MARK = "byte order mark"
HTML_TAG = "html tag"
NORMALISATION_REASONS = frozenset({BYTE_ORDER_MARK, HTML_TAG})

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
    + _mojibake_alternatives()
    + r""")
    """,
    regex.VERBOSE,
)

# Most pages need none of it, and this test reads every character of every page: for a plain
# character class the standard library's engine is about 2.7 times faster than regex's. The
# mojibake characters come from the table, so a sequence added there is never skipped here.
_NEEDS_NORMALISING = re.compile(
    r"[\r"
    + _SPACES
    + r"\u2028\u2029\x85\ufeff\u200b\u00ad<\ufffd"
    + re.escape("".join(sorted({garbled[0] for garbled in _MOJIBAKE})))
    + "]"
)


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
        "_removed_after",
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
        # Normalised position -> original offset where invisible characters removed right
        # there begin, so a piece ending at that position does not swallow them.
        self._removed_after: dict[int, int] = {}
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
                self._removed_after.setdefault(length + start - kept_to, start)
                if found == "\ufeff":
                    self.removed.append((start, end, BYTE_ORDER_MARK))
            elif kind == "tag":
                replacement = "\n\n" if found.lower().lstrip("</").startswith("p") else "\n"
                self.removed.append((start, end, HTML_TAG))
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

    def to_original_end(self, position: int) -> int:
        """Map the end offset of a piece: like :meth:`to_original`, but stopping before any
        invisible characters removed just after the piece, which are not part of it."""
        if position in self._removed_after:
            return self._removed_after[position]
        return self.to_original(position)

    def line_column(self, original_offset: int) -> tuple[int, int]:
        """1-based line and column of an offset in the caller's text.

        Lines break where a user's editor breaks them: at ``\r\n``, a bare ``\r`` (old Mac
        files) or ``\n``, each one break. U+2028, U+2029 and U+0085 do not start a line, though
        the parser reads them as line ends: editors show them inside a line, so counting them
        would point the user at the wrong one. The column counts characters from 1.
        """
        if self._lines is None:
            # Found once, then every diagnostic is a binary search: a page with thousands of
            # diagnostics must not scan its text for each of them.
            if "\r" in self.original:
                self._lines = [0, *(end.end() for end in _LINE_BREAK.finditer(self.original))]
            else:
                starts = [0]
                find = self.original.find
                at = find("\n")
                while at != -1:
                    starts.append(at + 1)
                    at = find("\n", at + 1)
                self._lines = starts
        line = bisect.bisect_right(self._lines, original_offset)
        return line, original_offset - self._lines[line - 1] + 1


# One line break as editors count them: CRLF is one, a CR or LF alone is one each.
_LINE_BREAK = re.compile(r"\r\n?|\n")

_SPACE_TABLE = {ord(ch): " " for ch in _SPACES}


def describe_repair(garbled: str) -> tuple[str, str]:
    """What a garbled sequence was repaired to, and whether that is a letter, a punctuation
    mark or a symbol, as the ``repaired-encoding`` diagnostic says."""
    repaired = _MOJIBAKE[garbled]
    return repaired, _REPAIRED_KINDS.get(unicodedata.category(repaired)[0], "a character")


class Decoded(NamedTuple):
    """Decoded bytes, and how.

    When the bytes were not UTF-8, ``fallback`` names the encoding that decoded them,
    ``bad_byte`` and ``bad_byte_offset`` say which byte UTF-8 could not read, and
    ``first_bad`` is where that byte landed in ``text`` (a character offset).
    """

    text: str
    fallback: str | None = None
    first_bad: int = 0
    bad_byte: int = 0
    bad_byte_offset: int = 0


_UTF16_32_BOMS = (b"\xff\xfe", b"\xfe\xff")
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def decode(data: bytes, *, encoding: str | None = None) -> Decoded:
    """Decode a file's bytes: UTF-8 (with or without a BOM), else ``encoding`` if given.

    A NUL byte means the input is binary, not a transcript, unless ``encoding`` is one (such
    as UTF-16) in which NUL bytes are ordinary.
    """
    nul = data.find(b"\x00")
    if nul != -1 and encoding is None:
        if data.startswith(_UTF16_32_BOMS):
            raise ParseError(
                "input is UTF-16 or UTF-32, not UTF-8: it starts with that byte order mark; "
                "pass encoding='utf-16' (or 'utf-32') to decode it"
            )
        raise ParseError(f"input is binary, not text: a NUL byte at byte offset {nul}")
    skipped = 3 if data.startswith(b"\xef\xbb\xbf") else 0
    if nul == -1:
        try:
            return Decoded(data[skipped:].decode("utf-8"))
        except UnicodeDecodeError as error:
            first_bad = skipped + error.start
            if encoding is None:
                raise ParseError(
                    f"input is not valid UTF-8: byte 0x{data[first_bad]:02x} at byte offset "
                    f"{first_bad}; pass encoding='cp1252' (or the file's real encoding) to "
                    "decode it another way"
                ) from None
    else:
        first_bad = nul  # UTF-8 text never holds a NUL: the bytes are in ``encoding``
    assert encoding is not None
    try:
        text = data.decode(encoding)
    except LookupError:
        raise ParseError(f"unknown encoding {encoding!r}") from None
    except UnicodeDecodeError as error:
        raise ParseError(
            f"input is neither UTF-8 (bad byte at byte offset {first_bad}) nor valid "
            f"{encoding} (bad byte at byte offset {error.start})"
        ) from None
    surrogate = _LONE_SURROGATE.search(text)
    if surrogate is not None:  # raw_unicode_escape and the like can spell one out
        raise ParseError(
            f"input decoded as {encoding} holds a lone surrogate (U+{ord(surrogate.group()):04X}"
            f" at character {surrogate.start()}), which is not text"
        )
    # Where the first non-UTF-8 byte landed in the decoded text, for the diagnostic.
    at = len(data[:first_bad].decode(encoding, errors="replace"))
    return Decoded(text, encoding, at, data[first_bad], first_bad)


def require_text(value: object, what: str, accepts: str) -> None:
    """Raise a plain ``TypeError`` for a value of the wrong type."""
    if not isinstance(value, str):
        hint = (
            " (decode bytes first, or use newstranscript.read/parse_bytes)"
            if isinstance(value, bytes | bytearray)
            else ""
        )
        raise TypeError(f"{what} takes {accepts}, not {type(value).__name__}{hint}")
