"""The event trigger lexicon: one table, one entry per sense, each with its examples.

An entry names the ACLED-aligned :class:`~conflict_timeline.model.EventKind`
it signals, the phrases that state it, and sentences proving it: ``examples``
(the trigger written in ``[brackets]``; the tests check each one fires there
with this kind) and ``near_misses`` (sentences where it must not fire). The
phrase syntax is in :mod:`.trigger_phrases`; the entries, grouped by what they
state, in :mod:`.triggers_violence` and :mod:`.triggers_civic`.

When two entries share a phrase, the first in :data:`TRIGGERS` wins it.
"""

from __future__ import annotations

from .trigger_phrases import (
    IRREGULAR_VERBS,
    NUMBER_SLOT,
    TRIM_WORDS,
    Trigger,
    expand,
    expand_marked,
    verb_forms,
)
from .triggers_civic import DEPLOYMENTS, NEGOTIATIONS, OTHERS, POLITICS, UNREST
from .triggers_violence import BATTLES, CIVILIANS, REMOTE, TERRITORY

__all__ = [
    "Trigger",
    "TRIGGERS",
    "IRREGULAR_VERBS",
    "verb_forms",
    "expand",
    "expand_marked",
    "TRIM_WORDS",
    "NUMBER_SLOT",
]

#: Every entry, in the order that settles a phrase two entries share.
TRIGGERS: tuple[Trigger, ...] = (
    BATTLES + TERRITORY + REMOTE + CIVILIANS + UNREST + DEPLOYMENTS + NEGOTIATIONS + POLITICS + OTHERS
)
