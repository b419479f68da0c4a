"""Every diagnostic code the library gives, and what it means: the one table of them.

A code is stable: never renamed or given another meaning. ``docs/diagnostics.md`` has a
section for each code of this table, and its test holds the two and the code that emits them
together.
"""

from __future__ import annotations

DIAGNOSTICS: dict[str, str] = {
    "unlabelled-turn": "a paragraph has no speaker label and follows no turn it could continue",
    "ambiguous-label": "a short label fits more than one person introduced on the page",
    "label-not-introduced": "a short label names nobody the page introduced in full",
    "label-from-text": "a short label nobody introduced is taken as a full name the text prints",
    "label-typo": "a surname label one letter off a speaker's surname is taken as theirs",
    "label-initials": "a label of initials alone is taken as the one full name they begin",
    "repaired-encoding": "text was decoded twice somewhere (mojibake) and repaired",
    "fallback-encoding": "the bytes are not UTF-8 and were read in the fallback encoding",
    "unbalanced-bracket": "a bracket on a line is never closed or closes nothing",
    "no-speaker-labels": "the page has markers but no line has a speaker label",
    "unparsed-date": "a line looks like a date but could not be read",
    "incomplete-date": "a date gives no year (and the page none) or no day; left out",
    "unknown-time-zone": "a date names a time zone the parser does not know",
    "trailing-text": "text after the end of the transcript was kept as a note",
    "not-a-transcript": (
        "the text is subtitles, a page that is no transcript (a listing, a page too short "
        "to hold speech), or has no labels and no markers"
    ),
    "inferred-host": "an unlabelled opening paragraph is taken as the host it names",
    "signed-commentary": "unlabelled speech is taken as the commentator who signs it off",
    "self-introduced": "a later unlabelled paragraph is taken as the speaker it opens naming",
    "lost-label": "a paragraph after a gap where a line was lost starts a turn of its own",
    "lost-character": "a character the text could not hold was replaced",
    "lone-surrogate": "a lone surrogate in the text was replaced",
    "text-before-transcript": "prose glued before a flattened transcript was kept as a note",
    "several-stories": "the page holds several stories and was read as one",
    "unclosed-clip": "a clip block opens but never ends",
    "unopened-clip": "a clip block ends but never opened",
    "unconfirmed-label": "a line opens like a label the page does not confirm; kept as text",
    "near-duplicate-label": "a label used once is one letter off another speaker's name",
    "unclosed-html-element": "an HTML element that holds text is never closed",
}
