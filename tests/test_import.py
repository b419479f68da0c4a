"""Importing the package stays cheap: what only the converter, the schema check or a date line
needs is imported when it is first needed, and patterns compile on first use."""

from __future__ import annotations

import subprocess
import sys

import pytest

# Modules a plain ``import newstranscript`` must not load: the date parser (only pages with a
# date line need it), the converter's process pool and option parser, the schema validator.
NOT_AT_IMPORT = (
    "dateutil.parser",
    "multiprocessing",
    "concurrent.futures",
    "argparse",
    "jsonschema",
    # The data-set writers and the HTML reader: only their users pay for what they need.
    "html.parser",
    "newstranscript._parse.page_text",
    "csv",
    "hashlib",
    "pathlib",
    "pyarrow",
    "pandas",
    # The writers, the audit and the corpus tools: loaded by the first use of one of their
    # names, so a program that only parses never reads them, nor the json module.
    "json",
    "newstranscript._write.json",
    "newstranscript._write.text",
    "newstranscript._write.records",
    "newstranscript._audit",
    "newstranscript._convert.people",
    "newstranscript._convert.corpus",
)

PROGRAM = """
import sys
import regex
import newstranscript
from newstranscript._lazy import _Pending
from newstranscript import _grammar
print(" ".join(name for name in {names!r} if name in sys.modules))
values = vars(_grammar).values()
pending = [value for value in values if isinstance(value, _Pending) and "match" not in vars(value)]
print(len(pending), sum(isinstance(value, (regex.Pattern, _Pending)) for value in values))
"""


def run_fresh(program: str) -> list[str]:
    result = subprocess.run(
        [sys.executable, "-c", program], capture_output=True, text=True, check=True
    )
    return result.stdout.splitlines()


def test_import_loads_no_converter_date_or_schema_modules() -> None:
    loaded, _ = run_fresh(PROGRAM.format(names=NOT_AT_IMPORT))
    assert loaded == ""


def test_import_compiles_no_grammar_pattern() -> None:
    _, counts = run_fresh(PROGRAM.format(names=NOT_AT_IMPORT))
    pending, patterns = map(int, counts.split())
    assert patterns > 20
    assert pending == patterns


def test_a_lazily_compiled_pattern_matches_like_a_compiled_one() -> None:
    import regex

    from newstranscript._lazy import compile_lazily

    text = "MARA OSTLUND, HOST: Good morning."
    lazy = compile_lazily(r"(?P<name>[A-Z ]+), (?P<role>[A-Z]+):", regex.VERSION1)
    compiled = regex.compile(r"(?P<name>[A-Z ]+), (?P<role>[A-Z]+):", regex.VERSION1)
    assert lazy.groupindex == compiled.groupindex
    for method in ("match", "search", "fullmatch"):
        found, expected = getattr(lazy, method)(text), getattr(compiled, method)(text)
        assert (found and found.groupdict()) == (expected and expected.groupdict())
    assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in compiled.finditer(text)]
    assert lazy.sub("X", text) == compiled.sub("X", text)


def test_a_lazily_compiled_pattern_copies_without_compiling_or_recursing() -> None:
    import copy

    from newstranscript._lazy import compile_lazily

    lazy = compile_lazily(r"HOST:")
    duplicate = copy.copy(lazy)
    assert "compiled" not in vars(lazy)
    assert duplicate.match("HOST: Good morning.") is not None


def test_names_loaded_on_first_use_are_the_modules_own() -> None:
    import importlib

    import newstranscript

    for name, module in newstranscript._ON_FIRST_USE.items():
        assert name in newstranscript.__all__
        assert name in dir(newstranscript)
        assert getattr(newstranscript, name) is getattr(importlib.import_module(module), name)


def test_an_unknown_name_is_an_attribute_error() -> None:
    import newstranscript

    with pytest.raises(AttributeError, match="has no attribute 'to_yaml'"):
        newstranscript.to_yaml  # type: ignore[attr-defined]  # noqa: B018


def test_the_mojibake_table_waits_for_the_first_page() -> None:
    program = (
        "import newstranscript\n"
        "from newstranscript._parse import source\n"
        "print(source._repairs is None)\n"
        "newstranscript.parse('ANA RUIZ, HOST: Caf\\u00c3\\u00a9 au lait.')\n"
        "print(source._repairs is None)\n"
    )
    assert run_fresh(program) == ["True", "False"]


def test_the_converter_starts_without_the_process_pool() -> None:
    # a run of one process (--jobs 1, or one input) never needs them: about 40 ms
    program = (
        "import sys\n"
        "import newstranscript._cli\n"
        "print(sum(name in sys.modules for name in ('multiprocessing', 'concurrent.futures')))\n"
    )
    assert run_fresh(program) == ["0"]
