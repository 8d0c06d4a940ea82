"""Narrative anchoring: the time the text has reached, which anaphoric expressions resolve against.

Deictic expressions ("yesterday", "last week") resolve against the publication day; anaphoric ones
("two days later", "the following year") against the last dated expression of the text. One
:class:`Narrative` value per text holds that state; the stage updates it after each expression
(:meth:`Narrative.moved_to`), and resolvers read it.
"""

from __future__ import annotations

import datetime as dt
import re

import attrs

from ..lexicon import tense as tense_words
from ..lexicon.verbs import REPORTING_PAST
from ..model import Anchor, AnchorKind, Granularity, TemporalExpression, TimeSpan, TimexType
from ..settings import Settings
from ..text import TextLayer
from .calendar import day_span
from .readings import Reading, RelativeDayReading, WeekdayReading
from .scan import Context

__all__ = ["Narrative", "can_anchor"]

G = Granularity


@attrs.define
class Narrative:
    """The resolution state of one text: its layer, the settings, and the last expression that
    moved the narrative's time (``last``, with the reading it came from)."""

    layer: TextLayer
    settings: Settings
    published: dt.date
    last: TemporalExpression | None = None
    last_reading: Reading | None = None

    @property
    def pub_anchor(self) -> Anchor:
        """The publication day as an anchor."""
        return Anchor(AnchorKind.PUBLICATION_DATE, self.published.isoformat())

    @property
    def day_first(self) -> bool:
        """Whether numeric dates are read day first."""
        return self.settings.date_order == "DMY"

    def anchor(self) -> tuple[TimeSpan, Anchor]:
        """The span to resolve anaphora against: the last dated expression, else the publication day."""
        n = self.last
        if n is not None and n.span is not None:
            return n.span, Anchor(AnchorKind.EXPRESSION, n.value, n.start, n.end, n.text)
        return day_span(self.published), self.pub_anchor

    def moved_to(self, expr: TemporalExpression, reading: Reading, bare: TimeSpan | None) -> None:
        """The narrative has reached ``expr`` (its span without the signal's effect is ``bare``)."""
        self.last = attrs.evolve(expr, span=bare)
        self.last_reading = reading

    def reporting_day(self, context: Context) -> tuple[dt.date, Anchor] | None:
        """The day of an earlier weekday (or relative day) in the same sentence, when it dates the
        report and lies in the week before the publication date ("said on Tuesday ... on Monday")."""
        n = self.last
        if n is None or n.span is None or n.span.start is None or n.span.granularity is not G.DAY:
            return None
        if not isinstance(self.last_reading, (WeekdayReading, RelativeDayReading)) or n.start < context.sentence[0]:
            return None
        text = self.layer.text
        # the earlier weekday must date the report ("said on Tuesday", "On Tuesday, the army said"),
        # not an event ("identified Thursday ..., newspapers reported Friday")
        before = _REPORTING_VERB.search(text, max(0, n.start - 16), n.start)
        after = _REPORTING_VERB.search(text, n.end, min(context.start, n.end + 40))
        if not (before or after) or _REPORTING_VERB.search(text, max(n.end, context.start - 16), context.start):
            return None
        if not _REPORTED_CLAUSE.search(text, n.end, context.start):
            return None  # "the truce announced Tuesday took effect Wednesday": no reported clause
        day = n.span.start
        if not self.published - dt.timedelta(days=6) <= day < self.published:
            return None
        return day, Anchor(AnchorKind.EXPRESSION, n.value, n.start, n.end, n.text)


_REPORTING_VERB = re.compile(r"\b(?:" + "|".join(sorted(REPORTING_PAST)) + r")\b")
_REPORTED_CLAUSE = re.compile(r"\b(?:" + "|".join(tense_words.REPORTED_CLAUSE_OPENERS) + r")\b")


def can_anchor(expr: TemporalExpression, span: TimeSpan | None) -> bool:
    """Whether an expression can be the narrative's time: a date or time with a closed span of a
    year or finer."""
    return (
        expr.type in (TimexType.DATE, TimexType.TIME)
        and span is not None
        and span.start is not None
        and span.end is not None
        and span.granularity is not None
        and span.granularity.rank >= G.YEAR.rank
    )
