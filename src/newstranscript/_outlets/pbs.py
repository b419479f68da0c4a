"""PBS: the NewsHour and Frontline."""

from newstranscript._outlets._conventions import Outlet

OUTLETS = (
    Outlet(
        "PBS",
        programmes=("PBS NewsHour", "NewsHour", "Frontline"),
        names=("PBS", "PBS NEWS"),
        label_names=("PBS",),
    ),
)
