"""Events: what the trigger checks read beyond their own sentence, and what the words around a
trigger make of it.

Each table holds short articles written for the phenomenon (never corpus text): the trigger that
must come out with its kind, and beside it near-misses where it must not.
"""

from __future__ import annotations

import pytest
from stages import events_of

from conflict_timeline import EventKind

K = EventKind


def _kinds(text: str) -> list[tuple[str, EventKind]]:
    return [(e.trigger.text, e.kind) for e in events_of(text, "2024-12-02", source="t")]


# --- the sentences before: the topic and what a pronoun stands for ------------------------------

AROUND = [
    # a verb whose own sentence names no weapon or fighter takes the topic of the sentences before
    (
        "A car bomb exploded outside the ministry at noon. The second went off ten minutes later.",
        "went off",
        K.REMOTE_VIOLENCE,
    ),
    (
        "Militants attacked the base from three sides. By evening the defenders had repelled them.",
        "repelled",
        K.BATTLE,
    ),
    # a pronoun subject stands for the truce told just before
    (
        "The two sides agreed to a ceasefire on Friday. It is due to take effect on Sunday.",
        "take effect",
        K.NEGOTIATION,
    ),
]

AROUND_NEAR_MISSES = [
    # no armed words before: the verb keeps its everyday sense
    ("The budget vote was close. By evening the senators had repelled the amendment.", K.BATTLE),
    ("The fireworks display started late. The second went off ten minutes later.", K.REMOTE_VIOLENCE),
    # a noun after an armed sentence mostly points back at what was told: not an event of its own
    ("Rebels shelled the town on Monday. Officials said the operation had been planned for weeks.", K.BATTLE),
    # a pronoun subject with no truce before it
    ("The new tariff was announced on Friday. It is due to take effect on Sunday.", K.NEGOTIATION),
]


@pytest.mark.parametrize("text, trigger, kind", AROUND, ids=[t[:40] for t, _, _ in AROUND])
def test_checks_read_the_sentences_before(text: str, trigger: str, kind: EventKind) -> None:
    assert (trigger, kind) in _kinds(text)


@pytest.mark.parametrize("text, kind", AROUND_NEAR_MISSES, ids=[t[:40] for t, _ in AROUND_NEAR_MISSES])
def test_no_context_before_no_event(text: str, kind: EventKind) -> None:
    second = text.split(". ", 1)[1]
    assert [t for t, k in _kinds(text) if k is kind and t in second] == []


# --- two words, one event: the event noun and its verb -------------------------------------------

JOINED = [
    # the noun is the subject of the verb of its toll: one event, its span covers both
    ("A drone strike on Monday killed 17 people at a flour mill.", "drone strike on Monday killed", K.REMOTE_VIOLENCE),
    ("Airstrikes kill dozens across the enclave", "Airstrikes kill", K.REMOTE_VIOLENCE),
    ("An ambush near the border killed nine soldiers.", "ambush near the border killed", K.BATTLE),
    # a verb that tells what befell the event noun takes the noun's kind
    ("Heavy shelling resumed on Tuesday after a lull.", "shelling resumed", K.REMOTE_VIOLENCE),
    ("The truce had collapsed by the evening.", "truce had collapsed", K.NEGOTIATION),
    # a verb that only says the noun took place
    ("Government jets carried out an air strike on the market.", "carried out an air strike", K.REMOTE_VIOLENCE),
    ("The prime minister held separate talks with both leaders.", "held separate talks", K.NEGOTIATION),
    ("Azerbaijan launched its offensive on Tuesday.", "launched its offensive", K.BATTLE),
]

JOINED_NEAR_MISSES = [
    # a participle after a preposition is not the noun's verb
    ("They staged a mock execution by holding a gun to his head.", "execution by holding"),
    # a new clause between the noun and the verb
    ("Residents fled the shelling and a fire killed two children.", "shelling and a fire killed"),
    ("The strike that hit the camp was the third this week, and gunmen killed two.", "strike that hit"),
    # the support verb must stand right before the noun's phrase
    (
        "Medics carried the wounded to a clinic after the air strike.",
        "carried the wounded to a clinic after the air strike",
    ),
]


@pytest.mark.parametrize("text, trigger, kind", JOINED, ids=[t[:40] for t, _, _ in JOINED])
def test_noun_and_verb_tell_one_event(text: str, trigger: str, kind: EventKind) -> None:
    found = _kinds(text)
    assert (trigger, kind) in found, found
    assert len([t for t, _ in found if set(t.split()) & set(trigger.split())]) == 1


@pytest.mark.parametrize("text, trigger", JOINED_NEAR_MISSES, ids=[t[:40] for t, _ in JOINED_NEAR_MISSES])
def test_no_join_across_a_clause_or_a_participle(text: str, trigger: str) -> None:
    assert trigger not in [t for t, _ in _kinds(text)]
