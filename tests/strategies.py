"""Hypothesis strategies for the model, shared by the property tests."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta, timezone

from hypothesis import strategies as st

from newstranscript import (
    Annotation,
    Diagnostic,
    Dropped,
    Segment,
    Signoff,
    Soundbite,
    Span,
    Speaker,
    Story,
)
from newstranscript._model import ANNOTATION_KINDS, ROLES, SOUNDBITE_KINDS

texts = st.text(st.characters(codec="utf-8"), max_size=40)
maybe_texts = st.none() | texts
ids = st.from_regex(r"[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,2}", fullmatch=True)


@st.composite
def spans(draw: st.DrawFn) -> Span:
    start = draw(st.integers(0, 10_000))
    return Span(start, start + draw(st.integers(0, 500)))


speakers = st.builds(
    Speaker,
    id=ids,
    name=texts,
    role=st.none() | st.sampled_from(ROLES),
    title=maybe_texts,
    labels=st.lists(texts, max_size=3).map(tuple),
    about=maybe_texts,
    about_span=st.none() | spans(),
    roles=st.lists(st.sampled_from(ROLES), max_size=2, unique=True).map(tuple),
    party=maybe_texts,
)

soundbites = st.builds(
    Soundbite,
    kind=st.sampled_from(SOUNDBITE_KINDS),
    description=texts,
    artist=maybe_texts,
    title=maybe_texts,
)

asides = st.lists(
    st.builds(Annotation, text=texts, kind=st.sampled_from(ANNOTATION_KINDS), span=spans()),
    max_size=3,
).map(tuple)

segments = st.one_of(
    st.builds(
        Segment,
        type=st.just("turn"),
        text=texts,
        span=spans(),
        speaker=st.none() | ids,
        delivery=maybe_texts,
        clip=st.booleans(),
        timestamp=maybe_texts,
        annotations=asides,
    ),
    st.builds(
        Segment,
        type=st.just("soundbite"),
        text=texts,
        span=spans(),
        soundbite=soundbites,
        clip=st.booleans(),
        timestamp=maybe_texts,
    ),
    st.builds(Segment, type=st.just("note"), text=texts, span=spans()),
)

offsets = st.integers(-12 * 60, 14 * 60).map(lambda minutes: timezone(timedelta(minutes=minutes)))
dates = st.none() | st.datetimes(
    min_value=datetime(1970, 1, 1),
    max_value=datetime(2100, 1, 1),
    timezones=st.one_of(st.none(), offsets),
)

stories = st.builds(
    Story,
    headline=maybe_texts,
    teaser=maybe_texts,
    program=maybe_texts,
    outlet=maybe_texts,
    date=dates,
    speakers=st.lists(speakers, max_size=4).map(tuple),
    segments=st.lists(segments, max_size=6).map(tuple),
    signoff=st.none()
    | st.builds(Signoff, name=texts, outlet=texts, dateline=maybe_texts, span=spans()),
    provider=maybe_texts,
    dropped=st.lists(st.builds(Dropped, text=texts, reason=texts, span=spans()), max_size=3).map(
        tuple
    ),
    diagnostics=st.lists(
        st.builds(
            Diagnostic,
            code=st.from_regex(r"[a-z]{1,8}(-[a-z]{1,8}){0,2}", fullmatch=True),
            message=texts,
            line=st.integers(1, 10_000),
            column=st.integers(1, 500),
        ),
        max_size=3,
    ).map(tuple),
    spans=st.dictionaries(st.sampled_from(["headline", "teaser", "date", "provider"]), spans()),
)


# -- generated transcripts ------------------------------------------------------------------
# Fictional people and sentences, put together in the shapes transcript pages use, with the
# story the parser should find in them.

FIRST_NAMES = ("Ana", "Tobias", "Marta", "Helen", "Luis", "Ines", "Oskar", "Priya", "Dario")
SURNAMES = ("Quill", "Wren", "Osei", "Ruiz", "Okafor", "Lindqvist", "Bellamy", "Haddad", "Novak")
ROLE_TEXTS = ("HOST", "BYLINE", None, "HARBOR MASTER", "KEEPER OF THE NORTH LIGHT")
WORDS = (
    "the", "tide", "came", "in", "early", "and", "keepers", "climbed", "to", "lamp", "room",
    "before", "dawn", "while", "gulls", "circled", "harbor", "town", "waited", "for", "news",
    "of", "boats",
)  # fmt: skip
MARKERS = ("(SOUNDBITE OF MUSIC)", "(LAUGHTER)", "(SOUNDBITE OF ARCHIVED RECORDING)", "[GULLS]")
CHROME_LINES = ("Play Live Radio", "Next Up:", "0:00 0:00", "Available On Air Stations")


@st.composite
def sentences(draw: st.DrawFn) -> str:
    words = draw(st.lists(st.sampled_from(WORDS), min_size=3, max_size=12))
    return words[0].capitalize() + " " + " ".join(words[1:]) + "."


@st.composite
def paragraphs(draw: st.DrawFn) -> str:
    return " ".join(draw(st.lists(sentences(), min_size=1, max_size=3)))


class Generated:
    """A generated transcript and what the parser should find in it."""

    def __init__(
        self, text: str, order: list[str | None], speakers: set[str], about: dict[str, str]
    ) -> None:
        self.text = text
        self.order = order  # per segment: the speaker's name for a turn, None for a marker
        self.speakers = speakers
        self.about = about  # the bio after the transcript, by speaker name

    def __repr__(self) -> str:
        return f"Generated({self.text!r})"


@st.composite
def transcripts(draw: st.DrawFn) -> Generated:
    """A transcript page: chrome, a headline, labelled turns of every label form, markers,
    unidentified voices, a sign-off, the provider line and a bio."""
    count = draw(st.integers(1, 4))
    firsts = draw(st.lists(st.sampled_from(FIRST_NAMES), min_size=count, max_size=count))
    lasts = draw(st.lists(st.sampled_from(SURNAMES), min_size=count, max_size=count, unique=True))
    roles = draw(st.lists(st.sampled_from(ROLE_TEXTS), min_size=count, max_size=count))
    people = list(zip(firsts, lasts, roles, strict=True))
    # Who speaks, in order: a person's index, "marker", or an unidentified voice's number.
    plan: list[int | str] = []
    for _ in range(draw(st.integers(1, 8))):
        choice = draw(st.integers(0, 9))
        if plan and plan[-1] != "marker" and choice == 0:
            plan.append("marker")
        elif choice == 1:
            plan.append(f"#{draw(st.integers(1, 2))}")
        else:
            plan.append(draw(st.integers(0, count - 1)))
    # PBS and podcast pages print every label in mixed case ("Ana Ruiz:"); the parser trusts
    # such a label when the page uses it twice, so only people heard twice get that form.
    mixed_case = draw(st.booleans())
    turns_of = {who: plan.count(who) for who in range(count)}

    blocks: list[str] = []
    if draw(st.booleans()):
        chrome = draw(st.lists(st.sampled_from(CHROME_LINES), min_size=1, max_size=4))
        blocks.append("\n".join(chrome))
        blocks.append("Keepers Return To The " + draw(st.sampled_from(SURNAMES)) + " Light")
    order: list[str | None] = []
    introduced: set[int] = set()
    glue_marker = False
    for who in plan:
        if who == "marker":
            blocks.append(draw(st.sampled_from(MARKERS)))
            # Sometimes the next label follows on the marker's line, as scraped pages have
            # it: "(SOUNDBITE OF MUSIC) ANA RUIZ, HOST: ...".
            glue_marker = draw(st.booleans())
            order.append(None)
            continue
        if isinstance(who, str):
            label, name = f"UNIDENTIFIED PERSON {who}", f"Unidentified Person {who}"
        else:
            first, last, role = people[who]
            name = f"{first} {last}"
            label = f"{first.upper()} {last.upper()}" + (f", {role}" if role else "")
            if mixed_case and turns_of[who] >= 2:
                label = name
            elif who in introduced:
                label = draw(st.sampled_from([label, last.upper(), f"Mr. {last.upper()}"]))
            introduced.add(who)
        between = "\n" if draw(st.integers(0, 4)) == 0 else " "  # the label alone on its line
        turn = [f"{label}:{between}{draw(paragraphs())}", *draw(st.lists(paragraphs(), max_size=2))]
        if glue_marker:
            blocks[-1] += " " + turn.pop(0)
            blocks[-1] = "\n\n".join([blocks[-1], *turn])
            glue_marker = False
        else:
            blocks.append("\n\n".join(turn))
        order.append(name)
    closing = order[-1]
    if closing is not None and not closing.startswith("Unidentified") and draw(st.booleans()):
        blocks.append(f"{closing}, NPR News, Port Ellery.")
    about: dict[str, str] = {}
    if draw(st.booleans()):
        blocks.append("Transcript provided by NPR, Copyright NPR.")
        named = sorted({name for name in order if name and not name.startswith("Unidentified")})
        if len(named) > 0 and draw(st.booleans()):
            person = draw(st.sampled_from(named))
            about[person] = f"{person} is a reporter who covers the harbor towns."
            blocks.append(about[person])
    speakers = {name for name in order if name is not None}
    return Generated("\n\n".join(blocks) + "\n", order, speakers, about)


# Ways scrapers and editors change a page without changing what it says.
DISGUISES: dict[str, Callable[[str], str]] = {
    "crlf": lambda text: text.replace("\n", "\r\n"),
    "byte order mark": lambda text: "\ufeff" + text,
    "paragraph tags": lambda text: "".join(f"<p>{block}</p>\n" for block in text.split("\n\n")),
    "no-break spaces": lambda text: text.replace(", ", ",\u00a0").replace("\n\n", "\n \t\n"),
    "trailing spaces": lambda text: text.replace("\n", "  \n"),
    "zero-width spaces": lambda text: text.replace("\n\n", "\u200b\n\n\u200b"),
}

# Text built from the pieces transcripts are made of, in any order: it reaches the parser's
# corners far sooner than uniformly random characters do.
TRANSCRIPT_BITS = (
    *list("AZaz .,:;!?()[]#-'\"’“”—\n\n\r\t\u00a0\u200b\ufeff0123456789"),
    "ANA RUIZ",
    ", HOST",
    "BYLINE",
    "UNIDENTIFIED PERSON #1",
    "(SOUNDBITE OF MUSIC)",
    "(LAUGHTER",
    'SOUNDBITE OF A\'S "B"',
    "Transcript provided by NPR",
    "Copyright © 2031 NPR.",
    "Ana Ruiz, NPR News, Port Ellery.",
    "For NPR News, I'm Ana Ruiz.",
    "Mr. ",
    "Editor's note: ",
    "June 5, 2031 5:00 AM ET",
    "February 31, 2031",
    "Play Live Radio",
    "0:00 0:00",
    "<p>",
    "</p>",
    "â€™",
    # mojibake letters, the real letters they garble to, and pairs repaired only before a letter
    "Ã‰",
    "Ã",
    "Ã\xad",
    "Ä…",
    "Å\xa0",
    "Ã”",
    " JR.",
    ", III",
    " reporting",
    "U.S.:",
    "June 5, 2031 at 5:00 PM MST",
    "Originally published on June 5, 2031 at 5:00 PM MT",
    " CET",
    "Ana Ruiz is a reporter.",
)
transcript_like_text = st.lists(st.sampled_from(TRANSCRIPT_BITS), max_size=80).map("".join)
