"""Stage 4: each line becomes one or more typed pieces.

A line is cut where the grammar shows a boundary inside it (a provider line glued after a
music credit, a sign-off glued after the last sentence, a label glued after a full stop in a
flattened transcript) and each piece gets its kind. Labels are then weighed as a set: a short or
mixed-case label only counts when the page corroborates it, so a line such as ``Breaking
News: ...`` is not taken for a speaker.
"""

from __future__ import annotations

from collections import Counter

import regex

from newstranscript import _grammar as grammar
from newstranscript._blocks import INLINE, Line
from newstranscript._model import Soundbite
from newstranscript._speakers import Label, display_name, name_key

CHROME = "chrome"
TEXT = "text"
LABEL = "label"
MARKER = "marker"
PROVIDER = "provider"
SIGNOFF = "signoff"
NOTE = "note"
DATE = "date"

_LOWER_WORD = regex.compile(r"(?<![\p{L}'’])\p{Ll}[\p{L}'’\-]*")
_ROLE_SMALL_WORDS = frozenset(
    [
        "of",
        "and",
        "for",
        "the",
        "at",
        "on",
        "in",
        "de",
        "da",
        "la",
        "du",
        "des",
        "del",
        "von",
        "van",
        "with",
        "to",
        "a",
        "an",
    ]
)
_OLD_ERA_ROLES = frozenset(
    ["host", "byline", "reporter", "correspondent", "anchor", "co-host", "commentator", "announcer"]
)
# Capitals only: no lower-case letter anywhere, and at least one capital. Written with a
# lookahead and a possessive run, so a long body with one lower-case letter at its end costs
# one pass, not a pass for every capital in it.
_CAPS_BODY = regex.compile(r"^(?=[^\p{Ll}]*+$)[^\p{Lu}]*+\p{Lu}")


class Piece:
    """A typed stretch ``text[start:end]`` of one line.

    ``body`` is where a label piece's spoken text starts; ``info`` holds what the kind needs:
    the :class:`Label`, the :class:`Soundbite`, the sign-off's parts, the chrome reason or the
    date match.
    """

    __slots__ = ("body", "brk", "end", "info", "kind", "label", "start", "weak")

    def __init__(self, kind: str, start: int, end: int, brk: str) -> None:
        self.kind = kind
        self.start = start
        self.end = end
        self.brk = brk
        self.body = start
        self.label: Label | None = None
        self.weak = False
        self.info: object = None

    def __repr__(self) -> str:  # for test failure messages
        return f"Piece({self.kind}, {self.start}, {self.end}, {self.brk})"


def classify(text: str, lines: list[Line]) -> list[Piece]:
    """Every line of the text as typed pieces, in order."""
    pieces: list[Piece] = []
    for line in lines:
        _line(text, line.start, line.end, line.brk, pieces)
    accepted = _accepted_labels(pieces)
    result: list[Piece] = []
    for piece in pieces:
        if piece.kind == LABEL and piece.weak and _label_name(piece) not in accepted:
            piece.kind = TEXT
            piece.body = piece.start
            piece.label = None
        if piece.kind in (TEXT, LABEL):
            _split_inline_labels(text, piece, accepted, result)
        else:
            result.append(piece)
    return result


def _line(text: str, start: int, end: int, brk: str, out: list[Piece]) -> None:
    line = text[start:end]
    chrome = grammar.CHROME.match(line)
    if chrome is not None:
        piece = Piece(CHROME, start, end, brk)
        piece.info = chrome.lastgroup
        out.append(piece)
        return
    date = grammar.DATE_LINE.match(line)
    if date is not None:
        piece = Piece(DATE, start, end, brk)
        piece.info = date
        out.append(piece)
        return
    if grammar.NOTE.match(line) is not None:
        out.append(Piece(NOTE, start, end, brk))
        return
    _stretch(text, start, end, brk, out)


def _stretch(text: str, start: int, end: int, brk: str, out: list[Piece]) -> None:
    """Cut one stretch of a line at its provider line, leading markers and label."""
    seg = text[start:end]
    provider = grammar.PROVIDER.search(seg)
    if provider is not None:
        if provider.start() > 0:
            before = start + len(seg[: provider.start()].rstrip())
            _markers_then_text(text, start, before, brk, out)
            brk = INLINE
        out.append(Piece(PROVIDER, start + provider.start(), end, brk))
        return
    _markers_then_text(text, start, end, brk, out)


def _markers_then_text(text: str, start: int, end: int, brk: str, out: list[Piece]) -> None:
    """Cut the markers that open a stretch, then type the text after them.

    A loop over offsets, not a recursion over slices: a scraped line can hold thousands of
    markers in a row, and each must cost only its own length.
    """
    while True:
        marker = grammar.MARKER.match(text, start, end)
        if marker is None:
            break
        rest_start = marker.end()
        while rest_start < end and text[rest_start].isspace():
            rest_start += 1
        if rest_start < end and not _splits_from_text(marker.group("body"), text, rest_start, end):
            break
        piece = Piece(MARKER, start, marker.end(), brk)
        piece.info = soundbite(marker.group("body"))
        out.append(piece)
        if rest_start >= end:
            return
        start, brk = rest_start, INLINE
    seg = text[start:end]
    piece = Piece(TEXT, start, end, brk)
    found = label_at(seg, 0)
    if found is not None:
        label, body, weak = found
        piece.kind = LABEL
        piece.label = label
        piece.weak = weak
        piece.body = start + body
    _cut_signoff(text, piece, out)


def _splits_from_text(body: str, text: str, rest_start: int, end: int) -> bool:
    """Whether a marker at a line's start stands apart from the text after it.

    A capitals marker (``(SOUNDBITE OF MUSIC) HOLLOWAY: ...``) does; a mixed-case aside
    such as ``(Laughter) OK.`` belongs to the sentence it opens.
    """
    if _CAPS_BODY.match(body):
        return True
    return label_at(text[rest_start:end], 0) is not None


def _cut_signoff(text: str, piece: Piece, out: list[Piece]) -> None:
    """Split a sign-off glued to the end of a piece's text into a piece of its own."""
    seg = text[piece.body : piece.end]
    for candidate in grammar.SIGNOFF_START.finditer(seg):
        found = grammar.SIGNOFF.match(seg, candidate.start())
        if found is None:
            continue
        cut = piece.body + candidate.start()
        piece.end = piece.body + len(seg[: candidate.start()].rstrip())
        out.append(piece)
        out.append(_signoff_piece(found, cut, cut + len(found.group()), INLINE))
        return
    whole = grammar.SIGNOFF.match(seg) if piece.kind == TEXT else None
    if whole is not None:
        out.append(_signoff_piece(whole, piece.start, piece.end, piece.brk))
        return
    out.append(piece)


def _signoff_piece(found: regex.Match[str], start: int, end: int, brk: str) -> Piece:
    piece = Piece(SIGNOFF, start, end, brk)
    piece.info = (found.group("name"), found.group("outlet"), found.group("dateline"))
    return piece


def label_at(seg: str, position: int) -> tuple[Label, int, bool] | None:
    """The speaker label starting at ``position`` of ``seg``, if the grammar accepts one.

    Returns the label, the offset where the spoken text after it starts, and whether the label
    is weak (a single capitals word or a mixed-case name) and needs the page to corroborate it.
    """
    found = grammar.UNIDENTIFIED.match(seg, position)
    if found is not None:
        printed = seg[position : found.end()].rstrip().rstrip(":").rstrip()
        label = Label(printed, found.group("name"), aside=found.group("aside"), unidentified=True)
        return label, found.end(), False
    found = grammar.LABEL.match(seg, position)
    if found is None:
        return None
    caps = found.group("name")
    name = caps if caps is not None else found.group("mixed")
    words = name_key(name).split()
    if any(word in grammar.NOT_NAME_WORDS for word in words):
        return None
    if words[0] in grammar.NOT_LABELS or name_key(name) in grammar.NOT_LABELS:
        return None
    role = found.group("role")
    if role is not None:
        role = role.strip()
        if not _role_like(role):
            return None
    honorific = found.group("honorific")
    printed = seg[position : found.end()].rstrip().rstrip(":").rstrip()
    label = Label(
        printed,
        name,
        honorific=honorific.strip() if honorific else None,
        role_text=role or None,
        aside=found.group("aside"),
        party=found.group("party"),
    )
    weak = caps is None or (
        len(words) == 1 and not (role or label.title_text or honorific or found.group("party"))
    )
    return label, found.end(), weak


def _role_like(role: str) -> bool:
    """Whether text after a name's comma reads as a role, not as a clause of prose."""
    if role.lower() in _OLD_ERA_ROLES:
        return True
    if len(role.split()) > 14:
        return False
    return all(word.lower() in _ROLE_SMALL_WORDS for word in _LOWER_WORD.findall(role))


def _label_name(piece: Piece) -> str:
    assert piece.label is not None
    return name_key(piece.label.name)


def _accepted_labels(pieces: list[Piece]) -> frozenset[str]:
    """The weak label names the page corroborates.

    A weak name counts when a strong label shares its surname or first name, when it is a
    known placeholder such as ``ANNOUNCER``, or when the page uses it for two turns or more.
    """
    counts: Counter[str] = Counter()
    strong_words: set[str] = set()
    for piece in pieces:
        if piece.kind != LABEL or piece.label is None:
            continue
        key = name_key(piece.label.name)
        counts[key] += 1
        if not piece.weak and not piece.label.unidentified:
            words = key.split()
            strong_words.add(words[-1])
            strong_words.add(words[0])
    accepted = set()
    for key, count in counts.items():
        if count >= 2 or key in grammar.PLACEHOLDERS or key.split()[-1] in strong_words:
            accepted.add(key)
    return frozenset(accepted)


def _split_inline_labels(
    text: str, piece: Piece, accepted: frozenset[str], out: list[Piece]
) -> None:
    """Cut a piece where a label is glued after a full stop: ``... lost. HOLLOWAY: More``.

    One pass over the piece's candidates: a flattened page can hold thousands of turns on one
    line, and re-reading the rest of the line after every cut would cost its square.
    """
    base = piece.body
    seg = text[base : piece.end]
    resume = 0  # candidates before here lie inside the label just cut
    for candidate in grammar.INLINE_LABEL_START.finditer(seg):
        offset = candidate.start()
        if offset < resume:
            continue
        found = label_at(seg, offset)
        if found is None:
            continue
        label, body, weak = found
        if weak and name_key(label.name) not in accepted:
            continue
        following = Piece(LABEL, base + offset, piece.end, INLINE)
        following.label = label
        following.weak = weak
        following.body = base + body
        cut = offset
        while cut > 0 and seg[cut - 1].isspace():
            cut -= 1
        piece.end = base + cut
        out.append(piece)
        piece = following
        resume = body
    out.append(piece)


def soundbite(body: str) -> Soundbite:
    """A marker's content as a :class:`Soundbite` of the right kind."""
    description = body.strip()
    kind_match = grammar.MARKER_KINDS.search(description)
    kind = kind_match.lastgroup if kind_match is not None else "sound"
    assert kind is not None
    artist = title = None
    credit = grammar.MUSIC_CREDIT.match(description)
    if credit is not None:
        kind = "music"
        artist = credit.group("artist")
        title = credit.group("title")
        if artist is not None:
            artist = display_name(artist.strip())
        title = display_name(title.strip())
    return Soundbite(kind=kind, description=description, artist=artist, title=title)
