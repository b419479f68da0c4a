"""The layout the architecture promises, read from the source so it stays true."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "src" / "newstranscript"

# The writers: pure functions of a Story.
WRITERS = ("_text", "_json", "_markdown", "_records", "_mediasum", "_convokit")
# The parser's stages and its entry points; a writer that imported one of them could reach
# back into parsing.
PARSER = ("_api", "_source", "_blocks", "_classify", "_header", "_assemble", "_stories")


def _imported_modules(path: Path) -> set[str]:
    """The newstranscript modules ``path`` imports, by their last dotted part."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module is not None:
            if node.module == "newstranscript":
                found.update(alias.name for alias in node.names)
            elif node.module.startswith("newstranscript."):
                found.add(node.module.rpartition(".")[2])
        elif isinstance(node, ast.Import):
            found.update(
                alias.name.rpartition(".")[2]
                for alias in node.names
                if alias.name.startswith("newstranscript.")
            )
    return found


def test_the_layout_names_real_modules() -> None:
    # so a renamed module cannot make the test below pass by finding nothing to read
    for name in WRITERS + PARSER:
        assert (PACKAGE / f"{name}.py").exists(), name


def test_writers_never_import_the_parser() -> None:
    for name in WRITERS:
        reached = _imported_modules(PACKAGE / f"{name}.py") & set(PARSER)
        assert not reached, f"{name} imports {sorted(reached)}"


def test_the_import_reader_sees_imports() -> None:
    # the API layer does import the parser's stages: the reader must find them
    assert {"_classify", "_assemble", "_text"} <= _imported_modules(PACKAGE / "_api.py")
