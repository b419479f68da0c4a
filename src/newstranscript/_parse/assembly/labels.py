"""The rule for a speaker label: it opens a turn of the person it resolves to.

The registry resolves the label against everyone the page introduces; what it cannot settle
(a surname two people share, a name nobody introduced) is noted where the label stands. A
turn that says nothing but a sign-off also signs the story off when it is the last one.
"""

from __future__ import annotations

from newstranscript import _grammar as grammar
from newstranscript._parse.assembly.brackets import check_brackets
from newstranscript._parse.assembly.endings import greeting, signoff_turn
from newstranscript._parse.assembly.state import State
from newstranscript._parse.pieces import LabelPiece, Piece
from newstranscript._parse.programmes import program_mention
from newstranscript._parse.speakers import Label
from newstranscript._person_names import role_of


def labelled_turn(state: State, piece: Piece, index: int) -> bool:
    """Open the turn a label gives, and sign off when its words are the story's sign-off.

    A later story's title that reads like a label, on a page read as one story, is left to
    the rule for later stories' header lines."""
    if not isinstance(piece, LabelPiece) or index in state.later_headers:
        return False
    _open_labelled_turn(state, piece)
    if index == state.final_signoff and piece.signoff is not None and not greeting(state, index):
        signoff_turn(state, piece.signoff, piece.body, piece.end)
    return True


def _open_labelled_turn(state: State, piece: LabelPiece) -> None:
    state.close_turn()
    state.ended = False
    # A turn that is only a sign-off names its speaker in full (``HALE: Breck Hale, NPR
    # News.``), which settles a surname two people share.
    signer = piece.signoff.name if piece.signoff is not None else None
    resolution = state.registry.resolve(piece.label, len(state.entries), signer)
    state.label_read = True
    if resolution.person.first_label < 0:
        resolution.person.first_label = piece.start
    if resolution.problem in ("ambiguous-label", "label-from-text", "label-typo", "label-initials"):
        state.note(
            piece.start,
            resolution.problem,
            f"the label {piece.label.printed!r} {resolution.detail}",
        )
    elif resolution.problem == "label-not-introduced":
        state.note(
            piece.start,
            "label-not-introduced",
            f"the label {piece.label.printed!r} names nobody introduced in full",
        )
    _outlet_from_label(state, piece.label)
    basis = "resolved" if resolution.resolved else "label"
    turn = state.open_turn(resolution.person, piece.start, basis)
    turn.delivery = piece.label.delivery
    turn.add(state.words(piece.body, piece.end), piece.brk, piece.body, piece.end)
    program_mention(state.header, piece.body, piece.end, len(state.entries))
    check_brackets(state, piece.body, piece.end)
    if signer is not None:
        state.registry.named_in_full(signer)


def _outlet_from_label(state: State, label: Label) -> None:
    """The outlet an anchor's or host's label names (``..., CNN ANCHOR``)."""
    described = label.described_as
    if described is None or state.label_outlet is not None:
        return
    role, _title = role_of(described)
    found = grammar.LABEL_OUTLET.match(described.upper())
    if found is not None and role in grammar.STAFF_ROLES_NAMING_OUTLET:
        state.label_outlet = " ".join(found.group("outlet").split())
