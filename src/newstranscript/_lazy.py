"""Patterns compiled the first time they are used, not when the package is imported.

Compiling the grammar's patterns took longer than importing ``regex`` itself, and a program
that imports the package only to read JSON, or a converter that only hands files to its
workers, never needs them. The cost moves to the first parse; it is not removed.
"""

from __future__ import annotations

from typing import Any, cast

import regex

# Every method of a compiled pattern the package calls; the first use of any of them stores
# all of them on the placeholder, so later calls go straight to ``regex``.
_METHODS = ("match", "fullmatch", "search", "finditer", "findall", "sub", "subn", "split")


class _Pending:
    """Stands in for a compiled pattern until one of its attributes is first used."""

    def __init__(self, pattern: str, flags: int) -> None:
        self._source = (pattern, flags)
        _ALL.append(self)

    def __getattr__(self, name: str) -> Any:
        # Only called for attributes this object does not have yet: once for the methods
        # above, every time for others (``groupindex``). Private and special names are not
        # the pattern's, so copy and pickle probing them get the usual AttributeError.
        if name.startswith("_"):
            raise AttributeError(name)
        compiled = self.__dict__.get("compiled")
        if compiled is None:
            compiled = self.compiled = regex.compile(*self._source)
            for method in _METHODS:
                setattr(self, method, getattr(compiled, method))
        return getattr(compiled, name)


_ALL: list[_Pending] = []


def compile_all() -> None:
    """Compile every pattern now: before forking workers, so each inherits them compiled
    instead of compiling its own copy."""
    for pending in _ALL:
        pending.match  # noqa: B018 - the first attribute use compiles the pattern


def compile_lazily(pattern: str, flags: int = 0) -> regex.Pattern[str]:
    """``regex.compile(pattern, flags)``, compiled on first use."""
    return cast("regex.Pattern[str]", _Pending(pattern, flags))
