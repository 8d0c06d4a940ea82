"""The words around an event's trigger as the argument rules read them: the sentence around a
trigger (:class:`Site`), what a rule finds (:class:`Found`), the rule records themselves
(:class:`ArgumentRule`), and a small noun-phrase reader over a sentence's tokens (:func:`np_back`,
:func:`np_forward`, :func:`verb_group_start`, ...): no tagger, only the word tables of
:mod:`conflict_timeline.lexicon`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import attrs

from ..lexicon import arguments as A
from ..lexicon import event_grammar as G
from ..lexicon import event_words as W
from ..lexicon import verbs as V
from ..lexicon.calendar import MONTHS, WEEKDAYS
from ..model import EventKind
from ..text import Clause, Token, is_capitalised
from .syntax import NP_STOP
from .triggers import TriggerMatch

__all__ = [
    "TokenRange",
    "Example",
    "Site",
    "Found",
    "ArgumentRule",
    "np_back",
    "np_forward",
    "conjuncts",
    "passive",
    "verbish",
    "np_word",
    "head_word",
    "strip_leading",
    "past_collective",
    "has_head",
    "verb_group_start",
    "skip_insertion",
    "participle",
    "name_token",
    "used_as_verb",
    "prefixed_name",
    "HEDGE_WORDS",
]

TokenRange = tuple[int, int]
#: An example of a rule: (text, publication date, trigger words, the argument expected).
Example = tuple[str, str, str, str]


# --- the sentence around a trigger -------------------------------------------------------------


@attrs.frozen(slots=True)
class Site:
    """One trigger in its sentence, as the argument rules read it.

    ``blocked`` are tokens no argument is read from (its time expressions and the dateline);
    ``nominal`` whether the trigger is a noun ("the capture of"); ``last_actor`` the actor the
    article told last, for "they".
    """

    tokens: tuple[Token, ...]
    match: TriggerMatch
    clause: Clause
    clauses: tuple[Clause, ...]
    blocked: frozenset[int]
    nominal: bool
    last_actor: str | None = None
    events: tuple[TriggerMatch, ...] = ()  # every event trigger of the sentence

    @property
    def kind(self) -> EventKind:
        """The trigger's kind of event."""
        return self.match.entry.kind

    def text(self, rng: TokenRange, source: str) -> str:
        """The words of a token range, as written in ``source``."""
        a, b = rng
        return source[self.tokens[a].start : self.tokens[b - 1].end]


@attrs.frozen(slots=True)
class Found:
    """An argument a rule found: a token range of the sentence, or a name carried over from
    before ("they" standing for the last actor told)."""

    rng: TokenRange | None
    name: str = ""


@attrs.frozen(slots=True)
class ArgumentRule:
    """One way a text states an actor or a place.

    ``find`` reads a :class:`Site` and returns what it finds; ``examples`` are (text, publication
    date, trigger, expected) rows that must give the expected argument through this rule;
    ``near_misses`` rows whose last field this rule must not give.
    """

    name: str
    role: str
    find: Callable[[Site], list[Found]]
    examples: tuple[Example, ...]
    near_misses: tuple[Example, ...] = ()
    doc: str = ""


# --- noun phrases ----------------------------------------------------------------------------------

_PUNCT_STOP = frozenset({",", ";", ":", "(", ")", '"', "“", "”", "—", "–", "-", "[", "]", "|", "•", "_", "/"})
HEDGE_WORDS = frozenset({"about", "around", "nearly", "almost", "some", "over", "roughly", "approximately"})
_NP_BOUNDARY = (
    W.CLAUSE_OPENERS
    | V.AUXILIARIES
    | V.MODALS
    | frozenset(
        """also then still already just even only now however meanwhile moreover separately
    too yet again reportedly allegedly apparently""".split()
    )
)


def verbish(toks: Sequence[Token], i: int) -> bool:
    """A word that is (most likely) a verb: an auxiliary, a reporting verb, a past form; an "-ed"
    word before a noun is an adjective ("armed men", "displaced people")."""
    low = toks[i].lower
    if i > 0 and is_capitalised(toks[i]) and toks[i - 1].is_word:
        return False  # "retook Hit (Anbar)": a capital inside a sentence starts a name
    if low in V.AUXILIARIES or low in V.MODALS:
        return True
    if low in V.REPORTING_VERBS and not (i > 0 and toks[i - 1].lower in G.DETERMINERS):
        return low not in {"report", "reports", "statement"}
    if low in V.IRREGULAR_PAST or (low.endswith("ed") and low not in V.NOT_VERB_ED and len(low) > 3):
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        before_noun = nxt is not None and nxt.is_word and nxt.lower not in NP_STOP and nxt.lower not in G.PREPOSITIONS
        if before_noun and ("-" in low or low in A.ED_ADJECTIVES):
            return False  # "Iran-backed fighters", "armed men"
        if before_noun and i > 0 and (toks[i - 1].lower in G.DETERMINERS or toks[i - 1].lower[:1].isdigit()):
            return False  # "the displaced people", "two wounded soldiers"
        return not (nxt is not None and nxt.lower == "by" and low not in V.IRREGULAR_PAST)
    return False


def np_word(toks: Sequence[Token], i: int) -> bool:
    t = toks[i]
    if not t.is_word:
        return False
    if t.text.isupper() and len(t.text) >= 2 and i > 0 and toks[i - 1].is_word:
        return True  # "IS fired", "US air strikes": an initialism, not "is"/"us"
    low = t.lower
    return (
        low not in _NP_BOUNDARY
        and low not in G.PREPOSITIONS
        and low not in {"and", "or", "to", "by"}
        and not verbish(toks, i)
    )


def np_back(toks: Sequence[Token], end: int, floor: int, blocked: frozenset[int] | set[int]) -> int | None:
    """The first token of the noun phrase that ends right before ``end``, read backwards: names,
    nouns, adjectives, numbers, "of" and the prepositions of a people noun ("rioters in Cali"),
    a postmodifier ("Forces loyal to Khalifa Haftar"), "and" between two phrases. ``None`` when
    the word before ``end`` is no part of a noun phrase."""
    k = end
    while k - 1 >= floor:
        i = k - 1
        t = toks[i]
        low = t.lower
        if t.text == ")" and k < end:
            opening = next((c for c in range(i - 1, max(floor, i - 6) - 1, -1) if toks[c].text == "("), None)
            if opening is not None and opening - 1 >= floor and toks[opening - 1].is_word:
                k = opening  # "Hundreds of residents of Beledweyne (Hiiraan)"
                continue
        if i in blocked or not t.is_word:
            break
        if np_word(toks, i):
            k = i
            continue
        prev = toks[i - 1].lower if i - 1 >= floor else ""
        inner = (
            (low == "of" or (low in A.ACTOR_INNER_PREPOSITIONS and prev in A.PEOPLE_NOUNS))
            or (low in {"to", "with", "by"} and prev in A.ACTOR_POSTMODIFIERS)
            or (low in {"and", "or"} and i - 1 >= floor and np_word(toks, i - 1))
            or (low in {"than", "least"} and k < end and toks[k].lower[:1].isdigit())
            or (low == "at" and prev == "" and k < end and toks[k].lower == "least")
        )
        if inner and k < end and i - 1 >= floor and (i - 1) not in blocked:
            k = i
            continue
        if low in {"more", "at"} and k < end and toks[k].lower in {"than", "least"}:
            k = i
            continue
        if low in HEDGE_WORDS and k < end and toks[k].lower[:1].isdigit():
            k = i  # "about 1,000 Ukrainian soldiers"
            continue
        break
    while k < end and (toks[k].lower in G.PREPOSITIONS or toks[k].lower in {"and", "or", "to"}):
        if toks[k].lower in HEDGE_WORDS and k + 1 < end and toks[k + 1].lower[:1].isdigit():
            break
        k += 1
    if k - 1 >= floor and toks[k - 1].lower == "to" and k < end and not is_capitalised(toks[k]):
        k += 1  # "to push back Ukrainian troops": the word after "to" is a verb
        while k < end and toks[k].lower in A.VERB_PARTICLES:
            k += 1
    return k if k < end else None


def prefixed_name(t: Token) -> bool:
    """ "al-Wishka", "el-Fasher": a name behind a lower-case prefix."""
    low = t.lower
    return any(low.startswith(p) and len(t.text) > len(p) and t.text[len(p)].isupper() for p in W.NAME_PREFIXES)


def head_word(t: Token) -> bool:
    low = t.lower
    return (
        (is_capitalised(t) and low not in W.FUNCTION_WORDS)
        or prefixed_name(t)
        or low in A.PLACE_HEADS
        or low in A.PEOPLE_NOUNS
        or low.rstrip("s") in A.PEOPLE_NOUNS
        or low[:1].isdigit()
    )


def np_forward(toks: Sequence[Token], start: int, hi: int, blocked: frozenset[int] | set[int]) -> int:
    """The end (exclusive) of the noun phrase that starts at ``start``: determiners, numbers and
    adjectives, then a head (a name, a place or people noun) and what may follow a head: more of
    the name, another head noun ("Kursk region"), a possessive starting a new phrase ("Beirut's
    southern suburbs"), "of" and its phrase, a bracketed abbreviation ("(RSF)"), a postmodifier
    ("fighters allied with the government"). A plain word after the head ends it ("Aleppo
    signifies ...")."""
    e = start
    head = False
    while e < hi and e not in blocked:
        t = toks[e]
        low = t.lower
        if t.text == "(" and head and e + 2 < hi and toks[e + 2].text == ")" and toks[e + 1].text.isupper():
            e += 3  # "the Rapid Support Forces (RSF)"
            continue
        if not t.is_word:
            break
        if (
            low == "of"
            and e > start
            and toks[e - 1].lower not in G.DETERMINERS
            and e + 1 < hi
            and (e + 1) not in blocked
            and toks[e + 1].is_word
        ):
            e += 1
            head = False
            continue
        if head and low in A.ACTOR_POSTMODIFIERS and e + 2 < hi and toks[e + 1].lower in {"to", "with", "by"}:
            e += 2
            head = False
            continue
        if e > start and low.endswith("ed") and e + 1 < hi and toks[e + 1].lower == "by":
            break  # "a missile fired by ...": the participle starts a phrase of its own
        if head and (low in W.NAME_PARTICLES or low.startswith(W.NAME_PREFIXES)):
            e += 1  # "Maarat al-Numan", "Deir ez-Zor"
            continue
        if not np_word(toks, e):
            break
        if head and not head_word(t):
            ahead = toks[e + 1] if e + 1 < hi and (e + 1) not in blocked else None
            if ahead is None or not ahead.is_word or ahead.lower not in A.PLACE_HEADS:
                break  # "Aleppo signifies ...", but "the Zamzam displacement camp"
        e += 1
        if low.endswith(("'s", "s'")):
            head = False  # "Beirut's southern suburbs": a new phrase begins
        elif head_word(t):
            head = True
    return e


def strip_leading(toks: Sequence[Token], a: int, b: int) -> int:
    """Drop a fronted word that is no part of the phrase ("Meanwhile", "Separately")."""
    while a < b and (toks[a].lower in W.FUNCTION_WORDS - G.DETERMINERS - {"all", "both", "some", "many", "several"}):
        if toks[a].lower in {"most", "more"} and a + 1 < b and toks[a + 1].lower in {"than", "of"}:
            break
        if toks[a].lower in HEDGE_WORDS and a + 1 < b and toks[a + 1].lower[:1].isdigit():
            break  # "about 1,000 Ukrainian soldiers"
        a += 1
    return a


def past_collective(toks: Sequence[Token], a: int, b: int) -> int:
    """ "a significant wave of Iran-backed fighters" -> "Iran-backed fighters"."""
    for k in range(a, min(b - 1, a + 4)):
        if toks[k].lower in A.COLLECTIVE_LEADS and toks[k + 1].lower == "of" and k + 2 < b:
            return k + 2
        if toks[k].lower == "of":
            break
    return a


def has_head(toks: Sequence[Token], a: int, b: int) -> bool:
    """A phrase that can name a doer: a name, an actor or people noun, a number of people."""
    for t in toks[a:b]:
        low = t.lower
        if low in A.PEOPLE_NOUNS or low.rstrip("s") in A.PEOPLE_NOUNS:
            return True
        if is_capitalised(t) and low not in W.FUNCTION_WORDS and low not in MONTHS and low not in WEEKDAYS:
            return True
    return False


def verb_group_start(
    toks: Sequence[Token], i: int, floor: int, blocked: frozenset[int] | set[int] = frozenset()
) -> int:
    """Walk back from a verb over its auxiliaries, adverbs and negation, over a governing verb and
    "to" ("has vowed to retake", "is expected to withdraw"), an aspect verb ("began firing") and a
    time between subject and verb ("The court on Wednesday evening sentenced"): the index after
    the subject."""
    j = i
    while j - 1 >= floor:
        low = toks[j - 1].lower
        if (j - 1) in blocked:
            j -= 1
            while j - 1 >= floor and (j - 1) in blocked:
                j -= 1
            if j - 1 >= floor and toks[j - 1].lower in {"on", "in", "at", "early", "late", "since", "until"}:
                j -= 1
            continue
        if low in A.ASPECT_VERBS and j < i + 1 and toks[j].lower.endswith("ing"):
            j -= 1  # "started firing", "kept pushing"
            continue
        if (
            low in V.AUXILIARIES
            or low in V.MODALS
            or low in G.SUBJECT_ADVERBS
            or low in _NP_BOUNDARY - W.CLAUSE_OPENERS
            or (low.endswith("ly") and toks[j - 1].is_word and low not in {"italy", "family"})
            or low in {"not", "n't", "never", "to"}
            or (low in A.GOVERNING_VERBS and j < i + 1 and toks[j].lower in {"to"} | V.AUXILIARIES)
            or (low in A.GOVERNING_VERBS and j - 1 >= floor and toks[j].lower == "to")
        ):
            j -= 1
            continue
        break
    return j


def passive(toks: Sequence[Token], m: TriggerMatch) -> bool:
    """ "was killed", "were reportedly shot", "had been captured": the subject suffered it ("were
    fighting" is no passive)."""
    if toks[m.first].lower.endswith("ing"):
        return False
    j = m.first - 1
    while j >= 0 and (toks[j].lower.endswith("ly") or toks[j].lower in {"also", "then", "not", "never"}):
        j -= 1
    return j >= 0 and toks[j].lower in V.PASSIVE_AUX and toks[m.first].lower not in {"is", "are"}


def skip_insertion(toks: Sequence[Token], j: int, floor: int) -> int:
    """``j`` ends a phrase; if a comma-bounded insertion ends there ("The RSF, which seized the
    city, has denied"; "The militants, known locally as al-Shabaab, seized"), the index of the
    comma that opens it, else ``j``."""
    if j - 1 < floor or toks[j - 1].text != ",":
        return j
    for c in range(j - 2, floor, -1):
        if toks[c].text in {";", ":", "(", ")"}:
            return j
        if toks[c].text == ",":
            return c if c - 1 >= floor and toks[c - 1].is_word else j
    return j


def conjuncts(toks: Sequence[Token], a: int, b: int) -> list[TokenRange]:
    """The phrases a noun phrase joins with "and": "Sudan's army and the paramilitary RSF" is two
    actors; "Rwandan and Mozambican troops" one (its first part is an adjective of the second's
    noun), and so is "Units of the Southern group of forces"."""
    cuts = [k for k in range(a + 1, b - 1) if toks[k].lower == "and"]
    if not cuts or any(toks[k].lower == "of" for k in range(a, cuts[0])):
        return [(a, b)]
    out: list[TokenRange] = []
    start = a
    for k in [*cuts, b]:
        left = toks[start:k]
        single = len(left) == 1 and left[0].lower.endswith(("an", "ese", "ish", "i")) and not left[0].text.isupper()
        if not left or single or not has_head(toks, start, k):
            return [(a, b)]
        out.append((start, k))
        start = k + 1
    return out


def participle(t: Token) -> bool:
    return t.is_word and (t.lower.endswith("ed") or t.lower in V.IRREGULAR_PAST) and t.lower not in V.NOT_VERB_ED


def name_token(t: Token) -> bool:
    return t.is_word and is_capitalised(t) and t.lower not in W.FUNCTION_WORDS


def used_as_verb(toks: Sequence[Token], m: TriggerMatch) -> bool:
    """A trigger the stage read as a noun that is a verb all the same: a past form not after a
    determiner ("shot dead a lecturer"), an infinitive ("vowed to retake it")."""
    word = toks[m.first].lower
    prev = toks[m.first - 1].lower if m.first > 0 else ""
    if prev in G.DETERMINERS or prev in G.NOUN_MAKERS or prev.endswith(("'s", "s'")):
        return False
    if prev == "to" and m.verbal:
        return True
    if word.endswith("ing") and (prev in V.AUXILIARIES or prev in A.ASPECT_VERBS):
        return True  # "were fighting", "have been advancing", "began striking"
    if m.first > 0 and prev in V.MODALS:
        return True  # "will travel to Cairo", "would court-martial the officers"
    if m.verbal and m.first > 0 and (prev in A.PEOPLE_NOUNS or name_token(toks[m.first - 1])):
        return True  # "M23 rebels enter Bukavu", "Thousands flee Khartoum"
    if word.endswith("ing") and m.first > 0 and (prev in A.PEOPLE_NOUNS or prev.rstrip("s") in A.PEOPLE_NOUNS):
        return True  # "EAC heads of state meeting in Nairobi"
    return word in V.IRREGULAR_PAST or (word.endswith("ed") and word not in V.NOT_VERB_ED)
