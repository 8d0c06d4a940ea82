"""The temporal stage: candidate time expressions found by rule records, resolved to TIMEX3 values.

Two entry points, called in this order by :mod:`conflict_timeline.pipeline`:

- :func:`find_candidates` (``scan``): every rule of :data:`RULES` scans the text layer once around
  its key words; the kept candidates carry a typed reading and their :class:`Context`.
- :func:`resolve_candidates` (``stage``): resolvers (``resolvers``, one per reading type, with the
  calendar arithmetic of ``calendar``) and refiners (``refine``: signals and ranges; ``narrative``:
  the narrative's time) turn them into :class:`~conflict_timeline.model.TemporalExpression` values.
"""

from __future__ import annotations

from .readings import Reading
from .rules import EXAMPLES_PUBLISHED, RULES, Example, Rule
from .scan import Candidate, Context, find_candidates
from .stage import resolve_candidates

__all__ = [
    "Candidate",
    "Context",
    "EXAMPLES_PUBLISHED",
    "Example",
    "RULES",
    "Reading",
    "Rule",
    "find_candidates",
    "resolve_candidates",
]
