"""Running a measurement in a fresh process, so one run's leftovers cannot hide another's
peak memory: the child prints its figures as one JSON object."""

from __future__ import annotations

import json
import subprocess
import sys


def child_figures(program: str, *arguments: str) -> dict[str, float]:
    """Run ``program`` (Python source) with ``arguments`` in a fresh interpreter; the JSON
    object it prints."""
    completed = subprocess.run(
        [sys.executable, "-c", program, *arguments],
        check=True,
        capture_output=True,
        text=True,
    )
    figures: dict[str, float] = json.loads(completed.stdout)
    return figures
