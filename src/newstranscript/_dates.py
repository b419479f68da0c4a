"""Reading the dates transcript pages print: ``November 8, 2017 5:00 AM ET``.

The usual form is read here directly; every other form goes to dateutil's parser, imported only
when needed. A time zone abbreviation becomes a fixed UTC offset, so the date round-trips
through ISO 8601.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

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


def parse_date(printed: str, zone: str | None) -> datetime | None:
    """The date a date line prints, in the time zone it names as a fixed UTC offset; ``None``
    when it cannot be read.

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
            parsed = parser.parse(cleaned, dayfirst=False, ignoretz=True)
        except (ValueError, OverflowError):
            return None
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
    # A fixed offset, not the zone object, so the date round-trips through ISO 8601.
    return parsed.replace(tzinfo=timezone(offset))


def published_date(printed: str) -> datetime | None:
    """The date of an ``Originally published on ...`` line, from what follows ``on``.

    Read as a date line when it is one, so its time zone counts (``March 3, 2022 at 5:00 PM
    ET``); any other form goes to dateutil as it is, without a time zone.
    """
    found = grammar.DATE_LINE.match(printed)
    if found is not None:
        return parse_date(found.group("date"), found.group("zone"))
    return parse_date(printed, None)
