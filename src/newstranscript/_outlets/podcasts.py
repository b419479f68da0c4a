"""Independent programmes and podcasts that are their own outlet."""

from newstranscript._outlets._conventions import Outlet

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
            r"(?:Story|Special[ ]Broadcast|Web[ ]Exclusive|Headlines?)"
            r"(?:[A-Z][a-z]{2,8}[ ]\d{1,2},[ ]\d{4})[^\n]{0,200}",
            r"Media[ ]Options",
            r"Watch[ ]Full[ ]Show",
            r"Related[ ]Stor(?:y|ies)",
            r"(?:Did[ ]you[ ]know[ ]that[ ]you[ ]can[ ]get|Sign[ ]up[ ]for)[ ]Democracy[ ]Now!"
            r"[^\n]{0,300}",
        ),
    ),
    Outlet(
        "This American Life",
        programmes=("This American Life",),
        # each episode's parts: "Prologue", "Act One: The Lost Key", "Act Two. Found."
        headings=(
            "Prologue",
            "Epilogue",
            r"Act[ ](?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|[1-9]\d?)",
        ),
    ),
)
