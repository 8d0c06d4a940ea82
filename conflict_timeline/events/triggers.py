"""Matching the trigger lexicon (:mod:`conflict_timeline.lexicon.triggers`) against a sentence's words.

The lexicon's phrases are indexed once by their first word; a sentence is scanned once, left to
right, taking the longest phrase at each word. Which of these matches are events is for
:mod:`.checks` to say.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from ..lexicon.triggers import TRIGGERS, TRIM_WORDS, Trigger, expand
from ..text import Token

__all__ = ["TriggerMatch", "find_triggers"]

_Cand = tuple[tuple[str, ...], Trigger, bool]


def _build_index() -> dict[str, list[_Cand]]:
    index: dict[str, list[_Cand]] = {}
    seen: set[tuple[str, ...]] = set()
    for entry in TRIGGERS:
        for phrase in entry.phrases:
            verbal = phrase.startswith("~")  # a phrase led by a verb lemma is used as a verb
            for words in expand(phrase):
                if not words or words in seen:  # first entry wins a phrase two entries share
                    continue
                seen.add(words)
                index.setdefault(words[0], []).append((words, entry, verbal))
    for cands in index.values():
        cands.sort(key=lambda c: -len(c[0]))  # longest phrase first; stable keeps table order
    return index


_INDEX = _build_index()


@attrs.frozen(slots=True)
class TriggerMatch:
    """A lexicon phrase found in a sentence: token indices (``last`` exclusive) and the entry."""

    entry: Trigger
    first: int
    last: int
    head_last: int  # end of the trigger span once trailing function words are trimmed
    verbal: bool = True  # matched by a verb phrase ("seized") rather than a noun ("capture of")


def find_triggers(tokens: Sequence[Token]) -> list[TriggerMatch]:
    """Every lexicon phrase in a sentence's tokens, longest first, left to right, not overlapping."""
    out: list[TriggerMatch] = []
    i, n = 0, len(tokens)
    while i < n:
        best: _Cand | None = None
        for cand in _INDEX.get(tokens[i].lower, ()):
            words = cand[0]
            k = len(words)
            if i + k <= n and all(tokens[i + j].lower == words[j] for j in range(1, k)):
                best = cand
                break
        if best is None:
            i += 1
            continue
        k = len(best[0])
        head = i + k
        while head > i + 1 and tokens[head - 1].lower in TRIM_WORDS:
            head -= 1
        out.append(TriggerMatch(best[1], i, i + k, head, best[2]))
        i += k
    return out
