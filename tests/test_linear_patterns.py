"""Every pattern runs in linear time, even on input built to defeat it.

Each compiled pattern of the library is run (``match``, ``search`` and ``finditer``) over a
generic battery of hostile inputs, and the grammar's patterns also over inputs aimed at their
own repetitions. A pattern that backtracks catastrophically would spend hours on these; the
``timeout`` of the ``regex`` module turns that into a failure naming the pattern and input.
The few patterns the standard library's engine runs are timed instead.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
import time
from collections.abc import Iterator
from typing import Any

import pytest
import regex

import newstranscript
from newstranscript._lazy import _Pending

# Every module of the package and its sub-packages, so a pattern in a new module is tested
# without being listed.
MODULES = tuple(
    importlib.import_module(found.name)
    for found in pkgutil.walk_packages(newstranscript.__path__, "newstranscript.")
    if found.name != "newstranscript.__main__"
)

# Seconds one call may take. Linear patterns need milliseconds on most of these inputs and
# about a second on the largest (2 MB of ". A" for INLINE_LABEL_START, whose lookbehind is
# tried at every sentence end); a quadratic one needs hours there, so 10 s still catches it
# and leaves a loaded test machine room (at 2 s that input timed out under load).
TIMEOUT = 10.0
SIZE = 200_000  # characters in each generic input


Pattern = regex.Pattern[str] | re.Pattern[str]


def _patterns() -> Iterator[tuple[str, Pattern]]:
    for module in MODULES:
        for name, value in vars(module).items():
            if isinstance(value, regex.Pattern | re.Pattern | _Pending):
                # a lazily compiled pattern is compiled here, by its first use
                compiled = value.match.__self__ if isinstance(value, _Pending) else value
                if isinstance(compiled, regex.Pattern | re.Pattern):
                    yield f"{module.__name__.removeprefix('newstranscript.')}.{name}", compiled


PATTERNS = dict(_patterns())


def _repeat(unit: str, tail: str = "", size: int = SIZE) -> str:
    return unit * (size // len(unit)) + tail


# Long runs of what names, labels, markers and sentences are made of, each ending in the one
# character that makes a naive pattern give up and try every other split of the run.
GENERIC = {
    "capitals": _repeat("A", "a"),
    "capital words": _repeat("ANA ", "a"),
    "initials": _repeat("A.", "a"),
    "mixed-case words": _repeat("Ana ", "1"),
    "hyphens and apostrophes": _repeat("A-'’", "a"),
    "lower case": _repeat("ab ", "A"),
    "spaces": _repeat(" ", "x"),
    "sentences": _repeat("Ab. ", "x"),
    "colons": _repeat(":"),
    "commas": _repeat("A, ", "x"),
    "open brackets": _repeat("("),
    "nested brackets": _repeat("(", "x") + _repeat(")"),
    "square brackets": _repeat("[A "),
    "quotes": _repeat("'S \"", "x"),
    "digits and colons": _repeat("1:00 ", "x"),
    "tags": _repeat("<p" + " " * 250),
    "mojibake start": _repeat("â€"),
    "newlines": _repeat("A\n"),
}

# Inputs aimed at one grammar pattern's repetitions, a few megabytes where its use allows.
AIMED = {
    "LABEL": [
        _repeat("ANA RUIZ, ", "x", 2_000_000),
        _repeat("Mr. ", "x"),
        _repeat("Vice President ", "x"),
        "Senator " + _repeat("Ana ", "x"),
        "ANA RUIZ (" + "x" * SIZE,
        _repeat("ANA RUIZ, (R-CA) ", "x"),
        "Ana J. " + "A" * SIZE + ":",
        _repeat("Ana RUIZ ", "x"),
        "ANA RUIZ, " + "A" * SIZE + ":",
        _repeat("McA", ":"),
        _repeat("Ana de la ", ":"),
        _repeat("ANA JR ", "x"),
        _repeat("ANA, JR., ", "x"),
        _repeat("Ana Jr. ", ":"),
        "ANA RUIZ" + " reporting" * SIZE + "x",
    ],
    "LABEL_SHAPED": [
        _repeat("ANA ", "\ufffd" + "A" * 39 + "x"),
        "ANA RUIZ" + "\ufffd" * SIZE + ":",
        "ANA RUIZ, a" + "a" * SIZE + ":",
        _repeat("ANA \ufffd", ":"),
    ],
    "GENERIC_LABEL": [
        _repeat("Speaker 1 "),
        "Speaker 1 (" + "x" * SIZE,
        _repeat("Man (", ")"),
        _repeat("Speaker #1(00:00) ", ":"),
    ],
    "CAPTION_SPEAKER": [
        _repeat("- [Ana ", "x"),
        "- [Ana" + " Ruiz" * SIZE + "] x",
        "- [A" + "." * SIZE,
        "- [Ana Ruiz]" + " " * SIZE + "\n",
    ],
    "CAPTION_CUE": [
        _repeat("(bright ", "x"),
        "(a" + " b" * SIZE + ") x",
        "(b" + "r" * SIZE,
        "(soft music)" + " " * SIZE,
    ],
    "CAST_KEY": [
        "(" + _repeat("GK: Ana Ruiz, ", "x"),
        "(GK: Ana" + " Ruiz" * SIZE + ", x",
        "(GK: Ana R" + "." * SIZE + "x",
        _repeat("GK: Ana Ruiz Lia Bek Omar, ", ":"),
    ],
    "UNIDENTIFIED": [_repeat("UNIDENTIFIED PERSON "), "UNIDENTIFIED " + "A " * SIZE + "#"],
    "MARKER": [_repeat("(SOUNDBITE OF ", "x", 2_000_000), "(" + "A" * SIZE],
    "MARKER_KINDS": [_repeat("BEGIN VIDEO"), _repeat("'S "), _repeat("SOUNDBITE OF")],
    "MUSIC_CREDIT": [
        "SOUNDBITE OF " + _repeat("A'S "),
        "SOUNDBITE OF A'S \"" + "x" * SIZE,
        'SOUNDBITE OF MUSIC, "T", ' + "x" * SIZE + "\n",
    ],
    "CHROME": [
        _repeat("1:00 ", "x"),
        "<iframe" + " x" * SIZE + "\nx",
        "Originally published on x" * 50,
        _repeat("12 hours ", "x"),
    ],
    # Classification only asks lines of up to PAGE_FURNITURE_REACH characters; the pattern
    # must still be linear on longer ones.
    "PAGE_FURNITURE": [
        _repeat("91.7 Ann Arbor/Detroit ", "x"),
        _repeat("Public ", "89.3 WTEB x"),
        "Public Radio " + _repeat("89.3 W210CF New Bern ", "x"),
        "91.7 " + "A" * SIZE + "/",
        "Weekdays" + _repeat(" 5am to", "x"),
        "Sundays" + _repeat(", Mon. - 9:00 a.m.", "!"),
        "HD 1: Weekdays " + _repeat("from 5:00 to 9:00am CT; ", "x"),
        _repeat("Spring Fall Membership ", "x"),
        "Visit " + _repeat("a on ", "x"),
        _repeat("0123456789abcdef01234567|", "x"),
        _repeat("Radio - Live ", "x"),
    ],
    "FURNITURE": [
        "How to Watch " + "x" * SIZE,
        "The Web" + " " * SIZE + "Powered by",
        _repeat("StoryJan 1, 2031"),
        "Did you know that you can get Democracy Now!" + "x" * SIZE,
    ],
    "FURNITURE_WITHIN": [
        _repeat("x | 1m 2s"),
        _repeat("A is available to stream on pbs.org "),
        "x" * SIZE + " is a local public television program presented by",
    ],
    "LINK_LINE": [_repeat("Full audio: http://"), "Full" + " a" * SIZE + ": http://x"],
    "NAME_IN_TEXT": [_repeat("Ana de la "), _repeat("Ana Ruiz "), _repeat("A. ")],
    "SELF_INTRO": [_repeat("I'm Ana "), _repeat("My name is Ana de la ")],
    "COMMENTARY_SIGNOFF": [_repeat(", I'm Ana "), _repeat(", this is Ana de la "), _repeat(", ")],
    "PROVIDER": [_repeat(". Transcript provided", "x"), _repeat(". Copyright © 2031 ")],
    "STATION_COPYRIGHT": ["Copyright © 2031 " + "K" * SIZE, "© 2031 KXRL" + "-FM" * SIZE],
    "STATION_FOOTER": [
        "© 2031 Harbor" + " Bay.5" * SIZE + ",",
        "Copyright © 2031 W" + "-" * SIZE + ". All rights",
        "© 2031 A" + "b.c" * SIZE + "!",
    ],
    "NOTE": ["Editor's note" + "x" * SIZE, "NOTE" + " " * SIZE],
    "SPEAKER_CHANGE": [_repeat(" >>"), _repeat(">> " + " " * 50), " >" * SIZE + "> x"],
    "GUEST_LINE": [_repeat("Ana Ruiz, "), _repeat("A. B. C. D, x."), "Ana " + "R" * SIZE + ", x"],
    "SECTION_HEADING": ["Act One" + ":" * SIZE, "Prologue: " + "x" * SIZE, _repeat("Act 1. ")],
    "EPISODE_NUMBER": ["1" * SIZE + ":", "12:" + " " * SIZE + "x"],
    "GLUED_FURNITURE": [
        "Learn More" + " " * SIZE + "about",
        _repeat("Learn Moreabout PBS online sponsorship"),
    ],
    "SIGNOFF": [
        "Ana Ruiz, NPR News, " + "A." * SIZE,
        "For NPR News, I'm " + "Ana " * SIZE,
        "I'm Ana Ruiz, NPR News " + "A" * SIZE,
        "I'm Ana Ruiz for the " + "WNYC " * SIZE,
        "For the PBS NewsHour, I'm Ana Ruiz in " + "St. " * SIZE,
        "Ana Ruiz, WBUR News, " + "D.C." * SIZE,
        _repeat("Ana Ruiz, KVXL News"),
        "I'm Ana Ruiz, CNN News" + " News" * SIZE,
        "I'm Ana Ruiz for PBS News" + "Hour" * SIZE,
    ],
    "SIGNOFF_START": [_repeat(". For "), _repeat(". I'm ")],
    "DATE_LINE": ["June 5, 2031 " + " " * SIZE + "x", "Aired on " + "Mon " * SIZE],
    "GLUED_DATE": [_repeat("June 5, 2031 "), "Monday, June 5, 2031" + " " * SIZE + "1:00"],
    "GLUED_PROGRAM": [_repeat(" Heard on Morning "), _repeat(" Heard on ")],
    "BARE_TIMESTAMP": ["00:00:00" + " " * SIZE + "x", _repeat("00:00:00")],
    "SCRIPT_CUE": ["MUSIC:" + " " * SIZE + "x", "MUSIC: " + "x" * SIZE + "\n", _repeat("SFX: ")],
    "PAGE_MARK_START": [_repeat("title :"), "music" + " " * SIZE + ":", _repeat("*")],
    "SECTION_BREAK": [_repeat("* "), "*" + " " * SIZE + "x", "**" + "\t" * SIZE],
    "CAPTION_ROLE_LABEL": [_repeat(". host:"), _repeat("host: "), ". " + " " * SIZE + "caller:"],
    "ARCHIVE_HEADER": [
        "tv " + "a" * SIZE + " 12345678 CSPAN",
        _repeat("tv x 12345678 CSPAN "),
        "tv x 12345678 CSPAN March 3, 2031 7:00am-9:00am" + " " * SIZE + "x",
    ],
    "SCRAPED_FIELD": ["Title:" + " " * SIZE + "x", "date" + " " * SIZE + "x", _repeat("Date: ")],
    "DATE_FIELD": [
        "2013-03-15" + " ET" * SIZE,
        "June 5, 2031" + " " * SIZE + "1:00x",
        _repeat("2013-03-15T"),
    ],
    "AIR_TIME": ["Aired 1" + " " * SIZE + "-1p", "Aired 1-1p" + " ET" * SIZE, _repeat("Aired 1-")],
    "INLINE_LABEL_START": [
        _repeat(". A", "", 2_000_000),
        _repeat(". Mr. "),
        _repeat(". Vice Presiden"),
    ],
    "BIO_VERB": [_repeat(" is"), _repeat(" i")],
    "BRACKET": [
        _repeat(", and ", "1"),
        ":" + " " * SIZE + "x",
        " " * SIZE + "1",
        _repeat(":-", ")"),
        _repeat(": 12", ")"),
        _repeat("; or  ii"),
    ],
    "ANNOTATION": [_repeat("(ph", "x"), _repeat("[laughs "), "(" + "a" * SIZE],
    "ANNOTATION_KINDS": [_repeat("through "), _repeat("speaking "), _repeat("as ")],
    "BARE_NAME": [_repeat("Ana de la ", "x"), _repeat("Ana Ana ", ":")],
    "GLUED_MARKER_START": [_repeat(". (A"), _repeat(".   [1")],
    "HOST_INTRO": [_repeat("I'm Ana "), _repeat("I'm Ana de la ")],
    "LABEL_OUTLET": [_repeat("CNN "), _repeat("FOX ")],
    "PROGRAM_LINE": [
        "Heard on " + "A " * SIZE + "\nx",
        "Morning Edition: " + "x" * SIZE,
        "NPR's Talk of the Nation: Fresh Air" + " x" * SIZE,
    ],
    "PROGRAM_MENTION": [_repeat("This is A"), "It's " + "AB " * SIZE + "x"],
    "SPLIT_LABEL_HEAD": [_repeat("ANA RUIZ ", "x"), _repeat("McA ")],
    "BYLINE": [
        "By " + "Ana Ruiz and " * (SIZE // 12) + "x",
        "By Ana Ruiz, " + "A" * SIZE,
        "WHRN " * (SIZE // 5) + "| By Ana Ruiz",
        "W" * SIZE + " | By Ana Ruiz",
    ],
    "TIMESTAMP": [_repeat("[1:00"), _repeat("[12:34:5")],
    "CUE_TIMING": [
        _repeat("00:00:01,000 "),
        "00:01.000 --> 00:04.000" + " " * SIZE + "x",
        _repeat("1:00.1 -->"),
    ],
}


def test_every_grammar_pattern_has_aimed_inputs() -> None:
    grammar_patterns = {name.split(".", 1)[1] for name in PATTERNS if name.startswith("_grammar.")}
    assert grammar_patterns, "no patterns found in _grammar"
    assert grammar_patterns == set(AIMED), "add hostile inputs for the new grammar pattern"


def _run(pattern: Pattern, text: str) -> None:
    if isinstance(pattern, re.Pattern):
        _run_timed(pattern, text)
        return
    pattern.match(text, timeout=TIMEOUT)
    pattern.search(text, timeout=TIMEOUT)
    for _ in pattern.finditer(text, timeout=TIMEOUT):
        pass


def _run_timed(pattern: re.Pattern[Any], text: str) -> None:
    # The standard library's engine has no timeout: a call is timed once it returns. (One
    # that backtracked catastrophically would not return at all, and the run's own time
    # limit would end it.) A pattern of bytes reads the text's bytes.
    subject: str | bytes = text.encode() if isinstance(pattern.pattern, bytes) else text
    started = time.perf_counter()
    pattern.match(subject)
    pattern.search(subject)
    for _ in pattern.finditer(subject):
        pass
    assert time.perf_counter() - started < TIMEOUT, (pattern.pattern, text[:40])


@pytest.mark.parametrize("name", sorted(PATTERNS))
def test_pattern_is_linear_on_generic_hostile_input(name: str) -> None:
    for text in GENERIC.values():
        _run(PATTERNS[name], text)


@pytest.mark.parametrize("name", sorted(AIMED))
def test_grammar_pattern_is_linear_on_aimed_input(name: str) -> None:
    for text in AIMED[name]:
        _run(PATTERNS[f"_grammar.{name}"], text)


def test_the_timeout_catches_a_catastrophic_pattern() -> None:
    # The guard itself: a textbook exponential pattern on a short input must time out.
    with pytest.raises(TimeoutError):
        regex.compile(r"^(a|aa)+$").match("a" * 40 + "b", timeout=0.2)


@pytest.mark.parametrize("name", ["capital words", "sentences", "commas", "initials"])
def test_the_whole_parser_on_hostile_input(name: str) -> None:
    # Lines of at most a few hundred characters, as pages have, but thousands of them.
    text = "\n".join(regex.findall(r".{1,300}", GENERIC[name], flags=regex.S))
    started = time.perf_counter()
    story = newstranscript.parse(text)
    assert newstranscript.audit(story, text).clean
    assert time.perf_counter() - started < 30  # a hang, not a slow machine, fails this
