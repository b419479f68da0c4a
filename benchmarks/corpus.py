"""A reproducible synthetic corpus of NPR-style transcript pages for the benchmark.

Every word is invented from syllables, so the corpus holds no real transcript text, yet each
page has the shape the parser meets in scraped corpora: member-station chrome, a headline and
date line, an unlabelled host intro, labels of several eras (``NAME, HOST:`` inline or alone on
their line, ``Mr. NAME (Role):`` from before about 2012, surname labels, numbered unidentified
speakers), markers in capitals and in mixed case, a sign-off, the provider line and a bio.

    python -m benchmarks.corpus OUT_DIR --count 2000     # writes OUT_DIR/0000/000000.txt ...
"""

from __future__ import annotations

import argparse
import random
from collections.abc import Iterator
from pathlib import Path

SEED = 20_26
PAGE_SIZE = 10_000  # bytes, roughly: the size of a long NPR story page

_ONSETS = ("b", "br", "c", "d", "f", "g", "gl", "h", "k", "l", "m", "n", "p", "r", "s", "st",
           "t", "tr", "v", "w", "z")  # fmt: skip
_VOWELS = ("a", "e", "i", "o", "u", "ai", "ou", "ea")
_CODAS = ("", "", "n", "r", "l", "s", "th", "nd", "m")
_ROLES_NOW = ("HOST", "BYLINE")
_ROLES_THEN = ("Host", "host")
_GUEST_TITLES = ("Harbor Engineer", "Author", "Mayor, Lake Tessel", "Professor, Vorn College")
_CHROME = ("Play Live Radio", "Next Up:", "0:00", "0:00 0:00", "Available On Air Stations")
_MARKERS = ("(SOUNDBITE OF ARCHIVED RECORDING)", "(LAUGHTER)", "(APPLAUSE)", "(CROSSTALK)",
            "(SOUNDBITE OF MUSIC)")  # fmt: skip
_OLD_MARKERS = ("(Soundbite of music)", "(Soundbite of crowd)", "(Laughter)")
_MONTHS = ("January", "March", "May", "July", "September", "November")


class _Writer:
    """Invented words, names and sentences from one seeded random source."""

    def __init__(self, chooser: random.Random) -> None:
        self.chooser = chooser

    def word(self) -> str:
        pick = self.chooser.choice
        syllables = self.chooser.randint(1, 3)
        return "".join(pick(_ONSETS) + pick(_VOWELS) + pick(_CODAS) for _ in range(syllables))

    def name(self) -> tuple[str, str]:
        return self.word().capitalize(), self.word().capitalize()

    def sentence(self) -> str:
        words = [self.word() for _ in range(self.chooser.randint(6, 18))]
        if self.chooser.random() < 0.3:
            words.insert(self.chooser.randrange(len(words)), self.name()[1])
        text = " ".join(words)
        return text[0].upper() + text[1:] + self.chooser.choice((".", ".", ".", "?", ","))[:1]

    def paragraph(self) -> str:
        text = " ".join(self.sentence() for _ in range(self.chooser.randint(2, 5)))
        return text if text.endswith((".", "?")) else text[:-1] + "."


def page(number: int) -> str:
    """One transcript page, the same text for the same number on every machine."""
    chooser = random.Random(SEED * 1_000_003 + number)
    writer = _Writer(chooser)
    modern = chooser.random() < 0.7
    host, reporter = writer.name(), writer.name()
    guests = [writer.name() for _ in range(chooser.randint(1, 3))]
    out = _header(writer)

    def full(person: tuple[str, str], role: str) -> str:
        if modern:
            return f"{person[0].upper()} {person[1].upper()}, {role.upper()}:"
        return f"{person[0].upper()} {person[1].upper()}, {role.lower()}:"

    def guest_label(person: tuple[str, str], first: bool) -> str:
        if modern:
            return f"{person[0].upper()} {person[1].upper()}:" if first else (
                f"{person[1].upper()}:")  # fmt: skip
        honorific = chooser.choice(("Mr.", "Ms.", "Dr."))
        if first:
            title = chooser.choice(_GUEST_TITLES)
            return f"{honorific} {person[0].upper()} {person[1].upper()} ({title}):"
        return f"{honorific} {person[1].upper()}:"

    seen: set[tuple[str, str]] = set()
    speakers = [(reporter, "BYLINE"), (host, "HOST")] + [(guest, "") for guest in guests]
    unidentified = 0
    while sum(len(line) + 1 for line in out) < PAGE_SIZE - 600:
        roll = chooser.random()
        if roll < 0.08:
            markers = _MARKERS if modern else _OLD_MARKERS
            out += [chooser.choice(markers), ""]
            continue
        if roll < 0.12:
            unidentified += 1
            out += [f"UNIDENTIFIED PERSON #{unidentified}: {writer.paragraph()}", ""]
            continue
        person, role = chooser.choice(speakers)
        first = person not in seen
        seen.add(person)
        if role:
            label = full(person, role) if first else f"{person[1].upper()}:"
        else:
            label = guest_label(person, first)
        if first and modern and chooser.random() < 0.3:
            out += [label, "", writer.paragraph(), ""]  # the label alone on its line
        else:
            out += [f"{label} {writer.paragraph()}", ""]
        if chooser.random() < 0.2:
            out += [writer.paragraph(), ""]  # a continuation paragraph
    out += [f"{reporter[0]} {reporter[1]}, NPR News, {writer.word().capitalize()}.", ""]
    closing = f'(SOUNDBITE OF {writer.word().upper()}\'S "{writer.word().upper()}")'
    out += [f"{closing} Transcript provided by NPR, Copyright NPR.", ""]
    out.append(f"{reporter[0]} {reporter[1]} is a correspondent who covers {writer.word()}.")
    return "\n".join(out) + "\n"


def _header(writer: _Writer) -> list[str]:
    """Station chrome (on most pages), headline, date line and the unlabelled host intro."""
    chooser = writer.chooser
    out: list[str] = []
    if chooser.random() < 0.6:
        out.append(writer.word().capitalize() + " " + writer.word().capitalize() + " Radio")
        out.extend(chooser.sample(_CHROME, k=chooser.randint(2, len(_CHROME))))
        out.append("")
    headline = " ".join(writer.word().capitalize() for _ in range(chooser.randint(5, 9)))
    month, day, year = chooser.choice(_MONTHS), chooser.randint(1, 28), chooser.randint(2003, 2025)
    out += [headline, "", f"{month} {day}, {year} 5:00 AM ET", ""]
    out += [writer.paragraph(), ""]  # the intro whose capitals label the scrape lost
    return out


def pages(count: int) -> Iterator[str]:
    """The first ``count`` pages of the corpus, in order."""
    return (page(number) for number in range(count))


def write(folder: Path, count: int) -> list[Path]:
    """Write ``count`` pages under ``folder`` in subfolders of 1000, as a scrape would."""
    written = []
    for number, text in enumerate(pages(count)):
        target = folder / f"{number // 1000:04d}" / f"{number:06d}.txt"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
        written.append(target)
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--count", type=int, default=2000)
    args = parser.parse_args()
    write(args.folder, args.count)


if __name__ == "__main__":
    main()
