"""Where it happened: the place rules (:data:`PLACE_RULES`, every one adds what it finds), each with
its examples and near-misses, and what a place phrase is.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..lexicon import arguments as A
from ..lexicon import event_grammar as G
from ..lexicon import event_words as W
from ..lexicon.calendar import MONTHS, WEEKDAYS
from ..model import EventKind
from ..text import Token, is_capitalised
from .phrases import (
    ArgumentRule,
    Found,
    Site,
    TokenRange,
    head_word,
    name_token,
    np_back,
    np_forward,
    np_word,
    passive,
    prefixed_name,
    skip_insertion,
    strip_leading,
    verb_group_start,
)
from .syntax import is_placeish

__all__ = ["PLACE_RULES", "PLACE_OF_KINDS", "modifier_place"]


def modifier_place(site: Site) -> list[Found]:
    """ "Jeddah talks", "the Gaza truce": a name that is no people's adjective before a noun of
    agreement names where it is."""
    toks, m = site.tokens, site.match
    if not site.nominal or site.kind is not EventKind.NEGOTIATION or m.first == 0:
        return []
    a = m.first
    while a - 1 >= 0 and (a - 1) not in site.blocked and name_token(toks[a - 1]) and a - 1 > 0:
        a -= 1
    if a == m.first or any(t.lower.endswith(A.BROKER_ENDINGS) for t in toks[a : m.first]):
        return []
    last = toks[m.first - 1].lower
    if last.endswith(("ian", "ese", "ish", "i", "an")) or last in A.PEOPLE_NOUNS:
        return []  # "Israeli-Hamas truce", "Sudanese talks": who, not where
    return [Found((a, m.first))]


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
    names = [t for t in words if (is_capitalised(t) and t.lower not in W.FUNCTION_WORDS) or prefixed_name(t)]
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
            and np_word(toks, e)
            and not is_capitalised(toks[e])
            and not head_word(toks[e])
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


PLACE_OF_KINDS = (EventKind.TERRITORY_CHANGE, EventKind.REMOTE_VIOLENCE, EventKind.BATTLE, EventKind.DEPLOYMENT)


def _of_complement(site: Site) -> list[Found]:
    """ "the capture of Aleppo", "its siege of the town", "the liberation of the town of Kurakhove"."""
    toks, m = site.tokens, site.match
    j = m.head_last
    if not site.nominal or j >= len(toks) or toks[j].lower != "of" or site.kind not in PLACE_OF_KINDS:
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
    taken = site.kind in PLACE_OF_KINDS and passive(toks, m)
    if (m.entry.needs != "place_subject" and not taken) or site.nominal:
        return []
    j = skip_insertion(toks, verb_group_start(toks, m.first, 0), 0)
    a = np_back(toks, j, 0, site.blocked)
    if a is None:
        return []
    a = strip_leading(toks, a, j)
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
        modifier_place,
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
