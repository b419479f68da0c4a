"""The opt-in compiled build: ``NEWSTRANSCRIPT_COMPILE=1 pip install .``.

With that variable set, building a wheel compiles the parser's modules and the JSON layout
writer with mypyc, from the same source, and puts the extension modules in the wheel beside the
Python files they were compiled from (an extension module is imported before a ``.py`` of the
same name). Without it, and for an editable install always, the wheel is the pure-Python one.
mypy, its stubs and setuptools (which drives the C compiler) are build requirements only when
compiling.

What stays Python: the model (``_model.py``, attrs classes the tests and users subclass and
evolve), the lazy pattern loader (``_lazy.py``, whose placeholders rewrite their own
attributes), the outlets' tables (found by module discovery at import), and the entry points
(the API, ``html.py``, ``json.py``), the converter and the other writers, which do little per
page, check their callers' argument types with their own messages, and are patched by tests.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

SWITCH = "NEWSTRANSCRIPT_COMPILE"

# The modules compiled, as paths under src/: the stages a page goes through and what they
# read on every line.
COMPILED = (
    "newstranscript/_parse/*.py",
    "newstranscript/_parse/assembly/*.py",
    "newstranscript/_grammar.py",
    "newstranscript/_person_names.py",
    "newstranscript/_dates.py",
    "newstranscript/_write/json_layout.py",
)
# Left as Python: a package marker with nothing to run, and the HTML entry points, which
# check their arguments' types themselves (a compiled function refuses a wrong type with
# mypyc's own message before its first line runs).
LEFT_AS_PYTHON = ("newstranscript/_parse/__init__.py", "newstranscript/_parse/html.py")

# What mypyc needs to type-check the modules it compiles, beside the package's own
# dependencies: the same checker and stubs the project's strict mypy run uses.
COMPILER = ("mypy>=1.10", "setuptools>=61", "types-regex", "types-python-dateutil")


def compiling() -> bool:
    return os.environ.get(SWITCH, "").strip() not in ("", "0")


class CompiledBuildHook(BuildHookInterface):
    """Compiles the modules of ``COMPILED`` into the wheel when ``NEWSTRANSCRIPT_COMPILE=1``."""

    def dependencies(self) -> list[str]:
        if not compiling():
            return []
        return [*self.metadata.core.dependencies, *COMPILER]

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if self.target_name != "wheel" or version == "editable" or not compiling():
            return
        self._scratch = Path(tempfile.mkdtemp(prefix="newstranscript-mypyc-"))
        started = time.perf_counter()
        built = _compile(Path(self.root), self._scratch)
        self.app.display_info(
            f"compiled {len(built)} extension modules with mypyc in "
            f"{time.perf_counter() - started:.0f} s"
        )
        build_data["pure_python"] = False
        build_data["infer_tag"] = True
        for path in built:
            build_data["force_include"][str(path)] = str(path.relative_to(self._scratch / "lib"))

    def finalize(self, version: str, build_data: dict[str, Any], artifact_path: str) -> None:
        scratch = getattr(self, "_scratch", None)
        if scratch is not None:
            shutil.rmtree(scratch, ignore_errors=True)


def _compile(root: Path, scratch: Path) -> list[Path]:
    """Compile the modules with mypyc into ``scratch / "lib"``; the extension files made."""
    # Imported here: only a compiling build has them installed.
    from mypyc.build import mypycify  # noqa: PLC0415
    from setuptools import Distribution  # noqa: PLC0415

    source = root / "src"
    paths = sorted(
        str(path.relative_to(root))
        for pattern in COMPILED
        for path in source.glob(pattern)
        if str(path.relative_to(source)) not in LEFT_AS_PYTHON
    )
    # mypy reads its settings (strict) from pyproject.toml in the working folder, and names
    # the modules from their paths under src/.
    here = Path.cwd()
    os.chdir(root)
    try:
        extensions = mypycify(
            paths,
            opt_level="3",
            group_name="newstranscript",
            target_dir=str(scratch / "c"),
        )
        distribution = Distribution({"name": "newstranscript", "ext_modules": extensions})
        command = distribution.get_command_obj("build_ext")
        command.build_lib = str(scratch / "lib")
        command.build_temp = str(scratch / "objects")
        command.parallel = os.cpu_count() or 1
        command.ensure_finalized()
        command.run()
    finally:
        os.chdir(here)
    suffixes = (".so", ".pyd")
    built = sorted(path for path in (scratch / "lib").rglob("*") if path.suffix in suffixes)
    if not built:
        sys.exit("mypyc built no extension module")
    return built
