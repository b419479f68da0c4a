"""People's names and roles in every form the library uses: as a label prints them (``GREG
McKENNA``), as prose shows them (``Greg McKenna``), the key two labels are compared in, and the
speaker id each gets, numbered when two names make the same one."""

from __future__ import annotations

import functools
import unicodedata

import regex

from newstranscript import _grammar as grammar
from newstranscript._lazy import compile_lazily

WORD_RUN = compile_lazily(r"\p{L}[\p{L}\p{M}]*")
_PREFIXED = compile_lazily(r"(\p{Lu}\p{Ll}{1,2})(\p{Lu}{2}[\p{Lu}\p{M}]*)")
_ROMAN = frozenset({"II", "III", "IV", "VI", "VII", "VIII", "IX", "XI"})
_SLUG_JUNK = compile_lazily(r"[^a-z0-9]+")


# A page's speakers are a corpus's regular hosts and reporters, printed the same way on page
# after page: each name is worked out once. The bound keeps the cache from growing with the
# pages read.
@functools.lru_cache(maxsize=4096)
def display_name(printed: str) -> str:
    """A capitals label name in the form prose uses: ``McKENNA`` -> ``McKenna``.

    Names that already mix cases, such as ``Judy Marsh``, are kept as printed, but for a
    surname in capitals after given names in mixed case, as a podcast prints its labels:
    ``Stephen J. DUBNER`` -> ``Stephen J. Dubner``.
    """
    if not any(ch.isupper() for ch in printed):
        return printed
    if _mixes_case(printed):
        runs = WORD_RUN.findall(printed)
        last = runs[-1] if runs else ""
        if len(last) > 1 and last.isupper() and last not in _ROMAN and printed.endswith(last):
            return printed[: -len(last)] + WORD_RUN.sub(_display_word, last)
        return printed
    return WORD_RUN.sub(_display_word, printed)


def _mixes_case(printed: str) -> bool:
    for run in WORD_RUN.findall(printed):
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


def name_words(key: str) -> tuple[str, ...]:
    """The words of a name key that identify the person, without a generational suffix:
    ``JACK KING JR.`` is Jack King's surname ``KING`` to a later ``KING:``.

    A tuple, not a list: every label and person keeps one, and a tuple of strings is soon
    no work for the garbage collector, which a page of thousands of speakers would make
    walk them all again and again.
    """
    words = key.split()
    if len(words) > 1 and words[-1] in _SUFFIXES:
        return tuple(words[:-1])
    return tuple(words)


# A capitals word whose display form keeps a capital after a short prefix: McKENNA, MacLEOD.
_PREFIXED_NAME_WORD = compile_lazily(r"(\p{Lu}\p{Ll}{1,2})(\p{Lu}\p{Ll}+)")


def label_name(name: str) -> str:
    """A display name in the capitals a label prints it in: ``Greg McKenna`` -> ``GREG
    McKENNA``, the form the parser shows again as ``Greg McKenna``.

    A name no capitals give back (``Ana de la Cruz`` would come back as ``Ana De La Cruz``)
    is printed as it is, as PBS pages print labels; the parser trusts such a label when the
    page uses it twice.
    """
    capitals = " ".join(_capitals(word) for word in name.split(" "))
    return capitals if display_name(capitals) == name else name


def _capitals(word: str) -> str:
    prefixed = _PREFIXED_NAME_WORD.fullmatch(word)
    if prefixed is not None:
        return prefixed.group(1) + prefixed.group(2).upper()
    return word.upper()


class SpeakerIds:
    """Gives each speaker, in the order they first speak, the id their name slugs to; names
    that make the same id (``Ana Ruiz``, ``ANA-RUIZ``) take -2, -3 ..."""

    __slots__ = ("_numbers", "_taken")

    def __init__(self) -> None:
        self._taken: set[str] = set()
        # The next number to try for each id already given, so the numbers taken are not
        # tried again.
        self._numbers: dict[str, int] = {}

    def next_id(self, name: str) -> str:
        base = slug(name)
        speaker_id, n = base, self._numbers.get(base, 2)
        if base in self._taken:
            speaker_id = f"{base}-{n}"
            while speaker_id in self._taken:
                n += 1
                speaker_id = f"{base}-{n}"
            n += 1
        self._numbers[base] = n
        self._taken.add(speaker_id)
        return speaker_id


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
        WORD_RUN.findall(upper)
    ):
        return "reporter", role_text
    return "guest", None if upper in grammar.BARE_ROLES else role_text


# Each role word standing as a word of its own (HOST in "CO-HOST" is the co-host's word, not
# the host's), in the order grammar.ROLE_WORDS tries them.
_ROLE_WORDS = tuple(
    (compile_lazily(rf"(?<![\p{{L}}-]){regex.escape(word)}(?![\p{{L}}-])"), role)
    for word, role in grammar.ROLE_WORDS
)
