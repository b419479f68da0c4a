"""Closed captions' ``>>``, the mark of a change of speaker, on pages that print captions as
their transcript (PBS stations' video pages, caption archives).

Every page here is fiction, written in the shapes real caption pages show.
"""

from __future__ import annotations

import pytest

import newstranscript
from tests.conftest import parse_accounted

# A station's video page: the title, the episode line, the description and the page's
# furniture, then the captions glued to its last line, a new speaker at each ``>>``.
VIDEO_PAGE = """\
Harbor Hour: The Ferry Captain
Season 2031 Episode 12 | 26m 40sVideo has Closed Captions
Guest: Captain Leo Tran
Harbor Hour - Guest: Captain Leo Tran. The coast's weekly conversation, Fridays at 7:30pm.
Problems playing video? | Closed Captioning Feedback
Providing Support for PBS.org
Learn Moreabout PBS online sponsorshipGood evening, and welcome to the Harbor Hour.
Our guest tonight has run the night ferry for thirty years.
>> Thank you for having me, it is a real pleasure to be here.
I have wanted to come on the show for years >> We are glad you did.
"""


def test_each_mark_starts_a_turn_whose_speaker_the_captions_do_not_name() -> None:
    story = parse_accounted(VIDEO_PAGE)
    assert [turn.text for turn in story.turns] == [
        "Good evening, and welcome to the Harbor Hour. Our guest tonight has run the night "
        "ferry for thirty years.",
        "Thank you for having me, it is a real pleasure to be here. I have wanted to come on "
        "the show for years",
        "We are glad you did.",
    ]
    assert [turn.speaker for turn in story.turns] == [None, None, None]
    assert {turn.basis for turn in story.turns} == {"none"}
    assert [d.text for d in story.dropped if d.reason == "speaker change"] == [">> ", ">> "]
    # a change of speaker says the text is speech, however few names it gives
    assert "not-a-transcript" not in [d.code for d in story.diagnostics]


def test_the_page_s_words_above_the_glued_captions_are_notes() -> None:
    story = parse_accounted(VIDEO_PAGE)
    assert story.headline == "Harbor Hour: The Ferry Captain"
    notes = [segment.text for segment in story.segments if segment.type == "note"]
    assert notes[-1].startswith("Harbor Hour - Guest: Captain Leo Tran.")
    assert story.segments[-1].type == "turn"


def test_a_label_after_the_mark_names_the_speaker() -> None:
    story = parse_accounted(
        ">> ANA RUIZ: Good evening from the harbor.\n"
        ">> LEO TRAN, HARBOR MASTER: Thanks, Ana, good to be here.\n"
    )
    assert [turn.speaker for turn in story.turns] == ["ana-ruiz", "leo-tran"]


@pytest.mark.parametrize(
    "line",
    [
        "Then you press the button marked >>",  # no words after the mark
        "Keep the ratio at 3>>2 on the gauge.",  # no blank before it
    ],
)
def test_arrows_that_are_no_caption_mark_stay_words(line: str) -> None:
    text = f"ANA RUIZ, HOST: Good evening.\n\n{line}\n"
    story = newstranscript.parse(text)
    assert story.turns[-1].text.endswith(line)
    assert "speaker change" not in [d.reason for d in story.dropped]
