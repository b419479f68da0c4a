"""Stage 4: each line becomes one or more typed pieces.

A line is cut where the grammar shows a boundary inside it (a provider line glued after a
music credit, a sign-off glued after the last sentence, a label glued after a full stop in a
flattened transcript) and each piece gets its kind. Labels are then weighed as a set: a short or
mixed-case label only counts when the page corroborates it, so a line such as ``Breaking
News: ...`` is not taken for a speaker.
"""

from __future__ import annotations

import functools
from collections import Counter

import regex

from newstranscript import _grammar as grammar
from newstranscript import _outlets as outlets
from newstranscript._lazy import compile_lazily
from newstranscript._model import Soundbite
from newstranscript._parse.blocks import INLINE, LINE, PARAGRAPH, Line, word_count
from newstranscript._parse.pieces import (
    CHROME,
    CUE_HEADER,
    CUE_NUMBER,
    CUE_TIMING,
    DATE,
    LABEL_SHAPED,
    PROGRAM,
    UNCONFIRMED_LABEL,
    ChromePiece,
    CuePiece,
    DatePiece,
    LabelPiece,
    ListItemPiece,
    MarkerPiece,
    NotePiece,
    Piece,
    ProgramPiece,
    ProviderPiece,
    SignoffParts,
    SignoffPiece,
    TextPiece,
    TimestampPiece,
    Words,
)
from newstranscript._parse.speakers import Label, initials_of
from newstranscript._person_names import display_name, name_key, name_words

_LOWER_WORD = compile_lazily(r"(?<![\p{L}'’])\p{Ll}[\p{L}'’\-]*")
_LABEL_REACH = 1000
# How far into a line a station byline's bar can stand: four words of a station's name.
_STATION_REACH = 100
_SPACES = compile_lazily(r"[ \t]*+")  # the gap after a marker, within one line
# Capitals only: no lower-case letter anywhere, and at least one capital. Written with a
# lookahead and a possessive run, so a long body with one lower-case letter at its end costs
# one pass, not a pass for every capital in it.
_CAPS_BODY = compile_lazily(r"^(?=[^\p{Ll}]*+$)[^\p{Lu}]*+\p{Lu}")
# The longest bracketed abbreviation (``(UK)``, ``(R)``) a wrapped line may open with.
_ABBREVIATION = 3


def classify(text: str, lines: list[Line]) -> list[Piece]:
    """Every line of the text as typed pieces, in order."""
    pieces: list[Piece] = []
    listed = _printed_as_list(text, lines)
    index = 0
    while index < len(lines):
        line = lines[index]
        following = lines[index + 1] if index + 1 < len(lines) else None
        if following is not None and _split_label(text, line, following, pieces):
            index += 2
            continue
        if text.startswith(_BULLETS, line.start) and _list_item(text, line, listed, pieces):
            index += 1
            continue
        _line(text, line.start, line.end, line.brk, pieces)
        index += 1
    if "-->" in text:  # every cue timing line holds one; a transcript almost never does
        _subtitle_lines(text, pieces)
    if "- [" in text and any(
        type(p) is LabelPiece and text.startswith("- [", p.start) for p in pieces
    ):
        pieces = _caption_turns(text, pieces)
    if _in_small_letters_with_roles(text, pieces):
        pieces = _caption_role_turns(text, pieces)
    _bare_name_labels(text, pieces)
    accepted = _Corroboration(text, pieces)
    styles = _label_styles(text, pieces, accepted)
    first_names = _first_name_labels(pieces, accepted, styles)
    result: list[Piece] = []
    first_label = next(
        (index for index, piece in enumerate(pieces) if isinstance(piece, LabelPiece)), -1
    )
    for index, read in enumerate(pieces):
        piece = read
        if isinstance(piece, LabelPiece):
            if piece.label.first_name_only and piece.weak:
                if piece.label.key not in first_names:
                    piece = TextPiece(piece.start, piece.end, piece.brk)
            elif piece.weak and piece.label.key not in accepted:
                piece = _weak_label(text, piece, styles, opens_the_page=index == first_label)
        if isinstance(piece, (TextPiece, LabelPiece)):
            _split_inline_labels(text, piece, accepted, result)
        else:
            result.append(piece)
    _story_block_lines(text, result)
    _guest_list(text, result)
    return result


# How many lines into the page a guest list may stand: under the title, teaser and player.
_GUEST_LIST_REACH = 40
GUEST_LIST = "guest list"


def _guest_list(text: str, pieces: list[Piece]) -> None:
    """A block of lines above the transcript, each a guest's name and who they are, is page
    furniture: it says who will speak, and none of it is speech."""
    block: list[int] = []
    for index, piece in enumerate(pieces[:_GUEST_LIST_REACH]):
        if piece.brk == PARAGRAPH:
            _drop_guest_list(text, pieces, block)
            block = []
        if isinstance(piece, LabelPiece):
            return  # the transcript has begun, and a block a label stands in is speech
        block.append(index)
    _drop_guest_list(text, pieces, block)


def _drop_guest_list(text: str, pieces: list[Piece], block: list[int]) -> None:
    """Make the block's lines furniture if every one of them is a guest's line."""
    if len(block) >= grammar.GUEST_LIST_LINES and all(
        isinstance(pieces[index], TextPiece)
        and grammar.GUEST_LINE.fullmatch(text, pieces[index].start, pieces[index].end)
        for index in block
    ):
        for index in block:
            pieces[index] = _as_furniture(pieces[index], GUEST_LIST)


# Between the names of a byline: "By Ana Ruiz, Omar Bek and Lia Chen".
_BYLINE_SEPARATOR = compile_lazily(r",[ ]and[ ]|[ ]and[ ]|,[ ]")


def byline_names(line: str) -> list[str]:
    """The people a byline (``By Ana Ruiz and Omar Bek, KXRL``, ``WHRN | By Ana Ruiz``) names;
    not the station."""
    _, bar, after_bar = line.partition("| By ")
    names = after_bar if bar else line.removeprefix("By ")
    return [
        name.strip()
        for name in _BYLINE_SEPARATOR.split(names)
        if len(name.split()) >= 2 and name[:1].isupper() and not any(c.isdigit() for c in name)
    ]


# How far into a turn a speaker who names themselves does so: the first sentence or two; and
# the words before the name that make it theirs, not a name their words are about.
_SELF_NAMING_REACH = 200
_SELF_NAMING = r"(?<![\p{L}])(?:I['’]?m|I[ ]am|[Tt]his[ ]is|[Ii]t['’]?s)[ ](?:[Tt]he[ ])?"


def _weak_label(text: str, piece: LabelPiece, styles: set[str], *, opens_the_page: bool) -> Words:
    """A weak label nothing else on the page corroborates: a label when the page prints its
    labels its way (at a line's start) or the speaker names themselves; otherwise text.

    A title with a colon that opens the page (``Monday Morning Politics: Budget Talks``)
    is printed like a name label on a page of name labels, but is said by nobody.
    """
    if piece.brk == INLINE:
        return TextPiece(piece.start, piece.end, piece.brk, UNCONFIRMED_LABEL)
    if _names_itself(text, piece):
        return piece
    if opens_the_page and _reads_as_title(text, piece.body, piece.end):
        return TextPiece(piece.start, piece.end, piece.brk)
    if _style_of(piece) in styles:
        return piece
    return TextPiece(piece.start, piece.end, piece.brk, UNCONFIRMED_LABEL)


# The most words the second half of a title with a colon holds.
_TITLE_WORDS = 12


def _reads_as_title(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` reads as the rest of a title: a few words, every long one
    capitalised, not ended as a sentence is (``Jan. 6`` inside it is an abbreviation). A
    word or two said at the top of a page (``Hello``, ``Hi there``) is no title."""
    words = text[start:end].split()
    return (
        2 < len(words) <= _TITLE_WORDS
        and not words[-1].endswith((".", "?", "!"))
        and not any(word[0].islower() for word in words if len(word) > 3)
    )


def _names_itself(text: str, piece: LabelPiece) -> bool:
    """Whether a label of a full name opens words in which the speaker says that name as
    their own: ``Brian Marsh: It's The Brian Marsh Show ...``, ``Ana Ruiz: ... I'm Ana
    Ruiz.``; not ``Ana Ruiz: The deal is good. Minister Ana Ruiz said ...``.

    A host's label used once, on a page that prints no other, is confirmed by the host
    saying who they are; a heading's words seldom repeat it word for word.
    """
    label = piece.label
    if len(label.words) < 2 or label.name.isupper():
        return False
    reach = min(piece.end, piece.body + _SELF_NAMING_REACH)
    if text.find(label.name, piece.body, reach) < 0:
        return False  # settles nearly every label without a pattern
    saying = regex.compile(_SELF_NAMING + regex.escape(label.name) + r"(?![\p{L}])")
    return saying.search(text, piece.body, reach) is not None


# How many times a first name must stand alone on its line as a label, with nothing else on
# the page naming that person, before it counts.
_FIRST_NAME_REPEATS = 2
# How many first names standing alone on their lines, each confirmed so, show that the page
# prints its labels that way; then a first name alone on its line once counts as well.
_LONE_NAME_PAGE = 2


def _first_name_labels(
    pieces: list[Piece], accepted: _Corroboration, styles: set[str]
) -> frozenset[str]:
    """The one-word mixed-case labels (``Tavis:``) the page shows to be speakers.

    Such a word at a line's start is far more often a heading or the lead of a sentence
    (``Then: ...``) than a label, so it counts only when a fuller label the page keeps
    holds it as a first name or surname (``Tavis Smiley:`` then ``Tavis:``), or when it
    stands alone on its line, the words on the lines after it, at least twice (``Jad:``,
    as podcast pages print their turns). Never inside a line: a flattened page's inline
    labels need a fuller form.
    """
    if not any(isinstance(p, LabelPiece) and p.label.first_name_only for p in pieces):
        return frozenset()  # most pages: nothing to ask the corroboration about
    named: set[str] = set()
    alone: Counter[str] = Counter()
    leading: Counter[str] = Counter()  # each opening the words of its line
    for piece in pieces:
        if not isinstance(piece, LabelPiece) or piece.brk == INLINE:
            continue
        label = piece.label
        if label.first_name_only:
            if label.key not in grammar.NOT_FIRST_NAMES:
                (alone if piece.body >= piece.end else leading)[label.key] += 1
            continue
        if label.generic or label.unidentified or len(label.words) < 2:
            continue
        if not piece.weak or _style_of(piece) in styles or label.key in accepted:
            named.add(label.words[0])
            named.add(label.words[-1])
    confirmed = {key for key, count in alone.items() if count >= _FIRST_NAME_REPEATS}
    if len(confirmed) >= _LONE_NAME_PAGE:
        # the page prints every label so: a caller heard once (``Martin:``) is one too
        confirmed.update(alone)
    # Two names or more, each opening its lines' words at least twice (``Woods: ...``,
    # ``Vedantam: ...``): a station's interview labels its two sides so; a heading's word
    # seldom opens two lines, and two such words taking turns are speakers.
    taking_turns = {key for key, count in leading.items() if count >= _FIRST_NAME_REPEATS}
    if len(taking_turns) >= _LONE_NAME_PAGE:
        confirmed.update(taking_turns)
    confirmed.update(named.difference(grammar.NOT_FIRST_NAMES))
    return frozenset(confirmed)


def _style_of(piece: LabelPiece) -> str:
    return "capitals" if piece.label.name.isupper() else "mixed"


def _label_styles(text: str, pieces: list[Piece], accepted: _Corroboration) -> set[str]:
    """How the page prints its labels: in capitals, in mixed case, or both.

    A short label at the start of a line that is printed the page's way is a speaker even when
    used once (a caller, a guest heard once, ``HENSLEY:`` on a page that lost the full label);
    one printed otherwise still needs the page to corroborate it. A style is the page's when a
    label printed in it is strong or corroborated, or when several names are printed in it
    alike (``_prints_mixed_case_labels_alike``).
    """
    styles: set[str] = set()
    for piece in pieces:
        if not isinstance(piece, LabelPiece) or piece.brk == INLINE:
            continue
        if piece.label.generic and _style_of(piece) == "mixed":
            # a closed list of words (Narrator:, Speaker 1:) says nothing of how the page
            # prints names, so "Sunday Puzzle:" beside it stays text
            continue
        if not piece.weak or piece.label.key in accepted:
            styles.add(_style_of(piece))
    if not styles and _prints_mixed_case_labels_alike(text, pieces):
        styles.add("mixed")
    return styles


# How many different names a page must print in one mixed-case way before that way counts as
# its label style with no name repeated: two "Heading Words:" lines happen in prose far more
# often than three do.
_NAMES_PRINTED_ALIKE = 3
# Two are enough when each label also says who the person is (``Ana Ruiz, harbor master:``,
# ``Omar Bek (Harbor Radio):``), which a heading's words do not.
_DESCRIBED_NAMES_PRINTED_ALIKE = 2


def _prints_mixed_case_labels_alike(text: str, pieces: list[Piece]) -> bool:
    """Whether the page prints every label as a mixed-case name in one way, for several people.

    A short page on which each person speaks once (``Judy Marsh:`` / ``Leo Tran:``) repeats no
    name, so no name corroborates another; what it does show is a style: at least three
    different names, every one at the start of a line, all alone on their line or all with
    the text after them, each followed by speech rather than by another name (a credits list,
    ``Sound Design: Ana Ruiz``, is not speech). Called only when nothing else on the page
    says how it prints labels, so a page of capitals labels keeps its mixed-case colons
    (``Summer Reading: ...``) as text.
    """
    names: set[str] = set()
    layouts: set[bool] = set()  # whether each label stands alone on its line
    described = True  # whether every label says who the person is, as well as their name
    for index, piece in enumerate(pieces):
        if not isinstance(piece, LabelPiece) or piece.brk == INLINE or piece.label.generic:
            continue
        if _style_of(piece) != "mixed":
            return False
        described = described and piece.label.described_as is not None
        alone = piece.body >= piece.end
        if alone:
            following = pieces[index + 1] if index + 1 < len(pieces) else None
            if not isinstance(following, TextPiece) or following.brk == INLINE:
                return False
            speech_start, speech_end = following.start, following.end
        else:
            speech_start, speech_end = piece.body, piece.end
        if grammar.BARE_NAME.fullmatch(text, speech_start, speech_end):
            return False
        names.add(piece.label.key)
        layouts.add(alone)
    alike = _DESCRIBED_NAMES_PRINTED_ALIKE if described else _NAMES_PRINTED_ALIKE
    return len(names) >= alike and len(layouts) == 1


# The bullets a list's items open with, each with the space after it.
_BULLETS = ("• ", "· ", "* ", "- ", "– ")
_BULLET = compile_lazily(r"[•·*\-–][ ]++")
# A page printed as a list: at least this many lines, and this share of them, are items.
_LIST_LINES = 6
_LIST_SHARE = 0.6


def _printed_as_list(text: str, lines: list[Line]) -> bool:
    """Whether the page prints its transcript as a list, every line an item (``  • NAME:
    text``), as sites reposting a programme's transcript line by line do."""
    if len(lines) < _LIST_LINES:
        return False
    items = sum(1 for line in lines if text.startswith("• ", line.start))
    return items >= _LIST_LINES and items >= _LIST_SHARE * len(lines)


def _list_item(text: str, line: Line, listed: bool, out: list[Piece]) -> bool:
    """Read a line printed as a list item: the bullet is dropped before a label or a marker,
    and kept inside the words' piece, outside its words, before anything else.

    On a page printed as a list every item is read so, and an item that follows another
    goes on the same paragraph, since each is a line of the programme's captions; on any
    other page only an item that opens with a full speaker label is (``• JUDY MARSH: ...``),
    so a list of links or headlines stays as it is.
    """
    if grammar.CHROME.match(text[line.start : line.end]) is not None:
        return False  # the player block's items, read whole as furniture
    bullet = _BULLET.match(text, line.start, line.end)
    if bullet is None or bullet.end() >= line.end:
        return False
    at = bullet.end()
    if not listed:
        found = label_at(text, at, line.end)
        if found is None or found[2]:
            return False
    read: list[Piece] = []
    _line(text, at, line.end, line.brk, read)
    first = read[0]
    if type(first) is TextPiece and first.reading is None:
        brk = LINE if listed and out else line.brk
        read[0] = ListItemPiece(line.start, first.end, brk, at)
    else:
        out.append(ChromePiece(line.start, at, line.brk, "list bullet"))
    out.extend(read)
    return True


def _split_label(text: str, line: Line, following: Line, out: list[Piece]) -> bool:
    """Read a label split over two lines (``RAY STOLL,`` then ``Co-Founder, ...: text``).

    Only a line that is nothing but a capitals name and a comma can open such a label, and
    only a hard-wrapped next line can finish it, so prose ending in a comma is never joined.
    """
    if following.brk == PARAGRAPH or not grammar.SPLIT_LABEL_HEAD.fullmatch(
        text, line.start, line.end
    ):
        return False
    head = text[line.start : line.end]
    joined = head + " " + text[following.start : following.end]
    found = label_at(joined, 0)
    if found is None or found[1] <= len(head) + 1 or found[0].role_text is None:
        return False
    label, body, _ = found
    body_start = following.start + body - len(head) - 1
    _cut_signoff(text, LabelPiece(line.start, following.end, line.brk, label, body_start), out)
    return True


def _subtitle_lines(text: str, pieces: list[Piece]) -> None:
    """Mark a subtitle file's timing lines, the cue numbers above them and its header.

    SubRip numbers each cue and WebVTT opens with a ``WEBVTT`` block; only the cue text is
    anybody's words, so the rest is told apart here, to be dropped with its reason.
    """
    for index, piece in enumerate(pieces):
        if not isinstance(piece, TextPiece) or piece.brk == INLINE:
            continue
        if grammar.CUE_TIMING.fullmatch(text, piece.start, piece.end):
            pieces[index] = _cue(piece, CUE_TIMING)
            above = pieces[index - 1] if index else None
            if isinstance(above, TextPiece) and text[above.start : above.end].isdigit():
                pieces[index - 1] = _cue(above, CUE_NUMBER)
    # The WebVTT header: its first line and the lines under it ("Kind: captions"), only in
    # a page that holds cues.
    if pieces and any(isinstance(piece, CuePiece) for piece in pieces):
        first = pieces[0]
        if isinstance(first, TextPiece) and text.startswith("WEBVTT", first.start):
            for index, piece in enumerate(pieces):
                if index and piece.brk == PARAGRAPH:
                    break
                pieces[index] = _cue(piece, CUE_HEADER)


def _cue(piece: Piece, reason: str) -> CuePiece:
    return CuePiece(piece.start, piece.end, piece.brk, reason)


# What a line of speech holds and a site's menu of names does not: a sentence's punctuation.
_SENTENCE_END = compile_lazily(r"[.?!,;…—]|--")


def _bare_name_labels(text: str, pieces: list[Piece]) -> None:
    """Turn names printed alone on their line into labels, as This American Life prints them.

    A paragraph that is only a name, followed by text, counts when the page uses the form for
    a name at least twice: one name alone on a line is more likely a byline or a heading. On
    a page that lost every blank line, a line that is only a name counts the same way.
    """
    candidates: list[tuple[int, str]] = []
    # A page with no blank line anywhere sets each name line straight on its text; there, the
    # line under the name must be a sentence, since a site's menu is also lines of names.
    unbroken = not any(piece.brk == PARAGRAPH for piece in pieces[1:])
    for index, piece in enumerate(pieces[:-1]):
        following = pieces[index + 1]
        if (
            isinstance(piece, TextPiece)
            and isinstance(following, TextPiece)
            and (
                piece.brk == PARAGRAPH
                or (
                    unbroken
                    and piece.brk == LINE
                    and _SENTENCE_END.search(text, following.start, following.end) is not None
                )
            )
            and grammar.BARE_NAME.fullmatch(text, piece.start, piece.end)
        ):
            candidates.append((index, text[piece.start : piece.end]))
    counts = Counter(name_key(name) for _, name in candidates)
    if not any(count >= 2 for count in counts.values()):
        return
    for index, name in candidates:
        piece = pieces[index]
        pieces[index] = LabelPiece(piece.start, piece.end, piece.brk, Label(name, name), piece.end)


# The most words a section line (a series' name among them) or a credited name runs to.
_SHORT_LINE_WORDS = 10


def _story_block_lines(text: str, pieces: list[Piece]) -> None:
    """Read the short lines that only their place makes page furniture.

    A programme page's story block opens with a section line (``Around the Nation``) right
    above the time it was posted, or right under its date when the time, or the ``Read
    more`` link that ends the block before, stands above the date;
    a credits heading (``Local Host(s):``) has the names it credits on the lines under it.
    No list could name every section or every host, so the place says what they are.
    """
    for index, piece in enumerate(pieces):
        if not isinstance(piece, (ChromePiece, DatePiece)):
            continue
        if isinstance(piece, ChromePiece) and piece.reason == outlets.STORY_TIME:
            if piece.brk == LINE and index > 0 and _short_line(text, pieces[index - 1]):
                pieces[index - 1] = _as_furniture(pieces[index - 1], outlets.SECTION)
        elif isinstance(piece, ChromePiece) and piece.reason == outlets.PROGRAMME_CREDITS:
            if text[piece.start : piece.end].endswith(":"):
                at = index + 1
                while at < len(pieces) and pieces[at].brk == LINE and _short_line(text, pieces[at]):
                    pieces[at] = _as_furniture(pieces[at], outlets.PROGRAMME_CREDITS)
                    at += 1
        elif (
            isinstance(piece, DatePiece)
            and index > 0
            and (
                _is_furniture(pieces[index - 1], outlets.STORY_TIME)
                or _is_furniture(pieces[index - 1], "navigation")
            )
            and index + 1 < len(pieces)
            and pieces[index + 1].brk == LINE
            and _short_line(text, pieces[index + 1])
            and (index + 2 == len(pieces) or pieces[index + 2].brk == PARAGRAPH)
        ):
            pieces[index + 1] = _as_furniture(pieces[index + 1], outlets.SECTION)


def _is_furniture(piece: Piece, reason: str) -> bool:
    return isinstance(piece, ChromePiece) and piece.reason == reason


def _short_line(text: str, piece: Piece) -> bool:
    """A text line of a few words that ends no sentence or clause: a section, a name."""
    if not isinstance(piece, TextPiece):
        return False
    words = text[piece.start : piece.end]
    return (
        word_count(words, _SHORT_LINE_WORDS) <= _SHORT_LINE_WORDS
        and not words[:1].islower()
        and not words.endswith((".", "!", ":", ",", ";"))
    )


def _as_furniture(piece: Piece, reason: str) -> ChromePiece:
    return ChromePiece(piece.start, piece.end, piece.brk, reason)


def _line(text: str, start: int, end: int, brk: str, out: list[Piece]) -> None:
    line = text[start:end]
    if ">>" in line and _speaker_change(text, start, end, brk, out):
        return
    if line.startswith("- [") and _caption_speaker(text, start, end, brk, out):
        return
    if line.startswith(_NAMELESS_LABEL) and _nameless_label(text, start, end, brk, out):
        return
    mark = grammar.PAGE_MARK_START.match(line)
    if mark is not None and _page_mark(text, start, end, brk, out, mark=mark.lastgroup):
        return
    chrome = grammar.CHROME.match(line)
    if chrome is None and _furniture(line):
        out.append(ChromePiece(start, end, brk, "navigation"))
        return
    if chrome is not None or (
        (line.startswith("By ") or line.find("| By ", 0, _STATION_REACH) >= 0)
        and grammar.BYLINE.match(line)
    ):
        reason = chrome.lastgroup if chrome is not None else "byline"
        assert reason is not None  # every chrome pattern is a named group
        out.append(ChromePiece(start, end, brk, reason))
        return
    if len(line) <= grammar.PAGE_FURNITURE_REACH and _page_furniture(text, start, end, brk, out):
        return
    glued = (
        grammar.GLUED_FURNITURE.match(line)
        if line.startswith(grammar.GLUED_FURNITURE_OPENERS)
        else None
    )
    if glued is not None:
        cut = start + glued.end()
        out.append(ChromePiece(start, cut, brk, "navigation"))
        _line(text, cut, end, brk, out)
        return
    date = grammar.DATE_LINE.match(line) if len(line) <= grammar.DATE_LINE_REACH else None
    if date is not None:
        out.append(DatePiece(start, end, brk, date))
        return
    if _note_line(line, first=not out):
        out.append(NotePiece(start, end, brk))
        return
    program = grammar.PROGRAM_LINE.match(line) if len(line) <= grammar.PROGRAM_LINE_REACH else None
    if program is not None:
        out.append(ProgramPiece(start, end, brk, program))
        return
    if line.startswith(("©", "Copyright ")) and _station_footer(line):
        # the site's own footer, not the transcript's provider line: furniture
        out.append(ChromePiece(start, end, brk, grammar.STATION_FOOTER_REASON))
        return
    _stretch(text, start, end, brk, out)


# What may stand above a scraper's fields: nothing of the story's own words yet.
_ABOVE_FIELDS = frozenset({CHROME, DATE, PROGRAM})


# A programme's name alone, read as a programme line reads one (no title after it).
_PROGRAMME = compile_lazily(r"(?P<program>[^\n]+)(?P<rest>(?!))?")


def _scraper_line(text: str, start: int, end: int, brk: str, out: list[Piece]) -> bool:
    """Read a line a scraper or an archive prints above the page's words: a field, or the
    TV News Archive's header."""
    if text.startswith("tv ", start) and _archive_header(text, start, end, brk, out):
        return True
    return _scraped_field(text, start, end, brk, out)


def _archive_header(text: str, start: int, end: int, brk: str, out: list[Piece]) -> bool:
    """The TV News Archive's line above a programme's captions: the programme, and the date
    with the hour it began; the day's code, the channel and the hour it ended are
    furniture."""
    found = grammar.ARCHIVE_HEADER.match(text[start:end])
    if found is None or not _above_the_words(out):
        return False
    reason = grammar.ARCHIVE_HEADER_REASON
    program_start, program_end = start + found.start("program"), start + found.end("program")
    when = start + found.start("when")
    out.append(ChromePiece(start, program_start, brk, reason))
    programme = _PROGRAMME.match(found["program"])
    assert programme is not None  # it matches any name
    out.append(ProgramPiece(program_start, program_end, INLINE, programme))
    code = _skip_spaces(text, program_end, end)
    out.append(ChromePiece(code, _end_of_words(text, code, when), INLINE, reason))
    out.append(DatePiece(when, end, INLINE, found))
    return True


def _scraped_field(text: str, start: int, end: int, brk: str, out: list[Piece]) -> bool:
    """Read a scraper's field line above the page's words (``Title: ...``, ``date
    2013-03-15``): its name is furniture and its value is read as what the name says it is,
    a title line, a date (with whatever was glued after it read on), a programme line, or
    furniture. A value that is not what its name says leaves the whole line furniture."""
    field = grammar.SCRAPED_FIELD.match(text, start, end)
    if field is None or not _above_the_words(out):
        return False
    reason = grammar.SCRAPED_FIELD_REASON
    cut = field.end()
    use = grammar.SCRAPED_FIELDS[field.group("field").lower()]
    if use == "line":
        out.append(ChromePiece(start, cut, brk, reason))
        _line(text, cut, end, brk, out)
        return True
    value = text[cut:end]
    date = grammar.DATE_FIELD.match(value) if use == "date" else None
    program = grammar.PROGRAM_LINE.match(value) if use == "programme" else None
    if date is None and program is None:
        out.append(ChromePiece(start, end, brk, reason))
        return True
    out.append(ChromePiece(start, cut, brk, reason))
    if program is not None:
        out.append(ProgramPiece(cut, end, INLINE, program))
        return True
    assert date is not None
    out.append(DatePiece(cut, cut + date.end(), INLINE, date))
    after = _skip_spaces(text, cut + date.end(), end)
    if after < end:
        _line(text, after, end, INLINE, out)
    return True


def _page_furniture(text: str, start: int, end: int, brk: str, out: list[Piece]) -> bool:
    """Read a line of an outlet's page furniture, with the lines above an address's."""
    furniture = grammar.PAGE_FURNITURE.match(text[start:end])
    if furniture is None:
        return False
    assert furniture.lastgroup is not None  # every fragment is a named group's
    reason = grammar.FURNITURE_REASONS[furniture.lastgroup]
    if reason == _ADDRESS and brk == LINE:
        _address_lines_above(text, out)
    out.append(ChromePiece(start, end, brk, reason))
    return True


_ADDRESS = "station address"
# The most lines of a building's or a department's name an address block prints above its
# street line, and the most words of each.
_ADDRESS_HEAD_LINES = 2
_ADDRESS_HEAD_WORDS = 6


def _address_lines_above(text: str, out: list[Piece]) -> None:
    """Take the short lines printed right above an address's street line, with no blank line
    between, as part of the address: the building's or the department's name
    (``Digital Media Center`` / ``Harbor Hall, Gate 4`` / ``140 Harbor Street``)."""
    taken = 0
    while taken < _ADDRESS_HEAD_LINES and len(out) > taken:
        piece = out[-1 - taken]
        if type(piece) is not TextPiece or piece.reading is not None:
            break
        line = text[piece.start : piece.end]
        if line[-1:] in ".?!:" or word_count(line, _ADDRESS_HEAD_WORDS) > _ADDRESS_HEAD_WORDS:
            break
        out[-1 - taken] = ChromePiece(piece.start, piece.end, piece.brk, _ADDRESS)
        taken += 1
        if piece.brk != LINE:
            break  # the first line of the block


def _nameless_label(text: str, start: int, end: int, brk: str, out: list[Piece]) -> bool:
    """A label whose name the page lost, its colon left (``: And ...``): the next speaker,
    unnamed."""
    if brk == INLINE or end - start <= len(_NAMELESS_LABEL):
        return False
    out.append(ChromePiece(start, start + 1, brk, grammar.SPEAKER_CHANGE_REASON))
    _line(text, start + len(_NAMELESS_LABEL), end, INLINE, out)
    return True


def _bare_timestamp(line: str, start: int, end: int, brk: str, out: list[Piece]) -> bool:
    """A time with its hours alone on a line among the page's words (``00:01:18``), as a
    machine transcript prints one above each stretch: a timestamp, as ``[00:01:18]`` is.
    Above the words such a line is the player's."""
    found = grammar.BARE_TIMESTAMP.fullmatch(line)
    if found is None or _above_the_words(out):
        return False
    out.append(TimestampPiece(start, end, brk, found.group("time")))
    return True


def _page_mark(
    text: str, start: int, end: int, brk: str, out: list[Piece], *, mark: str | None
) -> bool:
    """Read a line that marks the page rather than saying anything, by the kind of mark its
    start shows (``grammar.PAGE_MARK_START``'s group): a scraper's field or an archive's
    header, a script's cue or section break, or a bare timestamp."""
    if mark == "field":
        return _scraper_line(text, start, end, brk, out)
    if mark == "script":
        return _script_mark(text[start:end], start, end, brk, out)
    return _bare_timestamp(text[start:end], start, end, brk, out)


def _script_mark(line: str, start: int, end: int, brk: str, out: list[Piece]) -> bool:
    """A line that marks the script rather than saying anything: a section's break of
    stars (furniture that ends the turn before it), or a cue for music or sound
    (``MUSIC: Enter``), a marker as printed."""
    if line.startswith("*"):
        if grammar.SECTION_BREAK.fullmatch(line) is None:
            return False
        out.append(ChromePiece(start, end, brk, grammar.SECTION_BREAK_REASON))
        return True
    if grammar.SCRIPT_CUE.fullmatch(line) is None:
        return False
    printed = line.rstrip()
    out.append(MarkerPiece(start, start + len(printed), brk, soundbite(printed)))
    return True


def _above_the_words(out: list[Piece]) -> bool:
    """Whether nothing of the page's own words has been read yet: furniture, date and
    programme lines only, and the values of scraper's fields."""
    after_field = False
    for piece in out:
        if piece.kind not in _ABOVE_FIELDS and not after_field:
            return False
        after_field = (
            isinstance(piece, ChromePiece) and piece.reason == grammar.SCRAPED_FIELD_REASON
        )
    return True


def _note_line(line: str, *, first: bool) -> bool:
    """Whether a line is a note: an editor's, a script's cast key, or a part's heading
    between turns (the page's first line is its title, even when that names a part, "Act
    One: The Lost Key" above the act alone)."""
    return (
        (line.startswith(grammar.NOTE_OPENERS) and grammar.NOTE.match(line) is not None)
        or (line.count(": ") > 1 and grammar.CAST_KEY.match(line) is not None)
        or (
            not first
            and line.startswith(grammar.SECTION_HEADING_OPENERS)
            and grammar.SECTION_HEADING.match(line) is not None
        )
    )


def _speaker_change(text: str, start: int, end: int, brk: str, out: list[Piece]) -> bool:
    """Cut a line at captions' ``>>``: the words before it, the mark (dropped, and the turn
    before it closed), and the words after it, each read as a line of its own."""
    change = grammar.SPEAKER_CHANGE.search(text, start, end)
    if change is None:
        return False
    before = start + len(text[start : change.start()].rstrip())
    if before > start:
        _line(text, start, before, brk, out)
    mark_brk = brk if before == start else INLINE
    out.append(ChromePiece(change.start(), change.end(), mark_brk, grammar.SPEAKER_CHANGE_REASON))
    if change.end() < end:
        _line(text, change.end(), end, INLINE, out)
    return True


# What a label leaves at a line's start when the page lost its name.
_NAMELESS_LABEL = ": "


def _caption_speaker(text: str, start: int, end: int, brk: str, out: list[Piece]) -> bool:
    """Read a captions line that names its speaker, ``- [Narrator] The tide ...``: a label
    as sure as a capitals one (the captioner wrote it to say who speaks)."""
    found = grammar.CAPTION_SPEAKER.match(text, start, end)
    if found is None:
        return False
    name = found.group("name")
    generic = grammar.GENERIC_LABEL.match(name + ":")
    label = _generic_label(name + ":", 0, generic) if generic is not None else Label(name, name)
    _cut_signoff(text, LabelPiece(start, end, brk, label, found.end(), weak=False), out)
    return True


def _caption_turns(text: str, pieces: list[Piece]) -> list[Piece]:
    """On a page of captions that name speakers after a dash, a line that opens with the
    dash alone is the next speaker's, unnamed (``- Yes.``), and a cue in small letters
    opening a line is a sound, not the words' aside (``(bright music) Welcome back.``)."""
    out: list[Piece] = []
    for piece in pieces:
        if type(piece) is not TextPiece or piece.brk == INLINE:
            out.append(piece)
            continue
        at, brk = piece.start, piece.brk
        dash = len(grammar.CAPTION_DASH)
        if text.startswith(grammar.CAPTION_DASH, at) and at + dash < piece.end:
            out.append(ChromePiece(at, at + 1, brk, grammar.SPEAKER_CHANGE_REASON))  # the dash
            at, brk = at + dash, INLINE
        cue = grammar.CAPTION_CUE.match(text, at, piece.end)
        if cue is not None and cue.end() < piece.end:
            closing = cue.start() + len(cue.group().rstrip())
            out.append(MarkerPiece(at, closing, brk, soundbite(cue.group("body"))))
            at, brk = cue.end(), INLINE
        out.append(piece if at == piece.start else TextPiece(at, piece.end, brk))
    return out


_SMALL_LETTER_WINDOW = 4000


def _in_small_letters_with_roles(text: str, pieces: list[Piece]) -> bool:
    """Whether the page is captions printed in small letters that name speakers by their
    part (``host: ...``): such a label somewhere, no label the grammar read (a page of
    those is no such captions), and almost no capital letter."""
    # most pages have a label the grammar read among their first pieces: no scan of the text
    if any(type(piece) is LabelPiece for piece in pieces):
        return False
    found = [at for word in grammar.CAPTION_ROLES if (at := text.find(f"{word}: ")) >= 0]
    if not found:
        return False
    # from the first such label on (the page's header above it may be printed in capitals),
    # over a stretch long enough to show how the page prints its words
    first = min(found)
    window = text[first : first + _SMALL_LETTER_WINDOW]
    letters = sum(map(str.isalpha, window))
    capitals = sum(map(str.isupper, window))
    return capitals * 1000 <= letters * grammar.SMALL_LETTER_CAPITALS


def _caption_role_turns(text: str, pieces: list[Piece]) -> list[Piece]:
    """Cut the lines of small-letter captions at each label of a speaker's part (``...
    generations? caller: absolutely.``): each starts a turn of that part, ``Host``,
    ``Caller`` or ``Guest``."""
    out: list[Piece] = []
    for piece in pieces:
        found = (
            list(grammar.CAPTION_ROLE_LABEL.finditer(text, piece.start, piece.end))
            if type(piece) is TextPiece
            else []
        )
        if not found:
            out.append(piece)
            continue
        brk = piece.brk
        if found[0].start() > piece.start:
            out.append(
                TextPiece(piece.start, _end_of_words(text, piece.start, found[0].start()), brk)
            )
            brk = INLINE
        for label, following in zip(found, [*found[1:], None], strict=True):
            end = (
                piece.end
                if following is None
                else _end_of_words(text, label.end(), following.start())
            )
            out.append(LabelPiece(label.start(), end, brk, _caption_role(label), label.end()))
            brk = INLINE
    return out


def _caption_role(found: regex.Match[str]) -> Label:
    word = found.group("word")
    name = word.capitalize()
    if grammar.CAPTION_ROLES[word] is None:
        return _label(word, name, generic=True)  # a generic speaker's: Caller
    return _label(word, name, role_text=word)


def _furniture(line: str) -> bool:
    """Whether a line is the furniture of a site or an outlet's pages (grammar.FURNITURE and
    the like), each pattern tried only on a line a string test finds it may fit."""
    if line.startswith(grammar.FURNITURE_OPENERS) and grammar.FURNITURE.match(line) is not None:
        return True
    if "://" in line and grammar.LINK_LINE.match(line) is not None:
        return True
    for words in grammar.FURNITURE_WITHIN_WORDS:  # a loop: no generator for every line
        if words in line:
            return grammar.FURNITURE_WITHIN.match(line) is not None
    return False


def _station_footer(line: str) -> bool:
    """Whether the line is a station's or site's own copyright footer, not a network's."""
    footer = grammar.STATION_FOOTER.match(line)
    return footer is not None and footer.group("publisher") not in grammar.NETWORK_NAMES


def _stretch(text: str, start: int, end: int, brk: str, out: list[Piece]) -> None:
    """Cut one stretch of a line at its provider line, glued markers, timestamps and label.

    The provider line and every glued marker are found in one scan of the stretch; the parts
    between them are then cut from the front. Each step moves forward, so a line of thousands
    of markers costs time in proportion to its length.
    """
    seg = text[start:end]
    provider = None
    # map over the string's own test: no generator's frame for every stretch
    if any(map(seg.__contains__, grammar.PROVIDER_WORDS)):
        provider = grammar.PROVIDER.search(seg)
    closing = None
    limit = len(seg)
    if provider is not None:
        if provider.start() == 0:
            out.append(ProviderPiece(start, end, brk))
            return
        closing = ProviderPiece(start + provider.start(), end, INLINE)
        limit = _end_of_words(seg, 0, provider.start())
    cuts = _glued_markers(seg, limit)
    part_start = 0
    for cut in cuts:
        part_end = _end_of_words(seg, part_start, cut)
        if part_end > part_start:
            _front(text, start + part_start, start + part_end, brk, out)
            brk = INLINE
        part_start = cut
    _front(text, start + part_start, start + limit, brk, out)
    if closing is not None:
        out.append(closing)


def _end_of_words(seg: str, start: int, end: int) -> int:
    """Where ``seg[start:end]`` ends without its trailing spaces; ``start`` if it is all space.

    Read back from ``end`` rather than by stripping the slice ``seg[:end]``: a line of
    thousands of cuts would copy its front once for every cut.
    """
    while end > start and seg[end - 1].isspace():
        end -= 1
    return end


def _front(text: str, at: int, limit: int, brk: str, out: list[Piece]) -> None:
    """Cut the timestamps and markers at the front of ``text[at:limit]``, then its text."""
    # Every timestamp and marker opens with a bracket, which most stretches do not: a string
    # test settles them without the two patterns.
    while text.startswith(_MARKER_OPENERS, at, limit):
        timestamp = grammar.TIMESTAMP.match(text, at, limit)
        marker = grammar.MARKER.match(text, at, limit) if timestamp is None else None
        found = timestamp or marker
        if found is None:
            break
        after = _skip_spaces(text, found.end(), limit)
        if (
            marker is not None
            and after < limit
            and not _splits_from_text(marker.group("body"), text, after, limit)
        ):
            break
        if timestamp is not None:
            out.append(TimestampPiece(at, found.end(), brk, timestamp.group("time")))
        else:
            out.append(MarkerPiece(at, found.end(), brk, soundbite(found.group("body"))))
        at, brk = after, INLINE
        if at >= limit:
            return
    label = label_at(text, at, limit)
    piece: Words
    if label is not None:
        found_label, body, weak = label
        piece = LabelPiece(at, limit, brk, found_label, body, weak=weak)
    elif brk != INLINE and label_shaped(text, at, limit):
        piece = TextPiece(at, limit, brk, LABEL_SHAPED)
    else:
        piece = TextPiece(at, limit, brk)
    _cut_signoff(text, piece, out)


_MARKER_OPENERS = ("(", "[")


def _skip_spaces(text: str, at: int, limit: int) -> int:
    gap = _SPACES.match(text, at, limit)
    return gap.end() if gap is not None else at


def _glued_markers(seg: str, limit: int) -> list[int]:
    """Where capitals markers and timestamps glued after a sentence start in ``seg[:limit]``.

    One counts when nothing follows it, a label does, or another such marker does
    (``thanks. (COMMERCIAL BREAK)``, ``...you.(BEGIN VIDEO CLIP) LOPEZ: ...``). A
    ``(LAUGHTER)`` with the speaker's words going on after it stays in the turn, which lists
    it after itself as an inline soundbite.
    """
    # Every marker and timestamp opens with a bracket, and most lines hold none: finding that
    # out with two string scans is ten times cheaper than running the pattern along the line.
    if seg.find("(", 0, limit) < 0 and seg.find("[", 0, limit) < 0:
        return []
    candidates: list[tuple[int, int]] = []  # where the marker starts, where what follows does
    for candidate in grammar.GLUED_MARKER_START.finditer(seg, 0, limit):
        position = candidate.start()
        stamp = grammar.TIMESTAMP.match(seg, position, limit)
        if stamp is not None:
            candidates.append((position, _skip_spaces(seg, stamp.end(), limit)))
            continue
        marker = grammar.MARKER.match(seg, position, limit)
        if marker is not None and _CAPS_BODY.match(marker.group("body")):
            candidates.append((position, _skip_spaces(seg, marker.end(), limit)))
    cuts: list[int] = []
    next_cut = -1
    for position, after in reversed(candidates):
        if after in (limit, next_cut) or label_at(seg, after, limit) is not None:
            cuts.append(position)
            next_cut = position
    cuts.reverse()
    return cuts


def _splits_from_text(body: str, seg: str, rest_start: int, limit: int) -> bool:
    """Whether a marker at a line's start stands apart from the text after it.

    A capitals marker (``(SOUNDBITE OF MUSIC) HOLLOWAY: ...``) does; a mixed-case aside
    such as ``(Laughter) OK.`` belongs to the sentence it opens, and so does an abbreviation
    that a hard-wrapped line happens to open (``(UK) who finds ...``): no sound is named by
    three letters or fewer, and the sentence goes on in small letters.
    """
    if _CAPS_BODY.match(body) and not (
        len(body) <= _ABBREVIATION and body.isalpha() and seg[rest_start].islower()
    ):
        return True
    return label_at(seg, rest_start, limit) is not None


def _cut_signoff(text: str, piece: Words, out: list[Piece]) -> None:
    """Split a sign-off glued to the end of a piece's text into a piece of its own.

    A labelled turn that says nothing but a sign-off (``BEK: Omar Bek, NPR News.``) stays a
    label; its ``signoff`` then holds the sign-off's parts, as a sign-off piece's does.
    """
    seg = text[piece.body : piece.end]
    # A sign-off ends the text within its reach, and names its outlet: most texts name none
    # at their end, and need no sign-off search.
    tail = max(0, len(seg) - grammar.SIGNOFF_REACH)
    if not any(map(seg[tail:].__contains__, grammar.OUTLET_WORDS)):
        out.append(piece)
        return
    for candidate in grammar.SIGNOFF_START.finditer(seg, tail):
        found = grammar.SIGNOFF.match(seg, candidate.start())
        if found is None:
            continue
        cut = piece.body + candidate.start()
        out.append(piece.ending_at(piece.body + len(seg[: candidate.start()].rstrip())))
        out.append(SignoffPiece(cut, cut + len(found.group()), INLINE, signoff_parts(found)))
        return
    whole = grammar.SIGNOFF.match(seg)
    if whole is not None and isinstance(piece, TextPiece):
        out.append(SignoffPiece(piece.start, piece.end, piece.brk, signoff_parts(whole)))
        return
    if whole is not None:
        assert isinstance(piece, LabelPiece)
        piece = piece.saying_only(signoff_parts(whole))
    out.append(piece)


def signoff_parts(found: regex.Match[str]) -> SignoffParts:
    """The name, outlet and dateline a ``SIGNOFF`` match reads.

    The line's closing full stop is also the full stop of a dateline that ends in an
    abbreviation: ``Hadley Cross, Kan.`` and ``Washington, D.C.`` keep it.
    """
    dateline = found.group("dateline")
    if dateline is not None:
        last = dateline.rpartition(" ")[2]
        letters = last.split(".")
        if last in grammar.DATELINE_ABBREVIATIONS or (
            len(letters) > 1 and all(len(letter) == 1 and letter.isupper() for letter in letters)
        ):
            dateline += "."
    return SignoffParts(found.group("name"), found.group("outlet"), dateline)


def label_at(seg: str, position: int, limit: int | None = None) -> tuple[Label, int, bool] | None:
    """The speaker label starting at ``position`` of ``seg``, if the grammar accepts one.

    Returns the label, the offset where the spoken text after it starts, and whether the label
    is weak (a single capitals word or a mixed-case name) and needs the page to corroborate it.
    """
    # No label runs longer than this; bounding the match keeps the regex engine's scan for a
    # required ":" from reading a whole flattened transcript at every candidate position.
    limit = min(len(seg) if limit is None else limit, position + _LABEL_REACH)
    # Every label ends in a colon, and a third of a page's lines hold none: one string scan
    # settles them, where the three label patterns cost ten times as much.
    if seg.find(":", position, limit) < 0:
        return None
    nameless = _nameless_speaker_label(seg, position, limit)
    if nameless is not None:
        return nameless
    found = grammar.LABEL.match(seg, position, limit)
    if found is None:
        return None
    honorific, title, caps, mixed, suffix, party, role, aside = found.groups()  # LABEL_GROUPS
    name = caps if caps is not None else mixed
    if suffix is not None:
        name = f"{name} {suffix}"  # "JACK KING, JR." is the name "JACK KING JR."
    if role is not None:
        role = role.strip()
        if not _role_like(role):
            return None
    end = found.end()
    label = _label(
        seg[position:end].rstrip().rstrip(":").rstrip(),
        name,
        honorific=honorific.strip() if honorific else None,
        role_text=role or None,
        aside=aside,
        party=party,
        name_title=title.strip() if title else None,
    )
    words = label.words
    # A band's or a group's name in capitals may open with THE (``THE POP UPS:``), which no
    # person's name holds; the two or more words after it must still read as a name, so a
    # heading such as ``THE END:`` stays prose.
    named = words[1:] if caps is not None and len(words) > 2 and words[0] == "THE" else words
    if not grammar.NOT_NAME_WORDS.isdisjoint(named):
        return None
    if words[0] in grammar.NOT_LABELS or label.key in grammar.NOT_LABELS:
        return None
    weak = caps is None or (
        len(words) == 1 and not (role or label.title_text or honorific or party or title)
    )
    return label, end, weak


def _nameless_speaker_label(seg: str, position: int, limit: int) -> tuple[Label, int, bool] | None:
    """An unidentified or generic speaker's label at ``position`` (``UNIDENTIFIED MAN:``,
    ``Woman:``), with the offset where the words after it start; never weak."""
    # Each opens with one of a few letters, in either case (compared case-folded, as the
    # patterns compare them): most labels open otherwise, and skip both patterns.
    initial = seg[position : position + 1].casefold()[:1]
    if initial in grammar.UNIDENTIFIED_INITIALS:
        found = grammar.UNIDENTIFIED.match(seg, position, limit)
        if found is not None:
            printed = seg[position : found.end()].rstrip().rstrip(":").rstrip()
            name, aside = found.group("name", "aside")
            return _label(printed, name, aside=aside, unidentified=True), found.end(), False
    if initial in grammar.GENERIC_INITIALS:
        found = grammar.GENERIC_LABEL.match(seg, position, limit)
        if found is not None:
            return _generic_label(seg, position, found), found.end(), False
    return None


def _generic_label(seg: str, position: int, found: regex.Match[str]) -> Label:
    """A generic speaker's label (``Man:``, ``SPEAKER 1 (00:07):``) as a label of the name
    ``Man`` or ``SPEAKER 1``: the time in it says when, not who, so it is left out."""
    word, described, number = found.group("word", "described", "number")
    name = word + (described or "") + (f" {int(number)}" if number else "")
    printed = seg[position : found.start("time") if found.group("time") else found.end()]
    printed = printed.rstrip().rstrip(":").rstrip()
    return _label(printed, name, aside=found.group("aside"), generic=True)


# One :class:`Label` for each label as printed: a page prints the same few labels hundreds of
# times, and each label object with its name, key and words costs several times the label's
# text. A label is a value, never changed once made, so its pieces share it; the cache's bound
# keeps it from growing with the pages read.
_label = functools.lru_cache(maxsize=4096)(Label)


_SHAPED_REACH = 200  # a name, at most 60 characters after it and the colon


def label_shaped(seg: str, position: int, limit: int) -> bool:
    """Whether ``seg[position:limit]``, which holds no label, opens with a capitals name and
    a colon all the same (see grammar.LABEL_SHAPED)."""
    # Most lines open with no capital, or hold no colon near their start: no pattern needed.
    if not seg[position : position + 1].isupper() or seg.find(":", position, limit) < 0:
        return False
    found = grammar.LABEL_SHAPED.match(seg, position, min(limit, position + _SHAPED_REACH))
    if found is None:
        return False
    words = name_key(found.group("name")).split()
    if words[0] in grammar.NOT_LABELS or not grammar.NOT_NAME_WORDS.isdisjoint(words):
        return False
    return found.group("damage") is not None or len(words) >= 2


def _role_like(role: str) -> bool:
    """Whether text after a name's comma reads as a role, not as a clause of prose."""
    if role.lower() in grammar.OLD_ERA_ROLES:
        return True
    words = role.split()
    if len(words) > 14:
        return False
    if len(words) <= _SMALL_LETTER_ROLE_WORDS and words[-1].lower() in grammar.ROLE_NOUNS:
        return True  # ``syndicated columnist``: a role in small letters
    return all(word.lower() in grammar.ROLE_SMALL_WORDS for word in _LOWER_WORD.findall(role))


# The most words of a role printed in small letters (``senior political analyst``).
_SMALL_LETTER_ROLE_WORDS = 5


class _Corroboration:
    """The weak label names the page corroborates, as a set to test names against.

    Labels at line starts settle most names. The labels glued inside lines (a transcript
    flattened onto one line) and the hosts who name themselves (``I'm Dana Holloway`` in an
    intro that lost its label) are gathered only when a weak name is not settled by them,
    since that scan costs as much as cutting the lines at their labels.
    """

    __slots__ = ("_all", "_at_line_starts", "_labels", "_stretches", "_text")

    def __init__(self, text: str, pieces: list[Piece]) -> None:
        self._text = text
        self._labels = _labels_once_a_line(text, pieces)
        # A byline introduces its reporters as a full label would.
        self._labels += [
            (Label(name, name), False)
            for p in pieces
            if isinstance(p, ChromePiece) and p.reason == "byline"
            for name in byline_names(text[p.start : p.end])
        ]
        self._stretches = [
            (p.body, p.end) for p in pieces if isinstance(p, (TextPiece, LabelPiece))
        ]
        self._at_line_starts = _accepted_labels(self._labels)
        self._all: frozenset[str] | None = None

    def __contains__(self, key: str) -> bool:
        if key in self._at_line_starts:
            return True
        if self._all is None:
            self._all = _accepted_labels(self._labels + self._labels_inside_lines())
        return key in self._all

    def _labels_inside_lines(self) -> list[tuple[Label, bool]]:
        """Every label glued after a full stop inside a line, with whether it is weak.

        A host naming themselves counts as a full label of that name.
        """
        found: list[tuple[Label, bool]] = []
        for start, end in self._stretches:
            seg = self._text[start:end]
            for intro in grammar.HOST_INTRO.finditer(seg):
                found.append((Label(intro.group("name"), intro.group("name")), False))
            for candidate in grammar.INLINE_LABEL_START.finditer(seg):
                label = label_at(seg, candidate.start())
                if label is not None:
                    found.append((label[0], label[2]))
        return found


def _labels_once_a_line(text: str, pieces: list[Piece]) -> list[tuple[Label, bool]]:
    """Each label piece's label and whether it is weak; a weak one whose whole line, words
    after it included, the page printed before is left out. A title with a colon printed
    twice (``Get Rich Quick: The American Lottery`` above a story and again above its
    player) is one line said twice by nobody, where a speaker heard twice says two different
    things. A label alone on its line is the same line each time, and counts each time."""
    labels: list[tuple[Label, bool]] = []
    seen: set[str] = set()
    for piece in pieces:
        if not isinstance(piece, LabelPiece):
            continue
        if piece.weak and piece.body < piece.end:
            line = text[piece.start : piece.end]
            if line in seen:
                continue
            seen.add(line)
        labels.append((piece.label, piece.weak))
    return labels


def _accepted_labels(labels: list[tuple[Label, bool]]) -> frozenset[str]:
    """The weak label names these labels corroborate.

    A weak name counts when a strong label, or a one-word label used twice or more, shares
    its surname or first name, when it is a known placeholder such as ``ANNOUNCER``, when
    the page uses it for two turns or more, or when a label of its initials alone follows
    it (``Terry Gross:`` once, then ``TG:``, as scripts print their people).
    """
    counts: Counter[str] = Counter()
    strong_words: set[str] = set()
    initials: set[str] = set()
    for label, weak in labels:
        key = label.key
        counts[key] += 1
        if label.initials:
            initials.add(key)
        if not weak and not label.unidentified:
            strong_words.add(label.words[-1])
            strong_words.add(label.words[0])
    # A one-word label the page repeats names its speaker as surely as a strong label
    # does, so a fuller name printed once ends with it: ``Stephen J. DUBNER:``, then ``DUBNER:``.
    strong_words.update(key for key, count in counts.items() if count >= 2 and " " not in key)
    accepted = set()
    for key, count in counts.items():
        repeated = count >= 2 or key in grammar.PLACEHOLDERS
        shares_a_name = key.split()[-1] in strong_words
        initialled = bool(initials) and initials_of(name_words(key)) in initials
        if repeated or shares_a_name or initialled:
            accepted.add(key)
    return frozenset(accepted)


def _split_inline_labels(
    text: str, piece: Words, accepted: _Corroboration, out: list[Piece]
) -> None:
    """Cut a piece where a label is glued after a full stop: ``... lost. HOLLOWAY: More``.

    One pass over the piece's candidates: a flattened page can hold thousands of turns on one
    line, and re-reading the rest of the line after every cut would cost its square.
    """
    base = piece.body
    seg = text[base : piece.end]
    resume = 0  # candidates before here lie inside the label just cut
    # Every label ends in a colon, so a candidate past the last colon cannot be one; most
    # paragraphs have none, and scanning them was the parser's costliest step.
    last_colon = seg.rfind(":")
    for candidate in grammar.INLINE_LABEL_START.finditer(seg, 0, last_colon + 1):
        offset = candidate.start()
        if offset < resume:
            continue
        found = label_at(seg, offset)
        if found is None:
            continue
        label, body, weak = found
        if (weak and label.key not in accepted) or label.first_name_only:
            continue
        if weak and _after_a_colon(seg, offset):
            continue  # after a lead's colon ("tonight: ..."), only a label in full
        following = LabelPiece(base + offset, piece.end, INLINE, label, base + body, weak=weak)
        # The cut may leave a sign-off at the end of the piece (``... Omar Bek, NPR News.
        # HOLLOWAY: Thanks.``), or make it a turn that is nothing but one.
        _cut_signoff(text, piece.ending_at(base + _end_of_words(seg, 0, offset)), out)
        piece = following
        resume = body
    if piece.body != base:
        _cut_signoff(text, piece, out)
    else:
        out.append(piece)


def _after_a_colon(seg: str, offset: int) -> bool:
    at = offset - 1
    while at >= 0 and seg[at] == " ":
        at -= 1
    return at >= 0 and seg[at] == ":"


# One :class:`Soundbite` for each marker as printed, as one label for each label: a page
# prints ``(LAUGHTER)`` and ``(SOUNDBITE OF MUSIC)`` hundreds of times, and a soundbite is a
# frozen value, so the segments of one story, or of several, can share it. Each one less is
# an object fewer for every full collection to walk on a page of thousands of markers.
@functools.lru_cache(maxsize=4096)
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
