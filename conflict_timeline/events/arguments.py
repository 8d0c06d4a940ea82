"""Who, where and how many: an event's actors, places and death toll, read from the words around its
trigger by ordered records, and the short summary that names them.

Each record (:class:`ArgumentRule`) names one way a text states an argument, with the sentences
that prove it (``examples``) and those where it must not fire (``near_misses``); the tests run
both through the whole pipeline. :data:`ACTOR_RULES` are tried in order, the first that finds an
actor wins, and the two-sided rules add the other side ("clashes between X and Y"):
:data:`PLACE_RULES` all add what they find; :data:`TOLL_RULES` find the death counts of a sentence
and :func:`assign_tolls` gives each to the event it belongs to. Every argument records the rule that
found it (``Event.reading.arguments``).

The phrases are read with a small noun-phrase reader over the sentence's tokens (:func:`np_back`,
:func:`np_forward`): no tagger, only the word tables of :mod:`conflict_timeline.lexicon`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import attrs

from ..lexicon import arguments as A
from ..lexicon import event_grammar as G
from ..lexicon import event_words as W
from ..lexicon import verbs as V
from ..lexicon.calendar import MONTHS, WEEKDAYS
from ..lexicon.signals import SIGNALS
from ..lexicon.triggers import TRIM_WORDS
from ..text import Clause, Token, is_capitalised
from .actors import ACTOR_RULES, PARTNER_RULES
from .phrases import (
    ArgumentRule,
    Found,
    Site,
    conjuncts,
    np_back,
    np_forward,
    passive,
    skip_insertion,
    used_as_verb,
    verb_group_start,
)
from .places import PLACE_RULES
from .syntax import NP_STOP
from .times import SentenceTime
from .tolls import TOLL_RULES, Toll, TollRule, assign_tolls, fatality_counts
from .triggers import TriggerMatch

__all__ = [
    "Site",
    "Found",
    "ArgumentRule",
    "TollRule",
    "ACTOR_RULES",
    "PARTNER_RULES",
    "PLACE_RULES",
    "TOLL_RULES",
    "Arguments",
    "read_arguments",
    "complete_places",
    "Dateline",
    "dateline",
    "sentence_names",
    "fatality_counts",
    "Toll",
    "assign_tolls",
    "np_back",
    "conjuncts",
    "passive",
    "np_forward",
    "summary",
]


def _time_tokens(times: Sequence[SentenceTime]) -> set[int]:
    return {k for t in times for k in range(t.first, t.last)}


# --- the dateline ---------------------------------------------------------------------------------

_DATELINE = re.compile(
    r"\A\s*(?P<place>[A-Z][A-Z.'’-]+(?:[ /][A-Z][A-Z.'’-]+){0,3})"
    r"(?:\s*,[^\n]{0,60}?(?:\((?P<agency>[^)\n]{1,30})\))?\s*[-–—]+\s|\s+[-–—]+\s)"
)


@attrs.frozen(slots=True)
class Dateline:
    """The dateline of an article ("KHARTOUM, April 18 (Reuters) - "): its places ("Khartoum"; a
    joint dateline "WASHINGTON/BEIRUT" gives two), the agency it names, and where it ends."""

    places: tuple[str, ...]
    agency: str
    end: int


def dateline(text: str) -> Dateline | None:
    """The dateline that opens ``text``, if any: upper-case place names, then a comma and the date
    (and agency), or a dash.

    >>> dateline("KHARTOUM, April 18 (Reuters) - Fighting raged.").places
    ('Khartoum',)
    """
    m = _DATELINE.match(text)
    if m is None:
        return None
    names = [n.strip() for n in m.group("place").split("/") if n.strip()]
    if not all(len(re.sub(r"[^A-Z]", "", n)) >= 3 for n in names):
        return None
    places = tuple(" ".join(w.capitalize() if w.isupper() else w for w in n.split()) for n in names)
    return Dateline(places, (m.group("agency") or "").strip(), m.end())


# --- reading them all ------------------------------------------------------------------------------


@attrs.frozen(slots=True)
class Arguments:
    """What the rules found for one event: actors and places as written, the place that is the
    subject ("Kherson fell"), and ``(role, text, rule)`` for each."""

    actors: tuple[str, ...] = ()
    places: tuple[str, ...] = ()
    subject_place: str | None = None
    rules: tuple[tuple[str, str, str], ...] = ()
    place_starts: tuple[int, ...] = ()  # the token each place starts at (-1: borrowed from elsewhere)
    trigger: int = 0  # the trigger's first token
    patient: str | None = None  # who suffered a passive ("Slepian was shot")

    def own_places(self) -> list[tuple[str, int]]:
        """The places read in the event's own words, with where they start."""
        return [(p, k) for p, k in zip(self.places, self.place_starts, strict=True) if k >= 0]

    def adding(self, place: str, rule: str) -> Arguments:
        """These arguments with one more place, borrowed by ``rule``."""
        if place in self.places:
            return self
        return attrs.evolve(
            self,
            places=(*self.places, place),
            place_starts=(*self.place_starts, -1),
            rules=(*self.rules, ("place", place, rule)),
        )


def _usable_actor(site: Site, f: Found, places: set[str], source: str) -> str | None:
    if f.rng is None:
        return f.name or None
    text = site.text(f.rng, source)
    a, b = f.rng
    if any(k in site.blocked for k in range(a, b)):
        return None
    if text in places:
        return None
    return (
        re.sub(r"['’]s?$", "", text.strip(" ,"))
        if f.rng[1] - f.rng[0] == 1 or text.endswith("'s")
        else text.strip(" ,")
    )


def read_arguments(site: Site, source: str) -> Arguments:
    """Read an event's actors and places with the rules, in their order (the places of its sentence,
    of the place named before and of the dateline come from :func:`complete_places`).

    A trigger that is an event noun and the verb it is the subject of ("a coalition *air strike hit*
    a building") is read at its noun, which names the doer ("coalition") and the place ("on the
    port"); the verb's words ("hit *a building in Mosul*") give what the noun does not."""
    lead = site.match.lead_noun()
    if lead is None:
        return _read_site(site, source)
    noun = _read_site(attrs.evolve(site, match=lead, nominal=True), source)
    if noun.actors and noun.places:
        return attrs.evolve(noun, trigger=site.match.first)
    verb = _read_site(site, source)
    who = noun if noun.actors else verb
    where = noun if noun.places else verb
    rules = tuple(r for a in (noun, verb) for r in a.rules if (who if r[0] == "actor" else where) is a)
    return Arguments(
        who.actors, where.places, where.subject_place, rules, where.place_starts, site.match.first, verb.patient
    )


def _read_site(site: Site, source: str) -> Arguments:
    if site.nominal and used_as_verb(site.tokens, site.match):
        site = attrs.evolve(site, nominal=False)
    rules: list[tuple[str, str, str]] = []
    places: list[str] = []
    starts: list[int] = []
    subject_place: str | None = None
    for rule in PLACE_RULES:
        for f in rule.find(site):
            if f.rng is None or any(k in site.blocked for k in range(*f.rng)):
                continue
            text = site.text(f.rng, source)
            if text not in places:
                places.append(text)
                starts.append(f.rng[0])
                rules.append(("place", text, rule.name))
                if rule.name == "place-subject":
                    subject_place = text
    actors: list[str] = []
    taken = set(places)
    for rule in ACTOR_RULES:
        found = [a for f in rule.find(site) if (a := _usable_actor(site, f, taken, source))]
        if found:
            for a in found:
                if a not in actors:
                    actors.append(a)
                    rules.append(("actor", a, rule.name))
            break
    for rule in PARTNER_RULES:
        for f in rule.find(site):
            a = _usable_actor(site, f, taken, source)
            if a and a not in actors:
                actors.append(a)
                rules.append(("actor", a, rule.name))
    if subject_place is not None and subject_place in actors:
        actors.remove(subject_place)
    for a_text in [x[1] for x in rules if x[0] == "actor" and x[2] == "subject"]:
        head = a_text.split()[-1].lower() if a_text.split() else ""
        if head in A.REGION_HEADS and a_text not in places:
            places.append(a_text)  # "Neighbouring Belgorod region declared ...": who and where
            starts.append(-1)
            rules.append(("place", a_text, "subject-place"))
    patient = _patient(site, source)
    return Arguments(
        tuple(actors), tuple(places), subject_place, tuple(rules), tuple(starts), site.match.first, patient
    )


def _patient(site: Site, source: str) -> str | None:
    """The subject of a passive trigger, who suffered it ("Slepian was shot")."""
    if site.nominal or not passive(site.tokens, site.match):
        return None
    toks = site.tokens
    j = skip_insertion(toks, verb_group_start(toks, site.match.first, 0), 0)
    a = np_back(toks, j, 0, site.blocked)
    return site.text((a, j), source) if a is not None else None


def _named(place: str) -> bool:
    return any(w[:1].isupper() for w in place.split() if w.lower() not in W.FUNCTION_WORDS)


def _anaphoric_place(place: str) -> bool:
    """ "the town", "the city", "the North Darfur capital": a definite common noun of a place, no
    name of its own (a name may modify it)."""
    words = place.split()
    return (
        2 <= len(words) <= 5
        and words[0].lower() == "the"
        and words[-1].lower() in A.ANAPHORIC_PLACE_HEADS
        and "of" not in (w.lower() for w in words)
    )


def _fits_head(place: str, candidate: str) -> bool:
    """Whether a named place can be what "the <head>" stands for: "the region" is no town ("Kursk
    region" is one, "Sudzha" is not); "the town", "the city", "the capital" are any bare name."""
    head = place.split()[-1].lower()
    last = candidate.split()[-1].lower()
    if last in A.PLACE_HEADS:
        return last == head
    return head in A.SETTLEMENT_HEADS


def complete_places(
    sentence: Sequence[Arguments], recent: Sequence[str], dateline_places: Sequence[str] = ()
) -> list[Arguments]:
    """The places an event's own words do not give, from around it, for the events of one sentence:

    - "antecedent": beside "the town", the place named last before it (in the sentence, else in
      ``recent``, the named places of the sentences before, oldest first);
    - "sentence": an event with no place of its own takes those of the nearest event of its
      sentence that has some ("retook Awasse after clashes": the clashes were at Awasse);
    - "dateline": an event still without one, in the dateline's paragraph, takes the dateline's.
    """
    out = list(sentence)
    named = sorted((k, p) for a in sentence for p, k in a.own_places() if _named(p) and not _anaphoric_place(p))
    for i, a in enumerate(out):
        for p, k in a.own_places():
            if _anaphoric_place(p):
                before = [q for j, q in named if j < k and _fits_head(p, q)]
                earlier = [q for q in recent if _fits_head(p, q)]
                ante = before[-1] if before else (earlier[-1] if earlier else None)
                if ante is not None:
                    out[i] = out[i].adding(ante, "antecedent")
    for i, a in enumerate(out):
        if a.places:
            continue
        donors = [b for b in sentence if b.own_places()]
        if donors:
            nearest = min(donors, key=lambda b: (abs(b.trigger - a.trigger), b.trigger))
            for p, _ in nearest.own_places():
                out[i] = out[i].adding(p, "sentence")
    for i in range(len(out)):
        if not out[i].places:
            for p in dateline_places:
                out[i] = out[i].adding(p, "dateline")
    return out


_NOT_NAME_WORDS = frozenset(W.FUNCTION_WORDS) | frozenset(MONTHS) | frozenset(WEEKDAYS) | frozenset(W.TITLE_WORDS)


def sentence_names(tokens: Sequence[Token], blocked: frozenset[int] | set[int]) -> list[str]:
    """The names of a sentence: runs of capitalised words that are no function word, month,
    weekday or title, not counting the sentence's first word alone."""
    out: list[str] = []
    n = len(tokens)
    done = 0  # the words before this are read
    # only a capitalised word can start a name: most words have no capital
    for k in [k for k, t in enumerate(tokens) if t.text[:1].isupper()]:
        t = tokens[k]
        if k < done or not t.is_word or k in blocked or t.lower in _NOT_NAME_WORDS:
            continue
        e = k
        while (
            e < n
            and e not in blocked
            and tokens[e].is_word
            and (is_capitalised(tokens[e]) or tokens[e].lower in W.NAME_PARTICLES)
        ):
            e += 1
        opening = k == 0 or (k - 1) in blocked or not tokens[k - 1].is_word
        if not (opening and e == k + 1 and not t.text.isupper()):
            name = " ".join(x.text for x in tokens[k:e])
            if name not in out:
                out.append(name)
        done = e
    return out


# --- summaries --------------------------------------------------------------------------------


def _toks_signal(tok: Token) -> bool:
    """A preposition or signal word that introduces a time ("on", "since", "by")."""
    return tok.lower in G.PREPOSITIONS or tok.lower in SIGNALS


_SUMMARY_TRIM = TRIM_WORDS | G.PREPOSITIONS | G.POSSESSIVES


def summary(
    tokens: Sequence[Token],
    m: TriggerMatch,
    clause: Clause,
    actor: str | None,
    times: Sequence[SentenceTime],
    nominal: bool,
) -> str:
    """A short phrase saying what happened: the actor and the trigger with its object."""
    time_tokens = _time_tokens(times)
    time_tokens |= {t.first - 1 for t in times if t.first > 0 and _toks_signal(tokens[t.first - 1])}
    start = m.first
    if nominal:  # keep the adjectives of a noun trigger ("relative stalemate", "swift takeover")
        while start - 1 >= clause.first and start > m.first - 2:
            prev = tokens[start - 1]
            if (
                not prev.is_word
                or prev.lower in NP_STOP
                or prev.lower.endswith("'s")
                or (start - 1) in time_tokens
                or is_capitalised(prev)
            ):
                break
            start -= 1
    end = m.last
    limit = min(clause.last, m.last + 7)
    while end < limit:
        tok = tokens[end]
        if end in time_tokens or not tok.is_word or tok.lower in W.CLAUSE_OPENERS or tok.lower in V.REPORTING_VERBS:
            break
        if end > m.last and (tok.lower in V.AUXILIARIES or (nominal and tok.lower == "by")):
            break
        if tok.lower in G.SUMMARY_STOPS and end > m.last:
            break
        end += 1
    while end > m.head_last and tokens[end - 1].lower in _SUMMARY_TRIM:
        end -= 1
    phrase = " ".join(t.text for t in tokens[start:end])
    if nominal:
        text = phrase[:1].upper() + phrase[1:]
        if actor and actor.casefold() not in text.casefold():
            text += f" ({actor})"
        return text
    subject = actor or ""
    text = f"{subject} {phrase}".strip()
    return text[:1].upper() + text[1:]
