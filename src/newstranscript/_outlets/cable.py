"""Cable networks named in staff labels (``..., FOX NEWS ANCHOR``), with no programme of the
table."""

from newstranscript._outlets._conventions import Outlet

OUTLETS = (
    Outlet("MSNBC", label_names=("MSNBC",)),
    Outlet("Fox News", label_names=("FOX[ ]NEWS",)),
)
