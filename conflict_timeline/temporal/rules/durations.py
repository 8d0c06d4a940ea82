"""Durations ("three days", "more than three decades", "a six-day war"), sets
("every Monday", "weekly"), times of day ("10:30 a.m. local time Friday") and
vague references ("recently", "now", "soon").

Examples are read against a publication date of 2024-12-02 (a Monday).
"""

from __future__ import annotations

import re

from ...lexicon import calendar as cal
from ...lexicon.numbers import QUANTITY_WORDS
from ..readings import (
    ClockReading,
    DateReading,
    DurationReading,
    NumericDateReading,
    Reading,
    SetReading,
    VagueReading,
)
from .base import (
    ANY_NUMBER,
    FOUR_DIGITS,
    MONTH,
    NUMBER,
    QMOD,
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

QUANTITY_MODS = cal.QUANTITY_MODS
_QMOD = QMOD
_DIRECTION = {
    "past": -1,
    "last": -1,
    "previous": -1,
    "next": 1,
    "coming": 1,
    "first": 0,
    "following": 1,
    "latest": -1,
    "final": 0,
    "recent": -1,
    "preceding": -1,
}


# After a length of time, words that show it measures a distance in time ("an hour before the vote",
# "a year from now"): it is a duration even without a lead word.
_MEASURED_FROM = re.compile(r"(?i)\s+(?:before|after|from now)\b")


def duration_production(m: re.Match[str]) -> Reading | None:
    unit = unit_name(m["unit"])
    if unit not in cal.UNITS:
        return None
    n = number_value(m["num"]) if m.groupdict().get("num") else None
    if n is not None and m.groupdict().get("half"):
        n += 0.5  # "2 1/2 years", "two and a half days"
    direction = (m.groupdict().get("dir") or "").lower()
    qmod = (m.groupdict().get("qmod") or "").lower()
    if unit == "quarter" and re.match(r"\s+of\b", m.string[m.end() : m.end() + 4]):
        return None  # "three-quarters of its food": a fraction
    if qmod == "over" and m["t"].lower().startswith("over the"):
        return None  # "over the past week": "over" is a signal here, not "more than"
    if (
        m["num"]
        and m["num"].lower() in ("a", "an")
        and not led_by(m.string, m.start(), "duration")
        and not qmod
        and not direction
        and "-" not in m["t"]
        and not _MEASURED_FROM.match(m.string, m.end())
    ):
        return None  # "a day of mourning", "a year of war": only durations after a lead word
    if direction == "last" and re.search(
        r"(?i)\b(?:to|will|would|could|may|might|can|should|must|did|does|do|not)\s+$",
        m.string[max(0, m.start("t") - 8) : m.start("t")],
    ):
        return None  # "expected to last several weeks": "last" is the verb
    if n is not None and n >= 1000 and unit not in ("year", "day"):
        return None  # "the 1988 second quarter": a year, not 1988 seconds
    return DurationReading(n, unit, _DIRECTION.get(direction), mod=QUANTITY_MODS.get(qmod))


def bare_units_production(m: re.Match[str]) -> Reading | None:
    unit = unit_name(m["unit"])
    recent = m.groupdict().get("recent")
    # an unmeasured stretch: "in the coming weeks" (starting now), "in recent years", "over the past
    # years" (ending now), "for decades"; TimeML writes them as durations of unknown length (PXW, PXY)
    if m.groupdict().get("coming"):
        return DurationReading(None, unit, 1)
    return DurationReading(None, unit, -1 if recent else None)


SET_WORDS: dict[str, tuple[str, str | None]] = {
    "daily": ("P1D", None),
    "weekly": ("P1W", None),
    "monthly": ("P1M", None),
    "yearly": ("P1Y", None),
    "annually": ("P1Y", None),
    "hourly": ("PT1H", None),
    "nightly": ("P1D", None),
    "biweekly": ("P2W", None),
    "fortnightly": ("P2W", None),
    "annual": ("P1Y", None),
}


def set_word_production(m: re.Match[str]) -> Reading | None:
    word = m["word"].lower()
    if word == "annual":
        return None
    value, _ = SET_WORDS[word]
    return SetReading(value)


def every_production(m: re.Match[str]) -> Reading | None:
    quant = m["quant"].upper()
    if m.groupdict().get("month"):  # "each July"
        return SetReading(f"XXXX-{month_number(m['month']):02d}", quant)
    if m.groupdict().get("wd"):
        wd = weekday_number(m["wd"])
        pod = m.groupdict().get("pod")
        return SetReading(f"XXXX-WXX-{wd}" + (f"T{cal.PARTS_OF_DAY[pod.lower()]}" if pod else ""), quant)
    unit = unit_name(m["unit"])
    if unit in cal.PARTS_OF_DAY:
        return SetReading(f"XXXX-XX-XXT{cal.PARTS_OF_DAY[unit]}", quant)
    n = number_value(m["num"]) if m.groupdict().get("num") else 1.0
    letter, is_time = cal.UNITS[unit]
    amount = int(n) if n else "X"
    return SetReading(f"P{'T' if is_time else ''}{amount}{letter}", quant)


def plural_weekday_production(m: re.Match[str]) -> Reading | None:
    wd = weekday_number(m["wd"])
    pods = m.groupdict().get("pods")
    pod = f"T{cal.PARTS_OF_DAY[pods.lower()[:-1]]}" if pods else ""  # "Tuesday nights"
    return SetReading(f"XXXX-WXX-{wd}{pod}")


def frequency_production(m: re.Match[str]) -> Reading | None:
    unit = unit_name(m["unit"])
    if unit not in cal.UNITS:
        return None
    times = {"once": 1, "twice": 2, "thrice": 3}.get(m["times"].lower())
    if times is None:
        value = number_value(m["count"]) if m.groupdict().get("count") else None
        times = int(value) if value else None
    letter, is_time = cal.UNITS[unit]
    return SetReading(f"P{'T' if is_time else ''}1{letter}", freq=f"{times or 'X'}X")


def clock_production(m: re.Match[str]) -> Reading | None:
    g = m.groupdict()
    if g.get("word"):
        hour, minute = (12, 0) if g["word"].lower() in ("noon", "midday") else (24, 0)
    else:
        hour, minute = int(g["h"]), int(g.get("min") or 0)
        ampm = (g.get("ampm") or "").lower().replace(".", "")
        if ampm:
            if not 1 <= hour <= 12:
                return None
            if ampm.startswith("p") and hour != 12:
                hour += 12
            if ampm.startswith("a") and hour == 12:
                hour = 0
        elif hour > 24 or minute > 59:
            return None
    month = day = None
    if g.get("cmonth"):
        day = int(g["cday"])
        if not 1 <= day <= 31:
            return None
        month = month_number(g["cmonth"])  # "5 p.m. EST Nov. 9"
    qmod = (g.get("qmod") or "").lower()
    return ClockReading(
        hour,
        minute,
        bool(g.get("min")) or not g.get("word"),
        weekday_number(g["wd"]) if g.get("wd") else None,
        month,
        day,
        {"today": 0, "yesterday": -1, "tomorrow": 1, "tonight": 0}[g["rd"].lower()] if g.get("rd") else None,
        bool(g.get("min")),
        (g.get("tz") or "").lower() in UTC_ZONES,
        mod=QUANTITY_MODS.get(qmod),
    )


def _after_time_lead(m: re.Match[str]) -> bool:
    # a word that introduces a time of day: "at 4 in the morning", "until 1430 hours"
    return led_by(m.string, m.start(), "clock")


def clock_in_the_production(m: re.Match[str]) -> Reading | None:
    if not _after_time_lead(m):
        return None  # "two in the morning papers": only a time after a word that introduces one
    h = m["h"].lower()
    hour = int(h) if h.isdigit() else int(QUANTITY_WORDS[h])
    ppod = m["ppod"].lower()
    if ppod == "morning":
        hour = 0 if hour == 12 else hour
    elif ppod in ("afternoon", "evening") or (ppod == "night" and hour >= 6):
        hour = hour if hour == 12 else hour + 12
    elif ppod == "night" and hour == 12:
        hour = 24
    return ClockReading(hour, 0, True)


def clock_24h_production(m: re.Match[str]) -> Reading | None:
    # "at 15:30", "05:02 GMT", or a live blog's "16:40" opening a line; not a score ("won 15:30")
    start = m.start("t")
    if not (m.groupdict().get("tz") or _after_time_lead(m) or start == 0 or m.string[start - 1] == "\n"):
        return None
    return clock_production(m)


def military_clock_production(m: re.Match[str]) -> Reading | None:
    if m.groupdict().get("hrs") and not _after_time_lead(m):
        return None  # "they worked 1200 hours": a count, not a time of day
    return clock_production(m)


def vague_production(m: re.Match[str]) -> Reading | None:
    word = m["word"].lower()
    text, end = m.string, m.end()
    if word in ("shortly", "soon") and re.match(r"\s+(?:after|before)\b", text[end : end + 8]):
        return None
    if word == "soon" and re.match(r"\s+(?:as|after|afterwards|thereafter|enough)\b", text[end : end + 14]):
        return None  # "as soon as", "soon after the attack": a connective, not a time
    if word == "soon" and re.search(r"(?i)\bas\s+$", text[max(0, m.start() - 4) : m.start()]):
        return None
    if word == "now" and (
        re.match(r"\s*(?:that|-)", text[end : end + 6])
        or re.search(r"(?i)\b(?:a|an|the)\s+$", text[max(0, m.start() - 5) : m.start()])
    ):
        return None  # "now that ...", "now-defunct", "a now fractious conflict"
    if word == "the moment" and not re.search(r"(?i)\b(?:at|for)\s+$", text[max(0, m.start() - 5) : m.start()]):
        return None
    if word == "the past" and re.match(r"\s+(?:\d|" + NUMBER + r"|few|several)", text[end : end + 12]):
        return None
    # "talks on the future of Karabakh": its fate, no time in news (TimeML); narratives, annotated
    # after the TIMEX2 guidelines (WikiWars), mark it as they mark "former" and "future" before a noun
    fate = word in ("the future", "the past") and re.match(r"\s+of\b", text[end : end + 4]) is not None
    return VagueReading(cal.VAGUE_REFERENCES[word], narrative_only=fate)


def vague_adjective_production(m: re.Match[str]) -> Reading | None:
    # "the current crisis", "recent clashes", "future talks", "Iraq's future"
    word = m["word"].lower()
    after = m["next"]
    if after is not None and m.string.count("\n", m.end("word"), m.start("next")) >= 2:
        after = None  # "CURRENT" ending a paragraph: the next paragraph's first word is not its noun
    if after is not None and after.lower() in cal.NOT_VAGUE_AFTER:
        return None  # "current account", "the former is safer": no time
    if after is None and word != "future":
        return None  # "the former", "against the current": a noun, not a time
    if after is None and not re.search(
        r"(?i)(?:['’]s|\b(?:its|his|her|their|our|your))\s+$", m.string[max(0, m.start() - 7) : m.start()]
    ):
        return None  # "the future" is its own word; "Iraq's future" a time
    value = cal.VAGUE_ADJECTIVES[word]
    if m["then"]:
        value = "PAST_REF"  # "the then current price": the present of a past time
    return VagueReading(value, narrative_only=word in cal.NARRATIVE_ONLY_ADJECTIVES)


def _timestamp_clock(m: re.Match[str]) -> tuple[int, int] | None:
    hour, minute = int(m["ch"]), int(m["cmin"])
    ampm = (m.groupdict().get("campm") or "").lower().replace(".", "")
    if ampm:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if ampm.startswith("p") else 0)
    elif hour > 23:
        return None
    return hour, minute


def timestamp_production(m: re.Match[str]) -> Reading | None:
    # "September 28, 2023 at 5:55 p.m. EDT", "2023-11-24 17:15 GMT", "1:41 PM EDT, Fri October 13,
    # 2023", "10/01/2022 - 11:25", "06:00 14.02.2024": one expression, the time of that day
    clock = _timestamp_clock(m)
    if clock is None:
        return None
    hour, minute = clock
    utc = (m.groupdict().get("tz") or "").lower() in UTC_ZONES
    g = m.groupdict()
    if g.get("na"):
        a, b = int(g["na"]), int(g["nb"])
        if not (1 <= a <= 31 and 1 <= b <= 31) or (a > 12 and b > 12):
            return None
        return NumericDateReading(a, b, int(g["ny"]), hour=hour, minute=minute, utc=utc)
    if g.get("iy"):
        month, day, year = int(g["im"]), int(g["id"]), int(g["iy"])
    elif g.get("dy"):
        month, day, year = int(g["dm"]), int(g["dd"]), int(g["dy"])
    else:
        month, day = month_number(g["month"] or g["month2"]), int(g["day"] or g["day2"])
        year = int(g["year"])
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return DateReading(month, day, year, hour=hour, minute=minute, utc=utc)


_WEEKDAY_ABBR = r"(?:" + WEEKDAY + r"|(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.?)"
_TIMESTAMP_DATE = (
    r"(?:(?:"
    + _WEEKDAY_ABBR
    + r",? )?(?:(?P<month>"
    + MONTH
    + r") ?(?P<day>[0-3]?\d)(?:st|nd|rd|th)?,?|(?P<day2>[0-3]?\d) (?P<month2>"
    + MONTH
    + r"),?) (?P<year>[12]\d{3})"
    + r"|(?P<iy>[12]\d{3})-(?P<im>[01]\d)-(?P<id>[0-3]\d)"
    + r"|(?P<na>[0-3]?\d)/(?P<nb>[0-3]?\d)/(?P<ny>[12]\d{3})"
    + r"|(?P<dd>[0-3]?\d)\.(?P<dm>[01]?\d)\.(?P<dy>[12]\d{3}))"
)
_TIMESTAMP_CLOCK = r"(?P<ch>[0-2]?\d)[:.](?P<cmin>[0-5]\d)(?: ?(?P<campm>(?i:a\.m\.|p\.m\.|am|pm)(?![a-z])))?(?: (?P<tz>(?i:EST|EDT|CST|CDT|PST|PDT|GMT|UTC|BST|CET|CEST|MSK)\b))?"

_HOUR_WORDS = words(
    [w for w, n in QUANTITY_WORDS.items() if 1 <= n <= 12 and w.isalpha() and w not in ("a", "an", "dozen")]
).strip("(?:)")
_DURATION_DIR = r"(?:(?P<dir>(?i:past|last|previous|next|coming|first|following|latest|final|recent|preceding)) )?"
# A time zone after a clock time: "local time", "Moscow time", "EST", "GMT"; GMT and UTC make the
# value UTC ("...T21:00Z"); the others leave it local (TimeML writes no offset for them).
# A zone given by its offset ("GMT+3", "(UTC+03:00)") keeps the local time and so its local day.
_OFFSET = r"(?i:GMT|UTC) ?[+\-−] ?(?:1[0-4]|0?\d)(?::?[0-5]\d)?(?![\d:])"
_TZ = (
    r"(?P<tz>(?i:local time)|[A-Z][a-z]{2,} time|\("
    + _OFFSET
    + r"\)|"
    + _OFFSET
    + r"|(?i:EST|EDT|CST|CDT|PST|PDT|GMT|UTC|BST|CET|CEST|MSK)\b)"
)
UTC_ZONES = frozenset({"gmt", "utc"})
_CLOCK_DAY = (
    r"(?:,? (?:(?P<wd>" + WEEKDAY + r")|(?P<rd>(?i:today|yesterday|tomorrow|tonight))"
    r"|(?P<cmonth>" + MONTH + r") ?(?P<cday>[0-3]?\d)(?!\d|,? [12]\d{3})))?"
)

RULES = (
    Rule(
        "date_time",
        "time",
        keys=FOUR_DIGITS,  # every date of it writes a four-digit year
        # a date and then a clock time written together (page stamps, datelines)
        pattern=compile_rule(
            r"(?<![\w:./-])(?P<t>"
            + _TIMESTAMP_DATE
            + r"(?:,? (?i:at) |, | - | · | )"
            + _TIMESTAMP_CLOCK
            + r")(?![\w:]|[.,]\d)"
        ),
        production=timestamp_production,
        examples=(
            Example(
                "Updated September 28, 2023 at 5:55 p.m. EDT | Published",
                "September 28, 2023 at 5:55 p.m. EDT",
                "2023-09-28T17:55",
            ),
            Example("live updates (last updated 2023-11-24 17:15 GMT)", "2023-11-24 17:15 GMT", "2023-11-24T17:15Z"),
            Example("Last modified on Wed 3 Nov 2021 08.40 GMT", "Wed 3 Nov 2021 08.40 GMT", "2021-11-03T08:40Z"),
            Example("Published on: 28/11/2024 - 11:25", "28/11/2024 - 11:25", "2024-11-28T11:25"),
        ),
        near_misses=("The 2023 season ended 4-2, 3:1 overall.", "In 2023 12.5 million fled."),
        priority=7,
    ),
    Rule(
        "time_date",
        "time",
        keys=FOUR_DIGITS,  # every date of it writes a four-digit year
        # a clock time and then its date ("1:41 PM EDT, Fri October 13, 2023", "06:00 14.02.2024")
        pattern=compile_rule(
            r"(?<![\w:./-])(?P<t>" + _TIMESTAMP_CLOCK + r",? " + _TIMESTAMP_DATE + r")(?![\w:]|[.,]\d)"
        ),
        production=timestamp_production,
        examples=(
            Example(
                "Updated 1:41 PM EDT, Fri October 13, 2023 Published",
                "1:41 PM EDT, Fri October 13, 2023",
                "2023-10-13T13:41",
            ),
            Example("Operational information as of 06:00 14.02.2024 regarding", "06:00 14.02.2024", "2024-02-14T06:00"),
        ),
        near_misses=("Scores of 3:1 2 May were posted.",),
        priority=7,
    ),
    Rule(
        "duration",
        "duration",
        keys=UNIT_KEYS,
        reach=8,  # the key word ends the match
        pattern=compile_rule(
            B
            + r"(?P<t>"
            + _QMOD
            + r"(?:(?i:the )(?=[\w.]+ ))?"
            + _DURATION_DIR
            + r"(?P<num>"
            + NUMBER
            + r")(?P<half>[- ](?i:and a half)| 1/2|½)?(?: (?i:more|additional|extra|further|straight|consecutive|trading|business|working))?[- ](?P<unit>(?i:"
            + UNIT.strip("(?:)")
            + r"))(?:-(?i:long))?)"
            + E
            + r"(?! (?i:old)\b)"
        ),
        production=duration_production,
        examples=(
            Example("The talks lasted three days.", "three days", "P3D"),
            Example("The conflict has raged for more than three decades.", "more than three decades", "P3DE"),
            Example("Israel won a six-day war.", "six-day", "P6D"),
            Example("The ceasefire expires in 48 hours.", "48 hours", "PT48H"),
            Example("Fighting intensified over the past two weeks.", "the past two weeks", "P2W"),
            Example("The region has been quiet for several years.", "several years", "PXY"),
            Example("Aid arrived within a few days.", "a few days", "PXD"),
            Example("They lived in camps for 2 1/2 years.", "2 1/2 years", "P2Y6M"),
            Example("The siege lasted two and a half days.", "two and a half days", "P2DT12H"),
            Example("The fleet keeps its base for at least 20 more years.", "at least 20 more years", "P20Y"),
            Example("The operation is expected to last several weeks.", "several weeks", "PXW"),
            Example("The index fell for eight trading days.", "eight trading days", "P8D"),
            Example("The siege lasted 1,425 days.", "1,425 days", "P1425D"),
            Example("Glass has been made here for 2,300 years.", "2,300 years", "P2300Y"),
            Example("Polls closed an hour before the vote count began.", "an hour", "PT1H"),
            Example("Ten years from now the city will be rebuilt.", "Ten years", "P10Y"),
            Example("A year from now the city will be rebuilt.", "A year", "P1Y"),
        ),
        near_misses=(
            "A day of mourning was declared.",
            "They sent 2,000 troops.",
            "The 44-year-old suspect fled.",
            "Mr. Reupke, 52 years old, resigned.",
            "Iraq imports three-quarters of its food.",
        ),
        priority=2,
    ),
    Rule(
        "bare_units",
        "duration",
        keys=UNIT_KEYS,
        reach=4,  # the key word ends the match
        pattern=compile_rule(
            r"(?<![\w'’-])(?<!\d )(?<!early )(?<!small )(?<!morning )(?<!evening )(?P<t>(?:(?P<recent>(?i:recent|the past|past|the last)) |(?P<coming>(?i:the coming|coming|the next)) )?(?P<unit>(?i:years|months|weeks|decades|centuries|days|hours)))"
            + E
        ),
        production=bare_units_production,
        examples=(
            Example("The biggest success for the rebels in years.", "years", "PXY"),
            Example("Prices have risen in recent months.", "recent months", "PXM"),
            Example("It suffered through years of violence.", "years", "PXY"),
            Example("More troops will arrive in the coming weeks.", "the coming weeks", "PXW"),
            Example("Kidnappings have risen in recent years.", "recent years", "PXY"),
        ),
        near_misses=(
            "The Yearsley family",
            "Howes, 37 years old when he was kidnapped, died.",
            "Missiles struck in the early hours of Sunday.",
        ),
        priority=1,
    ),
    Rule(
        "set_word",
        "set",
        keys=frozenset(SET_WORDS),
        pattern=compile_rule(B + r"(?P<t>(?P<word>(?i:" + words(SET_WORDS).strip("(?:)") + r")))" + E),
        production=set_word_production,
        examples=(Example("The council meets weekly.", "weekly", "P1W"), Example("Patrols run daily.", "daily", "P1D")),
        near_misses=("an annual report",),
        priority=1,
    ),
    Rule(
        "every",
        "set",
        keys=frozenset({"every", "each"}),
        pattern=compile_rule(
            B
            + r"(?P<t>(?P<quant>(?i:every|each))(?: (?i:other))? (?:(?P<month>"
            + MONTH
            + r")|(?P<wd>"
            + WEEKDAY
            + r")(?: "
            + r"(?P<pod>(?i:morning|afternoon|evening|night))"
            + r")?|(?:(?P<num>"
            + NUMBER
            + r") )?(?P<unit>(?i:"
            + UNIT.strip("(?:)")
            + r"|morning|afternoon|evening|night))))"
            + E
        ),
        production=every_production,
        examples=(
            Example("Protesters gather every Monday.", "every Monday", "XXXX-WXX-1"),
            Example("The report is updated each year.", "each year", "P1Y"),
            Example("Convoys leave every three days.", "every three days", "P3D"),
            Example("Loyalists march each July through the town.", "each July", "XXXX-07"),
        ),
        near_misses=("every member voted",),
        priority=3,
    ),
    Rule(
        "plural_weekday",
        "set",
        keys=WEEKDAY_KEYS,
        pattern=compile_rule(r"(?<![\w'’-])(?i:on )(?P<t>(?P<wd>" + WEEKDAY.replace(r")(?![a-z])", ")") + r")s)" + E),
        production=plural_weekday_production,
        examples=(Example("The market opens on Fridays.", "Fridays", "XXXX-WXX-5"),),
        near_misses=("Fridays for Future marched",),
        priority=2,
    ),
    Rule(
        "weekday_nights",
        "set",
        keys=WEEKDAY_KEYS,
        pattern=compile_rule(
            B + r"(?P<t>(?P<wd>" + WEEKDAY + r") (?P<pods>(?i:mornings|afternoons|evenings|nights)))" + E
        ),
        production=plural_weekday_production,
        examples=(Example("Flights leave on Tuesday nights from March 30.", "Tuesday nights", "XXXX-WXX-2TNI"),),
        near_misses=("Shelling continued Monday night.",),
        priority=3,
    ),
    Rule(
        "frequency",
        "set",
        keys=frozenset({"once", "twice", "thrice", "times"}),
        pattern=compile_rule(
            B
            + r"(?P<t>(?:(?P<times>(?i:once|twice|thrice))|(?P<count>"
            + NUMBER
            + r") (?i:times)) (?i:a|an|per|every|each) (?P<unit>(?i:"
            + UNIT.strip("(?:)")
            + r")))"
            + E
        ),
        production=frequency_production,
        examples=(Example("Inspectors visit twice a year.", "twice a year", "P1Y"),),
        near_misses=("once upon a time",),
        priority=3,
    ),
    Rule(
        "clock_time",
        "time",
        keys=frozenset({"m", "am", "pm", "noon", "midnight", "midday"}),  # "8 p.m." and "8pm" hold "m", "pm" or "am"
        pattern=compile_rule(
            r"(?<![\w:.$])(?P<t>"
            + _QMOD
            + r"(?:(?P<h>[01]?\d)(?::(?P<min>[0-5]\d))? ?(?P<ampm>(?i:a\.m\.?|p\.m\.?|am|pm)(?![a-z]))|(?P<word>(?i:noon|midnight|midday)))(?: "
            + _TZ
            + r")?"
            + _CLOCK_DAY
            + r")(?![\w-])"
        ),
        production=clock_production,
        examples=(
            Example(
                "The blast happened at 10:30 a.m. local time Friday.",
                "10:30 a.m. local time Friday",
                "2024-11-29T10:30",
            ),
            Example("A curfew starts at 8 p.m.", "8 p.m.", "2024-12-02T20:00"),
            Example("They met at noon Thursday.", "noon Thursday", "2024-11-28T12:00"),
            Example("The offer runs until 5 p.m. EST Dec. 9.", "5 p.m. EST Dec. 9", "2024-12-09T17:00"),
            Example("The blast came at 9:15 p.m. (GMT+3) on Friday.", "9:15 p.m. (GMT+3)", "2024-11-29T21:15"),
        ),
        near_misses=("He is 8 pm-ready", "Score was 4-2 at the half."),
        priority=4,
    ),
    Rule(
        "clock_24h",
        "time",
        keys=ANY_NUMBER,
        mark=":",
        pattern=compile_rule(
            r"(?<![\w:.$,])(?P<t>(?P<h>[0-2]\d):(?P<min>[0-5]\d)(?: " + _TZ + r")?" + _CLOCK_DAY + r")(?![\w:]|[.,]\d)"
        ),
        production=clock_24h_production,
        examples=(
            Example("The strike hit at 15:30 GMT.", "15:30 GMT", "2024-12-02T15:30Z"),
            Example("The truce began at 20:30 Riyadh time on the border.", "20:30 Riyadh time", "2024-12-02T20:30"),
            Example("Sirens sounded at 23:40 GMT+3 on Sunday.", "23:40 GMT+3", "2024-12-01T23:40"),
            Example("Live updates\n05:02 GMT - A truce began.", "05:02 GMT", "2024-12-02T05:02Z"),
            Example("Live updates\n16:40 Ukraine's air force said it struck a bridge.", "16:40", "2024-12-02T16:40"),
        ),
        near_misses=("The score was 15:30 in the final.", "Read John 3:16 today."),
        priority=3,
    ),
    Rule(
        "clock_in_the",
        "time",
        keys=frozenset({"morning", "afternoon", "evening", "night"}),
        pattern=compile_rule(
            B
            + r"(?P<t>(?P<h>1[0-2]|[1-9]|(?i:"
            + _HOUR_WORDS
            + r"))(?: (?i:o'clock))? in the (?P<ppod>(?i:morning|afternoon|evening|night)))"
            + E
        ),
        production=clock_in_the_production,
        examples=(
            Example("He will leave at 4 in the morning.", "4 in the morning", "2024-12-02T04:00"),
            Example("Shelling began at eight in the evening.", "eight in the evening", "2024-12-02T20:00"),
        ),
        near_misses=("Two in the family were hurt.", "Two in the morning papers said so."),
        priority=4,
    ),
    Rule(
        "clock_military",
        "time",
        keys=FOUR_DIGITS,  # "0300 GMT": four digits
        # wire and military style: "0300 GMT", "1430 hours"
        pattern=compile_rule(
            r"(?<![\w:.$,-])(?P<t>(?P<h>[0-2]\d)(?P<min>[0-5]\d) ?(?:"
            + _TZ
            + r"|(?P<hrs>(?i:hours|hrs))\b)"
            + _CLOCK_DAY
            + r")(?![\w-])"
        ),
        production=military_clock_production,
        examples=(
            Example("The jets took off at 0300 GMT.", "0300 GMT", "2024-12-02T03:00Z"),
            Example("Troops moved at 1430 hours.", "1430 hours", "2024-12-02T14:30"),
        ),
        near_misses=("It cost 2500 GBP.", "They worked 1200 hours on it.", "Flight 2230 GMTx"),
        priority=3,
    ),
    Rule(
        "vague",
        "vague",
        keys=last_words(cal.VAGUE_REFERENCES),
        reach=4,  # the key word ends the match
        pattern=compile_rule(B + r"(?P<t>(?P<word>(?i:" + words(cal.VAGUE_REFERENCES).strip("(?:)") + r")))" + E),
        production=vague_production,
        examples=(
            Example("Rebels recently seized the city.", "recently", "PAST_REF"),
            Example("The coalition currently controls the north.", "currently", "PRESENT_REF"),
            Example("Hezbollah stayed out for now.", "now", "PRESENT_REF"),
            Example("Talks will resume soon.", "soon", "FUTURE_REF"),
            Example("The border stays shut for the time being.", "for the time being", "PRESENT_REF"),
            Example("The worst fighting in recent memory.", "in recent memory", "PAST_REF"),
            Example("A vote on the future of the monarchy.", "the future", "FUTURE_REF", document="narrative"),
        ),
        near_misses=(
            "Troops left as soon as possible.",
            "Now-defunct militias",
            "Talks on the future of Nagorno-Karabakh opened today.",
            "They debated the past of the party.",
        ),
        priority=1,
    ),
    Rule(
        "vague_adjective",
        "vague",
        keys=frozenset(cal.VAGUE_ADJECTIVES),
        pattern=compile_rule(
            r"(?<![\w-])(?P<t>(?P<then>(?i:then)[ -])?(?P<word>(?i:"
            + words(cal.VAGUE_ADJECTIVES).strip("(?:)")
            + r")))(?![\w-])"
            r"(?:\s+(?P<next>[A-Za-z]+))?"
        ),
        production=vague_adjective_production,
        examples=(
            Example("The current crisis began in the north.", "current", "PRESENT_REF"),
            Example("Recent clashes had killed dozens.", "Recent", "PAST_REF", document="narrative"),
            Example("He sold at the then current price.", "then current", "PAST_REF"),
            Example("The blockade cut its future oil revenues.", "future", "FUTURE_REF", document="narrative"),
            Example("The talks decided Gaza's future.", "future", "FUTURE_REF", document="narrative"),
            Example("He met the former emperor in Hue.", "former", "PAST_REF", document="narrative"),
        ),
        near_misses=(
            "The current account deficit grew.",
            "Swept away by the current, they drowned.",
            "He met the former president.",
            "Talks on future elections stalled.",
            "The recent advances by rebels pose a challenge.",
            "Between Kyiv and Kharkiv, the former is safer.",
            "The future looks bleak.",
            "Prices: current\n\nTalks resumed in Doha.",
        ),
        priority=0,
    ),
)
