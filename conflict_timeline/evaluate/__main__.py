"""``python -m conflict_timeline.evaluate``."""

from .command import run_main

run_main()
