"""Independent programmes and podcasts that are their own outlet."""

from newstranscript._outlets._conventions import Outlet

OUTLETS = (
    Outlet("Democracy Now!", programmes=("Democracy Now!",)),
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
