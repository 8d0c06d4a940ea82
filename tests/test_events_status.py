"""Every status record proves itself: each example gets its record's status from that record, each
near-miss gets the status it states from another record (or none), and every record fires on at
least one example of its own."""

from __future__ import annotations

import pytest
from stages import events_of

from conflict_timeline import Event
from conflict_timeline.events import STATUS_RULES, StatusExample

EXAMPLES = [(r.name, ex) for r in STATUS_RULES for ex in r.examples]
NEAR_MISSES = [(r.name, ex) for r in STATUS_RULES for ex in r.near_misses]


def _event(ex: StatusExample) -> Event:
    evs = [e for e in events_of(ex.text, "2024-12-02", source="t") if e.trigger.text == ex.trigger]
    assert len(evs) == 1, [(e.trigger.text, e.status) for e in events_of(ex.text, "2024-12-02")]
    return evs[0]


@pytest.mark.parametrize("rule, ex", EXAMPLES, ids=[f"{n}:{e.text[:40]}" for n, e in EXAMPLES])
def test_status_example(rule: str, ex: StatusExample) -> None:
    ev = _event(ex)
    assert (ev.status_rule, ev.status) == (rule, ex.status), ev.explanation


@pytest.mark.parametrize("rule, ex", NEAR_MISSES, ids=[f"{n}:{e.text[:40]}" for n, e in NEAR_MISSES])
def test_status_near_miss(rule: str, ex: StatusExample) -> None:
    ev = _event(ex)
    assert ev.status_rule != rule and ev.status is ex.status, ev.explanation


def test_every_status_record_has_examples_and_a_unique_name() -> None:
    names = [r.name for r in STATUS_RULES]
    assert len(names) == len(set(names)) and "asserted" not in names
    assert all(r.examples and r.near_misses and r.cues for r in STATUS_RULES)


def test_every_status_record_fires_on_some_example() -> None:
    fired = {_event(ex).status_rule for _, ex in EXAMPLES}
    assert fired >= {r.name for r in STATUS_RULES}, {r.name for r in STATUS_RULES} - fired


def test_the_explanation_names_the_status_cue() -> None:
    (ev,) = events_of("Rebels seized the airport on Sunday, officials said.", "2024-12-02")
    assert ev.explanation.endswith("status REPORTED from 'said'")
