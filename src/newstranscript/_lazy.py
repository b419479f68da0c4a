"""Patterns compiled the first time they are used, not when the package is imported.

Compiling the grammar's patterns took longer than importing ``regex`` itself, and a program
that imports the package only to read JSON, or a converter that only hands files to its
workers, never needs them. The cost moves to the first parse; it is not removed. The
converter's workers each compile the patterns their pages use, at the same time, rather than
wait while the parent compiles every pattern before it forks them.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any, cast

import regex

# A pattern's text, or a function that builds it: a pattern made from a table (the mojibake
# repairs) costs the table's building too, so that waits for the first use as well.
Source = str | Callable[[], str]

# Every method of a compiled pattern the package calls; the first use of any of them stores
# all of them on the placeholder, so later calls go straight to ``regex``.
_METHODS = ("match", "fullmatch", "search", "finditer", "findall", "sub", "subn", "split")


class _Pending:
    """Stands in for a compiled pattern until one of its attributes is first used."""

    def __init__(self, pattern: Source, flags: int, engine: Callable[..., Any]) -> None:
        self._source = (pattern, flags, engine)

    def __getattr__(self, name: str) -> Any:
        # Only called for attributes this object does not have yet: once for the methods
        # above, every time for others (``groupindex``). Private and special names are not
        # the pattern's, so copy and pickle probing them get the usual AttributeError.
        if name.startswith("_"):
            raise AttributeError(name)
        compiled = self.__dict__.get("compiled")
        if compiled is None:
            pattern, flags, engine = self._source
            text = pattern if isinstance(pattern, str) else pattern()
            compiled = self.compiled = engine(text, flags)
            for method in _METHODS:
                setattr(self, method, getattr(compiled, method))
        return getattr(compiled, name)


def compile_lazily(pattern: Source, flags: int = 0) -> regex.Pattern[str]:
    """``regex.compile(pattern, flags)``, compiled on first use; ``pattern`` may be a function
    that builds the pattern's text, called then."""
    return cast("regex.Pattern[str]", _Pending(pattern, flags, regex.compile))


def compile_re_lazily(pattern: Source, flags: int = 0) -> re.Pattern[str]:
    """The same with the standard library's ``re``, for the patterns it runs faster."""
    return cast("re.Pattern[str]", _Pending(pattern, flags, re.compile))
