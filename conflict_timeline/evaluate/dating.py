"""Event dating on TimeML: does the event's time fall in the time its TLINKs give?"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import attrs

from .. import build_timeline
from ..timeml import TimeMLDocument
from ._common import Builder, _build, _overlap, _ratio, _value_of
from .timexes import _groups, canonical_value

#: TLINK relations, read from the event's side, that place the event inside
#: (or exactly at) the linked time: the time's value is the event's date.
WITHIN_RELATIONS = frozenset({"IS_INCLUDED", "DURING", "SIMULTANEOUS", "IDENTITY", "BEGINS", "ENDS"})
#: Relations where the time lies inside the event or bounds it ("trapped" on the
#: DCT, "since 1990"): reported separately as the *wide* figure.
AROUND_RELATIONS = frozenset({"INCLUDES", "DURING_INV", "BEGUN_BY", "ENDED_BY"})

_OPPOSITES = (
    ("IS_INCLUDED", "INCLUDES"),
    ("BEGINS", "BEGUN_BY"),
    ("ENDS", "ENDED_BY"),
    ("DURING", "DURING_INV"),
    ("BEFORE", "AFTER"),
    ("IBEFORE", "IAFTER"),
    ("SIMULTANEOUS", "SIMULTANEOUS"),
    ("IDENTITY", "IDENTITY"),
)
#: A relation read from the other side ("t1 INCLUDES e1" is "e1 IS_INCLUDED t1").
_INVERSE = {a: b for x, y in _OPPOSITES for a, b in ((x, y), (y, x))}

#: Only these timexes name a calendar time an event can be dated by (durations and sets cannot).
_DATING_TYPES = frozenset({"DATE", "TIME"})


def _without_unknown_parts(value: str) -> str:
    """ "1998-XX-XX" and "1998" say the same thing (some day of 1998): drop trailing unknown fields."""
    while True:
        for suffix in ("-XX", "-WXX", "TXX"):
            if value.endswith(suffix) and len(value) > len(suffix):
                value = value[: -len(suffix)]
                break
        else:
            return value


@attrs.frozen(slots=True)
class EventTimeLink:
    """A gold link tying an event to a time, read from the event's side."""

    eid: str
    tid: str
    relation: str  # as seen from the event: IS_INCLUDED means the event lies inside the time
    value: str
    is_dct: bool
    dct_date: str = ""  # for DCT links: the DCT's day, which is what a system dated by publication gives

    def accepts(self, value: str | None) -> bool:
        """True when a system value equals this time's gold value (or the DCT's day)."""
        if value is None:
            return False
        value = canonical_value(value)
        # PRESENT_REF is the document's own time: its day is an equally right answer
        gold = _without_unknown_parts(canonical_value(self.value))
        same_as_dct = self.is_dct or gold == "PRESENT_REF"
        return _without_unknown_parts(value) == gold or (same_as_dct and value == self.dct_date)


def event_time_links(
    doc: TimeMLDocument, relations: frozenset[str] = WITHIN_RELATIONS
) -> dict[str, list[EventTimeLink]]:
    """Gold event id -> the links tying it to a DATE/TIME timex or the DCT through ``relations``.

    Links written time-first are inverted so the relation reads from the event
    ("t1 INCLUDES e1" is "e1 IS_INCLUDED t1").
    """
    out: dict[str, list[EventTimeLink]] = {}
    for link in doc.tlinks:
        if link.source[0] == "event" and link.target[0] == "time":
            eid, tid, rel = link.source[1], link.target[1], link.rel_type
        elif link.source[0] == "time" and link.target[0] == "event":
            eid, tid, rel = link.target[1], link.source[1], _INVERSE.get(link.rel_type, link.rel_type)
        else:
            continue
        timex = doc.timex(tid)
        if rel not in relations or timex is None or timex.type not in _DATING_TYPES or doc.event(eid) is None:
            continue
        is_dct = tid == doc.dct_tid
        out.setdefault(eid, []).append(EventTimeLink(eid, tid, rel, timex.value, is_dct, doc.dct.isoformat()))
    return out


@attrs.frozen(slots=True)
class BuiltDocument:
    """The system events of one document (``crash`` holds the traceback if building raised)."""

    corpus: str
    document: TimeMLDocument
    events: tuple[Any, ...]
    crash: str | None = None


@attrs.frozen(slots=True)
class EventJudgement:
    """One system event overlapping a linked gold event, and whether its date is right."""

    corpus: str
    document: TimeMLDocument
    event: Any  # the system Event
    gold: Any  # the GoldEvent it overlaps
    links: tuple[EventTimeLink, ...]

    @property
    def value(self) -> str | None:
        """The system's TIMEX3 value for the event (``None`` when undated)."""
        return _value_of(self.event)

    @property
    def correct(self) -> bool:
        """The event got the value of one of its linked times."""
        return any(link.accepts(self.value) for link in self.links)


@attrs.frozen(slots=True)
class EventScores:
    """The result of :func:`score_events`."""

    judgements: tuple[EventJudgement, ...]
    not_found: tuple[tuple[str, TimeMLDocument, Any, tuple[EventTimeLink, ...]], ...]
    linked_gold: Counter[str]  # corpus -> gold events with a qualifying link
    built: tuple[BuiltDocument, ...] = ()

    @property
    def scored(self) -> int:
        """System events that overlap a linked gold event."""
        return len(self.judgements)

    @property
    def correct(self) -> int:
        """Scored events given one of the linked times' values."""
        return sum(j.correct for j in self.judgements)

    @property
    def share(self) -> float | None:
        """Correct / scored, in percent (``None`` when nothing was scored)."""
        return _ratio(self.correct, self.scored)

    def corpus_counts(self, corpus: str) -> tuple[int, int, int, int, int]:
        """(system events, linked gold events, scored, correct, linked gold events not found) of one corpus."""
        js = [j for j in self.judgements if j.corpus == corpus]
        return (
            sum(len(b.events) for b in self.built if b.corpus == corpus),
            self.linked_gold[corpus],
            len(js),
            sum(j.correct for j in js),
            sum(1 for n in self.not_found if n[0] == corpus),
        )

    @property
    def crashes(self) -> tuple[BuiltDocument, ...]:
        """Documents on which building the timeline raised."""
        return tuple(b for b in self.built if b.crash is not None)


def build_events(
    documents: Iterable[TimeMLDocument] | Mapping[str, Iterable[TimeMLDocument]],
    build: Builder = build_timeline,
) -> tuple[BuiltDocument, ...]:
    """Run ``build(text, published=dct)`` on every document and keep all its events."""
    out = []
    for name, docs in _groups(documents):
        for doc in docs:
            events, crash = _build(build, doc.text, published=doc.dct)
            out.append(BuiltDocument(name, doc, events, crash))
    return tuple(out)


def judge_events(built: Sequence[BuiltDocument], relations: frozenset[str] = WITHIN_RELATIONS) -> EventScores:
    """Score already built system events against the gold links through ``relations``."""
    judgements: list[EventJudgement] = []
    not_found = []
    linked_gold: Counter[str] = Counter()
    for b in built:
        doc = b.document
        links = event_time_links(doc, relations)
        gold = [e for e in doc.events if e.eid in links]
        linked_gold[b.corpus] += len(gold)
        found: set[str] = set()
        for ev in b.events:
            s, e = int(ev.trigger.start), int(ev.trigger.end)
            best = max(gold, key=lambda g: _overlap(s, e, g.start, g.end), default=None)
            if best is not None and _overlap(s, e, best.start, best.end) > 0:
                found.add(best.eid)
                judgements.append(EventJudgement(b.corpus, doc, ev, best, tuple(links[best.eid])))
        not_found += [(b.corpus, doc, g, tuple(links[g.eid])) for g in gold if g.eid not in found]
    return EventScores(tuple(judgements), tuple(not_found), linked_gold, tuple(built))


def score_events(
    documents: Iterable[TimeMLDocument] | Mapping[str, Iterable[TimeMLDocument]],
    build: Builder = build_timeline,
    *,
    relations: frozenset[str] = WITHIN_RELATIONS,
) -> EventScores:
    """Share of system events dated with the value of the gold time their gold event is linked to.

    For every system event (dated or undated) whose trigger overlaps a gold EVENT tied by a TLINK in
    ``relations`` (read from the event's side, either link direction) to a DATE or TIME timex or to
    the DCT, the event counts as correct when ``event.when.value`` equals one of those times' gold
    values (for the DCT, its day also counts).
    """
    return judge_events(build_events(documents, build), relations)
