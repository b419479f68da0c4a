"""Outlets and page layouts as data: one module per outlet or family of sites.

Every module of this package that does not start with ``_`` holds ``OUTLETS``, a tuple of
:class:`Outlet`; the grammar's programme table, outlet names, closing lines and page lines,
and the header's player block and layout rules, are built from all of them. Adding an
outlet's conventions is a module here and a fixture, and touches no rule.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable

from newstranscript._outlets._conventions import (
    AIR_TIMES,
    LAYOUTS,
    PROGRAMME_CREDITS,
    PROGRAMME_PAGE,
    SECTION,
    SHOW_NAME_AFTER_PAGE_LINE,
    STORY_LINE,
    STORY_TIME,
    TITLE_ABOVE_PLAYER,
    Outlet,
)

__all__ = [
    "AIR_TIMES",
    "CLOSING_LINES",
    "FURNITURE",
    "FURNITURE_BY_REASON",
    "FURNITURE_WITHIN",
    "GLUED_FURNITURE",
    "HEADINGS",
    "LABEL_NAMES",
    "NAMES",
    "OUTLETS",
    "PAGE_LINES",
    "PLAYER_ITEMS",
    "PROGRAMMES",
    "PROGRAMME_CREDITS",
    "PROGRAMME_PAGE",
    "PROGRAMME_PAGES",
    "SECTION",
    "SHOW_NAME_AFTER_PAGE_LINE",
    "SIGNOFFS",
    "SIGNOFF_WORDS",
    "STAFF_ROLES_NAMING_OUTLET",
    "STORY_LINE",
    "STORY_TIME",
    "TITLED_PLAYER_ITEMS",
    "TITLE_ABOVE_PLAYER",
    "Outlet",
    "layouts_of",
    "outlet_of_provider",
    "outlet_of_signoff",
]


def _collect() -> tuple[Outlet, ...]:
    found: list[Outlet] = []
    for module_info in sorted(pkgutil.iter_modules(__path__), key=lambda info: info.name):
        if module_info.name.startswith("_"):
            continue
        module = importlib.import_module(f"{__name__}.{module_info.name}")
        outlets = getattr(module, "OUTLETS", None)
        if not isinstance(outlets, tuple) or not all(isinstance(o, Outlet) for o in outlets):
            raise TypeError(f"{module.__name__}.OUTLETS must be a tuple of Outlet")
        found.extend(outlets)
    return tuple(found)


OUTLETS = _collect()


def _check(outlets: tuple[Outlet, ...]) -> None:
    """A programme belongs to one outlet, and a layout rule must be one the parser has."""
    seen: dict[str, str] = {}
    for outlet in outlets:
        unknown = outlet.layouts - LAYOUTS
        if unknown:
            raise ValueError(f"{outlet.name} enables unknown layout rules {sorted(unknown)}")
        for programme in outlet.programmes:
            other = seen.setdefault(programme.lower(), outlet.name)
            if other != outlet.name:
                raise ValueError(f"{programme!r} is both {other}'s and {outlet.name}'s")


_check(OUTLETS)

# What the grammar and the header read, built from every outlet.
PROGRAMMES: dict[str, tuple[str, str]] = {
    programme.lower(): (programme, outlet.name)
    for outlet in OUTLETS
    for programme in outlet.programmes
}
NAMES = frozenset(name for outlet in OUTLETS for name in outlet.names)
LABEL_NAMES = tuple(name for outlet in OUTLETS for name in outlet.label_names)
PAGE_LINES = {line: outlet.name for outlet in OUTLETS for line in outlet.page_lines}
CLOSING_LINES = frozenset(line for outlet in OUTLETS for line in outlet.closing_lines)
PLAYER_ITEMS = tuple(item for outlet in OUTLETS for item in outlet.player_items)
# The player items under which a title stands alone: they open a page's title-and-player header.
TITLED_PLAYER_ITEMS = tuple(
    item
    for outlet in OUTLETS
    if TITLE_ABOVE_PLAYER in outlet.layouts
    for item in outlet.player_items
)


# Page furniture by the reason it is dropped for: the patterns of every outlet, in order.
def _furniture(outlets: tuple[Outlet, ...]) -> dict[str, tuple[str, ...]]:
    found: dict[str, tuple[str, ...]] = {}
    for outlet in outlets:
        for reason, pattern in outlet.furniture_by_reason:
            found[reason] = (*found.get(reason, ()), pattern)
    return found


FURNITURE_BY_REASON = _furniture(OUTLETS)
# Whether any outlet's pages are programme pages, for the header to look for one.
PROGRAMME_PAGES = any(PROGRAMME_PAGE in outlet.layouts for outlet in OUTLETS)
SIGNOFFS = tuple(pattern for outlet in OUTLETS for pattern in outlet.signoffs)


def _pairs(field: Callable[[Outlet], tuple[tuple[str, str], ...]]) -> tuple[tuple[str, str], ...]:
    """Every outlet's (words, pattern) pairs of one field, each once, in order."""
    return tuple(dict.fromkeys(pair for outlet in OUTLETS for pair in field(outlet)))


HEADINGS = _pairs(lambda outlet: outlet.headings)
FURNITURE = _pairs(lambda outlet: outlet.furniture)
FURNITURE_WITHIN = _pairs(lambda outlet: outlet.furniture_within)
GLUED_FURNITURE = _pairs(lambda outlet: outlet.glued_furniture)
# A word every sign-off naming an outlet holds: the outlet's name printed alone, or " News",
# which a station's newsroom and the PBS NewsHour hold. A text holding none needs no sign-off
# search.
SIGNOFF_WORDS = (
    *(outlet.names[0] for outlet in OUTLETS if outlet.signoffs and outlet.names),
    " News",
)


def layouts_of(outlet: str) -> frozenset[str]:
    """The layout rules the pages of ``outlet`` enable; none for an outlet not in the table."""
    return _LAYOUTS_BY_OUTLET.get(outlet, frozenset())


_LAYOUTS_BY_OUTLET = {outlet.name: outlet.layouts for outlet in OUTLETS}


# --- which outlet a story's own words name -------------------------------------------------


def outlet_of_signoff(outlet: str) -> str:
    """Who broadcast a story a sign-off names: ``NPR News`` -> ``NPR``, ``PBS NewsHour`` ->
    ``PBS``, a member station's ``WBUR News`` -> ``WBUR``."""
    if outlet.startswith("PBS"):
        return "PBS"
    return outlet.removesuffix(" News")


def outlet_of_provider(line: str) -> str | None:
    """The network an NPR provider or copyright line names (a station's copyright line names
    its station through the grammar's ``STATION_COPYRIGHT``)."""
    return "NPR" if "NPR" in line or "National Public Radio" in line else None


# The roles whose title names the network whose show it is (``ANA LOPEZ, CNN ANCHOR:``).
# Guests' titles are not asked, so "NPR CORRESPONDENT" interviewed on CNN does not make it an
# NPR story.
STAFF_ROLES_NAMING_OUTLET = frozenset({"anchor", "host"})
