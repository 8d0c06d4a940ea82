"""Readings -> TIMEX3 values and calendar spans: one pure resolver per reading type.

A resolver takes a reading, the candidate's :class:`~.scan.Context` and the text's
:class:`~.narrative.Narrative` (the publication day and the narrative's time), and returns a
:class:`Resolution` or ``None`` to drop the candidate. :func:`resolve_reading` dispatches on the
reading's type. Underspecified dates ("on Friday", "in June") take the tense of their clause into
account; nothing reads the clock.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping
from typing import Any, NamedTuple, TypeVar

import attrs
from dateutil.easter import easter

from ..model import Anchor, AnchorKind, Granularity, Mod, TimeSpan, TimexType
from ..text import Tense
from .calendar import (
    CLOCK_UNITS,
    UNIT_GRANULARITY,
    BCTime,
    century_span,
    day_span,
    decade_span,
    duration_value,
    full_year,
    half_span,
    month_span,
    quarter_span,
    season_span,
    shift,
    shift_clock,
    span_at,
    week_span,
    weekend_span,
    year_span,
    years_around,
)
from .narrative import Narrative, Reference
from .readings import (
    BCYear,
    CenturyReading,
    ClockReading,
    DateReading,
    DecadeReading,
    DurationReading,
    EventShiftReading,
    HolidayReading,
    MonthReading,
    NarrativePartOfDayReading,
    NumericDateReading,
    OvernightReading,
    PartOfDateReading,
    PartOfDayReading,
    QuarterReading,
    Reading,
    RelativeDayReading,
    RelativeUnitReading,
    RelativeYearDateReading,
    SeasonReading,
    SetReading,
    ShiftReading,
    ShortDecadeReading,
    VagueReading,
    WeekdayReading,
    WeekendReading,
    WeekOfReading,
    YearEndReading,
    YearPeriodReading,
    YearRangeReading,
    YearReading,
)
from .scan import Context

__all__ = ["Resolution", "RESOLVERS", "resolve_reading", "resolve_weekday"]

G = Granularity


class Resolution(NamedTuple):
    """What a resolver made of a reading: the TIMEX3 attributes, the span, the anchor and how.

    (A named tuple: one is made per expression; ``_replace`` gives a changed copy.)
    """

    value: str
    type: TimexType
    span: TimeSpan | None
    anchor: Anchor | None
    explanation: str
    mod: Mod | None = None
    quant: str | None = None
    freq: str | None = None
    # False for points of comparison ("a year earlier"): they do not move the story's time
    moves_narrative: bool = True
    # a time before the common era (``span`` is then None): the narrative's time when it anchors
    bc: BCTime | None = None


def _bc(time: BCTime, anchor: Anchor | None, explanation: str, mod: Mod | None = None) -> Resolution:
    return Resolution(time.value, TimexType.DATE, None, anchor, explanation, mod, bc=time)


R = TypeVar("R", bound=Reading)
Resolver = Callable[[Any, Context, Narrative], Resolution | None]
_REGISTRY: dict[type[Reading], Resolver] = {}


def _resolves(kind: type[R]) -> Callable[[Callable[[R, Context, Narrative], Resolution | None]], Resolver]:
    def register(fn: Callable[[R, Context, Narrative], Resolution | None]) -> Resolver:
        _REGISTRY[kind] = fn
        return fn

    return register


def resolve_reading(reading: Reading, context: Context, narrative: Narrative) -> Resolution | None:
    """The resolution of ``reading`` by the resolver of its type."""
    return _REGISTRY[type(reading)](reading, context, narrative)


# --- choosing among the readings of an underspecified date ------------------------------------


def _nearest(
    options: list[tuple[dt.date, TimeSpan]], ref: TimeSpan, tense: Tense | None, *, story: bool = False
) -> TimeSpan:
    """Of several readings of an underspecified date, the one nearest to the span ``ref``,
    where tense makes the wrong direction four times as far. Without a tense, news looks back
    (it reports what has happened) and a story (``story``: ``ref`` is the story's time) moves on."""
    assert ref.start is not None and ref.end is not None
    lo, hi = ref.start, ref.end

    def cost(item: tuple[dt.date, TimeSpan]) -> float:
        point, span = item
        assert span.start is not None and span.end is not None
        if span.start <= hi and lo <= span.end:
            return 0.0
        days = (point - hi).days if point > hi else (point - lo).days
        if tense == "PAST" and days > 0:
            return days * 4.0
        if tense == "FUTURE" and days < 0:
            return -days * 4.0
        if tense is None and story and days < 0:
            return -days * 1.5  # a story moves forward
        if tense is None and not story and days > 0:
            return days * 1.5  # news reports mostly what has happened
        return abs(days)

    return min(options, key=cost)[1]


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


# --- absolute dates ---------------------------------------------------------------------------


@_resolves(DateReading)
def _date(r: DateReading, c: Context, n: Narrative) -> Resolution | None:
    month, day = r.month, r.day
    if isinstance(r.year, BCYear):
        return _bc(BCTime(r.year.number, month, day=day), None, "an absolute month of a year BC", r.mod)
    if r.year is not None:
        year = full_year(r.year, n.published)
        if day is None:
            return Resolution(
                f"{year:04d}-{month:02d}",
                r.type,
                month_span(year, month, r.mod),
                None,
                "an absolute month and year",
                r.mod,
            )
        d = dt.date(year, month, day)
        if r.hour is not None:
            value = f"{d.isoformat()}T{r.hour:02d}:{r.minute or 0:02d}" + ("Z" if r.utc else "")
            return Resolution(value, TimexType.TIME, TimeSpan(value, d, d, G.MINUTE), None, "an absolute date and time")
        return Resolution(d.isoformat(), r.type, day_span(d), None, "an absolute date")
    ref = n.reference(c, yearless=True)
    if ref.bc is not None:
        return _bc(
            BCTime(ref.bc.year, month, day=day), ref.anchor, f"a date without a year: in the year of {ref.name}", r.mod
        )
    if ref.narrative:
        story = _in_story_year(month, day, r.mod, ref, n)
        if story is not None:
            how = f"a {'month' if day is None else 'day'} without a year: in the year of {ref.name}"
            return Resolution(story.value, r.type, story, ref.anchor, how, r.mod if day is None else None)
        ref = n.publication()
    tense = None if ref.narrative else c.tense  # the clause's tense is the writer's, not the story's
    if day is None:
        options = [(dt.date(y, month, 15), month_span(y, month, r.mod)) for y in years_around(ref.day)]
        span = _nearest(options, ref.span, tense, story=ref.narrative)
        return Resolution(
            span.value,
            r.type,
            span,
            ref.anchor,
            f"a month without a year: the reading nearest {ref.name} ({tense or 'no'} tense)",
            r.mod,
        )
    options = []
    for y in years_around(ref.day):
        try:
            d = dt.date(y, month, day)
        except ValueError:
            continue
        options.append((d, day_span(d)))
    if not options:
        return None
    if r.weekday:  # "Monday, Dec. 2": the year in which that day is that weekday, if one is near
        matching = [o for o in options if o[0].isoweekday() == r.weekday]
        options = matching or options
    span = _nearest(options, ref.span, tense, story=ref.narrative)
    return Resolution(
        span.value,
        r.type,
        span,
        ref.anchor,
        f"a day without a year: the reading nearest {ref.name} ({tense or 'no'} tense)",
    )


def _in_story_year(month: int, day: int | None, mod: Mod | None, ref: Reference, n: Narrative) -> TimeSpan | None:
    """A month or day without a year read in the year of the story's time ``ref``: a story tells
    its year once and moves through it (January after December is in the next year; nearer
    readings across the new year do worse, as stories look back too). ``None`` when it cannot be
    in that year ("Feb. 29" in 2021), or when a report (not a narrative) would step back before the
    month the text put its story in ("Hezbollah began firing on Oct. 8, 2023 ... The conflict escalated
    in September"; "from 27 September to 10 November 2020" puts it in September): a report going back
    names the year; the date is then read from the publication."""
    year = ref.day.year + (1 if ref.day.month - month >= 11 else 0)
    try:
        span = month_span(year, month, mod) if day is None else day_span(dt.date(year, month, day))
    except ValueError:
        return None
    assert span.end is not None
    if not n.narrative and n.story_from is not None and span.end < n.story_from.replace(day=1):
        return None
    return span


@_resolves(NumericDateReading)
def _numeric_date(r: NumericDateReading, c: Context, n: Narrative) -> Resolution | None:
    month, day = (r.b, r.a) if n.day_first else (r.a, r.b)
    if month > 12:  # unambiguous the other way round
        month, day = day, month
    order = n.order_why or ("day first" if n.day_first else "month first (US order)")
    if r.year is None:  # "on 09/05": a day without a year
        dated = _date(DateReading(month, day, mod=r.mod), c, n)
        return None if dated is None else dated._replace(explanation=f"{dated.explanation}; read {order}")
    d = dt.date(full_year(r.year, n.published), month, day)
    if r.hour is not None:
        value = f"{d.isoformat()}T{r.hour:02d}:{r.minute or 0:02d}" + ("Z" if r.utc else "")
        return Resolution(
            value, TimexType.TIME, TimeSpan(value, d, d, G.MINUTE), None, f"a numeric date and time read {order}"
        )
    return Resolution(d.isoformat(), TimexType.DATE, day_span(d), None, f"a numeric date read {order}")


@_resolves(YearReading)
def _year(r: YearReading, c: Context, n: Narrative) -> Resolution | None:
    if isinstance(r.year, BCYear):
        return _bc(BCTime(r.year.number), None, "an absolute year BC", r.mod)
    year = full_year(r.year, n.published)
    if not isinstance(r.year, int):
        return Resolution(
            f"{year:04d}",
            TimexType.DATE,
            year_span(year, r.mod),
            n.pub_anchor,
            "a two-digit year, placed in the century of the publication date",
            r.mod,
        )
    if r.attributive:  # "the 1960 treaty": the year names a thing; the story is not moved there
        how = "an absolute year naming a thing (the story stays where it is)"
        return Resolution(
            f"{year:04d}", TimexType.DATE, year_span(year, r.mod), None, how, r.mod, moves_narrative=False
        )
    return Resolution(f"{year:04d}", TimexType.DATE, year_span(year, r.mod), None, "an absolute year", r.mod)


@_resolves(YearRangeReading)
def _year_range(r: YearRangeReading, c: Context, n: Narrative) -> Resolution | None:
    span = TimeSpan(f"{r.start:04d}", dt.date(r.start, 1, 1), dt.date(r.end, 12, 31), G.YEAR)
    return Resolution(f"{r.start:04d}", TimexType.DATE, span, None, f"a season spanning {r.start} and {r.end}")


@_resolves(DecadeReading)
def _decade(r: DecadeReading, c: Context, n: Narrative) -> Resolution | None:
    if r.bc:
        return Resolution(f"BC{r.decade:03d}", TimexType.DATE, None, None, "a decade BC", r.mod)
    return Resolution(f"{r.decade:03d}", TimexType.DATE, decade_span(r.decade, r.mod), None, "a decade", r.mod)


@_resolves(ShortDecadeReading)
def _short_decade(r: ShortDecadeReading, c: Context, n: Narrative) -> Resolution | None:
    ref = n.reference(c)
    current = ref.day.year // 10
    decade = current // 10 * 10 + r.digit
    if decade > current:
        decade -= 10
    return Resolution(
        f"{decade:03d}",
        TimexType.DATE,
        decade_span(decade, r.mod),
        ref.anchor,
        f"a decade without its century: the latest one by {ref.name}",
        r.mod,
    )


@_resolves(CenturyReading)
def _century(r: CenturyReading, c: Context, n: Narrative) -> Resolution | None:
    if r.bc:
        return Resolution(f"BC{r.century:02d}", TimexType.DATE, None, None, "a century BC", r.mod)
    return Resolution(f"{r.century:02d}", TimexType.DATE, century_span(r.century, r.mod), None, "a century", r.mod)


@_resolves(MonthReading)
def _month(r: MonthReading, c: Context, n: Narrative) -> Resolution | None:
    ref = n.reference(c)
    pub = ref.day
    month = r.month
    if r.year_offset is not None:
        span = month_span(pub.year + r.year_offset, month, r.mod)
        return Resolution(
            span.value, TimexType.DATE, span, ref.anchor, f"a month of a year relative to {ref.name}", r.mod
        )
    if r.offset is None:
        return _date(DateReading(month, mod=r.mod), c, n)
    if r.offset == -1:
        year = pub.year if month < pub.month else pub.year - 1
        how = f"the most recent such month before {ref.name}"
        if month == pub.month - 1:
            # on 1 March "last February" is not the month just ended (that is "last month"):
            # it is the February of the year before
            year -= 1
            how = "the same month a year before the month just ended (which would be 'last month')"
    elif r.offset == 1:
        year = pub.year if month > pub.month else pub.year + 1
        how = f"the first such month after {ref.name}"
    else:
        year = pub.year
        how = f"that month of the year of {ref.name}"
    span = month_span(year, month, r.mod)
    return Resolution(span.value, TimexType.DATE, span, ref.anchor, how, r.mod)


@_resolves(RelativeYearDateReading)
def _relative_year_date(r: RelativeYearDateReading, c: Context, n: Narrative) -> Resolution | None:
    if r.narrative:
        ref_span, anchor = n.anchor()
        assert ref_span.start is not None
        year, whose = ref_span.start.year + r.offset, anchor.describe()
    else:
        ref = n.reference(c)
        year, anchor, whose = ref.day.year + r.offset, ref.anchor, ref.name
    if r.day is None:
        span = month_span(year, r.month, r.mod)
    else:
        span = day_span(dt.date(year, r.month, r.day), r.mod)
    return Resolution(
        span.value, TimexType.DATE, span, anchor, f"a date in the year {r.offset:+d} from that of {whose}", r.mod
    )


@_resolves(NarrativePartOfDayReading)
def _narrative_part_of_day(r: NarrativePartOfDayReading, c: Context, n: Narrative) -> Resolution | None:
    # "that evening", "the following night": a part of the story's day, or of the day after it
    ref_span, anchor = n.anchor()
    assert ref_span.start is not None
    day = ref_span.start + dt.timedelta(days=r.step)
    span = _with_pod(day_span(day, r.mod), r.pod)
    return Resolution(
        span.value, TimexType.TIME, span, anchor, f"a part of the day {r.step:+d} from {anchor.describe()}", r.mod
    )


@_resolves(HolidayReading)
def _holiday(r: HolidayReading, c: Context, n: Narrative) -> Resolution | None:
    name = r.holiday

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

    if r.year is not None:
        d = on(r.year)
        return Resolution(d.isoformat(), TimexType.DATE, day_span(d), None, "a holiday of a given year")
    ref = n.reference(c)
    options = [(on(y), day_span(on(y))) for y in years_around(ref.day)]
    span = _nearest(options, ref.span, None if ref.narrative else c.tense, story=ref.narrative)
    return Resolution(span.value, TimexType.DATE, span, ref.anchor, f"a holiday nearest {ref.name}")


# --- days and weeks relative to the publication -------------------------------------------------


@_resolves(WeekdayReading)
def _weekday(r: WeekdayReading, c: Context, n: Narrative) -> Resolution | None:
    # "get around Wednesday's ruling": a possessive weekday dates its noun, not the clause's
    # verb, so the clause's tense says nothing about it: the nearest such day is meant
    possessive = r.offset is None and c.possessive
    ref = n.reference(c)
    tense = None if possessive or ref.narrative else c.tense
    label = tense is None and r.offset is None and not ref.narrative and c.line_label
    if label:
        # a list of days told without a tense cue ("- Thursday: an ambush kills 13 guards") logs what
        # has happened: headline present, the most recent such day
        tense = Tense.PAST
    if possessive and not ref.narrative:
        # news reports what has happened: "Thursday's closing price" is the past Thursday unless
        # the coming one is much nearer ("Sunday's election" written on a Friday)
        back, fwd = (ref.day.isoweekday() - r.weekday) % 7, (r.weekday - ref.day.isoweekday()) % 7
        tense = Tense.PAST if back <= 2 * fwd or fwd == 0 else Tense.FUTURE
    d, how = resolve_weekday(ref.day, r.weekday, r.offset, tense)
    if label:
        how = "the label of a line in a list of days, the most recent one on or before"
    if possessive and not ref.narrative:
        ahead = tense is Tense.FUTURE
        how = "a possessive, " + ("the coming one, much nearer, after" if ahead else "the most recent one on or before")
    anchor, whose = ref.anchor, ref.name
    reported = n.reporting_day(c) if tense == "PAST" and r.offset is None else None
    if reported is not None and d > reported[0]:
        # "said on Tuesday it had retaken the town on Monday": not a Monday after the Tuesday
        (report_day, anchor), whose = reported, "the day the sentence reports from"
        d, how = resolve_weekday(report_day, r.weekday, None, tense)
    span = _with_pod(day_span(d, r.mod), r.pod)
    return Resolution(span.value, r.type, span, anchor, f"a weekday, {how} {whose}", r.mod)


@_resolves(RelativeDayReading)
def _relday(r: RelativeDayReading, c: Context, n: Narrative) -> Resolution | None:
    ref = n.reference(c)
    if ref.narrative and r.offset == 0 and not r.pod:
        # "today" in a narrative is the writer's present, framed by the publication date
        span = TimeSpan("PRESENT_REF", n.published, n.published)
        return Resolution("PRESENT_REF", TimexType.DATE, span, n.pub_anchor, "'today' in a narrative: its present")
    d = ref.day + dt.timedelta(days=r.offset)
    span = _with_pod(day_span(d, r.mod), r.pod)
    return Resolution(span.value, r.type, span, ref.anchor, f"{r.offset:+d} day(s) from {ref.name}", r.mod)


@_resolves(OvernightReading)
def _overnight(r: OvernightReading, c: Context, n: Narrative) -> Resolution | None:
    # the night before the day the sentence reports from: a day it names before "overnight" ("on
    # Tuesday, after forces withdrew overnight"), else the publication day; looking ahead, that night
    if c.day_after is not None:  # "overnight 3-4 May": the night of the first day
        dated = resolve_reading(c.day_after.reading, c.day_after.context, n)
        if dated is not None and dated.span is not None and dated.span.start is not None:
            span = _with_pod(day_span(dated.span.start, r.mod), "NI")
            return Resolution(
                span.value,
                TimexType.TIME,
                span,
                dated.anchor,
                "'overnight': the night of the day named after it",
                r.mod,
            )
    ref_span, anchor = n.anchor()
    same_sentence = n.last is not None and n.last.start >= c.sentence[0]
    if (
        same_sentence
        and ref_span.granularity is not None
        and ref_span.granularity.rank >= G.DAY.rank
        and ref_span.start is not None
    ):
        day, whose = ref_span.start, anchor.describe()
    else:
        day, whose, anchor = n.published, "the publication date", n.pub_anchor
    ahead = c.tense == "FUTURE"
    if not ahead:
        day -= dt.timedelta(days=1)
    span = _with_pod(day_span(day, r.mod), "NI")
    how = "the night of" if ahead else "the night before"
    return Resolution(span.value, TimexType.TIME, span, anchor, f"'overnight': {how} {whose}", r.mod)


@_resolves(RelativeUnitReading)
def _relunit(r: RelativeUnitReading, c: Context, n: Narrative) -> Resolution | None:
    unit, offset = r.unit, r.offset
    ref = n.reference(c)
    if ref.bc is not None and unit == "year":
        moved = ref.bc.step(offset)
        return None if moved is None else _bc(moved, ref.anchor, f"the year {offset:+d} from {ref.name}", r.mod)
    pub = ref.day
    if unit == "weekend":
        span = weekend_span(shift(pub, "week", offset), r.mod)
    else:
        span = span_at(shift(pub, unit, offset), UNIT_GRANULARITY[unit], r.mod)
    word = {-1: "previous", 0: "current", 1: "next"}.get(offset, f"{offset:+d}")
    return Resolution(span.value, TimexType.DATE, span, ref.anchor, f"the {word} {unit} relative to {ref.name}", r.mod)


@_resolves(WeekendReading)
def _weekend(r: WeekendReading, c: Context, n: Narrative) -> Resolution | None:
    ref = n.reference(c)
    pub = ref.day
    this = weekend_span(pub)
    assert this.start is not None
    if (c.tense == "FUTURE" and not ref.narrative) or pub >= this.start:
        span, how = this, f"the weekend of the week of {ref.name}"
    else:
        span, how = weekend_span(pub - dt.timedelta(days=7)), f"the most recent weekend before {ref.name}"
    return Resolution(span.value, TimexType.DATE, span, ref.anchor, how)


def _named_day(
    month: int, day: int, year: int | None, c: Context, n: Narrative
) -> tuple[dt.date, Anchor | None] | None:
    """The day of a month and day (and year, if written) inside a longer expression ("the week of
    March 6", "5 p.m. EST Nov. 9"), read the way the date alone would be."""
    dated = _date(DateReading(month, day, year), c, n)
    if dated is None or dated.span is None or dated.span.start is None:
        return None
    return dated.span.start, dated.anchor


@_resolves(WeekOfReading)
def _week_of(r: WeekOfReading, c: Context, n: Narrative) -> Resolution | None:
    named = _named_day(r.month, r.day, r.year, c, n)
    if named is None:
        return None
    span = week_span(named[0])
    return Resolution(span.value, TimexType.DATE, span, named[1], f"the week of {named[0].isoformat()}")


@_resolves(YearEndReading)
def _year_end(r: YearEndReading, c: Context, n: Narrative) -> Resolution | None:
    ref = n.reference(c)
    year = ref.day.year
    # "year-end" is the accounts' day, 31 December: the coming one, or the last one when the
    # text looks back ("since year-end", past tense) and the publication year has not ended
    back = c.signal in ("since", "from") or (c.tense == "PAST" and not ref.narrative)
    if back and (ref.day.month, ref.day.day) != (12, 31):
        year -= 1
    d = dt.date(year, 12, 31)
    return Resolution(
        d.isoformat(),
        TimexType.DATE,
        day_span(d),
        ref.anchor,
        "year-end: 31 December, " + ("the last one" if back else f"of the year of {ref.name}"),
    )


# --- times of day ---------------------------------------------------------------------------------


def _day_of(
    weekday: int | None, day_offset: int | None, c: Context, n: Narrative, *, named_after: bool = False
) -> tuple[dt.date, str, Anchor]:
    """The day a time of day falls on: the weekday or relative day it names, the weekday
    right after it (``named_after``: "04:00 local time on Wednesday"), else the narrative's day,
    else the publication day."""
    ref = n.reference(c)
    tense = None if ref.narrative else c.tense
    if weekday is not None:
        day, how = resolve_weekday(ref.day, weekday, None, tense)
        return day, how, ref.anchor
    if day_offset is not None:
        return ref.day + dt.timedelta(days=day_offset), "the day named", ref.anchor
    if c.day_after is not None:
        dated = resolve_reading(c.day_after.reading, c.day_after.context, n)
        if dated is not None and dated.span is not None and dated.span.start is not None:
            after = c.day_after
            anchor = dated.anchor or Anchor(
                AnchorKind.EXPRESSION, dated.value, after.start, after.end, after.context.text[after.start : after.end]
            )
            return dated.span.start, f"the day named after it, {dated.value}", anchor
    if named_after and c.weekday_after is not None:
        day, how = resolve_weekday(ref.day, c.weekday_after, None, tense)
        return day, f"the {c.weekday_after_name} named after it ({how})", ref.anchor
    ref_span, anchor = n.clock_anchor()
    if ref_span.granularity is not None and ref_span.granularity.rank >= G.DAY.rank and ref_span.start is not None:
        return ref_span.start, "the day of the narrative", anchor
    return n.published, "the publication day", n.pub_anchor


@_resolves(PartOfDayReading)
def _part_of_day(r: PartOfDayReading, c: Context, n: Narrative) -> Resolution | None:
    day, how, anchor = _day_of(r.weekday, r.day_offset, c, n)
    span = _with_pod(day_span(day, r.mod), r.pod)
    return Resolution(span.value, TimexType.TIME, span, anchor, f"a part of {how}", r.mod)


@_resolves(PartOfDateReading)
def _part_of_date(r: PartOfDateReading, c: Context, n: Narrative) -> Resolution | None:
    dated = resolve_reading(r.date, c, n)
    if dated is None:
        return None
    if dated.bc is not None or dated.span is None:
        return dated._replace(value=f"{dated.value}T{r.pod}", type=TimexType.TIME, mod=r.mod)
    span = _with_pod(attrs.evolve(dated.span, mod=r.mod), r.pod)
    return dated._replace(
        value=span.value, type=TimexType.TIME, span=span, explanation=f"a part of {dated.explanation}", mod=r.mod
    )


@_resolves(ClockReading)
def _clock(r: ClockReading, c: Context, n: Narrative) -> Resolution | None:
    anchor: Anchor | None
    if r.month is not None and r.day is not None:  # "5 p.m. EST Nov. 9"
        named = _named_day(r.month, r.day, None, c, n)
        if named is None:
            return None
        (day, anchor), how = named, "the date named"
    else:
        day, how, anchor = _day_of(r.weekday, r.day_offset, c, n, named_after=True)
    clock = f"{r.hour:02d}:{r.minute:02d}" if r.has_minute or r.minute else f"{r.hour:02d}:00"
    value = f"{day.isoformat()}T{clock}" + ("Z" if r.utc else "")
    span = TimeSpan(value, day, day, G.MINUTE, r.mod)
    return Resolution(value, TimexType.TIME, span, anchor, f"a clock time on {how}", r.mod)


# --- seasons, quarters, periods -------------------------------------------------------------------


@_resolves(SeasonReading)
def _season(r: SeasonReading, c: Context, n: Narrative) -> Resolution | None:
    season = r.season
    if isinstance(r.year, BCYear):
        return _bc(BCTime(r.year.number, season=season), None, "a season of a year BC", r.mod)
    if r.year is not None:
        year = full_year(r.year, n.published)
        return Resolution(
            f"{year:04d}-{season}",
            TimexType.DATE,
            season_span(year, season, r.mod),
            None,
            "a season of a given year",
            r.mod,
        )
    bc = n.bc_anchor()
    if r.narrative is not None and bc is not None:
        moved = bc[0].step(r.narrative)
        if moved is None:
            return None
        return _bc(BCTime(moved.year, season=season), bc[1], "a season relative to the narrative, BC", r.mod)
    if r.narrative is not None:
        ref_span, anchor = n.anchor()
        assert ref_span.start is not None
        span = season_span(ref_span.start.year + r.narrative, season, r.mod)
        return Resolution(span.value, TimexType.DATE, span, anchor, "a season relative to the narrative", r.mod)
    ref = n.reference(c)
    if ref.bc is not None and r.offset is None:
        return _bc(BCTime(ref.bc.year, season=season), ref.anchor, f"a season in the year of {ref.name}", r.mod)
    pub = ref.day
    current = span_at(pub, G.SEASON)
    assert current.start is not None
    options = [
        season_span(y, season, r.mod) for y in (pub.year - 2, pub.year - 1, pub.year, pub.year + 1) if 1 <= y <= 9998
    ]
    if r.offset == -1:
        span = max(o for o in options if o.end is not None and o.end < current.start)
    elif r.offset == 1:
        span = min(o for o in options if o.start is not None and o.start > pub)
    elif r.offset == 0:
        span = season_span(pub.year if season != "WI" or pub.month >= 3 else pub.year - 1, season, r.mod)
    elif ref.narrative:
        span = season_span(pub.year, season, r.mod)  # a story's season without a year: of the story's year
    else:
        span = _nearest([(o.start, o) for o in options if o.start is not None], ref.span, c.tense)
    return Resolution(span.value, TimexType.DATE, span, ref.anchor, f"a season relative to {ref.name}", r.mod)


@_resolves(QuarterReading)
def _quarter(r: QuarterReading, c: Context, n: Narrative) -> Resolution | None:
    make = quarter_span if r.unit == "quarter" else half_span
    pub = n.published
    if r.year is not None and not isinstance(r.year, int):
        span = make(full_year(r.year, pub), r.n, r.mod)
        return Resolution(
            span.value,
            TimexType.DATE,
            span,
            n.pub_anchor,
            f"a {r.unit} of a two-digit year, placed in the century of the publication date",
            r.mod,
        )
    if r.year is not None:
        span = make(r.year, r.n, r.mod)
        return Resolution(span.value, TimexType.DATE, span, None, f"a {r.unit} of a given year", r.mod)
    ref = n.reference(c)
    pub = ref.day
    if r.year_offset is not None:
        span = make(pub.year + r.year_offset, r.n, r.mod)
        return Resolution(
            span.value,
            TimexType.DATE,
            span,
            ref.anchor,
            f"a {r.unit} of the year {r.year_offset:+d} from the year of {ref.name}",
            r.mod,
        )
    options = []
    for y in years_around(pub):
        s = make(y, r.n, r.mod)
        assert s.start is not None
        options.append((s.start, s))
    # business reporting speaks of quarters already begun: the latest one that started
    started = [s for start, s in options if start <= pub]
    span = started[-1] if started else options[0][1]
    return Resolution(
        span.value,
        TimexType.DATE,
        span,
        ref.anchor,
        f"a {r.unit} without a year: the latest one begun by {ref.name}",
        r.mod,
    )


@_resolves(YearPeriodReading)
def _year_period(r: YearPeriodReading, c: Context, n: Narrative) -> Resolution | None:
    year = r.year
    ref_span, anchor = n.anchor()
    grain = ref_span.granularity
    if (
        n.last is not None
        and ref_span.start is not None
        and grain is not None
        and (grain is G.QUARTER or (r.quarter and grain.rank >= G.MONTH.rank))
    ):
        # "the 1988 period" in a report on a quarter, "the 1988 quarter" after "the quarter
        # ended Sept. 30": the story's quarter, in the year named
        span = span_at(dt.date(year, ref_span.start.month, 1), G.QUARTER)
        how = "the reported quarter" if grain is G.QUARTER else "the quarter of the story's date"
        return Resolution(span.value, TimexType.DATE, span, anchor, f"{how}, in the year named")
    return Resolution(f"{year:04d}", TimexType.DATE, year_span(year), None, "a period of the year named")


# --- steps from an anchor -------------------------------------------------------------------------


_GRAINS = {"quarter": G.QUARTER, "month": G.MONTH, "week": G.WEEK}


def _grain_years_back(r: ShiftReading, steps: float, n: Narrative) -> Resolution:
    """ "the year-ago quarter", "the same week last year": the quarter (week, month) ``steps`` years
    from the story's own (reported) time, else from the publication day."""
    assert r.grain is not None
    grain = _GRAINS[r.grain]
    story, story_anchor = n.anchor()
    if story.start is None or story.start > n.published:
        story, story_anchor = day_span(n.published), n.pub_anchor
    assert story.start is not None
    moved = shift(story.start, r.unit, steps)
    if grain is G.WEEK:  # the week of the same number ("2023-W49" a year before "2024-W49")
        iso = story.start.isocalendar()
        year = iso.year + int(steps)
        last_week = dt.date(year, 12, 28).isocalendar().week
        moved = dt.date.fromisocalendar(year, min(iso.week, last_week), 1)
    span = span_at(moved, grain, r.mod)
    return Resolution(
        span.value,
        TimexType.DATE,
        span,
        story_anchor,
        f"the {r.grain} {abs(steps):g} year(s) before that of {story_anchor.describe()}",
        r.mod,
        moves_narrative=False,
    )


@_resolves(ShiftReading)
def _shift(r: ShiftReading, c: Context, n: Narrative) -> Resolution | None:
    steps, unit = r.n, r.unit
    if steps is None:  # "several years ago", "a few days later"
        if r.forward:
            span = TimeSpan("FUTURE_REF", n.published, None)
            return Resolution("FUTURE_REF", TimexType.DATE, span, n.pub_anchor, "an unspecified time later")
        span = TimeSpan("PAST_REF", None, n.published)
        return Resolution("PAST_REF", TimexType.DATE, span, n.pub_anchor, "an unspecified time ago")
    bc = n.bc_anchor() if r.anchor == "narrative" else None
    if bc is not None:
        return _bc_shift(r, steps, bc)
    unit_gran = UNIT_GRANULARITY[unit]
    narrative_span, _ = n.anchor()
    ref_span: TimeSpan
    anchor: Anchor
    if (
        r.anchor == "publication"
        and r.keep
        and unit == "year"
        and n.last is not None
        and narrative_span.granularity in (G.QUARTER, G.HALF)
        and narrative_span.start is not None
        and narrative_span.start <= n.published
    ):
        # (a forecast quarter, "the third quarter of 1990", is not the one being reported)
        # "a year ago" in quarterly reporting compares with the same quarter a year before
        ref_span, anchor = n.anchor()
    elif r.anchor == "publication":
        ref_span, anchor = day_span(n.published), n.pub_anchor
    else:
        ref_span, anchor = n.anchor(demonstrative=c.sentence[0] if steps == 0 else None)
        day = n.day_anchor(c) if unit in ("day", "night") and steps != 0 else None
        if day is not None:
            ref_span, anchor = day  # "the following day" after "in late August": from the last day told
    ref_gran = ref_span.granularity or G.DAY
    if r.grain is not None:
        return _grain_years_back(r, steps, n)
    gran: Granularity
    if r.keep and ref_gran in (G.QUARTER, G.HALF) and ref_gran.rank > unit_gran.rank:
        gran = ref_gran  # "a year earlier" after "the third quarter": that quarter, a year before
    elif unit_gran.rank > ref_gran.rank and anchor.kind is AnchorKind.EXPRESSION:
        gran = ref_gran  # "two days later" after "in 2016": only the year is known
    elif r.keep and unit == "week" and ref_gran is G.DAY and anchor.kind is AnchorKind.EXPRESSION:
        gran = G.DAY  # "a week later" after "Nov. 20": Nov. 27, a day of the story
    else:
        gran = unit_gran
    if gran.rank > G.DAY.rank:
        gran = G.DAY
    assert ref_span.start is not None
    clock = _clock_of(ref_span.value) if unit in CLOCK_UNITS else None
    if clock is not None:
        # "about 10 minutes later" after "2 p.m.": a clock time too, the anchor's moved
        at, zone = clock
        when = shift_clock(dt.datetime.combine(ref_span.start, at), unit, steps)
        value = f"{when.date().isoformat()}T{when:%H:%M}{zone}"
        span = TimeSpan(value, when.date(), when.date(), G.MINUTE, r.mod)
        how = f"{abs(steps):g} {unit}(s) {'before' if steps < 0 else 'after'} the clock time of {anchor.describe()}"
        return Resolution(value, TimexType.TIME, span, anchor, how, r.mod)
    moved = shift(ref_span.start, unit, steps)
    span = span_at(moved, gran, r.mod)
    if unit == "weekend":
        span = weekend_span(moved, r.mod)
    direction = "before" if steps < 0 else "after"
    # "a year earlier", "year-ago": a point of comparison, not a move of the story's time
    comparison = r.keep and unit == "year" and abs(steps) == 1
    return Resolution(
        span.value,
        TimexType.DATE,
        span,
        anchor,
        f"{abs(steps):g} {unit}(s) {direction} {anchor.describe()}",
        r.mod,
        moves_narrative=not comparison,
    )


_CLOCK_VALUE = re.compile(r"T(\d{2}):(\d{2})(Z?)\Z")


def _clock_of(value: str) -> tuple[dt.time, str] | None:
    """The clock time a TIMEX3 value states ("2024-12-02T14:00Z": 14:00 and "Z"), if any."""
    m = _CLOCK_VALUE.search(value)
    if m is None or int(m[1]) > 23 or int(m[2]) > 59:  # "T24:00" is the end of the day
        return None
    return dt.time(int(m[1]), int(m[2])), m[3]


@_resolves(EventShiftReading)
def _event_shift(r: EventShiftReading, c: Context, n: Narrative) -> Resolution | None:
    """ "two days after seizing the airport": the time of the clause it belongs to, told by its
    distance from another event.

    Set off by a comma ("..., two days after ...") or after "came" ("the strike came a day after the
    talks"), it describes a time the sentence or the story already holds: a date earlier in the
    sentence, else the story's time, else the publication day. Elsewhere ("A week after his release,
    soldiers returned"; "NATO issued an ultimatum four days after the attack") it lies that far from
    the story's time, which the event it names has just set.
    """
    last = n.last
    same_sentence = last is not None and last.span is not None and last.start >= c.sentence[0]
    if r.aside or r.predicate:
        if last is not None and last.span is not None and (same_sentence or not r.predicate or _is_day(last.span)):
            span, anchor = last.span, Anchor(AnchorKind.EXPRESSION, last.value, last.start, last.end, last.text)
            how = f"the time of {anchor.describe()}, which it describes"
        else:
            span, anchor, how = day_span(n.published), n.pub_anchor, "the publication day, which it describes"
        return Resolution(span.value, TimexType.DATE, span, anchor, how, r.mod, moves_narrative=False)
    steps = 0.0 if r.n is None else r.sign * r.n
    unit = r.unit if r.n is not None else ("day" if r.unit in ("hour", "minute") else r.unit)
    return _shift(ShiftReading(steps, unit, "narrative", keep=True, mod=r.mod), c, n)


def _is_day(span: TimeSpan) -> bool:
    return span.granularity is not None and span.granularity.rank >= G.DAY.rank


_YEARS_PER_UNIT = {"year": 1, "decade": 10, "century": 100, "millennium": 1000}


def _bc_shift(r: ShiftReading, steps: float, bc: tuple[BCTime, Anchor]) -> Resolution | None:
    """A step from a narrative's time BC: years count down ("the following year" after 492 BC is
    491 BC); a step of days or months keeps only the year, as the day BC is rarely known."""
    time, anchor = bc
    years = _YEARS_PER_UNIT.get(r.unit)
    how = f"{abs(steps):g} {r.unit}(s) {'before' if steps < 0 else 'after'} {anchor.describe()}"
    if years is None:
        value = f"{BCTime(time.year).value}-XX" + ("-XX" if r.unit in ("day", "night", "week", "weekend") else "")
        return Resolution(value, TimexType.DATE, None, anchor, how, r.mod, moves_narrative=False)
    moved = time.step(int(round(steps * years)))
    if moved is None:
        return None
    if r.unit == "decade":
        return Resolution(f"BC{moved.year // 10:03d}", TimexType.DATE, None, anchor, how, r.mod, moves_narrative=False)
    if r.unit in ("century", "millennium"):
        return Resolution(f"BC{moved.year // 100:02d}", TimexType.DATE, None, anchor, how, r.mod, moves_narrative=False)
    return _bc(moved, anchor, how, r.mod)


# --- lengths of time, sets, vague references ------------------------------------------------------


@_resolves(DurationReading)
def _duration(r: DurationReading, c: Context, n: Narrative) -> Resolution | None:
    value = duration_value(r.n, r.unit)
    span = None
    anchor = None
    explanation = "a length of time"
    if r.direction in (-1, 1) and r.n is not None:
        assert r.direction is not None
        anchor = n.pub_anchor
        other = shift(n.published, r.unit, r.direction * r.n)
        lo, hi = sorted((other, n.published))
        span = TimeSpan(value, lo, hi, UNIT_GRANULARITY.get(r.unit, G.DAY), r.mod)
        explanation = (
            "a length of time ending at the publication date"
            if r.direction < 0
            else "a length of time starting at the publication date"
        )
    return Resolution(value, TimexType.DURATION, span, anchor, explanation, r.mod)


@_resolves(SetReading)
def _set(r: SetReading, c: Context, n: Narrative) -> Resolution | None:
    return Resolution(r.value, TimexType.SET, None, None, "a recurring time", quant=r.quant, freq=r.freq)


@_resolves(VagueReading)
def _vague(r: VagueReading, c: Context, n: Narrative) -> Resolution | None:
    if r.narrative_only and not n.narrative:
        return None
    pub = n.published
    bounds = {"PAST_REF": (None, pub), "PRESENT_REF": (pub, pub), "FUTURE_REF": (pub, None)}[r.value]
    return Resolution(
        r.value,
        TimexType.DATE,
        TimeSpan(r.value, bounds[0], bounds[1]),
        n.pub_anchor,
        "a vague reference to the past, present or future of the publication date",
    )


#: Reading type -> its resolver (every reading type has one; tests/test_temporal.py checks it).
RESOLVERS: Mapping[type[Reading], Resolver] = _REGISTRY
