"""Whether a page that names no speaker is a transcript at all, read from its shapes.

A section index, a programme's page, a person's page, a category or term page, an archive
list or a player embed holds headlines, teasers, photo credits and dates, and no speech.
Such a page is told by two things together: nothing on it says "transcript" (no speaker
label, marker, provider line, sign-off, editor's note, timestamp, subtitle cue or captions'
``>>``, no ``Transcript`` heading, no host saying ``I'm NAME``), and either its text is too short to
hold speech, or it is made of the shapes a listing repeats once per item, or it is prose that
nothing marks as spoken. A page of prose with no cue is a person's page, an article or an
index far more often than a monologue whose labels were lost: it is read as speech, one
unlabelled turn after another, only under a transcript page's title and player, under a
player of its own story (``Play associated audio``, ``Listen · 3:52``), or with a time
above each paragraph.

Captions are no transcript either, whatever their cues hold: a subtitle file (SubRip, WebVTT,
a SubStation Alpha script) or a speech-to-text dump that prints the time above each fragment
of a caption. Their cues part the words where the screen had room, not where a speaker
stopped, and a name in a cue (``<v Speaker 2>``, ``Dana:``) is a caption's, not a turn's.

The judgement is read once, before assembly, from the typed pieces of the story; the thresholds
and the lines that count are named below, so they can be tuned against the development set
without touching the rules.
"""

from __future__ import annotations

import itertools
from typing import NamedTuple

import regex

from newstranscript import _grammar as grammar
from newstranscript._lazy import compile_lazily
from newstranscript._parse import pieces as kinds
from newstranscript._parse.header import is_player_block_item
from newstranscript._parse.pieces import (
    ChromePiece,
    DatePiece,
    MarkerPiece,
    Piece,
    TextPiece,
)

# The kinds of piece only a transcript prints: any one of them and the page is read as one.
TRANSCRIPT_KINDS = frozenset(
    {
        kinds.LABEL,
        kinds.MARKER,
        kinds.PROVIDER,
        kinds.SIGNOFF,
        kinds.NOTE,
        kinds.TIMESTAMP,
        kinds.CUE,
    }
)

# A line that heads a transcript (npr.org prints it between the teaser and the transcript).
# The player block's ``• Transcript`` item is not one: an index page prints it under every
# story it lists.
TRANSCRIPT_HEADINGS = frozenset({"transcript", "transcript:"})

# Fewer characters of words than this (outside page furniture) hold no transcript: a player
# embed's caption, a programme's one-line description, an archive page's title.
MIN_SPEECH = 500

# Prose is read as a transcript in a label form the parser does not read when this many
# different lines of it open like labels; one such line is a title with a colon, printed
# once or more (``Michael Gove: The deal is good``), as a transcript's turns are not.
LABEL_SHAPED_LINES = 2

# How many listing lines make a page a listing: photo credits, date lines, link lines and
# headlines each followed by a teaser, added up. A transcript page that lost its labels
# prints its own headline and teaser once, and rarely more than one of the others.
LISTING_LINES = 4

# On a page whose header is a transcript page's title and player block (npr.org's layout), a
# listing must show this many times as many listing lines: that header is a transcript's
# cue, which a page of many listed stories still outweighs.
TITLED_PAGE_FACTOR = 2

# Players of this many different stories on one page make it a listing by themselves, even
# with a ``Transcript`` line: each story listed prints its own player and its own link.
LISTED_PLAYERS = 2

# A page of navigation (a menu, an error page): this many lines of one to three words that
# end no sentence (``Past Shows``, ``Donate``), holding at least this share of the page's
# characters. Pages of speech or of teasers hold far less of them.
MENU_LINES = 10
MENU_WORDS = 3
MENU_SHARE = 0.5

# A photo credit or caption line, printed under each picture of a listing: one that names
# a credit in words ...
PHOTO_CREDIT = compile_lazily(
    r"""
    (?i)
    toggle[ ]caption | hide[ ]caption | getty[ ]images | \bAP[ ]Photo\b | courtesy[ ]of\b
    | \bphoto(?:graph)?(?:[ ]by\b|[ ]credit\b|:) | \bfor[ ]NPR$
    """,
    regex.VERBOSE,
)
# ... which holds one of these (most lines hold none, and a substring test is far quicker
# than the pattern's search along the line) ...
PHOTO_CREDIT_WORDS = ("caption", "getty", "photo", "courtesy", "npr")
# ... or a whole line that is a credit: ``(Jo Lane / AP)``, ``Jo Lane/Harbor Bay Radio``, a
# news agency's ``(AP)``.
CREDIT_LINE = compile_lazily(
    r"""
    (?i)
    \(?[^\W\d][\w.'’ -]{1,40}[ ]?/[ ]?[^\W\d][\w.'’ -]{1,40}\)?
    | \((?:AP|AFP|Reuters|NPR|Getty)\)
    """,
    regex.VERBOSE,
)

# ... or a credit in brackets with a space inside each (``( Ana Ruiz )``, ``( Harbor Bay
# Radio via AP )``), as a station's pages print the credit under each picture: a marker is
# printed close up, ``(SOUNDBITE OF MUSIC)``.
PADDED_CREDIT = ("( ", " )")

# A link line a listing prints under each item: the whole line is one of these words.
LINK_LINE = compile_lazily(
    r"""
    (?i)
    ^\W*(?:read[ ]more|listen(?:[ ][·•][ ]\d{1,2}:\d{2})?|download|load[ ]more|see[ ]all
    |view[ ]all|more|continue[ ]reading|full[ ]story|full[ ]episode|episode[ ]page
    |ways[ ]to[ ]connect|coming[ ]up)\W*$
    """,
    regex.VERBOSE,
)

# A programme page's air-time or host line: ``Weekdays, 5pm - 7pm``, ``HD 2: Weeknights at
# 9pm``, ``Saturdays at 10 a.m.``, ``Hosted by Dana Holloway``.
AIR_TIME_LINE = compile_lazily(
    r"""
    (?i)
    ^\W*(?:HD[ ]?\d:[ ]*)?
    (?:(?:weekdays|weekends|weeknights|daily|(?:mon|tues|wednes|thurs|fri|satur|sun)days)\b
       [^\n]{0,40}?\b\d{1,2}(?::\d{2})?[ ]?(?:am|pm|a\.m\.|p\.m\.)
     |hosted[ ]by[ ][^\W\d][^\n]{0,60})$
    # a schedule's slot: ``SAT 00:30 Harbor Night News``, ``Monday 9:00 The Harbor Hour``
    | ^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}[ ]+\d{1,2}:\d{2}\b
    """,
    regex.VERBOSE,
)

# The address of an embedded player, with the story it plays.
PLAYER_STORY = compile_lazily(r"/player/embed/(\d+)")

# A headline of a listed item: a short line that does not end a sentence ...
HEADLINE_LENGTH = (8, 100)
# ... followed by its teaser: a paragraph at least this long that ends one.
TEASER_LENGTH = 80
SENTENCE_END = compile_lazily(r"[.?!…\"'”’)]\s*$")


# A SubStation Alpha script's event line, ``Dialogue: 0,0:00:02.69,0:00:04.50,Default,...``,
# wherever its line breaks were lost; a script holds one per cue.
SSA_EVENT = compile_lazily(
    r"Dialogue:[ ]?\d{1,3},\d{1,2}:\d{2}:\d{2}[.,]\d{1,3},\d{1,2}:\d{2}:\d{2}[.,]\d{1,3},"
)
SSA_EVENTS = 3

# A speech-to-text dump's time, alone on a line beside each caption fragment: a clock time
# (``0:02``, ``12:40``, ``1:02:03``) or a caption's from-to timecode with its hours cut off
# (``:00:35.:00:45.``).
CAPTION_TIME = compile_lazily(r"\d{1,2}:\d{2}(?::\d{2})?|:\d{2}:\d{2}\.:\d{2}:\d{2}\.")
CAPTION_TIME_LENGTH = 24  # the longest line, blanks around it included, that may hold one
# This many of them ...
CAPTION_TIMES = 10
# ... and at least this share of the lines after them breaking off inside a sentence, as a
# caption does where the screen ran out of room. A transcript that prints a time above each
# paragraph ends its paragraphs with its sentences.
CAPTION_FRAGMENTS = 0.5


# The line of a story page's own audio player, beside the outlets' player items: an audio
# story's page, whose prose with no label may be its transcript. A page of prose with no
# label, marker or player (a person's page, an article, a podcast's index) is no transcript.
STORY_PLAYER_LINES = frozenset({"play associated audio", "listen to this story"})

# A news feed's markup from its first line: RSS or Atom, as a scraper saved the feed itself.
FEED_MARKUP = compile_lazily(r"\s*+<(?:\?xml\b|rss\b|feed\b)")


class Listing(NamedTuple):
    """What a page judged not a transcript showed, for the diagnostic that says so.

    ``captions`` says the page is a subtitle file or a speech-to-text dump, which may name
    speakers in its cues; any other page judged so named nobody. ``headed`` says the page
    may print a headline above its items; a subtitle file has no header, and a feed's
    markup holds no headline a reader would know.
    """

    seen: str
    captions: bool = False
    headed: bool = True


def captions(text: str, pieces: list[Piece], first_cue: int | None) -> Listing | None:
    """Whether the story's pieces are captions rather than a transcript: subtitle cues (the
    first of their timing lines at ``first_cue``), or a speech-to-text dump of timed
    fragments."""
    if not pieces:
        return None
    low, high = pieces[0].start, pieces[-1].end
    if first_cue is not None:
        # a subtitle file has no page header: its first cue's words are no headline
        return Listing("a subtitle file: cue timing lines", captions=True, headed=False)
    if text.find("Dialogue:", low, high) >= 0:
        events = sum(1 for _ in itertools.islice(SSA_EVENT.finditer(text, low, high), SSA_EVENTS))
        if events >= SSA_EVENTS:
            return Listing("a subtitle script: event lines, Dialogue: ...", captions=True)
    return _timed_fragments(text, pieces)


def _timed_fragments(text: str, pieces: list[Piece]) -> Listing | None:
    """A speech-to-text dump: many times alone on their lines, most of the lines after them
    breaking off inside a sentence. A labelled transcript that prints a time above each turn
    has labels, not fragments, under them."""
    times = fragments = 0
    after_time = False
    for piece in pieces:
        if _time_line(text, piece):
            times += 1
            after_time = True
            continue
        if (
            after_time
            and isinstance(piece, TextPiece)
            and SENTENCE_END.search(text, piece.start, piece.end) is None
        ):
            fragments += 1
        after_time = False
    if times >= CAPTION_TIMES and fragments >= CAPTION_FRAGMENTS * times:
        return Listing(
            f"a speech-to-text dump: {times} times alone on their lines, {fragments} of the "
            "lines after them breaking off inside a sentence",
            captions=True,
        )
    return None


def _time_line(text: str, piece: Piece) -> bool:
    """Whether a piece is a time alone on its line (``0:02``, ``12:40``)."""
    # only a short line can be a time: the others are not cut out of the page to be asked
    return piece.end - piece.start <= CAPTION_TIME_LENGTH and (
        CAPTION_TIME.fullmatch(text[piece.start : piece.end].strip()) is not None
    )


def judge(text: str, pieces: list[Piece], *, titled: bool = False) -> Listing | None:
    """Whether the story's pieces are a page that is not a transcript, and what showed it.

    ``None`` for a transcript, and for any page with a transcript's cue; only pages whose
    shapes say "listing", "too short" or "prose nothing marks as spoken" are judged.
    ``titled`` says the page's header is a transcript page's title and player block.
    """
    if not pieces or any(
        (piece.kind in TRANSCRIPT_KINDS and not _photo_credit(text, piece))
        or (isinstance(piece, ChromePiece) and piece.reason == grammar.SPEAKER_CHANGE_REASON)
        for piece in pieces
    ):
        return None  # captions' ``>>`` marks a new speaker too
    low, high = pieces[0].start, pieces[-1].end
    if grammar.HOST_INTRO.search(text, low, high) or grammar.COMMENTARY_SIGNOFF.search(
        text, low, high
    ):
        return None  # a host or a commentator says who they are: speech with no label
    if FEED_MARKUP.match(text, pieces[0].start) is not None:
        return Listing("the markup of a news feed", headed=False)
    lines = [text[piece.start : piece.end].strip() for piece in pieces]
    players = len(set(PLAYER_STORY.findall(text, pieces[0].start, pieces[-1].end)))
    if players < LISTED_PLAYERS and any(line.casefold() in TRANSCRIPT_HEADINGS for line in lines):
        return None
    if players >= LISTED_PLAYERS:
        return Listing(f"the players of {players} different stories")
    counts = {
        "photo credits": sum(1 for line in lines if _credit(line)),
        "date lines": sum(1 for piece in pieces if piece.kind == kinds.DATE),
        "link lines": sum(1 for line in lines if LINK_LINE.match(line)),
        "air-time lines": sum(1 for line in lines if AIR_TIME_LINE.match(line)),
        "headlines each followed by a teaser": _teased_headlines(pieces, lines),
    }
    if sum(counts.values()) >= LISTING_LINES * (TITLED_PAGE_FACTOR if titled else 1):
        shown = ", ".join(f"{what} ({count})" for what, count in counts.items() if count)
        return Listing(f"the shapes of a listing: {shown}")
    if titled:
        return None  # a transcript's title and player, whatever its length
    return _menu(lines) or _prose(text, pieces, lines)


def _menu(lines: list[str]) -> Listing | None:
    """A page of navigation: many short lines that end no sentence hold most of its text."""
    menu = [line for line in lines if _menu_item(line)]
    if len(menu) >= MENU_LINES:
        share = sum(map(len, menu)) / max(sum(map(len, lines)), 1)
        if share >= MENU_SHARE:
            return Listing(
                f"a page of navigation: {len(menu)} lines of one to three words hold "
                f"{share:.0%} of its text"
            )
    return None


def _prose(text: str, pieces: list[Piece], lines: list[str]) -> Listing | None:
    """A page too short to hold a transcript, or prose that nothing marks as spoken."""
    words = sum(
        len(line) for piece, line in zip(pieces, lines, strict=True) if piece.kind == kinds.TEXT
    )
    # A page whose lines open like labels the page does not confirm may be a transcript in a
    # label form the parser does not read: it keeps its words.
    shaped = {
        text[piece.start : piece.end]
        for piece in pieces
        if isinstance(piece, TextPiece) and piece.reading is not None
    }
    if words < MIN_SPEECH:
        if shaped:
            return None
        return Listing(f"only {words} characters of text, too few to hold a transcript")
    if len(shaped) >= LABEL_SHAPED_LINES:
        return None
    if _plays_its_story(text, pieces):
        return None  # an audio story's page: its prose is the story as spoken
    if sum(1 for piece in pieces if _time_line(text, piece)) >= CAPTION_TIMES:
        return None  # a time above each paragraph: a timed transcript, captions told apart
    return Listing(
        "its text is prose under no player of its own story: a person's page, an article "
        "or an index"
    )


def _plays_its_story(text: str, pieces: list[Piece]) -> bool:
    """Whether the page prints its own story's audio player (``Play associated audio``, a
    station's ``Listen · 3:52``, npr.org's ``• Download``): its unlabelled prose may then be
    the story as spoken, whose labels were lost."""
    return any(
        isinstance(piece, ChromePiece) and _story_player_line(text[piece.start : piece.end])
        for piece in pieces
    )


def _story_player_line(line: str) -> bool:
    item = line.strip().lstrip("•·*- ")
    return is_player_block_item(item) or item.casefold() in STORY_PLAYER_LINES


def _menu_item(line: str) -> bool:
    """Whether a line is a menu's item: a few words that end no sentence."""
    return 0 < len(line.split(maxsplit=MENU_WORDS)) <= MENU_WORDS and not SENTENCE_END.search(line)


def _credit(line: str) -> bool:
    """Whether a line is a photo credit or caption."""
    return CREDIT_LINE.fullmatch(line) is not None or names_a_photo_credit(line)


def names_a_photo_credit(text: str) -> bool:
    """Whether ``text`` names a photo's credit in words (``AP Photo``, ``Getty Images``,
    ``photo by``, ``courtesy of``), or is printed as a credit in padded brackets: on any
    page, such a line in brackets is no sound."""
    if text.startswith(PADDED_CREDIT[0]) and text.endswith(PADDED_CREDIT[1]):
        return True
    folded = text.casefold()
    return (
        any(word in folded for word in PHOTO_CREDIT_WORDS) and PHOTO_CREDIT.search(text) is not None
    )


def _photo_credit(text: str, piece: Piece) -> bool:
    """Whether a piece is a photo credit in brackets, which reads like a marker:
    ``(Ana Ruiz / Harbor Bay Radio)``."""
    return isinstance(piece, MarkerPiece) and _credit(text[piece.start : piece.end].strip())


def _teased_headlines(pieces: list[Piece], lines: list[str]) -> int:
    """How many short headline lines are followed by a teaser paragraph, past the first
    (the page's own headline and teaser); page furniture and a date line between them do
    not part them."""
    low, high = HEADLINE_LENGTH
    found = 0
    previous: str | None = None
    for piece, line in zip(pieces, lines, strict=True):
        if isinstance(piece, ChromePiece | DatePiece):
            continue  # a photo credit or a date may stand between a headline and its teaser
        if (
            previous is not None
            and low <= len(previous) <= high
            and SENTENCE_END.search(previous) is None
            and len(line) >= TEASER_LENGTH
            and SENTENCE_END.search(line) is not None
        ):
            found += 1
        previous = line if piece.kind == kinds.TEXT else None
    return max(found - 1, 0)
