"""The seed article end to end: every gold event found, of the gold family, dated as the gold says.

"Found" means a timeline event whose trigger overlaps the gold trigger's
offsets and whose kind belongs to the gold family (``events.kind_family``).
"Dated as the gold says" means ``when.value`` equals the gold ``when``; a gold
``mod`` that is a TIMEX3 mod must be the span's mod, and the gold's "since"
must come out as an ongoing span. A gold ``status`` must be the event's status.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
from stages import events_of

from conflict_timeline import Event, Granularity, Mod, TemporalExpression, Timeline, TimeSpan, TimexType, build_timeline
from conflict_timeline.events import kind_family

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
SEED = "000_822785d56b3e9daf"
TEXT = (SEEDS / f"{SEED}.txt").read_text(encoding="utf-8")
GOLD: dict[str, Any] = json.loads((SEEDS / f"{SEED}.gold.json").read_text(encoding="utf-8"))
PUBLISHED = GOLD["published"]
GOLD_EVENTS = GOLD["events"]


def _matches(ev: Event, gold: dict[str, Any]) -> bool:
    overlaps = ev.trigger.start < gold["end"] and gold["start"] < ev.trigger.end
    return overlaps and kind_family(ev.kind) == gold["family"]


def _find(tl: Timeline, gold: dict[str, Any]) -> Event | None:
    found = [e for e in tl.all_events if _matches(e, gold)]
    return found[0] if len(found) == 1 else None


def _check_dated(ev: Event, gold: dict[str, Any]) -> None:
    assert ev.when is not None, ev.explanation
    assert ev.when.value == gold["when"], ev.explanation
    mod = gold.get("mod")
    if mod == "since":
        assert ev.when.ongoing and ev.when.start is not None
    else:
        assert not ev.when.is_open, ev.explanation  # "the onset of the civil war in 2011" is in 2011, not since
        assert ev.when.mod is (Mod(mod) if mod else None)
    if "status" in gold:
        assert ev.status.value == gold["status"].upper()
    assert ev.explanation


@pytest.fixture(scope="module")
def timeline() -> Timeline:
    return build_timeline(TEXT, published=PUBLISHED, source="seed-000")


@pytest.mark.parametrize("gold", GOLD_EVENTS, ids=[g["trigger"] for g in GOLD_EVENTS])
def test_every_gold_event_is_found_and_dated(timeline: Timeline, gold: dict[str, Any]) -> None:
    assert TEXT[gold["start"] : gold["end"]] == gold["trigger"]  # the gold file itself is sound
    ev = _find(timeline, gold)
    assert ev is not None, [(e.trigger.text, e.kind.value) for e in timeline.all_events]
    _check_dated(ev, gold)
    assert TEXT[ev.trigger.start : ev.trigger.end] == ev.trigger.text
    assert ev.summary and ev.sources and ev.sources[0].source == "seed-000"


def test_the_seed_timeline_reads_in_the_gold_order(timeline: Timeline) -> None:
    gold_by_event = {id(_find(timeline, g)): g for g in GOLD_EVENTS}
    order = [gold_by_event[id(e)]["when"] for e in timeline if id(e) in gold_by_event]
    assert order == ["2011", "2016", "2020", "2023", "2024-W48", "2024-12-02", "2024-12-02"]


def test_the_seed_details(timeline: Timeline) -> None:
    crossed = _find(timeline, GOLD_EVENTS[0])
    assert crossed is not None
    assert (crossed.actors, crossed.places, crossed.summary) == (
        ("Iran-backed Iraqi fighters",),
        ("Syria",),
        "Iran-backed Iraqi fighters crossed into Syria",
    )
    capture = _find(timeline, GOLD_EVENTS[3])
    assert capture is not None
    # "recently seized", "capture of", "takeover of" and "the fall of" Aleppo are one happening: the
    # dated "capture" leads it, "the fall of" only points back (a source of it), the others restate it
    assert sorted(r.trigger.text for r in capture.sources) == ["capture", "fall"]
    restating = sorted(e.trigger.text for e in timeline.all_events if e.restates == capture.trigger)
    assert restating == ["seized", "takeover"]
    assert all(e.when == capture.when for e in timeline.all_events if e.restates == capture.trigger)
    assert capture.places == ("Aleppo",)
    # the 2016 recapture is another event and stays one
    recapture = _find(timeline, GOLD_EVENTS[4])
    assert recapture is not None and recapture is not capture and len(recapture.sources) == 1


def test_the_seed_timeline_is_stable_under_rebuilding(timeline: Timeline) -> None:
    assert build_timeline(TEXT, published=PUBLISHED, source="seed-000") == timeline
    assert Timeline.merge(timeline, timeline) == timeline


# --- the tying logic alone, fed with the gold expressions --------------------------------------


def _gold_span(g: dict[str, Any], published: dt.date) -> TimeSpan | None:
    v = g["value"]
    if v == "PAST_REF":
        return TimeSpan(v, None, published)
    if v == "PRESENT_REF":
        return TimeSpan(v, published, published)
    if len(v) == 4:
        end: dt.date | None = dt.date(int(v), 12, 31)
        if g.get("signal") == "since" and v == "2020":  # the gold's own reading: ongoing since 2020
            end = None
        return TimeSpan(v, dt.date(int(v), 1, 1), end, Granularity.YEAR)
    if "-W" in v:
        monday = dt.date.fromisocalendar(int(v[:4]), int(v[6:]), 1)
        return TimeSpan(v, monday, monday + dt.timedelta(days=6), Granularity.WEEK)
    if len(v) == 10:
        d = dt.date.fromisoformat(v)
        return TimeSpan(v, d, d, Granularity.DAY)
    return None


def test_tying_with_the_gold_expressions() -> None:
    pub = dt.date.fromisoformat(PUBLISHED)
    exprs = [
        TemporalExpression(g["text"], g["start"], g["end"], TimexType(g["type"]), g["value"], span=_gold_span(g, pub))
        for g in GOLD["expressions"]
    ]
    tl = Timeline(events=tuple(events_of(TEXT, PUBLISHED, source="seed-000", expressions=exprs)))
    for g in GOLD_EVENTS:
        ev = _find(tl, g)
        assert ev is not None, g
        _check_dated(ev, g)
