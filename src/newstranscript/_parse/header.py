"""Stage 5a: the page header, what the top of a transcript page says about the story.

The assembler hands the header every piece that could belong to it: page chrome (a station's
top block, the npr.org player block, bylines, ``Originally published on ...``), the programme
line, the date line, and text lines before the transcript, among them the headline, the teaser
and the title-case headline a flattened page opens with. The header keeps the story fields
they give (``headline``, ``teaser``, ``program``, ``date``, ``outlet``) with their spans, and
says what it took, so the assembler drops what is furniture and makes the rest the transcript.
This module holds those fields, the chrome and date lines and what waits for the whole page;
``_headlines`` reads the text lines and ``_programmes`` the programme lines into it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import NamedTuple

import regex

from newstranscript import _grammar as grammar
from newstranscript import _outlets as outlets
from newstranscript._dates import page_year, parse_date, published_date
from newstranscript._lazy import compile_lazily
from newstranscript._model import Dropped, Span
from newstranscript._parse import pieces as kinds
from newstranscript._parse.blocks import PARAGRAPH, word_count
from newstranscript._parse.classify import byline_names
from newstranscript._parse.pieces import ChromePiece, DatePiece, Piece
from newstranscript._parse.source import Source

# Chrome that marks the block of page furniture at the top of a page (a station's copyright
# line stands there on pages that print their footer first).
_TOP_BLOCK_CHROME = frozenset({"player", "station", "navigation", grammar.STATION_FOOTER_REASON})

# The npr.org audio player block printed right under the title (and a station page's ``Listen •
# 3:52``, the story's own audio), from the outlet modules: it follows the headline, so
# unlike a station's top block it makes no short line beside it page furniture.
_PLAYER_BLOCK_ITEMS = outlets.PLAYER_ITEMS


class Header:
    """The story fields the page header gives, filled in as the assembler reads the pieces.

    ``spans`` is the story's span table and ``diagnostics`` its list of (normalised offset,
    code, message), both shared with the assembler so they keep the order the page gives them.
    (Plain containers rather than the assembler's methods: a bound method would make a
    reference cycle that keeps every page's pieces alive until the garbage collector runs.)
    """

    __slots__ = (
        "date",
        "diagnostics",
        "dropped",
        "headline",
        "outlet",
        "pieces",
        "player_header",
        "program",
        "program_date",
        "program_title",
        "published",
        "published_line",
        "publisher",
        "show_name_next",
        "source",
        "spans",
        "story_block",
        "teaser",
        "text",
        "top_block",
    )

    def __init__(
        self,
        source: Source,
        pieces: list[Piece],
        spans: dict[str, Span],
        diagnostics: list[tuple[int, str, str]],
    ) -> None:
        self.source = source
        self.text = source.text
        self.pieces = pieces
        self.spans = spans
        self.diagnostics = diagnostics
        # What the header removes from inside a line it reads (CNN's air time glued to the
        # headline); whole lines it refuses, the assembler drops.
        self.dropped: list[Dropped] = []
        self.headline: str | None = None
        self.teaser: str | None = None
        self.program: str | None = None
        self.outlet: str | None = None
        self.date: datetime | None = None
        self.published: datetime | None = None  # "Originally published on ...": a fallback date
        # That line's date as printed and where it starts, read once the whole page is known,
        # since a date without a year is read against the year the page gives elsewhere.
        self.published_line: tuple[str, int] | None = None
        # The date a programme line prints after the name, and where: read with the others.
        self.program_date: tuple[str, int, int] | None = None
        # Who published the page, as its own copyright footer names them.
        self.publisher: str | None = None
        self.program_title: tuple[str, int, int] | None = None
        # past a page line after which the show's name follows (CNN's "Return to Transcripts")
        self.show_name_next = False
        # The indices of the short text lines in the page's top block of furniture.
        self.top_block = _top_block(self.text, pieces)
        # The title printed alone above the player block, and where the opening run of
        # title lines and player blocks ends (npr.org), if the page opens that way.
        self.player_header = _player_header(self.text, pieces)
        # The programme's own block and the story block below it, on a station programme page.
        self.story_block = _story_block(pieces, self.text)

    def span(self, start: int, end: int) -> Span:
        return Span(self.source.to_original(start), self.source.to_original_end(end))

    @property
    def story_date(self) -> datetime | None:
        """The date line's date, else the web page's publication date."""
        return self.date or self.published

    def settle(self, copyright_line: str | None) -> None:
        """Read what waits for the whole page: the programme line's title and date, and the
        ``Originally published on ...`` line's date.

        A date that prints no year takes the one the page gives elsewhere (a dated URL, the
        copyright line); without one, or a text that names no day at all (``5:00 PM``,
        ``Tuesday``), the date is left out and says so, never taken from today's date.
        """
        if self.program_title is not None:
            words, start, end = self.program_title
            if self.headline is None:
                self.take_headline(words, start, end)
            else:
                reason = "repeated headline" if words == self.headline else "episode title"
                self.dropped.append(Dropped(words, reason, self.span(start, end)))
        if self.program_date is not None:
            printed, start, end = self.program_date
            if "date" in self.spans:
                # a date line gave the date: the programme line's is the air date it repeats
                self.dropped.append(Dropped(printed, "air date", self.span(start, end)))
            else:
                self.spans["date"] = self.span(start, end)
                self.date = self._complete_date(
                    printed, start, copyright_line, "the programme line's date"
                )
        if self.published_line is not None and self.date is None:
            printed, start = self.published_line
            self.published = self._complete_date(
                printed, start, copyright_line, "the publication date"
            )

    def _complete_date(
        self, printed: str, start: int, copyright_line: str | None, what: str
    ) -> datetime | None:
        reading = published_date(printed)
        if reading.missing == "year":
            year = page_year(self.text, copyright_line)
            if year is not None:
                reading = published_date(printed, year=year)
        if reading.missing is not None:
            gives = "no year, and the page gives none" if reading.missing == "year" else "no day"
            self.diagnostics.append(
                (
                    start,
                    "incomplete-date",
                    f"{what} {printed!r} gives {gives}; it was left out rather than guessed",
                )
            )
        return reading.date

    def name_outlet(self, outlet: str) -> None:
        """Take ``outlet`` as the story's unless the page named one earlier."""
        self.outlet = self.outlet or outlet

    # -- lines of their own -----------------------------------------------------------------

    def chrome(self, piece: ChromePiece, *, before_turns: bool) -> list[str]:
        """Read what a chrome line says about the story; the people a byline names."""
        words = self.text[piece.start : piece.end]
        outlet = grammar.CHROME_OUTLETS.get(words)
        if outlet is not None:
            self.name_outlet(outlet)
            self.show_name_next = (
                outlets.SHOW_NAME_AFTER_PAGE_LINE in outlets.layouts_of(outlet) and before_turns
            )
        if piece.reason == "published" and self.published_line is None:
            # The web page's date, usually the air date or the day after; a real date line
            # still wins. The line itself stays dropped, so it has no span of its own in spans.
            self.published_line = (words.partition(" on ")[2], piece.start)
        if piece.reason == grammar.STATION_FOOTER_REASON:
            footer = grammar.STATION_FOOTER.match(words)
            if self.publisher is None and footer is not None:
                self.publisher = footer.group("publisher")
            # Call letters in the footer name the station as the outlet, as its own copyright
            # line for a story does, when nothing on the page named one first.
            station = grammar.STATION_COPYRIGHT.match(words)
            if station is not None:
                self.name_outlet(station.group("station"))
        if piece.reason == "byline":
            return byline_names(words)
        return []

    def date_line(self, piece: DatePiece) -> None:
        self.read_date(piece.found, piece.start, piece.end)

    def read_date(self, found: regex.Match[str], start: int, end: int) -> None:
        """The story's date from a date line matched in ``text[start:end]``."""
        self.spans["date"] = self.span(start, end)
        self.date = parse_date(found.group("date"), found.group("zone"))
        unknown_zone = found.groupdict().get("unknown_zone")
        if self.date is not None and unknown_zone is not None:
            self.diagnostics.append(
                (
                    start + found.start("unknown_zone"),
                    "unknown-time-zone",
                    f"{unknown_zone!r} is not a time zone the parser knows; the date is kept "
                    "without one",
                )
            )
        if self.date is None:
            self.diagnostics.append(
                (
                    start,
                    "unparsed-date",
                    f"{found.group('date')!r} looks like a date but could not be read",
                )
            )

    # -- text lines ------------------------------------------------------------------------

    def take_headline(self, words: str, start: int, end: int) -> None:
        """The headline ``words``, read from ``text[start:end]``, which may go on past them
        with the full stop that parted the headline from what was glued after it: the stop
        is in neither the headline nor its span, but dropped with its reason."""
        self.headline, span, dropped = _headline_parts(self.text, words, start, end, self.span)
        self.spans["headline"] = span
        self.dropped.extend(dropped)


def _headline_parts(
    text: str, words: str, start: int, end: int, span: Callable[[int, int], Span]
) -> tuple[str, Span, list[Dropped]]:
    """The headline, its span and what is dropped around it: the stop glued after it, and
    the quotes of a title wrapped whole in double quotes (a plain-text copy's)."""
    dropped: list[Dropped] = []
    stop = start + len(words)
    if _QUOTED_TITLE.fullmatch(words) is not None:
        for at in (start, stop - 1):
            dropped.append(Dropped(text[at], _TITLE_QUOTES, span(at, at + 1)))
        words, start = words[1:-1], start + 1
    if stop < end:
        dropped.append(Dropped(text[stop:end], "stop after the headline", span(stop, end)))
    return words, span(start, start + len(words)), dropped


# A title wrapped whole in one pair of double quotes, none inside: ``"Fog Keeps The Ferry
# In"``, as plain-text copies of transcripts print every title.
_QUOTED_TITLE = compile_lazily(r'"[^"\n]{2,300}"|“[^“”"\n]{2,300}”')
_TITLE_QUOTES = "quotes around the headline"


def _top_block(text: str, pieces: list[Piece]) -> set[int]:
    """Short text lines that share a block with page chrome at the top of the page.

    Station pages open with a block such as a slogan, ``Play Live Radio``, ``Next Up:``;
    the slogan is page furniture too, though no pattern could list every station's.
    """
    header: set[int] = set()
    group: list[int] = []
    has_chrome = False
    for index, piece in enumerate(pieces):
        if piece.brk == PARAGRAPH:
            if has_chrome:
                header.update(group)
            group, has_chrome = [], False
        if isinstance(piece, ChromePiece):
            # Only the furniture of a page's top block makes its short lines furniture
            # too; a byline or "Originally published" line under a headline does not.
            has_chrome = has_chrome or (
                piece.reason in _TOP_BLOCK_CHROME
                and not is_player_block_item(text[piece.start : piece.end])
            )
        elif piece.kind == kinds.TEXT and word_count(text[piece.start : piece.end], 12) <= 12:
            group.append(index)
        elif piece.kind != kinds.DATE:
            break  # the transcript has begun
    else:
        if has_chrome:
            header.update(group)
    return header


# How far down the page a programme page's air-times line may stand: under the station's
# stream link and the programme's name.
_AIR_TIMES_REACH = 4
# The furniture that opens a story block of a programme page, or its transcript.
_STORY_BLOCK_CHROME = frozenset({outlets.SECTION, outlets.STORY_TIME, "published", "player"})


class StoryBlock(NamedTuple):
    """Where the lines of a station programme page's opening blocks stand (piece indices).

    ``programme`` is where the page's own block above its story blocks ends (``0`` when it
    prints none), and ``above`` the reason its lines are dropped for: a programme's name, air
    times, hosts and description, or a topic page's title. ``title`` is the story's title
    under the date line of the story block that follows (``-1`` when there is none);
    ``transcript`` whether a label or marker follows it, or the story was posted with its
    title and teaser only.
    """

    programme: int
    title: int
    transcript: bool
    above: str = "programme description"


_NO_STORY_BLOCK = StoryBlock(0, -1, transcript=True)
# A topic page's title above its first story block: a line or two of a few words.
_PAGE_TITLE_LINES = 2
_PAGE_TITLE_WORDS = 8


def _story_block(pieces: list[Piece], text: str) -> StoryBlock:
    """The programme's block and the story block a page or a story opens with."""
    programme = _programme_block(pieces)
    above = "programme description"
    if programme == 0:
        programme = next(
            (
                lines
                for lines in range(1, _PAGE_TITLE_LINES + 1)
                if opens_story_block(pieces, lines)
                and all(
                    piece.kind == kinds.TEXT
                    and word_count(text[piece.start : piece.end], _PAGE_TITLE_WORDS)
                    <= _PAGE_TITLE_WORDS
                    for piece in pieces[:lines]
                )
            ),
            0,
        )
        above = "page title" if programme else above
    title = block_title(pieces, programme, after_programme=programme > 0)
    if title < 0 and programme == 0:
        title = _title_above_story_line(pieces)
        return _NO_STORY_BLOCK if title < 0 else StoryBlock(title, title, True, "page header")
    if title < 0:
        return StoryBlock(programme, -1, True, above)
    transcript = any(piece.kind in (kinds.LABEL, kinds.MARKER) for piece in pieces[title + 1 :])
    return StoryBlock(programme, title, transcript, above)


# How far down a story page the line under its title may stand: under the site's slogan
# and appeals.
_STORY_LINE_REACH = 8


def _title_above_story_line(pieces: list[Piece]) -> int:
    """The title a story page prints right above its story line (its kind glued to its
    date), or ``-1``; what stands above the title is the page's own (a slogan, an appeal)."""
    for index, piece in enumerate(pieces[:_STORY_LINE_REACH]):
        if piece.kind in (kinds.LABEL, kinds.MARKER):
            return -1
        if isinstance(piece, ChromePiece) and piece.reason == outlets.STORY_LINE:
            above = pieces[index - 1] if index > 0 else None
            return index - 1 if above is not None and above.kind == kinds.TEXT else -1
    return -1


def block_title(pieces: list[Piece], start: int, *, after_programme: bool = False) -> int:
    """The title under the date line of the story block at ``start`` (past other furniture),
    or ``-1`` when no story block stands there.

    The block opens with its section line or posting time, or with its date alone right
    under the ``Read more`` of the block before or, ``after_programme``, under a programme
    page's own block; a section line may stand under the date instead. Right under a
    programme page's own block the title may also stand above the date.
    """
    first = _past_other_furniture(pieces, start)
    if after_programme and _title_above_date(pieces, first):
        return first
    index = first
    while index < len(pieces) and is_block_head(pieces[index]):
        index += 1
    if (
        index >= len(pieces)
        or pieces[index].kind != kinds.DATE
        or (not after_programme and block_head(pieces, index, start) is None)
    ):
        return -1
    index += 1
    while index < len(pieces) and is_block_head(pieces[index]):
        index += 1
    if (
        index >= len(pieces)
        or pieces[index].kind not in (kinds.TEXT, kinds.LABEL)
        or pieces[index].brk != PARAGRAPH
    ):
        return -1
    return index


# The furniture that opens a programme page's story block: its section line, posting time.
_BLOCK_HEAD = frozenset({outlets.SECTION, outlets.STORY_TIME})


def is_block_head(piece: Piece) -> bool:
    """Whether a piece is a story block's section line or posting time."""
    return isinstance(piece, ChromePiece) and piece.reason in _BLOCK_HEAD


def block_head(pieces: list[Piece], date: int, floor: int = 0) -> int | None:
    """Where the story block whose date line is at ``date`` starts, if it is one: at its
    section line and posting time right above the date, or at the date itself right under
    the ``Read more`` link that ends the block before. ``floor`` is the first piece the
    block may reach back to."""
    head = date
    while head > floor and is_block_head(pieces[head - 1]):
        head -= 1
    if head < date:
        return head
    above = pieces[date - 1] if date > floor else None
    read_more = isinstance(above, ChromePiece) and above.reason == "navigation"
    return date if read_more else None


def opens_story_block(pieces: list[Piece], start: int) -> bool:
    """Whether a programme page's story block starts at ``start``, past any other furniture
    (the ``Read more`` link of the story before): a section line or a posting time, then the
    date line."""
    start = _past_other_furniture(pieces, start)
    index = start
    while index < len(pieces) and is_block_head(pieces[index]):
        index += 1
    return start < index < len(pieces) and pieces[index].kind == kinds.DATE


def _title_above_date(pieces: list[Piece], index: int) -> bool:
    """Whether a story block printed as its title, then its date, each a paragraph of its own,
    starts at ``index``."""
    return (
        index + 1 < len(pieces)
        and pieces[index].kind == kinds.TEXT
        and pieces[index].brk == PARAGRAPH
        and pieces[index + 1].kind == kinds.DATE
        and pieces[index + 1].brk == PARAGRAPH
    )


def _past_other_furniture(pieces: list[Piece], start: int) -> int:
    """The first piece from ``start`` on that is no furniture, or a story block's head."""
    while (
        start < len(pieces)
        and pieces[start].kind == kinds.CHROME
        and not is_block_head(pieces[start])
    ):
        start += 1
    return start


def _programme_block(pieces: list[Piece]) -> int:
    """Where the programme's block a station's programme page opens with ends; ``0`` when
    the page opens no such block.

    The page names the programme and its air times (``Weekdays 5am to 9am``) among its first
    lines; the hosts, the description and the publishing system's fields follow, down to
    the first story block: its section line or posting time, its title above a date line,
    its ``Transcript`` line, or a label where the page printed none of those.
    """
    if not outlets.PROGRAMME_PAGES:
        return 0
    air_times = next(
        (
            index
            for index, piece in enumerate(pieces[:_AIR_TIMES_REACH])
            if isinstance(piece, ChromePiece) and piece.reason == outlets.AIR_TIMES
        ),
        None,
    )
    if air_times is None or any(
        piece.kind in (kinds.LABEL, kinds.MARKER) for piece in pieces[:air_times]
    ):
        return 0
    for index in range(air_times + 1, len(pieces)):
        piece = pieces[index]
        if piece.kind in (kinds.LABEL, kinds.MARKER, kinds.PROVIDER):
            return index
        if isinstance(piece, ChromePiece) and piece.reason in _STORY_BLOCK_CHROME:
            return index
        if piece.kind == kinds.DATE:
            above = pieces[index - 1] if index > 0 else None
            titled = above is not None and above.kind == kinds.TEXT and above.brk == PARAGRAPH
            return index - 1 if titled else index
    return len(pieces)


# Longer than a title line: the first paragraph of the story, after which the header is over.
_TITLE_LINE_MAX_WORDS = 30


def _longer_than_a_title(line: str) -> bool:
    return word_count(line, _TITLE_LINE_MAX_WORDS) > _TITLE_LINE_MAX_WORDS


class PlayerHeader(NamedTuple):
    """Where the lines of a title-and-player header stand (indices of pieces).

    ``title`` is the title alone above the first player block; ``end`` the last player line
    of the opening run of titles and blocks; ``page_title`` the web page's title line above
    them (``-1`` when the page prints none).
    """

    title: int
    end: int
    page_title: int


def _player_header(text: str, pieces: list[Piece]) -> PlayerHeader | None:
    """The title-and-player header a page opens with, if it does.

    npr.org prints the story's title alone on its line right above the audio player block,
    and may print the title and the block again before the transcript; above them all its
    web page title (the title, the show's name and the summary run together on one line)
    or its logo. The run ends at the first line after a player block that is no repeat
    of the title: a summary, or the next story of an index page.
    """
    first_text = first_item = last_item = title = -1
    lines = 0  # the text lines above the first player block
    heading = ""  # the player's heading, when one stood where the title does
    for index, piece in enumerate(pieces):
        if piece.kind == kinds.CHROME:
            if is_titled_player_item(text[piece.start : piece.end]):
                if first_item < 0:
                    first_item, title = index, index - 1
                last_item = index
            continue
        if piece.kind in (kinds.DATE, kinds.PROGRAM):
            continue
        # A title may read like a label (``Sunday Puzzle: The Word Game``), but only the
        # page's first two lines, or a repeat of the title, can be such a title.
        label_above = piece.kind == kinds.LABEL and first_item < 0 and lines < 2
        label_after = piece.kind == kinds.LABEL and first_item >= 0
        if piece.kind != kinds.TEXT and not label_above and not label_after:
            break  # a label or a marker: the transcript has begun
        if first_item >= 0:
            line = text[piece.start : piece.end]
            if line == heading:
                continue  # the player's heading printed again above its block
            above = pieces[title]
            if line != text[above.start : above.end]:
                if heading or not _player_heading(text, above):
                    break  # the summary, or another story's title
                # the player's own heading stood above the first block, not the title:
                # the title is the line under that block
                heading, title = text[above.start : above.end], index
            continue
        lines += 1
        if first_text < 0:
            first_text = index
        elif _longer_than_a_title(text[piece.start : piece.end]):
            return None  # a paragraph before any player: the story has begun
    if title < 0 or pieces[title].kind not in (kinds.TEXT, kinds.LABEL):
        return None
    shown = text[pieces[title].start : pieces[title].end]
    if _longer_than_a_title(shown) or (
        shown.endswith(".") and not shown.endswith(_ELLIPSIS) and " " in shown
    ):
        return None  # a summary sentence above the player, under a headline of its own
    page_title = -1
    if 0 <= first_text < title and _page_title_line(
        text[pieces[first_text].start : pieces[first_text].end], shown
    ):
        page_title = first_text
    return PlayerHeader(title, last_item, page_title)


def _page_title_line(line: str, title: str) -> bool:
    """Whether the page's first line is its web page title: the title with the show's name
    and the summary run on after it, parted by `` : `` or `` | ``, or a long line."""
    return (
        line.startswith(title + " ") or " : " in line or " | " in line or _longer_than_a_title(line)
    )


# A title may trail off (``The Best-Laid (Backup) Plans...``): its stops end no sentence.
_ELLIPSIS = "..."

# The heading npr.org printed above some pages' player block, where the title usually
# stands: ``Listen to this 'Talk of the Nation' topic``, ``Listen to this story``.
_PLAYER_HEADING = "Listen to this "


def _player_heading(text: str, piece: Piece) -> bool:
    return piece.kind == kinds.TEXT and text.startswith(_PLAYER_HEADING, piece.start)


def is_titled_player_item(line: str) -> bool:
    """Whether a chrome line is an item of a player block a title stands above."""
    return line.lstrip("•·*- ").startswith(outlets.TITLED_PLAYER_ITEMS)


def is_player_block_item(line: str) -> bool:
    """Whether a chrome line is an item of npr.org's player block (``  • Download``)."""
    return line.lstrip("•·*- ").startswith(_PLAYER_BLOCK_ITEMS)
