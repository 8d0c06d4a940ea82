"""Which trigger matches are events: the context checks an entry names in ``needs``, and the
near-misses every match is tested against (a trigger inside a time or a name, a modifier, the
object of another event noun).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence

from ..lexicon import event_grammar as G
from ..lexicon import event_words as W
from ..lexicon import verbs as V
from ..lexicon.numbers import NUMBER_WORDS
from ..text import Clause, Token, is_capitalised
from .syntax import (
    business,
    clause_index,
    in_name,
    is_placeish,
    object_has_place,
    political_person,
    skip_adverbs_back,
    subject_index,
    verbal_use,
    words_after,
)
from .times import SentenceTime
from .triggers import TriggerMatch, find_triggers

__all__ = ["CHECKS", "accepted_matches"]

Check = Callable[[Sequence[Token], TriggerMatch, int], bool]


def _check_place_subject(tokens: Sequence[Token], m: TriggerMatch, floor: int) -> bool:
    nxt = tokens[m.last].lower if m.last < len(tokens) else ""
    if nxt[:1].isdigit() or nxt[:1] in "$£€" or nxt in G.FIGURE_LEADS:
        return False  # "fell 4 to 15", "fell by 3%": a figure, not a town
    if m.last > m.head_last or tokens[m.first].lower == "fall":  # "fall of X", "fell to X"
        if object_has_place(tokens, m.last, 4):
            return True
    s = subject_index(tokens, m.first, floor)
    if s is None:
        return False
    return is_placeish(tokens[s], s == 0)


def _check_territory_object(tokens: Sequence[Token], m: TriggerMatch, floor: int) -> bool:
    if object_has_place(tokens, m.last, 6):
        return True
    # passive: "Aleppo was captured by rebels"
    s = subject_index(tokens, m.first, floor)
    passive = (
        not tokens[m.first].lower.endswith("ing")
        and m.first > 0
        and any(t.lower in G.BE_FORMS for t in tokens[max(floor, m.first - 3) : m.first])
    )
    return bool(passive and s is not None and is_placeish(tokens[s], s == 0))


def _check_armed(tokens: Sequence[Token], m: TriggerMatch, floor: int) -> bool:
    # weapons or fighters in the sentence, or deaths: "the bombings killed more than 200 people"
    return any(t.lower in W.ARMED_WORDS or t.lower in G.DEADLY_WORDS for t in tokens)


def _check_civil(tokens: Sequence[Token], m: TriggerMatch, floor: int) -> bool:
    before = tokens[max(0, m.first - 4) : m.first]
    if any(t.lower in W.ARMED_WORDS for t in before):
        return False
    if tokens[m.first].lower.startswith(("demonstrat", "rall")) and any(
        t.lower in W.SHOWN_THINGS for t in words_after(tokens, m.last, 4)
    ):
        return False  # "seeking to demonstrate American support", "to rally Arab public opinion"
    s = subject_index(tokens, m.first, floor)
    return not (s is not None and tokens[s].lower in W.NOT_PLACE_SUBJECTS)


def _check_shot_person(tokens: Sequence[Token], m: TriggerMatch, floor: int) -> bool:
    """ "was shot in the back", "the shooting of a guard", "gunmen shot two guards": a person shot."""
    word = tokens[m.first].lower
    nxt = tokens[m.first + 1].lower if m.first + 1 < len(tokens) else ""
    if nxt in G.SHOT_PARTICLES and word == "shot" and not _check_armed(tokens, m, floor):
        return False  # "shares shot up"
    if nxt in W.NOT_SHOT_OBJECTS:
        return False  # "shooting skeet", "shot the film"
    j = m.first - 1
    while j >= floor and tokens[j].lower.endswith("ly"):
        j -= 1
    prev = tokens[j].lower if j >= floor else ""
    if word.startswith("shooting"):
        return (
            prev in G.DETERMINERS
            or prev.endswith("'s")
            or prev in G.SHOOTING_MODIFIERS
            or _check_armed(tokens, m, floor)
        )
    if word == "shot":
        if prev in V.PASSIVE_AUX:
            return True
        if prev in G.DETERMINERS or prev in G.SHOT_NOUN_LEADS:
            return False  # "a shot at the title": a noun
    return _check_armed(tokens, m, floor)


def _check_ruling(tokens: Sequence[Token], m: TriggerMatch, floor: int) -> bool:
    """ "the court ruled Wednesday that ...", "the judge's ruling": a decision, not "ruled the country"."""
    word = tokens[m.first].lower
    nxt = tokens[m.first + 1].lower if m.first + 1 < len(tokens) else ""
    if word.startswith("ruling"):
        prev = tokens[m.first - 1].lower if m.first > 0 else ""
        after = tokens[m.first + 1] if m.first + 1 < len(tokens) else None
        if after is not None and after.is_word and is_capitalised(after):
            return False  # "the ruling Chama Cha Mapinduzi party"
        return (prev in G.DETERMINERS or prev.endswith("'s") or prev.endswith("s'")) and nxt not in W.RULING_ADJ_NOUNS
    return any(t.lower == "that" for t in tokens[m.last : m.last + 4]) or nxt in G.RULED_PREPOSITIONS


def _check_signing(tokens: Sequence[Token], m: TriggerMatch, floor: int) -> bool:
    """ "signed the treaty", "an accord signed by Annan": a political instrument is signed, not a contract."""
    if m.last - m.first > 1:
        return True  # "signing ceremony"
    after = words_after(tokens, m.last, 6)
    near = after + list(tokens[max(floor, m.first - 3) : m.first])
    if any(t.lower in W.SIGNED_INSTRUMENTS for t in near):
        return True
    # "which the two presidents signed last May": a head of state or government signs for a state
    if any(t.lower in W.NOT_SIGNED for t in after):
        return False
    j = skip_adverbs_back(tokens, m.first - 1, floor)
    return j >= floor and re.sub(r"['’]s?$", "", tokens[j].lower) in W.POLITICAL_PERSONS | W.POLITICAL_BODIES


def _check_meeting(tokens: Sequence[Token], m: TriggerMatch, floor: int) -> bool:
    """ "the king met Saddam", "met with his aides": people meet; not "met expectations", "met with resistance"."""
    if any(t.lower in W.NOT_MET_OBJECTS for t in words_after(tokens, m.last, 6)):
        return False
    return political_person(tokens)


def _check_political_actor(tokens: Sequence[Token], m: TriggerMatch, floor: int) -> bool:
    """ "the lower house approved", "Gadhafi agreed in April to ...": a political body or figure acts;
    not "shareholders approved", nor an opinion ("agreed with", "agreed that")."""
    nxt = tokens[m.last].lower if m.last < len(tokens) else ""
    if nxt in G.OPINION_LEADS:
        return False
    return political_person(tokens) or (not business(tokens) and any(t.lower in W.POLITICAL_BODIES for t in tokens))


def _check_summit(tokens: Sequence[Token], m: TriggerMatch, floor: int) -> bool:
    """A meeting of leaders, not the top of a mountain."""
    return not any(t.lower in W.MOUNTAIN_WORDS for t in tokens)


def _check_condemn(tokens: Sequence[Token], m: TriggerMatch, floor: int) -> bool:
    """ "condemned the bombings": a statement; not "the condemned building", "condemned to death"."""
    j = skip_adverbs_back(tokens, m.first - 1, floor)
    if j >= floor and tokens[j].lower in G.DETERMINERS and tokens[j].lower != "that":
        return False
    after = words_after(tokens, m.last, 3)
    if after and after[0].lower in G.CONDEMNED_TO:
        return False
    return not any(t.lower in W.CONDEMNED_THINGS for t in after)


def _check_accession(tokens: Sequence[Token], m: TriggerMatch, floor: int) -> bool:
    nxt = tokens[m.last].lower if m.last < len(tokens) else ""
    return nxt not in W.ACCESSION_NOT


def _charged_with(tokens: Sequence[Token], m: TriggerMatch) -> int | None:
    """The index of the "with" of "charged with murder", "charged Kopp with attempted murder"."""
    if tokens[m.last - 1].lower == "with":
        return m.last - 1
    for k in range(m.last, min(len(tokens), m.last + 4)):
        if tokens[k].lower == "with" and all(
            x.is_word and (is_capitalised(x) or x.lower in G.OBJECT_PRONOUNS) for x in tokens[m.last : k]
        ):
            return k
    return None


def _check_charge(tokens: Sequence[Token], m: TriggerMatch, floor: int) -> bool:
    """ "charged with murder", "was charged Thursday": an accusation; not "charged a fee", "charged $5"."""
    with_at = _charged_with(tokens, m)
    if with_at is not None:
        k = with_at + 1
        while k < len(tokens) and tokens[k].lower in G.DETERMINERS:
            k += 1
        return k < len(tokens) and tokens[k].is_word and tokens[k].lower not in W.CHARGED_DUTIES
    j = skip_adverbs_back(tokens, m.first - 1, floor)
    if j < floor or tokens[j].lower not in V.PASSIVE_AUX:
        return False  # "the company charged ...", "the cavalry charged into the valley"
    nxt = tokens[m.last] if m.last < len(tokens) else None
    return nxt is None or not (nxt.text[:1].isdigit() or nxt.text[:1] in "$£€" or nxt.lower in G.CHARGE_PRICE_LEADS)


def _check_wound(tokens: Sequence[Token], m: TriggerMatch, floor: int) -> bool:
    """ "seriously wounded six others", "was critically injured in the bombing": people hurt by violence;
    not "the wounded" or "wounded soldiers" (a noun, an adjective) nor "injured his knee"."""
    j = skip_adverbs_back(tokens, m.first - 1, floor)
    prev = tokens[j] if j >= floor else None
    if prev is not None and prev.lower in G.DETERMINERS and prev.lower != "that":  # "shootings that injured"
        return False
    nxt = tokens[m.last] if m.last < len(tokens) else None
    if (
        (prev is None or not prev.is_word)
        and nxt is not None
        and nxt.is_word
        and not is_capitalised(nxt)
        and nxt.lower not in G.PREPOSITIONS
        and nxt.lower not in G.DETERMINERS
        and nxt.lower not in NUMBER_WORDS
    ):
        return False  # "Wounded soldiers were flown home"
    return _check_armed(tokens, m, floor)


#: The context checks a lexicon entry can name in ``needs``.
CHECKS: Mapping[str, Check] = {
    "place_subject": _check_place_subject,
    "territory_object": _check_territory_object,
    "armed_context": _check_armed,
    "civil_context": _check_civil,
    "shot_person": _check_shot_person,
    "ruling_context": _check_ruling,
    "signing_context": _check_signing,
    "meeting_context": _check_meeting,
    "summit_context": _check_summit,
    "political_actor": _check_political_actor,
    "condemn_context": _check_condemn,
    "accession_context": _check_accession,
    "charge_context": _check_charge,
    "wound_context": _check_wound,
}


def _object_of(toks: Sequence[Token], cls: Sequence[Clause], prev: TriggerMatch, m: TriggerMatch) -> bool:
    """ "preparations for an assault": the second event noun is the first one's object."""
    gap = toks[prev.last : m.first]
    return (
        not prev.verbal
        and clause_index(cls, prev.first) == clause_index(cls, m.first)
        and len(gap) <= 3
        and all(g.lower in G.PREPOSITIONS or g.lower in G.OBJECT_NOUN_LEADS for g in gap)
    )


def accepted_matches(toks: Sequence[Token], cls: Sequence[Clause], times: Sequence[SentenceTime]) -> list[TriggerMatch]:
    """The trigger matches of a sentence that are events: the lexicon's matches minus the near-misses."""
    out: list[TriggerMatch] = []
    in_time = {k for t in times for k in range(t.first, t.last)}
    for m in find_triggers(toks):
        if any(k in in_time for k in range(m.first, m.head_last)):
            continue  # "last March", "in May": a time, not a march
        if in_name(toks, m):
            continue  # "his Sunday Mass", "the Buffalo Shooting Club": part of a name
        if (
            toks[m.first].lower.endswith("ing")
            and m.last == m.first + 1
            and m.last < len(toks)
            and toks[m.last].lower in W.ING_MODIFIED
        ):
            continue  # "their negotiating stance", "a fighting force": a modifier, not an event
        if m.entry.needs:
            ci = clause_index(cls, m.first)
            floor = cls[ci].first if cls else 0
            if not CHECKS[m.entry.needs](toks, m, floor):
                continue
        if out:
            prev = out[-1]
            if _object_of(toks, cls, prev, m):
                continue  # "preparations for an assault": the assault is the preparation's object
            if prev.entry.kind is m.entry.kind and prev.last == m.first:
                if not verbal_use(toks, prev) and not verbal_use(toks, m):
                    # "the bomb blasts": one noun compound, whose head is its last word
                    out[-1] = TriggerMatch(prev.entry, prev.first, m.last, m.head_last, False)
                continue  # "car bomb exploded": one event told twice
        out.append(m)
    return out
