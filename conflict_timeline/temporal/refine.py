"""Refiners: what a resolved expression becomes in the light of its neighbours.

- :func:`apply_signal`: the signal before an expression shapes its span ("since 2020" runs on,
  "until 2020" has no start, "before 2020" ends the day before 2020 begins).
- :func:`link_ranges`: "from X to Y", "between X and Y" and ranges written with a dash ("1980-88",
  "Nov. 28-29") give both ends the span from X's start to Y's end.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import attrs

from ..model import Signal, SignalEffect, TemporalExpression, TimeSpan, TimexType

__all__ = ["apply_signal", "link_ranges"]

E = SignalEffect


def apply_signal(span: TimeSpan | None, signal: Signal | None, kind: TimexType) -> TimeSpan | None:
    """Open or close a date's span by the effect of its governing signal."""
    if span is None or signal is None or kind not in (TimexType.DATE, TimexType.TIME):
        return span
    if span.start is None or span.end is None:
        return span
    effect = signal.effect
    if effect is E.OPEN_END:
        return attrs.evolve(span, end=None)
    if effect is E.OPEN_START:
        return attrs.evolve(span, start=None)
    if effect is E.BEFORE:
        # at the first day of the calendar there is no day before: the span stays closed at its end
        end = span.start - dt.timedelta(days=1) if span.start > dt.date.min else span.start
        return attrs.evolve(span, start=None, end=end)
    if effect is E.AFTER:
        start = span.end + dt.timedelta(days=1) if span.end < dt.date.max else span.end
        return attrs.evolve(span, start=start, end=None)
    return span


_RANGE_JOINS: dict[SignalEffect, tuple[str, ...]] = {
    E.FROM: ("to", "and", "until", "through", "till", "-", "–"),
    E.BETWEEN: ("and",),
}
_DASHES = ("-", "–")


def link_ranges(text: str, exprs: Sequence[TemporalExpression], range_ends: Sequence[bool]) -> list[TemporalExpression]:
    """Bound both ends of each range: "from X to Y", "between X and Y", and a range written with a
    dash whose second half a ``range_end`` rule read ("the 1980-88 war", "Nov. 28-29").
    ``range_ends[i]`` says whether ``exprs[i]`` came from such a rule."""
    out = list(exprs)
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        if a.span is None or b.span is None:
            continue
        gap = text[a.end : b.start]
        effect = a.governing_signal.effect if a.governing_signal is not None else None
        if effect in _RANGE_JOINS:
            assert effect is not None
            joins = _RANGE_JOINS[effect]
        elif gap in _DASHES and range_ends[i + 1]:
            joins = _DASHES
        else:
            continue
        if gap.strip().lower() not in joins or a.span.start is None or b.span.end is None or b.span.end < a.span.start:
            continue
        out[i] = attrs.evolve(a, span=attrs.evolve(a.span, end=b.span.end))
        out[i + 1] = attrs.evolve(b, span=attrs.evolve(b.span, start=a.span.start))
    return out
