"""Refiners: what an expression becomes in the light of its neighbours.

- :func:`share_years`: dates joined by "and", "to", a dash or a slash share the year written once
  after the last of them ("April and June 1955", "the spring and early summer of 1943",
  "March-April 1917").
- :func:`mod_before_signal`: "late on Thursday" is the end of Thursday: a word before the signal
  gives the time its ``mod`` and joins its extent.
- :func:`apply_signal`: the signal before an expression shapes its span ("since 2020" runs on,
  "until 2020" has no start, "before 2020" ends the day before 2020 begins).
- :func:`link_ranges`: "from X to Y", "between X and Y" and ranges written with a dash ("1980-88",
  "Nov. 28-29") give both ends the span from X's start to Y's end.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

import attrs

from ..lexicon.signals import MODS_BEFORE_SIGNAL
from ..model import Mod, Signal, SignalEffect, TemporalExpression, TimeSpan, TimexType
from .readings import DateReading, MonthReading, Reading, SeasonReading, YearReading
from .replace import replacer
from .scan import Candidate

__all__ = ["apply_signal", "link_ranges", "mod_before_signal", "share_years"]

# What may stand between two coordinated dates: "and", "or", "to", "through", a dash, a slash, commas.
_COORDINATION = re.compile(r"\s*,?\s*(?:(?:and|or|to|through|till|until|&)\s+|[-–/]\s*|,\s*)", re.IGNORECASE)


def _with_year(reading: Reading, donor: Reading) -> Reading | None:
    """``reading`` given the year ``donor`` writes out, when both name the same kind of time and
    ``reading`` names no year of its own (``None`` otherwise)."""
    if isinstance(donor, DateReading) and donor.year is not None and donor.hour is None:
        if isinstance(reading, MonthReading) and reading.offset is None and reading.year_offset is None:
            return DateReading(reading.month, year=donor.year, mod=reading.mod)
        if isinstance(reading, DateReading) and reading.year is None and reading.hour is None:
            return attrs.evolve(reading, year=donor.year)
    if isinstance(donor, SeasonReading) and donor.year is not None and isinstance(reading, SeasonReading):
        if reading.year is None and reading.offset is None and reading.narrative is None:
            return attrs.evolve(reading, year=donor.year)
    return None


def share_years(text: str, candidates: Sequence[Candidate]) -> list[Candidate]:
    """Give a date without a year the year of the date it is coordinated with: "In April and June
    1955", "the spring and early summer of 1943", "August/September 1956". Chains share it too
    ("April, May and June 1955"), so the candidates are read from the last one back."""
    out = list(candidates)
    for i in range(len(out) - 2, -1, -1):
        a, b = out[i], out[i + 1]
        if _COORDINATION.fullmatch(text, a.end, b.start) is not None:
            shared = _with_year(a.reading, b.reading)
            if shared is not None:
                out[i] = a._replace(reading=shared)
        elif isinstance(b.reading, YearReading) and isinstance(b.reading.year, int) and _after_gloss(text, b.start):
            # "On December 7 (December 8 in Asian time zones), 1941": the year after a gloss
            k = i
            while k >= 0 and _GLOSSED_YEAR.fullmatch(text, out[k].end, b.start) is None and out[k].end > b.start - 80:
                k -= 1
            if k >= 0 and _GLOSSED_YEAR.fullmatch(text, out[k].end, b.start) is not None:
                for j in range(k, i + 1):
                    if _DATE_WITHOUT_YEAR(out[j].reading):
                        shared = _with_year(out[j].reading, DateReading(1, year=b.reading.year))
                        if shared is not None:
                            out[j] = out[j]._replace(reading=shared)
    return out


_GLOSSED_YEAR = re.compile(r"\s*\([^()\n]{1,60}\)\s*,\s*")


def _after_gloss(text: str, start: int) -> bool:
    """Whether ``text[:start]`` ends as ``_GLOSSED_YEAR`` does (")", blanks, ",", blanks): the
    cheap test before looking for the gloss (a list of years has none)."""
    j = start
    while j > 0 and text[j - 1].isspace():
        j -= 1
    if j == 0 or text[j - 1] != ",":
        return False
    j -= 1
    while j > 0 and text[j - 1].isspace():
        j -= 1
    return j > 0 and text[j - 1] == ")"


def _DATE_WITHOUT_YEAR(reading: Reading) -> bool:
    return isinstance(reading, DateReading) and reading.year is None and reading.day is not None


E = SignalEffect

_WORD_BEFORE = re.compile(r"(?<![\w-])([A-Za-z]+)\s+\Z")


def mod_before_signal(text: str, signal: Signal | None) -> tuple[Mod, int] | None:
    """The ``mod`` a word right before ``signal`` gives the time it introduces ("**late** on
    Thursday": ``END``; :data:`~conflict_timeline.lexicon.signals.MODS_BEFORE_SIGNAL`) and where
    that word starts (the expression's extent then starts there, as "late Thursday" does), or ``None``."""
    if signal is None:
        return None
    m = _WORD_BEFORE.search(text, max(0, signal.start - 12), signal.start)
    if m is None:
        return None
    entry = MODS_BEFORE_SIGNAL.get(m.group(1).lower())
    return (entry[0], m.start(1)) if entry is not None and signal.normal in entry[1] else None


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


_with_span = replacer(TemporalExpression, "span")
_with_start = replacer(TimeSpan, "start")
_with_end = replacer(TimeSpan, "end")

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
        out[i] = _with_span(a, _with_end(a.span, b.span.end))
        out[i + 1] = _with_span(b, _with_start(b.span, a.span.start))
    return out
