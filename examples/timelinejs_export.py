"""Export a timeline to Knight Lab TimelineJS3 JSON, ready to publish.

Run:  python examples/timelinejs_export.py [OUT.json]   (default: timeline.json here)

Load the file with TimelineJS's own page (``new TL.Timeline('timeline-embed', 'timeline.json')``)
or its embed generator; the same export is ``conflict-timeline FILE --format timelinejs``.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from conflict_timeline import build_timeline
from conflict_timeline.inputs import ReadFailure, read_inputs

HERE = Path(__file__).resolve().parent


def main(out: Path) -> None:
    articles = [a for a in read_inputs([HERE / "articles"]) if not isinstance(a, ReadFailure)]
    tl = build_timeline(articles)
    doc = tl.to_timelinejs(title="The fall of Aleppo, as reported")
    out.write_text(json.dumps(doc, ensure_ascii=False, indent=2), encoding="utf-8")
    print(f"wrote {len(doc['events'])} slides to {out}")
    for slide in doc["events"][:3]:
        print(" ", slide["start_date"], slide.get("display_date", ""), "-", slide["text"]["headline"])


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("timeline.json"))
