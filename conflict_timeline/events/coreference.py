"""Coreference within an article: a definite noun takes up the time of the event it refers to, and
the mentions of one happening are found together.

Each mention stays an event of its own: the article states each one, and a reader (or a scorer)
looks for each. A mention that restates an earlier one is completed from the happening's lead (its
time when it has none of its own, its actors, places and toll when it names none) and points to the
lead's trigger (``Event.restates``). Besides definite nouns ("the fall of the city"), an undated
mention restates a dated happening by the records of :data:`RESTATEMENT_RULES` ("the bridge was
hit" after "destroyed a bridge"; "the troops withdrew" in an article of one dated withdrawal).
"""

from __future__ import annotations

import bisect
import datetime as _dt
import re
from collections.abc import Callable, Sequence

import attrs

from ..lexicon import arguments as A
from ..lexicon import event_words as W
from ..model import Event, EventKind, EventStatus, Granularity, SourceRef, TimePath
from .mention import Mention, Tie
from .merging import (
    KEY_CAP,
    actors_differ,
    combine,
    means_of,
    own_places,
    same_happening,
    time_buckets,
    told_on,
)
from .syntax import norm
from .tie_context import ANTECEDENT, ANTECEDENT_HYPERNYM, RESTATEMENT
from .times import USABLE_REFS, precise
from .tying import explain

__all__ = ["borrow_antecedent_times", "corefer", "RestatementRule", "RESTATEMENT_RULES"]


def _fits(a: Mention, mt: Mention) -> bool:
    """An antecedent naming others than the noun does ("the murder of Jones" after "Smith was shot") does not fit."""
    return not (a.names and mt.own_names and not (a.names & mt.own_names))


def _antecedent(mt: Mention, told: dict[str, list[Mention]]) -> tuple[Mention, str] | None:
    ante = next((a for a in reversed(told.get(mt.family, ())) if _fits(a, mt)), None)
    if ante is not None:
        return ante, ANTECEDENT
    if mt.family in W.ANAPHORA_HYPERNYMS:
        # "was wounded ... but survived the attack": a general word takes up the latest
        # earlier event of the families it covers, if its own family has none
        kin = [a for f in W.ANAPHORA_HYPERNYMS[mt.family] for a in told.get(f, ()) if _fits(a, mt)]
        if kin:
            return max(kin, key=lambda a: a.event.trigger.start), ANTECEDENT_HYPERNYM
    return None


def borrow_antecedent_times(mentions: Sequence[Mention]) -> list[Mention]:
    """A definite event noun without a time of its own takes the time of the latest earlier
    dated mention of its family ("Slepian was shot on Friday. ... the murder of a physician").

    An antecedent naming others than the noun does ("the murder of Jones" after "Smith was
    shot") is passed over; planned, expected, hypothetical and negated nouns borrow nothing.
    """
    told: dict[str, list[Mention]] = {}
    out: list[Mention] = []
    for mt in mentions:  # in text order
        ev = mt.event
        if mt.anaphoric and ev.status in (EventStatus.ASSERTED, EventStatus.REPORTED):
            found = _antecedent(mt, told)
            if found is not None:
                ante, rule = found
                a_ev = ante.event
                assert a_ev.when is not None  # only precise mentions are told
                params = (
                    ("trigger", ev.trigger.text),
                    ("antecedent", a_ev.trigger.text),
                    ("offset", str(a_ev.trigger.start)),
                    ("value", a_ev.when.value),
                )
                tie = Tie(rule, TimePath.NARRATIVE, a_ev.when, a_ev.time_source, params)
                ev = attrs.evolve(
                    ev,
                    when=a_ev.when,
                    time_source=a_ev.time_source,
                    time_path=TimePath.NARRATIVE,
                    time_rule=rule,
                    explanation=explain(tie, ev.status, mt.cue, mt.kind_rule),
                )
                mt = attrs.evolve(
                    mt, event=ev, tie=tie, vague=a_ev.when is None or a_ev.when.value in USABLE_REFS, borrowed=True
                )
        if (
            precise(ev)
            and mt.family
            and ev.status in (EventStatus.ASSERTED, EventStatus.REPORTED)
            and not mt.from_later
        ):
            told.setdefault(mt.family, []).append(mt)
        out.append(mt)
    return out


def _same(a: Mention, b: Mention) -> bool:
    if actors_differ(a.event, b.event):
        return False  # "Hamas-led gunmen attacked ..." and "Israel's offensive has since killed ..."
    if told_on(a.event, b.event) or means_of(a.event, b.event):
        return True
    if a.event.reading.trigger_entry != b.event.reading.trigger_entry and not (a.definite or b.definite):
        return False  # "stormed the forest" and "a confrontation" there: two events; "the fall of" restates
    if same_happening(a.event, b.event):
        return True
    # a noun mention may share only a name with the event it refers to ("the murder of Slepian")
    return (
        (a.nominal or b.nominal)
        and a.event.kind is b.event.kind
        and bool(a.names & b.names)
        and (a.event.status is EventStatus.NEGATED) == (b.event.status is EventStatus.NEGATED)
    )


def _words(mt: Mention) -> list[str]:
    ev = mt.event
    words = set(mt.names)
    for name in own_places(ev) + ev.actors:
        words |= {w for w in re.findall(r"[^\W\d_]+", norm(name)) if len(w) > 2}
    return sorted(words)


def _keys(mt: Mention) -> list[str]:
    """(kind, name word) keys, and for a precisely dated mention the same in each time bucket of
    its span and of every coarser grain, so that a long chronology's mention meets only the clusters
    of its own time (``merging.time_buckets``)."""
    kind = mt.event.kind.value
    words = _words(mt)
    out = [f"{kind} {w}" for w in words]
    if not mt.vague and not mt.borrowed:
        out += [f"{kind} {b} {w}" for b in time_buckets(mt.event, coarser=True) for w in words]
        out.append(f"{kind} sentence {mt.sentence_index}")  # one sentence's events meet each other
    return out


class _Clusters:
    """Clusters of mentions, found through (kind, name word) keys (for precise mentions, within
    their time buckets) and, for bare anaphora, through the recent clusters of a kind: no mention
    is compared with every cluster of a long article."""

    def __init__(self) -> None:
        self.clusters: list[list[Mention]] = []
        self.index: dict[str, list[int]] = {}
        self.told_by_kind: dict[EventKind, list[tuple[int, int]]] = {}  # (sentence, cluster) of dated mentions
        self.by_entry: dict[tuple[EventKind, str], set[int]] = {}  # clusters with a dated mention of a trigger entry

    def candidates(self, mt: Mention) -> list[int]:
        kind = mt.event.kind.value
        keys = [f"{kind} {w}" for w in _words(mt)]
        return sorted({i for k in keys for i in self._held(k)})

    def precise_candidates(self, mt: Mention) -> list[int]:
        kind = mt.event.kind.value
        words = _words(mt)
        keys = [f"{kind} {b} {w}" for b in time_buckets(mt.event, coarser=True) for w in words]
        keys.append(f"{kind} sentence {mt.sentence_index}")
        return sorted({i for k in keys for i in self._held(k)})

    def _held(self, key: str) -> Sequence[int]:
        held = self.index.get(key, ())
        return held if len(held) <= KEY_CAP else ()  # a word every cluster has names nothing

    def lead(self, i: int) -> Event:
        return self.clusters[i][0].event

    def add(self, mt: Mention, target: int | None) -> None:
        if target is None:
            target = len(self.clusters)
            self.clusters.append([mt])
        else:
            self.clusters[target].append(mt)
        if not mt.vague and precise(self.lead(target)):
            # precise mentions come in text order, so this list stays sorted by sentence
            self.told_by_kind.setdefault(mt.event.kind, []).append((mt.sentence_index, target))
            if mt.event.reading.trigger_entry and _telling(mt.event):
                self.by_entry.setdefault((mt.event.kind, mt.event.reading.trigger_entry), set()).add(target)
        for k in _keys(mt):
            lst = self.index.setdefault(k, [])
            if not lst or lst[-1] != target:
                lst.append(target)

    def precise_target(self, mt: Mention) -> int | None:
        ev = mt.event
        for i in self.precise_candidates(mt):
            lead = self.lead(i)
            if (
                _same(self.clusters[i][0], mt)
                and lead.when is not None
                and ev.when is not None
                and lead.when.overlaps(ev.when)
            ):
                return i
        return None

    def vague_target(self, mt: Mention, past_ref: bool) -> int | None:
        ev = mt.event
        cands = []
        for i in self.candidates(mt):
            lead = self.lead(i)
            if not precise(lead) or not any(_same(x, mt) for x in self.clusters[i]):
                continue
            assert lead.when is not None
            if ev.when is None or mt.borrowed or lead.when.overlaps(ev.when):
                cands.append(i)
        if past_ref:
            if not cands:
                return None
            return max(cands, key=lambda i: (self.lead(i).when.end or _dt.date.max, -self.lead(i).trigger.start))  # type: ignore[union-attr]
        earlier = [i for i in cands if min(x.event.trigger.start for x in self.clusters[i]) < ev.trigger.start]
        if len(earlier) == 1:
            return earlier[0]
        if not earlier and len(cands) == 1:
            return cands[0]
        if not cands and not mt.names:
            told = self.told_by_kind.get(ev.kind, [])
            lo = bisect.bisect_left(told, (mt.sentence_index - 2, -1))
            hi = bisect.bisect_left(told, (mt.sentence_index, -1))
            recent = sorted({i for _, i in told[lo:hi]})
            if len(recent) == 1:
                return recent[0]
        return None

    def recent(self, mt: Mention, sentences: int) -> list[tuple[Mention, int]]:
        """The dated mentions of ``mt``'s kind told before it in its sentence or the ``sentences``
        before, each with its cluster."""
        told = self.told_by_kind.get(mt.event.kind, [])
        lo = bisect.bisect_left(told, (mt.sentence_index - sentences, -1))
        hi = bisect.bisect_right(told, (mt.sentence_index, len(self.clusters)))
        return [
            (x, i)
            for i in sorted({i for _, i in told[lo:hi]})
            for x in self.clusters[i]
            if x.event.trigger.start < mt.event.trigger.start and not x.vague
        ]

    def restated_target(self, mt: Mention) -> int | None:
        """The happening an undated mention that is no definite noun tells again, by the first
        :data:`RESTATEMENT_RULES` record that finds one. A mention dated only by the time the
        narrative carried to it ("officials said the bridge was hit") is read as undated, and the
        happening found must overlap that time."""
        ev = mt.event
        carried = ev.when is not None and ev.time_path is TimePath.NARRATIVE
        if (ev.when is not None and not carried) or mt.named or not _telling(ev):
            return None
        for rule in RESTATEMENT_RULES:
            found = rule.find(mt, self)
            if found is not None:
                lead = self.lead(found).when
                if carried and (lead is None or ev.when is None or not lead.overlaps(ev.when)):
                    return None
                return found
        return None


def _telling(ev: Event) -> bool:
    """The event is told as having happened (asserted or reported), not planned, denied or supposed."""
    return ev.status in (EventStatus.ASSERTED, EventStatus.REPORTED)


def _apart(a: Event, b: Event) -> bool:
    """Two events no restatement rule may join: other actors, two death tolls ("1,300 were killed" is
    not "1,799 have been killed"), or the two sides of a change of hands."""
    entries = frozenset({a.reading.trigger_entry, b.reading.trigger_entry})
    tolls = a.fatalities is not None and b.fatalities is not None and a.fatalities != b.fatalities
    sides_a, sides_b = _sides(a), _sides(b)
    sides = len(sides_a) == 1 and len(sides_b) == 1 and sides_a != sides_b  # "the army" / "the rebels"
    return tolls or sides or actors_differ(a, b) or entries in A.CONTRASTING_ENTRIES


def _sides(ev: Event) -> set[str]:
    """The sides of a war an event's actors are named by ("the army": state; "rebels": armed group)."""
    return {A.HEAD_SIDES[w] for a in ev.actors for w in re.findall(r"[a-z]+", a.casefold()) if w in A.HEAD_SIDES}


_BARE_PLACE = re.compile(r"the\s+([a-z-]+)", re.I)


def _place_head(place: str) -> str:
    """The head noun of a place phrase: "a bridge" -> bridge, "the headquarters of the 6th Division" -> headquarters."""
    words = place.casefold().split(" of ")[0].split()
    return words[-1] if words else ""


def _bare_heads(ev: Event) -> frozenset[str]:
    """The heads of an event's own places when every one is a bare definite noun ("the bridge",
    "the base"): a place that points back at one named before. Empty otherwise."""
    places = own_places(ev)
    heads = set()
    for p in places:
        m = _BARE_PLACE.fullmatch(p.strip())
        word = m.group(1).casefold() if m else ""
        if word not in A.GENERIC_PLACE_WORDS and word not in A.SITE_HEADS:
            return frozenset()
        heads.add(word)
    return frozenset(heads)


def _same_site(head: str, other: str) -> bool:
    return head == other or (head in A.MILITARY_SITE_HEADS and other in A.MILITARY_SITE_HEADS)


def _by_bare_place(mt: Mention, cl: _Clusters) -> int | None:
    heads = _bare_heads(mt.event)
    if not heads:
        return None
    fits = [
        (x.event.trigger.start, i)
        for x, i in cl.recent(mt, 3)
        if _telling(x.event)
        and not _apart(x.event, mt.event)
        and any(_same_site(h, _place_head(p)) for h in heads for p in x.event.places)
    ]
    return max(fits)[1] if fits else None  # the latest place it can point back at


def _by_own_entry(mt: Mention, cl: _Clusters) -> int | None:
    ev = mt.event
    entry = ev.reading.trigger_entry
    if not entry or own_places(ev) or mt.nominal:
        return None
    held = cl.by_entry.get((ev.kind, entry), set())
    if len(held) != 1:
        return None  # two dated happenings of that kind of act: which one it tells is a guess
    (i,) = held
    if any(_apart(x.event, ev) for x in cl.clusters[i]):
        return None
    return i


@attrs.frozen(slots=True)
class RestatementRule:
    """A record by which an undated mention is found to tell again a happening its article dated:
    ``find`` gives the happening's cluster or ``None``; ``examples`` a pair of sentences it joins and
    ``near_miss`` one it must leave apart (tests/test_merging.py holds the full tables)."""

    name: str
    find: Callable[[Mention, _Clusters], int | None]
    examples: str = ""
    near_miss: str = ""


#: How an undated mention that is no definite event noun is found to restate a dated happening, in order.
RESTATEMENT_RULES: tuple[RestatementRule, ...] = (
    RestatementRule(
        "bare-place",
        _by_bare_place,
        "'Drones destroyed a bridge near Kamenka on Tuesday. ... the bridge was hit by rockets'",
        "'... a second bridge was hit' (no definite place); 'the hospital was hit' (another site)",
    ),
    RestatementRule(
        "own-entry",
        _by_own_entry,
        "'The army withdrew from Tanta on Sunday. ... the general said his units had withdrawn'",
        "two dated withdrawals in the article; 'rebels withdrew' after 'the army withdrew'",
    ),
)


def corefer(mentions: Sequence[Mention]) -> list[Event]:
    """The events of an article's mentions, those of one happening found together.

    A precisely dated mention joins a cluster of the same happening (same
    kind, a shared place, actor or name) whose time overlaps its own. A vague
    mention then joins one cluster of the same happening: for "recently"
    (PAST_REF) the latest such cluster; for an undated definite noun ("the
    fall of Aleppo") the only one mentioned before it in the text, or the
    only one at all; a bare definite noun with no name of its own ("the
    decision") the one event of its kind told in the two sentences before.
    A mention named by its date ("the 2011 uprising") is an event only when
    the article tells more of it (another mention, a death toll). Every other
    mention of a happening is kept, completed from its lead (:func:`_restated`).
    """
    cl = _Clusters()
    # a mention dated only by the event it refers back to folds like an undated definite noun
    ordered = sorted(mentions, key=lambda x: (x.vague or x.borrowed, x.event.trigger.start))
    for mt in ordered:
        ev = mt.event
        if not mt.vague and not mt.borrowed:
            target = cl.precise_target(mt)
            cl.add(mt, target if target is not None else cl.restated_target(mt))
            continue
        past_ref = ev.when is not None and ev.when.value == "PAST_REF"
        if not (past_ref or ((ev.when is None or mt.borrowed) and mt.definite)):
            cl.add(mt, cl.restated_target(mt))
            continue
        cl.add(mt, cl.vague_target(mt, past_ref))
    out = []
    for group in cl.clusters:
        if all(
            x.named and x.event.when is not None and x.event.when.granularity is Granularity.YEAR for x in group
        ) and all(x.event.fatalities is None for x in group):
            continue  # "many fled after the 2011 uprising": a year naming an episode, not an event told here
        if len(group) == 1:
            out.append(group[0].event)
            continue
        lead = combine([x.event for x in group])
        kept = [x for x in group if not _bare_reference(x, lead)]
        # a bare back-reference is no event of its own; its words stay a source of the happening
        extra = tuple(r for x in group if x not in kept for r in x.event.sources)
        for x in kept:
            ev = _restated(x, lead)
            if extra and ev.trigger == lead.trigger:
                ev = attrs.evolve(ev, sources=tuple(sorted(set(ev.sources + extra), key=_source_order)))
            out.append(ev)
    return out


def _source_order(r: SourceRef) -> tuple[str, int, int]:
    return (r.source, r.trigger.start, r.trigger.end)


def _bare_reference(mt: Mention, lead: Event) -> bool:
    """A definite noun that only points back at a happening its article told ("killed in the fighting",
    "during the operation", "according to the indictment"): no time, actor, place or toll of its own.
    The guidelines count no such back-reference as an event; the happening's lead stays."""
    ev = mt.event
    if ev.trigger == lead.trigger or not (mt.nominal and mt.definite):
        return False
    own_time = precise(ev) and not mt.borrowed
    return not own_time and not ev.actors and not own_places(ev) and ev.fatalities is None


def _restated(mt: Mention, lead: Event) -> Event:
    """A mention of a happening, completed from the happening's ``lead`` (:func:`combine` of its
    mentions): the lead's mention itself keeps its own words; another takes the lead's time when
    it has no precise time of its own, and its actors, places and toll when it names none."""
    ev = mt.event
    if ev.trigger == lead.trigger and ev.sentence == lead.sentence:
        return ev
    ev = attrs.evolve(
        ev,
        restates=lead.trigger,
        actors=ev.actors or lead.actors,
        places=ev.places or lead.places,
        fatalities=ev.fatalities if ev.fatalities is not None else lead.fatalities,
    )
    if precise(ev) or not precise(lead):
        return ev
    assert lead.when is not None
    params = (("trigger", ev.trigger.text), ("lead", lead.trigger.text), ("value", lead.when.value))
    tie = Tie(RESTATEMENT, TimePath.NARRATIVE, lead.when, lead.time_source, params)
    return attrs.evolve(
        ev,
        when=lead.when,
        time_source=lead.time_source,
        time_path=TimePath.NARRATIVE,
        time_rule=RESTATEMENT,
        explanation=explain(tie, ev.status, mt.cue, mt.kind_rule),
    )
