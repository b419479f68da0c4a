"""The speaker registry: which person each label names.

A page introduces a person once in full (``GREG MYRE, BYLINE:``) and then uses a short label
(``MYRE:``), sometimes before the full one. The registry first learns every full label of the
page, then resolves labels in reading order, keeping what it had to guess as diagnostics.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator

import regex

from newstranscript import _grammar as grammar
from newstranscript._lazy import compile_lazily
from newstranscript._model import Span, Speaker

_WORD_RUN = compile_lazily(r"\p{L}[\p{L}\p{M}]*")
_PREFIXED = compile_lazily(r"(\p{Lu}\p{Ll}{1,2})(\p{Lu}{2}[\p{Lu}\p{M}]*)")
_ROMAN = frozenset({"II", "III", "IV", "VI", "VII", "VIII", "IX", "XI"})
_SLUG_JUNK = compile_lazily(r"[^a-z0-9]+")

# Asides that describe how a line was delivered, not who the speaker is.
_DELIVERY = compile_lazily(
    r"^(?:voice[ -]?over|v\.?o\.?|on[ -]camera|off[ -]camera|through (?:an )?(?:interpreter|"
    r"translator)|in unison|via (?:tele)?phone|on (?:the )?(?:tele)?phone|by phone|"
    r"inaudible|singing|speaking .{1,30}|on tape|recorded|live)$",
    regex.IGNORECASE,
)


def display_name(printed: str) -> str:
    """A capitals label name in the form prose uses: ``McKENNA`` -> ``McKenna``.

    Names that already mix cases, such as ``Judy Marsh``, are kept as printed.
    """
    if not any(ch.isupper() for ch in printed) or _mixes_case(printed):
        return printed
    return _WORD_RUN.sub(_display_word, printed)


def _mixes_case(printed: str) -> bool:
    for run in _WORD_RUN.findall(printed):
        if run.isupper() or _PREFIXED.fullmatch(run):
            continue
        if len(run) > 1 and not run.isupper():
            return True
    return False


def _display_word(match: regex.Match[str]) -> str:
    word = match.group()
    if word in _ROMAN:
        return word
    prefixed = _PREFIXED.fullmatch(word)
    if prefixed:
        return prefixed.group(1) + prefixed.group(2)[0] + prefixed.group(2)[1:].lower()
    return word[0] + word[1:].lower()


def slug(name: str) -> str:
    """A stable ASCII id for a name: ``Martínez`` -> ``martinez``, ``O’Brien`` -> ``o-brien``.

    A typographic apostrophe would vanish in the folding to ASCII while a straight one becomes
    a hyphen; both are read as the straight one, so a name has one id however it is typed.
    """
    folded = unicodedata.normalize("NFKD", name.replace("’", "'"))
    folded = folded.encode("ascii", "ignore").decode("ascii")
    return _SLUG_JUNK.sub("-", folded.lower()).strip("-") or "speaker"


def name_key(name: str) -> str:
    """The form two labels are compared in: capitals, straight apostrophes, single spaces."""
    return " ".join(name.replace("’", "'").upper().split())


# Generational suffixes as a name key spells them (see grammar.SUFFIX).
_SUFFIXES = frozenset({"JR", "JR.", "SR", "SR.", "II", "III", "IV"})


def name_words(key: str) -> list[str]:
    """The words of a name key that identify the person, without a generational suffix:
    ``JACK KING JR.`` is Jack King's surname ``KING`` to a later ``KING:``."""
    words = key.split()
    if len(words) > 1 and words[-1] in _SUFFIXES:
        words.pop()
    return words


def role_of(role_text: str | None) -> tuple[str | None, str | None]:
    """The role a label's role text gives, and what is left of it as a free-text title.

    A role word decides (``CNN CHIEF POLITICAL CORRESPONDENT`` is a correspondent); a title
    that opens with a network's name and names a staff job the role words do not cover
    (``CNN METEOROLOGIST``, ``CNN SENIOR POLITICAL ANALYST``) is the network's own reporter;
    any other title is a guest's.
    """
    if not role_text:
        return None, None
    upper = role_text.upper()
    for word, role in _ROLE_WORDS:
        if word.search(upper):
            return role, None if upper in grammar.BARE_ROLES else role_text
    if grammar.LABEL_OUTLET.match(upper) and not grammar.NETWORK_STAFF_WORDS.isdisjoint(
        _WORD_RUN.findall(upper)
    ):
        return "reporter", role_text
    return "guest", role_text


# Each role word standing as a word of its own (HOST in "CO-HOST" is the co-host's word, not
# the host's), in the order grammar.ROLE_WORDS tries them.
_ROLE_WORDS = tuple(
    (compile_lazily(rf"(?<![\p{{L}}-]){regex.escape(word)}(?![\p{{L}}-])"), role)
    for word, role in grammar.ROLE_WORDS
)


class Label:
    """One speaker label as the page printed it, taken apart."""

    __slots__ = (
        "aside",
        "delivery",
        "described_as",
        "honorific",
        "is_full",
        "is_initialled",
        "key",
        "name",
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
    ) -> None:
        self.printed = printed
        self.name = name
        # The name as labels are compared, and its words: worked out once here, as every
        # check of the label (corroboration, full or short, resolution) asks for them.
        self.key = name_key(name)
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
        # The aside says either how the turn was delivered (``voice-over``, ``in unison``) or
        # what the person is (``Writer``): settled once here, as every label is asked both.
        self.delivery: str | None = None
        self.title_text: str | None = None
        if aside:
            if _DELIVERY.match(aside.strip()):
                self.delivery = aside.strip()
            else:
                self.title_text = aside.strip()
        # What the label says the person is: the role after the name's comma, or, in old NPR
        # labels that print no comma (``Mr. TOMAS REYES (Writer):``), the title in brackets.
        # Both read the same way, so ``(Host)`` gives the host's role as ``, HOST`` does and
        # ``(Writer)`` a guest's as ``, COMEDIAN`` does.
        self.described_as = role_text or self.title_text
        # Whether the label introduces a person rather than referring back to one; an
        # initial (``S. OKAFOR``) narrows a surname down and introduces nobody.
        self.is_full = bool(unidentified or role_text or self.title_text or party) or (
            not self.is_initialled and len(words) >= 2
        )


class Person:
    """A speaker while the registry is still learning about them."""

    __slots__ = (
        "about",
        "about_span",
        "first_turn",
        "honorifics",
        "key",
        "labels",
        "last_turn",
        "name",
        "party",
        "role",
        "roles",
        "title",
        "turns",
        "unidentified",
        "words",
    )

    def __init__(self, key: str, name: str, *, unidentified: bool = False) -> None:
        self.key = key
        self.words = name_words(key)  # each short label is compared with every person's words
        self.name = name
        self.role: str | None = None
        self.roles: list[str] = []
        self.title: str | None = None
        self.party: str | None = None
        self.labels: list[str] = []
        self.honorifics: set[str] = set()  # as _address gives them: Mr. and Ms. tell apart
        self.about: str | None = None
        self.about_span: Span | None = None
        self.first_turn = -1
        self.last_turn = -1
        self.turns = 0  # how many turns are theirs
        self.unidentified = unidentified

    def learn(self, label: Label) -> None:
        role, title = role_of(label.described_as)
        if label.unidentified:
            role = "unidentified"
        if label.role_text:
            # a role after the comma and a title in brackets: both describe the person
            title = title or label.title_text
        if role is not None:
            if self.role is None:
                self.role = role
            if role not in self.roles:
                self.roles.append(role)
        if title is not None and self.title is None:
            self.title = title.strip()
        if label.party is not None and self.party is None:
            self.party = label.party
        if label.printed not in self.labels:
            self.labels.append(label.printed)
        if label.honorific:
            self.honorifics.add(_address(label.honorific))


def _address(honorific: str) -> str:
    """An honorific as it tells people apart: ``Mrs.``, ``Ms.`` and ``Miss`` address one
    person alike, as a page may print either for her; the others stand for themselves."""
    word = honorific.upper().rstrip(".")
    return "MS" if word in ("MRS", "MISS") else word


class Resolution:
    """What a label resolved to, and why it was a guess if it was one."""

    __slots__ = ("detail", "person", "problem")

    def __init__(self, person: Person, problem: str | None = None, detail: str = "") -> None:
        self.person = person
        self.problem = problem
        self.detail = detail


class Registry:
    """Every person of one story, found from their labels."""

    def __init__(self) -> None:
        self._people: list[Person] = []
        self._by_key: dict[str, Person] = {}
        # Whether some short label of the page is a bare surname or first name (not an
        # initial and a surname, a placeholder or an honorific's): see _short.
        self._bare_short_labels = False

    def introduce(self, label: Label) -> None:
        """Learn a full label before reading in order, so short labels can point forward."""
        if label.is_full:
            self._full(label)
        elif not (
            label.is_initialled or label.honorific or label.words[-1] in grammar.PLACEHOLDERS
        ):
            self._bare_short_labels = True

    def _full(self, label: Label) -> Person:
        key = _unidentified_key(label) if label.unidentified else label.key
        person = self._by_key.get(key)
        if person is None:
            name = _unidentified_name(label) if label.unidentified else display_name(label.name)
            person = Person(key, name, unidentified=label.unidentified)
            self._people.append(person)
            self._by_key[key] = person
        return person

    def resolve(self, label: Label, turn: int, signer: str | None = None) -> Resolution:
        """The person a label in reading order names; ``turn`` is the turn's index, and
        ``signer`` the full name the turn's own sign-off gives, if it is nothing else."""
        resolution = Resolution(self._full(label)) if label.is_full else self._short(label, signer)
        person = resolution.person
        person.learn(label)
        if person.first_turn < 0:
            person.first_turn = turn
        person.last_turn = turn
        person.turns += 1
        return resolution

    def _short(self, label: Label, signer: str | None = None) -> Resolution:
        words = label.words
        key = " ".join(words)
        exact = self._by_key.get(key)
        if exact is not None:
            return Resolution(exact)
        initial = words[0][0] if len(words) == 2 else None
        short = words[-1]
        candidates = [
            person
            for person in self._people
            if not person.unidentified
            and len(person.words) > 1
            and (person.words[-1] == short or (initial is None and person.words[0] == short))
            and (initial is None or person.words[0].startswith(initial))
        ]
        if len(candidates) > 1 and label.honorific:
            # old NPR's Mr. REYES and Ms. REYES: the honorific tells two of a surname apart
            address = _address(label.honorific)
            candidates = [p for p in candidates if address in p.honorifics] or candidates
        if len(candidates) > 1 and signer is not None:
            named = name_key(signer)
            candidates = [p for p in candidates if p.key == named] or candidates
        if len(candidates) == 1:
            return Resolution(candidates[0])
        if candidates:
            spoken = [person for person in candidates if person.last_turn >= 0]
            chosen = max(spoken, key=lambda p: p.last_turn) if spoken else candidates[0]
            names = ", ".join(person.name for person in candidates)
            return Resolution(chosen, "ambiguous-label", f"could be {names}; took {chosen.name}")
        person = Person(key, display_name(label.name))
        self._people.append(person)
        self._by_key[key] = person
        if short in grammar.PLACEHOLDERS or label.honorific:
            return Resolution(person)
        if label.is_initialled and not self._bare_short_labels:
            # CNN prints some people only as S. O'BRIEN: on a page whose short labels are all
            # an initial and a surname, that is how it names them, not a lost introduction.
            return Resolution(person)
        return Resolution(person, "label-not-introduced", "")

    def infer(self, prose_name: str, role: str, turn: int) -> Person:
        """The person a paragraph names without a label (``I'm Dana Holloway``) as speaking.

        An existing person of that name is reused, so a later full label joins them; a new
        one gets no label forms until the page prints one.
        """
        key = name_key(prose_name)
        person = self._by_key.get(key)
        if person is None:
            person = Person(key, prose_name)
            self._people.append(person)
            self._by_key[key] = person
        if person.role is None:
            person.role = role
        if role not in person.roles:
            person.roles.append(role)
        if person.first_turn < 0:
            person.first_turn = turn
        person.last_turn = max(person.last_turn, turn)
        person.turns += 1
        return person

    def byline(self, prose_name: str) -> None:
        """Learn a reporter a page's byline names (``By Omar Bek``), so a later ``BEK:``
        resolves to them. Nobody is a speaker until a turn is theirs."""
        key = name_key(prose_name)
        if key not in self._by_key:
            person = Person(key, prose_name)
            person.role = "reporter"
            person.roles.append("reporter")
            self._people.append(person)
            self._by_key[key] = person

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
        candidates = [
            person
            for person in self._people
            if not person.unidentified
            and person.words[-1] == surname
            and (
                len(person.words) == 1
                or (
                    len(person.words) == 2
                    and len(person.words[0]) == 2
                    and person.words[0] == first[0] + "."
                )
            )
        ]
        if len(candidates) == 1:
            candidates[0].name = prose_name

    def speaking(self) -> Iterator[Person]:
        """The people who spoke, in the order they first spoke."""
        return iter(
            sorted((p for p in self._people if p.first_turn >= 0), key=lambda p: p.first_turn)
        )

    def near_duplicates(self) -> Iterator[tuple[Person, Person]]:
        """Each person heard once whose name is one letter off another speaker's, with that
        speaker: ``Judy Mash`` beside ``Judy Marsh``.

        Most likely a typo on the page, but it may be someone else, so the two stay apart and
        the caller reports it. Of two such names both heard once, the later one is reported.
        """
        speaking = list(self.speaking())
        for person in speaking:
            if person.turns != 1 or person.unidentified:
                continue
            for other in speaking:
                if (
                    other is not person
                    and not other.unidentified
                    and (other.turns > 1 or other.first_turn < person.first_turn)
                    and _one_letter_apart(person.words, other.words)
                ):
                    yield person, other
                    break

    def build(self) -> tuple[tuple[Speaker, ...], dict[int, str]]:
        """Freeze the registry: the speakers and each person's id (by ``id(person)``)."""
        speakers: list[Speaker] = []
        ids: dict[int, str] = {}
        taken: set[str] = set()
        for person in self.speaking():
            base = slug(person.name)
            speaker_id, n = base, 2
            while speaker_id in taken:
                speaker_id, n = f"{base}-{n}", n + 1
            taken.add(speaker_id)
            ids[id(person)] = speaker_id
            speakers.append(
                Speaker(
                    id=speaker_id,
                    name=person.name,
                    role=person.role,
                    title=person.title,
                    labels=tuple(person.labels),
                    about=person.about,
                    about_span=person.about_span,
                    roles=tuple(person.roles),
                    party=person.party,
                )
            )
        return tuple(speakers), ids


# The shortest name word a one-letter difference is taken as a typo in: shorter names (ANA,
# AVA; the initials S. and M.) differ by a letter between different people too often.
_TYPO_WORD_LENGTH = 4


def _one_letter_apart(words: list[str], others: list[str]) -> bool:
    """Whether two names differ in one word only, by one letter added, left out, changed, or
    two neighbouring letters swapped (``MASH``/``MARSH``, ``MRASH``/``MARSH``)."""
    if len(words) != len(others):
        return False
    differing = [(word, other) for word, other in zip(words, others, strict=True) if word != other]
    if len(differing) != 1:
        return False
    word, other = differing[0]
    if min(len(word), len(other)) < _TYPO_WORD_LENGTH or abs(len(word) - len(other)) > 1:
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
