"""docs/datasets.md runs as printed, on a folder of the fictional pages in tests/data/html."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import regex

from tests.conftest import DATA

ROOT = Path(__file__).parent.parent
DOC = ROOT / "docs" / "datasets.md"


def _blocks() -> list[str]:
    blocks = regex.findall(r"```python\n(.*?)```", DOC.read_text("utf-8"), regex.S)
    assert len(blocks) >= 6, "docs/datasets.md has lost its examples"
    return blocks


def test_the_building_a_data_set_page_runs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("pandas", reason="pandas is not installed (pip install '.[test]')")
    pytest.importorskip("pyarrow", reason="pyarrow is not installed (pip install '.[test]')")
    pages = tmp_path / "pages"
    pages.mkdir()
    for page in sorted((DATA / "html").iterdir()):
        # Each page once: the HTML pages, and the text twin of one so both readers run.
        if page.suffix == ".html" or page.stem == "cnn":
            shutil.copy(page, pages / (page.name if page.suffix == ".html" else "cnn_text.txt"))
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr("builtins.print", lambda *args, **kwargs: None)
    namespace: dict[str, object] = {"__name__": "datasets_doc"}
    for block in _blocks():
        if "from convokit import" in block:
            continue  # run by the test below, where ConvoKit is installed
        exec(compile(block, str(DOC), "exec"), namespace)
    stories = namespace["stories"]
    assert isinstance(stories, list)
    assert len(stories) == len(list(pages.iterdir()))
    assert (tmp_path / "turns.csv").read_text("utf-8").startswith("story,turn,speaker,")
    assert (tmp_path / "mediasum.jsonl").read_text("utf-8").count("\n") == len(stories)
    assert (tmp_path / "convokit-corpus" / "index.json").exists()


def test_the_convokit_example_runs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("convokit", reason="ConvoKit is not installed (pip install '.[convokit]')")
    pytest.importorskip("pandas", reason="pandas is not installed (pip install '.[test]')")
    pytest.importorskip("pyarrow", reason="pyarrow is not installed (pip install '.[test]')")
    pages = tmp_path / "pages"
    shutil.copytree(DATA / "html", pages, ignore=shutil.ignore_patterns("*.txt"))
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr("builtins.print", lambda *args, **kwargs: None)
    namespace: dict[str, object] = {"__name__": "datasets_doc"}
    for block in _blocks():
        exec(compile(block, str(DOC), "exec"), namespace)
    corpus = namespace["corpus"]
    assert len(list(corpus.iter_conversations())) == len(namespace["stories"])  # type: ignore[attr-defined, arg-type]
