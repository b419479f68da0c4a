"""The last rule: every piece no other rule took is words of the story.

Text above the transcript may be the header's (headline, teaser, show name); otherwise it goes
on the open turn, opens an unlabelled one (the host's intro that lost its label, or who spoke
before), is a bio after the transcript, or is the page's prose glued before a flattened
transcript's first label.
"""

from __future__ import annotations

import itertools

from newstranscript import _grammar as grammar
from newstranscript._model import Segment
from newstranscript._parse import pieces as kinds
from newstranscript._parse.assembly.brackets import check_brackets
from newstranscript._parse.assembly.state import State
from newstranscript._parse.blocks import INLINE, PARAGRAPH, word_count
from newstranscript._parse.headlines import (
    Taken,
    flattened_headline,
    story_block_line,
    text_line,
)
from newstranscript._parse.pieces import LabelPiece, Piece, SignoffPiece, TextPiece
from newstranscript._parse.programmes import program_mention
from newstranscript._parse.speakers import Person


def words_of_the_story(state: State, piece: Piece, index: int) -> bool:
    """Take any piece as prose; a sign-off that is not the story's still names its reporter
    in full."""
    if isinstance(piece, SignoffPiece):
        state.registry.named_in_full(piece.parts.name)
    prose(state, piece, index)
    return True


def prose(state: State, piece: Piece, index: int) -> None:
    """Read a piece's words as the header's, the open turn's, a new turn's or a note."""
    start, end = piece.start, piece.end
    # A list item's words start after its bullet; the bullet stays inside the turn's span.
    body = piece.body if isinstance(piece, TextPiece) else start
    reading = piece.reading if isinstance(piece, TextPiece) else None
    if reading == kinds.UNCONFIRMED_LABEL:
        state.note(
            start,
            "unconfirmed-label",
            "the line opens like a speaker label, but nothing else on the page confirms "
            "that name and the page prints its labels another way; kept as text",
        )
    words = state.words(body, end)
    check_brackets(state, body, end)
    before_turns = not state.entries and state.turn is None
    if reading == kinds.LABEL_SHAPED and not before_turns:
        # Above the transcript such a line is a headline or a heading, not a lost speaker.
        state.note(
            start,
            "unconfirmed-label",
            "the line opens with a capitals name and a colon, but not in a form of speaker "
            "label the parser reads (a damaged name, or words after it that are no role); "
            "kept as text",
        )
    if before_turns and _before_a_flattened_transcript(state, piece, index):
        article_prose(state, piece)
        return
    if taken_by_the_header(state, piece, index, before_turns=before_turns):
        return
    if index < state.prose_until and state.turn is None and not state.has_turns:
        # the page's prose version of the story, above its ``Transcript`` heading
        article_prose(state, piece)
        return
    if state.ended and state.turn is None:
        after_transcript(state, piece, words)
        return
    if _heads_a_scene(state, index):
        state.close_turn()
        state.note_line(piece)
        return
    if state.turn is not None:
        if piece.brk == PARAGRAPH and _after_a_lost_line(state, piece, index):
            _turn_after_a_lost_label(state, piece, words, body)
            return
        state.turn.add(words, piece.brk, body, end)
        program_mention(state.header, body, end, len(state.entries))
        return
    _unlabelled_turn(state, piece, words, body)


# The line ends between two paragraphs of one turn when a line the page lost stood between
# them: two blank lines, where the page parts its paragraphs by one.
_LOST_LINE_GAP = 3
# The fewest words of a paragraph read as speech above the first label, and the most of a
# heading ending in a colon.
_SPEECH_WORDS = 10
_HEADING_WORDS = grammar.SCENE_HEADING_WORDS


def _heads_a_scene(state: State, index: int) -> bool:
    """Whether the line at ``index`` is a heading of the scene or part that follows
    (``Interview:``, ``Scene with women and children:``): a few words and a colon alone on
    their paragraph, right above a label or another such heading. Nobody says it."""
    for at in (index, index + 1):
        if at >= len(state.pieces):
            return False
        piece = state.pieces[at]
        if isinstance(piece, LabelPiece) and at > index and piece.brk == PARAGRAPH:
            return True
        if (
            piece.kind != kinds.TEXT
            or piece.brk != PARAGRAPH
            or not state.text.endswith(":", piece.start, piece.end)
            or word_count(state.text[piece.start : piece.end], _HEADING_WORDS) > _HEADING_WORDS
        ):
            return False
    following = state.pieces[index + 2] if index + 2 < len(state.pieces) else None
    return isinstance(following, LabelPiece) and following.brk == PARAGRAPH


def _after_a_lost_line(state: State, piece: Piece, index: int) -> bool:
    """Whether a paragraph follows the open turn's last one across a gap a lost line left, on
    a page that labels its turns and parts its paragraphs by one blank line.

    npr.org copies lose every line wholly in capitals, a label alone on its line among them,
    and leave its blank lines behind: the paragraph after such a gap is someone's new turn,
    not more of the turn before.
    """
    if not state.has_labels or index == 0:
        return False
    if (
        not state.label_read
        and word_count(state.text[piece.start : piece.end], _SPEECH_WORDS) < _SPEECH_WORDS
        and grammar.SELF_INTRO.search(state.text, piece.start, piece.end) is None
    ):
        # above the first label, a short line after a gap is the page's own (a show's notes
        # and links), not a turn: only a paragraph of speech is, or a speaker's "I'm NAME"
        return False
    before = state.pieces[index - 1]
    if before.kind not in (kinds.TEXT, kinds.LABEL):
        return False
    line = state.text[piece.start : piece.end]
    if line.endswith(":") and word_count(line, _HEADING_WORDS) <= _HEADING_WORDS:
        return False  # a scene's heading ("Interview:"), which no lost label stood above
    if state.text.count("\n", before.end, piece.start) < _LOST_LINE_GAP:
        return False
    if _opens_with_a_host_intro(state, piece):
        # "This is SCIENCE FRIDAY. I'm Dana Holloway.": a host opening a new part of the
        # programme, whose label was lost, even where every paragraph is parted widely
        return True
    if state.wide_gaps_rare is None:
        state.wide_gaps_rare = _wide_gaps_rare(state)
    return state.wide_gaps_rare


# How far into a paragraph a host's ``I'm NAME`` may stand and still open it: after a
# greeting or the programme's name (``Welcome back.``, ``This is SCIENCE FRIDAY.``).
_INTRO_REACH = 40


def _opens_with_a_host_intro(state: State, piece: Piece) -> bool:
    """Whether a paragraph opens with a host's ``I'm NAME``."""
    found = grammar.HOST_INTRO.search(state.text, piece.start, piece.end)
    return found is not None and found.start() - piece.start <= _INTRO_REACH


# How many gaps of one blank line a page must print for each wider one before a wider gap
# says a line was lost there: some pages part every paragraph by two blank lines, or by a
# line holding only a space. One for one, not more: a copy that lost its marker lines as well
# as its labels leaves a wide gap for each, as often as its own one-line gaps.
_GAPS_PER_WIDE_GAP = 1


def _wide_gaps_rare(state: State) -> bool:
    """Whether the page parts its paragraphs by one blank line, and wider gaps are no more
    common than those."""
    one = wide = 0
    pieces = state.pieces
    for before, after in itertools.pairwise(pieces):
        if after.brk != PARAGRAPH:
            continue
        if state.text.count("\n", before.end, after.start) >= _LOST_LINE_GAP:
            wide += 1
        else:
            one += 1
    return one >= _GAPS_PER_WIDE_GAP * wide


def _turn_after_a_lost_label(state: State, piece: Piece, words: str, body: int) -> None:
    """Open the turn a lost label began: the speaker its words introduce (``I'm Dana
    Holloway``, ``This is Dana Holloway``), or nobody, with a diagnostic either way."""
    start, end = piece.start, piece.end
    found = grammar.SELF_INTRO.search(state.text, body, end)
    person = None
    if found is not None:
        person = state.registry.infer(found.group("name"), None, len(state.entries))
    state.close_turn()
    state.open_turn(person, start, "self-intro").add(words, piece.brk, body, end)
    program_mention(state.header, body, end, len(state.entries))
    state.note(
        start,
        "lost-label",
        "a paragraph follows a gap where a line was lost, most likely its speaker's label; it "
        + (
            f'says "{found.group()}", so it is taken as {person.name}\'s turn'
            if person is not None and found is not None
            else "starts a turn of its own, whose speaker the page does not say"
        ),
    )


def _before_a_flattened_transcript(state: State, piece: Piece, index: int) -> bool:
    """Whether text before any turn is glued before an inline label, and names no host."""
    following = state.pieces[index + 1] if index + 1 < len(state.pieces) else None
    return (
        following is not None
        and following.kind == kinds.LABEL
        and following.brk == INLINE
        # A host who says who they are is an intro that lost its label, not page prose.
        and grammar.HOST_INTRO.search(state.text, piece.start, piece.end) is None
        # Captions name a speaker's part mid-line (``... jobs. host: ...``): the words
        # before it are someone's speech, the page's text having started mid-turn.
        and not (
            isinstance(following, LabelPiece) and following.label.printed in grammar.CAPTION_ROLES
        )
    )


def taken_by_the_header(state: State, piece: Piece, index: int, *, before_turns: bool) -> bool:
    """Whether the header takes the line (a headline, a repeat of it, an air time...)."""
    # A page judged to have no header (a subtitle file, a news feed's markup) gives none.
    taken: Taken | None = None
    if state.listing is None or state.listing.headed:
        # a programme page's story title and teaser, by their place; else what the line reads as
        taken = story_block_line(state.header, piece, index) if before_turns else None
        taken = taken or text_line(state.header, piece, index, before_turns=before_turns)
    if taken == "headline":
        # a timestamp above the headline belongs to no segment; keep it, but not in a turn
        # whose span would then run over the headline
        state.drop_timestamp("timestamp before the headline")
    elif taken in (
        "repeated headline",
        "repeated teaser",
        "teaser continued",
        "air time",
        "share link",
        "page header",
    ):
        state.drop(piece, taken)
    return taken is not None


def _unlabelled_turn(state: State, piece: Piece, words: str, body: int) -> None:
    """Open a turn for a paragraph with no label: whoever spoke before, or the host an
    opening paragraph names, or nobody, with a diagnostic."""
    start, end = piece.start, piece.end
    person = state.continuing
    basis = "continuation"
    first = not state.has_turns
    if person is None and first:
        person = infer_host(state, start, end) or _commentator(state, start)
        basis = "self-intro"  # the paragraph's own "I'm NAME" names its speaker
    elif person is None:
        person = _introduces_itself(state, piece)
        basis = "self-intro"
    state.open_turn(person, start, basis).add(words, piece.brk, body, end)
    program_mention(state.header, body, end, len(state.entries))
    if person is None:
        state.note(
            start,
            "unlabelled-turn",
            "the story opens with a paragraph that has no speaker label (usually the "
            "host's introduction, whose label the page lost)"
            if first
            else "a paragraph has no speaker label and follows no turn it could continue",
        )


def _introduces_itself(state: State, piece: Piece) -> Person | None:
    """The speaker of a later unlabelled paragraph that follows nobody it could continue (a
    caption's change of speaker, a recording) and opens saying who they are: ``I'm Dana
    Holloway.``"""
    found = grammar.HOST_INTRO.search(state.text, piece.start, piece.end)
    if found is None or found.start() - piece.start > _INTRO_REACH:
        return None
    name = found.group("name")
    state.note(
        piece.start,
        "self-introduced",
        f'a paragraph with no speaker label opens saying "I\'m {name}", so it is taken as '
        f"{name}'s",
    )
    return state.registry.infer(name, None, len(state.entries))


def infer_host(state: State, start: int, end: int) -> Person | None:
    """The host an unlabelled opening paragraph names: ``... I'm Dana Holloway.``

    Only on a page that labels its other turns, or whose header is a transcript page's
    title and player, or in a later story of a page of several that opens with it
    (``Welcome back. I'm Dana Holloway.``, a programme page's story that lost every
    label): the page lost the host's capitals label, and the host's own words say who
    they are.
    """
    found = grammar.HOST_INTRO.search(state.text, start, end)
    if found is None:
        return None
    later_story = state.bounds is not None and state.bounds[0] > 0
    if (
        not state.has_labels
        and state.header.player_header is None
        and not (later_story and found.start() - start <= _INTRO_REACH)
    ):
        return None
    name = found.group("name")
    person = state.registry.infer(name, "host", len(state.entries))
    state.note(
        start,
        "inferred-host",
        f'the opening paragraph has no speaker label; it says "I\'m {name}", so it is '
        f"taken as the host {name}'s",
    )
    return person


def _commentator(state: State, start: int) -> Person | None:
    """The commentator who signs off a page of unlabelled speech: ``With a Perspective, I'm
    Dana Holloway.`` at the end of a line. Only on a page with no label, where nobody else
    is heard."""
    if state.has_labels:
        return None
    end = state.bounds[1] if state.bounds is not None else len(state.text)
    found = grammar.COMMENTARY_SIGNOFF.search(state.text, start, end)
    if found is None:
        return None
    name = found.group("name")
    person = state.registry.infer(name, None, len(state.entries))
    state.note(
        start,
        "signed-commentary",
        f'the page names no speaker, and its speech is signed off "{found.group().strip(", ")}",'
        f" so it is taken as {name}'s",
    )
    return person


def article_prose(state: State, piece: Piece) -> None:
    """Text glued before the first label of a transcript flattened onto one line.

    The labels of that line survived, so this is not a host intro that lost its label: it
    is the page's own prose, the web-article version of the story, often opened by the
    headline in title case. The headline is taken; the rest is kept as a note.
    """
    start, end = flattened_headline(state.header, piece), piece.end
    if start >= end:
        return
    state.note(
        start,
        "text-before-transcript",
        "text glued before the first speaker label of a flattened transcript reads as the "
        "page's prose version of the story; it was kept as a note",
    )
    state.add_segment(Segment("note", state.words(start, end), state.span(start, end)))


def after_transcript(state: State, piece: Piece, words: str) -> None:
    """Text after the provider line: a speaker's bio, or a note kept with a warning."""
    person = state.registry.bio_subject(words)
    if person is not None:
        person.about = words
        person.about_span = state.span(piece.start, piece.end)
        return
    state.note(
        piece.start, "trailing-text", "text after the end of the transcript was kept as a note"
    )
    state.add_segment(Segment("note", words, state.span(piece.start, piece.end)))
