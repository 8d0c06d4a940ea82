"""Text layer -> candidate time expressions, each with its context.

Each rule's pattern scans the text once, only around the key words it needs; productions read
what was matched; overlapping candidates are settled by length, then priority, then rule order.
Then the scan gives every kept candidate its :class:`Context`: the signal words before it, the
sentence it stands in, whether a possessive or a weekday follows it, and (on first use) the tense of
its clause from the text layer (:func:`conflict_timeline.text.context_tense`). Resolvers read the
context; none of them reads the raw text again.
"""

from __future__ import annotations

import re
from typing import Any, NamedTuple

import attrs

from ..lexicon import calendar as cal
from ..lexicon.signals import GOVERNED_EDGE_NOUNS, GOVERNING_THROUGH, SIGNALS, TRAILING_MODS
from ..model import Signal, TimexType
from ..text import Tense, TextLayer, context_tense, past_perfect_before, present_perfect_before
from ..text.fastre import compile_fast, required_characters
from ..text.tense import PERFECT_WINDOW
from .readings import Reading
from .rules import RULES, Rule

__all__ = ["Candidate", "Context", "find_candidates", "read_signals"]


_UNSET: Any = object()


class Context:
    """What the text around one candidate says, read once by the scan.

    ``adjacent_signal`` the signal word right before it
    and ``governing_signal`` the one that governs it (usually the same; "since the onset of the war in
    2011" is governed by "since"); ``possessive`` is true before "'s" ("Wednesday's ruling");
    ``weekday_after`` the ISO weekday named right after it ("04:00 local time on Wednesday") and
    ``weekday_after_name`` that weekday's word; ``day_after`` the candidate that names the day of a
    time of day written before it ("at noon on 10 October", "1900 local time (1600 GMT) on 02/04"). :attr:`sentence`, :attr:`tense` and :attr:`flashback`
    are computed on first use only, as most readings never need them and they cost the most.

    A plain slotted class, not an attrs one: the scan makes one per candidate, and number tables
    hold thousands (nothing outside the temporal stage sees it; treat it as read-only).
    """

    __slots__ = (
        "layer",
        "start",
        "end",
        "adjacent_signal",
        "governing_signal",
        "possessive",
        "weekday_after",
        "weekday_after_name",
        "day_after",
        "_sentence",
        "_tense",
        "_flashback",
        "_background",
    )

    def __init__(
        self,
        layer: TextLayer,
        start: int,
        end: int,
        adjacent_signal: Signal | None,
        governing_signal: Signal | None,
        possessive: bool,
        weekday_after: int | None,
        weekday_after_name: str | None,
        day_after: Candidate | None = None,
    ) -> None:
        self.layer = layer
        self.start = start
        self.end = end
        self.adjacent_signal = adjacent_signal
        self.governing_signal = governing_signal
        self.possessive = possessive
        self.weekday_after = weekday_after
        self.weekday_after_name = weekday_after_name
        self.day_after = day_after
        self._sentence: tuple[int, int] = _UNSET
        self._tense: Tense | None = _UNSET
        self._flashback: bool = _UNSET
        self._background: bool = _UNSET

    def with_day_after(self, day_after: Candidate) -> Context:
        """The same context with the candidate that names its day."""
        return Context(
            self.layer,
            self.start,
            self.end,
            self.adjacent_signal,
            self.governing_signal,
            self.possessive,
            self.weekday_after,
            self.weekday_after_name,
            day_after,
        )

    def __repr__(self) -> str:
        return f"Context(start={self.start}, end={self.end}, signal={self.signal!r})"

    @property
    def text(self) -> str:
        """The text the candidate was found in."""
        return self.layer.text

    @property
    def sentence(self) -> tuple[int, int]:
        """The offsets of the candidate's sentence."""
        if self._sentence is _UNSET:
            self._sentence = self.layer.sentence_at(self.start)
        return self._sentence

    @property
    def tense(self) -> Tense | None:
        """The tense of the clause around the candidate (PAST, FUTURE or None without a cue).

        Without a cue, a time "until" governs looks ahead: "the border stays shut until Thursday"
        names the Thursday to come (in past reporting, "stayed shut until Thursday", the cue says PAST).
        """
        if self._tense is _UNSET:
            tense = context_tense(self.layer.text, self.start, self.end, self.sentence)
            if tense is None and self.governing_signal is not None and self.governing_signal.normal == "until":
                tense = Tense.FUTURE
            self._tense = tense
        return self._tense

    @property
    def flashback(self) -> bool:
        """Whether the candidate stands in a clause told in the past perfect ("that had invaded
        Burma in late 1943"): it names an earlier time without moving the story there."""
        if self._flashback is _UNSET:
            # no "had" in reach (as in most text, and every table of figures): no past perfect
            self._flashback = self.layer.holds(_HAD, self.start - PERFECT_WINDOW, self.start) and past_perfect_before(
                self.layer.text, self.start
            )
        return self._flashback

    @property
    def background(self) -> bool:
        """Whether the candidate stands in a clause told in the present perfect ("it has expanded to
        include Spain in 1982"): a time behind the present, not where a story is."""
        if self._background is _UNSET:
            self._background = present_perfect_before(self.layer.text, self.start)
        return self._background

    @property
    def line_label(self) -> bool:
        """Whether the candidate opens a line, after bullet marks only, and a colon follows it ("- Thursday:
        an ambush kills 13 guards", "- Friday-Saturday: ..."): the label of an entry in a list of days."""
        text = self.text
        line = self.layer.line_start(self.start)
        return _BULLETS.fullmatch(text, line, self.start) is not None and _LABEL_END.match(text, self.end) is not None

    @property
    def signal(self) -> str | None:
        """The normal form of the governing signal ("since", "until" ...), or ``None``."""
        return self.governing_signal.normal if self.governing_signal is not None else None


# What may stand before a line's label: spaces and bullet marks.
_BULLETS = re.compile(r"[ \t\-*\u2022\u2013\u2014\u00b7]*")
# What ends a line's label: a colon, perhaps after the other end of a range of days ("Friday-Saturday:").
_LABEL_END = re.compile(r"(?:[-\u2013/][A-Za-z]+)?[ \t]*:")

# The word every past perfect holds ("had"), as the tense's pattern reads it (any case).
_HAD = compile_fast(r"(?i)had")


class Candidate(NamedTuple):
    """A stretch of text one rule read as a time expression, with its context, not yet resolved.

    (A named tuple: the scan makes one per candidate; ``_replace`` gives a changed copy.)
    """

    start: int
    end: int
    rule: Rule
    reading: Reading
    order: int  # the rule's position in RULES, for stable tie-breaking
    context: Context


# Tokens the scanner indexes: words and runs of digits.
_TOKEN = re.compile(r"[^\W\d_]+|\d+")
# How far a match may reach before (modifiers: "the beginning of", "no more than") and after
# (a clock time's day, a date's year) the key word it contains.
_BEFORE, _AFTER = 48, 48

_ALL_KEYS: frozenset[str] = frozenset(k for rule in RULES for k in rule.keys)


_WORD_KEYS = sorted((k for k in _ALL_KEYS if not k.startswith("#") and " " not in k), key=len, reverse=True)
# In ASCII text, lower-cased: the key words as whole words (a letter run is a token of ``_TOKEN``)
_ASCII_KEY = compile_fast(r"(?<![a-z])(?:" + "|".join(re.escape(k) for k in _WORD_KEYS) + r")(?![a-z])")
_ASCII_NUMBER = re.compile(r"[0-9]+")


def _key_index(text: str) -> dict[str, list[tuple[int, int]]]:
    """Key word -> the spans where it occurs ("#" for numbers, "#4" for four-digit ones, "#s" for
    plural numbers), in one pass."""
    if text.isascii():
        return _ascii_key_index(text)
    index: dict[str, list[tuple[int, int]]] = {}
    keys = _ALL_KEYS
    for m in _TOKEN.finditer(text):
        word = m.group()
        if word[0].isdigit():
            # "#4" marks four-digit numbers (years), "#" every number, "#s" a number written as a
            # plural ("1990s", "'90s", "1990's": decades)
            span = m.span()
            if len(word) == 4:
                index.setdefault("#4", []).append(span)
            index.setdefault("#", []).append(span)
            after = text[span[1] : span[1] + 2]
            if after[:1] == "s" or (after[:1] in "'’" and after[1:] == "s"):
                index.setdefault("#s", []).append(span)
            continue
        key = word.lower()
        if key in keys:
            index.setdefault(key, []).append(m.span())
    return index


def _ascii_key_index(text: str) -> dict[str, list[tuple[int, int]]]:
    """:func:`_key_index` of an ASCII text, where a token's letters are [A-Za-z] and its digits
    [0-9]: the numbers and the key words are found by two patterns, not token by token."""
    index: dict[str, list[tuple[int, int]]] = {}
    numbers = [m.span() for m in _ASCII_NUMBER.finditer(text)]
    if numbers:
        index["#"] = numbers
        four = [span for span in numbers if span[1] - span[0] == 4]
        if four:
            index["#4"] = four
        if "s" in text:
            plural = [span for span in numbers if text.startswith(("s", "'s"), span[1])]
            if plural:
                index["#s"] = plural
    for m in _ASCII_KEY.finditer(text.lower()):
        index.setdefault(m.group(), []).append(m.span())
    return index


def _key_spans(keys: frozenset[str], index: dict[str, list[tuple[int, int]]]) -> list[tuple[int, int]]:
    """The spans of ``keys`` in the text, sorted."""
    present = keys & index.keys()
    if len(present) == 1:
        return index[next(iter(present))]  # already in text order
    return sorted(span for key in present for span in index[key])


def _regions(rule: Rule, index: dict[str, list[tuple[int, int]]], length: int) -> list[tuple[int, int]]:
    """The stretches of text that can hold a match of ``rule``: around its key words, merged."""
    return _merged(_key_spans(rule.keys, index), _AFTER if rule.reach is None else rule.reach, length)


def _merged(spans: list[tuple[int, int]], after: int, length: int) -> list[tuple[int, int]]:
    regions: list[tuple[int, int]] = []
    if not spans:
        return regions
    lo, hi = max(0, spans[0][0] - _BEFORE), min(length, spans[0][1] + after)
    for start, end in spans:
        if start - _BEFORE <= hi:
            hi = max(hi, min(length, end + after))
        else:
            regions.append((lo, hi))
            lo, hi = start - _BEFORE, min(length, end + after)
    regions.append((lo, hi))
    return regions


# For each rule, sets of characters each match of it holds one of (the smallest few), and all of them.
_NEEDS: tuple[tuple[frozenset[str], ...], ...] = tuple(
    tuple(sorted(required_characters(rule.pattern), key=len)[:4]) for rule in RULES
)
_NEEDED: frozenset[str] = frozenset().union(*(need for needs in _NEEDS for need in needs))
# A text with more than one number per this many characters is number-dense.
_DENSE = 16


def _impossible(text: str) -> frozenset[int]:
    """The positions in RULES of the rules that cannot match in ``text``: each needs one of some
    characters the text lacks."""
    present = frozenset(c for c in _NEEDED if c in text)
    return frozenset(order for order, needs in enumerate(_NEEDS) if any(need.isdisjoint(present) for need in needs))


# ``Cls(*values)`` of a named tuple without its own ``__new__`` in between: the same value
_new = tuple.__new__


class _Match(NamedTuple):
    start: int
    end: int
    rule: Rule
    reading: Reading
    order: int


def find_candidates(layer: TextLayer, *, full_scan: bool = False) -> list[Candidate]:
    """All non-overlapping candidates of the layer's text, sorted by offset, each with its context.

    Each rule's pattern runs only around the key words it needs (found in one tokenising pass),
    which keeps news text fast; ``full_scan`` runs every pattern over the whole text instead (the
    tests check both agree).
    """
    text = layer.text
    found: list[_Match] = []
    index = None if full_scan else _key_index(text)
    length = len(text)
    # In number-dense text (tables of figures), the rules that need a character the text lacks
    # cannot match: such text lacks most letters and punctuation. (Prose holds them all: not tried.)
    skip = _impossible(text) if index is not None and len(index.get("#", ())) * _DENSE > length else ()
    by_keys: dict[tuple[frozenset[str], int | None], list[tuple[int, int]]] = {}
    spans: dict[frozenset[str], list[tuple[int, int]]] = {}
    for order, rule in enumerate(RULES):
        if order in skip:
            continue
        where = (rule.keys, rule.reach)
        if index is None:
            regions = [(0, length)]
        elif where in by_keys:
            regions = by_keys[where]
        else:
            if rule.keys not in spans:
                spans[rule.keys] = _key_spans(rule.keys, index)
            after = _AFTER if rule.reach is None else rule.reach
            regions = by_keys[where] = _merged(spans[rule.keys], after, length)
        mark = rule.mark if index is not None else ""
        for lo, hi in regions:
            if not mark or text.find(mark, lo, hi) >= 0:
                _scan(text, rule, order, lo, hi, found)
    return _days_after(text, [_candidate(layer, m) for m in _trailing(text, _select(found))])


def _scan(text: str, rule: Rule, order: int, lo: int, hi: int, found: list[_Match]) -> None:
    has_t = "t" in rule.pattern.groupindex
    search = rule.pattern.search
    length = len(text)
    # a rule that states its reach is cut at the right place; others may need to read on
    guard = 16 if rule.reach is None else 0
    pos = lo
    while pos < hi:
        m = search(text, pos, hi)
        if m is not None and guard and hi < length and m.end() > hi - guard:
            # too close to the region's edge for its look-ahead to be trusted: read on
            m = search(text, pos, min(length, hi + _AFTER))
        if m is None or m.start() >= hi:
            break
        start, end = m.span("t") if has_t else m.span()
        reading = rule.production(m) if start < end else None
        if reading is not None:
            found.append(_new(_Match, (start, end, rule, reading, order)))
            pos = max(m.end(), pos + 1)
        else:
            # a rejected match may hide a shorter good one inside it ("over the past
            # week" -> "the past week"): look again one character further on
            pos = m.start() + 1


# (-priority, rule order) as one number, for sorting
_RANK = tuple(-rule.priority * len(RULES) + order for order, rule in enumerate(RULES))


def _select(candidates: list[_Match]) -> list[_Match]:
    """Keep a non-overlapping subset: of two overlapping candidates the longer wins,
    then the higher priority, then the earlier rule (one sweep, O(n log n))."""
    rank = _RANK
    candidates.sort(key=lambda c: (c.start, c.start - c.end, rank[c.order]))
    chosen: list[_Match] = []
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


_TRAILING = re.compile(
    r"\s+(" + "|".join(re.escape(w) for w in sorted(TRAILING_MODS, key=len, reverse=True)) + r")\b(?!-)"
)


# "in October 1984 and later served as ...": "and later" opens a second verb phrase, it bounds nothing
_CONJOINED_VERB = re.compile(r"(?:(?<=and later)|(?<=and earlier))\s+[a-z]")


def _trailing(text: str, matches: list[_Match]) -> list[_Match]:
    """Take in the words after a match that make it approximate or open ("the next year or so",
    "1994 or later": :data:`~conflict_timeline.lexicon.signals.TRAILING_MODS`), unless the match
    already carries a ``mod`` or the words start another match."""
    for i, m in enumerate(matches):
        tail = _TRAILING.match(text, m.end)
        if tail is None or m.reading.mod is not None or _CONJOINED_VERB.match(text, tail.end()):
            continue
        if i + 1 < len(matches) and matches[i + 1].start < tail.end():
            continue
        mod, follows = TRAILING_MODS[tail.group(1).lower()]
        is_duration = m.reading.type is TimexType.DURATION
        if follows == "any" or (follows == "duration") == is_duration:
            if m.reading.type is not TimexType.SET:
                reading = attrs.evolve(m.reading, mod=mod)
                matches[i] = m._replace(end=tail.end(), reading=reading)
    return matches


def _strength(c: _Match) -> tuple[int, int, int]:
    return (c.end - c.start, c.rule.priority, -c.order)


# --- the context of a candidate ------------------------------------------------------------------

_LONGEST_SIGNAL = max(len(p) for p in SIGNALS)
_SIGNAL_RE = compile_fast(
    r"(?i)(?<![\w])(" + "|".join(re.escape(w) for w in sorted(SIGNALS, key=len, reverse=True)) + r")\s+\Z"
)
# The last letters of the signals, as ``_SIGNAL_RE`` reads them (any case).
_SIGNAL_END = compile_fast("(?i)[" + "".join(sorted({re.escape(w[-1]) for w in SIGNALS})) + "]")
# The ASCII characters ``_SIGNAL_END`` matches: a set test for them, the pattern for the rest
# (every candidate asks; a number table holds thousands)
_SIGNAL_END_ASCII = frozenset(c for c in map(chr, range(128)) if _SIGNAL_END.match(c))
# "since the onset of the civil war in 2011": the signal governs the year through "the onset of ... in"
_GOVERNING_RE = compile_fast(
    r"(?i)(?<![\w])("
    + "|".join(sorted(GOVERNING_THROUGH))
    + r")\s+the\s+(?:"
    + "|".join(sorted(GOVERNED_EDGE_NOUNS))
    + r")\s+of\b[^.;:!?]{0,60}?\s+in\s+\Z"
)


def _signal(m: re.Match[str]) -> Signal:
    word = SIGNALS[m.group(1).lower()]
    return Signal(m.group(1), word.normal, word.effect, word.mod, m.start(1), m.end(1))


def read_signals(text: str, start: int) -> tuple[Signal | None, Signal | None]:
    """The signal right before ``text[start:]`` and the one that governs it (see :class:`Context`),
    read from :data:`~conflict_timeline.lexicon.signals.SIGNALS`, the one signal table."""
    if start == 0 or not text[start - 1].isspace():
        return None, None  # a signal is a word followed by blanks (``\s`` is ``str.isspace``)
    lo = max(0, start - _LONGEST_SIGNAL - 4)
    j = start - 1
    while j > lo and text[j - 1].isspace():
        j -= 1
    if j == lo:
        return None, None
    last = text[j - 1]
    if last not in _SIGNAL_END_ASCII if last.isascii() else _SIGNAL_END.match(last) is None:
        return None, None  # the blanks follow no letter a signal ends with ("1998, 1999")
    m = _SIGNAL_RE.search(text, lo, start)
    if m is None:
        return None, None
    adjacent = _signal(m)
    if adjacent.normal == "in":
        outer = _GOVERNING_RE.search(text, max(0, start - 100), start)
        if outer:
            return adjacent, _signal(outer)
    return adjacent, adjacent


_POSSESSIVE = re.compile(r"['’]s\b")
_ON_WEEKDAY = re.compile(r"\s+on\s+(" + "|".join(w.capitalize() for w in cal.WEEKDAY_WORDS) + r")\b")


# Between a time of day and the date that names its day: "on", a comma, a time in brackets.
_TO_THE_DAY = re.compile(r"\s*\)?\s*,?\s*(?:on\s+|of\s+)?")
_TO_A_TIME = re.compile(r"\s*[(,]\s*|\s*\)\s*,?\s*\(\s*")


def _days_after(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """Give each time of day without its own day the date written right after it: "at noon on 10
    October", "at 1 a.m. local time on 10 November", "21:45 Khartoum time (19:45 GMT) on Monday"
    (a second time of day in brackets may stand between)."""
    for i, cand in enumerate(candidates):
        if not cand.reading.day_less:
            continue
        j = i + 1
        while (
            j < len(candidates)
            and candidates[j].reading.day_less
            and _TO_A_TIME.fullmatch(text, candidates[j - 1].end, candidates[j].start)
        ):
            j += 1
        if j < len(candidates) and candidates[j].reading.names_day:
            if _TO_THE_DAY.fullmatch(text, candidates[j - 1].end, candidates[j].start):
                candidates[i] = cand._replace(context=cand.context.with_day_after(candidates[j]))
    return candidates


def _candidate(layer: TextLayer, m: _Match) -> Candidate:
    text = layer.text
    adjacent, governing = read_signals(text, m.start)
    # (each pattern only where the character after the candidate can start it)
    after = text[m.end : m.end + 1]
    weekday = _ON_WEEKDAY.match(text, m.end) if after.isspace() else None
    context = Context(
        layer,
        m.start,
        m.end,
        adjacent,
        governing,
        bool(after) and after in "'’" and _POSSESSIVE.match(text, m.end) is not None,
        cal.WEEKDAYS[weekday.group(1).lower()] if weekday else None,
        weekday.group(1) if weekday else None,
    )
    return _new(Candidate, (m.start, m.end, m.rule, m.reading, m.order, context))
