"""Speaker labels of every era and outlet, each shown by a golden fixture of its own."""

from __future__ import annotations

import pytest

import newstranscript
from newstranscript import Story
from tests.conftest import GOLDEN, parse_accounted


def _story(name: str) -> Story:
    return newstranscript.read(GOLDEN / f"{name}.txt")


def _text(name: str) -> str:
    return (GOLDEN / f"{name}.txt").read_text("utf-8")


def _speakers_of_turns(story: Story) -> list[str | None]:
    return [turn.speaker for turn in story.turns]


def test_modern_npr_label_inline_and_alone_on_its_line() -> None:
    story = _story("label_npr_modern")
    rusk = story.speaker("caleb-rusk")
    assert rusk.role == "reporter"
    assert "CALEB RUSK, BYLINE" in rusk.labels
    # the label alone on its line: the text comes from the next paragraph, not lost
    first_rusk = next(story.turns_by("caleb-rusk"))
    assert first_rusk.text.startswith("On a simulator deck")


def test_modern_npr_surname_and_first_name_repeats() -> None:
    story = _story("label_npr_modern")
    assert [s.id for s in story.speakers] == ["nina-weston", "caleb-rusk", "odile-fanshaw"]
    assert "RUSK" in story.speaker("caleb-rusk").labels
    assert "ODILE" in story.speaker("odile-fanshaw").labels
    assert len(list(story.turns_by("odile-fanshaw"))) == 2


def test_modern_npr_short_label_before_its_full_form() -> None:
    story = _story("label_npr_modern")
    assert story.turns[0].speaker == "nina-weston"
    assert story.speaker("nina-weston").labels[0] == "WESTON"
    assert not [d for d in story.diagnostics if d.code == "label-not-introduced"]


def test_modern_npr_role_drift_keeps_one_speaker() -> None:
    weston = _story("label_npr_modern").speaker("nina-weston")
    assert weston.role == "host"
    assert weston.roles == ("host", "reporter")
    assert "NINA WESTON, BYLINE" in weston.labels


def test_old_npr_lower_and_title_case_roles() -> None:
    story = _story("label_npr_old_era")
    assert story.speaker("teresa-volk").role == "host"
    assert story.speaker("hugo-brandt").role == "host"
    assert story.speaker("teresa-volk").title is None


def test_old_npr_honorific_and_parenthesised_title() -> None:
    story = _story("label_npr_old_era")
    reyes = story.speaker("tomas-reyes")
    assert reyes.name == "Tomas Reyes"  # no "Mr."
    assert reyes.title == "Writer"
    price = story.speaker("ada-m-price")
    assert price.name == "Ada M. Price"
    assert price.title == 'Head Coach, Lakeview College; Author, "Going Long"'
    # a title in brackets is a non-staff title, as it is after a comma in every other era
    assert (reyes.role, price.role) == ("guest", "guest")


def test_old_npr_honorific_short_labels_resolve() -> None:
    story = _story("label_npr_old_era")
    assert "Mr. REYES" in story.speaker("tomas-reyes").labels
    assert "Dr. PRICE" in story.speaker("ada-m-price").labels
    assert _speakers_of_turns(story)[4:6] == ["tomas-reyes", "ada-m-price"]
    assert len(story.speakers) == 4


def test_old_npr_role_words_in_brackets_give_the_role() -> None:
    story = _story("label_npr_old_era_roles")
    assert [(s.id, s.role, s.title) for s in story.speakers] == [
        ("nora-quillan", "host", None),
        ("piet-anselm", "reporter", None),
        ("gwen-hollis", "guest", "Chair, Easton Bay Harbor Board"),
        ("odell-marsh", "guest", "Easton Bay District"),
        ("lena-varga", "reporter", None),  # (Byline) is NPR's word for its reporter
    ]
    assert _speakers_of_turns(story)[5:] == [
        "nora-quillan",
        "odell-marsh",
        "gwen-hollis",
        "piet-anselm",
    ]
    assert not story.diagnostics


@pytest.mark.parametrize("honorific", ["Mr.", "Ms.", "Mrs.", "Dr.", "Rep.", "Sen.", "Gov."])
@pytest.mark.parametrize(
    "described",
    [
        "Host",
        "host",
        "Reporter",
        "Byline",
        "Writer",
        "Head Coach, Harbor High",
        "NPR Correspondent",
    ],
)
def test_a_title_in_brackets_reads_as_the_same_words_after_a_comma(
    honorific: str, described: str
) -> None:
    bracketed = newstranscript.parse(f"{honorific} ADA PRICE ({described}): We are ready.\n")
    comma = newstranscript.parse(f"ADA PRICE, {described}: We are ready.\n")
    (old_era,) = bracketed.speakers
    (modern,) = comma.speakers
    # an office before the name (Rep., Sen.) is the title when the words after it give none
    office = honorific if honorific in ("Rep.", "Sen.", "Gov.") else None
    assert (old_era.name, old_era.role, old_era.title) == (
        modern.name,
        modern.role,
        modern.title or office,
    )
    assert old_era.role is not None


def test_an_honorific_alone_gives_no_role() -> None:
    # "Sen." and "Dr." say nothing about what the person is doing in the story; "Sen." is
    # an office, kept as the title, "Dr." a form of address, kept as neither.
    story = newstranscript.parse("Sen. ODELL MARSH: I would rather not.\n\nDr. LI: Nor I.\n")
    assert [(s.name, s.role, s.title) for s in story.speakers] == [
        ("Odell Marsh", None, "Sen."),
        ("Li", None, None),
    ]


def test_a_delivery_in_brackets_is_no_title_and_gives_no_role() -> None:
    story = newstranscript.parse("Ms. ADA PRICE (Through interpreter): We are ready.\n")
    assert (story.speakers[0].role, story.speakers[0].title) == (None, None)
    assert story.turns[0].delivery == "Through interpreter"


def test_unidentified_numbered_speakers_kept_apart() -> None:
    story = _story("label_unidentified")
    ids = [s.id for s in story.speakers]
    assert ids == [
        "sara-linden",
        "unidentified-person-1",
        "unidentified-person-2",
        "unidentified-male-1",
        "unidentified-man-1",
        "unidentified-man-2",
        "unidentified-speakers",
    ]
    assert all(s.role == "unidentified" for s in story.speakers[1:])
    # "#1" spoken twice is one speaker, never merged with "#2"
    assert len(list(story.turns_by("unidentified-person-1"))) == 2
    assert story.speaker("unidentified-man-1").labels == ("Unidentified Man#1",)


def test_unidentified_speakers_in_unison_is_a_delivery() -> None:
    story = _story("label_unidentified")
    turn = next(story.turns_by("unidentified-speakers"))
    assert turn.delivery == "in unison"
    assert story.speaker("unidentified-speakers").title is None


def test_cnn_anchor_and_correspondent_roles() -> None:
    story = _story("label_cnn")
    assert story.speaker("ana-lopez").role == "anchor"
    assert story.speaker("kim-shaw").role == "correspondent"
    assert story.speaker("ana-lopez").title == "CNN ANCHOR"


def test_cnn_party_kept_apart_from_the_name() -> None:
    ross = _story("label_cnn").speaker("ben-ross")
    assert ross.name == "Ben Ross"
    assert ross.party == "D"
    assert ross.title == "PRESIDENTIAL CANDIDATE"


def test_cnn_voice_over_is_the_turns_delivery() -> None:
    story = _story("label_cnn")
    shaw = story.speaker("kim-shaw")
    assert shaw.name == "Kim Shaw"
    assert shaw.title == "CNN CORRESPONDENT"
    assert next(story.turns_by("kim-shaw")).delivery == "voice-over"


def test_cnn_full_stop_for_the_comma() -> None:
    park = _story("label_cnn").speaker("joe-park")
    assert park.name == "Joe Park"
    assert park.title == "COMEDIAN"


def test_cnn_staff_titles_are_the_networks_reporters_not_guests() -> None:
    story = _story("label_cnn_staff")
    assert [(s.id, s.role, s.title) for s in story.speakers] == [
        ("rita-okonjo", "anchor", "CNN ANCHOR"),
        ("dev-malhotra", "reporter", "CNN METEOROLOGIST"),
        ("sara-lindgren", "reporter", "CNN SENIOR POLITICAL ANALYST"),
        ("omar-fell", "correspondent", "CNN CORRESPONDENT"),
        ("tess-yarrow", "guest", "FORMER CNN ANALYST"),  # no longer the network's staff
    ]


@pytest.mark.parametrize(
    ("title", "role"),
    [
        ("CNN POLITICAL COMMENTATOR", "reporter"),
        ("CNN CONTRIBUTOR", "reporter"),
        ("CNN CHIEF MEDICAL CORRESPONDENT", "correspondent"),
        ("NPR SCIENCE EDITOR", "reporter"),
        ("CNN HERO", "guest"),  # an honour the network gives, not a job on its staff
        ("WEATHER ANALYST, STATE UNIVERSITY", "guest"),  # nobody's network named
    ],
)
def test_network_titles_give_staff_roles_only_for_staff_jobs(title: str, role: str) -> None:
    story = newstranscript.parse(f"DEV MALHOTRA, {title}: Hail by noon.\n")
    assert (story.speakers[0].role, story.speakers[0].title) == (role, title)


def test_pbs_mixed_case_labels_and_mixed_case_role() -> None:
    story = _story("label_pbs_podcast")
    assert [s.name for s in story.speakers] == ["Judy Marsh", "Ray Stoll", "Kai Lindqvist"]
    assert story.speaker("ray-stoll").title == "Co-Founder, Delta Blues Fest"


def test_pbs_label_split_over_two_lines() -> None:
    story = _story("label_pbs_podcast")
    assert _speakers_of_turns(story) == [
        "judy-marsh",
        "ray-stoll",
        "kai-lindqvist",
        "ray-stoll",
        "judy-marsh",
        "kai-lindqvist",
    ]
    split = list(story.turns_by("ray-stoll"))[1]
    assert split.text == "Forty, give or take."
    assert (
        "RAY STOLL,\nCo-Founder"
        in (GOLDEN / "label_pbs_podcast.txt").read_text()[split.span.start : split.span.end]
    )


def test_a_transcript_printed_as_a_list_reads_its_labels_after_the_bullets() -> None:
    story = _story("label_pbs_list_repost")
    assert _speakers_of_turns(story) == [
        "tessa-morland",
        "dev-anand-rao",
        "tessa-morland",
        "hollis-vane",
        "dev-anand-rao",
        "hollis-vane",
    ]
    # each item is a line of the captions: the turn's lines run on, with no bullet in them
    assert story.turns[1].text.endswith("after the flood, and what it cost them.")
    assert story.speaker("hollis-vane").title == (
        "Mayor of Creel Ferry (D) and Chair, River Towns Council"
    )
    assert "•" not in "".join(turn.text for turn in story.turns)
    assert newstranscript.audit(story, _text("label_pbs_list_repost")).clean


def test_a_bullet_before_a_full_label_on_a_page_of_paragraphs_is_dropped() -> None:
    text = (
        "River Towns Rebuild\n\n"
        "  • TESSA MORLAND: We begin downstream.\n\n"
        "The water reached the second floor.\n\n"
        "  • HOLLIS VANE, Mayor: We lost the bridge.\n\n"
        "  • Read the full report\n"
    )
    story = parse_accounted(text)
    assert _speakers_of_turns(story) == ["tessa-morland", "hollis-vane"]
    assert story.turns[0].text == "We begin downstream.\n\nThe water reached the second floor."
    assert [d.reason for d in story.dropped] == ["list bullet", "list bullet"]
    # an item that is no label stays as it is printed
    assert story.turns[1].text.endswith("• Read the full report")


def test_the_player_items_of_a_page_printed_as_a_list_are_dropped_whole() -> None:
    text = (
        "• Tide Clocks of Creel Ferry\n"
        "• Download\n"
        "• Transcript\n"
        "• TESSA MORLAND, HOST: The clocks run on tide time here.\n"
        "• HOLLIS VANE, BYLINE: They do, Tessa. Nobody minds being late.\n"
        "• TESSA MORLAND: Not even the ferry?\n"
    )
    story = parse_accounted(text)
    assert _speakers_of_turns(story) == ["tessa-morland", "hollis-vane", "tessa-morland"]
    player = [d.text for d in story.dropped if d.reason == "player"]
    assert player == ["• Download", "• Transcript"]


def test_first_names_alone_on_their_lines_are_labels_when_repeated() -> None:
    story = _story("label_first_names")
    # Marta names herself in full in her words: her label is taken as that name
    assert _speakers_of_turns(story) == ["marta-quill", "olu", "marta-quill", "olu"]
    assert [d.code for d in story.diagnostics] == ["label-from-text", "label-not-introduced"]
    # a heading word before a colon stays words of the turn
    assert story.turns[-1].text.endswith("Then: the wind, the tide and the ships.")


def test_a_first_name_label_is_the_person_a_fuller_label_names() -> None:
    story = _story("label_first_name_of_full_label")
    assert _speakers_of_turns(story) == [
        "lena-voss",
        "announcer",
        "lena-voss",
        "rhea-quint",
        "lena-voss",
    ]
    assert "Lena" in story.speaker("lena-voss").labels
    assert story.turns[2].basis == "resolved"
    assert story.turns[-1].text.endswith("Plus: a reading from her new book.")


@pytest.mark.parametrize(
    "text",
    [
        # a first name used once, with words after it, on a page that names nobody so
        "Headline\n\nMarta: we met at noon.\n\nThe rest is prose.\n",
        # headings alone on their lines, however often
        "Headline\n\nInterview:\n\nWe met at noon.\n\nInterview:\n\nAnd again.\n",
    ],
)
def test_one_mixed_case_word_and_a_colon_is_not_a_label_on_its_own(text: str) -> None:
    assert all(turn.speaker is None for turn in parse_accounted(text).turns)


def test_an_honorific_is_no_first_name_label() -> None:
    # not "Mr" with the role "E.J. ROWE"; the initials run together are part of the name
    story = parse_accounted("Mr. E.J. ROWE (Columnist): Good to be here.\n")
    assert [speaker.id for speaker in story.speakers] == ["e-j-rowe"]


def test_generic_labels_described_by_what_the_speaker_wears() -> None:
    story = _story("label_generic_described")
    assert [turn.speaker for turn in story.turns if turn.speaker][:6] == [
        "man-in-grey-coat",
        "teachers",
        "woman-in-headscarf",
        "adult",
        "children",
        "man-in-grey-coat",
    ]
    assert story.speaker("woman-in-headscarf").role == "unidentified"
    assert story.speaker("man-in-grey-coat").name == "Man in grey coat"


@pytest.mark.parametrize(
    "opening",
    [
        "It's The Lena Voss Show on WHRN. Good morning, everyone.",
        "Good morning. I'm Lena Voss from the newsroom, sitting in today.",
    ],
)
def test_a_mixed_case_label_used_once_is_confirmed_by_the_speaker_naming_themselves(
    opening: str,
) -> None:
    story = parse_accounted(f"[music]\nLena Voss: {opening}\nWe have a full hour today.\n")
    assert [turn.speaker for turn in story.turns] == ["lena-voss"]


def test_a_name_the_words_are_about_does_not_confirm_a_label() -> None:
    story = parse_accounted(
        "Diary\n\nLena Voss: The deal is good for the harbor. The minister Lena Voss said so "
        "on the morning programme today.\n"
    )
    assert story.speakers == ()


def test_a_label_hard_wrapped_inside_its_role() -> None:
    story = parse_accounted(
        "JUDY MARSH: The festival is back.\n\n"
        "RAY STOLL, Co-Founder and Manager,\nDelta Blues Fest: We had to find a new field,\n"
        "and we found one.\n\nJUDY MARSH: Where?\n"
    )
    assert [turn.speaker for turn in story.turns] == ["judy-marsh", "ray-stoll", "judy-marsh"]
    assert story.speaker("ray-stoll").title == "Co-Founder and Manager, Delta Blues Fest"
    assert story.turns[1].text == "We had to find a new field, and we found one."


def test_name_alone_on_its_line_this_american_life() -> None:
    story = _story("label_name_alone")
    assert story.headline == "Act One: The Lost Key"
    assert _speakers_of_turns(story) == ["ira-marsh", "pia-lund", "ira-marsh", "pia-lund"]
    assert story.turns[1].text == "I found it in a coat pocket, the coat of my grandfather."
    assert not story.diagnostics


def test_a_single_name_line_is_not_taken_for_a_label() -> None:
    story = newstranscript.parse("Headline Here\n\nIra Marsh\n\nSome words follow the byline.\n")
    assert story.speakers == ()


def test_unicode_mc_mac_hyphen_apostrophe_and_initials() -> None:
    story = _story("label_names")
    names = [s.name for s in story.speakers]
    assert names == [
        "Élodie Martínez",
        "Sean O'Brien",
        "Mary-Kate O'Brien",
        "Angus McKenna",
        "Fiona MacLeod",
        "J. R. D'Arcy",
    ]
    assert "MARTÍNEZ" in story.speaker("elodie-martinez").labels
    assert "McKENNA" in story.speaker("angus-mckenna").labels
    assert "D'ARCY" in story.speaker("j-r-d-arcy").labels


def test_shared_surname_kept_apart_by_initial() -> None:
    story = _story("label_names")
    assert "S. O'BRIEN" in story.speaker("sean-o-brien").labels
    assert "M. O'BRIEN" in story.speaker("mary-kate-o-brien").labels


def test_ambiguous_short_label_is_a_diagnostic() -> None:
    story = _story("label_names")
    ambiguous = [d for d in story.diagnostics if d.code == "ambiguous-label"]
    assert len(ambiguous) == 1
    assert "O'BRIEN" in ambiguous[0].message
    assert ambiguous[0].line == 23


def test_first_name_and_placeholder_labels() -> None:
    story = _story("label_placeholders")
    assert [s.id for s in story.speakers] == ["announcer", "tony", "unknown-person"]
    assert story.speaker("unknown-person").role == "unidentified"
    codes = [(d.code, d.line) for d in story.diagnostics]
    assert codes == [("label-not-introduced", 5)]  # TONY is nobody's short form


def test_colons_that_are_not_labels() -> None:
    story = _story("label_not_labels")
    assert [s.id for s in story.speakers] == ["mae-turner"]
    # a programme line with a colon names the programme, not a speaker
    assert story.program == "Talk of the Nation: Science Friday"
    assert story.spans["program"].slice(_text("label_not_labels")).startswith("TALK OF THE NATION:")
    assert story.notes == (
        "NOTE: This segment was recorded before the storm.",
        "UPDATE: The bridge reopened on Monday.",
    )
    first = story.turns[0].text
    for line in (
        "Here's the thing: the ferry was already full.",
        "At 2:00 a.m.: the sirens started.",
        "Email us: You can reach the show any time.",
        "Week In Review: the bridge, the ferry and the storm.",
    ):
        assert line in first.split("\n\n")


def test_a_feature_heading_in_capitals_names_nobody() -> None:
    text = (
        "DANA HOLLOWAY, HOST: The ferry is late again.\n\n"
        "NEW FEATURE: Our tide tables now come by email.\n\n"
        "OMAR BEK, BYLINE: It left at noon.\n"
    )
    story = newstranscript.parse(text)
    assert [s.id for s in story.speakers] == ["dana-holloway", "omar-bek"]


@pytest.mark.parametrize(
    "line",
    [
        "Here's the thing: it works.",
        "At 2:00 a.m.: the sirens.",
        "Email us: You can write.",
        "TALK OF THE NATION: SCIENCE FRIDAY",
    ],
)
def test_a_colon_inside_speech_never_starts_a_turn(line: str) -> None:
    story = newstranscript.parse(f"DANA HOLLOWAY, HOST: Hello.\n\nHOLLOWAY: {line}\n")
    assert len(story.turns) == 2
    assert story.turns[1].text == line


def test_initials_keep_two_short_only_surnames_apart() -> None:
    story = newstranscript.parse("S. O'BRIEN: We fish.\n\nM. O'BRIEN: We do.\n\nO'BRIEN: Always.\n")
    assert [s.id for s in story.speakers] == ["s-o-brien", "m-o-brien"]
    assert [d.code for d in story.diagnostics][-1] == "ambiguous-label"


def test_a_surname_label_used_once_on_a_capitals_page_is_its_own_speaker() -> None:
    story = newstranscript.parse(
        "OMAR BEK, BYLINE: The farmer has worked this land for forty years.\n\n"
        "HENSLEY: Corn needs water we don't have.\n\n"
        "BEK: He says the switch is risky.\n"
    )
    assert [turn.speaker for turn in story.turns] == ["omar-bek", "hensley", "omar-bek"]
    assert story.turns[0].text == "The farmer has worked this land for forty years."
    assert [(d.code, d.line) for d in story.diagnostics] == [("label-not-introduced", 3)]


def test_a_short_label_nobody_introduced_is_the_one_full_name_the_text_prints() -> None:
    story = newstranscript.parse(
        "OMAR BEK, BYLINE: Walt Hensley has farmed here for forty years.\n\n"
        "HENSLEY: Corn needs water we don't have.\n\n"
        "BEK: He says the switch is risky.\n\n"
        "HENSLEY: It is.\n"
    )
    assert [turn.speaker for turn in story.turns] == ["omar-bek", "walt-hensley"] * 2
    assert story.speaker("walt-hensley").labels == ("HENSLEY",)
    assert [turn.basis for turn in story.turns][1] == "resolved"
    assert [(d.code, d.line) for d in story.diagnostics] == [("label-from-text", 3)]


@pytest.mark.parametrize(
    "prose",
    [
        # two people of that surname in the text: no guess
        "Walt Hensley and Ida Hensley have farmed here for forty years.",
        # a word that opens a sentence or calls to someone is no first name
        "Hey Hensley, the farm has been here for forty years.",
    ],
)
def test_no_full_name_is_guessed_from_text_that_names_none_or_several(prose: str) -> None:
    story = newstranscript.parse(
        f"OMAR BEK, BYLINE: {prose}\n\nHENSLEY: Corn needs water.\n\nBEK: Risky.\n"
    )
    assert [turn.speaker for turn in story.turns] == ["omar-bek", "hensley", "omar-bek"]


def test_a_mixed_case_label_used_once_on_a_mixed_case_page_is_its_own_speaker() -> None:
    story = newstranscript.parse(
        "Judy Marsh: Welcome back.\n\nKai Lindqvist: Thanks for having me.\n\n"
        "Judy Marsh: And our caller?\n\nIda Brandt: Hi, long-time listener.\n"
    )
    assert [story.speaker(t.speaker).name for t in story.turns if t.speaker] == [
        "Judy Marsh",
        "Kai Lindqvist",
        "Judy Marsh",
        "Ida Brandt",
    ]


def test_mixed_case_labels_each_used_once_are_speakers_when_printed_alike() -> None:
    story = _story("label_mixed_case_once")
    assert story.headline == "Night Market Opens On Pier Nine"
    assert [(s.id, s.labels) for s in story.speakers] == [
        ("maren-holt", ("Maren Holt",)),
        ("theo-brandvold", ("Theo Brandvold",)),
        ("priya-castellan", ("Priya Castellan",)),
        ("maren-hlot", ("Maren Hlot",)),
    ]
    assert (
        story.turns[1].text == "Thanks, Maren. Forty stalls, and every one of them lit by lanterns."
    )


def test_a_misspelt_label_used_once_is_its_own_speaker_and_named_as_a_near_duplicate() -> None:
    story = _story("label_mixed_case_once")
    assert story.turns[-1].speaker == "maren-hlot"
    assert [(d.code, d.line) for d in story.diagnostics] == [("near-duplicate-label", 12)]
    assert "'Maren Hlot'" in story.diagnostics[0].message
    assert "'Maren Holt'" in story.diagnostics[0].message


def test_a_misspelt_label_on_a_page_that_repeats_its_names_is_its_own_speaker() -> None:
    story = newstranscript.parse(
        "Judy Marsh: Welcome back.\n\nLeo Tran: Thanks, Judy.\n\nJudy Marsh: And today?\n\n"
        "Leo Tran: Rain.\n\nJudy Mrash: Rain again.\n"
    )
    assert [turn.speaker for turn in story.turns][-1] == "judy-mrash"
    assert [(d.code, d.line) for d in story.diagnostics] == [("near-duplicate-label", 9)]


@pytest.mark.parametrize("separator", ["\n\n", "\n"])
def test_a_short_mixed_case_page_with_a_typo_gets_its_speakers(separator: str) -> None:
    text = separator.join(
        ["Judy Marsh:\nGood evening.", "Leo Tran:\nThanks, Judy.", "Judy Mash:\nLeo, one more."]
    )
    story = newstranscript.parse(text + "\n")
    assert [turn.speaker for turn in story.turns] == ["judy-marsh", "leo-tran", "judy-mash"]
    assert [d.code for d in story.diagnostics] == ["near-duplicate-label"]


def test_labels_at_the_start_of_lines_with_no_blank_line_between_are_printed_alike() -> None:
    story = newstranscript.parse(
        "Judy Marsh: Good evening.\nLeo Tran: Thanks, Judy.\nAna Ruiz: Hello, both.\n"
    )
    assert [s.id for s in story.speakers] == ["judy-marsh", "leo-tran", "ana-ruiz"]
    assert story.diagnostics == ()


@pytest.mark.parametrize(
    "text",
    [
        # two headings are not a style: three different names are needed
        "Road Closures: The bridge is shut.\n\nWeather Outlook: Rain by noon.\n",
        # printed two ways: with the text after the colon, then alone on the line
        "Judy Marsh: Hi there.\n\nLeo Tran:\nHello.\n\nAna Ruiz: Yes.\n",
        # a credits list: each "label" is followed by a name, not by speech
        "Sound Design: Ana Ruiz\nOriginal Music: Leo Tran\nExecutive Producer: Judy Marsh\n",
        # alone on its line with nothing said after the last one
        "Judy Marsh:\nHi.\n\nLeo Tran:\nHello.\n\nAna Ruiz:\n",
    ],
    ids=["two-headings", "two-layouts", "credits", "nothing-said"],
)
def test_mixed_case_lines_not_printed_alike_stay_text(text: str) -> None:
    story = newstranscript.parse(text)
    assert story.speakers == ()
    assert "unconfirmed-label" in [d.code for d in story.diagnostics]


def test_mixed_case_colons_on_a_page_of_capitals_labels_stay_text_however_many() -> None:
    story = newstranscript.parse(
        "ANA RUIZ, HOST: Good morning.\n\nSummer Reading: the library list is out.\n\n"
        "Road Closures: the bridge is shut.\n\nWeather Outlook: rain by noon.\n"
    )
    assert [s.id for s in story.speakers] == ["ana-ruiz"]
    assert len(story.turns[0].paragraphs) == 4
    assert [d.code for d in story.diagnostics] == ["unconfirmed-label"] * 3


@pytest.mark.parametrize(
    ("once", "near"),
    [
        ("DANA HOLOWAY", True),  # a letter left out
        ("DANA HOLLOWYA", True),  # two letters swapped
        ("DANA HALLOWAY", True),  # a letter changed
        ("DINA HOLLOWAY", True),
        ("DANA GALLOWAY", False),  # two letters changed
        ("DANA HOLLOWAY JONES", False),  # another number of words
        ("ANA HOLLOWAY", False),  # ANA is a name of its own, too short to call a typo
        ("DANA HOLLOWAYS", True),  # a letter added
        ("DANA " + "H" * 40, True),  # the longest word checked
        ("DANA " + "H" * 41, False),  # longer than any name
    ],
)
def test_near_duplicate_labels_are_one_slip_apart(once: str, near: bool) -> None:
    known = "DANA " + "H" * 39 + "A" if "HHH" in once else "DANA HOLLOWAY"
    story = newstranscript.parse(
        f"{known}, HOST: Hello.\n\n{once}, BYLINE: Hi.\n\n{known}, HOST: Bye.\n"
    )
    assert len(story.speakers) == 2
    codes = [d.code for d in story.diagnostics]
    assert codes == (["near-duplicate-label"] if near else [])


def test_short_names_and_initials_one_letter_apart_are_different_people() -> None:
    story = newstranscript.parse(
        "ANA RUIZ, HOST: Hello.\n\nAVA RUIZ, BYLINE: Hi.\n\nS. OKAFOR: Yes.\n\n"
        "M. OKAFOR: No.\n\nANA: Bye.\n"
    )
    assert "near-duplicate-label" not in [d.code for d in story.diagnostics]


def test_a_label_printed_another_way_than_the_page_is_kept_as_text_and_reported() -> None:
    story = newstranscript.parse(
        "ANA RUIZ, HOST: Good morning.\n\nSummer Reading: the library list is out today.\n"
    )
    assert [turn.speaker for turn in story.turns] == ["ana-ruiz"]
    assert story.turns[0].paragraphs[1] == "Summer Reading: the library list is out today."
    assert [(d.code, d.line) for d in story.diagnostics] == [("unconfirmed-label", 3)]


def test_cnn_initial_labels_alone_name_their_speakers() -> None:
    # Every short label of the page is an initial and a surname and no full label introduces
    # those people: that is how the page names them, so nothing is reported as lost.
    story = _story("label_cnn_initials")
    assert [(s.id, s.name, s.labels) for s in story.speakers[:3]] == [
        ("t-o-darrow", "T. O'Darrow", ("T. O'DARROW",)),
        ("r-o-darrow", "R. O'Darrow", ("R. O'DARROW",)),
        ("j-kestrel", "J. Kestrel", ("J. KESTREL",)),
    ]
    assert _speakers_of_turns(story) == [
        "t-o-darrow",
        "r-o-darrow",
        "j-kestrel",
        "odell-frayne",
        "j-kestrel",
        "t-o-darrow",
        "r-o-darrow",
    ]
    assert story.diagnostics == ()


@pytest.mark.parametrize(
    "text",
    [
        # the initial label first, the full label later
        "T. O'DARROW: Good morning.\n\nJ. KESTREL: Morning.\n\n"
        "TESSA O'DARROW, CNN ANCHOR: Welcome back.\n\nT. O'DARROW: Back to Jen.\n",
        # the full label first, the initial label after it
        "TESSA O'DARROW, CNN ANCHOR: Welcome back.\n\nT. O'DARROW: Good morning.\n\n"
        "J. KESTREL: Morning.\n\nT. O'DARROW: Back to Jen.\n",
    ],
    ids=["initial-first", "full-first"],
)
def test_an_initial_label_and_the_full_label_are_one_speaker(text: str) -> None:
    story = newstranscript.parse(text)
    tessa = story.speaker("tessa-o-darrow")
    assert tessa.name == "Tessa O'Darrow"
    assert tessa.role == "anchor"
    assert set(tessa.labels) == {"T. O'DARROW", "TESSA O'DARROW, CNN ANCHOR"}
    assert [s.id for s in story.speakers] == ["tessa-o-darrow", "j-kestrel"]
    assert not any("O'DARROW" in d.message for d in story.diagnostics)


def test_two_initials_of_one_surname_stay_two_speakers() -> None:
    story = newstranscript.parse(
        "T. O'DARROW: Good morning.\n\nR. O'DARROW: Good morning.\n\nT. O'DARROW: Rain again.\n"
    )
    assert [(s.id, s.name) for s in story.speakers] == [
        ("t-o-darrow", "T. O'Darrow"),
        ("r-o-darrow", "R. O'Darrow"),
    ]
    assert _speakers_of_turns(story) == ["t-o-darrow", "r-o-darrow", "t-o-darrow"]
    assert story.diagnostics == ()


def test_two_initials_of_one_surname_match_their_own_full_labels() -> None:
    story = newstranscript.parse(
        "T. O'DARROW: Good morning.\n\nR. O'DARROW: Good morning.\n\n"
        "RAFE O'DARROW, CNN ANCHOR: I'm Rafe.\n\nTESSA O'DARROW, CNN ANCHOR: And I'm Tessa.\n"
    )
    assert _speakers_of_turns(story) == [
        "tessa-o-darrow",
        "rafe-o-darrow",
        "rafe-o-darrow",
        "tessa-o-darrow",
    ]


def test_an_initial_label_among_surname_labels_is_still_reported() -> None:
    # This page refers back by surname alone, so an initial label nobody introduced looks like
    # a lost introduction, as a surname would.
    story = newstranscript.parse(
        "ANA RUIZ, HOST: Good morning.\n\nRUIZ: Still here.\n\nS. OKAFOR: Morning.\n"
    )
    assert story.speaker("s-okafor").name == "S. Okafor"
    assert [(d.code, d.line) for d in story.diagnostics] == [("label-not-introduced", 5)]


def test_a_bare_surname_beside_initial_labels_is_still_reported() -> None:
    story = newstranscript.parse("T. O'DARROW: Good morning.\n\nKESTREL: Morning.\n")
    assert [(d.code, d.line) for d in story.diagnostics] == [
        ("label-not-introduced", 1),
        ("label-not-introduced", 3),
    ]


def test_a_mixed_case_initial_label_is_one_name_not_a_name_and_role() -> None:
    # "S. Okafor:" once read as the name "S" with the role "Okafor", the way "JOE PARK.
    # COMEDIAN:" prints a role after a full stop.
    story = newstranscript.parse(
        "T. O'Darrow: Good morning.\n\nJ. Kestrel: Morning.\n\nT. O'Darrow: Rain again.\n"
    )
    assert [(s.id, s.name, s.role, s.title) for s in story.speakers] == [
        ("t-o-darrow", "T. O'Darrow", None, None),
        ("j-kestrel", "J. Kestrel", None, None),
    ]
    assert story.diagnostics == ()


@pytest.mark.parametrize("apostrophe", ["'", "’"])
def test_a_name_has_one_id_whichever_apostrophe_the_page_types(apostrophe: str) -> None:
    text = (
        f"NIAMH O{apostrophe}DOWD, HOST: Good morning.\n\n"
        f"O{apostrophe}DOWD: The ferry is late again.\n"
    )
    story = newstranscript.parse(text)
    assert [s.id for s in story.speakers] == ["niamh-o-dowd"]
    assert story.speakers[0].name == f"Niamh O{apostrophe}Dowd"


@pytest.mark.parametrize(
    "label",
    ["JACK KING JR., BYLINE", "JACK KING, JR., BYLINE", "JACK KING JR, BYLINE"],
)
def test_a_generational_suffix_is_part_of_the_name_not_the_title(label: str) -> None:
    story = newstranscript.parse(
        f"DANA HOLLOWAY, HOST: Hi.\n\n{label}: The boats are late.\n\nKING: Still late.\n"
    )
    king = story.speakers[1]
    expected = "Jack King Jr" if "JR," in label else "Jack King Jr."
    assert (king.name, king.role, king.title) == (expected, "reporter", None)
    assert king.labels == (label, "KING")
    assert [turn.speaker for turn in story.turns] == ["dana-holloway", king.id, king.id]
    assert story.diagnostics == ()


@pytest.mark.parametrize(
    ("label", "name"),
    [
        ("ANA ROSS SR., MAYOR OF TILLBURY", "Ana Ross Sr."),
        ("ANA ROSS II, MAYOR OF TILLBURY", "Ana Ross II"),
        ("ANA ROSS, III, MAYOR OF TILLBURY", "Ana Ross III"),
    ],
)
def test_senior_and_numbered_suffixes_keep_the_title_whole(label: str, name: str) -> None:
    story = newstranscript.parse(f"{label}: We vote today.\n\nROSS: And we count tonight.\n")
    ross = story.speakers[0]
    assert (ross.name, ross.role, ross.title) == (name, "guest", label.rsplit(", ", maxsplit=1)[-1])
    assert [turn.speaker for turn in story.turns] == [ross.id, ross.id]


def test_a_mixed_case_suffix_is_part_of_the_name() -> None:
    story = newstranscript.parse(
        "Judy Marsh: Welcome back.\n\nAna Ross Jr., Mayor of Tillbury: We vote today.\n\n"
        "Judy Marsh: And tonight?\n\nAna Ross Jr.: We count.\n"
    )
    ross = story.speakers[1]
    assert (ross.name, ross.title) == ("Ana Ross Jr.", "Mayor of Tillbury")
    assert [turn.speaker for turn in story.turns] == ["judy-marsh", ross.id] * 2


def test_a_suffixed_label_with_nothing_after_it_is_a_label() -> None:
    story = newstranscript.parse(
        "DANA HOLLOWAY, HOST: Hi.\n\nJACK KING JR.: Hello.\n\nKING: Bye.\n"
    )
    assert [turn.speaker for turn in story.turns] == [
        "dana-holloway",
        "jack-king-jr",
        "jack-king-jr",
    ]


def test_father_and_son_stay_two_speakers() -> None:
    story = newstranscript.parse(
        "JACK KING SR., FARMER: I planted it.\n\nJACK KING JR., FARMER: I harvest it.\n\n"
        "JACK KING SR., FARMER: He does.\n"
    )
    assert [s.name for s in story.speakers] == ["Jack King Sr.", "Jack King Jr."]
    assert [turn.speaker for turn in story.turns] == [
        "jack-king-sr",
        "jack-king-jr",
        "jack-king-sr",
    ]


@pytest.mark.parametrize("abbreviation", ["U.S.", "P.S.", "D.C.", "U.K."])
def test_an_abbreviation_and_a_colon_is_no_speaker(abbreviation: str) -> None:
    text = (
        "DANA HOLLOWAY, HOST: Hi.\n\nOMAR BEK, BYLINE: The boats are late.\n\n"
        f"{abbreviation}: the numbers are in.\n"
    )
    story = newstranscript.parse(text)
    assert [s.id for s in story.speakers] == ["dana-holloway", "omar-bek"]
    assert story.turns[1].paragraphs == (
        "The boats are late.",
        f"{abbreviation}: the numbers are in.",
    )
    assert story.diagnostics == ()


def test_initials_labels_still_read_beside_abbreviations() -> None:
    story = newstranscript.parse(
        "S. O'BRIEN, HOST: The U.S. fleet is in.\n\nJOE PARK. COMEDIAN: U.S.: the best.\n\n"
        "S. O'BRIEN: Thanks.\n"
    )
    assert [s.id for s in story.speakers] == ["s-o-brien", "joe-park"]
    assert story.speaker("joe-park").title == "COMEDIAN"
    assert [turn.speaker for turn in story.turns] == ["s-o-brien", "joe-park", "s-o-brien"]


def test_name_reporting_is_a_reporters_label() -> None:
    story = newstranscript.parse(
        "DANA HOLLOWAY, host: Omar Bek has the story.\n\n"
        "OMAR BEK reporting: The boats are late again.\n\n"
        "Mr. TOMAS REYES (Harbor Master): Three days late.\n\n"
        "BEK: Reyes says the fog is to blame.\n"
    )
    bek = story.speaker("omar-bek")
    assert (bek.role, bek.title, bek.labels) == ("reporter", None, ("OMAR BEK reporting", "BEK"))
    assert [turn.speaker for turn in story.turns] == [
        "dana-holloway",
        "omar-bek",
        "tomas-reyes",
        "omar-bek",
    ]
    assert story.turns[1].text == "The boats are late again."
    assert story.diagnostics == ()


@pytest.mark.parametrize(
    "line",
    [
        "REN\ufffdE DUVAL: We don't have time.",  # a character lost from the name
        "REN*E DUVAL: We don't have time.",  # a character some tool replaced
        "JOHN SMITH [VO]: We don't have time.",
        "OMAR BEK, in studio: We don't have time.",
        "OMAR BEK, speaking from the dock: We don't have time.",
    ],
)
def test_a_capitals_name_and_colon_the_grammar_refuses_is_kept_and_reported(line: str) -> None:
    story = newstranscript.parse(
        f"DANA HOLLOWAY, HOST: Good morning.\n\nOMAR BEK, BYLINE: The boats.\n\n{line}\n"
    )
    assert story.turns[1].paragraphs == ("The boats.", line)
    found = [(d.code, d.line, d.column) for d in story.diagnostics if d.code != "lost-character"]
    assert found == [("unconfirmed-label", 5, 1)]


@pytest.mark.parametrize(
    "line",
    [
        "Here's the thing: it works.",
        "At 2:00 a.m.: the sirens.",
        "Email us: You can write.",
        "OK, here's the deal: it works.",
        "NASA says: it works.",
        "FEMA's plan: it works.",
        "COVID-19: cases are down.",
        "BREAKING NEWS, everyone: it works.",
        "THE END: it works.",
        "AT&T: it works.",
        "U.S.: it works.",
    ],
)
def test_prose_colons_are_not_reported_as_labels(line: str) -> None:
    story = newstranscript.parse(f"DANA HOLLOWAY, HOST: Hello.\n\nHOLLOWAY: Yes.\n\n{line}\n")
    assert story.turns[1].paragraphs == ("Yes.", line)
    assert story.diagnostics == ()


def test_a_capitals_headline_with_a_colon_is_no_lost_label() -> None:
    story = newstranscript.parse(
        "STORM WATCH, coast braces: Ferries Stay In Port\n\nDANA HOLLOWAY, HOST: Hello.\n"
    )
    assert story.headline == "STORM WATCH, coast braces: Ferries Stay In Port"
    assert story.diagnostics == ()


def test_an_honorific_tells_two_speakers_of_one_surname_apart() -> None:
    text = (
        "Bakers Feud\n\nMr. JOHN REYES (Baker, North Side): The rye is mine.\n\n"
        "Ms. ANA REYES (Baker, South Side): The rye is ours.\n\n"
        "Mr. REYES: Ask anyone.\n\nMs. REYES: I did ask.\n\nMrs. REYES: Twice.\n"
    )
    story = newstranscript.parse(text)
    assert [t.speaker for t in story.turns] == [
        "john-reyes",
        "ana-reyes",
        "john-reyes",
        "ana-reyes",
        "ana-reyes",
    ]
    assert story.diagnostics == ()


def test_an_honorific_the_full_labels_never_printed_decides_nothing() -> None:
    text = (
        "Bakers Feud\n\nJOHN REYES, BAKER: The rye is mine.\n\n"
        "ANA REYES, BAKER: The rye is ours.\n\nMr. REYES: Ask anyone.\n"
    )
    story = newstranscript.parse(text)
    assert [d.code for d in story.diagnostics] == ["ambiguous-label"]


# --- generic speakers and titles of office ---------------------------------------------------


def test_generic_speakers_are_speakers_of_their_own() -> None:
    story = _story("label_generic_people")
    assert [s.id for s in story.speakers] == [
        "narrator",
        "man",
        "woman",
        "interviewer",
        "announcer",
    ]
    assert _speakers_of_turns(story)[:4] == ["narrator", "man", "woman", "interviewer"]
    # Man twice is one man; the role is what the label says of him
    assert len(list(story.turns_by("man"))) == 2
    assert story.speaker("man").role == "unidentified"
    assert story.speaker("woman").role == "unidentified"
    # a part in the programme names nobody unidentified
    assert story.speaker("narrator").role is None
    assert story.speaker("announcer").role is None


@pytest.mark.parametrize("word", ["Journalist", "REPORTER"])
def test_a_press_conferences_questioner_is_an_unidentified_speaker(word: str) -> None:
    text = (
        "ANA RUIZ: The ferry will sail on Friday.\n\n"
        f"{word}: Will the pilot be on board?\n\n"
        "ANA RUIZ: He will.\n"
    )
    story = newstranscript.parse(text)
    assert [turn.speaker for turn in story.turns] == ["ana-ruiz", word.lower(), "ana-ruiz"]
    assert story.speaker(word.lower()).role == "unidentified"


def test_a_generic_speakers_aside_is_how_the_turn_was_delivered() -> None:
    story = _story("label_generic_people")
    woman = list(story.turns_by("woman"))
    assert [turn.delivery for turn in woman] == ["through translator", "through translator"]
    assert story.speaker("woman").name == "Woman"


def test_numbered_generic_speakers_are_kept_apart_by_number() -> None:
    story = _story("label_generic_numbered")
    assert [(s.id, s.name) for s in story.speakers] == [
        ("speaker-1", "Speaker 1"),
        ("speaker-2", "Speaker 2"),
        ("speaker-3", "Speaker 3"),
    ]
    assert _speakers_of_turns(story) == [
        "speaker-1",
        "speaker-2",
        "speaker-1",
        "speaker-2",
        "speaker-1",
        "speaker-2",
        "speaker-3",
    ]
    # the time in "Speaker 1 (00:00):" says when, not who
    assert story.speaker("speaker-1").labels == ("Speaker 1", "SPEAKER 1")
    # "Speaker 2:Well" has no space after its colon; the word is the turn's
    assert story.turns[3].text == "Well, we are about to find out."


@pytest.mark.parametrize(
    "line",
    [
        "Here's the thing: nobody told the council.",
        "Sunday Puzzle: a word that reads the same both ways.",
        "NOAA: Just To Be Clear, the storm has passed.",
        "Hosted by: Wren Adair",
        "Hour 1: the ferry keepers.",
        "Manual: read the second page first.",
        "Speakers: two, from the ferry crew.",
    ],
)
def test_a_colon_in_prose_is_no_generic_label(line: str) -> None:
    text = f"Narrator: The ferry leaves at six.\n\n{line}\n\nMan: It always has.\n"
    story = parse_accounted(text)
    assert [s.id for s in story.speakers] == ["narrator", "man"]
    assert line in story.turns[0].text


@pytest.mark.parametrize(
    "label",
    ["MAN", "Man", "WOMAN", "Narrator", "NARRATOR", "Interviewer", "Announcer", "Speaker 4"],
)
def test_a_generic_label_in_either_case_opens_a_turn(label: str) -> None:
    story = parse_accounted(f"ADA PRICE, HOST: Hello.\n\n{label}: Good evening.\n")
    assert len(story.turns) == 2
    assert story.turns[1].text == "Good evening."
    assert story.speakers[1].name == " ".join(w.capitalize() for w in label.split())


def test_a_title_of_office_is_kept_out_of_the_name_and_the_id() -> None:
    story = _story("label_titles")
    osei = story.speaker("margit-osei")
    assert osei.name == "Margit Osei"
    assert osei.title == "Senator"
    # the office, the short label and the byline are one person
    assert osei.labels == ("SENATOR MARGIT OSEI", "OSEI", "MARGIT OSEI, BYLINE")
    assert story.speaker("halden-price").title == "Gov."
    assert story.speaker("lena-morrow").title == "Vice President"
    assert story.speaker("ivo-brandt").title == "Mayor"
    assert not [d for d in story.diagnostics if d.code == "label-not-introduced"]


def test_a_title_of_office_in_mixed_case() -> None:
    story = _story("label_titles_mixed_case")
    assert [(s.id, s.title) for s in story.speakers] == [
        ("wren-adair", None),
        ("edda-kray", "Chancellor"),
        ("oskar-lund", "President"),
    ]
    # the office and a surname alone name the person the office and full name did
    assert "Chancellor Kray" in story.speaker("edda-kray").labels
    assert "President Lund" in story.speaker("oskar-lund").labels


@pytest.mark.parametrize(
    "office", ["SENATOR", "SEN.", "Senator", "PRESIDENT", "President", "REP.", "MAYOR", "JUDGE"]
)
def test_every_spelling_of_an_office_gives_one_person(office: str) -> None:
    text = (
        f"{office} JANE DOE: We need the bridge.\n\n"
        "DOE: Still need it.\n\n"
        "JANE DOE, BYLINE: I wrote about it too.\n"
    )
    story = parse_accounted(text)
    assert [s.id for s in story.speakers] == ["jane-doe"]
    assert story.speakers[0].title is not None
    assert story.speakers[0].title.upper() == office.upper()


def test_what_a_label_says_after_the_name_is_the_title_before_the_office() -> None:
    story = parse_accounted(
        "SEN. JANE DOE (D-OR), CHAIR OF THE RIVER COMMITTEE: The bridge is funded.\n"
    )
    (doe,) = story.speakers
    assert (doe.id, doe.party, doe.title) == ("jane-doe", "D-OR", "CHAIR OF THE RIVER COMMITTEE")


def test_a_party_printed_after_the_comma_is_the_party_and_the_rest_the_title() -> None:
    # CNN's order on some shows: the party between the comma and the office, which may hold
    # a slash between two committees
    story = parse_accounted(
        "OMAR BEK, CNN ANCHOR: Over to the chairman.\n\n"
        "JANE DOE, (D-OR) HOUSE RIVERS/HARBORS CMTE. CHAIR: The bridge is funded.\n"
    )
    doe = story.speakers[1]
    assert (doe.id, doe.party, doe.title) == (
        "jane-doe",
        "D-OR",
        "HOUSE RIVERS/HARBORS CMTE. CHAIR",
    )
    assert [turn.speaker for turn in story.turns] == ["omar-bek", "jane-doe"]


def test_a_group_s_name_in_capitals_may_open_with_the() -> None:
    text = (
        "MIRA OKAFOR, HOST: And now, the song that opens every show.\n\n"
        "THE TIDE POOLS: (Singing) Down by the harbor where the gulls go round.\n\n"
        "MIRA OKAFOR, HOST: Thank you, Tide Pools.\n"
    )
    story = parse_accounted(text)
    assert _speakers_of_turns(story) == ["mira-okafor", "the-tide-pools", "mira-okafor"]
    assert story.speaker("the-tide-pools").name == "The Tide Pools"


@pytest.mark.parametrize(
    "line",
    ["TALK OF THE NATION: Welcome back.", "THE HARBOR: Welcome back.", "THE STORY OF IT: Yes."],
)
def test_the_elsewhere_in_capitals_is_still_no_name(line: str) -> None:
    story = newstranscript.parse("MIRA OKAFOR, HOST: Hello.\n\n" + line + "\n")
    assert _speakers_of_turns(story) == ["mira-okafor"]


def test_a_full_capitals_label_that_lost_the_space_after_its_colon() -> None:
    story = newstranscript.parse(
        "MARA FENN: Welcome back.\n\nOSKAR LIND:And I'm Oskar Lind.\n\nMARA FENN: Letters.\n"
    )
    assert [t.speaker for t in story.turns] == ["mara-fenn", "oskar-lind", "mara-fenn"]
    assert story.turns[1].text == "And I'm Oskar Lind."
    # a place name glued to its story is no label: one capitals word is not enough
    place = newstranscript.parse("MARA FENN: Hello.\n\nPORTLAND:The fog came early.\n")
    assert [t.speaker for t in place.turns] == ["mara-fenn"]


def test_initials_run_together_before_a_surname() -> None:
    story = newstranscript.parse(
        "MARA FENN, HOST: Welcome.\n\nT.J. OKAFOR: Thank you.\n\nFENN: T.J.?\n\nOKAFOR: Yes.\n"
    )
    okafor = "t-j-okafor"
    assert [t.speaker for t in story.turns] == ["mara-fenn", okafor, "mara-fenn", okafor]
    assert story.speaker("t-j-okafor").name == "T.J. Okafor"


def test_scene_headings_above_labels_are_notes() -> None:
    text = (
        "Gull Point, the film\n\nInterview:\n\nMan in blue: The pier was ours once.\n\n"
        "Scene on the pier:\n\nWoman in grey: Mind the gulls.\n\nShe says it to everyone.\n\n"
        "Interview:\n\nMan in blue: They took it back.\n"
    )
    story = parse_accounted(text)
    kinds = [(s.type, s.text if s.type == "note" else s.speaker) for s in story.segments]
    assert kinds == [
        ("note", "Interview:"),
        ("turn", "man-in-blue"),
        ("note", "Scene on the pier:"),
        ("turn", "woman-in-grey"),
        ("note", "Interview:"),
        ("turn", "man-in-blue"),
    ]
    again = newstranscript.parse(newstranscript.to_text(story))
    assert [s.text for s in again.segments] == [s.text for s in story.segments]


def test_a_first_name_heard_once_on_a_page_of_lone_first_names() -> None:
    text = (
        "Ada:\n\nWe're calling listeners.\n\nTomas:\n\nFirst caller.\n\nTranscript:\n\n"
        "Ada:\n\nHi, is this Pim?\n\nTomas:\n\nIt's Oskar, I think.\n\nOskar:\n\nBye!\n"
    )
    story = parse_accounted(text)
    assert [t.speaker for t in story.turns] == ["ada", "tomas", "ada", "tomas", "oskar"]
    # a heading, never a speaker
    assert [s.text for s in story.segments if s.type == "note"] == ["Transcript:"]
    # with fewer first names confirmed, a name heard once alone on its line stays text
    few = parse_accounted("Ada:\n\nHello.\n\nAda:\n\nAgain.\n\nOskar:\n\nBye!\n")
    assert "oskar" not in [t.speaker for t in few.turns]


def test_a_surname_label_one_letter_off_a_speakers_is_theirs() -> None:
    story = parse_accounted(
        "DANA HOLLOWAY, HOST: Good morning.\n\nOMAR BEK, BYLINE: Morning, Dana.\n\n"
        "HOLLOAWY: The ferries are late again.\n\nBEK: They are.\n"
    )
    assert [t.speaker for t in story.turns] == ["dana-holloway", "omar-bek"] * 2
    assert [d.code for d in story.diagnostics] == ["label-typo"]
    # two people a letter off: nobody is guessed
    two = newstranscript.parse(
        "DANA HOLLOWAY, HOST: Hi.\n\nANA HOLLOMAN: Hi.\n\nHOLLOWAN: Which of us?\n"
    )
    assert "label-typo" not in [d.code for d in two.diagnostics]


def test_a_first_name_and_initial_label_is_the_full_name_the_text_prints() -> None:
    story = parse_accounted(
        "Ada:\n\nFirst up, a keeper, Pim Okafor.\n\nPim O.:\n\nThis is Pim.\n\n"
        "Ada:\n\nHi Pim.\n\nPim O.:\n\nHello!\n"
    )
    assert [t.speaker for t in story.turns if t.speaker != "ada"] == ["pim-okafor"] * 2
    assert story.speaker("pim-okafor").labels == ("Pim O.",)
    # with no such full name in the text, the label stays as printed
    alone = parse_accounted("Ada:\n\nHi.\n\nPim O.:\n\nHello!\n\nAda:\n\nBye.\n\nPim O.:\n\nBye!\n")
    assert "pim-o" in [speaker.id for speaker in alone.speakers]


def test_a_title_with_a_colon_printed_twice_names_nobody() -> None:
    # an episode index: the title above the teaser, then again above the player
    text = (
        "Harbor Stories\n\nMost Recent Episodes\n\n"
        "Tide Tables: The Night Ferry\n\n"
        "Why does the last boat always leave late? We rode along with its crew to find out, "
        "from the first whistle to the last line thrown ashore.\n\n"
        "Tide Tables: The Night Ferry\n\n"
        "  • Download\n"
    )
    story = newstranscript.parse(text)
    assert story.speakers == ()


def _twice(second: str) -> str:
    return (
        "ANA RUIZ, HOST: Good evening.\n\nLeo Tran: The ferry left at nine tonight.\n\n"
        f"ANA RUIZ, HOST: Really?\n\nLeo Tran: {second}\n"
    )


def test_a_mixed_case_label_heard_twice_saying_different_things_is_a_speaker() -> None:
    story = parse_accounted(_twice("And it came back at ten."))
    assert _speakers_of_turns(story) == ["ana-ruiz", "leo-tran", "ana-ruiz", "leo-tran"]


def test_the_same_line_twice_does_not_confirm_its_label() -> None:
    story = parse_accounted(_twice("The ferry left at nine tonight."))
    # kept as words of the turn before, and reported, as any label the page does not confirm
    assert _speakers_of_turns(story) == ["ana-ruiz", "ana-ruiz"]
    assert [d.code for d in story.diagnostics] == ["unconfirmed-label", "unconfirmed-label"]


def test_a_label_alone_on_its_line_counts_each_time() -> None:
    story = parse_accounted(
        "Mira Okafor:\nThe ferry left at nine.\n\nLeo Tran:\nLate again.\n\n"
        "Mira Okafor:\nAnd came back at ten.\n\nLeo Tran:\nLate again.\n"
    )
    assert _speakers_of_turns(story) == ["mira-okafor", "leo-tran", "mira-okafor", "leo-tran"]


def test_words_above_the_first_title_case_name_label_are_the_pages_own() -> None:
    # a blog or a podcast prints its labels as names in title case, which no copy loses as
    # it loses lines wholly in capitals: the paragraph above the first label is the post's
    text = (
        "Tuesday, 4 March 2031\n\n"
        "The Ferry Interview, Transcribed\n\n"
        "Several of you asked for the whole exchange between the harbour master and the "
        "councillor, so here it is, with the interruptions left in as best we could.\n\n"
        "Ana Ruiz: Why did the ferry not sail on Monday morning?\n"
        "Omar Bek: The pilot judged the fog too thick over the bar.\n"
        "Ana Ruiz: And on Tuesday?\n"
        "Omar Bek: The same pilot, the same fog.\n"
    )
    story = newstranscript.parse(text)
    assert [turn.speaker for turn in story.turns] == ["ana-ruiz", "omar-bek"] * 2
    assert any(note.startswith("Several of you asked") for note in story.notes)
    assert "text-before-transcript" in [d.code for d in story.diagnostics]


def test_an_unlabelled_opening_above_capitals_labels_is_still_the_hosts_turn() -> None:
    text = (
        "Good morning. The ferry did not sail again today, and the island is waiting.\n\n"
        "OMAR BEK, BYLINE: The pilot judged the fog too thick over the bar.\n\n"
        "ANA RUIZ, HOST: Thank you, Omar.\n"
    )
    story = newstranscript.parse(text)
    assert [turn.speaker for turn in story.turns] == [None, "omar-bek", "ana-ruiz"]


# A blog's repost of a programme's transcript: two people, each named once in mixed case with
# who they are, in small letters or in brackets.
MIXED_CASE_DESCRIBED = """\
Harbor Week With Ana Ruiz and Omar Bek

SUMMARY:  Columnist Omar Bek joins Ana Ruiz to talk over the week's news.

Ana Ruiz (Harbor Hour):  We turn now to the week's news.

It was a busy one on the water.

Omar Bek, syndicated columnist:  It was, Ana. The ferry vote surprised everyone.

And the gulls are back.
"""


def test_two_mixed_case_labels_that_say_who_each_person_is_are_labels() -> None:
    story = parse_accounted(MIXED_CASE_DESCRIBED)
    assert _speakers_of_turns(story) == ["ana-ruiz", "omar-bek"]
    assert story.speaker("omar-bek").title == "syndicated columnist"
    assert story.turns[1].text.startswith("It was, Ana.")


def test_a_name_and_a_clause_after_its_comma_is_no_label() -> None:
    text = MIXED_CASE_DESCRIBED.replace(
        "Omar Bek, syndicated columnist:", "Omar Bek, who writes a weekly column:"
    )
    story = parse_accounted(text)
    assert "omar-bek" not in {speaker.id for speaker in story.speakers}


# A station's own interview: a title with a colon under the station's furniture, a photo
# credit and a summary naming both people, then surnames in title case taking turns.
STATION_INTERVIEW = """\
Play Live Radio
Next Up:
0:00

Harbor Notes: Keeper Lena Quist Looks Back on 30 Years at the Light

In 1995 Lena Quist took the lamp at Gull Point. Omar Petrel sat down with her.

Petrel: Thirty years. What a run.

Quist: It is. The stairs have not got shorter.

Petrel: What kept you there?

Quist: The ships, mostly.
"""


def test_surnames_in_title_case_taking_turns_are_labels() -> None:
    story = parse_accounted(STATION_INTERVIEW)
    assert story.headline == "Harbor Notes: Keeper Lena Quist Looks Back on 30 Years at the Light"
    assert _speakers_of_turns(story) == ["omar-petrel", "lena-quist"] * 2
    # the summary above the first label is the page's own words, not an unlabelled turn
    assert [segment.type for segment in story.segments][:1] == ["note"]


def test_one_surname_in_title_case_opening_lines_is_not_enough() -> None:
    text = STATION_INTERVIEW.replace("Quist: ", "Then ")
    story = parse_accounted(text)
    assert "omar-petrel" not in {speaker.id for speaker in story.speakers}


def test_given_names_before_a_surname_in_capitals_are_one_label() -> None:
    # a podcast's labels: the full name once, in mixed case with the surname in capitals,
    # then the surname alone
    story = parse_accounted(
        "Nadia R. OKAFOR: Are we rolling?\n\n"
        "OKAFOR: Hello, Bell.\n\n"
        "Tomas BELL: Okafor.\n\n"
        "OKAFOR: Nervous?\n\n"
        "BELL: Not at all.\n"
    )
    assert [(s.id, s.name) for s in story.speakers] == [
        ("nadia-r-okafor", "Nadia R. Okafor"),
        ("tomas-bell", "Tomas Bell"),
    ]
    assert [t.speaker for t in story.turns] == [
        "nadia-r-okafor",
        "nadia-r-okafor",
        "tomas-bell",
        "nadia-r-okafor",
        "tomas-bell",
    ]


def test_a_word_before_capitals_once_in_prose_is_no_label() -> None:
    story = newstranscript.parse(
        "NINA WESTON, HOST: The feed is up.\n\nWatch LIVE: the launch at noon.\n"
    )
    assert [t.speaker for t in story.turns] == ["nina-weston"]
    assert "Watch LIVE: the launch" in story.turns[0].text


def test_a_surname_of_two_words_labels_the_person_named_in_full() -> None:
    story = parse_accounted(
        "NADIA DEL RIO ORTEGA, HOST: Welcome to the show.\n\n"
        "TOMAS BELL, HOST: Glad to be here.\n\n"
        "RIO ORTEGA: So, the ferries.\n\n"
        "BELL: Late again.\n\n"
        "ORTEGA: Of course.\n"
    )
    assert [(t.speaker, t.basis) for t in story.turns] == [
        ("nadia-del-rio-ortega", "label"),
        ("tomas-bell", "label"),
        ("nadia-del-rio-ortega", "resolved"),
        ("tomas-bell", "resolved"),
        ("nadia-del-rio-ortega", "resolved"),
    ]
    assert [d.code for d in story.diagnostics] == []


def test_two_words_ending_two_fuller_names_stay_a_speaker_of_their_own() -> None:
    story = parse_accounted(
        "ANA VANEK SMITH, HOST: One.\n\nLEE VANEK SMITH, HOST: Two.\n\nVANEK SMITH: Three.\n"
    )
    assert [t.speaker for t in story.turns] == [
        "ana-vanek-smith",
        "lee-vanek-smith",
        "vanek-smith",
    ]


@pytest.mark.parametrize("title", ["Reverend", "RABBI", "Professor", "LIEUTENANT", "Bishop"])
def test_a_title_of_faith_learning_or_rank_before_a_name_is_kept_out_of_it(title: str) -> None:
    story = parse_accounted(f"{title} ANA RUIZ: Welcome.\n\nRUIZ: Yes.\n")
    (ruiz,) = story.speakers
    assert (ruiz.id, ruiz.name) == ("ana-ruiz", "Ana Ruiz")
    assert ruiz.title is not None
    assert ruiz.title.upper() == title.upper()
    assert [t.speaker for t in story.turns] == ["ana-ruiz", "ana-ruiz"]
