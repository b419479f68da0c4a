"""read_corpus: a folder's stories or errors, in input order, in this process or in workers."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import newstranscript
from tests.conftest import DATA, GOLDEN


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    for name in ("label_cnn", "npr_station_page", "page_dates", "label_names"):
        shutil.copy(GOLDEN / f"{name}.txt", folder / f"{name}.txt")
    (folder / "b_empty.txt").write_bytes(b"")  # fails: no transcript text
    (folder / "c_binary.txt").write_bytes(b"\x00\x01binary")  # fails: not text
    return folder


@pytest.mark.parametrize("jobs", [1, 2])
def test_order_kept_errors_reported_others_read(corpus: Path, jobs: int) -> None:
    items = list(newstranscript.read_corpus(corpus, jobs=jobs))
    names = [Path(item.source).name for item in items]
    assert names == sorted(path.name for path in corpus.iterdir())
    failed = {Path(item.source).name: item.error for item in items if not item.ok}
    assert set(failed) == {"b_empty.txt", "c_binary.txt"}
    assert "empty" in (failed["b_empty.txt"] or "")
    for item in items:
        if item.ok:
            assert len(item.stories) == 1
            story = item.stories[0]
            assert story.source == item.source
            expected = newstranscript.read(item.source, source=item.source)
            assert story == expected
        else:
            assert item.stories == ()


@pytest.mark.parametrize("jobs", [1, 2])
def test_many_files_in_workers_keep_their_order(tmp_path: Path, jobs: int) -> None:
    page = (GOLDEN / "label_cnn.txt").read_bytes()
    for number in range(150):  # more than one window of chunks in flight
        (tmp_path / f"{number:03d}.txt").write_bytes(page if number % 7 else b"")
    items = list(newstranscript.read_corpus([tmp_path], jobs=jobs))
    assert [Path(item.source).stem for item in items] == [f"{n:03d}" for n in range(150)]
    assert [item.ok for item in items] == [bool(n % 7) for n in range(150)]


def test_a_dataframe_of_a_folder(corpus: Path) -> None:
    pd = pytest.importorskip("pandas", reason="pandas is not installed (pip install '.[test]')")
    stories = [s for item in newstranscript.read_corpus(corpus, jobs=2) for s in item.stories]
    turns = pd.DataFrame([r for story in stories for r in newstranscript.to_records(story)])
    assert set(turns["source"]) == {item.source for item in stories}
    assert len(turns) == sum(len(story.turns) for story in stories)


def test_html_pages_are_told_by_name_or_start(tmp_path: Path) -> None:
    html = DATA / "html" / "npr_transcript.html"
    shutil.copy(html, tmp_path / "a_page.html")
    shutil.copy(html, tmp_path / "b_saved_as.txt")  # HTML under a text name: told by its start
    shutil.copy(DATA / "html" / "npr_transcript.txt", tmp_path / "c_text.txt")
    items = list(newstranscript.read_corpus(tmp_path, glob=["*.html", "*.txt"]))
    expected = newstranscript.parse_html(html.read_text("utf-8"))
    for item in items:
        assert item.ok, item.error
        assert item.stories[0].turns == expected.turns or item.source.endswith("c_text.txt")
    assert [len(item.stories[0].turns) for item in items] == [len(expected.turns)] * 3
    # told it is text, the page's markup is read as text: its doctype opens a "turn"
    told = next(iter(newstranscript.read_corpus(tmp_path / "b_saved_as.txt", html=False)))
    assert told.stories[0].turns != expected.turns


def test_html_true_takes_saved_pages_from_folders(tmp_path: Path) -> None:
    for page in (DATA / "html").iterdir():
        shutil.copy(page, tmp_path / page.name)
    (tmp_path / "also.htm").write_bytes((DATA / "html" / "pbs.html").read_bytes())
    items = list(newstranscript.read_corpus(tmp_path, html=True))
    names = [Path(item.source).name for item in items]
    assert names == sorted(p.name for p in tmp_path.iterdir() if p.suffix in (".html", ".htm"))


def test_every_story_of_a_page(tmp_path: Path) -> None:
    item = next(
        iter(newstranscript.read_corpus(GOLDEN / "damage_several_stories.txt", all_stories=True))
    )
    assert [story.index for story in item.stories] == [0, 1, 2]
    assert {story.source for story in item.stories} == {item.source}


def test_a_folder_with_nothing_to_read_is_reported(tmp_path: Path) -> None:
    (tmp_path / "notes.md").write_text("not a transcript", encoding="utf-8")
    (item,) = newstranscript.read_corpus(tmp_path)
    assert not item.ok
    assert "no files match '*.txt'" in (item.error or "")


def test_bad_arguments_are_refused_at_once() -> None:
    with pytest.raises(ValueError, match="jobs"):
        newstranscript.read_corpus("x", jobs=0)
    with pytest.raises(TypeError, match="path"):
        newstranscript.read_corpus([1])  # type: ignore[list-item]


def test_the_api_doc_builds_a_dataframe_of_a_folder_in_three_lines(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pd = pytest.importorskip("pandas", reason="pandas is not installed (pip install '.[test]')")
    doc = (Path(__file__).parent.parent / "docs" / "api.md").read_text("utf-8")
    block = doc.split("A DataFrame of a folder, in three lines:\n\n```python\n", 1)[1]
    code = block.split("```", 1)[0]
    assert len(code.strip().splitlines()) == 3
    shutil.copytree(DATA / "html", tmp_path / "pages")
    monkeypatch.chdir(tmp_path)
    namespace: dict[str, object] = {"pd": pd, "newstranscript": newstranscript}
    exec(compile(code, "docs/api.md", "exec"), namespace)
    turns = namespace["turns"]
    pages = sorted((DATA / "html").iterdir())
    expected = [newstranscript.read_html(p) if p.suffix == ".html" else newstranscript.read(p)
                for p in pages]  # fmt: skip
    assert len(turns) == sum(len(story.turns) for story in expected)  # type: ignore[arg-type]
    assert list(turns["source"].unique()) == [f"pages/{p.name}" for p in pages]  # type: ignore[index]
