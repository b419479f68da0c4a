"""Pages that are not transcripts: listings and pages too short to hold speech have no turns,
their words are dropped with a reason, and one diagnostic says what was seen; a page with
any transcript cue, or an unlabelled page without a listing's shapes, is still read as speech.

Every page here is fiction, written in the shapes real index, programme, people, term and
player pages show.
"""

from __future__ import annotations

import pytest

import newstranscript
from newstranscript._parse import page_kind

# npr.org's section index: each listed story with its photo credit, its headline, its teaser
# and its own player block.
SECTION_INDEX = """\
Harbor Desk : NPR

Harbor Desk
Stories from the working waterfront

A ferry idles at the Quill Point dock. Mara Fenn/NPR hide caption
toggle caption
Mara Fenn/NPR

Why The Night Ferry Keeps Running Late
The tide tables changed in spring, and the timetable never caught up with them.

  • Download
  • <iframe src="https://www.npr.org/player/embed/5550001/5550002" width="100%" height="290" \
frameborder="0" scrolling="no" title="NPR embedded audio player">
  • Transcript

Nets drying on the pier at Lark Island. Oskar Lind for NPR hide caption
toggle caption
Oskar Lind for NPR

Net Menders Teach A New Crew
Three retired menders hold classes in the old cannery every Thursday night.

  • Download
  • <iframe src="https://www.npr.org/player/embed/5550003/5550004" width="100%" height="290" \
frameborder="0" scrolling="no" title="NPR embedded audio player">
  • Transcript
"""

# A station's programme page: its air time and host, a blurb, then each episode's headline,
# date and teaser.
PROGRAMME_LISTING = """\
Tidewater Evening | Harbor Bay Radio

Tidewater Evening
Weekdays, 5pm - 6:30pm
  • Hosted by Dana Holloway

Tidewater Evening brings the news of the coast home every weekday at five, with the people \
who live and work along it.

Keepers Vote To Stay On The Point
March 4, 2031
The keepers of the point light met on Tuesday and decided the light stays lit for another \
winter at least.

Harbor Pilots Ask For A Second Boat
March 3, 2031
With one pilot boat in the yard for repairs, the pilots say the bar crossing waits too long.

Oyster Beds Recover After The Cold Snap
March 2, 2031
Growers on the east flats report the beds came through the frost better than they feared.

Lighthouse School Opens Its Doors
March 1, 2031
A dozen students began the first course for keepers the coast has run in forty years.
"""

# A station's people page: the host's portrait credit, a bio, then their latest stories.
PEOPLE_PAGE = """\
Dana Holloway | Harbor Bay Radio

Dana Holloway
Host, Tidewater Evening

Dana Holloway at the Harbor Bay studio. Photo: Leo Tran

Dana Holloway has hosted Tidewater Evening since the station moved to the old customs \
house, after ten years reporting from the islands for the morning programme.

Stories By Dana Holloway

The Last Ice Road Of The Season
February 20, 2031
Trucks crossed the frozen sound one more time before the thaw closed the road for the year.

A Choir Sings In The Lighthouse
February 13, 2031
The island choir found the lamp room's echo suits a winter carol better than any church.
"""

# A term page: stories filed under one word, each with a photo credit and a teaser.
TERM_PAGE = """\
radio | Harbor Bay Radio

radio

Old receivers lined up on a shelf at the museum.
(Ana Ruiz / Harbor Bay Radio)

Museum Tunes In To A Century Of Broadcasts
The maritime museum opens a room of ship radios, each one tuned to a recording of its era.

A ham operator at her desk on Lark Island.
(Leo Tran / Harbor Bay Radio)

Island Radio Club Reaches A Ship In The Ice
Club members kept in touch with a research ship frozen in for the winter, every night at nine.

Read more
"""

# A daily programme's rundown: each segment's picture credited to a news agency in brackets.
RUNDOWN = """\
Harbor Midday | Harbor Bay Radio

Harbor Midday Rundown For March 4, 2031

(AP)
Ice Closes The Northern Channel
The channel froze overnight, and the ferries to the outer islands wait at the breakwater.

(AP)
Pilots Hold A Vote On A Second Boat
The harbor pilots meet at noon to decide whether to lease a boat while theirs is repaired.

(AP)
A Museum Of Ship Radios Opens
The maritime museum's new room holds forty receivers, each tuned to a recording of its era.
"""

# A station's weekly schedule: each slot's day, time and programme, and what it holds.
SCHEDULE = """\
Harbor Bay Radio: This Week's Schedule

MONDAY 4 MARCH 2031
MON 06:00 Morning Tide
News, weather and the ferry times for the islands, with Dana Holloway.
MON 09:00 The Harbor Hour
Listeners call in about the week's catch, the council's plans and the state of the roads.
MON 12:00 Midday News
The news at noon, and the shipping forecast for the coast.
MON 17:00 Tidewater Evening
The day on the coast, with the people who live and work along it.
"""

# A server error page: the site's menu and nothing else.
ERROR_PAGE = """\
Skip to content
Menu
Harbor Bay Radio
Tidewater Evening
About The Show
Past Episodes
Meet The Hosts
Listen Live
Schedule
Podcasts
Donate
Become A Member
Volunteer
Contact Us
Something went wrong on our end.
Back To Home
"""

# An embedded player's page: the player's caption and nothing more.
PLAYER_EMBED = """\
Embedded Player Dana Holloway talks with the keepers of the Quill Point light about their \
vote to stay on for another winter, and what the light still does for the fishing fleet.
"""

LISTINGS = {
    "section index": SECTION_INDEX,
    "programme listing": PROGRAMME_LISTING,
    "people page": PEOPLE_PAGE,
    "term page": TERM_PAGE,
    "rundown": RUNDOWN,
    "schedule": SCHEDULE,
    "error page": ERROR_PAGE,
    "player embed": PLAYER_EMBED,
}


@pytest.mark.parametrize("text", LISTINGS.values(), ids=LISTINGS.keys())
def test_a_page_that_is_not_a_transcript_has_no_turns(text: str) -> None:
    story = newstranscript.parse(text)
    assert story.segments == ()
    assert story.speakers == ()
    assert [d.code for d in story.diagnostics] == ["not-a-transcript"]
    # nothing silently lost: every word is in the headline or in dropped with its reason
    assert newstranscript.audit(story, text).clean
    with pytest.raises(newstranscript.ParseError, match="not-a-transcript"):
        newstranscript.parse(text, strict=True)


@pytest.mark.parametrize(
    ("text", "seen"),
    [
        (SECTION_INDEX, "the players of 2 different stories"),
        (
            PROGRAMME_LISTING,
            "date lines (4), air-time lines (2), headlines each followed by a teaser (4)",
        ),
        (PEOPLE_PAGE, "photo credits (1), date lines (2), headlines each followed by a teaser (2)"),
        (TERM_PAGE, "photo credits (2), link lines (1), headlines each followed by a teaser (1)"),
        (RUNDOWN, "photo credits (3), headlines each followed by a teaser (2)"),
        (SCHEDULE, "air-time lines (4)"),
        (ERROR_PAGE, "a page of navigation: 15 lines of one to three words"),
        (PLAYER_EMBED, "characters of text, too few to hold a transcript"),
    ],
    ids=LISTINGS.keys(),
)
def test_the_diagnostic_says_what_was_seen(text: str, seen: str) -> None:
    (diagnostic,) = newstranscript.parse(text).diagnostics
    assert seen in diagnostic.message
    assert (diagnostic.line, diagnostic.column) == (1, 1)


def test_a_listing_keeps_its_header_as_a_programme_page_layout_reads_it() -> None:
    """The programme's own block is dropped as its description, never taken for the
    headline (a show's name is no story's title), and every later line is kept as dropped."""
    story = newstranscript.parse(PROGRAMME_LISTING)
    assert story.headline is not None
    assert "Tidewater Evening" not in story.headline
    assert story.teaser is None  # the first episode's teaser is no teaser of the page
    described = [d.text for d in story.dropped if d.reason == "programme description"]
    assert described[:2] == ["Tidewater Evening | Harbor Bay Radio", "Tidewater Evening"]
    dropped = [d.text for d in story.dropped if d.reason == "not a transcript"]
    assert "Harbor Pilots Ask For A Second Boat" in dropped
    assert "March 3, 2031" in dropped  # the first date line is the page's date
    assert newstranscript.audit(story, PROGRAMME_LISTING).clean


MONOLOGUE = """\
Why I Stayed | Harbor Bay Radio

Why I Stayed

When the station asked who would move to the new building, I said I would stay on the \
island. I have read the news from this little room for twenty years, and the tide has come \
in under the window every one of them.

People ask whether it is lonely. It is not. The ferry brings the papers at seven, the \
fishermen call in the catch at nine, and by noon half the island has stopped by the door to \
tell me what I got wrong.

So I am staying. The new building is very fine, and I hope my colleagues are happy there. \
But somebody has to hear the tide.
"""


def test_prose_that_nothing_marks_as_spoken_is_no_transcript() -> None:
    # a person's page, an article or an index reads like this far more often than a
    # monologue that lost its labels: its words are kept in dropped, not made turns
    story = newstranscript.parse(MONOLOGUE)
    assert story.segments == ()
    assert story.headline == "Why I Stayed"
    assert [d.code for d in story.diagnostics] == ["not-a-transcript"]
    assert "prose under no player of its own story" in story.diagnostics[0].message
    dropped = " ".join(d.text for d in story.dropped if d.reason == "not a transcript")
    assert "somebody has to hear the tide" in dropped
    assert newstranscript.audit(story, MONOLOGUE).clean


SIGNED_COMMENTARY = """\
The Bells Of The Point

The ferry bell rang twice that morning, and I knew the fog had beaten the pilot again. On \
the island we count the bells the way other people count the hours, and nobody minds.

I have lived here for thirty years. The pilot has changed four times, the ferry twice, and \
the bell not once. When it rings twice, the children stay home and the shop opens late.

Some mornings I walk to the landing anyway, to watch the fog sit on the water and wait.

{signoff}

Wren Talbot keeps the light on Harbor Point and writes about the island.
"""


@pytest.mark.parametrize(
    "signoff",
    ["With a Perspective, I'm Wren Talbot.", "For Harbor Bay Radio, this is Wren Talbot."],
)
def test_a_commentary_signed_off_by_its_reader_is_theirs(signoff: str) -> None:
    story = newstranscript.parse(SIGNED_COMMENTARY.format(signoff=signoff))
    assert [(turn.speaker, turn.basis) for turn in story.turns] == [("wren-talbot", "self-intro")]
    assert story.speakers[0].name == "Wren Talbot"
    assert [d.code for d in story.diagnostics] == ["signed-commentary"]
    assert signoff in story.turns[0].text
    assert not any(d.reason == "not a transcript" for d in story.dropped)


def test_a_sign_off_inside_a_sentence_names_nobody() -> None:
    # the name must end its line: "this is Wren Talbot" in running prose is no sign-off
    text = SIGNED_COMMENTARY.format(
        signoff="People say, this is Wren Talbot country, and they point at the lighthouse."
    )
    story = newstranscript.parse(text)
    assert story.segments == ()


def test_a_title_with_a_colon_does_not_make_prose_a_transcript() -> None:
    # a column's title reads like a label once; a transcript's turns would each open so
    head, _, rest = MONOLOGUE.partition("When the station")
    text = head + "Harbor Diary: The Week The Ferry Stopped\n\n" + "When the station" + rest
    story = newstranscript.parse(text)
    assert story.segments == ()
    assert any(d.reason == "not a transcript" for d in story.dropped)


def test_prose_whose_lines_open_like_labels_keeps_its_words_as_speech() -> None:
    text = (
        "Tidewater Stories\n\n"
        + "Keeper Ana: "
        + "The light came on at dusk and stayed on until the boats were in. " * 4
        + "\n\nKeeper Jo: "
        + "We counted them in one by one from the gallery, and wrote each one down. " * 4
        + "\n"
    )
    story = newstranscript.parse(text)
    assert story.turns
    assert not any(d.reason == "not a transcript" for d in story.dropped)


@pytest.mark.parametrize(
    "cue",
    [
        "Play associated audio\n\n",  # a station page's player of its own story
        "Listen · 4:12\n\n",
        "  • Download\n\n",  # npr.org's player item
        "Transcript\n\n",  # the heading above a transcript
    ],
    ids=["associated audio", "listen", "download", "transcript heading"],
)
def test_an_unlabelled_monologue_under_its_own_player_is_still_speech(cue: str) -> None:
    head, _, rest = MONOLOGUE.partition("When the station")
    story = newstranscript.parse(head + cue + "When the station" + rest)
    assert [turn.speaker for turn in story.turns] == [None]
    assert story.turns[-1].text.endswith("somebody has to hear the tide.")
    assert not any(d.reason == "not a transcript" for d in story.dropped)


@pytest.mark.parametrize(
    "cue",
    [
        "Transcript\n\n",  # the heading npr.org prints above a transcript
        "DANA HOLLOWAY, HOST: Good evening.\n\n",  # a label
        "(SOUNDBITE OF WAVES)\n\n",  # a marker
        "Good evening. I'm Dana Holloway.\n\n",  # a host who says who they are
    ],
    ids=["transcript heading", "label", "marker", "host intro"],
)
def test_a_transcript_cue_keeps_a_listing_shaped_page_a_transcript(cue: str) -> None:
    head, _, rest = PROGRAMME_LISTING.partition("Keepers Vote")
    text = head + cue + "Keepers Vote" + rest
    story = newstranscript.parse(text)
    assert story.turns
    assert not any(d.reason == "not a transcript" for d in story.dropped)


# npr.org's title and player above a transcript that lost every label line, with the photo
# credits and the date of its page: a listing's lines, but under a transcript's header.
TITLED_LOST_LABELS = """\
Orchard Growers Count The Cost Of A Late Frost
  • Download
  • <iframe src="https://www.npr.org/player/embed/1000000003/1000000004" width="100%" \
height="290" frameborder="0" scrolling="no" title="NPR embedded audio player">
  • Transcript

A frost in late April killed most of the apple blossom in the Tarrow Valley.

April 30, 2031 5:00 AM ET

Apple blossom on a branch in the Tarrow Valley. Nell Okonkwo for NPR hide caption
toggle caption
Nell Okonkwo for NPR

Growers in the Tarrow Valley say one cold night in April cost them most of this year's \
apples, and the state is weighing loans to see them through to next spring.

The trees look healthy. The leaves are green and thick. But the grower turns a branch over \
and there is nothing on it, only the small brown knobs where the blossom froze.

You see those? Every one of those was going to be an apple, and there are thousands of them \
on this row alone.
"""


def test_a_transcript_page_header_keeps_a_page_that_lost_its_labels_a_transcript() -> None:
    story = newstranscript.parse(TITLED_LOST_LABELS)
    assert story.headline == "Orchard Growers Count The Cost Of A Late Frost"
    assert story.turns
    assert not any(d.reason == "not a transcript" for d in story.dropped)
    assert newstranscript.audit(story, TITLED_LOST_LABELS).clean


def test_a_short_page_whose_lines_open_like_labels_keeps_its_words() -> None:
    story = newstranscript.parse("Judy Marsh: Hi there.\n\nLeo Tran:\nHello.\n")
    assert story.turns
    assert not any(d.reason == "not a transcript" for d in story.dropped)


def test_a_listing_of_several_stories_read_apart_has_no_turns_in_any() -> None:
    for story in newstranscript.parse_many(PROGRAMME_LISTING):
        assert story.turns == ()


def test_the_thresholds_are_named() -> None:
    # the judgement reads these, so the development set can tune them in one place
    assert page_kind.MIN_SPEECH > 0
    assert 0 < page_kind.MENU_SHARE < 1
    assert page_kind.LISTING_LINES > 1
    assert page_kind.LISTED_PLAYERS > 1


# A news feed saved as its markup: its items' titles and summaries, HTML inside.
FEED = """\
<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
  <channel>
    <title>Harbor Desk</title>
    <description>Stories from the working waterfront</description>
    <item>
      <title>Why The Night Ferry Keeps Running Late</title>
      <description>The tide tables changed in spring, and nobody told the timetable.</description>
      <content:encoded><![CDATA[<p>The ferry captains say the schedule was written for a
      harbor that silted up years ago. (Mara Fenn/NPR)</p>]]></content:encoded>
    </item>
  </channel>
</rss>
"""


def test_a_news_feed_s_markup_is_no_transcript_and_has_no_headline() -> None:
    story = newstranscript.parse(FEED)
    assert story.segments == ()
    assert story.headline is None  # no tag line of the markup is a title a reader knows
    assert "a news feed" in story.diagnostics[0].message
    assert newstranscript.audit(story, FEED).clean


def test_captions_with_a_from_to_timecode_under_each_line_are_no_transcript() -> None:
    # a subtitle archive's 'Transcript': each caption line, then when it was shown
    lines = [
        "Good morning and welcome. The harbor is quiet, the",
        "boats are in, and the council has a plan for the",
        "old ferry slip that nobody",
        "expected. Our guest this week",
        "runs the fishermen's co-op, and she has",
        "thoughts about the plan that she wants",
        "to share with all of",
        "you. Welcome to the",
        "programme. Thank you, it is good to be",
        "here on a morning like",
        "this one.",
    ]
    body = "\n\n".join(
        f"{line}\n\n:00:{2 * n:02d}.:00:{2 * n + 1:02d}." for n, line in enumerate(lines)
    )
    text = "The Harbor Hour\n\nTranscript\n\nLineFromTo\n\n" + body + "\n"
    story = newstranscript.parse(text)
    assert story.turns == ()
    assert "speech-to-text" in story.diagnostics[-1].message
    assert newstranscript.audit(story, text).clean


def test_an_npr_person_page_prints_its_own_headings_as_furniture() -> None:
    text = (
        "Lena Fairweather\n\nStories By\n\nLena Fairweather\n\nReporter, Harbor Desk\n\n"
        "Lena Fairweather covers the harbor and the ferries for the network.\n\n"
        "[+] read more[-] less\n\nStory Archive\n\n"
        "The ferry board met late on Tuesday to weigh a second boat.\n"
    )
    story = newstranscript.parse(text)
    dropped = {item.text: item.reason for item in story.dropped}
    for line in ("Stories By", "Story Archive", "[+] read more[-] less"):
        assert dropped.get(line) == "navigation", line
    assert all(line not in turn.text for turn in story.turns for line in dropped)
