"""Fuzz target for the parser (atheris).

The contract, the same as the property tests': for any input, ``parse`` and ``parse_bytes``
return a story or raise ``ParseError``, nothing else; the story accounts for every non-blank
character exactly once (``audit``); its JSON round trip is exact.

    pip install -e '.[fuzz]'
    python fuzz/fuzz_parse.py fuzz/corpus -max_total_time=600

See docs/fuzzing.md.
"""

from __future__ import annotations

import sys

import newstranscript
from newstranscript import ParseError


def check_one_input(data: bytes) -> None:
    """Run one input through the contract; an exception other than ParseError is a finding.

    The first byte chooses the entry point, so one corpus exercises both: even, the rest is
    decoded leniently and given to ``parse`` as text; odd, the rest goes to ``parse_bytes``.
    """
    if not data:
        return
    body = data[1:]
    if data[0] % 2 == 0:
        text = (
            body.decode("utf-8", errors="surrogateescape")
            .encode("utf-8", errors="replace")
            .decode("utf-8")
        )
        try:
            story = newstranscript.parse(text)
        except ParseError:
            return
    else:
        try:
            story = newstranscript.parse_bytes(body)
        except ParseError:
            return
        text = body.decode("utf-8-sig")
    found = newstranscript.audit(story, text)
    if not found.clean:
        raise AssertionError(found.report(text))
    if newstranscript.from_json(newstranscript.to_json(story)) != story:
        raise AssertionError("the JSON round trip changed the story")


def main() -> None:
    import atheris  # type: ignore[import-not-found, import-untyped, unused-ignore]  # noqa: PLC0415

    atheris.instrument_all()
    atheris.Setup(sys.argv, check_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
