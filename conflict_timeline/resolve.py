"""Candidate expressions + reference dates -> TIMEX3 values and calendar spans.

Deictic expressions ("yesterday", "last week") resolve against the publication
date; anaphoric ones ("two days later", "the following year") against the most
recent resolved date of the text (the narrative anchor). Underspecified dates
("on Friday", "in June") take the tense of their clause into account.
Calendar arithmetic is ``dateutil.relativedelta``; nothing reads the clock.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping, Sequence
from typing import Any

import attrs
from dateutil.easter import easter
from dateutil.relativedelta import relativedelta

from .errors import CalendarOverflow
from .lexicon import calendar as cal
from .lexicon import tense as tense_words
from .lexicon.verbs import REPORTING_PAST
from .model import (
    Anchor,
    AnchorKind,
    Granularity,
    Mod,
    TemporalExpression,
    TimeSpan,
    TimexType,
)
from .rules import Reading
from .settings import Settings
from .temporal import Candidate, signal_before
from .text import Tense, TextLayer, context_tense

__all__ = [
    "resolve_candidates",
    "day_span",
    "week_span",
    "month_span",
    "year_span",
    "quarter_span",
    "resolve_weekday",
]

G = Granularity


# --- calendar spans ---------------------------------------------------------------------------


def day_span(d: dt.date, mod: Mod | None = None) -> TimeSpan:
    return TimeSpan(d.isoformat(), d, d, G.DAY, mod)


def week_span(d: dt.date, mod: Mod | None = None) -> TimeSpan:
    year, week, weekday = d.isocalendar()
    monday = d - dt.timedelta(days=weekday - 1)
    return TimeSpan(f"{year:04d}-W{week:02d}", monday, monday + dt.timedelta(days=6), G.WEEK, mod)


def weekend_span(d: dt.date, mod: Mod | None = None) -> TimeSpan:
    year, week, weekday = d.isocalendar()
    saturday = d + dt.timedelta(days=6 - weekday)
    return TimeSpan(f"{year:04d}-W{week:02d}-WE", saturday, saturday + dt.timedelta(days=1), G.WEEK, mod)


def month_span(year: int, month: int, mod: Mod | None = None) -> TimeSpan:
    first = dt.date(year, month, 1)
    last = first + relativedelta(months=1, days=-1) if (year, month) != (9999, 12) else dt.date(9999, 12, 31)
    return TimeSpan(f"{year:04d}-{month:02d}", first, last, G.MONTH, mod)


def quarter_span(year: int, quarter: int, mod: Mod | None = None) -> TimeSpan:
    first = dt.date(year, 3 * quarter - 2, 1)
    last = month_span(year, 3 * quarter).end
    return TimeSpan(f"{year:04d}-Q{quarter}", first, last, G.QUARTER, mod)


def half_span(year: int, half: int, mod: Mod | None = None) -> TimeSpan:
    first = dt.date(year, 6 * half - 5, 1)
    last = month_span(year, 6 * half).end
    return TimeSpan(f"{year:04d}-H{half}", first, last, G.HALF, mod)


def season_span(year: int, season: str, mod: Mod | None = None) -> TimeSpan:
    first_month, last_month = cal.SEASON_MONTHS[season]
    first = dt.date(year, first_month, 1)
    last_year = year + 1 if last_month < first_month else year
    last = month_span(last_year, last_month).end
    return TimeSpan(f"{year:04d}-{season}", first, last, G.SEASON, mod)


def year_span(year: int, mod: Mod | None = None) -> TimeSpan:
    return TimeSpan(f"{year:04d}", dt.date(year, 1, 1), dt.date(year, 12, 31), G.YEAR, mod)


def decade_span(decade: int, mod: Mod | None = None) -> TimeSpan:
    first = max(decade * 10, 1)
    return TimeSpan(f"{decade:03d}", dt.date(first, 1, 1), dt.date(min(decade * 10 + 9, 9999), 12, 31), G.DECADE, mod)


def century_span(century: int, mod: Mod | None = None) -> TimeSpan:
    first = max(century * 100, 1)
    return TimeSpan(
        f"{century:02d}", dt.date(first, 1, 1), dt.date(min(century * 100 + 99, 9999), 12, 31), G.CENTURY, mod
    )


def span_at(d: dt.date, granularity: Granularity, mod: Mod | None = None) -> TimeSpan:
    """The span of the given grain that contains day ``d``."""
    if granularity is G.DAY or granularity.rank > G.DAY.rank:
        return day_span(d, mod)
    if granularity is G.WEEK:
        return week_span(d, mod)
    if granularity is G.MONTH:
        return month_span(d.year, d.month, mod)
    if granularity is G.QUARTER:
        return quarter_span(d.year, (d.month - 1) // 3 + 1, mod)
    if granularity is G.HALF:
        return half_span(d.year, 1 if d.month <= 6 else 2, mod)
    if granularity is G.SEASON:
        for code, (first, last) in cal.SEASON_MONTHS.items():
            if first <= d.month <= last or (first > last and (d.month >= first or d.month <= last)):
                year = d.year - 1 if (first > last and d.month <= last) else d.year
                return season_span(year, code, mod)
    if granularity is G.YEAR:
        return year_span(d.year, mod)
    if granularity is G.DECADE:
        return decade_span(d.year // 10, mod)
    return century_span(d.year // 100, mod)


UNIT_GRANULARITY: dict[str, Granularity] = {
    "second": G.SECOND,
    "minute": G.MINUTE,
    "hour": G.HOUR,
    "day": G.DAY,
    "night": G.DAY,
    "week": G.WEEK,
    "weekend": G.WEEK,
    "fortnight": G.WEEK,
    "month": G.MONTH,
    "quarter": G.QUARTER,
    "half": G.HALF,
    "season": G.SEASON,
    "year": G.YEAR,
    "decade": G.DECADE,
    "century": G.CENTURY,
    "millennium": G.CENTURY,
}


# unit -> (months, days) in one step; clock units are handled apart
_UNIT_STEPS: dict[str, tuple[int, int]] = {
    "day": (0, 1),
    "night": (0, 1),
    "week": (0, 7),
    "weekend": (0, 7),
    "fortnight": (0, 14),
    "month": (1, 0),
    "quarter": (3, 0),
    "half": (6, 0),
    "season": (3, 0),
    "year": (12, 0),
    "decade": (120, 0),
    "century": (1200, 0),
    "millennium": (12000, 0),
    "hour": (0, 0),
    "minute": (0, 0),
    "second": (0, 0),
}


def shift(d: dt.date, unit: str, n: float) -> dt.date:
    """``d`` moved by ``n`` units (calendar-aware, via relativedelta)."""
    k = int(round(n))
    months, days = _UNIT_STEPS[unit]
    if unit in ("hour", "minute", "second"):
        step = relativedelta(**{unit + "s": k})
    else:
        step = relativedelta(months=months * k, days=days * k)
    try:
        return d + step
    except (OverflowError, ValueError) as exc:
        raise CalendarOverflow(f"{d.isoformat()} moved by {k} {unit}(s) leaves the calendar") from exc


# --- resolution --------------------------------------------------------------------------------


@attrs.frozen(slots=True)
class _Resolved:
    value: str
    type: TimexType
    span: TimeSpan | None
    anchor: Anchor | None
    explanation: str
    mod: Mod | None = None
    quant: str | None = None
    freq: str | None = None
    moves_narrative: bool = True


@attrs.define
class _Context:
    """Per-text resolution state: the publication date and the narrative anchor."""

    layer: TextLayer
    published: dt.date
    settings: Settings
    narrative: TemporalExpression | None = None

    @property
    def text(self) -> str:
        return self.layer.text

    @property
    def day_first(self) -> bool:
        return self.settings.date_order == "DMY"

    @property
    def pub_anchor(self) -> Anchor:
        return Anchor(AnchorKind.PUBLICATION_DATE, self.published.isoformat())

    def narrative_anchor(self) -> tuple[TimeSpan, Anchor]:
        """The span to resolve anaphora against: the last dated expression, else the publication day."""
        n = self.narrative
        if n is not None and n.span is not None:
            return n.span, Anchor(AnchorKind.EXPRESSION, n.value, n.start, n.end, n.text)
        return day_span(self.published), self.pub_anchor


Resolver = Callable[[Reading, Candidate, _Context], _Resolved | None]


def _nearest(options: list[tuple[dt.date, TimeSpan]], ref: dt.date, tense: Tense | None) -> TimeSpan:
    """Of several readings of an underspecified date, the one nearest to ``ref``,
    where tense makes the wrong direction four times as far."""

    def cost(item: tuple[dt.date, TimeSpan]) -> float:
        point, span = item
        assert span.start is not None and span.end is not None
        if span.start <= ref <= span.end:
            return 0.0
        days = (point - ref).days
        if tense == "PAST" and days > 0:
            return days * 4.0
        if tense == "FUTURE" and days < 0:
            return -days * 4.0
        if tense is None and days > 0:
            return days * 1.5  # news reports mostly what has happened
        return abs(days)

    return min(options, key=cost)[1]


def _years_around(pub: dt.date) -> list[int]:
    """The publication year and its neighbours, as far as the calendar goes: the readings of
    a date written without its year."""
    return [y for y in (pub.year - 1, pub.year, pub.year + 1) if 1 <= y <= 9999]


def _tense(cand: Candidate, ctx: _Context) -> Tense | None:
    return context_tense(ctx.text, cand.start, cand.end, ctx.layer.sentence_at(cand.start))


def resolve_weekday(ref: dt.date, weekday: int, offset: int | None, tense: Tense | None) -> tuple[dt.date, str]:
    """The date of an ISO ``weekday`` relative to ``ref`` and how it was chosen.

    "last Friday" is the most recent Friday before ``ref``; "next Friday" the first
    after it; a bare "Friday" is the most recent one on or before ``ref`` in past
    context, the first one after it in future context, and the nearest otherwise.
    """
    back = (ref.isoweekday() - weekday) % 7  # days back to the most recent one, 0 = ref itself
    fwd = (weekday - ref.isoweekday()) % 7
    if offset == -1:
        days = -(back or 7)
        how = "the most recent one before"
    elif offset == 1:
        days = fwd or 7
        how = "the first one after"
    elif tense == "PAST":
        days, how = -back, "past-tense context: the most recent one on or before"
    elif tense == "FUTURE":
        days, how = (fwd or 7), "future-tense context: the first one after"
    elif offset == 0:
        days, how = fwd, "'this': the one of the current week on or after"
    else:
        days, how = (
            (-back, "no tense cue: the nearest one on or before")
            if back <= fwd or fwd == 0
            else (fwd, "no tense cue: the nearest one, after")
        )
    return ref + dt.timedelta(days=days), how


def _with_pod(span: TimeSpan, pod: str | None) -> TimeSpan:
    if not pod:
        return span
    return TimeSpan(f"{span.value}T{pod}", span.start, span.end, G.PART_OF_DAY, span.mod)


def _date(reading: Reading, cand: Candidate, ctx: _Context) -> _Resolved | None:
    p = reading.params
    month, day, year = p["month"], p.get("day"), p.get("year")
    if year is not None:
        if day is None:
            return _Resolved(
                f"{year:04d}-{month:02d}",
                reading.type,
                month_span(year, month, reading.mod),
                None,
                "an absolute month and year",
                reading.mod,
            )
        d = dt.date(year, month, day)
        if "hour" in p:
            value = f"{d.isoformat()}T{p['hour']:02d}:{p['minute']:02d}"
            return _Resolved(value, TimexType.TIME, TimeSpan(value, d, d, G.MINUTE), None, "an absolute date and time")
        return _Resolved(d.isoformat(), reading.type, day_span(d), None, "an absolute date")
    tense = _tense(cand, ctx)
    pub = ctx.published
    if day is None:
        options = [(dt.date(y, month, 15), month_span(y, month, reading.mod)) for y in _years_around(pub)]
        span = _nearest(options, pub, tense)
        return _Resolved(
            span.value,
            reading.type,
            span,
            ctx.pub_anchor,
            f"a month without a year: the reading nearest the publication date ({tense or 'no'} tense)",
            reading.mod,
        )
    options = []
    for y in _years_around(pub):
        try:
            d = dt.date(y, month, day)
        except ValueError:
            continue
        options.append((d, day_span(d)))
    if not options:
        return None
    weekday = p.get("weekday")
    if weekday:  # "Monday, Dec. 2": the year in which that day is that weekday, if one is near
        matching = [o for o in options if o[0].isoweekday() == weekday]
        options = matching or options
    span = _nearest(options, pub, tense)
    return _Resolved(
        span.value,
        reading.type,
        span,
        ctx.pub_anchor,
        f"a day without a year: the reading nearest the publication date ({tense or 'no'} tense)",
    )


def _numeric_date(reading: Reading, cand: Candidate, ctx: _Context) -> _Resolved | None:
    a, b, year = reading.params["a"], reading.params["b"], reading.params["year"]
    month, day = (b, a) if ctx.day_first else (a, b)
    if month > 12:  # unambiguous the other way round
        month, day = day, month
    d = dt.date(year, month, day)
    order = "day first" if ctx.day_first else "month first (US order)"
    return _Resolved(d.isoformat(), TimexType.DATE, day_span(d), None, f"a numeric date read {order}")


def _full_year(short: int, pub: dt.date) -> int:
    """A two-digit year ("fiscal '98", "Q1 '24") in the century of the publication date, unless
    that would put it more than ten years after the publication."""
    century = pub.year // 100 * 100
    return century + short if century + short <= pub.year + 10 else century - 100 + short


def _year(reading: Reading, cand: Candidate, ctx: _Context) -> _Resolved | None:
    p = reading.params
    if "short_year" in p:
        year = _full_year(p["short_year"], ctx.published)
        return _Resolved(
            f"{year:04d}",
            TimexType.DATE,
            year_span(year, reading.mod),
            ctx.pub_anchor,
            "a two-digit year, placed in the century of the publication date",
            reading.mod,
        )
    year = p["year"]
    return _Resolved(f"{year:04d}", TimexType.DATE, year_span(year, reading.mod), None, "an absolute year", reading.mod)


def _year_range(reading: Reading, cand: Candidate, ctx: _Context) -> _Resolved | None:
    y1, y2 = reading.params["start"], reading.params["end"]
    span = TimeSpan(f"{y1:04d}", dt.date(y1, 1, 1), dt.date(y2, 12, 31), G.YEAR)
    return _Resolved(f"{y1:04d}", TimexType.DATE, span, None, f"a season spanning {y1} and {y2}")


def _decade(reading: Reading, cand: Candidate, ctx: _Context) -> _Resolved | None:
    p = reading.params
    if "decade" in p:
        decade = p["decade"]
        anchor = None
    else:
        current = ctx.published.year // 10
        decade = current // 10 * 10 + p["short"]
        if decade > current:
            decade -= 10
        anchor = ctx.pub_anchor
    return _Resolved(f"{decade:03d}", TimexType.DATE, decade_span(decade, reading.mod), anchor, "a decade", reading.mod)


def _century(reading: Reading, cand: Candidate, ctx: _Context) -> _Resolved | None:
    c = reading.params["century"]
    return _Resolved(f"{c:02d}", TimexType.DATE, century_span(c, reading.mod), None, "a century", reading.mod)


def _weekday(reading: Reading, cand: Candidate, ctx: _Context) -> _Resolved | None:
    p = reading.params
    # "get around Wednesday's ruling": a possessive weekday dates its noun, not the clause's
    # verb, so the clause's tense says nothing about it: the nearest such day is meant
    possessive = p.get("offset") is None and _POSSESSIVE.match(ctx.text, cand.end) is not None
    tense = None if possessive else _tense(cand, ctx)
    d, how = resolve_weekday(ctx.published, p["weekday"], p.get("offset"), tense)
    anchor, whose = ctx.pub_anchor, "the publication date"
    reported = _reporting_day(cand, ctx) if tense == "PAST" and p.get("offset") is None else None
    if reported is not None and d > reported[0]:
        # "said on Tuesday it had retaken the town on Monday": not a Monday after the Tuesday
        (ref, anchor), whose = reported, "the day the sentence reports from"
        d, how = resolve_weekday(ref, p["weekday"], None, tense)
    span = _with_pod(day_span(d, reading.mod), p.get("pod"))
    return _Resolved(span.value, reading.type, span, anchor, f"a weekday, {how} {whose}", reading.mod)


_POSSESSIVE = re.compile(r"['’]s\b")
_REPORTING_VERB = re.compile(r"\b(?:" + "|".join(sorted(REPORTING_PAST)) + r")\b")
_REPORTED_CLAUSE = re.compile(r"\b(?:" + "|".join(tense_words.REPORTED_CLAUSE_OPENERS) + r")\b")


def _reporting_day(cand: Candidate, ctx: _Context) -> tuple[dt.date, Anchor] | None:
    """The day of an earlier weekday in the same sentence, when it lies in the week before
    the publication date ("said on Tuesday ... on Monday")."""
    n = ctx.narrative
    if n is None or n.span is None or n.span.start is None or n.span.granularity is not G.DAY:
        return None
    if n.rule not in ("weekday", "relative_day") or n.start < ctx.layer.sentence_at(cand.start)[0]:
        return None
    # the earlier weekday must date the report ("said on Tuesday", "On Tuesday, the army said"),
    # not an event ("identified Thursday ..., newspapers reported Friday")
    before = _REPORTING_VERB.search(ctx.text, max(0, n.start - 16), n.start)
    after = _REPORTING_VERB.search(ctx.text, n.end, min(cand.start, n.end + 40))
    if not (before or after) or _REPORTING_VERB.search(ctx.text, max(n.end, cand.start - 16), cand.start):
        return None
    if not _REPORTED_CLAUSE.search(ctx.text, n.end, cand.start):
        return None  # "the truce announced Tuesday took effect Wednesday": no reported clause
    day = n.span.start
    if not ctx.published - dt.timedelta(days=6) <= day < ctx.published:
        return None
    return day, Anchor(AnchorKind.EXPRESSION, n.value, n.start, n.end, n.text)


def _relday(reading: Reading, cand: Candidate, ctx: _Context) -> _Resolved | None:
    d = ctx.published + dt.timedelta(days=reading.params["offset"])
    span = _with_pod(day_span(d, reading.mod), reading.params.get("pod"))
    return _Resolved(
        span.value,
        reading.type,
        span,
        ctx.pub_anchor,
        f"{reading.params['offset']:+d} day(s) from the publication date",
        reading.mod,
    )


def _relunit(reading: Reading, cand: Candidate, ctx: _Context) -> _Resolved | None:
    unit, offset = reading.params["unit"], reading.params["offset"]
    pub = ctx.published
    if unit == "weekend":
        span = weekend_span(shift(pub, "week", offset), reading.mod)
    else:
        gran = UNIT_GRANULARITY[unit]
        span = span_at(shift(pub, unit, offset), gran, reading.mod)
    word = {-1: "previous", 0: "current", 1: "next"}.get(offset, f"{offset:+d}")
    return _Resolved(
        span.value,
        TimexType.DATE,
        span,
        ctx.pub_anchor,
        f"the {word} {unit} relative to the publication date",
        reading.mod,
    )


def _weekend(reading: Reading, cand: Candidate, ctx: _Context) -> _Resolved | None:
    pub = ctx.published
    this = weekend_span(pub)
    assert this.start is not None
    tense = _tense(cand, ctx)
    if tense == "FUTURE" or pub >= this.start:
        span, how = this, "the weekend of the publication week"
    else:
        span, how = weekend_span(pub - dt.timedelta(days=7)), "the most recent weekend before the publication date"
    return _Resolved(span.value, TimexType.DATE, span, ctx.pub_anchor, how)


def _part_of_day(reading: Reading, cand: Candidate, ctx: _Context) -> _Resolved | None:
    p = reading.params
    day, how, anchor = _day_of(p, cand, ctx)
    span = _with_pod(day_span(day, reading.mod), p["pod"])
    return _Resolved(span.value, TimexType.TIME, span, anchor, f"a part of {how}", reading.mod)


def _named_day(p: Mapping[str, Any], cand: Candidate, ctx: _Context) -> tuple[dt.date, Anchor | None] | None:
    """The day of a month and day (and year, if written) inside a longer expression ("the week of
    March 6", "5 p.m. EST Nov. 9"), read the way the date alone would be."""
    dated = _date(
        Reading("date", TimexType.DATE, {"month": p["month"], "day": p["day"], "year": p.get("year")}), cand, ctx
    )
    if dated is None or dated.span is None or dated.span.start is None:
        return None
    return dated.span.start, dated.anchor


def _week_of(reading: Reading, cand: Candidate, ctx: _Context) -> _Resolved | None:
    named = _named_day(reading.params, cand, ctx)
    if named is None:
        return None
    span = week_span(named[0])
    return _Resolved(span.value, TimexType.DATE, span, named[1], f"the week of {named[0].isoformat()}")


def _year_end(reading: Reading, cand: Candidate, ctx: _Context) -> _Resolved | None:
    year = ctx.published.year + reading.params.get("offset", 0)
    # "year-end" is the accounts' day, 31 December: the coming one, or the last one when the
    # text looks back ("since year-end", past tense) and the publication year has not ended
    back = signal_before(ctx.text, cand.start) in ("since", "from") or _tense(cand, ctx) == "PAST"
    if back and (ctx.published.month, ctx.published.day) != (12, 31):
        year -= 1
    d = dt.date(year, 12, 31)
    return _Resolved(
        d.isoformat(),
        TimexType.DATE,
        day_span(d),
        ctx.pub_anchor,
        "year-end: 31 December, " + ("the last one" if back else "of the publication year"),
    )


def _season(reading: Reading, cand: Candidate, ctx: _Context) -> _Resolved | None:
    p = reading.params
    season = p["season"]
    if p.get("year") is not None:
        return _Resolved(
            f"{p['year']:04d}-{season}",
            TimexType.DATE,
            season_span(p["year"], season, reading.mod),
            None,
            "a season of a given year",
            reading.mod,
        )
    if "narrative" in p:
        ref_span, anchor = ctx.narrative_anchor()
        assert ref_span.start is not None
        year = ref_span.start.year + p["narrative"]
        span = season_span(year, season, reading.mod)
        return _Resolved(span.value, TimexType.DATE, span, anchor, "a season relative to the narrative", reading.mod)
    pub = ctx.published
    current = span_at(pub, G.SEASON)
    assert current.start is not None
    options = [
        season_span(y, season, reading.mod)
        for y in (pub.year - 2, pub.year - 1, pub.year, pub.year + 1)
        if 1 <= y <= 9998
    ]
    offset = p.get("offset")
    if offset == -1:
        span = max(o for o in options if o.end is not None and o.end < current.start)
    elif offset == 1:
        span = min(o for o in options if o.start is not None and o.start > pub)
    elif offset == 0:
        span = season_span(pub.year if season != "WI" or pub.month >= 3 else pub.year - 1, season, reading.mod)
    else:
        span = _nearest([(o.start, o) for o in options if o.start is not None], pub, _tense(cand, ctx))
    return _Resolved(
        span.value, TimexType.DATE, span, ctx.pub_anchor, "a season relative to the publication date", reading.mod
    )


def _quarter(reading: Reading, cand: Candidate, ctx: _Context) -> _Resolved | None:
    p = reading.params
    make = quarter_span if p["unit"] == "quarter" else half_span
    if "short_year" in p:
        span = make(_full_year(p["short_year"], ctx.published), p["n"], reading.mod)
        return _Resolved(
            span.value,
            TimexType.DATE,
            span,
            ctx.pub_anchor,
            f"a {p['unit']} of a two-digit year, placed in the century of the publication date",
            reading.mod,
        )
    if p.get("year") is not None:
        span = make(p["year"], p["n"], reading.mod)
        return _Resolved(span.value, TimexType.DATE, span, None, f"a {p['unit']} of a given year", reading.mod)
    pub = ctx.published
    if p.get("year_offset") is not None:
        span = make(pub.year + p["year_offset"], p["n"], reading.mod)
        return _Resolved(
            span.value,
            TimexType.DATE,
            span,
            ctx.pub_anchor,
            f"a {p['unit']} of the year {p['year_offset']:+d} from the publication year",
            reading.mod,
        )
    options = []
    for y in _years_around(pub):
        s = make(y, p["n"], reading.mod)
        assert s.start is not None
        options.append((s.start, s))
    # business reporting speaks of quarters already begun: the latest one that started
    started = [s for start, s in options if start <= pub]
    span = started[-1] if started else options[0][1]
    return _Resolved(
        span.value,
        TimexType.DATE,
        span,
        ctx.pub_anchor,
        f"a {p['unit']} without a year: the latest one begun by the publication date",
        reading.mod,
    )


def _shift(reading: Reading, cand: Candidate, ctx: _Context) -> _Resolved | None:
    p = reading.params
    n, unit = p["n"], p["unit"]
    if n is None:  # "several years ago"
        return _Resolved(
            "PAST_REF",
            TimexType.DATE,
            TimeSpan("PAST_REF", None, ctx.published),
            ctx.pub_anchor,
            "an unspecified time ago",
        )
    unit_gran = UNIT_GRANULARITY[unit]
    narrative_span, _ = ctx.narrative_anchor()
    if (
        p["anchor"] == "publication"
        and p.get("keep")
        and unit == "year"
        and ctx.narrative is not None
        and narrative_span.granularity in (G.QUARTER, G.HALF)
        and narrative_span.start is not None
        and narrative_span.start <= ctx.published
    ):
        # (a forecast quarter, "the third quarter of 1990", is not the one being reported)
        # "a year ago" in quarterly reporting compares with the same quarter a year before
        ref_span, anchor = ctx.narrative_anchor()
    elif p["anchor"] == "publication":
        ref_span, anchor = day_span(ctx.published), ctx.pub_anchor
    else:
        ref_span, anchor = ctx.narrative_anchor()
    ref_gran = ref_span.granularity or G.DAY
    if p.get("grain") == "quarter":
        # "the year-ago quarter": the quarter a year before the story's own (reported) time
        story, story_anchor = ctx.narrative_anchor()
        if story.start is None or story.start > ctx.published:
            story, story_anchor = day_span(ctx.published), ctx.pub_anchor
        assert story.start is not None
        moved = shift(story.start, unit, n)
        span = span_at(moved, G.QUARTER, reading.mod)
        return _Resolved(
            span.value,
            TimexType.DATE,
            span,
            story_anchor,
            f"the quarter {abs(n):g} year(s) before that of {story_anchor.describe()}",
            reading.mod,
            moves_narrative=False,
        )
    gran: Granularity
    if p.get("keep") and ref_gran in (G.QUARTER, G.HALF) and ref_gran.rank > unit_gran.rank:
        gran = ref_gran  # "a year earlier" after "the third quarter": that quarter, a year before
    elif unit_gran.rank > ref_gran.rank and anchor.kind is AnchorKind.EXPRESSION:
        gran = ref_gran  # "two days later" after "in 2016": only the year is known
    else:
        gran = unit_gran
    if gran.rank > G.DAY.rank:
        gran = G.DAY
    assert ref_span.start is not None
    moved = shift(ref_span.start, unit, n)
    span = span_at(moved, gran, reading.mod)
    if unit == "weekend":
        span = weekend_span(moved, reading.mod)
    direction = "before" if n < 0 else "after"
    # "a year earlier", "year-ago": a point of comparison, not a move of the story's time
    comparison = bool(p.get("keep")) and unit == "year" and abs(n) == 1
    return _Resolved(
        span.value,
        TimexType.DATE,
        span,
        anchor,
        f"{abs(n):g} {unit}(s) {direction} {anchor.describe()}",
        reading.mod,
        moves_narrative=not comparison,
    )


# A fraction of a unit is written in the next smaller one: 2.5 years is P2Y6M.
_SMALLER_UNIT: dict[str, tuple[str, int]] = {
    "year": ("month", 12),
    "month": ("day", 30),
    "day": ("hour", 24),
    "night": ("hour", 24),
    "hour": ("minute", 60),
    "minute": ("second", 60),
    "decade": ("year", 10),
    "century": ("year", 100),
}


def _duration_value(n: float | None, unit: str) -> str:
    letter, is_time = cal.UNITS[unit]
    if n is not None and n != int(n) and unit in ("week", "fortnight"):
        return f"P{round(n * (7 if unit == 'week' else 14))}D"  # weeks do not mix with other units
    if n is not None and n != int(n) and unit in _SMALLER_UNIT:
        smaller, per = _SMALLER_UNIT[unit]
        whole, part = int(n), round((n - int(n)) * per)
        small_letter, small_is_time = cal.UNITS[smaller]
        head = f"{whole}{letter}" if whole else ""
        if is_time or not small_is_time:
            return f"P{'T' if is_time else ''}{head}{part}{small_letter}"
        return f"P{head}T{part}{small_letter}"
    if n is None:
        amount = "X"
    elif n == int(n):
        amount = str(int(n))
    else:
        amount = f"{n:g}"
    if letter == "2W" and n is not None:  # fortnight
        letter, amount = "W", str(int(2 * n)) if n == int(n) else f"{2 * n:g}"
    if letter == "WE":
        return f"P{amount}WE"
    return f"P{'T' if is_time else ''}{amount}{letter}"


def _duration(reading: Reading, cand: Candidate, ctx: _Context) -> _Resolved | None:
    p = reading.params
    value = _duration_value(p["n"], p["unit"])
    span = None
    anchor = None
    explanation = "a length of time"
    direction = p.get("direction")
    if direction in (-1, 1) and p["n"] is not None:
        anchor = ctx.pub_anchor
        other = shift(ctx.published, p["unit"], direction * p["n"])
        lo, hi = sorted((other, ctx.published))
        span = TimeSpan(value, lo, hi, UNIT_GRANULARITY.get(p["unit"], G.DAY), reading.mod)
        explanation = (
            "a length of time ending at the publication date"
            if direction < 0
            else "a length of time starting at the publication date"
        )
    return _Resolved(value, TimexType.DURATION, span, anchor, explanation, reading.mod)


def _set(reading: Reading, cand: Candidate, ctx: _Context) -> _Resolved | None:
    p = reading.params
    return _Resolved(
        p["value"], TimexType.SET, None, None, "a recurring time", quant=p.get("quant"), freq=p.get("freq")
    )


_ON_WEEKDAY = re.compile(r"\s+on\s+(" + "|".join(w.capitalize() for w in cal.WEEKDAYS if w.endswith("day")) + r")\b")


def _day_named_after(cand: Candidate, ctx: _Context) -> tuple[dt.date, str, Anchor] | None:
    """ "04:00 local time on Wednesday": the weekday right after a clock time names its day."""
    m = _ON_WEEKDAY.match(ctx.text, cand.end)
    if m is None:
        return None
    day, how = resolve_weekday(ctx.published, cal.WEEKDAYS[m.group(1).lower()], None, _tense(cand, ctx))
    return day, f"the {m.group(1)} named after it ({how})", ctx.pub_anchor


def _day_of(
    p: Mapping[str, Any], cand: Candidate, ctx: _Context, *, named_after: bool = False
) -> tuple[dt.date, str, Anchor]:
    """The day a time of day falls on: the weekday or relative day it names, the weekday
    right after it (``named_after``), else the narrative's day, else the publication day."""
    if "weekday" in p:
        day, how = resolve_weekday(ctx.published, p["weekday"], None, _tense(cand, ctx))
        return day, how, ctx.pub_anchor
    if "day_offset" in p:
        return ctx.published + dt.timedelta(days=p["day_offset"]), "the day named", ctx.pub_anchor
    if named_after and (named := _day_named_after(cand, ctx)) is not None:
        return named
    ref_span, anchor = ctx.narrative_anchor()
    if ref_span.granularity is not None and ref_span.granularity.rank >= G.DAY.rank and ref_span.start is not None:
        return ref_span.start, "the day of the narrative", anchor
    return ctx.published, "the publication day", ctx.pub_anchor


def _clock(reading: Reading, cand: Candidate, ctx: _Context) -> _Resolved | None:
    p = reading.params
    if "month" in p:  # "5 p.m. EST Nov. 9"
        named = _named_day(p, cand, ctx)
        if named is None:
            return None
        (day, anchor), how = named, "the date named"
    else:
        day, how, anchor = _day_of(p, cand, ctx, named_after=True)
    hour, minute = p["hour"], p["minute"]
    clock = f"{hour:02d}:{minute:02d}" if p.get("has_minute", True) or minute else f"{hour:02d}:00"
    value = f"{day.isoformat()}T{clock}"
    span = TimeSpan(value, day, day, G.MINUTE, reading.mod)
    return _Resolved(value, TimexType.TIME, span, anchor, f"a clock time on {how}", reading.mod)


def _vague(reading: Reading, cand: Candidate, ctx: _Context) -> _Resolved | None:
    value = reading.params["value"]
    pub = ctx.published
    bounds = {"PAST_REF": (None, pub), "PRESENT_REF": (pub, pub), "FUTURE_REF": (pub, None)}[value]
    return _Resolved(
        value,
        TimexType.DATE,
        TimeSpan(value, bounds[0], bounds[1]),
        ctx.pub_anchor,
        "a vague reference to the past, present or future of the publication date",
    )


def _holiday(reading: Reading, cand: Candidate, ctx: _Context) -> _Resolved | None:
    name, year = reading.params["holiday"], reading.params.get("year")

    def on(y: int) -> dt.date:
        if name == "easter":
            return easter(y)
        if name == "election":  # US: the Tuesday after the first Monday of November
            first = dt.date(y, 11, 1)
            return first + dt.timedelta(days=(0 - first.weekday()) % 7 + 1)
        if name == "thanksgiving":  # fourth Thursday of November
            first = dt.date(y, 11, 1)
            return first + dt.timedelta(days=(3 - first.weekday()) % 7 + 21)
        month, day = name.split("-")
        return dt.date(y, int(month), int(day))

    if year is not None:
        d = on(year)
        return _Resolved(d.isoformat(), TimexType.DATE, day_span(d), None, "a holiday of a given year")
    pub = ctx.published
    options = [(on(y), day_span(on(y))) for y in _years_around(pub)]
    span = _nearest(options, pub, _tense(cand, ctx))
    return _Resolved(span.value, TimexType.DATE, span, ctx.pub_anchor, "a holiday nearest the publication date")


def _month(reading: Reading, cand: Candidate, ctx: _Context) -> _Resolved | None:
    p = reading.params
    offset = p.get("offset")
    pub = ctx.published
    month = p["month"]
    if p.get("year_offset") is not None:
        span = month_span(pub.year + p["year_offset"], month, reading.mod)
        return _Resolved(
            span.value,
            TimexType.DATE,
            span,
            ctx.pub_anchor,
            "a month of a year relative to the publication date",
            reading.mod,
        )
    if offset is None:
        return _date(Reading("date", reading.type, {"month": month}, reading.mod), cand, ctx)
    if offset == -1:
        year = pub.year if month < pub.month else pub.year - 1
        how = "the most recent such month before the publication date"
        if month == pub.month - 1:
            # on 1 March "last February" is not the month just ended (that is "last month"):
            # it is the February of the year before
            year -= 1
            how = "the same month a year before the month just ended (which would be 'last month')"
    elif offset == 1:
        year = pub.year if month > pub.month else pub.year + 1
        how = "the first such month after the publication date"
    else:
        year = pub.year
        how = "that month of the publication year"
    span = month_span(year, month, reading.mod)
    return _Resolved(span.value, TimexType.DATE, span, ctx.pub_anchor, how, reading.mod)


def _year_period(reading: Reading, cand: Candidate, ctx: _Context) -> _Resolved | None:
    year = reading.params["year"]
    ref_span, anchor = ctx.narrative_anchor()
    grain = ref_span.granularity
    if (
        ctx.narrative is not None
        and ref_span.start is not None
        and grain is not None
        and (grain is G.QUARTER or (reading.params.get("quarter") and grain.rank >= G.MONTH.rank))
    ):
        # "the 1988 period" in a report on a quarter, "the 1988 quarter" after "the quarter
        # ended Sept. 30": the story's quarter, in the year named
        span = span_at(dt.date(year, ref_span.start.month, 1), G.QUARTER)
        how = "the reported quarter" if grain is G.QUARTER else "the quarter of the story's date"
        return _Resolved(span.value, TimexType.DATE, span, anchor, f"{how}, in the year named")
    return _Resolved(f"{year:04d}", TimexType.DATE, year_span(year), None, "a period of the year named")


RESOLVERS: dict[str, Resolver] = {
    "weekend": _weekend,
    "week_of": _week_of,
    "part_of_day": _part_of_day,
    "year_end": _year_end,
    "year_period": _year_period,
    "date": _date,
    "numeric_date": _numeric_date,
    "year": _year,
    "year_range": _year_range,
    "decade": _decade,
    "century": _century,
    "weekday": _weekday,
    "relday": _relday,
    "relunit": _relunit,
    "season": _season,
    "quarter": _quarter,
    "shift": _shift,
    "duration": _duration,
    "set": _set,
    "clock": _clock,
    "vague": _vague,
    "holiday": _holiday,
    "month": _month,
}


# --- signals and ranges ------------------------------------------------------------------------


def _apply_signal(span: TimeSpan | None, signal: str | None, kind: TimexType) -> TimeSpan | None:
    """Open or close a span by its signal: "since 2020" runs on, "until 2020" has no start."""
    if span is None or signal is None or kind not in (TimexType.DATE, TimexType.TIME):
        return span
    if span.start is None or span.end is None:
        return span
    if signal == "since":
        return attrs.evolve(span, end=None)
    if signal in ("until", "by"):
        return attrs.evolve(span, start=None)
    if signal == "before":
        # at the first day of the calendar there is no day before: the span stays closed at its end
        end = span.start - dt.timedelta(days=1) if span.start > dt.date.min else span.start
        return attrs.evolve(span, start=None, end=end)
    if signal == "after":
        start = span.end + dt.timedelta(days=1) if span.end < dt.date.max else span.end
        return attrs.evolve(span, start=start, end=None)
    return span


def _link_ranges(text: str, exprs: list[TemporalExpression]) -> list[TemporalExpression]:
    """ "from X to Y", "between X and Y" and "1980-88": both ends get the bounded span X.start .. Y.end."""
    out = list(exprs)
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        if a.span is None or b.span is None:
            continue
        gap = text[a.end : b.start].strip().lower()
        if a.signal in ("from", "between"):
            joins: tuple[str, ...] = (
                ("to", "and", "until", "through", "till", "-", "–") if a.signal == "from" else ("and",)
            )
        elif text[a.end : b.start] in ("-", "–") and b.rule in ("year_range_end", "month_day_conjunct"):
            joins = ("-", "–")  # "the 1980-88 war", "Nov. 28-29": one written range
        else:
            continue
        if gap not in joins or a.span.start is None or b.span.end is None or b.span.end < a.span.start:
            continue
        out[i] = attrs.evolve(a, span=attrs.evolve(a.span, end=b.span.end))
        out[i + 1] = attrs.evolve(b, span=attrs.evolve(b.span, start=a.span.start))
    return out


# --- the stage ------------------------------------------------------------------------------------


def resolve_candidates(
    candidates: Sequence[Candidate], layer: TextLayer, settings: Settings
) -> list[TemporalExpression]:
    """The candidates of ``layer`` (:func:`~conflict_timeline.temporal.find_candidates`) resolved
    against the publication day of ``settings`` and the narrative's time, in text order."""
    text = layer.text
    ctx = _Context(layer, settings.day, settings)
    found: list[TemporalExpression] = []
    for cand in candidates:
        try:
            res = RESOLVERS[cand.reading.kind](cand.reading, cand, ctx)
        except (ValueError, OverflowError):
            continue  # a date outside the calendar (year 0, 29 February 2023 ...): not a time
        if res is None:
            continue
        signal = signal_before(text, cand.start)
        span = _apply_signal(res.span, signal, res.type)
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
            signal=signal,
            quant=res.quant,
            freq=res.freq,
            explanation=f"{cand.rule.name}: {res.explanation}",
            bare_span=res.span if span != res.span else None,
        )
        found.append(expr)
        if res.moves_narrative and _can_anchor(expr, res):
            ctx.narrative = attrs.evolve(expr, span=res.span)
    return _link_ranges(text, found)


def _can_anchor(expr: TemporalExpression, res: _Resolved) -> bool:
    span = res.span
    return (
        expr.type in (TimexType.DATE, TimexType.TIME)
        and span is not None
        and span.start is not None
        and span.end is not None
        and span.granularity is not None
        and span.granularity.rank >= G.YEAR.rank
    )
