"""CNN's transcript pages: the page line, the show name under it, and the closing ``END``."""

from newstranscript._outlets._conventions import SHOW_NAME_AFTER_PAGE_LINE, Outlet

OUTLETS = (
    Outlet(
        "CNN",
        programmes=(
            "CNN Newsroom",
            "CNN This Morning",
            "Early Start",
            "New Day",
            "The Situation Room",
            "State of the Union",
            "Inside Politics",
        ),
        names=("CNN", "CNN NEWS"),
        label_names=("CNN",),
        # "CNN News" is named whole, before the bare name: without it "I'm Rhea Dalton, CNN
        # News." read as CNN with the dateline "News".
        signoffs=("CNN[ ]News", "CNN"),
        page_lines=("Return to Transcripts main page",),
        closing_lines=("END",),
        layouts=frozenset({SHOW_NAME_AFTER_PAGE_LINE}),
    ),
)
