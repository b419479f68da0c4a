"""The date line's usual form is read without dateutil's parser, exactly as dateutil reads it."""

from __future__ import annotations

from datetime import datetime

from dateutil import parser
from hypothesis import given
from hypothesis import strategies as st

from newstranscript._dates import parse_date, plain_date

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
