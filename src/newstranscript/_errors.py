"""The library's error types."""

from __future__ import annotations

from collections.abc import Sequence

from newstranscript._model import Diagnostic


class ParseError(ValueError):
    """The input cannot be read as a transcript, or ``strict=True`` found problems.

    ``diagnostics`` holds every problem found, each with its line and column; the message names
    them all.
    """

    def __init__(self, message: str, diagnostics: Sequence[Diagnostic] = ()) -> None:
        super().__init__(message)
        self.message = message
        self.diagnostics: tuple[Diagnostic, ...] = tuple(diagnostics)


class FormatError(ValueError):
    """A JSON document is not in the newstranscript format, or a story cannot be written as
    a canonical transcript that reads back the same; the message names the field."""


class MissingExtraError(ImportError):
    """A writer needs a package that is an optional extra of newstranscript, and it is not
    installed; the message names the package and the ``pip install`` line that adds it.

    An ``ImportError``, so code that already guards optional imports catches it; ``extra`` is
    the name of the extra, ``name`` the missing package.
    """

    def __init__(self, what: str, package: str, extra: str) -> None:
        super().__init__(
            f"{what} needs {package}, which is not installed: "
            f"pip install 'newstranscript[{extra}]'",
            name=package,
        )
        self.extra = extra
