"""The seed article's gold time expressions come out exactly: text, offsets, type, value."""

from __future__ import annotations

import json
from pathlib import Path

from conflict_timeline import find_expressions

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def test_seed_expressions_match_gold_exactly() -> None:
    gold = json.loads((SEEDS / "000_822785d56b3e9daf.gold.json").read_text(encoding="utf-8"))
    text = (SEEDS / gold["file"]).read_text(encoding="utf-8")
    found = find_expressions(text, published=gold["published"])
    got = [(e.start, e.end, e.text, e.type.value, e.value) for e in found]
    want = [(g["start"], g["end"], g["text"], g["type"], g["value"]) for g in gold["expressions"]]
    assert got == want
    signals = {g["start"]: g.get("signal") for g in gold["expressions"] if g.get("signal")}
    for e in found:
        if e.start in signals:
            assert e.signal == signals[e.start]
