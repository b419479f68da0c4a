"""The converter, run through ``main(argv)`` as the console script runs it."""

from __future__ import annotations

import io
import json
import re
import subprocess
import sys
from pathlib import Path

import attrs
import pytest

import newstranscript
from newstranscript._build import build
from newstranscript._cli import main
from tests.conftest import GOLDEN

PAGE = GOLDEN / "npr_station_page.txt"


def test_json_to_stdout(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(PAGE)]) == 0
    out, err = capsys.readouterr()
    assert json.loads(out)["headline"].startswith("Lighthouse Keepers")
    assert f"{PAGE}:10:1: unlabelled-turn" in err


def test_markdown_to_a_file(tmp_path: Path) -> None:
    target = tmp_path / "story.md"
    assert main([str(PAGE), "--to", "markdown", "-o", str(target), "--quiet"]) == 0
    assert target.read_text("utf-8") == newstranscript.to_markdown(newstranscript.read(PAGE))


def test_front_matter_flag(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(PAGE), "--to", "markdown", "--front-matter", "-q"]) == 0
    assert capsys.readouterr().out.startswith("---\nheadline: ")


def test_stdin(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    stdin = io.TextIOWrapper(io.BytesIO(PAGE.read_bytes()))
    monkeypatch.setattr(sys, "stdin", stdin)
    assert main(["-", "--to", "json", "-q"]) == 0
    assert json.loads(capsys.readouterr().out)["provider"].startswith("Transcript provided")


def test_jsonl_of_several_inputs(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(PAGE), str(PAGE), "--to", "jsonl", "-q"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 2
    assert all(json.loads(line)["format"] == "newstranscript/1" for line in lines)


def test_a_missing_file_is_reported_and_the_rest_converted(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "nope.txt"
    assert main([str(missing), str(PAGE), "--to", "jsonl", "-q"]) == 1
    out, err = capsys.readouterr()
    assert err == f"{missing}: No such file or directory\n"
    assert len(out.splitlines()) == 1


def test_an_empty_file_is_a_clear_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n")
    assert main([str(empty)]) == 1
    assert capsys.readouterr().err == (
        f"{empty}: input is empty: there is no transcript text to parse\n"
    )


def test_the_output_never_overwrites_an_input(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    copy = tmp_path / "page.txt"
    copy.write_bytes(PAGE.read_bytes())
    assert main([str(copy), "-o", str(copy)]) == 2
    assert copy.read_bytes() == PAGE.read_bytes()
    assert "refusing to overwrite an input file" in capsys.readouterr().err


def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--to", "yaml", str(PAGE)]) == 2
    assert "invalid choice: 'yaml'" in capsys.readouterr().err
    assert main([]) == 2


def test_several_inputs_need_a_stream_format(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(PAGE), str(PAGE)]) == 2
    assert "several inputs need --to jsonl" in capsys.readouterr().err


def test_version_and_help(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--version"]) == 0
    version = capsys.readouterr().out.strip()
    assert version == f"newstranscript {newstranscript.__version__}, {build()}"
    assert main(["--help"]) == 0
    help_text = capsys.readouterr().out
    assert "examples:" in help_text
    assert "--to {json,jsonl,markdown,text,csv,parquet,mediasum,convokit}" in help_text


def test_strict_fails_on_a_diagnostic(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(PAGE), "--strict"]) == 1
    err = capsys.readouterr().err
    assert f"{PAGE}:10:1: unlabelled-turn" in err
    assert err.endswith(f"{PAGE}: 1 problem in the transcript: unlabelled-turn at 10:1\n")


def test_python_dash_m_runs_the_converter() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "newstranscript", str(PAGE), "--to", "markdown", "-q"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("# Lighthouse Keepers")


SEVERAL = GOLDEN / "damage_several_stories.txt"


def test_all_writes_every_story_of_a_page_as_a_json_array(
    capsys: pytest.CaptureFixture[str],
) -> None:
    expected = newstranscript.parse_many(SEVERAL.read_text("utf-8"))
    assert len(expected) > 1
    assert main([str(SEVERAL), "--all", "-q"]) == 0
    documents = json.loads(capsys.readouterr().out)
    assert isinstance(documents, list)
    assert [newstranscript.from_json(json.dumps(d)) for d in documents] == [
        attrs.evolve(story, source=str(SEVERAL), index=index)
        for index, story in enumerate(expected)
    ]


def test_all_with_jsonl_writes_one_line_per_story(capsys: pytest.CaptureFixture[str]) -> None:
    expected = newstranscript.parse_many(SEVERAL.read_text("utf-8"))
    assert main([str(SEVERAL), str(PAGE), "--all", "--to", "jsonl", "-q"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == len(expected) + 1
    assert [json.loads(line)["headline"] for line in lines[: len(expected)]] == [
        story.headline for story in expected
    ]


def test_without_all_a_page_of_several_stories_is_one_story_with_a_warning(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main([str(SEVERAL)]) == 0
    out, err = capsys.readouterr()
    assert isinstance(json.loads(out), dict)
    assert "several-stories" in err


def test_all_with_markdown_gives_one_document_per_story(
    capsys: pytest.CaptureFixture[str],
) -> None:
    expected = newstranscript.parse_many(SEVERAL.read_text("utf-8"))
    assert main([str(SEVERAL), "--all", "--to", "markdown", "-q"]) == 0
    out = capsys.readouterr().out
    assert out == "\n".join(newstranscript.to_markdown(story) for story in expected)


def test_a_page_dated_in_any_zone_converts_with_nothing_on_stderr(tmp_path: Path) -> None:
    # dateutil printed "UnknownTimezoneWarning: tzname ET ..." for every page whose
    # "Originally published" line named a zone, even with --quiet.
    page = tmp_path / "page.txt"
    page.write_text(
        "Lamp Keepers Walk Out\n\nPublished March 3, 2022 at 6:14 PM MST\n\n"
        "DANA HOLLOWAY, HOST: Good morning.\n\n"
        "Originally published on March 3, 2022 at 5:00 PM ET\n",
        "utf-8",
    )
    result = subprocess.run(
        [sys.executable, "-W", "default", "-m", "newstranscript", str(page), "-q"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    assert json.loads(result.stdout)["date"] == "2022-03-03T18:14:00-07:00"


def test_text_is_the_canonical_transcript(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(PAGE), "--to", "text", "-q"]) == 0
    out = capsys.readouterr().out
    assert out == newstranscript.to_text(newstranscript.read(PAGE))
    assert newstranscript.parse(out).headline == newstranscript.read(PAGE).headline


def test_text_of_several_inputs_is_separated_by_a_blank_line(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main([str(PAGE), str(PAGE), "--to", "text", "-q"]) == 0
    one = newstranscript.to_text(newstranscript.read(PAGE))
    assert capsys.readouterr().out == one + "\n" + one


def test_text_out_dir_beside_the_inputs_never_overwrites_them(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # --to text writes .txt, the inputs' own suffix: the output would be the input itself
    copy = tmp_path / "page.txt"
    copy.write_bytes(PAGE.read_bytes())
    assert main([str(tmp_path), "--to", "text", "--out-dir", str(tmp_path), "-q"]) == 1
    assert copy.read_bytes() == PAGE.read_bytes()
    assert capsys.readouterr().err.startswith(f"{copy}: refusing to overwrite an input file")
    assert main([str(copy), "--to", "text", "--out-dir", str(tmp_path), "-q"]) == 1
    assert copy.read_bytes() == PAGE.read_bytes()
    assert sorted(path.name for path in tmp_path.iterdir()) == ["page.txt"]


def test_text_out_dir_elsewhere_writes_txt(tmp_path: Path) -> None:
    out = tmp_path / "clean"
    assert main([str(PAGE), "--to", "text", "--out-dir", str(out), "-q"]) == 0
    written = (out / PAGE.name).read_text("utf-8")
    assert written == newstranscript.to_text(newstranscript.read(PAGE))


def test_a_story_the_text_cannot_carry_fails_that_input(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = tmp_path / "seconds.txt"
    page.write_text(
        "Keepers Vote To Stay\n\nOriginally published on November 5, 2024 at 5:00:30 AM\n\n"
        "NINA WESTON, HOST: Good morning.\n",
        "utf-8",
    )
    assert main([str(page), str(PAGE), "--to", "text", "-q"]) == 1
    out, err = capsys.readouterr()
    assert err == (
        f"{page}: the story cannot be written as text: date: 2024-11-05T05:00:30 has seconds, "
        "and a date line prints minutes\n"
    )
    assert out == newstranscript.to_text(newstranscript.read(PAGE))


CLI_DOC = Path(__file__).parent.parent / "docs" / "cli.md"
OPTION = re.compile(r"(?<![\w-])(--?[a-z][a-z-]*)")


def _help(argv: list[str], capsys: pytest.CaptureFixture[str]) -> str:
    assert main(argv) == 0
    return capsys.readouterr().out


def _usage_block(command: str) -> str:
    """The usage lines docs/cli.md gives for ``command`` (the converter, ``stats`` or
    ``speakers``)."""
    block = CLI_DOC.read_text("utf-8").split("```text\n", 1)[1].split("```", 1)[0]
    usages = re.split(r"\n(?=python -m newstranscript )", block)
    opening = re.compile(r"python -m newstranscript (\w+) \[")
    wanted = [u for u in usages if ((found := opening.match(u)) and found[1]) == (command or None)]
    assert len(wanted) == 1
    return wanted[0].removeprefix("python -m newstranscript").removeprefix(f" {command}")


@pytest.mark.parametrize("command", ["", "stats", "speakers"], ids=["convert", "stats", "speakers"])
def test_the_documented_usage_lists_every_option_of_the_help_usage(
    command: str, capsys: pytest.CaptureFixture[str]
) -> None:
    help_text = _help([command, "--help"] if command else ["--help"], capsys)
    usage = help_text.split("\n\n", 1)[0]
    options = OPTION.findall(usage)
    assert "--glob" in options  # the usage line was found
    documented = OPTION.findall(_usage_block(command))
    assert options == documented


@pytest.mark.parametrize("command", ["", "stats", "speakers"], ids=["convert", "stats", "speakers"])
def test_every_option_of_the_help_is_in_the_cli_doc(
    command: str, capsys: pytest.CaptureFixture[str]
) -> None:
    help_text = _help([command, "--help"] if command else ["--help"], capsys)
    listed = help_text.split("options:\n", 1)[1].split("\n\n", 1)[0]
    options = {
        found
        for line in listed.splitlines()
        if line.startswith("  -")
        for found in OPTION.findall(line.split("  ")[1])
    }
    assert {"--help", "--glob", "--jobs", "-j"} <= options
    doc_options = set(OPTION.findall(CLI_DOC.read_text("utf-8")))
    assert sorted(options - doc_options) == []


def test_text_with_all_writes_each_story_of_a_page(capsys: pytest.CaptureFixture[str]) -> None:
    page = GOLDEN / "damage_several_stories.txt"
    assert main([str(page), "--to", "text", "--all", "-q"]) == 0
    stories = newstranscript.parse_many(page.read_text("utf-8"))
    assert len(stories) == 3
    expected = "\n".join(newstranscript.to_text(story) for story in stories)
    assert capsys.readouterr().out == expected


def test_text_of_a_page_of_several_stories_points_to_all(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    hour = (
        "Return to Transcripts main page\n\nCNN NEWSROOM\n\n{headline}. Aired {slot} ET\n\n"
        "[{time}]\n\nRHEA MARLOWE, CNN ANCHOR: {words}\n\nTOBIAS KIRK, CNN CORRESPONDENT: Yes.\n\n"
        "MARLOWE: Thanks, Tobias.\n\n"
    )
    page = tmp_path / "two_hours.txt"
    page.write_text(
        hour.format(headline="Ferry Strike Ends", slot="10-11a", time="10:00:00", words="Hi.")
        + hour.format(headline="Gale Reaches Coast", slot="11a-12p", time="11:00:00", words="Yo."),
        "utf-8",
    )
    assert main([str(page), "--to", "text", "-q"]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"{page}: the story cannot be written as text: ")
    assert err.endswith(" (the page holds several stories: --all writes each on its own)\n")
    assert "...', not 'Thanks, Tobias.'" in err  # a long text is cut inside its quotes
    assert main([str(page), "--to", "text", "--all", "-q"]) == 0
