"""Reading the dates transcript pages print: ``November 8, 2017 5:00 AM ET``.

The usual form is read here directly; every other form goes to dateutil's parser, imported only
when needed. A time zone abbreviation becomes a fixed UTC offset, so the date round-trips
through ISO 8601.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from typing import NamedTuple

from newstranscript import _grammar as grammar
from newstranscript._lazy import compile_lazily

# The date line's usual form, ``November 5, 2024 5:00 AM``, read without dateutil's parser,
# which took longer than the rest of the page's header; anything else goes to dateutil.
MONTH_NAMES = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
_MONTH_NUMBERS = {name: number for number, name in enumerate(MONTH_NAMES, start=1)}
_PLAIN_DATE = compile_lazily(
    r"(?P<month>[A-Z][a-z]+) (?P<day>[0-9]{1,2}),? (?P<year>[0-9]{4})"
    r"(?: (?P<hour>[0-9]{1,2}):(?P<minute>[0-9]{2})(?: ?(?P<half>AM|PM))?)?"
)


def plain_date(cleaned: str) -> datetime | None:
    """The date and time of the usual form, as dateutil would read it; ``None`` for another
    form or anything out of range, which dateutil then decides."""
    found = _PLAIN_DATE.fullmatch(cleaned)
    if found is None or found["month"] not in _MONTH_NUMBERS:
        return None
    hour = minute = 0
    if found["hour"] is not None:
        hour, minute = int(found["hour"]), int(found["minute"])
        if found["half"] is not None:
            if not 1 <= hour <= 12:
                return None
            hour = hour % 12 + (12 if found["half"] == "PM" else 0)
    try:
        return datetime(
            int(found["year"]), _MONTH_NUMBERS[found["month"]], int(found["day"]), hour, minute
        )
    except ValueError:
        return None


# Two defaults for the fields a printed date leaves out, in leap years so ``February 29``
# reads with either. dateutil fills a missing field from its default, which is today's date
# unless told otherwise: reading the text against two different defaults shows which fields
# the text gave (they agree) and which it left out (they differ), so no field ever comes
# from the clock.
_DEFAULTS = (datetime(2000, 1, 1), datetime(2004, 2, 2))


class Reading(NamedTuple):
    """A printed date read: ``date``, or ``None`` and what the text left out (``"year"``,
    ``"day"``) or ``None`` when it could not be read at all."""

    date: datetime | None
    missing: str | None = None


def read_date(printed: str, zone: str | None, *, year: int | None = None) -> Reading:
    """The date a date line prints, in the time zone it names as a fixed UTC offset.

    ``year`` is the year the page gives elsewhere, read into a date that prints none; without
    it such a date is not read (``missing="year"``). A text that gives no month or day (a
    time, a weekday) is never a date (``missing="day"``).

    ``zone`` is one of the grammar's zone names; the time zone is read from it alone, so
    dateutil's parser is told to ignore zones (it knows none of these, and warns about each).
    """
    cleaned = (
        printed.replace(" - ", " ").replace(" at ", " ").replace("a.m.", "AM").replace("p.m.", "PM")
    )
    parsed = plain_date(cleaned)
    if parsed is None:
        # dateutil's parser is imported here, not at the top: most pages have no date line
        # or print it in the usual form, and the import costs more than parsing a page.
        from dateutil import parser  # noqa: PLC0415

        try:
            first, second = (
                parser.parse(
                    cleaned,
                    default=default if year is None else default.replace(year=year),
                    dayfirst=False,
                    ignoretz=True,
                )
                for default in _DEFAULTS
            )
        except (ValueError, OverflowError):
            return Reading(None)
        if (first.month, first.day) != (second.month, second.day):
            return Reading(None, "day")
        if first.year != second.year:
            return Reading(None, "year")
        parsed = first
    return Reading(_in_zone(parsed, zone))


def parse_date(printed: str, zone: str | None) -> datetime | None:
    """The date a date line prints, or ``None``; see :func:`read_date`."""
    return read_date(printed, zone).date


def _in_zone(parsed: datetime, zone: str | None) -> datetime:
    if zone is None:
        return parsed
    hours = grammar.ZONE_OFFSETS.get(zone)
    if hours is not None:
        return parsed.replace(tzinfo=timezone(timedelta(hours=hours)))
    from dateutil import tz  # noqa: PLC0415

    region = tz.gettz(grammar.ZONE_REGIONS[zone])
    if region is None:  # no time zone data on this system: say nothing rather than guess
        return parsed
    offset = parsed.replace(tzinfo=region).utcoffset() or timedelta(0)
    if offset % timedelta(minutes=1):
        # Before a region kept standard time (1883 in the US) the zone database gives its
        # city's local mean time, New York's -04:56:02: an offset in seconds, which RFC 3339
        # and ISO 8601's extended format cannot write, and a clock no page meant. A page
        # that prints "ET" means Eastern time, so the zone's standard offset stands for it.
        offset = timedelta(hours=grammar.ZONE_OFFSETS[zone[:-1] + "ST"])
    # A fixed offset, not the zone object, so the date round-trips through ISO 8601.
    return parsed.replace(tzinfo=timezone(offset))


def published_date(printed: str, *, year: int | None = None) -> Reading:
    """The date of an ``Originally published on ...`` line, from what follows ``on``.

    Read as a date line when it is one, so its time zone counts (``March 3, 2022 at 5:00 PM
    ET``); any other form goes to dateutil as it is, without a time zone, and with ``year``
    the page gives when it prints none.
    """
    found = grammar.DATE_LINE.match(printed)
    if found is not None:
        return read_date(found.group("date"), found.group("zone"))
    return read_date(printed, None, year=year)


# Where a page gives its year besides a date line: a dated URL (npr.org's
# ``/2031/03/03/``) and a copyright line.
_URL_YEAR = compile_lazily(r"/((?:1[89]|2\d)\d\d)/[01]\d/[0-3]\d/")
_COPYRIGHT_YEAR = compile_lazily(r"(?:Copyright|©)[ ]?(?:©[ ]?)?((?:1[89]|2\d)\d\d)\b")


def page_year(text: str, copyright_line: str | None) -> int | None:
    """The year a page gives outside its date lines: a dated URL's, else the copyright
    line's; ``None`` when it gives neither."""
    for pattern, where in ((_URL_YEAR, text), (_COPYRIGHT_YEAR, copyright_line or "")):
        found = pattern.search(where)
        if found is not None:
            return int(found.group(1))
    return None
