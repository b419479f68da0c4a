"""Public radio member stations: WNYC's programmes and a station page's own audio line."""

from newstranscript._outlets._conventions import Outlet

OUTLETS = (
    Outlet(
        "WNYC",
        programmes=("Radiolab", "The Takeaway"),
        names=("WNYC", "WNYC NEWS"),
        # Any member station's newsroom: call letters and "News" (``WBUR News``).
        signoffs=("WNYC[ ]News", "WNYC", r"[KW]\p{Lu}{2,3}[ ]News(?!\p{L})"),
        # A station page's ``Listen • 3:52``: the story's own audio, under the headline.
        player_items=("Listen ·", "Listen •"),
    ),
)
