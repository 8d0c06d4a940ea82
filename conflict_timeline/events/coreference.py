"""Coreference within an article: a definite noun takes up the time of the event it refers to, and
the mentions of one happening are folded into one event.
"""

from __future__ import annotations

import bisect
import datetime as _dt
import re
from collections.abc import Sequence

import attrs

from ..lexicon import event_words as W
from ..model import Event, EventKind, EventStatus, Granularity, TimePath
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
from .tie_context import ANTECEDENT, ANTECEDENT_HYPERNYM
from .times import USABLE_REFS, precise
from .tying import explain

__all__ = ["borrow_antecedent_times", "corefer"]


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


def corefer(mentions: Sequence[Mention]) -> list[Event]:
    """Fold mentions of one happening within an article into one event.

    A precisely dated mention joins a cluster of the same happening (same
    kind, a shared place, actor or name) whose time overlaps its own. A vague
    mention then joins one cluster of the same happening: for "recently"
    (PAST_REF) the latest such cluster; for an undated definite noun ("the
    fall of Aleppo") the only one mentioned before it in the text, or the
    only one at all; a bare definite noun with no name of its own ("the
    decision") the one event of its kind told in the two sentences before.
    A mention named by its date ("the 2011 uprising") is an event only when
    the article tells more of it (another mention, a death toll).
    """
    cl = _Clusters()
    # a mention dated only by the event it refers back to folds like an undated definite noun
    ordered = sorted(mentions, key=lambda x: (x.vague or x.borrowed, x.event.trigger.start))
    for mt in ordered:
        ev = mt.event
        if not mt.vague and not mt.borrowed:
            cl.add(mt, cl.precise_target(mt))
            continue
        past_ref = ev.when is not None and ev.when.value == "PAST_REF"
        if not (past_ref or ((ev.when is None or mt.borrowed) and mt.definite)):
            cl.add(mt, None)
            continue
        cl.add(mt, cl.vague_target(mt, past_ref))
    out = []
    for group in cl.clusters:
        if all(
            x.named and x.event.when is not None and x.event.when.granularity is Granularity.YEAR for x in group
        ) and all(x.event.fatalities is None for x in group):
            continue  # "many fled after the 2011 uprising": a year naming an episode, not an event told here
        evs = [x.event for x in group]
        out.append(combine(evs) if len(evs) > 1 else evs[0])
    return out
