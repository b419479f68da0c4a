"""Fuzz target for the parser (atheris).

The contract, the same as the property tests': for any input, ``parse`` and ``parse_bytes``
(and ``parse_many`` and ``parse_many_bytes``) return a story or raise ``ParseError``, nothing
else; the stories account for every non-blank character exactly once (``audit``); the JSON
round trip is exact. Run with ``-timeout``, a page that makes the parser quadratic is a
finding too: one input's bit asks for the input repeated many times over, the shape (many
speakers, many stories, markers glued by the thousand) such pages have.

    pip install -e '.[fuzz]'
    python fuzz/fuzz_parse.py fuzz/corpus -max_total_time=600

See docs/fuzzing.md.
"""

from __future__ import annotations

import sys

import newstranscript
from newstranscript import ParseError

# How many times over a repeated input is read: enough for a step that reads every speaker
# or story for each of them to cost far more than the rest.
REPEATS = 64


def check_one_input(data: bytes) -> None:
    """Run one input through the contract; an exception other than ParseError is a finding.

    The first byte chooses the entry point, so one corpus exercises all four: even, the rest
    is decoded leniently and read as text; odd, the rest is read as bytes. With its second
    bit set, the rest is repeated ``REPEATS`` times, a blank line apart, and read with
    ``parse_many``/``parse_many_bytes`` as a page of many stories.
    """
    if not data:
        return
    body = data[1:]
    many = bool(data[0] & 2)
    if many:
        body = b"\n\n".join([body] * REPEATS)
    if data[0] % 2 == 0:
        text = (
            body.decode("utf-8", errors="surrogateescape")
            .encode("utf-8", errors="replace")
            .decode("utf-8")
        )
        try:
            stories = newstranscript.parse_many(text) if many else [newstranscript.parse(text)]
        except ParseError:
            return
    else:
        try:
            stories = (
                newstranscript.parse_many_bytes(body)
                if many
                else [newstranscript.parse_bytes(body)]
            )
        except ParseError:
            return
        text = body.decode("utf-8-sig")
    found = newstranscript.audit(stories if many else stories[0], text)
    if not found.clean:
        raise AssertionError(found.report(text))
    for story in stories:
        if newstranscript.from_json(newstranscript.to_json(story)) != story:
            raise AssertionError("the JSON round trip changed the story")


def main() -> None:
    import atheris  # type: ignore[import-not-found, import-untyped, unused-ignore]  # noqa: PLC0415

    atheris.instrument_all()
    atheris.Setup(sys.argv, check_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
