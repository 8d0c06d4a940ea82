"""One article -> its timeline, with how every date was found.

Run:  python examples/one_article.py [ARTICLE.txt]   (default: the bundled seed article)
"""

from __future__ import annotations

import sys
from pathlib import Path

from conflict_timeline import build_timeline
from conflict_timeline.export import date_label
from conflict_timeline.inputs import read_inputs

ROOT = Path(__file__).resolve().parents[1]


def main(path: Path) -> None:
    # read_inputs finds the publication date in the sidecar seeds/....meta.json
    [article] = read_inputs([path])
    tl = build_timeline(article)
    print(f"{article.source}, published {article.published}: {len(tl)} dated events, {len(tl.undated)} undated\n")
    for ev in tl:
        # date_label reads the span for people: "week of 25 Nov 2024", "since 2020", "late 2016"
        print(f"{date_label(ev.when):<22} {ev.when.value:<11} {ev.kind.value:<17} {ev.summary}")
        if ev.time_source is not None:
            src = ev.time_source
            anchor = src.anchor.describe() if src.anchor is not None else "nothing (absolute)"
            print(f"{'':22} dated by {src.text!r} (rule {src.rule}), resolved against {anchor}")
    for ev in tl.undated:
        print(f"{'undated':<22} {'':<11} {ev.kind.value:<17} {ev.summary}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "seeds" / "000_822785d56b3e9daf.txt")
