"""PBS: the NewsHour and Frontline."""

from newstranscript._outlets._conventions import Outlet

OUTLETS = (
    Outlet(
        "PBS",
        programmes=("PBS NewsHour", "NewsHour", "Frontline"),
        names=("PBS", "PBS NEWS"),
        label_names=("PBS",),
        # PBS is an outlet only as its newsroom or its NewsHour.
        signoffs=("PBS[ ]NewsHour", r"PBS[ ]News(?!\p{L})"),
    ),
)
