"""ConvoKit corpus folders: checked against ConvoKit's documented format always, and loaded
with ConvoKit itself where it is installed."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import newstranscript
from newstranscript import CONVOKIT_FILES, Story
from tests.datasets import golden_stories, with_source

STORIES = golden_stories()
KEYS = [path.stem for path, _ in STORIES]

# The fields of each line of utterances.jsonl that ConvoKit's format requires.
UTTERANCE_FIELDS = {"id", "speaker", "conversation_id", "reply-to", "timestamp", "text"}
INDEX_FIELDS = {
    "utterances-index",
    "speakers-index",
    "conversations-index",
    "overall-index",
    "version",
    "vectors",
}


def _load(folder: Path) -> dict[str, Any]:
    return {
        "utterances": [
            json.loads(line)
            for line in (folder / "utterances.jsonl").read_text("utf-8").splitlines()
        ],
        **{
            name: json.loads((folder / f"{name}.json").read_text("utf-8"))
            for name in ("speakers", "conversations", "corpus", "index")
        },
    }


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, Any]]:
    folder = tmp_path_factory.mktemp("convokit") / "golden-corpus"
    written = newstranscript.write_convokit([s for _, s in STORIES], folder, keys=KEYS)
    assert written == folder
    return folder, _load(folder)


def test_the_folder_holds_the_five_files(corpus: tuple[Path, dict[str, Any]]) -> None:
    folder, _ = corpus
    assert sorted(path.name for path in folder.iterdir()) == sorted(CONVOKIT_FILES)


def test_one_utterance_per_turn_in_order(corpus: tuple[Path, dict[str, Any]]) -> None:
    _, data = corpus
    utterances = data["utterances"]
    assert len(utterances) == sum(len(story.turns) for _, story in STORIES)
    position = 0
    for key, (_, story) in zip(KEYS, STORIES, strict=True):
        previous = None
        for index, turn in enumerate(story.turns):
            utterance = utterances[position]
            position += 1
            assert set(utterance) >= UTTERANCE_FIELDS
            assert utterance["id"] == f"{key}/{index}"
            assert utterance["conversation_id"] == key
            assert utterance["reply-to"] == previous
            assert utterance["timestamp"] == index
            assert utterance["text"] == turn.text
            assert utterance["meta"]["story"] == key
            assert utterance["meta"]["turn"] == index
            previous = utterance["id"]


def test_one_conversation_per_story(corpus: tuple[Path, dict[str, Any]]) -> None:
    _, data = corpus
    with_turns = [key for key, (_, story) in zip(KEYS, STORIES, strict=True) if story.turns]
    assert set(data["conversations"]) == set(KEYS)
    assert {u["conversation_id"] for u in data["utterances"]} == set(with_turns)
    for key, (_, story) in zip(KEYS, STORIES, strict=True):
        meta = data["conversations"][key]["meta"]
        assert meta["headline"] == story.headline
        assert meta["program"] == story.program


def test_every_utterance_speaker_is_in_speakers(corpus: tuple[Path, dict[str, Any]]) -> None:
    _, data = corpus
    assert {u["speaker"] for u in data["utterances"]} == set(data["speakers"])
    for _key, (_, story) in zip(KEYS, STORIES, strict=True):
        for speaker in story.speakers:
            if speaker.role != "unidentified" and any(story.turns_by(speaker.id)):
                assert data["speakers"][speaker.id]["meta"]["name"] is not None


def test_the_index_has_convokits_shape(corpus: tuple[Path, dict[str, Any]]) -> None:
    _, data = corpus
    index = data["index"]
    assert set(index) == INDEX_FIELDS
    assert isinstance(index["version"], int)
    assert index["vectors"] == []
    assert set(index["utterances-index"]) == set(data["utterances"][0]["meta"])
    assert index["utterances-index"]["turn"] == ["<class 'int'>"]
    assert index["utterances-index"]["story"] == ["<class 'str'>"]
    assert set(index["conversations-index"]) == set(
        next(iter(data["conversations"].values()))["meta"]
    )
    assert index["speakers-index"] == {"name": ["<class 'str'>"]}
    assert index["overall-index"] == {}
    assert data["corpus"] == {}


def test_speakers_are_shared_across_the_stories_of_one_export(tmp_path: Path) -> None:
    _, story = next((p, s) for p, s in STORIES if p.stem == "label_unidentified")
    assert any(speaker.role == "unidentified" for speaker in story.speakers)
    newstranscript.write_convokit([story, story], tmp_path, keys=["monday", "tuesday"])
    speakers = json.loads((tmp_path / "speakers.json").read_text("utf-8"))
    named = {s.id for s in story.speakers if s.role != "unidentified"}
    unknown = {s.id for s in story.speakers if s.role == "unidentified"}
    assert named <= set(speakers)
    # Two stories' unidentified voices are not one person.
    for speaker_id in unknown:
        assert {f"monday/{speaker_id}", f"tuesday/{speaker_id}"} <= set(speakers)
        assert speaker_id not in speakers


def test_a_turn_with_no_speaker_has_its_storys_unattributed_speaker(tmp_path: Path) -> None:
    _, story = next((p, s) for p, s in STORIES if any(turn.speaker is None for turn in s.turns))
    newstranscript.write_convokit([story], tmp_path, keys=["lost"])
    lines = (tmp_path / "utterances.jsonl").read_text("utf-8").splitlines()
    speakers = {json.loads(line)["speaker"] for line in lines}
    assert "lost/unattributed" in speakers


def test_stories_are_named_by_source_else_hash(tmp_path: Path) -> None:
    (_, first), (_, second) = STORIES[0], STORIES[1]
    newstranscript.write_convokit([with_source(first, "a.txt"), second], tmp_path)
    conversations = json.loads((tmp_path / "conversations.json").read_text("utf-8"))
    assert list(conversations) == ["a.txt", newstranscript.story_key(second)]


def test_two_stories_of_one_key_are_refused(tmp_path: Path) -> None:
    _, story = STORIES[0]
    with pytest.raises(ValueError, match=r"story 1: the key .* is already another story's"):
        newstranscript.write_convokit([story, story], tmp_path)
    with pytest.raises(ValueError, match="1 keys for 2 stories"):
        newstranscript.write_convokit([story, story], tmp_path, keys=["one"])
    with pytest.raises(TypeError, match="iterable of stories"):
        newstranscript.write_convokit(story, tmp_path)  # type: ignore[arg-type]


def test_convokit_loads_the_corpus(corpus: tuple[Path, dict[str, Any]]) -> None:
    convokit = pytest.importorskip(
        "convokit", reason="ConvoKit is not installed (pip install '.[convokit]')"
    )
    folder, data = corpus
    loaded = convokit.Corpus(filename=str(folder))
    stories: list[Story] = [story for _, story in STORIES]
    assert len(list(loaded.iter_utterances())) == sum(len(s.turns) for s in stories)
    with_turns = {key for key, story in zip(KEYS, stories, strict=True) if story.turns}
    assert set(loaded.get_conversation_ids()) == with_turns
    assert set(loaded.get_speaker_ids()) == set(data["speakers"])
    for key, story in zip(KEYS, stories, strict=True):
        if not story.turns:
            continue
        conversation = loaded.get_conversation(key)
        assert conversation.meta["headline"] == story.headline
        assert conversation.check_integrity(verbose=False)
        chain = conversation.get_chronological_utterance_list()
        assert [u.text for u in chain] == [turn.text for turn in story.turns]
