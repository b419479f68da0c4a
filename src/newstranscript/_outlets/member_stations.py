"""Public radio member stations: WNYC's programmes, and any station page's audio line, page
furniture and programme-page layout."""

from newstranscript._outlets._conventions import (
    AIR_TIMES,
    PROGRAMME_CREDITS,
    PROGRAMME_PAGE,
    SECTION,
    STORY_TIME,
    Outlet,
)

# A day or run of days a schedule names: Weekdays, Sundays, Mon., Thurs, Sunday Mornings.
_DAY = r"""(?i:
    (?:week(?:day|end)|(?:mon|tues|wednes|thurs|fri|satur|sun)day)s?
  | daily | every[ ]day
  | (?:mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)\.?
  )(?i:[ ](?:morning|afternoon|evening|night)s?)?"""

# A clock time of a schedule: 5am, 9:00am, 5:00a, 9 a.m., 10, noon.
_CLOCK = r"""(?:
    \d{1,2}(?:[:.]\d{2})?(?:[ ]?(?i:[ap]\.?m\.?|[ap](?![\p{L}])))?
  | (?i:noon|midnight) )"""

# What joins the days and times of a schedule, and the zone it may end in.
_JOIN = r"(?i:from|to|at|and|through|thru|until|till|or|[\-–—&/])"
_ZONE = r"(?:[CEMP][ST]?T|(?i:central|eastern|mountain|pacific)(?:[ ]time)?)"

# A programme's air times, alone on a line under its name: ``Weekdays 5am to 9am``,
# ``Mon. - Thurs. from 11am to 1pm (not including Science Friday)``, ``Sundays, 8am - 10am``,
# ``Weekdays from 5:00 to 9:00am CT; weekends from 7:00 to 9:00 am CT``. Days first, then
# only days, times, joining words and a zone; a digit, ``noon`` or ``midnight`` somewhere
# (``Weekdays at Noon``), so ``Sundays`` alone is none.
# A station broadcasting on several channels names the channel first (``HD 2: Sundays ...``).
_AIR_TIMES = rf"""
    (?=[DEHMSTWF])          # a capital opens the line: most lines fail here at once
    (?:HD[ ]?\d:[ ])?      # the station's digital channel: HD 2: Weekdays ...
    {_DAY}
    (?=[^\d\n]{{0,80}}?(?:\d|(?i:noon|midnight)))
    (?:[ ,;.]{{0,3}}+(?:{_DAY}|{_CLOCK}|{_JOIN}|{_ZONE})){{1,24}}+
    (?:[ ]\([^()\n]{{1,80}}\))?\.?"""

OUTLETS = (
    Outlet(
        "WNYC",
        programmes=("Radiolab", "The Takeaway"),
        names=("WNYC", "WNYC NEWS"),
        # Any member station's newsroom: call letters and "News" (``WBUR News``).
        signoffs=("WNYC[ ]News", "WNYC", r"[KW]\p{Lu}{2,3}[ ]News(?!\p{L})"),
        # A station page's ``Listen • 3:52``: the story's own audio, under the headline.
        player_items=("Listen ·", "Listen •"),
        # Radiolab's episode pages: the membership appeal between the episode's notes and
        # its transcript, and the list of what members get
        furniture=(
            ("Support Radiolab", r"Support[ ]Radiolab[ ]today[ ]at[ ][^\s]{1,60}"),
            ("THE LAB", r"THE[ ]LAB[ ]sticker"),
            ("Unlock member-only", r"Unlock[ ]member-only[ ]exclusives[^\n]{0,80}"),
            *(
                (perk, perk.replace(" ", "[ ]"))
                for perk in (
                    "Exclusive Podcast Extras",
                    "Entire Podcast Archive",
                    "Listen Ad-Free",
                    "Behind-the-Scenes Content",
                    "Video Extras",
                    "Original Music & Playlists",
                )
            ),
        ),
        # Any member station's page furniture, each line dropped for its reason.
        furniture_by_reason=(
            (AIR_TIMES, _AIR_TIMES),
            # Who presents the programme, under its air times: ``• Hosted by Dana Holloway``
            # (in a list: "Hosted by: ..." alone may be said), ``Local Host(s):`` (the names
            # follow on lines of their own).
            (
                PROGRAMME_CREDITS,
                r"""(?:(?<=[•·*][ ]{0,3})Hosted[ ]by:?|Local[ ](?:Host|Anchor)(?:s|\(s\))?:?)
                    (?:[ ][^\n]{1,160})?""",
            ),
            # The time a story block of a programme page was posted, above its date.
            (STORY_TIME, r"\d{1,2}:\d{2}[ ]?(?i:[ap]\.?m\.?)"),
            # The publishing system's own fields, printed on its programme pages.
            (
                "site field",
                r"""Composer[ ]ID:(?:[ ][^\n]{1,160})? | Genre:(?:[ ][^\n]{1,100})? | Pages
                  | [0-9a-f]{24}(?:\|[0-9a-f]{24})*+""",
            ),
            # The network's stories on a station's pages carry this section line.
            (SECTION, r"NPR[ ]Story"),
            # Membership drives and the appeal under them.
            (
                "banner",
                r"""(?:(?:Spring|Summer|Fall|Autumn|Winter|Year-End|Holiday|Annual)[ ])?
                    (?:Membership|Pledge|Fund)[ ](?i:drive)(?:[ ]\d{4})?
                  | (?:Donate|Give)[ ](?i:now)\b[^\n]{0,160}""",
            ),
            # Links to the programme's pages and the story's audio.
            (
                "page link",
                r"""Visit[ ][^\n]{1,80}?[ ]on(?:[ ]NPR\.org)?
                  | More[ ]information[ ]at[ ][^\n]{1,80}
                  | More[ ]from[ ]the[ ]archives
                  | Play[ ]associated[ ]audio
                  | Filed[ ]Under:?""",
            ),
            # The station's postal address and phone lines, in its page's header or footer:
            # ``140 Harbor Street``, ``Quill Point, ME 04011``, ``Mailing Address:``,
            # ``Harbor Plaza P.O. Box 12``, ``WHRN Newsroom | Phone: 207-555-0140``; the
            # street and town on one line (``140 Harbor Street, Quill Point, Maine 04011``),
            # phone numbers alone (``(207) 555-0140 | (800) 555-0141``), and the line
            # saying who holds its licence.
            (
                "station address",
                r"""\d{1,5}[ ]\p{Lu}\p{L}*+(?:[ ]\p{Lu}\p{L}*+){0,3}[ ]
                    (?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Drive|Dr|Lane|Ln|Way
                      |Terrace|Place|Pl|Plaza|Square|Sq|Parkway|Pkwy|Court|Ct)\.?
                    (?:(?:,[ ]\p{Lu}\p{L}*+(?:[ ]\p{Lu}\p{L}*+){0,2}){1,2}[ ]\d{5}(?:-\d{4})?)?
                  | (?:\p{Lu}\p{L}*+[ ]){0,4}P\.?O\.?[ ]Box[ ]\d{1,6}
                  | \p{Lu}\p{L}*+(?:[ ]\p{Lu}\p{L}*+){0,3},[ ]\p{Lu}{2}[ ]\d{5}(?:-\d{4})?
                  | Mailing[ ]Address:?
                  | [^\n|]{1,60}\|[ ]Phone:?[ ][\d()\-.[ ]]{7,20}
                  | \(\d{3}\)[ ]\d{3}-\d{4}(?:[ ]\|[ ]\(\d{3}\)[ ]\d{3}-\d{4}){0,3}
                  | [^\n]{1,60}[ ]is[ ]a[ ]public[ ]media[ ]service[ ]licensed[ ]to
                    [ ][^\n]{1,120}""",
            ),
            # The station's frequencies and the towns each reaches, run together on one line
            # of its header, maybe with each transmitter's call letters and the station's
            # slogan before them: ``91.7 Quill Point/Harbor 104.1 Gull Bay``, ``Public Radio
            # For The Harbor 89.3 WHRN Quill Point 88.5 W210CF Gull Bay``.
            (
                "station",
                r"""(?:\p{Lu}[\p{L}'’\-]*+[ ]){0,8}+
                    (?:(?:8[89]|9\d|10[0-8])\.\d[ ](?:FM[ ])?(?:[KW][A-Z0-9]{2,6}(?:-FM)?[ ])?
                       \p{Lu}[\p{L}.'’\-]*+(?:[ /]\p{Lu}[\p{L}.'’\-]*+){0,4}[ ]?){2,12}""",
            ),
            # The station's call letters and band alone on a line under the page's title
            # (``WHRNFM``, ``KXRL-FM``); bare call letters may stand in a menu or a turn.
            ("call letters", r"[KW]\p{Lu}{2,3}-?(?:FM|AM|TV)"),
        ),
        layouts=frozenset({PROGRAMME_PAGE}),
    ),
)
