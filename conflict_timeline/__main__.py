"""``python -m conflict_timeline``: the same command line as ``conflict-timeline``."""

import sys

from .cli import main

if __name__ == "__main__":
    sys.exit(main())
