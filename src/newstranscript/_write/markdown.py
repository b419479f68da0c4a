"""The Markdown writer: a story as a readable CommonMark document.

The headline is the title, each turn a paragraph that opens with its speaker in bold, markers
stand in italics on their own, and the sign-off, provider line and speakers close the page.
Optional YAML front matter carries the fields static-site and note-taking tools read.
"""

from __future__ import annotations

import json

from newstranscript._lazy import compile_lazily
from newstranscript._model import Segment, Speaker, Story

# Characters that mean something inline in CommonMark; escaping each keeps the text literal.
# ``!`` is left alone: it only opens an image before ``[``, which is escaped itself.
_INLINE = compile_lazily(r"([\\`*_\[\]<>|~])|(&(?=#?\w+;))")
# What means something at the start of a line: headings, quotes, lists, rules, code fences.
_LINE_START = compile_lazily(r"^(?:([#>+=\-])|(\d{1,9})([.)])|( {4}))")


def _escape(text: str) -> str:
    escaped = _INLINE.sub(lambda m: "\\" + m.group(), text)
    return "\n".join(_escape_line_start(line) for line in escaped.split("\n"))


def _escape_line_start(line: str) -> str:
    line = line.lstrip(" ") if line.startswith("    ") else line
    found = _LINE_START.match(line)
    if found is None:
        return line
    if found.group(1):
        return "\\" + line
    if found.group(2):
        return found.group(2) + "\\" + line[found.end(2) :]
    return line


# What YAML may not hold raw, which ``json.dumps`` leaves raw: DEL, the C1 controls, U+FFFE and
# U+FFFF are outside YAML's printable set, and NEL, U+2028 and U+2029 are line breaks to YAML
# 1.1 loaders, which would fold them into a space. A lone surrogate is no character at all.
_NOT_YAML = compile_lazily("[\x7f-\x9f\u2028\u2029\ud800-\udfff\ufffe\uffff]")


def _quote(value: str | None) -> str:
    # A JSON string is a valid YAML double-quoted scalar once what YAML refuses is written as
    # a ``\uXXXX`` escape, which both read the same.
    if value is None:
        return "null"
    return _NOT_YAML.sub(
        lambda found: f"\\u{ord(found.group()):04x}", json.dumps(value, ensure_ascii=False)
    )


def _front_matter(story: Story) -> list[str]:
    lines = [
        "---",
        f"headline: {_quote(story.headline)}",
        f"date: {_quote(story.date.isoformat() if story.date else None)}",
        f"program: {_quote(story.program)}",
        f"outlet: {_quote(story.outlet)}",
    ]
    if story.publisher is not None:
        lines.append(f"publisher: {_quote(story.publisher)}")
    # Where the text came from, when the caller said so: absent otherwise, as before.
    lines.extend(
        f"{name}: {_quote(value)}"
        for name, value in (("source", story.source), ("url", story.url))
        if value is not None
    )
    if story.index is not None:
        lines.append(f"index: {story.index}")
    if story.speakers:
        lines.append("speakers:")
        for speaker in story.speakers:
            lines.append(f"  - id: {_quote(speaker.id)}")
            lines.append(f"    name: {_quote(speaker.name)}")
            lines.append(f"    role: {_quote(speaker.role)}")
    else:
        lines.append("speakers: []")
    lines.append("---")
    return lines


def to_markdown(story: Story, *, front_matter: bool = False) -> str:
    """The story as CommonMark; ``front_matter=True`` adds a YAML header block."""
    names = {speaker.id: speaker.name for speaker in story.speakers}
    blocks: list[str] = []
    if front_matter:
        blocks.append("\n".join(_front_matter(story)))
    if story.headline:
        blocks.append("# " + _escape(story.headline))
    if story.teaser:
        blocks.append("*" + _escape(story.teaser) + "*")
    signoff = _signoff(story) if story.signoff_turn is None else None
    # A sign-off stands where the page printed it: mid-story when turns follow it (the
    # host's back-announce), otherwise with the provider line that closes the page.
    signoff_at = _signoff_position(story) if signoff is not None else len(story.segments)
    for index, segment in enumerate(story.segments):
        if signoff is not None and index == signoff_at:
            blocks.append(signoff)
        blocks.extend(_segment(segment, names))
    closing: list[str] = []
    if signoff is not None and signoff_at == len(story.segments):
        closing.append(signoff)
    if story.provider:
        closing.append("*" + _escape(story.provider) + "*")
    if closing:
        blocks.append("---")
        blocks.extend(closing)
    if story.speakers:
        blocks.append("## Speakers")
        blocks.append("\n".join(_speaker_item(speaker) for speaker in story.speakers))
        blocks.extend(_escape(speaker.about) for speaker in story.speakers if speaker.about)
    return "\n\n".join(blocks) + "\n"


def _signoff(story: Story) -> str | None:
    if story.signoff is None:
        return None
    signoff = story.signoff
    parts = [signoff.name, signoff.outlet] + ([signoff.dateline] if signoff.dateline else [])
    return "— " + _escape(", ".join(parts))


def _signoff_position(story: Story) -> int:
    """The index of the first segment printed after the sign-off, or the segment count."""
    assert story.signoff is not None
    start = story.signoff.span.start
    return next(
        (index for index, segment in enumerate(story.segments) if segment.span.start > start),
        len(story.segments),
    )


def _segment(segment: Segment, names: dict[str, str]) -> list[str]:
    """One segment as Markdown blocks: a timestamp leads it in code, a clip turn is quoted."""
    if segment.inline:
        return []  # the turn before it prints it where it stood
    stamp = f"`[{segment.timestamp}]` " if segment.timestamp else ""
    if segment.type == "soundbite":
        return [stamp + "*" + _escape(segment.text) + "*"]
    paragraphs = [_escape(paragraph) for paragraph in segment.paragraphs if paragraph]
    if segment.type == "note":
        return ["> " + paragraph for paragraph in paragraphs]
    if not paragraphs:
        paragraphs = [""]
    if segment.speaker is not None:
        name = _escape(names.get(segment.speaker, segment.speaker))
        delivery = f" *({_escape(segment.delivery)})*" if segment.delivery else ""
        paragraphs[0] = f"**{name}:**{delivery} {paragraphs[0]}".rstrip()
    paragraphs[0] = stamp + paragraphs[0]
    if segment.clip:
        return ["> " + paragraph for paragraph in paragraphs]
    return paragraphs


def _speaker_item(speaker: Speaker) -> str:
    details = [part for part in (speaker.role, speaker.title) if part]
    suffix = f" ({_escape(', '.join(details))})" if details else ""
    party = f" ({_escape(speaker.party)})" if speaker.party else ""
    return f"- **{_escape(speaker.name)}**{party}{suffix}"
