"""The temporal stage's resolution, in its order: resolve each candidate, apply its signal, move
the narrative, then link ranges.

1. :func:`~.resolvers.resolve_reading` turns each candidate's reading into a value and a span,
   against the publication day or the narrative's time (a date outside the calendar drops it).
2. :func:`~.refine.apply_signal` opens or closes the span by the governing signal; the span the
   words name themselves is kept as ``bare_span``.
3. :class:`~.narrative.Narrative` moves to each expression that can anchor the next ones (a date
   of a year or finer; points of comparison such as "a year earlier" do not move it).
4. :func:`~.refine.link_ranges` bounds both ends of every range, once all are resolved.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..model import TemporalExpression
from ..settings import Settings
from ..text import TextLayer
from .narrative import Narrative, can_anchor
from .refine import apply_signal, link_ranges
from .resolvers import resolve_reading
from .scan import Candidate

__all__ = ["resolve_candidates"]


def resolve_candidates(
    candidates: Sequence[Candidate], layer: TextLayer, settings: Settings
) -> list[TemporalExpression]:
    """The candidates of ``layer`` (:func:`~conflict_timeline.temporal.find_candidates`) resolved
    against the publication day of ``settings`` and the narrative's time, in text order."""
    text = layer.text
    narrative = Narrative(layer, settings, settings.day)
    found: list[TemporalExpression] = []
    range_ends: list[bool] = []
    for cand in candidates:
        context = cand.context
        try:
            res = resolve_reading(cand.reading, context, narrative)
        except (ValueError, OverflowError):
            continue  # a date outside the calendar (year 0, 29 February 2023 ...): not a time
        if res is None:
            continue
        span = apply_signal(res.span, context.governing_signal, res.type)
        expr = TemporalExpression(
            text=text[cand.start : cand.end],
            start=cand.start,
            end=cand.end,
            type=res.type,
            value=res.value,
            mod=res.mod,
            span=span,
            rule=cand.rule.name,
            anchor=res.anchor,
            signal=context.signal,
            quant=res.quant,
            freq=res.freq,
            explanation=f"{cand.rule.name}: {res.explanation}",
            bare_span=res.span if span != res.span else None,
            adjacent_signal=context.adjacent_signal,
            governing_signal=context.governing_signal,
            known=cand.reading.known,
        )
        found.append(expr)
        range_ends.append(cand.rule.range_end)
        if res.moves_narrative and can_anchor(expr, res.span):
            narrative.moved_to(expr, cand.reading, res.span)
    return link_ranges(text, found, range_ends)
