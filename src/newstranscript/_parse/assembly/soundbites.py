"""Rules for what stands between turns: bracketed markers (sound, music, clips, breaks) and
``[04:30:00]`` timestamps."""

from __future__ import annotations

from newstranscript._model import Segment
from newstranscript._parse import pieces as kinds
from newstranscript._parse.assembly.state import State
from newstranscript._parse.blocks import INLINE
from newstranscript._parse.pieces import MarkerPiece, Piece, TimestampPiece

# Markers after which the same person usually goes on speaking.
_CONTINUING_KINDS = frozenset({"sound"})


def marker(state: State, piece: Piece, index: int) -> bool:
    """A marker is a soundbite segment; clip markers open and close a clip block."""
    if not isinstance(piece, MarkerPiece):
        return False
    continuing = state.turn.person if state.turn is not None else state.continuing
    kind = piece.soundbite.kind
    if kind == "clip_end" and state.clip_start is None:
        state.note(piece.start, "unopened-clip", "a clip block ends but never opened")
    if kind in ("clip_start", "clip_end", "break") and state.clip_start is not None:
        if kind != "clip_end":
            state.note(state.clip_start, "unclosed-clip", "a clip block opens but never ends")
        state.clip_start = None
    state.add_segment(
        Segment(
            "soundbite",
            state.words(piece.start, piece.end),
            state.span(piece.start, piece.end),
            soundbite=piece.soundbite,
        )
    )
    # Words after the marker on its line go on the paragraph it stood in, whoever speaks them.
    following = state.pieces[index + 1] if index + 1 < len(state.pieces) else None
    goes_on = following is not None and following.kind == kinds.TEXT and following.brk == INLINE
    state.continuing = continuing if kind in _CONTINUING_KINDS or goes_on else None
    if kind == "clip_start":
        state.clip_start = piece.start
    return True


def timestamp(state: State, piece: Piece, index: int) -> bool:
    """Hold a timestamp for the segment that follows it; a second one drops the first.

    A timestamp line between two paragraphs of one turn (the words after it carry no
    label) marks the time inside the turn and does not end it: it stays in the turn's
    text as a paragraph of its own.
    """
    if not isinstance(piece, TimestampPiece):
        return False
    following = state.pieces[index + 1] if index + 1 < len(state.pieces) else None
    if (
        state.turn is not None
        and following is not None
        and following.kind == kinds.TEXT
        # a closing line (CNN's END) or the next story's header ends the turn, not goes on
        and index + 1 not in state.closing
        and index + 1 not in state.later_headers
    ):
        state.turn.add(state.words(piece.start, piece.end), piece.brk, piece.start, piece.end)
        return True
    state.close_turn()
    state.drop_timestamp("timestamp followed by another timestamp")
    state.timestamp = (piece.start, piece.end, piece.time)
    return True
