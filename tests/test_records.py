"""The table of turns: records, CSV and Parquet, on every golden story."""

from __future__ import annotations

import csv
import io
import sys
from pathlib import Path

import pytest

import newstranscript
from newstranscript import RECORD_FIELDS, FormatError, MissingExtraError, Story
from tests.datasets import golden_stories, with_basis, with_source

STORIES = golden_stories()


@pytest.mark.parametrize(("path", "story"), STORIES, ids=[path.stem for path, _ in STORIES])
def test_one_record_per_turn_with_the_same_keys_in_order(path: Path, story: Story) -> None:
    records = newstranscript.to_records(story)
    assert len(records) == len(story.turns)
    for index, (record, turn) in enumerate(zip(records, story.turns, strict=True)):
        assert tuple(record) == RECORD_FIELDS
        assert record["turn"] == index
        assert record["speaker"] == turn.speaker
        assert record["text"] == turn.text
        assert (record["start"], record["end"]) == (turn.span.start, turn.span.end)
        if turn.speaker is None:
            assert record["name"] is None
            assert record["role"] is None
        else:
            speaker = story.speaker(turn.speaker)
            assert (record["name"], record["role"]) == (speaker.name, speaker.role)
        for field, value in record.items():
            assert value is None or type(value) is newstranscript.RECORD_TYPES[field]


def test_a_story_of_one_source_file_is_keyed_by_it() -> None:
    _, story = STORIES[0]
    sourced = with_source(story, "npr/2031/harbor.txt", "https://example.org/harbor")
    records = newstranscript.to_records(sourced)
    assert {record["story"] for record in records} == {"npr/2031/harbor.txt"}
    assert {record["source"] for record in records} == {"npr/2031/harbor.txt"}
    assert {record["url"] for record in records} == {"https://example.org/harbor"}
    # The caller's key comes first.
    assert newstranscript.to_records(sourced, key="harbor")[0]["story"] == "harbor"


def test_without_a_key_or_source_a_story_is_keyed_by_a_stable_hash() -> None:
    (path, story), (_, other) = STORIES[0], STORIES[1]
    key = newstranscript.story_key(story)
    assert len(key) == 16
    assert all(c in "0123456789abcdef" for c in key)
    assert newstranscript.story_key(newstranscript.read(path)) == key
    assert newstranscript.story_key(other) != key
    assert {record["story"] for record in newstranscript.to_records(story)} == {key}


def test_an_empty_key_is_refused() -> None:
    with pytest.raises(TypeError, match="non-empty str"):
        newstranscript.to_records(STORIES[0][1], key="")


def test_the_basis_column_is_the_turns_basis() -> None:
    _, story = STORIES[0]
    bases = [r["basis"] for r in newstranscript.to_records(story)]
    assert bases == [turn.basis for turn in story.turns]
    assert None not in bases  # the parser says how it found every turn's speaker
    records = newstranscript.to_records(with_basis(story, "resolved"))
    assert {record["basis"] for record in records} == {"resolved"}


def test_to_records_refuses_what_is_not_a_story() -> None:
    with pytest.raises(TypeError, match="takes a Story"):
        newstranscript.to_records("KIM: hello")  # type: ignore[arg-type]


def _multi_paragraph_story() -> Story:
    for _, story in STORIES:
        if any("\n\n" in turn.text for turn in story.turns) and any(
            '"' in turn.text or "," in turn.text for turn in story.turns
        ):
            return story
    raise AssertionError("no golden story has a turn of several paragraphs and a comma")


def test_csv_has_a_header_and_a_row_per_turn_that_read_back() -> None:
    story = _multi_paragraph_story()
    text = newstranscript.to_csv(story)
    rows = list(csv.reader(io.StringIO(text, newline="")))
    assert tuple(rows[0]) == RECORD_FIELDS
    expected = [
        ["" if value is None else str(value) for value in record.values()]
        for record in newstranscript.to_records(story)
    ]
    assert rows[1:] == expected


def test_csv_quotes_as_rfc_4180_says() -> None:
    story = _multi_paragraph_story()
    text = newstranscript.to_csv(story)
    # Every record ends CRLF; a line break inside a turn is quoted, never a record's end.
    assert text.endswith("\r\n")
    assert text.count("\r\n") == len(story.turns) + 1
    many = next(turn.text for turn in story.turns if "\n\n" in turn.text)
    assert '"' + many.replace('"', '""') + '"' in text


def test_csv_of_several_stories_and_of_records_made_with_keys() -> None:
    stories = [story for _, story in STORIES[:3]]
    records = [r for i, s in enumerate(stories) for r in newstranscript.to_records(s, key=f"s{i}")]
    from_records = list(csv.DictReader(io.StringIO(newstranscript.to_csv(records), newline="")))
    assert [row["story"] for row in from_records] == [r["story"] for r in records]
    from_stories = newstranscript.to_csv(stories)
    assert from_stories.count("\r\n") == sum(len(s.turns) for s in stories) + 1


def test_a_record_that_is_off_is_named() -> None:
    record = newstranscript.to_records(STORIES[0][1])[0]
    with pytest.raises(FormatError, match=r"record 1: missing url; unknown extra"):
        newstranscript.to_csv(
            [record, {**{k: v for k, v in record.items() if k != "url"}, "extra": 1}]
        )
    with pytest.raises(FormatError, match=r"record 0\.turn: expected int or None, got str"):
        newstranscript.to_csv([{**record, "turn": "0"}])
    with pytest.raises(TypeError, match="not str"):
        newstranscript.to_csv("story.txt")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="item 0: expected a Story or a record"):
        newstranscript.to_csv([3])  # type: ignore[list-item]


def test_to_parquet_without_pyarrow_names_the_extra(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setitem(sys.modules, "pyarrow", None)
    monkeypatch.setitem(sys.modules, "pyarrow.parquet", None)
    with pytest.raises(MissingExtraError) as raised:
        newstranscript.to_parquet(STORIES[0][1], tmp_path / "turns.parquet")
    assert isinstance(raised.value, ImportError)
    assert "pip install 'newstranscript[parquet]'" in str(raised.value)
    assert raised.value.name == "pyarrow"
    assert raised.value.extra == "parquet"
    assert not (tmp_path / "turns.parquet").exists()


def test_parquet_round_trips_every_golden_record(tmp_path: Path) -> None:
    pq = pytest.importorskip(
        "pyarrow.parquet", reason="pyarrow is not installed (pip install '.[parquet]')"
    )
    stories = [story for _, story in STORIES]
    path = tmp_path / "turns.parquet"
    newstranscript.to_parquet(stories, path)
    table = pq.read_table(path)
    assert tuple(table.column_names) == RECORD_FIELDS
    assert [str(table.schema.field(name).type) for name in ("turn", "start", "end")] == [
        "int64"
    ] * 3
    assert str(table.schema.field("text").type) == "string"
    expected = [record for story in stories for record in newstranscript.to_records(story)]
    assert table.to_pylist() == expected


def test_an_empty_table_still_has_its_columns(tmp_path: Path) -> None:
    pq = pytest.importorskip(
        "pyarrow.parquet", reason="pyarrow is not installed (pip install '.[parquet]')"
    )
    newstranscript.to_parquet([], tmp_path / "empty.parquet")
    table = pq.read_table(tmp_path / "empty.parquet")
    assert table.num_rows == 0
    assert tuple(table.column_names) == RECORD_FIELDS


def test_records_load_into_pandas_and_arrow_as_they_are() -> None:
    pd = pytest.importorskip("pandas", reason="pandas is not installed (pip install '.[test]')")
    pa = pytest.importorskip("pyarrow", reason="pyarrow is not installed (pip install '.[test]')")
    records = [r for _, story in STORIES for r in newstranscript.to_records(story)]
    frame = pd.DataFrame(records)
    assert tuple(frame.columns) == RECORD_FIELDS
    assert len(frame) == len(records)
    assert frame["turn"].dtype.kind == "i"
    assert frame["start"].dtype.kind == "i"
    assert frame.to_dict("records")[0] == records[0]
    table = pa.Table.from_pylist(records)
    assert tuple(table.column_names) == RECORD_FIELDS
    assert table.to_pylist() == records


def test_csv_and_parquet_read_into_the_same_dataframe(tmp_path: Path) -> None:
    pd = pytest.importorskip("pandas", reason="pandas is not installed (pip install '.[test]')")
    pytest.importorskip("pyarrow", reason="pyarrow is not installed (pip install '.[test]')")
    stories = [story for _, story in STORIES]
    newstranscript.to_parquet(stories, tmp_path / "turns.parquet")
    from_parquet = pd.read_parquet(tmp_path / "turns.parquet")
    from_csv = pd.read_csv(
        io.StringIO(newstranscript.to_csv(stories)), keep_default_na=False, dtype=str
    )
    assert len(from_csv) == len(from_parquet)
    assert list(from_csv["text"]) == list(from_parquet["text"])
    assert list(from_csv["start"].astype(int)) == list(from_parquet["start"])


def test_a_column_that_is_none_throughout_keeps_its_type_when_given() -> None:
    pd = pytest.importorskip("pandas", reason="pandas is not installed (pip install '.[test]')")
    records = newstranscript.to_records(STORIES[0][1])
    assert {record["url"] for record in records} == {None}
    dtypes = {f: "Int64" if t is int else "string" for f, t in newstranscript.RECORD_TYPES.items()}
    frame = pd.DataFrame(records).astype(dtypes)
    assert str(frame["url"].dtype) == "string"
    assert str(frame["turn"].dtype) == "Int64"
    assert tuple(newstranscript.RECORD_TYPES) == RECORD_FIELDS
