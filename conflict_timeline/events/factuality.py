"""How a sentence presents an event: an ordered tuple of named status records.

Each :class:`StatusRule` names one way a text marks an event as attributed, planned, predicted,
possible or negated, reads one cue table of :mod:`conflict_timeline.lexicon.status_cues`, and
carries the examples that prove it and the near-misses it must leave alone. Every record that
finds its cue proposes its status; the strongest proposal wins (hypothetical > negated > planned >
expected > reported > asserted), and the event keeps the record's name (``Event.status_rule``).

Where a record looks:

- ``opener``: the opener of the event's clause ("*If* the talks fail");
- ``before``: a cue phrase ending right before the trigger, walking back over auxiliaries,
  adverbs, determiners and the support verb of an event noun ("*plans to* launch", "*will* host
  peace talks", "*refused to* attend"); a negation word on the way counts and the walk goes on;
- ``after``: a phrase right after a noun trigger ("talks *are planned* for next week");
- ``sentence``: a cue anywhere in the sentence ("*reportedly*", "*according to*");
- ``governed``: an ordering verb before the event's infinitive, its subject between them
  ("*ordered* the ministry *to* drive ..."); ``trigger``: the trigger's own first word ("*proposed*
  a ceasefire"); ``infinitive``: a verb of saying before an infinitive ("*reported* to be
  advancing"); ``headline``: an infinitive in the headline ("Army *to* storm rebel town");
- ``attribution``: a verb of saying that governs the event's clause ("officials *said* rebels had
  seized ...", "..., the ministry *said*"), and a verb of denial likewise ("the army *denied* it
  had shelled ...").
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

import attrs

from ..lexicon import event_grammar as G
from ..lexicon import status_cues as C
from ..lexicon import verbs as V
from ..model import EventStatus
from ..text import Clause, Token
from .syntax import clause_index, noun_use
from .triggers import TriggerMatch

__all__ = ["StatusRule", "StatusExample", "STATUS_RULES", "Status", "status_of", "sentence_statuses", "reported_cue"]

S = EventStatus

_RANK = {S.HYPOTHETICAL: 5, S.NEGATED: 4, S.PLANNED: 3, S.EXPECTED: 2, S.REPORTED: 1, S.ASSERTED: 0}


@attrs.frozen(slots=True)
class StatusExample:
    """A sentence, the trigger of one of its events and the status it must get."""

    text: str
    trigger: str
    status: EventStatus


@attrs.frozen(slots=True)
class StatusRule:
    """One way a text marks an event's status: where it looks, the cue table it reads (``cues``),
    words the sentence must also hold (``requires``), and its examples and near-misses (the
    near-miss statuses are what the event gets instead)."""

    name: str
    status: EventStatus
    where: Literal[
        "opener",
        "before",
        "after",
        "sentence",
        "attribution",
        "purpose",
        "coordinated",
        "headline",
        "infinitive",
        "governed",
        "trigger",
    ]
    cues: tuple[str, ...]
    examples: tuple[StatusExample, ...]
    near_misses: tuple[StatusExample, ...] = ()
    requires: frozenset[str] = frozenset()


@attrs.frozen(slots=True)
class Status:
    """The status an event gets, the record that decided it and the cue it found ("" for none)."""

    status: EventStatus
    rule: str
    cue: str


X = StatusExample

STATUS_RULES: tuple[StatusRule, ...] = (
    StatusRule(
        "conditional-clause",
        S.HYPOTHETICAL,
        "opener",
        tuple(C.CONDITIONAL_OPENERS),
        examples=(X("If the talks fail, the army would attack the city.", "talks", S.HYPOTHETICAL),),
        near_misses=(X("The talks failed, and the army attacked the city.", "talks", S.ASSERTED),),
    ),
    StatusRule(
        "refusal",
        S.NEGATED,
        "before",
        C.NEGATING_GOVERNORS,
        examples=(
            X("Hezbollah decided against joining the fray.", "joining the fray", S.NEGATED),
            X("The Taliban refused to attend the peace conference.", "peace conference", S.NEGATED),
        ),
        near_misses=(X("Hezbollah decided to join the fray.", "join the fray", S.PLANNED),),
    ),
    StatusRule(
        "negation",
        S.NEGATED,
        "before",
        tuple(C.NEGATION_CUES),
        examples=(
            X("Troops did not cross the border on Monday.", "cross the border", S.NEGATED),
            X("Rebels took the town without fighting.", "fighting", S.NEGATED),
        ),
        near_misses=(X("Troops crossed the border on Monday.", "crossed the border", S.ASSERTED),),
    ),
    StatusRule(
        "conditional-would",
        S.HYPOTHETICAL,
        "before",
        ("would", "could", "might"),
        requires=C.CONDITIONAL_WORDS,
        examples=(X("If the talks fail, the army would attack the city.", "attack", S.HYPOTHETICAL),),
        near_misses=(X("The army said it would attack the city.", "attack", S.PLANNED),),
    ),
    StatusRule(
        "plan",
        S.PLANNED,
        "before",
        C.PLAN_CUES,
        examples=(
            X("The army plans to launch an offensive next week.", "launch an offensive", S.PLANNED),
            X("Qatar will host peace talks next week.", "peace talks", S.PLANNED),
            X("The senior commanders will meet again on Thursday.", "meet", S.PLANNED),
            X("The ministry said it would resume talks.", "resume talks", S.PLANNED),
        ),
        near_misses=(X("Qatar hosted peace talks last week.", "peace talks", S.ASSERTED),),
    ),
    StatusRule(
        "prediction",
        S.EXPECTED,
        "before",
        C.PREDICTION_CUES,
        examples=(
            X("Turkey is expected to send troops to the border next month.", "send troops", S.EXPECTED),
            X("Residents braced for an expected ground offensive.", "ground offensive", S.EXPECTED),
        ),
        near_misses=(X("Turkey sent troops to the border last month.", "sent troops", S.ASSERTED),),
    ),
    StatusRule(
        "possibility",
        S.HYPOTHETICAL,
        "before",
        C.POSSIBILITY_CUES,
        examples=(
            X("Rebels threatened to storm the prison.", "storm", S.HYPOTHETICAL),
            X("Tigrayan forces could hit airports in the region.", "hit", S.HYPOTHETICAL),
        ),
        near_misses=(X("Rebels stormed the prison.", "stormed", S.ASSERTED),),
    ),
    StatusRule(
        "hedged",
        S.REPORTED,
        "before",
        C.HEDGING_ADVERBS,
        examples=(
            X("Rebels reportedly seized the airport on Sunday.", "seized", S.REPORTED),
            X("Hezbollah has reportedly decided against joining the fray.", "decided", S.REPORTED),
        ),
        near_misses=(
            X(
                "A drone strike hit a street in the town, reportedly killing 26 people.",
                "drone strike hit",
                S.ASSERTED,
            ),
        ),
    ),
    StatusRule(
        "reported-infinitive",
        S.REPORTED,
        "infinitive",
        C.REPORTED_INFINITIVE_VERBS,
        examples=(
            X("Rebel fighters were reported on Saturday to be advancing on the town.", "advancing", S.REPORTED),
            X("The commander is said to have fled the city.", "fled", S.REPORTED),
        ),
        near_misses=(X("Rebel fighters are to be deployed on the border.", "deployed", S.PLANNED),),
    ),
    StatusRule(
        "headline-infinitive",
        S.PLANNED,
        "headline",
        C.HEADLINE_INFINITIVE,
        examples=(X("Army to storm rebel town\n\nThe army massed troops.", "storm", S.PLANNED),),
        near_misses=(X("Army storms rebel town\n\nThe army massed troops.", "storms", S.ASSERTED),),
    ),
    StatusRule(
        "ordered-infinitive",
        S.PLANNED,
        "governed",
        tuple(C.ORDERING_VERBS),
        examples=(
            X(
                "Putin ordered the defence ministry to drive the enemy out of the region.",
                "drive the enemy out",
                S.PLANNED,
            ),
            X("The army called on residents of the city to evacuate.", "evacuate", S.PLANNED),
        ),
        near_misses=(X("Residents of the city began to evacuate.", "evacuate", S.ASSERTED),),
    ),
    StatusRule(
        "proposal",
        S.PLANNED,
        "trigger",
        tuple(C.PROPOSING_WORDS),
        examples=(X("Egypt proposed a ceasefire to start on Monday.", "proposed a ceasefire", S.PLANNED),),
        near_misses=(X("Egypt brokered a ceasefire on Monday.", "brokered", S.ASSERTED),),
    ),
    StatusRule(
        "purpose",
        S.PLANNED,
        "purpose",
        tuple(C.PURPOSE_NOUNS),
        examples=(
            X("Iraqi forces launched an operation to retake the town of Hit.", "retake", S.PLANNED),
            X("Envoys met in Jeddah in a bid to revive the talks.", "revive the talks", S.PLANNED),
        ),
        near_misses=(X("Iraqi forces retook the town of Hit.", "retook", S.ASSERTED),),
    ),
    StatusRule(
        "planned-after",
        S.PLANNED,
        "after",
        C.PLANNED_AFTER,
        examples=(
            X("Peace talks are planned for next week in Doha.", "Peace talks", S.PLANNED),
            X("Talks on a second phase are due to begin next month.", "Talks", S.PLANNED),
            X("The truce, brokered by Qatar and Egypt, is due to take effect on Monday.", "truce", S.PLANNED),
        ),
        near_misses=(X("Peace talks were held last week in Doha.", "Peace talks were held", S.ASSERTED),),
    ),
    StatusRule(
        "expected-after",
        S.EXPECTED,
        "after",
        C.EXPECTED_AFTER,
        examples=(X("A second round of talks is expected soon.", "round of talks", S.EXPECTED),),
        near_misses=(X("A second round of talks ended on Friday.", "round of talks ended", S.ASSERTED),),
    ),
    StatusRule(
        "attribution-cue",
        S.REPORTED,
        "sentence",
        C.REPORTED_CUES,
        examples=(
            X("Rebels seized Aleppo on Saturday, according to officials.", "seized", S.REPORTED),
            X("Gunmen shot dead a lecturer in Kabul, according to witnesses.", "shot dead", S.REPORTED),
        ),
        near_misses=(X("Rebels seized the airport on Sunday.", "seized", S.ASSERTED),),
    ),
    StatusRule(
        "denial",
        S.NEGATED,
        "attribution",
        tuple(C.DENIAL_VERBS),
        examples=(X("The army denied that its jets had bombed the market.", "bombed", S.NEGATED),),
        near_misses=(X("The army said that its jets had bombed the market.", "bombed", S.REPORTED),),
    ),
    StatusRule(
        "attribution",
        S.REPORTED,
        "attribution",
        tuple(C.ATTRIBUTION_VERBS),
        examples=(
            X("Rebels seized the airport on Sunday, officials said.", "seized", S.REPORTED),
            X("The ministry said on Monday that militants had stormed the prison.", "stormed", S.REPORTED),
            X("Islamic State claimed the capture of the town.", "capture", S.REPORTED),
        ),
        near_misses=(
            X("Lawmakers who said they feared reprisals condemned the killing.", "condemned", S.ASSERTED),
            X("The Taliban announced a three-day ceasefire.", "ceasefire", S.ASSERTED),
            X(
                "A warplane struck the town before dawn, residents said, and heavy clashes resumed later.",
                "clashes resumed",
                S.ASSERTED,
            ),
            X("The RSF, which seized the city on Sunday, has denied targeting civilians.", "seized", S.ASSERTED),
        ),
    ),
    StatusRule(
        "attribution-that",
        S.REPORTED,
        "attribution",
        tuple(C.ATTRIBUTION_THAT_VERBS),
        examples=(X("The RSF announced that it had taken control of the city.", "taken control", S.REPORTED),),
        near_misses=(X("The Taliban announced a three-day ceasefire.", "ceasefire", S.ASSERTED),),
    ),
    StatusRule(
        "coordinated",
        S.PLANNED,
        "coordinated",
        tuple(C.VERB_COORDINATORS),
        examples=(X("He said the rebels would seize the airport and storm the prison.", "storm", S.PLANNED),),
        near_misses=(X("The rebels seized the airport and stormed the prison.", "stormed", S.ASSERTED),),
    ),
)

_BEFORE = tuple(r for r in STATUS_RULES if r.where == "before" and r.name != "negation")


def _by_last_word() -> dict[str, list[tuple[StatusRule, tuple[str, ...]]]]:
    """The cue phrases of the walk-back records by their last word, longest first (record order
    breaks ties), so each stop of the walk looks up one word."""
    out: dict[str, list[tuple[StatusRule, tuple[str, ...]]]] = {}
    for rule in _BEFORE:
        for cue in rule.cues:
            words = tuple(cue.split())
            out.setdefault(words[-1], []).append((rule, words))
    for cands in out.values():
        cands.sort(key=lambda c: -len(c[1]))
    return out


_BEFORE_BY_LAST = _by_last_word()
_NEGATION = next(r for r in STATUS_RULES if r.name == "negation")
_SKIPPABLE = V.AUXILIARIES | G.STATUS_SKIPPABLE | C.SUPPORT_VERBS
_REPORTED_SEQS = tuple(tuple(c.split()) for c in C.REPORTED_CUES)
_REPORTED_FIRSTS = frozenset(seq[0] for seq in _REPORTED_SEQS)
_ATTRIBUTION_RULE = next(r for r in STATUS_RULES if r.name == "attribution-cue")
_PURPOSE = next(r for r in STATUS_RULES if r.name == "purpose")
_COORDINATED = next(r for r in STATUS_RULES if r.name == "coordinated")
_HEADLINE = next(r for r in STATUS_RULES if r.where == "headline")
_ORDERED = next(r for r in STATUS_RULES if r.where == "governed")
_PROPOSAL = next(r for r in STATUS_RULES if r.where == "trigger")
_REPORTED_INFINITIVE = next(r for r in STATUS_RULES if r.where == "infinitive")
_INHERITED = (S.PLANNED, S.EXPECTED, S.HYPOTHETICAL)


def _phrase_ends_at(tokens: Sequence[Token], end: int, phrases: Sequence[str], lo: int) -> str | None:
    """The longest phrase of ``phrases`` whose words end right before index ``end`` (not before ``lo``)."""
    best: str | None = None
    for phrase in phrases:
        words = phrase.split()
        k = len(words)
        if end - k >= lo and all(tokens[end - k + j].lower == words[j] for j in range(k)):
            if best is None or k > len(best.split()):
                best = phrase
    return best


def _phrase_starts_at(tokens: Sequence[Token], start: int, phrases: Sequence[str]) -> str | None:
    for phrase in phrases:
        words = phrase.split()
        if all(start + j < len(tokens) and tokens[start + j].lower == w for j, w in enumerate(words)):
            return phrase
    return None


def reported_cue(tokens: Sequence[Token]) -> str:
    """The first cue of the sentence that attributes what it tells to others ("reportedly"), or ""."""
    words = [t.lower for t in tokens]
    for i, w in enumerate(words):
        if w in _REPORTED_FIRSTS:
            for seq in _REPORTED_SEQS:
                if seq[0] == w and tuple(words[i : i + len(seq)]) == seq:
                    return " ".join(seq)
    return ""


def _walk_back(tokens: Sequence[Token], m: TriggerMatch, words: frozenset[str]) -> list[Status]:
    """Cue phrases ending before the trigger, walking back over what may stand between."""
    found: list[Status] = []
    end = m.first
    lo = max(0, m.first - 6)
    while end > lo:
        best: tuple[StatusRule, str] | None = None
        for rule, cue in _BEFORE_BY_LAST.get(tokens[end - 1].lower, ()):  # longest first, in record order
            if rule.requires and not (rule.requires & words):
                continue
            k = len(cue)
            if end - k >= lo and all(tokens[end - k + j].lower == cue[j] for j in range(k)):
                best = (rule, " ".join(cue))
                break
        if best is not None:
            found.append(Status(best[0].status, best[0].name, best[1]))
            break
        prev = tokens[end - 1].lower
        if prev in C.NEGATION_CUES or prev.endswith("n't"):
            found.append(Status(_NEGATION.status, _NEGATION.name, prev))
            end -= 1
            continue
        if prev in _SKIPPABLE or prev.endswith("ly") or prev == "to" or _modifier(tokens[end - 1]):
            end -= 1
            continue
        break
    return found


def _modifier(tok: Token) -> bool:
    """A modifier between a cue and an event noun ("a *two-hour humanitarian* truce")."""
    low = tok.lower
    return tok.is_word and not tok.text[:1].isupper() and ("-" in low or low in C.NOUN_MODIFIERS)


def _after(tokens: Sequence[Token], m: TriggerMatch) -> list[Status]:
    out: list[Status] = []
    starts = (m.head_last, *_past_complement(tokens, m))
    for rule in STATUS_RULES:
        if rule.where == "after":
            cue = next((c for k in starts if (c := _phrase_starts_at(tokens, k, rule.cues))), None)
            if cue:
                out.append(Status(rule.status, rule.name, cue))
    return out


def _past_complement(tokens: Sequence[Token], m: TriggerMatch) -> tuple[int, ...]:
    """Where the verb of an event noun's clause may stand after the noun's complement: "Talks *on a
    second phase* are due to begin", "A meeting *of the chiefs of staff* is scheduled" (a phrase of
    at most seven words led by a preposition, with no verb or comma in it), or after a parenthesis
    between commas."""
    j = m.head_last
    if j < len(tokens) and tokens[j].text == ",":
        # "The truce*, brokered by Saudi Arabia,* is due to take effect": past a parenthesis
        close = next((k for k in range(j + 1, min(len(tokens), j + 12)) if tokens[k].text == ","), None)
        return (close + 1,) if close is not None else ()
    if j >= len(tokens) or tokens[j].lower not in G.PREPOSITIONS:
        return ()
    for k in range(j + 1, min(len(tokens), j + 8)):
        t = tokens[k]
        if not t.is_word:
            return ()
        if t.lower in V.AUXILIARIES:
            return (k,)
    return ()


def _governs(tokens: Sequence[Token], cls: Sequence[Clause], i: int, m: TriggerMatch, *, before_only: bool) -> bool:
    """Whether the verb of saying at ``i`` governs the event's clause.

    Before the event ("officials *said* rebels had seized"), it governs up to a comma or semicolon
    that opens a new main clause ("..., residents said, and heavy clashes resumed"), not from inside
    a relative clause of the subject ("Lawmakers who said they feared ... condemned"). After the
    event, it is the attribution closing the sentence: a comma, then the speaker and the verb
    ("..., officials said"; "..., said a spokesman").
    """
    if m.first <= i < m.head_last:
        return False
    ci = clause_index(cls, i)
    if i < m.first:
        if cls[ci].opener in G.RELATIVE_OPENERS and ci != clause_index(cls, m.first):
            return False
        if i > 0 and tokens[i - 1].lower in G.RELATIVE_OPENERS:
            return False  # "Lawmakers who said they feared ... condemned": the relative clause tells no report
        for k in range(i + 1, m.first):
            t = tokens[k]
            if t.text == ";" or (
                t.text == "," and k + 1 < len(tokens) and tokens[k + 1].lower in C.COORDINATING_OPENERS
            ):
                return False
        return True
    if before_only:
        return False
    marks = [k for k in range(m.head_last, i) if tokens[k].text in {",", '"', "”", "—", "–"}]
    if not marks:
        return False
    speaker = tokens[marks[-1] + 1 : i]
    return len(speaker) <= 8 and all(t.is_word and t.lower not in V.AUXILIARIES for t in speaker)


def _that_follows(tokens: Sequence[Token], i: int) -> bool:
    """ "announced *that* ...", "announced on Thursday that ...": the verb governs a clause."""
    return any(t.lower == "that" for t in tokens[i + 1 : i + 5])


def _attribution(tokens: Sequence[Token], cls: Sequence[Clause], m: TriggerMatch) -> list[Status]:
    out: list[Status] = []
    for rule in STATUS_RULES:
        if rule.where != "attribution":
            continue
        for i, t in enumerate(tokens):
            if t.lower not in rule.cues or noun_use(tokens, i):
                continue
            if rule.name == "attribution-that" and not (i < m.first and _that_follows(tokens, i)):
                continue
            if _governs(tokens, cls, i, m, before_only=rule.status is S.NEGATED):
                out.append(Status(rule.status, rule.name, t.lower))
                break
    return out


def _purpose(tokens: Sequence[Token], m: TriggerMatch) -> list[Status]:
    """ "an operation *to* retake the town": a verb in the infinitive after a noun of purpose."""
    j = m.first - 1
    if j < 1 or tokens[j].lower != "to":
        return []
    k = j - 1
    if tokens[k].lower in C.PURPOSE_NOUNS or (k >= 1 and tokens[k].lower == "order" and tokens[k - 1].lower == "in"):
        rule = _PURPOSE
        return [Status(rule.status, rule.name, f"{tokens[k].lower} to")]
    return []


def _ordered_infinitive(tokens: Sequence[Token], m: TriggerMatch) -> list[Status]:
    """ "*ordered* the defence ministry *to* drive ...": an infinitive whose subject an ordering verb
    names before it (within eight words, no comma between)."""
    j = m.first - 1
    while j > 0 and tokens[j].lower.endswith("ly"):
        j -= 1
    if j < 2 or tokens[j].lower != "to":
        return []
    for k in range(j - 2, max(-1, j - 9), -1):
        if not tokens[k].is_word:
            return []
        if tokens[k].lower in _ORDERED.cues:
            return [Status(_ORDERED.status, _ORDERED.name, f"{tokens[k].lower} ... to")]
    return []


def _proposal(tokens: Sequence[Token], m: TriggerMatch) -> list[Status]:
    """ "*proposed* a ceasefire": a trigger whose verb proposes the event it names."""
    if m.last - m.first > 1 and tokens[m.first].lower in _PROPOSAL.cues:
        return [Status(_PROPOSAL.status, _PROPOSAL.name, tokens[m.first].lower)]
    return []


def _headline_infinitive(tokens: Sequence[Token], m: TriggerMatch) -> list[Status]:
    """ "Army *to* storm rebel town": in a headline, an infinitive after its subject."""
    j = m.first - 1
    if j < 1 or tokens[j].lower not in _HEADLINE.cues or not tokens[j - 1].is_word:
        return []
    return [Status(_HEADLINE.status, _HEADLINE.name, tokens[j].lower)]


def _reported_infinitive(tokens: Sequence[Token], m: TriggerMatch) -> Status | None:
    """ "were *reported* on Saturday *to be* advancing": the infinitive under a verb of saying or
    believing (up to five words before its "to", no comma between) is what others report."""
    j = m.first - 1
    while j > 0 and tokens[j].lower in G.INFINITIVE_AUXILIARIES:
        j -= 1
    if j < 1 or tokens[j].lower != "to":
        return None
    for k in range(j - 1, max(-1, j - 6), -1):
        low = tokens[k].lower
        if not tokens[k].is_word:
            return None
        if low in _REPORTED_INFINITIVE.cues:
            return Status(_REPORTED_INFINITIVE.status, _REPORTED_INFINITIVE.name, f"{low} to")
    return None


def status_of(
    tokens: Sequence[Token], cls: Sequence[Clause], m: TriggerMatch, reported: str = "", *, headline: bool = False
) -> Status:
    """How the sentence presents the event (``reported``: the sentence's attribution cue, from
    :func:`reported_cue`; ``headline``: the sentence is the article's headline): the strongest
    status any record finds, or ASSERTED."""
    clause = cls[clause_index(cls, m.first)] if cls else Clause(0, len(tokens))
    words = frozenset(t.lower for t in tokens)
    found: list[Status] = []
    if clause.opener in C.CONDITIONAL_OPENERS:
        found.append(Status(S.HYPOTHETICAL, "conditional-clause", clause.opener))
    reported_inf = _reported_infinitive(tokens, m)
    if reported_inf is not None:
        found.append(reported_inf)  # not the plan of "to be"
    else:
        found += _walk_back(tokens, m, words)
    found += _purpose(tokens, m)
    found += _ordered_infinitive(tokens, m)
    found += _proposal(tokens, m)
    if headline:
        found += _headline_infinitive(tokens, m)
    found += _after(tokens, m)
    if reported:
        found.append(Status(_ATTRIBUTION_RULE.status, _ATTRIBUTION_RULE.name, reported))
    found += _attribution(tokens, cls, m)
    if not found:
        return Status(S.ASSERTED, "asserted", "")
    return max(found, key=lambda f: _RANK[f.status])


def coordinated(tokens: Sequence[Token], m: TriggerMatch, first: TriggerMatch, first_status: Status) -> Status | None:
    """The status a verb shares with the verb it is coordinated with ("would declare the city
    liberated *and* hand control"): the first verb's planned, expected or hypothetical status, when
    "and"/"or" stands right before the second (after its adverbs)."""
    if first_status.status not in _INHERITED or first_status.rule == _COORDINATED.name:
        return None
    j = m.first - 1
    while j > first.last and (tokens[j].lower.endswith("ly") or tokens[j].lower in G.STATUS_SKIPPABLE):
        j -= 1
    if j <= first.last or tokens[j].lower not in C.VERB_COORDINATORS:
        return None
    return Status(first_status.status, _COORDINATED.name, f"{tokens[j].lower} {tokens[first.first].lower}")


def sentence_statuses(
    tokens: Sequence[Token],
    cls: Sequence[Clause],
    events: Sequence[TriggerMatch],
    reported: str = "",
    *,
    headline: bool = False,
) -> list[Status]:
    """The status of each event of a sentence, a verb coordinated with an earlier one of its clause
    sharing that one's cue."""
    out: list[Status] = []
    for k, m in enumerate(events):
        st = status_of(tokens, cls, m, reported, headline=headline)
        if st.status in (S.ASSERTED, S.REPORTED) and k > 0:
            prev = events[k - 1]
            if clause_index(cls, prev.first) == clause_index(cls, m.first):
                inherited = coordinated(tokens, m, prev, out[k - 1])
                if inherited is not None:
                    st = inherited
        out.append(st)
    return out
