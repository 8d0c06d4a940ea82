"""The event stage: an article's text layer and resolved time expressions -> its events.

Sentence by sentence (:mod:`.sentence`), each accepted trigger becomes a mention: its status
(:mod:`.factuality`), its time (:mod:`.tying`, reading the narrative state of :mod:`.state`), its
actors, places and toll (:mod:`.arguments`). Once every sentence is read, the lead's events are
dated (:mod:`.lead`), definite nouns take up their antecedents' times and the mentions of one
happening fold into one event (:mod:`.coreference`).
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

import attrs

from ..lexicon import event_grammar as G
from ..lexicon import event_words as W
from ..model import Event, Granularity, SourceRef, Span, TemporalExpression, TimePath, TimeSpan, TimexType
from ..settings import Settings
from ..text import TextLayer, is_capitalised
from .arguments import actor_after_by, actor_before, places_in, possessor, summary
from .checks import passive
from .coreference import borrow_antecedent_times, corefer
from .factuality import Status, sentence_statuses
from .headline import date_the_headline, headline_end
from .kinds import classify
from .lead import date_the_lead
from .mention import Mention
from .sentence import AROUND_SENTENCES, SentenceView, pieces, read_sentence
from .state import Narrative
from .syntax import (
    anaphoric_determiner,
    clause_index,
    complement_names,
    is_placeish,
    norm,
    subject_index,
    verbal_use,
)
from .tie_context import context
from .times import USABLE_REFS
from .triggers import TriggerMatch
from .tying import explain, tie_time

__all__ = ["extract_events"]


def extract_events(
    layer: TextLayer,
    expressions: Sequence[TemporalExpression],
    settings: Settings,
    *,
    source: str = "",
) -> list[Event]:
    """The events stated in one article, each tied to its time where the text allows.

    ``layer`` is the article's text layer and ``expressions`` the time expressions the temporal
    stage resolved in it. Mentions of one happening in the article come back as one event
    carrying every mention in ``sources``.
    """
    pub = settings.day
    exprs = sorted(expressions, key=lambda e: (e.start, e.end))
    expr_starts = [e.start for e in exprs]
    mentions: list[Mention] = []
    state = Narrative()
    head_end = headline_end(layer)
    before: list[frozenset[str]] = []  # the words of the last sentences read
    for si, (sent, toks) in enumerate(pieces(layer)):
        lo = bisect.bisect_left(expr_starts, sent.start)
        hi = bisect.bisect_left(expr_starts, sent.end)
        here_exprs = [_entry_stamp(layer, sent, e) for e in exprs[lo:hi] if e.end <= sent.end]
        view = read_sentence(si, sent, toks, here_exprs, frozenset().union(*before))
        before = [*before[1 - AROUND_SENTENCES :], frozenset(t.lower for t in toks if t.is_word)]
        state = state.entering(view, layer)
        headline = head_end is not None and sent.end <= head_end
        statuses = sentence_statuses(view.tokens, view.clauses, view.events, view.reported_cue, headline=headline)
        here = [
            _mention(layer, view, m, st, state, settings, source) for m, st in zip(view.events, statuses, strict=True)
        ]
        state = state.after(view, here, len(mentions), pub)
        mentions.extend(here)
    dated = date_the_headline(date_the_lead(mentions, state, layer, pub), head_end, pub)
    return corefer(borrow_antecedent_times(dated))


def _entry_stamp(layer: TextLayer, sent: Span, expr: TemporalExpression) -> TemporalExpression:
    """A clock time opening a line ("*14:40 GMT* - Hamas has handed 24 hostages ...") stamps a
    live blog's entry: when it was written, not when what it tells happened, which is of that day.
    The event stage reads it as its day; any other expression as it is."""
    text = layer.text
    span = expr.span
    if (
        expr.start != sent.start
        or (sent.start > 0 and text[sent.start - 1] != "\n")
        or expr.type is not TimexType.TIME
        or span is None
        or span.start is None
        or span.start != span.end
        or G.CLOCK_STAMP.fullmatch(expr.text) is None
    ):
        return expr
    day = span.start.isoformat()
    return attrs.evolve(expr, value=day, span=TimeSpan(day, span.start, span.end, Granularity.DAY))


def _arguments(
    layer: TextLayer, view: SentenceView, m: TriggerMatch, nominal: bool, state: Narrative
) -> tuple[list[str], list[str], str | None, str | None]:
    """Actors, places, the subject that is a place ("Kherson fell") and the subject of a passive, who
    suffered the event ("Slepian was shot")."""
    toks, text = view.tokens, layer.text
    clause = view.clauses[clause_index(view.clauses, m.first)]
    patient: str | None = None
    if nominal:
        actor_span = actor_after_by(toks, m.last, clause.last) or possessor(toks, m.first, view.times)
    elif m.verb_at != m.first:
        actor_span = None  # "fighting raged": the phrase holds its own subject
    elif passive(toks, m, clause.first):
        # "Twenty people were killed by ...": the subject of a passive suffered it; the agent did it
        actor_span = actor_after_by(toks, m.last, clause.last)
        undergoer = actor_before(toks, m.first, clause.first, view.times)
        if undergoer is not None:
            patient = text[toks[undergoer[0]].start : toks[undergoer[1] - 1].end]
    else:
        # a subordinate clause ("when a car bomb exploded") has its own subject
        floor = clause.first if clause.opener in W.CLAUSE_OPENERS else 0
        actor_span = actor_before(toks, m.first, floor, view.times)
    actors: list[str] = []
    places: list[str] = []
    subject: str | None = None
    if actor_span is None and not nominal and state.last_actor and patient is None:
        si_ = subject_index(toks, m.first, clause.first)
        if si_ is not None and toks[si_].lower == "they":
            actors.append(state.last_actor)  # "they" continues the last actor told
    if actor_span is not None:
        a_text = text[toks[actor_span[0]].start : toks[actor_span[1] - 1].end]
        if (
            m.entry.needs == "place_subject"
            and not nominal
            and is_placeish(toks[actor_span[1] - 1], actor_span[1] == 1)
        ):
            places.append(a_text)
            subject = a_text
        else:
            actors.append(a_text)
    in_time = {k for t in view.times for k in range(t.first, t.last)}
    for a, b in places_in(toks, clause.first, clause.last, m, in_time):
        p_text = text[toks[a].start : toks[b - 1].end]
        if p_text not in places and p_text not in actors:
            places.append(p_text)
    return actors, places, subject, patient


def _mention(
    layer: TextLayer,
    view: SentenceView,
    m: TriggerMatch,
    st: Status,
    state: Narrative,
    settings: Settings,
    source: str,
) -> Mention:
    toks, text, pub = view.tokens, layer.text, settings.day
    clause = view.clauses[clause_index(view.clauses, m.first)]
    status, cue = st.status, st.cue
    tie = tie_time(context(view, m, status, pub, state, layer))
    nominal = not verbal_use(toks, m)
    actors, places, subject, patient = _arguments(layer, view, m, nominal, state)
    trig = Span(toks[m.first].start, toks[m.head_last - 1].end, text[toks[m.first].start : toks[m.head_last - 1].end])
    cl = classify(toks, m, clause.first)
    ev = Event(
        kind=cl.kind,
        trigger=trig,
        sentence=view.span,
        when=tie.when,
        time_source=tie.expr,
        actors=tuple(actors),
        places=tuple(places),
        fatalities=view.fatalities.get(m.first),
        status=status,
        summary=summary(toks, m, clause, subject or (actors[0] if actors else None), view.times, nominal),
        sources=(SourceRef(source, trig, view.span, pub),),
        time_path=tie.path,
        time_rule=tie.rule,
        status_rule=st.rule,
        acled_event_type=cl.acled_type,
        acled_sub_event_type=cl.acled_sub,
        explanation=explain(tie, status, cue, cl.rule),
    )
    definite = nominal and any(
        toks[k].lower in G.DEFINITE_LEADS or toks[k].lower.endswith("'s") for k in range(max(0, m.first - 3), m.first)
    )
    names = {norm(x.split()[-1]) for x in [*actors, *places, patient or ""] if x}
    for j in range(m.last, min(clause.last, m.last + 8)):
        if is_capitalised(toks[j]) and toks[j].lower not in W.FUNCTION_WORDS and toks[j].lower not in W.TITLE_WORDS:
            names.add(norm(toks[j].text))
    # a definite noun whose time is not of its own clause may refer back to an event told before
    # ("searched the site of the shooting" in a sentence dated by its search)
    anaphoric = (
        nominal
        and (tie.when is None or tie.path is TimePath.SENTENCE)
        and m.first not in view.named_by
        and anaphoric_determiner(toks, m)
    )
    return Mention(
        ev,
        tie,
        cue,
        view.index,
        nominal,
        definite,
        tie.when is None or tie.when.value in USABLE_REFS,
        m.first in view.named_by,
        frozenset(names),
        W.ANAPHORA_FAMILIES.get(m.entry.name, m.entry.name),
        anaphoric,
        own_names=complement_names(toks, m) if anaphoric else frozenset(),
        kind_rule=cl.rule,
    )
