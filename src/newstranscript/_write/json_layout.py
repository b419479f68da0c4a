"""The version 1 JSON layout: a story as plain JSON-ready data, and as an indented document.

``to_json`` (``json.py``) writes one line with the standard library's C encoder, from
:func:`story_to_dict`. The indented form is written here, field by field, because the
standard library writes indented JSON with its pure-Python encoder, about three times as slow
as the C one; :func:`indented_json` gives exactly the text of ``json.dumps(story_to_dict(story),
ensure_ascii=False, indent=indent)``, strings quoted by the same C function, which the tests
check on every fixture and on generated stories.
"""

from __future__ import annotations

from json.encoder import encode_basestring
from typing import Any

from newstranscript._model import Segment, Signoff, Span, Speaker, Story

FORMAT = "newstranscript/1"

JSONObject = dict[str, Any]


def story_to_dict(story: Story) -> JSONObject:
    """The story as plain JSON-ready data in the version 1 layout."""
    return {
        "format": FORMAT,
        "headline": story.headline,
        "teaser": story.teaser,
        "program": story.program,
        "outlet": story.outlet,
        "date": story.date.isoformat() if story.date is not None else None,
        "speakers": [_speaker(speaker) for speaker in story.speakers],
        "segments": [_segment(segment) for segment in story.segments],
        "signoff": _signoff(story.signoff) if story.signoff is not None else None,
        "provider": story.provider,
        "publisher": story.publisher,
        "dropped": [
            {"text": d.text, "reason": d.reason, "span": _span(d.span)} for d in story.dropped
        ],
        "diagnostics": [
            {"code": d.code, "message": d.message, "line": d.line, "column": d.column}
            for d in story.diagnostics
        ],
        "spans": {name: _span(span) for name, span in story.spans.items()},
        "source": story.source,
        "url": story.url,
        "index": story.index,
    }


def _span(span: Span) -> list[int]:
    return [span.start, span.end]


def _speaker(speaker: Speaker) -> JSONObject:
    return {
        "id": speaker.id,
        "name": speaker.name,
        "role": speaker.role,
        "title": speaker.title,
        "labels": list(speaker.labels),
        "about": speaker.about,
        "about_span": _span(speaker.about_span) if speaker.about_span is not None else None,
        "roles": list(speaker.roles),
        "party": speaker.party,
    }


def _segment(segment: Segment) -> JSONObject:
    data: JSONObject = {"type": segment.type}
    if segment.type == "turn":
        data["speaker"] = segment.speaker
        data["basis"] = segment.basis
    data["text"] = segment.text
    if segment.soundbite is not None:
        bite = segment.soundbite
        data["kind"] = bite.kind
        data["description"] = bite.description
        data["artist"] = bite.artist
        data["title"] = bite.title
        data["inline"] = segment.inline
    data["span"] = _span(segment.span)
    data["delivery"] = segment.delivery
    data["clip"] = segment.clip
    data["timestamp"] = segment.timestamp
    data["annotations"] = [
        {"text": note.text, "kind": note.kind, "span": _span(note.span)}
        for note in segment.annotations
    ]
    return data


def _signoff(signoff: Signoff) -> JSONObject:
    return {
        "name": signoff.name,
        "outlet": signoff.outlet,
        "dateline": signoff.dateline,
        "span": _span(signoff.span),
    }


# -- the indented document -----------------------------------------------------------------
# Each writer is handed the line breaks of every depth (``breaks[n]``: a newline and ``n``
# indents) and the depth of the object or list it writes; the keys and their order are
# story_to_dict's.


def indented_json(story: Story, indent: int) -> str:
    """``json.dumps(story_to_dict(story), ensure_ascii=False, indent=indent)``, without the
    standard library's pure-Python encoder."""
    unit = " " * indent
    breaks = ["\n" + unit * depth for depth in range(7)]
    one = breaks[1]
    date = story.date.isoformat() if story.date is not None else None
    speakers = [_indented_speaker(speaker, breaks) for speaker in story.speakers]
    segments = [_indented_segment(segment, breaks) for segment in story.segments]
    signoff = _indented_signoff(story.signoff, breaks) if story.signoff is not None else "null"
    dropped = [
        _indented_text_object(d.text, "reason", d.reason, d.span, breaks, depth=3)
        for d in story.dropped
    ]
    diagnostics = [
        _indented_diagnostic(d.code, d.message, d.line, d.column, breaks) for d in story.diagnostics
    ]
    spans = [
        f"{_quote(name)}: {_indented_span(span, breaks, 2)}" for name, span in story.spans.items()
    ]
    index = "null" if story.index is None else int.__repr__(story.index)
    return (
        f'{{{one}"format": "{FORMAT}",'
        f'{one}"headline": {_text(story.headline)},'
        f'{one}"teaser": {_text(story.teaser)},'
        f'{one}"program": {_text(story.program)},'
        f'{one}"outlet": {_text(story.outlet)},'
        f'{one}"date": {_text(date)},'
        f'{one}"speakers": {_list(speakers, breaks, 1)},'
        f'{one}"segments": {_list(segments, breaks, 1)},'
        f'{one}"signoff": {signoff},'
        f'{one}"provider": {_text(story.provider)},'
        f'{one}"publisher": {_text(story.publisher)},'
        f'{one}"dropped": {_list(dropped, breaks, 1)},'
        f'{one}"diagnostics": {_list(diagnostics, breaks, 1)},'
        f'{one}"spans": {_list(spans, breaks, 1, "{}")},'
        f'{one}"source": {_text(story.source)},'
        f'{one}"url": {_text(story.url)},'
        f'{one}"index": {index}'
        f"{breaks[0]}}}"
    )


_quote = encode_basestring


def _text(value: str | None) -> str:
    return "null" if value is None else _quote(value)


def _list(items: list[str], breaks: list[str], depth: int, empty: str = "[]") -> str:
    """Items already written at ``depth + 1``, as a list (or, with ``empty="{}"``, an
    object's members) at ``depth``."""
    if not items:
        return empty
    inner = breaks[depth + 1]
    return f"{empty[0]}{inner}{(',' + inner).join(items)}{breaks[depth]}{empty[1]}"


def _indented_span(span: Span, breaks: list[str], depth: int) -> str:
    inner = breaks[depth + 1]
    return f"[{inner}{int.__repr__(span.start)},{inner}{int.__repr__(span.end)}{breaks[depth]}]"


def _indented_speaker(speaker: Speaker, breaks: list[str]) -> str:
    three = breaks[3]
    about_span = (
        _indented_span(speaker.about_span, breaks, 3) if speaker.about_span is not None else "null"
    )
    return (
        f'{{{three}"id": {_quote(speaker.id)},'
        f'{three}"name": {_quote(speaker.name)},'
        f'{three}"role": {_text(speaker.role)},'
        f'{three}"title": {_text(speaker.title)},'
        f'{three}"labels": {_list([_quote(label) for label in speaker.labels], breaks, 3)},'
        f'{three}"about": {_text(speaker.about)},'
        f'{three}"about_span": {about_span},'
        f'{three}"roles": {_list([_quote(role) for role in speaker.roles], breaks, 3)},'
        f'{three}"party": {_text(speaker.party)}'
        f"{breaks[2]}}}"
    )


def _indented_segment(segment: Segment, breaks: list[str]) -> str:
    three = breaks[3]
    fields = f'{{{three}"type": {_quote(segment.type)},'
    if segment.type == "turn":
        fields += (
            f'{three}"speaker": {_text(segment.speaker)},{three}"basis": {_text(segment.basis)},'
        )
    fields += f'{three}"text": {_quote(segment.text)},'
    bite = segment.soundbite
    if bite is not None:
        fields += (
            f'{three}"kind": {_quote(bite.kind)},'
            f'{three}"description": {_quote(bite.description)},'
            f'{three}"artist": {_text(bite.artist)},'
            f'{three}"title": {_text(bite.title)},'
            f'{three}"inline": {"true" if segment.inline else "false"},'
        )
    annotations = [
        _indented_text_object(note.text, "kind", note.kind, note.span, breaks, depth=5)
        for note in segment.annotations
    ]
    return (
        f'{fields}{three}"span": {_indented_span(segment.span, breaks, 3)},'
        f'{three}"delivery": {_text(segment.delivery)},'
        f'{three}"clip": {"true" if segment.clip else "false"},'
        f'{three}"timestamp": {_text(segment.timestamp)},'
        f'{three}"annotations": {_list(annotations, breaks, 3)}'
        f"{breaks[2]}}}"
    )


def _indented_signoff(signoff: Signoff, breaks: list[str]) -> str:
    two = breaks[2]
    return (
        f'{{{two}"name": {_quote(signoff.name)},{two}"outlet": {_quote(signoff.outlet)},'
        f'{two}"dateline": {_text(signoff.dateline)},'
        f'{two}"span": {_indented_span(signoff.span, breaks, 2)}{breaks[1]}}}'
    )


def _indented_text_object(
    text: str, key: str, value: str, span: Span, breaks: list[str], *, depth: int
) -> str:
    """An annotation (``kind``) or a dropped line (``reason``): its text, the one string
    field, and its span, the fields at ``depth``."""
    inside = breaks[depth]
    return (
        f'{{{inside}"text": {_quote(text)},{inside}"{key}": {_quote(value)},'
        f'{inside}"span": {_indented_span(span, breaks, depth)}{breaks[depth - 1]}}}'
    )


def _indented_diagnostic(code: str, message: str, line: int, column: int, breaks: list[str]) -> str:
    three = breaks[3]
    return (
        f'{{{three}"code": {_quote(code)},{three}"message": {_quote(message)},'
        f'{three}"line": {int.__repr__(line)},{three}"column": {int.__repr__(column)}{breaks[2]}}}'
    )
