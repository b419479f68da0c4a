"""Public radio member stations: WNYC's programmes and a station page's own audio line."""

from newstranscript._outlets._conventions import Outlet

OUTLETS = (
    Outlet(
        "WNYC",
        programmes=("Radiolab", "The Takeaway"),
        names=("WNYC", "WNYC NEWS"),
        # A station page's ``Listen • 3:52``: the story's own audio, under the headline.
        player_items=("Listen ·", "Listen •"),
    ),
)
