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

import datetime as dt
import re
from collections.abc import Sequence

import attrs

from ..model import TemporalExpression, TimexType
from ..settings import Settings
from ..text import TextLayer
from .calendar import full_year, years_around
from .narrative import Narrative, can_anchor
from .readings import BCYear, NumericDateReading, Year
from .refine import apply_signal, link_ranges, mod_before_signal, share_years
from .resolvers import resolve_reading
from .scan import Candidate

__all__ = ["resolve_candidates", "document_kind"]

#: ``document="auto"`` reads a text as a narrative when it states at least this many years ...
AUTO_MIN_YEARS = 5
#: ... most of which lie at least this many years before its publication date ...
AUTO_YEARS_BEFORE = 2
#: ... and it seldom speaks from its own day: at most one expression relative to the publication
#: ("on Tuesday", "yesterday", "last week", "two days ago") for this many of those old years.
AUTO_YEARS_PER_DEICTIC = 8


_GLOSS = re.compile(r"\s*\(\s*")


def numeric_order(candidates: Sequence[Candidate], settings: Settings, narrative: bool) -> tuple[bool, str]:
    """Whether numeric dates ("12/03/2016", "13/05") are read day first, and why.

    ``date_order`` "DMY" says day first, "MDY" and "YMD" month first. "auto" decides from the
    text: a date whose first part is above 12 can only be day first ("13/05"), one whose second is
    above 12 only month first; when the text holds neither, the order that puts its numeric dates
    nearest the publication date (news reports what is recent) wins, and month first on a tie.
    """
    order = settings.date_order
    if order != "auto":
        return order == "DMY", ""
    dates = [c.reading for c in candidates if isinstance(c.reading, NumericDateReading)]
    if not dates:
        return False, ""
    day_first = sum(1 for r in dates if r.a > 12)
    month_first = sum(1 for r in dates if r.b > 12)
    if day_first != month_first:
        example = next(r for r in dates if (r.a > 12) == (day_first > month_first) and max(r.a, r.b) > 12)
        first = "day" if day_first > month_first else "month"
        return day_first > month_first, f"{first} first, as {example.a:02d}/{example.b:02d} in the text shows"
    if narrative:
        return False, "month first: no numeric date of the text decides"
    pub = settings.day
    costs = [0.0, 0.0]  # month first, day first
    for r in dates:
        for k, (month, day) in enumerate(((r.a, r.b), (r.b, r.a))):
            costs[k] += _distance(pub, month, day, r.year)
    if costs[1] < costs[0]:
        return True, "day first, which puts the text's numeric dates nearest its publication"
    return False, "month first" + (
        ", which puts the text's numeric dates nearest its publication" if costs[0] < costs[1] else ""
    )


def _distance(pub: dt.date, month: int, day: int, year: Year | None) -> float:
    """How far from the publication a reading of a numeric date lies, in days (a date after it
    counts double); a reading that is no date costs a year and more."""
    years = [full_year(year, pub)] if year is not None and not isinstance(year, BCYear) else years_around(pub)
    best = 1000.0
    for y in years:
        try:
            d = dt.date(y, month, day)
        except ValueError:
            continue
        days = (d - pub).days
        best = min(best, days * 2.0 if days > 0 else -days)
    return best


def document_kind(candidates: Sequence[Candidate], settings: Settings) -> tuple[bool, str]:
    """Whether the text is read as a narrative, and why (``""`` when the setting said so).

    ``document="auto"`` decides from the text: a narrative states years, most of them lie well
    before its publication date, and it seldom speaks from that date (a history of a war, not a
    report of yesterday's news with some background).
    """
    if settings.document != "auto":
        return settings.document == "narrative", ""
    pub = settings.day
    years = [y for y in (c.reading.stated_year for c in candidates) if y is not None]
    before = sum(1 for y in years if y <= pub.year - AUTO_YEARS_BEFORE)
    deictic = sum(1 for c in candidates if c.reading.deictic)
    counts = f"{before} of its {len(years)} stated years lie well before its publication, {deictic} expressions speak from it"
    if len(years) >= AUTO_MIN_YEARS and 2 * before > len(years) and deictic * AUTO_YEARS_PER_DEICTIC <= before:
        return True, f"read as a narrative: {counts}"
    return False, f"read as news: {counts}"


def resolve_candidates(
    candidates: Sequence[Candidate], layer: TextLayer, settings: Settings
) -> list[TemporalExpression]:
    """The candidates of ``layer`` (:func:`~conflict_timeline.temporal.find_candidates`) resolved
    against the publication day of ``settings`` and the narrative's time, in text order."""
    text = layer.text
    candidates = share_years(text, candidates)
    is_narrative, why = document_kind(candidates, settings)
    day_first, order_why = numeric_order(candidates, settings, is_narrative)
    narrative = Narrative(layer, settings, settings.day, is_narrative, why, day_first, order_why)
    found: list[TemporalExpression] = []
    range_ends: list[bool] = []
    previous_end = -1
    for start, end, rule, reading, _, context in candidates:
        # "at 2 p.m. local time (1100 GMT)": a time in brackets right after another restates it
        gloss = previous_end >= 0 and _GLOSS.fullmatch(text, previous_end, start) is not None
        before, previous_end = previous_end, end
        try:
            res = resolve_reading(reading, context, narrative)
        except (ValueError, OverflowError):
            continue  # a date outside the calendar (year 0, 29 February 2023 ...): not a time
        if res is None:
            continue
        bare = res.span
        if res.mod is None and res.type in (TimexType.DATE, TimexType.TIME):
            placed = mod_before_signal(text, context.adjacent_signal)
            if placed is not None and placed[1] >= before:  # "late on Thursday": the end of Thursday
                mod, start = placed
                bare = None if bare is None else attrs.evolve(bare, mod=mod)
                res = res._replace(mod=mod, span=bare)
        governing = context.governing_signal
        span = apply_signal(bare, governing, res.type)
        name = rule.name
        expr = TemporalExpression(
            text=text[start:end],
            start=start,
            end=end,
            type=res.type,
            value=res.value,
            mod=res.mod,
            span=span,
            rule=name,
            anchor=res.anchor,
            signal=governing.normal if governing is not None else None,
            quant=res.quant,
            freq=res.freq,
            explanation=f"{name}: {res.explanation}" + (f" ({why})" if why and res.anchor else ""),
            bare_span=bare if span is not bare and span != bare else None,
            adjacent_signal=context.adjacent_signal,
            governing_signal=governing,
            known=reading.known,
            distance=reading.distance,
        )
        found.append(expr)
        range_ends.append(rule.range_end)
        # a flashback, or in a story a plan ("would be completed in 1976"), does not move the story
        # (the cheap checks first: the clause's tense costs the most)
        if gloss or not res.moves_narrative or (res.bc is None and not can_anchor(expr, bare)):
            continue
        if context.flashback:
            if res.bc is None:
                narrative.told_in_flashback(expr, bare)
        elif not (narrative.narrative and context.tense == "FUTURE"):
            if res.bc is not None:
                narrative.moved_to_bc(expr, res.bc)
            else:
                narrative.moved_to(expr, reading, bare, context)
    return link_ranges(text, found, range_ends)
