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
        # The video page of pbs.org and of member stations' sites, around its captions or
        # transcript: the episode's air date or number and length, the player's help line,
        # how to watch the show, the funders.
        furniture=(
            (
                "Problems playing video?",
                r"Problems[ ]playing[ ]video\?[ ]\|[ ]Closed[ ]Captioning[ ]Feedback",
            ),
            ("How to Watch ", r"How[ ]to[ ]Watch[ ][^\n]{1,80}"),
            ("Providing Support", r"Providing[ ]Support[ ]for[ ]PBS\.org"),
            (
                "Major corporate funding",
                r"Major[ ]corporate[ ]funding[ ]for[ ]the[ ]PBS[ ]News[ ]?Hour[ ]is[ ]provided"
                r"[^\n]*",
            ),
            ("Buy Now", r"Buy[ ]Now"),
            # the glued line, alone on its line
            ("Learn More", r"Learn[ ]More[ ]?about[ ]PBS[ ]online[ ]sponsorship"),
        ),
        furniture_within=(
            (
                "Video has Closed Captions",
                r"[^\n|]{1,80}[ ]\|[ ]\d{1,3}m[ ]\d{1,2}s[ ]?Video[ ]has[ ]Closed[ ]Captions",
            ),
            (
                " is available to stream on pbs.org",
                r"[^\n]{1,80}[ ]is[ ]available[ ]to[ ]stream[ ]on[ ]pbs\.org[^\n]*",
            ),
            (
                " is a local public television program",
                r"[^\n]{1,80}[ ]is[ ]a[ ]local[ ]public[ ]television[ ]program[ ]presented"
                r"[ ]by[^\n]*",
            ),
        ),
        glued_furniture=(("Learn More", r"Learn[ ]More[ ]?about[ ]PBS[ ]online[ ]sponsorship"),),
    ),
)
