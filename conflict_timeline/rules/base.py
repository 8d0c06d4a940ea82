"""The rule record and the regular-expression fragments rules are built from.

A rule is data: a name, a compiled pattern, a production that turns a match into
a :class:`Reading` (or rejects it), and the examples that prove it. Every pattern
is a flat alternation of bounded pieces, so scanning is linear in the text.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import Any

import attrs

from ..lexicon import calendar as cal
from ..lexicon.numbers import QUANTITY_WORDS
from ..model import Mod, TimexType

__all__ = ["Reading", "Rule", "Example", "words", "MONTH", "WEEKDAY", "NUMBER", "UNIT", "QMOD", "B", "E"]


@attrs.frozen(slots=True)
class Reading:
    """What a rule understood, before any reference date is applied.

    ``kind`` names the resolver that turns it into a value; ``params`` holds the
    values found in the text (a year, a weekday, an offset ...).
    """

    kind: str
    type: TimexType
    params: Mapping[str, Any] = attrs.field(factory=dict)
    mod: Mod | None = None

    def get(self, key: str, default: Any = None) -> Any:
        return self.params.get(key, default)


@attrs.frozen(slots=True)
class Example:
    """A sentence, the extent a rule must find in it, and its value (relative to the family's date)."""

    text: str
    extent: str
    value: str


Production = Callable[["re.Match[str]"], Reading | None]


@attrs.frozen(slots=True)
class Rule:
    """A pattern, a production and the examples that prove it.

    The expression's extent is the pattern's group ``t`` when it has one (context
    around it is matched but not taken), else the whole match. ``priority``
    breaks ties between candidates of equal length (higher wins).
    """

    name: str
    family: str
    pattern: re.Pattern[str]
    production: Production
    examples: tuple[Example, ...] = ()
    near_misses: tuple[str, ...] = ()
    priority: int = 0
    # Words (lower case; "#" for any number) one of which every match contains. The scanner
    # runs the pattern only near them; an empty set means the whole text is scanned.
    keys: frozenset[str] = frozenset()


def words(items: Any, *, dotted: bool = False) -> str:
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


B = r"(?<![\w'’-])"  # start of a word that is not glued to the previous one
E = r"(?![\w-])"  # end of a word

MONTH = _month_alternation()
WEEKDAY = "(?:" + "|".join(f for w in cal.WEEKDAY_WORDS for f in _capitalised(w)) + r")(?![a-z])"

_SMALL = words([w for w, n in QUANTITY_WORDS.items() if 1 <= n < 20 and " " not in w and w not in ("a", "an")])
_TENS = words([w for w, n in QUANTITY_WORDS.items() if n in (20, 30, 40, 50, 60, 70, 80, 90)])
_UNITS_WORD = words([w for w, n in QUANTITY_WORDS.items() if 1 <= n <= 9 and " " not in w and w not in ("a", "an")])
# A quantity in figures or words: "48", "1.5", "twenty-four", "a", "several", "a few".
NUMBER = (
    r"(?i:\d{1,4}(?:\.\d{1,2})?(?!\d)|"
    + _TENS
    + r"(?:[- ]"
    + _UNITS_WORD
    + r")?|"
    + _SMALL
    + r"|a couple of|a couple|couple of|a dozen|dozen|a few|several|few|many|some|a|an|one hundred|a hundred|hundred)"
)
UNIT = words(list(cal.UNITS) + list(cal.UNIT_PLURALS))
QMOD = r"(?:(?P<qmod>(?i:" + words(cal.QUANTITY_MODS)[3:-1] + r")) )?"


def number_value(token: str) -> float | None:
    """The value of a NUMBER match; ``None`` for vague quantities ("several")."""
    t = token.lower().replace("-", " ").strip()
    if t and (t[0].isdigit()):
        return float(t)
    if t in QUANTITY_WORDS:
        return float(QUANTITY_WORDS[t])
    parts = t.split()
    if len(parts) == 2 and parts[0] in QUANTITY_WORDS and parts[1] in QUANTITY_WORDS:
        return float(QUANTITY_WORDS[parts[0]] + QUANTITY_WORDS[parts[1]])
    return None


def unit_name(token: str) -> str:
    t = token.lower()
    return cal.UNIT_PLURALS.get(t, t)


def month_number(token: str) -> int:
    return cal.MONTHS[token.lower().rstrip(".")]


def weekday_number(token: str) -> int:
    return cal.WEEKDAYS[token.lower()]


def compile_rule(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)
