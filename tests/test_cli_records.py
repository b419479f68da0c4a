"""Records that say where they came from, warnings under control, and the converter's own
spelling: source and index in every record, error records, --ignore, --warnings, repeated
--glob, the stats subcommand beside a path named stats."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import attrs
import jsonschema
import pytest

import newstranscript
from newstranscript._cli import main
from tests.conftest import GOLDEN

PAGE = GOLDEN / "npr_station_page.txt"
SEVERAL = GOLDEN / "damage_several_stories.txt"
EXAMPLE = Path(__file__).parent.parent / "examples" / "lighthouse_keepers.txt"


def _lines(out: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in out.splitlines()]


def test_every_jsonl_record_names_its_input(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # the only join key left was the headline, which is not unique in a real corpus
    copy = tmp_path / "copy.txt"
    copy.write_bytes(PAGE.read_bytes())
    assert main([str(PAGE), str(copy), "--to", "jsonl", "-q", "--jobs", "1"]) == 0
    records = _lines(capsys.readouterr().out)
    assert [(r["source"], r["index"], r["url"]) for r in records] == [
        (str(PAGE), None, None),
        (str(copy), None, None),
    ]


def test_all_numbers_each_story_of_its_page(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(SEVERAL), "--all", "--to", "jsonl", "-q"]) == 0
    records = _lines(capsys.readouterr().out)
    assert [(r["source"], r["index"]) for r in records] == [(str(SEVERAL), n) for n in range(3)]


def test_stdin_is_recorded_as_a_dash(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(PAGE.read_bytes())))
    assert main(["-", "-q"]) == 0
    assert json.loads(capsys.readouterr().out)["source"] == "-"


def test_error_records_keep_failed_inputs_in_the_stream(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # failed files were simply absent from the JSONL stream
    empty = tmp_path / "empty.txt"
    empty.write_text(" \n")
    argv = [str(PAGE), str(empty), str(PAGE), "--to", "jsonl", "--error-records", "-q"]
    assert main([*argv, "--jobs", "1"]) == 1
    records = _lines(capsys.readouterr().out)
    assert [r["format"] for r in records] == [
        "newstranscript/1",
        "newstranscript/error",
        "newstranscript/1",
    ]
    assert records[1] == {
        "format": "newstranscript/error",
        "source": str(empty),
        "error": "input is empty: there is no transcript text to parse",
    }


@pytest.mark.parametrize(
    "extra", [["--to", "json"], ["--to", "jsonl", "--out-dir", "x"]], ids=["json", "out-dir"]
)
def test_error_records_need_a_jsonl_stream(
    extra: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([str(PAGE), "--error-records", *extra]) == 2
    assert "--error-records needs --to jsonl written to stdout or -o" in capsys.readouterr().err


def test_the_api_keeps_a_callers_source_and_url() -> None:
    text = PAGE.read_text("utf-8")
    story = newstranscript.parse(text, source="page.txt", url="https://example.invalid/p")
    assert (story.source, story.url, story.index) == (
        "page.txt",
        "https://example.invalid/p",
        None,
    )
    assert newstranscript.from_json(newstranscript.to_json(story)) == story
    data = json.loads(newstranscript.to_json(story))
    jsonschema.validate(data, newstranscript.json_schema())
    many = newstranscript.parse_many_bytes(SEVERAL.read_bytes(), source="s.txt")
    assert {item.source for item in many} == {"s.txt"}
    assert newstranscript.read(PAGE, url="u").url == "u"
    with pytest.raises(TypeError, match=r"parse\(\) takes source as a str, not PosixPath"):
        newstranscript.parse(text, source=PAGE)  # type: ignore[arg-type]


def test_every_format_carries_the_provenance_it_can() -> None:
    story = attrs.evolve(
        newstranscript.read(PAGE), source="page.txt", url="https://example.invalid/p", index=2
    )
    front = newstranscript.to_markdown(story, front_matter=True).split("---\n")[1]
    assert 'source: "page.txt"\n' in front
    assert 'url: "https://example.invalid/p"\n' in front
    assert "index: 2\n" in front
    # the canonical transcript is the page's words: where it came from is not among them,
    # and a story that names its source still writes and reads back
    assert newstranscript.to_text(story) == newstranscript.to_text(newstranscript.read(PAGE))
    plain = newstranscript.to_markdown(newstranscript.read(PAGE), front_matter=True)
    assert "source:" not in plain


def test_from_json_refuses_a_negative_index() -> None:
    data = json.loads(newstranscript.to_json(newstranscript.read(PAGE)))
    data["index"] = -1
    with pytest.raises(newstranscript.FormatError, match="index: expected a number from 0 up"):
        newstranscript.from_json(json.dumps(data))
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(data, newstranscript.json_schema())


def test_ignore_silences_a_code_and_strict_honours_it(capsys: pytest.CaptureFixture[str]) -> None:
    # --strict rejected the seed page and the shipped example for one expected warning
    for page in (PAGE, EXAMPLE):
        assert main([str(page), "--strict", "--ignore", "unlabelled-turn"]) == 0
        out, err = capsys.readouterr()
        assert err == ""
        # the record keeps every diagnostic: --ignore only quiets the converter
        assert [d["code"] for d in json.loads(out)["diagnostics"]] == ["unlabelled-turn"]
    assert main([str(PAGE), "--strict", "--ignore", "several-stories,lost-character"]) == 1
    assert "unlabelled-turn" in capsys.readouterr().err


def test_ignore_takes_lists_and_repeats(capsys: pytest.CaptureFixture[str]) -> None:
    argv = [str(SEVERAL), "--ignore", "unlabelled-turn,several-stories,incomplete-date"]
    assert main([*argv, "--ignore", "near-duplicate-label"]) == 0
    assert capsys.readouterr().err == ""
    assert main([str(PAGE), "--ignore", "Not A Code!"]) == 2
    assert "--ignore: not diagnostic codes: 'Not A Code!'" in capsys.readouterr().err


def _corpus(root: Path, count: int) -> Path:
    for number in range(count):
        (root / f"{number}.txt").write_bytes(PAGE.read_bytes())
    return root


def test_warnings_count_sums_them_up_by_code(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # unlabelled-turn fired on most pages of a corpus and drowned the progress line
    corpus = _corpus(tmp_path, 3)
    argv = [str(corpus), "--to", "jsonl", "--jobs", "1", "--warnings", "count"]
    assert main(argv) == 0
    err = capsys.readouterr().err.splitlines()
    assert err[0] == "warnings: 3 (unlabelled-turn 3)"
    assert err[1].startswith("converted 3 of 3 files in ")
    assert len(err) == 2


def test_warnings_none_keeps_the_summary(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # -q was the only way to quiet warnings, and it took the summary with them
    corpus = _corpus(tmp_path, 2)
    assert main([str(corpus), "--to", "jsonl", "--jobs", "1", "--warnings", "none"]) == 0
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 1
    assert err[0].startswith("converted 2 of 2 files in ")


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_the_progress_line_is_drawn_again_after_each_message(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus = _corpus(tmp_path, 3)
    terminal = _Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    out = tmp_path / "all.jsonl"
    assert main([str(corpus), "-o", str(out), "--jobs", "1"]) == 0
    shown = terminal.getvalue()
    assert shown.count("unlabelled-turn") == 3
    assert shown.count("whose label the page lost)\n\r[") == 3


def test_glob_can_be_repeated(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # a second --glob replaced the first
    (tmp_path / "a.txt").write_bytes(PAGE.read_bytes())
    (tmp_path / "b.transcript").write_bytes(PAGE.read_bytes())
    (tmp_path / "c.html").write_text("<p>not taken</p>")
    argv = [str(tmp_path), "--glob", "*.txt", "--glob", "*.transcript", "--to", "jsonl", "-q"]
    assert main(argv) == 0
    sources = [r["source"] for r in _lines(capsys.readouterr().out)]
    assert sources == [str(tmp_path / "a.txt"), str(tmp_path / "b.transcript")]
    assert main([str(tmp_path), "--glob", "*.md", "--glob", "*.htm", "--to", "jsonl"]) == 1
    assert f"{tmp_path}: no files match '*.md' or '*.htm' in this folder" in (
        capsys.readouterr().err
    )


def test_json_of_a_folder_is_a_usage_error_whatever_it_holds(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # one file in the folder worked, two were a usage error
    (tmp_path / "a.txt").write_bytes(PAGE.read_bytes())
    assert main([str(tmp_path), "--to", "json"]) == 2
    assert "a folder or several inputs need --to jsonl" in capsys.readouterr().err


def test_stats_beside_a_folder_named_stats_is_still_the_subcommand(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # a folder named stats turned `stats story.txt` into a usage error with no hint why
    monkeypatch.chdir(tmp_path)
    Path("stats").mkdir()
    assert main(["stats", str(PAGE)]) == 0
    out, err = capsys.readouterr()
    assert out.startswith("Lighthouse Keepers Return")
    assert err == (
        "newstranscript: note: 'stats' is the subcommand here; write ./stats for the path "
        "named stats in this folder\n"
    )


def test_dot_slash_stats_is_the_path(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    Path("stats").write_bytes(PAGE.read_bytes())
    assert main(["./stats", "-q"]) == 0
    assert json.loads(capsys.readouterr().out)["source"] == "./stats"


def test_the_stats_encoding_hint_is_spelled_as_an_option(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    latin = tmp_path / "latin.txt"
    latin.write_bytes(b"ANA RUIZ, HOST: \x93Hello.\x94\n")
    assert main(["stats", str(latin)]) == 1
    out = capsys.readouterr().out
    assert "pass --encoding cp1252 (or the file's real encoding)" in out
    assert "encoding='" not in out
