"""Score the development set of real pages, per site family, with the shared scorer.

    python evaluation/report.py                      # a table on stdout
    python evaluation/report.py --markdown           # the same as a Markdown table
    python evaluation/report.py --held-out           # the held-out batch instead
    python evaluation/report.py --scorer PATH        # another copy of score.py

The scoring itself is the shared scorer's (``score.py`` beside the project, in
``../shared/eval/``): this script only loads its functions, runs each page of
``evaluation/truth`` whose text is in ``evaluation/pages``, and adds the results up per family,
as ``docs/accuracy.md`` reports them. A page whose text has not been pulled yet is counted as
missing, not scored. Pages whose file name starts with ``held_`` are the held-out batch, never
used to tune the parser: they are scored apart (``--held-out``), so that neither set's figures
move when the other grows.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

HERE = Path(__file__).resolve().parent
DEFAULT_SCORER = HERE.parent.parent / "shared" / "eval" / "score.py"

# Site families, by the outlet the truth file names (the first entry found in it wins); NPR's
# own pages are told from NPR stories on other sites by the address. Pages that hold no
# transcript at all are a family of their own: every turn found on them is one too many.
FAMILIES: tuple[tuple[str, str], ...] = (
    ("CNN", "CNN"),
    ("PBS", "PBS"),
    ("Democracy Now", "Democracy Now"),
    ("This American Life", "This American Life"),
    ("WNYC", "WNYC and Radiolab"),
    ("Radiolab", "WNYC and Radiolab"),
    ("BBC", "BBC"),
)
PREFIX_FAMILIES = {"station": "member stations", "npr": "npr.org"}
HELD_OUT = "held_"
COUNTS = ("turns", "dist", "markers", "mdist", "speakers", "spk_found", "spk_extra")
COUNTS_MORE = ("roles", "roles_ok", "leaks")
FLAGS = ("headline_ok", "signoff_ok", "provider_ok")


def family(truth: dict[str, Any]) -> str:
    """The site family a page belongs to, for the per-family figures."""
    if not any(segment["type"] == "turn" for segment in truth["segments"]):
        return "not transcripts"
    outlet = str(truth.get("outlet") or "")
    for word, name in FAMILIES:
        if word in outlet:
            return name
    prefix = str(truth["file"]).removeprefix(HELD_OUT).split("_", 1)[0]
    return PREFIX_FAMILIES.get(prefix, "podcasts and other sites")


def load_scorer(path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location("newstranscript_eval_score", path)
    if spec is None or spec.loader is None:
        raise SystemExit(f"cannot load the scorer at {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class Tally:
    """The scorer's counts for a group of pages, added up."""

    def __init__(self) -> None:
        self.pages = 0
        self.crashes = 0
        self.counts = dict.fromkeys((*COUNTS, *COUNTS_MORE), 0)
        self.flags = {flag: [0, 0] for flag in FLAGS}

    def add(self, result: dict[str, Any]) -> None:
        self.pages += 1
        for key in self.counts:
            self.counts[key] += int(result.get(key, 0))
        for flag in FLAGS:
            if flag in result:
                self.flags[flag][0] += int(result[flag])
                self.flags[flag][1] += 1

    def crash(self, turns: int) -> None:
        self.pages += 1
        self.crashes += 1
        self.counts["turns"] += turns
        self.counts["dist"] += turns

    def row(self, name: str) -> list[str]:
        c = self.counts
        seq = 1 - c["dist"] / max(1, c["turns"])
        markers = 1 - c["mdist"] / max(1, c["markers"])
        flags = [f"{right}/{total}" for right, total in self.flags.values()]
        return [
            name,
            str(self.pages),
            f"{seq:.3f}",
            f"{markers:.3f}" if c["markers"] else "-",
            f"{c['spk_found']}/{c['speakers']}",
            str(c["spk_extra"]),
            f"{c['roles_ok']}/{c['roles']}",
            str(c["leaks"]),
            *flags,
            str(self.crashes),
        ]


HEADER = [
    "family",
    "pages",
    "speaker-seq",
    "markers",
    "speakers",
    "extra",
    "roles",
    "chrome leaks",
    "headline",
    "signoff",
    "provider",
    "crashes",
]


def score_pages(
    scorer: ModuleType, truth_dir: Path, pages_dir: Path, held_out: bool = False
) -> tuple[dict[str, Tally], list[str]]:
    """Every page's score in one set (the development set, or the held-out batch), added up
    per family, and the pages whose text is missing."""
    run: Callable[[str, int], list[dict[str, Any]]] = scorer.load_ours()
    tallies: dict[str, Tally] = {}
    missing: list[str] = []
    paths = sorted(truth_dir.glob("*.json"))
    for path in [p for p in paths if p.name.startswith(HELD_OUT) == held_out]:
        truth = json.loads(path.read_text("utf-8"))
        page = pages_dir / truth["file"]
        if not page.exists():
            missing.append(truth["file"])
            continue
        text = page.read_bytes().decode("utf-8", errors="replace")
        tally = tallies.setdefault(family(truth), Tally())
        try:
            view = scorer.ours_view(run(text, int(truth.get("stories") or 1)))
        except Exception:  # the shared scorer counts a crash as every turn wrong; so do we
            tally.crash(sum(1 for s in truth["segments"] if s["type"] == "turn"))
            continue
        tally.add(scorer.score(truth, view))
    return tallies, missing


def render(rows: list[list[str]], markdown: bool) -> str:
    if markdown:
        lines = ["| " + " | ".join(HEADER) + " |", "|" + "---|" * len(HEADER)]
        lines += ["| " + " | ".join(row) + " |" for row in rows]
        return "\n".join(lines)
    widths = [max(len(row[i]) for row in [HEADER, *rows]) for i in range(len(HEADER))]
    return "\n".join(
        "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True))
        for row in [HEADER, *rows]
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--scorer", type=Path, default=DEFAULT_SCORER)
    parser.add_argument("--truth", type=Path, default=HERE / "truth")
    parser.add_argument("--pages", type=Path, default=HERE / "pages")
    parser.add_argument("--markdown", action="store_true", help="print a Markdown table")
    parser.add_argument("--held-out", action="store_true", help="score the held-out batch")
    options = parser.parse_args(argv)
    tallies, missing = score_pages(
        load_scorer(options.scorer), options.truth, options.pages, options.held_out
    )
    total = Tally()
    for tally in tallies.values():
        total.pages += tally.pages
        total.crashes += tally.crashes
        for key in total.counts:
            total.counts[key] += tally.counts[key]
        for flag in FLAGS:
            for i in (0, 1):
                total.flags[flag][i] += tally.flags[flag][i]
    rows = [tallies[name].row(name) for name in sorted(tallies)] + [total.row("all")]
    print(render(rows, options.markdown))
    if missing:
        print(f"\n{len(missing)} pages not pulled yet (see evaluation/README.md)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
