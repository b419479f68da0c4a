"""Stage 4b: where a page that holds several stories changes from one story to the next.

Station programme pages, daily compilations and multi-segment CNN hours print one transcript
after another. A story has ended once its provider line or sign-off has been read; the next
one starts at the first headline, date line, programme line or page chrome after that. A story
that ends on the host's back-announce, with no provider line, ends at a title-case headline
followed by a labelled introduction. A CNN
header (``Return to Transcripts main page``) or a date line after the transcript has begun
starts a new story even without an ending. The pieces are cut into consecutive runs, so
nothing between two stories is lost: it belongs to the story before or the one after.
"""

from __future__ import annotations

from newstranscript import _grammar as grammar
from newstranscript._parse import pieces as kinds
from newstranscript._parse.blocks import INLINE, PARAGRAPH, word_count
from newstranscript._parse.header import block_head, block_title, opens_story_block
from newstranscript._parse.headlines import (
    HOUR_HEADLINE_MAX_WORDS,
    LATER_HEADLINE_MAX_WORDS,
    SENTENCE_BREAK,
)
from newstranscript._parse.pieces import LabelPiece, Piece

# A headline is short and is not a sentence: it does not end in a full stop (a bio or a
# closing remark does) and holds no sentence break (see _headlines).
_STARTS = frozenset({kinds.DATE, kinds.PROGRAM, kinds.CHROME})


def story_starts(text: str, pieces: list[Piece]) -> list[int]:
    """The indices of the pieces that open a story; the first is always ``0``."""
    starts = [0]
    begun = False  # a label or marker of the current story has been read
    provided = False  # its provider line has been read
    ended = False  # its provider line or sign-off has been read, and nobody spoke after
    signed_off = False  # a sign-off has been read, even if the host spoke after it
    introduced: set[str] = set()  # the names its labels introduced with a role
    dated = False  # a date line of the current story has been read
    for index, piece in enumerate(pieces):
        kind = piece.kind
        if kind in (kinds.LABEL, kinds.MARKER):
            begun = True
            # someone speaks again: the closing line was not the end, unless all they say is
            # their sign-off (``BEK: Omar Bek, NPR News.``)
            ended = kinds.is_signoff_turn(piece)
            provided = False
            signed_off = signed_off or ended
            if isinstance(piece, LabelPiece) and _introduces(piece):
                introduced.add(piece.label.key)
            continue
        if kind in (kinds.PROVIDER, kinds.SIGNOFF):
            ended = ended or begun
            provided = provided or (begun and kind == kinds.PROVIDER)
            signed_off = signed_off or (begun and kind == kinds.SIGNOFF)
            continue
        if not begun or piece.brk != PARAGRAPH:
            if kind == kinds.DATE:
                # A programme page's story block (section, posting time, date) opens a story
                # once the one before has begun, or has a date of its own: a teaser only.
                head = block_head(pieces, index, starts[-1])
                if head is None and dated and _titled(text, pieces, index, starts[-1]):
                    head = index - 1  # a list of titles and dates: the title opens the block
                if head is not None and (begun or dated):
                    starts.append(head)
                    begun = provided = ended = signed_off = False
                    introduced = set()
                dated = True
            continue
        heading = kind == kinds.TEXT and _headline(text, piece)
        opens = (
            kind == kinds.DATE
            or (kind == kinds.CHROME and text[piece.start : piece.end] in grammar.CHROME_OUTLETS)
            or (ended and kind in _STARTS)
            or (provided and heading)
            # After a sign-off the host often speaks again, and a short line can stand in a
            # transcript: a headline counts when someone is introduced right after it.
            or (
                heading
                and _introduction_follows(pieces, index, None if signed_off else introduced)
                and (signed_off or _title_case(text, piece))
            )
        )
        if opens:
            head = _dated_head(text, pieces, index, starts[-1]) if kind == kinds.DATE else index
            starts.append(head)
            begun = provided = ended = signed_off = False
            dated = kind == kinds.DATE
            introduced = set()
    return _with_transcripts(text, starts, pieces)


def _dated_head(text: str, pieces: list[Piece], date: int, floor: int) -> int:
    """Where a story whose date line is at ``date`` starts: at its story block's head, at
    the title right above the date, or at the date itself."""
    head = block_head(pieces, date, floor)
    if head is not None:
        return head
    return date - 1 if _titled(text, pieces, date, floor) else date


def _titled(text: str, pieces: list[Piece], date: int, floor: int) -> bool:
    """Whether a title-case line stands alone right above the date line at ``date``."""
    above = pieces[date - 1] if date - 1 > floor else None
    return (
        above is not None
        and above.kind == kinds.TEXT
        and above.brk == PARAGRAPH
        and pieces[date].brk == PARAGRAPH
        and _headline(text, above)
        and _title_case(text, above)
    )


def _introduces(piece: Piece) -> bool:
    """Whether a label introduces someone with a role: ``DANA HOLLOWAY, HOST:``."""
    if not isinstance(piece, LabelPiece):
        return False
    label = piece.label
    return not label.unidentified and bool(label.role_text or label.title_text)


def _introduction_follows(pieces: list[Piece], index: int, known: set[str] | None) -> bool:
    """Whether a story's introduction follows the headline-like piece at ``index``.

    That is a label introducing someone with a role, past any date or programme line and the
    host's opening paragraph when the page lost the host's label. With ``known``, the story
    has not signed off, and only a name it introduced already counts: a story introduces each
    person once, so introducing the host again is the next story's start.
    """
    paragraphs = 0
    # By index, not over a copy of the rest of the page: it is asked at every headline-like
    # line, and usually settled by the next piece or two.
    for at in range(index + 1, len(pieces)):
        following = pieces[at]
        if following.kind in _STARTS:
            continue
        if following.kind == kinds.TEXT and paragraphs == 0:
            paragraphs += 1
            continue
        return (
            isinstance(following, LabelPiece)
            and _introduces(following)
            and following.brk != INLINE
            and (known is None or following.label.key in known)
        )
    return False


def _title_case(text: str, piece: Piece) -> bool:
    """A line in title case: ``Gulls Return To The Old Pier``, two words or more."""
    words = text[piece.start : piece.end].split()
    # Short words (to, the, of, a) may stay in lower case; no longer word may.
    return len(words) >= 2 and not any(word[0].islower() for word in words if len(word) > 3)


def later_header_lines(text: str, pieces: list[Piece], starts: list[int]) -> frozenset[int]:
    """The headline, date and programme lines that open the stories starting at ``starts``.

    Read as part of one story (by ``parse``), they are another story's header, not the end of
    this one's transcript or words of its last speaker. They lie between the story's start and
    its first label or marker; a text line there counts when it reads as a header line (a
    CNN headline line may hold full stops, but does not end in one), so a paragraph that
    opens the story is not taken for one.
    """
    lines: set[int] = set()
    for start in starts:
        # A programme page's story title may read like a label (``NOAA: ...``).
        title = block_title(pieces, start)
        for index in range(start, len(pieces)):
            piece = pieces[index]
            if piece.kind in (kinds.LABEL, kinds.MARKER) and index != title:
                break
            if (
                piece.kind in (kinds.DATE, kinds.PROGRAM)
                or index == title
                or (piece.kind == kinds.TEXT and _header_line(text, piece))
            ):
                lines.add(index)
    return frozenset(lines)


def _header_line(text: str, piece: Piece) -> bool:
    words = text[piece.start : piece.end]
    return word_count(
        words, HOUR_HEADLINE_MAX_WORDS
    ) <= HOUR_HEADLINE_MAX_WORDS and not words.endswith((".", "!", ":", ",", '."', ".”"))


def _with_transcripts(text: str, starts: list[int], pieces: list[Piece]) -> list[int]:
    """The starts of runs that hold a label or marker, or a paragraph a host opens by
    saying who they are (a transcript whose labels were all lost: ``Welcome back. I'm Dana
    Holloway.``); a run without one is not a story, unless it opens with a programme page's
    story block (a story posted with a teaser and no transcript).

    What follows a story's provider line can look like the next headline ("More Stories From
    NPR", "Related") without any transcript after it; it stays with the story before.
    """
    kept = [0]
    for first, stop in zip(starts[1:], [*starts[2:], len(pieces)], strict=False):
        run = pieces[first:stop]
        talks = any(piece.kind in (kinds.LABEL, kinds.MARKER) for piece in run) or any(
            _opened_by_a_host(text, piece) for piece in run
        )
        if talks or opens_story_block(pieces, first):
            kept.append(first)
    return kept


# How far into a paragraph a host's ``I'm NAME`` may stand and still open it.
_INTRO_REACH = 40


def _opened_by_a_host(text: str, piece: Piece) -> bool:
    if piece.kind != kinds.TEXT or piece.brk != PARAGRAPH:
        return False
    found = grammar.HOST_INTRO.search(text, piece.start, min(piece.end, piece.start + 200))
    return found is not None and found.start() - piece.start <= _INTRO_REACH


def _headline(text: str, piece: Piece) -> bool:
    words = text[piece.start : piece.end]
    return (
        not words[:1].islower()
        and word_count(words, LATER_HEADLINE_MAX_WORDS) <= LATER_HEADLINE_MAX_WORDS
        and not words.endswith((".", ":", ","))
        and SENTENCE_BREAK.search(words) is None
    )
