"""Merging across articles: the same happening reported by several articles becomes one event.

Merging works on *reports*: the events each article's own stage produced. An event merged before
is taken apart into the reports it holds (``Event.merged_from``), so ``merge_events`` is a function
of the set of reports alone: deterministic, idempotent and associative, and a tree of partial
merges (the Dask path) gives exactly what one merge of everything gives.

The reports are put in one fixed order (named reports before nameless ones, dated before undated,
the finer time first) and each joins the best cluster it fits, or starts one. A report fits a
cluster when nothing rules the pair out (:data:`VETOES`: another kind, a negation against a
statement, times that do not overlap, places or actors that are plainly others, the two sides of
a change of hands) and the evidence for it (:data:`EVIDENCE`: a shared place, a shared actor, the
same trigger, a name of the sentences around it, the same toll) adds up to :data:`THRESHOLD`.

A report that restates another of its own article (``Event.restates``: coreference found them one
happening) is not compared at all: once every other report has found its cluster, it joins the
cluster of the report it restates, so a happening told twice in one article and once elsewhere is
one merged event.

Candidates are blocked, so merging stays near-linear: a report is compared only with the clusters
that share one of its blocking keys: its kind, a time bucket (the day; the month or year for a
coarser time; "undated") and one of its name words (places, actors, names around it). A key held
by more than :data:`KEY_CAP` clusters names nothing particular and is not followed.
"""

from __future__ import annotations

import contextlib
import datetime as _dt
import functools
import gc
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any

import attrs

from ..errors import InvalidInput
from ..lexicon import arguments as A
from ..model import Event, EventKind, EventStatus, Granularity, Reading, SourceRef, TimePath
from .syntax import norm
from .times import precise

__all__ = [
    "merge_events",
    "same_happening",
    "actors_differ",
    "told_on",
    "means_of",
    "identifying",
    "own_places",
    "combine",
    "name_stems",
    "time_buckets",
    "Report",
    "report_of",
    "MergeRule",
    "VETOES",
    "EVIDENCE",
    "THRESHOLD",
    "UNDATED_NEEDS",
    "KEY_CAP",
]

#: A blocking key that more clusters than this hold is not followed (it names nothing particular).
KEY_CAP = 48

#: The evidence a report and a cluster need, in points of :data:`EVIDENCE`.
THRESHOLD = 3

# --- names ------------------------------------------------------------------------------------

_WORD = re.compile(r"[^\W\d_](?:[^\W_]|[-'’.](?=[^\W\d_]))*")


def _stem(word: str) -> str:
    if word in A.NAME_STEMS:
        return A.NAME_STEMS[word]
    for suffix in A.DEMONYM_SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


@functools.lru_cache(maxsize=8192)  # a name is folded once (the answer depends on the name alone)
def name_stems(name: str, generic: frozenset[str] = frozenset()) -> frozenset[str]:
    """The particular words of a name, folded so that "Ukrainian" and "Ukraine" agree: lower case,
    a possessive dropped, words of two letters or less, stop words and ``generic`` words left out.

    >>> sorted(name_stems("the Ukrainian troops", A.GENERIC_ACTOR_WORDS))
    ['ukrain']
    """
    out = set()
    for word in _WORD.findall(norm(name)):
        # "Hamas-led fighters", "Iran-backed militias": the name, not how it stands to them
        for w in word.split("-") if "-" in word and word not in A.NAME_STEMS else [word]:
            w = w.strip(".'’")
            if len(w) <= 2 and w not in A.NAME_STEMS or w in A.NAME_STOPWORDS or w in generic or w in A.LINK_WORDS:
                continue
            out.add(_stem(w))
    return frozenset(out)


# --- reports ----------------------------------------------------------------------------------

_DAY, _MONTH, _YEAR, _COARSE = 0, 1, 2, 3
_SPAN_DAYS = {  # how long a span with no end of its own is taken to last, by grain
    Granularity.DAY: 0,
    Granularity.PART_OF_DAY: 0,
    Granularity.HOUR: 0,
    Granularity.MINUTE: 0,
    Granularity.SECOND: 0,
    Granularity.WEEK: 6,
    Granularity.MONTH: 30,
    Granularity.SEASON: 91,
    Granularity.QUARTER: 91,
    Granularity.HALF: 182,
    Granularity.YEAR: 365,
}


@attrs.frozen(slots=True, eq=False)
class Report:
    """One article's report of an event, as merging compares it.

    ``lo``/``hi`` bound its time (an ongoing "since May" counts from its start, for the length of
    its grain; ``None`` when undated or vague); ``level`` is the grain of its blocking bucket (0
    day, 1 month, 2 year, 3 coarser, ``None`` undated). ``places``, ``actors`` and ``context`` are
    name stems (:func:`name_stems`); ``where`` the stems of its first place, the finest it names
    ("Town5" of "Town5 in Syria"), ``site`` whether that is a site in a town (a base, a hospital); ``heads`` the generic words of its actors ("army", "troops");
    ``family`` its trigger entry, or its trigger's words when no entry is known; ``order`` its place
    in the total order of the reports merged.
    """

    event: Event
    kind: EventKind
    negated: bool
    lo: _dt.date | None
    hi: _dt.date | None
    level: int | None
    places: frozenset[str]
    where: frozenset[str]
    site: bool
    actors: frozenset[str]
    heads: frozenset[str]
    context: frozenset[str]
    family: str
    entry: str
    toll: int | None
    article: tuple[str, _dt.date | None]
    order: int = 0

    @property
    def named(self) -> bool:
        """The report names a place or an actor of its own."""
        return bool(self.places or self.actors)

    @property
    def words(self) -> frozenset[str]:
        """Every name stem it has: the blocking keys' words."""
        return self.places | self.actors | self.context


def _bounds(ev: Event) -> tuple[_dt.date | None, _dt.date | None, int | None]:
    w = ev.when
    if w is None or not precise(ev) or w.start is None:
        return None, None, None
    lo = w.start
    hi = w.end
    if hi is None:
        hi = lo + _dt.timedelta(days=_SPAN_DAYS.get(w.granularity, 365) if w.granularity else 365)
    if ev.time_path in _BORROWED_PATHS and w.granularity is not None and w.granularity.rank >= _DAY_RANK:
        # dated by a time it did not state itself, the day it was reported ("said on Monday the
        # army had pulled out") or the time the narrative last moved to ("11:20 A recap: ... had
        # taken full control"): it may have happened the day before
        lo = lo - _dt.timedelta(days=1)
    days = (hi - lo).days + 1
    level = _DAY if days <= 7 else _MONTH if days <= 92 else _YEAR if days <= 3 * 366 else _COARSE
    return lo, hi, level


_DAY_RANK = Granularity.DAY.rank
_BORROWED_PATHS = frozenset({TimePath.REPORTING_FRAME, TimePath.NARRATIVE})


_GENERIC_WORDS = A.GENERIC_PLACE_WORDS | A.GENERIC_ACTOR_WORDS


def report_of(ev: Event, order: int = 0) -> Report:
    """The features of one event that merging compares (``order``: its place in the total order
    of the reports being merged)."""
    reading = ev.reading
    places: set[str] = set()
    context: set[str] = set()
    where: frozenset[str] = frozenset()
    first_place: frozenset[str] | None = None
    site = False
    for p in ev.places:
        stems = name_stems(p, A.GENERIC_PLACE_WORDS)
        rule = reading.rule_of("place", p)
        if rule in WEAK_PLACE_RULES:
            context |= stems
            continue
        places |= stems
        if rule == "antecedent" and where is not None and where is first_place:
            where = where | stems  # "the North Darfur capital" and El Fasher, named before: one place
        elif not where:
            where = first_place = stems
            site = p.split()[-1].lower() in A.SITE_HEADS or (
                " of " in p and p.split(" of ")[0].split()[-1].lower() in A.SITE_HEADS
            )
    actors: set[str] = set()
    heads: set[str] = set()
    for a in ev.actors:
        actors |= name_stems(a, A.GENERIC_ACTOR_WORDS)
        heads |= {w for w in _WORD.findall(a.casefold()) if w in A.ACTOR_HEADS}
    for name in reading.context:
        context |= name_stems(name, _GENERIC_WORDS)
    entry = reading.trigger_entry
    family = A.TRIGGER_FAMILIES.get(entry, entry) or " ".join(sorted(_WORD.findall(ev.trigger.text.casefold())))
    lo, hi, level = _bounds(ev)
    first = min(ev.sources, key=_ref_key) if ev.sources else None
    return Report(
        event=ev,
        kind=ev.kind,
        negated=ev.status is EventStatus.NEGATED,
        lo=lo,
        hi=hi,
        level=level,
        places=frozenset(places),
        where=where,
        site=site,
        actors=frozenset(actors),
        heads=frozenset(heads),
        context=frozenset(context - places - actors),
        family=family,
        entry=entry,
        toll=ev.fatalities,
        article=(first.source, first.published) if first is not None else ("", None),
        order=order,
    )


#: Place rules whose places are the event's surroundings (its sentence's, the dateline's), not its own.
WEAK_PLACE_RULES = A.BORROWED_PLACE_RULES - {"antecedent"}

# --- clusters ---------------------------------------------------------------------------------


class _Cluster:
    """Reports merged so far, with the union of what they name."""

    __slots__ = (
        "members",
        "kind",
        "negated",
        "lo",
        "hi",
        "rank",
        "places",
        "where",
        "site",
        "actors",
        "heads",
        "context",
    )

    def __init__(self, first: Report) -> None:
        self.members: list[Report] = []
        self.kind = first.kind
        self.negated = first.negated
        self.lo, self.hi, self.rank = first.lo, first.hi, _rank(first)
        self.places: set[str] = set()
        self.where: set[str] = set()
        self.site = first.site
        self.actors: set[str] = set()
        self.heads: set[str] = set()
        self.context: set[str] = set()
        self.add(first)

    def add(self, r: Report) -> None:
        self.members.append(r)
        if r.lo is not None and (self.lo is None or _rank(r) > self.rank):
            self.lo, self.hi, self.rank = r.lo, r.hi, _rank(r)  # the finest time says when
        self.places |= r.places
        self.where |= r.where
        self.actors |= r.actors
        self.heads |= r.heads
        self.context |= r.context


def _rank(r: Report) -> int:
    w = r.event.when
    return w.granularity.rank if (r.lo is not None and w is not None and w.granularity is not None) else -1


@attrs.frozen(slots=True)
class MergeRule:
    """One check of a report against a cluster: a veto rules the pair out when ``test`` holds; a
    piece of evidence adds ``points`` when it holds. ``examples`` name the test that shows it."""

    name: str
    test: Callable[[Report, _Cluster], bool]
    points: int = 0
    doc: str = ""


def _other_time(r: Report, c: _Cluster) -> bool:
    if (r.lo is None) != (c.lo is None):
        return r.lo is not None  # an undated report may join a dated cluster, not the other way
    if r.lo is None or c.lo is None or r.hi is None or c.hi is None:
        return False
    return r.hi < c.lo or c.hi < r.lo


def _other_places(r: Report, c: _Cluster) -> bool:
    """Both name a particular place, and neither's finest place is among the other's places ("Town5
    in Syria" and "Town7 in Syria" are two places of one country; a bridge near Glushkovo and one
    near Zvannoye are two bridges, though one sentence names both) — unless one is a site (a
    headquarters, a base, a hospital) in a town the other names and its own sentences name too
    ("took control of the headquarters of the 6th Division" in a story of El Fasher)."""
    if not (r.where and c.where) or (r.where & c.places) or (c.where & r.places):
        return False
    site_in_town = (r.site and bool(c.where & r.context)) or (c.site and bool(r.where & c.context))
    return not site_in_town


def _other_actors(r: Report, c: _Cluster) -> bool:
    """Both name particular actors, and share neither a name nor a head noun ("the army pulled
    out" / "the RSF took control"; "the RSF detained" / "the Security Council met"); or both name only
    the kind of actor, of the two sides of a war ("the army shelled Homs" / "rebels shelled Homs")."""
    if r.actors and c.actors:
        return not (r.actors & c.actors) and not (r.heads & c.heads)
    sides_r = {A.HEAD_SIDES[h] for h in r.heads if h in A.HEAD_SIDES}
    sides_c = {A.HEAD_SIDES[h] for h in c.heads if h in A.HEAD_SIDES}
    return bool(not r.actors and not c.actors and len(sides_r) == 1 and len(sides_c) == 1 and sides_r != sides_c)


def _contrasting(r: Report, c: _Cluster) -> bool:
    return any(frozenset({r.entry, m.entry}) in A.CONTRASTING_ENTRIES for m in c.members if m.entry != r.entry)


def _other_kind(r: Report, c: _Cluster) -> bool:
    """Two kinds of event, unless both are violence and tell the same death toll ("460 were
    killed" and "fighters stormed the hospital", told with its 460 dead)."""
    if r.kind is c.kind:
        return False
    same_toll = r.toll is not None and any(m.toll == r.toll for m in c.members)
    return not (same_toll and r.kind in _VIOLENT_KINDS and c.kind in _VIOLENT_KINDS)


_VIOLENT_KINDS = frozenset({EventKind.BATTLE, EventKind.REMOTE_VIOLENCE, EventKind.VIOLENCE_AGAINST_CIVILIANS})


#: What rules a report and a cluster out, checked in this order.
VETOES: tuple[MergeRule, ...] = (
    MergeRule(
        "kind", _other_kind, doc="a capture and a strike are two events (one toll may join two kinds of violence)"
    ),
    MergeRule("negation", lambda r, c: r.negated != c.negated, doc="'did not attack' is no report of the attack"),
    MergeRule("time", _other_time, doc="times that share no day; a dated report never joins undated ones"),
    MergeRule("places", _other_places, doc="two strikes on one day in two towns"),
    MergeRule("actors", _other_actors, doc="the army's withdrawal and the RSF's capture are each side's"),
    MergeRule("sides", _contrasting, doc="a withdrawal and a capture (lexicon CONTRASTING_ENTRIES)"),
    MergeRule(
        "nameless",
        lambda r, c: not r.named and r.toll is None and not any(m.family == r.family for m in c.members),
        doc="a report naming no place or actor joins only reports of its own trigger ('the war began' is no attack)",
    ),
)


def _same_day(r: Report, c: _Cluster) -> bool:
    return r.level == _DAY and c.lo is not None and c.hi is not None and (c.hi - c.lo).days <= 1


#: What speaks for a report and a cluster being one happening, and how much.
EVIDENCE: tuple[MergeRule, ...] = (
    MergeRule("place", lambda r, c: bool(r.places & c.places), 3, "'seized Aleppo' and 'the capture of Aleppo'"),
    MergeRule("actor", lambda r, c: bool(r.actors & c.actors), 2, "'Ukrainian troops' and 'Ukraine's forces'"),
    MergeRule("head", lambda r, c: bool(r.heads & c.heads) and not (r.actors & c.actors), 1, "'the army', 'troops'"),
    MergeRule(
        "trigger",
        lambda r, c: any(m.family == r.family for m in c.members),
        1,
        "the same trigger entry ('seized' and 'captured' are both a capture)",
    ),
    MergeRule(
        "place-around",
        lambda r, c: bool((r.places & c.context) or (c.places & r.context)),
        1,
        "one names a place the other's sentences name",
    ),
    MergeRule(
        "actor-around",
        lambda r, c: bool((r.actors & c.context) or (c.actors & r.context)) and not (r.actors & c.actors),
        1,
        "one's actor is named around the other ('the RSF besieged it' / 'El Fasher, held by the RSF, was encircled')",
    ),
    MergeRule(
        "names-around",
        lambda r, c: len((r.context | r.actors | r.places) & (c.context | c.actors | c.places)) >= 2,
        1,
        "two names in common around them",
    ),
    MergeRule("same-day", _same_day, 1, "both dated to the same day"),
    MergeRule(
        "toll",
        lambda r, c: r.toll is not None and any(m.toll == r.toll for m in c.members),
        2,
        "the same death toll",
    ),
)


def _score(r: Report, c: _Cluster) -> int | None:
    for v in VETOES:
        if v.test(r, c):
            return None
    found = [e for e in EVIDENCE if e.test(r, c)]
    if r.lo is None and not any(e.name in UNDATED_NEEDS for e in found):
        return None  # an undated report joins only on who did it or the toll, not on the town alone
    return sum(e.points for e in found)


#: The evidence an undated report needs among its points: a shared actor or the same toll.
UNDATED_NEEDS = frozenset({"actor", "toll"})


# --- blocking ---------------------------------------------------------------------------------


def _buckets(lo: _dt.date, hi: _dt.date, level: int) -> list[str]:
    """The time buckets of a span at one level, as short strings (not tuples: many keys of tuples
    would keep the garbage collector busy on a large merge)."""
    if level == _DAY:
        first = lo.toordinal()
        return [f"d{first + k}" for k in range((hi - lo).days + 1)]
    if level == _MONTH:
        first = lo.year * 12 + lo.month - 1
        return [f"m{first + k}" for k in range((hi.year * 12 + hi.month - 1) - first + 1)]
    if level == _YEAR:
        return [f"y{y}" for y in range(lo.year, hi.year + 1)]
    return [f"c{lo.year // 10}"]


def time_buckets(ev: Event, coarser: bool = False) -> list[str]:
    """The blocking buckets of an event's time at its own grain (the days of a span of a week or
    less, the months of one of up to three months, ...), and with ``coarser`` at every coarser
    grain too; none for an undated or vague event."""
    lo, hi, level = _bounds(ev)
    if lo is None or hi is None or level is None:
        return []
    return [b for lv in range(level, _COARSE + 1 if coarser else level + 1) for b in _buckets(lo, hi, lv)]


def _kinds_of(r: Report) -> list[str]:
    """The kinds whose clusters a report is blocked with: its own, and for violence that tells a
    toll, every kind of violence (the kind veto then asks for the same toll)."""
    if r.toll is not None and r.kind in _VIOLENT_KINDS:
        return sorted(k.value for k in _VIOLENT_KINDS)
    return [r.kind.value]


def _register_keys(r: Report) -> list[str]:
    """The keys a cluster is found through once ``r`` is in it: its words in its own bucket and in
    every coarser one (a later, coarser report looks there), and under "undated"."""
    out: list[str] = []
    kind = r.kind.value
    words = sorted(r.words | ({f"#{r.toll}"} if r.toll is not None else set()))
    if r.lo is not None and r.hi is not None and r.level is not None:
        for level in range(r.level, _COARSE + 1):
            for b in _buckets(r.lo, r.hi, level):
                out += [f"{kind} {b} {w}" for w in words]
    out += [f"{kind} n {w}" for w in words]
    return out


def _query_keys(r: Report) -> list[str]:
    words = sorted(r.words | ({f"#{r.toll}"} if r.toll is not None else set()))
    out: list[str] = []
    for kind in _kinds_of(r):
        if r.lo is None or r.hi is None or r.level is None:
            out += [f"{kind} n {w}" for w in words]
        else:
            out += [f"{kind} {b} {w}" for b in _buckets(r.lo, r.hi, r.level) for w in words]
    return out


# --- order, combining -------------------------------------------------------------------------


def _ref_key(r: SourceRef) -> tuple[Any, ...]:
    return (r.source, r.published or _dt.date.min, r.trigger.start, r.trigger.end, r.trigger.text, r.sentence.text)


#: Which time of two reports says best when it happened: a time of the event's own clause or
#: sentence, then one from another mention or the narrative, then the day it was reported.
# a time the words of the event give leads; one borrowed from the story or from the report that tells
# it comes after, the two alike (the earlier mention then leads)
_PATH_RANK = {TimePath.CLAUSE: 0, TimePath.SENTENCE: 0, TimePath.NARRATIVE: 1, TimePath.REPORTING_FRAME: 1}


def _lead_key(e: Event) -> tuple[Any, ...]:
    """The report that leads a merged event: dated before vague before undated, the finer time first."""
    w = e.when
    rank = w.granularity.rank if (w is not None and w.granularity is not None) else -1
    return (
        0 if precise(e) else 1 if w is not None else 2,
        -rank,
        _PATH_RANK.get(e.time_path, 1),  # dated by its own words before dated by another mention
        _ref_key(min(e.sources, key=_ref_key)) if e.sources else (),
        e.kind.value,
        e.trigger.start,
        e.trigger.text,
        e.summary,
    )


class _Spelt:
    """An event's ``repr`` (with its reading), computed only when two events tie on everything else."""

    __slots__ = ("event", "_text")

    def __init__(self, event: Event) -> None:
        self.event = event
        self._text: str | None = None

    @property
    def text(self) -> str:
        if self._text is None:
            self._text = repr(self.event) + repr(self.event.reading)
        return self._text

    def __lt__(self, other: _Spelt) -> bool:
        return self.text < other.text

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _Spelt) and self.text == other.text

    __hash__ = None  # type: ignore[assignment]


def _total_key(e: Event) -> tuple[Any, ...]:
    """A total order on events: the spelt-out event breaks the last ties, so that equal keys mean
    equal events."""
    return (
        _lead_key(e),
        tuple(_ref_key(r) for r in sorted(e.sources, key=_ref_key)),
        e.actors,
        e.places,
        -1 if e.fatalities is None else e.fatalities,
        e.status.value,
        _Spelt(e),
    )


def _order(r: Report) -> tuple[Any, ...]:
    # named reports first (they found the clusters), dated before undated, the finer time first
    return (0 if r.named else 1, 0 if r.lo is not None else 1, -_rank(r), r.lo or _dt.date.max)


def combine(group: Sequence[Event]) -> Event:
    """One event from several mentions of one article: the most precisely dated mention leads;
    actors and places are the union, the toll is the largest, the sources are all of them."""
    lead = min(group, key=_lead_key)
    refs = sorted({r for e in group for r in e.sources}, key=_ref_key)
    actors = list(lead.actors)
    places = list(lead.places)
    context = list(lead.reading.context)
    arguments = list(lead.reading.arguments)
    for e in sorted(group, key=_lead_key):
        actors += [a for a in e.actors if a not in actors]
        places += [p for p in e.places if p not in places]
        context += [n for n in e.reading.context if n not in context]
        arguments += [x for x in e.reading.arguments if x not in arguments]
    deaths = [e.fatalities for e in group if e.fatalities is not None]
    own = {p for e in group for p in own_places(e)}
    if own:  # a place borrowed from around one mention gives way to the places the others name
        places = [p for p in places if p in own]
        arguments = [x for x in arguments if x[0] != "place" or x[1] in own]
    return attrs.evolve(
        lead,
        actors=tuple(actors),
        places=tuple(places),
        fatalities=max(deaths) if deaths else None,
        sources=tuple(refs),
        reading=attrs.evolve(lead.reading, arguments=tuple(arguments), context=tuple(context)),
    )


def _merged(members: Sequence[Report]) -> Event:
    """The event of a cluster of reports: :func:`combine`, except that the toll is the one the
    latest report gives (tolls grow as the count goes on), and the reports are kept."""
    if len(members) == 1:
        return members[0].event
    evs = [m.event for m in sorted(members, key=lambda m: m.order)]
    ev = combine(evs)
    tolls = [(m.article[1] or _dt.date.min, m.toll) for m in members if m.toll is not None]
    return attrs.evolve(ev, fatalities=max(tolls)[1] if tolls else None, merged_from=tuple(evs))


# --- merging ----------------------------------------------------------------------------------


def reports(events: Iterable[Event]) -> list[Event]:
    """The reports held by ``events`` (a merged event's ``merged_from``, any other event itself),
    each once, in a fixed order."""
    out: dict[tuple[Event, Reading], Event] = {}
    for ev in events:
        if not isinstance(ev, Event):
            raise InvalidInput(f"merge_events takes Event objects, not {type(ev).__name__}")
        for r in ev.merged_from or (ev,):
            out.setdefault((r, r.reading), r)
    return sorted(out.values(), key=_total_key)


@contextlib.contextmanager
def _cycle_collector_paused() -> Iterator[None]:
    """Merging makes many small objects and no reference cycles: with the cycle collector running,
    each of its full passes would walk every object the caller holds (all the articles' events),
    which made the cost of merging grow faster than its input (6x the time for 4x the events on
    ``benchmarks/bench_merge.py``, 4x without). Reference counting still frees everything; the
    collector is switched back on as it was, also when merging raises."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


def merge_events(events: Iterable[Event]) -> list[Event]:
    """Events that report the same happening, merged; the result depends only on the set of
    reports the events hold, never on their order or on how they were merged before.

    A merged event keeps the lead report's trigger, time and summary (the most precisely dated
    one), the union of actors and places, the toll of the latest report that gives one, every
    source, and the reports themselves (``merged_from``). Reports of one article only come back
    as they were (folding an article's mentions is coreference's business). See the module
    docstring for the rules; an event read back from JSON has no ``merged_from`` and is taken
    as one report.
    """
    with _cycle_collector_paused():
        return _merge(reports(events))


def _merge(evs: list[Event]) -> list[Event]:
    """Merge reports given in the total order (their place there breaks the ties of ``_order``)."""
    rs = sorted((report_of(e, k) for k, e in enumerate(evs)), key=lambda r: (_order(r), r.order))
    rs, followers = _followers(rs)
    clusters: list[_Cluster] = []
    index: dict[str, list[int]] = {}
    home: dict[int, int] = {}  # report order -> its cluster
    for r in rs:
        seen: set[int] = set()
        for k in _query_keys(r):
            held = index.get(k, ())
            if len(held) <= KEY_CAP:
                seen.update(held)
        best: tuple[int, int] | None = None  # (score, -cluster index)
        tied = False
        need = THRESHOLD if r.lo is not None else THRESHOLD + 1  # an undated report needs more
        for i in sorted(seen):
            s = _score(r, clusters[i])
            if s is None or s < need:
                continue
            if best is None or s > best[0]:
                best, tied = (s, -i), False
            elif s == best[0]:
                tied = True
        # a report that fits two clusters as well joins neither: which one it tells is a guess
        if best is not None and not tied:
            target = -best[1]
            clusters[target].add(r)
        else:
            target = len(clusters)
            clusters.append(_Cluster(r))
        home[r.order] = target
        for k in _register_keys(r):
            lst = index.setdefault(k, [])
            if not lst or lst[-1] != target:
                lst.append(target)
    # a restatement goes where its lead went, after every other report has found its place (so it
    # sways no other report's choice): its article said it is the same happening
    for r, lead in followers:
        clusters[home[lead]].add(r)
    out: list[Event] = []
    for c in clusters:
        if len({m.article for m in c.members}) == 1:
            # one article's reports only: folding an article's own mentions is coreference's
            # business (it folded what it could); here they come back as they were
            out += [m.event for m in sorted(c.members, key=lambda m: m.order)]
        else:
            out.append(_merged(c.members))
    return out


def _followers(rs: list[Report]) -> tuple[list[Report], list[tuple[Report, int]]]:
    """The reports that restate another report of their own article (``Event.restates``), each with
    the ``order`` of the report leading it, apart from the rest; a restatement whose lead is not
    among the reports is merged as any other report."""
    leads = {(r.article, r.event.trigger): r.order for r in rs if r.event.restates is None}
    rest: list[Report] = []
    followers: list[tuple[Report, int]] = []
    for r in rs:
        lead = leads.get((r.article, r.event.restates)) if r.event.restates is not None else None
        if lead is None:
            rest.append(r)
        else:
            followers.append((r, lead))
    return rest, followers


def _borrowed_from(ev: Event, places: Sequence[str]) -> bool:
    """Whether all of ``ev``'s places were borrowed from its sentence and are among ``places``."""
    return bool(ev.places and places) and all(
        ev.reading.rule_of("place", p) == "sentence" and p in places for p in ev.places
    )


_MEANS = re.compile(r"\bby\s+(?:a|an)\b[^,;.]{0,40}$", re.I)


def means_of(a: Event, b: Event) -> bool:
    """One event told as the means of another of its kind in one sentence ("adopted the resolution
    *by a 14-0 vote*"): one happening."""
    if a.kind is not b.kind or a.sentence != b.sentence:
        return False
    first, second = (a, b) if a.trigger.start < b.trigger.start else (b, a)
    between = first.sentence.text[
        first.trigger.end - first.sentence.start : second.trigger.start - first.sentence.start
    ]
    return 0 <= len(between) <= 60 and _MEANS.search(between) is not None


def told_on(a: Event, b: Event) -> bool:
    """One event told on in its sentence by a participle of its kind after it that borrowed its
    place ("attacked the village, killing 11 and wounding four"): one happening ("orders Israel to
    ... but stops short of ordering a ceasefire" is two)."""
    if a.kind is not b.kind or a.sentence != b.sentence:
        return False
    first, second = (a, b) if a.trigger.start < b.trigger.start else (b, a)
    between = first.sentence.text[
        first.trigger.end - first.sentence.start : second.trigger.start - first.sentence.start
    ]
    return (
        second.trigger.text.lower().endswith("ing")
        and _borrowed_from(second, own_places(first))
        and not re.search(r"\b(?:but|while|whereas|although)\b|;", between)
    )


def identifying(places: Sequence[str]) -> tuple[str, ...]:
    """The places that say which place: not "a market", "an army base" (any one of them)."""
    return tuple(p for p in places if not re.match(r"(?:an?|some|several)\s", p, re.I))


def own_places(ev: Event) -> tuple[str, ...]:
    """The places an event's own words name (not those it borrowed from its sentence, the place
    named before, or the dateline)."""
    return tuple(p for p in ev.places if ev.reading.rule_of("place", p) not in A.BORROWED_PLACE_RULES)


def actors_differ(a: Event, b: Event) -> bool:
    """Both events name particular actors, and they share neither a name nor a head noun ("the
    army" and "the RSF", "Hamas-led gunmen" and "Israel")."""
    ra, rb = report_of(a), report_of(b)
    return bool(ra.actors and rb.actors and not (ra.actors & rb.actors) and not (ra.heads & rb.heads))


def same_happening(a: Event, b: Event) -> bool:
    """Same kind, both negated or neither, and a shared place of their own (or, with no places at
    all, a shared actor): the test coreference folds the mentions of one article with."""
    if a.kind is not b.kind or (a.status is EventStatus.NEGATED) != (b.status is EventStatus.NEGATED):
        return False
    pa, pb = identifying(own_places(a)), identifying(own_places(b))
    if pa and pb:
        return _share(pa, pb)
    if told_on(a, b):
        return True
    if not pa and not pb and a.actors and b.actors:
        return _share(a.actors, b.actors)
    return False


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
