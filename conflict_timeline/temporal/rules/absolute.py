"""Calendar dates written out: days, months, years, decades, centuries.

Examples are read against a publication date of 2024-12-02 (a Monday).
"""

from __future__ import annotations

import re

from ...lexicon import calendar as cal
from ...lexicon.event_grammar import DETERMINERS
from ...lexicon.leads import NAME_JOINERS
from ...lexicon.numbers import QUANTITY_WORDS
from ...model import Mod
from ..readings import (
    BCYear,
    CenturyReading,
    DateReading,
    DecadeReading,
    MonthReading,
    NumericDateReading,
    Reading,
    RelativeYearDateReading,
    SeasonReading,
    ShortDecadeReading,
    TwoDigitYear,
    Year,
    YearRangeReading,
    YearReading,
)
from .base import (
    ANY_NUMBER,
    BD,
    FOUR_DIGITS,
    MONTH,
    MONTH_KEYS,
    WEEKDAY,
    B,
    E,
    Example,
    Rule,
    compile_rule,
    dash_joins_dates,
    led_by,
    month_number,
    weekday_number,
    word_before,
    words,
)

MODS: dict[str, Mod] = {
    "early": Mod.START,
    "earlier": Mod.START,
    "the beginning of": Mod.START,
    "the start of": Mod.START,
    "the early": Mod.START,
    "beginning of": Mod.START,
    "late": Mod.END,
    "later": Mod.END,
    "the end of": Mod.END,
    "the late": Mod.END,
    "end of": Mod.END,
    "mid": Mod.MID,
    "the middle of": Mod.MID,
    "the mid": Mod.MID,
    "middle of": Mod.MID,
}
# "early 2016", "mid-December", "the end of 2016": the modifier is part of the extent.
MOD_PREFIX = r"(?:(?P<mod>(?i:" + words(MODS).strip("(?:)") + r"))(?:-| |- ))?"


def mod_of(m: re.Match[str]) -> Mod | None:
    word = m.groupdict().get("mod")
    return MODS[word.lower()] if word else None


def written_year(token: str) -> Year:
    """A year as written: four digits, or two ("'98") whose century the publication date implies."""
    digits = token.lstrip("'’")
    return TwoDigitYear(int(digits)) if len(digits) == 2 else int(digits)


def _day_ok(day: str) -> bool:
    return 1 <= int(day) <= 31


# Words after a four-digit number that show it counts things rather than names a year.
COUNT_NOUNS = frozenset(
    """people persons troops soldiers fighters men women children civilians members workers
    employees refugees dollars euros pounds yen shares tons tonnes km kilometers kilometres miles
    meters metres feet acres square units cars vehicles homes houses families votes seats
    deaths dead killed wounded injured casualties prisoners hostages rockets missiles shells
    bombs rounds points games runs yards students police officers militants rebels residents
    head cattle barrels megawatts hectares times percent cases pages words""".split()
)
# Words before a number that make it a label or count, not a year.
LABEL_WORDS = frozenset(
    """resolution no no. number flight route page article section room code model chapter
    paragraph bill act law item unit highway road interstate population about nearly some
    approximately roughly than exactly total almost around $ # pages paragraphs sections articles
    chapters items rooms lines verses nos""".split()
)


def _range_end(y1: int, written: str) -> int:
    """The last year of a range written "1980-88" or "1980-1988" (``written`` is "88" or "1988")."""
    return int(str(y1)[: 4 - len(written)] + written)


def _spans_years(y1: int, y2: int) -> bool:
    """A range of two or more years ("1980-88"), not adjacent seasons ("1998-99") nor a month ("2024-12")."""
    return y1 + 1 < y2 <= y1 + 60


_RANGE_TAIL = re.compile(r"-(\d{4}|\d{2})(?![\d-])")


def _range_start(year: str, after: str) -> bool:
    """True when ``after`` continues a year range: "1980" + "-88 war", "1992" + "-1995"."""
    m = _RANGE_TAIL.match(after)
    if m is None or not year.isdigit():
        return False
    return _spans_years(int(year), _range_end(int(year), m.group(1)))


# compiled once: these run for every four-digit number, and number tables hold thousands
_WORD_AFTER = re.compile(r"\s*([A-Za-z%]+)")
_NUMBER_GOES_ON = re.compile(r"\s*(?:%|percent|per cent|-\d|:\d|\.\d|,\d|/\d)")
_WORD_BEFORE = re.compile(r"([A-Za-z$#.]+)\s*$")
_NUMBER_BEFORE = re.compile(r"[$#£€]\s*$|\d[-–]\s*$|[,.]\d*$")
_LABELS = LABEL_WORDS | {"no"}


def _looks_like_count(m: re.Match[str], start: int, end: int) -> bool:
    text = m.string
    stop = end + 24
    nxt = _WORD_AFTER.match(text, end, stop)
    if nxt and nxt.group(1).lower() in COUNT_NOUNS:
        return True
    if _NUMBER_GOES_ON.match(text, end, stop) and not _range_start(text[start:end], text[end:stop]):
        return True
    # (each pattern before the number is tried only where the characters right before it let it match)
    lo = max(0, start - 16)
    j = start
    while j > lo and text[j - 1].isspace():
        j -= 1
    last = text[j - 1] if j > lo else ""
    if last and last in _WORD_CHARS:
        prev = _WORD_BEFORE.search(text, lo, start)
        if prev and prev.group(1).lower().rstrip(".") in _LABELS:
            # "in 2016" is a year; "Resolution 2334", "about 2000 people", "$2000" are not
            return True
    end_char = text[start - 1] if start > lo else ""
    if end_char == "\n" and start - 1 > lo:
        end_char += text[start - 2]  # "$" also matches before a last line break
    if (last and last in "$#£€-–") or any(c in ",." or c.isdecimal() for c in end_char):
        if _NUMBER_BEFORE.search(text, lo, start):
            return True
    return False


# the characters ``_WORD_BEFORE`` reads (a match ends with one of them, then blanks)
_WORD_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz$#.")


def date_production(m: re.Match[str]) -> Reading | None:
    if not dash_joins_dates(m.string, m.start("t")):
        return None
    g = m.groupdict()
    day = g.get("day")
    if day is not None and not _day_ok(day):
        return None
    year: int | None = None
    if g.get("year"):
        if day is None and not g.get("mod") and _looks_like_count(m, m.start("year"), m.end("year")):
            return None  # "May 2000 troops"
        year = int(g["year"])
    return DateReading(
        month_number(g["month"]),
        int(day) if day is not None else None,
        year,
        weekday_number(g["wd"]) if g.get("wd") else None,
        mod=mod_of(m),
    )


def iso_production(m: re.Match[str]) -> Reading | None:
    y, mo, d = int(m["year"]), int(m["month"]), int(m["day"])
    if not (1 <= mo <= 12 and 1 <= d <= 31):
        return None
    if m.groupdict().get("hour"):
        return DateReading(mo, d, y, hour=int(m["hour"]), minute=int(m["minute"]))
    return DateReading(mo, d, y)


def dotted_production(m: re.Match[str]) -> Reading | None:
    if re.search(
        r"(?i)\b(?:version|v|release|build|firmware|update)\.?\s*$", m.string[max(0, m.start() - 10) : m.start()]
    ):
        return None  # "version 1.2.2024": a version number
    month, day = int(m["month"]), int(m["day"])
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return DateReading(month, day, written_year(m["year"]))


def numeric_production(m: re.Match[str]) -> Reading | None:
    # The order of day and month is decided at resolution time (the date_order setting).
    a, b = int(m["a"]), int(m["b"])
    if not (1 <= a <= 31 and 1 <= b <= 31) or (a > 12 and b > 12):
        return None
    year = m.groupdict().get("year")
    if year is None and not led_by(m.string, m.start("t"), "numeric_date"):
        return None  # "a 3/4 majority", "24/7": a day and month without a year only after a lead word
    return NumericDateReading(a, b, written_year(year) if year else None)


def month_relative_year_production(m: re.Match[str]) -> Reading | None:
    if not dash_joins_dates(m.string, m.start("t")):
        return None
    rel = " ".join(m["yrel"].lower().split())
    day_text = m.groupdict().get("day") or m.groupdict().get("day2")
    day = int(day_text) if day_text else None
    if day is not None and not 1 <= day <= 31:
        return None
    if rel in _NARRATIVE_YEARS:  # "Nov. 9 of that year", "June that year": the story's year
        return RelativeYearDateReading(month_number(m["month"]), day, _NARRATIVE_YEARS[rel], True, mod=mod_of(m))
    offset = {"last": -1, "this": 0, "next": 1, "the past": -1}[rel]
    if day is not None:  # "Nov. 4 last year"
        return RelativeYearDateReading(month_number(m["month"]), day, offset, False, mod=mod_of(m))
    return MonthReading(month_number(m["month"]), year_offset=offset, mod=mod_of(m))


_NARRATIVE_YEARS = {
    "that": 0,
    "the same": 0,
    "the following": 1,
    "the next": 1,
    "the previous": -1,
    "the preceding": -1,
}


def month_production(m: re.Match[str]) -> Reading | None:
    if not dash_joins_dates(m.string, m.start("t")):
        return None
    rel = (m.groupdict().get("rel") or "").lower()
    bare = not rel and not m.groupdict().get("mod")
    if _first_name(m, bare) or (bare and not _month_context(m)):
        return None
    offset = {"last": -1, "this past": -1, "past": -1, "next": 1, "this": 0, "coming": 1, "this coming": 1}.get(rel)
    return MonthReading(month_number(m["month"]), offset=offset, mod=mod_of(m))


# Month spellings that are also common first names: before a capitalised word they are a name
# ("Jan Kavan of the Czech Republic", "April Ryan") whatever stands before them.
_FIRST_NAMES = frozenset({"Jan", "April", "June", "May"})
_CAPITALISED_AFTER = re.compile(r" (?!(?:" + MONTH + r"))[A-Z][a-z]")


def _first_name(m: re.Match[str], bare: bool) -> bool:
    """A month word that is a first name: a capitalised word (not a month) follows it, and it is
    one of the spellings that are common names, or it stands alone (``bare``: no "last", no "early")
    after a word that also joins names ("Smith and March Fong"). The engine's one check: such a
    weak reading is never offered as a time."""
    if not _CAPITALISED_AFTER.match(m.string, m.end()):
        return False
    if m["month"] in _FIRST_NAMES:
        return True
    return bare and word_before(m.string, m.start("t"))[1] in NAME_JOINERS


# "April, May and June 1955": a month coordinated with another month is a month too
_COORDINATED_MONTH = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|\s(?:and|or|to|through)\s+|[-–/])\s*" + MONTH)


def _month_context(m: re.Match[str]) -> bool:
    text = m.string
    start = m.start("t") if "t" in m.re.groupindex else m.start()
    if led_by(text, start, "month") or _COORDINATED_MONTH.match(text, m.end()):
        return True
    # "May's elections", "March, when ..." at a clause edge
    if re.match(r"['’]s\b", text[m.end() : m.end() + 3]):
        return True
    # "the October slaying": a month naming when something happened (not "the March on Washington")
    return bool(re.search(r"\bthe\s+$", text[max(0, start - 5) : start]) and _NOUN_AFTER.match(text, m.end()))


_NOUN_AFTER = re.compile(
    r"\s+(?!(?:on|of|in|to|for|and|or|by|at|with|from|is|was|were|are|has|had|said)\b)[a-z][a-z-]{2,}\b"
)


def year_production(m: re.Match[str]) -> Reading | None:
    mod = m["mod"] if "mod" in m.re.groupindex else None
    year = int(m["year"])
    # (the cheap test first: a number table holds thousands of these)
    if not mod and not (1600 <= year <= 2099):
        return None
    if not mod and _looks_like_count(m, m.start("year"), m.end("year")):
        return None
    start, end = m.start("year"), m.end("year")
    attributive = bool(_DETERMINER_BEFORE_YEAR.search(m.string, max(0, start - 8), start)) and bool(
        _NOUN_AFTER_YEAR.match(m.string, end)
    )
    return YearReading(year, attributive, mod=MODS[mod.lower()] if mod else None)


# "the 1960 Indus Waters Treaty", "its 2019 budget": a determiner before the year and a noun after it
# (not "the 1990 and 1991 wars", "the 2011 to 2013 talks": cal.NOT_A_NOUN_AFTER_YEAR)
_DETERMINER_BEFORE_YEAR = re.compile(r"(?i)(?:\b(?:" + "|".join(sorted(DETERMINERS)) + r")|['’]s)\s+\Z")
_NOUN_AFTER_YEAR = re.compile(r"(?i)\s+(?!(?:" + "|".join(sorted(cal.NOT_A_NOUN_AFTER_YEAR)) + r")\b)[a-z]")


def fiscal_production(m: re.Match[str]) -> Reading | None:
    return YearReading(written_year(m["year"]))


def year_range_production(m: re.Match[str]) -> Reading | None:
    y1 = int(m["y1"])
    y2 = _range_end(y1, m["y2"])
    if y2 != y1 + 1:
        return None  # "1998-2004" is two expressions or a count; only adjacent seasons join
    return YearRangeReading(y1, y2)


# Words after "May 2 and 3" that make the 3 a count: "3 more were killed", "3 of them".
# ("Fighting on Nov. 27 and 28 killed dozens": there the verb follows a date, so the participles
# of COUNT_NOUNS do not count here.)
_AFTER_COUNT = (COUNT_NOUNS - {"killed", "dead", "wounded", "injured"}) | {
    "more",
    "others",
    "other",
    "of",
    "were",
    "are",
    "have",
    "had",
    "percent",
}


def conjunct_day_production(m: re.Match[str]) -> Reading | None:
    # "April 24 and 25": the second day of a written pair or range, in the same month
    nxt = re.match(r"\s+([A-Za-z]+)", m.string[m.end() : m.end() + 20])
    if nxt and nxt.group(1).lower() in _AFTER_COUNT:
        return None  # "on Nov. 27 and 28 people died"
    return date_production(m)


def day_before_month_production(m: re.Match[str]) -> Reading | None:
    # "between 4 and 16 August 2023", "on 6 and 7 November", "overnight 3-4 May", "17th and 18th
    # August": the first day of a written pair or range, in the month (and year) of the second
    day = int(m["t"].rstrip("stndrh"))
    if not 1 <= day <= 31 or day >= int(m["second"]):
        return None  # a range runs forward: "16-4 August" is no pair of days
    if not m.groupdict().get("year") and not led_by(m.string, m.start("t"), "day_pair"):
        return None  # "scored 3-4 May", "won 2 and 3 May": counts, unless a time word leads
    year = m.groupdict().get("year")
    return DateReading(month_number(m["month"]), day, int(year) if year else None)


def year_range_end_production(m: re.Match[str]) -> Reading | None:
    # "the 1980-88 war", "1992-1995": the range's first year is the "year" rule's; this is its last
    s1 = m.start("t") - 5
    if _looks_like_count(m, s1, s1 + 4):
        return None  # "pages 1980-88": numbers, not years
    y1 = int(m.string[s1 : s1 + 4])
    y2 = _range_end(y1, m["t"])
    if not _spans_years(y1, y2):
        return None  # "2024-12" is a month; adjacent years are one expression ("1998-99")
    return YearReading(y2)


# "BC", "B.C.", "BCE", "B.C.E." after a year; "AD", "A.D." before or after one, "CE" after.
ERA_BC = r"(?:B\.C\.(?:E\.)?|BCE?(?!\w|\.\w))"
ERA_AD = r"(?:A\.D\.|AD(?!\w|\.\w))"
ERA_CE = r"(?:C\.E\.|CE(?!\w|\.\w))"


def era_year_production(m: re.Match[str]) -> Reading | None:
    # "490 BC", "April 480 BC", "the spring of 480 BC", "ca. 466 BC"; "AD 79", "79 AD", "1066 CE"
    g = m.groupdict()
    number = int(g.get("year") or g.get("adyear") or "0")
    if number < 1:
        return None
    if g.get("year") and not g.get("bc") and number < 100 and not g.get("month") and not g.get("season"):
        if not led_by(m.string, m.start("t"), "era"):
            return None  # "they won 2 AD titles": a small number before "AD" is a year only after a lead word
    year: Year = BCYear(number) if g.get("bc") else number
    mod = Mod.APPROX if g.get("ca") else mod_of(m)
    if g.get("month"):
        return DateReading(month_number(g["month"]), year=year, mod=mod)
    if g.get("season"):
        return SeasonReading(cal.SEASONS[g["season"].lower()], year=year, mod=mod)
    return YearReading(year, mod=mod)


def era_range_start_production(m: re.Match[str]) -> Reading | None:
    # "499-493 BC", "the rest of 496 and 495 BC": the era written once holds for both years
    start, end = int(m["t"]), int(m["end"])
    if not start or not end or end >= start:
        return None  # BC years count down: "499-493 BC", never "493-499 BC"
    return YearReading(BCYear(start))


DECADE_WORDS = {
    "twenties": 2,
    "thirties": 3,
    "forties": 4,
    "fifties": 5,
    "sixties": 6,
    "seventies": 7,
    "eighties": 8,
    "nineties": 9,
}


_DECADE_BEFORE = re.compile(r"\d0['’]?s,?\s+(?:and|or|to|through)\s+(?:the\s+)?$|\d0['’]?s[-–]$|\d0['’]?s,\s+$")
_DECADE_AFTER = re.compile(r",?\s+(?:and|or|to|through)\s+(?:the\s+)?['’]?[1-9]0['’]?s\b|[-–]['’]?[1-9]0['’]?s\b")
_DECADE_LEAD = re.compile(r"(?i)\b(?:of|during|since|until|through|throughout|from|by)\s+$")


def decade_production(m: re.Match[str]) -> Reading | None:
    g = m.groupdict()
    if g.get("bcdec"):  # "the 470s BC"
        return DecadeReading(int(g["bcdec"][:-1]), bc=True, mod=mod_of(m))
    if g.get("full"):
        return DecadeReading(int(g["full"][:3]), mod=mod_of(m))
    if g.get("short"):
        return ShortDecadeReading(int(g["short"][0]), mod=mod_of(m))
    if g.get("bare"):
        # "the 60s" without its apostrophe is also a temperature or an age ("in the 90s", "in their
        # 20s"): a decade only when paired with another ("the 60s and 70s") or after a word that
        # introduces a time of that span ("songs of the 60s", "since the 90s")
        before = m.string[max(0, m.start() - 24) : m.start("t")]
        after = m.string[m.end() : m.end() + 16]
        paired = _DECADE_BEFORE.search(before) or _DECADE_AFTER.match(after)
        if not paired and not (m["t"].lower().startswith("the ") and _DECADE_LEAD.search(before)):
            return None
        return ShortDecadeReading(int(g["bare"][0]), mod=mod_of(m))
    return ShortDecadeReading(DECADE_WORDS[g["word"].lower()], mod=mod_of(m))


def century_production(m: re.Match[str]) -> Reading | None:
    word = m["ord"].lower()
    n = cal.ORDINALS.get(word)
    if n is None:
        digits = re.match(r"\d+", word)
        n = int(digits.group()) if digits else None
    if not n or n < 1 or n > 30:
        return None
    return CenturyReading(n - 1, bc=bool(m.groupdict().get("bc")), mod=mod_of(m))


_ONES = {w: n for w, n in QUANTITY_WORDS.items() if 1 <= n <= 9 and " " not in w and w not in ("a", "an")}
_TEENS = {w: n for w, n in QUANTITY_WORDS.items() if 10 <= n <= 19}
_TENS_WORDS = {w: n for w, n in QUANTITY_WORDS.items() if n in (20, 30, 40, 50, 60, 70, 80, 90)}


def _spoken_number(words_: str) -> int | None:
    """ "ninety-six" -> 96, "eleven" -> 11, "oh five" -> 5; None if not a number below 100."""
    parts = words_.lower().replace("-", " ").split()
    if parts[:1] == ["oh"] and len(parts) == 2 and parts[1] in _ONES:
        return _ONES[parts[1]]
    if len(parts) == 1:
        return _TEENS.get(parts[0], _TENS_WORDS.get(parts[0]))
    if len(parts) == 2 and parts[0] in _TENS_WORDS and parts[1] in _ONES:
        return _TENS_WORDS[parts[0]] + _ONES[parts[1]]
    return None


def spoken_year_production(m: re.Match[str]) -> Reading | None:
    # broadcast transcripts spell years out: "nineteen ninety-six", "the year two thousand"
    if m.groupdict().get("thousand"):
        rest = m.groupdict().get("rest")
        if not rest and not m["t"].lower().startswith("the year") and not led_by(m.string, m.start(), "spoken_year"):
            return None  # "two thousand troops"
        year = 2000 + (_spoken_number(rest) or QUANTITY_WORDS.get(rest.lower(), 0) if rest else 0)
    else:
        century = _TEENS.get(m["century"].lower())
        tail = _spoken_number(m["tail"])
        if century is None or tail is None:
            return None
        year = century * 100 + tail
    if m.groupdict().get("month"):
        return DateReading(month_number(m["month"]), year=year)
    if m.groupdict().get("season"):  # "the winter of nineteen ninety-four"
        return SeasonReading(cal.SEASONS[m["season"].lower()], year=year)
    return YearReading(year)


_SPOKEN_TAIL = (
    r"(?:oh[- ](?:"
    + "|".join(_ONES)
    + r")|(?:"
    + "|".join(_TENS_WORDS)
    + r")(?:[- ](?:"
    + "|".join(_ONES)
    + r"))?|"
    + "|".join(_TEENS)
    + ")"
)

ORD = (
    r"(?P<ord>(?i:\d{1,2}(?:st|nd|rd|th)|"
    + words(k for k in cal.ORDINALS if not k[0].isdigit() and k not in ("last", "final"))
    + "))"
)

RULES = (
    Rule(
        "month_day_year",
        "absolute",
        keys=MONTH_KEYS,
        pattern=compile_rule(
            BD
            + r"(?P<t>(?:(?P<wd>"
            + WEEKDAY
            + r"),? )?(?P<month>"
            + MONTH
            + r") ?(?P<day>[0-3]?\d)(?:st|nd|rd|th)?,? (?P<year>[12]\d{3})(?!\d))"
        ),
        production=date_production,
        examples=(
            Example("The deal was signed on Dec. 2, 2024, in Doha.", "Dec. 2, 2024", "2024-12-02"),
            Example("It happened on Monday, December 2nd, 2024.", "Monday, December 2nd, 2024", "2024-12-02"),
            Example("Talks began Sept. 30, 1998 in Geneva.", "Sept. 30, 1998", "1998-09-30"),
        ),
        near_misses=("The ship may 2,000 tons", "Room 12, 2024 entries"),
        priority=5,
    ),
    Rule(
        "day_month_year",
        "absolute",
        keys=MONTH_KEYS,
        pattern=compile_rule(
            BD
            + r"(?P<t>(?:(?P<wd>"
            + WEEKDAY
            + r"),? )?(?P<day>[0-3]?\d)(?:st|nd|rd|th)?(?: of)? (?P<month>"
            + MONTH
            + r"),? (?P<year>[12]\d{3})(?!\d))"
        ),
        production=date_production,
        examples=(
            Example("Fighting resumed on 2 December 2024.", "2 December 2024", "2024-12-02"),
            Example("On the 14th of February 2023 the army withdrew.", "14th of February 2023", "2023-02-14"),
            Example("The fleet sailed on 27 May-28 May 1905.", "28 May 1905", "1905-05-28"),
        ),
        near_misses=("4 May 2,000 troops",),
        priority=5,
    ),
    Rule(
        "month_day",
        "absolute",
        keys=MONTH_KEYS,
        pattern=compile_rule(
            BD
            + r"(?P<t>(?:(?P<wd>"
            + WEEKDAY
            + r"),? )?(?P<month>"
            + MONTH
            + r") ?(?P<day>[0-3]?\d)(?:st|nd|rd|th)?)(?!\d|:\d|,? [12]\d{3}|\.\d)"
        ),
        production=date_production,
        examples=(
            Example("Rebels entered the city on Nov. 27.", "Nov. 27", "2024-11-27"),
            Example("The summit opens December 12th.", "December 12th", "2024-12-12"),
            Example("Officials spoke on Monday, Dec. 2 about it.", "Monday, Dec. 2", "2024-12-02"),
        ),
        near_misses=("Kadyrov said the 4-2 win in May was", "Call 555-2016 for tickets."),
        priority=4,
    ),
    Rule(
        "month_day_conjunct",
        "absolute",
        keys=MONTH_KEYS,
        range_end=True,
        pattern=compile_rule(
            B
            + r"(?P<month>"
            + MONTH
            + r") ?[0-3]?\d(?:st|nd|rd|th)?(?: (?i:and|or|to|through|until)|-|–) ?(?P<t>(?P<day>[0-3]?\d)(?:st|nd|rd|th)?)(?!\d|:\d|\.\d|,\d| ?%)"
        ),
        production=conjunct_day_production,
        examples=(
            Example("The summit met on April 24 and 25.", "25", "2024-04-25"),
            Example("Talks were held on Nov. 28-29 in Doha.", "29", "2024-11-29"),
        ),
        near_misses=(
            "On Nov. 27 and 28 people died.",
            "Prices rose in May 2 to 3 percent",
            "Since May 2, 5 of them left.",
            "On March 3 and 4 more were killed.",
            "By June 1 and 2 others had fled.",
        ),
        priority=3,
    ),
    Rule(
        "day_before_month",
        "absolute",
        keys=MONTH_KEYS,
        pattern=compile_rule(
            r"(?<![\w.,/:-])(?P<t>[0-3]?\d(?:st|nd|rd|th)?)(?= ?(?:[-–]|(?i: and| to| or| through| until)) ?(?P<second>[0-3]?\d)(?:st|nd|rd|th)? (?:of )?(?P<month>"
            + MONTH
            + r")(?:,? (?P<year>[12]\d{3}))?)"
        ),
        production=day_before_month_production,
        examples=(
            Example("Between 4 and 16 August 2023, clashes spread.", "4", "2023-08-04"),
            Example("Strikes hit depots on 6 and 7 November.", "6", "2024-11-06"),
            Example("Overnight 3-4 November, forces attacked a base.", "3", "2024-11-03"),
            Example("Leaders will meet on 17th and 18th December in Accra.", "17th", "2024-12-17"),
        ),
        near_misses=("The team won 3-4 May games.", "They scored 2 and 3 May tries."),
        priority=3,
    ),
    Rule(
        "day_month",
        "absolute",
        keys=MONTH_KEYS,
        pattern=compile_rule(
            BD
            + r"(?P<t>(?:(?P<wd>"
            + WEEKDAY
            + r"),? (?:the )?)?(?:the )?(?P<day>[0-3]?\d)(?:st|nd|rd|th)?(?: of)? (?P<month>"
            + MONTH
            + r"))(?!,? ?[12]\d{3})"
        ),
        production=date_production,
        examples=(
            Example("The offensive began on 27 November.", "27 November", "2024-11-27"),
            Example("Talks ended on Tuesday 26 November.", "Tuesday 26 November", "2024-11-26"),
        ),
        near_misses=("He scored 4 goals.",),
        priority=3,
    ),
    Rule(
        "iso_date",
        "absolute",
        keys=FOUR_DIGITS,
        pattern=compile_rule(
            r"(?<![\d/.-])(?P<t>(?P<year>[12]\d{3})(?P<sep>[-/.])(?P<month>[01]\d)(?P=sep)(?P<day>[0-3]\d)(?:T(?P<hour>[0-2]\d):(?P<minute>[0-5]\d))?)(?![\d/-]|\.\d)"
        ),
        production=iso_production,
        examples=(
            Example("Updated 2024-12-02 with new figures.", "2024-12-02", "2024-12-02"),
            Example("Records from 2024/11/26 show it.", "2024/11/26", "2024-11-26"),
        ),
        near_misses=("Serial 2024-13-45 is invalid", "Call 555-2016-12 now"),
        priority=6,
    ),
    Rule(
        "dotted_date",
        "absolute",
        keys=ANY_NUMBER,
        mark=".",
        # "26.11.2024", "24.02.22": written day first wherever dots separate the parts
        pattern=compile_rule(
            r"(?<![\d.,/])(?P<t>(?P<day>[0-3]?\d)\.(?P<month>[01]?\d)\.(?P<year>[12]\d{3}|\d{2}))(?![\d.]\d|\d)"
        ),
        production=dotted_production,
        examples=(
            Example("The bill passed on 26.11.2024 in Kyiv.", "26.11.2024", "2024-11-26"),
            Example("Losses from 24.02.22 to 14.02.24 rose.", "24.02.22", "2022-02-24"),
        ),
        near_misses=("Version 1.2.2024 was released.", "It rose 3.14.2024 points", "Install v 2.1.2024 now"),
        priority=6,
    ),
    Rule(
        "numeric_date",
        "absolute",
        keys=ANY_NUMBER,
        mark="/",
        # "12/02/2024", "13/05/2016", "09/05" (a day and month without a year, after a lead word)
        pattern=compile_rule(
            r"(?<![\d/.,:])(?P<t>(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d)(?:/(?P<year>\d{4}|\d{2}))?)(?![\d/]|\.\d|:\d)"
        ),
        production=numeric_production,
        examples=(
            Example("Filed 12/02/2024 in court.", "12/02/2024", "2024-12-02"),
            Example("Fighting resumed on 13/05/2024, and again on 28/11.", "28/11", "2024-11-28"),
            Example("Filed 02/12/2024 and 13/05/2024 in court.", "02/12/2024", "2024-12-02"),
        ),
        near_misses=("a 3/4 majority", "ratio 45/67/89 was", "Shops open 24/7 now.", "Two thirds, or 2/3, voted."),
        priority=6,
    ),
    Rule(
        "month_year",
        "absolute",
        keys=MONTH_KEYS,
        pattern=compile_rule(
            BD + r"(?P<t>" + MOD_PREFIX + r"(?P<month>" + MONTH + r"),? (?:of )?(?P<year>[12]\d{3}))(?!\d)"
        ),
        production=date_production,
        examples=(
            Example("Elections were held in December 2024.", "December 2024", "2024-12"),
            Example("The siege lasted until late March 2016.", "late March 2016", "2016-03"),
        ),
        near_misses=("May 2000 troops",),
        priority=4,
    ),
    Rule(
        "month_relative_year",
        "absolute",
        keys=MONTH_KEYS,
        pattern=compile_rule(
            BD
            + r"(?P<t>"
            + MOD_PREFIX
            + r"(?:(?i:the )?(?P<day2>[0-3]?\d)(?:st|nd|rd|th)? (?:of )?)?(?P<month>"
            + MONTH
            + r")(?: ?(?P<day>[0-3]?\d)(?:st|nd|rd|th)?)?,? (?:of )?(?P<yrel>(?i:last|this|next|that|the same|the following|the next|the previous|the preceding|the past)) (?i:year))"
            + E
        ),
        production=month_relative_year_production,
        examples=(
            Example("In June last year the leadership split.", "June last year", "2023-06"),
            Example("The war erupted on Nov. 4 last year, when troops moved in.", "Nov. 4 last year", "2023-11-04"),
            Example(
                "The war began in 2020; a deal was signed on Nov. 9 of that year.", "Nov. 9 of that year", "2020-11-09"
            ),
            Example(
                "It seized Mosul in 2014 and proclaimed its caliphate in June that year.", "June that year", "2014-06"
            ),
            Example(
                "It was in force since the 16 of October of the past year.",
                "the 16 of October of the past year",
                "2023-10-16",
            ),
        ),
        near_misses=("Juneteenth this year was quiet.",),
        priority=4,
    ),
    Rule(
        "month",
        "absolute",
        keys=MONTH_KEYS,
        pattern=compile_rule(
            BD
            + r"(?P<t>"
            + MOD_PREFIX
            + r"(?:(?P<rel>(?i:this past|this coming|last|next|this|past|coming)) )?(?P<month>"
            + MONTH
            + r"))(?!\.?['’]?\s?\d)"
        ),
        production=month_production,
        examples=(
            Example("The rebels took the town in June.", "June", "2024-06"),
            Example("Fighting flared again last October.", "last October", "2024-10"),
            Example("Fighting flared again last November.", "last November", "2023-11"),
            Example("Troops will leave by mid-March.", "mid-March", "2025-03"),
            Example("Prices rose in early December.", "early December", "2024-12"),
            Example("Police linked the October slaying to the group.", "October", "2024-10"),
            # a month coordinated with a dated one takes its year
            Example("Strikes spread in March-April 1917.", "March", "1917-03"),
            Example("Diem held votes in April and June 1955.", "April", "1955-04"),
            Example("April, May and June 1955 were quiet.", "May", "1955-05"),
        ),
        near_misses=(
            "The talks May resume.",
            "Ms. March told reporters.",
            "They may march on the capital.",
            "They joined the March on Washington.",
            "Ministers of Hungary and Jan Kavan of the Czech Republic signed.",
            "The Sino-May accord lapsed.",
        ),
        priority=2,
    ),
    Rule(
        "fiscal_year",
        "absolute",
        keys=frozenset({"fiscal", "fy"}),
        pattern=compile_rule(B + r"(?P<t>(?i:fiscal(?: year)?|FY) ?(?P<year>(?:19|20)\d{2}|'?\d{2})(?!\d))"),
        production=fiscal_production,
        examples=(Example("Profits fell in fiscal 1998.", "fiscal 1998", "1998"),),
        near_misses=("fiscal policy 2,000 pages",),
        priority=4,
    ),
    Rule(
        "year_range",
        "absolute",
        keys=FOUR_DIGITS,
        pattern=compile_rule(
            r"(?<![\d,.$-])(?P<t>(?P<y1>(?:1[6-9]|20)\d{2})[-–/](?P<y2>\d{2}|(?:1[6-9]|20)\d{2}))(?![\d-])"
        ),
        production=year_range_production,
        examples=(Example("The 1998-99 season was cancelled.", "1998-99", "1998"),),
        near_misses=("Call 1998-7345 now", "the 2016-2024 period"),
        priority=5,
    ),
    Rule(
        "year_range_end",
        "absolute",
        keys=FOUR_DIGITS,
        range_end=True,
        pattern=compile_rule(r"(?<=[^\d,.$/-](?:1[6-9]|20)\d{2}[-–])(?P<t>\d{4}|\d{2})(?![\w%-]|[.,:/]\d)"),
        production=year_range_end_production,
        examples=(
            Example("The Iran-Iraq war of 1980-88 killed many.", "88", "1988"),
            Example("The 1992-1995 Bosnian war ended at Dayton.", "1995", "1995"),
        ),
        near_misses=(
            "Call 555-2016-12 now.",
            "Filed 2024-12 returns.",
            "The 1998-99 season",
            "See pages 1980-88 of the report.",
        ),
        priority=2,
    ),
    Rule(
        "era_year",
        "absolute",
        # "B.C.", "A.D.", "C.E." are the tokens "b" "c", "a" "d", "c" "e": the rarer one of each is key
        keys=frozenset({"bc", "bce", "b", "ad", "d", "ce", "e"}),
        pattern=compile_rule(
            r"(?<![\w$#£€.,:/'’])(?<![^\W\d_]-)(?P<t>(?:(?P<ca>(?i:ca\.|c\.|circa)) )?"
            + MOD_PREFIX
            + r"(?:(?P<month>"
            + MONTH
            + r") |(?i:the )?(?P<season>(?i:spring|summer|autumn|fall|winter))(?: (?i:of))? )?"
            + r"(?:(?P<year>[1-9]\d{0,3}) ?(?:(?P<bc>"
            + ERA_BC
            + r")|"
            + ERA_AD
            + r"|"
            + ERA_CE
            + r")|"
            + ERA_AD
            + r" ?(?P<adyear>[1-9]\d{0,3})(?!\d)))(?![\w-])"
        ),
        production=era_year_production,
        examples=(
            Example("The revolt ended in 493 BC.", "493 BC", "BC0493"),
            Example("Having crossed into Europe in April 480 BC, the army marched.", "April 480 BC", "BC0480-04"),
            Example("The congress met in the spring of 480 BC.", "the spring of 480 BC", "BC0480-SP"),
            Example("Early 480 BC: the march began.", "Early 480 BC", "BC0480"),
            Example("A peace was made at this point (ca. 466 BC).", "ca. 466 BC", "BC0466"),
            Example("Vesuvius erupted in AD 79.", "AD 79", "0079"),
            Example("The city was founded in 753 B.C.", "753 B.C.", "BC0753"),
        ),
        near_misses=("He moved to Vancouver, BC in May.", "They won 2 AD titles."),
        priority=6,
    ),
    Rule(
        "era_range_start",
        "absolute",
        keys=frozenset({"bc", "bce", "b"}),
        # the first year of a range whose era is written after the second: "499-493 BC"
        pattern=compile_rule(
            r"(?<![\w$#£€.,:/'’-])(?P<t>[1-9]\d{0,3})(?= ?(?:[-–]|(?i: and| or| to| until| through)) ?(?P<end>[1-9]\d{0,3}) ?"
            + ERA_BC
            + r")"
        ),
        production=era_range_start_production,
        examples=(
            Example("The revolt lasted from 499 to 493 BC.", "499", "BC0499"),
            Example("The Peloponnesian War (431–404 BC) followed.", "431", "BC0431"),
            Example("A stalemate held for the rest of 496 and 495 BC.", "496", "BC0496"),
        ),
        near_misses=("The score was 3-5 BC won.",),
        priority=6,
    ),
    Rule(
        "year",
        "absolute",
        keys=FOUR_DIGITS,
        pattern=compile_rule(
            r"(?<![\w$#£€.,:/'’-])(?P<t>"
            + MOD_PREFIX
            + r"(?P<year>1[0-9]\d{2}|20\d{2}|21\d{2}))(?![\w%]|-(?!(?:\d{2}|\d{4})(?![\d-]))|[.,:/]\d)"
        ),
        production=year_production,
        examples=(
            Example("The war began in 2011.", "2011", "2011"),
            Example("Government forces retook the city in 2016.", "2016", "2016"),
            Example("Prices rose in early 2016.", "early 2016", "2016"),
            Example("The 2011 uprising failed.", "2011", "2011"),
            Example("It was 2011's biggest battle.", "2011", "2011"),
            Example("The 1992-95 war in Bosnia ended at Dayton.", "1992", "1992"),
        ),
        near_misses=(
            "They sent 2,000 troops.",
            "The front is 1,500 km long.",
            "The UN passed Resolution 2334.",
            "It ended in a 4-2 win.",
            "Call 555-2016 for details.",
            "About 2000 people fled.",
            "Some 1500 soldiers crossed.",
        ),
        priority=1,
    ),
    Rule(
        "spoken_year",
        "absolute",
        keys=frozenset({"nineteen", "eighteen", "seventeen", "thousand"}),
        pattern=compile_rule(
            B
            + r"(?P<t>(?:(?P<month>"
            + MONTH
            + r"),? |(?i:the )?(?P<season>(?i:winter|spring|summer|fall|autumn)) (?i:of )?)?(?i:(?:the year )?(?:(?P<century>nineteen|eighteen|seventeen) (?P<tail>"
            + _SPOKEN_TAIL
            + r")|(?P<thousand>two thousand)(?: (?:and )?(?P<rest>"
            + _SPOKEN_TAIL
            + r"|"
            + "|".join(_ONES)
            + r"))?)))"
            + E
        ),
        production=spoken_year_production,
        examples=(
            Example("It was founded in nineteen ninety-six.", "nineteen ninety-six", "1996"),
            Example("Fears grew ahead of the year two thousand.", "the year two thousand", "2000"),
            Example("Atlanta, January nineteen ninety-seven: a bomb.", "January nineteen ninety-seven", "1997-01"),
            Example(
                "Prices fell to the level we saw in the winter of nineteen ninety-four.",
                "the winter of nineteen ninety-four",
                "1994-WI",
            ),
        ),
        near_misses=("nineteen people died", "two thousand troops arrived"),
        priority=3,
    ),
    Rule(
        "decade",
        "absolute",
        # "1990s", "'90s", "470s": a plural number ("#s")
        keys=frozenset({"#s"}) | frozenset(DECADE_WORDS),
        reach=12,  # the key word ends the match
        pattern=compile_rule(
            B
            + r"(?P<t>(?i:the )?"
            + MOD_PREFIX
            + r"(?:(?P<bcdec>[1-9]\d{0,2}0)s ?"
            + ERA_BC
            + r"|(?P<full>(?:1\d|20)\d0)['’]?s|['’](?P<short>\d0)['’]?s|(?<![\d'’])(?P<bare>[1-9]0)s|(?P<word>(?i:"
            + words(DECADE_WORDS).strip("(?:)")
            + "))))"
            + r"(?![\w-])"
        ),
        production=decade_production,
        examples=(
            Example("Built in the 1990s, the dam", "the 1990s", "199"),
            Example("Back in the '90s the city grew.", "the '90s", "199"),
            Example("In the late 1970s it collapsed.", "the late 1970s", "197"),
            Example("Throughout the 470s BC, the League campaigned.", "the 470s BC", "BC047"),
            Example("He sang songs of the 60s and 70s.", "the 60s", "196"),
            Example("He sang songs of the 60s and 70s.", "70s", "197"),
            Example("The town has shrunk since the 90s.", "the 90s", "199"),
        ),
        near_misses=("They were in their 20s.", "temperatures in the 90s", "Highs in the 80s are expected."),
        priority=3,
    ),
    Rule(
        "century",
        "absolute",
        keys=frozenset({"century"}),
        pattern=compile_rule(
            B + r"(?P<t>(?i:the )?" + MOD_PREFIX + ORD + r"[- ](?i:century)(?: (?P<bc>" + ERA_BC + r"))?)(?![\w-])"
        ),
        production=century_production,
        examples=(
            Example("It was built in the 19th century.", "the 19th century", "18"),
            Example("Athens rose in the 5th century BC.", "the 5th century BC", "BC04"),
        ),
        near_misses=("the 19th floor",),
        priority=3,
    ),
)
