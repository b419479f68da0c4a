"""Diagnostics: every code the parser emits is documented, and each documented example
really gives its code."""

from __future__ import annotations

from pathlib import Path

import pytest
import regex

import newstranscript
from newstranscript._diagnostics import DIAGNOSTICS

ROOT = Path(__file__).parent.parent
DOC = (ROOT / "docs" / "diagnostics.md").read_text("utf-8")
SECTIONS = regex.findall(r"^## `([a-z-]+)`\n(.*?)(?=^## |\Z)", DOC, regex.M | regex.S)
EXAMPLES = {
    code: found.group(1)
    for code, body in SECTIONS
    if (found := regex.search(r"```text\n(.*?)```", body, regex.S)) is not None
}
# A code literal followed by its message literal, as the parser writes every diagnostic.
EMITTED = regex.compile(r"\"([a-z]+(?:-[a-z]+)+)\",\s*f?\"[^\"\n]* ")


def test_the_documentation_has_codes_and_examples() -> None:
    assert len(SECTIONS) >= 9
    # These are about bytes, HTML and lone surrogates, which a text example in this UTF-8
    # file cannot show.
    without_text = {"fallback-encoding", "unclosed-html-element", "lone-surrogate"}
    assert set(EXAMPLES) == {code for code, _ in SECTIONS} - without_text


def test_every_code_the_parser_emits_is_in_the_table() -> None:
    sources = (ROOT / "src" / "newstranscript").rglob("*.py")
    emitted = {code for path in sources for code in EMITTED.findall(path.read_text("utf-8"))}
    # the search reaches the modules in the library's sub-packages too
    assert {"unlabelled-turn", "near-duplicate-label"} <= emitted
    assert emitted <= set(DIAGNOSTICS), "add the new code to the table in _diagnostics.py"


def test_the_documentation_has_a_section_for_each_code_of_the_table() -> None:
    documented = [code for code, _ in SECTIONS]
    assert sorted(documented) == sorted(DIAGNOSTICS), "diagnostics.md and the table differ"
    assert len(set(documented)) == len(documented)


@pytest.mark.parametrize("code", sorted(EXAMPLES))
def test_the_documented_example_gives_its_code(code: str) -> None:
    story = newstranscript.parse(EXAMPLES[code])
    assert code in [diagnostic.code for diagnostic in story.diagnostics]


def test_unbalanced_brackets_point_at_the_bracket() -> None:
    text = "ANA RUIZ, HOST: The gulls (loud ones.\n\nBEN OKAFOR, BYLINE: Yes] they are.\n"
    assert [str(d) for d in newstranscript.parse(text).diagnostics] == [
        "1:27: unbalanced-bracket an opening '(' is never closed on its line",
        "3:24: unbalanced-bracket a closing ']' has no opening bracket before it on its line",
    ]


def test_balanced_and_nested_brackets_are_quiet() -> None:
    text = "ANA RUIZ, HOST: The gulls (the loud ones [really]) are back.\n"
    assert newstranscript.parse(text).diagnostics == ()


def test_a_page_without_labels_says_so_first() -> None:
    story = newstranscript.parse(EXAMPLES["no-speaker-labels"])
    assert [d.code for d in story.diagnostics] == ["no-speaker-labels", "unlabelled-turn"]
    assert (story.diagnostics[0].line, story.diagnostics[0].column) == (1, 1)


def test_strict_mode_names_every_problem_in_the_users_words() -> None:
    text = "The tide came in. It was early.\n\nANA RUIZ, HOST: (SOUNDBITE OF GULLS\n"
    with pytest.raises(newstranscript.ParseError) as caught:
        newstranscript.parse(text, strict=True)
    assert str(caught.value) == (
        "2 problems in the transcript:\n"
        "  line 1, column 1: the story opens with a paragraph that has no speaker label "
        "(usually the host's introduction, whose label the page lost) [unlabelled-turn]\n"
        "  line 3, column 17: an opening '(' is never closed on its line [unbalanced-bracket]"
    )
    assert [d.code for d in caught.value.diagnostics] == ["unlabelled-turn", "unbalanced-bracket"]
    assert caught.value.message == str(caught.value)


def test_lenient_mode_keeps_the_same_problems() -> None:
    text = "The tide came in. It was early.\n\nANA RUIZ, HOST: (SOUNDBITE OF GULLS\n"
    story = newstranscript.parse(text)
    assert [d.code for d in story.diagnostics] == ["unlabelled-turn", "unbalanced-bracket"]
    assert story.turns[1].text == "(SOUNDBITE OF GULLS"
