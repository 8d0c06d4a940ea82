"""Who did it: the actor rules (:data:`ACTOR_RULES`, tried in order, the first that finds an actor
wins) and the two-sided rules that add the other side (:data:`PARTNER_RULES`: "clashes between X
and Y"), each with its examples and near-misses.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..lexicon import arguments as A
from ..lexicon import event_grammar as G
from ..lexicon import event_words as W
from ..lexicon import verbs as V
from ..lexicon.triggers import verb_forms
from ..model import EventKind
from ..text import Token, is_capitalised
from .phrases import (
    ArgumentRule,
    Found,
    Site,
    TokenRange,
    conjuncts,
    has_head,
    np_back,
    np_forward,
    participle,
    passive,
    past_collective,
    skip_insertion,
    strip_leading,
    verb_group_start,
    verbish,
)
from .places import modifier_place
from .syntax import NP_STOP
from .triggers import TriggerMatch

__all__ = ["ACTOR_RULES", "PARTNER_RULES", "subject_of"]


def subject_of(site: Site, verb: int, depth: int = 0) -> list[Found]:
    """The subject of the verb at ``verb``: the noun phrase before its verb group, past an
    insertion, through a relative pronoun to its antecedent, through "and" to the subject of the
    verb before ("entered Palma ... and attacked banks"), through a pronoun to whom it stands for
    ("Pakistan said it shot down ...")."""
    toks, floor = site.tokens, 0
    j = verb_group_start(toks, verb, floor, site.blocked)
    apposed = _apposed_name(toks, j)
    j = skip_insertion(toks, j, floor)
    if apposed is not None and depth == 0:
        head = _subject_at(site, j, depth)
        return head + [Found(apposed)] if head else [Found(apposed)]
    return _subject_at(site, j, depth)


def _apposed_name(toks: Sequence[Token], j: int) -> TokenRange | None:
    """ "Its leader, *Mohamed Hamdan Dagalo*, ordered": a name between commas before the verb."""
    if j - 2 < 0 or toks[j - 1].text != ",":
        return None
    k = j - 2
    while k >= 0 and toks[k].is_word and (is_capitalised(toks[k]) or toks[k].lower in W.NAME_PARTICLES):
        k -= 1
    if k < 0 or toks[k].text != "," or k + 1 > j - 2 or j - 1 - (k + 1) > 5:
        return None
    if any(t.lower in W.FUNCTION_WORDS or t.lower in W.TITLE_WORDS for t in toks[k + 1 : j - 1]):
        return None
    return (k + 1, j - 1)


def _subject_at(site: Site, j: int, depth: int) -> list[Found]:
    """The subject ending before ``j`` (the verb group's start, past any insertion)."""
    toks, floor = site.tokens, 0
    if j - 1 >= floor and toks[j - 1].lower in {"who", "which", "that"} and not _reported_that(toks, j - 1):
        k = j - 1
        if k - 1 >= floor and toks[k - 1].text == ",":
            k -= 1
        a = np_back(toks, k, floor, site.blocked)
        return [Found((a, k))] if a is not None and has_head(toks, a, k) else []
    if j - 1 >= floor and toks[j - 1].lower in {"and", "but"} and depth < 3:
        earlier = _verb_before(toks, j - 1, floor, site.blocked)
        if earlier is not None:
            return subject_of(site, earlier, depth + 1)
    a = np_back(toks, j, floor, site.blocked)
    if a is None:
        return []
    if j - a == 1 and toks[a].lower in A.ACTOR_PRONOUNS:
        return _pronoun(site, a, depth)
    a = strip_leading(toks, a, j)
    a = past_collective(toks, a, j)
    if a >= j:
        return []
    if toks[j - 1].lower in A.NOT_ACTORS and j - a == 1:
        return []
    if not has_head(toks, a, j):
        return []
    # "declared a ceasefire and the ENDF pulled out": the object of a verb, "and", the subject
    if a > 0 and verbish(toks, a - 1) and toks[a - 1].lower not in V.REPORTING_VERBS:
        cuts = [k for k in range(a, j) if toks[k].lower == "and"]
        if cuts and has_head(toks, cuts[-1] + 1, j):
            a = cuts[-1] + 1
    return [Found(r) for r in conjuncts(toks, a, j)]


def _reported_that(toks: Sequence[Token], k: int) -> bool:
    """ "said that it ...": a "that" that opens what was reported, not a relative clause."""
    return toks[k].lower == "that" and k > 0 and toks[k - 1].lower in V.REPORTING_VERBS


def _pronoun(site: Site, k: int, depth: int) -> list[Found]:
    """Whom a subject pronoun stands for: the subject of the reporting verb right before it
    ("Pakistan said it shot down"), else the nearest subject before it in the sentence ("the enemy
    occupied both localities, where he executed"), else the actor the article told last."""
    toks = site.tokens
    r = k - 1
    if r >= 0 and toks[r].lower == "that":
        r -= 1
    if r >= 0 and toks[r].lower in V.REPORTING_VERBS and depth < 3:
        found = subject_of(site, r, depth + 1)
        if found:
            return found
    for v in range(k - 1, -1, -1):
        if toks[v].is_word and verbish(toks, v) and toks[v].lower not in V.AUXILIARIES and depth < 3:
            found = subject_of(site, v, depth + 1)
            if found and found[0].rng is not None:
                return found
    return [Found(None, site.last_actor)] if site.last_actor else []


def _verb_before(toks: Sequence[Token], i: int, floor: int, blocked: frozenset[int]) -> int | None:
    """The nearest verb before ``i`` in the same stretch (no comma or clause word between)."""
    for k in range(i - 1, max(floor, i - 26) - 1, -1):
        t = toks[k]
        if t.text in {";", ":"} or t.lower in W.CLAUSE_OPENERS:
            return None
        if k in blocked or not t.is_word:
            continue
        if t.lower in V.AUXILIARIES or t.lower in V.REPORTING_VERBS:
            return None
        if t.lower in V.IRREGULAR_PAST or (
            t.lower.endswith("ed") and t.lower not in V.NOT_VERB_ED and verbish(toks, k)
        ):
            return k
    return None


def _subject_rule(site: Site) -> list[Found]:
    toks, m = site.tokens, site.match
    if toks[m.first].lower.endswith("ing") and m.first >= 2 and toks[m.first - 1].lower in G.PREPOSITIONS:
        # "decided against joining", "seized the capital after besieging it": the subject of the verb before
        if toks[m.first - 1].lower != "of":
            for v in range(m.first - 2, max(-1, m.first - 16), -1):
                if toks[v].text in {";", ":"}:
                    break
                if toks[v].is_word and v not in site.blocked and verbish(toks, v):
                    found = subject_of(site, v)
                    if found:
                        return found
                    break
    if site.nominal or passive(toks, m) or m.verb_at != m.first:
        return []  # a phrase with its own subject ("fighting raged") has no actor before it
    return subject_of(site, m.first)


def _passive_agent(site: Site) -> list[Found]:
    """ "was struck by a missile fired by Yemen's Houthi rebels": the last "by" of the chain."""
    toks, m = site.tokens, site.match
    ing_by = toks[m.first].lower.endswith("ing") and m.head_last < len(toks) and toks[m.head_last].lower == "by"
    if not site.nominal and not passive(toks, m) and not _reduced_participle(toks, m) and not ing_by:
        return []
    out: list[Found] = []
    stop = site.clause.last if not site.nominal else min(len(toks), m.head_last + 12)
    j = m.head_last
    while j < min(stop, m.head_last + 12):
        if toks[j].lower == "by" and j > m.head_last and participle(toks[j - 1]) and site.nominal:
            break  # "the truce proposed by the Quartet": who proposed it
        if toks[j].lower == "by" and j + 1 < stop:
            e = np_forward(toks, j + 1, stop, site.blocked)
            while (
                e + 1 < stop
                and toks[e].lower == "and"
                and has_head(toks, e + 1, np_forward(toks, e + 1, stop, site.blocked))
            ):
                e = np_forward(toks, e + 1, stop, site.blocked)  # "brokered by Saudi Arabia and the United States"
            if e > j + 1 and has_head(toks, j + 1, e):
                out = [Found(r) for r in conjuncts(toks, j + 1, e)]
                if e < stop and toks[e].lower in {"fired", "launched", "operated", "flown"} and e + 1 < stop:
                    j = e + 1  # "a missile fired by X": the one who fired it
                    continue
                break
        if not toks[j].is_word and toks[j].text not in {"'", "’"}:
            break
        j += 1
    return out


def _reduced_participle(toks: Sequence[Token], m: TriggerMatch) -> bool:
    """ "the accord signed by", "The measure, approved by the cabinet": a participle and its agent."""
    word = toks[m.first].lower
    return (
        (word.endswith("ed") or word in V.IRREGULAR_PAST)
        and m.first > 0
        and m.head_last < len(toks)
        and toks[m.head_last].lower == "by"
    )


def _possessor(site: Site) -> list[Found]:
    """ "Russia's invasion", "Hamas' Oct. 7 attack", "the RSF's capture of"."""
    if not site.nominal:
        return []
    toks, m = site.tokens, site.match
    j = m.first - 1
    while j >= 0 and (j in site.blocked or toks[j].lower in {"first", "latest", "new", "largest", "renewed"}):
        j -= 1
    while j >= 0 and toks[j].is_word and not is_capitalised(toks[j]) and not toks[j].lower.endswith(("'s", "s'", "'")):
        if toks[j].lower in NP_STOP or j < m.first - 4:
            return []
        j -= 1  # adjectives: "Russia's full-scale invasion"
    if j < 0:
        return []
    low = toks[j].lower
    if low == "whose":  # "its ally Hamas, whose Oct. 7 attack": the one before "whose"
        k = j - 1 if j > 0 and toks[j - 1].text == "," else j
        a = np_back(toks, k, 0, site.blocked)
        if a is not None and has_head(toks, a, k):
            return [Found(r) for r in conjuncts(toks, a, k)][-1:]
        return []
    if low.endswith(("'s", "s'")) or (low.endswith("'") and len(low) > 2):
        a = np_back(toks, j + 1, 0, site.blocked)
        a = j if a is None else a
        if toks[a].lower in G.DETERMINERS and a + 1 <= j:
            a = a if toks[a].lower == "the" else a + 1
        return [Found((a, j + 1))]
    return []


def _pronoun_possessor(site: Site) -> list[Found]:
    """ "its siege", "their offensive": the owner is the actor told last (in the sentence, or before)."""
    if not site.nominal:
        return []
    toks, m = site.tokens, site.match
    j = m.first - 1
    while j >= 0 and j >= m.first - 3 and toks[j].is_word and toks[j].lower not in G.POSSESSIVES:
        if is_capitalised(toks[j]) or toks[j].lower in NP_STOP:
            return []
        j -= 1
    if j < 0 or toks[j].lower not in G.POSSESSIVES:
        return []
    if j >= 2 and toks[j - 1].is_word and toks[j - 1].lower not in NP_STOP:
        a = np_back(toks, j - 1, 0, site.blocked)  # "until Israel halts its offensive"
        prep = a is not None and a > 0 and toks[a - 1].lower in G.PREPOSITIONS - W.CLAUSE_OPENERS
        if a is not None and has_head(toks, a, j - 1) and not prep:
            return [Found((a, j - 1))]
    for k in range(j - 1, -1, -1):  # the nearest subject before it in the sentence
        if toks[k].is_word and (verbish(toks, k) or toks[k].lower in {"end", "ending"}):
            found = subject_of(site, k)
            if found and found[0].rng is not None:
                return found
    return [Found(None, site.last_actor)] if site.last_actor else []


def _modifier(site: Site) -> list[Found]:
    """ "the Houthi siege", "Israeli air strikes", "a coalition air strike": a name or people word
    right before a noun trigger (a place name before talks or a truce is their place)."""
    if not site.nominal or modifier_place(site):
        return []
    toks, m = site.tokens, site.match
    e = m.first
    while e - 1 >= 0 and toks[e - 1].is_word and toks[e - 1].lower in {"missile", "drone", "and", "rocket", "ground"}:
        e -= 1  # "a Houthi missile and drone attack"
    a = e
    while a - 1 >= 0 and (a - 1) not in site.blocked and toks[a - 1].is_word:
        t = toks[a - 1]
        if t.lower.endswith(A.BROKER_ENDINGS):
            break  # "a Russian-brokered ceasefire": the broker, not a side
        if (is_capitalised(t) and t.lower not in W.FUNCTION_WORDS) or t.lower in {"coalition", "us", "u.s."}:
            a -= 1
            continue
        break
    if a == e or a == 0 and len(toks) > e and e - a == 1 and toks[a].lower in W.FUNCTION_WORDS:
        return []
    if a == 0 and e - a == 1 and not toks[a].text.isupper() and toks[a].lower.endswith(W.DEMONYM_ENDINGS) is False:
        return []  # a capital at the sentence start says nothing
    return [Found((a, e))]


def _light_verb(site: Site) -> list[Found]:
    """A noun trigger that is the object of a verb its subject does it with: "carried out an air
    strike", "launched an offensive", "held talks", "announced a three-day ceasefire" is not one
    (reporting)."""
    if not site.nominal:
        return []
    toks, m = site.tokens, site.match
    declared = site.kind in A.DECLARED_KINDS
    after = _light_verb_after(site, declared)
    if after:
        return after
    j = m.first - 1
    verb: int | None = None

    def around_time(k: int) -> bool:
        return k in site.blocked or (toks[k].text == "," and ((k - 1) in site.blocked or (k + 1) in site.blocked))

    while j >= 0 and j >= m.first - 9 and (toks[j].is_word or around_time(j)):
        if around_time(j):
            j -= 1  # "announced on Thursday, 6th November, its acceptance"
            continue
        verb = _light_verb_at(toks, j, declared)
        adjective = toks[j].lower.endswith("ed") and j + 1 <= m.first and _light_verb_at(toks, j, declared) is None
        if (
            verb is not None
            or (
                verbish(toks, j)
                and not (adjective and j - 1 >= 0 and _light_verb_at(toks, j - 1, declared) is not None)
            )
            or toks[j].lower in A.LIGHT_PARTICLES
        ):
            break
        if toks[j].lower in G.PREPOSITIONS - {"in", "out", "of"} or toks[j].lower in W.CLAUSE_OPENERS:
            return []
        j -= 1  # "launched *a major new* offensive", "carried out *25* strikes", "a second round of peace talks"
    if j < 0 or not toks[j].is_word:
        return []
    verb = verb if verb is not None else _light_verb_at(toks, j, declared)
    if verb is None or toks[j].lower in A.ACCUSING_VERBS:
        return []
    return subject_of(site, verb)


def _light_verb_after(site: Site, declared: bool) -> list[Found]:
    """ "an air strike *it carried out* on Wednesday", "the offensive the army launched": the doer
    between the noun and its light verb."""
    toks, m = site.tokens, site.match
    k = m.head_last
    e = np_forward(toks, k, min(len(toks), k + 5), site.blocked) if k < len(toks) else k
    if e == k and k < len(toks) and toks[k].lower in A.ACTOR_PRONOUNS:
        e = k + 1
    if e == k or e >= len(toks):
        return []
    for end in range(e, min(len(toks), e + 3)):
        verb = _light_verb_at(toks, end, declared)
        if verb == e:
            return subject_of(site, e)
    return []


def _light_verb_at(toks: Sequence[Token], j: int, declared: bool = False) -> int | None:
    """The index of the light verb ending at ``j`` ("carried out", "took part in", "launched"; with
    ``declared``, "announced" too)."""
    # The phrases ending in this word, in the order of the records: the first that fits wins.
    for phrase in (_DECLARED_BY_LAST if declared else _LIGHT_BY_LAST).get(toks[j].lower, ()):
        a = j - len(phrase) + 1
        if a >= 0 and all(toks[a + i].lower == w for i, w in enumerate(phrase)):
            return a
    return None


_LIGHT_FORMS = tuple(
    (lemma, verb_forms(lemma.split("_")[0]) + A.LIGHT_VERB_EXTRA_FORMS.get(lemma.split("_")[0], ()))
    for lemma in sorted(A.LIGHT_VERBS)
)
_DECLARING_FORMS = tuple((lemma, verb_forms(lemma)) for lemma in sorted(A.DECLARING_VERBS))


def _by_last_word(records: tuple[tuple[str, tuple[str, ...]], ...]) -> dict[str, tuple[tuple[str, ...], ...]]:
    """Every phrase of ``records`` (each form of the verb, then the lemma's other words), keyed by
    its last word, in the records' order."""
    index: dict[str, list[tuple[str, ...]]] = {}
    for lemma, forms in records:
        words = lemma.split("_")
        for form in forms:
            phrase = (form, *words[1:])
            index.setdefault(phrase[-1], []).append(phrase)
    return {last: tuple(phrases) for last, phrases in index.items()}


_LIGHT_BY_LAST = _by_last_word(_LIGHT_FORMS)
_DECLARED_BY_LAST = _by_last_word(_LIGHT_FORMS + _DECLARING_FORMS)


def _accused(site: Site) -> list[Found]:
    """ "accused the rebels of executing more than 100 people": the accused did it."""
    toks, m = site.tokens, site.match
    if m.first < 3 or toks[m.first - 1].lower != "of":
        return []
    a = np_back(toks, m.first - 1, 0, site.blocked)
    if a is None or a == 0 or toks[a - 1].lower not in A.ACCUSING_VERBS:
        return []
    return [Found((a, m.first - 1))]


def _participial(site: Site) -> list[Found]:
    """ "..., shooting men as they tried to flee": an "-ing" after a comma shares the subject of
    the verb before it."""
    toks, m = site.tokens, site.match
    if not toks[m.first].lower.endswith("ing") or m.first < 2 or toks[m.first - 1].text != ",":
        return []
    at = m.first - 1
    while True:  # the nearest verb before whose subject is a doer ("after the base fell" is none)
        verb = _verb_before_comma(toks, at, site.blocked)
        if verb is None:
            return []
        found = subject_of(site, verb)
        if found:
            return found
        at = verb


def _verb_before_comma(toks: Sequence[Token], i: int, blocked: frozenset[int]) -> int | None:
    for k in range(i - 1, max(-1, i - 25), -1):
        t = toks[k]
        if t.text in {";", ":"}:
            return None
        if k in blocked or not t.is_word:
            continue
        if t.lower in V.IRREGULAR_PAST or (
            t.lower.endswith("ed") and t.lower not in V.NOT_VERB_ED and verbish(toks, k)
        ):
            if t.lower not in V.REPORTING_VERBS:
                return k
    return None


def _between(site: Site) -> list[Found]:
    """ "clashes between the army and the RSF", "a ceasefire between Israel and Hezbollah"."""
    toks, m = site.tokens, site.match
    j = m.head_last
    while j < len(toks) and j < m.head_last + 4 and toks[j].lower != "between":
        if toks[j].lower in W.CLAUSE_OPENERS or not toks[j].is_word and toks[j].text not in {"(", ")"}:
            return []
        j += 1
    if j >= len(toks) or toks[j].lower != "between":
        return []
    return _coordinated(site, j + 1)


def _with(site: Site) -> list[Found]:
    """ "fighting with the FARDC", "talks with TMC and FFC leaders": the other side."""
    if site.kind not in (EventKind.BATTLE, EventKind.NEGOTIATION):
        return []
    toks, m = site.tokens, site.match
    if m.entry.name not in A.WITH_PARTNER_ENTRIES:
        return []  # "attacked with drones", "a counter-attack with an assault group": what it was done with
    j = m.head_last
    while j < len(toks) and j < m.head_last + 5 and toks[j].lower != "with":
        if toks[j].lower in W.CLAUSE_OPENERS or not toks[j].is_word:
            return []
        j += 1
    if j >= len(toks) or toks[j].lower != "with":
        return []
    return _coordinated(site, j + 1)[:2]


def _coordinated(site: Site, start: int) -> list[Found]:
    """The noun phrases from ``start`` joined by "and" (each its own actor)."""
    toks = site.tokens
    out: list[Found] = []
    k = start
    while k < len(toks):
        e = np_forward(toks, k, len(toks), site.blocked)
        if e <= k or not has_head(toks, k, e):
            break
        out.append(Found((k, e)))
        if e < len(toks) and toks[e].lower == "and":
            k = e + 1
            continue
        break
    if len(out) == 1 and out[0].rng is not None:
        a, e = out[0].rng
        # "the Ethiopian National Defence Force (ENDF) and Fano militias" read as one phrase
        cut = next((k for k in range(a + 1, e) if toks[k].lower == "and"), None)
        if cut is not None:
            out = [Found((a, cut)), Found((cut + 1, e))]
    return out


#: How an actor is read, in order: the first rule that finds one gives the event its actor.
ACTOR_RULES: tuple[ArgumentRule, ...] = (
    ArgumentRule(
        "passive-agent",
        "actor",
        _passive_agent,
        (
            ("Women were raped by RSF members during the dispersal.", "2019-06-08", "raped", "RSF members"),
            ("The town was captured by rebel forces on Monday.", "2024-03-12", "captured", "rebel forces"),
            (
                "The ship sank after it was struck by a missile fired by Yemen's Houthi rebels.",
                "2024-03-03",
                "struck",
                "Yemen's Houthi rebels",
            ),
        ),
        (("The town was captured on Monday by noon.", "2024-03-12", "captured", "noon"),),
        "the agent of a passive or a noun: 'by X', past 'fired by'",
    ),
    ArgumentRule(
        "subject",
        "actor",
        _subject_rule,
        (
            ("Rebels seized Aleppo on Saturday.", "2024-11-30", "seized", "Rebels"),
            ("The rebels, who are backed by Rwanda, seized Minova.", "2025-01-22", "seized", "The rebels"),
            (
                "Forces loyal to eastern commander Khalifa Haftar shelled the airport on Sunday.",
                "2019-04-07",
                "shelled",
                "Forces loyal to eastern commander Khalifa Haftar",
            ),
            ("Gunmen on a motorbike shot dead a lecturer on Wednesday.", "2021-05-16", "shot", "Gunmen on a motorbike"),
            (
                "The militants, known locally as al-Shabaab, seized the port in August.",
                "2021-03-29",
                "seized",
                "The militants",
            ),
            ("M23 fighters, who took Bunagana six days ago, were advancing.", "2022-06-19", "took", "M23 fighters"),
            ("Fighters entered Palma on Monday and attacked a police station.", "2021-03-29", "attacked", "Fighters"),
            (
                "The army, which withdrew from the city on Sunday, has vowed to retake it.",
                "2025-10-29",
                "retake",
                "The army",
            ),
        ),
        (
            (
                "KHARTOUM, April 18 (Reuters) - Fighting raged in the capital on Tuesday.",
                "2023-04-18",
                "raged",
                "Reuters",
            ),
            ("The Rebels, who are backed by Rwanda, seized Minova.", "2025-01-22", "seized", "Rwanda"),
            ("In Syria rebels seized Hama on Friday.", "2024-12-02", "seized", "Syria"),
        ),
        "the noun phrase before a verb trigger, past insertions and relative clauses",
    ),
    ArgumentRule(
        "accused",
        "actor",
        _accused,
        (("The government accused the rebels of executing 100 people.", "2021-11-03", "executing", "the rebels"),),
        doc="'accused X of <event>'",
    ),
    ArgumentRule(
        "participle",
        "actor",
        _participial,
        (
            (
                "RSF fighters went from house to house on Sunday, shooting men as they fled.",
                "2025-10-27",
                "shooting",
                "RSF fighters",
            ),
        ),
        doc="an '-ing' after a comma shares the subject of the verb before",
    ),
    ArgumentRule(
        "possessor",
        "actor",
        _possessor,
        (
            ("Russia's invasion began in February 2022.", "2023-12-06", "invasion", "Russia"),
            ("The RSF's capture of El Fasher shocked the region.", "2025-10-29", "capture", "The RSF"),
        ),
        doc="the possessor of a noun trigger",
    ),
    ArgumentRule(
        "light-verb",
        "actor",
        _light_verb,
        (
            # ("carried out 25 strikes", "mounted an assault": the support verb is part of the trigger,
            # whose subject is the actor; these verbs only govern the noun)
            (
                "Coalition aircraft took part in 25 strikes in the past week.",
                "2021-03-08",
                "strikes",
                "Coalition aircraft",
            ),
            ("The Taliban announced a three-day ceasefire on Monday.", "2021-05-16", "ceasefire", "The Taliban"),
            ("The militia intensified its assault on the town on Monday.", "2024-03-12", "assault", "The militia"),
        ),
        (("Zelenskiy said the capture of Sudzha was complete.", "2024-08-16", "capture", "Zelenskiy"),),
        doc="the subject of a verb whose object is the event: carried out, launched, held, declared",
    ),
    ArgumentRule(
        "its",
        "actor",
        _pronoun_possessor,
        (("The RSF tightened its siege of the town in May.", "2025-11-03", "siege", "The RSF"),),
        doc="'its siege': the actor of the clause before",
    ),
    ArgumentRule(
        "modifier",
        "actor",
        _modifier,
        (
            (
                "Hundreds demonstrated to demand an end to the Houthi siege of the city.",
                "2022-04-03",
                "siege",
                "Houthi",
            ),
            ("A coalition air strike hit a building in Mosul.", "2016-03-13", "air strike", "coalition"),
        ),
        doc="a name before a noun trigger: 'the Houthi siege', 'Israeli air strikes'",
    ),
)

#: Rules that add the other side of a two-sided event, after the actor rules.
PARTNER_RULES: tuple[ArgumentRule, ...] = (
    ArgumentRule(
        "between",
        "actor",
        _between,
        (
            (
                "A ceasefire between Israel and Hezbollah took effect on Wednesday.",
                "2024-11-27",
                "ceasefire",
                "Hezbollah",
            ),
            (
                "Clashes between the Sudanese Armed Forces and the Rapid Support Forces resumed on Monday.",
                "2023-12-22",
                "Clashes",
                "the Sudanese Armed Forces",
            ),
        ),
        doc="'between X and Y' after the trigger",
    ),
    ArgumentRule(
        "with",
        "actor",
        _with,
        (
            (
                "M23 rebels took the town after two days of fighting with the FARDC.",
                "2022-06-19",
                "fighting",
                "the FARDC",
            ),
        ),
        (("Protesters marched with banners in Goma on Friday.", "2022-06-19", "marched", "banners"),),
        doc="'fighting with X', 'talks with X'",
    ),
)
