"""The rule for a page judged not a transcript (:mod:`newstranscript._parse.page_kind`): its
header's lines are still read, and its other words are dropped, not made into turns."""

from __future__ import annotations

from newstranscript._parse.assembly.prose import taken_by_the_header
from newstranscript._parse.assembly.state import State
from newstranscript._parse.pieces import Piece

# The reason a listing page's words are dropped with.
NOT_A_TRANSCRIPT = "not a transcript"


def listing_words(state: State, piece: Piece, index: int) -> bool:
    """On a page that is not a transcript, a line the header does not take (its headline,
    a repeat of it) is dropped: nobody speaks on such a page.

    Once the page's headline is read, the header ends at the first line it does not take,
    as it ends at a transcript's first turn: the headline of the first item listed is no
    teaser of the page.
    """
    if state.listing is None:
        return False
    if not taken_by_the_header(state, piece, index, before_turns=not state.listing_read):
        state.listing_read = state.header.headline is not None
        state.drop(piece, NOT_A_TRANSCRIPT)
    return True
