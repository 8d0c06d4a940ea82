"""conflict_timeline: turn news articles into timelines.

Find every time expression of an article ("last week", "on Monday", "since
2011"), resolve it against the publication date, tie the article's events to
those times and return an ordered, immutable timeline that says where each
date came from::

    >>> from conflict_timeline import build_timeline
    >>> tl = build_timeline("Rebels seized Aleppo last week.", published="2024-12-02", source="wire")
    >>> tl
    Timeline(1 dated event, 0 undated; 2024-11-25 .. 2024-12-01; source: 'wire')
    >>> print(tl[0].when.label, tl[0].kind.value, repr(tl[0].time_source.text), sep=" | ")
    week of 25 Nov 2024 | TERRITORY_CHANGE | 'last week'
    >>> tl.to_csv("events.csv")  # or to_json, to_html, to_dataframe, plot ...

The way in:

- ``build_timeline(text_or_articles, published)`` -> :class:`Timeline` (iterate it, slice it,
  ``filter`` it, ``Timeline.merge`` several); ``find_expressions`` and ``resolve`` for the time
  expressions alone; ``build_timelines(articles, workers=4)`` for many articles, one
  :class:`ArticleResult` each (a failure is a value, never lost).
- Options: ``date_order`` ("MDY", "DMY", "YMD", "auto") for numeric dates such as 02/12/2024,
  ``document`` ("news", "narrative", "auto"); every entry point takes them.
- Exports are ``Timeline`` methods: ``to_json``, ``to_csv`` (a path, an open file, or nothing
  for a ``str``, as in pandas), ``to_jsonl``, ``to_markdown``, ``to_table``, ``to_html``,
  ``to_timelinejs``, ``to_timeml``, ``to_dataframe``, ``plot``.
- Errors: every one is a :class:`ConflictTimelineError` (also the built-in a caller expects).
- The command line: ``conflict-timeline --help`` (``build``, ``explain``, ``score``).
- The documentation: ``docs/index.md`` in the source tree (concepts, exports, the command line,
  errors, scale, accuracy); ``help()`` on any name above.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

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
from .settings import DateOrder, DocumentKind, Settings
from .timeline import Timeline

if TYPE_CHECKING:
    from .batch import ArticleError, ArticleResult, BatchError, BatchSummary, build_timelines

__version__ = "0.1.0"

# Imported on first use (PEP 562): the batch module is also a program (python -m
# conflict_timeline.batch), which must not be imported before it runs, and most uses never need it.
_LAZY = {name: "batch" for name in ("ArticleError", "ArticleResult", "BatchError", "BatchSummary", "build_timelines")}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        value = getattr(importlib.import_module(f".{_LAZY[name]}", __name__), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_LAZY))


__all__ = [
    "Anchor",
    "AnchorKind",
    "Article",
    "ArticleError",
    "ArticleResult",
    "BatchError",
    "BatchSummary",
    "CalendarOverflow",
    "ConflictTimelineError",
    "DateOrder",
    "DocumentKind",
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
    "build_timelines",
    "find_expressions",
    "resolve",
]
