"""What one outlet's pages print, as data the grammar and the header are built from."""

from __future__ import annotations

from typing import NamedTuple

# The named page-layout rules an outlet can enable.
# A page line naming the outlet (CNN's ``Return to Transcripts main page``) is followed by the
# show's name in capitals, then the headline line that lists the hour's stories.
SHOW_NAME_AFTER_PAGE_LINE = "show name after page line"
# The story's title stands alone right above the outlet's player block; the title and the
# block may be printed again before the transcript, and above them all the web page's title
# line (the title, `` : ``, the show's name and the summary) or the site's logo.
TITLE_ABOVE_PLAYER = "title above player"
# A station's programme page opens with the programme's own block (its name, its air times,
# its hosts, a description) above a list of story blocks, each a section line, the time and
# the date the story was posted, its title, then its transcript or a teaser. The page is read
# that way when an air-times line stands among its first lines (see ``AIR_TIMES``).
PROGRAMME_PAGE = "programme page"
LAYOUTS = frozenset({SHOW_NAME_AFTER_PAGE_LINE, TITLE_ABOVE_PLAYER, PROGRAMME_PAGE})

# The reasons of page furniture the layout rules read, besides dropping it: the programme's
# air times (``Weekdays 5am to 9am``), the time a story block was posted (``2:44 am``) and the
# section line above it (``Around the Nation``); a credits heading (``Local Host(s):``) makes
# the names under it furniture too.
AIR_TIMES = "air times"
PROGRAMME_CREDITS = "programme credits"
STORY_TIME = "story time"
SECTION = "section"
# The line a story page prints right under the story's title: the story's kind glued to its
# date (``StoryFebruary 19, 2031``). The text line right above it is the title, whatever the
# lines above that say (a donation slogan, a newsletter's appeal).
STORY_LINE = "story line"


class Outlet(NamedTuple):
    """One outlet's conventions.

    ``name`` is the outlet as a story names it. ``programmes`` are its programmes as they are
    shown, matched on a page in any case. ``names`` are the ways the outlet is printed alone
    in capitals (``NPR NEWS``): a host saying ``This is NPR`` names no programme.
    ``label_names`` are the patterns of the outlet's name in a staff label's role (``CNN
    ANCHOR``). ``page_lines`` are whole lines of page furniture that say the page is this
    outlet's; ``closing_lines`` end its transcripts (CNN's ``END``); ``player_items`` start the
    lines of the audio player block its pages print under the headline. ``signoffs`` are the
    patterns (VERBOSE ``regex`` fragments) of the outlet as a reporter's sign-off names it
    (``NPR[ ]News``), each longer form before the shorter it begins with. ``layouts`` are the
    named layout rules its pages enable (see ``LAYOUTS``). ``headings`` are the lines that head
    a part of a programme, alone on their line or before ``.`` or ``:`` and the part's title:
    pairs of the word such a line opens with and the pattern (a VERBOSE ``regex`` fragment)
    of the heading (``("Act ", "Act[ ]One")``); such a line is kept as a note between the
    turns, never read as speech. ``furniture`` are the whole lines its
    pages print around the transcript that are nobody's words and do not by themselves name
    the outlet (a video player's help line, a sponsorship notice), each a pair of the words
    every such line opens with and the pattern (a VERBOSE ``regex`` fragment) of the whole
    line, tried only on lines opening with those words; ``furniture_within`` are such lines
    that open with a name the page fills in (``... is available to stream on pbs.org ...``),
    each a pair of words every such line holds and the pattern of the whole line, tried only
    on lines holding the words.
    ``glued_furniture`` are the furniture the scrape glues to the start of the transcript's
    first line (``Learn More about ... sponsorshipJUDY MARSH: ...``), cut from it when
    nothing parts them: pairs of opening words and pattern, as ``furniture``'s are.
    ``furniture_by_reason`` is page furniture dropped for a reason of its own, each a reason
    and the pattern (a VERBOSE ``regex`` fragment) of a whole line dropped for it: a station's
    air times, its membership banner.
    """

    name: str
    programmes: tuple[str, ...] = ()
    names: tuple[str, ...] = ()
    label_names: tuple[str, ...] = ()
    page_lines: tuple[str, ...] = ()
    closing_lines: tuple[str, ...] = ()
    player_items: tuple[str, ...] = ()
    signoffs: tuple[str, ...] = ()
    furniture_by_reason: tuple[tuple[str, str], ...] = ()
    layouts: frozenset[str] = frozenset()
    headings: tuple[tuple[str, str], ...] = ()
    furniture: tuple[tuple[str, str], ...] = ()
    furniture_within: tuple[tuple[str, str], ...] = ()
    glued_furniture: tuple[tuple[str, str], ...] = ()
