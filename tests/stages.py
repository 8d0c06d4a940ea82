"""The stages of the pipeline run one at a time, for tests of a single stage."""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from conflict_timeline.events import extract_events
from conflict_timeline.model import Article, DateLike, Event, TemporalExpression, publication_date
from conflict_timeline.pipeline import analyse, find_expressions
from conflict_timeline.settings import Settings
from conflict_timeline.temporal.scan import read_signals
from conflict_timeline.text import read_text


def with_signals(text: str, expr: TemporalExpression) -> TemporalExpression:
    """A hand-built expression with the signals the temporal stage would have read before it."""
    if expr.adjacent_signal is not None:
        return expr
    adjacent, governing = read_signals(text, expr.start)
    return attrs.evolve(expr, adjacent_signal=adjacent, governing_signal=governing)


def events_of(
    text: str, published: DateLike, *, source: str = "", expressions: Sequence[TemporalExpression] | None = None
) -> list[Event]:
    """The event stage's output for one article: after the pipeline's own earlier stages, or tied to
    the ``expressions`` given (to test the tying alone)."""
    if expressions is None:
        return list(analyse(Article(text, published, source=source), Settings()).events)
    exprs = [with_signals(text, e) for e in expressions]
    return extract_events(read_text(text), exprs, Settings(publication_date(published)), source=source)


__all__ = ["events_of", "find_expressions"]
