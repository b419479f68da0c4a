"""Hypothesis strategies for the model, shared by the property tests."""

from __future__ import annotations

import encodings
import json
import pkgutil
from collections.abc import Callable
from datetime import datetime, timedelta, timezone

import attrs
from hypothesis import strategies as st

import newstranscript
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
from newstranscript._model import ANNOTATION_KINDS, BASES, ROLES, SOUNDBITE_KINDS
from newstranscript._person_names import slug

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
        basis=st.none() | st.sampled_from(BASES),
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


def _cross_referenced(story: Story) -> Story:
    """The story with one speaker for each id and every turn naming one of them (or nobody),
    as ``from_json`` requires."""
    by_id: dict[str, Speaker] = {}
    for speaker in story.speakers:
        by_id.setdefault(speaker.id, speaker)
    known = list(by_id)
    segments = [
        segment
        if segment.speaker is None or segment.speaker in by_id
        else attrs.evolve(
            segment, speaker=known[len(segment.speaker) % len(known)] if known else None
        )
        for segment in story.segments
    ]
    return attrs.evolve(story, speakers=tuple(by_id.values()), segments=segments)


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
).map(_cross_referenced)


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
        # A line printed twice word for word reads as a title printed twice, not as one
        # person heard twice: each turn opens with words of its own.
        opening = f"Part {len(order) + 1} of it. {draw(paragraphs())}"
        turn = [f"{label}:{between}{opening}", *draw(st.lists(paragraphs(), max_size=2))]
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


# -- stories the canonical text can carry ----------------------------------------------------
# Built in the model, not as text: what to_text must write so that parse() gives them back.
# Each part is drawn from what a transcript can say (see docs/api.md, "to_text"): speakers
# named in words a capitals label holds, each heard at least once and listed in the order they
# first speak, ids that are their names' slugs; markers and asides the parser reads as the
# kinds given here; an unlabelled turn only after a marker that ends the speaker's turn;
# dates to the minute, with no zone or in one a US page prints; an outlet the programme,
# sign-off, provider line or an anchor's label names.

# Markers as printed and the soundbite each is read as.
SAYABLE_MARKERS = {
    "(SOUNDBITE OF MUSIC)": Soundbite("music", "SOUNDBITE OF MUSIC"),
    "(LAUGHTER)": Soundbite("sound", "LAUGHTER"),
    "(SOUNDBITE OF ARCHIVED RECORDING)": Soundbite("recording", "SOUNDBITE OF ARCHIVED RECORDING"),
    "[GULLS]": Soundbite("sound", "GULLS"),
    '(SOUNDBITE OF KESTREL QUARTET\'S "LOW TIDE")': Soundbite(
        "music", 'SOUNDBITE OF KESTREL QUARTET\'S "LOW TIDE"', "Kestrel Quartet", "Low Tide"
    ),
}
# Asides inside a turn's text and the annotation kind each is read as.
SAYABLE_ASIDES = {
    "(Laughter)": "sound",  # in capitals it is also an inline soundbite after the turn
    "(inaudible)": "inaudible",
    "(Through interpreter)": "delivery",
    "[laughs]": "sound",
    "(ph)": "spelling",
}
# Role and title pairs, as a label gives them: role word alone, a title naming the role, a
# guest's title, a role word with the title as an aside, nothing.
SAYABLE_ROLES = (
    (None, None),
    ("host", None),
    ("reporter", None),
    ("anchor", "CNN ANCHOR"),
    ("correspondent", "SENIOR HARBOR CORRESPONDENT"),
    ("guest", "HARBOR MASTER"),
    ("guest", "Keeper of the North Light"),
    ("host", "Weekend Host"),
    ("guest", "Writer"),
    ("host", "Harbor Pilot"),
)
SAYABLE_PROGRAMS = {None: None, "Morning Edition": "NPR", "Harbor Hour": None, "Fresh Air": "NPR"}
NOWHERE = Span(0, 0)  # spans are the page's record, not the story's: any will do


@st.composite
def sayable_dates(draw: st.DrawFn) -> datetime | None:
    from dateutil import tz  # the zones as the parser reads them

    date = draw(
        st.none()
        | st.datetimes(min_value=datetime(1990, 1, 1), max_value=datetime(2060, 1, 1)).map(
            lambda moment: moment.replace(second=0, microsecond=0)
        )
    )
    if date is None:
        return None
    zone = draw(st.sampled_from([None, "UTC", "America/New_York", "America/Los_Angeles"]))
    if zone is None:
        return date
    offset = date.replace(tzinfo=tz.gettz(zone)).utcoffset() or timedelta(0)
    return date.replace(tzinfo=timezone(offset))


@st.composite
def sayable_paragraphs(draw: st.DrawFn) -> tuple[str, list[Annotation]]:
    """A paragraph of fictional sentences, perhaps with an aside between two of them."""
    first, second = draw(sentences()), draw(sentences())
    aside = draw(st.none() | st.sampled_from(sorted(SAYABLE_ASIDES)))
    if aside is None:
        return f"{first} {second}", []
    return f"{first} {aside} {second}", [Annotation(aside, SAYABLE_ASIDES[aside], NOWHERE)]


@st.composite
def sayable_stories(draw: st.DrawFn) -> Story:
    """A story whose every field the canonical text can carry."""
    count = draw(st.integers(1, 4))
    firsts = draw(st.lists(st.sampled_from(FIRST_NAMES), min_size=count, max_size=count))
    lasts = draw(st.lists(st.sampled_from(SURNAMES), min_size=count, max_size=count, unique=True))
    people = []
    for first, last in zip(firsts, lasts, strict=True):
        role, title = draw(st.sampled_from(SAYABLE_ROLES))
        party = draw(st.sampled_from([None, None, "D", "R-TX"]))
        people.append((f"{first} {last}", role, title, party))
    if draw(st.booleans()):
        people.append(
            (f"Unidentified Person #{draw(st.integers(1, 3))}", "unidentified", None, None)
        )
    people = draw(st.permutations(people))

    headline = draw(st.none() | st.just("Keepers Return To The Quill Light"))
    provider = draw(st.none() | st.just("Transcript provided by NPR, Copyright NPR."))
    segments: list[Segment] = []
    spoke: list[str] = []  # names in the order they first speak
    roles: dict[str, list[str]] = {}
    ends_turn = True  # whether the last segment ends the speaker's turn (no one continues)
    ended = False  # past a provider line (before a plain note): text is a note until a label
    for _ in range(draw(st.integers(1, 9))):
        choice = draw(st.integers(0, 9))
        stamp = draw(st.none() | st.sampled_from(["04:30:00", "14:05"]))
        if choice == 0:
            printed = draw(st.sampled_from(sorted(SAYABLE_MARKERS)))
            bite = SAYABLE_MARKERS[printed]
            segments.append(Segment("soundbite", printed, NOWHERE, soundbite=bite, timestamp=stamp))
            ends_turn = bite.kind != "sound"
            continue
        if choice == 1:
            # an editor's note stands anywhere; other text is a note only before the first
            # label or after a provider line, and no unlabelled turn can follow it there
            plain = draw(st.booleans()) and (provider is not None or not segments)
            text = draw(sentences()) if plain else "Editor's note: " + draw(sentences())
            segments.append(Segment("note", text, NOWHERE, timestamp=stamp))
            ended = ended or plain
            continue
        clip = choice == 2
        if clip:
            bite = Soundbite("clip_start", "BEGIN VIDEO CLIP")
            segments.append(Segment("soundbite", "(BEGIN VIDEO CLIP)", NOWHERE, soundbite=bite))
        name, role, title, party = draw(st.sampled_from(people))
        unlabelled = (
            ends_turn
            and not ended
            and len(segments) > 0
            and not clip
            and draw(st.integers(0, 4)) == 0
        )
        parts = draw(st.lists(sayable_paragraphs(), min_size=1, max_size=3))
        text = "\n\n".join(paragraph for paragraph, _ in parts)
        asides = [aside for _, found in parts for aside in found]
        if unlabelled:
            segments.append(Segment("turn", text, NOWHERE, annotations=asides, timestamp=stamp))
        else:
            # a title no role word gives needs the label's one aside, which a delivery takes
            delivery = draw(st.sampled_from([None, None, "voice-over", "in unison"]))
            if (role, title) == ("host", "Harbor Pilot"):  # HOST (Harbor Pilot)
                delivery = None
            if name not in spoke:
                spoke.append(name)
                roles[name] = [role] if role else []
            elif (
                role in ("host", "anchor") and "reporter" not in roles[name] and draw(st.booleans())
            ):
                roles[name].append("reporter")  # a host filing a report: the label says BYLINE
            ended = False  # a label takes the page back into the transcript
            turn = Segment(
                "turn",
                text,
                NOWHERE,
                speaker=name,
                delivery=delivery,
                clip=clip,
                timestamp=None if clip else stamp,
                annotations=asides,
            )
            segments.append(turn)
        if clip:
            bite = Soundbite("clip_end", "END VIDEO CLIP")
            segments.append(Segment("soundbite", "(END VIDEO CLIP)", NOWHERE, soundbite=bite))
        ends_turn = clip or unlabelled  # no one goes on after a turn of nobody's

    reporters = [name for name in spoke if not name.startswith("Unidentified")]
    signoff = None
    if draw(st.booleans()) and reporters:
        dateline = draw(st.none() | st.just("Port Ellery"))
        signoff = Signoff(draw(st.sampled_from(reporters)), "NPR News", dateline, NOWHERE)
    with_bio = {
        name for name in reporters if (provider or signoff) and draw(st.integers(0, 3)) == 0
    }
    speakers = []
    for name in spoke:
        _, role, title, party = next(person for person in people if person[0] == name)
        speakers.append(
            Speaker(
                id=slug(name),
                name=name,
                role=role,
                title=title,
                about=f"{name} is a reporter who covers the harbor towns."
                if name in with_bio
                else None,
                roles=tuple(roles[name]),
                party=party,
            )
        )
    opening = segments[0]
    # text before the first label is a note only when a label follows it on its line, and
    # with no headline above it, it could be read as the headline
    if (
        opening.type == "note"
        and not opening.text.startswith("Editor's note: ")
        and (
            headline is None
            or len(segments) < 2
            or segments[1].type != "turn"
            or segments[1].speaker is None
        )
    ):
        segments[0] = attrs.evolve(opening, text="Editor's note: " + opening.text)
    elif opening.type == "note" and not opening.text.startswith("Editor's note: "):
        # the label is glued after the note, where no timestamp can stand before it
        segments[1] = attrs.evolve(segments[1], timestamp=None)
    ids = {speaker.name: speaker.id for speaker in speakers}
    segments = [
        attrs.evolve(segment, speaker=ids[segment.speaker]) if segment.speaker else segment
        for segment in segments
    ]
    program = draw(st.sampled_from(list(SAYABLE_PROGRAMS)))
    anchors = [s for s in speakers if s.role == "anchor" and s.title == "CNN ANCHOR"]
    outlet = (
        SAYABLE_PROGRAMS[program]
        or ("NPR" if signoff is not None or provider is not None else None)
        or ("CNN" if anchors else None)
    )
    return Story(
        headline=headline,
        teaser=draw(st.none() | st.just("The tide came in early. Keepers waited."))
        if headline
        else None,
        program=program,
        outlet=outlet,
        date=draw(sayable_dates()),
        speakers=speakers,
        segments=segments,
        signoff=signoff,
        provider=provider,
    )


# -- hostile input -----------------------------------------------------------------------------
# What found the parser breaking its promises: date lines that leave a field out (dateutil
# filled it from the clock) or fall before standard time, programme lines with more on them,
# characters YAML and UTF-8 cannot hold, encoding names of every kind, and JSON that is not
# what from_json expects.

DATE_BITS = (
    "Originally published on March 3\n\n",
    "Originally published on 5:00 PM\n\n",
    "Originally published on Tuesday\n\n",
    "Originally published on March 3 at 5:00 PM\n\n",
    "Originally published on June 5, 2031 at 5:00 PM MT\n\n",
    "March 3, 1850 5:00 PM ET\n\n",
    "Sat June 15, 1812\n\n",
    "Weekend Edition For Saturday, March 2\n\n",
    "Morning Edition: Vote Count Resumes In Harbor County\n\n",
    "TALK OF THE NATION: Special Coverage\n\n",
    "Heard on Morning Edition\n\n",
    "Copyright © 2029 NPR. All rights reserved.\n\n",
    "https://www.npr.org/2027/03/03/1234/keepers\n\n",
    "Keepers Vote To Stay.\n\n",
    "ANA RUIZ, HOST: Hello.\n\n",
    "RUIZ: Good morning.\n\n",
)
date_pages = st.lists(st.sampled_from(DATE_BITS), min_size=1, max_size=8).map("".join)

# Characters no YAML loader takes raw, or no UTF-8 writer can write.
ODD_CHARACTERS = "\x7f\x80\x85\x9b\x9f\ufffe\uffff\u2028\u2029\ud800\udfff\x00\x1b"
odd_text = st.text(
    st.sampled_from(ODD_CHARACTERS) | st.characters(blacklist_categories=()), max_size=30
)


def _codec_names() -> list[str]:
    return sorted(module.name for module in pkgutil.iter_modules(encodings.__path__))


encoding_names = (
    st.sampled_from(_codec_names())
    | st.sampled_from(["utf8\x00", "", " ", "utf-8 ", "UTF_16", "x-unknown", "rot13", "hex"])
    | st.text(max_size=12)
)


@st.composite
def hostile_json(draw: st.DrawFn) -> str | bytes:
    """A document from_json must refuse by name, or read: arbitrary JSON, a real document
    with a field swapped for any value, deep nesting, odd escapes, or bytes."""
    values = st.recursive(
        st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=5),
        lambda inner: (
            st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3)
        ),
        max_leaves=10,
    )
    kind = draw(st.integers(0, 4))
    if kind == 0:
        return json.dumps(draw(values))
    if kind == 1:
        document = json.loads(
            newstranscript.to_json(newstranscript.parse("Tide\n\nANA RUIZ, HOST: Hi.\n"))
        )
        field = draw(st.sampled_from(sorted(document)))
        document[field] = draw(values)
        return json.dumps(document)
    if kind == 2:
        depth = draw(st.integers(1, 200_000))
        return draw(st.sampled_from(["[", '{"a":'])) * depth
    if kind == 3:
        escape = draw(st.sampled_from(["\\ud800", "\\udfff", "\\ud83c\\udf0a", "\\u0000", "\\"]))
        return '{"format": "newstranscript/1", "headline": "' + escape + '"}'
    return draw(st.binary(max_size=40))


# --- pathological shapes ------------------------------------------------------------------
# Pages a scraper can produce that once made the parser quadratic: many distinct speakers
# each heard once, short labels nobody introduced, markers and labels glued onto one line,
# long runs of chrome and closing lines, notes, and text after the provider line. Each is
# kept small: the properties check the contract on them, the linearity test their cost.

HOSTILE_LETTERS = "ABEMNORS"  # few letters, so names one letter apart are common


@st.composite
def hostile_names(draw: st.DrawFn) -> str:
    """A capitals name of one or two words, often one letter off another drawn name."""
    words = draw(
        st.lists(
            st.text(HOSTILE_LETTERS, min_size=3, max_size=6).map(str.upper),
            min_size=1,
            max_size=2,
        )
    )
    return " ".join(words)


@st.composite
def hostile_blocks(draw: st.DrawFn, name: str) -> str:
    """One stretch of a hostile page, about ``name``."""
    mixed = " ".join(word.capitalize() for word in name.split())
    return draw(
        st.sampled_from(
            [
                f"{name}: The gulls are back.",
                f"{name}, HOST: The gulls are back.",
                f"ANA RUIZ, HOST OF {name}: Good morning.",
                "The tide came. (SOUNDBITE OF MUSIC) ANA RUIZ, HOST: " * 3,
                "(MUSIC)\n\nThe boats waited.",
                "NOTE: The pier reopened.",
                "END\n\nPlay Live Radio",
                "\n".join(CHROME_LINES),
                f"{mixed}, NPR News.",
                "Transcript provided by NPR, Copyright NPR.",
                f"{mixed} is a keeper.",
                "Gulls Return To The Old Pier",
            ]
        )
    )


@st.composite
def hostile_pages(draw: st.DrawFn) -> str:
    """A page made of many small hostile stretches, its names drawn from few letters."""
    names = draw(st.lists(hostile_names(), min_size=1, max_size=12))
    blocks = [
        draw(hostile_blocks(draw(st.sampled_from(names)))) for _ in range(draw(st.integers(1, 30)))
    ]
    glue = draw(st.sampled_from(["\n\n", "\n", " "]))
    headline = draw(st.sampled_from(["Gulls Return To The Old Pier\n\n", ""]))
    return headline + glue.join(blocks)
