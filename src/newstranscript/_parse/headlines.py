"""The text lines of the page header: headline, teaser, CNN's show name, and the header a
flattened page glues before its first label; and what makes a line read as a headline.

Each function reads one text line for the :class:`Header` and says what it took
(:data:`Taken`), so the assembly rules drop what is furniture and make the rest the transcript.
"""

from __future__ import annotations

from typing import Literal

import regex

from newstranscript import _grammar as grammar
from newstranscript._lazy import compile_lazily
from newstranscript._model import Dropped
from newstranscript._parse import pieces as kinds
from newstranscript._parse import programmes
from newstranscript._parse.blocks import INLINE, PARAGRAPH, word_count
from newstranscript._parse.header import Header, is_player_block_item
from newstranscript._parse.pieces import LabelPiece, Piece
from newstranscript._person_names import role_of

# What the header made of a text line; the assembler drops a repeated headline and an air time.
Taken = Literal[
    "headline",
    "episode number",
    "show headline",
    "teaser",
    "program",
    "repeated headline",
    "air time",
    "share link",
    "page title",
    "page header",
    "repeated teaser",
    "teaser continued",
]

# Headlines are one short line; anything longer is a paragraph of the story. A headline at
# the top of the page may run to thirty words; one that opens a later story on a page of
# several is held to twenty, since it must stand out from the transcript before it; a CNN
# header line lists the hour's stories, and may run to forty.
HEADLINE_MAX_WORDS = 30
LATER_HEADLINE_MAX_WORDS = 20
HOUR_HEADLINE_MAX_WORDS = 40

# Where one sentence ends and the next starts: a headline holds no such break.
# An abbreviation's full stop (``vs.``, ``Dr.``, an initial's: ``P.J. Ruiz``) ends no sentence.
SENTENCE_BREAK = compile_lazily(
    rf"(?:(?<!(?<![\p{{L}}])(?:{grammar.ABBREVIATED_WORD}|\p{{Lu}}))[.]|[?!])"
    r"[\"”’)]?[ ]+\p{Lu}"
)
# A line that ends a sentence: only such a line above npr.org's title is its summary.
_ENDS_A_SENTENCE = compile_lazily(r"[.?!…][\"'”’)]?$")

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


# How far into the prose of a flattened page the header can reach: a headline of thirty words,
# a programme line and a date line.
_HEADER_REACH = 400

# A short line wholly in capitals: a show name such as CNN's ``EARLY START``.
_CAPS_LINE = compile_lazily(r"^[^\p{Ll}\n]{2,60}$")


def text_line(header: Header, piece: Piece, index: int, *, before_turns: bool) -> Taken | None:
    """What a text line is in the header, if anything; ``None`` leaves it to the transcript.

    ``before_turns`` says no segment has been read yet: only then can a line be the
    headline, the show name or the teaser.
    """
    start, end = piece.start, piece.end
    if not before_turns:
        # the transcript's own paragraphs: only a repeat of the headline is the header's,
        # told apart by its length before any text is compared
        headline = header.headline
        if headline is not None and end - start == len(headline):
            return "repeated headline" if header.text[start:end] == headline else None
        return None
    words = header.text[start:end]
    if words.startswith("Aired ") and grammar.AIR_TIME.match(words):
        return "air time"  # CNN's hour slot on a line of its own
    if words in grammar.SHARE_LINKS and _among_share_links(header, index):
        return "share link"
    in_player_header = header.player_header is not None and index < header.player_header.end
    if in_player_header:
        taken = _above_the_player(header, words, index)
        if taken is not None:
            return taken
    if header.headline is None and not _glued_to_a_label(header, index):
        taken = opening_line(header, words, start, end, index)
        if taken is not None:
            return taken
    if header.headline is not None and words == header.headline:
        return "repeated headline"
    if header.teaser is not None and words == header.teaser:
        return "repeated teaser"  # npr.org prints its summary again under the player
    if header.teaser is None and _summary_here(header, piece, index):
        return _take_teaser(header, words, start, end)
    if in_player_header:
        # Above the last player block nothing is the transcript yet: the summary, the show's
        # links and the like.
        return (
            "page header" if header.teaser is not None else _take_teaser(header, words, start, end)
        )
    return None


def story_block_line(header: Header, piece: Piece, index: int) -> Taken | None:
    """The title under a station programme page's story block, and the teaser of a story
    posted with its title and teaser only; ``None`` for any other line.

    The title's place says it is one, even when it reads like a label (``NOAA: ...``) or
    holds a stop (``Rep. Akin``).
    """
    block = header.story_block
    words = header.text[piece.start : piece.end]
    if index == block.title and header.headline is None:
        header.take_headline(words, piece.start, piece.end)
        return "headline"
    if block.transcript or not index > block.title >= 0:
        return None
    if header.teaser is not None:
        return "teaser continued"
    return _take_teaser(header, words, piece.start, piece.end)


def _take_teaser(header: Header, words: str, start: int, end: int) -> Taken:
    header.teaser = words
    header.spans["teaser"] = header.span(start, end)
    return "teaser"


def _above_the_player(header: Header, words: str, index: int) -> Taken | None:
    """A line of the title lines and player blocks an npr.org page opens with, if the
    layout says what it is; ``None`` leaves it to the other readings.

    The title alone above the first player block is the headline unless a line above it
    was taken already (then it is the summary), and its repeats are dropped. The web page's
    title line above them gives the programme and the teaser and is dropped.
    """
    layout = header.player_header
    assert layout is not None
    piece = header.pieces[index]
    if index == layout.page_title:
        _read_page_title(header, words, piece.start, layout.title)
        return "page title"
    if index == layout.title and header.headline is None:
        header.take_headline(words, piece.start, piece.end)
        return "headline"
    if words == header.headline:
        return "repeated headline"
    if index < layout.title:
        # above the title: a summary, or the show's links or a series' name and tagline,
        # never a headline of their own; only a sentence is the summary
        if header.teaser is not None or _ENDS_A_SENTENCE.search(words) is None:
            return "page header"
        return _take_teaser(header, words, piece.start, piece.end)
    return None


def _read_page_title(header: Header, words: str, start: int, title: int) -> None:
    """The programme and the teaser the web page's title line gives (``Title : Show
    Summary``, or the title and the summary run together); the title before them is
    dropped with its reason."""
    end = start + len(words)
    title_part, colon, rest = words.partition(" : ")
    if not colon:
        title_part, colon, rest = words.partition(" | ")  # the title bar's other separator
    parts: list[tuple[int, int]] = []
    if colon:
        at = start + len(title_part) + len(colon)
        cut = at - 1  # the separator goes with the title
        show = _programme_opening(rest)
        if show is not None and header.program is None:
            programmes.set_program(header, rest[:show], at, at + show)
        elif show is not None:
            parts.append((at, at + show))  # the show the page named already
        at += show or 0
    else:
        shown = header.text[header.pieces[title].start : header.pieces[title].end]
        cut = at = start + len(shown) if words.startswith(shown + " ") else end
    parts.insert(0, (start, cut))
    at = _skip_spaces(header.text, at, end)
    if at < end and header.teaser is None:
        header.teaser = header.text[at:end]
        header.spans["teaser"] = header.span(at, end)
    elif at < end:
        parts.append((at, end))  # a summary the page gave already
    for part_start, part_end in parts:
        header.dropped.append(
            Dropped(
                header.text[part_start:part_end], "page title", header.span(part_start, part_end)
            )
        )


def _programme_opening(words: str) -> int | None:
    """The length of the known programme's name ``words`` open with, the longest."""
    lowered = words.lower()
    found = [
        len(name)
        for name in grammar.PROGRAMS
        if lowered.startswith(name) and not lowered[len(name) : len(name) + 1].isalnum()
    ]
    return max(found, default=None)


def _among_share_links(header: Header, index: int) -> bool:
    """Whether the share link at ``index`` stands with another: a lone ``Email`` line
    before the transcript may be the first word of it."""
    return any(
        0 <= beside < len(header.pieces)
        and header.pieces[beside].kind == kinds.TEXT
        and header.text[header.pieces[beside].start : header.pieces[beside].end]
        in grammar.SHARE_LINKS
        for beside in (index - 1, index + 1)
    )


def _summary_above_lost_label(header: Header, index: int, following: Piece) -> bool:
    """Whether the paragraph at ``index`` is npr.org's summary above a host label the
    page lost (most npr.org copies lose every line in capitals, the label among them).

    The summary stands right under the player block; the host's intro follows it as
    unlabelled text after the two blank lines the lost label left. The seed's shape, a
    headline and then the intro straight away, has no player block above the intro, and
    an intro of two paragraphs has one blank line between them: both stay in the turn.
    The summary is also short: a longer paragraph there is more likely the intro.
    """
    return (
        following.kind == kinds.TEXT
        and following.brk == PARAGRAPH
        and _short_under_the_player(header, index)
        and header.text.count("\n", header.pieces[index].end, following.start) >= _LOST_LINE_GAP
    )


def _short_under_the_player(header: Header, index: int) -> bool:
    """Whether the paragraph at ``index`` stands right under a player block and is short
    enough to be npr.org's summary."""
    if index == 0:
        return False
    above, piece = header.pieces[index - 1], header.pieces[index]
    return (
        above.kind == kinds.CHROME
        and is_player_block_item(header.text[above.start : above.end])
        and word_count(header.text[piece.start : piece.end], _SUMMARY_MAX_WORDS)
        <= _SUMMARY_MAX_WORDS
    )


def _glued_to_a_label(header: Header, index: int) -> bool:
    """Whether a label goes on from the line at ``index`` on the same line (``... a week.
    host: what ...``): what stands before it is speech, never a title."""
    following = header.pieces[index + 1] if index + 1 < len(header.pieces) else None
    return following is not None and following.kind == kinds.LABEL and following.brk == INLINE


def _summary_here(header: Header, piece: Piece, index: int) -> bool:
    """Whether a paragraph above the transcript is the page's summary, by what follows it.

    npr.org prints its summary between the headline and the audio player, or after the
    player and right above a label: with that label still on the page, the paragraph cannot
    be the host's intro whose label was lost. A station page's summary names the host whose
    own intro follows it.
    """
    following = header.pieces[index + 1] if index + 1 < len(header.pieces) else None
    if following is None:
        return False
    if header.headline is not None and (
        following.kind == kinds.CHROME
        or (
            # a label glued on the paragraph's own line goes on from it: no summary ends there
            following.brk != INLINE
            and (
                _opens_a_host_turn(following)
                or _summary_above_lost_label(header, index, following)
                or _summary_under_the_player(header, index, following)
            )
            # "This is TALK OF THE NATION. I'm Walt Kerrigan." is the host speaking
            and grammar.HOST_INTRO.search(header.text, piece.start, piece.end) is None
        )
    ):
        return True
    return _summary_naming_the_host(header, piece, following)


def _summary_naming_the_host(header: Header, piece: Piece, following: Piece) -> bool:
    """Whether the paragraph is a page's summary of the show above its host's own intro.

    A station page prints the summary in the third person ("Listen as host Dana Holloway
    ..."), then the transcript opens with the host's intro, its label lost ("... I'm Dana
    Holloway."): the summary names the person the next paragraph says it is, and says no
    ``I'm NAME`` itself.
    """
    if following.kind != kinds.TEXT or following.brk != PARAGRAPH:
        return False
    text = header.text
    if grammar.HOST_INTRO.search(text, piece.start, piece.end) is not None:
        return False
    intro = grammar.HOST_INTRO.search(text, following.start, following.end)
    return intro is not None and intro.group("name") in text[piece.start : piece.end]


def _summary_under_the_player(header: Header, index: int, following: Piece) -> bool:
    """Whether the paragraph at ``index`` is the short summary an npr.org story page prints
    right under its player block and right above the first label, whoever's it is: nothing
    is lost between the summary and that label, so the paragraph is no turn that lost one."""
    return isinstance(following, LabelPiece) and _short_under_the_player(header, index)


def flattened_headline(header: Header, piece: Piece) -> int:
    """Take the header a flattened page's prose opens with: headline, programme, date.

    The headline is taken only where the page shows where it ends: a title-case sentence
    (``Fishermen Mend Nets As Quotas Shrink. The cod ...``), a ``Heard on <programme>`` or
    a date line glued after it, or a title-case run that a new sentence follows (``...
    Quotas Shrink The cod quota ...``). Ordinary prose is never cut. Returns where the
    rest of the prose starts (``piece.end`` when nothing is left).
    """
    start, end = piece.start, piece.end
    if header.headline is not None:
        return start
    reach = min(end, start + _HEADER_REACH)
    title = _TITLE_SENTENCE.match(header.text, start, end)
    if title is not None:
        # a full stop closing the sentence is the page's, not the headline's; a question
        # or an exclamation is the headline's own ("Can Gulls Count?")
        mark = title.end("title")
        words = title.group("title")
        if header.text[mark] in "?!":
            words += header.text[mark]
        header.take_headline(words, start, mark + 1)
        return _glued_header_lines(header, title.end(), end)
    marker = _first_glued_header_line(header, start, reach)
    if marker is not None:
        head = header.text[start:marker].rstrip()
        before_date = not header.text.startswith("Heard ", marker)
        if _flattened_headline_like(header, head, before_date=before_date):
            header.take_headline(_without_closing_stop(head), start, start + len(head))
            return _glued_header_lines(header, marker, end)
    head_end = _title_before_sentence(header.text[start:reach])
    if head_end is not None:
        header.take_headline(header.text[start : start + head_end], start, start + head_end)
        return _skip_spaces(header.text, start + head_end, end)
    return start


def _first_glued_header_line(header: Header, start: int, reach: int) -> int | None:
    """Where the first programme or date line glued into ``text[start:reach]`` starts."""
    found = [
        match.start()
        for pattern in (grammar.GLUED_PROGRAM, grammar.GLUED_DATE)
        if (match := pattern.search(header.text, start, reach)) is not None
    ]
    return min(found, default=None)


def _flattened_headline_like(header: Header, head: str, *, before_date: bool) -> bool:
    """Whether the text before a glued programme or date line is a headline.

    It must be two words or more but short, hold no sentence break and not end like a
    clause. Before a date it
    must also be in title case: a date after ordinary words is prose (``The vote came on
    November 8, 2017``).
    """
    if (
        head.endswith((":", ",", ";"))
        or not 2 <= word_count(head, HEADLINE_MAX_WORDS) <= HEADLINE_MAX_WORDS
    ):
        return False
    if SENTENCE_BREAK.search(head):
        return False
    return not before_date or _is_title(head)


def _glued_header_lines(header: Header, at: int, end: int) -> int:
    """Read the programme and date lines glued in at ``at``; where the prose goes on.

    Each is read once, and only while the story has none yet: a second one stays in the
    prose, which is kept as a note.
    """
    at = _skip_spaces(header.text, at, end)
    for _ in range(2):
        program = grammar.GLUED_PROGRAM.match(header.text, at, end)
        if program is not None and header.program is None:
            programmes.set_program(header, program.group("program"), at, program.end())
            at = _skip_spaces(header.text, program.end(), end)
            continue
        date = grammar.GLUED_DATE.match(header.text, at, end)
        if date is not None and "date" not in header.spans:
            header.read_date(date, at, date.end())
            at = _skip_spaces(header.text, date.end(), end)
            continue
        break
    return at


def opening_line(header: Header, words: str, start: int, end: int, index: int) -> Taken | None:
    """The headline, or CNN's show name, from the first lines before the transcript.

    CNN's air time or date line glued to the end of the line is cut off first: the
    headline stops before ``Aired``.
    """
    if " | " in words and _title_bar_site(header, words, start, index):
        return "headline"
    if words.startswith(_BACK_ARROWS) and len(words) > 2:
        # the title printed as a link back to the programme's page: the arrow is the link's
        header.dropped.append(Dropped(words[0], "page link", header.span(start, start + 1)))
        start += 2
        words = words[2:]
    number = grammar.EPISODE_NUMBER.match(words) if words[:1].isdigit() else None
    if number is not None:
        # the episode's number before its title, or alone above it, is no part of the title
        numbered = len(words[: number.end()].rstrip())
        header.dropped.append(
            Dropped(words[:numbered], "episode number", header.span(start, start + numbered))
        )
        if number.end() >= len(words):
            return "episode number"
        start += number.end()
        words = words[number.end() :]
    glued = _glued_aired(words) if " Aired " in words else None
    head_end = start + glued[0] if glued is not None else end
    head = header.text[start:head_end]
    taken: Taken | None = None
    if header.show_name_next:
        if header.program is None and (
            _CAPS_LINE.match(head) or (glued is None and _topic_line_follows(header, index))
        ):
            programmes.set_program(header, head, start, head_end)
            taken = "program"
        else:
            # CNN's headline line lists the hour's stories and may hold full stops.
            header.take_headline(
                _without_closing_stop(head) if glued is not None else head, start, head_end
            )
            taken = "show headline"
    elif _headline_like(header, head, index):
        header.take_headline(
            _without_closing_stop(head) if glued is not None else head, start, head_end
        )
        taken = "headline"
    if taken is not None and glued is not None:
        glued_aired(header, glued[1], start, index)
    return taken


# The arrow of a link back to the page above, printed before a title: ``< Title``.
_BACK_ARROWS = ("< ", "‹ ", "« ")

# How far below the web page's title line the story's title may be printed again.
_TITLE_REPEAT_REACH = 6


def _title_bar_site(header: Header, words: str, start: int, index: int) -> bool:
    """Take the headline from the web page's title line ``Title | Site name`` when the page
    prints the title again on a line of its own below it; the site's name is dropped."""
    title = words.partition(" | ")[0]
    following = header.pieces[index + 1 : index + 1 + _TITLE_REPEAT_REACH]
    if not any(header.text[piece.start : piece.end] == title for piece in following):
        return False
    header.take_headline(title, start, start + len(title))
    at = start + len(title)
    end = start + len(words)
    header.dropped.append(Dropped(header.text[at:end], "page title", header.span(at, end)))
    return True


def _topic_line_follows(header: Header, index: int) -> bool:
    """Whether the line after CNN's show name is the topic line: the line the air date ends,
    on a line of its own after it (``Aired May 20, 2019 - 05:30 ET``) or glued to its end.

    CNN prints the show name in capitals on some pages and as a title on others (``American
    Morning``, ``Early Start with Ana Lopez``); either way the topic line under it, not the
    show name, is the headline.
    """
    pieces = header.pieces
    if index + 1 >= len(pieces) or pieces[index + 1].kind != kinds.TEXT:
        return False
    topic = pieces[index + 1]
    line = header.text[topic.start : topic.end]
    if " Aired " in line and _glued_aired(line) is not None:
        return True
    after = pieces[index + 2] if index + 2 < len(pieces) else None
    return (
        after is not None
        and after.kind == kinds.DATE
        and header.text.startswith("Aired ", after.start)
    )


def glued_aired(
    header: Header, parts: list[tuple[int, int, regex.Match[str] | None]], at: int, index: int
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
        elif "date" in header.spans or _date_line_follows(header, index):
            reason = "air date"
        else:
            header.read_date(date, start, end)
            continue
        header.dropped.append(Dropped(header.text[start:end], reason, header.span(start, end)))


def _date_line_follows(header: Header, index: int) -> bool:
    for piece in header.pieces[index + 1 :]:
        if piece.kind == kinds.DATE:
            return True
        if piece.kind in (kinds.LABEL, kinds.MARKER):
            return False
    return False


def _headline_like(header: Header, words: str, index: int) -> bool:
    if word_count(words, HEADLINE_MAX_WORDS) > HEADLINE_MAX_WORDS or words.endswith(":"):
        return False
    following = header.pieces[index + 1] if index + 1 < len(header.pieces) else None
    if following is not None and following.brk != PARAGRAPH and following.kind == kinds.TEXT:
        return False  # the line wraps on: a paragraph, not a headline
    return not SENTENCE_BREAK.search(words)


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
    words = prose.split(" ", HEADLINE_MAX_WORDS + 2)[: HEADLINE_MAX_WORDS + 2]
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
    if opener is None or words[opener] not in grammar.SENTENCE_OPENERS:
        return None
    title = " ".join(words[:opener])
    return len(title) if _is_title(title) else None


def _skip_spaces(text: str, at: int, end: int) -> int:
    while at < end and text[at] == " ":
        at += 1
    return at


def _opens_a_host_turn(piece: Piece) -> bool:
    return isinstance(piece, LabelPiece) and role_of(piece.label.described_as)[0] == "host"
