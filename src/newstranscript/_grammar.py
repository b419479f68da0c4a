"""Stage 3: the grammar of transcript pages, in one table of named patterns.

Every pattern here is used with ``match`` at the start of a piece of one line, or with a
lookbehind that admits only a few start positions, and every repetition either stops at a
character the next part cannot start with or is bounded, so each runs in time linear in the
line it is given. Outlet conventions are data in these tables, not code paths.
"""

from __future__ import annotations

import re

import regex

from newstranscript import _outlets as outlets
from newstranscript._lazy import compile_lazily, compile_re_lazily

_FLAGS = regex.VERBOSE | regex.VERSION1
# The few patterns tried on every line that need nothing of regex's (no \p{...} classes, no
# group name used twice) run in the standard library's engine, which calls them in half the
# time; a test runs each in both engines over the same lines and finds the same matches.
_RE_FLAGS = re.VERBOSE

# --- names -------------------------------------------------------------------------------

# A name word as labels print it in capitals: HOLLOWAY, McKENNA, MacLEOD, DeSANTIS, O'BRIEN,
# MARTÍNEZ, SMITH-JONES, or an initial (S.). The optional short mixed-case prefix only counts
# when a capital follows it, so "Mr" never passes for a name word.
# Initials run together (``E.J. DIONNE``) count as one word before another capitals word.
CAPS_WORD = (
    r"(?:(?:\p{Lu}\.){2,3}+(?=[ ]\p{Lu})|\p{Lu}\."
    r"|(?:\p{Lu}\p{Ll}{1,2}(?=\p{Lu}))?\p{Lu}[\p{Lu}\p{M}'’\-]*+)"
)

# A name word in mixed case, as PBS and podcast pages print labels: Judy, Lindqvist, O'Neil.
MIXED_WORD = r"(?:\p{Lu}\.|\p{Lu}(?:['’]\p{Lu})?\p{Ll}++(?:[\-]?\p{Lu}\p{Ll}++)*+)"

# Lower-case particles inside mixed-case names: Ana de la Cruz, Pieter van Dam.
PARTICLE = r"(?:de|da|del|della|der|di|du|la|le|van|von|bin|ibn|al|el|ten|ter)"

HONORIFIC = r"(?i:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Rev|Sir|Dame)"

# Titles of office a label may print before a name: SENATOR JANE DOE, SEN. JANE DOE, President
# Varga, VICE PRESIDENT ... The title is the person's ``title``, never part of the name or id,
# so SENATOR JANE DOE, DOE and JANE DOE, BYLINE are one person. Abbreviations take an optional
# full stop; longer forms come first so VICE PRESIDENT is not read as VICE and a name.
NAME_TITLES: tuple[str, ...] = (
    "VICE PRESIDENT",
    "PRIME MINISTER",
    "ATTORNEY GENERAL",
    "FIRST LADY",
    "PRESIDENT",
    "SENATOR",
    "REPRESENTATIVE",
    "CONGRESSMAN",
    "CONGRESSWOMAN",
    "GOVERNOR",
    "MAYOR",
    "CHANCELLOR",
    "SECRETARY",
    "JUDGE",
    "JUSTICE",
    "AMBASSADOR",
    "GENERAL",
    "COLONEL",
    "CAPTAIN",
    "SHERIFF",
    # of a church, a faith or a university, and ranks spelt out
    "REVEREND",
    "RABBI",
    "BISHOP",
    "PASTOR",
    "CARDINAL",
    "PROFESSOR",
    "LIEUTENANT",
    "SERGEANT",
    "ADMIRAL",
    "PRES.",
    "SEN.",
    "REP.",
    "GOV.",
    "GEN.",
    "COL.",
    "CAPT.",
    "LT.",
    "SGT.",
)
NAME_TITLE = "(?i:{})".format(
    "|".join(
        regex.escape(title[:-1]) + r"\.?" if title.endswith(".") else regex.escape(title)
        for title in sorted(NAME_TITLES, key=len, reverse=True)
    ).replace("\\ ", "[ ]")
)

# A generational suffix after a name: JACK KING JR., Jack King Jr., ANA ROSS III. It is part of
# the name, never a name word of its own (KING: still names Jack King Jr.) nor the start of a
# role: the full stop of "JR." is not the one of "JOE PARK. COMEDIAN:".
SUFFIX = r"(?:[JS][Rr]\.?|II|III|IV)(?![\p{L}\p{M}'’\-])"

# The titles as a speaker's ``title`` holds them, without case or full stop: what a writer
# asks to print an office before the name again.
OFFICES = frozenset(title.rstrip(".") for title in NAME_TITLES)

# The titles abbreviated (Sen., Gov.), as a label glued inside a line of mixed case may open:
# a capitals label is found by its capitals, and trying every title at every sentence would
# cost the parser's busiest scan more than such labels are worth.
_SHORT_TITLES = "(?i:{})".format("|".join(t[:-1] for t in NAME_TITLES if t.endswith(".")))

# The words whose full stop is an abbreviation's, not a sentence's end: an honorific, an
# abbreviated title, a suffix, and a few more a headline holds (``vs.``, ``No.``, ``St.``).
ABBREVIATED_WORD = rf"(?:vs|No|St|[JS]r|{HONORIFIC}|{_SHORT_TITLES})"

# A further word of a mixed-case name: Ana de la Cruz, Pieter van Dam.
_MORE_MIXED = rf"(?:[ ](?:{PARTICLE}[ ]){{0,2}}(?!{SUFFIX}){MIXED_WORD})"

# Labels: NAME, ROLE: / Mr. NAME (Title): / NAME (D), TITLE: / NAME, (R-CA) TITLE: (CNN's
# order) / NAME. TITLE: / Name Name: /
# NAME JR., ROLE: / NAME reporting: (NPR in the 2000s, for a reporter's piece).
# ``role`` cannot hold ":" "(" or a line end, so it stops where the aside or the colon starts;
# only a party's letter may stand in it in brackets, after a mixed-case word ("Former Governor
# (R) and Candidate"): in capitals, "REV. AL. SHARPTON (D), ..." is the name's party.
# A full stop parts a name from its role only with a space after it, so "U.S.:" and "D.C.:"
# are no name "U" or "D" with a role "S." or "C.".
LABEL = compile_lazily(
    rf"""
    (?P<honorific>{HONORIFIC}\.?[ ])?
    (?P<title>{NAME_TITLE}[ ](?=\p{{Lu}}))?
    (?:
        (?P<name>{CAPS_WORD}(?:[ ](?!{SUFFIX}){CAPS_WORD}){{0,5}})
      # one mixed-case word is a name only after a title: President Varga
      # (one word alone is a first name, ``Tavis:``; classification asks more of it)
      # and a podcast's given names before a surname in capitals: Stephen J. DUBNER
      | (?P<mixed>(?!{HONORIFIC}[.]?[ ]){MIXED_WORD}{_MORE_MIXED}{{0,3}}
          (?:[ ]\p{{Lu}}{{2}}[\p{{Lu}}'’\-]{{0,30}}+(?![\p{{L}}\p{{N}}]))?)
    )
    (?:,?[ ](?P<suffix>{SUFFIX}))?
    (?:[ ]?\((?P<party>[A-Z](?:-[A-Z]{{2}})?)\))?      # (D), (R-TX)
    # , HOST  . COMEDIAN  , host; not ". " after a lone capital: "S. O'Brien" is one name
    (?: (?![.][ ](?<=\b\p{{Lu}}[.][ ]))(?:,[ ]?|[.][ ])
        (?:\((?P<party>[A-Z](?:-[A-Z]{{2}})?)\)[ ])?          # , (R-CA) HOUSE ... CHMN
        (?P<role>(?:[^:\n()]|(?<=\p{{Ll}}[ ])\([A-Z]\)){{1,150}})
      | [ ](?P<role>reporting) )?
    (?:[ ]?\((?P<aside>[^()\n]{{1,200}})\))?          # (voice-over) (Writer) (in unison)
    # the space after the colon may be lost after a full name in capitals ("BOB MARSH:And")
    [ ]?:(?:(?=[ ]|$)|(?<=\p{{Lu}}{{2}}[ ]\p{{Lu}}[\p{{Lu}}'’\-]{{1,30}}:)(?=\p{{Lu}}\p{{Ll}}))[ ]*
    """,
    _FLAGS,
)
# LABEL's groups in the order the pattern opens them, so a match's ``groups()`` unpacks
# them: looking up eight groups by name costs fifteen times as much, on every label.
LABEL_GROUPS = ("honorific", "title", "name", "mixed", "suffix", "party", "role", "aside")

# A line that opens like a capitals label the grammar refused, so it is kept as text with a
# diagnostic rather than folded into the turn before in silence: a capitals name, then either
# damage no name holds (mojibake, a lost character: "RENÃ‰E DUVAL:", "REN\ufffdE DUVAL:") or
# lower-case words the label grammar does not read as a role ("OMAR BEK, in studio:"), then a
# colon. Lower-case words only count after a name of two words or more (the caller checks), so
# "OK, here's the deal:" is prose; the name's words are checked against NOT_NAME_WORDS too.
LABEL_SHAPED = compile_lazily(
    rf"""
    (?P<name>{CAPS_WORD}(?:[ ]{CAPS_WORD}){{0,5}})
    (?: (?=[^\p{{Ll}}:\n]{{0,40}}?[^\p{{L}}\p{{N}}\p{{M}}\s:.,;'’"“”\-()?!&/])
        (?P<damage>[^\p{{Ll}}:\n]{{1,80}}+)
      | (?P<prose>,?[ ]\p{{Ll}}[^:\n]{{0,60}}+) )
    :(?=[ ]|$)
    """,
    _FLAGS,
)

# Unidentified speakers: UNIDENTIFIED PERSON #1, UNIDENTIFIED MALE 1, Unidentified Man#1,
# UNIDENTIFIED SPEAKERS (in unison). The number keeps #1 and #2 apart.
UNIDENTIFIED = compile_lazily(
    r"""
    (?P<name>(?i:unidentified|unknown)[ ](?P<who>\p{L}+(?:[ ]\p{L}+){0,2}?)
        (?:[ ]?\#[ ]?(?P<number>\d{1,3})|[ ](?P<number>\d{1,3}))?)
    (?:[ ]?\((?P<aside>[^()\n]{1,100})\))?
    [ ]?:(?=[ ]|$)[ ]*
    """,
    _FLAGS,
)

# Generic speakers a page names by what they are, not who: Man, Woman, Narrator, Speaker 1,
# in capitals or mixed case. Each word gives the role the label says; a word for someone the
# page could not identify gives "unidentified", a part in the programme (Narrator) none. Only
# these words make a label of one mixed-case word, so prose such as "Here's the thing:" or
# "Hour 1:" never does.
GENERIC_SPEAKERS: dict[str, str | None] = {
    "MAN": "unidentified",
    "WOMAN": "unidentified",
    "MALE": "unidentified",
    "FEMALE": "unidentified",
    "BOY": "unidentified",
    "GIRL": "unidentified",
    "CHILD": "unidentified",
    "VOICE": "unidentified",
    "SPEAKER": "unidentified",
    "ADULT": "unidentified",
    "CHILDREN": "unidentified",
    "TEACHER": "unidentified",
    "TEACHERS": "unidentified",
    "STUDENT": "unidentified",
    "STUDENTS": "unidentified",
    # a press conference's questioners
    "JOURNALIST": "unidentified",
    "REPORTER": "unidentified",
    "NARRATOR": None,
    "ANNOUNCER": None,
    "INTERVIEWER": None,
    "MODERATOR": None,
    "INTERPRETER": None,
    "TRANSLATOR": None,
    "CALLER": None,
    "CHORUS": None,
    "CROWD": None,
    "PROTESTERS": None,
    "PROTESTORS": None,
}

# A generic speaker's label: Man:, WOMAN (through translator):, Speaker 1:, SPEAKER 2 (00:07):
# (a transcription service's time in the label), and "Speaker 2:Well" with no space after the
# colon, which these services print. A number keeps Speaker 1 and Speaker 2 apart, as a few
# words of what the speaker wears or where they stand keep two people of one word apart in a
# film's transcript (``Man in blue:``, ``Woman in headscarf:``); those words are the name's.
GENERIC_LABEL = compile_lazily(
    r"""
    (?=\p{Lu})
    (?P<word>(?i:"""
    + "|".join(sorted(GENERIC_SPEAKERS, key=len, reverse=True))
    + r"""))
    (?P<described>[ ](?:in|with|wearing)[ ]\p{L}[\p{L}\-]{0,20}(?:[ ]\p{L}[\p{L}\-]{0,20}){0,2})?
    (?:[ ]?\#[ ]?(?P<number>\d{1,3})|[ ](?P<number>\d{1,3}))?
    (?P<time>[ ]?\((?:\d{1,2}:)?\d{1,2}:\d{2}\))?
    (?:[ ]?\((?P<aside>[^()\n]{1,100})\))?
    [ ]?:(?:[ ]+|$|(?=\p{L}))
    """,
    _FLAGS,
)
# The case-folded first letters a generic or unidentified speaker's label can open with: a
# line whose first character folds to none of them is not tried with either pattern.
GENERIC_INITIALS = frozenset(word[0].casefold() for word in GENERIC_SPEAKERS)
UNIDENTIFIED_INITIALS = frozenset("u")

# Words that never stand in a person's name, so "TALK OF THE NATION:" is not a label.
NOT_NAME_WORDS = frozenset(
    [
        "THE",
        "OF",
        "AND",
        "FOR",
        "IN",
        "ON",
        "AT",
        "TO",
        "AN",
        "WITH",
        "FROM",
        "BY",
        "IS",
        "ARE",
        "WAS",
        "NOT",
        "OR",
        "BUT",
        "IF",
        "AS",
        "INTO",
        "ABOUT",
        "OVER",
        "AFTER",
        "BEFORE",
        "THIS",
        "THAT",
        "THESE",
        "THOSE",
        "WHAT",
        "WHY",
        "HOW",
        "WHEN",
        "WHERE",
        "WHO",
        "OUR",
        "YOUR",
        "MY",
        "NEWS",
        "EDITION",
        "REVIEW",
        "REPORT",
        "UPDATE",
        "UPDATES",
        "FEATURE",
        "FEATURES",
        "WEEKEND",
        "PART",
        "CHAPTER",
        "EPISODE",
        "ACT",
        "PROLOGUE",
        "EPILOGUE",
        "SCENE",
        "SEGMENT",
    ]
)

# Whole labels that are headings, not people.
NOT_LABELS = frozenset(
    [
        "NOTE",
        "UPDATE",
        "UPDATED",
        "CORRECTION",
        "CORRECTIONS",
        "CLARIFICATION",
        "EDITOR'S",
        "EDITORS",
        "TRANSCRIPT",
        "COPYRIGHT",
        "NPR",
        "CNN",
        "PBS",
        "BBC",
        "AP",
        "REUTERS",
        "SOURCE",
        "SOURCES",
        "LISTEN",
        "WATCH",
        "DOWNLOAD",
        "PHOTO",
        "CREDIT",
        "VIDEO",
        "AUDIO",
        "BREAKING",
        "LIVE",
        "AM",
        "PM",
        # every name in ZONE_NAMES (a test keeps the two in step)
        "ET",
        "EST",
        "EDT",
        "CT",
        "CST",
        "CDT",
        "MT",
        "MST",
        "MDT",
        "PT",
        "PST",
        "PDT",
        "AKT",
        "AKST",
        "AKDT",
        "HST",
        "GMT",
        "UTC",
        "WARNING",
        "ALERT",
        "RELATED",
        "EMAIL",
        "PHONE",
        "WEBSITE",
        "TWITTER",
        "FACEBOOK",
        "SUBJECT",
        "DATE",
        "TIME",
        "SHOW",
        "HEADLINE",
        "TITLE",
        "SUMMARY",
    ]
)

# Words printed alone before a colon at a line's start as headings or leads of prose, never
# as a first-name label (``Then: ...``, ``Guests:``), in the key form of a name.
NOT_FIRST_NAMES = frozenset(
    {
        *("THEN", "PLUS", "ALSO", "NEXT", "LATER", "FIRST", "FINALLY", "MEANWHILE", "TODAY"),
        *("TONIGHT", "NOW", "HERE", "QUESTION", "ANSWER", "GUEST", "GUESTS", "HOST", "HOSTS"),
        *("PRODUCER", "PRODUCERS", "CREDITS", "LINKS", "TAGS", "TOPICS", "SHARE", "CONTACT"),
        *("SUPPORT", "EPISODE", "CHAPTERS", "MUSIC", "RESOURCES", "SPONSORS", "SPONSOR", "BONUS"),
        *("READ", "MORE", "SEE", "FEATURING", "STARRING", "WITH", "LOCATION", "WHERE", "WHEN"),
        *("WHY", "WHAT", "HOW", "WHO", "YES", "NO", "OK", "OKAY", "ACT", "PART", "CHAPTER"),
        *("DESCRIPTION", "NOTES", "FOOTNOTE", "DISCLAIMER", "DISCLOSURE", "KEYWORDS", "CATEGORY"),
        *("INTERVIEW", "INTERVIEWS", "TRANSLATION", "CAPTION", "SUBTITLES", "SUMMARY", "TOPIC"),
        *("TRANSCRIPT", "SOURCES", "REFERENCES"),
    }
)

# Placeholder speakers that stand alone without being introduced first.
PLACEHOLDERS = frozenset(
    [
        "ANNOUNCER",
        "NARRATOR",
        "MODERATOR",
        "INTERVIEWER",
        "CROWD",
        "AUDIENCE",
        "CHORUS",
        "PROTESTERS",
        "PROTESTORS",
        "GROUP",
        "OPERATOR",
        "DISPATCHER",
        "CALLER",
        "COMPUTERIZED",
        "AUTOMATED",
    ]
)

# Role words in a label and the role each gives; the first found wins, so CNN's
# "CHIEF POLITICAL CORRESPONDENT" is a correspondent and "BYLINE" a reporter.
ROLE_WORDS: tuple[tuple[str, str], ...] = (
    ("BYLINE", "reporter"),
    ("HOST", "host"),
    ("CO-HOST", "host"),
    ("ANCHOR", "anchor"),
    ("CORRESPONDENT", "correspondent"),
    ("REPORTER", "reporter"),
    ("CONTRIBUTOR", "reporter"),
    ("REPORTING", "reporter"),
)

# Role text that names only the staff role, so nothing is left over for ``title``.
BARE_ROLES = frozenset(
    {"HOST", "CO-HOST", "BYLINE", "ANCHOR", "CORRESPONDENT", "REPORTER", "REPORTING", "GUEST"}
)

# Staff jobs a network's title names besides the role words: "CNN METEOROLOGIST", "CNN SENIOR
# POLITICAL ANALYST". Only a title that opens with the network's name (LABEL_OUTLET) counts,
# so "FORMER CNN ANALYST" stays a guest's, as does "CNN HERO", an honour rather than a job.
NETWORK_STAFF_WORDS = frozenset(
    {
        "ANALYST",
        "COMMENTATOR",
        "METEOROLOGIST",
        "FORECASTER",
        "EDITOR",
        "WRITER",
        "PRODUCER",
        "DIRECTOR",
    }
)

# --- word lists of roles and headlines -------------------------------------------------

# The small words a label's role may hold in lower case (``Co-Founder of the Harbor Trust``):
# any other lower-case word makes the text after a name's comma a clause of prose.
ROLE_SMALL_WORDS = frozenset(
    [
        "of",
        "and",
        "for",
        "the",
        "at",
        "on",
        "in",
        "de",
        "da",
        "la",
        "du",
        "des",
        "del",
        "von",
        "van",
        "with",
        "to",
        "a",
        "an",
    ]
)

# Roles the older transcripts print after a name's comma in any case (``Ana Ruiz, host``).
# The nouns a role in small letters ends with after a mixed-case name, as reposted
# transcripts print a guest (``Mark Okafor, syndicated columnist:``): a clause of prose after
# a name's comma ends otherwise.
ROLE_NOUNS = frozenset(
    [
        *("columnist", "correspondent", "analyst", "editor", "reporter", "journalist"),
        *("writer", "author", "professor", "historian", "economist", "scientist"),
        *("researcher", "director", "producer", "president", "strategist", "adviser"),
        *("advisor", "spokesperson", "spokesman", "spokeswoman", "commentator", "contributor"),
        *("secretary", "ambassador", "senator", "governor", "mayor", "chair", "founder"),
        *("attorney", "lawyer", "fellow", "host", "anchor", "chief", "officer", "expert"),
    ]
)

OLD_ERA_ROLES = frozenset(
    [
        "host",
        "byline",
        "reporter",
        "reporting",
        "correspondent",
        "anchor",
        "co-host",
        "commentator",
        "announcer",
    ]
)

# Words that open a sentence. A title-case headline glued, without its full stop, to the
# story's first sentence is only cut where that sentence opens with one of them: a name there
# ("... Strike Mira Quell has ...") leaves no sign of where the headline ends.
SENTENCE_OPENERS = frozenset(
    {
        *("The", "A", "An", "This", "That", "These", "Those", "It", "Its", "There"),
        *("In", "On", "At", "For", "After", "Before", "When", "While", "As", "With", "From"),
        *("Since", "Over", "If", "But", "And", "Now", "Last", "Some", "Many", "Most", "More"),
        "Once",
    }
)

# The short words a programme name printed in capitals keeps in lower case when shown in title
# case (``TALK OF THE NATION`` -> ``Talk of the Nation``).
TITLE_SMALL_WORDS = frozenset({"of", "the", "and", "a", "an", "in", "on", "at", "to", "for"})


# --- markers -----------------------------------------------------------------------------

# A marker in round or square brackets at the start of a piece: (SOUNDBITE OF MUSIC),
# (LAUGHTER), [MUSIC], (BEGIN VIDEO CLIP). Nested brackets are not markers.
MARKER = compile_lazily(
    r"""
    (?: \((?P<body>[^()\n]{1,300})\)
      | \[(?P<body>[^\[\]\n]{1,300})\] )
    """,
    _FLAGS,
)

# Marker bodies and the kind of sound each stands for, tried in order.
MARKER_KINDS = compile_lazily(
    r"""
      (?P<clip_start>^BEGIN[ ](?:VIDEO|AUDIO|VIDEOTAPE|CLIP|TAPE)\b)
    | (?P<clip_end>^END[ ](?:VIDEO|AUDIO|VIDEOTAPE|CLIP|TAPE)\b)
    | (?P<break>^(?:COMMERCIAL[ ]BREAK|BREAK)\b)
    | (?P<music>^[^\n]{0,300}?
          (?:\b(?:MUSIC|SONG|SINGING|THEME|JINGLE|INSTRUMENTAL)\b|'S[ ]"|’S[ ]“))
    | (?P<recording>^SOUNDBITE[ ]OF\b|^SOUND[ ]OF\b|^ARCHIVED\b|^AUDIO\b|^VIDEO\b)
    """,
    _FLAGS | regex.IGNORECASE,
)

# A timestamp CNN prints on its own line or just before a label: [04:30:00], [14:05].
# Tried at the start of every stretch that opens with a bracket: the standard library's engine,
# which runs a pattern this plain in half the time of regex's (see _RE_FLAGS).
TIMESTAMP = compile_re_lazily(r"\[(?P<time>\d{1,2}:\d{2}(?::\d{2})?)\]", _RE_FLAGS)

# A time with its hours alone on a line, as a machine transcript prints one above each
# stretch of speech: "00:01:18".
BARE_TIMESTAMP = compile_lazily(r"(?P<time>\d{1,2}:\d{2}:\d{2})[ \t]*", _FLAGS)

# A subtitle cue's timing line, as SubRip (.srt) and WebVTT print it, the whole line:
# "00:00:01,000 --> 00:00:04,000", "00:01.000 --> 00:04.000 align:start position:10%" (WebVTT
# may leave out the hours and add cue settings). No transcript prints one, so a page that does
# is a subtitle file.
CUE_TIMING = compile_lazily(
    r"""
    (?:\d{1,3}:)?\d{1,2}:\d{2}[.,]\d{1,3}
    [ \t]{0,8}-->[ \t]{0,8}
    (?:\d{1,3}:)?\d{1,2}:\d{2}[.,]\d{1,3}
    (?:[ \t][^\n]{0,200})?
    """,
    _FLAGS,
)

# Where a capitals marker or a timestamp glued to the end of a sentence starts: "...thank
# you.(BEGIN VIDEO CLIP)", "...thanks. (COMMERCIAL BREAK)", "...back. [04:35:12] VANCE:". The
# lookbehind admits only sentence ends, and the dashes and ellipsis a script's cut-off line
# ends with ("...nearly there-- (THUNDER)").
GLUED_MARKER_START = compile_lazily(
    r"(?<=(?:[.?!\"”…—]|--)[ ]{0,3})(?=[(\[]\p{Lu}{2}|\[\d)", _FLAGS
)

# A bracketed aside inside a turn: (Through interpreter), (LAUGHTER), [laughs], Tony(ph).
ANNOTATION = compile_lazily(
    r"""
    \((?P<body>[^()\n]{1,80})\)
  | \[(?P<body>[^\[\]\n]{1,80})\]
    """,
    _FLAGS,
)

# The brackets of one line of speech, for the check that finds markers which lost half their
# brackets, with the two forms whose lone bracket is no marker's half: a smiley (":)", ";-)",
# ":(", ":'(") that no letter or digit follows, so "thing:(LAUGHTER)" stays an aside; and a
# list enumerator closed by one bracket ("1)", "a)", "ii)"). An enumerator either starts a
# list, at the line's start or after a colon (not a clock's "10:30)"), or goes on with one,
# after a comma, semicolon, "and" or "or"; the check decides which may stand where.
BRACKET = compile_lazily(
    r"""
      (?P<emoticon>[:;][-']?(?P<mouth>\){1,3}+|\({1,3}+|\]|\[)(?![\p{L}\p{N}]))
    | (?:(?P<starts>^[ ]*+|(?<!\d):[ ]*+)
        |(?P<goes_on>[,;][ ]*+(?:(?:and|or)[ ]++)?+|[ ](?:and|or)[ ]++))
      (?P<enumerator>\d{1,2}+|[ivxIVX]{2,4}+|[a-zA-Z])\)
    | (?P<bracket>[()\[\]])
    """,
    _FLAGS,
)

# Aside bodies and the kind of annotation each is, tried in order; anything else is "aside".
ANNOTATION_KINDS = compile_lazily(
    r"""
      (?P<spelling>^(?:ph|sp|sic)$)
    | (?P<inaudible>^(?:inaudible|unintelligible|indiscernible|crosstalk|audio[ ]gap)\b)
    | (?P<delivery>^(?:(?:through[ ](?:an[ ])?(?:interpreter|translator)|singing|sings
          |foreign[ ]language|reading|voice[ -]?over|on[ ]camera|in[ ]unison|whispering
          |shouting|chanting)\b|as[ ]\p{L}|speaking[ ]\p{L}))
    | (?P<sound>^(?:laughter|laughs|laughing|chuckles|chuckling|applause|cheering|cheers
          |sighs|sigh|music|soundbite|sound[ ]of|coughs|groans|gasps|gasp|bleep
          |humming|hums|knocks|knocking|knock|crying|cries|sobbing|sobs|screams|screaming
          |sniffles|sniffing|yawns|whistles|whistling|clapping|footsteps|thunder|crash
          |beeps|beeping|beep|ringing|rings)\b)
    """,
    _FLAGS | regex.IGNORECASE,
)

# A speaker's name alone on its line with no colon, as This American Life prints labels:
# "Ira Marsh" then the text. Only names: two to four mixed-case words.
BARE_NAME = compile_lazily(
    rf"{MIXED_WORD}(?:[ ](?:{PARTICLE}[ ]){{0,2}}{MIXED_WORD}){{1,3}}", _FLAGS
)

# The first half of a label split over two lines: "RAY STOLL," then "Co-Founder, ...:", or
# "RAY STOLL, Co-Founder," then "Delta Blues Fest: ..." (a hard wrap inside the role).
SPLIT_LABEL_HEAD = compile_lazily(
    rf"{CAPS_WORD}(?:[ ]{CAPS_WORD}){{1,5}},(?:[ ][^:\n,]{{1,80}},)?", _FLAGS
)

# A music credit: SOUNDBITE OF KESTREL QUARTET'S "LOW TIDE", or SOUNDBITE OF SONG, "LOW TIDE".
MUSIC_CREDIT = compile_lazily(
    r"""
    ^(?i:soundbite[ ]of[ ])
    (?: (?P<artist>[^"“”\n]{1,120}?)['’]S[ ]
      | (?i:music|song)[ ]?,[ ]? )
    ["“](?P<title>[^"“”\n]{1,200})["”]
    (?:[ ]?,[ ]?.*)?$
    """,
    _FLAGS,
)

# --- around the transcript ---------------------------------------------------------------


def _verbose(words: str) -> str:
    """``words`` as a literal of a VERBOSE pattern, where a plain space would be ignored."""
    return regex.escape(words).replace("\\ ", "[ ]")


# Page furniture that fills a whole line, by the reason it is dropped. Tried on every line, in
# the standard library's engine: plain enough for it, and matched in 40% of regex's time.
CHROME = compile_re_lazily(
    r"""
    ^(?:[•·*\-][ ]*)?
    (?:
      (?P<player>
          Play[ ]Live[ ]Radio | Next[ ]Up: | Now[ ]Playing:?
        | Listen(?:[ ]Live)?(?:[ ][·•][ ]\d{1,2}:\d{2}(?::\d{2})?)?    # Listen • 3:52
        | Download | Embed | Transcript | Toggle[ ]more[ ]options | Playlist | Queue
        | (?:Read|Show|Hide|View|Open|Close)[ ](?:the[ ])?(?:Full[ ])?Transcript  # its toggle
        | \d{1,2}:\d{2}(?::\d{2})?(?:[ ]\d{1,2}:\d{2}(?::\d{2})?)*+
        | (?:Embed[ ])?<iframe\b[^\n]*+                             # Embed <iframe src=...
        | Hide[ ]caption | Enlarge[ ]this[ ]image | toggle[ ]caption )
    | (?P<station>
          Available[ ]On[ ]Air[ ]Stations | On[ ]Air[ ]Now | Donate | Support[ ]Public[ ]Radio
        | Local[ ]News | All[ ]Streams )
    | (?P<navigation>
          Read[ ]more | Read[ ]More | Show[ ]more
        | Skip[ ]to[ ]main[ ]content | Sponsor[ ]Message | Advertisement
        # the outlets' own page lines, such as CNN's "Return to Transcripts main page"
        """
    + "".join(f"| {_verbose(line)} " for line in outlets.PAGE_LINES)
    + r""")
    | (?P<published>Originally[ ]published[ ]on[ ][^\n]{1,200}
        # a video page's age of the post, alone on its line: ``12 hours ago``
        | (?:\d{1,3}|an?)[ ](?:second|minute|hour|day|week|month|year)s?[ ]ago )
    | (?P<banner>THIS[ ]IS[ ]A[ ]RUSH[ ]TRANSCRIPT\.[^\n]{0,200})
    )[ ]*$
    """,
    _RE_FLAGS,
)

# Page furniture the outlet modules describe (a station's air times, the time a story block
# was posted, a membership banner), alone on its line; the named group a line matches says
# the reason it is dropped for (``FURNITURE_REASONS``). Each fragment is bounded or stops at a
# character the next part cannot start with, as the outlet modules are told.
FURNITURE_REASONS = {
    f"f{number}": reason for number, reason in enumerate(outlets.FURNITURE_BY_REASON)
}
PAGE_FURNITURE = compile_lazily(
    r"^(?:[•·*\-][ ]*)?(?:"
    + (
        " | ".join(
            f"(?P<f{number}>" + " | ".join(f"(?:{pattern})" for pattern in patterns) + ")"
            for number, patterns in enumerate(outlets.FURNITURE_BY_REASON.values())
        )
        or "(?!)"
    )
    + r")[ ]*$",
    _FLAGS,
)
# No furniture line is longer: a longer line is prose, and is not matched at all.
PAGE_FURNITURE_REACH = 200


def _words_of(pairs: tuple[tuple[str, str], ...]) -> tuple[str, ...]:
    """The words of (words, pattern) pairs, each once: what a line is tested for before the
    pattern is tried on it."""
    return tuple(dict.fromkeys(words for words, _ in pairs))


def _either(pairs: tuple[tuple[str, str], ...]) -> str:
    """The patterns of (words, pattern) pairs as one alternation; one that never matches
    when there are none."""
    return "|".join(pattern for _, pattern in pairs) or "(?!)"


_SOCIAL_SITES = (
    r"(?:Facebook|Twitter|X|YouTube|Instagram|Tumblr|Snapchat|Google\+|TikTok|LinkedIn|Threads)"
)

# More furniture of whole lines, each with the words it opens with: a line is tried against
# the pattern only when it opens with one of them, so the many lines of speech cost one
# string test each. Besides the outlets' own, what any site prints: an image's stand-in text,
# a site search box's caption, where a repost cuts the story, a comment form.
_FURNITURE = (
    ("Placeholder Image", r"Placeholder[ ]Image"),
    ("The Web ", r"The[ ]Web[ ]++Powered[ ]by"),
    ("powered by", r"powered[ ]by(?:[ ]\p{Lu}[\p{L}!.]{0,20})?"),
    ("Powered by", r"Powered[ ]by(?:[ ]\p{Lu}[\p{L}!.]{0,20})?"),
    ("Read more", r"Read[ ]more(?:…|\.\.\.)"),
    ("Read More", r"Read[ ]More(?:…|\.\.\.)"),
    ("Please enter your ", r"Please[ ]enter[ ]your[ ](?:comment!|name[ ]here|email[ ]here)"),
    # a show's social links, each alone on its line: "Follow Harbor Radio on Instagram."
    *(
        (verb, _verbose(verb) + r"[^\n]{1,60}[ ]on[ ]" + _SOCIAL_SITES + r"\.?")
        for verb in ("Like ", "Follow ", "Subscribe to ", "Add ")
    ),
    *outlets.FURNITURE,
)
FURNITURE_OPENERS = _words_of(_FURNITURE)
FURNITURE = compile_lazily(r"^(?:" + _either(_FURNITURE) + r")[ ]*$", _FLAGS)

# A link and its caption alone on a line: "Full audio: https://example.org/241". Tried only on
# a line holding "://".
LINK_LINE = compile_lazily(r"^\p{Lu}\p{L}*+(?:[ ]\p{L}++){0,3}:[ ]https?://[^\s]{1,300}+$", _FLAGS)

# Furniture lines that open with a name the page fills in, tried only on a line holding one
# of the words each is known by: "Harbor Evening is available to stream on pbs.org ...".
FURNITURE_WITHIN_WORDS = _words_of(outlets.FURNITURE_WITHIN)
FURNITURE_WITHIN = compile_lazily(r"^(?:" + _either(outlets.FURNITURE_WITHIN) + r")[ ]*$", _FLAGS)

# Furniture the scrape glued to the start of the transcript's first line, with nothing
# between: "Learn Moreabout PBS online sponsorshipJUDY MARSH: Good evening."
GLUED_FURNITURE_OPENERS = _words_of(outlets.GLUED_FURNITURE)
GLUED_FURNITURE = compile_lazily(
    r"^(?:" + _either(outlets.GLUED_FURNITURE) + r")(?=[^\s\p{Ll}])", _FLAGS
)

# Share links a station page prints under the date, each alone on its line: page furniture
# when two or more stand together before the transcript ("Email" said later is speech).
SHARE_LINKS = frozenset(
    {"Facebook", "Twitter", "X", "LinkedIn", "Email", "E-mail", "Reddit", "Flipboard", "Print"}
)

# A line CNN closes a transcript with, alone on its line after the last turn. Page furniture
# only there: the same word spoken inside the transcript stays speech.
CLOSING_LINES = outlets.CLOSING_LINES

# Where a provider or copyright line starts: at a piece's start or after a sentence or marker.
PROVIDER = compile_lazily(
    r"""
    (?:^|(?<=[.?!"”)\]][ ]{1,3}))
    (?:
        Transcript[ ]provided[ ]by[ ]
      | Copyright[ ](?:©[ ]?)?(?:\d{4}[ ])?(?:NPR|National[ ]Public[ ]Radio)\b
      | (?:Copyright[ ](?:©[ ]?)?|©[ ]?)\d{4}[ ]\p{Lu}[\p{L}\d&.\-]*+    # a station's own line
      | NPR[ ]transcripts[ ]are[ ]created[ ]on[ ]a[ ]rush[ ]deadline
    )
    """,
    _FLAGS,
)

# Every PROVIDER match holds one of these, so a line holding none needs no search: the pattern
# starts with a lookbehind, which the engine tries at every position of the line.
PROVIDER_WORDS = ("Transcript provided by ", "Copyright ", "©", "NPR transcripts ")

# A member station's own copyright line names the station that broadcast the story:
# "Copyright 2031 WHRN.", "© 2031 KXRL-FM", "Copyright 2031 WAMU 88.5". Call letters are K or
# W and two or three capitals, with the band ("-FM", "-AM", "-TV") some stations print; a
# name in words ("Copyright 2031 Harbor Public Radio") is no call sign, and names no outlet.
STATION_COPYRIGHT = compile_lazily(
    r"""
    ^(?:Copyright[ ](?:©[ ]?)?|©[ ]?)\d{4}[ ]
    (?P<station>[KW]\p{Lu}{2,3})(?:-(?:FM|AM|TV))?(?![\p{L}\d\-])
    """,
    _FLAGS,
)

# A station's or site's own copyright footer, alone on its line: "© 2031 Harbor Public Radio",
# "Copyright 2031 WHRN", "© 2031 WAMU 88.5. All rights reserved.", "© 2031 Harbor Bay Public
# Radio, 140 Harbor Street, Quill Point" (its address after its name), or the bare "© 2031". It is
# page furniture naming who published the page, not the transcript's provider line: NPR's own
# lines ("Copyright 2031 NPR. To see more, visit ...") and a station's story line in that
# form say more than a name and stay provider lines.
STATION_FOOTER_REASON = "station copyright"
# A network's own line in that form ("Copyright 2031 CNN. All rights reserved.") is the
# transcript's provider line, as the network provides its transcripts.
NETWORK_NAMES = frozenset(outlet.name for outlet in outlets.OUTLETS) | outlets.NAMES
STATION_FOOTER = compile_lazily(
    r"""
    ^(?:Copyright[ ](?:©[ ]?)?|©[ ]?)\d{4}
    (?:[ ](?!(?:NPR|National[ ]Public[ ]Radio)\b)
       (?P<publisher>\p{Lu}[\p{L}\d&'’\-]*+(?:\.[\p{L}\d]++)*+
          (?:[ ][\p{L}\d&'’\-]++(?:\.[\p{L}\d]++)*+)*+)
       (?:,[ ]\d[^\n]{0,200})?)?    # the station's street address and phone after its name
    (?:\.?[ ]All[ ]rights[ ]reserved)?\.?[ ]*$
    """,
    _FLAGS,
)

# Closed captions' mark of a change of speaker, ``>>`` (``>>>`` for a change of story), at the
# start of a line or after a blank inside one (captions print it mid-sentence too), before
# words, with the blanks after it.
SPEAKER_CHANGE = compile_lazily(
    r"(?:^|(?<=[ ]))>>>?(?=[ ]*+[\p{L}\p{N}\"“'‘(\[])[ ]*+", _FLAGS | regex.MULTILINE
)
SPEAKER_CHANGE_REASON = "speaker change"

# TV captions printed in small letters (as the TV News Archive keeps a call-in programme's)
# name speakers by their part in it, each opening a line or a sentence: "host: ...",
# "caller: ...", "guest: ...". The role each gives; only such a page reads them.
CAPTION_ROLES: dict[str, str | None] = {"host": "host", "guest": "guest", "caller": None}
CAPTION_ROLE_LABEL = compile_lazily(
    r"(?:^|(?<=[.?!\-][ ]{1,3}))(?P<word>" + "|".join(CAPTION_ROLES) + r"):[ ]+(?=\S)",
    _FLAGS | regex.MULTILINE,
)
# The most capital letters per thousand letters of a page printed in small letters: its
# header, the odd acronym.
SMALL_LETTER_CAPITALS = 30

# A radio script's cue line, the music or sound that comes in there: "MUSIC: Enter", "SFX:
# door slams", "AMBI: harbor". A marker, never a speaker's label.
SCRIPT_CUE_NAMES = ("MUSIC", "SFX", "SOUND", "AMBI", "AMBIENCE", "THEME")
# a cue's name and colon, which opens the line (PAGE_MARK_START holds it too)
_SCRIPT_CUE_OPENING = "(?:" + "|".join(SCRIPT_CUE_NAMES) + r")[ ]?:"
SCRIPT_CUE = compile_lazily(_SCRIPT_CUE_OPENING + r"(?:[ ]{1,8}[^\n]{0,200})?", _FLAGS)

# A line of three stars or more that parts two sections of a transcript ("*   *   *"): a
# podcast's break between its segments. Whoever spoke before it does not go on after it.
SECTION_BREAK = compile_lazily(r"\*(?:[ \t]{0,20}\*){2,20}[ \t]*", _FLAGS)
SECTION_BREAK_REASON = "section break"

# Closed captions' other way of marking speakers, as PBS stations' video pages print their
# transcripts: a dash opens each change of speaker, and a name in square brackets after it
# says who, when the picture does not (``- [Narrator] The tide ...``, ``- Yes.``).
_CAPTION_NAME_WORD = r"(?:\p{Lu}[\p{L}'’.\-]*+|\d{1,2})"
CAPTION_SPEAKER = compile_lazily(
    rf"-[ ]\[(?P<name>\p{{Lu}}[\p{{L}}'’.\-]*+(?:[ ]{_CAPTION_NAME_WORD}){{0,3}}+)\][ ]++",
    _FLAGS,
)
# Its dash alone, opening a line: the next speaker, unnamed.
CAPTION_DASH = "- "
# A captions page's sound cue in small letters opening a line, before the words said over
# it: ``(bright music) Welcome back.`` A few words, no sentence in them.
CAPTION_CUE = compile_lazily(
    r"\((?P<body>\p{Ll}[\p{L}'’\-]*+(?:[ ][\p{L}'’\-]++){0,5}+)\)[ ]++", _FLAGS
)

# A line of the guest list npr.org prints above a discussion's transcript: a name, then who
# the guest is, ending no sentence (``Ana Ruiz, harbor master, Port of Quill Point``). Each
# name word is bounded, so a search along a long run of letters stays linear.
GUEST_LINE = compile_lazily(
    r"""
    \p{Lu}[\p{L}'’\-]{0,30}+\.?(?:[ ]\p{Lu}[\p{L}'’\-]{0,30}+\.?){1,3}
    ,[ ](?=[\p{Ll}\p{Lu}])[^\n]{2,160}+
    (?<![.?!…"”:;,])
    """,
    _FLAGS,
)
# A guest list has at least this many such lines, one under the other, as a block of its own.
GUEST_LIST_LINES = 2

# Editor's notes and corrections, which belong to the story but not to any speaker; and the
# editor's line that presents the transcript ("The following is a transcript of ...").
# Every note opens with one of the openers, and the pattern is tried only on a line that does.
NOTE_OPENERS = (
    "Editor",
    "EDITOR",
    "Correction",
    "CORRECTION",
    "Clarification",
    "CLARIFICATION",
    "NOTE",
    "Note",
    "UPDATE",
    "Update",
    "The following ",
)
NOTE = compile_lazily(
    r"""
    ^(?:(?:Editor['’]s[ ]note|EDITOR['’]S[ ]NOTE|Correction|CORRECTION|Clarification
       |CLARIFICATION|NOTE|Note|UPDATE|Update)\b[^:\n]{0,40}:[ ]
      | The[ ]following[ ]is[ ]an?[ ](?:[\p{L}\-]+[ ]){0,2}?transcript[ ]of[ ])
    """,
    _FLAGS,
)

# A script's cast key: each performer's initials and full name, the labels after it being
# those initials: ``(GK: Ana Ruiz, SS: Omar Bek, TR: Lia Chen)``. Kept as a note.
_CAST_MEMBER = r"\p{Lu}{2,3}:[ ]\p{Lu}\p{Ll}++(?:[ ]\p{Lu}[\p{L}'’.\-]*+){1,3}+"
CAST_KEY = compile_lazily(
    rf"^\(?+{_CAST_MEMBER}(?:[,;][ ]{_CAST_MEMBER})++\)?+[ ]*+$",
    _FLAGS,
)

# The most words of a scene's heading, a line ending in a colon alone on its paragraph
# above a label (``Interview:``, ``Scene with women and children:``): kept as a note.
SCENE_HEADING_WORDS = 6

# A line that heads a part of a programme, as the outlets print them (``Act One: The Lost
# Key``, ``Prologue``): alone, or with the part's title after ``.`` or ``:``. Kept as a note.
SECTION_HEADING_OPENERS = _words_of(outlets.HEADINGS)
SECTION_HEADING = compile_lazily(
    r"^(?:" + _either(outlets.HEADINGS) + r")(?:[.:](?:[ ][^\n]{1,150})?)?[ ]*$", _FLAGS
)

# An episode's number before its title on a podcast's page (``786: It's a Game Show!``), or
# alone on the line above it (``241:``). At most three digits: four are a year, which a
# headline may well open with ("1968: The Year ...").
EPISODE_NUMBER = compile_lazily(r"^\d{1,3}:(?:[ ]++|$)", _FLAGS)

# A person's name as prose writes it, for sign-offs and bios: Greg Myre, Ana de la Cruz.
PROSE_NAME = (
    rf"(?:{MIXED_WORD}|\p{{Lu}}\p{{Ll}}*)"
    rf"(?:[ ](?:{PARTICLE}[ ]){{0,2}}(?:{MIXED_WORD}|\p{{Lu}}\.)){{1,3}}"
)

# A person's full name in running text, where a short label nobody introduced may find its
# speaker ("I'm Jad Abumrad", "produced by Ana Ruiz and Omar Bek"); a capital word that opens
# sentences or calls to someone is no first name ("Hey Jad", "So Kathy"), in key form.
NOT_NAME_OPENERS = frozenset(
    {
        *(word.upper() for word in SENTENCE_OPENERS),
        *NOT_FIRST_NAMES,
        *("HEY", "HI", "HELLO", "OH", "SO", "WELL", "THANKS", "THANK", "DEAR", "UH", "UM"),
        *("YEAH", "GOOD", "SORRY", "PLEASE", "LOOK", "LISTEN", "RIGHT", "ALL", "EVERY", "EACH"),
        *("MR.", "MRS.", "MS.", "DR.", "MR", "MRS", "MS", "DR", "I", "WE", "YOU", "THEY", "HE"),
        *("SHE", "MY", "OUR", "YOUR", "HIS", "HER", "THEIR", "IS", "WAS", "DID", "DOES", "DO"),
    }
)
NAME_IN_TEXT = compile_lazily(rf"(?<![\p{{L}}'’.])(?P<name>{PROSE_NAME})(?![\p{{L}}'’])", _FLAGS)

# One word of a station's name as its pages print it: WHRN, KXRL-FM, Harbor, 90.1.
_STATION_WORD = r"[\p{Lu}\d][\p{L}\d.&'’\-]{0,20}+"

# A member station's byline under the headline: "By Omar Bek", "By Ana Ruiz and Omar Bek",
# "By Omar Bek, KXRL", "WHRN | By Omar Bek" (the station's name, one to four words, before a
# bar). Page furniture: the reporter's own label says who speaks.
BYLINE = compile_lazily(
    rf"""
    ^(?:{_STATION_WORD}(?:[ ]{_STATION_WORD}){{0,3}}[ ]\|[ ])?
    By[ ]{PROSE_NAME}(?:(?:,[ ]and|[ ]and|,)[ ]{PROSE_NAME}){{0,3}}
    (?:,[ ][\p{{Lu}}\d][^\n]{{0,60}})?[ ]*$
    """,
    _FLAGS,
)

# An outlet as a sign-off names it, from the outlet modules: each network's "... News" named
# whole, before its bare name (without it "I'm Rhea Dalton, CNN News." read as CNN with the
# dateline "News", since the I'm form lets a place follow without a comma: "CNN Washington"),
# and any member station's newsroom (``WBUR News``).
OUTLETS = f"(?:{'|'.join(outlets.SIGNOFFS)})"
# Every OUTLETS match holds one of these: a text holding none names no outlet, and needs no
# sign-off search.
OUTLET_WORDS = outlets.SIGNOFF_WORDS

# Where a reporter signs off from, after the outlet or the name: "Harren Point",
# "Washington, D.C" (the full stop that ends the line is read apart, see
# DATELINE_ABBREVIATIONS). Initials ("D.") and the abbreviations of St. Louis or Ft. Worth
# may hold a full stop; any other full stop ends the sentence.
_DATELINE = r"(?P<dateline>(?:[^.\n]|\p{Lu}\.|(?<![\p{L}])(?:St|Ft|Mt)\.){1,80})"

# A reporter's sign-off, as the whole piece: "Greg Myre, NPR News, Washington.",
# "For NPR News, I'm Greg Myre in Washington.", "For the PBS NewsHour, I'm Leo Tran in
# Clarksdale.", "I'm Greg Myre, NPR News.", "I'm Leo Tran for the PBS NewsHour in Clarksdale.",
# a member station's "Leo Tran, WBUR News, Boston." or "Leo Tran, KVXL News." It ends the
# text it is found in, and is no longer than its reach: a caller looks for one only in a
# text's last SIGNOFF_REACH characters.
SIGNOFF_REACH = 200
SIGNOFF = compile_lazily(
    rf"""
    (?=[^\n]{{0,{SIGNOFF_REACH}}}$)
    (?: (?P<name>{PROSE_NAME}),[ ](?P<outlet>{OUTLETS})
            (?:,[ ]{_DATELINE})?
      | For[ ](?:the[ ])?(?P<outlet>{OUTLETS}),[ ]I['’]m[ ](?P<name>{PROSE_NAME})
            (?:(?:[ ]in|,)[ ]{_DATELINE})?
      | I['’]m[ ](?P<name>{PROSE_NAME}),[ ](?P<outlet>{OUTLETS})
            (?:,?[ ](?:in[ ])?{_DATELINE})?
      | I['’]m[ ](?P<name>{PROSE_NAME})[ ]for[ ](?:the[ ])?(?P<outlet>{OUTLETS})
            (?:(?:[ ]in|,)[ ]{_DATELINE})?
    )\.$
    """,
    _FLAGS,
)

# The full stop that ends a sign-off is also the full stop of a dateline that ends in an
# abbreviation: "Hadley Cross, Kan." keeps it, "Washington." does not. The AP's state
# abbreviations; initials such as "D.C" (read by the pattern up to the last letter) keep it too.
DATELINE_ABBREVIATIONS = frozenset(
    {
        "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind",
        "Kan", "Kans", "Ky", "La", "Md", "Mass", "Mich", "Minn", "Miss", "Mo", "Mont",
        "Neb", "Nev", "Okla", "Ore", "Pa", "Tenn", "Tex", "Va", "Vt", "Wash", "Wis",
        "Wyo",
    }
)  # fmt: skip

# Where a sign-off glued to the end of a paragraph may begin: after a sentence ends.
SIGNOFF_START = compile_lazily(r"(?<=[.?!\"”][ ]{1,3})(?=(?:For[ ]|I['’]m[ ])?\p{Lu})", _FLAGS)

# A date line in the page header: "Sat June 15, 2013", "November 8, 2017 5:00 AM ET",
# "Aired May 20, 2019 - 04:30 ET", "Originally aired 07.11.2003".
MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_WORDED_DATE = rf"""
        (?:(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)[a-z]*,?[ ])?
        {MONTH}[ ]\d{{1,2}},?[ ]\d{{4}}
        (?:[ ]+(?:-[ ]+|at[ ])?\d{{1,2}}:\d{{2}}(?:[ ]?(?:AM|PM|a\.m\.|p\.m\.))?)?"""
# The day before the month, as British pages and blogs print it alone on a line: "Monday,
# 2 December 2019". Only a whole date line: in prose the form is too common to cut at.
_DAY_FIRST_DATE = rf"""
        (?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,?[ ])?
        \d{{1,2}}[ ]{MONTH}[ ]\d{{4}}"""
# Time zones as US pages print them. A region's plain name (ET, MT, AKT) follows that region's
# daylight saving, so it is read by the IANA zone of the region; a standard or daylight name
# (EST, MDT) says its offset itself: Arizona prints MST all summer, and it means UTC-07:00.
ZONE_REGIONS = {
    "ET": "America/New_York",
    "CT": "America/Chicago",
    "MT": "America/Denver",
    "PT": "America/Los_Angeles",
    "AKT": "America/Anchorage",
}
ZONE_OFFSETS = {  # hours from UTC
    "EST": -5,
    "EDT": -4,
    "CST": -6,
    "CDT": -5,
    "MST": -7,
    "MDT": -6,
    "PST": -8,
    "PDT": -7,
    "AKST": -9,
    "AKDT": -8,
    "HST": -10,
    "GMT": 0,
    "UTC": 0,
}
ZONE_NAMES = frozenset(ZONE_REGIONS) | frozenset(ZONE_OFFSETS)
# Longest first, so "AKST" is not read as a zone "AK" followed by "ST".
_ZONE_WORDS = "|".join(sorted(ZONE_NAMES, key=len, reverse=True))
_ZONE = rf"(?:[ ]+(?P<zone>{_ZONE_WORDS}))?"
# A whole date line may end in a zone the table does not know ("6:14 PM CET"): it is still the
# date line, read without the zone and reported, rather than taken for a headline or a turn.
# The date in figures, month first: "07.11.2003", "7/11/2003".
_NUMERIC_DATE = r"\d{1,2}[./]\d{1,2}[./]\d{4}"
# The ISO form a scraper's date field holds: "2013-03-15", "2013-03-15T10:00".
_ISO_DATE = r"\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?)?"
# No date line is longer; the pattern refuses a longer line at its first step, and a caller
# need not try it on one: most lines of a page are paragraphs of speech, far longer.
DATE_LINE_REACH = 120
DATE_LINE = compile_lazily(
    rf"""
    ^(?=[^\n]{{0,{DATE_LINE_REACH}}}$)
    (?:(?:Aired|AIRED|Originally[ ]aired|Updated|Published|Broadcast):?[ ](?:on[ ])?)?
    (?P<date>
        {_WORDED_DATE}
      | {_DAY_FIRST_DATE}
      | {_NUMERIC_DATE}
      | {_ISO_DATE}
    )
    (?:{_ZONE}|[ ]+(?P<unknown_zone>\p{{Lu}}{{2,5}}))
    (?:[ ]\|[ ]\d{{1,2}}:\d{{2}}(?::\d{{2}})?)?         # a video's running time: | 0:56:34
    [ ]*$
    """,
    _FLAGS,
)

# The fields a scraper writes above the page's text, each line opening with the field's name
# and a colon ("Title: Ferry Fog", "Date: 2013-03-15", "URL: https://..."), or a date field's
# name in small letters before its value, even glued before the first label ("date 2013-03-15
# DANA HOLLOWAY, HOST: ..."). Each name says what its value is read as: a line of its own (the
# title), a date, a programme line, or furniture (a link, where the page came from).
SCRAPED_FIELDS = {
    "title": "line",
    "headline": "line",
    "date": "date",
    "published": "date",
    "program": "programme",
    "programme": "programme",
    "show": "programme",
    "url": "furniture",
    "link": "furniture",
    "source": "furniture",
}
SCRAPED_FIELD = compile_lazily(
    r"(?:(?P<field>(?i:"
    + "|".join(SCRAPED_FIELDS)
    + r")):[ ]{0,8}(?=\S)|(?P<field>date)[ ]{1,8}(?=\d))",
    _FLAGS,
)
SCRAPED_FIELD_REASON = "scraped field"

# What a line that marks the page opens with, by the kind of mark: a scraper's field by name
# and colon, a date field's "date " or the archive's "tv "; a script's cue by name and colon,
# or a section break's star; a bare timestamp's digit. One quick test on every line, whose
# group says which reader (classify's page marks) takes the line.
PAGE_MARK_START = compile_re_lazily(
    r"(?P<field>(?i:" + "|".join(SCRAPED_FIELDS) + r")[ ]?:|date[ ]|tv[ ])"
    r"|(?P<script>" + _SCRIPT_CUE_OPENING + r"|\*)"
    r"|(?P<time>\d)",
    _RE_FLAGS,
)

# The line the TV News Archive prints above a programme's captions: "tv", the programme, the
# day's code, the channel, the date and the hours it aired ("tv Harbor Call-In 03032031 HBPR
# March 3, 2031 7:00am-9:00am EST").
ARCHIVE_HEADER = compile_lazily(
    rf"""
    tv[ ](?P<program>\S[^\n]{{0,80}}?)[ ]\d{{8}}[ ][A-Z][A-Z0-9]{{1,12}}[ ]
    (?P<when>(?P<date>{MONTH}[ ]\d{{1,2}},[ ]\d{{4}}[ ]\d{{1,2}}:\d{{2}}[ap]m)
      -\d{{1,2}}:\d{{2}}[ap]m{_ZONE})
    [ ]*$
    """,
    _FLAGS,
)
ARCHIVE_HEADER_REASON = "archive header"

# A scraper's date field's value, which may have the first label glued after it.
DATE_FIELD = compile_lazily(
    rf"""
    (?P<date>{_WORDED_DATE}|{_NUMERIC_DATE}|{_ISO_DATE})
    {_ZONE}
    (?=[ ]|$)
    """,
    _FLAGS,
)

# The date line of a page flattened onto one line, between the headline and the story's
# prose: "... Shrink November 8, 2017 5:00 AM ET The cod quota ...". Only the worded form,
# starting a word and ending one.
GLUED_DATE = compile_lazily(
    rf"""
    (?<![\p{{L}}\d])
    (?P<date>{_WORDED_DATE})
    {_ZONE}
    (?![\p{{L}}\d])
    """,
    _FLAGS,
)

# CNN's air time, the hour slot its headline line ends with: "Aired 4:30-5a ET", "Aired 11p-12a
# ET", "Aired on 8-9p ET". Every part is bounded, so a line of digits and dashes costs one pass.
AIR_TIME = compile_lazily(
    r"""
    Aired[ ](?:on[ ])?\d{1,2}(?::\d{2})?(?:[apn]m?)?[ ]?-[ ]?\d{1,2}(?::\d{2})?[apn]m?
    """
    + _ZONE
    + r"""[ ]*$
    """,
    _FLAGS,
)

# Where a sentence ends inside a line, so a label glued after it can start a new turn. A
# few spaces may part them: pages that glue the answer to the question's line leave the
# paragraph's own spacing there (``...you faced?    RICE: Well ...``). A lead's colon may
# stand before it too (``On the program tonight: DANA HOLLOWAY, Host: ...``).
INLINE_LABEL_START = compile_lazily(
    rf"""(?<=[.?!"”)\]:][ ]{{1,6}})
        (?=(?:{HONORIFIC}|{_SHORT_TITLES})\.?[ ]\p{{Lu}}
          |\p{{Lu}}[\p{{Lu}}\p{{M}}'’.\-]{{0,30}}[ ,:(])""",
    _FLAGS,
)

# A bio after the transcript starts with the person's name and a verb: "Greg Myre is a ..."
BIO_VERB = compile_lazily(r"[ ](?:is|was|has|covers|reports|joined|hosts|serves|leads)\b", _FLAGS)

# --- programmes and outlets --------------------------------------------------------------

# Programmes pages name, keyed by their name in lower case: the name as printed for display and
# the outlet that broadcasts it. A page's own printing ("TALK OF THE NATION") is matched
# without regard to case and shown in the form given there. Built from the outlet modules of
# ``_outlets``, as are the outlet names, closing lines and page lines below.
PROGRAMS = outlets.PROGRAMMES

_PROGRAM_NAMES = "|".join(_verbose(name) for name in sorted(PROGRAMS, key=len, reverse=True))

# A line that only names the programme: "Heard on All Things Considered", "NPR's Weekend
# Edition Saturday" (the 2000s npr.org page heading), "Weekend Edition For Saturday, March 2".
# Any name may follow "Heard on"; a bare line must start with a programme of the table. A
# programme of the table after the colon is the hour's own show inside the first's slot, and
# part of the name: "TALK OF THE NATION: SCIENCE FRIDAY" is "Talk of the Nation: Science
# Friday"; anything else after the colon is the rest of the line.
# No programme line is longer: the most a programme line's parts can hold, "NPR's", two
# programmes' names and the eighty characters of the rest. The pattern refuses a longer line
# at its first step, and a caller need not try it on one.
PROGRAM_LINE_REACH = len("NPR's ") + 2 * max(map(len, PROGRAMS)) + len(": ") + len(" for ") + 80
PROGRAM_LINE = compile_lazily(
    rf"""
    ^(?=[^\n]{{0,{PROGRAM_LINE_REACH}}}$)
    (?: Heard[ ]on[ ](?P<program>\p{{Lu}}[^\n]{{0,80}}?)
       | (?:NPR['’]s[ ])?
         (?P<program>(?i:{_PROGRAM_NAMES})(?::[ ](?i:{_PROGRAM_NAMES})(?![\p{{L}}\d]))?)
         (?:(?::|(?i:[ ]for|[ ]on)|,)[ ](?P<rest>[^\n]{{1,80}}))? )
    [ ]*$
    """,
    _FLAGS,
)

# The programme line of a page flattened onto one line, glued after the headline: "...
# Shrink Heard on Morning Edition November 8, ...". Only a known programme, since nothing else
# shows where the name ends.
GLUED_PROGRAM = compile_lazily(
    rf"""
    (?<=[ ])Heard[ ]on[ ](?P<program>(?i:{_PROGRAM_NAMES}))(?![\p{{L}}\d])
    """,
    _FLAGS,
)

# A host naming the programme in capitals, as NPR transcripts print it: "This is TALK OF THE
# NATION", "It's MORNING EDITION", "Welcome to FRESH AIR". The lookbehind admits only word
# starts, and the name is at most six capital words.
PROGRAM_MENTION = compile_lazily(
    r"""
    (?<![\p{L}'’])
    (?:[Tt]his[ ]is|[Ii]t['’]?s|[Ww]elcome[ ](?:back[ ])?to|listening[ ]to)[ ]
    (?P<program>\p{Lu}[\p{Lu}\d'’&!.\-]++(?:[ ](?:\p{Lu}[\p{Lu}\d'’&!.\-]*+|&)){0,5})
    (?![\p{Ll}])
    """,
    _FLAGS,
)

# Every PROGRAM_MENTION match holds one of these: a turn holding none is not searched, which
# saves a scan of every character of the first turns of most pages.
PROGRAM_MENTION_WORDS = ("his is ", "t's ", "t’s ", "ts ", "elcome ", "listening to ")

# Outlets named alone, which a programme mention must not be taken for ("This is NPR").
OUTLET_NAMES = outlets.NAMES

# A host introducing themselves in an opening paragraph that lost its label: "I'm Dana
# Holloway", "I'm Dana Holloway, and this is ...". The name must end the clause, so "I'm
# Dana Holloway's producer" does not count. Lost apostrophes ("Im") are allowed.
HOST_INTRO = compile_lazily(
    rf"""
    (?<![\p{{L}}'’])I['’]?m[ ](?P<name>{PROSE_NAME})
    (?=[.,!?;]|[ ](?:and|in|at|with|from)\b|$)
    """,
    _FLAGS,
)

# A speaker introducing themselves anywhere in a turn whose label was lost: "I'm Dana
# Holloway", "This is Dana Holloway." (the name ending the clause, as in HOST_INTRO), or
# "My name is Dana Holloway".
SELF_INTRO = compile_lazily(
    rf"""
    (?<![\p{{L}}'’])(?:I['’]?m|[Tt]his[ ]is|[Mm]y[ ]name[ ]is)[ ](?P<name>{PROSE_NAME})
    (?=[.,!?;]|[ ](?:and|in|at|with|from)\b|$)
    """,
    _FLAGS,
)

# A commentary's sign-off, the last words of its line: the programme or station, then the
# commentator's name (``With a Perspective, I'm Dana Holloway.``, ``For Harbor Bay Radio,
# this is Omar Bek.``). A page of unlabelled speech that ends so is that person's.
COMMENTARY_SIGNOFF = compile_lazily(
    rf"""
    (?<=\S),[ ](?:I['’]m|[Tt]his[ ]is)[ ](?P<name>{PROSE_NAME})\.?[ \t]*+$
    """,
    _FLAGS | regex.MULTILINE,
)

# Page chrome whose presence says which outlet published the page.
# An outlet named in a staff label (``ANA LOPEZ, CNN ANCHOR:``): the network whose show it is,
# when nothing else on the page says so. Guests' titles are not asked, so "NPR CORRESPONDENT"
# interviewed on CNN does not make it an NPR story.
LABEL_OUTLET = compile_lazily(
    rf"^(?P<outlet>{'|'.join(sorted(outlets.LABEL_NAMES, key=len, reverse=True))})\b"
)
STAFF_ROLES_NAMING_OUTLET = outlets.STAFF_ROLES_NAMING_OUTLET

CHROME_OUTLETS = outlets.PAGE_LINES
