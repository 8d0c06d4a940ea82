"""Matching the trigger lexicon (:mod:`conflict_timeline.lexicon.triggers`) against a sentence's words.

The lexicon's phrases are indexed once by their first word; a sentence is scanned once, left to
right, taking the longest phrase at each word. Which of these matches are events is for
:mod:`.checks` to say.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from ..lexicon.event_grammar import QUOTE_MARKS
from ..lexicon.numbers import NUMBER_WORDS
from ..lexicon.triggers import NUMBER_SLOT, TRIGGERS, TRIM_WORDS, Trigger, expand_marked
from ..text import Token

__all__ = ["TriggerMatch", "find_triggers"]

_Cand = tuple[tuple[str, ...], Trigger, "int | None", tuple[Trigger, ...]]


def _build_index() -> dict[str, list[_Cand]]:
    """Phrases by first word, longest first; a phrase several entries share keeps them all, in table
    order (the first whose context check passes wins it)."""
    senses: dict[tuple[str, ...], list[tuple[Trigger, int | None]]] = {}
    for entry in TRIGGERS:
        for phrase in entry.phrases:
            for words, verb in expand_marked(phrase):
                if words and all(e is not entry for e, _ in senses.get(words, ())):
                    senses.setdefault(words, []).append((entry, verb))
    index: dict[str, list[_Cand]] = {}
    for words, entries in senses.items():
        (first, verb), rest = entries[0], tuple(e for e, _ in entries[1:])
        index.setdefault(words[0], []).append((words, first, verb, rest))
    for cands in index.values():
        cands.sort(key=lambda c: -len(c[0]))  # longest phrase first; stable keeps table order
    return index


_INDEX = _build_index()

_Cands = tuple[_Cand, ...]


def _by_second_word(cands: list[_Cand]) -> tuple[dict[str, _Cands], _Cands, _Cands]:
    """The phrases of one first word that can match, by the word after it (the next word that is no
    quote mark): those of that second word, of a number slot or of one word, in the index's order;
    then those for any other second word, and those for none (the sentence's last word)."""

    def fits(c: _Cand, second: str | None) -> bool:
        return len(c[0]) == 1 or (second is not None and c[0][1] in (second, NUMBER_SLOT))

    seconds = {c[0][1] for c in cands if len(c[0]) > 1 and c[0][1] != NUMBER_SLOT}
    other = "\x00"  # no word: only the phrases of one word or a number slot
    return (
        {w: tuple(c for c in cands if fits(c, w)) for w in seconds},
        tuple(c for c in cands if fits(c, other)),
        tuple(c for c in cands if fits(c, None)),
    )


_BY_SECOND = {first: _by_second_word(cands) for first, cands in _INDEX.items()}


@attrs.frozen(slots=True)
class TriggerMatch:
    """A lexicon phrase found in a sentence: token indices (``last`` exclusive) and the entry."""

    entry: Trigger
    first: int
    last: int
    head_last: int  # end of the trigger span once trailing function words are trimmed
    verbal: bool = True  # matched by a verb phrase ("seized") rather than a noun ("capture of")
    verb: int = -1  # the token of the phrase's verb ("fighting *resumed*"); -1: its first token
    others: tuple[Trigger, ...] = ()  # other entries with the same phrase, tried when this one's check fails
    shorter: tuple[TriggerMatch, ...] = ()  # shorter phrases at the same word, tried when none of these passes

    @property
    def verb_at(self) -> int:
        """The token index of the phrase's verb (its first token for a phrase led by its verb)."""
        return self.first if self.verb < 0 else self.verb

    def lead_noun(self) -> TriggerMatch | None:
        """The event noun leading a phrase whose verb comes after it ("*the airstrike* on the port
        killed", "*fighting* resumed"), read as a noun match of its own; ``None`` for a phrase led
        by its verb."""
        if self.verb_at == self.first:
            return None
        return TriggerMatch(self.entry, self.first, self.verb_at, self.verb_at, verbal=False)


def _number(tok: Token) -> bool:
    low = tok.lower.replace(",", "")
    return low.isdigit() or low in NUMBER_WORDS


def _match(tokens: Sequence[Token], i: int, cand: _Cand) -> TriggerMatch | None:
    """The phrase ``cand`` at token ``i``; quote marks between its words are passed over
    ('launched "Operation 1027"')."""
    words = cand[0]
    k = len(words)
    verb_at = cand[2]
    if k == 1:
        end = i + 1  # a one-word phrase: nothing more to compare
    else:
        at = i
        for j in range(1, k):
            at += 1
            while at < len(tokens) and tokens[at].text in QUOTE_MARKS:
                at += 1
                if verb_at is not None and verb_at >= j:
                    verb_at += 1
            if at >= len(tokens):
                return None
            if not (tokens[at].lower == words[j] or (words[j] == NUMBER_SLOT and _number(tokens[at]))):
                return None
        end = at + 1
    head = end
    while head > i + 1 and tokens[head - 1].lower in TRIM_WORDS:
        head -= 1
    return TriggerMatch(cand[1], i, end, head, verb_at is not None, -1 if not verb_at else i + verb_at, cand[3])


def find_triggers(tokens: Sequence[Token]) -> list[TriggerMatch]:
    """Every lexicon phrase in a sentence's tokens, longest first, left to right, not overlapping;
    each match keeps the shorter phrases at its first word, in case its own senses fail their checks."""
    out: list[TriggerMatch] = []
    i, n = 0, len(tokens)
    while i < n:
        by_second = _BY_SECOND.get(tokens[i].lower)
        if by_second is None:
            i += 1
            continue
        at = i + 1  # the next word, past quote marks, as _match reads it: only the phrases it can start
        while at < n and tokens[at].text in QUOTE_MARKS:
            at += 1
        cands = by_second[0].get(tokens[at].lower, by_second[1]) if at < n else by_second[2]
        found = [m for cand in cands if (m := _match(tokens, i, cand)) is not None]
        if not found:
            i += 1
            continue
        best = found[0]
        if len(found) > 1:  # (the constructor, not attrs.evolve: the same value, cheaper)
            best = TriggerMatch(
                best.entry, best.first, best.last, best.head_last, best.verbal, best.verb, best.others, tuple(found[1:])
            )
        out.append(best)
        i = best.last
    return out
