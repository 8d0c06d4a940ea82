"""Merging across articles: the same happening reported by several articles becomes one event."""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Hashable, Iterable, Sequence
from typing import Any

import attrs

from ..model import Event, EventStatus, SourceRef, TimePath
from .syntax import norm
from .times import precise

__all__ = ["merge_events", "same_happening", "combine"]

#: The paths of a mention dated by a time of its own clause or sentence.
_OWN_TIME = frozenset({TimePath.CLAUSE, TimePath.SENTENCE})


def _share(a: Sequence[str], b: Sequence[str]) -> bool:
    na = {norm(x) for x in a}
    nb = {norm(x) for x in b}
    if na & nb:
        return True
    return any(re.search(r"\b" + re.escape(x) + r"\b", y) for x in na for y in nb if x) or any(
        re.search(r"\b" + re.escape(y) + r"\b", x) for x in na for y in nb if y
    )


def same_happening(a: Event, b: Event) -> bool:
    """Same kind, both negated or neither, and a shared place (or, with no places at all, a shared actor)."""
    if a.kind is not b.kind or (a.status is EventStatus.NEGATED) != (b.status is EventStatus.NEGATED):
        return False
    if a.places and b.places:
        return _share(a.places, b.places)
    if not a.places and not b.places and a.actors and b.actors:
        return _share(a.actors, b.actors)
    return False


def combine(group: Sequence[Event]) -> Event:
    """One event from several mentions: the most precisely dated mention leads, one dated by a time
    of its own clause or sentence before one dated by another mention (a headline, a lead)."""
    lead = min(group, key=_lead_key)
    refs = sorted({r for e in group for r in e.sources}, key=_ref_key)
    actors = list(lead.actors)
    places = list(lead.places)
    for e in sorted(group, key=_lead_key):
        actors += [a for a in e.actors if a not in actors]
        places += [p for p in e.places if p not in places]
    deaths = [e.fatalities for e in group if e.fatalities is not None]
    return attrs.evolve(
        lead,
        actors=tuple(actors),
        places=tuple(places),
        fatalities=max(deaths) if deaths else None,
        sources=tuple(refs),
    )


def _ref_key(r: SourceRef) -> tuple[Any, ...]:
    return (r.source, r.published or _dt.date.min, r.trigger.start, r.trigger.end, r.trigger.text, r.sentence.text)


def _lead_key(e: Event) -> tuple[Any, ...]:
    w = e.when
    rank = w.granularity.rank if (w is not None and w.granularity is not None) else -1
    return (
        0 if precise(e) else 1,
        -rank,
        0 if e.time_path in _OWN_TIME else 1,  # dated by its own words before dated by another mention
        _ref_key(min(e.sources, key=_ref_key)) if e.sources else (),
        e.kind.value,
        e.trigger.start,
    )


def _merge_order(e: Event) -> tuple[Any, ...]:
    """A total order on events, so that merging does not depend on the input order."""
    return (
        0 if precise(e) else 1,
        _lead_key(e),
        e.summary,
        e.actors,
        e.places,
        e.status.value,
        -1 if e.fatalities is None else e.fatalities,
        e.explanation,
        tuple(_ref_key(r) for r in sorted(e.sources, key=_ref_key)),
    )


def _keys(ev: Event) -> set[Hashable]:
    out: set[Hashable] = {("source", r) for r in ev.sources}
    if precise(ev):
        for name in ev.places + ev.actors:
            out |= {(ev.kind, w) for w in re.findall(r"[^\W\d_]+", norm(name)) if len(w) > 2}
    return out


def merge_events(events: Iterable[Event]) -> list[Event]:
    """Events that report the same happening, merged; the result ignores input order.

    Two events merge when they have the same kind, both are precisely dated
    with overlapping spans, and they share a place (or, without places, an
    actor). The merged event keeps the most precisely dated mention's trigger,
    time and summary, the union of actors and places, the largest death
    toll, and every source.
    """
    evs = sorted(events, key=_merge_order)
    clusters: list[list[Event]] = []
    # clusters are looked up through their sources and their kind + name words, so merging many
    # articles stays near linear; the first matching cluster (in creation order) wins, as in a scan
    index: dict[Hashable, list[int]] = {}
    for ev in evs:
        ks = _keys(ev)
        target: int | None = None
        for i in sorted({i for k in ks for i in index.get(k, ())}):
            lead = clusters[i][0]
            if precise(ev) != precise(lead):
                continue
            if set(lead.sources) & set(ev.sources) or (
                precise(ev)
                and same_happening(lead, ev)
                and lead.when is not None
                and ev.when is not None
                and lead.when.overlaps(ev.when)
            ):
                target = i
                break
        if target is None:
            target = len(clusters)
            clusters.append([ev])
        else:
            clusters[target].append(ev)
        for k in ks:
            lst = index.setdefault(k, [])
            if not lst or lst[-1] != target:
                lst.append(target)
    return [combine(cl) if len(cl) > 1 else cl[0] for cl in clusters]
