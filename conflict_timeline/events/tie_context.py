"""What the time records read and what they are: the context of one event, the record type, the
reporting frame, and the names of the records (:data:`~.tying.TIME_RULES` orders them)."""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable, Sequence
from typing import Literal

import attrs

from ..lexicon import event_grammar as G
from ..lexicon import event_words as W
from ..lexicon import verbs as V
from ..lexicon.calendar import UNITS
from ..model import (
    EventStatus,
    TimePath,
    TimeSpan,
)
from ..text import Clause, Tense, TextLayer, Token, is_capitalised
from ..text import verb_tense as tense_at
from .arguments import dateline
from .mention import Tie
from .sentence import SentenceView
from .state import Narrative
from .syntax import (
    clause_index,
    copula_tense,
    temporal_object,
    verbal_use,
    verbless,
)
from .times import (
    USABLE_REFS,
    SentenceTime,
    after_publication,
    when_of,
)
from .triggers import TriggerMatch

__all__ = ["Params", "TieExample", "TieContext", "TieRule", "Frame", "context", "read_frame", "coordinated_perfect"]

Params = tuple[tuple[str, str], ...]


@attrs.frozen(slots=True)
class TieExample:
    """A small article, the trigger of one of its events and that event's time value (``None``: undated).

    As an example of a record, the record ties that event; as a near-miss, another record (or
    none) does, and the event gets ``value``."""

    text: str
    published: str
    trigger: str
    value: str | None
    occurrence: int = 0  # which occurrence of ``trigger`` in ``text`` (0: the first)


@attrs.frozen(slots=True)
class TieContext:
    """What the records read for one event: its sentence, trigger, clause and status, the times of
    its clause and sentence it may take, the publication day, the narrative so far and the layer."""

    view: SentenceView
    m: TriggerMatch
    ci: int
    status: EventStatus
    in_clause: tuple[SentenceTime, ...]  # times of its clause no reporting verb owns
    own: tuple[SentenceTime, ...]  # ... of those, the ones it owns or nobody does
    free: tuple[SentenceTime, ...]  # times of clauses without an event or report of their own
    pub: _dt.date
    state: Narrative
    layer: TextLayer
    frame: Frame | None = None  # the reporting frame, read once for the frame records

    @property
    def toks(self) -> tuple[Token, ...]:
        return self.view.tokens

    @property
    def clause(self) -> Clause:
        return self.view.clauses[self.ci]

    @property
    def verbal(self) -> bool:
        return verbal_use(self.view.tokens, self.m)

    @property
    def tense(self) -> Tense:
        own = tense_at(self.view.tokens, self.m.verb_at, self.clause.first)
        if own is Tense.PAST:
            return coordinated_perfect(self.view, self.m, self.ci) or own
        return own

    @property
    def hypothetical(self) -> bool:
        return self.status is EventStatus.HYPOTHETICAL


Pick = Callable[[TieContext], "tuple[SentenceTime, Params] | None"]
Find = Callable[[TieContext], "Tie | None"]


@attrs.frozen(slots=True)
class TieRule:
    """One way of tying an event to its time.

    ``ties`` says in words what it ties; ``explains`` is the explanation's template (``{name}``
    fields filled from the tie's ``params``). A record either picks a time expression of the
    sentence (``pick``), refines a picked time (``scope="refine"``), finds a time the sentence does
    not give (``find``), or is applied by the article once all sentences are read
    (``scope="article"``, neither function).
    """

    name: str
    path: TimePath
    ties: str
    explains: str
    examples: tuple[TieExample, ...]
    near_misses: tuple[TieExample, ...] = ()
    pick: Pick | None = None
    find: Find | None = None
    scope: Literal["sentence", "refine", "article"] = "sentence"


_PERFECTS = (Tense.PAST_PERFECT, Tense.PRESENT_PERFECT)


def coordinated_perfect(view: SentenceView, m: TriggerMatch, ci: int) -> Tense | None:
    """The perfect a participle shares with the verb it is coordinated with: "had killed dozens of
    soldiers *and destroyed* several aircraft" (the second verb is a past perfect too)."""
    toks = view.tokens
    low = toks[m.verb_at].lower
    if not verbal_use(toks, m) or not (low.endswith("ed") or low in V.PAST_PARTICIPLES):
        return None
    j = m.verb_at - 1
    while j > 0 and (toks[j].lower.endswith("ly") or toks[j].lower in G.STATUS_SKIPPABLE):
        j -= 1
    if j <= 0 or toks[j].lower not in G.VERB_COORDINATORS:
        return None
    first = view.clauses[ci].first
    for k in reversed(view.matches):
        if k.last <= j and k.verbal and clause_index(view.clauses, k.first) == ci:
            t = tense_at(toks, k.verb_at, first)
            return t if t in _PERFECTS else None
    return None


def context(
    view: SentenceView, m: TriggerMatch, status: EventStatus, pub: _dt.date, state: Narrative, layer: TextLayer
) -> TieContext:
    """The times an event of ``view`` may take, filtered as its clause and tense require."""
    toks, cls = view.tokens, view.clauses
    ci = clause_index(cls, m.first)
    clause = cls[ci]
    owned_clauses = {clause_index(cls, i) for i in view.owners}
    # a time after a modal belongs to the modal's verb: "decided the boy should go home by Jan. 14"
    mine = [
        (t, o)
        for t, o in view.owned()
        if t.clause == ci and (o is None or view.owners.get(o) == "event") and not behind_modal(toks, m, t)
    ]
    # "The attack came a day after the summit": the offset is counted from the summit, whose day the
    # sentence does not give; the noun refers back to an event told before (see .coreference)
    mine = [(t, o) for t, o in mine if not _sequel_offset(toks, m, t)]
    in_clause = _past_dateline([t for t, _ in mine], layer)
    own = _past_dateline([t for t, o in mine if o is None or m.first <= o < m.head_last], layer)
    free = [
        t
        for t in view.usable
        if t.clause not in owned_clauses
        and (adverbial(toks, cls[t.clause], view.times) or verbless(toks, cls[t.clause]))
        and not behind_modal(toks, m, t)
    ]
    if any(t is not x for t in view.usable for x in free if _entry_stamp(x)):
        # a live blog's entry stamp ("11:20 A recap: Zelenskiy said on Thursday that ...") tells
        # when the entry was written; a time of the entry's own words says more
        free = [t for t in free if not _entry_stamp(t)]
    if verbal_use(toks, m) and tense_at(toks, m.verb_at, clause.first) in (
        Tense.PAST,
        Tense.PAST_PERFECT,
        Tense.PRESENT_PERFECT,
    ):
        # what has happened cannot lie after the publication day: "decided to admit Poland in
        # early March" (an article of February) dates the admission, not the decision
        in_clause = [t for t in in_clause if not after_publication(t, pub)]
        own = [t for t in own if not after_publication(t, pub)]
        free = [t for t in free if not after_publication(t, pub)]
    if temporal_object(toks, m) and not concurrent_lead(toks, m):
        # "10 days before the murder": the event is the reference point, not at the clause's time
        in_clause = [t for t in in_clause if t.first > m.first]
        free = []
    ctx = TieContext(view, m, ci, status, tuple(in_clause), tuple(own), tuple(free), pub, state, layer)
    return attrs.evolve(ctx, frame=read_frame(ctx))


def _sequel_offset(toks: Sequence[Token], m: TriggerMatch, t: SentenceTime) -> bool:
    """An offset counted from another event ("a day after") right after a verb of sequence whose
    subject is the event noun ("The attack *came a day after* ..."; a verb cannot be followed by
    another finite verb, so "strikes came" is a noun there)."""
    if t.first != m.head_last + 1 or m.head_last >= len(toks):
        return False
    return toks[m.head_last].lower in G.SEQUEL_VERBS and toks[t.last - 1].lower in G.OFFSET_LINKS


def _past_dateline(times: list[SentenceTime], layer: TextLayer) -> list[SentenceTime]:
    """The times without the dateline's date ("MOGADISHU, Oct 30 (Wire) - Bombs exploded on
    Saturday"): the day the story was filed gives way to any other time of the clause."""
    line = dateline(layer.text) if any(t.expr.start < _DATELINE_REACH for t in times) else None
    if line is None:
        return times
    return [t for t in times if t.expr.start >= line.end] or times


#: How far into the text a dateline's date can lie (the dateline pattern reads at most this far).
_DATELINE_REACH = 120


def _entry_stamp(t: SentenceTime) -> bool:
    """A clock time that opens the sentence as a live blog's entry stamp ("09:30", "07:40 GMT")."""
    return t.first == 0 and G.CLOCK_STAMP.fullmatch(t.expr.text) is not None


def concurrent_lead(toks: Sequence[Token], m: TriggerMatch) -> bool:
    """A bare event noun right after "after", "amid" or "during", without a determiner or a length
    before it ("retook the village *after clashes*", "killed *amid heavy shelling*"): the fighting
    that the clause's event came out of or went with, told at its time, not a point it is
    measured from ("two days after the attack")."""
    j = m.first - 1
    while j > 0 and toks[j].is_word and toks[j].lower not in G.CONCURRENT_LEADS and toks[j].lower.isalpha():
        if toks[j].lower in G.NOUN_DETERMINERS or is_capitalised(toks[j]) or m.first - j > 2:
            return False
        j -= 1  # one or two plain modifiers: "after *fierce* clashes"
    if j < 0 or toks[j].lower not in G.CONCURRENT_LEADS:
        return False
    return j == 0 or toks[j - 1].lower.removesuffix("s") not in UNITS  # "two days after clashes": a length


def behind_modal(toks: Sequence[Token], m: TriggerMatch, t: SentenceTime) -> bool:
    """A time after the trigger with a modal between them belongs to that verb ("decided the boy
    should go home by Jan. 14")."""
    if t.first < m.last:
        return False
    return any(toks[k].lower in V.MODALS for k in range(m.last, t.first))


def adverbial(toks: Sequence[Token], clause: Clause, times: Sequence[SentenceTime]) -> bool:
    """A clause that is nothing but times and their prepositions ("On Monday,", "Last week,",
    "Before dawn on 03/06,", "Overnight 3-4 May,")."""
    rest = [
        x
        for k, x in enumerate(toks[clause.first : clause.last], clause.first)
        if not any(t.first <= k < t.last for t in times) and x.is_word
    ]
    return len(rest) <= 2 and all(
        x.lower in G.PREPOSITIONS or x.lower in W.FUNCTION_WORDS or x.lower in G.TIME_CLAUSE_WORDS for x in rest
    )


@attrs.frozen(slots=True)
class Frame:
    """What the frame of the news reads for an event without a time of its own."""

    tense: Tense
    reported: bool  # a reporting verb before it
    report: SentenceTime | None  # the time of the nearest reporting verb that has one
    report_span: TimeSpan | None
    group: str  # the verb group, for the explanation


def read_frame(ctx: TieContext) -> Frame | None:
    """The reporting frame of an event, or None when its status or tense gives none."""
    status, toks, m = ctx.status, ctx.toks, ctx.m
    if status in (EventStatus.PLANNED, EventStatus.EXPECTED, EventStatus.HYPOTHETICAL):
        return None
    tense = ctx.tense if ctx.verbal else copula_tense(toks, m, ctx.clause)
    if status is EventStatus.NEGATED and not (
        tense is Tense.PRESENT or (tense is Tense.PRESENT_PERFECT and not ctx.verbal)
    ):
        # "there have been no arrests", "the court neither approves nor ...": not so, as of the
        # frame; but "the government has not agreed to the truce" tells of nothing that happened
        return None
    owners = ctx.view.owners
    reports = [i for i, kind in owners.items() if kind == "report"]
    report: SentenceTime | None = None
    for r in sorted(reports, key=lambda i: (abs(i - m.first), i)):
        report = next((t for t, o in ctx.view.owned() if o == r), None)
        if report is not None:
            break
    span = when_of(report.expr, ctx.pub) if report is not None else None
    if span is not None and (span.value in USABLE_REFS or span.start is None):
        span = None
    group = " ".join(t.text for t in toks[max(ctx.clause.first, m.first - 3) : m.head_last])
    return Frame(tense, any(i < m.first for i in reports), report, span, group)


# --- the records, in the order they are tried ----------------------------------------------------

UNREAL = "unreal"
OFFSET = "offset"
LONE_TIME = "lone-time"
NAMED = "named"
OWN_CLAUSE = "own-clause"
REPORTED_NOUN = "reported-noun"
RELATIVE_START = "relative-start"
DESCRIBED_CLAUSE = "described-clause"
CONCURRENT = "concurrent"
RELATIVE_NOUN = "relative-noun"
REDUCED_RELATIVE = "reduced-relative"
PREDICATE = "predicate"
HOST = "host"
WHEN_CLAUSE_AFTER = "when-clause-after"
PAST_PLAN = "past-plan"
FRONTED = "fronted"
NOUN_IN_CLAUSE = "noun-in-clause"
SENTENCE = "sentence"
CLAUSE_SHARED = "clause-shared"
CLOCK_ON_KIN_DAY = "clock-on-kin-day"
CLOCK_ON_STORY_DAY = "clock-on-story-day"
PARTICIPLE_OF_NOUN = "participle-of-noun"
SCENE = "scene"
PAST_DAY = "past-day"
CONNECTOR = "connector"
PERFECT_UNDER_REPORT = "perfect-under-report"
NEWS_FRAME_PRESENT = "news-frame-present"
PLUPERFECT_UNDER_REPORT = "pluperfect-under-report"
PLUPERFECT_CARRIED = "pluperfect-carried"
PLUPERFECT_REPORTED = "pluperfect-reported"
PROGRESSIVE_UNDER_REPORT = "progressive-under-report"
CARRIED_KIN = "carried-kin"
CARRIED = "carried"
REPORTED_CARRIED = "reported-carried"
REACTION = "reaction"
LEAD = "lead"
HEADLINE = "headline"
ANTECEDENT = "antecedent"
ANTECEDENT_HYPERNYM = "antecedent-hypernym"
RESTATEMENT = "restatement"
NONE = "none"
