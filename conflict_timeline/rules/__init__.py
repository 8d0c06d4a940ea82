"""All rules, in one ordered list, each with the key words the scanner looks for first.

Order matters only for ties: when two candidates cover the same characters with
the same priority, the one from the earlier rule is kept. Absolute dates come
first because a written-out date is the strongest evidence in a text.
"""

from __future__ import annotations

import attrs

from ..lexicon import calendar as cal
from . import absolute, durations, relative
from .base import Example, Reading, Rule

_MONTHS = frozenset(cal.MONTHS)
_WEEKDAYS = frozenset(cal.WEEKDAYS) | {w + "s" for w in cal.WEEKDAY_WORDS}
_UNITS = frozenset(cal.UNITS) | frozenset(cal.UNIT_PLURALS) | {"half", "halves"}
_SEASONS = frozenset(cal.SEASONS)
_NUMBER = frozenset({"#"})  # any number
_YEAR = frozenset({"#4"})  # a four-digit number


def _last_words(phrases: object) -> frozenset[str]:
    return frozenset(str(p).lower().replace("'", " ").replace("’", " ").split()[-1] for p in phrases)  # type: ignore[attr-defined]


# Every match of a rule contains at least one of its key words; "#" stands for any number,
# "#4" for a four-digit one (checked by
# tests/test_rules.py::test_key_words_cover_every_match on the corpora and all examples).
_KEYS: dict[str, frozenset[str]] = {
    "month_day_year": _MONTHS,
    "day_month_year": _MONTHS,
    "month_day": _MONTHS,
    "month_day_conjunct": _MONTHS,
    "day_month": _MONTHS,
    "month_year": _MONTHS,
    "month_relative_year": _MONTHS,
    "month": _MONTHS,
    "iso_date": _YEAR,
    "numeric_date": _NUMBER,
    "dotted_date": _YEAR,
    "year_range": _YEAR,
    "year": _YEAR,
    "year_range_end": _YEAR,  # the range's first year is a four-digit number just before it
    "fiscal_year": _NUMBER,
    "year_period": _YEAR,
    "clock_24h": _NUMBER,
    "clock_military": _YEAR,  # "0300 GMT": four digits
    "clock_in_the": frozenset({"morning", "afternoon", "evening", "night"}),
    # "8 p.m." and "8pm" hold the token "m", "pm" or "am"
    "clock_time": frozenset({"m", "am", "pm", "noon", "midnight", "midday"}),
    "decade": _NUMBER | frozenset(absolute.DECADE_WORDS),
    "century": frozenset({"century"}),
    "spoken_year": frozenset({"nineteen", "eighteen", "seventeen", "thousand"}),
    "weekday": _WEEKDAYS,
    "plural_weekday": _WEEKDAYS,
    "weekday_nights": _WEEKDAYS,
    "relative_day": _last_words(relative.RELATIVE_DAYS) | frozenset(cal.PARTS_OF_DAY),
    "relative_unit": _UNITS | _SEASONS,
    "the_weekend": frozenset({"weekend"}),
    "year_end": frozenset({"end"}),
    "year_earlier": frozenset({"earlier", "ago"}),
    "quarter": frozenset({"quarter", "quarters", "half"}),
    "quarter_reference": frozenset({"quarter"}),
    "season": _SEASONS,
    "holiday": frozenset(
        {"christmas", "easter", "thanksgiving", "independence", "halloween", "valentine", "boxing", "new", "election"}
    ),
    "week_of": frozenset({"week"}),
    "part_of_day": frozenset({"morning", "afternoon", "evening", "night"}),
    "unit_edge": frozenset({"week", "month", "year"}),
    "unit_before_after": frozenset({"day", "week", "month", "year"}),
    "quarter_code": frozenset({"q", "h"}),  # "Q3" is the tokens "q" and "3"
    "within_unit": frozenset({"week", "month", "year"}),
    "duration": _UNITS,
    "bare_units": _UNITS,
    # rarer words than the units: every match holds one of them
    "shift": frozenset({"ago", "earlier", "later", "now", "hence"}),
    "frequency": frozenset({"once", "twice", "thrice", "times"}),
    "every": frozenset({"every", "each"}),
    "set_word": frozenset(durations.SET_WORDS),
    "vague": _last_words(cal.VAGUE_REFERENCES),
}

RULES: tuple[Rule, ...] = tuple(
    attrs.evolve(rule, keys=_KEYS.get(rule.name, frozenset()))
    for rule in absolute.RULES + relative.RULES + durations.RULES
)

# Each family's examples are read against this publication date (a Monday).
EXAMPLES_PUBLISHED = "2024-12-02"

__all__ = ["RULES", "EXAMPLES_PUBLISHED", "Example", "Reading", "Rule"]
