"""The text writer: a story as the canonical transcript that parses back to the same story.

The canonical form is the layout the parser reads most surely, an npr.org page without its
furniture::

    Harbor Pilots Train For Bigger Ships

    Heard on Morning Edition

    November 5, 2024 5:00 AM ET

    The teaser, when there is one.

    Transcript

    NINA WESTON, HOST: Good morning.

    (SOUNDBITE OF MUSIC)

    CALEB RUSK, BYLINE: On a simulator deck above the harbor ...

    The ship does not exist: a turn's second paragraph stands after a blank line.

    NINA WESTON: Thank you.

    Caleb Rusk, NPR News, Port Ellery.

    Transcript provided by NPR, Copyright NPR.

    Caleb Rusk is a reporter who covers the harbor.

A speaker's first turn carries the label that introduces them in full (name, party, role
and title); later turns name them by their full name alone. Each segment is a paragraph of
its own: a marker or a note as printed, a timestamp on its own line before the segment it
stands before.

"The same story" is the story's JSON document (``to_json``) with what records the page
rather than the story left out: every span, ``dropped``, ``diagnostics``, each speaker's
``labels`` and each turn's ``basis`` (how the page let its speaker be found: the canonical
text labels every turn in full). Some stories hold what no transcript the parser reads can
say (two speakers of one name, a date in a time zone US pages do not print, a turn whose
paragraph reads as a label); :func:`newstranscript.to_text` parses what this writer wrote
(the writer itself never imports the parser) and raises :class:`FormatError` naming the
first field that would read back differently, so a story is never silently changed.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from typing import Any

from newstranscript import _grammar as grammar
from newstranscript import _outlets as outlets

# The one writer that reads: its promise is that the parser reads its text back to the same
# story, and only the parser can say whether it does.
from newstranscript._dates import MONTH_NAMES, parse_date
from newstranscript._model import Segment, Signoff, Speaker, Story
from newstranscript._person_names import SpeakerIds, label_name, name_key, role_of
from newstranscript._write.json_layout import story_to_dict

# The bare role word that gives each staff role and no title (``NINA WESTON, HOST:``).
_ROLE_LABELS = {
    "host": "HOST",
    "reporter": "BYLINE",
    "anchor": "ANCHOR",
    "correspondent": "CORRESPONDENT",
}

# The zone names a date line may end with, in the order they are tried: a region's name reads
# as its clock (daylight saving and all), so it is the natural one; a standard or daylight name
# gives its offset whatever the date, for an offset the region's clock did not show then.
_DATE_ZONES = (
    *("ET", "CT", "MT", "PT", "UTC"),
    *("EST", "EDT", "CST", "CDT", "MST", "MDT", "PST", "PDT", "AKST", "AKDT", "HST"),
)


# The chrome line npr.org prints above the transcript: after a teaser it shows where the
# teaser ends and the transcript begins, and the parser drops it as page furniture.
_TRANSCRIPT_HEADING = "Transcript"

# The player line npr.org prints under each story of an index page: written between two turns
# with no speaker, it ends the first without giving the second a speaker, as on such a page.
_TURN_BREAK = "Listen"

# The line an outlet's pages print that names it (CNN's ``Return to Transcripts main page``),
# written when nothing else in the story names the outlet; the parser drops it as page
# furniture.
_PAGE_LINES = {
    outlet: line for line, outlet in reversed(list(grammar.CHROME_OUTLETS.items()))
}  # the first line each outlet names, read backwards so the first wins

# What the "same story" comparison leaves out: where things were printed, not what they are.
# A turn's ``basis`` is how the page let its speaker be found, and the canonical text gives
# every turn a label. Nor does it carry where the text came from: ``source``, ``url`` and
# ``index`` are the caller's, not the page's, and ``publisher`` names the site whose footer
# the page dropped.
_PAGE_RECORDS = frozenset(
    {
        "span",
        "spans",
        "dropped",
        "diagnostics",
        "labels",
        "basis",
        "about_span",
        "source",
        "url",
        "index",
        "publisher",
    }
)


def canonical_text(story: Story) -> str:
    """The story as a canonical transcript, written as well as the form allows.

    The writer never reads its own text back: :func:`newstranscript.to_text` composes this
    with the parser and :func:`unsayable` / :func:`first_difference` to check it.
    """
    return _write(story)


def unsayable(story: Story) -> str | None:
    """The first thing no transcript can say that the story's fields show plainly, in words
    clearer than the comparison of the story read back would find."""
    speaking: dict[str, int] = {}
    ids = {speaker.id for speaker in story.speakers}
    for index, segment in enumerate(story.segments):
        if segment.speaker is not None:
            if segment.speaker not in ids:
                return f"segments[{index}].speaker: {segment.speaker!r} is no speaker of the story"
            speaking.setdefault(segment.speaker, len(speaking))
    names: dict[str, int] = {}
    id_giver = SpeakerIds()
    for index, speaker in enumerate(story.speakers):
        if speaker.id not in speaking:
            return (
                f"speakers[{index}]: {speaker.name!r} never speaks, and a transcript names "
                "only the people who speak"
            )
        if speaking[speaker.id] != index:
            return (
                f"speakers[{index}]: {speaker.name!r} is listed out of the order the "
                "speakers first speak in, the only order a transcript gives"
            )
        # as the parser numbers people whose names slug alike
        given = id_giver.next_id(speaker.name)
        if speaker.id != given:
            return (
                f"speakers[{index}].id: {speaker.id!r} is not {given!r}, the id the parser "
                f"gives {speaker.name!r}"
            )
        earlier = names.setdefault(name_key(speaker.name), index)
        if earlier != index:
            return (
                f"speakers[{index}]: {speaker.name!r} has the name of speakers[{earlier}], "
                "and a label cannot tell two people of one name apart"
            )
    date = story.date
    if date is not None:
        if date.second or date.microsecond:
            return f"date: {date.isoformat()} has seconds, and a date line prints minutes"
        if date.tzinfo is not None and _zone_name(date) is None:
            return (
                f"date: {date.isoformat()} has an offset no time zone a date line names "
                "gives (US zones and UTC)"
            )
    return None


def _write(story: Story) -> str:
    blocks: list[str] = []
    if story.outlet in _PAGE_LINES and _outlet_named(story) != story.outlet:
        blocks.append(_PAGE_LINES[story.outlet])
    if story.headline is not None:
        blocks.append(story.headline)
    if story.program is not None:
        blocks.append(f"Heard on {story.program}")
    if story.date is not None:
        blocks.append(date_line(story.date))
    body, tail = _split_tail(story)
    # An inline soundbite is printed in the words of the turn before it, which hold it.
    body = tuple(segment for segment in body if not segment.inline)
    if story.teaser is not None:
        blocks.append(story.teaser)
    if story.teaser is not None or _unlabelled_speech(body):
        # A page of prose that names nobody and prints no marker is read as no transcript;
        # the heading says this one is.
        blocks.append(_TRANSCRIPT_HEADING)
    blocks.extend(_segments(story, body))
    if story.signoff is not None and not _signoff_in_last_turn(story):
        blocks.append(signoff_line(story.signoff))
    if story.provider is not None:
        blocks.append(story.provider)
    blocks.extend(speaker.about for speaker in story.speakers if speaker.about is not None)
    for segment in tail:
        if segment.timestamp is not None:
            blocks.append(f"[{segment.timestamp}]")
        blocks.append(segment.text)
    return "\n\n".join(blocks) + "\n"


def _unlabelled_speech(body: tuple[Segment, ...]) -> bool:
    """Whether the story's turns are all unlabelled and no marker stands among them."""
    return any(segment.type == "turn" for segment in body) and not any(
        segment.speaker is not None or segment.type == "soundbite" for segment in body
    )


def signoff_line(signoff: Signoff) -> str:
    """The sign-off as its own line: ``Omar Bek, NPR News, Harren Point.``

    A dateline that ends in an abbreviation keeps its full stop, which also ends the line
    (``Lark Island, Wash.``), as the parser reads it.
    """
    line = f"{signoff.name}, {signoff.outlet}"
    if signoff.dateline is not None:
        line += f", {signoff.dateline}"
    return line if line.endswith(".") else line + "."


def _split_tail(story: Story) -> tuple[tuple[Segment, ...], tuple[Segment, ...]]:
    """The segments before the closing lines, and the notes that follow them.

    Text after the provider line or the sign-off is kept as a note, so notes at the end of
    the story are written there; without a closing line they stay where they are.
    """
    segments = story.segments
    if story.provider is None and story.signoff is None:
        return segments, ()
    end = len(segments)
    while end and segments[end - 1].type == "note":
        end -= 1
    return segments[:end], segments[end:]


def _segments(story: Story, segments: tuple[Segment, ...]) -> Iterator[str]:
    """The paragraphs of the segments, each note where the parser reads it as one.

    An editor's note (``Editor's note: ...``) and a part's heading (``Act One: Fog``) stand
    anywhere. Other text is a note only
    where it cannot be speech: glued before the first label of a page, as a flattened page
    prints its prose version of the story, or after a provider line, as a page holding
    several stories prints the headline of the next. The provider line is written again
    there; the parser keeps the first and drops the others as the repeats they are.
    """
    speakers = {speaker.id: speaker for speaker in story.speakers}
    labels = _Labels()
    glued: str | None = None  # a note waiting to be glued before the next label
    ended = False  # past a provider line, where text is a note until the next label
    unlabelled_before = False  # the segment before is a turn with no speaker
    labelled_before = False  # the segment before is a turn with a speaker
    for index, segment in enumerate(segments):
        stamp = [f"[{segment.timestamp}]"] if segment.timestamp is not None else []
        if segment.type == "note":
            if _stands_alone(segments, index):
                yield from (*stamp, segment.text)
            elif index == 0 and _opens_labelled_turn(segments):
                yield from stamp
                glued = segment.text
            else:
                if story.provider is not None and not ended:
                    yield story.provider
                    ended = True
                yield from (*stamp, segment.text)
            unlabelled_before = labelled_before = False  # a note ends the turn before it
            continue
        if segment.type == "turn" and segment.speaker is None and unlabelled_before:
            # an unlabelled paragraph would go on with the turn before: page furniture between
            # them ends that turn, and nobody's turn goes on after it (before the timestamp,
            # whose segment's span runs from it)
            yield _TURN_BREAK
        elif segment.type == "turn" and segment.speaker is None and labelled_before:
            # after a speaker's turn, the gap a lost label leaves (a blank line more) ends it
            # and starts a turn of nobody the page names
            yield ""
        yield from stamp
        if segment.type != "turn":
            unlabelled_before = labelled_before = False
            yield segment.text
            continue
        paragraphs = segment.text.split("\n\n")
        unlabelled_before = segment.speaker is None
        labelled_before = not unlabelled_before
        speaker = speakers.get(segment.speaker) if segment.speaker is not None else None
        if speaker is not None:
            label = labels.next_label(speaker, segment.delivery)
            ended = False
            paragraphs[0] = f"{label}: {paragraphs[0]}".rstrip(" ")
        if glued is not None:
            paragraphs[0] = f"{glued} {paragraphs[0]}"
            glued = None
        yield from paragraphs
    if glued is not None:
        yield glued


def _stands_alone(segments: tuple[Segment, ...], index: int) -> bool:
    """Whether a note reads back as one wherever it stands: an editor's note, a part's
    heading, or a scene's heading."""
    text = segments[index].text
    return bool(
        grammar.NOTE.match(text)
        or grammar.SECTION_HEADING.match(text)
        or _heads_a_scene(segments, index)
    )


def _heads_a_scene(segments: tuple[Segment, ...], index: int) -> bool:
    """Whether a note is a scene's heading the parser reads as one on its own line: a few
    words and a colon, right above a labelled turn or another such heading."""
    for at in range(index, min(index + 2, len(segments))):
        segment = segments[at]
        if at > index and segment.type == "turn" and segment.speaker is not None:
            return True
        words = segment.text
        if (
            segment.type != "note"
            or not words.endswith(":")
            or len(words.split()) > grammar.SCENE_HEADING_WORDS
        ):
            return False
    following = segments[index + 2] if index + 2 < len(segments) else None
    return following is not None and following.type == "turn" and following.speaker is not None


class _Labels:
    """The label of each speaker's next turn: in full the first time, then the name."""

    __slots__ = ("names", "titles_said", "turns_so_far")

    def __init__(self) -> None:
        self.turns_so_far: dict[str, int] = {}
        self.titles_said: set[str] = set()  # speakers whose title a label has given
        self.names: dict[str, str] = {}  # each speaker's name as labels print it

    def next_label(self, speaker: Speaker, delivery: str | None) -> str:
        nth = self.turns_so_far.get(speaker.id, 0)
        self.turns_so_far[speaker.id] = nth + 1
        if speaker.id not in self.names:
            self.names[speaker.id] = label_name(speaker.name)
        label = label_for(
            speaker,
            nth,
            delivery,
            title_said=speaker.id in self.titles_said,
            name=self.names[speaker.id],
        )
        if delivery is None:
            self.titles_said.add(speaker.id)
        return label


def _opens_labelled_turn(segments: tuple[Segment, ...]) -> bool:
    return len(segments) > 1 and segments[1].type == "turn" and segments[1].speaker is not None


def _outlet_named(story: Story) -> str | None:
    """The outlet the written story names without help: its programme's, its sign-off's, an
    NPR provider line's, or the one a host's or anchor's label names."""
    known = grammar.PROGRAMS.get(story.program.lower()) if story.program else None
    if known is not None:
        return known[1]
    if story.signoff is not None and story.signoff.outlet:
        return outlets.outlet_of_signoff(story.signoff.outlet)
    if story.provider is not None and outlets.outlet_of_provider(story.provider) is not None:
        return outlets.outlet_of_provider(story.provider)
    for speaker in story.speakers:
        if speaker.role in grammar.STAFF_ROLES_NAMING_OUTLET and speaker.title:
            found = grammar.LABEL_OUTLET.match(speaker.title.upper())
            if found is not None:
                return " ".join(found.group("outlet").split())
    return None


def label_for(
    speaker: Speaker, nth: int, delivery: str | None, *, title_said: bool, name: str | None = None
) -> str:
    """The label of a speaker's turn ``nth`` (from 0): the first introduces them in full.

    Later turns name them by their full name, which the parser resolves however many people
    share a surname; a turn after the first also carries any role the speaker took on later
    (``roles``), one per turn, as a page prints the drift. A title only an aside can give
    (``HOST (Harbor Pilot)``) goes in the first label whose aside does not say how the turn
    was delivered; ``title_said`` says an earlier label gave it. ``name`` is the speaker's
    :func:`label_name`, when the caller has worked it out once for all their turns.
    """
    name = label_name(speaker.name) if name is None else name
    title_aside = delivery is None and not title_said and title_in_aside(speaker)
    aside = speaker.title if title_aside else delivery
    introduce = nth == 0 or len(name.split()) == 1
    label = name
    if introduce and speaker.role is None and _is_office(speaker.title):
        # an office gives no role, so only its place before the name gives it back
        label = f"{speaker.title} {name}"
    if introduce and speaker.party and speaker.role != "unidentified":
        label += f" ({speaker.party})"
    if speaker.role not in (None, "unidentified"):
        role_text = None
        if introduce or title_aside:
            # an aside read alone is a description that gives a role of its own: the role
            # word beside it keeps the speaker's
            role_text = _role_text(speaker)
        elif nth < len(speaker.roles) and speaker.roles[nth] != speaker.role:
            drifted = speaker.roles[nth]
            role_text = _ROLE_LABELS.get(drifted) or (speaker.title if drifted == "guest" else None)
        label += f", {role_text}" if role_text else ""
    return label + (f" ({aside})" if aside else "")


def _is_office(title: str | None) -> bool:
    return title is not None and title.upper().rstrip(".") in grammar.OFFICES


def title_in_aside(speaker: Speaker) -> bool:
    """Whether only a label's aside can give the speaker's title: the role text does not.

    A title with no role has no label at all: the parser reads any description as giving a
    role (``(Writer)`` is a guest's).
    """
    if speaker.title is None or speaker.role is None:
        return False
    return speaker.role == "unidentified" or _role_text(speaker) != speaker.title


def _role_text(speaker: Speaker) -> str:
    """The role text of the speaker's introducing label: the title when it gives the role
    (``CNN ANCHOR``), else the bare role word (``HOST``)."""
    role, title = speaker.role, speaker.title
    assert role is not None
    if title is not None and role_of(title) == (role, title):
        return title
    return _ROLE_LABELS.get(role, role.upper())


def date_line(date: datetime) -> str:
    """The date as a date line the parser reads back: ``November 5, 2024 5:00 AM ET``.

    A date with no time zone prints none; midnight of such a date prints the day alone. A
    zone is named by the first of :data:`_DATE_ZONES` the parser reads back to the date's
    offset at that moment: the region's name when its clock shows that offset then (``ET``,
    ``PT``), else the standard or daylight name that says the offset itself (``MST`` in an
    Arizona summer, ``EST`` in the hour repeated when daylight saving ends). An offset no
    US zone or UTC has, and seconds, have no printed form.
    """
    local = _local_line(date)
    zone = _zone_name(date) if date.tzinfo is not None else None
    return local + (f" {zone}" if zone else "")


def _local_line(date: datetime) -> str:
    day = f"{MONTH_NAMES[date.month - 1]} {date.day}, {date.year:04d}"
    if date.tzinfo is None and (date.hour, date.minute) == (0, 0):
        return day
    half = "AM" if date.hour < 12 else "PM"
    return f"{day} {date.hour % 12 or 12}:{date.minute:02d} {half}"


def _zone_name(date: datetime) -> str | None:
    """The zone name the parser reads back, with the date's local time, as the date."""
    local = _local_line(date)
    wanted = date.isoformat()
    for zone in _DATE_ZONES:
        read = parse_date(local, zone)
        if read is not None and read.isoformat() == wanted:
            return zone
    return None


def _signoff_in_last_turn(story: Story) -> bool:
    """Whether the last labelled turn's first paragraph is the story's sign-off, as the
    parser reads a turn that is nothing but ``Omar Bek, NPR News.``"""
    signoff = story.signoff
    if signoff is None:
        return False
    for segment in reversed(story.segments):
        if segment.type == "turn" and segment.speaker is not None:
            found = grammar.SIGNOFF.fullmatch(segment.paragraphs[0])
            return found is not None and found.group("name", "outlet", "dateline") == (
                signoff.name,
                signoff.outlet,
                signoff.dateline,
            )
    return False


def same_story_document(story: Story) -> dict[str, Any]:
    """The story's JSON data without what records the page: what "the same story" compares."""
    document: dict[str, Any] = _without_page_records(story_to_dict(story))
    return document


def _without_page_records(value: Any) -> Any:
    if isinstance(value, dict):
        return {
            key: _without_page_records(item)
            for key, item in value.items()
            if key not in _PAGE_RECORDS
        }
    if isinstance(value, list):
        return [_without_page_records(item) for item in value]
    return value


def first_difference(expected: Story, found: Story) -> str | None:
    """Where ``found`` differs from ``expected`` as a story (``segments[3].text: ...``), or
    ``None`` when they are the same story."""
    before, after = same_story_document(expected), same_story_document(found)
    # The segments first: a paragraph read as a label also adds a speaker, and the message
    # should point at the paragraph.
    return _difference(before.pop("segments"), after.pop("segments"), "segments") or _difference(
        before, after, ""
    )


def _difference(expected: Any, found: Any, path: str) -> str | None:
    if isinstance(expected, dict) and isinstance(found, dict):
        for key in expected:
            inner = f"{path}.{key}" if path else key
            difference = _difference(expected[key], found.get(key), inner)
            if difference is not None:
                return difference
        return None
    if isinstance(expected, list) and isinstance(found, list):
        for index, (left, right) in enumerate(zip(expected, found, strict=False)):
            difference = _difference(left, right, f"{path}[{index}]")
            if difference is not None:
                return difference
        common = min(len(expected), len(found))
        if len(found) > common:
            return f"{path}[{common}]: would read back as an item more, {_shown(found[common])}"
        if len(expected) > common:
            return f"{path}[{common}]: would not read back: {_shown(expected[common])}"
        return None
    if expected != found:
        return f"{path}: would read back as {_shown(found)}, not {_shown(expected)}"
    return None


def _shown(value: Any) -> str:
    """A value for a message, cut short inside its quotes so the quoting stays whole."""
    if isinstance(value, str) and len(value) > 60:
        return repr(value[:60] + "...")
    shown = repr(value)
    return shown if len(shown) <= 80 else shown[:77] + "..."
