"""Text -> candidate time expressions.

Each rule's pattern scans the text once; productions read what was matched;
overlapping candidates are settled by length, then priority, then rule order.
This stage also reads the signal word ("since", "until") before a candidate; the tense of its
clause comes from the text layer (:func:`conflict_timeline.text.context_tense`).
"""

from __future__ import annotations

import re

import attrs

from .lexicon import calendar as cal
from .rules import RULES, Reading, Rule

__all__ = ["Candidate", "find_candidates", "signal_before"]


@attrs.frozen(slots=True)
class Candidate:
    """A stretch of text one rule read as a time expression, not yet resolved."""

    start: int
    end: int
    rule: Rule
    reading: Reading
    order: int  # the rule's position in RULES, for stable tie-breaking


# Tokens the scanner indexes: words and runs of digits.
_TOKEN = re.compile(r"[^\W\d_]+|\d+")
# How far a match may reach before (modifiers: "the beginning of", "no more than") and after
# (a clock time's day, a date's year) the key word it contains.
_BEFORE, _AFTER = 48, 48


def _key_index(text: str) -> dict[str, list[tuple[int, int]]]:
    """Key word -> the spans where it occurs ("#" for numbers, "#4" for four-digit ones), in one pass."""
    index: dict[str, list[tuple[int, int]]] = {}
    keys = _ALL_KEYS
    for m in _TOKEN.finditer(text):
        word = m.group()
        if word[0].isdigit():
            # "#4" marks four-digit numbers (years), "#" every number
            if len(word) == 4:
                index.setdefault("#4", []).append(m.span())
            index.setdefault("#", []).append(m.span())
            continue
        key = word.lower()
        if key in keys:
            index.setdefault(key, []).append(m.span())
    return index


def _regions(rule: Rule, index: dict[str, list[tuple[int, int]]], length: int) -> list[tuple[int, int]]:
    """The stretches of text that can hold a match of ``rule``: around its key words, merged."""
    spans = sorted(span for key in rule.keys for span in index.get(key, ()))
    regions: list[tuple[int, int]] = []
    for start, end in spans:
        lo, hi = max(0, start - _BEFORE), min(length, end + _AFTER)
        if regions and lo <= regions[-1][1]:
            regions[-1] = (regions[-1][0], max(regions[-1][1], hi))
        else:
            regions.append((lo, hi))
    return regions


def find_candidates(text: str, *, full_scan: bool = False) -> list[Candidate]:
    """All non-overlapping candidates of ``text``, sorted by offset.

    Each rule's pattern runs only around the key words it needs (found in one
    tokenising pass), which keeps news text fast; ``full_scan`` runs every
    pattern over the whole text instead (the tests check both agree).
    """
    found: list[Candidate] = []
    index = None if full_scan else _key_index(text)
    length = len(text)
    for order, rule in enumerate(RULES):
        if index is None or not rule.keys:
            regions = [(0, length)]
        else:
            regions = _regions(rule, index, length)
        for lo, hi in regions:
            _scan(text, rule, order, lo, hi, found)
    return _select(found)


def _scan(text: str, rule: Rule, order: int, lo: int, hi: int, found: list[Candidate]) -> None:
    has_t = "t" in rule.pattern.groupindex
    search = rule.pattern.search
    length = len(text)
    pos = lo
    while pos < hi:
        m = search(text, pos, hi)
        if m is not None and hi < length and m.end() > hi - 16:
            # too close to the region's edge for its look-ahead to be trusted: read on
            m = search(text, pos, min(length, hi + _AFTER))
        if m is None or m.start() >= hi:
            break
        start, end = m.span("t") if has_t else m.span()
        reading = rule.production(m) if start < end else None
        if reading is not None:
            found.append(Candidate(start, end, rule, reading, order))
            pos = max(m.end(), pos + 1)
        else:
            # a rejected match may hide a shorter good one inside it ("over the past
            # week" -> "the past week"): look again one character further on
            pos = m.start() + 1


_ALL_KEYS: frozenset[str] = frozenset(k for rule in RULES for k in rule.keys)


def _select(candidates: list[Candidate]) -> list[Candidate]:
    """Keep a non-overlapping subset: of two overlapping candidates the longer wins,
    then the higher priority, then the earlier rule (one sweep, O(n log n))."""
    candidates.sort(key=lambda c: (c.start, -(c.end - c.start), -c.rule.priority, c.order))
    chosen: list[Candidate] = []
    for c in candidates:
        if chosen and c.start < chosen[-1].end:
            last = chosen[-1]
            if _strength(c) > _strength(last):
                chosen[-1] = c
                # the winner may now also overlap an earlier choice; the longer one stays
                while len(chosen) > 1 and chosen[-2].end > chosen[-1].start:
                    if _strength(chosen[-1]) > _strength(chosen[-2]):
                        del chosen[-2]
                    else:
                        del chosen[-1]
            continue
        chosen.append(c)
    return chosen


def _strength(c: Candidate) -> tuple[int, int, int]:
    return (c.end - c.start, c.rule.priority, -c.order)


_SIGNAL_RE = re.compile(
    r"(?i)(?<![\w])(" + "|".join(re.escape(w) for w in sorted(cal.SIGNALS, key=len, reverse=True)) + r")\s+$"
)


# "since the onset of the civil war in 2011": the signal governs the year through "the onset of ... in"
_EVENT_SIGNAL_RE = re.compile(
    r"(?i)(?<![\w])(since|until|till|after|before|by)\s+the\s+(?:start|onset|beginning|outbreak|end|launch|eruption)"
    r"\s+of\b[^.;:!?]{0,60}?\s+in\s+$"
)


def signal_before(text: str, start: int) -> str | None:
    """The signal word that governs an expression ("since", "until", ...), normalised.

    Usually the word right before it; "since the onset of the war in 2011" is
    governed by "since" through "the onset of ... in".
    """
    m = _SIGNAL_RE.search(text[max(0, start - 14) : start])
    if m is None:
        return None
    signal = cal.SIGNALS[m.group(1).lower()]
    if signal == "in":
        outer = _EVENT_SIGNAL_RE.search(text[max(0, start - 100) : start])
        if outer:
            return cal.SIGNALS[outer.group(1).lower()]
    return signal
