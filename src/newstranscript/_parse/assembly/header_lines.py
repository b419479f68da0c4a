"""Rules for the lines of the page header: the title lines and player blocks a page opens
with, and the lines that name the programme and the date.

Each is the header's only while no segment has been read and it is no later story's line;
otherwise it falls through to the later rules (a programme named in a turn is speech).
"""

from __future__ import annotations

from newstranscript._parse.assembly.prose import taken_by_the_header
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


def title_and_player(state: State, piece: Piece, index: int) -> bool:
    """Every line of the title lines and player blocks npr.org pages open with is the
    header's: the title, its repeats, the web page's title line, the summary. So is the
    title under a station programme page's story block. A title that looks like a speaker
    label (``Sunday Puzzle: The Word Game``) is no turn either."""
    if state.entries or state.turn is not None:
        return False
    layout = state.header.player_header
    if (layout is None or index >= layout.end) and index != state.header.story_block.title:
        return False
    return taken_by_the_header(state, piece, index, before_turns=True)
