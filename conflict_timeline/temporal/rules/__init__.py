"""All rules, in one ordered list; each record holds its own key words.

Order matters only for ties: when two candidates cover the same characters with
the same priority, the one from the earlier rule is kept. Absolute dates come
first because a written-out date is the strongest evidence in a text.
"""

from __future__ import annotations

from . import absolute, durations, relative
from .base import Example, Rule

RULES: tuple[Rule, ...] = absolute.RULES + relative.RULES + durations.RULES

# Each family's examples are read against this publication date (a Monday).
EXAMPLES_PUBLISHED = "2024-12-02"

__all__ = ["RULES", "EXAMPLES_PUBLISHED", "Example", "Rule"]
