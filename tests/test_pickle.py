"""Stories and ``parse`` cross process boundaries, as Dask, Spark and process pools need."""

from __future__ import annotations

import pickle
from concurrent.futures import ProcessPoolExecutor

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
