"""Sentences + time expressions -> typed events with provenance.

For each sentence: find the triggers of the lexicon
(:mod:`conflict_timeline.lexicon.triggers`), drop the near-misses, read each
event's status, actors, places and death toll from the words around it, and
tie it to a time (:func:`tie_time`):

1. CLAUSE: the time expression of its own clause ("Kherson fell on Friday"),
   unless a reporting verb is nearer to it ("officials said Monday ...");
2. SENTENCE: a time in a clause of the sentence that holds no other event or
   reporting verb, such as a fronted "On Monday, ...";
3. NARRATIVE: a time resolved against an earlier one ("two days later"), or,
   in a sentence opened by "then", "later" ..., the last time told before; a
   definite noun takes the time of the earlier event it refers to ("the
   murder"); a simple past in a sentence without any time continues the day
   told just before (:func:`_carried_time`);
4. REPORTING_FRAME: no time of its own, but a verb in the present perfect or
   present ("has captured"), or a past perfect reported by a reporting verb
   ("said it had secured"): the publication day, the frame of the news;
5. otherwise NONE: the event stays undated.

Mentions of one happening within an article ("recently seized Aleppo", "last
week's capture of Aleppo", "the fall of Aleppo") are folded into one event,
and :func:`merge_events` merges the same event reported by several articles.
Every step is a scan over the words, linear in the length of the text.
"""

from __future__ import annotations

import bisect
import datetime as _dt
import re
from collections.abc import Callable, Iterable, Sequence

import attrs

from .lexicon import event_words as W
from .lexicon import verbs as V
from .lexicon.calendar import MONTHS
from .lexicon.numbers import NUMBER_WORDS
from .lexicon.triggers import TRIGGERS, TRIM_WORDS, Trigger, expand
from .model import (
    AnchorKind,
    Event,
    EventKind,
    EventStatus,
    Granularity,
    Mod,
    SourceRef,
    Span,
    TemporalExpression,
    TimePath,
    TimeSpan,
    TimexType,
)
from .settings import Settings
from .text import Clause, Tense, TextLayer, Token, clauses, is_capitalised
from .text import verb_tense as tense_at

__all__ = [
    "extract_events",
    "merge_events",
    "kind_family",
    "KIND_FAMILIES",
    "find_triggers",
    "TriggerMatch",
    "when_of",
]

#: Coarse families of event kinds, for comparing with gold data that labels
#: events by family ("movement", "territory" ...) rather than by kind.
KIND_FAMILIES: dict[EventKind, str] = {
    EventKind.BATTLE: "battle",
    EventKind.REMOTE_VIOLENCE: "violence",
    EventKind.VIOLENCE_AGAINST_CIVILIANS: "violence",
    EventKind.TERRITORY_CHANGE: "territory",
    EventKind.DEPLOYMENT: "movement",
    EventKind.PROTEST: "unrest",
    EventKind.RIOT: "unrest",
    EventKind.NEGOTIATION: "other",
    EventKind.POLITICAL: "other",
    EventKind.OTHER: "other",
}


def kind_family(kind: EventKind) -> str:
    """The coarse family of an event kind ("battle", "territory", "movement", "violence", "unrest", "other")."""
    return KIND_FAMILIES[EventKind(kind)]


# --- trigger matching -------------------------------------------------------------------


_Cand = tuple[tuple[str, ...], Trigger, bool]


def _build_index() -> dict[str, list[_Cand]]:
    index: dict[str, list[_Cand]] = {}
    seen: set[tuple[str, ...]] = set()
    for entry in TRIGGERS:
        for phrase in entry.phrases:
            verbal = phrase.startswith("~")  # a phrase led by a verb lemma is used as a verb
            for words in expand(phrase):
                if not words or words in seen:  # first entry wins a phrase two entries share
                    continue
                seen.add(words)
                index.setdefault(words[0], []).append((words, entry, verbal))
    for cands in index.values():
        cands.sort(key=lambda c: -len(c[0]))  # longest phrase first; stable keeps table order
    return index


_INDEX = _build_index()


@attrs.frozen(slots=True)
class TriggerMatch:
    """A lexicon phrase found in a sentence: token indices (``last`` exclusive) and the entry."""

    entry: Trigger
    first: int
    last: int
    head_last: int  # end of the trigger span once trailing function words are trimmed
    verbal: bool = True  # matched by a verb phrase ("seized") rather than a noun ("capture of")


def find_triggers(tokens: Sequence[Token]) -> list[TriggerMatch]:
    """Every lexicon phrase in a sentence's tokens, longest first, left to right, not overlapping."""
    out: list[TriggerMatch] = []
    i, n = 0, len(tokens)
    while i < n:
        best: _Cand | None = None
        for cand in _INDEX.get(tokens[i].lower, ()):
            words = cand[0]
            k = len(words)
            if i + k <= n and all(tokens[i + j].lower == words[j] for j in range(1, k)):
                best = cand
                break
        if best is None:
            i += 1
            continue
        k = len(best[0])
        head = i + k
        while head > i + 1 and tokens[head - 1].lower in TRIM_WORDS:
            head -= 1
        out.append(TriggerMatch(best[1], i, i + k, head, best[2]))
        i += k
    return out


# --- context checks named by the lexicon's ``needs`` ---------------------------------------


def _subject_index(tokens: Sequence[Token], i: int, floor: int) -> int | None:
    """The word before a verb, skipping auxiliaries and adverbs ("Kherson has finally fell")."""
    j = i - 1
    while j >= floor and (
        tokens[j].lower in V.AUXILIARIES
        or tokens[j].lower.endswith("ly")
        or tokens[j].lower in {"not", "never", "also", "then"}
    ):
        j -= 1
    return j if j >= floor and tokens[j].is_word else None


def _is_placeish(tok: Token, sentence_first: bool) -> bool:
    low = tok.lower
    if low in W.PLACE_NOUNS:
        return True
    if not is_capitalised(tok) or low in W.FUNCTION_WORDS or low in W.NOT_PLACE_SUBJECTS:
        return False
    if low.rstrip("s") in W.ACTOR_NOUNS or low in W.ACTOR_NOUNS:
        return False
    return True


def _object_has_place(tokens: Sequence[Token], start: int, limit: int = 5) -> bool:
    """Whether the noun phrase right after ``start`` names a place ("the strategic city of Aleppo")."""
    for j in range(start, min(len(tokens), start + limit)):
        tok = tokens[j]
        if not tok.is_word:
            return False
        if _is_placeish(tok, j == 0):
            return True
        if tok.lower not in _PLACE_LEADS:
            return False
    return False


def _check_place_subject(tokens: Sequence[Token], m: TriggerMatch, floor: int) -> bool:
    nxt = tokens[m.last].lower if m.last < len(tokens) else ""
    if nxt[:1].isdigit() or nxt[:1] in "$£€" or nxt in {"by", "about", "nearly", "almost", "sharply", "slightly"}:
        return False  # "fell 4 to 15", "fell by 3%": a figure, not a town
    if m.last > m.head_last or tokens[m.first].lower in {"fall"}:  # "fall of X", "fell to X"
        if _object_has_place(tokens, m.last, 4):
            return True
    s = _subject_index(tokens, m.first, floor)
    if s is None:
        return False
    return _is_placeish(tokens[s], s == 0)


def _check_territory_object(tokens: Sequence[Token], m: TriggerMatch, floor: int) -> bool:
    if _object_has_place(tokens, m.last, 6):
        return True
    # passive: "Aleppo was captured by rebels"
    s = _subject_index(tokens, m.first, floor)
    passive = (
        not tokens[m.first].lower.endswith("ing")
        and m.first > 0
        and any(
            t.lower in {"was", "were", "been", "be", "is", "are"} for t in tokens[max(floor, m.first - 3) : m.first]
        )
    )
    return bool(passive and s is not None and _is_placeish(tokens[s], s == 0))


def _check_armed(tokens: Sequence[Token], m: TriggerMatch, floor: int) -> bool:
    # weapons or fighters in the sentence, or deaths: "the bombings killed more than 200 people"
    return any(t.lower in W.ARMED_WORDS or t.lower in _DEADLY for t in tokens)


_DEADLY = frozenset(
    {
        "killed",
        "killing",
        "dead",
        "died",
        "slain",
        "casualties",
        "fatalities",
        "death",
        "deaths",
        "murder",
        "murdered",
        "slaying",
    }
)


def _check_civil(tokens: Sequence[Token], m: TriggerMatch, floor: int) -> bool:
    before = tokens[max(0, m.first - 4) : m.first]
    if any(t.lower in W.ARMED_WORDS for t in before):
        return False
    if tokens[m.first].lower.startswith(("demonstrat", "rall")) and any(
        t.lower in W.SHOWN_THINGS for t in _words_after(tokens, m.last, 4)
    ):
        return False  # "seeking to demonstrate American support", "to rally Arab public opinion"
    s = _subject_index(tokens, m.first, floor)
    return not (s is not None and tokens[s].lower in W.NOT_PLACE_SUBJECTS)


def _check_shot_person(tokens: Sequence[Token], m: TriggerMatch, floor: int) -> bool:
    """ "was shot in the back", "the shooting of a guard", "gunmen shot two guards": a person shot."""
    word = tokens[m.first].lower
    nxt = tokens[m.first + 1].lower if m.first + 1 < len(tokens) else ""
    if nxt in {"up", "down", "through", "past"} and word == "shot" and not _check_armed(tokens, m, floor):
        return False  # "shares shot up"
    if nxt in W.NOT_SHOT_OBJECTS:
        return False  # "shooting skeet", "shot the film"
    j = m.first - 1
    while j >= floor and tokens[j].lower.endswith("ly"):
        j -= 1
    prev = tokens[j].lower if j >= floor else ""
    if word.startswith("shooting"):
        return (
            prev in _DETERMINERS
            or prev.endswith("'s")
            or prev in {"fatal", "deadly", "mass", "school", "drive-by"}
            or _check_armed(tokens, m, floor)
        )
    if word == "shot":
        if prev in V.PASSIVE_AUX:
            return True
        if prev in _DETERMINERS or prev in {"first", "parting", "mug", "big"}:
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
        return (prev in _DETERMINERS or prev.endswith("'s") or prev.endswith("s'")) and nxt not in W.RULING_ADJ_NOUNS
    return any(t.lower == "that" for t in tokens[m.last : m.last + 4]) or nxt in {"on", "in", "against"}


def _skip_adverbs_back(tokens: Sequence[Token], j: int, floor: int) -> int:
    while j >= floor and tokens[j].lower.endswith("ly") and tokens[j].is_word:
        j -= 1
    return j


def _words_after(tokens: Sequence[Token], start: int, limit: int) -> list[Token]:
    """Up to ``limit`` words from ``start``, stopping at punctuation or a clause opener."""
    out: list[Token] = []
    for t in tokens[start : start + limit]:
        if t.text in {'"', "``", "''", "“", "”", "'", "`"}:
            continue  # "the ``core capital'' criteria"
        if not t.is_word or t.lower in W.CLAUSE_OPENERS:
            break
        out.append(t)
    return out


def _check_signing(tokens: Sequence[Token], m: TriggerMatch, floor: int) -> bool:
    """ "signed the treaty", "an accord signed by Annan": a political instrument is signed, not a contract."""
    if m.last - m.first > 1:
        return True  # "signing ceremony"
    after = _words_after(tokens, m.last, 6)
    near = after + list(tokens[max(floor, m.first - 3) : m.first])
    if any(t.lower in W.SIGNED_INSTRUMENTS for t in near):
        return True
    # "which the two presidents signed last May": a head of state or government signs for a state
    if any(t.lower in W.NOT_SIGNED for t in after):
        return False
    j = _skip_adverbs_back(tokens, m.first - 1, floor)
    return j >= floor and re.sub(r"['’]s?$", "", tokens[j].lower) in W.POLITICAL_PERSONS | W.POLITICAL_BODIES


def _business(tokens: Sequence[Token]) -> bool:
    return any(t.lower in W.BUSINESS_WORDS for t in tokens)


def _political_person(tokens: Sequence[Token]) -> bool:
    """A political figure in a sentence that is not business news."""
    return not _business(tokens) and any(re.sub(r"['’]s?$", "", t.lower) in W.POLITICAL_PERSONS for t in tokens)


def _check_meeting(tokens: Sequence[Token], m: TriggerMatch, floor: int) -> bool:
    """ "the king met Saddam", "met with his aides": people meet; not "met expectations", "met with resistance"."""
    if any(t.lower in W.NOT_MET_OBJECTS for t in _words_after(tokens, m.last, 6)):
        return False
    return _political_person(tokens)


def _check_political_actor(tokens: Sequence[Token], m: TriggerMatch, floor: int) -> bool:
    """ "the lower house approved", "Gadhafi agreed in April to ...": a political body or figure acts;
    not "shareholders approved", nor an opinion ("agreed with", "agreed that")."""
    nxt = tokens[m.last].lower if m.last < len(tokens) else ""
    if nxt in {"with", "that"}:
        return False
    return _political_person(tokens) or (not _business(tokens) and any(t.lower in W.POLITICAL_BODIES for t in tokens))


def _check_summit(tokens: Sequence[Token], m: TriggerMatch, floor: int) -> bool:
    """A meeting of leaders, not the top of a mountain."""
    return not any(t.lower in W.MOUNTAIN_WORDS for t in tokens)


def _check_condemn(tokens: Sequence[Token], m: TriggerMatch, floor: int) -> bool:
    """ "condemned the bombings": a statement; not "the condemned building", "condemned to death"."""
    j = _skip_adverbs_back(tokens, m.first - 1, floor)
    if j >= floor and tokens[j].lower in _DETERMINERS and tokens[j].lower != "that":
        return False
    after = _words_after(tokens, m.last, 3)
    if after and after[0].lower in {"to", "as"}:
        return False
    return not any(t.lower in W.CONDEMNED_THINGS for t in after)


def _check_accession(tokens: Sequence[Token], m: TriggerMatch, floor: int) -> bool:
    nxt = tokens[m.last].lower if m.last < len(tokens) else ""
    return nxt not in W.ACCESSION_NOT


def _check_charge(tokens: Sequence[Token], m: TriggerMatch, floor: int) -> bool:
    """ "charged with murder", "was charged Thursday": an accusation; not "charged a fee", "charged $5"."""
    # "charged with murder", "charged Kopp with attempted murder"
    with_at = (
        m.last - 1
        if tokens[m.last - 1].lower == "with"
        else next(
            (
                k
                for k in range(m.last, min(len(tokens), m.last + 4))
                if tokens[k].lower == "with"
                and all(
                    x.is_word and (is_capitalised(x) or x.lower in {"him", "her", "them", "it"})
                    for x in tokens[m.last : k]
                )
            ),
            None,
        )
    )
    if with_at is not None:
        k = with_at + 1
        while k < len(tokens) and tokens[k].lower in _DETERMINERS:
            k += 1
        return k < len(tokens) and tokens[k].is_word and tokens[k].lower not in W.CHARGED_DUTIES
    j = _skip_adverbs_back(tokens, m.first - 1, floor)
    if j < floor or tokens[j].lower not in V.PASSIVE_AUX:
        return False  # "the company charged ...", "the cavalry charged into the valley"
    nxt = tokens[m.last] if m.last < len(tokens) else None
    return nxt is None or not (
        nxt.text[:1].isdigit()
        or nxt.text[:1] in "$£€"
        or nxt.lower in {"a", "an", "for", "about", "more", "up", "over"}
    )


def _check_wound(tokens: Sequence[Token], m: TriggerMatch, floor: int) -> bool:
    """ "seriously wounded six others", "was critically injured in the bombing": people hurt by violence;
    not "the wounded" or "wounded soldiers" (a noun, an adjective) nor "injured his knee"."""
    j = _skip_adverbs_back(tokens, m.first - 1, floor)
    prev = tokens[j] if j >= floor else None
    if prev is not None and prev.lower in _DETERMINERS and prev.lower != "that":  # "shootings that injured"
        return False
    nxt = tokens[m.last] if m.last < len(tokens) else None
    if (
        (prev is None or not prev.is_word)
        and nxt is not None
        and nxt.is_word
        and not is_capitalised(nxt)
        and nxt.lower not in _PREPOSITIONS
        and nxt.lower not in _DETERMINERS
        and nxt.lower not in NUMBER_WORDS
    ):
        return False  # "Wounded soldiers were flown home"
    return _check_armed(tokens, m, floor)


#: The context checks a lexicon entry can name in ``needs``.
CHECKS: dict[str, Callable[[Sequence[Token], TriggerMatch, int], bool]] = {
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


# --- time expressions in a sentence --------------------------------------------------------


@attrs.frozen(slots=True)
class _Time:
    expr: TemporalExpression
    first: int  # token indices in the sentence, last exclusive
    last: int
    clause: int


_USABLE_REFS = {"PRESENT_REF", "PAST_REF", "FUTURE_REF"}


def _usable(expr: TemporalExpression) -> bool:
    if expr.type not in (TimexType.DATE, TimexType.TIME):
        return False
    return expr.span is not None or expr.value in _USABLE_REFS


def _signal_before(tokens: Sequence[Token], first: int) -> str | None:
    """The signal word(s) right before a time expression ("since", "as early as")."""
    for k in (3, 2, 1):
        if first - k < 0:
            continue
        words = " ".join(t.lower for t in tokens[first - k : first])
        if words in W.SIGNAL_EFFECTS:
            return words
    return None


def when_of(expr: TemporalExpression, published: _dt.date, signal: str | None = None) -> TimeSpan | None:
    """The event time an expression gives, with the signal's effect applied.

    "now"/"currently" (PRESENT_REF) give the publication day; "since 2020"
    opens the span's end (ongoing); "until" opens its start; "by", "as
    early as", "before", "after", "around" set the TIMEX3 ``mod``.
    """
    if expr.value == "PRESENT_REF":
        return TimeSpan(published.isoformat(), published, published, Granularity.DAY, expr.mod)
    span = expr.span
    engine_signal = (expr.signal or "").lower()
    if (
        span is not None
        and engine_signal
        and engine_signal != (signal or "")
        and (span.is_open or expr.mod is not None)
    ):
        # the engine read a signal that does not stand next to the time ("since the onset of
        # the war in 2011"): the event takes the time itself, without that signal's effect
        if expr.bare_span is not None:
            span = expr.bare_span
    if span is None:
        if expr.value == "PAST_REF":
            span = TimeSpan("PAST_REF", None, published, None, expr.mod)
        elif expr.value == "FUTURE_REF":
            span = TimeSpan("FUTURE_REF", published, None, None, expr.mod)
        else:
            return None
    effect = W.SIGNAL_EFFECTS.get(signal or "")
    if effect is None or span.value in _USABLE_REFS:
        return span
    if effect == "OPEN_END":
        return attrs.evolve(span, end=None)
    if effect == "OPEN_START":
        return attrs.evolve(span, start=None)
    if effect == "FROM":
        return span
    if span.mod is None:
        return attrs.evolve(span, mod=Mod(effect))
    return span


# --- factuality -----------------------------------------------------------------------------


def _phrase_ends_at(tokens: Sequence[Token], end: int, phrases: Iterable[str], lo: int) -> str | None:
    """A phrase of ``phrases`` whose words end right before index ``end`` (not before ``lo``)."""
    for phrase in phrases:
        words = phrase.split()
        k = len(words)
        if end - k >= lo and all(tokens[end - k + j].lower == words[j] for j in range(k)):
            return phrase
    return None


_SKIPPABLE = V.AUXILIARIES | {
    "also",
    "then",
    "still",
    "already",
    "just",
    "even",
    "soon",
    "again",
    "now",
    "finally",
    "quickly",
    "reportedly",
    "allegedly",
    "a",
    "an",
    "the",
    "new",
    "fresh",
    "further",
    "more",
    "major",
    "its",
    "their",
    "his",
    "her",
}

_MODAL_PHRASES = sorted(W.MODALITY_CUES, key=lambda p: -len(p.split()))
_NEG_GOVERNORS = sorted(W.NEGATING_GOVERNORS, key=lambda p: -len(p.split()))
_REPORTED_SEQS = tuple(tuple(c.split()) for c in W.REPORTED_CUES)

_STATUS_RANK = {
    EventStatus.HYPOTHETICAL: 5,
    EventStatus.NEGATED: 4,
    EventStatus.PLANNED: 3,
    EventStatus.EXPECTED: 2,
    EventStatus.REPORTED: 1,
    EventStatus.ASSERTED: 0,
}


def _reported_cue(tokens: Sequence[Token]) -> str:
    """The first cue of the sentence that attributes what it tells to others ("reportedly"), or ""."""
    words = [t.lower for t in tokens]
    firsts = {seq[0] for seq in _REPORTED_SEQS}
    for i, w in enumerate(words):
        if w in firsts:
            for seq in _REPORTED_SEQS:
                if seq[0] == w and tuple(words[i : i + len(seq)]) == seq:
                    return " ".join(seq)
    return ""


def _status(
    tokens: Sequence[Token], m: TriggerMatch, clause: Clause, reported_cue: str = ""
) -> tuple[EventStatus, str]:
    """How the sentence presents the event, and the cue that says so."""
    found: list[tuple[EventStatus, str]] = []
    if clause.opener in {"if", "unless"}:
        found.append((EventStatus.HYPOTHETICAL, clause.opener))
    # walk back over skippable words, trying the cue tables at each stop
    end = m.first
    lo = max(0, m.first - 6)
    while end > lo:
        neg = _phrase_ends_at(tokens, end, _NEG_GOVERNORS, lo)
        if neg:
            found.append((EventStatus.NEGATED, neg))
            break
        modal = _phrase_ends_at(tokens, end, _MODAL_PHRASES, lo)
        if modal:
            found.append((EventStatus(W.MODALITY_CUES[modal]), modal))
            break
        prev = tokens[end - 1].lower
        if prev in W.NEGATION_CUES or prev.endswith("n't"):
            found.append((EventStatus.NEGATED, prev))
            end -= 1
            continue
        if prev in _SKIPPABLE or prev.endswith("ly") or prev == "to":
            end -= 1
            continue
        break
    if reported_cue:
        found.append((EventStatus.REPORTED, reported_cue))
    if not found:
        return EventStatus.ASSERTED, ""
    return max(found, key=lambda f: _STATUS_RANK[f[0]])


# --- who, where, how many -------------------------------------------------------------------


_NP_STOP = W.FUNCTION_WORDS | V.AUXILIARIES | V.REPORTING_VERBS


def _name_run_back(tokens: Sequence[Token], j: int, floor: int) -> int:
    """The first index of the noun phrase ending at ``j`` (capitalised words, hyphenated or actor words)."""
    k = j
    while k - 1 >= floor:
        t = tokens[k - 1]
        low = t.lower
        if not t.is_word or low in _NP_STOP:
            break
        if is_capitalised(t) or "-" in low or low in W.ACTOR_MODIFIERS or low in W.ACTOR_NOUNS or low.endswith("'s"):
            k -= 1
            continue
        break
    return k


def _is_actor_head(tok: Token) -> bool:
    low = tok.lower
    if not tok.is_word or low in _NP_STOP or low.endswith("'s"):
        return False
    return low in W.ACTOR_NOUNS or (is_capitalised(tok) and low not in W.FUNCTION_WORDS)


_PREPOSITIONS = frozenset(
    "on in at of for from to with without into onto over under after before since until during against despite amid among near across through toward towards around within between about like".split()
)


def _actor_before(tokens: Sequence[Token], i: int, floor: int, times: Sequence[_Time]) -> tuple[int, int] | None:
    """The nearest noun phrase before ``i`` that can be a subject (not a preposition's object)."""
    in_time = {k for t in times for k in range(t.first, t.last)}
    j = i - 1
    while j >= floor:
        tok = tokens[j]
        if j in in_time or not _is_actor_head(tok):
            j -= 1
            continue
        start = _name_run_back(tokens, j, floor)
        before = tokens[start - 1].lower if start - 1 >= floor else ""
        absolute = before == "with" and all(
            t.lower in V.AUXILIARIES or t.lower.endswith("ly") for t in tokens[j + 1 : i]
        )
        if before in _PREPOSITIONS and before not in {"of", "by"} and not absolute:
            j = start - 1
            continue
        if before == "of":
            head_of = tokens[start - 2].lower if start - 2 >= floor else ""
            if head_of not in W.QUANTITY_NOUNS:
                j = start - 1
                continue
        return (start, j + 1)
    return None


def _possessor(tokens: Sequence[Token], i: int, times: Sequence[_Time]) -> tuple[int, int] | None:
    """ "Russia's invasion", "the rebels' offensive": the possessor before a noun trigger."""
    in_time = {k for t in times for k in range(t.first, t.last)}
    for j in (i - 1, i - 2):
        if j < 0 or j in in_time:
            return None
        low = tokens[j].lower
        if low.endswith("'s") or low.endswith("s'"):
            return (_name_run_back(tokens, j, 0) if not low.endswith("'s") else j, j + 1)
    return None


def _actor_after_by(tokens: Sequence[Token], i: int, stop: int) -> tuple[int, int] | None:
    for j in range(i, min(stop, i + 9)):
        if tokens[j].lower == "by" and j + 1 < stop:
            k = j + 1
            while k < stop and tokens[k].lower in {"the", "a", "an"}:
                k += 1
            e = k
            while (
                e < stop
                and tokens[e].is_word
                and (
                    is_capitalised(tokens[e])
                    or "-" in tokens[e].lower
                    or tokens[e].lower in W.ACTOR_MODIFIERS
                    or tokens[e].lower in W.ACTOR_NOUNS
                )
            ):
                e += 1
            if e > k:
                return (k, e)
    return None


_PLACE_LEADS = W.PLACE_NOUNS | {
    "the",
    "strategic",
    "key",
    "besieged",
    "northern",
    "southern",
    "eastern",
    "western",
    "central",
    "nearby",
    "rebel-held",
    "government-held",
    "of",
}


def _places(tokens: Sequence[Token], lo: int, hi: int, m: TriggerMatch, exclude: set[int]) -> list[tuple[int, int]]:
    """Proper names in ``[lo, hi)`` that stand after a locative preposition ("into Syria"),
    after "city of" and the like, or right after a territory or strike trigger ("seized Aleppo")."""
    out: list[tuple[int, int]] = []
    j = max(lo, 1)
    while j < hi:
        tok = tokens[j]
        if j in exclude or not tok.is_word or not is_capitalised(tok) or tok.lower in W.FUNCTION_WORDS:
            j += 1
            continue
        e = j
        while (
            e < hi
            and e not in exclude
            and tokens[e].is_word
            and (
                is_capitalised(tokens[e])
                or tokens[e].lower in {"al", "el", "ez", "de"}
                or tokens[e].lower.startswith(("al-", "el-"))
            )
        ):
            e += 1
        run = tokens[j:e]
        k = j - 1
        while k >= lo and tokens[k].lower in _PLACE_LEADS:
            k -= 1
        chain = [t.lower for t in tokens[k + 1 : j]]
        lead = tokens[k].lower if k >= lo else ""
        after_trigger = k + 1 <= m.last <= j and m.entry.kind in (
            EventKind.TERRITORY_CHANGE,
            EventKind.REMOTE_VIOLENCE,
            EventKind.BATTLE,
        )
        located = (
            after_trigger
            or any(c in W.PLACE_NOUNS for c in chain)
            or (lead in W.PLACE_PREPOSITIONS and lead != "of")
            or (tokens[j - 1].lower == "of" and m.first <= j - 2 < m.last)  # "capture of Aleppo"
        )
        last = run[-1].lower
        person_or_group = (
            last.endswith("'s")
            or last in W.ACTOR_NOUNS
            or any(t.lower in W.TITLE_WORDS for t in run)
            or (len(run) == 1 and last.endswith(W.DEMONYM_ENDINGS))
        )
        if located and not person_or_group:
            out.append((j, e))
        j = e
    return out


_NUM = (
    r"(\d{1,3}(?:,\d{3})+|\d+|" + "|".join(sorted((re.escape(w) for w in NUMBER_WORDS), key=len, reverse=True)) + r")"
)
_HEDGE = r"(?:(?:" + "|".join(re.escape(h) for h in W.FATALITY_HEDGES) + r")\s+)?"
_FATAL_AFTER_VERB = re.compile(
    r"\b(?:"
    + "|".join(sorted(W.KILLING_VERBS))
    + r")\s+"
    + _HEDGE
    + _NUM
    + r"\b(?!\s*(?:%|percent|per cent|years?|months?|days?|hours?))",
    re.I,
)
_FATAL_BEFORE_WORD = re.compile(
    r"\b"
    + _HEDGE
    + _NUM
    + r"\s+(?:[A-Za-z-]+\s+){0,3}?(?:(?:were|was|have been|had been|are|being|reportedly|were reportedly)\s+)?(?:"
    + "|".join(sorted(W.DEATH_WORDS))
    + r")\b",
    re.I,
)
_DEATH_TOLL = re.compile(r"\bdeath toll\s+(?:\w+\s+){0,3}?(?:to|at|of)\s+" + _HEDGE + _NUM + r"\b", re.I)


def _number(word: str) -> int | None:
    w = word.lower().replace(",", "")
    if w.isdigit():
        # more digits than any count of people: not a toll (and int() refuses past 4,300 digits)
        return int(w) if len(w) <= 12 else None
    return NUMBER_WORDS.get(w)


def _fatality_counts(sentence: str) -> list[tuple[int, int]]:
    """(offset in the sentence, count) for every death count stated in it."""
    out: list[tuple[int, int]] = []
    for pat in (_FATAL_AFTER_VERB, _FATAL_BEFORE_WORD, _DEATH_TOLL):
        for mt in pat.finditer(sentence):
            n = _number(mt.group(1))
            if n is None or (1900 <= n <= 2100 and mt.group(1).isdigit() and "," not in mt.group(1)):
                continue
            following = sentence[mt.end(1) : mt.end(1) + 12].lower()
            if pat is _FATAL_BEFORE_WORD and re.match(
                r"\s*(?:injured|wounded|hurt|arrested|detained|missing)", following
            ):
                continue
            out.append((mt.start(1), n))
    return sorted(set(out))


# --- building events ------------------------------------------------------------------------


@attrs.frozen(slots=True)
class _Mention:
    """An event mention with its sentence context, before merging."""

    event: Event
    sentence_index: int
    nominal: bool
    definite: bool
    vague: bool
    named: bool = False  # "the 2011 uprising": dated by its name; an event only if the article tells more of it
    names: frozenset[str] = frozenset()  # last words of the names around it: "Slepian", "Aleppo"
    family: str = ""  # anaphora family of its trigger ("killing" for murder, slaying, was shot ...)
    anaphoric: bool = False  # a definite noun with no time of its own: "the slaying", "his decision"
    borrowed: bool = False  # dated by an earlier mention it refers back to (``_borrow_antecedent_times``)
    own_names: frozenset[str] = frozenset()  # names of a noun's own complement: "the murder of Slepian"
    from_later: bool = False  # a lead's event dated by an event told after it (``_date_the_lead``): no antecedent


def _to_time(
    tokens: Sequence[Token], exprs: Sequence[TemporalExpression], offset: int, cls: Sequence[Clause]
) -> list[_Time]:
    starts = [t.start for t in tokens]
    out: list[_Time] = []
    for e in exprs:
        first = bisect.bisect_left(starts, e.start + offset)
        last = first
        while last < len(tokens) and tokens[last].start < e.end + offset:
            last += 1
        if last == first:
            continue
        ci = next((k for k, c in enumerate(cls) if c.first <= first < c.last), len(cls) - 1)
        out.append(_Time(e, first, last, ci))
    return out


def _first_name(tokens: Sequence[Token], t: _Time) -> bool:
    """A bare month word that is a first name: "Jan Kavan", "April Ryan" (no day, no year, no
    preposition before it, a capitalised word after it). Such a weak reading dates no event."""
    if t.last - t.first != 1 or t.last >= len(tokens):
        return False
    word, nxt = tokens[t.first], tokens[t.last]
    if (
        word.lower.rstrip(".") not in MONTHS
        or not nxt.is_word
        or not is_capitalised(nxt)
        or nxt.lower.rstrip(".") in MONTHS
    ):
        return False
    prev = tokens[t.first - 1].lower if t.first > 0 else ""
    return (
        prev not in _PREPOSITIONS
        and prev not in W.SIGNAL_EFFECTS
        and prev not in _DETERMINERS
        and prev not in {"last", "next", "early", "late", "mid", "since", "until", "by", "that", "each", "every"}
    )


def _attributive(tokens: Sequence[Token], t: _Time) -> bool:
    """A year used as a name's modifier: "the 2011 uprising" is a time but not the event's time."""
    if t.last >= len(tokens) or t.first == 0:
        return False
    before, after = tokens[t.first - 1].lower, tokens[t.last]
    if after.text == "," and t.last + 1 < len(tokens):
        after = tokens[t.last + 1]  # "the Dec. 21, 1988, bombing"
    if t.expr.value in _USABLE_REFS or not after.is_word or is_capitalised(after):
        return False
    return (
        before in {"the", "a", "an", "this", "its", "their"}
        and after.lower not in _PREPOSITIONS
        and after.lower not in W.FUNCTION_WORDS
        and not after.lower.endswith("ly")
        and after.lower not in V.AUXILIARIES
    )


def _nearest(cands: Sequence[_Time], m: TriggerMatch) -> _Time | None:
    def dist(t: _Time) -> tuple[int, int]:
        if t.first >= m.last:
            return (t.first - m.last, 0)
        return (m.first - t.last + 1, 1)  # at equal distance the following time wins

    return min(cands, key=dist) if cands else None


def _verb_group_text(tokens: Sequence[Token], m: TriggerMatch, floor: int) -> str:
    j = m.first
    while j - 1 >= floor and (
        tokens[j - 1].lower in V.AUXILIARIES
        or tokens[j - 1].lower.endswith("ly")
        or tokens[j - 1].lower in {"not", "never", "also", "already", "just"}
    ):
        j -= 1
    return " ".join(t.text for t in tokens[j : m.head_last])


def _toks_signal(tok: Token) -> bool:
    """A preposition or signal word that introduces a time ("on", "since", "by")."""
    return tok.lower in _PREPOSITIONS or tok.lower in W.SIGNAL_EFFECTS


def _summary(
    tokens: Sequence[Token], m: TriggerMatch, clause: Clause, actor: str | None, times: Sequence[_Time], nominal: bool
) -> str:
    time_tokens = {k for t in times for k in range(t.first, t.last)}
    time_tokens |= {t.first - 1 for t in times if t.first > 0 and _toks_signal(tokens[t.first - 1])}
    start = m.first
    if nominal:  # keep the adjectives of a noun trigger ("relative stalemate", "swift takeover")
        while start - 1 >= clause.first and start > m.first - 2:
            prev = tokens[start - 1]
            if (
                not prev.is_word
                or prev.lower in _NP_STOP
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
        if tok.lower in {"to", "aimed", "amid", "despite", "as", "and", "while", "killing", "leaving"} and end > m.last:
            break
        end += 1
    while end > m.head_last and tokens[end - 1].lower in (TRIM_WORDS | _PREPOSITIONS | {"its", "their", "his", "her"}):
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
    text = layer.text
    pub = settings.day
    exprs = sorted(expressions, key=lambda e: (e.start, e.end))
    expr_starts = [e.start for e in exprs]
    mentions: list[_Mention] = []
    last_time: tuple[TimeSpan, TemporalExpression] | None = None
    # family -> its last dated mention (no expression when the frame of the news dated it)
    told: dict[str, tuple[TimeSpan, TemporalExpression | None, Span]] = {}
    told_days = told.copy()  # family -> its last mention dated to a day (``_clock_on_kin_day``)
    last_actor: str | None = None
    lead_today: bool | None = None  # whether the first time told is the publication day
    scene: tuple[TimeSpan, TemporalExpression] | None = None  # "January nineteen ninety-seven." (``_scene_fragment``)
    lead: list[tuple[int, Span, Sequence[Token], Sequence[Clause]]] | None = []  # mentions told before any event's time
    lead_done = False
    paragraphs = layer
    for si, (sent, toks) in enumerate(_pieces(layer)):
        lo = bisect.bisect_left(expr_starts, sent.start)
        hi = bisect.bisect_left(expr_starts, sent.end)
        s_exprs = [e for e in exprs[lo:hi] if e.end <= sent.end]
        time_firsts = set()
        starts = [t.start for t in toks]
        for e in s_exprs:
            k = bisect.bisect_left(starts, e.start)
            time_firsts.add(k)
        cls = _clauses_with_times(toks, time_firsts)
        times = _to_time(toks, s_exprs, 0, cls)
        times = [t for t in times if not _first_name(toks, t)]
        usable = [t for t in times if _usable(t.expr) and not _attributive(toks, t)]
        matches = _accepted_matches(toks, cls, times)
        if scene is not None and (usable or paragraphs.paragraph_breaks_between(scene[1].end, sent.start) > 0):
            scene = None  # a scene lasts to the end of its paragraph or the next time told
        sentence_mentions = _sentence_events(
            text,
            sent,
            toks,
            cls,
            times,
            usable,
            matches,
            pub,
            source,
            si,
            last_time,
            last_actor,
            told,
            lead_today,
            scene,
            told_days,
            paragraphs=paragraphs,
        )
        if not matches and _scene_fragment(toks, usable):
            span = when_of(usable[0].expr, pub)
            scene = (span, usable[0].expr) if span is not None else None
        if lead is not None:
            if not lead_done:
                lead_done = _date_the_lead(paragraphs, sent, toks, cls, sentence_mentions, mentions, lead, pub)
            if not lead_done:
                lead += [(len(mentions) + k, sent, toks, cls) for k in range(len(sentence_mentions))]
        mentions.extend(sentence_mentions)
        for mt in sentence_mentions:
            if (
                _precise(mt.event)
                and mt.event.status in (EventStatus.ASSERTED, EventStatus.REPORTED)
                and (mt.event.time_source is not None or _news_day(mt.event, pub))
            ):
                told[mt.family] = (mt.event.when, mt.event.time_source, mt.event.trigger)  # type: ignore[assignment]
                w = mt.event.when
                if w is not None and w.granularity is Granularity.DAY and mt.event.time_source is not None:
                    told_days[mt.family] = (w, mt.event.time_source, mt.event.trigger)
            if mt.event.actors:
                last_actor = mt.event.actors[0]
        # the narrative moves to the last precise time told in this sentence
        for t in usable:
            span = when_of(t.expr, pub)
            if (
                span is not None
                and span.start is not None
                and span.end is not None
                and t.expr.value not in _USABLE_REFS
            ):
                if lead_today is None:  # the first time the article tells: its lead's (or dateline's)
                    lead_today = (
                        span.granularity is not None
                        and span.granularity.rank >= Granularity.DAY.rank
                        and _day_of(span.start) == pub
                        and _day_of(span.end) == pub
                    )
                last_time = (span, t.expr)
    return _corefer(_borrow_antecedent_times(mentions))


#: Sentences longer than this many tokens are read in pieces cut at clause marks, so that the
#: work per sentence stays bounded (news sentences are far shorter; this guards odd input).
MAX_SENTENCE_TOKENS = 120


def _pieces(layer: TextLayer) -> Iterable[tuple[Span, tuple[Token, ...]]]:
    """The sentences of the text with their tokens; an over-long one in pieces."""
    text = layer.text
    for sent, toks in layer.sentence_tokens():
        if not toks:
            continue
        while len(toks) > MAX_SENTENCE_TOKENS:
            cut = max(
                (
                    k
                    for k in range(MAX_SENTENCE_TOKENS // 2, MAX_SENTENCE_TOKENS)
                    if toks[k].text in {",", ";", ":", "—", "–"}
                ),
                default=MAX_SENTENCE_TOKENS - 1,
            )
            head, toks = toks[: cut + 1], toks[cut + 1 :]
            yield Span(head[0].start, head[-1].end, text[head[0].start : head[-1].end]), head
        if toks:
            piece = Span(toks[0].start, toks[-1].end, text[toks[0].start : toks[-1].end])
            yield (sent if piece.start == sent.start and piece.end == sent.end else piece), toks


def _clauses_with_times(toks: Sequence[Token], time_firsts: set[int]) -> list[Clause]:
    """Clauses, but a preposition-like opener right before a time does not cut ("since 2020")."""
    raw = clauses(toks)
    out: list[Clause] = []
    for c in raw:
        nxt = c.first + 1
        punctuated = c.first > 0 and not toks[c.first - 1].is_word  # ", until 1989" cut at the comma
        glued = (
            not punctuated
            and c.opener in {"since", "after", "before", "until", "when", "that", "while"}
            and (
                c.first in time_firsts
                or nxt in time_firsts
                or (
                    c.first + 1 < len(toks)
                    and toks[c.first].lower == c.opener
                    and (
                        nxt in time_firsts
                        or nxt + 1 in time_firsts
                        and toks[nxt].lower in {"the", "last", "this", "next"}
                    )
                )
            )
        )
        if glued and out and c.opener not in {",", ";"}:
            prev = out.pop()
            out.append(Clause(prev.first, c.last, prev.opener))
        else:
            out.append(c)
    return out


def _named_by(toks: Sequence[Token], m: TriggerMatch, times: Sequence[_Time]) -> _Time | None:
    """The attributive time of a noun trigger ("the 2011 uprising", "the Oct. 23 slaying"), if any."""
    if _verbal_use(toks, m):
        return None
    for t in times:
        if (
            _attributive(toks, t)
            and t.last <= m.first <= t.last + 3
            and all(x.is_word and not is_capitalised(x) or x.text == "," for x in toks[t.last : m.first])
        ):
            return t
    return None


def _accepted_matches(toks: Sequence[Token], cls: Sequence[Clause], times: Sequence[_Time]) -> list[TriggerMatch]:
    out: list[TriggerMatch] = []
    in_time = {k for t in times for k in range(t.first, t.last)}
    for m in find_triggers(toks):
        if any(k in in_time for k in range(m.first, m.head_last)):
            continue  # "last March", "in May": a time, not a march
        if _in_name(toks, m):
            continue  # "his Sunday Mass", "the Buffalo Shooting Club": part of a name
        if (
            toks[m.first].lower.endswith("ing")
            and m.last == m.first + 1
            and m.last < len(toks)
            and toks[m.last].lower in W.ING_MODIFIED
        ):
            continue  # "their negotiating stance", "a fighting force": a modifier, not an event

        if m.entry.needs:
            ci = _clause_index(cls, m.first)
            floor = cls[ci].first if cls else 0
            if not CHECKS[m.entry.needs](toks, m, floor):
                continue
        if out:
            prev = out[-1]
            gap = toks[prev.last : m.first]
            if (
                not prev.verbal
                and _clause_index(cls, prev.first) == _clause_index(cls, m.first)
                and len(gap) <= 3
                and all(
                    g.lower in _PREPOSITIONS
                    or g.lower
                    in {"a", "an", "the", "new", "major", "fresh", "possible", "planned", "ground", "full-scale"}
                    for g in gap
                )
            ):
                continue  # "preparations for an assault": the assault is the preparation's object
            if prev.entry.kind is m.entry.kind and not gap:
                if not _verbal_use(toks, prev) and not _verbal_use(toks, m):
                    # "the bomb blasts": one noun compound, whose head is its last word
                    out[-1] = TriggerMatch(prev.entry, prev.first, m.last, m.head_last, False)
                continue  # "car bomb exploded": one event told twice
        out.append(m)
    return out


def _noun_use(toks: Sequence[Token], i: int) -> bool:
    """A reporting word used as a noun: "all states", "the report", "United States", "member states"."""
    word = toks[i].lower
    if (
        i == 0
        or word.endswith("ed")
        or word in V.IRREGULAR_PAST
        or word in {"said", "told", "wrote", "written", "thought", "knew", "known", "shown"}
    ):
        return False  # "the Buffalo News reported Friday": a past form is a verb
    prev = toks[i - 1]
    if is_capitalised(toks[i]) and prev.is_word and not toks[i].text.isupper():
        return True  # inside a name: "Secretary of State Madeleine Albright", "the State Department"
    return (
        prev.lower in _DETERMINERS or prev.lower in W.NOUN_LEADS or (is_capitalised(prev) and is_capitalised(toks[i]))
    )


def _in_name(toks: Sequence[Token], m: TriggerMatch) -> bool:
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


def _clause_index(cls: Sequence[Clause], i: int) -> int:
    for k, c in enumerate(cls):
        if c.first <= i < c.last:
            return k
    return max(0, len(cls) - 1)


def _owners(toks: Sequence[Token], matches: Sequence[TriggerMatch]) -> dict[int, str]:
    """Token index -> "event" or "report" for every word that can own a time."""
    out: dict[int, str] = {}
    for i, t in enumerate(toks):
        if t.lower in V.REPORTING_VERBS and not _noun_use(toks, i):
            out[i] = "report"
    for m in matches:
        for i in range(m.first, m.head_last):
            out[i] = "event"
    return out


def _sentence_events(
    text: str,
    sent: Span,
    toks: Sequence[Token],
    cls: Sequence[Clause],
    times: Sequence[_Time],
    usable: Sequence[_Time],
    matches: Sequence[TriggerMatch],
    pub: _dt.date,
    source: str,
    si: int,
    last_time: tuple[TimeSpan, TemporalExpression] | None,
    last_actor: str | None = None,
    told: dict[str, tuple[TimeSpan, TemporalExpression | None, Span]] | None = None,
    lead_today: bool | None = None,
    scene: tuple[TimeSpan, TemporalExpression] | None = None,
    told_days: dict[str, tuple[TimeSpan, TemporalExpression | None, Span]] | None = None,
    *,
    paragraphs: TextLayer,
) -> list[_Mention]:
    if not matches:
        return []
    nonfatal = [m for m in matches if not m.entry.fatal]

    def absorbed(m: TriggerMatch) -> bool:
        # "..., killing 11" or "11 were killed when ...": the toll of another event, not one of its own
        if not m.entry.fatal or not nonfatal:
            return False
        passive = m.first > 0 and toks[m.first - 1].lower in {"were", "was", "been", "be", "being"}
        return passive or toks[m.first].lower.endswith("ing") or nonfatal[0].first < m.first

    events_here = [m for m in matches if not absorbed(m)]
    owners = _owners(toks, events_here)  # a killing word that gives a toll owns no time
    owned_clauses = {_clause_index(cls, i) for i in owners}

    def owner_of(t: _Time) -> int | None:
        c = cls[t.clause]
        best: tuple[int, int] | None = None
        for i, kind in owners.items():
            if c.first <= i < c.last:
                d = t.first - i if i < t.first else i - t.last + 1
                if best is None or d < best[0] or (d == best[0] and kind == "event"):
                    best = (d, i)
        return best[1] if best else None

    time_owner = {id(t): owner_of(t) for t in usable}
    named_by = {m.first: t for m in matches if (t := _named_by(toks, m, times)) is not None}
    named_tokens = {i for m in matches if m.first in named_by for i in range(m.first, m.head_last)}
    dated_times = [t for t in times if _usable(t.expr)]  # attributive ones too ("the 1996 bombing")

    # death counts go to the nearest event; killing words after another event only count
    counts = _fatality_counts(sent.text)
    fatalities: dict[int, int] = {}
    for off, n in counts:
        tok_i = bisect.bisect_left([t.start - sent.start for t in toks], off)
        target = min(events_here, key=lambda mm: (abs(mm.first - tok_i), mm.first))
        fatalities[target.first] = max(fatalities.get(target.first, 0), n)

    narrative_cue = _narrative_cue(toks)
    reported_cue = _reported_cue(toks)
    out: list[_Mention] = []
    for m in events_here:
        ci = _clause_index(cls, m.first)
        clause = cls[ci]
        status, cue = _status(toks, m, clause, reported_cue)
        # --- time
        when: TimeSpan | None = None
        source_expr: TemporalExpression | None = None
        path = TimePath.NONE
        explanation = ""
        in_clause = [
            t
            for t in usable
            if t.clause == ci and (time_owner[id(t)] is None or owners.get(time_owner[id(t)]) == "event")
        ]
        # a time after a modal belongs to the modal's verb: "decided the boy should go home by Jan. 14"
        in_clause = [t for t in in_clause if not _behind_modal(toks, m, t)]
        own = [t for t in in_clause if time_owner[id(t)] is None or m.first <= time_owner[id(t)] < m.head_last]
        free = [
            t
            for t in usable
            if t.clause not in owned_clauses
            and (_adverbial(toks, cls[t.clause], t) or _verbless(toks, cls[t.clause]))
            and not _behind_modal(toks, m, t)
        ]
        if _verbal_use(toks, m) and tense_at(toks, m.first, clause.first) in (
            Tense.PAST,
            Tense.PAST_PERFECT,
            Tense.PRESENT_PERFECT,
        ):
            # what has happened cannot lie after the publication day: "decided to admit Poland in
            # early March" (an article of February) dates the admission, not the decision
            in_clause = [t for t in in_clause if not _after_publication(t, pub)]
            own = [t for t in own if not _after_publication(t, pub)]
            free = [t for t in free if not _after_publication(t, pub)]
        if _temporal_object(toks, m):
            # "10 days before the murder": the event is the reference point, not at the clause's time
            in_clause = [t for t in in_clause if t.first > m.first]
            free = []
        named_time = named_by.get(m.first)
        chosen, path, where = _nearest(own, m), TimePath.CLAUSE, "in its own clause"
        if named_time is not None:
            chosen, where = named_time, "which names it"
        if chosen is None and clause.opener in {"when", "as", "where"} and ci > 0:
            # "from 1968, when the Soviets invaded": the clause says what happened at that time
            before = [t for t in usable if t.clause == ci - 1 and t.last >= cls[ci - 1].last - 1]
            chosen, where = (before[-1] if before else None), f"which the {clause.opener!r} clause describes"
        if chosen is None and clause.opener in {"that", "which", "who"} and ci > 0 and _verbal_use(toks, m):
            # "the 1996 Olympic bombing that killed one person": the time of the noun the clause describes
            named = [
                t
                for t in dated_times
                if t.last <= clause.first
                and clause.first - t.last <= 10
                and any(x.is_word for x in toks[t.last : clause.first])  # a noun follows the time
                and not any(k in owners and k not in named_tokens for k in range(t.last, clause.first))
            ]
            chosen, where = (named[-1] if named else None), "of the noun phrase its relative clause describes"
        if chosen is None and _reduced_relative(toks, m):
            # "the Feb. 23 accord signed by Annan": a participle right after a noun dated by its name
            named = [
                t
                for t in dated_times
                if t.last < m.first
                and m.first - t.last <= 4
                and all(x.is_word and not is_capitalised(x) for x in toks[t.last : m.first])
                and not any(k in owners and k not in named_tokens for k in range(t.last, m.first))
            ]
            chosen, where = (named[-1] if named else None), "of the noun phrase its participle describes"
        if chosen is None and not _verbal_use(toks, m):
            # "bombings at U.S. embassies in Nairobi, Kenya, on Aug. 7 killed 258 people": a killing
            # word that gives this noun its toll is its predicate, and the time of its clause is the noun's
            pred = next((k for k in matches if k.first > m.first and absorbed(k)), None)
            if pred is not None and not any(m.last <= e.first < pred.first for e in events_here):
                pc = _clause_index(cls, pred.first)
                pts = [
                    t for t in usable if t.clause == pc and time_owner[id(t)] is None and not _after_publication(t, pub)
                ]
                chosen, where = _nearest(pts, pred), f"of the clause of its predicate {toks[pred.first].text!r}"
        if chosen is None and _verbal_use(toks, m):
            # "was critically injured in the 1998 clinic bombing": the date of the event it happened in
            host = next(
                (
                    k
                    for k in matches
                    if k.first > m.last
                    and k.first in named_by
                    and _clause_index(cls, k.first) == ci
                    and any(toks[j].lower in {"in", "during"} for j in range(max(m.last, k.first - 6), k.first))
                ),
                None,
            )
            if host is not None:
                chosen, where = named_by[host.first], f"which names {toks[host.first].text!r}, the event it happened in"
        if chosen is None and ci + 1 < len(cls) and cls[ci + 1].opener == "when":
            # "73 soldiers were killed when two helicopters collided last February"
            nxt = [t for t in usable if t.clause == ci + 1]
            chosen, where = (nxt[0] if nxt else None), "of the 'when' clause that follows it"
        hypothetical = status is EventStatus.HYPOTHETICAL
        if (
            chosen is None
            and not hypothetical
            and ci == 0
            and not _verbal_use(toks, m)
            and toks[clause.first].lower in _FRONTING
            and _verbless(toks, clause)
        ):
            # "In a massive demonstration ..., women marched ... on Friday": a fronted phrase shares
            # the time of the main clause's event
            main = [
                t for t in usable if t.clause > ci and (o := time_owner[id(t)]) is not None and owners.get(o) == "event"
            ]
            chosen, path, where = (
                (main[0] if main else None),
                TimePath.SENTENCE,
                "of the main clause its fronted phrase opens",
            )
        if chosen is None and not hypothetical and not _verbal_use(toks, m):
            # a noun shares its own clause's time before a time elsewhere in the sentence: "a nurse who
            # was wounded earlier this year in the bombing of a clinic"
            chosen, path, where = (
                _nearest(in_clause, m),
                TimePath.CLAUSE,
                "shared with the event nearest to it in its clause",
            )
        if chosen is None and not hypothetical:
            chosen, path, where = _nearest(free, m), TimePath.SENTENCE, "which governs the sentence"
        if (
            chosen is None and not hypothetical
        ):  # a time another event of the clause owns: "seized X on Friday and advanced"
            chosen, path, where = (
                _nearest(in_clause, m),
                TimePath.CLAUSE,
                "shared with the event nearest to it in its clause",
            )
        if chosen is not None and chosen.expr.value in ("PAST_REF", "FUTURE_REF") and _verbal_use(toks, m):
            # "have recently been ceding": the present perfect frame says more than "recently"
            if tense_at(toks, m.first, clause.first) in (Tense.PRESENT_PERFECT, Tense.PRESENT):
                chosen = None
        if chosen is None:
            path = TimePath.NONE
        if chosen is not None:
            signal = _signal_before(toks, chosen.first)
            when = when_of(chosen.expr, pub, signal)
            source_expr = chosen.expr
            if chosen.expr.anchor is not None and chosen.expr.anchor.kind is AnchorKind.EXPRESSION:
                path = TimePath.NARRATIVE
                explanation = f"tied to {chosen.expr.text!r} ({when.value if when else chosen.expr.value}) {where}, resolved against {chosen.expr.anchor.describe()}"
            else:
                explanation = f"tied to {chosen.expr.text!r} ({when.value if when else chosen.expr.value}) {where}"
            if signal:
                explanation += f"; signal {signal!r}"
            kin = (told_days or {}).get(W.ANAPHORA_FAMILIES.get(m.entry.name, m.entry.name))
            moved = _clock_on_kin_day(toks, m, clause, chosen, when, pub, kin[0] if kin is not None else None)
            if moved is not None:
                when, path = moved, TimePath.NARRATIVE
                explanation += (
                    f"; a clock time alone, on the day of the earlier {kin[2].text!r} of its kind "  # type: ignore[index]
                    f"({kin[0].value}): {moved.value}"
                )  # type: ignore[index]
        elif scene is not None and not usable and not hypothetical and status is not EventStatus.NEGATED:
            when, source_expr = scene
            path = TimePath.NARRATIVE
            explanation = f"no time in its sentence; the fragment {source_expr.text!r} before it in its paragraph sets the scene ({when.value})"
        elif narrative_cue and last_time is not None and _verbal_use(toks, m):
            span, expr = last_time
            effect = W.NARRATIVE_CONNECTORS[narrative_cue]
            when = span if effect == "SAME" else attrs.evolve(span, mod=Mod.AFTER)
            path = TimePath.NARRATIVE
            explanation = (
                f"no time in its sentence; {narrative_cue!r} continues the narrative from {expr.text!r} ({span.value})"
            )
        else:
            report_time: _Time | None = None
            reports_before = [i for i, kind in owners.items() if kind == "report" and i < m.first]
            for r in sorted((i for i, kind in owners.items() if kind == "report"), key=lambda i: (abs(i - m.first), i)):
                report_time = next((t for t in usable if time_owner[id(t)] == r), None)
                if report_time is not None:
                    break
            frame = _reporting_frame(toks, m, clause, pub, status, bool(reports_before), report_time)
            if frame is not None:
                when, explanation = frame
                source_expr = (
                    report_time.expr if (report_time is not None and "reporting verb" in explanation) else None
                )
                path = TimePath.REPORTING_FRAME
            else:
                family = W.ANAPHORA_FAMILIES.get(m.entry.name, m.entry.name)
                kin = (told or {}).get(family)
                carried: tuple[TimeSpan, str] | None = None
                carried_expr: TemporalExpression | None = None
                if kin is not None:
                    carried = _carried_time(
                        paragraphs, sent, toks, m, clause, status, times, pub, (kin[0], kin[1]), kin[2]
                    )
                    carried_expr = kin[1]
                if carried is None:
                    carried = _carried_time(paragraphs, sent, toks, m, clause, status, times, pub, last_time)
                    carried_expr = last_time[1] if last_time is not None else None
                if carried is None and lead_today and m.entry.name in W.NEWS_DAY_REACTIONS:
                    carried = _news_day_reaction(toks, m, clause, status, times, pub, last_time)
                    if carried is not None:
                        when, explanation = carried
                        path = TimePath.REPORTING_FRAME
                elif carried is not None:
                    when, explanation = carried
                    source_expr = carried_expr
                    path = TimePath.NARRATIVE
                if carried is None:
                    explanation = "no time expression governs it and its tense gives no reporting frame"
        # --- who and where
        floor = 0
        nominal = not _verbal_use(toks, m)
        if nominal:
            actor_span = _actor_after_by(toks, m.last, clause.last) or _possessor(toks, m.first, times)
        else:
            actor_span = _actor_before(toks, m.first, floor, times)
        place_spans = _places(toks, clause.first, clause.last, m, {k for t in times for k in range(t.first, t.last)})
        actors: list[str] = []
        places: list[str] = []
        subject: str | None = None
        if actor_span is None and not nominal and last_actor:
            si_ = _subject_index(toks, m.first, clause.first)
            if si_ is not None and toks[si_].lower == "they":
                actors.append(last_actor)  # "they" continues the last actor told
        if actor_span is not None:
            a_text = text[toks[actor_span[0]].start : toks[actor_span[1] - 1].end]
            if (
                m.entry.needs == "place_subject"
                and not nominal
                and _is_placeish(toks[actor_span[1] - 1], actor_span[1] - 1 == 0)
            ):
                places.append(a_text)
                subject = a_text
            else:
                actors.append(a_text)
        for a, b in place_spans:
            p_text = text[toks[a].start : toks[b - 1].end]
            if p_text not in places and p_text not in actors:
                places.append(p_text)
        trig = Span(
            toks[m.first].start, toks[m.head_last - 1].end, text[toks[m.first].start : toks[m.head_last - 1].end]
        )
        summary = _summary(toks, m, clause, subject or (actors[0] if actors else None), times, nominal)
        if cue:
            explanation += f"; status {status.value} from {cue!r}"
        ev = Event(
            kind=m.entry.kind,
            trigger=trig,
            sentence=sent,
            when=when,
            time_source=source_expr,
            actors=tuple(actors),
            places=tuple(places),
            fatalities=fatalities.get(m.first),
            status=status,
            summary=summary,
            sources=(SourceRef(source, trig, sent, pub),),
            time_path=path,
            explanation=explanation,
        )
        definite = nominal and any(
            toks[k].lower in {"the", "this", "that"} or toks[k].lower.endswith("'s")
            for k in range(max(0, m.first - 3), m.first)
        )
        vague = when is None or when.value in _USABLE_REFS
        names = {_norm(x.split()[-1]) for x in actors + places if x}
        for j in range(m.last, min(clause.last, m.last + 8)):
            if is_capitalised(toks[j]) and toks[j].lower not in W.FUNCTION_WORDS and toks[j].lower not in W.TITLE_WORDS:
                names.add(_norm(toks[j].text))
        # a definite noun whose time is not of its own clause may refer back to an event told before
        # ("searched the site of the shooting" in a sentence dated by its search)
        anaphoric = (
            nominal
            and (when is None or path is TimePath.SENTENCE)
            and m.first not in named_by
            and _anaphoric_determiner(toks, m)
        )
        family = W.ANAPHORA_FAMILIES.get(m.entry.name, m.entry.name)
        complement_names = _complement_names(toks, m) if anaphoric else frozenset()
        out.append(
            _Mention(
                ev,
                si,
                nominal,
                definite,
                vague,
                m.first in named_by,
                frozenset(names),
                family,
                anaphoric,
                own_names=complement_names,
            )
        )
    return out


def _reduced_relative(toks: Sequence[Token], m: TriggerMatch) -> bool:
    """A past participle right after its noun, followed by its agent: "the accord signed by ..."."""
    if m.first == 0 or not toks[m.first].lower.endswith("ed"):
        return False
    prev, nxt = toks[m.first - 1], toks[m.head_last] if m.head_last < len(toks) else None
    return prev.is_word and prev.lower not in _NP_STOP and nxt is not None and nxt.lower == "by"


def _complement_names(toks: Sequence[Token], m: TriggerMatch) -> frozenset[str]:
    """The names a noun trigger itself governs: its possessor and its "of"/"by"/"on" object
    ("Spitzer's ...", "the murder of Slepian", "the decision by District Attorney Clark")."""
    out: set[str] = set()
    if m.first > 0 and toks[m.first - 1].lower.endswith(("'s", "’s")):
        out.add(_norm(toks[m.first - 1].text))
    k = m.head_last
    if k < len(toks) and toks[k].lower in {"of", "by", "on", "against"}:
        k += 1
        while k < len(toks) and toks[k].lower in _DETERMINERS:
            k += 1
        e = k
        while e < len(toks) and toks[e].is_word and is_capitalised(toks[e]):
            e += 1
        if e > k and toks[e - 1].lower not in W.TITLE_WORDS:
            out.add(_norm(toks[e - 1].text))
    return frozenset(out)


def _anaphoric_determiner(toks: Sequence[Token], m: TriggerMatch) -> bool:
    """ "the killing", "the unfortunate murder", "his decision": a determiner that points back."""
    j = m.first - 1
    while (
        j >= 0
        and j >= m.first - 3
        and toks[j].is_word
        and not is_capitalised(toks[j])
        and toks[j].lower not in W.ANAPHORIC_DETERMINERS
        and toks[j].lower not in W.FUNCTION_WORDS
        and toks[j].lower not in _PREPOSITIONS
    ):
        j -= 1  # adjectives: "the unfortunate murder", "the nearly simultaneous bombings"
    return j >= 0 and toks[j].lower in W.ANAPHORIC_DETERMINERS


def _borrow_antecedent_times(mentions: Sequence[_Mention]) -> list[_Mention]:
    """A definite event noun without a time of its own takes the time of the latest earlier
    dated mention of its family ("Slepian was shot on Friday. ... the murder of a physician").

    An antecedent naming others than the noun does ("the murder of Jones" after "Smith was
    shot") is passed over; planned, expected, hypothetical and negated nouns borrow nothing.
    """
    told: dict[str, list[_Mention]] = {}
    out: list[_Mention] = []
    for mt in mentions:  # in text order
        ev = mt.event
        if mt.anaphoric and ev.status in (EventStatus.ASSERTED, EventStatus.REPORTED):
            ante = next(
                (
                    a
                    for a in reversed(told.get(mt.family, ()))
                    if not (a.names and mt.own_names and not (a.names & mt.own_names))
                ),
                None,
            )
            if ante is None and mt.family in W.ANAPHORA_HYPERNYMS:
                # "was wounded ... but survived the attack": a general word takes up the latest
                # earlier event of the families it covers, if its own family has none
                kin = [
                    a
                    for f in W.ANAPHORA_HYPERNYMS[mt.family]
                    for a in told.get(f, ())
                    if not (a.names and mt.own_names and not (a.names & mt.own_names))
                ]
                ante = max(kin, key=lambda a: a.event.trigger.start) if kin else None
            if ante is not None:
                a_ev = ante.event
                explanation = (
                    f"no time of its own clause; the definite {ev.trigger.text!r} takes up the earlier "
                    f"{a_ev.trigger.text!r} (offset {a_ev.trigger.start}), dated {a_ev.when.value}"  # type: ignore[union-attr]
                )
                cue = ev.explanation.rfind("; status ")
                if cue >= 0:
                    explanation += ev.explanation[cue:]
                ev = attrs.evolve(
                    ev,
                    when=a_ev.when,
                    time_source=a_ev.time_source,
                    time_path=TimePath.NARRATIVE,
                    explanation=explanation,
                )
                mt = attrs.evolve(
                    mt, event=ev, vague=a_ev.when is None or a_ev.when.value in _USABLE_REFS, borrowed=True
                )
        if (
            _precise(ev)
            and mt.family
            and ev.status in (EventStatus.ASSERTED, EventStatus.REPORTED)
            and not mt.from_later
        ):
            told.setdefault(mt.family, []).append(mt)
        out.append(mt)
    return out


def _verbless(toks: Sequence[Token], clause: Clause) -> bool:
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
    if words and words[0].lower in {"and", "or", "but", "nor", "yet", "so"}:
        return False
    return not any(t.lower in V.AUXILIARIES or t.lower.endswith("n't") for t in words)


def _temporal_object(toks: Sequence[Token], m: TriggerMatch) -> bool:
    """A noun trigger after "before", "after", "since" ...: a reference point for another time."""
    if _verbal_use(toks, m):
        return False
    j = m.first - 1
    while j >= 0 and toks[j].lower in {"the", "a", "an", "this", "that", "its", "their", "his", "her"}:
        j -= 1
    return j >= 0 and toks[j].lower in {"before", "after", "since", "until", "following", "during", "amid"}


def _after_publication(t: _Time, pub: _dt.date) -> bool:
    span = t.expr.span
    return span is not None and span.start is not None and span.start > pub


_DETERMINERS = frozenset(
    {"the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our", "my", "your"}
)


#: Prepositions that open a fronted phrase telling the setting of the main clause ("In a massive
#: demonstration, ...", "During the talks, ...").
_FRONTING = frozenset({"in", "at", "during", "amid", "throughout"})


def _behind_modal(toks: Sequence[Token], m: TriggerMatch, t: _Time) -> bool:
    """A time after the trigger with a modal or an infinitive between them belongs to that verb
    ("decided the boy should go home by Jan. 14", "decided to admit Poland in early March")."""
    if t.first < m.last:
        return False
    for k in range(m.last, t.first):
        low = toks[k].lower
        if low in V.MODALS:
            return True
    return False


def _adverbial(toks: Sequence[Token], clause: Clause, t: _Time) -> bool:
    """A clause that is nothing but a time and its preposition ("On Monday,", "Last week,")."""
    rest = [
        x
        for k, x in enumerate(toks[clause.first : clause.last], clause.first)
        if not (t.first <= k < t.last) and x.is_word
    ]
    return len(rest) <= 2 and all(
        x.lower in _PREPOSITIONS or x.lower in W.FUNCTION_WORDS or x.lower in {"early", "late", "earlier", "later"}
        for x in rest
    )


def _verbal_use(toks: Sequence[Token], m: TriggerMatch) -> bool:
    """Whether the trigger is used as a verb ("rebels shelled"), not a noun ("the shelling")."""
    if not m.verbal:
        return False
    word = toks[m.first].lower
    if word.endswith("ed") or word in V.IRREGULAR_PAST:
        return True
    if word.endswith("ings"):
        return False  # "sniper shootings", "the killings": a plural is a noun
    prev = toks[m.first - 1].lower if m.first > 0 else ""
    if prev == "," and m.first > 1:
        prev = toks[m.first - 2].lower
    if prev[:1].isdigit() or all(p in NUMBER_WORDS for p in prev.split("-")):
        return False  # "the 1992 protests", "the Dec. 21, 1988, bombing", "a nineteen ninety-seven attack"
    nxt = toks[m.last].lower if m.last < len(toks) else ""
    if word.endswith("ing") and nxt == "of" and m.last == m.first + 1:
        return False  # "the sniper shooting of Dr. Slepian": an -ing with "of" is a noun
    if word.endswith("s") and not word.endswith("ss") and m.last == m.first + 1 and _noun_phrase_before(toks, m.first):
        return False  # "hit with gasoline bombs", "the car bombs": a plural after its modifiers
    # "the attack", "an offensive", "last week's capture": a determiner makes it a noun
    if prev in _PREPOSITIONS and not word.endswith("ing"):
        return False  # "killed in clashes", "after talks"
    if (
        prev
        in {
            "the",
            "a",
            "an",
            "this",
            "that",
            "its",
            "their",
            "his",
            "her",
            "new",
            "fresh",
            "major",
            "recent",
            "swift",
            "no",
            "any",
        }
        or prev.endswith("'s")
        or prev.endswith("s'")
    ):
        return False
    # "the unfortunate murder", "a brutal attack": one adjective between a determiner and the word
    # (not a subject: "the army attacks", "the rebels shell", "the government bans")
    prev_tok, prev2 = toks[m.first - 1], toks[m.first - 2].lower if m.first > 1 else ""
    return not (
        prev2 in _DETERMINERS
        and prev_tok.is_word
        and not is_capitalised(prev_tok)
        and prev.endswith(_ADJECTIVE_ENDINGS)
        and prev not in W.ACTOR_NOUNS
        and prev not in V.AUXILIARIES
    )


#: Endings of the adjectives that make the word after them a noun ("the unfortunate murder").
_ADJECTIVE_ENDINGS = ("ful", "ous", "ate", "ive", "al", "ic", "ible", "able", "less", "ent", "ant")


def _noun_phrase_before(toks: Sequence[Token], i: int) -> bool:
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
            or t.lower in _PREPOSITIONS
            or t.lower in _DETERMINERS
            or t.lower in W.FUNCTION_WORDS
        ):
            break
        k -= 1
    if k == i - 1 or k < 0:
        return False
    lead = toks[k].lower  # a determiner would not do: "the army shells ...", "a bomb explodes"
    return lead in _PREPOSITIONS or lead[:1].isdigit() or lead in NUMBER_WORDS


def _narrative_cue(toks: Sequence[Token]) -> str | None:
    words = [t.lower for t in toks[:4] if t.is_word]
    for k in (4, 3, 2, 1):
        cue = " ".join(words[:k])
        if cue in W.NARRATIVE_CONNECTORS:
            return cue
    return None


def _reporting_frame(
    toks: Sequence[Token],
    m: TriggerMatch,
    clause: Clause,
    pub: _dt.date,
    status: EventStatus,
    reported: bool,
    report_time: _Time | None,
) -> tuple[TimeSpan, str] | None:
    """The frame of the news for an event without a time of its own, or None.

    A verb in the present perfect or present ("has captured", "are
    shelling") is dated to the publication day. A past perfect under a
    reporting verb ("said it had secured") lies on or before the reporting
    verb's time when it has one ("said on Monday"), else the publication day.
    """
    if status in (EventStatus.PLANNED, EventStatus.EXPECTED, EventStatus.HYPOTHETICAL):
        return None
    if _verbal_use(toks, m):
        tense = tense_at(toks, m.first, clause.first)
    else:
        tense = _copula_tense(toks, m, clause)
    if status is EventStatus.NEGATED and tense not in (Tense.PRESENT_PERFECT, Tense.PRESENT):
        return None  # "there have been no arrests", "the court neither approves nor ...": not so, as of the frame
    day = TimeSpan(pub.isoformat(), pub, pub, Granularity.DAY)
    group = " ".join(t.text for t in toks[max(clause.first, m.first - 3) : m.head_last])
    report_span = when_of(report_time.expr, pub) if report_time is not None else None
    if report_span is not None and (report_span.value in _USABLE_REFS or report_span.start is None):
        report_span = None
    if tense in (Tense.PRESENT_PERFECT, Tense.PRESENT):
        if report_span is not None and tense == Tense.PRESENT_PERFECT:
            return report_span, (
                f"no time of its own; {group!r} is in the present perfect under a reporting verb dated "
                f"{report_time.expr.text!r}: {report_span.value}"  # type: ignore[union-attr]
            )
        return (
            day,
            f"no time of its own; {group!r} is in the {tense.lower().replace('_', ' ')}, the frame of the news: the publication day {pub.isoformat()}",
        )
    if tense == Tense.PAST_PERFECT and reported:
        if report_span is not None:
            return (
                attrs.evolve(report_span, mod=Mod.ON_OR_BEFORE),
                f"no time of its own; {group!r} is reported in the past perfect by a reporting verb dated {report_time.expr.text!r}: on or before {report_span.value}",  # type: ignore[union-attr]
            )
        return (
            attrs.evolve(day, mod=Mod.ON_OR_BEFORE),
            f"no time of its own; {group!r} is reported in the past perfect: on or before the publication day {pub.isoformat()}",
        )
    return None


def _news_day(ev: Event, pub: _dt.date) -> bool:
    """An event the present perfect dated to the publication day itself ("The presidents have
    signed papers of accession"): a later past-tense mention of its kind may continue it. (A
    present tells a habit or a state, "who leads protests", not a happening of the day.)"""
    w = ev.when
    return (
        ev.time_path is TimePath.REPORTING_FRAME
        and w is not None
        and w.mod is None
        and w.value == pub.isoformat()
        and "is in the present perfect, the frame of the news" in ev.explanation
    )


#: How many days before the publication day the last time told may lie for a following sentence
#: to continue it (``_carried_time``): the days of the news, not an episode of the past.
CARRY_DAYS = 7


def _carried_time(
    paragraphs: TextLayer,
    sent: Span,
    toks: Sequence[Token],
    m: TriggerMatch,
    clause: Clause,
    status: EventStatus,
    times: Sequence[_Time],
    pub: _dt.date,
    last_time: tuple[TimeSpan, TemporalExpression | None] | None,
    kin: Span | None = None,
) -> tuple[TimeSpan, str] | None:
    """The last time told, for a past-tense event whose sentence has no time at all.

    News tells a day's happenings one sentence after another under the time
    given first ("On Wednesday, the upper house voted ... The decision was
    hailed ..."). The time carries over only when the event is a verb in the
    simple past, asserted or reported; its sentence names no time of any kind
    (not even a duration: "in the days before"); the last time told is a day
    (or a part of one) among the :data:`CARRY_DAYS` days up to the
    publication day; and it was told in the same paragraph or one of the two
    before (news agencies write a sentence a paragraph). When an earlier event
    of the same family was dated within that reach, its time is taken rather
    than the last time told ("The government Saturday condemned ... bombs
    exploded Friday ... Clerides condemned ...": Saturday).
    """
    # a time behind a modal ("should go home by Jan. 14") or after publication cannot be a past event's
    times = [t for t in times if not (_behind_modal(toks, m, t) or _after_publication(t, pub))]
    if last_time is None or times or status not in (EventStatus.ASSERTED, EventStatus.REPORTED):
        return None
    if any(t.lower in V.REPORTING_VERBS and not _noun_use(toks, k) for k, t in enumerate(toks[: m.first])):
        return None  # "Iraq said it invaded Kuwait": told by a report, it lies before the report's day
    if not _verbal_use(toks, m) or (
        tense_at(toks, m.first, clause.first) != Tense.PAST and not _seen_in_the_past(toks, m, clause)
    ):
        return None
    span, expr = last_time
    start = span.start.date() if isinstance(span.start, _dt.datetime) else span.start
    if start is None or start > pub or (pub - start).days > CARRY_DAYS:
        return None  # a flashback ("recaptured Aleppo in 2016") is background, not the news of the day
    if span.granularity is None or span.granularity.rank < Granularity.DAY.rank:
        return None
    if kin is None and expr is None:
        return None
    if paragraphs.paragraph_breaks_between(kin.end if kin is not None else expr.end, sent.start) > 2:  # type: ignore[union-attr]
        return None
    if kin is not None:
        return (
            span,
            f"no time in its sentence; the past-tense event continues the earlier {kin.text!r} of its kind, dated {span.value}",
        )
    told_text = expr.text if expr is not None else span.value
    return (
        span,
        f"no time in its sentence; the past-tense event continues the narrative of {told_text!r} ({span.value}), told just before",
    )


#: How many paragraph breaks may stand between a lead's event and the first event dated after it
#: for the lead to take that event's day (``_date_the_lead``).
LEAD_PARAGRAPHS = 2


def _date_the_lead(
    paragraphs: TextLayer,
    sent: Span,
    toks: Sequence[Token],
    cls: Sequence[Clause],
    here: Sequence[_Mention],
    mentions: list[_Mention],
    lead: Sequence[tuple[int, Span, Sequence[Token], Sequence[Clause]]],
    pub: _dt.date,
) -> bool:
    """Date the events of an article's lead from the first event the article dates by its own clause.

    News leads often leave the day out and tell it a paragraph or two later ("Terrorist bombings
    at U.S. embassies ... blew apart buildings ... The suspected car bombings occurred ... on
    Friday"). When ``here`` (the mentions of the current sentence) holds the article's first event
    dated by a time of its clause or sentence, a day among the :data:`CARRY_DAYS` days up to the
    publication day, the undated asserted or reported mentions told before it (``lead``) in the
    simple past, or as nouns, within :data:`LEAD_PARAGRAPHS` paragraph breaks, take that day.
    Returns True once the first event dated by its clause has been seen (the lead is over).
    """
    first = next(
        (
            mt
            for mt in here
            if mt.event.time_path in (TimePath.CLAUSE, TimePath.SENTENCE)
            and mt.event.time_source is not None
            and _precise(mt.event)
            and mt.event.status in (EventStatus.ASSERTED, EventStatus.REPORTED)
        ),
        None,
    )
    if first is None:
        return False
    span = first.event.when
    if span is None:
        return True
    start = _day_of(span.start)
    if (
        start is None
        or start > pub
        or (pub - start).days > CARRY_DAYS
        or span.granularity is None
        or span.granularity.rank < Granularity.DAY.rank
    ):
        return True
    for k, l_sent, l_toks, l_cls in lead:
        mt = mentions[k]
        ev = mt.event
        if ev.when is not None or ev.status not in (EventStatus.ASSERTED, EventStatus.REPORTED):
            continue
        if paragraphs.paragraph_breaks_between(l_sent.end, sent.start) > LEAD_PARAGRAPHS:
            continue
        if paragraphs.paragraph_breaks_between(mentions[lead[0][0]].event.sentence.start, l_sent.start) > 1:
            break  # the lead is the first two paragraphs that tell events
        i = next((j for j, t in enumerate(l_toks) if t.start == ev.trigger.start), None)
        if i is None:
            continue
        if any(t.lower in V.REPORTING_VERBS and not _noun_use(l_toks, j) for j, t in enumerate(l_toks[:i])):
            continue  # "Iraq said it invaded Kuwait": before the report's day, not on the story's
        if mt.nominal:
            if not _past_subject(l_toks, i):
                continue
        elif (
            i == 0
            or l_toks[i - 1].lower in _DETERMINERS
            or tense_at(l_toks, i, l_cls[_clause_index(l_cls, i)].first) != Tense.PAST
        ):
            continue  # "Elected officials", "a negotiated end": a participle before its noun, no past event
        expl = (
            f"no time in its sentence; told in the lead before any time, it takes the day of the first event the "
            f"article dates, {first.event.trigger.text!r} ({span.value})"
        )
        cue = ev.explanation.rfind("; status ")
        if cue >= 0:
            expl += ev.explanation[cue:]
        ev = attrs.evolve(
            ev, when=span, time_source=first.event.time_source, time_path=TimePath.NARRATIVE, explanation=expl
        )
        mentions[k] = attrs.evolve(mt, event=ev, vague=False, from_later=True)
    return True


def _past_subject(toks: Sequence[Token], i: int) -> bool:
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


def _scene_fragment(toks: Sequence[Token], usable: Sequence[_Time]) -> bool:
    """A sentence that is nothing but a time and names, closed by a full stop ("January nineteen
    ninety-seven.", "Atlanta, 1996."): it sets the scene for the sentences after it in its
    paragraph, as broadcast news writes. A dateline ("WARSAW, February 26 (Xinhua) --") is not one."""
    if len(usable) != 1 or not toks or toks[-1].text != ".":
        return False
    t = usable[0]
    rest = [x for k, x in enumerate(toks[:-1]) if not (t.first <= k < t.last)]
    return all((x.is_word and is_capitalised(x) and x.lower not in W.FUNCTION_WORDS) or x.text == "," for x in rest)


def _day_of(x: object) -> _dt.date | None:
    if isinstance(x, _dt.datetime):
        return x.date()
    return x if isinstance(x, _dt.date) else None


def _news_day_reaction(
    toks: Sequence[Token],
    m: TriggerMatch,
    clause: Clause,
    status: EventStatus,
    times: Sequence[_Time],
    pub: _dt.date,
    last_time: tuple[TimeSpan, TemporalExpression] | None,
) -> tuple[TimeSpan, str] | None:
    """The publication day for a reaction ("Most opponents of abortion condemned the shooting")
    told in the simple past, asserted or reported (a report without a time is of the news day too:
    "residents who said they opposed abortion decried the attack"), in a sentence
    without a time of any kind, in an article whose lead is dated to the publication day (the
    caller checks the lead and the entry, :data:`~conflict_timeline.lexicon.event_words.NEWS_DAY_REACTIONS`),
    and whose last time told is a day of the :data:`CARRY_DAYS` days of the news: the reaction is
    news of the day, as an undated "said" is. A flashback told just before keeps it undated.
    """
    if times or status not in (EventStatus.ASSERTED, EventStatus.REPORTED) or last_time is None:
        return None
    if not _verbal_use(toks, m) or tense_at(toks, m.first, clause.first) != Tense.PAST:
        return None
    span = last_time[0]
    start = _day_of(span.start)
    if (
        start is None
        or start > pub
        or (pub - start).days > CARRY_DAYS
        or span.granularity is None
        or span.granularity.rank < Granularity.DAY.rank
    ):
        return None
    day = TimeSpan(pub.isoformat(), pub, pub, Granularity.DAY)
    return day, (
        f"no time in its sentence; {toks[m.first].text!r} is a reaction told in the simple past in an article "
        f"whose lead is dated to the publication day: the news day {pub.isoformat()}"
    )


_CLOCK_ONLY = re.compile(r"(?:\d{1,2}(?::\d\d)?\s*(?:[ap]\.?m\.?)?|noon|midnight)")


def _clock_on_kin_day(
    toks: Sequence[Token],
    m: TriggerMatch,
    clause: Clause,
    chosen: _Time,
    when: TimeSpan | None,
    pub: _dt.date,
    kin: TimeSpan | None,
) -> TimeSpan | None:
    """A clock time with no day of its own ("was shot to death *at 10 p.m.*"), which the engine
    puts on the publication day, moved to the day of the earlier event of the same kind
    ("... shot to death last Oct. 23"): a past event told again with its hour. None otherwise."""
    if when is None or kin is None or not _CLOCK_ONLY.fullmatch(chosen.expr.text.strip().lower()):
        return None
    if not when.value.startswith(pub.isoformat() + "T") or tense_at(toks, m.first, clause.first) not in (
        Tense.PAST,
        Tense.PAST_PERFECT,
    ):
        return None
    day = _day_of(kin.start)
    if (
        day is None
        or day != _day_of(kin.end)
        or day >= pub
        or kin.granularity is None
        or kin.granularity.rank < Granularity.DAY.rank
    ):
        return None
    shift = day - pub
    return attrs.evolve(
        when,
        value=day.isoformat() + when.value[len(pub.isoformat()) :],
        start=when.start + shift if when.start is not None else None,
        end=when.end + shift if when.end is not None else None,
    )


def _seen_in_the_past(toks: Sequence[Token], m: TriggerMatch, clause: Clause) -> bool:
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


def _copula_tense(toks: Sequence[Token], m: TriggerMatch, clause: Clause) -> str:
    """The tense of "there have been no arrests", "this is an assault": a noun after a copula."""
    j = m.first - 1
    while j >= clause.first and (
        toks[j].lower in {"a", "an", "no", "any", "new", "more", "further", "fresh", "not", "only"}
        or toks[j].lower.endswith("ly")
    ):
        j -= 1
    if j < clause.first or toks[j].lower not in {"been", "is", "are", "'s", "'re"}:
        return Tense.NONE
    if toks[j].lower == "been":
        return (
            Tense.PRESENT_PERFECT
            if j - 1 >= clause.first and toks[j - 1].lower in {"has", "have", "'s", "'ve"}
            else Tense.NONE
        )
    return Tense.PRESENT


# --- merging ---------------------------------------------------------------------------------


def _norm(s: str) -> str:
    return re.sub(r"['’]s\b", "", s.casefold()).strip()


def _share(a: Sequence[str], b: Sequence[str]) -> bool:
    na = {_norm(x) for x in a}
    nb = {_norm(x) for x in b}
    if na & nb:
        return True
    return any(re.search(r"\b" + re.escape(x) + r"\b", y) for x in na for y in nb if x) or any(
        re.search(r"\b" + re.escape(y) + r"\b", x) for x in na for y in nb if y
    )


def _same_happening(a: Event, b: Event) -> bool:
    if a.kind is not b.kind or (a.status is EventStatus.NEGATED) != (b.status is EventStatus.NEGATED):
        return False
    if a.places and b.places:
        return _share(a.places, b.places)
    if not a.places and not b.places and a.actors and b.actors:
        return _share(a.actors, b.actors)
    return False


def _precise(ev: Event) -> bool:
    return ev.when is not None and ev.when.value not in _USABLE_REFS and ev.when.start is not None


def _combine(group: Sequence[Event]) -> Event:
    """One event from several mentions: the most precisely dated mention leads."""
    lead = min(group, key=_lead_key)
    refs = sorted({r for e in group for r in e.sources}, key=_ref_key)
    actors = list(lead.actors)
    places = list(lead.places)
    for e in sorted(group, key=_lead_key):
        actors += [a for a in e.actors if a not in actors]
        places += [p for p in e.places if p not in places]
    deaths = [e.fatalities for e in group if e.fatalities is not None]
    return attrs.evolve(
        lead,
        actors=tuple(actors),
        places=tuple(places),
        fatalities=max(deaths) if deaths else None,
        sources=tuple(refs),
    )


def _ref_key(r: SourceRef) -> tuple:
    return (r.source, r.published or _dt.date.min, r.trigger.start, r.trigger.end, r.trigger.text, r.sentence.text)


def _lead_key(e: Event) -> tuple:
    w = e.when
    precise = _precise(e)
    rank = w.granularity.rank if (w is not None and w.granularity is not None) else -1
    return (
        0 if precise else 1,
        -rank,
        _ref_key(min(e.sources, key=_ref_key)) if e.sources else (),
        e.kind.value,
        e.trigger.start,
    )


def _corefer(mentions: Sequence[_Mention]) -> list[Event]:
    """Fold mentions of one happening within an article into one event.

    A precisely dated mention joins a cluster of the same happening (same
    kind, a shared place, actor or name) whose time overlaps its own. A vague
    mention then joins one cluster of the same happening: for "recently"
    (PAST_REF) the latest such cluster; for an undated definite noun ("the
    fall of Aleppo") the only one mentioned before it in the text, or the
    only one at all; a bare definite noun with no name of its own ("the
    decision") the one event of its kind told in the two sentences before.
    A mention named by its date ("the 2011 uprising") is an event only when
    the article tells more of it (another mention, a death toll).
    """
    clusters: list[list[_Mention]] = []
    # clusters are found through (kind, name word) keys and, for bare anaphora, through the
    # recent clusters of a kind: no mention is compared with every cluster of a long article
    index: dict[tuple, list[int]] = {}
    told_by_kind: dict[EventKind, list[tuple[int, int]]] = {}  # (sentence, cluster) of dated mentions

    def same(a: _Mention, b: _Mention) -> bool:
        if _same_happening(a.event, b.event):
            return True
        # a noun mention may share only a name with the event it refers to ("the murder of Slepian")
        return (
            (a.nominal or b.nominal)
            and a.event.kind is b.event.kind
            and bool(a.names & b.names)
            and (a.event.status is EventStatus.NEGATED) == (b.event.status is EventStatus.NEGATED)
        )

    def keys(mt: _Mention) -> set[tuple]:
        ev = mt.event
        words = set(mt.names)
        for name in ev.places + ev.actors:
            words |= {w for w in re.findall(r"[^\W\d_]+", _norm(name)) if len(w) > 2}
        return {(ev.kind, w) for w in words}

    def add(mt: _Mention, target: int | None) -> None:
        if target is None:
            target = len(clusters)
            clusters.append([mt])
        else:
            clusters[target].append(mt)
        if not mt.vague and _precise(clusters[target][0].event):
            # precise mentions come in text order, so this list stays sorted by sentence
            told_by_kind.setdefault(mt.event.kind, []).append((mt.sentence_index, target))
        for k in keys(mt):
            lst = index.setdefault(k, [])
            if not lst or lst[-1] != target:
                lst.append(target)

    # a mention dated only by the event it refers back to folds like an undated definite noun
    ordered = sorted(mentions, key=lambda x: (x.vague or x.borrowed, x.event.trigger.start))
    for mt in ordered:
        ev = mt.event
        cand_ids = sorted({i for k in keys(mt) for i in index.get(k, ())})
        if not mt.vague and not mt.borrowed:
            target: int | None = None
            for i in cand_ids:
                lead = clusters[i][0].event
                if (
                    same(clusters[i][0], mt)
                    and lead.when is not None
                    and ev.when is not None
                    and lead.when.overlaps(ev.when)
                ):
                    target = i
                    break
            add(mt, target)
            continue
        past_ref = ev.when is not None and ev.when.value == "PAST_REF"
        if not (past_ref or ((ev.when is None or mt.borrowed) and mt.definite)):
            add(mt, None)
            continue
        cands = [
            i
            for i in cand_ids
            if _precise(clusters[i][0].event)
            and any(same(x, mt) for x in clusters[i])
            and (ev.when is None or mt.borrowed or clusters[i][0].event.when.overlaps(ev.when))
        ]  # type: ignore[union-attr]
        target = None
        if past_ref and cands:
            target = max(
                cands,
                key=lambda i: (clusters[i][0].event.when.end or _dt.date.max, -clusters[i][0].event.trigger.start),
            )  # type: ignore[union-attr]
        elif not past_ref:
            earlier = [i for i in cands if min(x.event.trigger.start for x in clusters[i]) < ev.trigger.start]
            if len(earlier) == 1:
                target = earlier[0]
            elif not earlier and len(cands) == 1:
                target = cands[0]
            elif not cands and not mt.names:
                told = told_by_kind.get(ev.kind, [])
                lo = bisect.bisect_left(told, (mt.sentence_index - 2, -1))
                hi = bisect.bisect_left(told, (mt.sentence_index, -1))
                recent = sorted({i for _, i in told[lo:hi]})
                if len(recent) == 1:
                    target = recent[0]
        add(mt, target)
    out = []
    for cl in clusters:
        if all(
            x.named and x.event.when is not None and x.event.when.granularity is Granularity.YEAR for x in cl
        ) and all(x.event.fatalities is None for x in cl):
            continue  # "many fled after the 2011 uprising": a year naming an episode, not an event told here
        evs = [x.event for x in cl]
        out.append(_combine(evs) if len(evs) > 1 else evs[0])
    return out


def merge_events(events: Iterable[Event]) -> list[Event]:
    """Events that report the same happening, merged; the result ignores input order.

    Two events merge when they have the same kind, both are precisely dated
    with overlapping spans, and they share a place (or, without places, an
    actor). The merged event keeps the most precisely dated mention's trigger,
    time and summary, the union of actors and places, the largest death
    toll, and every source.
    """
    evs = sorted(events, key=_merge_order)
    clusters: list[list[Event]] = []
    # clusters are looked up through their sources and their kind + name words, so merging many
    # articles stays near linear; the first matching cluster (in creation order) wins, as in a scan
    index: dict[tuple, list[int]] = {}

    def keys(ev: Event) -> set[tuple]:
        out: set[tuple] = {("source", r) for r in ev.sources}
        if _precise(ev):
            for name in ev.places + ev.actors:
                out |= {(ev.kind, w) for w in re.findall(r"[^\W\d_]+", _norm(name)) if len(w) > 2}
        return out

    for ev in evs:
        ks = keys(ev)
        cands = sorted({i for k in ks for i in index.get(k, ())})
        target: int | None = None
        for i in cands:
            lead = clusters[i][0]
            if _precise(ev) != _precise(lead):
                continue
            if set(lead.sources) & set(ev.sources) or (
                _precise(ev) and _same_happening(lead, ev) and lead.when.overlaps(ev.when)  # type: ignore[union-attr]
            ):
                target = i
                break
        if target is None:
            target = len(clusters)
            clusters.append([ev])
        else:
            clusters[target].append(ev)
        for k in ks:
            lst = index.setdefault(k, [])
            if not lst or lst[-1] != target:
                lst.append(target)
    return [_combine(cl) if len(cl) > 1 else cl[0] for cl in clusters]


def _merge_order(e: Event) -> tuple:
    """A total order on events, so that merging does not depend on the input order."""
    return (
        0 if _precise(e) else 1,
        _lead_key(e),
        e.summary,
        e.actors,
        e.places,
        e.status.value,
        -1 if e.fatalities is None else e.fatalities,
        e.explanation,
        tuple(_ref_key(r) for r in sorted(e.sources, key=_ref_key)),
    )
