"""The bracket check on the words of turns: a marker that lost its closing bracket is kept as
spoken text, and the user should hear about it."""

from __future__ import annotations

from newstranscript import _grammar as grammar
from newstranscript._lazy import compile_lazily
from newstranscript._parse.assembly.state import State

_BRACKETS = compile_lazily(r"[()\[\]]")
_CLOSES = {")": "(", "]": "["}


def check_brackets(state: State, start: int, end: int) -> None:
    """Note the first bracket in ``text[start:end]`` that is never closed or closes
    nothing: usually a marker that lost its other half, so it was read as speech."""
    words = state.text[start:end]
    # The common case, settled by four string scans: a pattern's search for any of the four
    # brackets costs thirty times as much on a turn's words.
    if "(" not in words and ")" not in words and "[" not in words and "]" not in words:
        return
    # Brackets that pair up as printed are settled by the plain scan; only a line that
    # fails it is read again passing over smileys and list enumerators, whose lone
    # brackets are no marker's half ("for three reasons: 1) cost, 2) time").
    if _unbalanced_bracket(words, lone_forms=False) is None:
        return
    found = _unbalanced_bracket(words, lone_forms=True)
    if found is None:
        return
    at, bracket = found
    if bracket in _CLOSES:
        state.note(
            start + at,
            "unbalanced-bracket",
            f"a closing {bracket!r} has no opening bracket before it on its line",
        )
    else:
        state.note(
            start + at,
            "unbalanced-bracket",
            f"an opening {bracket!r} is never closed on its line",
        )


def _unbalanced_bracket(words: str, *, lone_forms: bool) -> tuple[int, str] | None:
    """Where the first bracket of a line that is never closed or closes nothing stands, and
    which bracket it is.

    With ``lone_forms``, smileys and list enumerators, whose lone brackets are no marker's
    half, are passed over.
    """
    open_at: dict[str, list[int]] = {"(": [], "[": []}
    in_list = False  # an enumerator started a list, so "2)" after a comma goes on with it
    for token in (grammar.BRACKET if lone_forms else _BRACKETS).finditer(words):
        if token.lastgroup == "emoticon":
            # ":))" closing an aside: the smile takes one bracket, the rest close it
            for extra in token.group("mouth")[1:]:
                stack = open_at.get(_CLOSES.get(extra, ""))
                if stack:
                    stack.pop()
            continue
        if token.lastgroup == "enumerator":
            # An open "(" is what such a bracket closes: "(score: 1)" is an aside.
            if not open_at["("] and (in_list or token.group("starts") is not None):
                in_list = True
                continue
            found, at = ")", token.end() - 1
        else:
            found, at = token.group(), token.start()
        if found in open_at:
            open_at[found].append(at)
        elif open_at[_CLOSES[found]]:
            open_at[_CLOSES[found]].pop()
        else:
            return at, found
    return min(((stack[0], opener) for opener, stack in open_at.items() if stack), default=None)
