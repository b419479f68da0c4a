"""The accounting check: every non-blank character of the input is in exactly one place.

A parsed story claims stretches of its input: each segment (a turn's span covers its label),
the story-level fields in ``story.spans`` (headline, teaser, date line, provider), each
speaker's bio (``about_span``), the sign-off, and every dropped piece. :func:`audit` lays those
claims side by side and reports the non-blank text nobody claims and the text two claims
share. A story fresh from :func:`newstranscript.parse` of the same text has neither.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Iterator, Sequence

import attrs

from newstranscript._model import Span, Story
from newstranscript._parse.source import NORMALISATION_REASONS, require_text

# Characters that print as nothing count as blank, like spaces, wherever they stand. A byte
# order mark is not among them: the parser reports each one it removes as dropped.
_INVISIBLE_AS_SPACE = str.maketrans({"\u200b": " ", "\u00ad": " "})


def _spans(values: Iterable[Span]) -> tuple[Span, ...]:
    return tuple(values)


@attrs.frozen
class Audit:
    """What :func:`audit` found.

    ``missing`` holds the stretches of the input that hold non-blank text no part of the story
    accounts for; ``overlaps`` the stretches claimed by two parts at once. Both are empty for
    a story the parser built from the same text: ``audit.clean`` says so.
    """

    missing: tuple[Span, ...] = attrs.field(default=(), converter=_spans)
    overlaps: tuple[Span, ...] = attrs.field(default=(), converter=_spans)

    @property
    def clean(self) -> bool:
        """Whether every non-blank character is accounted for exactly once."""
        return not self.missing and not self.overlaps

    def report(self, text: str) -> str:
        """The findings in words, quoting the input: one line per stretch."""
        lines = [
            *(f"not accounted for: {s.start}..{s.end} {_quote(text, s)}" for s in self.missing),
            *(f"counted twice: {s.start}..{s.end} {_quote(text, s)}" for s in self.overlaps),
        ]
        return "\n".join(lines) if lines else "every non-blank character is accounted for once"


def audit(story: Story | Sequence[Story], text: str, /) -> Audit:
    """Check that ``story`` accounts for every non-blank character of ``text`` exactly once.

    ``text`` is the string the story was parsed from (after decoding, for
    :func:`~newstranscript.parse_bytes` and :func:`~newstranscript.read`); ``story`` may also
    be the list :func:`~newstranscript.parse_many` gave for it, checked as a whole. Characters
    the parser removed while normalising (a byte order mark, ``<p>`` tags) are dropped pieces
    that may sit inside a turn's span without counting twice.
    """
    stories = [story] if isinstance(story, Story) else story
    if not isinstance(stories, Sequence) or not all(isinstance(s, Story) for s in stories):
        raise TypeError(
            "audit() takes a Story or the list of stories parse_many() gave, "
            f"not {type(story).__name__}"
        )
    require_text(text, "audit()", "the text the story was parsed from, as a str")
    claims = sorted(
        (span for span in _claims(stories) if span.end > span.start),
        key=lambda span: (span.start, -span.end),
    )
    if claims and max(span.end for span in claims) > len(text):
        raise ValueError(
            "the story's spans run past the end of the text: audit() needs the text the story "
            "was parsed from"
        )
    missing: list[Span] = []
    overlaps: list[Span] = []
    covered_to = 0
    for span in claims:
        if span.start < covered_to:
            overlaps.append(Span(span.start, min(span.end, covered_to)))
        else:
            _note_gap(text, covered_to, span.start, missing)
        covered_to = max(covered_to, span.end)
    _note_gap(text, covered_to, len(text), missing)
    return Audit(missing, overlaps)


def _claims(stories: Sequence[Story]) -> Iterator[Span]:
    """Every span the stories claim, leaving out normalisation drops inside another claim.

    Each story field claims its span: two fields naming one span is a finding. The stories of
    one page (from ``parse_many``) share the page's programme and date lines, so one field's
    span that several stories name is one claim.
    """
    shared = {(field, span) for story in stories for field, span in story.spans.items()}
    owned = [
        *(span for _, span in shared),
        *(
            span
            for story in stories
            for span in (
                # an inline soundbite names words its turn already claims
                *(segment.span for segment in story.segments if not segment.inline),
                *(speaker.about_span for speaker in story.speakers if speaker.about_span),
                *([story.signoff.span] if story.signoff and story.signoff_turn is None else []),
                *(d.span for d in story.dropped if d.reason not in NORMALISATION_REASONS),
            )
        ),
    ]
    yield from owned
    # A removed <p> tag or byte order mark inside a turn belongs to neither the turn's text
    # nor anything else: the drop accounts for it, the turn's span merely runs across it.
    owned.sort(key=lambda span: span.start)
    starts = [span.start for span in owned]
    reach: list[int] = []  # reach[i]: the furthest end among owned[0..i]
    for span in owned:
        reach.append(max(span.end, reach[-1]) if reach else span.end)
    for dropped in (d for story in stories for d in story.dropped):
        if dropped.reason in NORMALISATION_REASONS:
            before = bisect.bisect_right(starts, dropped.span.start) - 1
            if before < 0 or reach[before] < dropped.span.end:
                yield dropped.span


def _note_gap(text: str, start: int, end: int, missing: list[Span]) -> None:
    """Record the non-blank stretch of ``text[start:end]``, if there is one."""
    if end <= start:
        return
    gap = text[start:end].translate(_INVISIBLE_AS_SPACE)
    kept = gap.strip()
    if kept:
        lead = len(gap) - len(gap.lstrip())
        missing.append(Span(start + lead, start + lead + len(kept)))


def _quote(text: str, span: Span) -> str:
    piece = span.slice(text)
    return repr(piece if len(piece) <= 60 else piece[:57] + "...")
