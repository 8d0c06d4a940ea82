"""The headline record: a headline tells the news in the present and leaves its day to the body.

"Drone strike on a camp *kills* dozens, aid workers say" opens an article whose body tells "A drone
strike *killed* 17 people late on Friday": the headline's event is the body's, told again. Once
every sentence is read, an event of the headline that no time of its own dates (undated, or put on
the publication day by the present of the headline) takes the time of the first event of its kind
the body dates by a time of its clause or sentence, when that time is a day of the news (within
:data:`~.state.CARRY_DAYS` days up to publication) (:data:`~.tying.TIME_RULES`, record
``headline``).
"""

from __future__ import annotations

import datetime as _dt
import itertools
from collections.abc import Sequence

import attrs

from ..lexicon import event_grammar as G
from ..model import EventStatus, TimePath
from ..text import TextLayer
from .mention import Mention, Tie
from .state import CARRY_DAYS, NEWS_FRAME_PERFECT
from .tie_context import HEADLINE, NEWS_FRAME_PRESENT, NONE
from .times import recent_day
from .tying import explain

__all__ = ["date_the_headline", "headline_end"]

#: Statuses of a headline event that may take the body's time: a plan or a prediction in a
#: headline ("ahead of an expected ground offensive") is not the body's event that happened.
_TOLD = frozenset({EventStatus.ASSERTED, EventStatus.REPORTED, EventStatus.NEGATED})

#: The records whose time a headline event may give up for the body's: none, or the news day.
_REPLACEABLE = frozenset({NONE, NEWS_FRAME_PRESENT, NEWS_FRAME_PERFECT})

#: The paths of a body event whose time the headline may take: a time of its clause or sentence.
_OWN_PATHS = frozenset({TimePath.CLAUSE, TimePath.SENTENCE})


def headline_end(layer: TextLayer) -> int | None:
    """Where the article's headline ends: its first sentence, when that is a line of its own
    without closing punctuation and a body follows; ``None`` when the article opens otherwise."""
    sentences = tuple(itertools.islice(layer.sentence_spans(), 2))
    if len(sentences) < 2:
        return None
    first, text = sentences[0], layer.text
    line = text[first.start : first.end].rstrip()
    if not line or line[-1] in G.HEADLINE_CLOSERS or "\n" not in text[first.end : sentences[1].start]:
        return None
    return first.end


def date_the_headline(mentions: Sequence[Mention], end: int | None, pub: _dt.date) -> list[Mention]:
    """Give the events of the headline (ending at ``end``, from :func:`headline_end`) the time of
    the body's first event of their kind dated by its own clause or sentence, when that time is a
    day of the news."""
    out = list(mentions)
    if end is None:
        return out
    body = [mt for mt in mentions if mt.event.trigger.start >= end]
    for k, mt in enumerate(mentions):
        ev = mt.event
        if ev.trigger.start >= end:
            break
        if ev.status not in _TOLD or mt.tie.rule not in _REPLACEABLE:
            continue
        later = next(
            (
                b
                for b in body
                if b.event.kind is ev.kind
                and b.tie.path in _OWN_PATHS
                and b.event.when is not None
                and recent_day(b.event.when, pub, CARRY_DAYS)
            ),
            None,
        )
        if later is None or later.event.when is None:
            continue
        span = later.event.when
        tie = Tie(
            HEADLINE,
            TimePath.NARRATIVE,
            span,
            later.event.time_source,
            (("body", later.event.trigger.text), ("value", span.value)),
        )
        ev = attrs.evolve(
            ev,
            when=span,
            time_source=later.event.time_source,
            time_path=TimePath.NARRATIVE,
            time_rule=HEADLINE,
            explanation=explain(tie, ev.status, mt.cue, mt.kind_rule),
        )
        out[k] = attrs.evolve(out[k], event=ev, tie=tie, vague=False, from_later=True)
    return out
