"""The date line's usual form is read without dateutil's parser, exactly as dateutil reads it."""

from __future__ import annotations

import warnings
from datetime import datetime, timedelta, timezone

import pytest
from dateutil import parser
from hypothesis import given
from hypothesis import strategies as st

import newstranscript
from newstranscript import Story, audit
from newstranscript import _grammar as grammar
from newstranscript._dates import parse_date, plain_date
from tests.conftest import GOLDEN

MONTHS = [datetime(2000, number, 1).strftime("%B") for number in range(1, 13)]


def dateutil_reading(printed: str) -> datetime | None:
    try:
        return parser.parse(printed, dayfirst=False)
    except (ValueError, OverflowError):
        return None


@given(
    month=st.sampled_from([*MONTHS, "Sept", "Jan", "Mayday"]),
    day=st.integers(0, 35),
    comma=st.sampled_from([",", ""]),
    year=st.integers(1000, 9999),
    time=st.none() | st.tuples(st.integers(0, 25), st.integers(0, 61)),
    half=st.sampled_from(["", " AM", " PM", "AM", "PM"]),
)
def test_the_usual_form_reads_as_dateutil_reads_it(
    *, month: str, day: int, comma: str, year: int, time: tuple[int, int] | None, half: str
) -> None:
    printed = f"{month} {day}{comma} {year}"
    if time is not None:
        printed += f" {time[0]}:{time[1]:02d}{half}"
    plain = plain_date(printed)
    if plain is not None:  # otherwise dateutil decides, so the two cannot differ
        assert plain == dateutil_reading(printed)


def test_the_usual_forms_are_read_without_dateutil() -> None:
    assert plain_date("November 5, 2024 5:00 AM") == datetime(2024, 11, 5, 5, 0)
    assert plain_date("March 9, 2011 12:30 AM") == datetime(2011, 3, 9, 0, 30)
    assert plain_date("March 9, 2011 12:30 PM") == datetime(2011, 3, 9, 12, 30)
    assert plain_date("July 4, 1999") == datetime(1999, 7, 4)


def test_other_forms_and_impossible_dates_go_to_dateutil() -> None:
    assert plain_date("Nov. 5, 2024") is None
    assert plain_date("Tuesday, November 5, 2024") is None
    assert plain_date("February 30, 2024") is None
    assert parse_date("Nov. 5, 2024", None) == datetime(2024, 11, 5)
    assert parse_date("February 30, 2024", None) is None


def test_the_zone_still_gives_a_fixed_offset() -> None:
    parsed = parse_date("January 15, 2020 5:00 AM", "ET")
    assert parsed is not None
    assert parsed.isoformat() == "2020-01-15T05:00:00-05:00"


# -- time zones ---------------------------------------------------------------------------------

# Every zone name a US page prints, with the UTC offset (in hours) it gives a winter and a
# summer date. Written out here rather than taken from the grammar, so a wrong entry there
# fails. A region's plain name follows its daylight saving; EST, MDT and the like are fixed.
ZONE_OFFSETS = {
    "ET": (-5, -4),
    "EST": (-5, -5),
    "EDT": (-4, -4),
    "CT": (-6, -5),
    "CST": (-6, -6),
    "CDT": (-5, -5),
    "MT": (-7, -6),
    "MST": (-7, -7),
    "MDT": (-6, -6),
    "PT": (-8, -7),
    "PST": (-8, -8),
    "PDT": (-7, -7),
    "AKT": (-9, -8),
    "AKST": (-9, -9),
    "AKDT": (-8, -8),
    "HST": (-10, -10),
    "GMT": (0, 0),
    "UTC": (0, 0),
}
# The date-line forms a zone follows, each with the date and time it prints: 6:14 PM on
# 3 March (winter) or 3 July (summer) 2022.
DATE_LINE_FORMS = [
    "{month} 3, 2022 6:14 PM {zone}",
    "Published {month} 3, 2022 at 6:14 PM {zone}",
    "Updated {month} 3, 2022 at 6:14 p.m. {zone}",
    "Aired {month} 3, 2022 - 18:14 {zone}",
    "Thu {month} 3, 2022 6:14 PM {zone}",
]


def _parsed(text: str) -> Story:
    story = newstranscript.parse(text)
    assert audit(story, text).clean, audit(story, text).report(text)
    return story


def _offset(hours: int) -> timezone:
    return timezone(timedelta(hours=hours))


def test_every_zone_name_is_in_the_grammar_and_never_a_label() -> None:
    assert set(ZONE_OFFSETS) == grammar.ZONE_NAMES
    assert grammar.ZONE_NAMES <= grammar.NOT_LABELS


@pytest.mark.parametrize("form", DATE_LINE_FORMS)
@pytest.mark.parametrize("zone", sorted(ZONE_OFFSETS))
def test_a_date_line_in_every_zone_and_form(zone: str, form: str) -> None:
    for month, number, hours in zip(("March", "July"), (3, 7), ZONE_OFFSETS[zone], strict=True):
        line = form.format(month=month, zone=zone)
        text = f"Lamp Keepers Walk Out\n\n{line}\n\nDANA HOLLOWAY, HOST: Good morning.\n"
        story = _parsed(text)
        assert story.headline == "Lamp Keepers Walk Out"
        assert story.date == datetime(2022, number, 3, 18, 14, tzinfo=_offset(hours)), line
        assert story.spans["date"].slice(text) == line
        assert story.diagnostics == ()


@pytest.mark.parametrize("zone", sorted(ZONE_OFFSETS))
def test_a_zone_under_a_byline_keeps_the_date_line_out_of_the_intro(zone: str) -> None:
    line = f"Published March 3, 2022 at 6:14 PM {zone}"
    text = (
        f"Lamp Keepers Walk Out\n\nBy Omar Bek\n\n{line}\n\n"
        "The keepers walked out at dusk.\n\nBEK: The lamp is dark.\n"
    )
    story = _parsed(text)
    assert story.date == datetime(2022, 3, 3, 18, 14, tzinfo=_offset(ZONE_OFFSETS[zone][0]))
    assert all(line not in segment.text for segment in story.segments)


@pytest.mark.parametrize("zone", sorted(ZONE_OFFSETS))
def test_a_zone_in_a_date_glued_into_a_flattened_header(zone: str) -> None:
    text = (
        f"Keepers Walk Out As Fog Rolls In July 3, 2022 6:14 PM {zone} Boats stay in. "
        "DANA HOLLOWAY, HOST: Good morning. OMAR BEK, BYLINE: The lamp is dark.\n"
    )
    story = _parsed(text)
    assert story.date == datetime(2022, 7, 3, 18, 14, tzinfo=_offset(ZONE_OFFSETS[zone][1]))


@pytest.mark.parametrize("zone", sorted(ZONE_OFFSETS))
def test_a_zone_in_cnn_air_times_and_dates(zone: str) -> None:
    text = (
        f"Keepers Vote to Strike. Aired 2-3p {zone}\n\n"
        f"Aired July 3, 2022 - 18:14 {zone}\n\n"
        "MIRA QUELL, CNN ANCHOR: Good afternoon.\n\nQUELL: Thank you.\n"
    )
    story = _parsed(text)
    assert story.headline == "Keepers Vote to Strike"
    assert [(d.reason, d.text) for d in story.dropped] == [
        ("stop after the headline", "."),
        ("air time", f"Aired 2-3p {zone}"),
    ]
    assert story.date == datetime(2022, 7, 3, 18, 14, tzinfo=_offset(ZONE_OFFSETS[zone][1]))


@pytest.mark.parametrize("zone", sorted(ZONE_OFFSETS))
def test_originally_published_reads_its_zone(zone: str) -> None:
    text = (
        "Lamp Keepers Walk Out\n\n"
        f"Originally published on July 3, 2022 at 6:14 PM {zone}\n\n"
        "DANA HOLLOWAY, HOST: Good morning.\n"
    )
    story = _parsed(text)
    assert story.date == datetime(2022, 7, 3, 18, 14, tzinfo=_offset(ZONE_OFFSETS[zone][1]))


def test_originally_published_in_another_form_is_read_without_a_zone() -> None:
    text = (
        "Lamp Keepers Walk Out\n\nOriginally published on 2022-07-03 18:14 CEST\n\n"
        "DANA HOLLOWAY, HOST: Good morning.\n"
    )
    assert _parsed(text).date == datetime(2022, 7, 3, 18, 14)


def test_a_date_line_is_preferred_to_the_published_date() -> None:
    text = (
        "Lamp Keepers Walk Out\n\nJuly 2, 2022 5:00 AM ET\n\n"
        "Originally published on July 3, 2022 at 6:14 PM MT\n\n"
        "DANA HOLLOWAY, HOST: Good morning.\n"
    )
    assert _parsed(text).date == datetime(2022, 7, 2, 5, 0, tzinfo=_offset(-4))


@pytest.mark.parametrize("name", sorted(p.name for p in GOLDEN.glob("*.txt")))
def test_parsing_a_golden_page_warns_about_nothing(name: str) -> None:
    text = (GOLDEN / name).read_text("utf-8")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        newstranscript.parse(text)


def test_reading_dates_in_any_form_warns_about_nothing() -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        for printed in ("March 3, 2022 at 5:00 PM ET", "3 March 2022 17:00 CEST", "2022-03-03"):
            parse_date(printed, None)


@pytest.mark.parametrize("first", [True, False])
def test_a_zone_the_parser_does_not_know_is_reported_not_taken_for_text(first: bool) -> None:
    line = "Published March 3, 2022 at 6:14 PM CET"
    text = (
        f"{line}\n\nDANA HOLLOWAY, HOST: Good morning.\n"
        if first
        else f"Lamp Keepers Walk Out\n\nBy Omar Bek\n\n{line}\n\nBEK: The lamp is dark.\n"
    )
    story = _parsed(text)
    assert story.headline == (None if first else "Lamp Keepers Walk Out")
    assert story.date == datetime(2022, 3, 3, 18, 14)
    assert story.spans["date"].slice(text) == line
    assert [(d.code, d.column) for d in story.diagnostics] == [("unknown-time-zone", 36)]
    assert all(line not in segment.text for segment in story.segments)


def test_a_date_line_first_on_the_page_is_not_the_headline() -> None:
    text = "Published March 3, 2022 at 6:14 PM MST\n\nDANA HOLLOWAY, HOST: Good morning.\n"
    story = _parsed(text)
    assert (story.headline, story.date) == (None, datetime(2022, 3, 3, 18, 14, tzinfo=_offset(-7)))
    assert story.diagnostics == ()


# -- dates only from what the page prints -----------------------------------------------------


def _published(on: str, *, after: str = "") -> Story:
    return _parsed(
        f"Lamp Keepers Walk Out\n\nOriginally published on {on}\n\n"
        f"DANA HOLLOWAY, HOST: Good morning.\n{after}"
    )


@pytest.mark.parametrize(
    ("on", "gives"),
    [
        ("March 3", "no year, and the page gives none"),
        ("5:00 PM", "no day"),
        ("Tuesday", "no day"),
        ("March 2031", "no day"),
    ],
)
def test_a_published_date_missing_a_field_is_left_out_not_taken_from_the_clock(
    on: str, gives: str
) -> None:
    story = _published(on)
    assert story.date is None
    (diagnostic,) = story.diagnostics
    assert (diagnostic.code, diagnostic.line, diagnostic.column) == ("incomplete-date", 3, 1)
    assert diagnostic.message == (
        f"the publication date {on!r} gives {gives}; it was left out rather than guessed"
    )


def test_a_published_date_without_a_year_takes_the_copyright_year() -> None:
    story = _published("March 3 at 5:00 PM", after="\nCopyright © 2031 NPR. All rights reserved.\n")
    assert story.date == datetime(2031, 3, 3, 17, 0)
    assert story.diagnostics == ()


def test_a_published_date_without_a_year_takes_a_dated_urls_year_first() -> None:
    story = _parsed(
        "Lamp Keepers Walk Out\n\nhttps://www.npr.org/2029/03/03/1234/lamp-keepers-walk-out\n\n"
        "Originally published on March 3\n\nDANA HOLLOWAY, HOST: Good morning.\n\n"
        "Copyright © 2031 NPR. All rights reserved.\n"
    )
    assert story.date == datetime(2029, 3, 3)


def test_a_date_before_standard_time_has_a_whole_minute_offset() -> None:
    # The zone database gives New York's local mean time (-04:56:02) before 1883; RFC 3339
    # writes no seconds in an offset, and "ET" means Eastern time.
    story = _parsed(
        "Lamp Keepers Walk Out\n\nMarch 3, 1850 5:00 PM ET\n\nDANA HOLLOWAY, HOST: Good morning.\n"
    )
    assert story.date == datetime(1850, 3, 3, 17, 0, tzinfo=_offset(-5))
    assert newstranscript.to_json(story).count('"1850-03-03T17:00:00-05:00"') == 1


@pytest.mark.parametrize("zone", sorted(grammar.ZONE_REGIONS))
@given(year=st.integers(1, 9998))
def test_every_regional_zone_gives_an_rfc_3339_offset(zone: str, year: int) -> None:
    date = parse_date(f"March 3, {year:04d} 5:00 PM", zone)
    assert date is not None
    offset = date.utcoffset()
    assert offset is not None
    assert offset % timedelta(minutes=1) == timedelta(0)
