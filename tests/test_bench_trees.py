"""The side-by-side benchmark of source trees runs and reports every tree it is given."""

from __future__ import annotations

from pathlib import Path

import pytest
from benchmarks import trees

SRC = str(Path(__file__).resolve().parent.parent / "src")


def test_it_reports_each_tree_and_its_ratio_to_the_first(
    capsys: pytest.CaptureFixture[str],
) -> None:
    trees.main([SRC, SRC, "--pages", "2", "--rounds", "1"])
    rows = [line.split() for line in capsys.readouterr().out.splitlines()[2:]]
    assert [row[0] for row in rows] == [SRC, SRC]
    assert float(rows[0][3]) == 1.0
    assert all(float(row[1]) > 0 for row in rows)


def test_a_folder_without_the_package_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit):
        trees.main([str(tmp_path)])
    assert "no newstranscript package" in capsys.readouterr().err
