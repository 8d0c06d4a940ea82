"""Events: diplomacy, statements, courts and injuries, and the dating fixes that came with them.

The new trigger words prove themselves through the lexicon's own examples and near-misses
(``tests/test_events.py``); the tables here check how their events are dated in whole sentences.
"""

from __future__ import annotations

import pytest

from conflict_timeline import EventKind, TimePath
from conflict_timeline.events import extract_events

K = EventKind
P = TimePath


def _find(text: str, published: str, trigger: str):
    evs = [e for e in extract_events(text, published, source="t") if e.trigger.text == trigger]
    assert len(evs) == 1, [(e.trigger.text, e.when) for e in extract_events(text, published, source="t")]
    return evs[0]


@pytest.mark.parametrize(
    "text, published, trigger, kind, value",
    [
        # a statement of policy, dated by its clause
        ("President Joseph Estrada on Tuesday condemned the bombings of the U.S. embassies.", "1998-08-11", "condemned", K.POLITICAL, "1998-08-11"),
        # a treaty signed, a meeting, a summit
        ("The two presidents signed the plan on Friday.", "1998-02-27", "signed", K.NEGOTIATION, "1998-02-27"),
        ("Officials said the president himself met with Sununu Sunday.", "1991-12-03", "met", K.NEGOTIATION, "1991-12-01"),
        ("In July 1997, at a summit in Madrid, the alliance invited three states.", "1999-03-12", "summit", K.NEGOTIATION, "1997-07"),
        # courts: charged with a crime
        ("James Kopp was charged with murder on Thursday.", "1999-05-07", "charged", K.OTHER, "1999-05-06"),
        # injuries in violence
        ("A clinic bombing in January killed a guard and severely wounded a nurse.", "1998-10-25", "bombing", K.REMOTE_VIOLENCE, "1998-01"),
        # a state joins a bloc
        ("Hungary, Poland and the Czech Republic formally joined NATO on Friday.", "1999-03-13", "joined NATO", K.POLITICAL, "1999-03-12"),
    ],
)
def test_new_kinds_of_events_are_found_and_dated(text: str, published: str, trigger: str, kind: EventKind, value: str) -> None:
    ev = _find(text, published, trigger)
    assert (ev.kind, ev.when.value) == (kind, value)


@pytest.mark.parametrize(
    "text, published, trigger, value",
    [
        # "all states" is a noun, not a reporting verb that would own the time
        ("The Security Council condemned the bombing of the U.S. embassies in Kenya and Tanzania on Thursday "
         "and called on all states to cooperate.", "1998-08-13", "condemned", "1998-08-13"),
        ("The United States condemned the attack on Monday.", "1998-08-11", "condemned", "1998-08-10"),
        # a plural "-ings" is a noun: the time of the relative clause stating its harm is its time
        ("Canadian officials confirmed that Kopp is a suspect in sniper shootings that injured abortion "
         "doctors in November in Vancouver.", "1999-05-06", "shootings", "1998-11"),
    ],
)
def test_time_ties_of_nouns(text: str, published: str, trigger: str, value: str) -> None:
    assert _find(text, published, trigger).when.value == value


def test_an_anaphoric_noun_is_not_kept_from_its_antecedent_by_names_outside_its_own_phrase() -> None:
    # "Cuban-American" names the protests' community, not the decision: the decision still takes up the ruling
    text = ("The immigration service ruled Wednesday that the boy must be returned to his father in Cuba by Jan. 14. "
            "The decision touched off protests in the Cuban-American community.")
    ev = _find(text, "2000-01-07", "decision")
    assert (ev.when.value, ev.time_path) == ("2000-01-05", P.NARRATIVE)
    assert "takes up the earlier 'ruled'" in ev.explanation


@pytest.mark.parametrize(
    "text, published, trigger",
    [
        ("Residents left the condemned building on Monday.", "1998-08-11", "condemned"),
        ("Banks charged a fee for transfers on Monday.", "1998-08-11", "charged"),
        ("The wounded were taken to hospital by troops on Monday.", "1998-08-11", "wounded"),
        ("The company met analysts' expectations on Monday, the president said.", "1998-08-11", "met"),
    ],
)
def test_other_senses_make_no_event(text: str, published: str, trigger: str) -> None:
    assert [e for e in extract_events(text, published) if e.trigger.text == trigger] == []
