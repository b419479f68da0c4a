"""Stories and ``parse`` cross process boundaries, as Dask, Spark and process pools need."""

from __future__ import annotations

import json
import pickle
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import newstranscript
from tests.conftest import GOLDEN

PAGE_TEXT = (GOLDEN / "npr_station_page.txt").read_text("utf-8")


def test_a_story_survives_a_pickle_round_trip() -> None:
    story = newstranscript.parse(PAGE_TEXT)
    copy = pickle.loads(pickle.dumps(story))
    assert copy == story
    assert dict(copy.spans) == dict(story.spans)
    assert newstranscript.to_json(copy) == newstranscript.to_json(story)


def test_the_parse_function_pickles_by_reference() -> None:
    assert pickle.loads(pickle.dumps(newstranscript.parse)) is newstranscript.parse


def test_parse_runs_in_a_process_pool_and_returns_equal_stories() -> None:
    texts = [PAGE_TEXT, PAGE_TEXT.replace("Port Ellery", "Cape Morrow")]
    with ProcessPoolExecutor(max_workers=2) as pool:
        stories = list(pool.map(newstranscript.parse, texts))
    assert stories == [newstranscript.parse(text) for text in texts]
    assert stories[1].signoff is not None
    assert stories[1].signoff.dateline == "Cape Morrow"


def test_json_documents_come_back_from_workers_in_input_order() -> None:
    texts = [PAGE_TEXT.replace("Port Ellery", f"Harbor {number}") for number in range(6)]
    with ProcessPoolExecutor(max_workers=2) as pool:
        documents = list(pool.map(_to_json_line, texts))
    assert [newstranscript.from_json(document).signoff for document in documents] == [
        newstranscript.parse(text).signoff for text in texts
    ]


def _to_json_line(text: str) -> str:
    return newstranscript.to_json(newstranscript.parse(text), indent=None)


def _dask_recipe() -> dict[str, object]:
    """The ``read`` and ``convert`` functions of docs/scale.md's Dask recipe, run as written
    (everything before the recipe's Dask calls)."""
    doc = (Path(__file__).parent.parent / "docs" / "scale.md").read_text("utf-8")
    block = doc.split("## Dask bag", 1)[1].split("```python\n", 1)[1].split("```", 1)[0]
    functions = block.split("\npaths = ", 1)[0].replace("import dask.bag as db\n", "")
    namespace: dict[str, object] = {}
    exec(compile(functions, "docs/scale.md", "exec"), namespace)
    return namespace


def test_the_dask_recipe_writes_what_the_converter_writes(tmp_path: Path) -> None:
    recipe = _dask_recipe()
    read, convert = recipe["read"], recipe["convert"]
    assert callable(read)
    assert callable(convert)
    page = tmp_path / "crlf.txt"
    page.write_bytes(
        b"\xef\xbb\xbf" + (GOLDEN / "npr_station_page.txt").read_bytes().replace(b"\n", b"\r\n")
    )
    line = convert(read(str(page)))
    expected = newstranscript.to_json(newstranscript.parse_bytes(page.read_bytes()), indent=None)
    assert line == expected
    legacy = tmp_path / "legacy.txt"
    legacy.write_bytes("Caf\u00e9 Owners Rally\n\nANA RUIZ, HOST: Hi.\n".encode("cp1252"))
    error = json.loads(convert(read(str(legacy))))
    assert error["path"] == str(legacy)
    assert error["error"].startswith("input is not valid UTF-8")
