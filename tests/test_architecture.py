"""The layout the architecture promises, read from the source so it stays true."""

from __future__ import annotations

import ast
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

from newstranscript._parse import assembly
from newstranscript._parse.pieces import KINDS

PACKAGE = Path(__file__).resolve().parent.parent / "src" / "newstranscript"

# The writers, pure functions of a Story, and what they may not import: the parser and the
# API layer that runs it.
WRITERS = sorted((PACKAGE / "_write").glob("*.py"))
PARSER = ("newstranscript._parse", "newstranscript._api")
# The parser and the knowledge it is built from, whose pieces and state mypy must be able to
# check: no ``cast``, no payload typed ``object``.
CHECKED = [
    *sorted((PACKAGE / "_parse").rglob("*.py")),
    *sorted((PACKAGE / "_outlets").rglob("*.py")),
    *(PACKAGE / f"{name}.py" for name in ("_grammar", "_dates", "_person_names")),
]

CLASS_LINES = 200
FUNCTION_LINES = 60
# Known to be over the limits, each for a reason that is not the code's shape: the registry
# of speakers is kept whole while changes to its indexes are merged, and the converter's
# argument parser is one list of options. The list may only shrink.
OVER_THE_LIMITS = frozenset({"speakers.Registry", "_cli._parser"})


def _imported_modules(path: Path) -> set[str]:
    """The dotted names of the newstranscript modules ``path`` imports."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module is not None:
            if node.module.startswith("newstranscript"):
                found.add(node.module)
                found.update(f"{node.module}.{alias.name}" for alias in node.names)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
    return {name for name in found if name.startswith("newstranscript")}


def test_the_layout_holds_real_modules() -> None:
    # so an emptied folder cannot make the tests below pass by finding nothing to read
    assert len(WRITERS) >= 6
    assert all(path.exists() for path in CHECKED)
    assert len(CHECKED) >= 20


def test_writers_never_import_the_parser() -> None:
    for path in WRITERS:
        reached = {name for name in _imported_modules(path) if name.startswith(PARSER)}
        assert not reached, f"{path.name} imports {sorted(reached)}"


def test_the_import_reader_sees_imports() -> None:
    # the API layer does import the parser's stages and the text writer: the reader finds them
    imported = _imported_modules(PACKAGE / "_api.py")
    assert {
        "newstranscript._parse.classify",
        "newstranscript._parse.assembly",
        "newstranscript._write.text",
    } <= imported


def _oversized(tree: ast.Module, module: str) -> list[str]:
    """The classes and functions of a module over the size limits, with their lengths."""
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ClassDef):
            limit = CLASS_LINES
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            limit = FUNCTION_LINES
        else:
            continue
        assert node.end_lineno is not None
        length = node.end_lineno - node.lineno + 1
        if length > limit and f"{module}.{node.name}" not in OVER_THE_LIMITS:
            found.append(f"{module}.{node.name}: {length} lines")
    return found


def test_no_class_or_function_is_over_its_size_limit() -> None:
    oversized = [
        problem
        for path in sorted(PACKAGE.rglob("*.py"))
        for problem in _oversized(ast.parse(path.read_text("utf-8")), path.stem)
    ]
    assert not oversized


def test_the_size_check_finds_a_long_function() -> None:
    body = "\n".join(f"    x{n} = {n}" for n in range(FUNCTION_LINES))
    tree = ast.parse(f"def long():\n{body}\n")
    assert _oversized(tree, "example") == [f"example.long: {FUNCTION_LINES + 1} lines"]


def _unchecked(tree: ast.Module) -> list[str]:
    """Where a module hides a type from mypy: a ``cast`` or a variable typed ``object``."""
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and (
            (isinstance(node.func, ast.Name) and node.func.id == "cast")
            or (isinstance(node.func, ast.Attribute) and node.func.attr == "cast")
        ):
            found.append(f"cast at line {node.lineno}")
        if isinstance(node, ast.AnnAssign) and "object" in ast.unparse(node.annotation):
            found.append(f"object payload at line {node.lineno}")
    return found


def test_the_parser_hides_no_type_from_mypy() -> None:
    hidden = {
        str(path.relative_to(PACKAGE)): problems
        for path in CHECKED
        if (problems := _unchecked(ast.parse(path.read_text("utf-8"))))
    }
    assert not hidden


def test_the_type_check_finds_a_cast_and_an_object_payload() -> None:
    tree = ast.parse("x = cast(int, y)\nclass P:\n    info: object = None\n")
    assert _unchecked(tree) == ["cast at line 1", "object payload at line 3"]


# --- the worked example of docs/architecture.md ---------------------------------------------

GUIDE = (PACKAGE.parent.parent / "docs" / "architecture.md").read_text("utf-8")
EXAMPLE = GUIDE.partition("### Worked example: adding an outlet")[2]
MODULE = EXAMPLE.partition("```python\n")[2].partition("```")[0]
FIXTURE = EXAMPLE.partition("```text\n")[2].partition("```")[0]

# Parses the fixture with the package found first on the path, and prints what it read.
READ_FIXTURE = """
import json, sys
import newstranscript
story = newstranscript.parse(sys.stdin.read())
print(json.dumps({
    "outlet": story.outlet,
    "program": story.program,
    "headline": story.headline,
    "dropped": [item.reason for item in story.dropped],
    "speakers": [speaker.name for speaker in story.speakers],
}))
"""


def _read_with(package_root: Path) -> dict[str, object]:
    result = subprocess.run(
        [sys.executable, "-c", READ_FIXTURE],
        input=FIXTURE,
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "PYTHONPATH": str(package_root)},
    )
    read: dict[str, object] = json.loads(result.stdout)
    return read


def test_the_worked_example_adds_an_outlet_with_a_data_module_alone(tmp_path: Path) -> None:
    assert "OUTLETS" in MODULE
    assert "TIDEWATER EVENING" in FIXTURE
    before = _read_with(PACKAGE.parent)
    copy = tmp_path / "newstranscript"
    shutil.copytree(PACKAGE, copy, ignore=shutil.ignore_patterns("__pycache__"))
    (copy / "_outlets" / "harbor_bay.py").write_text(MODULE, "utf-8")
    after = _read_with(tmp_path)
    assert after["outlet"] == "Harbor Bay Radio"
    assert after["program"] == "Tidewater Evening"
    assert after["headline"] == "Keepers Vote To Stay On The Point"
    assert after["dropped"] == ["navigation"]
    assert after["speakers"] == ["Mara Fenn", "Oskar Lind"]
    # without the module the page names no outlet, and its page line is no furniture
    assert before["outlet"] is None
    assert before["dropped"] == []


def test_every_kind_of_piece_meets_the_last_rule_and_every_rule_meets_a_kind() -> None:
    by_kind = {
        kind: [rule.read for rule in assembly.RULES if rule.kinds is None or kind in rule.kinds]
        for kind in KINDS
    }
    last = assembly.RULES[-1]
    assert last.kinds is None
    assert all(rules[-1] is last.read for rules in by_kind.values())
    offered = {read for rules in by_kind.values() for read in rules}
    assert offered == {rule.read for rule in assembly.RULES}
    # every kind a rule names is a kind of piece classification makes
    assert all(rule.kinds is None or rule.kinds <= set(KINDS) for rule in assembly.RULES)
