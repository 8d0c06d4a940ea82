"""One sentence as the event stage reads it, computed once: its clauses, its times, its triggers,
which word owns which time, and the death tolls it states.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Mapping, Sequence

import attrs

from ..lexicon import event_grammar as G
from ..lexicon import event_words as W
from ..lexicon import verbs as V
from ..model import Span, TemporalExpression
from ..text import Clause, TextLayer, Token, clauses, is_capitalised
from .arguments import assign_tolls, fatality_counts
from .checks import NOTHING, Around, accepted_matches
from .factuality import reported_cue
from .syntax import NP_STOP, back_reference, clause_index, noun_use, verbal_use
from .times import SentenceTime, attributive, place_times, usable
from .triggers import TriggerMatch

__all__ = ["SentenceView", "read_sentence", "pieces", "MAX_SENTENCE_TOKENS", "AROUND_SENTENCES"]

#: How many sentences before the one read the trigger checks may look back to, for the topic
#: ("The second *went off* ten minutes later" after "The first bomb exploded ...") and for what a
#: pronoun stands for.
AROUND_SENTENCES = 2

#: Sentences longer than this many tokens are read in pieces cut at clause marks, so that the
#: work per sentence stays bounded (news sentences are far shorter; this guards odd input).
MAX_SENTENCE_TOKENS = 120


@attrs.frozen(slots=True)
class SentenceView:
    """A sentence read once for the event stage.

    ``times`` are its time expressions (weak month readings that are first names left out);
    ``usable`` those that can date an event, each with the token that owns it (``owner``; none in a
    sentence without a trigger, which is read only for what the narrative state takes from it);
    ``matches`` the accepted triggers and ``events`` those that make an event of their own (a
    killing word that gives another event its toll does not); ``owners`` maps each word that can
    own a time to "event" or "report"; ``named_by`` maps a noun trigger's first token to the
    attributive time that names it ("the 2011 uprising"); ``fatalities`` maps an event's first
    token to its death toll, ``toll_rules`` to the toll rule that read it.
    """

    index: int
    span: Span
    tokens: tuple[Token, ...]
    clauses: tuple[Clause, ...]
    times: tuple[SentenceTime, ...]
    usable: tuple[SentenceTime, ...]
    owner: tuple[int | None, ...]  # the token owning each of ``usable``
    matches: tuple[TriggerMatch, ...] = ()
    events: tuple[TriggerMatch, ...] = ()
    owners: Mapping[int, str] = attrs.field(factory=dict)
    named_by: Mapping[int, SentenceTime] = attrs.field(factory=dict)
    named_tokens: frozenset[int] = frozenset()
    fatalities: Mapping[int, int] = attrs.field(factory=dict)
    toll_rules: Mapping[int, str] = attrs.field(factory=dict)
    narrative_cue: str | None = None
    reported_cue: str = ""

    @property
    def dated_times(self) -> list[SentenceTime]:
        """The times that can date an event, attributive ones too ("the 1996 bombing")."""
        return [t for t in self.times if usable(t.expr)]

    def owned(self) -> list[tuple[SentenceTime, int | None]]:
        """Each usable time with the token that owns it."""
        return list(zip(self.usable, self.owner, strict=True))

    def absorbed(self, m: TriggerMatch) -> bool:
        """A killing word that gives another event its toll ("..., killing 11")."""
        return m.entry.fatal and m not in self.events


def pieces(layer: TextLayer) -> Iterable[tuple[Span, tuple[Token, ...]]]:
    """The sentences of the text with their tokens; an over-long one in pieces."""
    text = layer.text
    for sent, toks in layer.sentence_tokens():
        if not toks:
            continue
        while len(toks) > MAX_SENTENCE_TOKENS:
            cut = max(
                (k for k in range(MAX_SENTENCE_TOKENS // 2, MAX_SENTENCE_TOKENS) if toks[k].text in G.CUT_MARKS),
                default=MAX_SENTENCE_TOKENS - 1,
            )
            head, toks = toks[: cut + 1], toks[cut + 1 :]
            yield Span(head[0].start, head[-1].end, text[head[0].start : head[-1].end]), head
        if toks:
            piece = Span(toks[0].start, toks[-1].end, text[toks[0].start : toks[-1].end])
            yield (sent if piece.start == sent.start and piece.end == sent.end else piece), toks


def _gloss(toks: Sequence[Token], c: Clause) -> bool:
    """A bracketed name glossing the word before it ("Nad Ali district *(Helmand)*"): no clause."""
    words = toks[c.first : c.last]
    return (
        c.opener == "("
        and 0 < len(words) <= 5
        and c.last < len(toks)
        and toks[c.last].text == ")"
        and all(t.is_word and (is_capitalised(t) or t.lower in W.PLACE_NOUNS) for t in words)
    )


def _time_after(toks: Sequence[Token], k: int, time_firsts: set[int]) -> bool:
    """A time a few words on, only time words and prepositions between ("before dawn on Tuesday")."""
    for j in range(k, min(len(toks), k + 3)):
        if toks[j].lower not in G.TIME_GLUE_LEADS and toks[j].lower not in G.PREPOSITIONS:
            return False
        if j + 1 in time_firsts:
            return True
    return False


def _clauses_with_times(toks: Sequence[Token], time_firsts: set[int]) -> list[Clause]:
    """Clauses, but a preposition-like opener right before a time does not cut ("since 2020"), nor
    does a bracketed name ("in Nad Ali district (Helmand) on 11/05")."""
    out: list[Clause] = []
    glue = False
    for c in clauses(toks):
        if out and (glue or _gloss(toks, c)):
            glue = not glue and _gloss(toks, c)  # the clause after the gloss's ")" goes on too
            prev = out.pop()
            out.append(Clause(prev.first, c.last, prev.opener))
            continue
        nxt = c.first + 1
        punctuated = c.first > 0 and not toks[c.first - 1].is_word  # ", until 1989" cut at the comma
        glued = (
            not punctuated
            and c.opener in G.TIME_GLUED_OPENERS
            and (
                c.first in time_firsts
                or nxt in time_firsts
                or (
                    c.first + 1 < len(toks)
                    and toks[c.first].lower == c.opener
                    and (nxt in time_firsts or _time_after(toks, nxt, time_firsts))
                )
            )
        )
        if glued and out and c.opener not in {",", ";"}:
            prev = out.pop()
            out.append(Clause(prev.first, c.last, prev.opener))
        else:
            out.append(c)
    return out


def _owners(toks: Sequence[Token], matches: Sequence[TriggerMatch], cls: Sequence[Clause]) -> dict[int, str]:
    """Token index -> "event", "report" or "modifier" for every word that can own a time: a
    participle after its noun owns the time after it ("a truce *declared* in March collapsed in
    August"), as a reporting verb does."""
    out: dict[int, str] = {}
    verbal = any(m.verbal for m in matches)  # a reduced participle needs a verb of the sentence after it
    for i, t in enumerate(toks):
        low = t.lower
        if low in V.REPORTING_VERBS and low not in W.ATTRIBUTION_PHRASE_WORDS and not noun_use(toks, i):
            out[i] = "report"
        elif (
            verbal and (low.endswith("ed") or low in V.PAST_PARTICIPLES) and _reduced_participle(toks, i, matches, cls)
        ):
            out[i] = "modifier"
    for m in matches:
        for i in range(m.first, m.head_last):
            out[i] = "event"
    return out


def _reduced_participle(toks: Sequence[Token], i: int, matches: Sequence[TriggerMatch], cls: Sequence[Clause]) -> bool:
    """A past participle right after a noun, before a preposition, with the clause's verb still to
    come: "a truce *declared* in March this year collapsed"."""
    low = toks[i].lower
    if i == 0 or i + 1 >= len(toks) or not (low.endswith("ed") or low in V.PAST_PARTICIPLES) or low in V.NOT_VERB_ED:
        return False
    prev, nxt = toks[i - 1], toks[i + 1]
    if not prev.is_word or prev.lower in NP_STOP or nxt.lower not in G.PREPOSITIONS:
        return False
    ci = clause_index(cls, i)
    return any(m.first > i and m.verbal and clause_index(cls, m.first) == ci for m in matches)


def _owner_of(t: SentenceTime, toks: Sequence[Token], cls: Sequence[Clause], owners: Mapping[int, str]) -> int | None:
    """The nearest word of the time's clause that can own it (an event word wins a tie). A
    participle after its noun owns only a time after it ("the ceasefire *declared* in March"; not
    "signed the deal on Friday *aimed* at ..."); a word after the time with "and" between them does
    not take it from a word before it ("declared an emergency on Monday *and said* ...")."""
    c = cls[t.clause]
    before = any(c.first <= i < t.first for i in owners)
    best: tuple[int, int] | None = None
    for i, kind in owners.items():
        if c.first <= i < c.last:
            if i >= t.last and kind == "modifier":
                continue
            if i >= t.last and before and any(toks[k].lower in G.VERB_COORDINATORS for k in range(t.last, i)):
                continue
            d = t.first - i if i < t.first else i - t.last + 1
            if (
                kind == "modifier"
                and i < t.first
                and all(toks[k].lower in G.PARTICIPLE_TIME_LINKS for k in range(i + 1, t.first))
            ):
                d = 0  # "a truce *declared in* March this year collapsed": the participle's phrase holds the time
            if best is None or d < best[0] or (d == best[0] and kind == "event"):
                best = (d, i)
    return best[1] if best else None


def _bare_year(t: SentenceTime) -> bool:
    """A year written alone ("the 1996 Olympic bombing": it may name a capitalised event)."""
    return t.expr.text.isdigit() and len(t.expr.text) == 4


def _named_by(toks: Sequence[Token], m: TriggerMatch, times: Sequence[SentenceTime]) -> SentenceTime | None:
    """The attributive time of a noun trigger ("the 2011 uprising", "the Oct. 23 slaying"), also of
    one whose verb follows it ("the Aug. 4 airstrike on the port killed"), if any."""
    m = m.lead_noun() or m
    if verbal_use(toks, m):
        return None
    for t in times:
        if (
            attributive(toks, t)
            and t.last <= m.first <= t.last + 3
            and all(
                x.is_word and (not is_capitalised(x) or _bare_year(t)) or x.text == "," for x in toks[t.last : m.first]
            )
        ):
            return t
    return None


def _events_here(toks: Sequence[Token], matches: Sequence[TriggerMatch]) -> list[TriggerMatch]:
    """The matches that make an event: "..., killing 11" or "11 were killed when ..." is the toll of
    another event of the sentence, not one of its own."""
    nonfatal = [m for m in matches if not m.entry.fatal]

    kills = [m for m in matches if m.entry.name in W.OWN_EVENT_WHEN_PASSIVE]

    def absorbed(m: TriggerMatch) -> bool:
        after_comma = m.first > 0 and toks[m.first - 1].text == ","
        if m.entry.name in W.PARTICIPLE_DETAILS and after_comma and toks[m.first].lower.endswith("ing"):
            return m is not matches[0]  # "struck the airport, targeting the runway": a detail
        if not m.entry.fatal:
            return False
        if m.entry.name in W.TOLL_ONLY and any(k.first < m.first for k in kills):
            return True  # "had been killed and 27 wounded": the wounded are the killing's toll
        if not nonfatal:
            # "21 people had been killed and 27 wounded": the wounded are the killing's toll
            return m.entry.name not in W.OWN_EVENT_WHEN_PASSIVE and any(k.first < m.first for k in kills)
        ing = toks[m.first].lower.endswith("ing")
        if ing:
            # "..., killing 11 and wounding 300": the toll of the event before; "fighters killing
            # civilians": an event
            return after_comma or (m.first > 0 and toks[m.first - 1].lower == "and")
        if not verbal_use(toks, m):
            return False  # "the killings of civilians": a noun tells an event, not a toll
        own = m.entry.name in W.OWN_EVENT_WHEN_PASSIVE
        j = m.first - 1
        while own and j > 0 and toks[j].lower.endswith("ly"):
            j -= 1  # "were reportedly killed"
        passive = j >= 0 and toks[j].lower in G.PASSIVE_BE
        if passive and own:
            return False  # "11 people were killed": a killing told in its own clause is an event
        if own and _actor_clause(toks, j):
            return False  # "..., when Israel killed the group's leader": a killing of its own
        return passive or nonfatal[0].first < m.first

    return [m for m in matches if not absorbed(m) and not back_reference(toks, m)]


def _actor_clause(toks: Sequence[Token], j: int) -> bool:
    """``toks[j]`` (the word before an active killing verb, past "had", "has") is a name or a personal
    pronoun that opens a clause ("when *Israel* killed", "where *he* executed"); not a weapon, an event
    or a place ("a truck bomb killed", "a strike on the city of Ganja killed")."""
    while j > 0 and toks[j].lower in V.AUXILIARIES:
        j -= 1
    if j < 1 or toks[j - 1].lower not in W.OWN_KILLING_OPENERS:
        return False
    return toks[j].lower in W.ACTOR_PRONOUNS or (toks[j].is_word and is_capitalised(toks[j]))


def _fatalities(sent: Span, toks: Sequence[Token], events: Sequence[TriggerMatch]) -> dict[int, tuple[int, str]]:
    """Each death count of the sentence, given to the event it belongs to (``arguments.assign_tolls``)."""
    return assign_tolls(fatality_counts(sent.text), toks, [t.start - sent.start for t in toks], events)


def _narrative_cue(toks: Sequence[Token]) -> str | None:
    words = [t.lower for t in toks[:4] if t.is_word]
    for k in (4, 3, 2, 1):
        cue = " ".join(words[:k])
        if cue in W.NARRATIVE_CONNECTORS:
            return cue
    return None


def read_sentence(
    index: int,
    sent: Span,
    toks: tuple[Token, ...],
    exprs: Sequence[TemporalExpression],
    around: Around = NOTHING,
) -> SentenceView:
    """Read one sentence (``exprs``: the resolved expressions that lie in it; ``around``: the words of
    the sentences just before it, which the trigger checks may read)."""
    starts = [t.start for t in toks]
    time_firsts = {bisect.bisect_left(starts, e.start) for e in exprs}
    cls = _clauses_with_times(toks, time_firsts)
    times = place_times(toks, exprs, cls)
    good = [t for t in times if usable(t.expr) and not attributive(toks, t)]
    matches = accepted_matches(toks, cls, times, around)
    if not matches:
        # most sentences hold no event: the narrative state reads only their times (nothing of
        # theirs is tied, so no word needs to own a time)
        return SentenceView(index, sent, toks, tuple(cls), tuple(times), tuple(good), (None,) * len(good))
    events = _events_here(toks, matches)
    owners = _owners(toks, events, cls)  # a killing word that gives a toll owns no time
    named_by = {m.first: t for m in matches if (t := _named_by(toks, m, times)) is not None}
    tolls = _fatalities(sent, toks, events) if events else {}
    return SentenceView(
        index=index,
        span=sent,
        tokens=toks,
        clauses=tuple(cls),
        times=tuple(times),
        usable=tuple(good),
        owner=tuple(_owner_of(t, toks, cls, owners) for t in good),
        matches=tuple(matches),
        events=tuple(events),
        owners=owners,
        named_by=named_by,
        named_tokens=frozenset(i for m in matches if m.first in named_by for i in range(m.first, m.head_last)),
        fatalities={k: n for k, (n, _) in tolls.items()},
        toll_rules={k: r for k, (_, r) in tolls.items()},
        narrative_cue=_narrative_cue(toks),
        reported_cue=reported_cue(toks),
    )
