"""Stage 5: typed pieces become a :class:`Story`, by an ordered table of rules.

Each rule is a function ``rule(state, piece, index) -> bool`` in a module named for what it
recognises; it returns whether it took the piece. For each piece the rules that can apply to
its kind are tried in the table's order, and the first to take it ends the search; the last
rule takes any piece, as words of the story. All a rule learns it keeps in the one
:class:`State`; :func:`finish` then builds the story from it. Whatever is guessed is recorded
as a diagnostic at the place it concerns.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

from newstranscript._model import Story
from newstranscript._parse import page_kind
from newstranscript._parse import pieces as kinds
from newstranscript._parse.assembly import (
    endings,
    furniture,
    header_lines,
    labels,
    listings,
    prose,
    soundbites,
)
from newstranscript._parse.assembly.state import State
from newstranscript._parse.assembly.story import finish
from newstranscript._parse.pieces import LabelPiece, Piece, is_signoff_turn
from newstranscript._parse.source import Source

Read = Callable[[State, Piece, int], bool]


class Rule(NamedTuple):
    """A rule of assembly and the kinds of piece it can take (``None``: any kind)."""

    read: Read
    kinds: frozenset[str] | None = None


def _only(*names: str) -> frozenset[str]:
    return frozenset(names)


# The order matters where two rules could take one piece: a programme or date line is the
# header's only above the transcript, and falls through to prose below it; a line of the
# page's top block is furniture before it can be a headline.
RULES: tuple[Rule, ...] = (
    Rule(furniture.chrome, _only(kinds.CHROME)),
    Rule(furniture.editors_note, _only(kinds.NOTE)),
    Rule(header_lines.programme_line, _only(kinds.PROGRAM)),
    Rule(furniture.page_header),
    Rule(header_lines.title_and_player, _only(kinds.TEXT, kinds.LABEL)),
    # a listing's photo credit in brackets reads like a marker, and is no sound on its page;
    # a caption's label or sound cue, or a speech-to-text dump's time, makes no segment
    Rule(listings.listing_words, _only(kinds.LABEL, kinds.MARKER, kinds.TIMESTAMP)),
    Rule(labels.labelled_turn, _only(kinds.LABEL)),
    Rule(furniture.photo_credit, _only(kinds.MARKER)),
    Rule(soundbites.marker, _only(kinds.MARKER)),
    Rule(soundbites.timestamp, _only(kinds.TIMESTAMP)),
    Rule(endings.provider_line, _only(kinds.PROVIDER)),
    Rule(endings.story_signoff, _only(kinds.SIGNOFF)),
    Rule(header_lines.date_line, _only(kinds.DATE)),
    Rule(furniture.closing_line, _only(kinds.TEXT)),
    Rule(listings.listing_words),
    Rule(furniture.later_header),
    Rule(prose.words_of_the_story),
)

# For each kind of piece, the rules that can take it, in the table's order: a piece is not
# offered to rules that could never take it.
_RULES_BY_KIND: dict[str, tuple[Read, ...]] = {
    kind: tuple(rule.read for rule in RULES if rule.kinds is None or kind in rule.kinds)
    for kind in kinds.KINDS
}


def assemble(
    source: Source,
    pieces: list[Piece],
    bounds: tuple[int, int] | None = None,
    *,
    later_headers: frozenset[int] = frozenset(),
) -> Story:
    """The story the pieces of one transcript tell.

    ``bounds`` is the ``[start, end)`` stretch of the original text the story covers when the
    page holds several stories. ``later_headers`` holds the indices of the pieces that are the
    header lines of later stories, when the whole page is read as one story.
    """
    state = State(source, pieces, bounds, later_headers)
    _survey(state)
    for index, piece in enumerate(pieces):
        for read in _RULES_BY_KIND[piece.kind]:
            if read(state, piece, index):
                break
    return finish(state)


def _survey(state: State) -> None:
    """What the rules need to know of the whole story before reading it in order: everyone
    its labels introduce, where its last label and its sign-off stand, its closing lines."""
    pieces = state.pieces
    if pieces:
        # the story's words, where a short label nobody introduced may find its full name
        state.registry.names_in(state.text, pieces[0].start, pieces[-1].end)
    # The title lines of a title-and-player header, and a programme page's story title,
    # are no labels, however they look.
    layout = state.header.player_header
    title = state.header.story_block.title
    for index, piece in enumerate(pieces):
        if (
            isinstance(piece, LabelPiece)
            and (layout is None or index >= layout.end)
            and index != title
            and index not in state.later_headers
        ):
            state.registry.introduce(piece.label)
    # Both are found from the end, where they usually are, rather than by reading every
    # piece of the page.
    backwards = range(len(pieces) - 1, -1, -1)
    state.last_label = next((i for i in backwards if pieces[i].kind == kinds.LABEL), -1)
    # The story's sign-off is the last one on the page, whether turns follow it (the
    # host's back-announce) or not: on a page where several reporters sign off, the last
    # closes the story. The others stay words of the turns that said them.
    state.final_signoff = next(
        (i for i in backwards if pieces[i].kind == kinds.SIGNOFF or is_signoff_turn(pieces[i])),
        -1,
    )
    state.has_labels = state.last_label >= 0
    # Captions are no transcript whatever their cues hold; otherwise only a page that names
    # nobody is asked whether it is a transcript at all.
    state.listing = page_kind.captions(state.text, pieces, state.first_cue) or (
        None if state.has_labels else page_kind.judge(state.text, pieces, titled=layout is not None)
    )
    first_label = next((i for i, piece in enumerate(pieces) if piece.kind == kinds.LABEL), -1)
    if first_label < 0:
        # captions name nobody, but may be glued to the page's last line of furniture
        first_label = furniture.glued_after_furniture(pieces)
    if first_label > 0:
        state.prose_until = furniture.description_ends(state.text, pieces, first_label)
    state.closing = furniture.closing_lines(state.text, pieces, state.later_headers)
