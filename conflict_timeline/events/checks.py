"""Which trigger matches are events: the context checks an entry names in ``needs``, and the
near-misses every match is tested against (a trigger inside a time or a name, a modifier, the
object of another event noun).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Mapping, Sequence

from ..lexicon import arguments as A
from ..lexicon import event_contexts as CX
from ..lexicon import event_grammar as G
from ..lexicon import event_words as W
from ..lexicon import status_cues as C
from ..lexicon import verbs as V
from ..lexicon.numbers import NUMBER_WORDS
from ..lexicon.triggers import Trigger, verb_forms
from ..text import Clause, Token, is_capitalised
from .syntax import (
    business,
    clause_index,
    in_name,
    is_placeish,
    object_has_place,
    political_person,
    relative_clause_before,
    skip_adverbs_back,
    subject_index,
    verbal_use,
    words_after,
)
from .times import SentenceTime
from .triggers import TriggerMatch, find_triggers

__all__ = [
    "CHECKS",
    "Around",
    "NOTHING",
    "accepted_matches",
    "check_of",
    "subject_words",
    "subject_or_antecedent",
    "object_words",
]

#: The words of the sentences just before the one read (lower case): the topic a check may read
#: when its own sentence is silent, and what a pronoun ("It is due to take effect") may stand for.
Around = frozenset[str]

#: No sentence before.
NOTHING: Around = frozenset()

Check = Callable[[Sequence[Token], TriggerMatch, int, Around], bool]


def _check_place_subject(tokens: Sequence[Token], m: TriggerMatch, floor: int, around: Around = NOTHING) -> bool:
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


def _check_territory_object(tokens: Sequence[Token], m: TriggerMatch, floor: int, around: Around = NOTHING) -> bool:
    """A place taken ("seized *Aleppo*", "Aleppo *was captured*", "the town, *which* rebels took"), or
    "it" taken where arms are ("the RSF *took control of it*")."""
    if object_has_place(tokens, m.last, 6):
        return True
    if m.last < len(tokens) and tokens[m.last].lower == "it" and _check_armed(tokens, m, floor, around):
        return True
    # "El Fasher, which the militia seized": the place the relative pronoun stands for
    k = m.first - 1
    while k > floor - 1 and k >= m.first - 5 and tokens[k].lower not in G.RELATIVE_OPENERS:
        k -= 1
    if k >= 1 and tokens[k].lower in G.RELATIVE_OPENERS:
        j = k - 1
        while j >= 0 and not tokens[j].is_word:
            j -= 1
        if j >= 0 and is_placeish(tokens[j], j == 0):
            return True
    # passive: "Aleppo was captured by rebels"
    s = subject_index(tokens, m.first, floor)
    passive = (
        not tokens[m.first].lower.endswith("ing")
        and m.first > 0
        and any(t.lower in G.BE_FORMS for t in tokens[max(floor, m.first - 3) : m.first])
    )
    return bool(passive and s is not None and is_placeish(tokens[s], s == 0))


def _check_armed(tokens: Sequence[Token], m: TriggerMatch, floor: int, around: Around = NOTHING) -> bool:
    """Weapons or fighters in the sentence, or deaths ("the bombings killed more than 200 people"),
    or, for a verb, in the sentences just before ("The first bomb hit the ministry. The second *went
    off* ..."; a noun there, "the operation", mostly points back at an event told before)."""
    if any(t.lower in W.ARMED_WORDS or t.lower in G.DEADLY_WORDS for t in tokens):
        return True
    return not around.isdisjoint(W.ARMED_WORDS) and verbal_use(tokens, m)


def _check_civil(tokens: Sequence[Token], m: TriggerMatch, floor: int, around: Around = NOTHING) -> bool:
    before = tokens[max(0, m.first - 4) : m.first]
    if any(t.lower in W.ARMED_WORDS for t in before):
        return False
    if tokens[m.first].lower.startswith(("demonstrat", "rall")) and any(
        t.lower in W.SHOWN_THINGS for t in words_after(tokens, m.last, 4)
    ):
        return False  # "seeking to demonstrate American support", "to rally Arab public opinion"
    s = subject_index(tokens, m.first, floor)
    return not (s is not None and tokens[s].lower in W.NOT_PLACE_SUBJECTS)


def _check_shot_person(tokens: Sequence[Token], m: TriggerMatch, floor: int, around: Around = NOTHING) -> bool:
    """ "was shot in the back", "the shooting of a guard", "gunmen shot two guards": a person shot."""
    word = tokens[m.first].lower
    nxt = tokens[m.first + 1].lower if m.first + 1 < len(tokens) else ""
    if nxt in G.SHOT_PARTICLES and word == "shot" and not _check_armed(tokens, m, floor, around):
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
            or _check_armed(tokens, m, floor, around)
        )
    if word == "shot":
        if prev in V.PASSIVE_AUX:
            return True
        if prev in G.DETERMINERS or prev in G.SHOT_NOUN_LEADS:
            return False  # "a shot at the title": a noun
    return _check_armed(tokens, m, floor, around)


def _check_ruling(tokens: Sequence[Token], m: TriggerMatch, floor: int, around: Around = NOTHING) -> bool:
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


def _reach(tokens: Sequence[Token], m: TriggerMatch, back: int, ahead: int) -> list[str]:
    """The words up to ``back`` tokens before the trigger and ``ahead`` after it, across commas (an
    apposition, a place: "The declaration*,* signed on Saturday", "signed in Nairobi*,* Kenya*,* a
    declaration") but not across a coordinated clause ("and", "but", ";")."""
    out: list[str] = []
    for k in range(m.first - 1, max(-1, m.first - 1 - back), -1):
        if tokens[k].lower in G.CLAUSE_JOINS:
            break
        if tokens[k].is_word:
            out.append(_word(tokens[k]))
    for k in range(m.last, min(len(tokens), m.last + ahead)):
        if tokens[k].lower in G.CLAUSE_JOINS:
            break
        if tokens[k].is_word:
            out.append(_word(tokens[k]))
    return out


def _check_signing(tokens: Sequence[Token], m: TriggerMatch, floor: int, around: Around = NOTHING) -> bool:
    """ "signed the treaty", "an accord signed by Annan": a political instrument is signed, not a contract."""
    if m.last - m.first > 1:
        return True  # "signing ceremony"
    after = words_after(tokens, m.last, 6)
    if _has(_reach(tokens, m, 4, 8), W.SIGNED_INSTRUMENTS):
        return True  # "signed in Nairobi, Kenya, a declaration", "The declaration, signed on Saturday"
    # "which the two presidents signed last May": a head of state or government signs for a state
    if any(t.lower in W.NOT_SIGNED for t in after):
        return False
    j = skip_adverbs_back(tokens, m.first - 1, floor)
    return j >= floor and re.sub(r"['’]s?$", "", tokens[j].lower) in W.POLITICAL_PERSONS | W.POLITICAL_BODIES


def _check_meeting(tokens: Sequence[Token], m: TriggerMatch, floor: int, around: Around = NOTHING) -> bool:
    """ "the king met Saddam", "met with his aides", "the Security Council will meet": people and
    bodies meet; not "met expectations", "met with resistance"."""
    if any(t.lower in W.NOT_MET_OBJECTS for t in words_after(tokens, m.last, 6)):
        return False
    return political_person(tokens) or (not business(tokens) and any(t.lower in W.POLITICAL_BODIES for t in tokens))


def _check_political_actor(tokens: Sequence[Token], m: TriggerMatch, floor: int, around: Around = NOTHING) -> bool:
    """ "the lower house approved", "Gadhafi agreed in April to ...": a political body or figure acts;
    not "shareholders approved", nor an opinion ("agreed with", "agreed that")."""
    nxt = tokens[m.last].lower if m.last < len(tokens) else ""
    if nxt in G.OPINION_LEADS:
        return False
    return political_person(tokens) or (not business(tokens) and any(t.lower in W.POLITICAL_BODIES for t in tokens))


def _check_summit(tokens: Sequence[Token], m: TriggerMatch, floor: int, around: Around = NOTHING) -> bool:
    """A meeting of leaders, not the top of a mountain."""
    return not any(t.lower in W.MOUNTAIN_WORDS for t in tokens)


def _check_condemn(tokens: Sequence[Token], m: TriggerMatch, floor: int, around: Around = NOTHING) -> bool:
    """ "condemned the bombings": a statement; not "the condemned building", "condemned to death"."""
    j = skip_adverbs_back(tokens, m.first - 1, floor)
    if j >= floor and tokens[j].lower in G.DETERMINERS and tokens[j].lower != "that":
        return False
    after = words_after(tokens, m.last, 3)
    if after and after[0].lower in G.CONDEMNED_TO:
        return False
    return not any(t.lower in W.CONDEMNED_THINGS for t in after)


def _check_accession(tokens: Sequence[Token], m: TriggerMatch, floor: int, around: Around = NOTHING) -> bool:
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


def _check_charge(tokens: Sequence[Token], m: TriggerMatch, floor: int, around: Around = NOTHING) -> bool:
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


def _check_wound(tokens: Sequence[Token], m: TriggerMatch, floor: int, around: Around = NOTHING) -> bool:
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
    return _check_armed(tokens, m, floor, around)


def _political_context(tokens: Sequence[Token], m: TriggerMatch, floor: int, around: Around = NOTHING) -> bool:
    """A political body or figure, a state force or an armed group in a sentence of no business news;
    a phrase of several words says enough itself ("declared martial law", "a state of emergency")."""
    if business(tokens):
        return False
    if m.head_last - m.first >= 2:
        return True
    return any(
        t.lower in W.POLITICAL_BODIES
        or re.sub(r"['’]s?$", "", t.lower) in W.POLITICAL_PERSONS
        or t.lower in CX.STATE_FORCES
        or t.lower in W.ARMED_WORDS
        for t in tokens
    )


def _has(words: Sequence[str], table: frozenset[str]) -> bool:
    return any(w in table or (w.endswith("s") and w[:-1] in table) for w in words)


def _check_fighting(tokens: Sequence[Token], m: TriggerMatch, floor: int, around: Around = NOTHING) -> bool:
    """ "fighting", "heavy fighting", "fighting resumed": a battle; "is fighting for his survival" one
    only where arms are."""
    if m.last - m.first > 1 or tokens[m.first].lower != "fighting":
        return True
    prev = tokens[m.first - 1].lower if m.first > 0 else ""
    nxt = tokens[m.last].lower if m.last < len(tokens) else ""
    if prev in V.AUXILIARIES or nxt in {"for", "to", "back"}:
        return _check_armed(tokens, m, floor, around)
    return True


def _check_recapture(tokens: Sequence[Token], m: TriggerMatch, floor: int, around: Around = NOTHING) -> bool:
    """ "cleared the town of militants": a recapture where arms or a place are; not "cleared the debris"."""
    if tokens[m.first].lower.startswith("clear"):
        return _check_armed(tokens, m, floor, around) and object_has_place(tokens, m.last, 6)
    return True


def _check_withdrawal(tokens: Sequence[Token], m: TriggerMatch, floor: int, around: Around = NOTHING) -> bool:
    """ "withdrew from Kupiansk", "troops pulled out": ground handed over by an armed force; not "withdrew
    from the race"."""
    if _check_territory_object(tokens, m, floor, around):
        return True
    return m.last == m.head_last and _has(
        subject_words(tokens, m, floor), W.ARMED_WORDS | CX.FORCE_WORDS | CX.STATE_FORCES
    )


def _check_deal(tokens: Sequence[Token], m: TriggerMatch, floor: int, around: Around = NOTHING) -> bool:
    """ "a deal signed in November", "the peace conference": a political deal; not "the club agreed a deal"."""
    if tokens[m.first].lower not in W.GENERIC_DEAL_WORDS:
        return True
    return _political_context(tokens, m, floor, around)


def _check_agree(tokens: Sequence[Token], m: TriggerMatch, floor: int, around: Around = NOTHING) -> bool:
    """ "agreed to a truce", "Gadhafi agreed in April to hand them over": parties agree; not "agreed with"."""
    nxt = tokens[m.last].lower if m.last < len(tokens) else ""
    if nxt in G.OPINION_LEADS:
        return False
    if business(tokens):
        return False
    return (
        _check_political_actor(tokens, m, floor, around)
        or _has(object_words(tokens, m, 8), CX.TRUCE_WORDS)
        or _political_context(tokens, m, floor, around)
    )


def _check_truce(tokens: Sequence[Token], m: TriggerMatch, floor: int, around: Around = NOTHING) -> bool:
    """ "the truce collapsed", "extended the ceasefire": what befalls a truce, talks or a deal."""
    return (
        _has(subject_or_antecedent(tokens, m, floor, around), CX.TRUCE_WORDS)
        or _has(object_words(tokens, m, 4), CX.TRUCE_WORDS)
        # "a ceasefire brokered by Angola has collapsed", "A second truce, on 17-18 October, collapsed"
        or (m.verbal and _has(_reach(tokens, m, 10, 0), CX.TRUCE_WORDS))
    )


def _check_order(tokens: Sequence[Token], m: TriggerMatch, floor: int, around: Around = NOTHING) -> bool:
    """ "the military ordered 1.1 million people to move", "Armenia ordered a general *mobilisation*":
    an order of state, or of an act of state or war; not "ordered a coffee"."""
    if business(tokens):
        return False
    return _political_context(tokens, m, floor, around) or _has(object_words(tokens, m, 5), CX.ORDERED_ACTS)


def _check_instruction(tokens: Sequence[Token], m: TriggerMatch, floor: int, around: Around = NOTHING) -> bool:
    """ "told residents to register their firearms", "urged citizens to take up arms", "Residents told to
    stay indoors": the public instructed to act (an order); not "told reporters the talks failed"."""
    if business(tokens):
        return False
    for j in range(m.last, min(len(tokens), m.last + 10)):
        low = tokens[j].lower
        if low == "to" and j + 1 < len(tokens) and tokens[j + 1].is_word:
            told = [t.lower for t in tokens[m.last : j]]
            if j == m.last:  # "Residents told to register": the public is the subject
                told = subject_words(tokens, m, floor)
            return _has(told, CX.INSTRUCTED_PUBLIC)
        if low in V.AUXILIARIES or low in V.PASSIVE_AUX or (not tokens[j].is_word and low != ","):
            return False  # "told residents the water was safe to drink": what they were told, not an order
    return False


def _check_sanctions(tokens: Sequence[Token], m: TriggerMatch, floor: int, around: Around = NOTHING) -> bool:
    """ "the Council listed a gold-mining company", "the listings include ...": a listing under
    sanctions, told in the sentence or just before; not "listed three causes of the delay", nor "those
    listed are subject to an asset freeze" (who is listed, not a listing)."""
    if m.first > 0 and tokens[m.first - 1].lower == "those":
        return False
    return any(t.lower in CX.SANCTION_WORDS for t in tokens) or not around.isdisjoint(CX.SANCTION_WORDS)


def _check_office(tokens: Sequence[Token], m: TriggerMatch, floor: int, around: Around = NOTHING) -> bool:
    """The generic words of the office entry ("named", "replaced", "installed") need politics around them."""
    if tokens[m.first].lower in W.GENERIC_OFFICE_WORDS:
        return _political_context(tokens, m, floor, around)
    return True


def _check_displacement(tokens: Sequence[Token], m: TriggerMatch, floor: int, around: Around = NOTHING) -> bool:
    """ "thousands fled", "were displaced": people driven out; not "displaced families" (an adjective)."""
    word = tokens[m.first].lower
    prev = tokens[m.first - 1].lower if m.first > 0 else ""
    nxt = tokens[m.last].lower if m.last < len(tokens) else ""
    if word in {"displaced", "displacement"} and (nxt in W.DISPLACED_NOUNS or prev in G.DETERMINERS):
        return False
    if word.startswith(("escap", "shelter")):
        return _has([t.lower for t in tokens], CX.CIVILIAN_WORDS | W.ARMED_WORDS)
    return True


def _check_passage(tokens: Sequence[Token], m: TriggerMatch, floor: int, around: Around = NOTHING) -> bool:
    """ "closed the crossing", "the crossing remained closed", "a clinic opened": passages and centres."""
    return _has(object_words(tokens, m, 5), CX.PASSAGE_WORDS) or _has(subject_words(tokens, m, floor), CX.PASSAGE_WORDS)


def _check_mishap(tokens: Sequence[Token], m: TriggerMatch, floor: int, around: Around = NOTHING) -> bool:
    """ "the freighter sank", "the plane crashed", "rescued 21 survivors", "a stampede", "famine"."""
    word = tokens[m.first].lower
    if word.startswith(("stampede", "famine", "confirm")):
        return True
    if word.startswith("rescu"):
        words = object_words(tokens, m, 6) + (subject_words(tokens, m, floor) if passive(tokens, m, floor) else [])
        return _has(words, CX.CIVILIAN_WORDS | W.DISPLACED_NOUNS | {"survivors", "crew", "minor", "hostage"})
    if _has(subject_words(tokens, m, floor), CX.VESSEL_WORDS | CX.DESTROYED_THINGS):
        return True
    if word.startswith(W.FOUNDERING_WORDS):
        # "Cargo ship hit by a missile two weeks ago sinks", "The Rubymar went down" after a sentence
        # about the ship: a vessel told before the verb, or a named one of the sentences before
        if any(t.lower in CX.VESSEL_WORDS for t in tokens[floor : m.first]):
            return True
        s = subject_index(tokens, m.first, floor)
        return s is not None and is_capitalised(tokens[s]) and not around.isdisjoint(CX.VESSEL_WORDS)
    return False


def _check_violence(tokens: Sequence[Token], m: TriggerMatch, floor: int, around: Around = NOTHING) -> bool:
    """An armed context, or a crowd that attacks ("protesters attacked the embassy": a riot)."""
    return _check_armed(tokens, m, floor, around) or _has(subject_words(tokens, m, floor), CX.CROWD_WORDS)


def _check_attack(tokens: Sequence[Token], m: TriggerMatch, floor: int, around: Around = NOTHING) -> bool:
    """ "militants attacked", "protesters attacked", and "the attack" itself in a sentence of no other
    kind of attack ("a heart attack", "a panic attack")."""
    prev = tokens[m.first - 1].lower if m.first > 0 else ""
    if prev in W.NOT_VIOLENT_ATTACKS:
        return False
    if tokens[m.first].lower == "attack" and m.last < len(tokens) and tokens[m.last].lower in W.ATTACK_MODIFIED:
        return False  # "17 attack drones", "an attack helicopter": a kind of weapon, not an attack
    if _check_violence(tokens, m, floor, around):
        return True
    return not verbal_use(tokens, m) and not business(tokens)


def _check_force(tokens: Sequence[Token], m: TriggerMatch, floor: int, around: Around = NOTHING) -> bool:
    """Armed forces, a state's forces or an alliance at work ("NATO launched Operation ...")."""
    return _check_armed(tokens, m, floor, around) or any(t.lower in CX.STATE_FORCES | {"nato"} for t in tokens)


def _check_bodies(tokens: Sequence[Token], m: TriggerMatch, floor: int, around: Around = NOTHING) -> bool:
    """ "the bodies of six women were found", "found a mass grave": the dead of an attack."""
    if m.last - m.first > 1 or tokens[m.first].lower.startswith("mass"):
        return True
    return _has(subject_words(tokens, m, floor) + object_words(tokens, m, 6), W.BODY_WORDS)


def _check_verb_use(tokens: Sequence[Token], m: TriggerMatch, floor: int, around: Around = NOTHING) -> bool:
    """The trigger used as a verb ("rebels stormed the barracks"), not its noun ("the storm")."""
    return verbal_use(tokens, m)


def _check_death(tokens: Sequence[Token], m: TriggerMatch, floor: int, around: Around = NOTHING) -> bool:
    """A death in violence ("died of her injuries after the shelling"), not of illness or old age."""
    words = {t.lower for t in tokens}
    if words & W.NATURAL_DEATH_WORDS:
        return False
    return bool(words & (W.ARMED_WORDS | W.VIOLENT_DEATH_WORDS | CX.WEAPON_NOUNS))


def _check_destroy(tokens: Sequence[Token], m: TriggerMatch, floor: int, around: Around = NOTHING) -> bool:
    """ "drones destroyed several aircraft", "a bomb destroyed the theatre": things of war, or a weapon."""
    words = object_words(tokens, m, 6) + (subject_words(tokens, m, floor) if passive(tokens, m, floor) else [])
    return _has(words, CX.DESTROYED_THINGS) or _has(subject_words(tokens, m, floor), CX.WEAPON_WORDS | W.ARMED_WORDS)


def _check_body(tokens: Sequence[Token], m: TriggerMatch, floor: int, around: Around = NOTHING) -> bool:
    """ "set up the group", "a commandant's office would be set up": bodies of politics or war, not firms."""
    if business(tokens):
        return False
    words = object_words(tokens, m, 6) + (subject_words(tokens, m, floor) if passive(tokens, m, floor) else [])
    return _has(words, CX.BODY_WORDS)


def _check_outbreak(tokens: Sequence[Token], m: TriggerMatch, floor: int, around: Around = NOTHING) -> bool:
    """A war or fighting that broke out, not a price war."""
    return not business(tokens) and _has(subject_or_antecedent(tokens, m, floor, around), CX.CONFLICT_WORDS)


def _check_visit(tokens: Sequence[Token], m: TriggerMatch, floor: int, around: Around = NOTHING) -> bool:
    """Visits and attendance of political figures, bodies and armed groups, not of grandmothers."""
    return _check_political_actor(tokens, m, floor, around) or _political_context(tokens, m, floor, around)


def _check_movement(tokens: Sequence[Token], m: TriggerMatch, floor: int, around: Around = NOTHING) -> bool:
    """Armed forces on the move, or people fleeing across a border ("refugees crossed into Sudan")."""
    return _check_armed(tokens, m, floor, around) or _has(subject_words(tokens, m, floor), CX.REFUGEE_WORDS)


def _check_release(tokens: Sequence[Token], m: TriggerMatch, floor: int, around: Around = NOTHING) -> bool:
    """People set free: "Hamas freed 24 hostages", "the victim was released", "freed several opposition
    figures from prison", "more *exchanges* would follow" after a swap of prisoners; not "released a
    statement", "released figures showing ...".
    """
    after = [t.lower for t in words_after(tokens, m.last, 3)]
    if after and (after[0] in CX.NOT_RELEASED or (len(after) > 1 and after[1] in CX.NOT_RELEASED)):
        return False
    if _has(object_or_antecedent(tokens, m, around), CX.RELEASED_PEOPLE):
        return True
    return passive(tokens, m, floor) and _has(subject_or_antecedent(tokens, m, floor, around), CX.RELEASED_PEOPLE)


def _check_halted_advance(tokens: Sequence[Token], m: TriggerMatch, floor: int, around: Around = NOTHING) -> bool:
    """ "halted the rebels' advance", "the advance had been stopped": a force's push held where arms are
    told; not "the shares halted their advance" nor "halted food aid" (a service)."""
    after = words_after(tokens, m.last, 2)
    if after and after[0].lower in G.POSSESSIVES:
        return False  # "until Israel halts its offensive": a side stopping its own push, no fight
    words = object_or_antecedent(tokens, m, around)[:4]
    if passive(tokens, m, floor):
        words += subject_words(tokens, m, floor)
    if not _has(words, CX.ADVANCE_WORDS):
        return False
    return _check_armed(tokens, m, floor, around) or not around.isdisjoint(W.ARMED_WORDS)


def _check_legal_filing(tokens: Sequence[Token], m: TriggerMatch, floor: int, around: Around = NOTHING) -> bool:
    """ "filed a complaint", "the lawsuit was filed", "an indictment, unsealed today": a legal act;
    not "filed her story", "brought a case of wine"."""
    words = [t.lower for t in words_after(tokens, m.last, 4)]
    if passive(tokens, m, floor):
        words += [t.lower for t in tokens[max(floor, m.first - 6) : m.first] if t.is_word]
    elif m.first > 0 and tokens[m.first - 1].text == ",":  # "an indictment returned last week, unsealed today"
        words += [t.lower for t in tokens[max(0, m.first - 6) : m.first] if t.is_word]
    for k, w in enumerate(words):
        if w in CX.LEGAL_DOCUMENTS and not (w.startswith("case") and words[k + 1 : k + 2] == ["of"]):
            return True
    return False


def _check_impact(tokens: Sequence[Token], m: TriggerMatch, floor: int, around: Around = NOTHING) -> bool:
    """ "Two drones hit a fuel depot", "a ship *hit by* a Houthi missile", "pounded the hills *with*
    artillery", "the ship *was hit* ... during the missile attacks": a weapon or fighters hit something,
    or something was hit in an armed sentence; not "the storm hit the coast"."""
    weapons = CX.WEAPON_WORDS | W.ARMED_WORDS
    if _has(subject_words(tokens, m, floor), weapons):
        return True
    after = [t.lower for t in tokens[m.last : m.last + 8]]
    for lead in ("by", "with"):
        if lead in after and _has(after[after.index(lead) + 1 : after.index(lead) + 5], weapons):
            return True  # "hit by a Houthi missile", "pounding positions with artillery and drones"
    if passive(tokens, m, floor) and _has(subject_words(tokens, m, floor), CX.STRUCK_TARGETS):
        return True  # "its convoy was hit late Monday"
    if _has(object_words(tokens, m, 5), CX.STRUCK_TARGETS):
        return True  # "the operation hit sites in Bahawalpur", "threatened to hit 52 Iranian sites"
    return passive(tokens, m, floor) and _check_armed(tokens, m, floor, around)


#: A span of time written as one word before a noun: "a *44-day* war", "the *two-year* war".
_SPAN_WORD = re.compile(r"^[a-z0-9]+-(?:day|week|month|year)$")


def _check_war(tokens: Sequence[Token], m: TriggerMatch, floor: int, around: Around = NOTHING) -> bool:
    """A war told as a happening: "a 44-day *war*", "Yemen's *war*", "the *war* in Tigray", "a *war*
    between Israel and Hezbollah"; not "war crimes", "a war zone", "threatened civil war"."""
    nxt = tokens[m.last] if m.last < len(tokens) else None
    if nxt is not None and nxt.lower in CX.WAR_COMPOUNDS:
        return False
    if m.first > 0:
        prev = tokens[m.first - 1]
        if _SPAN_WORD.match(prev.lower) or (prev.lower.endswith(("'s", "\u2019s")) and is_capitalised(prev)):
            return True
    if nxt is None or nxt.lower not in CX.WAR_LINKS or m.last + 1 >= len(tokens):
        return False
    after = tokens[m.last + 1]
    if nxt.lower == "between" or is_capitalised(after) or after.lower[:1].isdigit():
        return True
    # "a war in the early 1990s", "the war in the Balkans"
    return after.lower == "the" and m.last + 2 < len(tokens) and _dated_or_named(tokens[m.last + 2])


def _dated_or_named(tok: Token) -> bool:
    return is_capitalised(tok) or tok.lower[:1].isdigit() or tok.lower in {"early", "late", "mid"}


def _check_expulsion(tokens: Sequence[Token], m: TriggerMatch, floor: int, around: Around = NOTHING) -> bool:
    """ "pushed al Shabaab *out of* dozens of villages", "drove Islamic State *from* its last
    positions": armed forces drive somebody out of a place."""
    if not _check_armed(tokens, m, floor, around):
        return False
    for j in range(m.last, min(len(tokens), m.last + 8)):
        low = tokens[j].lower
        if low == "from" or (low == "out" and j + 1 < len(tokens) and tokens[j + 1].lower == "of"):
            start = j + 2 if low == "out" else j + 1
            return object_has_place(tokens, start, 6)
    return False


#: The context checks a lexicon entry can name in ``needs``.
def _check_planned_act(tokens: Sequence[Token], m: TriggerMatch, floor: int, around: Around = NOTHING) -> bool:
    """ "the council will discuss the crisis", "lawmakers are expected to review the decree": a bare
    verb that names an intended act of a political figure or body; not the same verb told as done
    ("discussed the matter": an opinion or a report) nor a plan of business or private life."""
    if m.last - m.first > 1:
        return True  # "report back", "take part": the phrase says enough
    j = skip_adverbs_back(tokens, m.first - 1, floor)
    while j >= floor and tokens[j].lower in G.PLANNED_ACT_SKIPS:
        j -= 1
    if j < floor or tokens[j].lower not in G.PLANNED_ACT_LEADS:
        return False
    if tokens[j].lower == "to" and any(t.lower in G.GATHERING_VERBS for t in tokens[max(floor, j - 8) : j]):
        return False  # "will meet on Friday to discuss": the purpose of the meeting
    return political_person(tokens) or (not business(tokens) and any(t.lower in W.POLITICAL_BODIES for t in tokens))


CHECKS: Mapping[str, Check] = {
    "place_subject": _check_place_subject,
    "territory_object": _check_territory_object,
    "armed_context": _check_armed,
    "war_context": _check_war,
    "instruction_context": _check_instruction,
    "sanctions_context": _check_sanctions,
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
    "political_context": _political_context,
    "violence_context": _check_violence,
    "movement_context": _check_movement,
    "attack_context": _check_attack,
    "verb_use": _check_verb_use,
    "death_context": _check_death,
    "destroy_context": _check_destroy,
    "visit_context": _check_visit,
    "body_context": _check_body,
    "outbreak_context": _check_outbreak,
    "force_context": _check_force,
    "bodies_context": _check_bodies,
    "fighting_context": _check_fighting,
    "recapture_context": _check_recapture,
    "withdrawal_context": _check_withdrawal,
    "deal_context": _check_deal,
    "agree_context": _check_agree,
    "truce_context": _check_truce,
    "order_context": _check_order,
    "office_context": _check_office,
    "displacement_context": _check_displacement,
    "passage_context": _check_passage,
    "mishap_context": _check_mishap,
    "expulsion_context": _check_expulsion,
    "impact_context": _check_impact,
    "release_context": _check_release,
    "halted_advance": _check_halted_advance,
    "legal_filing": _check_legal_filing,
    "planned_act": _check_planned_act,
}


def _word(tok: Token) -> str:
    low = tok.lower
    return low[:-2] if low.endswith("'s") else low


def _appositive_before(tokens: Sequence[Token], comma: int) -> int | None:
    """The index before ", <a short noun phrase> ," when ``comma`` closes an appositive ("65,000
    people, about half the population, had crossed"): no verb, auxiliary or relative word inside."""
    for k in range(comma - 1, max(0, comma - 8) - 1, -1):
        if tokens[k].text == ",":
            inside = tokens[k + 1 : comma]
            if not inside or k == 0:
                return None
            for t in inside:
                low = t.lower
                if not t.is_word or low in V.AUXILIARIES or low in G.RELATIVE_OPENERS or low.endswith(("ed", "ing")):
                    return None
            return k - 1
    return None


def _subject_head(tokens: Sequence[Token], m: TriggerMatch, floor: int) -> tuple[int | None, int, int]:
    """The last word of the trigger's subject, the floor its phrase may reach back to and the floor
    of the clause it was found in."""
    j = subject_index(tokens, m.first, floor)
    if j is None:
        # "The siege, which began in 1992, formally ended": the subject before the relative clause
        k = skip_adverbs_back(tokens, m.first - 1, 0)
        if k > 0 and tokens[k].text == ",":
            before = relative_clause_before(tokens, k, 0)
            if before is not None and before >= 0 and tokens[before].is_word:
                j, floor = before, 0
        k = m.first - 1
        while k > 0 and (tokens[k].lower in V.AUXILIARIES or tokens[k].lower.endswith("ly")):
            k -= 1
        if j is None and k > 0 and tokens[k].text == ",":
            before = _appositive_before(tokens, k)
            if before is not None and tokens[before].is_word:
                j, floor = before, 0
    if j is not None and tokens[j].lower == "to" and j > floor:
        j = subject_index(tokens, j, floor)  # "agreed to withdraw": the subject of "agreed"
        if j is not None and j > floor:
            j = subject_index(tokens, j, floor)
    if j is not None and tokens[j].lower in G.RELATIVE_OPENERS:
        k = j - 1  # "the conflict, which broke out": the noun the relative pronoun stands for
        while k >= 0 and not tokens[k].is_word:
            k -= 1
        return (k if k >= 0 else None), 0, floor
    return j, floor, floor


def subject_words(tokens: Sequence[Token], m: TriggerMatch, floor: int) -> list[str]:
    """The words of the trigger's subject noun phrase ("*GNA drones* struck"), and of the agent of a
    passive ("was hit *by a drone*")."""
    out: list[str] = []
    v = m.verb_at
    if m.verb_at != m.first:  # "fighting resumed": the phrase holds its own subject
        out += [_word(t) for t in tokens[m.first : v]]
    j, low_floor, floor = _subject_head(tokens, m, floor)
    if j is not None:
        k = j
        while k >= max(low_floor, j - 3) and tokens[k].is_word and tokens[k].lower not in G.PREPOSITIONS:
            out.append(_word(tokens[k]))
            k -= 1
    if any(t.lower in G.BE_FORMS for t in tokens[max(floor, v - 3) : v]):
        out += [_word(t) for t in tokens[max(0, v - 20) : v] if t.is_word]  # a passive's subject, however long
        for k in range(m.last, min(len(tokens), m.last + 8)):
            if tokens[k].lower == "by":
                out += [_word(t) for t in words_after(tokens, k + 1, 5)]
                break
    return out


def object_words(tokens: Sequence[Token], m: TriggerMatch, limit: int = 6) -> list[str]:
    """The words right after the trigger, up to punctuation or a clause opener ("shot down *two
    drones*", "opened fire on *protesters*")."""
    inside = [_word(t) for t in tokens[m.verb_at + 1 : m.last]] if m.verbal else []
    return inside + [_word(t) for t in words_after(tokens, m.last, limit)]


def passive(tokens: Sequence[Token], m: TriggerMatch, floor: int) -> bool:
    """A verb trigger after a form of "be" or "remain" ("services were *cut*", "Aleppo was *captured*",
    "services remain *cut*"), or a phrase after "been" ("distributions have been *on hold*")."""
    v = m.verb_at
    before = tokens[max(floor, v - 3) : v]
    if not m.verbal:
        return bool(before) and before[-1].lower in G.STATE_BE
    return any(t.lower in G.STATE_BE for t in before)


def _table(name: str) -> frozenset[str]:
    out: frozenset[str] = frozenset()
    for part in name.split("|"):
        table = getattr(CX, part, None)
        if table is None:
            table = getattr(W, part)
        out |= table
    return out


def _plural_in(words: Sequence[str], table: frozenset[str]) -> bool:
    return any(w in table or (w.endswith("s") and w[:-1] in table) for w in words)


def _pronoun_subject(tokens: Sequence[Token], m: TriggerMatch, floor: int) -> bool:
    """The trigger's subject is a pronoun standing for something told before ("*It* is due to take effect")."""
    j, _, _ = _subject_head(tokens, m, floor)
    return j is not None and tokens[j].lower in G.SUBJECT_PRONOUNS


def subject_or_antecedent(tokens: Sequence[Token], m: TriggerMatch, floor: int, around: Around) -> list[str]:
    """The subject's words; for a pronoun subject, the words of the sentences before, one of which it
    stands for ("The truce was agreed on Friday. *It* is due to take effect on Sunday")."""
    words = subject_words(tokens, m, floor)
    if _pronoun_subject(tokens, m, floor):
        words += sorted(around)
    return words


def object_or_antecedent(tokens: Sequence[Token], m: TriggerMatch, around: Around) -> list[str]:
    """The object's words; for a pronoun object, or a noun with none, the words told before it in its
    sentence and in the sentences before ("soldiers dispersed *them*", "more *exchanges* would
    follow"); for a participle after its noun, that noun ("a ballistic *missile launched* by")."""
    words = object_words(tokens, m)
    if m.first > 0 and _reduced_participle(tokens, m):
        words += [_word(t) for t in tokens[max(0, m.first - 3) : m.first] if t.is_word]
    pronoun = m.last < len(tokens) and tokens[m.last].lower in G.OBJECT_PRONOUNS
    if pronoun or (not words and not verbal_use(tokens, m)):
        words += [_word(t) for t in tokens[: m.first] if t.is_word] + sorted(around)
    return words


def _reduced_participle(tokens: Sequence[Token], m: TriggerMatch) -> bool:
    """A past participle right after its noun, before its agent ("a missile *launched by* the militia")."""
    word = tokens[m.first].lower
    return (
        m.verbal
        and (word.endswith("ed") or word in V.PAST_PARTICIPLES)
        and tokens[m.first - 1].is_word
        and tokens[m.first - 1].lower not in V.AUXILIARIES
        and m.last < len(tokens)
        and tokens[m.last].lower == "by"
    )


@functools.cache
def check_of(needs: str) -> Check:
    """The check an entry's ``needs`` names: one of :data:`CHECKS`, or ``where:TABLE`` with where
    ``subject`` (the subject or passive agent; for a pronoun, the sentences before), ``object``
    (the words after the trigger), ``either`` (subject or object) or ``sentence``, and TABLE the name of a word table of
    ``lexicon.event_contexts`` or ``lexicon.event_words`` (``A|B``: either)."""
    if ":" not in needs:
        return CHECKS[needs]
    where, name = needs.split(":", 1)
    table = _table(name)
    if where == "subject":
        return lambda toks, m, floor, around: _plural_in(subject_or_antecedent(toks, m, floor, around), table)
    if where == "object":  # the object, or the subject of a passive ("internet services were cut")
        return lambda toks, m, floor, around: (
            _plural_in(object_or_antecedent(toks, m, around), table)
            or (passive(toks, m, floor) and _plural_in(subject_or_antecedent(toks, m, floor, around), table))
        )
    if where == "either":  # what befalls the subject or what the verb does to its object
        return lambda toks, m, floor, around: _plural_in(
            subject_or_antecedent(toks, m, floor, around) + object_or_antecedent(toks, m, around), table
        )
    if where == "sentence":
        return lambda toks, m, floor, around: any(t.lower in table for t in toks)
    raise ValueError(f"unknown context {where!r} in needs {needs!r}")


def _weapon_subject(toks: Sequence[Token], prev: TriggerMatch, m: TriggerMatch) -> bool:
    """A weapon right before a verb ("a car bomb exploded"), or a plural read as a verb right before
    a past tense, which must be its noun ("Shells landed"; not "struck targets")."""
    if prev.entry.name in W.WEAPON_ENTRIES:
        return True
    first, verb = toks[prev.first].lower, toks[m.verb_at].lower
    if first in CX.WEAPON_NOUNS and prev.last == prev.first + 1 and not verbal_use(toks, prev):
        return True  # "a bomb blew up the truck": the noun "bomb", not the verb
    return (
        prev.verbal
        and prev.last == prev.first + 1
        and first.endswith("s")
        and not first.endswith("ss")
        and (verb.endswith("ed") or verb in V.IRREGULAR_PAST)
    )


def _event_object(toks: Sequence[Token], cls: Sequence[Clause], prev: TriggerMatch, m: TriggerMatch) -> bool:
    """A verb that takes an event noun as its object ("extended *the ceasefire*")."""
    if not prev.entry.takes_event_object or not prev.verbal or m.verbal:
        return False
    gap = toks[prev.last : m.first]
    return (
        clause_index(cls, prev.first) == clause_index(cls, m.first)
        and len(gap) <= 3
        and all(g.lower in G.OBJECT_NOUN_LEADS or g.lower in G.DETERMINERS or "-" in g.lower for g in gap)
    )


def _evaluated(toks: Sequence[Token], m: TriggerMatch) -> bool:
    """An event noun after a superlative ("the deadliest attack", "the first such assault"): an
    evaluation of an event told elsewhere, not an event of its own."""
    if verbal_use(toks, m) or m.first == 0:
        return False
    prev = toks[m.first - 1].lower
    if prev == "such" and m.first > 1:
        prev = toks[m.first - 2].lower
    return prev in W.SUPERLATIVES or (prev.endswith("iest") and len(prev) > 6)


def _idiom(toks: Sequence[Token], m: TriggerMatch) -> bool:
    """A trigger word inside an idiom that tells no event ("in exchange for", "by a 14-0 vote")."""
    prev = toks[m.first - 1].lower if m.first > 0 else ""
    nxt = toks[m.last].lower if m.last < len(toks) else ""
    before = tuple(t.lower for t in toks[max(0, m.first - 2) : m.first])
    if (prev, toks[m.first].lower, nxt) in W.IDIOMS:
        return True
    if re.fullmatch(r"\d+-\d+", prev):
        return True  # "by a 14-0 vote", "in a 13-0 vote": the tally of an adoption told by its verb
    return len(before) == 2 and before[0] == "by" and before[1][:1].isdigit()


def _subject_of(toks: Sequence[Token], cls: Sequence[Clause], prev: TriggerMatch, m: TriggerMatch) -> bool:
    """An event noun, then only auxiliaries, then a verb trigger of its kind in its clause: the noun
    is the verb's subject ("the Dayton agreement *was initialled*")."""
    if prev.entry.kind is not m.entry.kind or verbal_use(toks, prev) or not verbal_use(toks, m):
        return False
    if toks[m.verb_at].lower in W.SUPPORT_PASSIVES:
        return False  # "talks were held": the noun is the event, the verb only says it took place
    gap = toks[prev.last : m.first]
    return (
        bool(gap)
        and clause_index(cls, prev.first) == clause_index(cls, m.first)
        and all(t.lower in V.AUXILIARIES or t.lower.endswith("ly") for t in gap)
    )


def _object_of(toks: Sequence[Token], cls: Sequence[Clause], prev: TriggerMatch, m: TriggerMatch) -> bool:
    """ "preparations for an assault": the second event noun is the first one's object."""
    gap = toks[prev.last : m.first]
    return (
        not prev.verbal
        and clause_index(cls, prev.first) == clause_index(cls, m.first)
        and 0 < len(gap) <= 3
        and all(
            g.lower in G.PREPOSITIONS or g.lower in G.OBJECT_NOUN_LEADS or g.lower in C.NOUN_MODIFIERS or "-" in g.lower
            for g in gap
        )
    )


def _sense(toks: Sequence[Token], m: TriggerMatch, floor: int, around: Around = NOTHING) -> TriggerMatch | None:
    """The first reading of a match whose entry's check passes: its own entry, the other entries of
    its phrase, then the shorter phrases at its first word ("arrived in" a deployment; else "arrived",
    a convoy's arrival)."""
    for cand in (m, *m.shorter):
        for e in (cand.entry, *cand.others):
            # (the constructor, not attrs.evolve: the same value, and this runs for every reading tried)
            reading = TriggerMatch(e, cand.first, cand.last, cand.head_last, cand.verbal, cand.verb)
            if not e.needs or check_of(e.needs)(toks, reading, floor, around):
                return reading
    return None


def _joined(entry: Trigger, first: TriggerMatch, second: TriggerMatch, verb: int) -> TriggerMatch:
    """One event told by two lexicon words, its span covering both: "*Airstrikes kill*", "the *truce
    collapsed*", "*launched drone strikes*"."""
    return TriggerMatch(entry, first.first, second.last, second.head_last, True, verb)


def _subject_gap(toks: Sequence[Token], cls: Sequence[Clause], prev: TriggerMatch, m: TriggerMatch, limit: int) -> bool:
    """The event noun ``prev`` is the subject of the verb ``m``: a noun, then at most ``limit`` words of
    its clause that start no new clause ("A drone strike *on Monday* killed 17", "the truce *had*
    collapsed"), then the verb."""
    if verbal_use(toks, prev) or not verbal_use(toks, m) or m.verb_at != m.first:
        return False
    gap = toks[prev.last : m.first]
    if toks[m.first].lower.endswith("ing") and not (gap and gap[-1].lower in V.AUXILIARIES):
        return False  # "an execution by holding a gun": a participle, not the noun's verb
    return (
        len(gap) <= limit
        and clause_index(cls, prev.first) == clause_index(cls, m.first)
        and all(t.is_word and t.lower not in G.NOT_SUBJECT_GAP and t.lower not in V.REPORTING_VERBS for t in gap)
        and not (gap and gap[0].lower in G.OBJECT_PRONOUNS)
    )


def _befalling(toks: Sequence[Token], cls: Sequence[Clause], prev: TriggerMatch, m: TriggerMatch) -> bool:
    """A verb that tells what befell the event noun right before it ("the truce *collapsed*",
    "shelling *resumed*", "the agreement *was implemented*")."""
    gap = toks[prev.last : m.first]
    return (
        any(e.befalls_subject for e in (m.entry, *m.others))
        and all(t.lower in V.AUXILIARIES or t.lower.endswith("ly") for t in gap)
        and _subject_gap(toks, cls, prev, m, 3)
    )


def _support_verb(toks: Sequence[Token], m: TriggerMatch, floor: int) -> int | None:
    """The verb before an event noun that only says it took place ("*carried out* an air strike",
    "*held* separate talks", "*launched* its offensive"), if any."""
    if verbal_use(toks, m):
        return None
    k = m.first - 1
    while k >= floor and m.first - k <= 4 and (toks[k].lower in G.SUPPORT_GAP or toks[k].lower[:1].isdigit()):
        k -= 1
    if k >= floor and toks[k].lower in G.SUPPORT_PARTICLES:
        k -= 1
    if k >= floor and toks[k].lower in G.SUPPORT_VERBS and not is_capitalised(toks[k]):
        if toks[k].lower in _DECLARING_FORMS and m.entry.kind not in A.DECLARED_KINDS:
            return None  # "announced the capture of Sudzha": who announced it did not capture it
        return k
    return None


_DECLARING_FORMS = frozenset(f for v in A.DECLARING_VERBS for f in verb_forms(v))


def accepted_matches(
    toks: Sequence[Token], cls: Sequence[Clause], times: Sequence[SentenceTime], around: Around = NOTHING
) -> list[TriggerMatch]:
    """The trigger matches of a sentence that are events: the lexicon's matches minus the near-misses
    (``around``: the words of the sentences just before, see :data:`Around`). Two words that tell
    one event become one match spanning both (see :func:`_joined`)."""
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
        ci = clause_index(cls, m.first)
        floor = cls[ci].first if cls else 0
        prev = out[-1] if out else None
        sense = _sense(toks, m, floor, around)
        if sense is None:
            if prev is not None and _befalling(toks, cls, prev, m):
                out[-1] = _joined(prev.entry, prev, m, m.verb_at)  # "shelling resumed": what befell it
            continue
        if _evaluated(toks, sense) or _idiom(toks, sense):
            continue
        m = sense
        if prev is not None:
            if prev.last == m.first and m.verbal and _weapon_subject(toks, prev, m):
                out[-1] = _joined(m.entry, prev, m, m.verb_at)  # "a roadside bomb struck": the weapon's verb
                continue
            if _object_of(toks, cls, prev, m):
                continue  # "preparations for an assault": the assault is the preparation's object
            if _event_object(toks, cls, prev, m):
                # "extended the ceasefire", "suspended the peace talks": one event, told by its verb
                out[-1] = _joined(prev.entry, prev, m, prev.verb_at)
                continue
            if prev.entry.kind is m.entry.kind and prev.last == m.first:
                if not verbal_use(toks, prev) and not verbal_use(toks, m):
                    # "the bomb blasts": one noun compound, whose head is its last word
                    out[-1] = TriggerMatch(prev.entry, prev.first, m.last, m.head_last, False)
                elif verbal_use(toks, prev) and not verbal_use(toks, m):
                    # "launched drone strikes": the verb and the event noun it governs, one event
                    out[-1] = _joined(m.entry, prev, m, prev.verb_at)
                elif verbal_use(toks, m):
                    out[-1] = _joined(prev.entry, prev, m, m.verb_at)  # "talks resumed": one event told twice
                continue
            if _subject_of(toks, cls, prev, m) or _befalling(toks, cls, prev, m):
                # "the agreement was initialled", "the shelling resumed": the verb tells what befell the noun
                out[-1] = _joined(prev.entry, prev, m, m.verb_at)
                continue
            if m.entry.fatal and _subject_gap(toks, cls, prev, m, 4):
                # "A drone strike on Monday killed 17", "Airstrikes kill dozens": the toll's verb tells the event
                out[-1] = _joined(prev.entry, prev, m, m.verb_at)
                continue
        support = _support_verb(toks, m, floor)
        if support is not None:
            # "carried out an air strike", "held separate talks": the verb only says the noun took place
            m = TriggerMatch(m.entry, support, m.last, m.head_last, True, support)
            if prev is not None and prev.first >= support:
                out.pop()  # the verb was read as an event of its own ("held" a truce-fate): it is this one
        out.append(m)
    return out
