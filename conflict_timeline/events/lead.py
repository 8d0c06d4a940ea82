"""The lead record: news leads often leave the day out and tell it a paragraph or two later.

"Terrorist bombings at U.S. embassies ... blew apart buildings ... The suspected car bombings
occurred ... on Friday": once the article's first event dated by a time of its clause or sentence
is read, the undated events of the lead told before it take that event's day
(:data:`~.tying.TIME_RULES`, record ``lead``).
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Sequence

import attrs

from ..lexicon import event_grammar as G
from ..model import EventStatus, TimePath
from ..text import Tense, TextLayer
from ..text import verb_tense as tense_at
from .mention import Mention, Tie
from .sentence import SentenceView
from .state import CARRY_DAYS, Narrative
from .syntax import clause_index, past_subject, reports_before
from .tie_context import LEAD
from .times import recent_day
from .tying import explain

__all__ = ["date_the_lead", "LEAD_PARAGRAPHS"]

#: How many paragraph breaks may stand between a lead's event and the first event dated after it
#: for the lead to take that event's day.
LEAD_PARAGRAPHS = 2


def _past_event_at(view: SentenceView, mt: Mention) -> bool:
    """A lead mention told in the simple past, or a noun that is the subject of a simple past."""
    toks = view.tokens
    i = next((j for j, t in enumerate(toks) if t.start == mt.event.trigger.start), None)
    if i is None:
        return False
    if reports_before(toks, i):
        return False  # "Iraq said it invaded Kuwait": before the report's day, not on the story's
    if mt.nominal:
        return past_subject(toks, i)
    # "Elected officials", "a negotiated end": a participle before its noun, no past event
    return not (
        i == 0
        or toks[i - 1].lower in G.DETERMINERS
        or tense_at(toks, i, view.clauses[clause_index(view.clauses, i)].first) != Tense.PAST
    )


def date_the_lead(mentions: Sequence[Mention], state: Narrative, layer: TextLayer, pub: _dt.date) -> list[Mention]:
    """Date the events of an article's lead from the first event the article dates by its own clause.

    When that event's day is among the :data:`~.state.CARRY_DAYS` days up to the publication day,
    the undated asserted or reported mentions told before it, in the simple past or as nouns that
    are the subject of one, within :data:`LEAD_PARAGRAPHS` paragraph breaks, take that day; the
    lead is the first two paragraphs that tell events.
    """
    out = list(mentions)
    if state.lead_end is None or not state.lead:
        return out
    k_first, closing = state.lead_end
    first = mentions[k_first].event
    span = first.when
    if span is None or not recent_day(span, pub, CARRY_DAYS):
        return out
    lead_start = mentions[state.lead[0][0]].event.sentence.start
    for k, view in state.lead:
        mt = out[k]
        ev = mt.event
        if ev.when is not None or ev.status not in (EventStatus.ASSERTED, EventStatus.REPORTED):
            continue
        if layer.paragraph_breaks_between(view.span.end, closing.span.start) > LEAD_PARAGRAPHS:
            continue
        if layer.paragraph_breaks_between(lead_start, view.span.start) > 1:
            break  # the lead is the first two paragraphs that tell events
        if not _past_event_at(view, mt):
            continue
        tie = Tie(
            LEAD, TimePath.NARRATIVE, span, first.time_source, (("first", first.trigger.text), ("value", span.value))
        )
        ev = attrs.evolve(
            ev,
            when=span,
            time_source=first.time_source,
            time_path=TimePath.NARRATIVE,
            time_rule=LEAD,
            explanation=explain(tie, ev.status, mt.cue, mt.kind_rule),
        )
        out[k] = attrs.evolve(mt, event=ev, tie=tie, vague=False, from_later=True)
    return out
