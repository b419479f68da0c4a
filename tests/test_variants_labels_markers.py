"""Every form of the "Speaker labels" and "Markers" sections of the variants catalogue is shown.

Each row of the table and each bullet of the list names the golden fixture that reproduces it
and the tests that check it, so a form cannot drop out of the suite unnoticed. When the
catalogue itself (``shared/VARIANTS.md``) sits beside the checkout, the lists are also checked
against it, so a form added there fails here until it has a fixture.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests import test_labels, test_markers
from tests.conftest import GOLDEN

# "Speaker labels" table: the form column as printed, the fixture, the tests.
LABEL_FORMS: dict[str, tuple[str, tuple[str, ...]]] = {
    "name and role in capitals": (
        "label_npr_modern",
        ("test_modern_npr_label_inline_and_alone_on_its_line",),
    ),
    "the label alone on its line, text in the next paragraph": (
        "label_npr_modern",
        ("test_modern_npr_label_inline_and_alone_on_its_line",),
    ),
    "surname only, after the full label (or before it, when the full one comes later or was "
    "lost)": (
        "label_npr_modern",
        (
            "test_modern_npr_surname_and_first_name_repeats",
            "test_modern_npr_short_label_before_its_full_form",
            "test_shared_surname_kept_apart_by_initial",
        ),
    ),
    "NPR before about 2012: role in lower or title case": (
        "label_npr_old_era",
        ("test_old_npr_lower_and_title_case_roles",),
    ),
    "NPR before about 2012: honorific, role and affiliation in parentheses": (
        "label_npr_old_era",
        (
            "test_old_npr_honorific_and_parenthesised_title",
            "test_old_npr_honorific_short_labels_resolve",
        ),
    ),
    "unidentified, numbered": (
        "label_unidentified",
        (
            "test_unidentified_numbered_speakers_kept_apart",
            "test_unidentified_speakers_in_unison_is_a_delivery",
        ),
    ),
    "CNN": (
        "label_cnn",
        (
            "test_cnn_anchor_and_correspondent_roles",
            "test_cnn_party_kept_apart_from_the_name",
            "test_cnn_voice_over_is_the_turns_delivery",
            "test_cnn_full_stop_for_the_comma",
        ),
    ),
    "PBS: capital name, mixed-case role; sometimes split over two lines": (
        "label_pbs_podcast",
        ("test_pbs_mixed_case_labels_and_mixed_case_role", "test_pbs_label_split_over_two_lines"),
    ),
    "mixed-case names": ("label_pbs_podcast", ("test_pbs_mixed_case_labels_and_mixed_case_role",)),
    "first name only or a placeholder": (
        "label_placeholders",
        (
            "test_first_name_and_placeholder_labels",
            "test_modern_npr_surname_and_first_name_repeats",
        ),
    ),
    "a name on its own line with no colon (This American Life)": (
        "label_name_alone",
        (
            "test_name_alone_on_its_line_this_american_life",
            "test_a_single_name_line_is_not_taken_for_a_label",
        ),
    ),
}

# Shown by the same fixtures though the table has no row of their own: the sentence under the
# table (role drift, a shared surname), names of every script, and colons that are no label.
LABEL_EXTRAS: dict[str, tuple[str, tuple[str, ...]]] = {
    "PBS reposts printed as a list of bulleted lines (  • NAME, Role: text)": (
        "label_pbs_list_repost",
        ("test_a_transcript_printed_as_a_list_reads_its_labels_after_the_bullets",),
    ),
    "first names alone on their lines, as podcast pages print turns (Jad:)": (
        "label_first_names",
        ("test_first_names_alone_on_their_lines_are_labels_when_repeated",),
    ),
    "a first name after the full mixed-case label (Tavis Smiley: then Tavis:)": (
        "label_first_name_of_full_label",
        ("test_a_first_name_label_is_the_person_a_fuller_label_names",),
    ),
    "generic labels described by what the speaker wears (Man in blue:)": (
        "label_generic_described",
        ("test_generic_labels_described_by_what_the_speaker_wears",),
    ),
    "role drift": ("label_npr_modern", ("test_modern_npr_role_drift_keeps_one_speaker",)),
    "old NPR role words in brackets: (Host), (Reporter), (Byline)": (
        "label_npr_old_era_roles",
        (
            "test_old_npr_role_words_in_brackets_give_the_role",
            "test_a_title_in_brackets_reads_as_the_same_words_after_a_comma",
        ),
    ),
    "mixed-case labels each used once, one of them misspelt": (
        "label_mixed_case_once",
        (
            "test_mixed_case_labels_each_used_once_are_speakers_when_printed_alike",
            "test_a_misspelt_label_used_once_is_its_own_speaker_and_named_as_a_near_duplicate",
            "test_mixed_case_lines_not_printed_alike_stay_text",
        ),
    ),
    "generic speakers: Man:, Woman (through translator):, Narrator:, Announcer:": (
        "label_generic_people",
        (
            "test_generic_speakers_are_speakers_of_their_own",
            "test_a_generic_speakers_aside_is_how_the_turn_was_delivered",
            "test_a_colon_in_prose_is_no_generic_label",
        ),
    ),
    "numbered generic speakers: Speaker 1 (00:00):, SPEAKER 1:, Speaker 2:Well": (
        "label_generic_numbered",
        ("test_numbered_generic_speakers_are_kept_apart_by_number",),
    ),
    "a title of office before the name: SENATOR, SEN., GOV., VICE PRESIDENT, MAYOR": (
        "label_titles",
        (
            "test_a_title_of_office_is_kept_out_of_the_name_and_the_id",
            "test_every_spelling_of_an_office_gives_one_person",
        ),
    ),
    "a title of office in mixed case: Chancellor Kray:, President Lund:": (
        "label_titles_mixed_case",
        ("test_a_title_of_office_in_mixed_case",),
    ),
    "CNN staff titles: CNN METEOROLOGIST, CNN SENIOR POLITICAL ANALYST": (
        "label_cnn_staff",
        (
            "test_cnn_staff_titles_are_the_networks_reporters_not_guests",
            "test_network_titles_give_staff_roles_only_for_staff_jobs",
        ),
    ),
    "shared surname": (
        "label_names",
        (
            "test_shared_surname_kept_apart_by_initial",
            "test_initials_keep_two_short_only_surnames_apart",
            "test_ambiguous_short_label_is_a_diagnostic",
        ),
    ),
    "unicode, Mc/Mac, hyphens, apostrophes, initials": (
        "label_names",
        ("test_unicode_mc_mac_hyphen_apostrophe_and_initials",),
    ),
    "initial and surname only, never introduced (CNN anchors)": (
        "label_cnn_initials",
        (
            "test_cnn_initial_labels_alone_name_their_speakers",
            "test_an_initial_label_and_the_full_label_are_one_speaker",
            "test_two_initials_of_one_surname_stay_two_speakers",
            "test_an_initial_label_among_surname_labels_is_still_reported",
        ),
    ),
    "not labels": (
        "label_not_labels",
        ("test_colons_that_are_not_labels", "test_a_colon_inside_speech_never_starts_a_turn"),
    ),
}

# "Markers" list: the text of each bullet up to its first colon, the fixture, the tests.
MARKER_FORMS: dict[str, tuple[str, tuple[str, ...]]] = {
    "Capitals in parentheses, alone on a line": (
        "marker_capitals",
        ("test_capitals_markers_alone_on_a_line",),
    ),
    "Music credits": ("marker_capitals", ("test_music_credit_before_the_provider_line",)),
    "NPR before about 2012, mixed case": ("marker_old_npr", ("test_old_npr_mixed_case_markers",)),
    "Inside a turn": (
        "marker_in_turn",
        ("test_asides_inside_a_turn_are_kept_and_listed", "test_spelling_flag_glued_to_the_word"),
    ),
    "Square brackets": ("marker_square", ("test_square_bracket_markers",)),
    "CNN blocks with their own speakers inside": (
        "marker_cnn_clip",
        (
            "test_cnn_clip_block_marks_its_turns",
            "test_cnn_commercial_break",
            "test_timestamps_become_segment_metadata_covered_by_the_span",
            "test_timestamp_glued_before_a_label_in_a_flattened_transcript",
        ),
    ),
}

# The CNN bullet's "sometimes glued to the end of a sentence", in a fixture of its own.
MARKER_EXTRAS: dict[str, tuple[str, tuple[str, ...]]] = {
    "markers glued to the end of a sentence": (
        "marker_glued",
        (
            "test_markers_glued_to_the_end_of_a_sentence",
            "test_a_capitals_cue_between_two_sentences_is_an_inline_soundbite_after_the_whole_turn",
            "test_a_sound_printed_in_a_turn_leaves_the_turn_whole",
        ),
    ),
}

ALL_FORMS = {**LABEL_FORMS, **LABEL_EXTRAS, **MARKER_FORMS, **MARKER_EXTRAS}
TEST_NAMES = set(dir(test_labels)) | set(dir(test_markers))


@pytest.mark.parametrize("form", sorted(ALL_FORMS))
def test_every_form_has_a_fixture_and_named_tests(form: str) -> None:
    fixture, tests = ALL_FORMS[form]
    assert (GOLDEN / f"{fixture}.txt").is_file(), f"{form!r}: no fixture {fixture}.txt"
    assert (GOLDEN / f"{fixture}.json").is_file(), f"{form!r}: {fixture}.txt has no golden"
    assert tests, f"{form!r}: no test names it"
    missing = [name for name in tests if name not in TEST_NAMES]
    assert not missing, f"{form!r}: tests {missing} do not exist"


def test_every_label_and_marker_fixture_is_listed() -> None:
    listed = {fixture for fixture, _ in ALL_FORMS.values()}
    on_disk = {path.stem for path in GOLDEN.glob("label_*.txt")} | {
        path.stem for path in GOLDEN.glob("marker_*.txt")
    }
    assert on_disk == listed


def _catalogue() -> str | None:
    here = Path(__file__).resolve()
    for folder in (here.parents[1], here.parents[2], Path("/work")):
        candidate = folder / "shared" / "VARIANTS.md"
        if candidate.is_file():
            return candidate.read_text(encoding="utf-8")
    return None


def _section(text: str, title: str) -> str:
    start = text.index(f"## {title}\n")
    end = text.find("\n## ", start + 1)
    return text[start : end if end >= 0 else len(text)]


def test_the_lists_match_the_catalogue() -> None:
    text = _catalogue()
    if text is None:
        pytest.skip("shared/VARIANTS.md is not beside this checkout")
    rows = [
        line.split("|")[1].strip()
        for line in _section(text, "Speaker labels").splitlines()
        if line.startswith("| ") and not line.startswith("| form")
    ]
    bullets = [
        line[2:].split(":")[0].strip()
        for line in _section(text, "Markers").splitlines()
        if line.startswith("- ")
    ]
    assert rows
    assert bullets
    assert rows == list(LABEL_FORMS)
    assert bullets == list(MARKER_FORMS)
