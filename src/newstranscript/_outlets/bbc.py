"""The BBC's World Service programmes."""

from newstranscript._outlets._conventions import Outlet

OUTLETS = (
    Outlet(
        "BBC",
        programmes=("BBC Newshour",),
        names=("BBC", "BBC NEWS"),
        label_names=("BBC",),
        signoffs=("BBC[ ]News", "BBC"),
    ),
)
