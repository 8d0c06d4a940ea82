"""What the event stage asks of a sentence's words: is a trigger a verb or a noun, where is its
subject, is a clause verbless, is a word a place.

Small, pure functions over a sentence's tokens (token indices, ``last`` exclusive); the words they
know come from :mod:`conflict_timeline.lexicon`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..lexicon import event_grammar as G
from ..lexicon import event_words as W
from ..lexicon import verbs as V
from ..lexicon.calendar import MONTHS
from ..lexicon.numbers import NUMBER_WORDS
from ..text import Clause, Tense, Token, is_capitalised
from .triggers import TriggerMatch

#: Words that end a noun phrase read backwards from its head.
NP_STOP = W.FUNCTION_WORDS | V.AUXILIARIES | V.REPORTING_VERBS

#: Words that may lead a place name ("the strategic city of").
PLACE_LEADS = W.PLACE_NOUNS | W.PLACE_LEAD_WORDS


_POSSESSIVE = re.compile(r"['’]s\b")


def norm(s: str) -> str:
    """A name folded for comparison: case-folded, a possessive "'s" dropped."""
    return _POSSESSIVE.sub("", s.casefold()).strip()


def clause_index(cls: Sequence[Clause], i: int) -> int:
    """The index of the clause that holds token ``i`` (the last clause when none does)."""
    for k, c in enumerate(cls):
        if c.first <= i < c.last:
            return k
    return max(0, len(cls) - 1)


def relative_clause_before(tokens: Sequence[Token], comma: int, floor: int) -> int | None:
    """The index before ", who/which ... ," when ``comma`` closes such a relative clause."""
    for k in range(comma - 1, max(floor, comma - 15) - 1, -1):
        if tokens[k].text == ",":
            if k + 1 < comma and tokens[k + 1].lower in G.RELATIVE_OPENERS:
                return k - 1
            return None
    return None


def subject_index(tokens: Sequence[Token], i: int, floor: int) -> int | None:
    """The word before a verb, skipping auxiliaries and adverbs ("Kherson has finally fell")."""
    j = i - 1
    while j >= floor and (
        tokens[j].lower in V.AUXILIARIES or tokens[j].lower.endswith("ly") or tokens[j].lower in G.SUBJECT_ADVERBS
    ):
        j -= 1
    return j if j >= floor and tokens[j].is_word else None


def skip_adverbs_back(tokens: Sequence[Token], j: int, floor: int) -> int:
    """The first index at or before ``j`` that is not an "-ly" adverb."""
    while j >= floor and tokens[j].lower.endswith("ly") and tokens[j].is_word:
        j -= 1
    return j


def words_after(tokens: Sequence[Token], start: int, limit: int) -> list[Token]:
    """Up to ``limit`` words from ``start``, stopping at punctuation or a clause opener."""
    out: list[Token] = []
    for t in tokens[start : start + limit]:
        if t.text in G.QUOTE_MARKS:
            continue  # "the ``core capital'' criteria"
        if not t.is_word or t.lower in W.CLAUSE_OPENERS:
            break
        out.append(t)
    return out


def is_placeish(tok: Token, sentence_first: bool) -> bool:
    """A word that may name a place: a place noun, or a capitalised word that is no actor."""
    low = tok.lower
    if low in W.PLACE_NOUNS:
        return True
    if not is_capitalised(tok) or low in W.FUNCTION_WORDS or low in W.NOT_PLACE_SUBJECTS:
        return False
    if low.rstrip("s") in W.ACTOR_NOUNS or low in W.ACTOR_NOUNS:
        return False
    return True


def _singular(word: str) -> str:
    """A plural noun's singular, roughly ("villages" -> "village", "cities" -> "city")."""
    if word.endswith("ies"):
        return word[:-3] + "y"
    return word[:-1] if word.endswith("s") else word


def object_has_place(tokens: Sequence[Token], start: int, limit: int = 5) -> bool:
    """Whether the noun phrase right after ``start`` names a place ("the strategic city of Aleppo"),
    also after an adverb and a preposition of direction ("retreated *gradually into* the vast
    Azovstal plant"); one plain modifier may stand before the place ("the *vast* Azovstal plant")."""
    while start < len(tokens) and (tokens[start].lower.endswith("ly") or tokens[start].lower in G.DIRECTIONS):
        start += 1
    loose = 1  # plain modifiers allowed before the place
    for j in range(start, min(len(tokens), start + limit)):
        tok = tokens[j]
        if not tok.is_word:
            return False
        if is_placeish(tok, j == 0):
            return True
        low = tok.lower[:-2] if tok.lower.endswith("'s") else tok.lower
        if low in W.PLACE_NOUNS or _singular(low) in W.PLACE_NOUNS:
            return True  # "the city's airport", "dozens of villages"
        if tok.lower.endswith("'s") and j > start:
            continue  # "the governor's office": a possessor before the place
        if low not in PLACE_LEADS and low not in W.ACTOR_MODIFIERS:
            if loose and j > start and not is_capitalised(tok) and low not in W.FUNCTION_WORDS:
                loose -= 1
                continue
            return False  # not "an army base", "the rebel-held town"
    return False


def business(tokens: Sequence[Token]) -> bool:
    """A sentence of business news ("shares", "the company")."""
    return any(t.lower in W.BUSINESS_WORDS for t in tokens)


def political_person(tokens: Sequence[Token]) -> bool:
    """A political figure in a sentence that is not business news."""
    return not business(tokens) and any(re.sub(r"['’]s?$", "", t.lower) in W.POLITICAL_PERSONS for t in tokens)


def noun_phrase_before(toks: Sequence[Token], i: int) -> bool:
    """One or two plain modifiers before ``i`` led by a preposition or number ("with gasoline
    bombs", "two car bombs"); not a subject ("the army shells ...", "a bomb explodes")."""
    k = i - 1
    for _ in range(2):
        if k < 0:
            return False
        t = toks[k]
        if (
            not t.is_word
            or is_capitalised(t)
            or t.lower in W.ACTOR_NOUNS
            or t.lower in V.AUXILIARIES
            or t.lower.endswith("ly")
            or t.lower in G.PREPOSITIONS
            or t.lower in G.DETERMINERS
            or t.lower in W.FUNCTION_WORDS
        ):
            break
        k -= 1
    if k == i - 1 or k < 0:
        return False
    lead = toks[k].lower  # a determiner would not do: "the army shells ...", "a bomb explodes"
    return lead in G.PREPOSITIONS or lead[:1].isdigit() or lead in NUMBER_WORDS


def verbal_use(toks: Sequence[Token], m: TriggerMatch) -> bool:
    """Whether the trigger is used as a verb ("rebels shelled"), not a noun ("the shelling")."""
    if not m.verbal:
        return False
    if m.verb_at != m.first:
        return True  # "fighting resumed", "the truce collapsed": a noun and its verb
    word = toks[m.first].lower
    if word.endswith("ed") or word in V.IRREGULAR_PAST:
        return True
    if word.endswith("ings"):
        return False  # "sniper shootings", "the killings": a plural is a noun
    prev = toks[m.first - 1].lower if m.first > 0 else ""
    if word.endswith("ing") and prev in G.ING_NOUN_LEADS:
        return False  # "heavy shelling", "renewed fighting": an adjective makes it a noun
    if prev == "," and m.first > 1:
        prev = toks[m.first - 2].lower
    if prev[:1].isdigit() or all(p in NUMBER_WORDS for p in prev.split("-")):
        return False  # "the 1992 protests", "the Dec. 21, 1988, bombing", "a nineteen ninety-seven attack"
    nxt = toks[m.last].lower if m.last < len(toks) else ""
    if word.endswith("ing") and nxt == "of" and m.last == m.first + 1:
        return False  # "the sniper shooting of Dr. Slepian": an -ing with "of" is a noun
    if m.first == 0 and word.endswith("s") and m.last == m.first + 1 and nxt in G.SUBJECT_AUXILIARIES:
        return False  # "Clashes were reported": a plural opening the sentence before its verb is its subject
    if word.endswith("s") and not word.endswith("ss") and m.last == m.first + 1 and noun_phrase_before(toks, m.first):
        return False  # "hit with gasoline bombs", "the car bombs": a plural after its modifiers
    # "the attack", "an offensive", "last week's capture": a determiner makes it a noun
    if prev == "to" and m.verb_at == m.first and not word.endswith("s"):
        return True  # "threatened to storm the prison": an infinitive
    if prev in G.PREPOSITIONS and not word.endswith("ing"):
        return False  # "killed in clashes", "after talks"
    if prev in G.NOUN_MAKERS or prev.endswith("'s") or prev.endswith("s'"):
        return False
    # "the unfortunate murder", "a brutal attack": one adjective between a determiner and the word
    # (not a subject: "the army attacks", "the rebels shell", "the government bans")
    prev_tok, prev2 = toks[m.first - 1], toks[m.first - 2].lower if m.first > 1 else ""
    return not (
        prev2 in G.DETERMINERS
        and prev_tok.is_word
        and not is_capitalised(prev_tok)
        and prev.endswith(G.ADJECTIVE_ENDINGS)
        and prev not in W.ACTOR_NOUNS
        and prev not in V.AUXILIARIES
    )


def noun_use(toks: Sequence[Token], i: int) -> bool:
    """A reporting word used as a noun: "all states", "the report", "United States", "member states",
    "the army post"."""
    word = toks[i].lower
    if i == 0 or word.endswith("ed") or word in V.IRREGULAR_PAST or word in G.REPORTING_PAST_FORMS:
        return False  # "the Buffalo News reported Friday": a past form is a verb
    prev = toks[i - 1]
    if is_capitalised(toks[i]) and prev.is_word and not toks[i].text.isupper():
        return True  # inside a name: "Secretary of State Madeleine Albright", "the State Department"
    if (
        i >= 2
        and toks[i - 2].lower in G.DETERMINERS
        and prev.is_word
        and not prev.lower.endswith("s")
        and not word.endswith("s")
    ):
        return True  # "the army post", "a police report": a base form after a singular noun is no verb
    return (
        prev.lower in G.DETERMINERS or prev.lower in W.NOUN_LEADS or (is_capitalised(prev) and is_capitalised(toks[i]))
    )


def reports_before(toks: Sequence[Token], i: int) -> bool:
    """A reporting verb before token ``i`` ("Iraq *said* it invaded Kuwait")."""
    return any(t.lower in V.REPORTING_VERBS and not noun_use(toks, k) for k, t in enumerate(toks[:i]))


def in_name(toks: Sequence[Token], m: TriggerMatch) -> bool:
    """A capitalised trigger inside a run of capitalised words, away from the sentence start."""
    first = toks[m.first]
    if m.first == 0 or not is_capitalised(first) or not toks[m.first - 1].is_word:
        return False
    prev, nxt = toks[m.first - 1], toks[m.last] if m.last < len(toks) else None
    if first.lower in MONTHS and nxt is not None and nxt.lower != "for":
        return True  # "The March accession": the month, even where no time was read ("March for Life" is a march)
    return (is_capitalised(prev) and prev.lower not in W.FUNCTION_WORDS) or (
        nxt is not None and nxt.is_word and is_capitalised(nxt)
    )


def verbless(toks: Sequence[Token], clause: Clause) -> bool:
    """A clause without a verb of its own ("neighborhood store ... at 10 p.m. Wednesday")."""
    words = toks[clause.first : clause.last]
    if clause.opener == "but":
        # "occurred 700 kilometers apart but just minutes apart on Friday": an ellipsis of the
        # clause before, if it has no verb at all (no auxiliary, no past form)
        return not any(
            t.lower in V.AUXILIARIES
            or t.lower.endswith("n't")
            or t.lower in V.IRREGULAR_PAST
            or (t.lower.endswith("ed") and t.lower not in V.NOT_VERB_ED)
            or t.lower in V.REPORTING_VERBS
            for t in words
        )
    if clause.opener in W.CLAUSE_OPENERS:
        return False
    if words and words[0].lower in G.COORDINATORS:
        return False
    return not any(t.lower in V.AUXILIARIES or t.lower.endswith("n't") for t in words)


def temporal_object(toks: Sequence[Token], m: TriggerMatch) -> bool:
    """A noun trigger after "before", "after", "since" ...: a reference point for another time."""
    if verbal_use(toks, m):
        return False
    j = m.first - 1
    while j >= 0 and toks[j].lower in G.NOUN_DETERMINERS:
        j -= 1
    return j >= 0 and toks[j].lower in G.REFERENCE_POINT_LEADS


def back_reference(toks: Sequence[Token], m: TriggerMatch) -> bool:
    """A bare definite event noun after a preposition of time or circumstance, used only as an
    anchor: "four days *after the attack*", "*Despite the truce*, ...", "*Under the deal*, ...". Not
    one that heads a clause ("since the war began"), has a complement ("after the fall of Aleppo")
    or a name of its own ("after the March 5 truce"). After "in", "from" or "to" the noun must close
    its phrase ("killed *in the fighting*, officials said"; not "in the assault near Sudzha")."""
    if verbal_use(toks, m) or m.head_last != m.last or any(t.lower == "of" for t in toks[m.first : m.last]):
        return False
    nxt = toks[m.last] if m.last < len(toks) else None
    if nxt is not None and nxt.is_word and (nxt.lower == "of" or nxt.lower not in G.PREPOSITIONS):
        return False
    j = m.first - 1
    if j >= 0 and toks[j].is_word and not is_capitalised(toks[j]) and toks[j].lower not in G.DEFINITE_LEADS:
        j -= 1  # one modifier: "after the *first* attack"
    if j < 1 or toks[j].lower not in G.DEFINITE_LEADS:
        return False
    lead = toks[j - 1].lower
    if lead in G.CLOSING_BACK_REFERENCE_LEADS:
        return nxt is None or not nxt.is_word or nxt.lower == "since"
    return lead in G.BACK_REFERENCE_LEADS or (lead == "of" and j >= 2 and toks[j - 2].lower == "ahead")


def reduced_relative(toks: Sequence[Token], m: TriggerMatch) -> bool:
    """A past participle right after its noun, followed by its agent: "the accord signed by ..."."""
    if m.first == 0 or not toks[m.first].lower.endswith("ed"):
        return False
    prev, nxt = toks[m.first - 1], toks[m.head_last] if m.head_last < len(toks) else None
    return prev.is_word and prev.lower not in NP_STOP and nxt is not None and nxt.lower == "by"


def seen_in_the_past(toks: Sequence[Token], m: TriggerMatch, clause: Clause) -> bool:
    """A bare verb after the object of a perception or causative verb in the past: "Albright
    watched the foreign ministers sign the documents" tells a signing in the past."""
    word = toks[m.first].lower
    if word.endswith(("ed", "ing", "s")) or word in V.IRREGULAR_PAST:
        return False
    for k in range(m.first - 1, max(clause.first, m.first - 9) - 1, -1):
        low = toks[k].lower
        if low in W.PERCEIVED_IN_THE_PAST:
            return True
        if not toks[k].is_word or low in V.AUXILIARIES or low in V.MODALS or low == "to":
            return False
    return False


def past_subject(toks: Sequence[Token], i: int) -> bool:
    """A noun that opens its sentence (after at most a determiner and modifiers) and is the subject of
    a verb in the simple past: "Terrorist bombings at U.S. embassies ... blew apart buildings"."""
    if i > 3 or any(not t.is_word or t.lower in V.AUXILIARIES or t.lower in V.REPORTING_VERBS for t in toks[:i]):
        return False
    for t in toks[i + 1 :]:
        low = t.lower
        if low in V.AUXILIARIES or low in V.MODALS or low in W.CLAUSE_OPENERS:
            return False  # "will open", "has been", "that ...": no simple past of its own
        if low in V.IRREGULAR_PAST or (low.endswith("ed") and low not in V.NOT_VERB_ED):
            return True
    return False


def copula_tense(toks: Sequence[Token], m: TriggerMatch, clause: Clause) -> Tense:
    """The tense of "there have been no arrests", "this is an assault": a noun after a copula."""
    j = m.first - 1
    while j >= clause.first and (toks[j].lower in G.COPULA_NOUN_LEADS or toks[j].lower.endswith("ly")):
        j -= 1
    if j < clause.first or toks[j].lower not in G.COPULAS:
        return Tense.NONE
    if toks[j].lower == "been":
        return Tense.PRESENT_PERFECT if j - 1 >= clause.first and toks[j - 1].lower in G.PRESENT_HAVE else Tense.NONE
    return Tense.PRESENT


def anaphoric_determiner(toks: Sequence[Token], m: TriggerMatch) -> bool:
    """ "the killing", "the unfortunate murder", "his decision": a determiner that points back."""
    j = m.first - 1
    while (
        j >= 0
        and j >= m.first - 3
        and toks[j].is_word
        and not is_capitalised(toks[j])
        and toks[j].lower not in W.ANAPHORIC_DETERMINERS
        and toks[j].lower not in W.FUNCTION_WORDS
        and toks[j].lower not in G.PREPOSITIONS
    ):
        j -= 1  # adjectives: "the unfortunate murder", "the nearly simultaneous bombings"
    return j >= 0 and toks[j].lower in W.ANAPHORIC_DETERMINERS


def complement_names(toks: Sequence[Token], m: TriggerMatch) -> frozenset[str]:
    """The names a noun trigger itself governs: its possessor and its "of"/"by"/"on" object
    ("Spitzer's ...", "the murder of Slepian", "the decision by District Attorney Clark")."""
    out: set[str] = set()
    if m.first > 0 and toks[m.first - 1].lower.endswith(("'s", "’s")):
        out.add(norm(toks[m.first - 1].text))
    k = m.head_last
    if k < len(toks) and toks[k].lower in G.COMPLEMENT_PREPOSITIONS:
        k += 1
        while k < len(toks) and toks[k].lower in G.DETERMINERS:
            k += 1
        e = k
        while e < len(toks) and toks[e].is_word and is_capitalised(toks[e]):
            e += 1
        if e > k and toks[e - 1].lower not in W.TITLE_WORDS:
            out.add(norm(toks[e - 1].text))
    return frozenset(out)
