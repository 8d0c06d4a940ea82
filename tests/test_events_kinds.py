"""Every kind record proves itself: each example gets the kind and ACLED sub-type it states, each
near-miss those it states from another record (or from its entry), every record fires on some
example; and every event's ACLED type is the type of its sub-type and allowed for its kind."""

from __future__ import annotations

import pytest
from stages import events_of

from conflict_timeline import Event, EventKind
from conflict_timeline.events.kinds import KIND_RULES, KindExample
from conflict_timeline.lexicon import acled as A
from conflict_timeline.lexicon.triggers import TRIGGERS

EXAMPLES = [(r.name, ex) for r in KIND_RULES for ex in r.examples]
NEAR_MISSES = [(r.name, ex) for r in KIND_RULES for ex in r.near_misses]


def _event(ex: KindExample) -> Event:
    evs = [e for e in events_of(ex.text, "2024-12-02", source="t") if e.trigger.text == ex.trigger]
    assert len(evs) == 1, [(e.trigger.text, e.kind) for e in events_of(ex.text, "2024-12-02")]
    return evs[0]


@pytest.mark.parametrize("rule, ex", EXAMPLES, ids=[f"{n}:{e.text[:40]}" for n, e in EXAMPLES])
def test_kind_example(rule: str, ex: KindExample) -> None:
    ev = _event(ex)
    assert (ev.kind, ev.acled_sub_event_type) == (ex.kind, ex.acled), ev.explanation
    assert rule in ev.explanation


@pytest.mark.parametrize("rule, ex", NEAR_MISSES, ids=[f"{n}:{e.text[:40]}" for n, e in NEAR_MISSES])
def test_kind_near_miss(rule: str, ex: KindExample) -> None:
    ev = _event(ex)
    assert (ev.kind, ev.acled_sub_event_type) == (ex.kind, ex.acled)
    assert f"kind record {rule!r}" not in ev.explanation


def test_every_kind_record_has_examples_near_misses_and_a_known_table() -> None:
    from conflict_timeline.lexicon import event_contexts as CX

    names = [r.name for r in KIND_RULES]
    assert len(names) == len(set(names))
    entries = {t.name for t in TRIGGERS}
    for r in KIND_RULES:
        assert r.examples and r.near_misses and hasattr(CX, r.words), r.name
        assert r.entries <= entries, r.entries - entries
        assert not r.acled or r.acled in A.SUB_TYPES


def test_every_kind_record_fires_on_some_example() -> None:
    fired = {name for name, ex in EXAMPLES if f"kind record {name!r}" in _event(ex).explanation}
    assert fired == {r.name for r in KIND_RULES}


def test_acled_types_are_consistent_with_the_kind_for_every_entry_and_example() -> None:
    for t in TRIGGERS:
        assert not t.acled or t.acled in A.SUB_TYPES, t.name
        for ex in t.examples:
            for ev in events_of(ex.replace("[", "").replace("]", ""), "2024-12-02"):
                assert A.SUB_TYPES[ev.acled_sub_event_type] == ev.acled_event_type
                assert ev.acled_event_type in A.KIND_TYPES[ev.kind], (ex, ev.kind, ev.acled_event_type)


def test_every_kind_has_a_default_acled_sub_type_of_an_allowed_type() -> None:
    for kind in EventKind:
        assert A.SUB_TYPES[A.KIND_DEFAULTS[kind]] in A.KIND_TYPES[kind]
