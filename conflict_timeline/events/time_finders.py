"""The functions of the time records: the ``pick`` functions that choose a time expression of the
sentence, the refiner of a picked clock time, and the ``find`` functions that take a time the
sentence does not give (:data:`~.tying.TIME_RULES` names and orders them)."""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Sequence

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
from ..text import Tense, Token, is_capitalised
from ..text import verb_tense as tense_at
from .mention import Tie
from .state import CARRY_DAYS, NEWS_FRAME_PERFECT, Told, clock_only
from .syntax import (
    clause_index,
    reduced_relative,
    reports_before,
    seen_in_the_past,
    temporal_object,
    verbless,
)
from .tie_context import (
    CARRIED,
    CARRIED_KIN,
    CLOCK_ON_KIN_DAY,
    CLOCK_ON_STORY_DAY,
    CONNECTOR,
    LONE_TIME,
    NEWS_FRAME_PRESENT,
    OFFSET,
    PAST_DAY,
    PAST_PLAN,
    PERFECT_UNDER_REPORT,
    PLUPERFECT_CARRIED,
    PLUPERFECT_REPORTED,
    PLUPERFECT_UNDER_REPORT,
    PROGRESSIVE_UNDER_REPORT,
    REACTION,
    REPORTED_CARRIED,
    SCENE,
    UNREAL,
    Frame,
    Params,
    TieContext,
    TieRule,
    behind_modal,
    concurrent_lead,
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
    whole_day,
)

# --- records that pick a time of the sentence --------------------------------------------------


def pick_named(ctx: TieContext) -> tuple[SentenceTime, Params] | None:
    t = ctx.view.named_by.get(ctx.m.first)
    if t is None or t.expr.type in (TimexType.DURATION, TimexType.SET):
        return None  # "a four-day truce", "a nightly curfew": how long or how often, not when
    return (t, ())


def pick_participle_of_noun(ctx: TieContext) -> tuple[SentenceTime, Params] | None:
    """ "A truce *declared in March* collapsed": a noun to the time of the participle right after it,
    which tells when the noun's event began."""
    if ctx.verbal:
        return None
    p = ctx.m.head_last
    if ctx.view.owners.get(p) != "modifier":
        return None
    t = next((t for t, o in ctx.view.owned() if o == p), None)
    return (t, (("participle", ctx.toks[p].text),)) if t is not None else None


def pick_own_clause(ctx: TieContext) -> tuple[SentenceTime, Params] | None:
    t = nearest(ctx.own, ctx.m)
    return (t, ()) if t is not None else None


def pick_reported_noun(ctx: TieContext) -> tuple[SentenceTime, Params] | None:
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


def pick_described_clause(ctx: TieContext) -> tuple[SentenceTime, Params] | None:
    """ "from 1968, when the Soviets invaded": the clause says what happened at that time."""
    clause, ci = ctx.clause, ctx.ci
    opener = clause.opener
    if opener == "," and ctx.toks[clause.first].lower in G.TIME_CLAUSE_OPENERS:
        # ", as fighting intensified": the comma cut the clause, the word after it opens it
        opener = ctx.toks[clause.first].lower
    if opener not in G.TIME_CLAUSE_OPENERS or ci == 0:
        return None
    prev = ctx.view.clauses[ci - 1]
    before = [t for t in ctx.view.usable if t.clause == ci - 1 and t.last >= prev.last - 1]
    if not before:
        # "460 patients were killed on Tuesday at the hospital when fighters stormed it": the
        # time the event of the clause before owns
        owners = ctx.view.owners
        before = [t for t, o in ctx.view.owned() if t.clause == ci - 1 and o is not None and owners.get(o) == "event"]
    return (before[-1], (("opener", opener),)) if before else None


def pick_concurrent(ctx: TieContext) -> tuple[SentenceTime, Params] | None:
    """ "Troops retook the village on Sunday *after clashes* with the rebels": a bare event noun
    that opens its own phrase after "after", "amid" or "during" shares the time an event of the
    clause before owns; so does a participle of a "with" phrase after a comma ("Clashes resumed on
    Sunday, *with gunships striking* rebel positions")."""
    toks, ci = ctx.toks, ctx.ci
    if ci == 0:
        return None
    with_phrase = (
        ctx.verbal
        and toks[ctx.m.verb_at].lower.endswith("ing")
        and any(toks[k].lower == "with" for k in range(ctx.clause.first, min(ctx.clause.first + 2, ctx.m.first)))
    )
    lead = "with" if with_phrase else ctx.clause.opener
    if not with_phrase and (
        ctx.verbal or ctx.clause.opener not in G.CONCURRENT_LEADS or not concurrent_lead(toks, ctx.m)
    ):
        return None
    owners = ctx.view.owners
    before = [
        t
        for t, o in ctx.view.owned()
        if t.clause == ci - 1 and o is not None and owners.get(o) == "event" and not after_publication(t, ctx.pub)
    ]
    return (before[-1], (("lead", lead),)) if before else None


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


def pick_relative_noun(ctx: TieContext) -> tuple[SentenceTime, Params] | None:
    """ "the 1996 Olympic bombing that killed one person": the time of the noun the clause describes."""
    if ctx.clause.opener not in G.RELATIVE_OPENERS or ctx.ci == 0 or not ctx.verbal:
        return None
    t = _named_before(ctx, ctx.clause.first, 10, plain=False)
    return (t, ()) if t is not None else None


def pick_relative_start(ctx: TieContext) -> tuple[SentenceTime, Params] | None:
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


def pick_reduced_relative(ctx: TieContext) -> tuple[SentenceTime, Params] | None:
    """ "the Feb. 23 accord signed by Annan": a participle right after a noun dated by its name."""
    if not reduced_relative(ctx.toks, ctx.m):
        return None
    t = _named_before(ctx, ctx.m.first, 4, plain=True)
    return (t, ()) if t is not None else None


def pick_predicate(ctx: TieContext) -> tuple[SentenceTime, Params] | None:
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


def pick_host(ctx: TieContext) -> tuple[SentenceTime, Params] | None:
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


def pick_when_clause_after(ctx: TieContext) -> tuple[SentenceTime, Params] | None:
    """ "73 soldiers were killed when two helicopters collided last February"."""
    cls = ctx.view.clauses
    if ctx.ci + 1 >= len(cls) or cls[ctx.ci + 1].opener != "when":
        return None
    nxt = [t for t in ctx.view.usable if t.clause == ctx.ci + 1]
    return (nxt[0], ()) if nxt else None


def pick_fronted(ctx: TieContext) -> tuple[SentenceTime, Params] | None:
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


def pick_noun_in_clause(ctx: TieContext) -> tuple[SentenceTime, Params] | None:
    """A noun shares its own clause's time before a time elsewhere in the sentence: "a nurse who was
    wounded earlier this year in the bombing of a clinic"."""
    if ctx.hypothetical or ctx.verbal:
        return None
    t = nearest(ctx.in_clause, ctx.m)
    return (t, ()) if t is not None else None


def pick_sentence(ctx: TieContext) -> tuple[SentenceTime, Params] | None:
    if ctx.hypothetical:
        return None
    t = nearest(ctx.free, ctx.m)
    return (t, ()) if t is not None else None


def pick_clause_shared(ctx: TieContext) -> tuple[SentenceTime, Params] | None:
    """A time another event of the clause owns: "seized X on Friday and advanced"."""
    if ctx.hypothetical:
        return None
    t = nearest(ctx.in_clause, ctx.m)
    return (t, ()) if t is not None else None


def frame_says_more(ctx: TieContext, t: SentenceTime) -> bool:
    """ "have recently been ceding": the present perfect frame says more than "recently"."""
    return (
        t.expr.value in ("PAST_REF", "FUTURE_REF")
        and ctx.verbal
        and ctx.tense in (Tense.PRESENT_PERFECT, Tense.PRESENT)
    )


def expression_tie(ctx: TieContext, rule: TieRule, t: SentenceTime, params: Params) -> Tie:
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


def clock_on_kin_day(ctx: TieContext, tie: Tie) -> Tie | None:
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


def clock_on_story_day(ctx: TieContext, tie: Tie) -> Tie | None:
    """A clock time with no day of its own ("The first blast hit *at around 2 p.m.*"), which the
    engine put on the publication day, moved to the day of the story the lead told ("Two car bombs
    exploded on Saturday, the president said on Sunday"): the details of a past event follow its lead.
    None when the lead's day is the publication day or lies more than a week before it."""
    story, when, pub = ctx.state.story_day, tie.when, ctx.pub
    if when is None or story is None or tie.expr is None or not clock_only(tie.expr):
        return None
    if not when.value.startswith(pub.isoformat() + "T") or ctx.tense not in (Tense.PAST, Tense.PAST_PERFECT):
        return None
    if not 0 < (pub - story).days <= CARRY_DAYS:
        return None
    shift = story - pub
    moved = attrs.evolve(
        when,
        value=story.isoformat() + when.value[len(pub.isoformat()) :],
        start=when.start + shift if when.start is not None else None,
        end=when.end + shift if when.end is not None else None,
    )
    params = (*tie.params, ("base", tie.rule), ("story_day", story.isoformat()), ("moved", moved.value))
    return Tie(CLOCK_ON_STORY_DAY, TimePath.NARRATIVE, moved, tie.expr, params)


# --- records that find a time the sentence does not give ----------------------------------------


def find_scene(ctx: TieContext) -> Tie | None:
    scene = ctx.state.scene
    if scene is None or ctx.view.usable or ctx.hypothetical or ctx.status is EventStatus.NEGATED:
        return None
    when, expr = scene
    return Tie(SCENE, TimePath.NARRATIVE, when, expr, (("expr", expr.text), ("value", when.value)))


def find_connector(ctx: TieContext) -> Tie | None:
    cue, last = ctx.view.narrative_cue, ctx.state.last_time
    if not cue or last is None or not ctx.verbal:
        return None
    span, expr = last
    when = span if W.NARRATIVE_CONNECTORS[cue] == "SAME" else attrs.evolve(span, mod=Mod.AFTER)
    return Tie(CONNECTOR, TimePath.NARRATIVE, when, None, (("cue", cue), ("expr", expr.text), ("value", span.value)))


def _frame(ctx: TieContext) -> Frame | None:
    """The reporting frame of an event (read once, when its context is made)."""
    return ctx.frame


def _news_day(ctx: TieContext) -> TimeSpan:
    return TimeSpan(ctx.pub.isoformat(), ctx.pub, ctx.pub, Granularity.DAY)


def _frame_tie(name: str, ctx: TieContext, f: Frame, when: TimeSpan, expr: TemporalExpression | None) -> Tie:
    params = [("group", f.group), ("value", when.value), ("day", ctx.pub.isoformat())]
    if f.report is not None:
        params.append(("report", f.report.expr.text))
    return Tie(name, TimePath.REPORTING_FRAME, when, expr, tuple(params))


def find_perfect_under_report(ctx: TieContext) -> Tie | None:
    f = _frame(ctx)
    if f is None or f.tense != Tense.PRESENT_PERFECT or f.report_span is None or f.report is None:
        return None
    return _frame_tie(PERFECT_UNDER_REPORT, ctx, f, f.report_span, f.report.expr)


def find_news_perfect(ctx: TieContext) -> Tie | None:
    f = _frame(ctx)
    if f is None or f.tense != Tense.PRESENT_PERFECT:
        return None
    return _frame_tie(NEWS_FRAME_PERFECT, ctx, f, _news_day(ctx), None)


def find_news_present(ctx: TieContext) -> Tie | None:
    f = _frame(ctx)
    if f is None or f.tense != Tense.PRESENT:
        return None
    return _frame_tie(NEWS_FRAME_PRESENT, ctx, f, _news_day(ctx), None)


def find_pluperfect_under_report(ctx: TieContext) -> Tie | None:
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


def find_progressive_under_report(ctx: TieContext) -> Tie | None:
    f = _frame(ctx)
    if f is None or f.report_span is None or f.report is None or not _progressive(ctx):
        return None
    return _frame_tie(PROGRESSIVE_UNDER_REPORT, ctx, f, f.report_span, f.report.expr)


def find_pluperfect_carried(ctx: TieContext) -> Tie | None:
    """ "Rebels stormed the town on Tuesday. The group said its fighters had killed ten guards.": a
    past perfect reported by a verb without a time, in a sentence without any time, tells what had
    happened by the day the story is at (its main line: a time of an "after" or "when" clause is
    background), when that day was told within reach, not by the news day."""
    f = _frame(ctx)
    told = ctx.state.main_time
    # a time of its own sentence, even a length ("in the past 24 hours"), is counted from the news day
    if f is None or f.tense != Tense.PAST_PERFECT or not f.reported or told is None or ctx.view.times:
        return None
    span, expr = told
    start = day_of(span.start)
    if start is None or start > ctx.pub or (ctx.pub - start).days > CARRY_DAYS:
        return None
    if span.granularity is None or span.granularity.rank < Granularity.DAY.rank:
        return None
    if ctx.layer.paragraph_breaks_between(expr.end, ctx.view.span.start) > 2:
        return None
    day = whole_day(span)
    return Tie(PLUPERFECT_CARRIED, TimePath.NARRATIVE, day, expr, (("expr", expr.text), ("value", day.value)))


def find_pluperfect_reported(ctx: TieContext) -> Tie | None:
    f = _frame(ctx)
    if f is None or f.tense != Tense.PAST_PERFECT or not f.reported:
        return None
    return _frame_tie(PLUPERFECT_REPORTED, ctx, f, attrs.evolve(_news_day(ctx), mod=Mod.ON_OR_BEFORE), None)


def _carried(ctx: TieContext, last: Told | None, *, reported: bool = False) -> TimeSpan | None:
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
    times = [t for t in ctx.view.times if not (behind_modal(toks, m, t) or after_publication(t, pub))]
    if last is None or times or ctx.status not in (EventStatus.ASSERTED, EventStatus.REPORTED):
        return None
    if reports_before(toks, m.first) != reported:
        return None  # a reported event is the reported-carried record's (see find_reported_carried)
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
    return whole_day(span)


def find_carried_kin(ctx: TieContext) -> Tie | None:
    """When an earlier event of the same family was dated within reach, its time is taken rather
    than the last time told ("The government Saturday condemned ... bombs exploded Friday ...
    Clerides condemned ...": Saturday)."""
    kin = ctx.state.told.get(W.ANAPHORA_FAMILIES.get(ctx.m.entry.name, ctx.m.entry.name))
    span = _carried(ctx, kin)
    if span is None or kin is None:
        return None
    return Tie(CARRIED_KIN, TimePath.NARRATIVE, span, kin.expr, (("kin", kin.trigger.text), ("value", span.value)))


def find_carried(ctx: TieContext) -> Tie | None:
    last = ctx.state.last_time
    if last is None:
        return None
    span, expr = last
    # the last time told is located by its expression
    day = _carried(ctx, Told(span, expr, Span(expr.start, expr.end, expr.text)))
    if day is None:
        return None
    return Tie(CARRIED, TimePath.NARRATIVE, day, expr, (("expr", expr.text), ("value", day.value)))


def find_reported_carried(ctx: TieContext) -> Tie | None:
    """ "Gunmen stormed the village on Sunday. Residents said they burned the market.": a simple
    past reported by a verb that names no time, in a sentence with no time at all, tells more of
    the day the narrative is at; the report does not move it (it is the news of that day)."""
    last = ctx.state.last_time
    if last is None:
        return None
    span, expr = last
    day = _carried(ctx, Told(span, expr, Span(expr.start, expr.end, expr.text)), reported=True)
    if day is None:
        return None
    return Tie(REPORTED_CARRIED, TimePath.NARRATIVE, day, expr, (("expr", expr.text), ("value", day.value)))


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


def find_offset(ctx: TieContext) -> Tie | None:
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


def find_unreal(ctx: TieContext) -> Tie | None:
    """A hypothetical event ("could hit airports", "if the talks fail") did not happen: no time."""
    return Tie(UNREAL, TimePath.NONE) if ctx.hypothetical else None


_PLANS = (EventStatus.PLANNED, EventStatus.EXPECTED)


def find_past_plan(ctx: TieContext) -> Tie | None:
    """ "On Sunday, the junta said it would try him", "Yesterday, the army told residents to leave":
    a plan that owns no time of its sentence, whose other times all lie before the publication day,
    is dated by when it was made, not by when it is to happen: no time."""
    if ctx.status not in _PLANS or ctx.own:
        return None
    toks, m = ctx.toks, ctx.m
    done = (Tense.PAST, Tense.PAST_PERFECT, Tense.PRESENT_PERFECT)
    if ctx.verbal and any(tense_at(toks, k, ctx.clause.first) in done for k in range(m.first, m.verb_at + 1)):
        return None  # "agreed to evacuate": the trigger's own verb tells what was done at that time
    times = [*ctx.in_clause, *ctx.free]
    if not times:
        return None
    for t in times:
        span = t.expr.span
        end = day_of(span.end) if span is not None else None
        if end is None or end >= ctx.pub:
            return None
    return Tie(PAST_PLAN, TimePath.NONE)


def find_lone_time(ctx: TieContext) -> Tie | None:
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


def find_past_day(ctx: TieContext) -> Tie | None:
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


def find_reaction(ctx: TieContext) -> Tie | None:
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
