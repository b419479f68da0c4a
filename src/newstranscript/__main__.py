"""``python -m newstranscript``: the converter."""

import sys

from newstranscript._cli import main

if __name__ == "__main__":
    sys.exit(main())
