"""Calendar vocabulary as data: months, weekdays, numbers, units, seasons, parts of day.

Rules build their regular expressions from these tables, and productions map the
matched words back through them; adding a spelling here teaches every rule at once.
"""

from __future__ import annotations

from collections.abc import Mapping

from ..model import Mod
from .event_grammar import COORDINATORS, PREPOSITIONS

# Month names and the abbreviations news uses; "may" and "march" are ambiguous
# words, which the rules guard by context.
MONTHS: Mapping[str, int] = {
    "january": 1,
    "jan": 1,
    "february": 2,
    "feb": 2,
    "march": 3,
    "mar": 3,
    "april": 4,
    "apr": 4,
    "may": 5,
    "june": 6,
    "jun": 6,
    "july": 7,
    "jul": 7,
    "august": 8,
    "aug": 8,
    "september": 9,
    "sept": 9,
    "sep": 9,
    "october": 10,
    "oct": 10,
    "november": 11,
    "nov": 11,
    "december": 12,
    "dec": 12,
}

WEEKDAYS: Mapping[str, int] = {  # ISO weekday numbers (Monday = 1)
    "monday": 1,
    "mon": 1,
    "tuesday": 2,
    "tue": 2,
    "tues": 2,
    "wednesday": 3,
    "wed": 3,
    "thursday": 4,
    "thu": 4,
    "thur": 4,
    "thurs": 4,
    "friday": 5,
    "fri": 5,
    "saturday": 6,
    "sat": 6,
    "sunday": 7,
    "sun": 7,
}

# Weekday words as they stand alone in running text (abbreviations only with a dot).
WEEKDAY_WORDS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


ORDINALS: Mapping[str, int] = {
    "first": 1,
    "1st": 1,
    "second": 2,
    "2nd": 2,
    "third": 3,
    "3rd": 3,
    "fourth": 4,
    "4th": 4,
    "fifth": 5,
    "5th": 5,
    "sixth": 6,
    "6th": 6,
    "seventh": 7,
    "7th": 7,
    "eighth": 8,
    "8th": 8,
    "ninth": 9,
    "9th": 9,
    "tenth": 10,
    "10th": 10,
    "eleventh": 11,
    "11th": 11,
    "twelfth": 12,
    "12th": 12,
    "thirteenth": 13,
    "13th": 13,
    "fourteenth": 14,
    "fifteenth": 15,
    "sixteenth": 16,
    "seventeenth": 17,
    "eighteenth": 18,
    "nineteenth": 19,
    "twentieth": 20,
    "twenty-first": 21,
    "last": -1,
    "final": -1,
}

# Time units: the TIMEX3 duration letter and whether it goes after a "T".
UNITS: Mapping[str, tuple[str, bool]] = {
    "second": ("S", True),
    "minute": ("M", True),
    "hour": ("H", True),
    "day": ("D", False),
    "night": ("D", False),
    "week": ("W", False),
    "weekend": ("WE", False),
    "fortnight": ("2W", False),
    "month": ("M", False),
    "quarter": ("Q", False),
    "year": ("Y", False),
    "decade": ("DE", False),
    "century": ("CE", False),
    "millennium": ("ML", False),
}
# No "season" unit: TIMEX3 has no season duration ("S" is seconds), and "24 seasons" of a
# sport are years, not quarters.

UNIT_PLURALS: Mapping[str, str] = {
    "seconds": "second",
    "minutes": "minute",
    "hours": "hour",
    "days": "day",
    "nights": "night",
    "weeks": "week",
    "weekends": "weekend",
    "months": "month",
    "quarters": "quarter",
    "years": "year",
    "decades": "decade",
    "centuries": "century",
    "millennia": "millennium",
    "fortnights": "fortnight",
    "yrs": "year",
    "mins": "minute",
    "hrs": "hour",
}

SEASONS: Mapping[str, str] = {
    "spring": "SP",
    "summer": "SU",
    "fall": "FA",
    "autumn": "FA",
    "winter": "WI",
}

# Season -> (first month, last month) in the northern hemisphere; winter spans the new year.
SEASON_MONTHS: Mapping[str, tuple[int, int]] = {
    "SP": (3, 5),
    "SU": (6, 8),
    "FA": (9, 11),
    "WI": (12, 2),
}

PARTS_OF_DAY: Mapping[str, str] = {
    "morning": "MO",
    "afternoon": "AF",
    "evening": "EV",
    "night": "NI",
    "overnight": "NI",
    "midday": "MI",
    "noon": "MI",
    "daytime": "DT",
    "dawn": "MO",
    "daybreak": "MO",
    "first light": "MO",
    "sunrise": "MO",
    "dusk": "EV",
    "sunset": "EV",
    "nightfall": "EV",
    "midnight": "NI",
}

# The moments of a day that mark a part of it ("before dawn", "at dusk"): TIMEX3 writes their part.
DAY_MOMENTS = ("dawn", "daybreak", "first light", "sunrise", "dusk", "sunset", "nightfall")

# Vague references: words that point at the past, present or future -> TIMEX3 value.
VAGUE_REFERENCES: Mapping[str, str] = {
    "now": "PRESENT_REF",
    "currently": "PRESENT_REF",
    "at present": "PRESENT_REF",
    "presently": "PRESENT_REF",
    "nowadays": "PRESENT_REF",
    "these days": "PRESENT_REF",
    "the present": "PRESENT_REF",
    "the moment": "PRESENT_REF",
    "for the time being": "PRESENT_REF",
    "in recent memory": "PAST_REF",
    "recently": "PAST_REF",
    "more recently": "PAST_REF",
    "lately": "PAST_REF",
    "the past": "PAST_REF",
    "soon": "FUTURE_REF",
    "the future": "FUTURE_REF",
    "the near future": "FUTURE_REF",
    "the near term": "FUTURE_REF",
    "the short term": "FUTURE_REF",
    "the long term": "FUTURE_REF",
    "the longer term": "FUTURE_REF",
    "the medium term": "FUTURE_REF",
    "shortly": "FUTURE_REF",
    "past years": "PAST_REF",
}

# Adjectives that place what they qualify in the past, present or future ("the current crisis",
# "recent clashes"): vague references ("the then current price": PAST_REF). "current" in every text,
# as TimeML annotates it; "recent" ("recent clashes"), "former" ("the former emperor") and "future"
# ("future elections") only in narratives, whose annotation (WikiWars, after the TIMEX2 guidelines)
# marks them: TimeBank marks "recent" and "future" before a noun less than half the time and
# "former" never, and in news they would date the very event they qualify ("the recent advances").
VAGUE_ADJECTIVES: Mapping[str, str] = {
    "current": "PRESENT_REF",
    "recent": "PAST_REF",
    "future": "FUTURE_REF",
    "former": "PAST_REF",
}
NARRATIVE_ONLY_ADJECTIVES = frozenset({"former", "future", "recent"})
# Nouns after which such an adjective names no time: terms of accounting and physics ("current
# account", "current assets"), and the adjective used as a noun ("the former", "the current").
NOT_VAGUE_AFTER = frozenset(
    {"account", "accounts", "assets", "liabilities", "ratio", "density", "flow", "and", "or", "of", "is", "was"}
)

# Words after a year that show it names no thing ("the 1990 and 1991 wars", "the 2011 to 2013 talks",
# "the 1999 when ..."): a year between a determiner and a noun names a thing by its year ("the 1960
# treaty"), not a time the story reaches.
NOT_A_NOUN_AFTER_YEAR = PREPOSITIONS | COORDINATORS | frozenset({"till", "by", "when", "as"})

# Words before a quantity that bound it: part of the extent, recorded as the TIMEX3 mod (the TimeML
# guidelines take "about" in: "about three days" is P3D, APPROX; TimeBank mostly leaves it out).
QUANTITY_MODS: Mapping[str, Mod] = {
    "around": Mod.APPROX,
    "about": Mod.APPROX,
    "approximately": Mod.APPROX,
    "roughly": Mod.APPROX,
    "some": Mod.APPROX,
    "nearly": Mod.EQUAL_OR_LESS,
    "almost": Mod.LESS_THAN,
    "more than": Mod.MORE_THAN,
    "over": Mod.MORE_THAN,
    "longer than": Mod.MORE_THAN,
    "less than": Mod.LESS_THAN,
    "under": Mod.LESS_THAN,
    "fewer than": Mod.LESS_THAN,
    "shorter than": Mod.LESS_THAN,
    "at least": Mod.EQUAL_OR_MORE,
    "no less than": Mod.EQUAL_OR_MORE,
    "at most": Mod.EQUAL_OR_LESS,
    "up to": Mod.EQUAL_OR_LESS,
    "no more than": Mod.EQUAL_OR_LESS,
    "just over": Mod.MORE_THAN,
    "just under": Mod.LESS_THAN,
    "well over": Mod.MORE_THAN,
}
