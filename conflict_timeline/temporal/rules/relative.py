"""Expressions resolved against a reference: weekdays, "yesterday", "last week",
seasons and quarters, "two days ago", "a year earlier", "the next day".

Examples are read against a publication date of 2024-12-02 (a Monday).
"""

from __future__ import annotations

import re
from typing import Literal

from ...lexicon import calendar as cal
from ...lexicon.leads import SEASON_EVENT_NOUNS
from ...model import Mod
from ..readings import (
    DateReading,
    DurationReading,
    EventShiftReading,
    HolidayReading,
    NarrativePartOfDayReading,
    NumericDateReading,
    OvernightReading,
    PartOfDateReading,
    PartOfDayReading,
    QuarterReading,
    Reading,
    RelativeDayReading,
    RelativeUnitReading,
    SeasonReading,
    ShiftReading,
    WeekdayReading,
    WeekendReading,
    WeekOfReading,
    YearEndReading,
    YearPeriodReading,
)
from .absolute import MOD_PREFIX, MODS, mod_of, written_year
from .base import (
    FOUR_DIGITS,
    MONTH,
    NUMBER,
    QMOD,
    SEASON_KEYS,
    UNIT,
    UNIT_KEYS,
    WEEKDAY,
    WEEKDAY_KEYS,
    B,
    E,
    Example,
    Rule,
    compile_rule,
    last_words,
    led_by,
    month_number,
    number_value,
    unit_name,
    weekday_number,
    words,
)

REL_OFFSETS: dict[str, int] = {
    "the past": -1,
    "the last": -1,
    "last": -1,
    "past": -1,
    "this past": -1,
    "previous": -1,
    "the previous": -1,
    "the prior": -1,
    "prior": -1,
    "this": 0,
    "current": 0,
    "the current": 0,
    "this coming": 1,
    "next": 1,
    "coming": 1,
    "the coming": 1,
    "upcoming": 1,
    "the upcoming": 1,
}
# References to the narrative's own time, not to the publication date.
NARRATIVE_OFFSETS: dict[str, int] = {
    "the following": 1,
    "the next": 1,
    "the previous": -1,
    "the prior": -1,
    "the preceding": -1,
    "the same": 0,
    "that": 0,
}

POD = r"(?P<pod>(?i:morning|afternoon|evening|night|overnight))"


# Words that make a weekday part of a name: "Good Friday Agreement", "Man Friday".
NOT_WEEKDAY_AFTER = re.compile(r"(?:\b(?:Good|Black|Man|Bloody|Cyber|Ash|Holy|Palm|Super|Easter|Maundy|Blue)\s+)$")


def weekday_production(m: re.Match[str]) -> Reading | None:
    mod = (m.groupdict().get("mod") or "").lower()
    if mod and mod not in ("early", "late"):
        return None  # "Earlier Friday", "later Monday": the comparison is a signal; "early Sunday" is START
    start = m.start("t")
    if not m.groupdict().get("rel") and NOT_WEEKDAY_AFTER.search(m.string[max(0, start - 10) : start]):
        return None
    rel = (m.groupdict().get("rel") or "").lower()
    pod = m.groupdict().get("pod")
    return WeekdayReading(
        weekday_number(m["wd"]), REL_OFFSETS.get(rel), cal.PARTS_OF_DAY[pod.lower()] if pod else None, mod=mod_of(m)
    )


RELATIVE_DAYS: dict[str, tuple[int, str | None]] = {
    "the day before yesterday": (-2, None),
    "the day after tomorrow": (2, None),
    "yesterday": (-1, None),
    "today": (0, None),
    "tomorrow": (1, None),
    "tonight": (0, "NI"),
    "last night": (-1, "NI"),
    "this morning": (0, "MO"),
    "this afternoon": (0, "AF"),
    "this evening": (0, "EV"),
    "overnight": (0, "NI"),
    "tomorrow night": (1, "NI"),
    "yesterday morning": (-1, "MO"),
}


def relday_production(m: re.Match[str]) -> Reading | None:
    if (m.groupdict().get("mod") or "").lower() in ("earlier", "later"):
        return None  # "later today": the extent is "today"
    start = m.start("t")
    if m["t"][0].isupper() and re.search(r"\b(?:the|The)\s+$", m.string[max(0, start - 5) : start]):
        return None  # "the Today show"
    word = m["word"].lower()
    if word == "overnight":
        return OvernightReading(mod=mod_of(m))
    offset, pod = RELATIVE_DAYS[word]
    if m.groupdict().get("pod"):
        pod = cal.PARTS_OF_DAY[m["pod"].lower()]
    return RelativeDayReading(offset, pod, mod=mod_of(m))


CALENDAR_UNITS = ("week", "weekend", "month", "year", "quarter", "decade", "century", "day", "half")


def relunit_production(m: re.Match[str]) -> Reading | None:
    rel = m["rel"].lower()
    unit = m["unit"].lower()
    if unit in cal.SEASONS:
        if rel in NARRATIVE_OFFSETS and rel not in REL_OFFSETS:
            return SeasonReading(cal.SEASONS[unit], narrative=NARRATIVE_OFFSETS[rel], mod=mod_of(m))
        return SeasonReading(cal.SEASONS[unit], offset=REL_OFFSETS[rel], mod=mod_of(m))
    if rel in ("the past", "the last") and unit in ("day", "week"):
        # "over the past day", "in the past week": the stretch of that length up to the publication
        # (TimeBank reads "the past year" as the calendar year before, and so do we)
        return DurationReading(1, unit, -1, mod=mod_of(m))
    if rel in ("the past", "the last"):
        rel = "last"
    elif rel == "the coming":
        rel = "next"
    if rel in NARRATIVE_OFFSETS:
        return narrative_step(NARRATIVE_OFFSETS[rel], unit, mod_of(m))
    if unit == "day":
        return None  # "this day" is rarely a date in news
    start = m.start("t")
    if (
        m["t"][:1].isupper()
        and m["t"].split()[-1][:1].isupper()
        and re.search(r"[\"“']\s*$", m.string[max(0, start - 2) : start])
    ):
        return None  # "This Week", a programme's title in quotes
    return RelativeUnitReading(unit, REL_OFFSETS[rel], mod=mod_of(m))


# "the current fiscal year", "last fiscal year", "the fiscal year": a fiscal year named by its place
# relative to the publication; TimeML writes it as the calendar year it is labelled by ("1989").
FISCAL_OFFSETS: dict[str, int] = {
    "current": 0,
    "this": 0,
    "new": 0,
    "": 0,
    "last": -1,
    "past": -1,
    "previous": -1,
    "prior": -1,
    "next": 1,
    "coming": 1,
    "latest": -1,
}
# "the year ended Sept. 30", "the fiscal year ending June 30": a year's length up to that date,
# a duration in TimeML
_YEAR_ENDED = re.compile(r"\s+(?:ended|ending)\b")


def reported_unit_production(m: re.Match[str]) -> Reading | None:
    # "the full year", "for the week,", "the first nine months of the year.": the year (week) the
    # report is about; "the year ended March 31": a year's length
    unit = m["unit"].lower()
    if _YEAR_ENDED.match(m.string, m.end()):
        return DurationReading(1, "year") if unit == "year" else None
    if not m["full"] and not re.search(r"(?i)\b(?:for|of|during|in)\s+$", m.string[max(0, m.start() - 7) : m.start()]):
        return None
    return narrative_step(0, unit)


def fiscal_relative_production(m: re.Match[str]) -> Reading | None:
    rel = (m["rel"] or "").lower()
    if not rel and not m["the"]:
        return None  # "fiscal year results": no year named
    if _YEAR_ENDED.match(m.string, m.end()):
        return DurationReading(1, "year")
    return RelativeUnitReading("year", FISCAL_OFFSETS[rel], mod=mod_of(m))


def narrative_step(n: int, unit: str, mod: Mod | None = None) -> Reading:
    """``n`` units from the narrative's time ("the following day", "the year after"; 0: "that
    week", "earlier in the year", "the end of the month")."""
    return ShiftReading(n, unit, "narrative", keep=False, mod=mod)


def part_of_day_production(m: re.Match[str]) -> Reading | None:
    # "mid-afternoon yesterday", "by mid afternoon", "in the morning": a part of a day
    g = m.groupdict()
    pod = str(g.get("pod") or g.get("pod2") or "").lower()
    if pod not in cal.PARTS_OF_DAY:
        return None
    day_offset = weekday = None
    if g.get("rd"):
        day_offset = RELATIVE_DAYS[g["rd"].lower()][0]
    elif g.get("wd") or g.get("wd3"):
        weekday = weekday_number(g.get("wd") or g["wd3"])
    elif g.get("pod2"):
        if not led_by(m.string, m.start(), "part_of_day"):
            return None  # "the morning papers", "a morning of talks"
    elif not g.get("pmod"):
        return None
    if re.search(r"(?i)\b(?:a|an)\s+$", m.string[max(0, m.start() - 4) : m.start()]):
        return None  # "a mid-morning snack"
    return PartOfDayReading(cal.PARTS_OF_DAY[pod], day_offset, weekday, mod=MODS.get((g.get("pmod") or "").lower()))


def part_of_date_production(m: re.Match[str]) -> Reading | None:
    # "the afternoon of March 24", "the night of 6 April 1994", "the evening of 21/08", "early in the
    # morning of 29 April 1975", "the night of 28 to 29 October": the part of that date's day
    g = m.groupdict()
    pod = cal.PARTS_OF_DAY[m["pod"].lower()]
    mod = MODS.get((g.get("pmod") or g.get("pmod2") or "").lower())
    date: DateReading | NumericDateReading
    if g.get("na"):
        a, b = int(g["na"]), int(g["nb"])
        if not (1 <= a <= 31 and 1 <= b <= 31) or (a > 12 and b > 12):
            return None
        date = NumericDateReading(a, b, written_year(g["ny"]) if g.get("ny") else None)
    else:
        month = g.get("month") or g.get("month2") or g.get("month3")
        day = int(g.get("day") or g.get("day2") or g.get("day3") or 0)
        if month is None or not 1 <= day <= 31:
            return None
        year = g.get("year") or g.get("year2") or g.get("year3")
        date = DateReading(month_number(month), day, int(year) if year else None)
    return PartOfDateReading(pod, date, mod=mod)


def day_moment_production(m: re.Match[str]) -> Reading | None:
    # "before dawn", "at dusk on Friday": the part of the day the moment marks
    if not led_by(m.string, m.start("t"), "day_moment"):
        return None  # "the dawn of a new era", "Dusk Rangers"
    word = " ".join(m["word"].lower().split())
    return PartOfDayReading(cal.PARTS_OF_DAY[word], mod=MODS.get((m.groupdict().get("pmod") or "").lower()))


# Nouns a part of day names a thing with ("the morning papers", "the evening news").
_PART_OF_DAY_NOUNS = frozenset(
    "show shows news paper papers edition editions shift shifts session sessions prayer prayers service "
    "services flight flights programme program briefing bulletin rush star commute".split()
)


def narrative_part_of_day_production(m: re.Match[str]) -> Reading | None:
    # "that evening", "the same evening", "the previous evening", "the following night", "later
    # that evening": a part of the day the story is at, or of the day before or after it
    nxt = re.match(r"\s+([a-z]+)", m.string[m.end() : m.end() + 16])
    if nxt and nxt.group(1) in _PART_OF_DAY_NOUNS:
        return None  # "that morning show", "the evening news": a thing named after a part of day
    step = NARRATIVE_OFFSETS[" ".join(m["rel"].lower().split())]
    return NarrativePartOfDayReading(
        cal.PARTS_OF_DAY[m["pod"].lower()], step, mod=MODS.get((m.groupdict().get("edge") or "").lower())
    )


def week_of_production(m: re.Match[str]) -> Reading | None:
    day = int(m["day"])
    if not 1 <= day <= 31:
        return None
    year = int(m["year"]) if m.groupdict().get("year") else None
    return WeekOfReading(month_number(m["month"]), day, year)


def unit_edge_production(m: re.Match[str]) -> Reading | None:
    # "by the end of the month": the edge of the unit the narrative is in
    return narrative_step(0, m["unit"].lower(), MODS[m["edge"].lower() + " of"])


def unit_before_after_production(m: re.Match[str]) -> Reading | None:
    # "The day before, rebels had shelled the town": a step from the narrative's date
    return narrative_step(-1 if m["dir"].lower() == "before" else 1, m["unit"].lower())


def within_unit_production(m: re.Match[str]) -> Reading | None:
    # "earlier in the year", "later in the month": a part of the unit the narrative is in
    return narrative_step(0, m["unit"].lower(), MODS[m["edge"].lower()])


def shift_production(m: re.Match[str]) -> Reading | None:
    n = number_value(m["num"])
    unit = unit_name(m["unit"])
    if unit not in cal.UNITS:
        return None
    direction = m["dir"].lower()
    if direction in ("ago", "earlier"):
        sign = -1
    else:
        sign = 1
    anchor: Literal["publication", "narrative"] = "publication" if direction in ("ago", "hence") else "narrative"
    return ShiftReading(
        sign * n if n is not None else None,
        unit,
        anchor,
        keep=True,
        forward=sign > 0,
        mod=cal.QUANTITY_MODS.get((m["qmod"] or "").lower()),
    )


def event_shift_production(m: re.Match[str]) -> Reading | None:
    # "two days after seizing the airport", "hours before the truce began": a time told by its
    # distance from an event. A measured stretch of hours ("an hour before the vote") stays a
    # duration, as TimeML writes it; days and longer, or hours without a number, name a time.
    unit = unit_name(m["unit"])
    if unit not in cal.UNITS or unit == "second":
        return None
    num = m.groupdict().get("num")
    n = number_value(num) if num else None
    if num and unit in ("hour", "minute"):
        return None
    if not num and not m["unit"].lower().endswith("s"):
        return None  # "day before the vote" without an amount is no time
    start = m.start("t")
    if led_by(m.string, start, "measure") or re.search(r"(?i)\bthe\s+$", m.string[max(0, start - 4) : start]):
        return None  # "lasted a year before lapsing", "in the weeks before the shooting": a stretch
    if not num and re.search(r"(?i)(?:\d|\b(?:" + NUMBER + r"))[- ]$", m.string[max(0, start - 16) : start]):
        return None  # "48 hours after", "for two days before": the amount belongs to it
    sign = 1 if m["dir"].lower() == "after" else -1
    predicate = led_by(m.string, start, "event_predicate")
    aside = bool(re.search(r",\s*$", m.string[max(0, start - 3) : start]))
    return EventShiftReading(n, unit, sign, predicate, aside, mod=cal.QUANTITY_MODS.get((m["qmod"] or "").lower()))


def year_earlier_production(m: re.Match[str]) -> Reading | None:
    # "year-ago results": a year before the period being reported (the publication's, or the
    # quarter the text is about)
    ordinal = m.groupdict().get("ord")
    if ordinal:
        return QuarterReading("quarter", QUARTER_ORD[ordinal.lower()], year_offset=-1)
    # "the year-ago quarter": a quarter, whatever the story's grain
    grain: Literal["quarter"] | None = "quarter" if re.search(r"(?i)\bquarter\b", m["t"]) else None
    return ShiftReading(-1, "year", "publication", keep=True, grain=grain)


def same_unit_year_back_production(m: re.Match[str]) -> Reading | None:
    # "the same quarter a year earlier", "the corresponding period last year", "the same week last
    # year": the quarter (week, month) of the story's time, one year back
    return ShiftReading(-1, "year", "publication", keep=True, grain=_SAME_UNIT_GRAIN[m["unit"].lower()])


_SAME_UNIT_GRAIN: dict[str, Literal["quarter", "month", "week"]] = {
    "quarter": "quarter",
    "period": "quarter",
    "month": "month",
    "week": "week",
}


def year_period_production(m: re.Match[str]) -> Reading | None:
    year = int(m["year"])
    unit = m["unit"].lower()
    ordinal = m.groupdict().get("ord")
    if ordinal:
        return QuarterReading("half" if unit == "half" else "quarter", QUARTER_ORD[ordinal.lower()], year)
    return YearPeriodReading(year, unit == "quarter")


QUARTER_ORD = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}


def quarter_production(m: re.Match[str]) -> Reading | None:
    unit = m["qunit"].lower()
    ordinal = m["ord"].lower()
    if ordinal.startswith(("first two", "last two")):
        if unit != "quarters":
            return None
        unit, n = "half", 1 if ordinal.startswith("first") else 2  # "the first two quarters of 1990": H1
    elif ordinal == "last":
        if unit != "half" or not (m.groupdict().get("year") or m.groupdict().get("yrel2")):
            return None  # "the last quarter" alone is the previous quarter (quarter_reference)
        n = 2
    elif unit == "quarters":
        return None
    else:
        n = QUARTER_ORD[ordinal]
    if unit == "half" and n > 2:
        return None
    year = m.groupdict().get("year")
    yrel = (m.groupdict().get("yrel") or m.groupdict().get("yrel2") or "").lower()
    return QuarterReading(
        "half" if unit == "half" else "quarter",
        n,
        int(year) if year else None,
        {"last": -1, "this": 0, "next": 1}[yrel] if yrel else None,
        mod=mod_of(m),
    )


def quarter_code_production(m: re.Match[str]) -> Reading | None:
    # "Q3 2024", "2024 Q3", "H1 2024", "Q3 FY2024"; a bare "Q3" only after a word that introduces a time
    letter = (m["q1"] or m["q2"]).upper()
    n = int(m["n1"] or m["n2"])
    year_text = m["year1"] or m["year2"]
    if letter == "H" and n > 2:
        return None
    if year_text is None and (letter == "H" or not led_by(m.string, m.start(), "quarter_code")):
        return None  # "Audi Q3", "H2 receptors"
    # "Q1 '98": a two-digit year, resolved like "fiscal '98"
    return QuarterReading("quarter" if letter == "Q" else "half", n, written_year(year_text) if year_text else None)


def quarter_ref_production(m: re.Match[str]) -> Reading | None:
    rel = (m.groupdict().get("rel") or "").lower()
    offsets = {
        "": -1,
        "latest": -1,
        "last": -1,
        "past": -1,
        "previous": -1,
        "prior": -1,
        "recent": -1,
        "most recent": -1,
        "just-ended": -1,
        "just ended": -1,
        "current": 0,
        "this": 0,
        "next": 1,
        "coming": 1,
        "fiscal": -1,
    }
    if rel in ("same", "comparable"):
        return ShiftReading(0, "quarter", "narrative", keep=True)
    if rel not in offsets:
        return None
    return RelativeUnitReading("quarter", offsets[rel])


_NEXT_WORD = re.compile(r"[ -]([A-Za-z-]+)")


def season_production(m: re.Match[str]) -> Reading | None:
    season = cal.SEASONS[m["season"].lower()]
    year = m.groupdict().get("year")
    text, start = m.string, m.start("t")
    if not year:
        if re.match(r"\s+of\b", text[m.end() : m.end() + 4]):
            return None  # "the fall of Aleppo"
        has_the = m["t"].lower().startswith(("the ", "early", "late", "mid"))
        noun = _NEXT_WORD.match(text, m.end())
        of_event = noun is not None and noun.group(1).lower() in SEASON_EVENT_NOUNS  # "a spring offensive"
        if not has_the and not of_event and not led_by(text, start, "season"):
            return None
    return SeasonReading(season, int(year) if year else None, mod=mod_of(m))


HOLIDAYS: dict[str, str] = {
    "christmas": "12-25",
    "christmas day": "12-25",
    "christmas eve": "12-24",
    "new year's day": "01-01",
    "new year's eve": "12-31",
    "new year's": "01-01",
    "thanksgiving": "thanksgiving",
    "thanksgiving day": "thanksgiving",
    "easter": "easter",
    "easter sunday": "easter",
    "independence day": "07-04",
    "halloween": "10-31",
    "valentine's day": "02-14",
    "boxing day": "12-26",
    "election day": "election",
}


def holiday_production(m: re.Match[str]) -> Reading | None:
    name = m["name"].lower().replace("’", "'")
    year = m.groupdict().get("year")
    return HolidayReading(HOLIDAYS[name], int(year) if year else None)


# "ago", "earlier" ... are rarer than the units: every match of "shift" holds one of them
# ("ten years from now" is two expressions, as TimeML writes it: the duration "ten years" and "now")
_SHIFT_KEYS = frozenset({"ago", "earlier", "later", "hence"})
_HOLIDAY_KEYS = frozenset(
    {"christmas", "easter", "thanksgiving", "independence", "halloween", "valentine", "boxing", "new", "election"}
)
_REL = r"(?P<rel>(?i:this past|this coming|last|this|next|past|coming|previous|the previous|the prior|the current|the following|the next|the past|the last|the coming|the same|the preceding|that|current|upcoming|the upcoming))"
_SEASON = words(cal.SEASONS)

RULES = (
    Rule(
        "weekday",
        "relative",
        keys=WEEKDAY_KEYS,
        pattern=compile_rule(
            B
            + r"(?P<t>"
            + MOD_PREFIX
            + r"(?:(?P<rel>(?i:this past|this coming|last|this|next|past|coming)) )?(?P<wd>"
            + WEEKDAY
            + r")(?: "
            + POD
            + r")?)"
        ),
        production=weekday_production,
        examples=(
            Example("On Monday, fighters crossed into Syria.", "Monday", "2024-12-02"),
            Example("Rebels seized the town on Friday.", "Friday", "2024-11-29"),
            Example("Ministers will meet on Friday.", "Friday", "2024-12-06"),
            Example("The strike happened last Friday.", "last Friday", "2024-11-29"),
            Example("Shelling continued Monday night.", "Monday night", "2024-12-02TNI"),
            Example("Rebels crossed the border early Sunday.", "early Sunday", "2024-12-01"),
            Example("The truce expires on Friday.", "Friday", "2024-12-06"),
        ),
        near_misses=("Robinson Crusoe met Man Friday.",),
        priority=2,
    ),
    Rule(
        "relative_day",
        "relative",
        keys=last_words(RELATIVE_DAYS) | frozenset(cal.PARTS_OF_DAY),
        pattern=compile_rule(
            B
            + r"(?P<t>"
            + MOD_PREFIX
            + r"(?P<word>(?i:the day before yesterday|the day after tomorrow|yesterday morning|tomorrow night|yesterday|today|tomorrow|tonight|last night|this morning|this afternoon|this evening|overnight))(?: "
            + POD
            + r")?)"
            + E
        ),
        production=relday_production,
        examples=(
            Example("The army said yesterday it had withdrawn.", "yesterday", "2024-12-01"),
            Example("Talks resume today.", "today", "2024-12-02"),
            Example("Leaders meet tomorrow.", "tomorrow", "2024-12-03"),
            Example("Explosions were heard tonight.", "tonight", "2024-12-02TNI"),
            Example("Shelling intensified yesterday afternoon.", "yesterday afternoon", "2024-12-01TAF"),
            # the night before the day the report speaks from; the coming one when it looks ahead
            Example("Drones struck the port overnight, officials said.", "overnight", "2024-12-01TNI"),
            Example("Talks will continue overnight.", "overnight", "2024-12-02TNI"),
        ),
        near_misses=("The Today show aired.",),
        priority=3,
    ),
    Rule(
        "relative_unit",
        "relative",
        keys=UNIT_KEYS | SEASON_KEYS,
        reach=4,  # the key word ends the match
        pattern=compile_rule(
            B
            + r"(?P<t>"
            + MOD_PREFIX
            + _REL
            + r" (?P<unit>(?i:week|weekend|month|year|quarter|decade|century|day|"
            + _SEASON.strip("(?:)")
            + r")))"
            + r"(?![\w-])"
        ),
        production=relunit_production,
        examples=(
            Example("Rebels captured Aleppo last week.", "last week", "2024-W48"),
            Example("Turnout rose this year.", "this year", "2024"),
            Example("Elections are due next month.", "next month", "2025-01"),
            Example("Prices fell earlier this month.", "earlier this month", "2024-12"),
            Example("The siege began late last year.", "late last year", "2023"),
            Example("Troops massed last weekend.", "last weekend", "2024-W48-WE"),
            Example("Floods hit the region last summer.", "last summer", "2024-SU"),
            Example("They met on Monday. The following day, talks collapsed.", "The following day", "2024-12-03"),
            # a step of days goes from the last day told, not from a month a clause named since
            Example(
                "A convoy arrived on Monday, the first since fighting resumed in late August. Another reached "
                "the city the following day.",
                "the following day",
                "2024-12-03",
            ),
            Example(
                "Fighting resumed in late August. The following day, talks collapsed.", "The following day", "2024-08"
            ),
            Example("Fighting eased over the past year.", "the past year", "2023"),
            Example("Over the past day, 96 clashes took place.", "the past day", "P1D"),
        ),
        near_misses=("That day-care centre closed.", "This weekday special"),
        priority=3,
    ),
    Rule(
        "fiscal_relative",
        "relative",
        keys=frozenset({"fiscal"}),
        pattern=compile_rule(
            B
            + r"(?P<t>"
            + MOD_PREFIX
            + r"(?P<the>(?i:the|its|their) )?(?:(?P<rel>(?i:"
            + "|".join(k for k in FISCAL_OFFSETS if k)
            + r")) )?(?i:fiscal)[- ](?i:year))(?![\w-]| \d| '\d)"
        ),
        production=fiscal_relative_production,
        examples=(
            Example("Sales will rise in the current fiscal year.", "the current fiscal year", "2024"),
            Example("It lost money last fiscal year.", "last fiscal year", "2023"),
            Example("Earnings fell for the fiscal year.", "the fiscal year", "2024"),
            Example("It lost money in the fiscal year ended Jan. 31.", "the fiscal year", "P1Y"),
            Example("Sales were C$4 billion in the latest fiscal year.", "the latest fiscal year", "2023"),
        ),
        near_misses=("Fiscal year results were mixed.", "It closed fiscal year 1998 in profit."),
    ),
    Rule(
        "reported_unit",
        "relative",
        keys=frozenset({"year", "week"}),
        pattern=compile_rule(
            B
            + r"(?P<t>(?i:the) (?:(?P<full>(?i:full)) )?(?P<unit>(?i:year|week)))(?=\s+(?:ended|ending)\b|[,.;]|(?<=(?i:full) (?i:year))(?![\w-]))"
        ),
        production=reported_unit_production,
        examples=(
            Example("Sales for the full year were $6.6 billion.", "the full year", "2024"),
            Example("It earned $2 million for the year ended March 31.", "the year", "P1Y"),
            Example("It fell 5% on Friday. For the week, the index dropped 3.8%.", "the week", "2024-W48"),
            Example("Profit rose through the first nine months of the year.", "the year", "2024"),
        ),
        near_misses=("The year was hard.", "In the year of the siege, food ran out."),
        priority=4,
    ),
    Rule(
        "part_of_day",
        "relative",
        keys=frozenset({"morning", "afternoon", "evening", "night"}),
        pattern=compile_rule(
            B
            + r"(?P<t>(?:(?P<pmod>(?i:mid|early|late))[- ]?(?P<pod>(?i:morning|afternoon|evening))(?: (?:(?P<rd>(?i:yesterday|today|tomorrow))|(?P<wd>"
            + WEEKDAY
            + r"))| (?i:hours )?(?i:of) (?P<wd3>"
            + WEEKDAY
            + r"))?)"
            r"|(?i:the) (?P<pod2>(?i:morning|afternoon|evening)))(?![\w-])"
        ),
        production=part_of_day_production,
        examples=(
            Example("Shares rose at mid-afternoon yesterday.", "mid-afternoon yesterday", "2024-12-01TAF"),
            Example(
                "The city fell in the early morning hours of Sunday.", "early morning hours of Sunday", "2024-12-01TMO"
            ),
            Example("They met on Nov. 20. Buyers returned in the afternoon.", "the afternoon", "2024-11-20TAF"),
        ),
        near_misses=("He read the morning papers.", "The evening of talks was long.", "A mid-morning snack"),
        priority=4,
    ),
    Rule(
        "narrative_part_of_day",
        "relative",
        keys=frozenset({"morning", "afternoon", "evening", "night"}),
        pattern=compile_rule(
            B
            + r"(?P<t>(?:(?P<edge>(?i:earlier|later)) )?(?P<rel>(?i:that|the same|the previous|the preceding|the following|the next)) (?P<pod>(?i:morning|afternoon|evening|night)))"
            + E
        ),
        production=narrative_part_of_day_production,
        examples=(
            Example("They left on 16 May. That evening, buses arrived.", "That evening", "2024-05-16TEV"),
            Example(
                "It fell on 8 November. The following night, a deal was signed.", "The following night", "2024-11-09TNI"
            ),
            Example("Talks ended on 11 July; a truce came later that evening.", "later that evening", "2024-07-11TEV"),
        ),
        near_misses=("That morning show was cancelled.",),
        priority=4,
    ),
    Rule(
        "day_moment",
        "relative",
        keys=frozenset({"dawn", "daybreak", "light", "sunrise", "dusk", "sunset", "nightfall"}),
        pattern=compile_rule(
            B
            + r"(?P<t>(?:(?P<pmod>(?i:early|late)) )?(?P<word>"
            + words(cal.DAY_MOMENTS).replace(" ", r"\s")
            + r"))"
            + E
        ),
        production=day_moment_production,
        examples=(
            Example("Rebels attacked the airbase before dawn on Tuesday.", "dawn", "2024-11-26TMO"),
            Example("Jets struck the port before dawn, residents said.", "dawn", "2024-12-02TMO"),
            Example("The convoy left at dusk on 28 November.", "dusk", "2024-11-28TEV"),
        ),
        near_misses=("It was the dawn of a new era.", "The Dusk Rangers won."),
        priority=3,
    ),
    Rule(
        "part_of_date",
        "relative",
        keys=frozenset({"morning", "afternoon", "evening", "night"}),
        # the part of a day named by a date: one expression, as the TimeML guidelines read it
        pattern=compile_rule(
            B
            + r"(?P<t>(?:(?P<pmod>(?i:early|late)) in )?(?i:the )?(?:(?P<pmod2>(?i:early|late)) )?"
            + r"(?P<pod>(?i:morning|afternoon|evening|night))(?: (?i:hours))? (?i:of) (?:the )?"
            + r"(?:(?P<month>"
            + MONTH
            + r") ?(?P<day>[0-3]?\d)(?:st|nd|rd|th)?(?:,? (?P<year>[12]\d{3}))?"
            + r"|(?P<day2>[0-3]?\d)(?:st|nd|rd|th)? (?:of )?(?P<month2>"
            + MONTH
            + r")(?:,? (?P<year2>[12]\d{3}))?"
            + r"|(?P<na>[0-3]?\d)/(?P<nb>[0-3]?\d)(?:/(?P<ny>\d{4}|\d{2}))?"
            + r"|(?P<day3>[0-3]?\d)(?:st|nd|rd|th)?(?= (?:to|and|-|–) ?[0-3]?\d(?:st|nd|rd|th)? (?:of )?(?P<month3>"
            + MONTH
            + r")(?:,? (?P<year3>[12]\d{3}))?)))(?![\d/])"
        ),
        production=part_of_date_production,
        examples=(
            Example("The attack began on the afternoon of March 24.", "the afternoon of March 24", "2024-03-24TAF"),
            Example("It began on the night of 6 April 1994.", "the night of 6 April 1994", "1994-04-06TNI"),
            Example("A mortar hit the camp on the evening of 21/11.", "the evening of 21/11", "2024-11-21TEV"),
            Example("Shelling on the night of 28 to 29 October killed two.", "the night of 28", "2024-10-28TNI"),
            Example(
                "He announced early in the morning of 29 April 1975 the evacuation.",
                "early in the morning of 29 April 1975",
                "1975-04-29TMO",
            ),
        ),
        near_misses=("The night of the long knives", "On the morning of the vote, crowds gathered."),
        priority=5,
    ),
    Rule(
        "week_of",
        "relative",
        keys=frozenset({"week"}),
        pattern=compile_rule(
            B
            + r"(?P<t>(?i:the week of) (?P<month>"
            + MONTH
            + r") ?(?P<day>[0-3]?\d)(?:st|nd|rd|th)?(?:,? (?P<year>[12]\d{3}))?)(?![\d:])"
        ),
        production=week_of_production,
        examples=(Example("A hearing is set for the week of Dec. 9.", "the week of Dec. 9", "2024-W50"),),
        near_misses=("The week of talks ended.",),
        priority=5,
    ),
    Rule(
        "unit_edge",
        "relative",
        keys=frozenset({"week", "month", "year"}),
        pattern=compile_rule(
            B
            + r"(?P<t>(?P<edge>(?i:the end|the beginning|the start|the middle)) of the (?P<unit>(?i:week|month|year)))"
            + E
        ),
        production=unit_edge_production,
        examples=(
            Example("The town had fallen by the end of the month.", "the end of the month", "2024-12"),
            Example("Talks resume at the start of the year.", "the start of the year", "2024"),
        ),
        near_misses=(
            "At the end of the day, it is about money.",
            "the end of the war",
            "the end of the month-long siege",
        ),
        priority=4,
    ),
    Rule(
        "unit_before_after",
        "relative",
        keys=frozenset({"day", "week", "month", "year"}),
        pattern=compile_rule(
            B + r"(?P<t>(?i:the) (?P<unit>(?i:day|week|month|year)) (?P<dir>(?i:before|after)))(?=\s*[,.;:!?)]|\s*$)"
        ),
        production=unit_before_after_production,
        examples=(
            Example(
                "They met on Nov. 20. The day before, rebels had shelled the town.", "The day before", "2024-11-19"
            ),
            Example("Talks failed in March 2023; the year after, war resumed.", "the year after", "2024"),
        ),
        near_misses=("The day before the attack was calm.", "The week after next is busy."),
        priority=4,
    ),
    Rule(
        "within_unit",
        "relative",
        keys=frozenset({"week", "month", "year"}),
        pattern=compile_rule(
            B + r"(?P<t>(?P<edge>(?i:earlier|later|early|late)) in the (?P<unit>(?i:week|month|year)))" + E
        ),
        production=within_unit_production,
        examples=(
            Example("Planting was delayed earlier in the year by heavy rains.", "earlier in the year", "2024"),
            Example("In June the rebels advanced; later in the month they fell back.", "later in the month", "2024-06"),
        ),
        # the corpora leave "later in the day" unannotated (the day is told elsewhere)
        near_misses=(
            "He was late in the game.",
            "Earlier in the talks, both sides agreed.",
            "They left later in the day.",
        ),
        priority=3,
    ),
    Rule(
        "shift",
        "relative",
        keys=_SHIFT_KEYS,
        pattern=compile_rule(
            B
            + r"(?P<t>"
            + QMOD
            + r"(?P<num>"
            + NUMBER
            + r")[- ](?P<unit>"
            + "(?i:"
            + UNIT.strip("(?:)")
            + r"))(?: (?P<dir>(?i:ago|earlier|later|hence))))"
            + E
        ),
        production=shift_production,
        examples=(
            Example("The town fell two days ago.", "two days ago", "2024-11-30"),
            Example("The war started three years ago.", "three years ago", "2021"),
            Example("They met on Nov. 20. Two days later, the city fell.", "Two days later", "2024-11-22"),
            Example("It was signed on 5 May 2023; a year earlier, talks failed.", "a year earlier", "2022"),
            Example("A month ago the front was quiet.", "A month ago", "2024-11"),
        ),
        near_misses=("They walked two days back to camp and slept",),
        priority=4,
    ),
    Rule(
        "event_shift",
        "relative",
        keys=frozenset({"after", "before"}),
        pattern=compile_rule(
            B
            + r"(?P<t>"
            + QMOD
            + r"(?:(?P<num>"
            + NUMBER
            + r")[- ])?(?P<unit>(?i:"
            + UNIT.strip("(?:)")
            + r")) (?P<dir>(?i:after|before)))"
            # an event follows, not a time ("two days before March 3", "an hour before dawn"), in the
            # same paragraph (the next paragraph's first word is not its event)
            + r"(?=(?:[^\S\n]+|[^\S\n]*\n[^\S\n]*)(?!(?:"
            + MONTH
            + r"|"
            + WEEKDAY
            + r"|(?i:the (?:day|week|month|year|end|start|beginning)|dawn|dusk|noon|midnight|yesterday|today|tomorrow|last|next|then)\b|\d))[A-Za-z\"'“‘])"
        ),
        production=event_shift_production,
        examples=(
            Example(
                "M23 entered the city early Sunday, two days after seizing the airport.", "two days after", "2024-12-01"
            ),
            Example(
                "Shells killed 68 on 25 November. NATO issued an ultimatum four days after the attack.",
                "four days after",
                "2024-11-29",
            ),
            Example("They met on Nov. 20. Hours after the meeting, agents detained him.", "Hours after", "2024-11-20"),
            Example(
                "He was released on Nov. 20. A week after his release, soldiers returned.", "A week after", "2024-11-27"
            ),
            Example(
                "Bombs fell on Nov. 20. The strike came a day after the talks failed.", "a day after", "2024-11-20"
            ),
        ),
        near_misses=(
            "Polls close an hour before the vote count.",
            "They arrived two days before March 3.",
            "The day before the attack was calm.",
            "The truce lasted a year before lapsing.",
            "He was seen in the weeks before the shooting.",
            "Shelling resumed 2 days before\n\nEditing by the night desk.",
        ),
        priority=5,
    ),
    Rule(
        "year_earlier",
        "relative",
        keys=frozenset({"earlier", "ago"}),
        pattern=compile_rule(
            B
            + r"(?P<t>(?i:the (?:comparable |corresponding |same )?year-(?:earlier|ago)(?: (?P<ord>first|second|third|fourth))? (?:quarter|period|month|year)|year-(?:earlier|ago)(?: (?:quarter|period))?))"
            + E
        ),
        production=year_earlier_production,
        examples=(
            Example(
                "Sales rose in the third quarter from the year-earlier quarter.", "the year-earlier quarter", "2023-Q3"
            ),
            Example("Net income fell from year-earlier levels.", "year-earlier", "2023"),
            Example(
                "It lost money for the quarter ended Sept. 30, against a profit in the year-ago quarter.",
                "the year-ago quarter",
                "2023-Q3",
            ),
        ),
        near_misses=("a yearly event",),
        priority=4,
    ),
    Rule(
        "same_unit_year_back",
        "relative",
        keys=frozenset({"year", "earlier", "ago", "before"}),
        pattern=compile_rule(
            B + r"(?P<t>(?i:the (?:same|corresponding|comparable) (?P<unit>quarter|period|month|week)"
            r"(?: of)? (?:a year (?:earlier|ago|before)|last year|the (?:previous|prior|preceding) year)))" + E
        ),
        production=same_unit_year_back_production,
        examples=(
            Example(
                "Profit rose 5% from the same quarter a year earlier.", "the same quarter a year earlier", "2023-Q4"
            ),
            Example("Attacks fell from the same week last year.", "the same week last year", "2023-W49"),
            Example(
                "Sales rose in the third quarter of 2024 from the corresponding period last year.",
                "the corresponding period last year",
                "2023-Q3",
            ),
        ),
        near_misses=("They met the same week.", "the same quarter of the city"),
        priority=5,
    ),
    Rule(
        "the_weekend",
        "relative",
        keys=frozenset({"weekend"}),
        pattern=compile_rule(B + r"(?P<t>(?i:the weekend))" + E),
        production=lambda m: WeekendReading(),
        examples=(Example("Talks continued over the weekend.", "the weekend", "2024-W48-WE"),),
        near_misses=("a weekender bag",),
        priority=2,
    ),
    Rule(
        "year_end",
        "relative",
        keys=frozenset({"end"}),
        pattern=compile_rule(B + r"(?P<t>(?i:(?:the )?year[- ]end|year['’]s end))" + r"(?![\w-])"),
        production=lambda m: YearEndReading(),
        examples=(
            Example("The plant will close by year-end.", "year-end", "2024-12-31"),
            Example("The index has risen 5% since year-end.", "year-end", "2023-12-31"),
        ),
        near_misses=("a year-ender review",),
        priority=3,
    ),
    Rule(
        "year_period",
        "relative",
        keys=FOUR_DIGITS,
        pattern=compile_rule(
            B
            + r"(?P<t>(?i:the) (?P<year>(?:19|20)\d{2})(?: (?P<ord>(?i:first|second|third|fourth)))? (?P<unit>(?i:quarter|period|half)))"
            + E
        ),
        production=year_period_production,
        examples=(
            Example(
                "Sales rose in the third quarter from $5 million in the 1988 period.", "the 1988 period", "1988-Q3"
            ),
            Example("It lost money in the 2023 second quarter.", "the 2023 second quarter", "2023-Q2"),
            Example("Net for the quarter ended Sept. 30 rose from the 1988 quarter.", "the 1988 quarter", "1988-Q3"),
        ),
        near_misses=("the 1988 periodic table",),
        priority=5,
    ),
    Rule(
        "quarter",
        "relative",
        keys=frozenset({"quarter", "quarters", "half"}),
        pattern=compile_rule(
            B
            + r"(?P<t>(?:(?i:the )(?=\w+ ))?(?:(?P<yrel>(?i:this|last|next)) year['’]s )?(?i:fiscal[- ])?(?P<ord>(?i:first two|last two|first|second|third|fourth|1st|2nd|3rd|4th|last))[- ](?P<qunit>(?i:quarters|quarter|half))(?:(?: of)?(?: fiscal)? (?P<year>[12]\d{3})| of (?P<yrel2>(?i:this|last|next)) year)?)"
            + E
        ),
        production=quarter_production,
        examples=(
            Example("Profits fell in the third quarter.", "the third quarter", "2024-Q3"),
            Example("Third-quarter earnings rose.", "Third-quarter", "2024-Q3"),
            Example("Output grew in the first half of 2023.", "the first half of 2023", "2023-H1"),
            Example("Earnings will lag in the last half of 1989.", "the last half of 1989", "1989-H2"),
            Example(
                "Growth should return in the first quarter of next year.", "the first quarter of next year", "2025-Q1"
            ),
            Example(
                "Demand holds through the first two quarters of 1990.", "the first two quarters of 1990", "1990-H1"
            ),
        ),
        near_misses=("the third quarterback", "a quarter of the city", "the last half hour"),
        priority=4,
    ),
    Rule(
        "quarter_code",
        "relative",
        keys=frozenset({"q", "h"}),  # "Q3" is the tokens "q" and "3"
        pattern=compile_rule(
            r"(?<![\w'’-])(?P<t>(?P<q1>[QH])(?P<n1>[1-4])(?:[ -](?:FY ?)?(?P<year1>(?:19|20)\d{2}|'\d{2}))?|(?P<year2>(?:19|20)\d{2}) (?P<q2>[QH])(?P<n2>[1-4]))(?![\w-])"
        ),
        production=quarter_code_production,
        examples=(
            Example("Revenue rose 5% in Q3 2024.", "Q3 2024", "2024-Q3"),
            Example("Sales in H1 2023 fell.", "H1 2023", "2023-H1"),
            Example("Orders picked up in Q3.", "Q3", "2024-Q3"),
        ),
        near_misses=("He drives an Audi Q3.", "Blockers of H2 receptors", "Sales in Q5 2024"),
        priority=4,
    ),
    Rule(
        "quarter_reference",
        "relative",
        keys=frozenset({"quarter", "period"}),
        pattern=compile_rule(
            B
            + r"(?P<t>(?i:the )(?:(?P<rel>(?i:latest|last|past|previous|prior|recent|most recent|current|next|coming|same|comparable|fiscal|just-ended|just ended)) )?(?i:fiscal )?(?i:quarter|(?<=latest |recent )period))(?![\w-]| of (?:the|a|an|all|its|their)\b)"
        ),
        production=quarter_ref_production,
        examples=(
            Example("Earnings rose 5% in the quarter.", "the quarter", "2024-Q3"),
            Example("Profits rose in the latest quarter.", "the latest quarter", "2024-Q3"),
            Example("Sales rose 13% in the latest period.", "the latest period", "2024-Q3"),
        ),
        near_misses=("a quarter of the city was destroyed", "the period of the war"),
        priority=3,
    ),
    Rule(
        "season",
        "relative",
        keys=SEASON_KEYS,
        pattern=compile_rule(
            B
            + r"(?P<t>"
            + MOD_PREFIX
            + r"(?:(?i:the )?(?P<season>(?i:"
            + _SEASON.strip("(?:)")
            + r"))(?:(?: of)? (?P<year>[12]\d{3})(?!\d))?))"
            + E
        ),
        production=season_production,
        examples=(
            Example("The offensive was planned for the summer of 2023.", "the summer of 2023", "2023-SU"),
            Example("Talks stalled in the spring.", "the spring", "2024-SP"),
            Example("They spent the spring and early summer of 1943 preparing.", "the spring", "1943-SP"),
            Example("Rebels prepare a spring offensive.", "spring", "2025-SP"),
            Example("Rebels had launched a summer offensive.", "summer", "2024-SU"),
        ),
        near_misses=(
            "The fall of Aleppo shocked Damascus.",
            "Rebels spring into action",
            "a hot spring",
            "They ran a summer camp.",
        ),
        priority=2,
    ),
    Rule(
        "holiday",
        "relative",
        keys=_HOLIDAY_KEYS,
        pattern=compile_rule(
            B
            + r"(?P<t>(?P<name>"
            + words(k.title() for k in HOLIDAYS).replace("'S", "'s")
            + r")(?:,? (?P<year>[12]\d{3}))?)"
            + E
            + r"(?! [A-Z])"
        ),
        production=holiday_production,
        examples=(
            Example("Fighting paused at Christmas 2023.", "Christmas 2023", "2023-12-25"),
            Example("Turnout on Election Day was high.", "Election Day", "2024-11-05"),
        ),
        near_misses=("Christmas Island residents",),
        priority=3,
    ),
)
