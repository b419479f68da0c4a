"""Independent programmes and podcasts that are their own outlet."""

from newstranscript._outlets._conventions import Outlet

OUTLETS = (
    Outlet("Democracy Now!", programmes=("Democracy Now!",)),
    Outlet("This American Life", programmes=("This American Life",)),
)
