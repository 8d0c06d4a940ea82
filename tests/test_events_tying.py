"""Every time-tying record proves itself: each example is tied by its record to the value it states,
each near-miss is tied by another record (or none) to its value, and every record fires on at least
one example of its own (like the temporal rules in ``test_rules.py``)."""

from __future__ import annotations

import pytest
from stages import events_of

from conflict_timeline import Event
from conflict_timeline.events import TIME_RULES, TieExample

EXAMPLES = [(r.name, ex) for r in TIME_RULES for ex in r.examples]
NEAR_MISSES = [(r.name, ex) for r in TIME_RULES for ex in r.near_misses]


def _event(ex: TieExample) -> Event:
    """The event (folded or not) whose own trigger is the example's occurrence of its trigger."""
    pos = -1
    for _ in range(ex.occurrence + 1):
        pos = ex.text.index(ex.trigger, pos + 1)
    evs = events_of(ex.text, ex.published, source="t")
    found = [e for e in evs if e.trigger.start == pos and e.trigger.text == ex.trigger]
    assert len(found) == 1, [(e.trigger.text, e.time_rule) for e in evs]
    return found[0]


def _value(ev: Event) -> str | None:
    return ev.when.value if ev.when is not None else None


@pytest.mark.parametrize("rule, ex", EXAMPLES, ids=[f"{n}:{e.text[:40]}" for n, e in EXAMPLES])
def test_record_example(rule: str, ex: TieExample) -> None:
    ev = _event(ex)
    assert (ev.time_rule, _value(ev)) == (rule, ex.value), ev.explanation
    assert ev.explanation


@pytest.mark.parametrize("rule, ex", NEAR_MISSES, ids=[f"{n}:{e.text[:40]}" for n, e in NEAR_MISSES])
def test_record_near_miss(rule: str, ex: TieExample) -> None:
    ev = _event(ex)
    assert ev.time_rule != rule, ev.explanation
    assert _value(ev) == ex.value, ev.explanation


def test_every_record_has_examples_and_near_misses_and_a_unique_name() -> None:
    names = [r.name for r in TIME_RULES]
    assert len(names) == len(set(names))
    for r in TIME_RULES:
        assert r.examples, f"record {r.name} has no examples"
        assert r.near_misses, f"record {r.name} has no near-misses"
        assert r.ties and r.explains


def test_every_record_fires_on_some_example() -> None:
    fired = {_event(ex).time_rule for _, ex in EXAMPLES}
    assert fired >= {r.name for r in TIME_RULES}, {r.name for r in TIME_RULES} - fired


def test_a_record_picks_a_time_or_finds_one_or_is_applied_by_the_article() -> None:
    for r in TIME_RULES:
        if r.scope == "sentence":
            assert (r.pick is None) != (r.find is None), r.name
        else:
            assert r.pick is None and r.find is None, r.name


def test_an_event_no_record_ties_says_so() -> None:
    (ev,) = events_of("Rebels seized the airport.", "2024-12-02")
    assert (ev.when, ev.time_rule) == (None, "none")
    assert "no time expression governs it" in ev.explanation


def test_the_explanation_names_the_signal_and_the_status_cue() -> None:
    (ev,) = events_of("Rebels reportedly seized the town of Saraqeb since Monday.", "2024-12-04")
    assert "signal 'since'" in ev.explanation and "status REPORTED from 'reportedly'" in ev.explanation
