"""The parser's memory stays a small multiple of its input on a page of one enormous line:
every check on a line's words counts them no further than it needs to.

Traced allocations are counted, not timed, so the bound holds on any machine. The figures on
50 MB inputs are ``python -m benchmarks.memory``'s.
"""

from __future__ import annotations

import tracemalloc

import pytest

import newstranscript
from newstranscript._parse.blocks import word_count

# The bound is 10x the input at 50 MB; a small input has more fixed overhead.
PEAK_PER_CHARACTER = 10


@pytest.mark.parametrize(
    "body",
    [
        "Café au lait à la crème. ",  # repaired mojibake below, plain text here
        "Caf\u00c3\u00a9 au lait \u00c3\u00a0 la cr\u00c3\u00a8me. ",
        "The tide came in and went out again ",
    ],
    ids=["accents", "mojibake", "no sentence end"],
)
def test_a_page_of_one_enormous_line_peaks_at_a_small_multiple_of_its_size(body: str) -> None:
    # the label on a line of its own, the words on the next: a line of text, not of a turn's
    # label, is what the header's checks read
    text = "ANA RUIZ, HOST: The count goes on.\n" + body * (1_000_000 // len(body))
    newstranscript.parse("ANA RUIZ, HOST: Warm up the patterns.\n")
    tracemalloc.start()
    try:
        newstranscript.parse(text)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < PEAK_PER_CHARACTER * len(text)


@pytest.mark.parametrize(
    ("line", "limit", "counted"),
    [("", 3, 0), ("one", 3, 1), ("one two three", 3, 3), ("a b c d e f", 3, 4), ("  a  b ", 5, 2)],
)
def test_word_count_stops_one_past_its_limit(line: str, limit: int, counted: int) -> None:
    assert word_count(line, limit) == counted
    assert (word_count(line, limit) > limit) == (len(line.split()) > limit)
