"""Independent programmes and podcasts that are their own outlet."""

from newstranscript._outlets._conventions import STORY_LINE, Outlet

OUTLETS = (
    Outlet(
        "Democracy Now!",
        programmes=("Democracy Now!",),
        # the notice above every transcript, on the site and where it is reposted
        page_lines=("This is a rush transcript. Copy may not be in its final form.",),
        # the line under the story's title, its kind glued to its date ("StoryFebruary 19,
        # 2016"); a related story's line further down is the same shape, its title glued on
        furniture_by_reason=(
            (
                STORY_LINE,
                r"(?:Story|Special[ ]Broadcast|Web[ ]Exclusive|Headlines)"
                r"[A-Z][a-z]{2,8}[ ]\d{1,2},[ ]\d{4}[^\n]{0,200}",
            ),
        ),
        # the story page's other lines around the transcript: the video's options, the
        # newsletter's appeal
        furniture=(
            ("Media Options", r"Media[ ]Options"),
            ("Watch Full Show", r"Watch[ ]Full[ ]Show"),
            ("Related Stor", r"Related[ ]Stor(?:y|ies)"),
            (
                "Did you know that you can get Democracy Now!",
                r"Did[ ]you[ ]know[ ]that[ ]you[ ]can[ ]get[ ]Democracy[ ]Now![^\n]{0,300}",
            ),
            ("Sign up for Democracy Now!", r"Sign[ ]up[ ]for[ ]Democracy[ ]Now![^\n]{0,300}"),
        ),
    ),
    Outlet(
        "This American Life",
        programmes=("This American Life",),
        # each episode's parts: "Prologue", "Act One: The Lost Key", "Act Two. Found."
        headings=(
            ("Prologue", "Prologue"),
            ("Epilogue", "Epilogue"),
            ("Act ", r"Act[ ](?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|[1-9]\d?)"),
        ),
    ),
    # A podcast host whose episode pages print the show's notes, its supporters' appeal and
    # its tabs above the transcript; Buzzcast is the host's own show.
    Outlet(
        "Buzzsprout",
        programmes=("Buzzcast",),
        furniture=(
            ("Show Notes", r"Show[ ]Notes[ ]Transcript(?:[ ]Chapter[ ]Markers)?"),
            ("Become a supporter", r"Become[ ]a[ ]supporter[ ]of[ ]the[ ]show!?"),
            ("Starting at $", r"Starting[ ]at[ ]\$\d{1,4}(?:\.\d\d)?/month"),
            ("Support", r"Support(?:[ ]the[ ]show)?"),
            ("Contact Buzzcast", r"Contact[ ]Buzzcast"),
            ("Thanks for listening", r"Thanks[ ]for[ ]listening[ ]&[ ]keep[ ]podcasting!"),
        ),
        # the ways to reach the show, listed under its notes
        furniture_by_reason=(
            (
                "page link",
                r"""Send[ ]us[ ]a[ ](?i:text)(?:[ ](?i:message))?
                  | Tweet[ ]us[ ]at[ ]@[^\n]{1,160}
                  | Send[ ]a[ ]"?boostagram"?[^\n]{0,80}
                  | Email[ ]us[ ]at[ ][^\s@]{1,60}@[^\s@]{1,60}""",
            ),
        ),
        # the show's name before "Supporter", in its supporters' box
        furniture_within=(("Supporter", r"\p{Lu}[\p{L}\d ]{0,60}[ ]Supporter"),),
    ),
    # A podcast network's episode page: the artwork's text under the title, and the heading
    # of its links to the apps, right above the transcript.
    Outlet(
        "Gimlet",
        furniture=(
            ("Background show artwork", r"Background[ ]show[ ]artwork[ ]for[ ][^\n]{1,80}"),
            ("Where to Listen", r"Where[ ]to[ ]Listen"),
        ),
    ),
    # A transcription service's podcast pages: its request button, the episode's age and
    # views, and the line saying whose transcript it is; the title follows "Transcript of".
    Outlet(
        "Happy Scribe",
        furniture=(
            ("Request Podcast", r"Request[ ]Podcast"),
            (
                "Published",
                r"Published[ ][^\n]{1,30}[ ]ago[ ]\d[\d,.]{0,12}[kKmM]?[ ]views",
            ),
            (
                "Transcription of",
                r"Transcription[ ]of[ ][^\n]{1,200}[ ]from[ ][^\n]{1,100}[ ]Podcast",
            ),
        ),
        glued_furniture=(("Transcript of ", r"Transcript[ ]of[ ]"),),
    ),
    # A podcast host whose pages wrap any show's transcript in its own lines: no programme
    # of its own, only the furniture.
    Outlet(
        "iHeart",
        furniture=(
            ("Episode Transcript", r"Episode[ ]Transcript"),
            (
                "Available transcripts are automatically generated",
                r"Available[ ]transcripts[ ]are[ ]automatically[ ]generated\.[^\n]{0,80}",
            ),
        ),
    ),
)
