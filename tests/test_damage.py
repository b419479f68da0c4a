"""Damage in scraped text: lost capitals, flattened lines, encodings, colons, non-transcripts.

Each fixture is fictional and reproduces one kind of damage found in real scraped pages.
"""

from __future__ import annotations

import ast
import time

import pytest

import newstranscript
from newstranscript import Story
from tests.conftest import GOLDEN


def _read(name: str) -> tuple[Story, str]:
    path = GOLDEN / f"{name}.txt"
    # newline="" keeps CRLF as it is in the file, as the span contract needs.
    with open(path, encoding="utf-8-sig", newline="") as handle:
        text = handle.read()
    return newstranscript.parse(text), text


def test_lost_capitals_host_inferred_from_im_damage_lost_capitals() -> None:
    story, text = _read("damage_lost_capitals")
    host = story.speaker("dana-holloway")
    assert (host.name, host.role) == ("Dana Holloway", "host")
    first = story.segments[0]
    assert first.speaker == "dana-holloway"
    assert first.text.startswith("I'm Dana Holloway, and this is MORNING EDITION.")
    # The later surname labels resolve to the inferred host, with no complaint.
    assert [t.speaker for t in story.turns].count("dana-holloway") == 3
    assert [d.code for d in story.diagnostics] == ["inferred-host"]
    assert story.diagnostics[0].line == 3
    assert story.program == "Morning Edition"
    for segment in story.segments:
        assert segment.span.slice(text).endswith(segment.text.split()[-1])


def test_no_host_is_inferred_without_any_label_on_the_page() -> None:
    story = newstranscript.parse("A Headline\n\nI'm Dana Holloway, and the roads are closed.\n")
    assert story.speakers == ()
    assert "inferred-host" not in [d.code for d in story.diagnostics]


def test_a_gap_where_a_label_was_lost_starts_a_turn_damage_lost_label_gap() -> None:
    story, _ = _read("damage_lost_label_gap")
    assert [(t.speaker, t.basis) for t in story.turns] == [
        ("dana-holloway", "label"),
        # "This is Omar Bek." after the gap: his turn, and BEK: later resolves to him
        ("omar-bek", "self-intro"),
        ("dana-holloway", "resolved"),
        ("omar-bek", "resolved"),
        # a gap with no introduction after it: a turn of its own, speaker unknown
        (None, "none"),
        ("dana-holloway", "resolved"),
    ]
    assert [d.code for d in story.diagnostics] == ["lost-label", "lost-label"]
    assert [d.line for d in story.diagnostics] == [8, 15]


@pytest.mark.parametrize(
    "text",
    [
        # every paragraph parted by two blank lines: no gap says a line was lost
        "HOLLOWAY: One.\n\n\nTwo.\n\n\nBEK: Three.\n\n\nFour.\n",
        # a scene's heading after the gap is no lost speaker's turn
        "HOLLOWAY: One.\n\nTwo.\n\nThree.\n\n\nInterview:\n\nBEK: Four.\n\nFive.\n",
    ],
)
def test_wide_gaps_that_lost_no_label(text: str) -> None:
    story = newstranscript.parse(text)
    assert "lost-label" not in [d.code for d in story.diagnostics]


def test_flattened_transcript_after_a_prose_version_damage_flattened() -> None:
    story, text = _read("damage_flattened")
    assert story.headline == "Fishermen Mend Nets As Quotas Shrink"
    # the full stop that ended the title sentence is the page's: the headline's span stops
    # before it, and it is dropped with its reason
    assert story.spans["headline"].slice(text) == story.headline
    stop = next(d for d in story.dropped if d.reason == "stop after the headline")
    assert (stop.text, stop.span.start) == (".", story.spans["headline"].end)
    # The web-article prose glued before the first label is kept as a note, not a turn.
    prose = story.segments[0]
    assert prose.type == "note"
    assert prose.text == (
        "The cod quota was cut again this year, and the boats of Harren Point are staying in "
        "port. The fleet has shrunk by half in a decade."
    )
    assert prose.span.slice(text) == prose.text
    assert [t.speaker for t in story.turns] == [
        "tessa-gray",
        "arlo-finch",
        "berit-olsen",
        "arlo-finch",
        "tessa-gray",
        "arlo-finch",
    ]
    assert story.turns[-1].text == "You're welcome."
    assert story.provider == "Transcript provided by NPR, Copyright NPR."
    assert [(d.code, d.line, d.column) for d in story.diagnostics] == [
        ("text-before-transcript", 1, 39)
    ]
    for turn in story.turns:
        assert turn.span.slice(text).endswith(turn.text)


def test_two_turns_in_one_paragraph_damage_two_turns() -> None:
    story, text = _read("damage_two_turns")
    assert [(t.speaker, t.text) for t in story.turns] == [
        ("ana-lopez", "Senator, have you seen the report on the bridge?"),
        ("ben-ross", "I haven't seen it."),
        ("ana-lopez", "No?"),
        ("ben-ross", "Not yet. I was on a plane."),
        ("ana-lopez", "It says the money was spent twice."),
        ("ben-ross", "Then somebody should answer for that."),
    ]
    assert story.turns[2].span.slice(text) == "LOPEZ: No?"


def test_encoding_damage_is_repaired_and_spans_stay_exact_damage_encoding() -> None:
    story, text = _read("damage_encoding")
    assert "\r\n" in text
    assert "\u00a0" in text
    assert "<p>" in text
    codes = [d.code for d in story.diagnostics]
    assert codes == ["repaired-encoding", "lost-character", "repaired-encoding"]
    reporter = story.turns[1]
    assert "doesn\u2019t mind" in reporter.text
    assert "doesnâ€™t" in reporter.span.slice(text)
    assert "Ambro\ufffdse" in story.turns[2].text
    # each repair says what it made of what: punctuation here, a letter in a name below
    assert [d.message for d in story.diagnostics if d.code == "repaired-encoding"] == [
        "repaired 'â€™' to '’' (a punctuation mark garbled by a wrong encoding)",
        "repaired 'Ã©' to 'é' (a letter garbled by a wrong encoding)",
    ]
    assert "treasurer, André Pell, says" in story.turns[4].text
    assert story.speaker("karina-voss").labels == ("KARINA VOSS, HOST",)
    # Hard-wrapped lines join with a space; lost apostrophes are kept as printed.
    assert "Im told the books came back within a month" in story.turns[0].text
    assert "doesnt expect everyone" in story.turns[3].text
    assert [d.reason for d in story.dropped] == ["html tag"] * 4
    for dropped in story.dropped:
        assert dropped.span.slice(text) == dropped.text
    hu_jing = story.turns[2].span.slice(text)
    assert hu_jing.startswith("HU JING: One book")
    assert hu_jing.endswith("due March 4th.")
    host = story.turns[0].span.slice(text)
    assert host.startswith("KARINA\u00a0VOSS, HOST:")
    assert host.endswith("Wendell Ashe reports.")


def test_byte_order_mark_is_dropped_when_parsing_text_damage_encoding() -> None:
    path = GOLDEN / "damage_encoding.txt"
    text = path.read_bytes().decode("utf-8")  # keeps the BOM as U+FEFF
    story = newstranscript.parse(text)
    assert story.dropped[0].reason == "byte order mark"
    assert story.dropped[0].span.slice(text) == "\ufeff"
    assert story.headline == "Library Fines Are Gone, And The Books Came Back"


def test_a_link_cut_out_of_a_sentence_is_not_a_label_damage_encoding() -> None:
    story, _ = _read("damage_encoding")
    assert story.turns[3].text.startswith("Email us: You can write to the show")
    assert all(not s.name.startswith("Email") for s in story.speakers)


def test_lines_with_colons_are_not_labels_damage_not_labels() -> None:
    story, text = _read("damage_not_labels")
    assert [s.id for s in story.speakers] == ["lena-march", "otto-kemp"]
    assert story.program == "Talk of the Nation: Science Friday"
    assert story.spans["program"].slice(text) == "TALK OF THE NATION: SCIENCE FRIDAY"
    assert story.headline == "Week In Review: Moths, Maps And The Longest Night"
    assert story.notes[0].startswith("UPDATE: This story has been updated")
    assert story.notes[-1].startswith("NOTE: The survey data")
    assert story.turns[0].paragraphs == (
        "Here's the thing: nobody counted the moths until last year.",
        "At 2:00 a.m.: that's when the survey team switched on the lamps at the Harlan "
        "Observatory.",
    )


def test_an_index_page_is_not_a_transcript_damage_not_transcript() -> None:
    story, _ = _read("damage_not_transcript")
    assert story.speakers == ()
    assert [d.code for d in story.diagnostics] == ["not-a-transcript"]


@pytest.mark.parametrize(
    "text",
    [
        # subtitles
        "1\n00:00:01,000 --> 00:00:03,500\nWell, the river is high today.\n\n"
        "2\n00:00:03,600 --> 00:00:06,000\nWe closed the bridge at noon.\n",
        # a speech-to-text dump: no punctuation, no capitals, one long line
        "so um the river was high today and we closed the bridge at noon and then "
        "the the council said we would open it again when the water goes down\n",
    ],
    ids=["subtitles", "speech-to-text"],
)
def test_other_text_that_is_not_a_transcript(text: str) -> None:
    story = newstranscript.parse(text)
    assert story.speakers == ()
    assert "not-a-transcript" in [d.code for d in story.diagnostics]
    with pytest.raises(newstranscript.ParseError, match="not-a-transcript"):
        newstranscript.parse(text, strict=True)


def test_subtitles_with_a_sound_cue_are_not_a_transcript_damage_subtitles() -> None:
    story, text = _read("damage_subtitles")
    assert story.speakers == ()
    assert [(d.code, d.line) for d in story.diagnostics] == [("not-a-transcript", 2)]
    assert "captions" in story.diagnostics[0].message
    # no turns and no marker: a cue's words were cut where the screen had room
    assert story.segments == ()
    assert story.headline is None
    # the timing lines and cue numbers are dropped with their reasons, the cue text with
    # 'not a transcript': nothing lost
    assert [(d.reason, d.text) for d in story.dropped] == [
        ("subtitle cue number", "1"),
        ("subtitle timing", "00:00:00,500 --> 00:00:03,000"),
        ("not a transcript", "[MUSIC]"),
        ("subtitle cue number", "2"),
        ("subtitle timing", "00:00:03,200 --> 00:00:06,800"),
        ("not a transcript", "Good evening from the harbor,"),
        ("not a transcript", "where the ferries have stopped for the night."),
        ("subtitle cue number", "3"),
        ("subtitle timing", "00:00:07,000 --> 00:00:09,400"),
        ("not a transcript", "The storm is due by midnight."),
    ]
    assert newstranscript.audit(story, text).clean


def test_webvtt_subtitles_drop_their_header_and_cue_settings() -> None:
    text = (
        "WEBVTT\nKind: captions\nLanguage: en\n\n"
        "00:01.000 --> 00:04.000 align:start position:10%\n[LAUGHTER]\n\n"
        "00:04.500 --> 00:07.000\nWelcome back to the show.\n"
    )
    story = newstranscript.parse(text)
    assert [d.code for d in story.diagnostics] == ["not-a-transcript"]
    assert [(d.reason, d.text) for d in story.dropped] == [
        ("subtitle header", "WEBVTT"),
        ("subtitle header", "Kind: captions"),
        ("subtitle header", "Language: en"),
        ("subtitle timing", "00:01.000 --> 00:04.000 align:start position:10%"),
        ("not a transcript", "[LAUGHTER]"),
        ("subtitle timing", "00:04.500 --> 00:07.000"),
        ("not a transcript", "Welcome back to the show."),
    ]
    assert story.segments == ()
    assert newstranscript.audit(story, text).clean
    with pytest.raises(newstranscript.ParseError, match="not-a-transcript"):
        newstranscript.parse(text, strict=True)


@pytest.mark.parametrize(
    "cues",
    [
        # a SubRip file whose cues print a label
        "1\n00:00:01,000 --> 00:00:03,000\nJUDY MARSH, HOST: Good evening.\n\n"
        "2\n00:00:03,500 --> 00:00:05,000\nLEO TRAN: Thanks, Judy.\n",
        # WebVTT voice tags, a diarizer's numbered speakers
        "WEBVTT - Harbor Talk\n\n0:00:01.200 --> 0:00:03.000\n<v Speaker 1>Good evening.\n\n"
        "0:00:03.500 --> 0:00:05.000\n<v Speaker 2>Thanks for having\n\n"
        "0:00:05.100 --> 0:00:06.000\n<v Speaker 2>me.\n",
    ],
    ids=["srt-labels", "webvtt-voices"],
)
def test_subtitles_whose_cues_name_speakers_are_still_no_transcript(cues: str) -> None:
    story = newstranscript.parse(cues)
    assert story.turns == ()
    assert story.speakers == ()
    assert [d.code for d in story.diagnostics] == ["not-a-transcript"]
    # the names stay in the dropped cue text
    assert "Speaker 2" in cues or "LEO TRAN" in cues
    dropped = " ".join(d.text for d in story.dropped if d.reason == "not a transcript")
    assert ("LEO TRAN: Thanks, Judy." in dropped) or ("<v Speaker 2>me." in dropped)
    assert newstranscript.audit(story, cues).clean


def test_a_subtitle_script_flattened_onto_one_line_is_no_transcript() -> None:
    events = "".join(
        f"Dialogue: 0,0:00:{n:02d}.10,0:00:{n + 1:02d}.40,Default,,0000,0000,0000,,{words} "
        for n, words in enumerate(["The ferry left", "at dawn, and the", "gulls came after it."])
    )
    text = (
        "[Script Info] Title: [Events] Format: Layer, Start, End, Style, Name, MarginL, "
        "MarginR, MarginV, Effect, Text " + events
    )
    story = newstranscript.parse(text)
    assert story.segments == ()
    assert [d.code for d in story.diagnostics] == ["not-a-transcript"]
    assert "event lines" in story.diagnostics[0].message
    assert newstranscript.audit(story, text).clean


def _timed(lines: list[str]) -> str:
    return "\n\n".join(
        f"{n // 60}:{n % 60:02d}\n\n{line}"
        for n, line in zip(range(0, 3 * len(lines), 3), lines, strict=True)
    )


def test_a_speech_to_text_dump_of_timed_fragments_is_no_transcript() -> None:
    fragments = [
        "Harbor Radio is supported by the",
        "Lantern Foundation, working for",
        "safer coasts and cleaner water, and",
        "by listeners like you. Today on",
        "the show we head out with the",
        "night ferry crew to see how",
        "they keep the lights on when the",
        "storms come in off the",
        "point. It is a long night.",
        "And it starts with a phone call",
        "at two in the",
        "morning.",
    ]
    text = "Harbor Talk\n\nEpisode Transcript\n\n" + _timed(fragments) + "\n"
    story = newstranscript.parse(text)
    assert story.turns == ()
    assert [d.code for d in story.diagnostics] == ["not-a-transcript"]
    assert "speech-to-text" in story.diagnostics[0].message
    assert newstranscript.audit(story, text).clean


def test_timed_paragraphs_that_end_their_sentences_are_no_captions() -> None:
    paragraphs = [
        f"We went out on the night ferry for the {n}th time, and the crew was ready."
        for n in range(4, 16)
    ]
    story = newstranscript.parse(_timed(paragraphs) + "\n")
    # unlabelled speech, kept as turns (the page's first lines read as its header)
    assert len(story.turns) >= 10
    assert story.turns[-1].text == paragraphs[-1]
    assert "captions" not in " ".join(d.message for d in story.diagnostics)


def test_a_labelled_transcript_with_a_time_above_each_turn_is_no_captions() -> None:
    # the words under each time break off, but a label opens them: a transcript
    lines = [f"JO LANE: We went out on the ferry for the {n}th time, and the" for n in range(4, 16)]
    story = newstranscript.parse(_timed(lines) + "\n")
    assert len(story.turns) == 12
    assert {turn.speaker for turn in story.turns} == {"jo-lane"}
    assert "not-a-transcript" not in [d.code for d in story.diagnostics]


def test_an_arrow_in_a_transcript_is_no_subtitle_timing() -> None:
    story = newstranscript.parse(
        "ANA RUIZ, HOST: Fares went up. 2:30 --> 3:15 was the old timetable.\n\n"
        "00:00:01,000 --> later\n"
    )
    assert story.dropped == ()
    assert "not-a-transcript" not in [d.code for d in story.diagnostics]


def test_several_stories_are_flagged_by_parse_damage_several_stories() -> None:
    story, _ = _read("damage_several_stories")
    several = [d for d in story.diagnostics if d.code == "several-stories"]
    assert len(several) == 1
    assert "3 stories" in several[0].message
    assert (several[0].line, several[0].column) == (15, 1)


@pytest.mark.parametrize(
    "hostile",
    [
        "This is " + "A" * 50_000,
        "This is " + "AB " * 20_000,
        "I'm " + "Dana " * 20_000,
        "Heard on " + "x" * 50_000,
        "Morning Edition: " + "y" * 50_000,
        "TALK OF THE NATION" + ": x" * 20_000,
    ],
)
def test_page_patterns_stay_fast_on_hostile_lines(hostile: str) -> None:
    page = "DANA HOLLOWAY, HOST: Hello.\n\n" + hostile + "\n"
    began = time.perf_counter()
    newstranscript.parse(page)
    assert time.perf_counter() - began < 2.0


def test_a_flattened_intro_that_names_the_host_is_the_hosts_turn() -> None:
    page = (
        "I'm Dana Holloway. The river is high again. OMAR BEK, BYLINE: It rose a foot "
        "overnight. HOLLOWAY: Thanks, Omar.\n"
    )
    story = newstranscript.parse(page)
    assert [t.speaker for t in story.turns] == ["dana-holloway", "omar-bek", "dana-holloway"]
    assert [d.code for d in story.diagnostics] == ["inferred-host"]


def test_accented_capitals_in_labels_are_repaired_damage_mojibake_names() -> None:
    story, text = _read("damage_mojibake_names")
    assert newstranscript.audit(story, text).clean
    assert [(s.id, s.name, s.role) for s in story.speakers] == [
        ("dana-holloway", "Dana Holloway", "host"),
        ("renee-duval", "Renée Duval", "reporter"),
        ("jose-nunez", "José Núñez", None),
        ("zoe-muller-strom", "Zoë Müller-Ström", None),
    ]
    # the labels as repaired; their spans show them as the page printed them
    assert story.speaker("renee-duval").labels == ("RENÉE DUVAL, BYLINE", "DUVAL")
    assert story.turns[2].span.slice(text).startswith("JOSÃ‰ NÃšÃ‘EZ: Sixty-two")
    assert "guards from the Österreich side" in story.turns[2].text
    assert "by Łukasz Włodarczyk, a Czech song by Antonín Dvořák" in story.turns[3].text
    # a real Ã in Portuguese capitals is no mojibake
    [marker] = [segment.soundbite for segment in story.segments if segment.soundbite]
    assert marker.description == 'SOUNDBITE OF CHOIR SINGING "SÃO JOÃO DA SERRA"'
    assert story.signoff is not None
    assert story.signoff.name == "Renée Duval"
    assert {d.code for d in story.diagnostics} == {"repaired-encoding"}
    for diagnostic in story.diagnostics:
        line = text.splitlines()[diagnostic.line - 1]
        garbled = ast.literal_eval(diagnostic.message.split(" to ")[0].removeprefix("repaired "))
        assert line[diagnostic.column - 1 :].startswith(garbled), diagnostic


def test_an_answer_glued_to_the_questions_line_after_wide_spacing() -> None:
    # the editor's line presenting the transcript is a note; the answer is glued after the
    # question with the paragraph's spacing (no-break spaces and spaces) still between them
    text = (
        "Full Transcript: Mira Quell and Ivo Brandt\n\n"
        "The following is a transcript of Mira Quell's interview with Ivo Brandt.\n\n"
        "MIRA QUELL: Thanks for coming.\n\nIVO BRANDT: Glad to.\n\n"
        "MIRA QUELL: Why the pier?\u00a0 \u00a0 IVO BRANDT: Because the gulls chose it.\n"
    )
    story = newstranscript.parse(text)
    assert newstranscript.audit(story, text).clean
    assert story.segments[0].type == "note"
    assert [t.speaker for t in story.turns] == ["mira-quell", "ivo-brandt"] * 2
    assert story.turns[-1].text == "Because the gulls chose it."


def test_a_label_after_a_leads_colon_on_a_flattened_page() -> None:
    text = (
        "MARA FENN: Good evening. On the program tonight: OSKAR LIND, Harbor Master:\n"
        "The pier closes at dusk from Monday. MARA FENN: The gulls will not mind.\n"
    )
    story = newstranscript.parse(text)
    assert newstranscript.audit(story, text).clean
    assert [t.speaker for t in story.turns] == ["mara-fenn", "oskar-lind", "mara-fenn"]
    # a capitals word after a lead's colon that only looks like a short label stays speech
    plain = newstranscript.parse("MARA FENN: The rule is simple: FOG: stay in port.\n")
    assert [t.speaker for t in plain.turns] == ["mara-fenn"]


def test_a_label_that_lost_its_name_starts_an_unnamed_turn() -> None:
    text = (
        "DANA HOLLOWAY, HOST: Welcome back.\n\n"
        "OMAR BEK: Thank you for having me.\n\n"
        ": And it has been ten years since the light went dark.\n"
    )
    story = newstranscript.parse(text)
    assert [turn.speaker for turn in story.turns] == ["dana-holloway", "omar-bek", None]
    assert story.turns[2].text == "And it has been ten years since the light went dark."
    assert [(item.reason, item.text) for item in story.dropped] == [("speaker change", ":")]
    assert newstranscript.audit(story, text).clean


def test_a_colon_inside_a_line_is_no_lost_label() -> None:
    story = newstranscript.parse("DANA HOLLOWAY, HOST: The rule: no boats after dark.\n")
    assert story.turns[0].text == "The rule: no boats after dark."


def test_wide_gaps_as_common_as_narrow_ones_still_mark_lost_lines() -> None:
    # A copy that lost its labels and its marker lines alike leaves a wide gap for each, as
    # often as the page's own one-line gaps: the paragraph after the second wide gap is the
    # second host's turn, not more of the first's.
    text = (
        "Harbor Hour Looks Back On Its Year\n\n\n"
        "As the year ends, we want to thank the people who made the show and every listener "
        "who wrote to us with a story from the harbor.\n\n\n"
        "That's right. So we asked the staff to tell us about the moments they remember best "
        "from a long year on the water.\n\n"
        "TESSA GRAY, BYLINE: I'm Tessa Gray, an editor. I remember the ferry running late.\n\n\n"
        "ARLO FINCH: We waited three hours on the dock, and nobody minded.\n\n"
        "BERIT OLSEN, BYLINE: I'm Berit Olsen, a producer. I remember the fog.\n\n\n"
        "HANNE VOSS: You could not see the lighthouse from the pier.\n\n"
        "BERIT OLSEN: And the foghorn never stopped.\n\n"
        "TESSA GRAY: That was the year.\n"
    )
    story = newstranscript.parse(text)
    assert [t.speaker for t in story.turns] == [
        None,
        None,
        "tessa-gray",
        "arlo-finch",
        "berit-olsen",
        "hanne-voss",
        "berit-olsen",
        "tessa-gray",
    ]
    assert story.turns[1].text.startswith("That's right.")
    assert "lost-label" in [d.code for d in story.diagnostics]
    assert newstranscript.audit(story, text).clean
