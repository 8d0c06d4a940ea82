"""The event stage: sentences + time expressions -> typed events with provenance.

For each sentence: find the triggers of the lexicon (:mod:`.triggers`,
:mod:`conflict_timeline.lexicon.triggers`), drop the near-misses (:mod:`.checks`), read each
event's status (:mod:`.factuality`), actors, places and death toll (:mod:`.arguments`) from the
words around it, and tie it to a time with the first of the ordered time-tying records that fires
(:data:`TIME_RULES`, :mod:`.tying`), reading what the article told before from one narrative state
passed from sentence to sentence (:mod:`.state`). Mentions of one happening within an article are
folded into one event (:mod:`.coreference`), and :func:`merge_events` merges the same event
reported by several articles (:mod:`.merging`). Every step is a scan over the words, linear in the
length of the text.
"""

from __future__ import annotations

from .extract import extract_events
from .factuality import STATUS_RULES, StatusExample, StatusRule
from .kinds import KIND_FAMILIES, kind_family
from .merging import merge_events
from .tie_context import TieExample, TieRule
from .times import when_of
from .triggers import TriggerMatch, find_triggers
from .tying import TIME_RULES

__all__ = [
    "extract_events",
    "merge_events",
    "kind_family",
    "KIND_FAMILIES",
    "find_triggers",
    "TriggerMatch",
    "when_of",
    "TIME_RULES",
    "TieRule",
    "TieExample",
    "STATUS_RULES",
    "StatusRule",
    "StatusExample",
]
