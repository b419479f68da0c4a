"""Radio scripts and blog transcripts: people printed once in full and then by their initials,
a cast key of initials above the script, and a title with a colon above name labels."""

from __future__ import annotations

import pytest

import newstranscript
from newstranscript import Story
from tests.conftest import parse_accounted

# A sketch whose people are named in full at their first lines and by initials after.
INITIALS_AFTER_NAMES = """\
Mara Quist: The harbour at dawn, and a lighthouse keeper who cannot find the stairs...(GULLS, SURF)

Owen Petrel: Morning. Lost again?

Mara Quist: Only the stairs. The lamp is where I left it.

MQ: Could you hold the door while I count the steps?

OP: Forty-one, last I looked.

MQ: Then someone has added one overnight. (CREAKING DOOR)

OP (FOGHORN VOICE): Nobody adds stairs, Mara.

MQ: Tell that to the forty-second.
"""


def _speakers(story: Story) -> list[str | None]:
    return [turn.speaker for turn in story.turns]


def test_initials_labels_are_the_people_named_in_full() -> None:
    story = parse_accounted(INITIALS_AFTER_NAMES)
    assert [speaker.name for speaker in story.speakers] == ["Mara Quist", "Owen Petrel"]
    quist, petrel = "mara-quist", "owen-petrel"
    assert _speakers(story) == [quist, petrel, quist, quist, petrel, quist, petrel, quist]
    assert story.speaker("mara-quist").labels == ("Mara Quist", "MQ")
    # the part an initials label's aside names is no other person
    assert story.turns[6].text == "Nobody adds stairs, Mara."
    resolved = [turn.basis for turn in story.turns[3:]]
    assert resolved == ["resolved"] * 5
    assert {d.code for d in story.diagnostics} >= {"label-initials"}


def test_a_name_label_printed_once_is_confirmed_by_its_initials() -> None:
    # each full name stands once, and every later label is initials: nothing but the
    # initials says the two full names are labels
    text = (
        "Mara Quist: The harbour at dawn.\n\nOwen Petrel: Morning. Lost again?\n\n"
        "MQ: Only the stairs.\n\nOP: Forty-one of them.\n\nMQ: Forty-two today.\n\n"
        "OP: Nobody adds stairs.\n"
    )
    story = parse_accounted(text)
    first = story.turns[0]
    assert (first.speaker, first.basis, first.text) == (
        "mara-quist",
        "label",
        "The harbour at dawn.",
    )
    assert _speakers(story) == ["mara-quist", "owen-petrel"] * 3


def test_a_cue_after_a_dash_at_a_line_end_is_a_marker() -> None:
    text = (
        "Mara Quist: We were nearly there-- (THUNDER)\n\nMQ: And then the rain.\n\n"
        "MQ: Nothing but rain.\n"
    )
    story = parse_accounted(text)
    kinds = [(segment.type, segment.text) for segment in story.segments]
    assert kinds == [
        ("turn", "We were nearly there--"),
        ("soundbite", "(THUNDER)"),
        ("turn", "And then the rain."),
        ("turn", "Nothing but rain."),
    ]


def test_initials_of_nobody_named_stay_a_speaker_of_their_own() -> None:
    text = "Mara Quist: Hello.\n\nZK: Who is asking?\n\nMara Quist: Me.\n\nZK: Oh.\n"
    story = parse_accounted(text)
    assert _speakers(story) == ["mara-quist", "zk", "mara-quist", "zk"]
    assert "label-initials" not in {d.code for d in story.diagnostics}


def test_initials_of_two_people_named_resolve_to_neither() -> None:
    text = (
        "Mara Quist: Hello.\n\nMilo Quade: Hello to you.\n\nMara Quist: Again.\n\n"
        "Milo Quade: Again.\n\nMQ: Which of us?\n\nMQ: Either.\n"
    )
    story = parse_accounted(text)
    assert _speakers(story)[-1] == "mq"


CAST_KEY = """\
(MQ: Mara Quist, OP: Owen Petrel, LF: Lena Fairweather)
(SEA SHANTY THEME)
OP: A cold night on the point, and the lamp is out again.
(WIND)
MQ: Owen, have you seen the matches?
LF (ON RADIO): Harbour control to the lighthouse, come in.
MQ: We hear you, Harbour.
"""


def test_a_cast_key_names_the_initials_of_a_script() -> None:
    story = parse_accounted(CAST_KEY)
    assert _speakers(story) == ["owen-petrel", "mara-quist", "lena-fairweather", "mara-quist"]
    kinds = [segment.type for segment in story.segments]
    assert kinds[:2] == ["note", "soundbite"]  # the key is no sound cue
    assert story.segments[0].text.startswith("(MQ: Mara Quist")


TITLE_WITH_A_COLON = """\
Tuesday Harbour Hour: Ferry Fares, The Lighthouse Vote, And More

[MUSIC]
Dana Holloway: It's the Harbour Hour. Good morning. My guest is Ben Ostrow of the ferry board.

Ben Ostrow: Good morning, Dana.

Dana Holloway: Fares go up in May. Why?

Ben Ostrow: Fuel, mostly.
"""


def test_a_title_with_a_colon_above_name_labels_is_the_headline() -> None:
    story = parse_accounted(TITLE_WITH_A_COLON)
    assert story.headline == "Tuesday Harbour Hour: Ferry Fares, The Lighthouse Vote, And More"
    assert _speakers(story) == ["dana-holloway", "ben-ostrow", "dana-holloway", "ben-ostrow"]
    assert [speaker.id for speaker in story.speakers] == ["dana-holloway", "ben-ostrow"]


@pytest.mark.parametrize(
    "first_line",
    [
        "Lia Chen: Fares Go Up In May, And Nobody Asked Us.",
        "Lia Chen: Good Morning",
        "Lia Chen: It's Lia Chen Here",
    ],
)
def test_a_first_line_label_whose_words_are_speech_stays_a_label(first_line: str) -> None:
    # a speaker heard once, at the top: a sentence, a greeting of two words, or her name
    text = TITLE_WITH_A_COLON.replace(
        "Tuesday Harbour Hour: Ferry Fares, The Lighthouse Vote, And More", first_line
    )
    story = parse_accounted(text)
    assert story.turns[0].speaker == "lia-chen"


def test_now_playing_is_the_player_not_a_label() -> None:
    text = "Now Playing:\n\n" + TITLE_WITH_A_COLON
    story = parse_accounted(text)
    assert "now-playing" not in {speaker.id for speaker in story.speakers}
    assert [dropped.text for dropped in story.dropped][:1] == ["Now Playing:"]


# A station's video page printing its captions: a dash for each change of speaker, a name in
# square brackets when the picture does not say who, sound cues in small letters.
CAPTIONS = """\
Harbour Lights | 26m 12sVideo has Closed Captions
Learn Moreabout PBS online sponsorship- [Announcer] Harbour Lights is made possible by you.
- I'm Mara Quist.
Tonight, the last lighthouse keeper on the coast.
(gentle music) The lamp has turned for ninety years.
- [Owen Petrel] I was nine when I first climbed it.
- And you never stopped.
(audience laughing) Never once.
"""


def test_captions_name_their_speakers_after_a_dash() -> None:
    story = parse_accounted(CAPTIONS)
    turns = [(turn.speaker, turn.basis) for turn in story.turns]
    assert turns == [
        ("announcer", "label"),
        ("mara-quist", "self-intro"),  # "- I'm Mara Quist.": a new speaker saying who
        ("mara-quist", "continuation"),  # no dash: the same speaker, over the music
        ("owen-petrel", "label"),
        (None, "none"),  # "- " alone: someone else, unnamed
        (None, "none"),
    ]
    cues = [segment.text for segment in story.segments if segment.type == "soundbite"]
    assert cues == ["(gentle music)", "(audience laughing)"]
    assert (
        story.turns[1].text == "I'm Mara Quist. Tonight, the last lighthouse keeper on the coast."
    )
    assert "self-introduced" in {d.code for d in story.diagnostics}


def test_a_dash_opening_a_line_is_a_bullet_on_a_page_of_no_captions() -> None:
    text = "ANA RUIZ, HOST: Three things to know.\n- The ferry is late.\n- The lamp is out.\n"
    story = parse_accounted(text)
    assert [turn.speaker for turn in story.turns] == ["ana-ruiz"]
    assert "- The ferry is late." in story.turns[0].text


# A podcast network's episode page: title, the artwork's text, the notes and credits, the
# heading of the links to the apps, then the transcript under first names in capitals.
EPISODE_PAGE = """\
June 2, 2031

#12 'Lamp Room Hours'

Background show artwork for Harbor Hours

Mara climbs the Gull Point light with its last keeper.

The Facts:

This episode was produced by Owen Petrel.

Where to Listen


MARA: Hi, and welcome to Harbor Hours. I'm Mara Quist.

OWEN: And I'm Owen Petrel.

MARA: Today, the lamp room.
"""


def test_an_episode_page_s_notes_above_the_transcript_are_the_page_s_own() -> None:
    story = parse_accounted(EPISODE_PAGE)
    assert _speakers(story) == ["mara-quist", "owen-petrel", "mara-quist"]
    assert all(
        "Where to Listen" not in segment.text and "artwork" not in segment.text
        for segment in story.segments
    )
    assert {item.text for item in story.dropped} >= {
        "Where to Listen",
        "Background show artwork for Harbor Hours",
    }
    assert story.segments[0].type == "note"


def test_a_section_break_of_stars_ends_the_turn_before_it() -> None:
    text = (
        "ANNOUNCER: Please welcome our guests.\n\n"
        "*      *      *\n\n"
        "Tomas Bell and I have a new book out, and tonight we read from it.\n\n"
        "NADIA OKAFOR: Shall we start?\n"
    )
    story = newstranscript.parse(text)
    assert [(t.speaker, t.basis) for t in story.turns] == [
        ("announcer", "label"),
        (None, "none"),
        ("nadia-okafor", "label"),
    ]
    assert [(d.text, d.reason) for d in story.dropped] == [("*      *      *", "section break")]
    assert newstranscript.audit(story, text).clean


# A call-in programme's captions as the TV News Archive keeps them: its header line, clock
# times alone on their lines, everything else in small letters, each speaker named by their
# part at a line's start or after a sentence.
SMALL_LETTER_CAPTIONS = """\
tv Harbor Call-In 03032031 HBPR March 3, 2031 7:00am-9:00am EST
7:12 am
the ferry has not run in a week. host: what would you tell the port? caller: fix the fog horn.
that is all i ask.
7:13 am
host: thank you for calling. guest: if i may, the horn is fixed.
"""


def test_small_letter_captions_name_speakers_by_their_part() -> None:
    story = parse_accounted(SMALL_LETTER_CAPTIONS)
    assert [(t.speaker, t.basis) for t in story.turns] == [
        (None, "none"),  # the captions start inside someone's turn
        ("host", "label"),
        ("caller", "label"),
        ("host", "label"),
        ("guest", "label"),
    ]
    assert [(s.name, s.role, s.title) for s in story.speakers] == [
        ("Host", "host", None),
        ("Caller", None, None),
        ("Guest", "guest", None),
    ]
    assert story.turns[2].text == "fix the fog horn. that is all i ask."
    assert story.headline is None  # the words before a label on their line are speech


def test_the_tv_news_archive_header_gives_the_programme_and_the_date() -> None:
    story = parse_accounted(SMALL_LETTER_CAPTIONS)
    assert story.program == "Harbor Call-In"
    assert story.date is not None
    assert story.date.isoformat() == "2031-03-03T07:00:00-05:00"
    assert [(d.text, d.reason) for d in story.dropped][:2] == [
        ("tv ", "archive header"),
        ("03032031 HBPR", "archive header"),
    ]


def test_a_part_in_small_letters_on_a_page_in_capitals_and_small_letters_is_speech() -> None:
    story = parse_accounted(
        "DANA HOLLOWAY, HOST: We asked the harbor. The host: a gull on every post.\n"
    )
    assert [t.speaker for t in story.turns] == ["dana-holloway"]
    assert "host: a gull" in story.turns[0].text


@pytest.mark.parametrize(
    ("line", "kind"),
    [("MUSIC: Enter", "music"), ("SFX: a door slams", "sound"), ("AMBI: harbor gulls", "sound")],
)
def test_a_scripts_cue_line_is_a_marker_not_a_speaker(line: str, kind: str) -> None:
    text = f"NARR: The fog rolled in.\n\n{line}\n\nANA RUIZ: We waited.\n"
    story = parse_accounted(text)
    assert [(s.type, s.speaker or s.text) for s in story.segments] == [
        ("turn", "narr"),
        ("soundbite", line),
        ("turn", "ana-ruiz"),
    ]
    assert story.soundbites[0].soundbite is not None
    assert story.soundbites[0].soundbite.kind == kind
