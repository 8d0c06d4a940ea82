"""A folder of articles -> one merged timeline; events several articles report become one.

Run:  python examples/folder_merged.py [FOLDER]   (default: examples/articles)
"""

from __future__ import annotations

import sys
from pathlib import Path

from conflict_timeline import Article, build_timeline
from conflict_timeline.export import date_label
from conflict_timeline.inputs import ReadFailure, read_inputs

HERE = Path(__file__).resolve().parent


def main(folder: Path) -> int:
    articles: list[Article] = []
    for item in read_inputs([folder]):
        if isinstance(item, ReadFailure):  # a bad file is reported and skipped, never fatal
            print(f"skipped {item}", file=sys.stderr)
        else:
            articles.append(item)
    tl = build_timeline(articles)  # a list of Articles: one timeline, shared events merged
    print(f"{len(articles)} articles -> {len(tl)} dated events, {len(tl.undated)} undated\n")
    for ev in tl:
        sources = ", ".join(sorted({s.source for s in ev.sources}))
        print(f"{date_label(ev.when):<20} {ev.kind.value:<17} {ev.summary}  [{sources}]")
    uncertain = len(tl.uncertain_pairs)
    print(f"\n{uncertain} neighbouring pairs whose order the texts do not settle")
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "articles"))
