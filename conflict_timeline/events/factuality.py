"""How a sentence presents an event: asserted, reported, planned, expected, negated, hypothetical.

The cue tables live in :mod:`conflict_timeline.lexicon.event_words`; an event takes the strongest
status its cues give (hypothetical > negated > planned > expected > reported > asserted).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from ..lexicon import event_grammar as G
from ..lexicon import event_words as W
from ..lexicon import verbs as V
from ..model import EventStatus
from ..text import Clause, Token
from .triggers import TriggerMatch

__all__ = ["status_of", "reported_cue"]

_SKIPPABLE = V.AUXILIARIES | G.STATUS_SKIPPABLE
_MODAL_PHRASES = sorted(W.MODALITY_CUES, key=lambda p: -len(p.split()))
_NEG_GOVERNORS = sorted(W.NEGATING_GOVERNORS, key=lambda p: -len(p.split()))
_REPORTED_SEQS = tuple(tuple(c.split()) for c in W.REPORTED_CUES)
_REPORTED_FIRSTS = frozenset(seq[0] for seq in _REPORTED_SEQS)

_STATUS_RANK = {
    EventStatus.HYPOTHETICAL: 5,
    EventStatus.NEGATED: 4,
    EventStatus.PLANNED: 3,
    EventStatus.EXPECTED: 2,
    EventStatus.REPORTED: 1,
    EventStatus.ASSERTED: 0,
}


def _phrase_ends_at(tokens: Sequence[Token], end: int, phrases: Iterable[str], lo: int) -> str | None:
    """A phrase of ``phrases`` whose words end right before index ``end`` (not before ``lo``)."""
    for phrase in phrases:
        words = phrase.split()
        k = len(words)
        if end - k >= lo and all(tokens[end - k + j].lower == words[j] for j in range(k)):
            return phrase
    return None


def reported_cue(tokens: Sequence[Token]) -> str:
    """The first cue of the sentence that attributes what it tells to others ("reportedly"), or ""."""
    words = [t.lower for t in tokens]
    for i, w in enumerate(words):
        if w in _REPORTED_FIRSTS:
            for seq in _REPORTED_SEQS:
                if seq[0] == w and tuple(words[i : i + len(seq)]) == seq:
                    return " ".join(seq)
    return ""


def status_of(tokens: Sequence[Token], m: TriggerMatch, clause: Clause, reported: str = "") -> tuple[EventStatus, str]:
    """How the sentence presents the event, and the cue that says so (``reported``: the sentence's
    attribution cue, from :func:`reported_cue`)."""
    found: list[tuple[EventStatus, str]] = []
    if clause.opener in {"if", "unless"}:
        found.append((EventStatus.HYPOTHETICAL, clause.opener))
    # walk back over skippable words, trying the cue tables at each stop
    end = m.first
    lo = max(0, m.first - 6)
    while end > lo:
        neg = _phrase_ends_at(tokens, end, _NEG_GOVERNORS, lo)
        if neg:
            found.append((EventStatus.NEGATED, neg))
            break
        modal = _phrase_ends_at(tokens, end, _MODAL_PHRASES, lo)
        if modal:
            found.append((EventStatus(W.MODALITY_CUES[modal]), modal))
            break
        prev = tokens[end - 1].lower
        if prev in W.NEGATION_CUES or prev.endswith("n't"):
            found.append((EventStatus.NEGATED, prev))
            end -= 1
            continue
        if prev in _SKIPPABLE or prev.endswith("ly") or prev == "to":
            end -= 1
            continue
        break
    if reported:
        found.append((EventStatus.REPORTED, reported))
    if not found:
        return EventStatus.ASSERTED, ""
    return max(found, key=lambda f: _STATUS_RANK[f[0]])
