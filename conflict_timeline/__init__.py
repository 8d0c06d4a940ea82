"""conflict_timeline: turn news articles into timelines.

Find every time expression of an article, resolve it against the publication
date, tie the article's events to those times and return an ordered timeline.
"""

from __future__ import annotations

from .errors import (
    CalendarOverflow,
    ConflictTimelineError,
    InvalidInput,
    InvalidPublicationDate,
    MissingPublicationDate,
    TimeMLError,
)
from .model import (
    Anchor,
    AnchorKind,
    Article,
    Event,
    EventKind,
    EventStatus,
    Granularity,
    Mod,
    SourceRef,
    Span,
    TemporalExpression,
    TimePath,
    TimeSpan,
    TimexType,
)
from .pipeline import build_timeline, find_expressions, resolve
from .settings import Settings
from .timeline import Timeline

__version__ = "0.1.0"

__all__ = [
    "Anchor",
    "AnchorKind",
    "Article",
    "CalendarOverflow",
    "ConflictTimelineError",
    "Event",
    "EventKind",
    "EventStatus",
    "Granularity",
    "InvalidInput",
    "InvalidPublicationDate",
    "MissingPublicationDate",
    "Mod",
    "Settings",
    "SourceRef",
    "Span",
    "TemporalExpression",
    "TimeMLError",
    "Timeline",
    "TimePath",
    "TimeSpan",
    "TimexType",
    "__version__",
    "build_timeline",
    "find_expressions",
    "resolve",
]
