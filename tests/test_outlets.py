"""The outlet a story names: a network's "... News" in a sign-off, a station's copyright line."""

from __future__ import annotations

import pytest

import newstranscript
from newstranscript import Story


def _read(text: str) -> Story:
    story = newstranscript.parse(text)
    found = newstranscript.audit(story, text)
    assert found.clean, found.report(text)
    return story


def _signed(story: Story) -> tuple[str, str, str | None] | None:
    signoff = story.signoff
    return (signoff.name, signoff.outlet, signoff.dateline) if signoff else None


@pytest.mark.parametrize(
    ("line", "expected", "outlet"),
    [
        ("I'm Rhea Dalton, CNN News.", ("Rhea Dalton", "CNN News", None), "CNN"),
        ("Rhea Dalton, CNN News.", ("Rhea Dalton", "CNN News", None), "CNN"),
        ("I'm Rhea Dalton, CNN News, Atlanta.", ("Rhea Dalton", "CNN News", "Atlanta"), "CNN"),
        (
            "For CNN News, I'm Rhea Dalton in Atlanta.",
            ("Rhea Dalton", "CNN News", "Atlanta"),
            "CNN",
        ),
        ("I'm Rhea Dalton, NPR News.", ("Rhea Dalton", "NPR News", None), "NPR"),
        ("I'm Rhea Dalton, BBC News.", ("Rhea Dalton", "BBC News", None), "BBC"),
        ("I'm Rhea Dalton, WNYC News.", ("Rhea Dalton", "WNYC News", None), "WNYC"),
        ("I'm Rhea Dalton, PBS News.", ("Rhea Dalton", "PBS News", None), "PBS"),
        ("Rhea Dalton, PBS News, Clarksdale.", ("Rhea Dalton", "PBS News", "Clarksdale"), "PBS"),
        # an outlet and then where the reporter is: the place is the dateline
        ("I'm Rhea Dalton, CNN Washington.", ("Rhea Dalton", "CNN", "Washington"), "CNN"),
        ("Rhea Dalton, CNN, Washington.", ("Rhea Dalton", "CNN", "Washington"), "CNN"),
        ("I'm Rhea Dalton, NPR News Washington.", ("Rhea Dalton", "NPR News", "Washington"), "NPR"),
    ],
)
def test_a_networks_news_is_the_outlet_not_a_dateline(
    line: str, expected: tuple[str, str, str | None], outlet: str
) -> None:
    for text in (
        f"RHEA DALTON, BYLINE: Thank you all. {line}\n",
        f"RHEA DALTON, BYLINE: Thank you all.\n\n{line}\n",
    ):
        story = _read(text)
        assert _signed(story) == expected, text
        assert story.outlet == outlet
        assert [turn.text for turn in story.turns] == ["Thank you all."]


def test_a_cnn_signoff_after_a_surname_label_keeps_cnn_news_whole() -> None:
    story = _read("DALTON: Thank you all. I'm Rhea Dalton, CNN News.\n")
    assert _signed(story) == ("Rhea Dalton", "CNN News", None)


def test_pbs_alone_before_a_newsroom_is_no_signoff() -> None:
    line = "I'm Rhea Dalton, PBS Newsroom."
    story = _read(f"RHEA DALTON, BYLINE: Thank you all.\n\n{line}\n")
    assert story.signoff is None
    assert story.turns[0].text.endswith(line)


@pytest.mark.parametrize("outlet", ["NPR NEWS", "CNN NEWS", "PBS NEWS", "WNYC NEWS"])
def test_a_host_naming_a_networks_news_names_no_programme(outlet: str) -> None:
    story = _read(f"HOLLOWAY: This is {outlet}. The gulls are back.\n")
    assert story.program is None
