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

import bisect
import re
from collections.abc import Callable, Sequence

import attrs

from ..lexicon import arguments as A
from ..lexicon import event_grammar as G
from ..lexicon import event_words as W
from ..lexicon import verbs as V
from ..lexicon.calendar import MONTHS, WEEKDAYS
from ..lexicon.numbers import NUMBER_WORDS
from ..lexicon.signals import SIGNALS
from ..lexicon.triggers import TRIM_WORDS, verb_forms
from ..model import EventKind
from ..text import Clause, Token, is_capitalised
from .syntax import NP_STOP, is_placeish
from .times import SentenceTime
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

TokenRange = tuple[int, int]
#: An example of a rule: (text, publication date, trigger words, the argument expected).
Example = tuple[str, str, str, str]


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
_HEDGE_WORDS = frozenset({"about", "around", "nearly", "almost", "some", "over", "roughly", "approximately"})
_NP_BOUNDARY = (
    W.CLAUSE_OPENERS
    | V.AUXILIARIES
    | V.MODALS
    | frozenset(
        """also then still already just even only now however meanwhile moreover separately
    too yet again reportedly allegedly apparently""".split()
    )
)


def _verbish(toks: Sequence[Token], i: int) -> bool:
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


def _np_word(toks: Sequence[Token], i: int) -> bool:
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
        and not _verbish(toks, i)
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
        if _np_word(toks, i):
            k = i
            continue
        prev = toks[i - 1].lower if i - 1 >= floor else ""
        inner = (
            (low == "of" or (low in A.ACTOR_INNER_PREPOSITIONS and prev in A.PEOPLE_NOUNS))
            or (low in {"to", "with", "by"} and prev in A.ACTOR_POSTMODIFIERS)
            or (low in {"and", "or"} and i - 1 >= floor and _np_word(toks, i - 1))
            or (low in {"than", "least"} and k < end and toks[k].lower[:1].isdigit())
            or (low == "at" and prev == "" and k < end and toks[k].lower == "least")
        )
        if inner and k < end and i - 1 >= floor and (i - 1) not in blocked:
            k = i
            continue
        if low in {"more", "at"} and k < end and toks[k].lower in {"than", "least"}:
            k = i
            continue
        if low in _HEDGE_WORDS and k < end and toks[k].lower[:1].isdigit():
            k = i  # "about 1,000 Ukrainian soldiers"
            continue
        break
    while k < end and (toks[k].lower in G.PREPOSITIONS or toks[k].lower in {"and", "or", "to"}):
        if toks[k].lower in _HEDGE_WORDS and k + 1 < end and toks[k + 1].lower[:1].isdigit():
            break
        k += 1
    if k - 1 >= floor and toks[k - 1].lower == "to" and k < end and not is_capitalised(toks[k]):
        k += 1  # "to push back Ukrainian troops": the word after "to" is a verb
        while k < end and toks[k].lower in A.VERB_PARTICLES:
            k += 1
    return k if k < end else None


def _prefixed_name(t: Token) -> bool:
    """ "al-Wishka", "el-Fasher": a name behind a lower-case prefix."""
    low = t.lower
    return any(low.startswith(p) and len(t.text) > len(p) and t.text[len(p)].isupper() for p in W.NAME_PREFIXES)


def _head_word(t: Token) -> bool:
    low = t.lower
    return (
        (is_capitalised(t) and low not in W.FUNCTION_WORDS)
        or _prefixed_name(t)
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
        if not _np_word(toks, e):
            break
        if head and not _head_word(t):
            ahead = toks[e + 1] if e + 1 < hi and (e + 1) not in blocked else None
            if ahead is None or not ahead.is_word or ahead.lower not in A.PLACE_HEADS:
                break  # "Aleppo signifies ...", but "the Zamzam displacement camp"
        e += 1
        if low.endswith(("'s", "s'")):
            head = False  # "Beirut's southern suburbs": a new phrase begins
        elif _head_word(t):
            head = True
    return e


def _strip_leading(toks: Sequence[Token], a: int, b: int) -> int:
    """Drop a fronted word that is no part of the phrase ("Meanwhile", "Separately")."""
    while a < b and (toks[a].lower in W.FUNCTION_WORDS - G.DETERMINERS - {"all", "both", "some", "many", "several"}):
        if toks[a].lower in {"most", "more"} and a + 1 < b and toks[a + 1].lower in {"than", "of"}:
            break
        if toks[a].lower in _HEDGE_WORDS and a + 1 < b and toks[a + 1].lower[:1].isdigit():
            break  # "about 1,000 Ukrainian soldiers"
        a += 1
    return a


def _past_collective(toks: Sequence[Token], a: int, b: int) -> int:
    """ "a significant wave of Iran-backed fighters" -> "Iran-backed fighters"."""
    for k in range(a, min(b - 1, a + 4)):
        if toks[k].lower in A.COLLECTIVE_LEADS and toks[k + 1].lower == "of" and k + 2 < b:
            return k + 2
        if toks[k].lower == "of":
            break
    return a


def _has_head(toks: Sequence[Token], a: int, b: int) -> bool:
    """A phrase that can name a doer: a name, an actor or people noun, a number of people."""
    for t in toks[a:b]:
        low = t.lower
        if low in A.PEOPLE_NOUNS or low.rstrip("s") in A.PEOPLE_NOUNS:
            return True
        if is_capitalised(t) and low not in W.FUNCTION_WORDS and low not in MONTHS and low not in WEEKDAYS:
            return True
    return False


# --- actors ---------------------------------------------------------------------------------------------


def _verb_group_start(
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


def _skip_insertion(toks: Sequence[Token], j: int, floor: int) -> int:
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


def _subject(site: Site, verb: int, depth: int = 0) -> list[Found]:
    """The subject of the verb at ``verb``: the noun phrase before its verb group, past an
    insertion, through a relative pronoun to its antecedent, through "and" to the subject of the
    verb before ("entered Palma ... and attacked banks"), through a pronoun to whom it stands for
    ("Pakistan said it shot down ...")."""
    toks, floor = site.tokens, 0
    j = _verb_group_start(toks, verb, floor, site.blocked)
    apposed = _apposed_name(toks, j)
    j = _skip_insertion(toks, j, floor)
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
        return [Found((a, k))] if a is not None and _has_head(toks, a, k) else []
    if j - 1 >= floor and toks[j - 1].lower in {"and", "but"} and depth < 3:
        earlier = _verb_before(toks, j - 1, floor, site.blocked)
        if earlier is not None:
            return _subject(site, earlier, depth + 1)
    a = np_back(toks, j, floor, site.blocked)
    if a is None:
        return []
    if j - a == 1 and toks[a].lower in A.ACTOR_PRONOUNS:
        return _pronoun(site, a, depth)
    a = _strip_leading(toks, a, j)
    a = _past_collective(toks, a, j)
    if a >= j:
        return []
    if toks[j - 1].lower in A.NOT_ACTORS and j - a == 1:
        return []
    if not _has_head(toks, a, j):
        return []
    # "declared a ceasefire and the ENDF pulled out": the object of a verb, "and", the subject
    if a > 0 and _verbish(toks, a - 1) and toks[a - 1].lower not in V.REPORTING_VERBS:
        cuts = [k for k in range(a, j) if toks[k].lower == "and"]
        if cuts and _has_head(toks, cuts[-1] + 1, j):
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
        found = _subject(site, r, depth + 1)
        if found:
            return found
    for v in range(k - 1, -1, -1):
        if toks[v].is_word and _verbish(toks, v) and toks[v].lower not in V.AUXILIARIES and depth < 3:
            found = _subject(site, v, depth + 1)
            if found and found[0].rng is not None:
                return found
    return [Found(None, site.last_actor)] if site.last_actor else []


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
        if not left or single or not _has_head(toks, start, k):
            return [(a, b)]
        out.append((start, k))
        start = k + 1
    return out


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
            t.lower.endswith("ed") and t.lower not in V.NOT_VERB_ED and _verbish(toks, k)
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
                if toks[v].is_word and v not in site.blocked and _verbish(toks, v):
                    found = _subject(site, v)
                    if found:
                        return found
                    break
    if site.nominal or passive(toks, m) or m.verb_at != m.first:
        return []  # a phrase with its own subject ("fighting raged") has no actor before it
    return _subject(site, m.first)


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
        if toks[j].lower == "by" and j > m.head_last and _participle(toks[j - 1]) and site.nominal:
            break  # "the truce proposed by the Quartet": who proposed it
        if toks[j].lower == "by" and j + 1 < stop:
            e = np_forward(toks, j + 1, stop, site.blocked)
            while (
                e + 1 < stop
                and toks[e].lower == "and"
                and _has_head(toks, e + 1, np_forward(toks, e + 1, stop, site.blocked))
            ):
                e = np_forward(toks, e + 1, stop, site.blocked)  # "brokered by Saudi Arabia and the United States"
            if e > j + 1 and _has_head(toks, j + 1, e):
                out = [Found(r) for r in conjuncts(toks, j + 1, e)]
                if e < stop and toks[e].lower in {"fired", "launched", "operated", "flown"} and e + 1 < stop:
                    j = e + 1  # "a missile fired by X": the one who fired it
                    continue
                break
        if not toks[j].is_word and toks[j].text not in {"'", "’"}:
            break
        j += 1
    return out


def _participle(t: Token) -> bool:
    return t.is_word and (t.lower.endswith("ed") or t.lower in V.IRREGULAR_PAST) and t.lower not in V.NOT_VERB_ED


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
        if a is not None and _has_head(toks, a, k):
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
        if a is not None and _has_head(toks, a, j - 1) and not prep:
            return [Found((a, j - 1))]
    for k in range(j - 1, -1, -1):  # the nearest subject before it in the sentence
        if toks[k].is_word and (_verbish(toks, k) or toks[k].lower in {"end", "ending"}):
            found = _subject(site, k)
            if found and found[0].rng is not None:
                return found
    return [Found(None, site.last_actor)] if site.last_actor else []


def _modifier(site: Site) -> list[Found]:
    """ "the Houthi siege", "Israeli air strikes", "a coalition air strike": a name or people word
    right before a noun trigger (a place name before talks or a truce is their place)."""
    if not site.nominal or _modifier_place(site):
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


def _modifier_place(site: Site) -> list[Found]:
    """ "Jeddah talks", "the Gaza truce": a name that is no people's adjective before a noun of
    agreement names where it is."""
    toks, m = site.tokens, site.match
    if not site.nominal or site.kind is not EventKind.NEGOTIATION or m.first == 0:
        return []
    a = m.first
    while a - 1 >= 0 and (a - 1) not in site.blocked and _name_token(toks[a - 1]) and a - 1 > 0:
        a -= 1
    if a == m.first or any(t.lower.endswith(A.BROKER_ENDINGS) for t in toks[a : m.first]):
        return []
    last = toks[m.first - 1].lower
    if last.endswith(("ian", "ese", "ish", "i", "an")) or last in A.PEOPLE_NOUNS:
        return []  # "Israeli-Hamas truce", "Sudanese talks": who, not where
    return [Found((a, m.first))]


def _light_verb(site: Site) -> list[Found]:
    """A noun trigger that is the object of a verb its subject does it with: "carried out an air
    strike", "launched an offensive", "held talks", "announced a three-day ceasefire" is not one
    (reporting)."""
    if not site.nominal:
        return []
    toks, m = site.tokens, site.match
    declared = site.kind in (EventKind.NEGOTIATION, EventKind.POLITICAL)
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
                _verbish(toks, j)
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
    return _subject(site, verb)


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
            return _subject(site, e)
    return []


def _light_verb_at(toks: Sequence[Token], j: int, declared: bool = False) -> int | None:
    """The index of the light verb ending at ``j`` ("carried out", "took part in", "launched"; with
    ``declared``, "announced" too)."""
    for lemma, forms in _LIGHT_FORMS + (_DECLARING_FORMS if declared else ()):
        words = lemma.split("_")
        for form in forms:
            phrase = [form, *words[1:]]
            a = j - len(phrase) + 1
            if a >= 0 and [t.lower for t in toks[a : j + 1]] == phrase:
                return a
    return None


_LIGHT_FORMS = tuple(
    (lemma, verb_forms(lemma.split("_")[0]) + A.LIGHT_VERB_EXTRA_FORMS.get(lemma.split("_")[0], ()))
    for lemma in sorted(A.LIGHT_VERBS)
)
_DECLARING_FORMS = tuple((lemma, verb_forms(lemma)) for lemma in sorted(A.DECLARING_VERBS))


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
        found = _subject(site, verb)
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
            t.lower.endswith("ed") and t.lower not in V.NOT_VERB_ED and _verbish(toks, k)
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
        if e <= k or not _has_head(toks, k, e):
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
            (
                "Coalition aircraft carried out 25 strikes in the past week.",
                "2021-03-08",
                "strikes",
                "Coalition aircraft",
            ),
            ("The Taliban announced a three-day ceasefire on Monday.", "2021-05-16", "ceasefire", "The Taliban"),
            ("The militia mounted an assault on the town on Monday.", "2024-03-12", "assault", "The militia"),
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


# --- places ------------------------------------------------------------------------------------------


def _place_phrase(toks: Sequence[Token], a: int, e: int) -> TokenRange | None:
    """The place a noun phrase names, or ``None``: a name that is no actor, person, demonym or body
    ("Aleppo", "north-west Syria", "Beirut's southern suburbs"), or a common noun of places ("the
    town", "a relief camp"); "the town of Sudzha" and "the vicinity of Koutougou" give the name."""
    if e <= a:
        return None
    words = toks[a:e]
    lows = [t.lower for t in words]
    if "of" in lows:
        k = lows.index("of")
        head = lows[k - 1] if k > 0 else ""
        if (
            0 < k < len(lows) - 1
            and head not in A.PLACE_HEADS
            and head not in A.PLACE_OF_LEADS
            and is_capitalised(words[k - 1])
            and not is_capitalised(words[k + 1])
            and lows[k + 1] not in G.ARTICLES
        ):
            return _place_phrase(toks, a, a + k)  # "in Texas of co-founder Ismael ...": Texas
        if (head in A.PLACE_HEADS or head in A.PLACE_OF_LEADS) and k + 1 < len(lows):
            named = _place_phrase(toks, a + k + 1, e)
            if named is not None and any(is_capitalised(t) for t in toks[named[0] : named[1]]):
                return named
            if head in A.PLACE_OF_LEADS:
                return named
            if head in A.PLACE_HEADS and named is None:
                return (a, e)  # "the headquarters of the army's 6th Infantry Division"
    last = lows[-1]
    names = [t for t in words if (is_capitalised(t) and t.lower not in W.FUNCTION_WORDS) or _prefixed_name(t)]
    if any(t.lower in W.TITLE_WORDS for t in words) or any(low in A.NOT_PLACES for low in lows):
        return None
    if last.rstrip("s") in A.PEOPLE_NOUNS or last in A.PEOPLE_NOUNS or last in W.ACTOR_NOUNS:
        return None
    if last in A.PLACE_HEADS or last.rstrip("s") in A.PLACE_HEADS:
        return (a, e)
    if not names:
        return None
    if not is_capitalised(words[-1]) and last not in W.NAME_PARTICLES and not last.startswith(W.NAME_PREFIXES):
        return None  # "Kyiv's boldest moves", "Israeli strikes": a name that modifies a noun
    if len(names) == len(words) == 1 and last.endswith(W.DEMONYM_ENDINGS) and not is_placeish(words[0], False):
        return None
    if any(low in MONTHS or low in WEEKDAYS for low in lows):
        return None
    if lows[-1].endswith(("'s", "'")):
        return None
    if len(words) == 1 and last.endswith(W.DEMONYM_ENDINGS) and last[:-3] and last.endswith(("ian", "ese", "ish")):
        return None  # "Syrian", "Sudanese": an adjective
    return (a, e)


def _places_after(site: Site, j: int, hi: int) -> list[TokenRange]:
    """The places of the noun phrase at ``j`` and those joined to it by "and" or a comma list,
    with a bracketed region after any of them ("Hit (Anbar)", "Bunagana (Rutshuru territory)")."""
    toks = site.tokens
    out: list[TokenRange] = []
    k = j
    while k < hi:
        e = np_forward(toks, k, hi, site.blocked)
        rng = _place_phrase(toks, k, e) if e > k else None
        if (
            rng is not None
            and rng[1] - rng[0] - (1 if toks[rng[0]].lower in G.ARTICLES else 0) == 1
            and is_capitalised(toks[rng[1] - 1])
            and e < len(toks)
            and e not in site.blocked
            and _np_word(toks, e)
            and not is_capitalised(toks[e])
            and not _head_word(toks[e])
        ):
            rng = None  # "in Israeli strike", "in an Israeli air strike": a name that modifies a noun
        if rng is None:
            break
        out.append(rng)
        if e < len(toks) and toks[e].text == "(":
            close = next((c for c in range(e + 1, min(len(toks), e + 9)) if toks[c].text == ")"), None)
            if close is not None:
                inner = e + 1
                while inner < close:
                    ie = np_forward(toks, inner, close, site.blocked)
                    r2 = _place_phrase(toks, inner, ie) if ie > inner else None
                    if r2 is None:
                        break
                    out.append(r2)
                    inner = ie + 1 if ie < close and toks[ie].text == "," else close
                e = close + 1
        if e < hi and toks[e].lower == "and" or (e + 1 < hi and toks[e].text == "," and is_capitalised(toks[e + 1])):
            nxt = e + 1
            if nxt < hi and toks[nxt].lower == "and":
                nxt += 1
            k = nxt
            continue
        break
    return out


def _reach(site: Site) -> TokenRange:
    """Where an event's places are looked for: its clause, across brackets ("on 10/07 (Sunday) in
    Jebel", "by the ELN (ELN) in the Catatumbo region"), and into a following clause that is only a
    place ("India's strike on Tuesday, near the town of Balakot, ...") or, for a noun, its relative
    clause ("a bombing on Feb. 14 that killed 40 police in Pulwama")."""
    toks, m = site.tokens, site.match
    lo, hi = site.clause.first, site.clause.last
    cls = list(site.clauses)
    k = next((i for i, c in enumerate(cls) if c == site.clause), None)
    while k is not None and k + 1 < len(cls):
        nxt = cls[k + 1]
        cut = toks[hi].text if hi < len(toks) else ""
        first = toks[nxt.first].lower if nxt.first < len(toks) else ""
        if cut in {"(", ")", '"', "“", "”"} or nxt.opener in {"(", ")", '"', "“", "”"}:
            hi = nxt.last
        elif nxt.opener == "," and first in A.LOCATIVE_PREPOSITIONS:
            hi = nxt.last
        elif nxt.opener == "," and first in A.APPOSITION_OPENERS and k + 2 < len(cls):
            hi = nxt.last  # "26 men, most of them tourists, in a meadow near Pahalgam"
        elif site.nominal and nxt.opener in G.RELATIVE_OPENERS and m.head_last >= site.clause.last - 6:
            hi = nxt.last
        else:
            break
        k += 1
    # "destroyed a bridge near Glushkovo and struck a second near Zvannoye": the places after the
    # next event joined by "and" are that event's
    later = [
        e.first
        for e in site.events
        if e.first > m.head_last
        and e.first > 0
        and (
            toks[e.first - 1].lower == "and" or (toks[e.first - 1].text == "," and toks[e.first].lower.endswith("ing"))
        )
    ]
    if later:
        hi = min(hi, min(later) - 1)
    if m.first > 0 and toks[m.first - 1].lower == "and" and any(e.first < m.first for e in site.events):
        lo = max(lo, m.first)  # and the places before it are the other event's
    return lo, hi


def _locative(site: Site) -> list[Found]:
    """ "in Syria", "near the town of Sudzha", "at the Saudi Maternity Hospital", "over Kigali",
    "fled to Tawila" (after a movement)."""
    toks, m = site.tokens, site.match
    lo, hi = _reach(site)
    out: list[Found] = []
    movement = site.kind in (EventKind.DEPLOYMENT, EventKind.OTHER, EventKind.TERRITORY_CHANGE) or (
        site.match.entry.name in A.MOVEMENT_ENTRIES
    )
    for i in range(lo, hi):
        low = toks[i].lower
        compass = low == "of" and i > 0 and toks[i - 1].lower in A.COMPASS_WORDS  # "35 km north-east of Kismayo"
        if i in site.blocked or not (
            compass or low in A.LOCATIVE_PREPOSITIONS or (movement and low in A.MOVEMENT_PREPOSITIONS and i > m.first)
        ):
            continue
        if low == "on" and i + 1 < hi and (toks[i + 1].lower in MONTHS or toks[i + 1].lower in WEEKDAYS):
            continue
        if i > 0 and toks[i - 1].lower in {"according", "due", "thanks"}:
            continue
        two_sided = site.kind in (EventKind.BATTLE, EventKind.NEGOTIATION) and i <= m.head_last + 3
        if low == "between" and two_sided and not (i > 0 and toks[i - 1].lower in A.PLACE_HEADS):
            continue  # "the road between Mueda and Muidumbe"; "clashes between X and Y" are its sides
        if low == "to" and i > 0 and toks[i - 1].lower in A.PLACE_TO_HEADS:
            out += [Found(r) for r in _places_after(site, i + 1, hi)]  # "the entrance to Hilla"
            continue
        if (
            i + 2 < hi
            and toks[i + 1].lower == "the"
            and toks[i + 2].lower in A.COMPASS_WORDS
            and (i + 3 >= len(toks) or not toks[i + 3].is_word or toks[i + 3].lower in G.PREPOSITIONS)
        ):
            out.append(Found((i + 1, i + 3)))  # "in the north", not "into the western Kursk region"
            continue
        out += [Found(r) for r in _places_after(site, i + 1, hi)]
    return out


def _object(site: Site) -> list[Found]:
    """The direct object of a trigger that acts on a place: "seized the town", "fled Tarhuna",
    "stormed the building", "attacked Haiti's main international airport"."""
    toks, m = site.tokens, site.match
    if site.nominal or site.kind.value not in A.PLACE_OBJECT_KINDS or passive(toks, m):
        return []
    inner = [
        Found(r)
        for k in range(m.first + 1, m.last)
        if toks[k].lower in G.ARTICLES
        for r in _places_after(site, k, m.last)
    ]
    if inner:
        return inner[:1]  # "left the city", "declare the city liberated": the place is in the phrase
    j = m.last
    if j < len(toks) and toks[j].lower in {"control", "over"}:
        j += 1
    if j < len(toks) and toks[j].lower == "of":
        j += 1
    if j >= len(toks):
        return []
    return [Found(r) for r in _places_after(site, j, len(toks))]


_PLACE_OF_KINDS = (EventKind.TERRITORY_CHANGE, EventKind.REMOTE_VIOLENCE, EventKind.BATTLE, EventKind.DEPLOYMENT)


def _of_complement(site: Site) -> list[Found]:
    """ "the capture of Aleppo", "its siege of the town", "the liberation of the town of Kurakhove"."""
    toks, m = site.tokens, site.match
    j = m.head_last
    if not site.nominal or j >= len(toks) or toks[j].lower != "of" or site.kind not in _PLACE_OF_KINDS:
        return []
    return [Found(r) for r in _places_after(site, j + 1, len(toks))]


def _fronted(site: Site) -> list[Found]:
    """A sentence that opens on a place sets it for its events: "In North Kordofan, ...", "On the
    Marib front, ..."."""
    toks = site.tokens
    if not site.clauses or site.clause is site.clauses[0]:
        return []
    first = site.clauses[0]
    if first.first != 0 or first.last >= len(toks) or toks[first.last].text != ",":
        return []
    if not toks or toks[0].lower not in A.LOCATIVE_PREPOSITIONS:
        return []
    return [Found(r) for r in _places_after(site, 1, first.last)]


def _place_subject(site: Site) -> list[Found]:
    """ "Kherson fell", "Raqqa was recaptured": a trigger that needs a place for its subject."""
    toks, m = site.tokens, site.match
    # "Mosul ... was recaptured", "El Fasher had been encircled", "the bridge was hit"
    taken = site.kind in _PLACE_OF_KINDS and passive(toks, m)
    if (m.entry.needs != "place_subject" and not taken) or site.nominal:
        return []
    j = _skip_insertion(toks, _verb_group_start(toks, m.first, 0), 0)
    a = np_back(toks, j, 0, site.blocked)
    if a is None:
        return []
    a = _strip_leading(toks, a, j)
    rng = _place_phrase(toks, a, j) if a < j else None
    if rng is None or not is_placeish(toks[rng[1] - 1], rng[1] == 1):
        return []
    return [Found(rng)]


#: How places are read: every rule adds what it finds.
PLACE_RULES: tuple[ArgumentRule, ...] = (
    ArgumentRule(
        "place-subject",
        "place",
        _place_subject,
        (("Kherson fell on Friday.", "2022-11-14", "fell", "Kherson"),),
        (("Prices fell on Friday.", "2022-11-14", "fell", "Prices"),),
        doc="the subject of 'fell' and the like",
    ),
    ArgumentRule(
        "object",
        "place",
        _object,
        (
            ("Rebels seized the town of Saraqeb on Tuesday.", "2024-12-06", "seized", "Saraqeb"),
            ("Some 16,000 people have fled Tarhuna since June 4.", "2020-06-08", "fled", "Tarhuna"),
            (
                "Gunmen attacked Haiti's main international airport on Monday.",
                "2024-03-05",
                "attacked",
                "Haiti's main international airport",
            ),
            ("Rebels seized the town on Monday.", "2024-03-12", "seized", "the town"),
        ),
        (("Rebels seized 20 trucks on Monday.", "2024-03-12", "seized", "20 trucks"),),
        doc="the object of a trigger that acts on a place",
    ),
    ArgumentRule(
        "of",
        "place",
        _of_complement,
        (
            ("The capture of Aleppo stunned the government.", "2024-12-02", "capture", "Aleppo"),
            ("The council demanded an end to the siege of the town.", "2025-11-03", "siege", "the town"),
        ),
        doc="'the capture of X'",
    ),
    ArgumentRule(
        "locative",
        "place",
        _locative,
        (
            ("Airstrikes hit a market in Idlib on Sunday.", "2024-12-02", "Airstrikes", "Idlib"),
            ("Fighters took part in the assault near the town of Sudzha.", "2024-08-07", "assault", "Sudzha"),
            (
                "Clashes erupted near Borobekra (Jiribam district) on 11 November.",
                "2024-11-18",
                "Clashes",
                "Jiribam district",
            ),
            (
                "More than 460 patients were killed at the Saudi Maternity Hospital.",
                "2025-10-29",
                "killed",
                "the Saudi Maternity Hospital",
            ),
            ("Pakistan said it shot down two Indian jets over Kashmir.", "2019-02-27", "shot down", "Kashmir"),
            ("Most of them fled on foot to Tawila.", "2025-10-29", "fled", "Tawila"),
            ("Clashes erupted in southern Lebanon on Oct. 1.", "2024-11-27", "Clashes", "southern Lebanon"),
        ),
        (
            ("Rebels seized Hama on Friday, according to SOHR.", "2024-12-02", "seized", "SOHR"),
            ("Rebels seized Hama in a lightning offensive.", "2024-12-02", "seized", "a lightning offensive"),
            (
                "Fighting erupted in the capital on Tuesday, the IOM said in a statement.",
                "2023-04-18",
                "Fighting",
                "a statement",
            ),
        ),
        doc="'in', 'at', 'near', 'outside' ... and, after a movement, 'to'",
    ),
    ArgumentRule(
        "name-before",
        "place",
        _modifier_place,
        (("Delegates met on Saturday for the Jeddah talks.", "2023-05-21", "talks", "Jeddah"),),
        (("The Houthi truce began on Monday.", "2022-04-03", "truce", "Houthi"),),
        doc="a place name before a noun of agreement: 'the Jeddah talks'",
    ),
    ArgumentRule(
        "fronted",
        "place",
        _fronted,
        (
            (
                "In North Kordofan, at least 47 civilians were killed on Sunday.",
                "2025-11-03",
                "killed",
                "North Kordofan",
            ),
        ),
        doc="a sentence that opens on a place",
    ),
)


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


def _name_token(t: Token) -> bool:
    return t.is_word and is_capitalised(t) and t.lower not in W.FUNCTION_WORDS


def _used_as_verb(toks: Sequence[Token], m: TriggerMatch) -> bool:
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
    if m.verbal and m.first > 0 and (prev in A.PEOPLE_NOUNS or _name_token(toks[m.first - 1])):
        return True  # "M23 rebels enter Bukavu", "Thousands flee Khartoum"
    if word.endswith("ing") and m.first > 0 and (prev in A.PEOPLE_NOUNS or prev.rstrip("s") in A.PEOPLE_NOUNS):
        return True  # "EAC heads of state meeting in Nairobi"
    return word in V.IRREGULAR_PAST or (word.endswith("ed") and word not in V.NOT_VERB_ED)


def read_arguments(site: Site, source: str) -> Arguments:
    """Read an event's actors and places with the rules, in their order (the places of its sentence,
    of the place named before and of the dateline come from :func:`complete_places`)."""
    if site.nominal and _used_as_verb(site.tokens, site.match):
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
    j = _skip_insertion(toks, _verb_group_start(toks, site.match.first, 0), 0)
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


def sentence_names(tokens: Sequence[Token], blocked: frozenset[int] | set[int]) -> list[str]:
    """The names of a sentence: runs of capitalised words that are no function word, month,
    weekday or title, not counting the sentence's first word alone."""
    out: list[str] = []
    k = 0
    n = len(tokens)
    while k < n:
        t = tokens[k]
        if (
            k in blocked
            or not t.is_word
            or not is_capitalised(t)
            or t.lower in W.FUNCTION_WORDS
            or t.lower in MONTHS
            or t.lower in WEEKDAYS
            or t.lower in W.TITLE_WORDS
        ):
            k += 1
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
        k = e
    return out


# --- death tolls -------------------------------------------------------------------------------------

_NUMBER_WORD = "|".join(sorted((re.escape(w) for w in NUMBER_WORDS), key=len, reverse=True))
_NUM = r"(?P<n>\d{1,3}(?:,\d{3})+|\d+|(?:" + _NUMBER_WORD + r")(?:(?:[- ]|\s+and\s+)(?:" + _NUMBER_WORD + r"))*)"
_HEDGE = r"(?:(?:" + "|".join(re.escape(h) for h in W.FATALITY_HEDGES) + r")\s+)?"
_UNITS = r"(?!\s*(?:" + "|".join(G.NOT_TOLL_UNITS) + r")\b)"


def _alts(phrases: Sequence[str]) -> str:
    return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in sorted(phrases, key=len, reverse=True))


@attrs.frozen(slots=True)
class TollRule:
    """One way a text states a death toll: a pattern over the sentence whose ``n`` group is the
    count (or a fixed ``count``), the direction in which its event lies (``"back"``: "X struck,
    killing 11"; ``"forward"``: "11 were killed when X struck"), and its examples (text,
    publication date, the event's trigger, the toll as a string) and near-misses."""

    name: str
    pattern: re.Pattern[str]
    examples: tuple[Example, ...]
    near_misses: tuple[Example, ...] = ()
    count: int | None = None
    direction: str = "back"
    doc: str = ""


def _rx(s: str) -> re.Pattern[str]:
    return re.compile(s, re.I)


_PEOPLE_WORDS = r"(?:[A-Za-z'’-]+\s+){0,5}?"


#: Death tolls, each found by the first rule that reads its words.
TOLL_RULES: tuple[TollRule, ...] = (
    TollRule(
        "killing-count",
        _rx(r"\b(?:" + _alts(A.KILLING_VERB_PHRASES) + r")\s+" + _HEDGE + _NUM + r"\b" + _UNITS),
        (
            (
                "An airstrike hit a market in Idlib on Sunday, killing at least 11 people.",
                "2024-12-02",
                "airstrike",
                "11",
            ),
            ("Gunmen shot dead three villagers in Zamfara on Friday.", "2024-12-02", "shot dead", "3"),
            (
                "Gunmen executed at least nine civilians in the village on Monday.",
                "2022-10-30",
                "executed",
                "9",
            ),
        ),
        (
            ("The blast killed 5 percent of the herd.", "2024-12-02", "blast", "5"),
            ("Rebels said the strike killed 5 percent of the livestock.", "2024-12-02", "strike", "5"),
        ),
        doc="a killing verb and its count: 'killing at least 11', 'gunned down three'",
    ),
    TollRule(
        "left-dead",
        _rx(r"\b(?:left|leaving)\s+" + _HEDGE + _NUM + r"\s+" + _PEOPLE_WORDS + r"(?:dead|killed)\b"),
        (("Troops and militants exchanged fire, leaving 10 militants dead.", "2024-11-18", "exchanged fire", "10"),),
        (("The raid left 23 wounded.", "2024-11-18", "raid", "23"),),
        doc="'left 23 dead'",
    ),
    TollRule(
        "bodies",
        _rx(r"\b(?:the\s+)?(?:bodies|corpses|remains)\s+of\s+(?:the\s+)?" + _HEDGE + _NUM + r"\b"),
        (("The bodies of 12 men were recovered on Friday.", "2024-11-18", "recovered", "12"),),
        doc="'the bodies of 12 men were recovered'",
        direction="forward",
    ),
    TollRule(
        "count-bodies",
        _rx(_HEDGE + r"\b" + _NUM + r"\s+(?:bodies|corpses)\b"),
        (("Rescuers found 15 bodies after the airstrike on Friday.", "2024-11-18", "found", "15"),),
        (("Rescuers found 15 body armour vests.", "2024-11-18", "found", "15"),),
        doc="'12 bodies were found'",
    ),
    TollRule(
        "death-toll",
        _rx(
            r"\b(?:death\s+)?toll\s+(?:[\w'’-]+,?\s+){0,24}?(?:to|at|of|reached|stood\s+at)\s+" + _HEDGE + _NUM + r"\b"
        ),
        (
            (
                "The death toll from an explosion at a fuel depot on Monday has risen to 68, officials said.",
                "2023-09-28",
                "explosion",
                "68",
            ),
        ),
        doc="'the death toll rose to 68'",
        direction="forward",
    ),
    TollRule(
        "count-dead",
        _rx(
            r"(?<![\w,.])"
            + _HEDGE
            + _NUM
            + r"(?:\s+(?:[A-Za-z][A-Za-z'’-]*|\([A-Za-z]+\))){0,9}?"
            + r"(?:,\s+(?:most|many|some|all|including|among\s+them)\b(?:[^,;]|,\d){1,40},)?"
            + r"\s+(?:(?:"
            + "|".join(G.TOLL_AUXILIARIES)
            + r"|have|has|had)\s+)?(?:reportedly\s+|also\s+|all\s+)?"
            + r"(?:"
            + _alts(A.DEATH_AFTER_COUNT)
            + r")\b"
        ),
        (
            ("Twenty people were killed when a car bomb exploded in Mogadishu.", "2024-12-02", "killed", "20"),
            (
                "Twenty-three soldiers have lost life in an ambush near Tassia on Wednesday.",
                "2024-03-22",
                "ambush",
                "23",
            ),
            ("Seven aid workers killed in Israeli strike in Gaza", "2024-04-02", "killed", "7"),
            (
                "Seventeen soldiers fell on the field of honour in a terrorist ambush on Tuesday.",
                "2023-08-17",
                "ambush",
                "17",
            ),
            (
                "More than 1,000 civilians, most of them Alawites, were killed in four days of violence.",
                "2025-03-11",
                "killed",
                "1000",
            ),
        ),
        (
            ("Some 2,000 troops were deployed near the border on Monday.", "2024-12-02", "deployed", "2000"),
            ("Twenty people were injured when a car bomb exploded in Mogadishu.", "2024-12-02", "car bomb", "20"),
        ),
        doc="a count and a death word after it: '11 people were killed', '23 dead', 'lost their lives'",
        direction="forward",
    ),
    TollRule(
        "one-victim",
        re.compile(
            r"\b(?:[Kk]illing|[Kk]illed|shot\s+dead|gunned\s+down|assassinated|executed|murdered)\s+"
            r"(?:an?\s+(?!(?:" + "|".join(sorted(A.NOT_ONE_VICTIM)) + r")\b)[A-Za-z-]+(?:\s+(?!and\b)[a-z-]+)?"
            r"|(?:[A-Z][\w.'’-]*\s+){1,4}(?:commander|leader|chief|general)?\s*[A-Z][\w'’-]+)"
            r"\b(?!\s+(?:along\s+with|with)\b)"
        ),
        (
            ("Gunmen on a motorbike shot dead a university lecturer in Kabul.", "2021-05-16", "shot dead", "1"),
            (
                "The US drone strike that killed Revolutionary Guards commander Qassem Soleimani.",
                "2020-01-08",
                "drone strike",
                "1",
            ),
            (
                "Soldiers stormed the compound in Juba on Monday, killing a local journalist.",
                "2016-07-12",
                "stormed",
                "1",
            ),
        ),
        (
            ("The strike killed a number of fighters.", "2024-12-02", "strike", "1"),
            ("Soldiers killed dozens of fighters on Monday.", "2024-12-02", "killed", "1"),
        ),
        count=1,
        doc="a killing verb with one person as its object",
    ),
    TollRule(
        "one-victim-passive",
        re.compile(
            r"(?:^|(?<=[,;]\s)|(?<=\bthat\s)|(?<=\bwhen\s)|(?<=\bafter\s)|(?<=\bbefore\s)|(?<=\bas\s))"
            r"(?:(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is)\s+)?"
            r"(?:[\w'’-]+,?\s+){0,5}?"
            r"(?:was|has\s+been)\s+(?:reportedly\s+)?(?:killed|assassinated|shot\s+dead|executed|murdered)\b"
            r"(?!\s+along\s+with)"
        ),
        (
            (
                "Henry took over after President Jovenel Moise was assassinated in July 2021.",
                "2024-03-12",
                "assassinated",
                "1",
            ),
            (
                "Hezbollah confirmed that its leader, Hassan Nasrallah, was killed in an Israeli air strike.",
                "2024-09-28",
                "killed",
                "1",
            ),
        ),
        (("Many were killed in the strike.", "2024-09-28", "strike", "1"),),
        count=1,
        doc="one person, the subject of a passive killing",
        direction="forward",
    ),
    TollRule(
        "along-with",
        re.compile(
            r"\b(?:was|has\s+been)\s+(?:reportedly\s+)?(?:killed|assassinated|shot\s+dead)\s+along\s+with\s+"
            r"(?:[A-Za-z'’-]+\s+){0,4}?(?:[A-Z][\w'’-]+)(?!\s+and\b)"
        ),
        (
            (
                "Soleimani was killed along with militia leader Abu Mahdi al-Muhandis near Baghdad airport on Friday.",
                "2020-01-08",
                "killed",
                "2",
            ),
        ),
        count=2,
        doc="one person killed along with another",
    ),
    TollRule(
        "no-one",
        _rx(
            r"\b(?:no\s+one|nobody|no\s+(?:casualties|deaths|fatalities|injuries))\s+(?:was|were|has\s+been|have\s+been)?"
            r"\s*(?:killed|hurt|injured|wounded|reported)\b|\bwithout\s+(?:causing\s+)?casualties\b"
        ),
        (
            (
                "Men hurled a grenade at a house in Thoubal district on Thursday; no one was hurt.",
                "2024-11-18",
                "hurled",
                "0",
            ),
        ),
        count=0,
        doc="'no one was hurt': a toll of none",
    ),
    TollRule(
        "killing-both",
        _rx(r"\b(?:killing|killed)\s+both\b"),
        (
            (
                "A landmine exploded under two children in Hays district on Thursday, killing both.",
                "2022-04-03",
                "exploded",
                "2",
            ),
        ),
        count=2,
        doc="'killing both'",
    ),
)

_TENS = {w: n for w, n in NUMBER_WORDS.items() if 20 <= n <= 90 and n % 10 == 0}

#: "killing a woman *and her two children*", "killing six servicemen *and a civilian*": more of the dead.
_MORE_VICTIMS = re.compile(
    r"(?:\s+[a-z-]+){0,3}?\s+and\s+(?:(?:his|her|their|its)\s+)?(?P<m>an?|one|" + _NUMBER_WORD + r"|\d{1,3})\s+"
    r"(?:[a-z-]+\s+){0,2}?(?:" + "|".join(sorted(A.VICTIM_NOUNS)) + r")\b",
    re.I,
)


def _number(word: str) -> int | None:
    """A count written in digits or words ("1,200", "eleven", "Twenty-three", "one hundred");
    ``None`` for something no count of people is (a year, more than twelve digits)."""
    w = word.lower().replace(",", "").strip()
    if w.isdigit():
        # more digits than any count of people: not a toll (and int() refuses past 4,300 digits)
        return int(w) if len(w) <= 12 else None
    parts = [p for p in re.split(r"[- ]+", w) if p and p != "and"]
    if not parts or any(p not in NUMBER_WORDS for p in parts):
        return None
    total = 0
    current = 0
    for p in parts:
        n = NUMBER_WORDS[p]
        if n == 100:
            current = (current or 1) * 100
        elif p in _TENS or n < 100:
            current += n
    total += current
    return total or None


@attrs.frozen(slots=True)
class Toll:
    """A death count stated in a sentence: where the count stands (``at``, an offset in the
    sentence), the count, the rule that read it, and the words it read (``start``/``end``)."""

    at: int
    count: int
    rule: TollRule
    start: int
    end: int


def fatality_counts(sentence: str) -> list[Toll]:
    """Every death count stated in a sentence; each count is read once, by the first rule whose
    words cover it."""
    out: list[Toll] = []
    taken: list[tuple[int, int]] = []
    for rule in TOLL_RULES:
        for mt in rule.pattern.finditer(sentence):
            span = mt.span("n") if "n" in rule.pattern.groupindex and mt.group("n") else mt.span()
            if any(a < span[1] and span[0] < b for a, b in taken):
                continue
            if rule.count is not None:
                n: int | None = rule.count
            else:
                raw = mt.group("n")
                n = _number(raw)
                if n is None or (1900 <= n <= 2100 and raw.isdigit()):
                    continue
                following = sentence[mt.end("n") : mt.end("n") + 12].lower()
                if rule.name == "count-dead" and re.match(
                    r"\s*(?:" + "|".join(G.NOT_DEATH_AFTER_COUNT) + ")", following
                ):
                    continue
            if n is None:
                continue
            end = mt.end()
            more = _MORE_VICTIMS.match(sentence, end)
            if more is not None and rule.name in {"killing-count", "one-victim"}:
                n += _number(more.group("m")) or 1  # "killing six servicemen and a civilian"
                end = more.end()
            taken.append(span)
            out.append(Toll(span[0], n, rule, mt.start(), end))
    return sorted(out, key=lambda x: (x.at, x.count))


_VIOLENT = frozenset(
    {
        EventKind.BATTLE,
        EventKind.REMOTE_VIOLENCE,
        EventKind.VIOLENCE_AGAINST_CIVILIANS,
        EventKind.RIOT,
        EventKind.TERRITORY_CHANGE,
    }
)


def assign_tolls(
    tolls: Sequence[Toll], toks: Sequence[Token], starts: Sequence[int], events: Sequence[TriggerMatch]
) -> dict[int, tuple[int, str]]:
    """Give each toll to the event it belongs to: the event whose trigger is among the words that
    state it ("killed more than 800,000": the killing), else the event that is the subject of its
    killing verb ("The genocide, which began ..., killed more than 800,000"), else a violent event
    of the sentence if there is one, the nearest in the rule's direction ("..., killing 11": the event before; "11
    were killed when ...": the event after), else the nearest. ``starts`` are the sentence
    offsets of its tokens. Returns the event's first token -> (the largest toll given to it, its
    rule)."""
    out: dict[int, tuple[int, str]] = {}
    if not events:
        return out
    takers = [m for m in events if m.entry.name not in A.TOLL_FREE_ENTRIES and not _adjectival(toks, m)]
    violent = [m for m in takers if m.entry.kind in _VIOLENT] or takers
    for toll in tolls:
        at = bisect.bisect_left(starts, toll.at)
        lo, hi = bisect.bisect_left(starts, toll.start), bisect.bisect_left(starts, toll.end)
        own = [m for m in takers if lo <= m.first < hi]
        before = [m for m in violent if m.first <= at]
        after = [m for m in violent if m.first > at]
        subject = _event_subject(toks, lo, takers) if toll.rule.direction == "back" and toks[lo].is_word else None
        main = [m for m in before if not _in_relative(toks, m)] or before  # "protesters who had set fire"
        picks: list[TriggerMatch] = []
        if own:
            picks = own[:1]
            # "56 were killed when a drone struck": the killing and the strike are told with one toll
            linked = next((m for m in after if m.first > own[0].first and _linked(toks, own[0].last, m.first)), None)
            if linked is not None and toll.rule.direction == "forward":
                picks.append(linked)
        elif subject is not None:
            picks = [subject]
        elif toll.rule.direction == "forward":
            picks = after[:1] or main[-1:]
        else:
            picks = main[-1:] or after[:1]
        host = _relative_host(toks, lo, takers)
        if host is not None and host not in picks:
            picks.append(host)  # "the launch of rockets ..., in which four soldiers were killed"
        for pick in picks:
            if pick.first not in out or toll.count > out[pick.first][0]:
                out[pick.first] = (toll.count, toll.rule.name)
    return out


def _adjectival(toks: Sequence[Token], m: TriggerMatch) -> bool:
    """A participle used as an adjective ("a *besieged* hotel"): no event to give a toll to."""
    return (
        m.first > 0
        and toks[m.first - 1].lower in G.ARTICLES
        and m.last == m.first + 1
        and m.last < len(toks)
        and toks[m.last].is_word
        and toks[m.last].lower not in G.PREPOSITIONS
        and toks[m.first].lower.endswith("ed")
    )


def _relative_host(toks: Sequence[Token], lo: int, events: Sequence[TriggerMatch]) -> TriggerMatch | None:
    """The event a toll's "in which" / "during which" clause belongs to: the nearest one before it."""
    k = lo - 1
    while k >= 0 and toks[k].lower in _HEDGE_WORDS | {"at", "least", "more", "than"}:
        k -= 1
    if k < 1 or toks[k].lower != "which" or toks[k - 1].lower not in {"in", "during", "after"}:
        return None
    return max((m for m in events if m.first < k - 1), key=lambda m: m.first, default=None)


def _in_relative(toks: Sequence[Token], m: TriggerMatch) -> bool:
    """A trigger in a relative clause ("protesters *who had set fire*")."""
    return any(toks[k].lower in G.RELATIVE_OPENERS - {"that"} for k in range(max(0, m.first - 3), m.first))


def _linked(toks: Sequence[Token], end: int, start: int) -> bool:
    """A few words between two events, one of them a word that ties the second to the first ("were
    killed *when* a drone struck", "killed *in* an air strike")."""
    between = [t.lower for t in toks[end:start]]
    if ";" in between or len(between) > 18:
        return False
    links = [k for k, w in enumerate(between) if w in A.TOLL_LINKS]
    # the link word opens the second event's phrase: "killed on Tuesday at the hospital *when*
    # fighters stormed it"
    return bool(links) and len(between) - links[-1] <= 7


def _event_subject(toks: Sequence[Token], verb: int, events: Sequence[TriggerMatch]) -> TriggerMatch | None:
    """The event named by the subject of the verb at ``verb`` ("*The genocide*, which began ...,
    killed")."""
    j = _skip_insertion(toks, _verb_group_start(toks, verb, 0), 0)
    if j > 0 and toks[j - 1].lower in G.RELATIVE_OPENERS:
        j -= 1  # "a sarin attack that killed more than 80": what "that" stands for
    a = np_back(toks, j, 0, set())
    if a is None:
        return None
    return next((m for m in events if a <= m.first < j), None)


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
