"""The README's Python example runs as printed, from the repository's root."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
import regex

ROOT = Path(__file__).parent.parent


def test_the_readme_python_example_runs(monkeypatch: pytest.MonkeyPatch) -> None:
    readme = (ROOT / "README.md").read_text("utf-8")
    blocks = regex.findall(r"```python\n(.*?)```", readme, regex.S)
    assert blocks, "the README has no Python example"
    monkeypatch.chdir(ROOT)
    monkeypatch.setattr("builtins.print", lambda *args, **kwargs: None)
    for block in blocks:
        exec(compile(block, "README.md", "exec"), {"__name__": "readme"})
    assert os.path.exists(ROOT / "examples" / "lighthouse_keepers.txt")
