"""Exporters: the same timeline as JSON, JSON Lines, CSV, Markdown, TimelineJS,
TimeML, HTML, a pandas DataFrame, a matplotlib chart, or a notebook table.

Formatting only: every function takes a finished
:class:`~conflict_timeline.timeline.Timeline` (or an
:class:`~conflict_timeline.model.Event`) and computes no dates of its own.
``Timeline`` offers each as a method (``tl.to_json()``, ``tl.plot()``, ...).
pandas and matplotlib are imported only when ``to_dataframe``/``plot`` run.
"""

from __future__ import annotations

from ._common import KIND_COLOURS, date_label
from .chart import plot
from .csv import to_csv
from .dataframe import to_dataframe
from .html import to_html, to_html_page
from .json import SCHEMA, TimelineFormatError, event_from_dict, event_to_dict, events_from_json, to_json, to_jsonl
from .markdown import to_markdown
from .notebook import event_repr_html, timeline_repr_html
from .table import to_table
from .timelinejs import to_timelinejs, to_timelinejs_articles
from .timeml import to_timeml

__all__ = [
    "KIND_COLOURS",
    "SCHEMA",
    "TimelineFormatError",
    "date_label",
    "event_from_dict",
    "event_repr_html",
    "event_to_dict",
    "events_from_json",
    "plot",
    "timeline_repr_html",
    "to_csv",
    "to_dataframe",
    "to_html",
    "to_html_page",
    "to_json",
    "to_jsonl",
    "to_markdown",
    "to_table",
    "to_timelinejs",
    "to_timelinejs_articles",
    "to_timeml",
]
