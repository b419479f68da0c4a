"""A station's own copyright footer is page furniture naming the page's publisher; the
transcript's provider line stays the provider, wherever on the page the footer was scraped."""

from __future__ import annotations

import json

import jsonschema
import pytest
import yaml

import newstranscript
from tests.conftest import parse_accounted

TURN = "DANA HOLLOWAY, HOST: Good morning from the harbour.\n\n"
PROVIDER = "Transcript provided by NPR, Copyright NPR."


@pytest.mark.parametrize(
    ("footer", "publisher"),
    [
        ("© 2031 Harbor Bay Public Radio", "Harbor Bay Public Radio"),
        ("Copyright 2031 WHRN", "WHRN"),
        ("© 2031 KXRL-FM", "KXRL-FM"),
        ("© 2031 WQPR 88.5. All rights reserved.", "WQPR 88.5"),
        ("© 2031", None),
    ],
)
def test_a_footer_alone_on_its_line_is_furniture(footer: str, publisher: str | None) -> None:
    text = f"{TURN}{PROVIDER}\n\n{footer}\n"
    story = parse_accounted(text)
    assert story.provider == PROVIDER
    assert story.publisher == publisher
    assert [d.text for d in story.dropped if d.reason == "station copyright"] == [footer]


@pytest.mark.parametrize(
    "line",
    [
        "Copyright 2031 NPR. To see more, visit https://www.npr.org.",
        "Copyright 2031 WHRN. To see more, visit WHRN.",
        "Copyright 2031 Tidewater Evening. To see more, visit the programme's page.",
    ],
)
def test_a_copyright_line_that_says_more_than_a_name_stays_the_provider(line: str) -> None:
    story = parse_accounted(f"{TURN}{line}\n")
    assert story.provider == line
    assert story.publisher is None


def test_the_publisher_is_in_every_format_and_round_trips() -> None:
    story = parse_accounted(f"{TURN}{PROVIDER}\n\n© 2031 Harbor Bay Public Radio\n")
    document = newstranscript.to_json(story)
    assert json.loads(document)["publisher"] == "Harbor Bay Public Radio"
    jsonschema.validate(json.loads(document), newstranscript.json_schema())
    assert newstranscript.from_json(document) == story
    markdown = newstranscript.to_markdown(story, front_matter=True)
    assert yaml.safe_load(markdown.split("---\n", 2)[1])["publisher"] == "Harbor Bay Public Radio"


def test_a_document_without_the_field_reads_as_no_publisher() -> None:
    story = parse_accounted(f"{TURN}{PROVIDER}\n")
    document = json.loads(newstranscript.to_json(story))
    del document["publisher"]
    assert newstranscript.from_json(json.dumps(document)).publisher is None


def test_every_story_of_a_page_shares_its_footer() -> None:
    page = (
        "Gulls Return To The Pier\n\nDANA HOLLOWAY, HOST: The gulls are back.\n\n"
        f"{PROVIDER}\n\nFerries Run Late\n\nOMAR BEK, HOST: The ferries are late.\n\n"
        f"{PROVIDER}\n\n© 2031 Harbor Bay Public Radio\n"
    )
    stories = newstranscript.parse_many(page)
    assert len(stories) == 2
    assert [story.publisher for story in stories] == ["Harbor Bay Public Radio"] * 2


@pytest.mark.parametrize(
    "line", ["Copyright 2031 CNN. All rights reserved.", "© 2031 PBS", "Copyright 2031 BBC"]
)
def test_a_networks_own_line_in_a_footers_form_stays_the_provider(line: str) -> None:
    story = parse_accounted(f"{TURN}{line}\n")
    assert story.provider == line
    assert story.publisher is None
