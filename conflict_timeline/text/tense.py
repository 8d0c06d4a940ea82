"""Tense: one owner for both questions the stages ask of it.

- :func:`verb_tense`: the tense and aspect of the verb group that ends at a token (an event's
  trigger: "has reportedly decided", "had been seized", "will attack").
- :func:`context_tense`: which way the clause around a time expression looks, from the tense cue
  nearest to it ("said it will meet on Friday": Friday lies ahead), which resolves "on Friday" or
  "in June" backwards or forwards.

Both read the verb tables of :mod:`conflict_timeline.lexicon.verbs` and the cue phrases of
:mod:`conflict_timeline.lexicon.tense`.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Sequence

from ..lexicon import tense as cues
from ..lexicon.verbs import AUXILIARIES, HAVE_FORMS, IRREGULAR_PAST, NOT_VERB_ED, PAST_AUX, PRESENT_AUX
from .fastre import compile_fast
from .tokens import Token

__all__ = [
    "Tense",
    "verb_tense",
    "context_tense",
    "past_perfect_before",
    "present_perfect_before",
    "present_perfect_around",
]


class Tense(str, enum.Enum):
    """Tense and aspect labels (a ``str``: ``Tense.PAST == "PAST"``)."""

    PRESENT_PERFECT = "PRESENT_PERFECT"
    PAST_PERFECT = "PAST_PERFECT"
    PAST = "PAST"
    PRESENT = "PRESENT"
    FUTURE = "FUTURE"
    NONE = "NONE"

    def __str__(self) -> str:
        return self.value


_ADVERBS = frozenset({"also", "already", "just", "still", "now", "reportedly", "since", "then", "ever"})


def verb_tense(tokens: Sequence[Token], i: int, floor: int = 0) -> Tense:
    """The tense of the verb group ending at ``tokens[i]`` (a verb trigger).

    Looks back over adverbs and auxiliaries no further than ``floor``. A verb without
    auxiliary is PAST when it has a past form ("seized", "fell"), else PRESENT for a third
    person ("controls"); a bare form, a participle or a noun gives NONE (the caller decides).
    """
    word = tokens[i].lower
    j = i - 1
    aux: list[str] = []
    while j >= floor:
        w = tokens[j].lower
        if w in AUXILIARIES or w.endswith("n't") or w in {"not", "never"}:
            aux.append(w)
        elif not (w.endswith("ly") or w in _ADVERBS):
            break
        j -= 1
    aux.reverse()
    for a in aux:
        if a in {"will", "shall", "'ll", "wo"}:
            return Tense.FUTURE
        if a in HAVE_FORMS:
            return Tense.PAST_PERFECT if a in {"had", "'d"} else Tense.PRESENT_PERFECT
    if aux:
        first = aux[0]
        if first in PAST_AUX:
            return Tense.PAST
        if first in PRESENT_AUX:
            return Tense.PRESENT
        return Tense.NONE  # a modal or a bare "be": no tense of its own
    if word in IRREGULAR_PAST or (word.endswith("ed") and word not in NOT_VERB_ED):
        return Tense.PAST
    if word.endswith("s") and not word.endswith("ss"):
        return Tense.PRESENT  # third person: "the army controls"
    return Tense.NONE


def _alternation(words: Sequence[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_FUTURE = compile_fast(r"(?i)(?<![\w'])(?:" + _alternation(cues.FUTURE_CUES) + r")(?![\w])")
_PAST = compile_fast(
    r"(?i)(?<![\w'])(?:" + _alternation(cues.PAST_CUES) + r"|(?:has|have|had)\s+(?:been|\w+ed)|\w{3,}ed)(?![\w])"
)
_NOT_PAST = frozenset(cues.NOT_PAST_ED)
_PAST_WORDS = frozenset(cues.PAST_CUES)
#: How far either side of an expression its tense cue may be (a guard for run-on sentences).
WINDOW = 300
# A semicolon before a new statement ends the stretch a tense cue governs.
_CLAUSE_EDGE = re.compile(r";\s+(?=[A-Z\"“‘'(])")
_FUTURE_IN_PAST = re.compile(r"(?i)\b(?:had been|had)\s+$")
_PLAN_AFTER = re.compile(r"(?i)\s+(?:planning|going|set|due|about|scheduled|expected|preparing|poised)\s+to\b")
# (and after a present copula, "stays shut", "remain closed", the participle is a state, not the past)
_PASSIVE = re.compile(r"(?i)\b(?:be|been|being|is|are|am|stays?|remains?|keeps?|seems?)\s+$")
# "a still unspecified date", "the recently passed law": an -ed word after a determiner is an adjective
_ADJECTIVAL = re.compile(r"(?i)\b(?:a|an|the|still|its|their|his|her|our|newly)\s+$")


def cue_bounds(text: str, start: int, end: int, sentence: tuple[int, int]) -> tuple[int, int]:
    """The stretch of ``sentence`` whose cues govern ``text[start:end]``: the sentence, cut at
    semicolons that open a new statement and at :data:`WINDOW` characters either side."""
    left = max(sentence[0], start - WINDOW)
    right = min(sentence[1], end + WINDOW)
    for m in _CLAUSE_EDGE.finditer(text, left, start):
        left = m.end()
    edge = _CLAUSE_EDGE.search(text, end, right)
    if edge is not None:
        right = edge.start() + 1
    return left, right


#: What a comma between an expression and a cue after it adds to the cue's distance.
_AFTER_COMMA = 40


def context_tense(text: str, start: int, end: int, sentence: tuple[int, int]) -> Tense | None:
    """The way the sentence around ``text[start:end]`` looks: PAST, FUTURE, or None without a cue.

    Future cues ("will", "plans to") and past cues ("said", "-ed" verbs, "had") are looked for in
    the sentence (``sentence`` gives its offsets); the one nearest to the expression wins, and a
    cue before it counts more than one after it.
    """
    left, right = cue_bounds(text, start, end, sentence)
    best: tuple[int, Tense] | None = None
    for pattern, label in ((_FUTURE, Tense.FUTURE), (_PAST, Tense.PAST)):
        for m in pattern.finditer(text, left, right):
            if start <= m.start() < end:
                continue
            word = m.group().lower()
            label_here = label
            if label is Tense.FUTURE and _FUTURE_IN_PAST.search(text, max(0, m.start() - 14), m.start()):
                label_here = Tense.PAST  # "had been scheduled to": the plan's time is past
            if label is Tense.PAST and word in ("was", "were") and _PLAN_AFTER.match(text, m.end()):
                continue  # "were planning to drive ... on Monday": the plan's time lies ahead
            if label is Tense.PAST and (
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
            # a cue before the expression governs it more often than one after, and one after a
            # comma less still ("The measure, approved on Tuesday, will last six months")
            if m.end() > start:
                distance = 2 * distance + 8 + (_AFTER_COMMA if "," in text[end : m.start()] else 0)
            if best is None or distance < best[0]:
                best = (distance, label_here)
    return best[1] if best else None


# "had" + a participle, and no clause or sentence boundary between it and the expression
_HAD_BEFORE = re.compile(
    r"(?i)\bhad\s+(?:(?:already|not|never|just|also|been|[a-z]+ly)\s+)*[a-z]+(?:ed|en|wn|un|ht|ft|lt)\b[^,;:.!?\n]*\Z"
)
# "has" / "have" + a participle (perhaps "been"), no clause or sentence boundary after it
_HAVE_BEFORE = re.compile(
    r"(?i)\b(?:has|have|'s|'ve)\s+(?:(?:already|not|never|just|also|since|been|[a-z]+ly)\s+)*[a-z]+(?:ed|en|wn|un|ht|ft|lt)\b[^,;:.!?\n]*\Z"
)
#: How far before an expression the past perfect that governs it may stand.
PERFECT_WINDOW = 80


def past_perfect_before(text: str, start: int, sentence_start: int = 0) -> bool:
    """Whether the clause leading up to ``text[start:]`` is in the past perfect ("forces that had
    invaded Burma in late 1943"): a flashback, told from a later time than the one it names. The
    clause does not reach past a comma, a colon, a sentence's end or a line break."""
    lo = max(sentence_start, start - PERFECT_WINDOW)
    return _HAD_BEFORE.search(text, lo, start) is not None


def present_perfect_before(text: str, start: int) -> bool:
    """Whether the clause leading up to ``text[start:]`` is in the present perfect ("it has been
    expanded to include Spain in 1982"): the time it names is background to the present, not
    where a story has moved."""
    return _HAVE_BEFORE.search(text, max(0, start - PERFECT_WINDOW), start) is not None


# the verb group of a clause in the present perfect ("has restricted", "have been stranded"), and the
# first finite verb of a clause (to see which of the two comes first after a fronted phrase)
_HAVE_GROUP = re.compile(
    r"(?i)\b(?:has|have|'s|'ve)\s+(?:(?:already|not|never|just|also|since|been|[a-z]+ly)\s+)*"
    r"(?:been|[a-z]+(?:ed|en|wn|un|ht|ft|lt))\b"
)
_OTHER_FINITE = re.compile(r"(?i)\b(?:had|was|were|is|are|will|would|did|does|do)\b")
_CLAUSE_END = re.compile(r"[;:.!?\n]")


def present_perfect_around(text: str, start: int, end: int, sentence: tuple[int, int]) -> bool:
    """Whether the clause of ``text[start:end]`` is in the present perfect, the verb before it
    ("has been stranded in Puerto Rico since March 5") or, when it is fronted, after it ("Since
    December, Azerbaijan has restricted traffic"): a state that reaches the present."""
    if present_perfect_before(text, start):
        return True
    stop = _CLAUSE_END.search(text, end, min(sentence[1], end + PERFECT_WINDOW))
    right = stop.start() if stop is not None else min(sentence[1], end + PERFECT_WINDOW)
    have = _HAVE_GROUP.search(text, end, right)
    if have is None:
        return False
    other = _OTHER_FINITE.search(text, end, have.start())
    return other is None
