"""Which build is running, as ``newstranscript --version`` reports it.

The suite runs against the pure-Python build (an editable install) and against the compiled
one (``.ci/run`` installs it into ``.venv-compiled``); ``NEWSTRANSCRIPT_EXPECT_BUILD`` says
which a run must be testing, so a run meant for the compiled build cannot pass on the pure
one by importing ``src/``.
"""

from __future__ import annotations

import importlib
import os
import subprocess
import sys
from importlib.machinery import EXTENSION_SUFFIXES

import pytest

import newstranscript
from newstranscript._build import COMPILED, PURE, build

# The modules the compiled build compiles (hatch_build.py's COMPILED), one of each folder.
CORE = (
    "newstranscript._parse.classify",
    "newstranscript._parse.assembly.state",
    "newstranscript._grammar",
    "newstranscript._write.json_layout",
)
# What stays Python in both builds.
PYTHON = (
    "newstranscript._model",
    "newstranscript._lazy",
    "newstranscript._api",
    "newstranscript._parse.html",
    "newstranscript._write.json",
)


def _is_extension(module: str) -> bool:
    return str(importlib.import_module(module).__file__).endswith(tuple(EXTENSION_SUFFIXES))


def test_the_build_is_what_the_core_modules_are() -> None:
    compiled = [_is_extension(module) for module in CORE]
    assert compiled in ([True] * len(CORE), [False] * len(CORE))
    assert build() == (COMPILED if compiled[0] else PURE)
    assert not any(_is_extension(module) for module in PYTHON)


def test_the_run_tests_the_build_it_was_meant_for() -> None:
    expected = os.environ.get("NEWSTRANSCRIPT_EXPECT_BUILD")
    if expected is None:
        pytest.skip("NEWSTRANSCRIPT_EXPECT_BUILD (pure or compiled) not set")
    assert build() == {"pure": PURE, "compiled": COMPILED}[expected]


def test_the_command_names_its_build() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "newstranscript", "--version"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert result.stdout == f"newstranscript {newstranscript.__version__}, {build()}\n"
