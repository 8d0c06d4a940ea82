"""The event stage: an article's text layer and resolved time expressions -> its events.

Sentence by sentence (:mod:`.sentence`), each accepted trigger becomes a mention: its status
(:mod:`.factuality`), its time (:mod:`.tying`, reading the narrative state of :mod:`.state`), its
actors, places and toll (:mod:`.arguments`). Once every sentence is read, the lead's events are
dated (:mod:`.lead`), definite nouns take up their antecedents' times and the mentions of one
happening fold into one event (:mod:`.coreference`).
"""

from __future__ import annotations

import bisect
from collections.abc import Mapping, Sequence

import attrs

from ..lexicon import event_grammar as G
from ..lexicon import event_words as W
from ..model import Event, Granularity, Reading, SourceRef, Span, TemporalExpression, TimePath, TimeSpan, TimexType
from ..settings import Settings
from ..text import TextLayer, is_capitalised
from .arguments import (
    Arguments,
    Dateline,
    Site,
    complete_places,
    dateline,
    read_arguments,
    sentence_names,
    summary,
)
from .coreference import borrow_antecedent_times, corefer
from .factuality import Status, sentence_statuses
from .headline import date_the_headline, headline_end
from .kinds import classify
from .lead import date_the_lead
from .mention import Mention
from .merging import identifying, own_places
from .sentence import AROUND_SENTENCES, SentenceView, pieces, read_sentence
from .state import Narrative
from .syntax import (
    anaphoric_determiner,
    clause_index,
    complement_names,
    norm,
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
    line = dateline(layer.text)
    lead_end = _lead_end(layer, line)
    # the names of each sentence with an event and of the sentences beside it (merging reads them)
    names: dict[int, list[str]] = {}
    recent: list[str] = []  # the named places told so far, for "the town"
    head_end = headline_end(layer)
    before: list[frozenset[str]] = []  # the words of the last sentences read
    last: SentenceView | None = None  # the sentence before, whose names an event of this one reads
    for si, (sent, toks) in enumerate(pieces(layer)):
        lo = bisect.bisect_left(expr_starts, sent.start)
        hi = bisect.bisect_left(expr_starts, sent.end)
        here_exprs = [_entry_stamp(layer, sent, e) for e in exprs[lo:hi] if e.end <= sent.end]
        view = read_sentence(si, sent, toks, here_exprs, frozenset().union(*before))
        before = [*before[1 - AROUND_SENTENCES :], frozenset([t.lower for t in toks if t.is_word])]
        state = state.entering(view, layer)
        here: list[Mention] = []
        if view.events:
            headline = head_end is not None and sent.end <= head_end
            statuses = sentence_statuses(toks, view.clauses, view.events, view.reported_cue, headline=headline)
            blocked = _blocked(view, line)
            names[si] = sentence_names(toks, blocked)
            if last is not None and si - 1 not in names:
                names[si - 1] = sentence_names(last.tokens, _blocked(last, line))
            in_lead = line is not None and sent.start < lead_end
            found = [_arguments(layer, view, m, state, blocked) for m in view.events]
            found = complete_places(found, recent, line.places if line is not None and in_lead else ())
            recent = (recent + [p for a in found for p, _ in a.own_places() if p[:1].isupper()])[-8:]
            here = [
                _mention(layer, view, m, st, state, settings, source, a)
                for m, st, a in zip(view.events, statuses, found, strict=True)
            ]
        elif last is not None and last.events:  # the sentence after an event
            names[si] = sentence_names(toks, _blocked(view, line))
        state = state.after(view, here, len(mentions), pub)
        mentions.extend(here)
        last = view
    mentions = [_with_context(mt, names, line) for mt in mentions]
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


def _lead_end(layer: TextLayer, line: Dateline | None) -> int:
    """Where the paragraph that opens on the dateline ends (its events are told from the dateline's place)."""
    if line is None:
        return 0
    after = [b for b in layer.paragraph_breaks if b >= line.end]
    return after[0] if after else len(layer.text)


def _blocked(view: SentenceView, line: Dateline | None) -> frozenset[int]:
    """Tokens no argument is read from: the sentence's times and the dateline ("KHARTOUM, April 18 (Reuters) -")."""
    out = {k for t in view.times for k in range(t.first, t.last)}
    if line is not None and view.span.start < line.end:
        out |= {k for k, t in enumerate(view.tokens) if t.start < line.end}
    return frozenset(out)


def _with_context(mt: Mention, names: Mapping[int, list[str]], line: Dateline | None) -> Mention:
    """The names of the mention's sentence and of the sentences beside it (and the dateline's places),
    which merging across articles reads."""
    i = mt.sentence_index
    around: list[str] = list(line.places) if line is not None else []
    for k in (i, i - 1, i + 1):
        if k in names:
            around += [n for n in names[k] if n not in around]
    ev = mt.event
    return attrs.evolve(mt, event=attrs.evolve(ev, reading=attrs.evolve(ev.reading, context=tuple(around[:24]))))


def _arguments(
    layer: TextLayer, view: SentenceView, m: TriggerMatch, state: Narrative, blocked: frozenset[int]
) -> Arguments:
    """Actors, places (and the subject that is a place, "Kherson fell") by the argument rules."""
    clause = view.clauses[clause_index(view.clauses, m.first)]
    nominal = not verbal_use(view.tokens, m)
    site = Site(view.tokens, m, clause, view.clauses, blocked, nominal, state.last_actor, view.events)
    return read_arguments(site, layer.text)


def _mention(
    layer: TextLayer,
    view: SentenceView,
    m: TriggerMatch,
    st: Status,
    state: Narrative,
    settings: Settings,
    source: str,
    args: Arguments,
) -> Mention:
    toks, text, pub = view.tokens, layer.text, settings.day
    clause = view.clauses[clause_index(view.clauses, m.first)]
    status, cue = st.status, st.cue
    tie = tie_time(context(view, m, status, pub, state, layer))
    nominal = not verbal_use(toks, m)
    actors, places, subject, patient = list(args.actors), list(args.places), args.subject_place, args.patient
    toll = view.fatalities.get(m.first)
    rules = args.rules + ((("fatalities", str(toll), view.toll_rules[m.first]),) if toll is not None else ())
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
        fatalities=toll,
        status=status,
        summary=summary(toks, m, clause, subject or (actors[0] if actors else None), view.times, nominal),
        sources=(SourceRef(source, trig, view.span, pub),),
        time_path=tie.path,
        time_rule=tie.rule,
        status_rule=st.rule,
        acled_event_type=cl.acled_type,
        acled_sub_event_type=cl.acled_sub,
        explanation=explain(tie, status, cue, cl.rule),
        reading=Reading(trigger_entry=m.entry.name, arguments=rules),
    )
    definite = nominal and any(
        toks[k].lower in G.DEFINITE_LEADS or toks[k].lower.endswith("'s") for k in range(max(0, m.first - 3), m.first)
    )
    names = {norm(x.split()[-1]) for x in [*actors, *identifying(own_places(ev)), patient or ""] if x}
    in_time = {k for t in view.times for k in range(t.first, t.last)}  # "late April" names no one
    for j in range(m.last, min(clause.last, m.last + 8)):
        if (
            j not in in_time
            and is_capitalised(toks[j])
            and toks[j].lower not in W.FUNCTION_WORDS
            and toks[j].lower not in W.TITLE_WORDS
        ):
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
