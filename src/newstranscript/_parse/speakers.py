"""The speaker registry: which person each label names.

A page introduces a person once in full (``GREG MYRE, BYLINE:``) and then uses a short label
(``MYRE:``), sometimes before the full one. The registry first learns every full label of the
page, then resolves labels in reading order, keeping what it had to guess as diagnostics.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator
from functools import partial

import regex

from newstranscript import _grammar as grammar
from newstranscript._lazy import compile_lazily
from newstranscript._model import Span, Speaker
from newstranscript._person_names import (
    SpeakerIds,
    display_name,
    name_key,
    name_words,
    role_of,
)

# Asides that describe how a line was delivered, not who the speaker is.
_DELIVERY = compile_lazily(
    r"^(?:voice[ -]?over|v\.?o\.?|on[ -]camera|off[ -]camera|through (?:an )?(?:interpreter|"
    r"translator)|in unison|via (?:tele)?phone|on (?:the )?(?:tele)?phone|by phone|"
    r"inaudible|singing|speaking .{1,30}|on tape|recorded|live)$",
    regex.IGNORECASE,
)


class Label:
    """One speaker label as the page printed it, taken apart."""

    __slots__ = (
        "aside",
        "delivery",
        "described_as",
        "first_name_only",
        "generic",
        "honorific",
        "initials",
        "is_full",
        "is_initialled",
        "key",
        "name",
        "name_only",
        "name_title",
        "party",
        "printed",
        "role_text",
        "title_text",
        "unidentified",
        "words",
    )

    def __init__(
        self,
        printed: str,
        name: str,
        *,
        honorific: str | None = None,
        role_text: str | None = None,
        aside: str | None = None,
        party: str | None = None,
        unidentified: bool = False,
        name_title: str | None = None,
        generic: bool = False,
    ) -> None:
        # The name is often the label as printed, and the key often the name: equal strings
        # are kept as one, as a page of many speakers keeps a label for each of them.
        self.printed = printed
        self.name = printed if name == printed else name
        # The name as labels are compared, and its words: worked out once here, as every
        # check of the label (corroboration, full or short, resolution) asks for them.
        key = name_key(name)
        self.key = self.name if key == self.name else key
        self.words = name_words(self.key)
        # An initial and a surname, ``S. O'BRIEN``, ``J. KING``: it narrows a surname down
        # rather than introducing anyone.
        words = self.words
        self.is_initialled = len(words) == 2 and len(words[0]) == 2 and words[0].endswith(".")
        self.honorific = honorific
        self.role_text = role_text
        self.aside = aside
        self.party = party
        self.unidentified = unidentified
        # A title of office printed before the name (SENATOR, Sen., President): the person's
        # title, kept out of the name so the short and byline labels meet the same person.
        self.name_title = name_title
        # A generic speaker (Man, Narrator, Speaker 1): named by what they are, so the name
        # is whole as printed, and its first word gives the role (grammar.GENERIC_SPEAKERS).
        self.generic = generic
        self.delivery, self.title_text = _aside_parts(aside)
        # What the label says the person is: the role after the name's comma, or, in old NPR
        # labels that print no comma (``Mr. TOMAS REYES (Writer):``), the title in brackets.
        # Both read the same way, so ``(Host)`` gives the host's role as ``, HOST`` does and
        # ``(Writer)`` a guest's as ``, COMEDIAN`` does.
        self.described_as = role_text or self.title_text
        # Whether the label introduces a person rather than referring back to one; an
        # initial (``S. OKAFOR``) narrows a surname down and introduces nobody.
        self.is_full = bool(generic or unidentified or role_text or self.title_text or party) or (
            not self.is_initialled and len(words) >= 2
        )
        # One mixed-case word and nothing else (``Tavis:``): the page must confirm it more.
        single = len(words) == 1 and not (self.is_full or name_title or honorific)
        self.first_name_only = single and not name.isupper()
        # Initials alone (``TG:``, ``TR (JIMMY):``), as scripts print a person named in full
        # once; an aside after them names the part they play, not who they are.
        plain = not (name_title or honorific or generic or unidentified or party or role_text)
        self.initials = plain and len(words) == 1 and is_initials(name)
        # Nothing but a name: no aside either (``VANEK SMITH:``), as a surname alone is printed.
        self.name_only = plain and not aside


def _aside_parts(aside: str | None) -> tuple[str | None, str | None]:
    """A label's aside as how the turn was delivered (``voice-over``, ``in unison``) or as
    what the person is (``Writer``): settled once, as every label is asked both."""
    if not aside:
        return None, None
    aside = aside.strip()
    return (aside, None) if _DELIVERY.match(aside) else (None, aside)


class Person:
    """A speaker while the registry is still learning about them."""

    __slots__ = (
        "about",
        "about_span",
        "first_label",
        "first_turn",
        "honorifics",
        "key",
        "label",
        "last_turn",
        "more_labels",
        "name",
        "order",
        "party",
        "role",
        "roles",
        "title",
        "turns",
        "unidentified",
        "words",
    )

    def __init__(
        self,
        key: str,
        name: str,
        *,
        unidentified: bool = False,
        words: tuple[str, ...] | None = None,
    ) -> None:
        self.key = key
        self.order = -1  # the registry's count of people before this one
        # Each short label is compared with every person's words: the label that introduced
        # the person gives them, already worked out, where its key is the person's.
        self.words = name_words(key) if words is None else words
        self.name = name
        self.role: str | None = None
        # Each role seen, in order: a few of the model's ROLES at most, so a tuple, which
        # the garbage collector soon stops tracking (the empty one is shared).
        self.roles: tuple[str, ...] = ()
        self.title: str | None = None
        self.party: str | None = None
        # Each label form once, in the order seen: the first alone, and any others in a
        # dictionary made only when a second form comes, as most people are printed one way
        # and a page may hold many thousands of people.
        self.label: str | None = None
        self.more_labels: dict[str, None] | None = None
        self.honorifics = _NO_HONORIFICS  # as _address gives them: Mr., Ms.
        self.about: str | None = None
        self.about_span: Span | None = None
        self.first_turn = -1
        self.last_turn = -1
        # Where the person's first label stands, normalised; -1 for someone no label named
        # (a host named by their intro): a slot rather than a dictionary by ``id(person)``,
        # whose keys are each an int object of their own.
        self.first_label = -1
        self.turns = 0  # how many turns are theirs
        self.unidentified = unidentified

    def learn(self, label: Label) -> None:
        role, title = role_of(label.described_as)
        if label.unidentified:
            role = "unidentified"
        elif label.generic:
            role = grammar.GENERIC_SPEAKERS[label.words[0]]
        if label.role_text:
            # a role after the comma and a title in brackets: both describe the person
            title = title or label.title_text
        if title is None and label.name_title is not None:
            # what the label says after the name (PRESIDENT OF THE UNITED STATES) tells more
            # than the office before it, so the office is the title only when nothing else is
            title = display_name(label.name_title)
        if role is not None:
            self.play(role)
        if title is not None and self.title is None:
            self.title = title.strip()
        if label.party is not None and self.party is None:
            self.party = label.party
        self._printed_as(label.printed)
        if label.honorific:
            self.honorifics |= {_address(label.honorific)}

    def play(self, role: str) -> None:
        """Note a role seen for the person; the first one seen is their role."""
        if self.role is None:
            self.role = role
        if role not in self.roles:
            self.roles = (*self.roles, role)

    def _printed_as(self, printed: str) -> None:
        if self.label is None:
            self.label = printed
        elif printed != self.label:
            if self.more_labels is None:
                self.more_labels = {}
            self.more_labels.setdefault(printed)

    def labels(self) -> tuple[str, ...]:
        """Each label form the page printed for the person, in the order first seen."""
        if self.label is None:
            return ()
        return (self.label, *(self.more_labels or ()))


# One shared empty set: each ``frozenset()`` is a new object the garbage collector tracks.
_NO_HONORIFICS: frozenset[str] = frozenset()


def _address(honorific: str) -> str:
    """An honorific as it tells people apart: ``Mrs.``, ``Ms.`` and ``Miss`` address one
    person alike, as a page may print either for her; the others stand for themselves."""
    word = honorific.upper().rstrip(".")
    return "MS" if word in ("MRS", "MISS") else word


# How many letters initials standing for a name run to: a first name and a surname, with a
# middle name at most. A word of one letter is a placeholder (``Q:``, ``A:``).
_INITIALS = range(2, 4)
_TWO_WORDS = 2


def _without_surname_labels(candidates: list[Person]) -> list[Person]:
    """The candidates but those named by two words that end another's name: the label
    ``VANEK SMITH`` is Stacey Vanek Smith's surname, not a second Smith."""
    tails = {person.words[-2:] for person in candidates if len(person.words) > _TWO_WORDS}
    return [person for person in candidates if person.words not in tails]


def is_initials(printed: str) -> bool:
    """Whether a label as printed is a person's initials alone (``TG``, ``JFK``)."""
    return len(printed) in _INITIALS and printed.isalpha() and printed.isupper()


def initials_of(words: tuple[str, ...]) -> str:
    """The initials of a name's words (``TERRY GROSS`` → ``TG``)."""
    return "".join(word[0] for word in words)


class Resolution:
    """What a label resolved to, and why it was a guess if it was one.

    ``resolved`` is whether a short label was tied to someone the page names more fully
    elsewhere (``MYRE`` to Greg Myre), rather than naming its speaker by itself.
    """

    __slots__ = ("detail", "person", "problem", "resolved")

    def __init__(
        self,
        person: Person,
        problem: str | None = None,
        detail: str = "",
        *,
        resolved: bool = False,
    ) -> None:
        self.person = person
        self.problem = problem
        self.detail = detail
        self.resolved = resolved


class Registry:
    """Every person of one story, found from their labels.

    Every question the assembler asks of it (who a short label names, whose bio a line
    opens, who has a name one letter off another's) is answered from indexes kept by key,
    never by reading every person: a page can name thousands.
    """

    def __init__(self) -> None:
        self._people: list[Person] = []
        self._by_key: dict[str, Person] = {}
        # Indexes made at the first question that needs them (most pages ask none of them),
        # then kept up to date: the people a short label can name (named people of two
        # words or more by surname, first name, and initial and surname), every named person
        # by the words of their name, and the people who spoke by their name as a bio
        # prints it.
        self._short_labels: _ShortLabelIndex | None = None
        self._by_words: dict[tuple[str, ...], list[Person]] | None = None
        self._bios: _NameTrie | None = None
        self._speaking: list[Person] = []  # in the order they first spoke
        # Whether anyone's name is of three words or more, which a two-word label may end.
        self._long_names = False
        # Whether some short label of the page is a bare surname or first name (not an
        # initial and a surname, a placeholder or an honorific's): see _short.
        self._bare_short_labels = False
        # The stretch of text whose full names a short label nobody introduced may name
        # (``JAD:`` and "I'm Jad Abumrad"), and those names by word, read at the first
        # such label.
        self._text: tuple[str, int, int] | None = None
        self._text_names: dict[str, dict[str, str]] | None = None
        # The same names by their initials (``TG`` for Terry Gross), for a label of initials.
        self._text_initials: dict[str, dict[str, str]] | None = None

    def _add(self, person: Person) -> Person:
        person.order = len(self._people)
        self._people.append(person)
        self._by_key[person.key] = person
        if not person.unidentified:
            self._long_names = self._long_names or len(person.words) > _TWO_WORDS
            if self._short_labels is not None:
                self._short_labels.add(person)
            if self._by_words is not None:
                self._by_words.setdefault(person.words, []).append(person)
        return person

    def _spoke(self, person: Person, turn: int) -> None:
        """Count a turn of ``person``'s, the first one making them a speaker."""
        if person.first_turn < 0:
            person.first_turn = turn
            self._speaking.append(person)
            if self._bios is not None:
                self._bios.add(person)
        person.last_turn = max(person.last_turn, turn)
        person.turns += 1

    def names_in(self, text: str, start: int, end: int) -> None:
        """Where the story's own words stand, whose full names may tie a short label that no
        label introduces to its person (the text is read only if such a label comes)."""
        self._text = (text, start, end)

    def _named_in_text(self, words: tuple[str, ...]) -> str | None:
        """The one full name the story's text prints that a short label's words can name, a
        first name or surname alone (``JAD``); ``None`` when the text prints none, or
        several."""
        if self._text is None or len(words) != 1:
            return None  # an initial and a surname is how CNN names people: see _short
        named = self._text_name_table().get(words[0], {})
        return next(iter(named.values())) if len(named) == 1 else None

    def _text_name_table(self) -> dict[str, dict[str, str]]:
        """The full names the story's text prints, by their first word and by their last."""
        if self._text_names is None:
            self._text_names = {}
            self._text_initials = {}
            if self._text is None:
                return self._text_names
            text, start, end = self._text
            for match in grammar.NAME_IN_TEXT.finditer(text, start, end):
                name = match.group("name")
                parts = name_key(name).split()
                if not grammar.NOT_NAME_WORDS.isdisjoint(parts) or (
                    parts[0] in grammar.NOT_NAME_OPENERS
                ):
                    continue
                # each person once, as the text first prints them
                key = " ".join(parts)
                for word in (parts[0], parts[-1]):
                    self._text_names.setdefault(word, {}).setdefault(key, name)
                if len(parts) in _INITIALS:
                    initials = self._text_initials.setdefault(initials_of(tuple(parts)), {})
                    initials.setdefault(key, name)
        return self._text_names

    def _text_initials_table(self) -> dict[str, dict[str, str]]:
        """The full names the story's text prints, by their initials."""
        self._text_name_table()
        assert self._text_initials is not None  # read with the names by word
        return self._text_initials

    def _named_with_initial(self, words: tuple[str, ...]) -> str | None:
        """The one full name the text prints that a first name and a surname's initial
        (``Mark M.``) can name: that first name, and a surname of that initial."""
        initial = words[-1].rstrip(".")
        named = self._text_name_table().get(words[0], {})
        found = [
            name
            for key, name in named.items()
            if key.split()[0] == words[0]
            and key.split()[-1][:1] == initial
            and not _first_name_and_initial_words(tuple(key.split()))
        ]
        return found[0] if len(found) == 1 else None

    def _named(self) -> Iterator[Person]:
        return (person for person in self._people if not person.unidentified)

    def introduce(self, label: Label) -> None:
        """Learn a full label before reading in order, so short labels can point forward.

        A first name and a surname's initial (``Mark M.``) introduces nobody: it is read
        against the text's full names when it comes."""
        if label.is_full:
            # a first name and a surname's initial, or initials alone with an aside: read
            # against the page's full names when it comes
            if not (_first_name_and_initial_words(label.words) or label.initials):
                self._full(label)
        elif not (
            label.is_initialled
            or label.honorific
            or label.name_title
            or label.words[-1] in grammar.PLACEHOLDERS
        ):
            self._bare_short_labels = True

    def _full(self, label: Label) -> Person:
        key = _unidentified_key(label) if label.unidentified else label.key
        person = self._by_key.get(key)
        if person is None:
            name = _unidentified_name(label) if label.unidentified else display_name(label.name)
            # a generic speaker names nobody a short label could mean
            nameless = label.unidentified or label.generic
            words = None if label.unidentified else label.words
            person = self._add(Person(key, name, unidentified=nameless, words=words))
        return person

    def resolve(self, label: Label, turn: int, signer: str | None = None) -> Resolution:
        """The person a label in reading order names; ``turn`` is the turn's index, and
        ``signer`` the full name the turn's own sign-off gives, if it is nothing else."""
        if label.is_full:
            resolution = (
                self._first_name_and_initial(label)
                or self._initials(label)
                or self._two_word_surname(label)
                or Resolution(self._full(label))
            )
        else:
            resolution = self._short(label, signer)
        person = resolution.person
        person.learn(label)
        self._spoke(person, turn)
        return resolution

    def _first_name_and_initial(self, label: Label) -> Resolution | None:
        """A label of a first name and a surname's initial (``Mark M.:``) that nobody
        introduced, taken as the one full name the text prints that fits it."""
        words = label.words
        if not _first_name_and_initial_words(words) or label.key in self._by_key:
            return None
        full = self._named_with_initial(words)
        if full is None:
            return None
        return self._taken_from_text(full)

    def _two_word_surname(self, label: Label) -> Resolution | None:
        """A bare label of two words that end one fuller name on the page (``VANEK SMITH:``
        after ``STACEY VANEK SMITH, HOST:``): a surname of two words, as a short label."""
        if not self._long_names or len(label.words) != _TWO_WORDS or not label.name_only:
            return None
        found = self._short_label_index().by_two_word_surname.get(" ".join(label.words), [])
        return Resolution(found[0], resolved=True) if len(found) == 1 else None

    def _taken_from_text(self, full: str, code: str = "label-from-text") -> Resolution:
        """A label nobody introduced, taken as the one person the text names in ``full``."""
        person = self._by_key.get(name_key(full)) or self._add(Person(name_key(full), full))
        return Resolution(
            person,
            code,
            f"names nobody a label introduced in full; the text names {full}, so it was "
            "taken as theirs",
            resolved=True,
        )

    def _short_label_index(self) -> _ShortLabelIndex:
        if self._short_labels is None:
            self._short_labels = _ShortLabelIndex()
            for person in self._named():
                self._short_labels.add(person)
        return self._short_labels

    def _named_by(self, words: tuple[str, ...]) -> list[Person]:
        """The people of two words or more a short label's words can name, in the order
        they were met: a surname or first name alone, or an initial and a surname."""
        index = self._short_label_index()
        if len(words) == 2:
            return index.by_initial.get((words[0][0], words[-1]), [])
        short = words[-1]
        by_surname = index.by_surname.get(short, [])
        by_first_name = index.by_first_name.get(short, [])
        if not by_first_name:
            return by_surname
        if not by_surname:
            return by_first_name
        both = {id(person): person for person in (*by_surname, *by_first_name)}
        return sorted(both.values(), key=lambda person: person.order)

    def _short(self, label: Label, signer: str | None = None) -> Resolution:
        words = label.words
        key = " ".join(words)
        exact = self._by_key.get(key)
        if exact is not None:
            return Resolution(exact)
        short = words[-1]
        candidates = self._named_by(words)
        if len(candidates) > 1:
            candidates = _without_surname_labels(candidates)
        if len(candidates) > 1 and label.honorific:
            # old NPR's Mr. REYES and Ms. REYES: the honorific tells two of a surname apart
            address = _address(label.honorific)
            candidates = [p for p in candidates if address in p.honorifics] or candidates
        if len(candidates) > 1 and signer is not None:
            named = name_key(signer)
            candidates = [p for p in candidates if p.key == named] or candidates
        if len(candidates) == 1:
            return Resolution(candidates[0], resolved=True)
        if candidates:
            spoken = [person for person in candidates if person.last_turn >= 0]
            chosen = max(spoken, key=lambda p: p.last_turn) if spoken else candidates[0]
            names = ", ".join(person.name for person in candidates)
            return Resolution(
                chosen, "ambiguous-label", f"could be {names}; took {chosen.name}", resolved=True
            )
        initialled = self._initials(label)
        if initialled is not None:
            return initialled
        stands_alone = short in grammar.PLACEHOLDERS or label.honorific or label.name_title
        full = None if stands_alone else self._named_in_text(words)
        if full is not None:
            # nobody a label introduced, but the story's words name one person so in full
            # ("I'm Jad Abumrad", a producers' credit): the label is theirs, as a guess
            return self._taken_from_text(full)
        misspelt = None if stands_alone or len(words) > 1 else self._one_letter_off(short)
        if misspelt is not None:
            return Resolution(
                misspelt,
                "label-typo",
                f"names nobody the page introduced; it is one letter off {misspelt.name}, "
                "so it was taken as theirs",
                resolved=True,
            )
        person = self._add(Person(key, display_name(label.name)))
        if stands_alone:
            # placeholders stand alone, and Mr. REYES or Senator REYES is someone a page may
            # name no other way
            return Resolution(person)
        if label.is_initialled and not self._bare_short_labels:
            # CNN prints some people only as S. O'BRIEN: on a page whose short labels are all
            # an initial and a surname, that is how it names them, not a lost introduction.
            return Resolution(person)
        return Resolution(person, "label-not-introduced", "")

    def _initials(self, label: Label) -> Resolution | None:
        """A label of initials alone taken as the one named person whose name they begin
        (``TG:`` after ``Terry Gross:``: a script names each person once in full)."""
        if not label.initials or label.key in self._by_key:
            return None
        found = self._short_label_index().by_initials.get(label.key, [])
        if not found:
            # nobody a label introduced: a full name the text prints (a script's cast key,
            # ``(GK: Garrison Keillor, SS: ...)``)
            named = list(self._text_initials_table().get(label.key, {}).values())
            if len(named) != 1:
                return None
            return self._taken_from_text(named[0], code="label-initials")
        if len(found) != 1:
            return None
        return Resolution(
            found[0],
            "label-initials",
            f"names nobody the page introduced; it is the initials of {found[0].name}, so it "
            "was taken as theirs",
            resolved=True,
        )

    def _one_letter_off(self, short: str) -> Person | None:
        """The one person introduced in full whose surname a surname label misspells by a
        letter (``DEBMY`` for ``DEMBY``), if exactly one is.

        Only a page of few people is searched so, person by person: on a page of hundreds a
        name one letter off another is as likely someone else, and the search would cost
        a step per pair."""
        named = list(itertools.islice(self._named(), _FEW_SPEAKERS + 1))
        if len(named) > _FEW_SPEAKERS:
            return None
        found = [
            person
            for person in named
            if len(person.words) > 1 and _one_letter_apart((short,), (person.words[-1],))
        ]
        return found[0] if len(found) == 1 else None

    def infer(self, prose_name: str, role: str | None, turn: int) -> Person:
        """The person a paragraph names without a label (``I'm Dana Holloway``) as speaking.

        An existing person of that name is reused, so a later full label joins them; a new
        one gets no label forms until the page prints one.
        """
        key = name_key(prose_name)
        person = self._by_key.get(key)
        if person is None:
            person = self._add(Person(key, prose_name))
        if role is not None:
            person.play(role)
        self._spoke(person, turn)
        return person

    def byline(self, prose_name: str) -> None:
        """Learn a reporter a page's byline names (``By Omar Bek``), so a later ``BEK:``
        resolves to them. Nobody is a speaker until a turn is theirs."""
        key = name_key(prose_name)
        if key not in self._by_key:
            self._add(Person(key, prose_name)).play("reporter")

    def named_in_full(self, prose_name: str) -> None:
        """Give the speaker a sign-off names their full name where labels gave only part.

        ``Sam O'Brien, NPR News.`` names the speaker known only as ``S. O'BRIEN:`` (or only as
        ``O'BRIEN:``) when exactly one person is that surname, alone or after that initial:
        the reporter's own words say who they are, and a bio opening with the full name then
        finds them. The labels the page printed stay as they were.
        """
        words = name_key(prose_name).split()
        if len(words) < 2 or " ".join(words) in self._by_key:
            return
        first, surname = words[0], words[-1]
        if self._by_words is None:
            self._by_words = {}
            for person in self._named():
                self._by_words.setdefault(person.words, []).append(person)
        candidates = [
            *self._by_words.get((surname,), []),
            *self._by_words.get((first[0] + ".", surname), []),
        ]
        if len(candidates) == 1:
            person = candidates[0]
            bios = self._bios if person.first_turn >= 0 else None
            if bios is not None:
                bios.remove(person)
            person.name = prose_name
            if bios is not None:
                bios.add(person)

    def bio_subject(self, words: str) -> Person | None:
        """The first speaker with no bio yet whose bio ``words`` is: it opens with their name
        and a verb (``Omar Bek is ...``, ``Omar Bek covers ...``)."""
        if self._bios is None:
            self._bios = _NameTrie()
            for person in self._speaking:
                self._bios.add(person)
        # A bio may type the name's apostrophe otherwise than the label or sign-off did.
        plain = words.replace("’", "'")
        found = [
            person
            for end, person in self._bios.prefixes(plain)
            if person.about is None and grammar.BIO_VERB.match(words, end)
        ]
        return min(found, key=lambda person: person.first_turn, default=None)

    def speaking(self) -> Iterator[Person]:
        """The people who spoke, in the order they first spoke."""
        return iter(self._speaking)

    def near_duplicates(self) -> Iterator[tuple[Person, Person]]:
        """Each person heard once whose name is one letter off another speaker's, with that
        speaker: ``Judy Mash`` beside ``Judy Marsh``.

        Most likely a typo on the page, but it may be someone else, so the two stay apart and
        the caller reports it. Of two such names both heard once, the later one is reported,
        beside the first speaker whose name is one letter off theirs.
        """
        named = [person for person in self._speaking if not person.unidentified]
        # A page's few speakers are compared pair by pair; an index of every name's forms
        # one letter off costs more to build than that saves until there are dozens.
        first_for = (
            _Neighbours(named).first_for
            if len(named) > _FEW_SPEAKERS
            else partial(_first_near_duplicate, named)
        )
        for person in named:
            if person.turns == 1:
                other = first_for(person)
                if other is not None:
                    yield person, other

    def build(self) -> tuple[tuple[Speaker, ...], dict[int, str]]:
        """Freeze the registry: the speakers and each person's id (by ``id(person)``)."""
        speakers: list[Speaker] = []
        ids: dict[int, str] = {}
        given = SpeakerIds()
        for person in self._speaking:
            speaker_id = given.next_id(person.name)
            ids[id(person)] = speaker_id
            speakers.append(
                Speaker(
                    id=speaker_id,
                    name=person.name,
                    role=person.role,
                    title=person.title,
                    labels=person.labels(),
                    about=person.about,
                    about_span=person.about_span,
                    roles=person.roles,
                    party=person.party,
                )
            )
        return tuple(speakers), ids


class _ShortLabelIndex:
    """Named people of two words or more by what a short label may give of their name."""

    __slots__ = ("by_first_name", "by_initial", "by_initials", "by_surname", "by_two_word_surname")

    def __init__(self) -> None:
        self.by_surname: dict[str, list[Person]] = {}
        # the last two words of names of three words or more: VANEK SMITH of STACEY VANEK SMITH
        self.by_two_word_surname: dict[str, list[Person]] = {}
        self.by_first_name: dict[str, list[Person]] = {}
        self.by_initial: dict[tuple[str, str], list[Person]] = {}
        self.by_initials: dict[str, list[Person]] = {}

    def add(self, person: Person) -> None:
        words = person.words
        if len(words) > 1:
            self.by_surname.setdefault(words[-1], []).append(person)
            self.by_first_name.setdefault(words[0], []).append(person)
            self.by_initial.setdefault((words[0][0], words[-1]), []).append(person)
            if len(words) in _INITIALS:
                self.by_initials.setdefault(initials_of(words), []).append(person)
            if len(words) > _TWO_WORDS:
                self.by_two_word_surname.setdefault(" ".join(words[-2:]), []).append(person)


class _NameTrie:
    """People by their name as a line may open with it, split at single spaces, so the names
    a line opens with are found in one walk along it, however many people there are.

    One dictionary of every name and every word-bounded start of one, rather than a node
    object (with a dictionary and a list of its own) per word: a page of many thousands of
    speakers would keep three objects more a speaker for each full collection to walk. A
    start of a name that is no one's whole name holds no one; a name holds its one person,
    or the people it names in the order they were added.
    """

    __slots__ = ("_names",)

    def __init__(self) -> None:
        self._names: dict[str, Person | tuple[Person, ...]] = {}

    def add(self, person: Person) -> None:
        name = person.name.replace("’", "'")
        space = name.find(" ")
        while space >= 0:
            self._names.setdefault(name[:space], ())
            space = name.find(" ", space + 1)
        held = self._names.get(name, ())
        if isinstance(held, Person):
            self._names[name] = (held, person)
        elif held:
            self._names[name] = (*held, person)
        else:
            self._names[name] = person

    def remove(self, person: Person) -> None:
        name = person.name.replace("’", "'")
        held = self._names.get(name)
        if held is person:
            self._names[name] = ()
        elif isinstance(held, tuple) and person in held:
            at = held.index(person)
            rest = (*held[:at], *held[at + 1 :])
            self._names[name] = rest[0] if len(rest) == 1 else rest

    def prefixes(self, line: str) -> Iterator[tuple[int, Person]]:
        """Each person whose name ``line`` opens with, followed by a space; with where that
        space is."""
        space = line.find(" ")
        while space >= 0:
            held = self._names.get(line[:space])
            if held is None:
                return
            if isinstance(held, Person):
                yield space, held
            else:
                for person in held:
                    yield space, person
            space = line.find(" ", space + 1)


# The shortest name word a one-letter difference is taken as a typo in: shorter names (ANA,
# AVA; the initials S. and M.) differ by a letter between different people too often.
_TYPO_WORD_LENGTH = 4
# The longest name word checked for a typo. Each word of up to this length is indexed under
# every form one letter off it, which costs its length squared: a longer "word" is no name.
_TYPO_WORD_REACH = 40


def _first_name_and_initial_words(words: tuple[str, ...]) -> bool:
    """Whether a label's words are a first name and a surname's initial: ``MARK M.``."""
    return len(words) == 2 and len(words[0]) > 1 and len(words[1]) == 2 and words[1][1] == "."


def _one_letter_apart(words: tuple[str, ...], others: tuple[str, ...]) -> bool:
    """Whether two names differ in one word only, by one letter added, left out, changed, or
    two neighbouring letters swapped (``MASH``/``MARSH``, ``MRASH``/``MARSH``)."""
    if len(words) != len(others):
        return False
    differing = [(word, other) for word, other in zip(words, others, strict=True) if word != other]
    if len(differing) != 1:
        return False
    word, other = differing[0]
    if (
        min(len(word), len(other)) < _TYPO_WORD_LENGTH
        or max(len(word), len(other)) > _TYPO_WORD_REACH
        or abs(len(word) - len(other)) > 1
    ):
        return False
    if len(word) > len(other):
        word, other = other, word
    start = 0  # the first letter where they part
    while start < len(word) and word[start] == other[start]:
        start += 1
    if len(word) < len(other):
        return word[start:] == other[start + 1 :]  # one letter left out
    return (
        word[start + 1 :] == other[start + 1 :]
        or (  # one letter changed
            word[start + 2 :] == other[start + 2 :]  # or two swapped
            and word[start : start + 2] == other[start : start + 2][::-1]
        )
    )


# Up to this many named speakers, near-duplicates are found by comparing every pair.
_FEW_SPEAKERS = 24


def _first_near_duplicate(named: list[Person], person: Person) -> Person | None:
    """The first of ``named`` one letter off ``person`` who spoke more than once or before
    them, found by comparing ``person`` with each in turn."""
    return next(
        (
            other
            for other in named
            if other is not person
            and (other.turns > 1 or other.first_turn < person.first_turn)
            and _one_letter_apart(person.words, other.words)
        ),
        None,
    )


_MASK = "\x01"  # stands for the changed letter: no name holds a control character


class _Neighbours:
    """Speakers by every form of their name one letter off it, to find each one's first
    near-duplicate without comparing every pair of names (``_one_letter_apart``).

    Two names one letter apart meet under one key: the shorter word is the longer with a
    letter left out, one word with two letters swapped is the other word, or both words
    are the same with one letter masked. A name's forms with a letter left out are not
    kept: a shorter name asks for its forms with a masked letter put in, which are the
    longer name's masked forms. That halves the index, the most of a page's memory when
    it holds thousands of speakers.

    Two such names share every other word, so a word is indexed and asked about only when
    some other speaker's name has the same other words (``ANNA`` in ``ANNA VOSS`` when
    another name ends in ``VOSS``): on a page of thousands of people the words nobody else
    shares the rest of the name with would otherwise be most of the index, and each key it
    holds is a cache miss on a page that large.
    """

    __slots__ = ("_exact", "_masked", "_shared")

    def __init__(self, people: list[Person]) -> None:
        """Index ``people``, given in the order they first spoke."""
        self._shared = _shared_rests(people)
        self._exact = _Earliest()
        self._masked = _Earliest()
        for person in people:
            self._exact.add(_spelled(person), person)
            for form in _forms(person.words, _masks, self._shared):
                self._masked.add(form, person)

    def first_for(self, person: Person) -> Person | None:
        """The first speaker one letter off ``person`` who spoke more than once or before
        them."""
        words = person.words
        shared = self._shared
        exact = self._exact.first_for
        masked = self._masked.first_for
        found = [
            *(exact(form, person) for form in _respelled(words, _deletions, shared)),
            *(exact(form, person) for form in _respelled(words, _swaps, shared)),
            *(masked(form, person) for form in _forms(words, _insertions, shared)),
            *(masked(form, person) for form in _forms(words, _masks, shared)),
        ]
        return min(filter(None, found), key=lambda other: other.first_turn, default=None)


class _Earliest:
    """Of the speakers under each key, only those who can be a person's first near-duplicate:
    the first two with different names, of everyone and of those heard more than once.

    Kept as plain dictionaries of people rather than an object per key: a page of many
    speakers makes many keys.
    """

    __slots__ = ("_first", "_first_repeated", "_second", "_second_repeated")

    def __init__(self) -> None:
        self._first: dict[str, Person] = {}
        self._second: dict[str, Person] = {}
        self._first_repeated: dict[str, Person] = {}
        self._second_repeated: dict[str, Person] = {}

    def add(self, form: str, person: Person) -> None:
        """Keep ``person`` under ``form``, people coming in the order they first spoke."""
        _keep(self._first, self._second, form, person)
        if person.turns > 1:
            _keep(self._first_repeated, self._second_repeated, form, person)

    def first_for(self, form: str, person: Person) -> Person | None:
        """The first under ``form`` with another name than ``person``'s who spoke before
        them or more than once: among the first two names kept, of each kind."""
        before = _other_than(self._first, self._second, form, person)
        if before is not None and before.first_turn >= person.first_turn:
            before = None
        repeated = _other_than(self._first_repeated, self._second_repeated, form, person)
        if before is None or (repeated is not None and repeated.first_turn < before.first_turn):
            return repeated
        return before


def _keep(first: dict[str, Person], second: dict[str, Person], form: str, person: Person) -> None:
    kept = first.setdefault(form, person)
    if kept is not person and kept.words != person.words:
        second.setdefault(form, person)


def _other_than(
    first: dict[str, Person], second: dict[str, Person], form: str, person: Person
) -> Person | None:
    kept = first.get(form)
    if kept is not None and kept.words == person.words:
        kept = second.get(form)
    return kept


def _typo_words(words: tuple[str, ...], shared: set[str]) -> Iterator[tuple[str, str, str]]:
    """Each word of typo length whose other words another speaker's name has too, with the
    words before it and after it, spaced."""
    for index, word in enumerate(words):
        if _TYPO_WORD_LENGTH <= len(word) <= _TYPO_WORD_REACH:
            before = " ".join(words[:index])
            after = " ".join(words[index + 1 :])
            if f"{before}\x00{after}" in shared:
                yield word, before, after


def _shared_rests(people: list[Person]) -> set[str]:
    """The rests of names (each word of typo length left out, its place marked by a NUL,
    which no name holds) that more than one of ``people`` has."""
    seen: set[str] = set()
    shared: set[str] = set()
    for person in people:
        words = person.words
        for index, word in enumerate(words):
            if _TYPO_WORD_LENGTH <= len(word) <= _TYPO_WORD_REACH:
                rest = f"{' '.join(words[:index])}\x00{' '.join(words[index + 1 :])}"
                if rest in seen:
                    shared.add(rest)
                else:
                    seen.add(rest)
    return shared


def _forms(
    words: tuple[str, ...], variants: Callable[[str], Iterator[str]], shared: set[str]
) -> Iterator[str]:
    """The name with one word of typo length replaced by each of its ``variants``: the words
    before it, the variant and the words after it, parted by a NUL, which no name holds."""
    for word, before, after in _typo_words(words, shared):
        for variant in variants(word):
            yield f"{before}\x00{variant}\x00{after}"


def _spelled(person: Person) -> str:
    """The person's name words, spaced: their key, unless it ends in a suffix left out."""
    key = person.key
    return key if key.count(" ") + 1 == len(person.words) else " ".join(person.words)


def _respelled(
    words: tuple[str, ...], variants: Callable[[str], Iterator[str]], shared: set[str]
) -> Iterator[str]:
    """The name with one word of typo length replaced by each of its ``variants``, spaced as
    :func:`_spelled` spaces a name. A variant is never empty and holds no space, so it is
    another person's name only if the other words are theirs too: unlike a masked form, it
    needs no mark of which word it replaced, and each person is kept under one key, the
    name itself."""
    for word, before, after in _typo_words(words, shared):
        head = f"{before} " if before else ""
        tail = f" {after}" if after else ""
        for variant in variants(word):
            yield head + variant + tail


def _deletions(word: str) -> Iterator[str]:
    """The word with one letter left out, when it leaves a word of typo length."""
    if len(word) > _TYPO_WORD_LENGTH:
        for at in range(len(word)):
            yield word[:at] + word[at + 1 :]


def _swaps(word: str) -> Iterator[str]:
    for at in range(len(word) - 1):
        if word[at] != word[at + 1]:
            yield word[:at] + word[at + 1] + word[at] + word[at + 2 :]


def _masks(word: str) -> Iterator[str]:
    for at in range(len(word)):
        yield word[:at] + _MASK + word[at + 1 :]


def _insertions(word: str) -> Iterator[str]:
    """The masked forms of every word one letter longer than ``word`` that leaves it when
    that letter is left out."""
    if len(word) < _TYPO_WORD_REACH:
        for at in range(len(word) + 1):
            yield word[:at] + _MASK + word[at:]


def _unidentified_parts(label: Label) -> tuple[list[str], str | None]:
    words = name_key(label.name.replace("#", " ")).split()
    number = words.pop() if words[-1].isdigit() else None
    return words, number


def _unidentified_key(label: Label) -> str:
    words, number = _unidentified_parts(label)
    return " ".join(words) + (f" #{number}" if number else "")


def _unidentified_name(label: Label) -> str:
    words, number = _unidentified_parts(label)
    name = " ".join(word.capitalize() for word in words)
    return f"{name} #{number}" if number else name
