"""Text -> candidate time expressions.

Each rule's pattern scans the text once; productions read what was matched;
overlapping candidates are settled by length, then priority, then rule order.
This stage also reads the two pieces of context resolution needs: the tense of
the clause around a candidate and the signal word ("since", "until") before it.
"""

from __future__ import annotations

import re
from typing import Literal

import attrs

from .lexicon import calendar as cal
from .lexicon import tense as tense_words
from .rules import RULES, Reading, Rule

__all__ = ["Candidate", "find_candidates", "tense_at", "signal_before", "sentence_bounds", "Tense"]

Tense = Literal["PAST", "FUTURE", "PRESENT"]


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


def _regions(keys: frozenset[str], index: dict[str, list[tuple[int, int]]], length: int) -> list[tuple[int, int]]:
    """The stretches of text that can hold a match of a rule keyed on ``keys``: around its key words, merged."""
    spans = index.get(next(iter(keys))) if len(keys) == 1 else None
    if spans is None:  # several keys: their spans interleave
        spans = sorted(span for key in keys for span in index.get(key, ()))
    regions: list[tuple[int, int]] = []
    lo = hi = -1
    for start, end in spans:  # sorted by start; plain comparisons, as this runs once per number of a table
        s, e = start - _BEFORE, end + _AFTER
        if s <= hi:
            if e > hi:
                hi = e
            continue
        if hi >= 0:
            regions.append((lo if lo > 0 else 0, hi if hi < length else length))
        lo, hi = s, e
    if hi >= 0:
        regions.append((lo if lo > 0 else 0, hi if hi < length else length))
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
    # rules share key sets (seven are keyed on four-digit numbers): their regions are made once
    regions_of: dict[frozenset[str], list[tuple[int, int]]] = {}
    for order, rule in enumerate(RULES):
        if index is None or not rule.keys:
            regions = [(0, length)]
        else:
            cached = regions_of.get(rule.keys)
            regions = (
                cached if cached is not None else regions_of.setdefault(rule.keys, _regions(rule.keys, index, length))
            )
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


_SENTENCE_EDGE = re.compile(r"[.!?;]\s+(?=[A-Z\"“‘'(])|\n\s*\n|[\n\r]")
_FUTURE = re.compile(
    r"(?i)(?<![\w'])(?:"
    + "|".join(re.escape(w) for w in sorted(tense_words.FUTURE_CUES, key=len, reverse=True))
    + r")(?![\w])"
)
_PAST = re.compile(
    r"(?i)(?<![\w'])(?:"
    + "|".join(re.escape(w) for w in sorted(tense_words.PAST_CUES, key=len, reverse=True))
    + r"|(?:has|have|had)\s+(?:been|\w+ed)|\w{3,}ed)(?![\w])"
)
_NOT_PAST = frozenset(tense_words.NOT_PAST_ED)
_PAST_WORDS = frozenset(tense_words.PAST_CUES)
_WINDOW = 300
_WORD_BEFORE = re.compile(r"[\w.]+$")
_FUTURE_IN_PAST = re.compile(r"(?i)\b(?:had been|had)\s+$")
_PLAN_AFTER = re.compile(r"(?i)\s+(?:planning|going|set|due|about|scheduled|expected|preparing|poised)\s+to\b")
_PASSIVE = re.compile(r"(?i)\b(?:be|been|being|is|are|am)\s+$")
# "a still unspecified date", "the recently passed law": an -ed word after a determiner is an adjective
_ADJECTIVAL = re.compile(r"(?i)\b(?:a|an|the|still|its|their|his|her|our|newly)\s+$")


def _is_sentence_end(text: str, m: re.Match[str]) -> bool:
    """False for the period of an abbreviation or an initial ("Roe vs. Wade", "U.S. forces")."""
    if text[m.start()] != ".":
        return True
    word = _WORD_BEFORE.search(text, max(0, m.start() - 12), m.start())
    if word is None:
        return True
    token = word.group().lower()
    return not (token in tense_words.ABBREVIATIONS or len(token) == 1 or "." in token)


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around ``text[start:end]`` (at most a bounded window either side), as offsets."""
    lo = max(0, start - _WINDOW)
    hi = min(len(text), end + _WINDOW)
    left = lo
    for m in _SENTENCE_EDGE.finditer(text, lo, start):
        if _is_sentence_end(text, m):
            left = m.end()
    right = hi
    for m in _SENTENCE_EDGE.finditer(text, end, hi):
        if _is_sentence_end(text, m):
            right = m.start() + 1
            break
    return left, right


def tense_at(text: str, start: int, end: int) -> Tense | None:
    """The tense of the sentence around ``text[start:end]``, from the nearest tense cue.

    Future cues ("will", "plans to", "next") and past cues ("said", "-ed" verbs,
    "had") are looked for in the same sentence; the one nearest to the
    expression wins, so "said it will meet on Friday" reads Friday as future.
    """
    left, right = sentence_bounds(text, start, end)
    best: tuple[int, Tense] | None = None
    for pattern, label in ((_FUTURE, "FUTURE"), (_PAST, "PAST")):
        for m in pattern.finditer(text, left, right):
            if start <= m.start() < end:
                continue
            word = m.group().lower()
            if label == "FUTURE" and _FUTURE_IN_PAST.search(text, max(0, m.start() - 14), m.start()):
                label_here: Tense = "PAST"  # "had been scheduled to": the plan's time is past
            else:
                label_here = label  # type: ignore[assignment]
            if label == "PAST" and word in ("was", "were") and _PLAN_AFTER.match(text, m.end()):
                continue  # "were planning to drive ... on Monday": the plan's time lies ahead
            if label == "PAST" and (
                word in _NOT_PAST
                or _PASSIVE.search(text, max(0, m.start() - 12), m.start())
                or (
                    word.endswith("ed")
                    and word not in _PAST_WORDS
                    and _ADJECTIVAL.search(text, max(0, m.start() - 12), m.start())
                )
            ):
                continue  # "will be named": a participle, not a past tense
            distance = start - m.end() if m.end() <= start else m.start() - end
            # a cue before the expression governs it more often than one after
            distance = distance if m.end() <= start else 2 * distance + 8
            if best is None or distance < best[0]:
                best = (distance, label_here)
    return best[1] if best else None


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
