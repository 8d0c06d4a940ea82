"""Tying an event to its time: an ordered tuple of named records.

Each :class:`TieRule` names one way a text tells when an event happened, with the examples that
prove it and the near-misses it must leave alone. :func:`tie_time` tries the sentence records in
order; the first that fires decides, and the event records its name (``Event.time_rule``). The
order is written once, in :data:`TIME_RULES`:

1. records that pick a time expression of the sentence (``pick``): the time that names a noun,
   the time of the event's own clause, of the clause a relative or "when" clause describes, of a
   fronted phrase, of the sentence. Once one has picked a time, no later one is tried; a vague
   "recently" or "soon" under a verb in the present perfect or present is dropped, since the
   frame of the news says more (the narrative records follow);
2. a refiner (``refine``) that moves a bare clock time to the day of the earlier event of its kind;
3. records that take a time the sentence does not give (``tie``): a scene set before, a narrative
   connector ("then"), the frame of the news (a present perfect, a past perfect under a report),
   the time of the narrative carried on, the news day of a reaction;
4. records the article applies once every sentence is read (``scope="article"``): the lead's
   events take the day of the first event the article dates; a definite noun takes up the time of
   the earlier event it refers to (see :mod:`.lead` and :mod:`.coreference`).

An event no record ties stays undated (:data:`NO_TIME`).
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Callable, Mapping, Sequence
from typing import Literal

import attrs

from ..lexicon import event_grammar as G
from ..lexicon import event_words as W
from ..lexicon import verbs as V
from ..model import (
    AnchorKind,
    EventStatus,
    Granularity,
    Mod,
    SignalEffect,
    Span,
    TemporalExpression,
    TimePath,
    TimeSpan,
    TimexType,
)
from ..text import Clause, Tense, TextLayer, Token, is_capitalised
from ..text import verb_tense as tense_at
from .mention import Tie
from .sentence import SentenceView
from .state import CARRY_DAYS, NEWS_FRAME_PERFECT, Narrative, Told, clock_only
from .syntax import (
    clause_index,
    copula_tense,
    reduced_relative,
    reports_before,
    seen_in_the_past,
    temporal_object,
    verbal_use,
    verbless,
)
from .times import (
    USABLE_REFS,
    SentenceTime,
    after_publication,
    day_of,
    effective_signal,
    nearest,
    past_day_period,
    recent_day,
    when_of,
)
from .triggers import TriggerMatch

__all__ = ["TieExample", "TieRule", "TieContext", "TIME_RULES", "NO_TIME", "tie_time", "explain", "rule_named"]

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
    frame: _Frame | None = None  # the reporting frame, read once for the frame records

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
        if t.clause == ci and (o is None or view.owners.get(o) == "event") and not _behind_modal(toks, m, t)
    ]
    in_clause = [t for t, _ in mine]
    own = [t for t, o in mine if o is None or m.first <= o < m.head_last]
    free = [
        t
        for t in view.usable
        if t.clause not in owned_clauses
        and (_adverbial(toks, cls[t.clause], view.times) or verbless(toks, cls[t.clause]))
        and not _behind_modal(toks, m, t)
    ]
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
    if temporal_object(toks, m):
        # "10 days before the murder": the event is the reference point, not at the clause's time
        in_clause = [t for t in in_clause if t.first > m.first]
        free = []
    ctx = TieContext(view, m, ci, status, tuple(in_clause), tuple(own), tuple(free), pub, state, layer)
    return attrs.evolve(ctx, frame=read_frame(ctx))


def _behind_modal(toks: Sequence[Token], m: TriggerMatch, t: SentenceTime) -> bool:
    """A time after the trigger with a modal between them belongs to that verb ("decided the boy
    should go home by Jan. 14")."""
    if t.first < m.last:
        return False
    return any(toks[k].lower in V.MODALS for k in range(m.last, t.first))


def _adverbial(toks: Sequence[Token], clause: Clause, times: Sequence[SentenceTime]) -> bool:
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


# --- records that pick a time of the sentence --------------------------------------------------


def _pick_named(ctx: TieContext) -> tuple[SentenceTime, Params] | None:
    t = ctx.view.named_by.get(ctx.m.first)
    return (t, ()) if t is not None else None


def _pick_own_clause(ctx: TieContext) -> tuple[SentenceTime, Params] | None:
    t = nearest(ctx.own, ctx.m)
    return (t, ()) if t is not None else None


def _pick_reported_noun(ctx: TieContext) -> tuple[SentenceTime, Params] | None:
    """ "Heavy fighting *was reported* around Dansha on Monday": an event noun that is the subject
    of a passive verb of report or sight happened at that verb's time."""
    if ctx.verbal:
        return None
    toks, j = ctx.toks, ctx.m.head_last
    while j < len(toks) and (
        toks[j].lower in V.AUXILIARIES or toks[j].lower.endswith("ly") or toks[j].lower in G.STATUS_SKIPPABLE
    ):
        j += 1
    if j == ctx.m.head_last or j >= len(toks) or toks[j].lower not in G.PASSIVE_REPORTS:
        return None
    t = next((t for t, o in ctx.view.owned() if o == j), None)
    return (t, (("report", toks[j].text),)) if t is not None else None


def _pick_described_clause(ctx: TieContext) -> tuple[SentenceTime, Params] | None:
    """ "from 1968, when the Soviets invaded": the clause says what happened at that time."""
    clause, ci = ctx.clause, ctx.ci
    if clause.opener not in G.TIME_CLAUSE_OPENERS or ci == 0:
        return None
    prev = ctx.view.clauses[ci - 1]
    before = [t for t in ctx.view.usable if t.clause == ci - 1 and t.last >= prev.last - 1]
    if not before:
        # "460 patients were killed on Tuesday at the hospital when fighters stormed it": the
        # time the event of the clause before owns
        owners = ctx.view.owners
        before = [t for t, o in ctx.view.owned() if t.clause == ci - 1 and o is not None and owners.get(o) == "event"]
    return (before[-1], (("opener", clause.opener),)) if before else None


def _named_before(ctx: TieContext, end: int, reach: int, *, plain: bool) -> SentenceTime | None:
    """The last time that names a noun ending before ``end`` (within ``reach`` tokens), with no
    other event or report between (``plain``: only lower-case words between)."""
    toks, view = ctx.toks, ctx.view
    named = [
        t
        for t in view.dated_times
        if (t.last < end if plain else t.last <= end)
        and end - t.last <= reach
        and (
            all(x.is_word and not is_capitalised(x) for x in toks[t.last : end])
            if plain
            else any(x.is_word for x in toks[t.last : end])  # a noun follows the time
        )
        and not any(k in view.owners and k not in view.named_tokens for k in range(t.last, end))
    ]
    return named[-1] if named else None


def _pick_relative_noun(ctx: TieContext) -> tuple[SentenceTime, Params] | None:
    """ "the 1996 Olympic bombing that killed one person": the time of the noun the clause describes."""
    if ctx.clause.opener not in G.RELATIVE_OPENERS or ctx.ci == 0 or not ctx.verbal:
        return None
    t = _named_before(ctx, ctx.clause.first, 10, plain=False)
    return (t, ()) if t is not None else None


def _pick_relative_start(ctx: TieContext) -> tuple[SentenceTime, Params] | None:
    """ "the talks, *which opened on May 6*, produced a declaration": a relative clause right after
    an event noun that tells when it began or took place gives the noun its time."""
    if ctx.verbal or ctx.ci + 1 >= len(ctx.view.clauses):
        return None
    toks, nxt = ctx.toks, ctx.view.clauses[ctx.ci + 1]
    if nxt.opener not in G.RELATIVE_OPENERS or nxt.first - ctx.m.head_last > G.RELATIVE_REACH:
        return None
    j = nxt.first + 1 if toks[nxt.first].lower == nxt.opener else nxt.first
    while j < nxt.last and (
        toks[j].lower in V.AUXILIARIES or toks[j].lower.endswith("ly") or toks[j].lower in G.STATUS_SKIPPABLE
    ):
        j += 1
    verb = _phrase_at(toks, j, G.TAKING_PLACE)
    if verb is None:
        return None
    t = next((t for t in ctx.view.usable if t.clause == ctx.ci + 1 and t.first >= j), None)
    return (t, (("verb", verb),)) if t is not None else None


def _phrase_at(toks: Sequence[Token], j: int, phrases: frozenset[str]) -> str | None:
    """The longest of ``phrases`` whose words start at ``toks[j]``."""
    best: str | None = None
    for p in phrases:
        words = p.split()
        if all(j + k < len(toks) and toks[j + k].lower == w for k, w in enumerate(words)):
            if best is None or len(words) > len(best.split()):
                best = p
    return best


def _pick_reduced_relative(ctx: TieContext) -> tuple[SentenceTime, Params] | None:
    """ "the Feb. 23 accord signed by Annan": a participle right after a noun dated by its name."""
    if not reduced_relative(ctx.toks, ctx.m):
        return None
    t = _named_before(ctx, ctx.m.first, 4, plain=True)
    return (t, ()) if t is not None else None


def _pick_predicate(ctx: TieContext) -> tuple[SentenceTime, Params] | None:
    """ "bombings at U.S. embassies in Nairobi, Kenya, on Aug. 7 killed 258 people": a killing word
    that gives this noun its toll is its predicate, and the time of its clause is the noun's."""
    view, m = ctx.view, ctx.m
    if ctx.verbal:
        return None
    pred = next((k for k in view.matches if k.first > m.first and view.absorbed(k)), None)
    if pred is None or any(m.last <= e.first < pred.first for e in view.events):
        return None
    pc = clause_index(view.clauses, pred.first)
    pts = [t for t, o in view.owned() if t.clause == pc and o is None and not after_publication(t, ctx.pub)]
    t = nearest(pts, pred)
    return (t, (("predicate", view.tokens[pred.first].text),)) if t is not None else None


def _pick_host(ctx: TieContext) -> tuple[SentenceTime, Params] | None:
    """ "was critically injured in the 1998 clinic bombing": the date of the event it happened in."""
    view, m, toks = ctx.view, ctx.m, ctx.toks
    if not ctx.verbal:
        return None
    host = next(
        (
            k
            for k in view.matches
            if k.first > m.last
            and k.first in view.named_by
            and clause_index(view.clauses, k.first) == ctx.ci
            and any(toks[j].lower in G.HOST_PREPOSITIONS for j in range(max(m.last, k.first - 6), k.first))
        ),
        None,
    )
    if host is None:
        return None
    return view.named_by[host.first], (("host", toks[host.first].text),)


def _pick_when_clause_after(ctx: TieContext) -> tuple[SentenceTime, Params] | None:
    """ "73 soldiers were killed when two helicopters collided last February"."""
    cls = ctx.view.clauses
    if ctx.ci + 1 >= len(cls) or cls[ctx.ci + 1].opener != "when":
        return None
    nxt = [t for t in ctx.view.usable if t.clause == ctx.ci + 1]
    return (nxt[0], ()) if nxt else None


def _pick_fronted(ctx: TieContext) -> tuple[SentenceTime, Params] | None:
    """ "In a massive demonstration ..., women marched ... on Friday": a fronted phrase shares the
    time of the main clause's event."""
    toks, clause = ctx.toks, ctx.clause
    if (
        ctx.hypothetical
        or ctx.ci != 0
        or ctx.verbal
        or toks[clause.first].lower not in G.FRONTING_PREPOSITIONS
        or not verbless(toks, clause)
    ):
        return None
    owners = ctx.view.owners
    main = [t for t, o in ctx.view.owned() if t.clause > ctx.ci and o is not None and owners.get(o) == "event"]
    return (main[0], ()) if main else None


def _pick_noun_in_clause(ctx: TieContext) -> tuple[SentenceTime, Params] | None:
    """A noun shares its own clause's time before a time elsewhere in the sentence: "a nurse who was
    wounded earlier this year in the bombing of a clinic"."""
    if ctx.hypothetical or ctx.verbal:
        return None
    t = nearest(ctx.in_clause, ctx.m)
    return (t, ()) if t is not None else None


def _pick_sentence(ctx: TieContext) -> tuple[SentenceTime, Params] | None:
    if ctx.hypothetical:
        return None
    t = nearest(ctx.free, ctx.m)
    return (t, ()) if t is not None else None


def _pick_clause_shared(ctx: TieContext) -> tuple[SentenceTime, Params] | None:
    """A time another event of the clause owns: "seized X on Friday and advanced"."""
    if ctx.hypothetical:
        return None
    t = nearest(ctx.in_clause, ctx.m)
    return (t, ()) if t is not None else None


def _frame_says_more(ctx: TieContext, t: SentenceTime) -> bool:
    """ "have recently been ceding": the present perfect frame says more than "recently"."""
    return (
        t.expr.value in ("PAST_REF", "FUTURE_REF")
        and ctx.verbal
        and ctx.tense in (Tense.PRESENT_PERFECT, Tense.PRESENT)
    )


def _expression_tie(ctx: TieContext, rule: TieRule, t: SentenceTime, params: Params) -> Tie:
    signal = effective_signal(t.expr)
    when = when_of(t.expr, ctx.pub, signal)
    path = rule.path
    more: list[tuple[str, str]] = [("expr", t.expr.text), ("value", when.value if when else t.expr.value)]
    anchor = t.expr.anchor
    if anchor is not None and anchor.kind is AnchorKind.EXPRESSION:
        path = TimePath.NARRATIVE
        more.append(("anchor", anchor.describe()))
    if signal is not None:
        more.append(("signal", signal.text.lower()))
    return Tie(rule.name, path, when, t.expr, (*params, *more))


# --- the refiner --------------------------------------------------------------------------------


def _clock_on_kin_day(ctx: TieContext, tie: Tie) -> Tie | None:
    """A clock time with no day of its own ("was shot to death *at 10 p.m.*"), which the engine
    puts on the publication day, moved to the day of the earlier event of the same kind
    ("... shot to death last Oct. 23"): a past event told again with its hour. None otherwise."""
    kin = ctx.state.told_days.get(W.ANAPHORA_FAMILIES.get(ctx.m.entry.name, ctx.m.entry.name))
    when, pub = tie.when, ctx.pub
    if when is None or kin is None or tie.expr is None or not clock_only(tie.expr):
        return None
    if not when.value.startswith(pub.isoformat() + "T") or ctx.tense not in (Tense.PAST, Tense.PAST_PERFECT):
        return None
    span = kin.when
    day = day_of(span.start)
    if (
        day is None
        or day != day_of(span.end)
        or day >= pub
        or span.granularity is None
        or span.granularity.rank < Granularity.DAY.rank
    ):
        return None
    shift = day - pub
    moved = attrs.evolve(
        when,
        value=day.isoformat() + when.value[len(pub.isoformat()) :],
        start=when.start + shift if when.start is not None else None,
        end=when.end + shift if when.end is not None else None,
    )
    params = (
        *tie.params,
        ("base", tie.rule),
        ("kin", kin.trigger.text),
        ("kin_value", span.value),
        ("moved", moved.value),
    )
    return Tie(CLOCK_ON_KIN_DAY, TimePath.NARRATIVE, moved, tie.expr, params)


# --- records that find a time the sentence does not give ----------------------------------------


def _find_scene(ctx: TieContext) -> Tie | None:
    scene = ctx.state.scene
    if scene is None or ctx.view.usable or ctx.hypothetical or ctx.status is EventStatus.NEGATED:
        return None
    when, expr = scene
    return Tie(SCENE, TimePath.NARRATIVE, when, expr, (("expr", expr.text), ("value", when.value)))


def _find_connector(ctx: TieContext) -> Tie | None:
    cue, last = ctx.view.narrative_cue, ctx.state.last_time
    if not cue or last is None or not ctx.verbal:
        return None
    span, expr = last
    when = span if W.NARRATIVE_CONNECTORS[cue] == "SAME" else attrs.evolve(span, mod=Mod.AFTER)
    return Tie(CONNECTOR, TimePath.NARRATIVE, when, None, (("cue", cue), ("expr", expr.text), ("value", span.value)))


@attrs.frozen(slots=True)
class _Frame:
    """What the frame of the news reads for an event without a time of its own."""

    tense: Tense
    reported: bool  # a reporting verb before it
    report: SentenceTime | None  # the time of the nearest reporting verb that has one
    report_span: TimeSpan | None
    group: str  # the verb group, for the explanation


def _frame(ctx: TieContext) -> _Frame | None:
    """The reporting frame of an event (read once, when its context is made)."""
    return ctx.frame


def read_frame(ctx: TieContext) -> _Frame | None:
    """The reporting frame of an event, or None when its status or tense gives none."""
    status, toks, m = ctx.status, ctx.toks, ctx.m
    if status in (EventStatus.PLANNED, EventStatus.EXPECTED, EventStatus.HYPOTHETICAL):
        return None
    tense = ctx.tense if ctx.verbal else copula_tense(toks, m, ctx.clause)
    if status is EventStatus.NEGATED and tense not in (Tense.PRESENT_PERFECT, Tense.PRESENT):
        return None  # "there have been no arrests", "the court neither approves nor ...": not so, as of the frame
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
    return _Frame(tense, any(i < m.first for i in reports), report, span, group)


def _news_day(ctx: TieContext) -> TimeSpan:
    return TimeSpan(ctx.pub.isoformat(), ctx.pub, ctx.pub, Granularity.DAY)


def _frame_tie(name: str, ctx: TieContext, f: _Frame, when: TimeSpan, expr: TemporalExpression | None) -> Tie:
    params = [("group", f.group), ("value", when.value), ("day", ctx.pub.isoformat())]
    if f.report is not None:
        params.append(("report", f.report.expr.text))
    return Tie(name, TimePath.REPORTING_FRAME, when, expr, tuple(params))


def _find_perfect_under_report(ctx: TieContext) -> Tie | None:
    f = _frame(ctx)
    if f is None or f.tense != Tense.PRESENT_PERFECT or f.report_span is None or f.report is None:
        return None
    return _frame_tie(PERFECT_UNDER_REPORT, ctx, f, f.report_span, f.report.expr)


def _find_news_perfect(ctx: TieContext) -> Tie | None:
    f = _frame(ctx)
    if f is None or f.tense != Tense.PRESENT_PERFECT:
        return None
    return _frame_tie(NEWS_FRAME_PERFECT, ctx, f, _news_day(ctx), None)


def _find_news_present(ctx: TieContext) -> Tie | None:
    f = _frame(ctx)
    if f is None or f.tense != Tense.PRESENT:
        return None
    return _frame_tie(NEWS_FRAME_PRESENT, ctx, f, _news_day(ctx), None)


def _find_pluperfect_under_report(ctx: TieContext) -> Tie | None:
    f = _frame(ctx)
    if f is None or f.tense != Tense.PAST_PERFECT or not f.reported or f.report_span is None or f.report is None:
        return None
    return _frame_tie(PLUPERFECT_UNDER_REPORT, ctx, f, attrs.evolve(f.report_span, mod=Mod.ON_OR_BEFORE), f.report.expr)


def _progressive(ctx: TieContext) -> bool:
    """A verb in the past progressive or a progressive infinitive: "it *was evacuating*", "were
    reported to *be advancing*"."""
    toks, i = ctx.toks, ctx.m.verb_at
    if not ctx.verbal or not toks[i].lower.endswith("ing"):
        return False
    j = i - 1
    while j > 0 and toks[j].lower.endswith("ly"):
        j -= 1
    return j >= 0 and toks[j].lower in G.PROGRESSIVE_AUXILIARIES


def _find_progressive_under_report(ctx: TieContext) -> Tie | None:
    f = _frame(ctx)
    if f is None or f.report_span is None or f.report is None or not _progressive(ctx):
        return None
    return _frame_tie(PROGRESSIVE_UNDER_REPORT, ctx, f, f.report_span, f.report.expr)


def _find_pluperfect_reported(ctx: TieContext) -> Tie | None:
    f = _frame(ctx)
    if f is None or f.tense != Tense.PAST_PERFECT or not f.reported:
        return None
    return _frame_tie(PLUPERFECT_REPORTED, ctx, f, attrs.evolve(_news_day(ctx), mod=Mod.ON_OR_BEFORE), None)


def _carried(ctx: TieContext, last: Told | None) -> TimeSpan | None:
    """The last time told, for a past-tense event whose sentence has no time at all.

    News tells a day's happenings one sentence after another under the time given first ("On
    Wednesday, the upper house voted ... The decision was hailed ..."). The time carries over only
    when the event is a verb in the simple past, asserted or reported; its sentence names no time
    of any kind (not even a duration: "in the days before"); the last time told is a day (or a part
    of one) among the :data:`~.state.CARRY_DAYS` days up to the publication day; and it was told in
    the same paragraph or one of the two before (news agencies write a sentence a paragraph).
    """
    toks, m, pub = ctx.toks, ctx.m, ctx.pub
    # a time behind a modal ("should go home by Jan. 14") or after publication cannot be a past event's
    times = [t for t in ctx.view.times if not (_behind_modal(toks, m, t) or after_publication(t, pub))]
    if last is None or times or ctx.status not in (EventStatus.ASSERTED, EventStatus.REPORTED):
        return None
    if reports_before(toks, m.first):
        return None  # "Iraq said it invaded Kuwait": told by a report, it lies before the report's day
    if not ctx.verbal or (ctx.tense != Tense.PAST and not seen_in_the_past(toks, m, ctx.clause)):
        return None
    span = last.when
    start = day_of(span.start)
    if start is None or start > pub or (pub - start).days > CARRY_DAYS:
        return None  # a flashback ("recaptured Aleppo in 2016") is background, not the news of the day
    if span.granularity is None or span.granularity.rank < Granularity.DAY.rank:
        return None
    if ctx.layer.paragraph_breaks_between(last.trigger.end, ctx.view.span.start) > 2:
        return None
    return span


def _find_carried_kin(ctx: TieContext) -> Tie | None:
    """When an earlier event of the same family was dated within reach, its time is taken rather
    than the last time told ("The government Saturday condemned ... bombs exploded Friday ...
    Clerides condemned ...": Saturday)."""
    kin = ctx.state.told.get(W.ANAPHORA_FAMILIES.get(ctx.m.entry.name, ctx.m.entry.name))
    span = _carried(ctx, kin)
    if span is None or kin is None:
        return None
    return Tie(CARRIED_KIN, TimePath.NARRATIVE, span, kin.expr, (("kin", kin.trigger.text), ("value", span.value)))


def _find_carried(ctx: TieContext) -> Tie | None:
    last = ctx.state.last_time
    if last is None:
        return None
    span, expr = last
    # the last time told is located by its expression
    if _carried(ctx, Told(span, expr, Span(expr.start, expr.end, expr.text))) is None:
        return None
    return Tie(CARRIED, TimePath.NARRATIVE, span, expr, (("expr", expr.text), ("value", span.value)))


_ISO_UNIT = re.compile(r"P(?:(\d+)([DWMY])|T(\d+)H)\Z")


def _offset_days(value: str) -> int | None:
    """Whole days of a duration value ("P2D" 2, "P1W" 7; hours under a day: 0); None for a month or more."""
    m = _ISO_UNIT.match(value)
    if m is None:
        return None
    if m.group(3):
        return int(m.group(3)) // 24
    n, unit = int(m.group(1)), m.group(2)
    return {"D": n, "W": 7 * n}.get(unit)


def _distance_days(expr: TemporalExpression) -> tuple[int, str] | None:
    """Whole days and the link ("after", "before") between an event and the time told by its
    distance from it: "two days after" as the temporal stage read it (a ``distance``), or a bare
    duration ("two days") followed by its link word; None for a month or more."""
    if expr.distance is not None:
        d = expr.distance
        if d.n is None:
            return None
        days = {"day": 1, "night": 1, "week": 7, "fortnight": 14}.get(d.unit)
        if days is None:
            return (0, d.direction) if d.unit in ("hour", "minute") else None
        return int(d.n) * days, d.direction
    if expr.type is not TimexType.DURATION:
        return None
    n = _offset_days(expr.value)
    return None if n is None else (n, "")


def _find_offset(ctx: TieContext) -> Tie | None:
    """ "early Sunday, two days after seizing the airport": the event after "N days after" lies N days
    before the time of the clause the phrase hangs on ("before": N days after it)."""
    toks, m = ctx.toks, ctx.m
    for d in ctx.view.times:
        step = _distance_days(d.expr)
        if step is None:
            continue
        days, link = step
        if not link:  # a duration: the link is the word after it
            if d.last >= len(toks) or toks[d.last].lower not in G.OFFSET_LINKS:
                continue
            link = G.OFFSET_LINKS[toks[d.last].lower]
            first_after = d.last + 1
        else:
            first_after = d.last
        if not (first_after <= m.first <= first_after + 2):
            continue
        # the phrase's own time ("two days after" read as the clause's Sunday), else a day the text
        # names before a bare duration ("early Sunday"), not a clock time put on the publication day
        anchors = [
            t
            for t in ctx.view.usable
            if t.last <= d.first and t.expr.value not in USABLE_REFS and t.expr.type is TimexType.DATE
        ]
        told_from = d.expr.anchor
        if (
            d.expr.distance is not None
            and d.expr.type is TimexType.DATE
            and told_from is not None
            and told_from.kind is AnchorKind.EXPRESSION
            and "T" not in told_from.value  # a day named, not a clock time put on the publication day
        ):
            anchors.append(d)
        if not anchors:
            return None
        anchor = anchors[-1]
        span = when_of(anchor.expr, ctx.pub)
        day = day_of(span.start) if span is not None else None
        if span is None or day is None or span.granularity is None or span.granularity.rank < Granularity.DAY.rank:
            return None
        moved = day - _dt.timedelta(days=days) if link == "after" else day + _dt.timedelta(days=days)
        when = TimeSpan(moved.isoformat(), moved, moved, Granularity.DAY)
        params = (("offset", d.expr.text), ("link", link), ("anchor", anchor.expr.text), ("value", when.value))
        return Tie(OFFSET, TimePath.NARRATIVE, when, anchor.expr, params)
    return None


def _find_unreal(ctx: TieContext) -> Tie | None:
    """A hypothetical event ("could hit airports", "if the talks fail") did not happen: no time."""
    return Tie(UNREAL, TimePath.NONE) if ctx.hypothetical else None


def _find_lone_time(ctx: TieContext) -> Tie | None:
    """The one time of the sentence, in a clause of its own that nothing else claims, for a past
    event no other record dated ("..., 47 civilians were killed in Bara after the RSF seized the
    town on 25 October")."""
    if ctx.status not in (EventStatus.ASSERTED, EventStatus.REPORTED) or temporal_object(ctx.toks, ctx.m):
        return None
    if ctx.verbal and ctx.tense not in (Tense.PAST, Tense.PAST_PERFECT, Tense.PRESENT_PERFECT):
        return None
    owners = ctx.view.owners
    precise = [
        (t, o) for t, o in ctx.view.owned() if t.expr.value not in USABLE_REFS and not after_publication(t, ctx.pub)
    ]
    if len(precise) != 1 or len(ctx.view.usable) != 1:
        return None
    t, o = precise[0]
    if o is not None and owners.get(o) != "event":
        return None  # a report's or a participle's time is not the event's
    if abs(t.clause - ctx.ci) > 1:
        return None  # a time clauses away tells of something else
    sig = t.expr.governing_signal
    if sig is not None and sig.effect is not SignalEffect.NONE:
        return None  # "until 2014", "since May": a bound of something else, not the event's time
    cls = ctx.view.clauses
    linked = {cls[t.clause].opener, ctx.clause.opener} & G.TEMPORAL_LINKS
    if o is not None and (not ctx.verbal or not linked):
        # another event's time is this one's only when a temporal link joins their clauses ("were
        # killed in Bara *after* the RSF seized the town on 25 October"), not across "but"
        return None
    when = when_of(t.expr, ctx.pub, effective_signal(t.expr))
    if when is None:
        return None
    return Tie(LONE_TIME, TimePath.SENTENCE, when, t.expr, (("expr", t.expr.text), ("value", when.value)))


def _find_past_day(ctx: TieContext) -> Tie | None:
    """A daily report's period: "*Over the past 24 hours*, air defences shot down 40 drones" is the
    publication day, for a past event (or one in the present perfect) of the period's clause or of
    a sentence the period opens."""
    if ctx.status not in (EventStatus.ASSERTED, EventStatus.REPORTED) or ctx.hypothetical:
        return None
    if ctx.verbal and ctx.tense not in (Tense.PAST, Tense.PRESENT_PERFECT):
        return None
    for t in ctx.view.times:
        if t.clause != ctx.ci and not (t.clause == 0 and verbless(ctx.toks, ctx.view.clauses[0])):
            continue
        when = past_day_period(t.expr, ctx.pub)
        if when is not None:
            return Tie(PAST_DAY, TimePath.SENTENCE, when, t.expr, (("expr", t.expr.text), ("value", when.value)))
    return None


def _find_reaction(ctx: TieContext) -> Tie | None:
    """The publication day for a reaction ("Most opponents of abortion condemned the shooting") told
    in the simple past, asserted or reported (a report without a time is of the news day too), in a
    sentence without a time of any kind, in an article whose lead is dated to the publication day,
    and whose last time told is a day of the :data:`~.state.CARRY_DAYS` days of the news: the
    reaction is news of the day, as an undated "said" is. A flashback told just before keeps it
    undated."""
    last = ctx.state.last_time
    if not ctx.state.lead_today or ctx.m.entry.name not in W.NEWS_DAY_REACTIONS:
        return None
    if ctx.view.times or ctx.status not in (EventStatus.ASSERTED, EventStatus.REPORTED) or last is None:
        return None
    if not ctx.verbal or ctx.tense != Tense.PAST or not recent_day(last[0], ctx.pub, CARRY_DAYS):
        return None
    day = _news_day(ctx)
    return Tie(
        REACTION, TimePath.REPORTING_FRAME, day, None, (("word", ctx.toks[ctx.m.first].text), ("value", day.value))
    )


# --- the records, in the order they are tried ----------------------------------------------------

UNREAL = "unreal"
OFFSET = "offset"
LONE_TIME = "lone-time"
NAMED = "named"
OWN_CLAUSE = "own-clause"
REPORTED_NOUN = "reported-noun"
RELATIVE_START = "relative-start"
DESCRIBED_CLAUSE = "described-clause"
RELATIVE_NOUN = "relative-noun"
REDUCED_RELATIVE = "reduced-relative"
PREDICATE = "predicate"
HOST = "host"
WHEN_CLAUSE_AFTER = "when-clause-after"
FRONTED = "fronted"
NOUN_IN_CLAUSE = "noun-in-clause"
SENTENCE = "sentence"
CLAUSE_SHARED = "clause-shared"
CLOCK_ON_KIN_DAY = "clock-on-kin-day"
SCENE = "scene"
PAST_DAY = "past-day"
CONNECTOR = "connector"
PERFECT_UNDER_REPORT = "perfect-under-report"
NEWS_FRAME_PRESENT = "news-frame-present"
PLUPERFECT_UNDER_REPORT = "pluperfect-under-report"
PLUPERFECT_REPORTED = "pluperfect-reported"
PROGRESSIVE_UNDER_REPORT = "progressive-under-report"
CARRIED_KIN = "carried-kin"
CARRIED = "carried"
REACTION = "reaction"
LEAD = "lead"
HEADLINE = "headline"
ANTECEDENT = "antecedent"
ANTECEDENT_HYPERNYM = "antecedent-hypernym"
NONE = "none"

_TIED = "tied to {expr!r} ({value}) "

P = TimePath
E = TieExample

TIME_RULES: tuple[TieRule, ...] = (
    TieRule(
        UNREAL,
        P.NONE,
        "no time to a hypothetical event: a condition or a possibility did not happen",
        "a hypothetical event has no time of its own",
        examples=(E("If the talks fail on Friday, the army could attack the city.", "2024-12-02", "attack", None),),
        near_misses=(E("The army attacked the city on Friday.", "2024-12-02", "attacked", "2024-11-29"),),
        find=_find_unreal,
    ),
    TieRule(
        OFFSET,
        P.NARRATIVE,
        "an event after 'N days after' to N days before the time of the clause it hangs on",
        "{offset!r} {link} it, counted from {anchor!r}: {value}",
        examples=(
            E(
                "M23 rebels walked into Bukavu early Sunday, two days after seizing the airport of Kavumu.",
                "2025-02-16",
                "seizing",
                "2025-02-14",
            ),
        ),
        near_misses=(
            E(
                "M23 rebels walked into Bukavu early Sunday after seizing the airport of Kavumu.",
                "2025-02-16",
                "seizing",
                None,
            ),
        ),
        find=_find_offset,
    ),
    TieRule(
        NAMED,
        P.CLAUSE,
        "a noun to the time that names it",
        _TIED + "which names it",
        examples=(
            E("The Aug. 4 airstrike on the port killed 12 dockers.", "2020-08-10", "airstrike", "2020-08-04"),
            E("Police recalled the 1996 Olympic bombing that killed one person.", "2020-08-10", "bombing", "1996"),
        ),
        near_misses=(
            E("An airstrike on Aug. 4 hit the port.", "2020-08-10", "airstrike", "2020-08-04"),
            # a year naming a treaty is not the time of the verb that governs it
            E("India suspended the 1960 Indus Waters Treaty after the attack.", "2025-05-07", "suspended", None),
        ),
        pick=_pick_named,
    ),
    TieRule(
        OWN_CLAUSE,
        P.CLAUSE,
        "an event to the time of its own clause that it owns",
        _TIED + "in its own clause",
        examples=(
            E("Rebels seized the town of Saraqeb on Tuesday.", "2024-12-06", "seized", "2024-12-03"),
            E("An airstrike on Aug. 4 hit the port.", "2020-08-10", "airstrike", "2020-08-04"),
        ),
        near_misses=(
            E("On Monday, Iran-backed fighters crossed into Syria.", "2024-12-04", "crossed", "2024-12-02"),
            E("A spokesman said on Monday that rebels had seized the airport.", "2024-12-04", "seized", "2024-12-02"),
        ),
        pick=_pick_own_clause,
    ),
    TieRule(
        REPORTED_NOUN,
        P.CLAUSE,
        "an event noun that is the subject of a passive report ('fighting was reported') to that report's time",
        _TIED + "of {report!r}, the passive report of the event",
        examples=(
            E(
                "Heavy fighting was reported around the airport on Monday.",
                "2020-11-11",
                "Heavy fighting",
                "2020-11-09",
            ),
            E("An air strike was reported near the border on Sunday.", "2020-11-11", "air strike", "2020-11-08"),
        ),
        near_misses=(
            # a report told in the active tells when it was made, not when the fighting was
            E("The army reported on Monday that heavy fighting had ended.", "2020-11-11", "heavy fighting", None),
        ),
        pick=_pick_reported_noun,
    ),
    TieRule(
        DESCRIBED_CLAUSE,
        P.CLAUSE,
        "the event of a 'when', 'as' or 'where' clause to the time of the clause it describes",
        _TIED + "which the {opener!r} clause describes",
        examples=(
            E("The town was quiet until 2014, when militants stormed the prison.", "2024-12-02", "stormed", "2014"),
        ),
        near_misses=(
            E("The town was quiet until 2014, and militants stormed the prison.", "2024-12-02", "stormed", None),
        ),
        pick=_pick_described_clause,
    ),
    TieRule(
        RELATIVE_NOUN,
        P.CLAUSE,
        "the verb of a relative clause to the time that names the noun it describes",
        _TIED + "of the noun phrase its relative clause describes",
        examples=(
            E(
                "Analysts still debate the 2016 offensive that captured the city of Aleppo.",
                "2024-12-02",
                "captured",
                "2016",
            ),
        ),
        near_misses=(
            E("Analysts still debate the offensive that captured the city of Aleppo.", "2024-12-02", "captured", None),
        ),
        pick=_pick_relative_noun,
    ),
    TieRule(
        RELATIVE_START,
        P.CLAUSE,
        "an event noun to the time of the relative clause after it that tells when it began or took place",
        _TIED + "in the relative clause that tells it {verb!r}",
        examples=(
            E(
                "The talks in Geneva, which opened on May 6, produced a declaration.",
                "2023-05-21",
                "talks",
                "2023-05-06",
            ),
            E("A truce that began on Aug. 3, 2023 lasted a year.", "2025-01-24", "truce", "2023-08-03"),
        ),
        near_misses=(
            # a relative clause that tells something else of the noun gives it no time
            E(
                "The talks in Geneva, which the UN praised on May 6, produced a declaration on May 9.",
                "2023-05-21",
                "talks",
                None,
            ),
        ),
        pick=_pick_relative_start,
    ),
    TieRule(
        REDUCED_RELATIVE,
        P.CLAUSE,
        "a participle after a noun ('the accord signed by') to the time that names the noun",
        _TIED + "of the noun phrase its participle describes",
        examples=(
            E("Monitors checked the March 5 accord signed by both sides.", "2024-03-20", "signed", "2024-03-05"),
        ),
        near_misses=(E("Monitors checked the accord signed by both sides.", "2024-03-20", "signed", None),),
        pick=_pick_reduced_relative,
    ),
    TieRule(
        PREDICATE,
        P.CLAUSE,
        "a noun to the time of the clause of the killing word that gives it its toll",
        _TIED + "of the clause of its predicate {predicate!r}",
        examples=(
            E(
                "Airstrikes on the market in Ariha, a town near Idlib, on Sunday killed 14 civilians.",
                "2024-12-02",
                "Airstrikes",
                "2024-12-01",
            ),
        ),
        near_misses=(
            E(
                "Airstrikes on the market in Ariha, a town near Idlib, killed 14 civilians.",
                "2024-12-02",
                "Airstrikes",
                None,
            ),
        ),
        pick=_pick_predicate,
    ),
    TieRule(
        HOST,
        P.CLAUSE,
        "a verb to the time that names the event it happened in ('injured in the 1998 bombing')",
        _TIED + "which names {host!r}, the event it happened in",
        examples=(
            E(
                "A soldier who was badly wounded in the 2022 siege of Mariupol testified.",
                "2024-12-02",
                "wounded",
                "2022",
            ),
        ),
        near_misses=(
            E("A soldier who was badly wounded in the siege of Mariupol testified.", "2024-12-02", "wounded", None),
        ),
        pick=_pick_host,
    ),
    TieRule(
        WHEN_CLAUSE_AFTER,
        P.CLAUSE,
        "an event to the time of the 'when' clause that follows it",
        _TIED + "of the 'when' clause that follows it",
        examples=(
            E(
                "Four soldiers were killed when their convoy hit a mine near Gao last week.",
                "2024-12-02",
                "killed",
                "2024-W48",
            ),
        ),
        near_misses=(
            E("Four soldiers were killed last week when their convoy hit a mine.", "2024-12-02", "killed", "2024-W48"),
        ),
        pick=_pick_when_clause_after,
    ),
    TieRule(
        FRONTED,
        P.SENTENCE,
        "a noun in a fronted phrase ('In a demonstration, ...') to the time of the main clause's event",
        _TIED + "of the main clause its fronted phrase opens",
        examples=(
            E(
                "In a fresh offensive, rebel fighters seized the town of Saraqeb on Sunday.",
                "2024-12-02",
                "offensive",
                "2024-12-01",
            ),
        ),
        near_misses=(
            E("In a fresh offensive, rebel fighters seized the town of Saraqeb.", "2024-12-02", "offensive", None),
        ),
        pick=_pick_fronted,
    ),
    TieRule(
        NOUN_IN_CLAUSE,
        P.CLAUSE,
        "a noun to a time of its clause that another event owns, before a time of the sentence",
        _TIED + "shared with the event nearest to it in its clause",
        examples=(E("Rebels seized Saraqeb on Sunday in a swift offensive.", "2024-12-02", "offensive", "2024-12-01"),),
        near_misses=(E("Rebels seized Saraqeb in a swift offensive.", "2024-12-02", "offensive", None),),
        pick=_pick_noun_in_clause,
    ),
    TieRule(
        SENTENCE,
        P.SENTENCE,
        "an event to the time of a clause that is nothing but a time ('On Monday, ...') or has no verb",
        _TIED + "which governs the sentence",
        examples=(
            E("On Monday, Iran-backed fighters crossed into Syria.", "2024-12-04", "crossed", "2024-12-02"),
            E("Last week, rebels seized the town of Saraqeb.", "2024-12-02", "seized", "2024-W48"),
            E(
                "Before dawn on 03/06, soldiers stormed the sit-in outside the ministry.",
                "2019-06-08",
                "stormed",
                "2019-06-03",
            ),
        ),
        near_misses=(E("Iran-backed fighters crossed into Syria on Monday.", "2024-12-04", "crossed", "2024-12-02"),),
        pick=_pick_sentence,
    ),
    TieRule(
        CLAUSE_SHARED,
        P.CLAUSE,
        "an event to a time of its clause that another event owns ('seized X on Friday and advanced')",
        _TIED + "shared with the event nearest to it in its clause",
        examples=(
            E("Rebels seized the town on Friday and advanced toward Hama.", "2024-12-02", "seized", "2024-11-29"),
        ),
        near_misses=(
            E(
                "Rebels seized the town and advanced toward Hama on Friday.",
                "2024-12-02",
                "advanced toward",
                "2024-11-29",
            ),
        ),
        pick=_pick_clause_shared,
    ),
    TieRule(
        CLOCK_ON_KIN_DAY,
        P.NARRATIVE,
        "a bare clock time of a past event to the day of the earlier event of its kind",
        "tied to {expr!r}, a clock time alone, on the day of the earlier {kin!r} of its kind ({kin_value}): {moved}",
        examples=(
            E(
                "A journalist was shot dead last Oct. 3 in Gao.\n\nProsecutors will present the case next week.\n\n"
                "The journalist was shot dead at 9 p.m. outside his home.",
                "2025-01-10",
                "shot dead",
                "2024-10-03T21:00",
                occurrence=1,
            ),
        ),
        near_misses=(
            E(
                "The journalist was shot dead at 9 p.m. outside his home.",
                "2024-10-10",
                "shot dead",
                "2024-10-10T21:00",
            ),
        ),
        scope="refine",
    ),
    TieRule(
        PAST_DAY,
        P.SENTENCE,
        "a past event told over a period of a day that ends on the publication day to that day",
        "told over {expr!r}, a period of a day that ends on the publication day: {value}",
        examples=(
            E(
                "Over the past 24 hours, air defence units shot down 40 drones over the region.",
                "2025-01-06",
                "shot down",
                "2025-01-06",
            ),
            E(
                "In the past day, the army repelled three attacks near the village.",
                "2025-01-06",
                "repelled",
                "2025-01-06",
            ),
        ),
        near_misses=(
            # a longer period is no day
            E("Over the past two weeks, air defence units shot down 40 drones.", "2025-01-06", "shot down", None),
            # a plan for the coming day is not of the period
            E("Over the past 24 hours, the army said it would attack the town.", "2025-01-06", "attack", None),
        ),
        find=_find_past_day,
    ),
    TieRule(
        SCENE,
        P.NARRATIVE,
        "an event of a sentence without a time to the time a fragment before it in its paragraph sets",
        "no time in its sentence; the fragment {expr!r} before it in its paragraph sets the scene ({value})",
        examples=(E("Gao, March 2012. Rebels seized the airport.", "2012-04-10", "seized", "2012-03"),),
        near_misses=(E("Gao, March 2012.\n\nRebels seized the airport.", "2012-04-10", "seized", None),),
        find=_find_scene,
    ),
    TieRule(
        CONNECTOR,
        P.NARRATIVE,
        "a verb in a sentence opened by 'then', 'later', 'meanwhile' ... to the last time told",
        "no time in its sentence; {cue!r} continues the narrative from {expr!r} ({value})",
        examples=(
            E(
                "Rebels took the town of Hama on Tuesday. Then they stormed the prison.",
                "2024-12-06",
                "stormed",
                "2024-12-03",
            ),
        ),
        near_misses=(
            E(
                "Rebels took the town of Hama on Tuesday. Then they stormed the prison on Friday.",
                "2024-12-07",
                "stormed",
                "2024-12-06",
            ),
        ),
        find=_find_connector,
    ),
    TieRule(
        PERFECT_UNDER_REPORT,
        P.REPORTING_FRAME,
        "a present perfect under a dated reporting verb to the reporting verb's time",
        "no time of its own; {group!r} is in the present perfect under a reporting verb dated {report!r}: {value}",
        examples=(
            E(
                "The army has retaken the village of Klishchiivka, a spokesman said on Sunday.",
                "2023-09-19",
                "retaken",
                "2023-09-17",
            ),
        ),
        near_misses=(
            E(
                "The army has retaken the village of Klishchiivka, a spokesman said.",
                "2023-09-19",
                "retaken",
                "2023-09-19",
            ),
        ),
        find=_find_perfect_under_report,
    ),
    TieRule(
        NEWS_FRAME_PERFECT,
        P.REPORTING_FRAME,
        "a present perfect without a time to the publication day, the frame of the news",
        "no time of its own; {group!r} is in the present perfect, the frame of the news: the publication day {day}",
        examples=(
            E("Rebels have seized the airport of Kabul.", "2021-08-16", "seized", "2021-08-16"),
            E(
                "The army has retaken the village of Klishchiivka, a spokesman said.",
                "2023-09-19",
                "retaken",
                "2023-09-19",
            ),
        ),
        near_misses=(E("Rebels will seize the airport of Kabul.", "2021-08-16", "seize", None),),
        find=_find_news_perfect,
    ),
    TieRule(
        NEWS_FRAME_PRESENT,
        P.REPORTING_FRAME,
        "a present without a time to the publication day, the frame of the news",
        "no time of its own; {group!r} is in the present, the frame of the news: the publication day {day}",
        examples=(E("The army besieges the town of Daraya.", "2015-06-01", "besieges", "2015-06-01"),),
        near_misses=(E("The army besieged the town of Daraya.", "2015-06-01", "besieged", None),),
        find=_find_news_present,
    ),
    TieRule(
        PLUPERFECT_UNDER_REPORT,
        P.REPORTING_FRAME,
        "a past perfect reported by a dated reporting verb to on or before the reporting verb's time",
        "no time of its own; {group!r} is reported in the past perfect by a reporting verb dated {report!r}: "
        "on or before {value}",
        examples=(
            E("Officials said on Monday that militants had stormed the prison.", "2024-12-04", "stormed", "2024-12-02"),
        ),
        near_misses=(
            E("Officials said that militants had stormed the prison.", "2024-12-04", "stormed", "2024-12-04"),
        ),
        find=_find_pluperfect_under_report,
    ),
    TieRule(
        PROGRESSIVE_UNDER_REPORT,
        P.REPORTING_FRAME,
        "a past progressive under a dated reporting verb to the reporting verb's time: what was going on then",
        "no time of its own; {group!r} is reported in the progressive by a reporting verb dated {report!r}: {value}",
        examples=(
            E(
                "The company said on Saturday it was evacuating its staff from the site.",
                "2021-03-29",
                "evacuating",
                "2021-03-27",
            ),
            E(
                "Rebel fighters were reported on Saturday to be advancing on the town.",
                "2022-06-19",
                "advancing",
                "2022-06-18",
            ),
            E(
                "The company was evacuating its staff from the site, it said on Saturday.",
                "2021-03-29",
                "evacuating",
                "2021-03-27",
            ),
        ),
        near_misses=(
            # a report without a time gives none
            E("The company said it was evacuating its staff from the site.", "2021-03-29", "evacuating", None),
        ),
        find=_find_progressive_under_report,
    ),
    TieRule(
        PLUPERFECT_REPORTED,
        P.REPORTING_FRAME,
        "a past perfect reported by a reporting verb without a time to on or before the publication day",
        "no time of its own; {group!r} is reported in the past perfect: on or before the publication day {day}",
        examples=(
            E(
                "The ministry said its forces had recaptured the village of Robotyne.",
                "2023-08-29",
                "recaptured",
                "2023-08-29",
            ),
        ),
        near_misses=(E("Its forces had recaptured the village of Robotyne.", "2023-08-29", "recaptured", None),),
        find=_find_pluperfect_reported,
    ),
    TieRule(
        CARRIED_KIN,
        P.NARRATIVE,
        "a simple past without any time to the day of the earlier event of its family, told just before",
        "no time in its sentence; the past-tense event continues the earlier {kin!r} of its kind, dated {value}",
        examples=(
            E(
                "Rebels attacked the base of Tal Afar on Monday. The ministry said on Tuesday that talks would resume. "
                "Militants attacked a convoy near Mosul.",
                "2024-12-04",
                "attacked",
                "2024-12-02",
                occurrence=1,
            ),
        ),
        near_misses=(
            E(
                "Rebels attacked the base of Tal Afar on Monday. The ministry said on Tuesday that talks would resume. "
                "Militants shelled a convoy near Mosul.",
                "2024-12-04",
                "shelled",
                "2024-12-03",
            ),
        ),
        find=_find_carried_kin,
    ),
    TieRule(
        CARRIED,
        P.NARRATIVE,
        "a simple past without any time to the day the narrative told just before",
        "no time in its sentence; the past-tense event continues the narrative of {expr!r} ({value}), told just before",
        examples=(
            E(
                "Clashes erupted in Khartoum on Saturday. Paramilitary forces shelled the airport.",
                "2023-04-17",
                "shelled",
                "2023-04-15",
            ),
        ),
        near_misses=(
            E(
                "Clashes erupted in Khartoum in 2019. Paramilitary forces shelled the airport.",
                "2023-04-17",
                "shelled",
                None,
            ),
        ),
        find=_find_carried,
    ),
    TieRule(
        REACTION,
        P.REPORTING_FRAME,
        "a reaction in the simple past ('condemned the shooting') to the news day of a lead of the publication day",
        "no time in its sentence; {word!r} is a reaction told in the simple past in an article whose lead is "
        "dated to the publication day: the news day {value}",
        examples=(
            E(
                "Gunmen killed a judge in Kabul on Sunday.\n\n"
                "Lawmakers who said they feared for their lives condemned the killing.",
                "2024-12-01",
                "condemned",
                "2024-12-01",
            ),
        ),
        near_misses=(
            E(
                "Gunmen killed a judge in Kabul in 2019.\n\n"
                "Lawmakers who said they feared for their lives condemned the killing.",
                "2024-12-01",
                "condemned",
                None,
            ),
        ),
        find=_find_reaction,
    ),
    TieRule(
        LONE_TIME,
        P.SENTENCE,
        "a past event no other record dated to the one time of its sentence, in a clause nothing else claims",
        "tied to {expr!r} ({value}), the one time of its sentence",
        examples=(
            E(
                "In the north, 47 civilians were killed in Bara after the RSF seized the town on 25 October.",
                "2024-11-03",
                "killed",
                "2024-10-25",
            ),
        ),
        near_misses=(
            E(
                "In the north, 47 civilians were killed in Bara, the ministry said on 25 October.",
                "2024-11-03",
                "killed",
                None,
            ),
        ),
        find=_find_lone_time,
    ),
    TieRule(
        LEAD,
        P.NARRATIVE,
        "an undated event of the lead to the day of the first event the article dates",
        "no time in its sentence; told in the lead before any time, it takes the day of the first event the "
        "article dates, {first!r} ({value})",
        examples=(
            E(
                "KYIV (Wire) -\n\nRussian missiles struck the power grid.\n\n"
                "The missile strikes hit Kyiv and Lviv on Sunday, officials said.",
                "2024-12-02",
                "struck",
                "2024-12-01",
            ),
        ),
        near_misses=(
            E(
                "KYIV (Wire) -\n\nOfficials said Russian missiles struck the power grid.\n\n"
                "The missile strikes hit Kyiv and Lviv on Sunday, officials said.",
                "2024-12-02",
                "struck",
                None,
            ),
        ),
        scope="article",
    ),
    TieRule(
        HEADLINE,
        P.NARRATIVE,
        "an event of the headline without a time of its own to the time of the body's first event of its kind",
        "told in the headline without a time of its own, it takes the time of the body's first event of its "
        "kind, {body!r} ({value})",
        examples=(
            E(
                "Drone strike on a market kills dozens, medics say\n\n"
                "A drone strike killed 23 people at a market in the north late on Friday, medics said.",
                "2024-12-02",
                "Drone strike",
                "2024-11-29",
            ),
            E(
                "Rebels seize border town\n\nRebels captured the border town of Tal Abyad on Sunday.",
                "2024-12-02",
                "seize",
                "2024-12-01",
            ),
        ),
        near_misses=(
            # a first line that closes like a sentence is no headline: the present is the news day
            E(
                "A drone strike on a market kills dozens, medics say.\n\n"
                "A drone strike killed 23 people at a market in the north late on Friday, medics said.",
                "2024-12-02",
                "drone strike",
                None,
            ),
            # the body's event of the kind is months before the news: not the headline's
            E(
                "Rebels seize border town\n\nRebels first captured the border town of Tal Abyad in May.",
                "2024-12-02",
                "seize",
                None,
            ),
            # a headline's plan is not the body's event
            E(
                "Army to storm rebel town\n\nThe army stormed the nearby town of Tal Abyad on Sunday.",
                "2024-12-02",
                "storm",
                None,
            ),
        ),
        scope="article",
    ),
    TieRule(
        ANTECEDENT,
        P.NARRATIVE,
        "a definite event noun without a time to the time of the earlier event of its family it takes up",
        "no time of its own clause; the definite {trigger!r} takes up the earlier {antecedent!r} (offset {offset}), "
        "dated {value}",
        examples=(
            E(
                "Gunmen shot dead a local official in Gao on Friday. Roads were closed. Shops shut. Markets emptied. "
                "The army blamed jihadists for the killing.",
                "2024-12-02",
                "killing",
                "2024-11-29",
            ),
        ),
        near_misses=(
            E(
                "Gunmen shot dead a local official in Gao on Friday. Roads were closed. Shops shut. Markets emptied. "
                "The army blamed jihadists for the killing of Hassan.",
                "2024-12-02",
                "killing",
                None,
            ),
        ),
        scope="article",
    ),
    TieRule(
        ANTECEDENT_HYPERNYM,
        P.NARRATIVE,
        "a general definite noun ('the attack') to the time of the earlier event of a family it covers",
        "no time of its own clause; the definite {trigger!r} takes up the earlier {antecedent!r} (offset {offset}), "
        "dated {value}",
        examples=(
            E(
                "A bomb exploded at a checkpoint in Mogadishu on Friday. Roads were closed. Shops shut. Markets emptied. "
                "Soldiers survived the attack.",
                "2024-12-02",
                "attack",
                "2024-11-29",
            ),
        ),
        near_misses=(
            E(
                "A bomb exploded at a checkpoint in Mogadishu on Friday. Roads were closed. Shops shut. Markets emptied. "
                "Soldiers survived the attack on Kismayo.",
                "2024-12-02",
                "attack",
                None,
            ),
        ),
        scope="article",
    ),
)

#: The tie of an event no record ties.
NO_TIME = Tie(NONE, TimePath.NONE)
_NO_TIME_EXPLAINED = "no time expression governs it and its tense gives no reporting frame"

_BY_NAME: Mapping[str, TieRule] = {r.name: r for r in TIME_RULES}
_SENTENCE_RULES = tuple(r for r in TIME_RULES if r.scope == "sentence")
_REFINERS: Mapping[str, Callable[[TieContext, Tie], Tie | None]] = {CLOCK_ON_KIN_DAY: _clock_on_kin_day}


def rule_named(name: str) -> TieRule:
    """The record of that name."""
    return _BY_NAME[name]


def tie_time(ctx: TieContext) -> Tie:
    """The first record's tie, in the order of :data:`TIME_RULES`."""
    picked = False
    for rule in _SENTENCE_RULES:
        if rule.pick is not None:
            if picked:
                continue
            got = rule.pick(ctx)
            if got is None:
                continue
            picked = True  # one expression record decides, or none does
            if _frame_says_more(ctx, got[0]):
                continue
            tie = _expression_tie(ctx, rule, *got)
            for refine in _REFINERS.values():
                tie = refine(ctx, tie) or tie
            return tie
        if rule.find is not None:
            found = rule.find(ctx)
            if found is not None:
                return found
    return NO_TIME


def explain(tie: Tie, status: EventStatus, cue: str, kind_rule: str = "") -> str:
    """The explanation of a tie, built from its record's template and its parameters, with the
    status cue and the kind record that refined the event's kind."""
    if tie.rule == NONE:
        text = _NO_TIME_EXPLAINED
    else:
        params = dict(tie.params)
        text = _BY_NAME[tie.rule].explains.format_map(_Defaults(params))
        if "anchor" in params:
            text += f", resolved against {params['anchor']}"
        if "signal" in params:
            text += f"; signal {params['signal']!r}"
    if cue:
        text += f"; status {status.value} from {cue!r}"
    if kind_rule:
        text += f"; kind record {kind_rule!r}"
    return text


class _Defaults(dict[str, str]):
    """Template fields a tie does not carry read as empty."""

    def __missing__(self, key: str) -> str:
        return ""
