"""Markers: brackets of every era, CNN clip blocks, timestamps and asides inside turns."""

from __future__ import annotations

import time

import pytest

import newstranscript
from newstranscript import Segment, Span, Story
from tests.conftest import GOLDEN


def _story(name: str) -> Story:
    return newstranscript.read(GOLDEN / f"{name}.txt")


def _source(name: str) -> str:
    return (GOLDEN / f"{name}.txt").read_text(encoding="utf-8")


def test_capitals_markers_alone_on_a_line() -> None:
    story = _story("marker_capitals")
    kinds = [(bite.text, bite.soundbite.kind) for bite in story.soundbites if bite.soundbite]
    assert kinds == [
        ('(SOUNDBITE OF TV SHOW, "QUIZ NIGHT")', "recording"),
        ("(APPLAUSE)", "sound"),
        ("(SOUNDBITE OF ARCHIVED RECORDING)", "recording"),
        ("(LAUGHTER)", "sound"),
        ("(CROSSTALK)", "sound"),
        ("(SOUNDBITE OF SPORTS THEM MUSIC)", "music"),  # a typo still reads as music
        ('(SOUNDBITE OF KESTREL QUARTET\'S "LOW TIDE")', "music"),
    ]


def test_music_credit_before_the_provider_line() -> None:
    story = _story("marker_capitals")
    credit = story.soundbites[-1].soundbite
    assert credit is not None
    assert (credit.artist, credit.title) == ("Kestrel Quartet", "Low Tide")
    assert story.provider == "Transcript provided by NPR, Copyright NPR."


def test_old_npr_mixed_case_markers() -> None:
    story = _story("marker_old_npr")
    bites = [(s.text, s.soundbite.kind) for s in story.soundbites if s.soundbite]
    assert bites == [
        ("(Soundbite of music)", "music"),
        ("(Soundbite of demonstration)", "recording"),
    ]
    # a mixed-case aside opening a turn stays in that turn
    assert story.turns[-1].text == "(Laughter) Well, once for hail."


def test_square_bracket_markers() -> None:
    story = _story("marker_square")
    assert [s.text for s in story.soundbites] == ["[RADIOLAB INTRO]", "[COIN SPINNING]", "[MUSIC]"]
    assert story.soundbites[2].soundbite is not None
    assert story.soundbites[2].soundbite.kind == "music"
    laughs = story.turns[1]
    assert laughs.text == "It keeps spinning. [laughs] For a very long time."
    assert [(a.text, a.kind) for a in laughs.annotations] == [("[laughs]", "sound")]


def test_markers_glued_to_the_end_of_a_sentence() -> None:
    story = _story("marker_glued")
    types = [(s.type, s.soundbite.kind if s.soundbite else s.speaker) for s in story.segments]
    assert types == [
        ("turn", "dana-pike"),
        ("soundbite", "clip_start"),
        ("turn", "tom-reed"),
        ("soundbite", "clip_end"),
        ("turn", "dana-pike"),
        ("soundbite", "break"),
        ("turn", "dana-pike"),
    ]
    assert story.turns[0].text == "Let's look at how it unfolded. Thank you."
    assert story.turns[2].text == "Two hours. We will be right back after this, thanks."
    source = _source("marker_glued")
    assert story.segments[1].span.slice(source) == "(BEGIN VIDEO CLIP)"
    assert story.segments[5].span.slice(source) == "(COMMERCIAL BREAK)"


def test_a_capitals_cue_between_two_sentences_is_an_inline_soundbite_after_the_whole_turn() -> None:
    text = "DANA HOLLOWAY, HOST: That was funny. (LAUGHTER) Anyway.\n"
    story = newstranscript.parse(text)
    assert [(s.type, s.speaker, s.text, s.inline) for s in story.segments] == [
        ("turn", "dana-holloway", "That was funny. (LAUGHTER) Anyway.", False),
        ("soundbite", None, "(LAUGHTER)", True),
    ]
    turn, cue = story.segments
    assert cue.span.slice(text) == "(LAUGHTER)"
    assert turn.span.start < cue.span.start < cue.span.end < turn.span.end
    assert cue.soundbite is not None
    assert cue.soundbite.kind == "sound"
    assert [a.text for a in turn.annotations] == ["(LAUGHTER)"]
    assert newstranscript.audit(story, text).clean


@pytest.mark.parametrize(
    ("line", "cue"),
    [
        ("Stay with us. [MUSIC UP AND UNDER] First, the ferry.", "[MUSIC UP AND UNDER]"),
        ("I tapped the pipe (CLANG, WATER RUSHES) and it ran.", "(CLANG, WATER RUSHES)"),
        ("(GASP) A whole ferry?", "(GASP)"),
        ("Come in. (KNOCKS) I said come in.", "(KNOCKS)"),
    ],
    ids=["music between sentences", "a sound mid-sentence", "at the turn's start", "a knock"],
)
def test_a_sound_printed_in_a_turn_leaves_the_turn_whole(line: str, cue: str) -> None:
    story = newstranscript.parse(f"DANA HOLLOWAY, HOST: {line}\n\nOMAR BEK: Yes.\n")
    assert [(s.type, s.speaker or s.text) for s in story.segments] == [
        ("turn", "dana-holloway"),
        ("soundbite", cue),
        ("turn", "omar-bek"),
    ]
    assert story.turns[0].text == line
    assert story.soundbites[0].inline


@pytest.mark.parametrize(
    "aside",
    ["(laughter)", "(STONER)", "(UK)", "(INAUDIBLE)", "(AS MAILMAN)", "(PH)", "(R-TX)"],
    ids=["small letters", "a name", "an abbreviation", "a gap", "a delivery", "spelling", "party"],
)
def test_an_aside_about_the_words_is_no_soundbite(aside: str) -> None:
    story = newstranscript.parse(f"DANA HOLLOWAY, HOST: Well {aside} that is so. Yes.\n")
    assert story.soundbites == ()
    assert [a.text for a in story.turns[0].annotations] == [aside]


def test_a_story_with_inline_soundbites_reads_back_from_every_writer() -> None:
    text = "DANA HOLLOWAY, HOST: I hit the side (BANG, FAN STARTS) and it ran.\n\nOMAR BEK: Good.\n"
    story = newstranscript.parse(text)
    assert newstranscript.from_json(newstranscript.to_json(story)) == story
    again = newstranscript.parse(newstranscript.to_text(story))
    assert [(s.type, s.text, s.inline) for s in again.segments] == [
        (s.type, s.text, s.inline) for s in story.segments
    ]
    markdown = newstranscript.to_markdown(story)
    assert markdown.count("(BANG, FAN STARTS)") == 1


def test_an_abbreviation_opening_a_wrapped_line_is_no_marker() -> None:
    # hard-wrapped prose: the line break before "(NZ)" is only where the line was full
    text = (
        "DANA HOLLOWAY, HOST: We speak with Ines Carrow of the Harbor Gazette\n"
        "(NZ) who says the ferry has not run on time since March.\n\n"
        "INES CARROW: Not once.\n"
    )
    story = newstranscript.parse(text)
    assert story.soundbites == ()
    assert [turn.speaker for turn in story.turns] == ["dana-holloway", "ines-carrow"]
    assert "Gazette (NZ) who says" in story.turns[0].text


@pytest.mark.parametrize(
    "line",
    ["(SOUNDBITE OF FERRY HORN) the horn again", "(NZ) The next sentence.", "(LAUGHTER) OK."],
    ids=["a sound before small letters", "an abbreviation before a capital", "laughter"],
)
def test_a_capitals_marker_opening_a_line_still_stands_apart(line: str) -> None:
    story = newstranscript.parse(f"DANA HOLLOWAY, HOST: Hello.\n\n{line}\n")
    assert len(story.soundbites) == 1


@pytest.mark.parametrize("credit", ["( Ana Ruiz )", "( Harbor Bay Radio via AP )"])
def test_a_credit_in_padded_brackets_is_no_marker(credit: str) -> None:
    # a station's pages print a picture's credit with a space inside each bracket
    text = f"Ferry Stays In Port\n\n{credit}\n\nANA RUIZ: The fog is back.\n"
    story = newstranscript.parse(text)
    assert story.soundbites == ()
    assert [(d.text, d.reason) for d in story.dropped] == [(credit, "photo credit")]


def test_cnn_clip_block_marks_its_turns() -> None:
    story = _story("marker_cnn_clip")
    clip_turns = [(t.speaker, t.clip) for t in story.turns]
    assert clip_turns == [
        ("rosa-vance", False),
        ("gary-holt", True),
        ("unidentified-female", True),
        ("rosa-vance", False),
        ("rosa-vance", False),
        ("oliver-kane", False),
        ("oliver-kane", True),
        ("rosa-vance", False),
    ]
    assert not [s for s in story.soundbites if s.clip]  # the markers themselves are outside
    assert not story.diagnostics


def test_cnn_commercial_break() -> None:
    story = _story("marker_cnn_clip")
    breaks = [s for s in story.soundbites if s.soundbite and s.soundbite.kind == "break"]
    assert [s.text for s in breaks] == ["(COMMERCIAL BREAK)"]


def test_unclosed_clip_is_a_diagnostic() -> None:
    story = newstranscript.parse(
        "ANA LOPEZ, CNN ANCHOR: Here it is.\n\n(BEGIN VIDEO CLIP)\n\n"
        "BEN ROSS, FARMER: The rain came late.\n\n(COMMERCIAL BREAK)\n\nLOPEZ: Back.\n"
    )
    assert [d.code for d in story.diagnostics] == ["unclosed-clip"]
    assert [t.clip for t in story.turns] == [False, True, False]


def test_clip_end_without_start_is_a_diagnostic() -> None:
    story = newstranscript.parse("ANA LOPEZ, CNN ANCHOR: Here.\n\n(END VIDEO CLIP)\n")
    assert [d.code for d in story.diagnostics] == ["unopened-clip"]


def test_timestamps_become_segment_metadata_covered_by_the_span() -> None:
    story = _story("marker_cnn_clip")
    source = _source("marker_cnn_clip")
    stamped = [(s.timestamp, s.speaker) for s in story.segments if s.timestamp]
    assert stamped == [
        ("04:30:00", "rosa-vance"),
        ("04:35:12", "rosa-vance"),
        ("04:36:40", "oliver-kane"),
    ]
    for segment in story.segments:
        if segment.timestamp:
            assert segment.span.slice(source).startswith(f"[{segment.timestamp}]")
            assert segment.timestamp not in segment.text
    assert not any("[04" in s.text for s in story.segments)


def test_a_timestamp_with_nothing_after_it_is_dropped_with_a_reason() -> None:
    text = "ANA LOPEZ, CNN ANCHOR: Good night.\n\n[05:00:00]\n"
    story = newstranscript.parse(text)
    assert [(d.text, d.reason) for d in story.dropped] == [
        ("[05:00:00]", "timestamp with no segment after it")
    ]
    assert story.dropped[0].span.slice(text) == "[05:00:00]"


def test_a_timestamp_before_a_dropped_line_is_dropped_and_nothing_is_claimed_twice() -> None:
    text = "ANA QUILL: Hello there.\n\n(SOUNDBITE OF MUSIC)\n\n[04:30:00]\n\nListen\n\nThe tide.\n"
    story = newstranscript.parse(text)
    assert [(d.text, d.reason) for d in story.dropped] == [
        ("[04:30:00]", "timestamp with no segment after it"),
        ("Listen", "player"),
    ]
    assert story.segments[-1].span.slice(text) == "The tide."
    assert newstranscript.audit(story, text).clean


def test_two_timestamps_in_a_row_drop_the_first() -> None:
    story = newstranscript.parse("[05:00:00]\n\n[05:01:00]\n\nANA LOPEZ, CNN ANCHOR: Hello.\n")
    assert [d.reason for d in story.dropped] == ["timestamp followed by another timestamp"]
    assert story.turns[0].timestamp == "05:01:00"


def test_asides_inside_a_turn_are_kept_and_listed() -> None:
    story = _story("marker_in_turn")
    source = _source("marker_in_turn")
    listed = [(a.text, a.kind) for t in story.turns for a in t.annotations]
    assert listed == [
        ("(Through interpreter)", "delivery"),
        ("(Singing)", "delivery"),
        ("(Foreign language spoken)", "delivery"),
        ("(ph)", "spelling"),
        ("(ph)", "spelling"),
        ("(inaudible)", "inaudible"),
        ("(LAUGHTER)", "sound"),
        ("(Through translator)", "delivery"),
        ("(laughter)", "sound"),
        ("(As mailman)", "delivery"),
        ("(Speaking Dutch)", "delivery"),
        ("(laughter)", "sound"),
    ]
    for turn in story.turns:
        for annotation in turn.annotations:
            assert annotation.span.slice(source) == annotation.text
            assert annotation.text in turn.text
    # the one capitals sound among them is also listed as a soundbite after its turn
    assert [(s.text, s.inline) for s in story.soundbites] == [("(LAUGHTER)", True)]


def test_spelling_flag_glued_to_the_word() -> None:
    story = _story("marker_in_turn")
    turn = next(t for t in story.turns if "Tony(ph)" in t.text)
    assert "Tony(ph) Brakel" in turn.text
    assert "Anja Vos (ph)" in turn.text


def test_annotations_survive_the_json_round_trip() -> None:
    story = _story("marker_in_turn")
    assert newstranscript.from_json(newstranscript.to_json(story)) == story


def test_a_line_of_thousands_of_markers_and_timestamps_is_read_whole() -> None:
    line = "(APPLAUSE) [04:30:00] " * 3000 + "DANA HOLLOWAY, HOST: Hello."
    story = newstranscript.parse(line)
    assert len(story.soundbites) == 3000
    assert [d.reason for d in story.dropped].count("timestamp followed by another timestamp") == 0
    assert story.soundbites[1].timestamp == "04:30:00"
    assert story.turns[0].timestamp == "04:30:00"


def _seconds(text: str) -> float:
    started = time.perf_counter()
    newstranscript.parse(text)
    return time.perf_counter() - started


def test_glued_markers_and_asides_cost_linear_time() -> None:
    for unit in ("Hi. (AB) x ", "Hi.(AB", "Tony(ph) ", "[04:30:00] ", "thanks. (BREAK) "):
        small = _seconds("DANA HOLLOWAY, HOST: " + unit * 2000)
        large = _seconds("DANA HOLLOWAY, HOST: " + unit * 8000)
        assert large < 12 * small + 0.1, f"{unit!r}: {small:.3f}s then {large:.3f}s"


def test_timestamp_glued_before_a_label_in_a_flattened_transcript() -> None:
    text = "ROSA VANCE, CNN ANCHOR: We will be back. [04:35:12] VANCE: Welcome back.\n"
    story = newstranscript.parse(text)
    assert [(t.text, t.timestamp) for t in story.turns] == [
        ("We will be back.", None),
        ("Welcome back.", "04:35:12"),
    ]
    assert story.turns[1].span.slice(text) == "[04:35:12] VANCE: Welcome back."


def test_a_timestamp_above_the_headline_is_dropped_not_lost() -> None:
    text = "[04:30:00]\n\nStorm Watch\n\nROSA VANCE, CNN ANCHOR: The storm came.\n"
    story = newstranscript.parse(text)
    assert story.headline == "Storm Watch"
    assert [(d.text, d.reason) for d in story.dropped] == [
        ("[04:30:00]", "timestamp before the headline")
    ]
    assert story.turns[0].timestamp is None


# A station's transcript page keeps the photo's credit in brackets between the turns, where
# it reads like a marker.
PHOTO_CREDIT_PAGE = """\
Harbor Talk: The Ferry Strike, Day Two

DANA HOLLOWAY: Good morning. The ferries stayed tied up again overnight.

( Ana Ruiz / AP Photo )

OMAR BEK: And the union says talks resume at noon.

[music]

DANA HOLLOWAY: We will hear from the harbor master next.
"""


def test_a_photo_credit_in_brackets_is_furniture_not_a_marker() -> None:
    story = newstranscript.parse(PHOTO_CREDIT_PAGE)
    assert [s.text for s in story.segments if s.type == "soundbite"] == ["[music]"]
    assert [(d.reason, d.text) for d in story.dropped] == [
        ("photo credit", "( Ana Ruiz / AP Photo )")
    ]
    assert [t.speaker for t in story.turns] == ["dana-holloway", "omar-bek", "dana-holloway"]
    assert newstranscript.audit(story, PHOTO_CREDIT_PAGE).clean


@pytest.mark.parametrize(
    "marker", ["(SOUNDBITE OF ARCHIVED BROADCAST)", "(MUSIC / APPLAUSE)", "[Photographs rustle]"]
)
def test_a_marker_that_names_no_photo_credit_stays_a_marker(marker: str) -> None:
    story = newstranscript.parse(f"DANA HOLLOWAY: Good morning.\n\n{marker}\n\nOMAR BEK: Hi.\n")
    assert [s.text for s in story.segments if s.type == "soundbite"] == [marker]


def test_a_timestamp_between_two_paragraphs_of_a_turn_does_not_end_it() -> None:
    text = (
        "ANA LOPEZ, CNN ANCHOR: Hello, I'm Ana Lopez.\n[00:00:05]\nAhead this hour.\n"
        "[00:01:10]\nBEN ROSS, CNN CORRESPONDENT: Ana, the vote is in.\n"
    )
    story = newstranscript.parse(text)
    assert newstranscript.audit(story, text).clean
    assert [t.speaker for t in story.turns] == ["ana-lopez", "ben-ross"]
    assert "Ahead this hour." in story.turns[0].text
    assert story.turns[1].timestamp == "00:01:10"
    assert newstranscript.parse(newstranscript.to_text(story)).turns[0].text == story.turns[0].text


def test_only_a_soundbite_can_be_inline() -> None:
    with pytest.raises(
        ValueError, match=r"only a soundbite is printed inline in a turn, not a turn$"
    ):
        Segment("turn", "Hello.", Span(0, 6), inline=True)


def test_a_bare_time_with_hours_among_the_words_is_a_timestamp() -> None:
    # a machine transcript's time above each stretch: it parts no turn, and before a label
    # it is that turn's timestamp, as [00:01:10] is
    text = "DANA HOLLOWAY: Hello.\n\n00:00:22\n\nAnd more words.\n\n00:01:10\n\nOMAR BEK: Yes.\n"
    story = newstranscript.parse(text)
    assert [(s.speaker, s.text, s.timestamp) for s in story.segments] == [
        ("dana-holloway", "Hello.\n\n00:00:22\n\nAnd more words.", None),
        ("omar-bek", "Yes.", "00:01:10"),
    ]
    assert newstranscript.audit(story, text).clean


def test_a_bare_time_above_the_words_is_the_player_s() -> None:
    story = newstranscript.parse("00:00:05\n\nDANA HOLLOWAY: Hello.\n")
    assert [(d.text, d.reason) for d in story.dropped] == [("00:00:05", "player")]
    assert story.turns[0].timestamp is None
