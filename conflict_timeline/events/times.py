"""The time expressions of a sentence as the event stage sees them, and the event time each gives.

:func:`when_of` turns a resolved expression into an event's time with the effect of the signal
right before it ("since 2020" runs on). The other helpers place expressions among a sentence's
tokens and say which of them can date an event.
"""

from __future__ import annotations

import bisect
import datetime as _dt
from collections.abc import Sequence

import attrs

from ..lexicon import event_grammar as G
from ..lexicon import event_words as W
from ..lexicon import verbs as V
from ..lexicon.signals import SIGNALS
from ..model import Event, Granularity, Mod, Signal, SignalEffect, TemporalExpression, TimeSpan, TimexType
from ..text import Clause, Token, is_capitalised
from .triggers import TriggerMatch

__all__ = ["SentenceTime", "when_of", "USABLE_REFS"]

#: The vague references that can still date an event ("now", "recently", "soon").
USABLE_REFS = frozenset({"PRESENT_REF", "PAST_REF", "FUTURE_REF"})

#: The values of a period of one day ("the past 24 hours", "the past day", "the last 24 hours").
DAY_PERIODS = frozenset({"PT24H", "P1D"})


@attrs.frozen(slots=True)
class SentenceTime:
    """A time expression placed in its sentence: token indices (``last`` exclusive) and its clause."""

    expr: TemporalExpression
    first: int
    last: int
    clause: int


def usable(expr: TemporalExpression) -> bool:
    """A date or a time with a calendar span, or a vague reference: something an event can be at."""
    if expr.type not in (TimexType.DATE, TimexType.TIME):
        return False
    return expr.span is not None or expr.value in USABLE_REFS


def effective_signal(expr: TemporalExpression) -> Signal | None:
    """The signal right before the expression when it changes the event's time ("since 2020", "by
    March"; not "in", "on"): the temporal stage found it (``adjacent_signal``)."""
    sig = expr.adjacent_signal
    if sig is None or (sig.mod is None and sig.effect not in _SPAN_EFFECTS):
        return None
    return sig


_SPAN_EFFECTS = frozenset({SignalEffect.OPEN_END, SignalEffect.OPEN_START, SignalEffect.FROM})


def _signal_word(signal: Signal | str | None) -> tuple[SignalEffect, Mod | None] | None:
    if signal is None:
        return None
    if isinstance(signal, Signal):
        return signal.effect, signal.mod
    word = SIGNALS.get(signal.lower())
    return (word.effect, word.mod) if word is not None else None


def when_of(expr: TemporalExpression, published: _dt.date, signal: Signal | str | None = None) -> TimeSpan | None:
    """The event time an expression gives, with the effect of ``signal`` (the signal word before it,
    as the temporal stage recorded it, or its phrase) applied.

    "now"/"currently" (PRESENT_REF) give the publication day; "since 2020"
    opens the span's end (ongoing); "until" opens its start; "by", "as
    early as", "before", "after", "around" set the TIMEX3 ``mod``. Without a signal the event
    takes the time the words name themselves.
    """
    if expr.value == "PRESENT_REF":
        return TimeSpan(published.isoformat(), published, published, Granularity.DAY, expr.mod)
    span = expr.span
    governing = expr.governing_signal
    same = isinstance(signal, Signal) and governing is not None and signal.start == governing.start
    if span is not None and (expr.signal or governing) and not same and (span.is_open or expr.mod is not None):
        # the engine read a signal that does not stand next to the time ("since the onset of
        # the war in 2011"): the event takes the time itself, without that signal's effect
        if expr.bare_span is not None:
            span = expr.bare_span
    if span is None:
        if expr.value == "PAST_REF":
            span = TimeSpan("PAST_REF", None, published, None, expr.mod)
        elif expr.value == "FUTURE_REF":
            span = TimeSpan("FUTURE_REF", published, None, None, expr.mod)
        else:
            return None
    span = _days(span)
    word = _signal_word(signal)
    if word is None or span.value in USABLE_REFS:
        return span
    effect, mod = word
    if mod is not None:
        return attrs.evolve(span, mod=mod) if span.mod is None else span
    if effect is SignalEffect.OPEN_END:
        return attrs.evolve(span, end=None)
    if effect is SignalEffect.OPEN_START:
        return attrs.evolve(span, start=None)
    return span


def _days(span: TimeSpan) -> TimeSpan:
    """A span whose bounds are days: a clock time's bounds may come as datetimes, which no day
    compares with ("an hour later" after a day-only event)."""
    start, end = span.start, span.end
    if isinstance(start, _dt.datetime) or isinstance(end, _dt.datetime):
        return attrs.evolve(span, start=day_of(start), end=day_of(end))
    return span


def place_times(
    tokens: Sequence[Token], exprs: Sequence[TemporalExpression], cls: Sequence[Clause]
) -> list[SentenceTime]:
    """The expressions of a sentence placed among its tokens and clauses."""
    starts = [t.start for t in tokens]
    out: list[SentenceTime] = []
    for e in exprs:
        first = bisect.bisect_left(starts, e.start)
        last = first
        while last < len(tokens) and tokens[last].start < e.end:
            last += 1
        if last == first:
            continue
        ci = next((k for k, c in enumerate(cls) if c.first <= first < c.last), len(cls) - 1)
        out.append(SentenceTime(e, first, last, ci))
    return out


def attributive(tokens: Sequence[Token], t: SentenceTime) -> bool:
    """A year used as a name's modifier: "the 2011 uprising" is a time but not the event's time."""
    if t.last >= len(tokens) or t.first == 0:
        return False
    before, after = tokens[t.first - 1].lower, tokens[t.last]
    if after.text == "," and t.last + 1 < len(tokens):
        after = tokens[t.last + 1]  # "the Dec. 21, 1988, bombing"
    if t.expr.value in USABLE_REFS or not after.is_word:
        return False
    if is_capitalised(after):
        # "the 1960 Indus Waters Treaty": a bare year after a determiner names what follows ("in
        # the 1990s Russia ..." is a time)
        return before in G.ATTRIBUTIVE_LEADS and t.expr.text.isdigit() and len(t.expr.text) == 4
    return (
        before in G.ATTRIBUTIVE_LEADS
        and after.lower not in G.PREPOSITIONS
        and after.lower not in W.FUNCTION_WORDS
        and not after.lower.endswith("ly")
        and after.lower not in V.AUXILIARIES
    )


def nearest(cands: Sequence[SentenceTime], m: TriggerMatch) -> SentenceTime | None:
    """The time nearest to a trigger; at equal distance the one after it."""

    def dist(t: SentenceTime) -> tuple[int, int]:
        if t.first >= m.last:
            return (t.first - m.last, 0)
        return (m.first - t.last + 1, 1)  # at equal distance the following time wins

    return min(cands, key=dist) if cands else None


def after_publication(t: SentenceTime, pub: _dt.date) -> bool:
    """A time that starts after the publication day."""
    span = t.expr.span
    start = day_of(span.start) if span is not None else None
    return start is not None and start > pub


def precise(ev: Event) -> bool:
    """An event dated to a calendar span with a start (not a vague reference)."""
    return ev.when is not None and ev.when.value not in USABLE_REFS and ev.when.start is not None


def day_of(x: object) -> _dt.date | None:
    """The day of a date or datetime (``None`` for anything else)."""
    if isinstance(x, _dt.datetime):
        return x.date()
    return x if isinstance(x, _dt.date) else None


def whole_day(span: TimeSpan) -> TimeSpan:
    """The day of a span finer than a day ("2024-03-12TNI", "2024-03-12T14:00" give "2024-03-12");
    any other span as it is. A clock time or part of day dates the event it was told for; the
    next one told under it is only known to fall on that day."""
    day = day_of(span.start)
    if day is None or span.granularity is None or span.granularity.rank <= Granularity.DAY.rank:
        return span
    return TimeSpan(day.isoformat(), day, day, Granularity.DAY)


def recent_day(span: TimeSpan, pub: _dt.date, days: int) -> bool:
    """A span of a day (or finer) starting among the ``days`` days up to the publication day."""
    start = day_of(span.start)
    return not (
        start is None
        or start > pub
        or (pub - start).days > days
        or span.granularity is None
        or span.granularity.rank < Granularity.DAY.rank
    )


def past_day_period(expr: TemporalExpression, pub: _dt.date) -> TimeSpan | None:
    """The publication day for a period of a day that ends on it ("over *the past 24 hours*",
    "*the past day*": a daily report's account of the day); ``None`` for any other expression."""
    span = expr.span
    if expr.type is not TimexType.DURATION or span is None or expr.value not in DAY_PERIODS:
        return None
    start, end = day_of(span.start), day_of(span.end)
    if end != pub or start is None or (pub - start).days > 1:
        return None
    return TimeSpan(pub.isoformat(), pub, pub, Granularity.DAY)
