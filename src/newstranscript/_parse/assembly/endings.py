"""Rules for what ends a transcript: the provider line and the story's sign-off.

The story's sign-off is the last one on the page, whether turns follow it (the host's
back-announce) or not; the others stay words of the turns that said them. Past the provider
line or a closing sign-off, only bios and notes follow.
"""

from __future__ import annotations

from newstranscript import _grammar as grammar
from newstranscript import _outlets as outlets
from newstranscript._model import Signoff
from newstranscript._parse import pieces as kinds
from newstranscript._parse.assembly.state import State, Turn
from newstranscript._parse.pieces import Piece, SignoffParts, SignoffPiece


def provider_line(state: State, piece: Piece, index: int) -> bool:
    """The first provider line ends the transcript and may name the outlet; a repeat is
    dropped."""
    if piece.kind != kinds.PROVIDER:
        return False
    state.close_turn()
    state.ended = True
    words = state.words(piece.start, piece.end)
    if state.provider is None:
        state.provider = words
        state.spans["provider"] = state.span(piece.start, piece.end)
        station = grammar.STATION_COPYRIGHT.match(words)
        network = outlets.outlet_of_provider(words)
        if station is not None:
            state.header.name_outlet(station.group("station"))
        elif network is not None:
            state.header.name_outlet(network)
    else:
        state.drop(piece, "provider notice")
    return True


def story_signoff(state: State, piece: Piece, index: int) -> bool:
    """The story's sign-off, read from a paragraph or a sentence of its own."""
    if (
        not isinstance(piece, SignoffPiece)
        or index != state.final_signoff
        or greeting(state, index)
    ):
        return False
    # Every sign-off, the story's or another reporter's, says who signs off in full.
    state.registry.named_in_full(piece.parts.name)
    if state.turn is not None and not state.turn.text:
        # the label stood alone on its line and this is all the turn says, as
        # ``BEK: Omar Bek, NPR News.`` on one line: the turn keeps its words, whatever they
        # repeat (a sign-off that is also the page's first line is no repeated headline here)
        state.turn.add(state.words(piece.start, piece.end), piece.brk, piece.start, piece.end)
        signoff_turn(state, piece.parts, piece.start, piece.end)
    else:
        _signoff_line(state, piece, last=index > state.last_label)
    return True


def greeting(state: State, index: int) -> bool:
    """Whether the sign-off-shaped words at ``index`` are the opening speaker's greeting
    (``Good morning. I'm Dana Holloway, NPR News.``) rather than a sign-off: turns follow
    them, and nobody but the one speaking has spoken yet."""
    if index > state.last_label:
        return False
    voices = {id(entry.person) for entry in state.entries if isinstance(entry, Turn)}
    if state.turn is not None:
        voices.add(id(state.turn.person))
    return len(voices) < 2


def _signoff_line(state: State, piece: SignoffPiece, *, last: bool) -> None:
    """A sign-off of its own, on its line or glued after the reporter's last sentence.

    After the last label it ends the transcript: only bios and notes follow. Before a
    label (the host's back-announce) the transcript goes on, but the reporter has signed
    off, so an unlabelled paragraph after it is not taken for theirs.
    """
    state.close_turn()
    if last:
        state.ended = True
    else:
        state.continuing = None
    name, outlet, dateline = piece.parts
    _record_signoff(state, Signoff(name, outlet, dateline, state.span(piece.start, piece.end)))


def signoff_turn(state: State, parts: SignoffParts, start: int, end: int) -> None:
    """A turn that says nothing but the sign-off: ``BEK: Omar Bek, NPR News.``

    The reporter did say it, so the turn stays; the sign-off is read from its text too,
    from ``start`` to ``end``, and its span lies inside the turn's.
    """
    name, outlet, dateline = parts
    _record_signoff(state, Signoff(name, outlet, dateline, state.span(start, end)))
    # having signed off, the reporter says no more: an unlabelled paragraph after this
    # is someone else's, as after a sign-off line
    state.close_turn()
    state.continuing = None


def _record_signoff(state: State, signoff: Signoff) -> None:
    state.signoff = signoff
    if signoff.outlet:
        state.header.name_outlet(outlets.outlet_of_signoff(signoff.outlet))
