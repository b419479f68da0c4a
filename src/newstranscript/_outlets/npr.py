"""NPR and npr.org: the network's programmes and the audio player block under a headline."""

from newstranscript._outlets._conventions import TITLE_ABOVE_PLAYER, Outlet

OUTLETS = (
    Outlet(
        "NPR",
        programmes=(
            "Morning Edition",
            "All Things Considered",
            "Weekend All Things Considered",
            "Weekend Edition Saturday",
            "Weekend Edition Sunday",
            "Weekend Edition",
            "Talk of the Nation",
            "Fresh Air",
            "Here & Now",
            "Day to Day",
            "News & Notes",
            "Tell Me More",
            "Science Friday",
            "Up First",
            # the network's podcasts, whose names a page title line runs into its summary
            "Hidden Brain",
            "Planet Money",
            "The Indicator from Planet Money",
            "Invisibilia",
            "Throughline",
            "Short Wave",
            "Consider This",
            "Code Switch",
            "Rough Translation",
            "TED Radio Hour",
            "Ask Me Another",
            "Life Kit",
        ),
        names=("NPR", "NPR NEWS"),
        label_names=("NPR",),
        signoffs=("NPR[ ]News", "NPR"),
        # npr.org's older templates open with the site's logo as a line of its own.
        page_lines=("NPR logo",),
        # npr.org prints its player right under the title; the block follows the headline,
        # and the title and the block may be printed again before the transcript.
        player_items=("Playlist", "Download", "Embed", "Transcript", "<iframe"),
        # A person's page on npr.org (``/people/ID/name``): the headings of its story list
        # and the toggle of its bio, each alone on its line.
        furniture=(
            ("Stories By", r"Stories[ ]By"),
            ("Story Archive", r"Story[ ]Archive"),
            ("[+] read more", r"\[\+\][ ]read[ ]more\[-\][ ]less"),
        ),
        layouts=frozenset({TITLE_ABOVE_PLAYER}),
    ),
)
