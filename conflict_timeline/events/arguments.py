"""Who, where and how many: an event's actors, places and death toll, read from the words around its
trigger, and the short summary that names them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..lexicon import event_grammar as G
from ..lexicon import event_words as W
from ..lexicon import verbs as V
from ..lexicon.numbers import NUMBER_WORDS
from ..lexicon.signals import SIGNALS
from ..lexicon.triggers import TRIM_WORDS
from ..model import EventKind
from ..text import Clause, Token, is_capitalised
from ..text.fastre import compile_fast
from .syntax import NP_STOP, PLACE_LEADS, relative_clause_before
from .times import SentenceTime
from .triggers import TriggerMatch

__all__ = ["actor_before", "possessor", "actor_after_by", "places_in", "fatality_counts", "summary"]

TokenRange = tuple[int, int]


def _time_tokens(times: Sequence[SentenceTime]) -> set[int]:
    return {k for t in times for k in range(t.first, t.last)}


def _name_run_back(tokens: Sequence[Token], j: int, floor: int) -> int:
    """The first index of the noun phrase ending at ``j`` (capitalised words, hyphenated or actor words)."""
    k = j
    while k - 1 >= floor:
        t = tokens[k - 1]
        low = t.lower
        if not t.is_word or low in NP_STOP:
            break
        if is_capitalised(t) or "-" in low or low in W.ACTOR_MODIFIERS or low in W.ACTOR_NOUNS or low.endswith("'s"):
            k -= 1
            continue
        break
    return k


def _is_actor_head(tok: Token) -> bool:
    low = tok.lower
    if not tok.is_word or low in NP_STOP or low.endswith("'s"):
        return False
    return low in W.ACTOR_NOUNS or (is_capitalised(tok) and low not in W.FUNCTION_WORDS)


def actor_before(tokens: Sequence[Token], i: int, floor: int, times: Sequence[SentenceTime]) -> TokenRange | None:
    """The nearest noun phrase before ``i`` that can be a subject (not a preposition's object)."""
    in_time = _time_tokens(times)
    j = i - 1
    while j >= floor:
        tok = tokens[j]
        if tok.text in G.DATELINE_DASHES:
            break  # "KHARTOUM, April 18 (Reuters) - Fighting ...": the dateline is no subject
        if tok.text == ")":
            # "KHARTOUM, April 18 (Reuters) - ...": a bracketed agency or gloss is no subject
            while j >= floor and tokens[j].text != "(":
                j -= 1
            j -= 1
            continue
        if tok.text == "," and j > floor:
            skipped = relative_clause_before(tokens, j, floor)
            if skipped is not None:
                j = skipped  # "The rebels, who are backed by Rwanda, seized": past the relative clause
                continue
        if j in in_time or not _is_actor_head(tok):
            j -= 1
            continue
        start = _name_run_back(tokens, j, floor)
        before = tokens[start - 1].lower if start - 1 >= floor else ""
        absolute = before == "with" and all(
            t.lower in V.AUXILIARIES or t.lower.endswith("ly") for t in tokens[j + 1 : i]
        )
        if before in G.PREPOSITIONS and before not in G.ACTOR_PREPOSITIONS and not absolute:
            j = start - 1
            continue
        if before == "of":
            head_of = tokens[start - 2].lower if start - 2 >= floor else ""
            if head_of not in W.QUANTITY_NOUNS:
                j = start - 1
                continue
        return (start, j + 1)
    return None


def possessor(tokens: Sequence[Token], i: int, times: Sequence[SentenceTime]) -> TokenRange | None:
    """ "Russia's invasion", "the rebels' offensive": the possessor before a noun trigger."""
    in_time = _time_tokens(times)
    for j in (i - 1, i - 2):
        if j < 0 or j in in_time:
            return None
        low = tokens[j].lower
        if low.endswith("'s") or low.endswith("s'"):
            return (_name_run_back(tokens, j, 0) if not low.endswith("'s") else j, j + 1)
    return None


def _actor_word(tok: Token) -> bool:
    low = tok.lower
    return tok.is_word and (is_capitalised(tok) or "-" in low or low in W.ACTOR_MODIFIERS or low in W.ACTOR_NOUNS)


def actor_after_by(tokens: Sequence[Token], i: int, stop: int) -> TokenRange | None:
    """The agent of a noun or passive: "the capture of the town *by rebel forces*"."""
    for j in range(i, min(stop, i + 9)):
        if tokens[j].lower == "by" and j + 1 < stop:
            k = j + 1
            while k < stop and tokens[k].lower in G.ARTICLES:
                k += 1
            e = k
            while e < stop and _actor_word(tokens[e]):
                e += 1
            if e > k:
                return (k, e)
    return None


def _name_end(tokens: Sequence[Token], j: int, hi: int, exclude: set[int]) -> int:
    e = j
    while (
        e < hi
        and e not in exclude
        and tokens[e].is_word
        and (
            is_capitalised(tokens[e])
            or tokens[e].lower in W.NAME_PARTICLES
            or tokens[e].lower.startswith(W.NAME_PREFIXES)
        )
    ):
        e += 1
    return e


_PLACE_TRIGGER_KINDS = (EventKind.TERRITORY_CHANGE, EventKind.REMOTE_VIOLENCE, EventKind.BATTLE)


def places_in(tokens: Sequence[Token], lo: int, hi: int, m: TriggerMatch, exclude: set[int]) -> list[TokenRange]:
    """Proper names in ``[lo, hi)`` that stand after a locative preposition ("into Syria"),
    after "city of" and the like, or right after a territory or strike trigger ("seized Aleppo")."""
    out: list[TokenRange] = []
    j = max(lo, 1)
    while j < hi:
        tok = tokens[j]
        if j in exclude or not tok.is_word or not is_capitalised(tok) or tok.lower in W.FUNCTION_WORDS:
            j += 1
            continue
        e = _name_end(tokens, j, hi, exclude)
        run = tokens[j:e]
        k = j - 1
        while k >= lo and tokens[k].lower in PLACE_LEADS:
            k -= 1
        chain = [t.lower for t in tokens[k + 1 : j]]
        lead = tokens[k].lower if k >= lo else ""
        after_trigger = k + 1 <= m.last <= j and m.entry.kind in _PLACE_TRIGGER_KINDS
        located = (
            after_trigger
            or any(c in W.PLACE_NOUNS for c in chain)
            or (lead in W.PLACE_PREPOSITIONS and lead != "of")
            or (tokens[j - 1].lower == "of" and m.first <= j - 2 < m.last)  # "capture of Aleppo"
        )
        last = run[-1].lower
        person_or_group = (
            last.endswith("'s")
            or last in W.ACTOR_NOUNS
            or any(t.lower in W.TITLE_WORDS for t in run)
            or (len(run) == 1 and last.endswith(W.DEMONYM_ENDINGS))
        )
        if located and not person_or_group:
            out.append((j, e))
        j = e
    return out


# --- death tolls ------------------------------------------------------------------------------

_NUM = (
    r"(\d{1,3}(?:,\d{3})+|\d+|" + "|".join(sorted((re.escape(w) for w in NUMBER_WORDS), key=len, reverse=True)) + r")"
)
_HEDGE = r"(?:(?:" + "|".join(re.escape(h) for h in W.FATALITY_HEDGES) + r")\s+)?"
_FATAL_AFTER_VERB = compile_fast(
    r"\b(?:"
    + "|".join(sorted(W.KILLING_VERBS))
    + r")\s+"
    + _HEDGE
    + _NUM
    + r"\b(?!\s*(?:"
    + "|".join(G.NOT_TOLL_UNITS)
    + r"))",
    re.I,
)
_FATAL_BEFORE_WORD = compile_fast(
    r"\b"
    + _HEDGE
    + _NUM
    + r"\s+(?:[A-Za-z-]+\s+){0,3}?(?:(?:"
    + "|".join(G.TOLL_AUXILIARIES)
    + r")\s+)?(?:"
    + "|".join(sorted(W.DEATH_WORDS))
    + r")\b",
    re.I,
)
_DEATH_TOLL = re.compile(r"\bdeath toll\s+(?:\w+\s+){0,3}?(?:to|at|of)\s+" + _HEDGE + _NUM + r"\b", re.I)
_NOT_DEATH_AFTER = re.compile(r"\s*(?:" + "|".join(G.NOT_DEATH_AFTER_COUNT) + ")")


def _number(word: str) -> int | None:
    w = word.lower().replace(",", "")
    if w.isdigit():
        # more digits than any count of people: not a toll (and int() refuses past 4,300 digits)
        return int(w) if len(w) <= 12 else None
    return NUMBER_WORDS.get(w)


def fatality_counts(sentence: str) -> list[tuple[int, int]]:
    """(offset in the sentence, count) for every death count stated in it."""
    out: list[tuple[int, int]] = []
    for pat in (_FATAL_AFTER_VERB, _FATAL_BEFORE_WORD, _DEATH_TOLL):
        for mt in pat.finditer(sentence):
            n = _number(mt.group(1))
            if n is None or (1900 <= n <= 2100 and mt.group(1).isdigit() and "," not in mt.group(1)):
                continue
            following = sentence[mt.end(1) : mt.end(1) + 12].lower()
            if pat is _FATAL_BEFORE_WORD and _NOT_DEATH_AFTER.match(following):
                continue
            out.append((mt.start(1), n))
    return sorted(set(out))


# --- summaries --------------------------------------------------------------------------------


def _toks_signal(tok: Token) -> bool:
    """A preposition or signal word that introduces a time ("on", "since", "by")."""
    return tok.lower in G.PREPOSITIONS or tok.lower in SIGNALS


_SUMMARY_TRIM = TRIM_WORDS | G.PREPOSITIONS | G.POSSESSIVES


def summary(
    tokens: Sequence[Token],
    m: TriggerMatch,
    clause: Clause,
    actor: str | None,
    times: Sequence[SentenceTime],
    nominal: bool,
) -> str:
    """A short phrase saying what happened: the actor and the trigger with its object."""
    time_tokens = _time_tokens(times)
    time_tokens |= {t.first - 1 for t in times if t.first > 0 and _toks_signal(tokens[t.first - 1])}
    start = m.first
    if nominal:  # keep the adjectives of a noun trigger ("relative stalemate", "swift takeover")
        while start - 1 >= clause.first and start > m.first - 2:
            prev = tokens[start - 1]
            if (
                not prev.is_word
                or prev.lower in NP_STOP
                or prev.lower.endswith("'s")
                or (start - 1) in time_tokens
                or is_capitalised(prev)
            ):
                break
            start -= 1
    end = m.last
    limit = min(clause.last, m.last + 7)
    while end < limit:
        tok = tokens[end]
        if end in time_tokens or not tok.is_word or tok.lower in W.CLAUSE_OPENERS or tok.lower in V.REPORTING_VERBS:
            break
        if end > m.last and (tok.lower in V.AUXILIARIES or (nominal and tok.lower == "by")):
            break
        if tok.lower in G.SUMMARY_STOPS and end > m.last:
            break
        end += 1
    while end > m.head_last and tokens[end - 1].lower in _SUMMARY_TRIM:
        end -= 1
    phrase = " ".join(t.text for t in tokens[start:end])
    if nominal:
        text = phrase[:1].upper() + phrase[1:]
        if actor and actor.casefold() not in text.casefold():
            text += f" ({actor})"
        return text
    subject = actor or ""
    text = f"{subject} {phrase}".strip()
    return text[:1].upper() + text[1:]
