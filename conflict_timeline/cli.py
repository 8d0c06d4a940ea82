"""The command line: a thin shell over the public API."""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from .resolve import find_expressions


def _published_for(path: Path) -> str | None:
    meta = path.with_suffix(".meta.json")
    if meta.exists():
        return json.loads(meta.read_text(encoding="utf-8")).get("published")
    return None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="conflict-timeline", description=__doc__)
    parser.add_argument("files", nargs="+", type=Path)
    parser.add_argument("--published")
    args = parser.parse_args(argv)
    for path in args.files:
        published = args.published or _published_for(path)
        text = path.read_text(encoding="utf-8")
        for e in find_expressions(text, published=published):
            print(f"{e.start:>6}-{e.end:<6} {e.text!r:<28} {e.type.value:<9} {e.value}")
    return 0
