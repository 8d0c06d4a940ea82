"""Calendar arithmetic: the span of a day, week, month ... year, century; moving a date by units;
TIMEX3 duration values; the one rule for two-digit years.

Arithmetic is ``dateutil.relativedelta``; nothing reads the clock. A date that leaves the calendar
raises :class:`~conflict_timeline.errors.CalendarOverflow`.
"""

from __future__ import annotations

import datetime as dt
import functools

import attrs
from dateutil.relativedelta import relativedelta

from ..errors import CalendarOverflow
from ..lexicon import calendar as cal
from ..model import Granularity, Mod, TimeSpan
from .readings import BCYear, TwoDigitYear, Year

__all__ = [
    "day_span",
    "week_span",
    "weekend_span",
    "month_span",
    "quarter_span",
    "half_span",
    "season_span",
    "year_span",
    "decade_span",
    "century_span",
    "span_at",
    "shift",
    "shift_clock",
    "CLOCK_UNITS",
    "UNIT_GRANULARITY",
    "duration_value",
    "full_year",
    "years_around",
    "BCTime",
]

G = Granularity


# --- calendar spans ---------------------------------------------------------------------------

# A span is a pure function of its arguments and immutable: the last few thousand of each kind are
# kept (a table of figures names the same years again and again).
_spans = functools.lru_cache(maxsize=4096)


@_spans
def day_span(d: dt.date, mod: Mod | None = None) -> TimeSpan:
    return TimeSpan(d.isoformat(), d, d, G.DAY, mod)


@_spans
def week_span(d: dt.date, mod: Mod | None = None) -> TimeSpan:
    year, week, weekday = d.isocalendar()
    monday = d - dt.timedelta(days=weekday - 1)
    return TimeSpan(f"{year:04d}-W{week:02d}", monday, monday + dt.timedelta(days=6), G.WEEK, mod)


@_spans
def weekend_span(d: dt.date, mod: Mod | None = None) -> TimeSpan:
    year, week, weekday = d.isocalendar()
    saturday = d + dt.timedelta(days=6 - weekday)
    return TimeSpan(f"{year:04d}-W{week:02d}-WE", saturday, saturday + dt.timedelta(days=1), G.WEEK, mod)


@_spans
def month_span(year: int, month: int, mod: Mod | None = None) -> TimeSpan:
    first = dt.date(year, month, 1)
    last = first + relativedelta(months=1, days=-1) if (year, month) != (9999, 12) else dt.date(9999, 12, 31)
    return TimeSpan(f"{year:04d}-{month:02d}", first, last, G.MONTH, mod)


@_spans
def quarter_span(year: int, quarter: int, mod: Mod | None = None) -> TimeSpan:
    first = dt.date(year, 3 * quarter - 2, 1)
    last = month_span(year, 3 * quarter).end
    return TimeSpan(f"{year:04d}-Q{quarter}", first, last, G.QUARTER, mod)


@_spans
def half_span(year: int, half: int, mod: Mod | None = None) -> TimeSpan:
    first = dt.date(year, 6 * half - 5, 1)
    last = month_span(year, 6 * half).end
    return TimeSpan(f"{year:04d}-H{half}", first, last, G.HALF, mod)


@_spans
def season_span(year: int, season: str, mod: Mod | None = None) -> TimeSpan:
    first_month, last_month = cal.SEASON_MONTHS[season]
    first = dt.date(year, first_month, 1)
    last_year = year + 1 if last_month < first_month else year
    last = month_span(last_year, last_month).end
    return TimeSpan(f"{year:04d}-{season}", first, last, G.SEASON, mod)


@_spans
def year_span(year: int, mod: Mod | None = None) -> TimeSpan:
    return TimeSpan(f"{year:04d}", dt.date(year, 1, 1), dt.date(year, 12, 31), G.YEAR, mod)


@_spans
def decade_span(decade: int, mod: Mod | None = None) -> TimeSpan:
    first = max(decade * 10, 1)
    return TimeSpan(f"{decade:03d}", dt.date(first, 1, 1), dt.date(min(decade * 10 + 9, 9999), 12, 31), G.DECADE, mod)


@_spans
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
}


#: The hour a date stands for when a step of hours or minutes moves it and no clock time is known:
#: its middle, so "two hours ago" written on a day is that day, and "20 hours later" the next one.
MIDDAY = dt.time(12, 0)
CLOCK_UNITS = frozenset({"hour", "minute", "second"})


def shift(d: dt.date, unit: str, n: float) -> dt.date:
    """``d`` moved by ``n`` units (calendar-aware, via relativedelta). A step of hours, minutes or
    seconds moves the middle of the day (:data:`MIDDAY`) and gives the day it reaches."""
    if unit in CLOCK_UNITS:
        return shift_clock(dt.datetime.combine(d, MIDDAY), unit, n).date()
    k = int(round(n))
    months, days = _UNIT_STEPS[unit]
    try:
        return d + relativedelta(months=months * k, days=days * k)
    except (OverflowError, ValueError) as exc:
        raise CalendarOverflow(f"{d.isoformat()} moved by {k} {unit}(s) leaves the calendar") from exc


def shift_clock(moment: dt.datetime, unit: str, n: float) -> dt.datetime:
    """A clock time moved by ``n`` hours, minutes or seconds ("ten minutes after 2 p.m.")."""
    k = int(round(n))
    step = {"hour": dt.timedelta(hours=k), "minute": dt.timedelta(minutes=k), "second": dt.timedelta(seconds=k)}
    try:
        return moment + step[unit]
    except (OverflowError, ValueError) as exc:
        raise CalendarOverflow(f"{moment.isoformat()} moved by {k} {unit}(s) leaves the calendar") from exc


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


def duration_value(n: float | None, unit: str) -> str:
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


def full_year(year: Year, published: dt.date) -> int:
    """A year as a number: a two-digit one ("fiscal '98", "12/02/98", "Q1 '24") falls in the century of
    the publication date, unless that puts it more than ten years after the publication (then in the
    century before). The one two-digit-year rule of the engine. A year BC has no such number (the
    calendar of ``datetime`` starts at year 1): callers read :class:`BCTime` for it."""
    if isinstance(year, BCYear):
        raise ValueError(f"{year.number} BC is outside the calendar of datetime")
    if not isinstance(year, TwoDigitYear):
        return year
    century = published.year // 100 * 100
    short = year.digits
    return century + short if century + short <= published.year + 10 else century - 100 + short


def years_around(published: dt.date) -> list[int]:
    """The publication year and its neighbours, as far as the calendar goes: the readings of
    a date written without its year."""
    return [y for y in (published.year - 1, published.year, published.year + 1) if 1 <= y <= 9999]


@attrs.frozen(slots=True)
class BCTime:
    """A time before the common era, which a ``TimeSpan`` (of ``datetime.date``) cannot hold: the
    year BC, and the month or season when known. Years BC count down: the year after 490 BC is 489 BC.
    """

    year: int
    month: int | None = None
    season: str | None = None
    day: int | None = None

    @property
    def value(self) -> str:
        """The TIMEX3 value: ``BC0490``, ``BC0480-08``, ``BC0480-08-27``, ``BC0480-SP``."""
        head = f"BC{self.year:04d}"
        if self.month is not None:
            return f"{head}-{self.month:02d}" + (f"-{self.day:02d}" if self.day is not None else "")
        if self.season is not None:
            return f"{head}-{self.season}"
        return head

    def step(self, years: int) -> BCTime | None:
        """This time moved by ``years`` (positive: later); ``None`` past the start of the era."""
        year = self.year - years
        return BCTime(year) if year >= 1 else None
