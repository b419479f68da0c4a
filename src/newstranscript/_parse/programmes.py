"""The programme a page names: on a line of its own (``Heard on Morning Edition``), in a
host's words (``This is TALK OF THE NATION``), or in another programme's slot; its name shown
as the table of outlets spells it, and the outlet it belongs to."""

from __future__ import annotations

from newstranscript import _grammar as grammar
from newstranscript._dates import read_date
from newstranscript._model import Dropped
from newstranscript._parse.header import Header
from newstranscript._parse.pieces import ProgramPiece

# Any year, for telling whether a programme line's rest is a date before the page's year is
# known: a date that prints none reads with it all the same.
_ANY_YEAR = 2000


def program_line(header: Header, piece: ProgramPiece) -> None:
    """A line naming the programme: ``Heard on Morning Edition``, and what follows the
    name on it (``Morning Edition: Vote Count Resumes``, ``Weekend Edition For Saturday,
    March 2``), read by :meth:`program_rest`."""
    found = piece.found
    if found.group("rest") is None:
        set_program(header, found.group("program"), piece.start, piece.end)
        return
    rest = piece.start + found.start("rest")
    name_end = piece.start + len(header.text[piece.start : rest].rstrip())
    set_program(header, found.group("program"), piece.start, name_end)
    joined = header.text[piece.start + found.end("program") : rest]
    if joined.lower() == " on " and _no_date(header.text[rest : piece.end]):
        # a station's page names the station that carries the programme: ``Morning Edition
        # on WHRN``; the station's name is no title of the story's
        header.dropped.append(
            Dropped(header.text[rest : piece.end], "station", header.span(rest, piece.end))
        )
        return
    _program_rest(header, rest, piece.end)


def _no_date(words: str) -> bool:
    reading = read_date(words, None, year=_ANY_YEAR)
    return reading.date is None and reading.missing is None


def _program_rest(header: Header, start: int, end: int) -> None:
    """What a programme line prints after the name: the broadcast's date, or the title
    of the story or episode.

    Both are settled once the whole page is read (:meth:`settle`). A date is the
    story's date when no date line gives one, else dropped as the air date a date line
    repeats. A title is the headline when the page prints none of its own; beside the
    page's headline it is the episode's or the slot's title (``TALK OF THE NATION:
    Special Coverage``), dropped with that reason, or a repeat of the headline: never
    nothing.
    """
    words = header.text[start:end]
    reading = read_date(words, None, year=_ANY_YEAR)
    if reading.date is not None or reading.missing is not None:
        header.program_date = (words, start, end)
    else:
        header.program_title = (words, start, end)


def set_program(
    header: Header, printed: str, start: int, end: int, *, own_line: bool = True
) -> None:
    """Set the programme; its span is kept only when a line of its own named it, since
    words inside a turn are already that turn's."""
    known = grammar.PROGRAMS.get(printed.lower())
    if known is None and ": " in printed:
        known = _programme_in_a_slot(printed)
    if known is None and " with " in printed:
        # the hosts after a known show's name: CNN's "Early Start with Ana Lopez and Ben Ross"
        known = grammar.PROGRAMS.get(printed.partition(" with ")[0].lower())
    if known is not None:
        header.program, outlet = known
        header.name_outlet(outlet)
    else:
        header.program = _display_title(printed)
    if own_line:
        header.spans["program"] = header.span(start, end)


def program_mention(header: Header, start: int, end: int, segments_before: int) -> None:
    """``This is TALK OF THE NATION`` in the first turns names the programme."""
    if header.program is not None or segments_before > 4:
        return
    if not any(map(header.text[start:end].__contains__, grammar.PROGRAM_MENTION_WORDS)):
        return
    for found in grammar.PROGRAM_MENTION.finditer(header.text, start, end):
        printed = found.group("program").rstrip(".!,'’-")
        if printed in grammar.OUTLET_NAMES:
            continue
        if printed.lower() in grammar.PROGRAMS or len(printed.split()) >= 2:
            at = found.start("program")
            set_program(header, printed, at, at + len(printed), own_line=False)
            return


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
        elif position and word.lower() in grammar.TITLE_SMALL_WORDS:
            words.append(word.lower())
        else:
            words.append(word.capitalize())
    return " ".join(words)
