"""How many objects the parser keeps alive per speaker and per turn while it reads a page.

Every object that can hold another is walked by each full collection of the garbage
collector, and a page of thousands of speakers starts several: the more of them each speaker
or turn keeps, the more the collector's share of the time grows with the page
(``docs/performance.md``, linear time). Counted after a collection, so tuples and
dictionaries of plain values, which the collector stops tracking, do not count.
"""

from __future__ import annotations

import gc

from benchmarks.linearity import distinct_speakers, glued_turns

import newstranscript
from newstranscript._api import _source_and_pieces
from newstranscript._parse.assembly import _RULES_BY_KIND, _survey
from newstranscript._parse.assembly.state import State
from newstranscript._parse.assembly.story import finish


def _tracked_while_assembling(text: str) -> tuple[int, int]:
    """The objects the collector tracks once every piece of ``text`` is read, just before
    the story is built from them (beyond those tracked before the parse), and the turns."""
    newstranscript.parse(text[:2_000])  # the patterns compile on first use: not the page's
    gc.collect()
    before = len(gc.get_objects())
    source, pieces = _source_and_pieces(text)
    state = State(source, pieces, None, frozenset())
    _survey(state)
    for index, piece in enumerate(pieces):
        for read in _RULES_BY_KIND[piece.kind]:
            if read(state, piece, index):
                break
    state.close_turn()
    gc.collect()
    tracked = len(gc.get_objects()) - before
    story = finish(state)
    return tracked, len(story.turns)


def test_a_speaker_heard_once_keeps_four_objects() -> None:
    """Their label piece, their label, the person and the closed turn: no container of the
    turn's text, the person's roles and label forms, or their place in the page."""
    tracked, turns = _tracked_while_assembling(distinct_speakers(40_000))
    assert turns > 1_000
    assert tracked <= 4 * turns + 200, tracked / turns


def test_a_glued_turn_and_marker_keep_five_objects() -> None:
    """The label and marker pieces, the closed turn, the soundbite's segment and its span:
    the soundbite itself is shared by every marker printed alike."""
    tracked, turns = _tracked_while_assembling(glued_turns(40_000))
    assert turns > 500
    assert tracked <= 5 * turns + 200, tracked / turns
