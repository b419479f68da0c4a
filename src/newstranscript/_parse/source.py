"""Stage 1: bytes or str in, one normalised text out, with the way back to the caller's offsets.

Later stages work on the normalised text (``\\n`` line ends, plain spaces, repaired
punctuation). Every span they produce is mapped back through :meth:`Source.to_original`, so
``original[start:end]`` shows the piece exactly as the caller passed it.
"""

from __future__ import annotations

import bisect
import codecs
import re
import unicodedata
import warnings
from array import array
from collections.abc import Callable
from typing import NamedTuple

import regex

from newstranscript._errors import ParseError
from newstranscript._lazy import compile_lazily, compile_re_lazily

# Mojibake: text written as UTF-8 and read back by some scraper along the way as CP1252, so
# each character became the characters of its bytes ("é", bytes C3 A9, became "Ã©"). A byte
# CP1252 leaves undefined (81 8D 8F 90 9D) comes through as the Latin-1 control character of
# that number, as browsers and most libraries decode it ("”" became "â€\x9d").
_CP1252_UNDEFINED = frozenset({0x81, 0x8D, 0x8F, 0x90, 0x9D})
# The repair table is built by the first page; the codec it decodes with is found now (a
# quarter of a millisecond), so a process that gives up its rights after importing the
# package, and can no longer read the standard library, still parses.
codecs.lookup("cp1252")


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


class Repairs(NamedTuple):
    """Each garbled sequence and the character it was; the pairs repaired only when a letter
    follows them."""

    table: dict[str, str]
    before_letter: frozenset[str]


def _repair_table() -> Repairs:
    table: dict[str, str] = {}
    before_letter: set[str] = set()
    for character in _REPAIRABLE:
        garbled = _garbled(character)
        if len(garbled) == 2 and garbled[1] in _AFTER_A_WORD:
            continue
        table[garbled] = character
        if len(garbled) == 2 and garbled[1] in _CLOSING:
            before_letter.add(garbled)
    return Repairs(table, frozenset(before_letter))


# Built by the first page (its patterns need it), not at import: some 600 decodes.
_repairs: Repairs | None = None


def repairs() -> Repairs:
    """The mojibake repair table, built on first use."""
    global _repairs  # noqa: PLW0603 - the table is built once, by the first call
    if _repairs is None:
        _repairs = _repair_table()
    return _repairs


def _mojibake_alternatives() -> str:
    """The repair table as a pattern: one character class for each garbled prefix, so the
    engine tests a class rather than a long list of alternatives, and the pairs that need a
    letter after them."""
    table, before = repairs()
    endings: dict[tuple[str, bool], list[str]] = {}
    for garbled in table:
        key = (garbled[:-1], garbled in before)
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

# A lone surrogate (U+D800..U+DFFF) is not a character: no UTF-8 writer can write it. Python
# strings hold one when bytes were decoded with ``surrogateescape`` or JSON held a lone
# ``\ud800``; each is replaced by U+FFFD, the same length, and reported. Spelt as escapes
# the pattern engines read, since a compiled module cannot hold a surrogate literal.
_SURROGATES = r"\ud800-\udfff"


# One pass finds everything that changes the text's length or must be reported. Each
# alternative is a fixed string or a bounded class, so the scan is linear whatever the input.
# What keeps its length (odd spaces, a lone CR and the other line ends) is left to one
# ``translate`` call: a page of nothing but lone CRs costs no Python step per character.
def _normalise_pattern() -> str:
    return (
        r"""
      (?P<crlf>\r\n)
    | (?P<invisible>[\ufeff\u200b\u00ad])
    | (?P<tag>(?i:</?(?:p|br|div)(?:\s[^<>\n]{0,200})?\s*/?>))
    | (?P<lost>\ufffd)
    | (?P<surrogate>["""
        + _SURROGATES
        + r"""])
    | (?P<mojibake>"""
        + _mojibake_alternatives()
        + r""")
    """
    )


_NORMALISE = compile_lazily(_normalise_pattern, regex.VERBOSE)


def _needs_normalising_pattern() -> str:
    return (
        r"[\r"
        + _SPACES
        + r"\u2028\u2029\x85\ufeff\u200b\u00ad<\ufffd"
        + _SURROGATES
        + re.escape("".join(sorted({garbled[0] for garbled in repairs().table})))
        + "]"
    )


# Most pages need none of it, and this test reads every character of every page: for a plain
# character class the standard library's engine is about 2.7 times faster than regex's. The
# mojibake characters come from the table, so a sequence added there is never skipped here.
_NEEDS_NORMALISING = compile_re_lazily(_needs_normalising_pattern)

_ascii_to_normalise: tuple[str, ...] | None = None


def _needs_normalising(original: str) -> bool:
    """Whether any character of ``original`` needs normalising.

    A page in plain ASCII, as many are, can only hold the few ASCII characters the pattern
    takes (a carriage return, a tab, a tag's ``<``): a string test for each, cheaper by ten
    than the pattern's scan. They are found by trying the pattern on every ASCII character,
    so the two tests always agree.
    """
    global _ascii_to_normalise  # noqa: PLW0603 - found once, at the first page
    if not original.isascii():
        return _NEEDS_NORMALISING.search(original) is not None
    if _ascii_to_normalise is None:
        _ascii_to_normalise = tuple(
            char for char in map(chr, range(128)) if _NEEDS_NORMALISING.match(char)
        )
    return any(map(original.__contains__, _ascii_to_normalise))


# Blank between two removed tags: tags parted only by it are one dropped piece.
_BLANK = re.compile(r"\s*")


_one_for_one_table: dict[int, str] | None = None


def _one_for_one() -> dict[int, str]:
    """Characters replaced one for one, by the ``translate`` call after the pass: made for
    the first page that needs normalising, as most never do."""
    global _one_for_one_table  # noqa: PLW0603 - made once, by the first call
    if _one_for_one_table is None:
        _one_for_one_table = {
            **dict.fromkeys(map(ord, _SPACES), " "),
            **dict.fromkeys(map(ord, "\r\u2028\u2029\x85"), "\n"),
            **dict.fromkeys(range(0xD800, 0xE000), "\ufffd"),
        }
    return _one_for_one_table


# Normalised pieces are joined in batches of this many: a list of millions of small pieces
# (a page of ``<p>`` tags) would cost more memory than the text.
_BATCH = 4096


def _offsets(size: int) -> array[int]:
    """An empty compact list of offsets into a text of ``size`` characters: four bytes each
    when they fit, eight otherwise."""
    return array("i" if size < 2**31 else "q")


class _OffsetMap:
    """Normalised offset -> original offset, as runs of evenly spaced edits.

    Every edit that changes the text's length is a breakpoint after which the shift between
    the two texts changes. Pages full of the same edit (``<p>`` tags, CRLF blank lines,
    mojibake) put the breakpoints at even steps, so each run keeps its first breakpoint, its
    step in both texts and its count: a page of a million tags is one run. Any other page
    costs at most one run for every two edits.
    """

    __slots__ = ("_count", "_norm", "_orig", "_step_norm", "_step_orig")

    def __init__(self, size: int) -> None:
        self._norm = _offsets(size)
        self._orig = _offsets(size)
        self._step_norm = _offsets(size)
        self._step_orig = _offsets(size)
        self._count = _offsets(size)
        self._append(0, 0)

    def _append(self, norm: int, orig: int) -> None:
        self._norm.append(norm)
        self._orig.append(orig)
        self._step_norm.append(0)
        self._step_orig.append(0)
        self._count.append(1)

    @property
    def identity(self) -> bool:
        return len(self._norm) == 1 and self._count[0] == 1 and self._orig[0] == 0

    def add(self, norm: int, orig: int) -> None:
        """From normalised offset ``norm`` on, the text maps to ``orig`` onwards."""
        last = len(self._norm) - 1
        count = self._count[last]
        last_norm = self._norm[last] + (count - 1) * self._step_norm[last]
        last_orig = self._orig[last] + (count - 1) * self._step_orig[last]
        if norm == last_norm:
            # Removals back to back (invisible characters) leave the normalised offset where
            # it was: the later breakpoint wins.
            if count == 1:
                self._orig[last] = orig
                return
            self._count[last] = count - 1
            self._append(norm, orig)
        elif count == 1:
            self._step_norm[last] = norm - last_norm
            self._step_orig[last] = orig - last_orig
            self._count[last] = 2
        elif (norm - last_norm, orig - last_orig) == (self._step_norm[last], self._step_orig[last]):
            self._count[last] = count + 1
        else:
            self._append(norm, orig)

    def __call__(self, position: int) -> int:
        run = bisect.bisect_right(self._norm, position) - 1
        norm, orig = self._norm[run], self._orig[run]
        count = self._count[run]
        if count > 1:
            step = min((position - norm) // self._step_norm[run], count - 1)
            norm += step * self._step_norm[run]
            orig += step * self._step_orig[run]
        return orig + (position - norm)


class Source:
    """The caller's text, its normalised form and the map between their offsets.

    ``removed`` lists what normalisation took out (``(start, end, reason)`` in original
    offsets, tags parted by nothing but blanks as one) so it can be reported as dropped;
    ``repairs`` holds the original offset of each repaired piece of mojibake (see
    :meth:`repair_at`); ``lost`` the offsets of U+FFFD replacement characters, a character
    some earlier tool could not decode, kept as they are since nothing says what they were;
    ``surrogates`` the offsets of lone surrogates, replaced by U+FFFD. The offsets are kept
    in compact arrays, so a page of nothing else costs a few bytes a character.
    """

    __slots__ = (
        "_lines",
        "_map",
        "_removed_after_norm",
        "_removed_after_orig",
        "lost",
        "original",
        "removed",
        "repairs",
        "surrogates",
        "text",
    )

    def __init__(self, original: str) -> None:
        self.original = original
        size = len(original)
        self.removed: list[tuple[int, int, str]] = []
        self.repairs = _offsets(size)
        self.lost = _offsets(size)
        self.surrogates = _offsets(size)
        self._map = _OffsetMap(size)
        # Normalised position -> original offset where invisible characters removed right
        # there begin, so a piece ending at that position does not swallow them.
        self._removed_after_norm = _offsets(size)
        self._removed_after_orig = _offsets(size)
        self._lines: array[int] | None = None
        if not _needs_normalising(original):
            self.text = original
        else:
            self.text = self._normalise(original)

    def _normalise(self, original: str) -> str:
        batches: list[str] = []
        parts: list[str] = []
        kept_to = 0  # original offset up to which text has been copied
        length = 0  # length of the normalised text built so far
        mojibake = repairs().table
        for match in _NORMALISE.finditer(original):
            start, end = match.span()
            kind = match.lastgroup
            if kind == "lost":
                self.lost.append(start)
                continue  # kept as it is: the text keeps its length
            if kind == "surrogate":
                self.surrogates.append(start)
                continue  # replaced one for one by the translate below
            if kind == "crlf":
                replacement = "\n"
            elif kind == "invisible":
                replacement = ""
                norm = length + start - kept_to
                if not self._removed_after_norm or self._removed_after_norm[-1] != norm:
                    self._removed_after_norm.append(norm)
                    self._removed_after_orig.append(start)
                if original[start] == "\ufeff":
                    self.removed.append((start, end, BYTE_ORDER_MARK))
            elif kind == "tag":
                paragraph = match.group().lower().lstrip("</").startswith("p")
                replacement = "\n\n" if paragraph else "\n"
                self._remove_tag(start, end)
            else:
                replacement = mojibake[match.group()]
                self.repairs.append(start)
            if start > kept_to:
                parts.append(original[kept_to:start])
                length += start - kept_to
            parts.append(replacement)
            length += len(replacement)
            kept_to = end
            self._map.add(length, end)
            if len(parts) >= _BATCH:
                batches.append("".join(parts))
                parts.clear()
        parts.append(original[kept_to:])
        batches.append("".join(parts))
        parts.clear()
        return "".join(batches).translate(_one_for_one())

    def _remove_tag(self, start: int, end: int) -> None:
        """Record a removed tag, as one piece with the tag before it when only blanks part
        them (``<p>\\n<p>``): a page of tags is one dropped piece, not millions."""
        if self.removed:
            before_start, before_end, reason = self.removed[-1]
            parted_by_blanks = _BLANK.fullmatch(self.original, before_end, start) is not None
            if reason == HTML_TAG and parted_by_blanks:
                self.removed[-1] = (before_start, end, HTML_TAG)
                return
        self.removed.append((start, end, HTML_TAG))

    def repair_at(self, offset: int) -> str:
        """The garbled sequence repaired at ``offset`` of the original text."""
        found = _NORMALISE.match(self.original, offset)
        assert found is not None
        assert found.lastgroup == "mojibake"
        return found.group()

    def to_original(self, position: int) -> int:
        """Map an offset in the normalised text to the caller's text."""
        if self._map.identity:
            return position
        return self._map(position)

    def to_original_end(self, position: int) -> int:
        """Map the end offset of a piece: like :meth:`to_original`, but stopping before any
        invisible characters removed just after the piece, which are not part of it."""
        at = bisect.bisect_left(self._removed_after_norm, position)
        if at < len(self._removed_after_norm) and self._removed_after_norm[at] == position:
            return self._removed_after_orig[at]
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
            starts = _offsets(len(self.original))
            starts.append(0)
            if "\r" in self.original:
                starts.extend(end.end() for end in _LINE_BREAK.finditer(self.original))
            else:
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

# Diagnostics about single characters (a repair, a lost character) are listed one by one up
# to this many of each code in a story; the rest are counted in one more diagnostic, so a page
# of millions of them does not make a story many times the size of its text.
LISTED_PER_CODE = 100


def character_diagnostics(source: Source, low: int, high: int) -> list[tuple[int, str, str]]:
    """``(original offset, code, message)`` for each repaired, lost or replaced character in
    ``source.original[low:high]``, the first :data:`LISTED_PER_CODE` of each code and a count
    of the rest."""
    found: list[tuple[int, str, str]] = []
    kinds: list[tuple[array[int], str, Callable[[int], str]]] = [
        (source.repairs, "repaired-encoding", lambda at: _repaired(source.repair_at(at))),
        (source.lost, "lost-character", lambda at: _LOST),
        (source.surrogates, "lone-surrogate", lambda at: _SURROGATE),
    ]
    for offsets, code, describe in kinds:
        first = bisect.bisect_left(offsets, low)
        stop = bisect.bisect_left(offsets, high)
        listed = min(stop, first + LISTED_PER_CODE)
        found.extend((offsets[at], code, describe(offsets[at])) for at in range(first, listed))
        if listed < stop:
            found.append(
                (
                    offsets[listed],
                    code,
                    f"{stop - listed} more like the ones above, from here on, are not listed "
                    f"one by one; the first: {describe(offsets[listed])}",
                )
            )
    return found


_LOST = (
    "a U+FFFD replacement character stands for a character lost before the text reached the "
    "parser; it is kept as it is"
)
_SURROGATE = (
    "a lone surrogate, half of a character that no UTF-8 text can hold, was replaced by U+FFFD"
)


def _repaired(found: str) -> str:
    repaired, kind = describe_repair(found)
    return f"repaired {found!r} to {repaired!r} ({kind} garbled by a wrong encoding)"


def describe_repair(garbled: str) -> tuple[str, str]:
    """What a garbled sequence was repaired to, and whether that is a letter, a punctuation
    mark or a symbol, as the ``repaired-encoding`` diagnostic says."""
    repaired = repairs().table[garbled]
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


def decode(data: bytes, *, encoding: str | None = None) -> Decoded:
    """Decode a file's bytes: UTF-8 (with or without a BOM), else ``encoding`` if given.

    A NUL byte means the input is binary, not a transcript, unless ``encoding`` is one (such
    as UTF-16) in which NUL bytes are ordinary.
    """
    if encoding is not None:
        _check_encoding(encoding)
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
    text = _decode_as(data, encoding, first_bad)
    # Where the first non-UTF-8 byte landed in the decoded text, for the diagnostic.
    at = len(_decode_as(data[:first_bad], encoding, first_bad, errors="replace"))
    return Decoded(text, encoding, at, data[first_bad], first_bad)


def _check_encoding(encoding: str) -> None:
    """Refuse an encoding name Python does not know (a NUL in the name makes the lookup
    raise a bare ``ValueError``) with the library's error, before any byte is read. (The
    public entry points refuse a name that is not a str.)"""
    try:
        codecs.lookup(encoding)
    except (LookupError, ValueError):
        raise ParseError(f"unknown encoding {encoding!r}") from None


def _decode_as(data: bytes, encoding: str, first_bad: int, *, errors: str = "strict") -> str:
    """``data`` decoded with the caller's ``encoding``, any failure as a :class:`ParseError`.

    The codec may be any of Python's: ``undefined`` and ``punycode`` fail with a bare
    ``UnicodeError``, ``unicode_escape`` warns about its own escapes. Each failure becomes the
    library's error naming the encoding, so a caller catches one type whatever the name.
    """
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return data.decode(encoding, errors)
    except LookupError:
        raise ParseError(
            f"{encoding!r} is not a text encoding: it does not decode bytes to text"
        ) from None
    except UnicodeDecodeError as error:
        raise ParseError(
            f"input is neither UTF-8 (bad byte at byte offset {first_bad}) nor valid "
            f"{encoding} (bad byte at byte offset {error.start})"
        ) from None
    except ValueError as error:  # UnicodeError and the like: the codec refused the bytes
        raise ParseError(
            f"input is neither UTF-8 (bad byte at byte offset {first_bad}) nor valid "
            f"{encoding} ({error})"
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
