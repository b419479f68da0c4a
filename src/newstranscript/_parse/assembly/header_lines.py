"""Rules for the lines of the page header that name the programme and the date.

Each is the header's only while no segment has been read and it is no later story's line;
otherwise it falls through to the later rules (a programme named in a turn is speech).
"""

from __future__ import annotations

from newstranscript._parse.assembly.state import State
from newstranscript._parse.pieces import DatePiece, Piece, ProgramPiece
from newstranscript._parse.programmes import program_line


def programme_line(state: State, piece: Piece, index: int) -> bool:
    """``Heard on Morning Edition`` above the transcript names the programme."""
    if (
        not isinstance(piece, ProgramPiece)
        or state.header.program is not None
        or state.entries
        or index in state.later_headers
    ):
        return False
    state.close_turn()
    program_line(state.header, piece)
    return True


def date_line(state: State, piece: Piece, index: int) -> bool:
    """The first date line above the transcript is the story's date."""
    if (
        not isinstance(piece, DatePiece)
        or "date" in state.spans
        or state.entries
        or state.turn
        or index in state.later_headers
    ):
        return False
    state.header.date_line(piece)
    return True
