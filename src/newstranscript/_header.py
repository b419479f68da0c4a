"""Stage 5a: the page header, what the top of a transcript page says about the story.

The assembler hands the header every piece that could belong to it: page chrome (a station's
top block, the npr.org player block, bylines, ``Originally published on ...``), the programme
line, the date line, and text lines before the transcript, among them the headline, the teaser
and the title-case headline a flattened page opens with. The header keeps the story fields
they give (``headline``, ``teaser``, ``program``, ``date``, ``outlet``) with their spans, and
says what it took, so the assembler drops what is furniture and makes the rest the transcript.
"""

from __future__ import annotations

from datetime import datetime
from typing import Literal

import regex

from newstranscript import _grammar as grammar
from newstranscript import _outlets as outlets
from newstranscript import _pieces as kinds
from newstranscript._blocks import PARAGRAPH
from newstranscript._classify import byline_names
from newstranscript._dates import page_year, parse_date, published_date, read_date
from newstranscript._lazy import compile_lazily
from newstranscript._model import Dropped, Span
from newstranscript._pieces import ChromePiece, DatePiece, LabelPiece, Piece, ProgramPiece
from newstranscript._source import Source
from newstranscript._speakers import role_of

# What the header made of a text line; the assembler drops a repeated headline and an air time.
Taken = Literal[
    "headline", "show headline", "teaser", "program", "repeated headline", "air time", "share link"
]

# Headlines are one short line; anything longer is a paragraph of the story.
_HEADLINE_MAX_WORDS = 30
_SENTENCES = compile_lazily(r"[.?!][\"”’)]?[ ]+\p{Lu}")

# Chrome that marks the block of page furniture at the top of a page.
_TOP_BLOCK_CHROME = frozenset({"player", "station", "navigation"})

# The npr.org audio player block printed right under the title (and a station page's ``Listen •
# 3:52``, the story's own audio), from the outlet modules: it follows the headline, so
# unlike a station's top block it makes no short line beside it page furniture.
_PLAYER_BLOCK_ITEMS = outlets.PLAYER_ITEMS

# The line ends between a paragraph and the next when a line the page lost stood between them:
# two blank lines, where paragraphs are parted by one.
_LOST_LINE_GAP = 3

# npr.org's summary is a sentence or two; a longer paragraph under the player is the story.
_SUMMARY_MAX_WORDS = 60

# One word of a title-case headline: capitalised, a short lower-case word ("of", "the"), or a
# number. Every word of four letters or more in such a headline is capitalised.
_WORD_OF_TITLE = r"(?:\p{Lu}[\p{L}'’\-]*+|\p{Ll}{1,3}+|\d++)"
_TITLE_WORD = compile_lazily(_WORD_OF_TITLE)
_SHORT_WORD = compile_lazily(r"\p{Ll}{1,3}+")

# A headline in title case opening a flattened page: "Fishermen Mend Nets As Quotas Shrink."
# The full stop that ends it is the page's, not the headline's. It may be all the prose there
# is before the first label.
_TITLE_SENTENCE = compile_lazily(
    rf"(?P<title>{_WORD_OF_TITLE}(?:[ ]{_WORD_OF_TITLE}){{2,19}})[.?!](?:[ ]++|$)"
)

# Words that open a sentence. A title-case headline glued, without its full stop, to the
# story's first sentence is only cut where that sentence opens with one of them: a name there
# ("... Strike Mira Quell has ...") leaves no sign of where the headline ends.
_SENTENCE_OPENERS = frozenset(
    {
        *("The", "A", "An", "This", "That", "These", "Those", "It", "Its", "There"),
        *("In", "On", "At", "For", "After", "Before", "When", "While", "As", "With", "From"),
        *("Since", "Over", "If", "But", "And", "Now", "Last", "Some", "Many", "Most", "More"),
        "Once",
    }
)

# How far into the prose of a flattened page the header can reach: a headline of thirty words,
# a programme line and a date line.
_HEADER_REACH = 400

# A short line wholly in capitals: a show name such as CNN's ``EARLY START``.
_CAPS_LINE = compile_lazily(r"^[^\p{Ll}\n]{2,60}$")

# Any year, for telling whether a programme line's rest is a date before the page's year is
# known: a date that prints none reads with it all the same.
_ANY_YEAR = 2000

_TITLE_SMALL_WORDS = frozenset({"of", "the", "and", "a", "an", "in", "on", "at", "to", "for"})


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
        "program",
        "program_date",
        "program_title",
        "published",
        "published_line",
        "show_name_next",
        "source",
        "spans",
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
        self.program_title: tuple[str, int, int] | None = None
        # past a page line after which the show's name follows (CNN's "Return to Transcripts")
        self.show_name_next = False
        # The indices of the short text lines in the page's top block of furniture.
        self.top_block = _top_block(self.text, pieces)

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
        if piece.reason == "byline":
            return byline_names(words)
        return []

    def program_line(self, piece: ProgramPiece) -> None:
        """A line naming the programme: ``Heard on Morning Edition``, and what follows the
        name on it (``Morning Edition: Vote Count Resumes``, ``Weekend Edition For Saturday,
        March 2``), read by :meth:`program_rest`."""
        found = piece.found
        if found.group("rest") is None:
            self.set_program(found.group("program"), piece.start, piece.end)
            return
        rest = piece.start + found.start("rest")
        name_end = piece.start + len(self.text[piece.start : rest].rstrip())
        self.set_program(found.group("program"), piece.start, name_end)
        self.program_rest(rest, piece.end)

    def program_rest(self, start: int, end: int) -> None:
        """What a programme line prints after the name: the broadcast's date, or the title
        of the story or episode.

        Both are settled once the whole page is read (:meth:`settle`). A date is the
        story's date when no date line gives one, else dropped as the air date a date line
        repeats. A title is the headline when the page prints none of its own; beside the
        page's headline it is the episode's or the slot's title (``TALK OF THE NATION:
        Special Coverage``), dropped with that reason, or a repeat of the headline: never
        nothing.
        """
        words = self.text[start:end]
        reading = read_date(words, None, year=_ANY_YEAR)
        if reading.date is not None or reading.missing is not None:
            self.program_date = (words, start, end)
        else:
            self.program_title = (words, start, end)

    def set_program(self, printed: str, start: int, end: int, *, own_line: bool = True) -> None:
        """Set the programme; its span is kept only when a line of its own named it, since
        words inside a turn are already that turn's."""
        known = grammar.PROGRAMS.get(printed.lower())
        if known is None and ": " in printed:
            known = _programme_in_a_slot(printed)
        if known is not None:
            self.program, outlet = known
            self.name_outlet(outlet)
        else:
            self.program = _display_title(printed)
        if own_line:
            self.spans["program"] = self.span(start, end)

    def program_mention(self, start: int, end: int, segments_before: int) -> None:
        """``This is TALK OF THE NATION`` in the first turns names the programme."""
        if self.program is not None or segments_before > 4:
            return
        for found in grammar.PROGRAM_MENTION.finditer(self.text, start, end):
            printed = found.group("program").rstrip(".!,'’-")
            if printed in grammar.OUTLET_NAMES:
                continue
            if printed.lower() in grammar.PROGRAMS or len(printed.split()) >= 2:
                at = found.start("program")
                self.set_program(printed, at, at + len(printed), own_line=False)
                return

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

    def text_line(self, piece: Piece, index: int, *, before_turns: bool) -> Taken | None:
        """What a text line is in the header, if anything; ``None`` leaves it to the transcript.

        ``before_turns`` says no segment has been read yet: only then can a line be the
        headline, the show name or the teaser.
        """
        start, end = piece.start, piece.end
        if not before_turns:
            # the transcript's own paragraphs: only a repeat of the headline is the header's,
            # told apart by its length before any text is compared
            headline = self.headline
            if headline is not None and end - start == len(headline):
                return "repeated headline" if self.text[start:end] == headline else None
            return None
        words = self.text[start:end]
        if words.startswith("Aired ") and grammar.AIR_TIME.match(words):
            return "air time"  # CNN's hour slot on a line of its own
        if words in grammar.SHARE_LINKS and self._among_share_links(index):
            return "share link"
        if self.headline is None:
            taken = self.opening_line(words, start, end, index)
            if taken is not None:
                return taken
        if self.headline is not None and words == self.headline:
            return "repeated headline"
        # npr.org prints its summary between the headline and the audio player, or after the
        # player and right above the host's label: with that label still on the page, the
        # paragraph cannot be the host's intro whose label was lost.
        following = self.pieces[index + 1] if index + 1 < len(self.pieces) else None
        if (
            self.headline is not None
            and self.teaser is None
            and following is not None
            and (
                following.kind == kinds.CHROME
                or (
                    (
                        _opens_a_host_turn(following)
                        or self._summary_above_lost_label(index, following)
                    )
                    # "This is TALK OF THE NATION. I'm Walt Kerrigan." is the host speaking
                    and grammar.HOST_INTRO.search(self.text, start, end) is None
                )
            )
        ):
            self.teaser = words
            self.spans["teaser"] = self.span(start, end)
            return "teaser"
        return None

    def _among_share_links(self, index: int) -> bool:
        """Whether the share link at ``index`` stands with another: a lone ``Email`` line
        before the transcript may be the first word of it."""
        return any(
            0 <= beside < len(self.pieces)
            and self.pieces[beside].kind == kinds.TEXT
            and self.text[self.pieces[beside].start : self.pieces[beside].end]
            in grammar.SHARE_LINKS
            for beside in (index - 1, index + 1)
        )

    def _summary_above_lost_label(self, index: int, following: Piece) -> bool:
        """Whether the paragraph at ``index`` is npr.org's summary above a host label the
        page lost (most npr.org copies lose every line in capitals, the label among them).

        The summary stands right under the player block; the host's intro follows it as
        unlabelled text after the two blank lines the lost label left. The seed's shape, a
        headline and then the intro straight away, has no player block above the intro, and
        an intro of two paragraphs has one blank line between them: both stay in the turn.
        The summary is also short: a longer paragraph there is more likely the intro.
        """
        if index == 0:
            return False
        above, piece = self.pieces[index - 1], self.pieces[index]
        return (
            above.kind == kinds.CHROME
            and _is_player_block_item(self.text[above.start : above.end])
            and following.kind == kinds.TEXT
            and following.brk == PARAGRAPH
            and self.text.count("\n", piece.end, following.start) >= _LOST_LINE_GAP
            and len(self.text[piece.start : piece.end].split()) <= _SUMMARY_MAX_WORDS
        )

    def flattened_headline(self, piece: Piece) -> int:
        """Take the header a flattened page's prose opens with: headline, programme, date.

        The headline is taken only where the page shows where it ends: a title-case sentence
        (``Fishermen Mend Nets As Quotas Shrink. The cod ...``), a ``Heard on <programme>`` or
        a date line glued after it, or a title-case run that a new sentence follows (``...
        Quotas Shrink The cod quota ...``). Ordinary prose is never cut. Returns where the
        rest of the prose starts (``piece.end`` when nothing is left).
        """
        start, end = piece.start, piece.end
        if self.headline is not None:
            return start
        reach = min(end, start + _HEADER_REACH)
        title = _TITLE_SENTENCE.match(self.text, start, end)
        if title is not None:
            # the sentence's closing mark is the page's, not the headline's
            self.take_headline(title.group("title"), start, title.end("title") + 1)
            return self._glued_header_lines(title.end(), end)
        marker = self._first_glued_header_line(start, reach)
        if marker is not None:
            head = self.text[start:marker].rstrip()
            before_date = not self.text.startswith("Heard ", marker)
            if self._flattened_headline_like(head, before_date=before_date):
                self.take_headline(_without_closing_stop(head), start, start + len(head))
                return self._glued_header_lines(marker, end)
        head_end = _title_before_sentence(self.text[start:reach])
        if head_end is not None:
            self.take_headline(self.text[start : start + head_end], start, start + head_end)
            return _skip_spaces(self.text, start + head_end, end)
        return start

    def _first_glued_header_line(self, start: int, reach: int) -> int | None:
        """Where the first programme or date line glued into ``text[start:reach]`` starts."""
        found = [
            match.start()
            for pattern in (grammar.GLUED_PROGRAM, grammar.GLUED_DATE)
            if (match := pattern.search(self.text, start, reach)) is not None
        ]
        return min(found, default=None)

    def _flattened_headline_like(self, head: str, *, before_date: bool) -> bool:
        """Whether the text before a glued programme or date line is a headline.

        It must be two words or more but short, hold no sentence break and not end like a
        clause. Before a date it
        must also be in title case: a date after ordinary words is prose (``The vote came on
        November 8, 2017``).
        """
        if head.endswith((":", ",", ";")) or not 2 <= len(head.split()) <= _HEADLINE_MAX_WORDS:
            return False
        if _SENTENCES.search(head):
            return False
        return not before_date or _is_title(head)

    def _glued_header_lines(self, at: int, end: int) -> int:
        """Read the programme and date lines glued in at ``at``; where the prose goes on.

        Each is read once, and only while the story has none yet: a second one stays in the
        prose, which is kept as a note.
        """
        at = _skip_spaces(self.text, at, end)
        for _ in range(2):
            program = grammar.GLUED_PROGRAM.match(self.text, at, end)
            if program is not None and self.program is None:
                self.set_program(program.group("program"), at, program.end())
                at = _skip_spaces(self.text, program.end(), end)
                continue
            date = grammar.GLUED_DATE.match(self.text, at, end)
            if date is not None and "date" not in self.spans:
                self.read_date(date, at, date.end())
                at = _skip_spaces(self.text, date.end(), end)
                continue
            break
        return at

    def opening_line(self, words: str, start: int, end: int, index: int) -> Taken | None:
        """The headline, or CNN's show name, from the first lines before the transcript.

        CNN's air time or date line glued to the end of the line is cut off first: the
        headline stops before ``Aired``.
        """
        glued = _glued_aired(words) if " Aired " in words else None
        head_end = start + glued[0] if glued is not None else end
        head = self.text[start:head_end]
        taken: Taken | None = None
        if self.show_name_next:
            if self.program is None and _CAPS_LINE.match(head):
                self.set_program(head, start, head_end)
                taken = "program"
            else:
                # CNN's headline line lists the hour's stories and may hold full stops.
                self.take_headline(
                    _without_closing_stop(head) if glued is not None else head, start, head_end
                )
                taken = "show headline"
        elif self._headline_like(head, index):
            self.take_headline(
                _without_closing_stop(head) if glued is not None else head, start, head_end
            )
            taken = "headline"
        if taken is not None and glued is not None:
            self.glued_aired(glued[1], start, index)
        return taken

    def glued_aired(
        self, parts: list[tuple[int, int, regex.Match[str] | None]], at: int, index: int
    ) -> None:
        """Account for the ``Aired ...`` parts cut from the end of the line at ``at``.

        A date among them is the story's date, as a date line of its own would be, unless the
        header has a date line already or one follows before the transcript; an air time, or
        a date the date line repeats, is dropped with its reason.
        """
        for part_start, part_end, date in parts:
            start, end = at + part_start, at + part_end
            if date is None:
                reason = "air time"
            elif "date" in self.spans or self._date_line_follows(index):
                reason = "air date"
            else:
                self.read_date(date, start, end)
                continue
            self.dropped.append(Dropped(self.text[start:end], reason, self.span(start, end)))

    def _date_line_follows(self, index: int) -> bool:
        for piece in self.pieces[index + 1 :]:
            if piece.kind == kinds.DATE:
                return True
            if piece.kind in (kinds.LABEL, kinds.MARKER):
                return False
        return False

    def take_headline(self, words: str, start: int, end: int) -> None:
        """The headline ``words``, read from ``text[start:end]``, which may go on past them
        with the full stop that parted the headline from what was glued after it: the stop
        is in neither the headline nor its span, but dropped with its reason."""
        self.headline = words
        stop = start + len(words)
        self.spans["headline"] = self.span(start, stop)
        if stop < end:
            self.dropped.append(
                Dropped(self.text[stop:end], "stop after the headline", self.span(stop, end))
            )

    def _headline_like(self, words: str, index: int) -> bool:
        if len(words.split()) > _HEADLINE_MAX_WORDS or words.endswith(":"):
            return False
        following = self.pieces[index + 1] if index + 1 < len(self.pieces) else None
        if following is not None and following.brk != PARAGRAPH and following.kind == kinds.TEXT:
            return False  # the line wraps on: a paragraph, not a headline
        return not _SENTENCES.search(words)


def _glued_aired(
    line: str,
) -> tuple[int, list[tuple[int, int, regex.Match[str] | None]]] | None:
    """Where CNN's ``Aired ...`` glued to the end of a line starts, and its parts.

    The tail from the first `` Aired `` must be wholly an air time (``Aired 4:30-5a ET``), a
    date line (``Aired May 20, 2019 - 04:30 ET``) or the one followed by the other; anything
    else (``... was Aired in full``) is not cut. Each part is ``(start, end, date match)``,
    the match ``None`` for an air time.
    """
    at = line.find(" Aired ")
    if at <= 0:
        return None
    tail = at + 1
    second = line.find(" Aired ", tail)
    first_end = second if second > 0 else len(line)
    first = line[tail:first_end].rstrip()
    if grammar.AIR_TIME.match(first):
        parts: list[tuple[int, int, regex.Match[str] | None]] = [(tail, tail + len(first), None)]
        if second < 0:
            return len(line[:at].rstrip()), parts
        date = grammar.DATE_LINE.match(line[second + 1 :])
        if date is None:
            return None
        parts.append((second + 1, len(line.rstrip()), date))
        return len(line[:at].rstrip()), parts
    date = grammar.DATE_LINE.match(line[tail:])
    if date is None:
        return None
    return len(line[:at].rstrip()), [(tail, len(line.rstrip()), date)]


def _without_closing_stop(head: str) -> str:
    """The headline without the full stop that parts it from what was glued after it.

    The span keeps the stop, as it keeps what the headline was read from. ``U.S.`` keeps
    its last stop: it is part of the word.
    """
    if not head.endswith(".") or "." in head[:-1].rpartition(" ")[2]:
        return head
    return head[:-1]


def _is_title(words: str) -> bool:
    """Whether ``words`` read as a title-case headline of three words or more."""
    split = words.rstrip(".?!").split(" ")
    return (
        len(split) >= 3
        and all(_TITLE_WORD.fullmatch(word) for word in split)
        and sum(word[:1].isupper() for word in split) >= 3
        and _SHORT_WORD.fullmatch(split[-1]) is None
    )


def _title_before_sentence(prose: str) -> int | None:
    """Where a title-case headline glued to the first sentence without a stop ends.

    ``Keepers Vote To Strike As The Fog Rolls In The cod quota ...``: the first long
    lower-case word (``quota``) is the sentence's; the last capitalised word before it
    (``The``) opens the sentence, and must be a word that opens sentences; what comes before
    it must be a title. ``None`` when the prose does not show that shape.
    """
    words = prose.split(" ", _HEADLINE_MAX_WORDS + 2)[: _HEADLINE_MAX_WORDS + 2]
    first_prose = next(
        (
            index
            for index, word in enumerate(words)
            if word[:1].islower() and _SHORT_WORD.fullmatch(word) is None
        ),
        None,
    )
    if first_prose is None:
        return None
    opener = next(
        (index for index in range(first_prose - 1, -1, -1) if words[index][:1].isupper()), None
    )
    if opener is None or words[opener] not in _SENTENCE_OPENERS:
        return None
    title = " ".join(words[:opener])
    return len(title) if _is_title(title) else None


def _skip_spaces(text: str, at: int, end: int) -> int:
    while at < end and text[at] == " ":
        at += 1
    return at


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
                and not _is_player_block_item(text[piece.start : piece.end])
            )
        elif piece.kind == kinds.TEXT and len(text[piece.start : piece.end].split()) <= 12:
            group.append(index)
        elif piece.kind != kinds.DATE:
            break  # the transcript has begun
    else:
        if has_chrome:
            header.update(group)
    return header


def _is_player_block_item(line: str) -> bool:
    """Whether a chrome line is an item of npr.org's player block (``  • Download``)."""
    return line.lstrip("•·*- ").startswith(_PLAYER_BLOCK_ITEMS)


def _opens_a_host_turn(piece: Piece) -> bool:
    return isinstance(piece, LabelPiece) and role_of(piece.label.described_as)[0] == "host"


def _programme_in_a_slot(printed: str) -> tuple[str, str] | None:
    """``TALK OF THE NATION: SCIENCE FRIDAY``, a programme airing in another's slot: both
    names in their usual spelling, and the outlet of the first; ``None`` unless both are
    programmes of the table."""
    slot, _, show = printed.partition(": ")
    first, second = grammar.PROGRAMS.get(slot.lower()), grammar.PROGRAMS.get(show.lower())
    if first is None or second is None:
        return None
    return f"{first[0]}: {second[0]}", first[1]


def _display_title(printed: str) -> str:
    """A programme name printed in capitals, in title case: ``EARLY LIGHT`` -> ``Early Light``."""
    if any(ch.islower() for ch in printed):
        return printed
    words = []
    for position, word in enumerate(printed.split()):
        if word in grammar.OUTLET_NAMES:
            words.append(word)
        elif position and word.lower() in _TITLE_SMALL_WORDS:
            words.append(word.lower())
        else:
            words.append(word.capitalize())
    return " ".join(words)
