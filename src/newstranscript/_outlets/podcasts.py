"""Independent programmes and podcasts that are their own outlet."""

from newstranscript._outlets._conventions import Outlet


def _verbose_words(words: str) -> str:
    """``words`` as a VERBOSE pattern, where a plain space would be ignored."""
    return words.replace(" ", "[ ]")


OUTLETS = (
    Outlet(
        "Democracy Now!",
        programmes=("Democracy Now!",),
        # the notice above every transcript, on the site and where it is reposted
        page_lines=("This is a rush transcript. Copy may not be in its final form.",),
        # the story page's lines around the transcript: its kind glued to its date
        # ("StoryFebruary 19, 2016"), the video's options, a related story (its kind, date
        # and title glued together), the newsletter's appeal
        furniture=(
            *(
                (kind, _verbose_words(kind) + r"[A-Z][a-z]{2,8}[ ]\d{1,2},[ ]\d{4}[^\n]{0,200}")
                for kind in ("Story", "Special Broadcast", "Web Exclusive", "Headlines")
            ),
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
