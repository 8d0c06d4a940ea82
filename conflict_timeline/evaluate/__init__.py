"""Score conflict_timeline against your own annotated text.

    python -m conflict_timeline.evaluate PATH... [--events] [--errors [N]] [--json]
                                         [--date-order ORDER] [--document KIND]

Each PATH is a file or a folder (its files of the formats below, sorted by name), and each PATH is one
row of the report. The format is told from the file name:

- ``*.tml``, TimeML (TempEval-3): time expressions; with ``--events``, event dating from the TLINKs
  instead (:func:`score_events`).
- ``*.json``, one conflict-corpus article (``id``, ``published``, ``text``, ``expressions``,
  ``events``, optional ``story``): the event measures of :func:`score_articles` and the time
  expressions of its ``expressions``.
- ``*.jsonl``, one document a line (``doc_id``, ``dct``, ``text``, ``timexes``): time expressions.

Time expressions are scored TempEval-3 Task A style over character offsets: strict P/R/F1 (identical
spans), relaxed P/R/F1 (overlapping spans, matched one to one), type and value accuracy over relaxed
matches, and value F1 = value accuracy x relaxed F1 (the F1 of TempEval-3's value attribute). The last
lines printed are always the overall figures; for conflict articles the very last line is a JSON
summary of the event measures.

The package: :mod:`.gold` reads annotations, :mod:`.timexes` scores time expressions,
:mod:`.dating` event dating from TimeML links, :mod:`.conflict` conflict-corpus events and stories,
:mod:`.listings` the error listings, :mod:`.reports` the tables and :mod:`.command` the command line.
"""

from __future__ import annotations

from ._common import with_options
from .command import Results, format_errors, main, run
from .conflict import ConflictScores, EventVerdict, StoryVerdict, score_articles
from .dating import (
    AROUND_RELATIONS,
    WITHIN_RELATIONS,
    BuiltDocument,
    EventJudgement,
    EventScores,
    EventTimeLink,
    build_events,
    event_time_links,
    judge_events,
    score_events,
)
from .gold import AnnotatedArticle, AnnotatedEvent, Corpus, load, read_article, read_jsonl
from .listings import CONFLICT_ERRORS, TIMEX_ERRORS, conflict_errors, event_errors, timex_errors
from .reports import format_conflict, format_event_table, format_timex_table
from .timexes import (
    Counts,
    DocumentResult,
    SystemTimex,
    TimexMatch,
    TimexScores,
    canonical_value,
    match_timexes,
    score_timexes,
)

__all__ = [
    "AROUND_RELATIONS",
    "AnnotatedArticle",
    "AnnotatedEvent",
    "BuiltDocument",
    "CONFLICT_ERRORS",
    "ConflictScores",
    "Corpus",
    "Counts",
    "DocumentResult",
    "EventJudgement",
    "EventScores",
    "EventTimeLink",
    "EventVerdict",
    "Results",
    "StoryVerdict",
    "SystemTimex",
    "TIMEX_ERRORS",
    "TimexMatch",
    "TimexScores",
    "WITHIN_RELATIONS",
    "build_events",
    "canonical_value",
    "conflict_errors",
    "event_errors",
    "event_time_links",
    "format_conflict",
    "format_errors",
    "format_event_table",
    "format_timex_table",
    "judge_events",
    "load",
    "main",
    "match_timexes",
    "read_article",
    "read_jsonl",
    "run",
    "score_articles",
    "score_events",
    "score_timexes",
    "timex_errors",
    "with_options",
]
