"""The rule record and the regular-expression fragments rules are built from.

A rule is data: a name, the key words one of which every match holds, a compiled pattern, a
production that turns a match into a typed reading (:mod:`..readings`) or rejects it, and the examples
that prove it. Every pattern is a flat alternation of bounded pieces, so scanning is linear in the text.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

import attrs

from ...lexicon import calendar as cal
from ...lexicon.leads import LEADS
from ...lexicon.numbers import QUANTITY_WORDS
from ...text.fastre import compile_fast
from ..readings import Reading

__all__ = [
    "Rule",
    "Example",
    "Production",
    "words",
    "led_by",
    "word_before",
    "MONTH",
    "WEEKDAY",
    "NUMBER",
    "UNIT",
    "QMOD",
    "B",
    "BD",
    "E",
    "dash_joins_dates",
    "ANY_NUMBER",
    "FOUR_DIGITS",
    "MONTH_KEYS",
    "WEEKDAY_KEYS",
    "UNIT_KEYS",
    "SEASON_KEYS",
    "last_words",
]


@attrs.frozen(slots=True)
class Example:
    """A sentence, the extent a rule must find in it, and its value (relative to the family's date)."""

    text: str
    extent: str
    value: str
    document: str = "news"  # the reading the example needs ("narrative": against the story's time)


Production = Callable[["re.Match[str]"], Reading | None]


@attrs.frozen(slots=True)
class Rule:
    """A pattern, a production and the examples that prove it.

    ``keys`` are the words (lower case; ``"#"`` for any number, ``"#4"`` for a four-digit one, ``"#s"`` for a number written
    as a plural, "1990s") one of
    which every match contains: the scanner runs the pattern only near them (tests/test_rules.py checks
    that this finds what a scan of the whole text finds). The expression's extent is the pattern's group
    ``t`` when it has one (context around it is matched but not taken), else the whole match.
    ``priority`` breaks ties between candidates of equal length (higher wins). ``range_end`` marks a rule
    that reads the second half of a range written with a dash ("1980-**88**", "Nov. 28-**29**"): the
    range refiner joins it to the expression just before it. ``mark`` is a character every match
    holds ("/" in "12/02/2024", ":" in "15:30"): the scanner skips a region without it. ``reach``
    is how far past the end of its key word a match, with what its look-ahead reads, may go (a
    rule whose key ends the match, "three **days**", reaches a few characters only); ``None`` for
    the scanner's default margin.
    """

    name: str
    family: str
    pattern: re.Pattern[str]
    production: Production
    examples: tuple[Example, ...] = ()
    near_misses: tuple[str, ...] = ()
    priority: int = 0
    range_end: bool = False
    keys: frozenset[str] = attrs.field(kw_only=True)
    mark: str = attrs.field(default="", kw_only=True)
    reach: int | None = attrs.field(default=None, kw_only=True)

    @keys.validator
    def _has_keys(self, attribute: attrs.Attribute[frozenset[str]], value: frozenset[str]) -> None:
        if not value:
            raise ValueError(f"rule {self.name} names no key words: it would scan the whole text")


def words(items: Iterable[str], *, dotted: bool = False) -> str:
    """A regex alternation of words, longest first (so "June" wins over "Jun")."""
    alts = sorted({re.escape(w) for w in items}, key=len, reverse=True)
    body = "|".join(alts)
    return f"(?:{body})" + (r"\.?" if dotted else "")


def _capitalised(word: str) -> list[str]:
    return [word.capitalize(), word.upper()]


def _month_alternation() -> str:
    parts = []
    for name in cal.MONTHS:
        for form in _capitalised(name):
            is_abbrev = len(name) <= 4 and name not in ("may", "june", "july")
            parts.append((re.escape(form) + (r"\.?" if is_abbrev else ""), len(form)))
    parts.sort(key=lambda p: p[1], reverse=True)
    return "(?:" + "|".join(p for p, _ in parts) + r")(?![A-Za-z])"


B = r"(?<![\w'’-])(?<!\d,)"  # start of a word that is not glued to the previous one (nor inside "2,300")
# start of a date word: a dash may join it to the date before ("March-April 1917", "27 May-28 May
# 1905", "May 1940-June 1941"); productions check that a date stands before the dash
BD = r"(?<![\w'’])"
E = r"(?![\w-])"  # end of a word

MONTH = _month_alternation()
WEEKDAY = "(?:" + "|".join(f for w in cal.WEEKDAY_WORDS for f in _capitalised(w)) + r")(?![a-z])"

_SMALL = words([w for w, n in QUANTITY_WORDS.items() if 1 <= n < 20 and " " not in w and w not in ("a", "an")])
_TENS = words([w for w, n in QUANTITY_WORDS.items() if n in (20, 30, 40, 50, 60, 70, 80, 90)])
_UNITS_WORD = words([w for w, n in QUANTITY_WORDS.items() if 1 <= n <= 9 and " " not in w and w not in ("a", "an")])
# A quantity in figures or words: "48", "1.5", "twenty-four", "a", "several", "a few".
NUMBER = (
    r"(?i:\d{1,3}(?:,\d{3})+(?![\d,])|\d{1,4}(?:\.\d{1,2})?(?!\d)|"
    + _TENS
    + r"(?:[- ]"
    + _UNITS_WORD
    + r")?|"
    + _SMALL
    + r"|a couple of|a couple|couple of|a dozen|dozen|a few|several|few|many|some|a|an|one hundred|a hundred|hundred)"
)
UNIT = words(list(cal.UNITS) + list(cal.UNIT_PLURALS))
QMOD = r"(?:(?P<qmod>(?i:" + words(cal.QUANTITY_MODS)[3:-1] + r")) )?"


# --- key words -----------------------------------------------------------------------------------


def last_words(phrases: Iterable[str]) -> frozenset[str]:
    """The last word of each phrase (lower case; apostrophes split words as the scanner does)."""
    return frozenset(p.lower().replace("'", " ").replace("’", " ").split()[-1] for p in phrases)


ANY_NUMBER = frozenset({"#"})
FOUR_DIGITS = frozenset({"#4"})
MONTH_KEYS = frozenset(cal.MONTHS)
WEEKDAY_KEYS = frozenset(cal.WEEKDAYS) | {w + "s" for w in cal.WEEKDAY_WORDS}
UNIT_KEYS = frozenset(cal.UNITS) | frozenset(cal.UNIT_PLURALS) | {"half", "halves"}
SEASON_KEYS = frozenset(cal.SEASONS)


# --- lead words ----------------------------------------------------------------------------------

# The one or two words right before an offset (a two-word lead: "as of", "at least").
_WORDS_BEFORE = re.compile(r"(?:(?<![^\W\d_])([^\W\d_]+)\s+)?(?<![^\W\d_])([^\W\d_]+)\s+\Z")
_REACH = 24


def word_before(text: str, start: int) -> tuple[str, str]:
    """The two words right before ``start`` (lower case; ``""`` where there is none), blanks between."""
    m = _WORDS_BEFORE.search(text, max(0, start - _REACH), start)
    if m is None:
        return "", ""
    return (m.group(1) or "").lower(), m.group(2).lower()


def led_by(text: str, start: int, kind: str) -> bool:
    """True when the word (or two) right before ``start`` introduces a time of ``kind``
    (:data:`~conflict_timeline.lexicon.leads.LEADS`): "in May", "by autumn", "at 4 in the morning"."""
    leads = LEADS[kind]
    first, last = word_before(text, start)
    return last in leads or (bool(first) and f"{first} {last}" in leads)


_DASHED_AFTER = re.compile(r"(?:(?<![^\W\d_])(?P<word>[^\W\d_]+)\.?|(?<!\d)(?P<num>\d{1,4})(?:st|nd|rd|th)?)[-–]\Z")


def dash_joins_dates(text: str, start: int) -> bool:
    """False when a dash glues ``text[start:]`` to a word that is no date ("non-May", "Sino-March"):
    a dash after a month, a day or a year joins two dates ("March-April", "27-28 May", "1940-June")."""
    if start == 0 or text[start - 1] not in "-–":
        return True
    m = _DASHED_AFTER.search(text, max(0, start - 12), start)
    if m is None:
        return False
    word = m.group("word")
    return word is None or word.lower() in cal.MONTHS


# --- reading numbers and names -------------------------------------------------------------------


def number_value(token: str) -> float | None:
    """The value of a NUMBER match; ``None`` for vague quantities ("several")."""
    t = token.lower().replace("-", " ").strip()
    if t and (t[0].isdigit()):
        return float(t.replace(",", ""))  # "2,300"
    if t in QUANTITY_WORDS:
        return float(QUANTITY_WORDS[t])
    parts = t.split()
    if len(parts) == 2 and parts[0] in QUANTITY_WORDS and parts[1] in QUANTITY_WORDS:
        return float(QUANTITY_WORDS[parts[0]] + QUANTITY_WORDS[parts[1]])
    return None


def unit_name(token: str) -> str:
    """The singular unit of a unit word ("days" -> "day")."""
    t = token.lower()
    return cal.UNIT_PLURALS.get(t, t)


def month_number(token: str) -> int:
    """The month of a month word ("Sept." -> 9)."""
    return cal.MONTHS[token.lower().rstrip(".")]


def weekday_number(token: str) -> int:
    """The ISO weekday of a weekday word ("Friday" -> 5)."""
    return cal.WEEKDAYS[token.lower()]


def compile_rule(pattern: str) -> re.Pattern[str]:
    """A rule's pattern, compiled (rewritten for speed, matching the same: see
    :mod:`conflict_timeline.text.fastre`)."""
    return compile_fast(pattern)
