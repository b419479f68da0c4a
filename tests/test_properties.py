"""Properties of the whole parser, over arbitrary text and over generated transcripts.

The contract: any text gives a story or the library's own ParseError; a story accounts for
every non-blank character once; every span shows its piece of the input as passed in; the
JSON round trip is exact; a generated transcript parses back to the speakers and turns it was
built from, however a scraper disguised it.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import attrs
import regex
from fuzz.fuzz_parse import front_matter_loads
from hypothesis import example, given
from hypothesis import strategies as st

import newstranscript
from newstranscript import FormatError, ParseError, Span, Story, audit
from newstranscript._parse.source import (
    BEFORE_A_LETTER,
    HTML_TAG,
    NORMALISATION_REASONS,
    decode,
    repairs,
)
from newstranscript._parse.speakers import (
    Label,
    Registry,
    _first_near_duplicate,
    _Neighbours,
    _one_letter_apart,
)
from tests.strategies import (
    DISGUISES,
    Generated,
    date_pages,
    encoding_names,
    hostile_json,
    hostile_names,
    hostile_pages,
    odd_text,
    transcript_like_text,
    transcripts,
)

_MOJIBAKE, _MOJIBAKE_BEFORE_LETTER = repairs()


def _order(story: Story) -> list[str | None]:
    names = {speaker.id: speaker.name for speaker in story.speakers}
    order: list[str | None] = []
    for segment in story.segments:
        if segment.type != "turn":
            order.append(None)
        else:
            order.append(names[segment.speaker] if segment.speaker is not None else "?")
    return order


def _visible(story: Story, text: str, span: Span) -> str:
    """What a span shows, as a reader sees it: normalisation drops cut out, spaces collapsed."""
    removed = sorted(
        (dropped for dropped in story.dropped if dropped.reason in NORMALISATION_REASONS),
        key=lambda dropped: dropped.span.start,
    )
    kept: list[str] = []
    at = span.start
    for cut in removed:
        if span.start <= cut.span.start and cut.span.end <= span.end:
            kept.append(text[at : cut.span.start])
            kept.append(" " if cut.reason == HTML_TAG else "")  # a tag breaks the line
            at = cut.span.end
    kept.append(text[at : span.end])
    shown = "".join(kept)
    # the parser's repairs, made to the span too
    shown = _REPAIR.sub(lambda garbled: _MOJIBAKE[garbled.group()], shown)
    shown = _SURROGATE.sub("\ufffd", shown)  # replaced one for one (lone-surrogate)
    return _collapsed(shown)


_SURROGATE = regex.compile("[\ud800-\udfff]")


# The repair table as one pattern, longest sequences first; a pair that needs a letter after it
# gets one.
_REPAIR = regex.compile(
    "|".join(
        regex.escape(garbled) + (BEFORE_A_LETTER if garbled in _MOJIBAKE_BEFORE_LETTER else "")
        for garbled in sorted(_MOJIBAKE, key=len, reverse=True)
    )
)


def _collapsed(text: str) -> str:
    # Zero-width spaces and soft hyphens print as nothing; the parser removes them.
    return " ".join(text.replace("\u200b", "").replace("\u00ad", "").split())


def _check_spans_are_exact(story: Story, text: str) -> None:
    inferred = any(d.code in ("inferred-host", "signed-commentary") for d in story.diagnostics)
    heard: set[str] = set()
    for segment in story.segments:
        shown = _visible(story, text, segment.span)
        if segment.type == "turn":
            assert shown.endswith(_collapsed(segment.text)), (shown, segment.text)
            label = shown[: len(shown) - len(_collapsed(segment.text))].strip()
            if segment.speaker is not None and label:
                speaker = story.speaker(segment.speaker)
                assert label.rstrip(":").strip() in speaker.labels, (label, speaker.labels)
            elif segment.speaker is not None:
                # No label of its own: the same person going on after a marker or page chrome,
                # or the opening turn given to the host who names themselves in it, or to the
                # commentator who signs the page off.
                assert segment.speaker in heard or inferred, segment
                heard.add(segment.speaker)
            if segment.speaker is not None:
                heard.add(segment.speaker)
        else:
            assert shown == _collapsed(segment.text)
    for dropped in story.dropped:
        if dropped.reason in NORMALISATION_REASONS:
            assert dropped.span.slice(text) == dropped.text
        else:
            assert _visible(story, text, dropped.span) == _collapsed(dropped.text)
    for field in ("headline", "provider", "teaser"):
        value = getattr(story, field)
        if field in story.spans:
            assert _visible(story, text, story.spans[field]) == _collapsed(value)
    if story.signoff is not None:
        shown = _visible(story, text, story.signoff.span)
        assert story.signoff.name in shown
        assert shown.endswith(".")
    for speaker in story.speakers:
        if speaker.about_span is not None:
            assert speaker.about is not None
            assert _visible(story, text, speaker.about_span) == _collapsed(speaker.about)


def _check_contract(story: Story, text: str) -> None:
    found = audit(story, text)
    assert found.clean, found.report(text)
    _check_spans_are_exact(story, text)
    assert newstranscript.from_json(newstranscript.to_json(story)) == story


@given(transcripts())
def test_generated_transcripts_parse_back_to_their_speakers_and_turns(page: Generated) -> None:
    story = newstranscript.parse(page.text)
    assert _order(story) == page.order
    assert {speaker.name for speaker in story.speakers} == page.speakers
    assert {s.name: s.about for s in story.speakers if s.about is not None} == page.about


@given(transcripts())
def test_generated_transcripts_keep_the_contract(page: Generated) -> None:
    _check_contract(newstranscript.parse(page.text), page.text)


@given(transcripts())
def test_a_closing_signoff_is_found(page: Generated) -> None:
    story = newstranscript.parse(page.text)
    if page.text.rstrip().rsplit("\n\n", 2)[-1].endswith(", NPR News, Port Ellery.") or (
        ", NPR News, Port Ellery.\n\nTranscript provided by" in page.text
    ):
        assert story.signoff is not None
        assert story.signoff.name == page.order[-1]


@given(transcripts(), st.sampled_from(sorted(DISGUISES)))
def test_a_disguised_transcript_parses_the_same_with_exact_spans(
    page: Generated, disguise: str
) -> None:
    plain = newstranscript.parse(page.text)
    text = DISGUISES[disguise](page.text)
    story = newstranscript.parse(text)
    assert [(s.type, s.speaker, s.text) for s in story.segments] == [
        (s.type, s.speaker, s.text) for s in plain.segments
    ]
    # The same people; only where their bio sits in the text moves.
    assert [attrs.evolve(s, about_span=None) for s in story.speakers] == [
        attrs.evolve(s, about_span=None) for s in plain.speakers
    ]
    _check_contract(story, text)


@given(st.text() | transcript_like_text)
@example("Im A Aa\n0\nA:")  # an inferred host's opening turn carries no label of its own
def test_any_text_gives_a_story_or_a_parse_error(text: str) -> None:
    try:
        story = newstranscript.parse(text)
    except ParseError as error:
        message = str(error)
    else:
        _check_contract(story, text)
        return
    assert message.startswith("input is")


@given(st.binary() | transcript_like_text.map(lambda text: text.encode("utf-8")))
def test_any_bytes_give_a_story_or_a_parse_error(data: bytes) -> None:
    try:
        story = newstranscript.parse_bytes(data)
    except ParseError as error:
        message = str(error)
    else:
        text = data.decode("utf-8-sig")
        assert audit(story, text).clean
        return
    assert message.startswith("input is")


# -- promises under attack ----------------------------------------------------------------------


@given(date_pages)
def test_a_date_comes_only_from_what_the_page_prints(text: str) -> None:
    story = newstranscript.parse(text)
    _check_contract(story, text)
    if story.date is not None:
        # the year is printed on the page: never the clock's
        assert str(story.date.year) in text
        offset = story.date.utcoffset()
        assert offset is None or offset % timedelta(minutes=1) == timedelta(0)


@given(odd_text | transcript_like_text, st.sampled_from(["headline", "program", "outlet"]))
def test_text_with_odd_characters_keeps_every_writer_working(text: str, field: str) -> None:
    # in the text: the story can be written as UTF-8 and its front matter read as YAML
    try:
        story = newstranscript.parse(text)
    except ParseError:
        story = newstranscript.parse("ANA RUIZ, HOST: Hi.")
    else:
        _check_contract(story, text)
        newstranscript.to_json(story).encode("utf-8")
    # in a field set by hand
    fields: dict[str, Any] = {field: text}
    front_matter_loads(attrs.evolve(story, **fields))


@given(st.binary(max_size=60), encoding_names)
def test_any_bytes_in_any_encoding_give_a_story_or_a_parse_error(data: bytes, name: str) -> None:
    try:
        story = newstranscript.parse_bytes(data, encoding=name)
    except ParseError:
        return
    text = decode(data, encoding=name).text
    _check_contract(story, text)
    newstranscript.to_json(story).encode("utf-8")


@given(hostile_json())
def test_any_json_gives_a_story_or_a_format_error(document: str | bytes) -> None:
    try:
        story = newstranscript.from_json(document)
    except FormatError:
        return
    newstranscript.to_json(story).encode("utf-8")


@given(hostile_pages())
def test_hostile_pages_keep_the_contract(text: str) -> None:
    """Pages shaped to make the parser slow still give a story that accounts for every
    character, read as one story or as several."""
    _check_contract(newstranscript.parse(text), text)
    stories = newstranscript.parse_many(text)
    found = audit(stories, text)
    assert found.clean, found.report(text)


@given(st.lists(st.tuples(hostile_names(), st.booleans()), min_size=1, max_size=40))
def test_near_duplicates_are_those_of_the_pairwise_definition(
    turns: list[tuple[str, bool]],
) -> None:
    """The index of names one letter apart finds, for each speaker heard once, the same
    first near-duplicate as comparing every pair of speakers would."""
    registry = Registry()
    for turn, (name, unidentified) in enumerate(turns):
        printed = f"UNIDENTIFIED {name}" if unidentified else name
        registry.resolve(Label(printed, printed, unidentified=unidentified), turn)
    speaking = list(registry.speaking())
    expected = []
    for person in speaking:
        if person.turns != 1 or person.unidentified:
            continue
        for other in speaking:
            if (
                other is not person
                and not other.unidentified
                and (other.turns > 1 or other.first_turn < person.first_turn)
                and _one_letter_apart(person.words, other.words)
            ):
                expected.append((person, other))
                break
    assert list(registry.near_duplicates()) == expected
    # A page of dozens of speakers finds them through an index instead: the same answer.
    named = [person for person in speaking if not person.unidentified]
    neighbours = _Neighbours(named)
    for person in named:
        if person.turns == 1:
            assert neighbours.first_for(person) is _first_near_duplicate(named, person)


@given(
    st.lists(hostile_names(), min_size=1, max_size=12),
    st.lists(st.tuples(hostile_names(), st.sampled_from(["is", "was", "and"])), max_size=12),
)
def test_bios_go_to_the_first_speaker_they_name(
    names: list[str], bios: list[tuple[str, str]]
) -> None:
    """A bio goes to the first speaker, in speaking order, with no bio yet whose name it
    opens with, followed by a verb: as reading every speaker for every line would find."""
    registry = Registry()
    for turn, name in enumerate(names):
        registry.resolve(Label(name, name), turn)
    for name, verb in bios:
        line = f"{' '.join(word.capitalize() for word in name.split())} {verb} a keeper."
        expected = next(
            (
                person
                for person in registry.speaking()
                if person.about is None
                and line.startswith(person.name)
                and line[len(person.name) :].startswith((" is", " was"))
            ),
            None,
        )
        found = registry.bio_subject(line)
        assert found is expected
        if found is not None:
            found.about = line
