"""A ConvoKit corpus folder: stories as conversations that ``convokit.Corpus`` loads.

ConvoKit (Cornell's conversational-analysis toolkit) keeps a corpus as a folder of five
files: ``utterances.jsonl`` (one utterance a line: ``id``, ``conversation_id``, ``speaker``,
``reply-to``, ``timestamp``, ``text``, ``meta``), ``speakers.json`` and ``conversations.json``
(each object's metadata by id), ``corpus.json`` (the corpus's own metadata) and
``index.json`` (every metadata field's types, which ConvoKit reads before the rest). This
module writes that folder from stories alone, without ConvoKit installed.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

import attrs

from newstranscript._model import Speaker, Story
from newstranscript._write.records import story_key

if TYPE_CHECKING:
    from pathlib import Path

CONVOKIT_FILES: tuple[str, ...] = (
    "utterances.jsonl",
    "speakers.json",
    "conversations.json",
    "corpus.json",
    "index.json",
)
"""The files of a ConvoKit corpus folder."""

# The speaker of a turn the page gives to no one: one per story, since two stories'
# unknown voices are not one person.
UNATTRIBUTED = "unattributed"


@attrs.frozen
class _Corpus:
    """The contents of the five files, built before anything is written."""

    utterances: list[dict[str, Any]]
    speakers: dict[str, dict[str, Any]]
    conversations: dict[str, dict[str, Any]]


def write_convokit(
    stories: Iterable[Story],
    directory: str | os.PathLike[str],
    /,
    *,
    keys: Iterable[str] | None = None,
) -> Path:
    """Write ``stories`` as a ConvoKit corpus in ``directory`` (made if missing) and return
    its path; ``convokit.Corpus(filename=str(path))`` loads it.

    Each story is one conversation whose id is the story's key (``keys``, one per story, else
    its ``source``, else the hash ``story_key`` gives). Each spoken turn is one utterance with
    id ``KEY/N`` and timestamp N (N counting the story's turns from 0, as transcripts give no
    clock time) replying to the turn before it, so the turns form one chain from the story's
    first turn. Speakers are shared across the stories of one export by speaker id (the slug
    of their name): the Nina Weston of two stories is one ConvoKit speaker. Unidentified
    speakers (``UNIDENTIFIED PERSON #1``) and turns with no speaker belong to their story
    alone (``KEY/unidentified-person-1``, ``KEY/unattributed``). Markers and notes are not
    utterances; a story with no turns keeps its entry in ``conversations.json``, which
    ConvoKit, building conversations from utterances, does not list. Files already in
    ``directory`` are replaced.
    """
    if isinstance(stories, Story):
        raise TypeError("write_convokit() takes an iterable of stories; wrap one in a list")
    documents = convokit_documents(stories, keys)
    from pathlib import Path  # noqa: PLC0415  # kept out of the package's import time

    folder = Path(directory)
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in documents.items():
        (folder / name).write_text(text, encoding="utf-8", newline="\n")
    return folder


def convokit_documents(
    stories: Iterable[Story], keys: Iterable[str] | None = None
) -> dict[str, str]:
    """The text of each of the five files of the corpus, by file name (see
    :func:`write_convokit`); ``ValueError`` when two stories have one key."""
    stories = list(stories)
    corpus = _build(stories, _keys(stories, keys))
    overall: dict[str, Any] = {}
    utterances = "".join(
        json.dumps(utterance, ensure_ascii=False) + "\n" for utterance in corpus.utterances
    )
    return {
        "utterances.jsonl": utterances,
        "speakers.json": _json(corpus.speakers),
        "conversations.json": _json(corpus.conversations),
        "corpus.json": _json(overall),
        "index.json": _json(_index(corpus, overall)),
    }


def _keys(stories: list[Story], keys: Iterable[str] | None) -> list[str]:
    if keys is None:
        names = [story_key(story) for story in stories]
    else:
        given = list(keys)
        if len(given) != len(stories):
            raise ValueError(f"keys: {len(given)} keys for {len(stories)} stories")
        names = [story_key(story, key) for story, key in zip(stories, given, strict=True)]
    seen: set[str] = set()
    for position, name in enumerate(names):
        if name in seen:
            raise ValueError(
                f"story {position}: the key {name!r} is already another story's; a "
                "conversation id names one story (pass keys=)"
            )
        seen.add(name)
    return names


def _speaker_id(story_name: str, speaker: Speaker | None) -> str:
    if speaker is None:
        return f"{story_name}/{UNATTRIBUTED}"
    if speaker.role == "unidentified":
        return f"{story_name}/{speaker.id}"
    return speaker.id


def _build(stories: list[Story], names: list[str]) -> _Corpus:
    utterances: list[dict[str, Any]] = []
    speakers: dict[str, dict[str, Any]] = {}
    conversations: dict[str, dict[str, Any]] = {}
    for story, name in zip(stories, names, strict=True):
        by_id = {speaker.id: speaker for speaker in story.speakers}
        conversations[name] = {"meta": _conversation_meta(story), "vectors": []}
        previous: str | None = None
        for index, turn in enumerate(story.turns):
            speaker = by_id.get(turn.speaker) if turn.speaker is not None else None
            who = _speaker_id(name, speaker)
            # The first story to name a speaker gives their display name.
            speakers.setdefault(
                who, {"meta": {"name": speaker.name if speaker else None}, "vectors": []}
            )
            utterance_id = f"{name}/{index}"
            utterances.append(
                {
                    "id": utterance_id,
                    "conversation_id": name,
                    "speaker": who,
                    "reply-to": previous,
                    # Transcripts give no clock time; ConvoKit orders a conversation's
                    # utterances by timestamp, so it is the turn's place in the story.
                    "timestamp": index,
                    "text": turn.text,
                    "meta": {
                        "story": name,
                        "turn": index,
                        "role": speaker.role if speaker else None,
                        "basis": turn.basis,
                        "start": turn.span.start,
                        "end": turn.span.end,
                    },
                    "vectors": [],
                }
            )
            previous = utterance_id
    return _Corpus(utterances, speakers, conversations)


def _conversation_meta(story: Story) -> dict[str, Any]:
    return {
        "headline": story.headline,
        "teaser": story.teaser,
        "program": story.program,
        "outlet": story.outlet,
        "date": story.date.isoformat() if story.date is not None else None,
        "source": story.source,
        "url": story.url,
    }


def _types(metas: Iterable[dict[str, Any]]) -> dict[str, list[str]]:
    """Each metadata field's types as ConvoKit's index writes them (``"<class 'str'>"``),
    in the order first seen; a field that is always ``None`` has none yet."""
    index: dict[str, list[str]] = {}
    for meta in metas:
        for field, value in meta.items():
            seen = index.setdefault(field, [])
            if value is not None and str(type(value)) not in seen:
                seen.append(str(type(value)))
    return index


def _index(corpus: _Corpus, overall: dict[str, Any]) -> dict[str, Any]:
    return {
        "utterances-index": _types(utterance["meta"] for utterance in corpus.utterances),
        "speakers-index": _types(speaker["meta"] for speaker in corpus.speakers.values()),
        "conversations-index": _types(
            conversation["meta"] for conversation in corpus.conversations.values()
        ),
        "overall-index": _types([overall]),
        "version": 1,
        "vectors": [],
    }


def _json(data: object) -> str:
    return json.dumps(data, ensure_ascii=False)
