"""The people of a corpus: one speaker linked across the stories they speak in.

A story already resolves its own labels (``WESTON:`` after ``NINA WESTON, HOST:`` is Nina
Weston), so across stories a person is everyone whose name has the same *name key*: the name
with accents stripped, case folded, and punctuation dropped (``Nina Weston``, ``NINA
WESTON`` and ``Nína Weston`` are one person). Each person's id comes from that key alone
(:func:`person_id`), so it is the same on every run, whatever the order of the stories.

Two keys that differ are never merged; the pairs a person should look at are flagged as
:class:`Similar` instead: a surname one edit apart under the same first name (``Weston`` and
``Westen``), a first name dropped (``Weston`` alone beside ``Nina Weston``), an initial for the
first name (``N. Weston``). Candidates are found through indexes (the surname, and every way
of deleting one letter from it), never by comparing every pair of people, so the work grows
with the corpus, not with its square.
"""

from __future__ import annotations

import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from datetime import date

import attrs

from newstranscript._model import Story

# Enough of the hash that a million names share none by chance; short enough to read.
_ID_DIGITS = 12
_ID_PREFIX = "p-"
# Shorter surnames one letter apart are as often two names as one misspelt (Lee, Lei).
_MIN_SURNAME_FOR_SPELLING = 4
# The reasons a pair is flagged, as the listing shows them.
SURNAME_SPELLING = "surname one letter apart"
FIRST_NAME_DROPPED = "first name dropped"
INITIAL_FOR_FIRST_NAME = "initial for the first name"


@attrs.frozen
class Similar:
    """Another person who may be the same one: their id, display name, and why."""

    person: str
    name: str
    reason: str


@attrs.frozen
class Person:
    """One person of a corpus, as every story that names them has them."""

    id: str
    name: str  # the form of the name most stories give (ties: the first in sorted order)
    labels: tuple[str, ...]  # every label form seen, sorted
    roles: tuple[tuple[str, int], ...]  # each role and how many stories gave it, most first
    stories: tuple[str, ...]  # the stories' keys, in the order they were added
    first: date | None
    last: date | None
    outlets: tuple[str, ...]
    similar: tuple[Similar, ...] = ()  # likely duplicates, for a person to confirm


def name_key(name: str) -> str:
    """A name as people are matched by: accents stripped, case folded, letters and digits
    kept, words separated by one space (``"Nína  O'Neil-Ray"`` gives ``"nina oneilray"``)."""
    plain = unicodedata.normalize("NFKD", name)
    words: list[str] = []
    word: list[str] = []
    for character in plain:
        if unicodedata.combining(character):
            continue
        if character.isalnum():
            word.append(character.casefold())
        elif character in "'’-.":
            # O'Neil, Smith-Jones: one word; "N." an initial
            if character == "." and word:
                words.append("".join(word))
                word = []
        elif word:
            words.append("".join(word))
            word = []
    if word:
        words.append("".join(word))
    return " ".join(words)


def person_id(name: str) -> str:
    """The id of the person a name names: ``p-`` and the first 12 hex digits of the SHA-256
    of its :func:`name_key` in UTF-8. Deterministic: the same name (in any case, with or
    without accents) gives the same id on every run and machine."""
    return _id_of(name_key(name))


@attrs.define
class _Seen:
    names: Counter[str] = attrs.field(factory=Counter)
    labels: set[str] = attrs.field(factory=set)
    roles: Counter[str] = attrs.field(factory=Counter)
    stories: dict[str, None] = attrs.field(factory=dict)  # ordered, each once
    first: date | None = None
    last: date | None = None
    outlets: set[str] = attrs.field(factory=set)


class People:
    """Gathers the people of stories added one at a time; memory grows with the people and
    their stories, not with the text read."""

    def __init__(self) -> None:
        self._seen: dict[str, _Seen] = {}

    def add(self, story: Story, key: str) -> None:
        """Count the people who speak in ``story``, known in the corpus as ``key``."""
        aired = story.date.date() if story.date is not None else None
        for speaker in story.speakers:
            if speaker.role == "unidentified":
                continue  # "Unidentified person #1" of two stories is not one person
            found = name_key(speaker.name)
            if not found:
                continue
            seen = self._seen.setdefault(found, _Seen())
            seen.names[speaker.name] += 1
            seen.labels.update(speaker.labels)
            for role in speaker.roles or ((speaker.role,) if speaker.role else ()):
                seen.roles[role] += 1
            seen.stories[key] = None
            if aired is not None:
                seen.first = aired if seen.first is None else min(seen.first, aired)
                seen.last = aired if seen.last is None else max(seen.last, aired)
            if story.outlet:
                seen.outlets.add(story.outlet)

    def people(self) -> list[Person]:
        """Everyone seen, sorted by display name then id, each with their likely duplicates."""
        names = {found: _display(seen.names) for found, seen in self._seen.items()}
        similar = _similar(names)
        people = [
            Person(
                id=_id_of(found),
                name=names[found],
                labels=tuple(sorted(seen.labels)),
                roles=tuple(sorted(seen.roles.items(), key=lambda item: (-item[1], item[0]))),
                stories=tuple(seen.stories),
                first=seen.first,
                last=seen.last,
                outlets=tuple(sorted(seen.outlets)),
                similar=tuple(similar.get(found, ())),
            )
            for found, seen in self._seen.items()
        ]
        return sorted(people, key=lambda person: (person.name.casefold(), person.id))


def people(stories: Iterable[Story], /, *, keys: Iterable[str] | None = None) -> list[Person]:
    """The people who speak in ``stories``, one :class:`Person` each, linked across stories
    by their :func:`name_key` and flagged (never merged) when two may be one.

    A story is known by its key in ``keys`` (one per story), else by ``story_key``: its
    ``source`` (with ``#N`` for the Nth story of a page), else a hash of its JSON.
    """
    if isinstance(stories, Story):
        raise TypeError("people() takes an iterable of stories; wrap one in a list")
    from newstranscript._write.records import story_key  # noqa: PLC0415

    gathered = People()
    given = iter(keys) if keys is not None else None
    for position, story in enumerate(stories):
        if not isinstance(story, Story):
            raise TypeError(f"story {position}: expected a Story, not {type(story).__name__}")
        key = next(given, None) if given is not None else None
        if given is not None and key is None:
            raise ValueError(f"keys: no key for story {position}")
        if key is None and story.source is not None and story.index is not None:
            key = f"{story.source}#{story.index}"
        gathered.add(story, story_key(story, key))
    return gathered.people()


def _id_of(found: str) -> str:
    import hashlib  # noqa: PLC0415  # kept out of the package's import time

    digest = hashlib.sha256(found.encode("utf-8")).hexdigest()
    return _ID_PREFIX + digest[:_ID_DIGITS]


def _display(forms: Counter[str]) -> str:
    return min(forms, key=lambda form: (-forms[form], form))


def _similar(names: dict[str, str]) -> dict[str, list[Similar]]:
    """For each name key, the others that may be the same person."""
    found: dict[str, dict[str, str]] = defaultdict(dict)
    for one, other, reason in _candidates(list(names)):
        found[one].setdefault(other, reason)
        found[other].setdefault(one, reason)
    return {
        key: [
            Similar(_id_of(other), names[other], reason)
            for other, reason in sorted(others.items(), key=lambda item: _id_of(item[0]))
        ]
        for key, others in found.items()
    }


def _candidates(keys: list[str]) -> Iterator[tuple[str, str, str]]:
    """The pairs of name keys worth a person's look, found by blocking: by surname, by
    surname and initial, and by first names with a surname one deletion away."""
    by_surname: dict[str, list[str]] = defaultdict(list)
    by_initial: dict[tuple[str, str], list[str]] = defaultdict(list)
    by_deletion: dict[tuple[str, str], list[str]] = defaultdict(list)
    for key in keys:
        words = key.split(" ")
        surname, given = words[-1], words[:-1]
        if given:
            by_surname[surname].append(key)
            if len(given[0]) > 1:
                by_initial[(surname, given[0][0])].append(key)
        if len(surname) >= _MIN_SURNAME_FOR_SPELLING:
            for variant in _deletions(surname):
                by_deletion[(" ".join(given), variant)].append(key)
    for key in keys:
        words = key.split(" ")
        if len(words) == 1:
            for other in by_surname.get(words[0], ()):
                yield key, other, FIRST_NAME_DROPPED
        elif len(words[0]) == 1:
            for other in by_initial.get((words[-1], words[0]), ()):
                yield key, other, INITIAL_FOR_FIRST_NAME
    for block in by_deletion.values():
        for position, one in enumerate(block):
            for other in block[position + 1 :]:
                if one != other and _one_edit(one.split(" ")[-1], other.split(" ")[-1]):
                    yield one, other, SURNAME_SPELLING


def _deletions(word: str) -> Iterator[str]:
    """The word and every word one letter shorter: two words one edit apart share one."""
    yield word
    for position in range(len(word)):
        yield word[:position] + word[position + 1 :]


def _one_edit(one: str, other: str) -> bool:
    """Whether two different words are one substitution, insertion, deletion or swap of
    neighbours apart."""
    if one == other or abs(len(one) - len(other)) > 1:
        return False
    if len(one) > len(other):
        one, other = other, one
    start = 0
    while start < len(one) and one[start] == other[start]:
        start += 1
    if len(one) < len(other):
        return one[start:] == other[start + 1 :]
    if one[start + 1 :] == other[start + 1 :]:
        return True
    swapped = start + 1 < len(one) and one[start] == other[start + 1]
    return swapped and one[start + 1] == other[start] and one[start + 2 :] == other[start + 2 :]
