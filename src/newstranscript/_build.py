"""Which build of the package is running: the pure-Python one, or the one whose parser is
compiled with mypyc (``NEWSTRANSCRIPT_COMPILE=1 pip install .``)."""

from __future__ import annotations

from importlib.machinery import EXTENSION_SUFFIXES
from importlib.util import find_spec

COMPILED = "compiled (mypyc)"
PURE = "pure Python"

# A module the compiled build always compiles; found, not imported, so asking is cheap.
_CORE = "newstranscript._parse.classify"


def build() -> str:
    """``"compiled (mypyc)"`` when the parser was loaded from extension modules, else
    ``"pure Python"``."""
    spec = find_spec(_CORE)
    origin = spec.origin if spec is not None else None
    return COMPILED if origin is not None and origin.endswith(tuple(EXTENSION_SUFFIXES)) else PURE
