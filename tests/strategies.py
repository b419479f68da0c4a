"""Hypothesis strategies for the model, shared by the property tests."""

from __future__ import annotations

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
