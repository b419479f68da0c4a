"""The outlet a story names: a network's "... News" in a sign-off, a station's copyright line."""

from __future__ import annotations

import pytest

from tests.conftest import parse_accounted, signoff_fields


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
        story = parse_accounted(text)
        assert signoff_fields(story) == expected, text
        assert story.outlet == outlet
        assert [turn.text for turn in story.turns] == ["Thank you all."]


def test_a_cnn_signoff_after_a_surname_label_keeps_cnn_news_whole() -> None:
    story = parse_accounted("DALTON: Thank you all. I'm Rhea Dalton, CNN News.\n")
    assert signoff_fields(story) == ("Rhea Dalton", "CNN News", None)


def test_pbs_alone_before_a_newsroom_is_no_signoff() -> None:
    line = "I'm Rhea Dalton, PBS Newsroom."
    story = parse_accounted(f"RHEA DALTON, BYLINE: Thank you all.\n\n{line}\n")
    assert story.signoff is None
    assert story.turns[0].text.endswith(line)


@pytest.mark.parametrize("outlet", ["NPR NEWS", "CNN NEWS", "PBS NEWS", "WNYC NEWS"])
def test_a_host_naming_a_networks_news_names_no_programme(outlet: str) -> None:
    story = parse_accounted(f"HOLLOWAY: This is {outlet}. The gulls are back.\n")
    assert story.program is None


@pytest.mark.parametrize(
    ("provider", "outlet"),
    [
        ("Copyright 2031 WHRN. To see more, visit WHRN.", "WHRN"),
        ("Copyright © 2031 KXRL. To see more, visit KXRL.", "KXRL"),
        ("Copyright 2031 WNYC. To see more, visit WNYC.", "WNYC"),
        ("Copyright 2031 NPR. To see more, visit https://www.npr.org.", "NPR"),
        ("Transcript provided by NPR, Copyright NPR.", "NPR"),
        # no call sign: a station's name in words, letters that are not call letters
        ("Copyright 2031 Harbor Public Radio. To see more, visit Harbor Public Radio.", None),
        ("Copyright 2031 WX. To see more, visit WX.", None),
        ("Copyright 2031 WHRNX. To see more, visit WHRNX.", None),
        ("Copyright 2031 WHRN-XY. To see more, visit WHRN.", None),
    ],
)
def test_a_stations_own_copyright_line_names_the_outlet(provider: str, outlet: str | None) -> None:
    story = parse_accounted(f"OMAR BEK, BYLINE: The ferry is late.\n\n{provider}\n")
    assert story.provider == provider
    assert story.outlet == outlet


@pytest.mark.parametrize(
    ("footer", "outlet", "publisher"),
    [
        ("© 2031 KXRL-FM", "KXRL", "KXRL-FM"),
        ("Copyright 2031 WAMU 88.5", "WAMU", "WAMU 88.5"),
        ("Copyright 2031 WHRN-XY.", None, "WHRN-XY"),
        ("© 2031 Harbor Public Radio", None, "Harbor Public Radio"),
    ],
)
def test_a_stations_page_footer_names_the_publisher_and_its_call_letters_the_outlet(
    footer: str, outlet: str | None, publisher: str
) -> None:
    story = parse_accounted(f"OMAR BEK, BYLINE: The ferry is late.\n\n{footer}\n")
    assert story.provider is None
    assert (story.outlet, story.publisher) == (outlet, publisher)


_STATION_COPYRIGHT = "\n\nCopyright 2031 WHRN. To see more, visit WHRN.\n"


@pytest.mark.parametrize(
    ("page", "outlet"),
    [
        # a sign-off before the provider line names the outlet first
        ("OMAR BEK, BYLINE: The ferry is late.\n\nOmar Bek, NPR News.", "NPR"),
        ("OMAR BEK, BYLINE: The ferry is late.\n\nOmar Bek, KVXL News.", "KVXL"),
        # so does a known programme in the header, and CNN's chrome
        ("Heard on Morning Edition\n\nOMAR BEK, BYLINE: The ferry is late.", "NPR"),
        ("Return to Transcripts main page\n\nOMAR BEK, BYLINE: The ferry is late.", "CNN"),
        # an anchor's label names the network only when nothing else does
        ("ANA LOPEZ, CNN ANCHOR: The ferry is late.", "WHRN"),
    ],
)
def test_the_outlet_named_first_outranks_the_stations_copyright(page: str, outlet: str) -> None:
    story = parse_accounted(page + _STATION_COPYRIGHT)
    assert story.provider == _STATION_COPYRIGHT.strip()
    assert story.outlet == outlet
