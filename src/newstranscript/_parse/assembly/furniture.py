"""Rules for the page's furniture: chrome lines, editor's notes, the short lines of a page's
top block, a subtitle file's own lines, photo credits in brackets, closing lines such as
CNN's ``END`` and the header lines of later stories on a page read as one."""

from __future__ import annotations

import itertools

import regex

from newstranscript import _grammar as grammar
from newstranscript._lazy import compile_lazily
from newstranscript._parse import page_kind
from newstranscript._parse import pieces as kinds
from newstranscript._parse.assembly.state import State
from newstranscript._parse.blocks import INLINE
from newstranscript._parse.header import is_player_block_item
from newstranscript._parse.pieces import ChromePiece, CuePiece, LabelPiece, MarkerPiece, Piece

_ENDS_THE_TURN = frozenset({grammar.SPEAKER_CHANGE_REASON, grammar.SECTION_BREAK_REASON})


def chrome(state: State, piece: Piece, index: int) -> bool:
    """Page furniture is dropped with its reason; what it says of the story (an outlet, a
    byline's reporters, the publication date) goes to the header first."""
    if not isinstance(piece, ChromePiece):
        return False
    before_turns = not state.entries
    for name in state.header.chrome(piece, before_turns=before_turns):
        state.registry.byline(name)
    if piece.reason in _ENDS_THE_TURN:
        # captions' ``>>`` or a section's break: whatever follows is someone else's, whom
        # the page does not name
        state.close_turn()
        state.continuing = None
    state.drop(piece, piece.reason)
    return True


def editors_note(state: State, piece: Piece, index: int) -> bool:
    """An editor's note is kept as a note segment."""
    if piece.kind != kinds.NOTE:
        return False
    state.note_line(piece)
    return True


def page_header(state: State, piece: Piece, index: int) -> bool:
    """A short line of the opening chrome block, a line of a programme page's own block (its
    hosts, its description), or a subtitle file's own line, is dropped."""
    if isinstance(piece, CuePiece):
        state.drop(piece, piece.reason)
        return True
    if index in state.header.top_block:
        state.drop(piece, "page header")
        return True
    if index < state.header.story_block.programme:
        state.drop(piece, state.header.story_block.above)
        return True
    return False


def closing_line(state: State, piece: Piece, index: int) -> bool:
    """A closing line (CNN's ``END``) that ends the story is dropped."""
    if index not in state.closing:
        return False
    state.drop(piece, "end of transcript")
    return True


def later_header(state: State, piece: Piece, index: int) -> bool:
    """Another story's headline, programme or date line on a page read as one story.

    The several-stories diagnostic explains it, so it needs no warning; it is kept as a note.
    Whoever spoke last in the story before does not go on in the next one.
    """
    if index not in state.later_headers:
        return False
    state.note_line(piece)
    state.continuing = None
    return True


# What may follow a closing line such as CNN's ``END`` on the page: furniture and the notice.
_AFTER_CLOSING = frozenset({kinds.CHROME, kinds.PROVIDER, kinds.DATE})
_CLOSING_LENGTHS = frozenset(len(line) for line in grammar.CLOSING_LINES)


def closing_lines(text: str, pieces: list[Piece], later_headers: frozenset[int]) -> set[int]:
    """The indices of the closing lines (CNN's ``END``) that end the story or the page.

    Such a line counts only when nothing but page furniture, a provider notice or a date
    follows it before the page, or the next story's header, ends: ``END`` said inside the
    transcript is speech.
    """
    found: set[int] = set()
    for index, piece in enumerate(pieces):
        if (
            piece.end - piece.start not in _CLOSING_LENGTHS  # settles nearly every piece
            or piece.kind != kinds.TEXT
            or piece.brk == INLINE
            or text[piece.start : piece.end] not in grammar.CLOSING_LINES
        ):
            continue
        after = index + 1
        while (
            after < len(pieces)
            and after not in later_headers
            and pieces[after].kind in _AFTER_CLOSING
        ):
            after += 1
        if after == len(pieces) or after in later_headers:
            found.add(index)
    return found


# The notice a transcript page prints right above the transcript (``This is a rush
# transcript. ...``), in any case: as a ``Transcript`` heading does, it parts the page's own
# description above it from the speech below.
_RUSH_NOTICE = compile_lazily(r"this[ ]is[ ]a[ ]rush[ ]transcript\b", regex.IGNORECASE)


def transcript_heading(text: str, piece: Piece) -> bool:
    """Whether a piece is a bare ``Transcript`` heading, the line a station's story page
    prints between its prose version of the story and the transcript, or a rush-transcript
    notice standing where such a heading would."""
    if not isinstance(piece, ChromePiece):
        return False
    line = text[piece.start : piece.end]
    return (piece.reason == "player" and line == "Transcript") or (
        _RUSH_NOTICE.match(line) is not None
    )


def description_ends(text: str, pieces: list[Piece], first_label: int) -> int:
    """Where the page's own words above the transcript end (a piece index), or ``-1``.

    Furniture above the first label parts the page's words above it (a programme's
    summary, an episode's notes, the prose version of the story) from the transcript: a
    ``Transcript`` heading, a rush-transcript notice, or the appeals and links a podcast's
    page prints under its notes. Speech may stand between that furniture and the first
    label, when the transcript opens mid-turn; it stays speech.

    A host's intro whose label the page lost stands right above the next label, or under
    the player block, never under a block of the page's furniture with words above it.
    """
    label = pieces[first_label]
    if (
        isinstance(label, LabelPiece)
        and label.brk != INLINE
        and _names_in_title_case(label)
        and any(piece.kind == kinds.TEXT for piece in pieces[:first_label])
    ):
        # a page that prints its labels as names in title case (a podcast's or a blog's
        # transcript) loses no label the way a copy loses lines wholly in capitals: the
        # words above its first label are the page's own
        return first_label
    furniture = first_label - 1
    while furniture > 0 and pieces[furniture].kind == kinds.TEXT:
        furniture -= 1
    above = pieces[furniture]
    if furniture == first_label - 1 and transcript_heading(text, above):
        return furniture
    if not isinstance(above, ChromePiece) or is_player_block_item(text[above.start : above.end]):
        return -1
    words = any(piece.kind == kinds.TEXT for piece in pieces[:furniture])
    return furniture if words else -1


def _names_in_title_case(piece: LabelPiece) -> bool:
    """Whether a label is a person's name, each word capitalised and the rest small
    (``Andrew Marr:``, a station interview's ``Woods:``): no generic or numbered voice, and
    no capitals surname."""
    label = piece.label
    words = label.name.split()
    return (
        not label.generic
        and not label.unidentified
        and bool(words)
        and all(word[:1].isupper() and not word.isupper() for word in words)
    )


# How many lines down a page's header may run to the furniture line the captions are glued
# to: past it, a glued line is furniture inside the transcript, and speech stands above it.
_GLUED_FURNITURE_REACH = 30


def glued_after_furniture(pieces: list[Piece]) -> int:
    """Where words glued to a line of page furniture start (a piece index), or ``-1``:
    PBS's video pages glue the captions to their last line, ``Learn More about PBS online
    sponsorship``, which ends the page's own words above them."""
    for index, (before, piece) in enumerate(itertools.pairwise(pieces[:_GLUED_FURNITURE_REACH]), 1):
        if (
            piece.kind == kinds.TEXT
            and before.end == piece.start
            and isinstance(before, ChromePiece)
            and before.reason == "navigation"
        ):
            return index
    return -1


# The reason a photo's credit in brackets is dropped with.
PHOTO_CREDIT = "photo credit"


def photo_credit(state: State, piece: Piece, index: int) -> bool:
    """A photo's credit in brackets, ``( Ana Ruiz / AP Photo )``, reads like a marker but
    is page furniture: no sound is heard, and nobody says it."""
    if not isinstance(piece, MarkerPiece) or not page_kind.names_a_photo_credit(
        state.text[piece.start : piece.end]
    ):
        return False
    state.drop(piece, PHOTO_CREDIT)
    return True
