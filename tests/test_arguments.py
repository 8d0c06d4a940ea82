"""Actors, places and death tolls: every argument rule's examples and near-misses run through the
whole pipeline (a rule that gives nothing on its own examples fails), and tables of phenomena in
the corpus's style (text, publication date, trigger, expected actors / places / toll) with the
near-misses beside them.
"""

from __future__ import annotations

import pytest

from conflict_timeline.events.arguments import (
    ACTOR_RULES,
    PARTNER_RULES,
    PLACE_RULES,
    TOLL_RULES,
    dateline,
    fatality_counts,
)
from conflict_timeline.model import Event
from tests.stages import events_of

ROLE_RULES = [*ACTOR_RULES, *PARTNER_RULES, *PLACE_RULES]


def _event(text: str, published: str, trigger: str) -> Event:
    evs = events_of(text, published)
    for ev in evs:
        for ref in ev.sources:
            if trigger.lower() in ref.trigger.text.lower() or ref.trigger.text.lower() in trigger.lower():
                return ev
    raise AssertionError(f"no event for {trigger!r}: {[e.trigger.text for e in evs]}")


def _role_of(ev: Event, role: str) -> tuple[str, ...]:
    return ev.actors if role == "actor" else ev.places


@pytest.mark.parametrize(
    "rule, example",
    [(r, ex) for r in ROLE_RULES for ex in r.examples],
    ids=[f"{r.name}:{ex[0][:40]}" for r in ROLE_RULES for ex in r.examples],
)
def test_each_actor_and_place_rule_gives_its_examples(rule, example) -> None:
    text, published, trigger, expected = example
    ev = _event(text, published, trigger)
    assert expected in _role_of(ev, rule.role), (_role_of(ev, rule.role), ev.reading.arguments)
    assert ev.reading.rule_of(rule.role, expected) == rule.name, ev.reading.arguments


@pytest.mark.parametrize(
    "rule, near_miss",
    [(r, ex) for r in ROLE_RULES for ex in r.near_misses],
    ids=[f"{r.name}:{ex[0][:40]}" for r in ROLE_RULES for ex in r.near_misses],
)
def test_no_actor_or_place_rule_fires_on_its_near_misses(rule, near_miss) -> None:
    text, published, trigger, wrong = near_miss
    for ev in events_of(text, published):
        assert wrong not in _role_of(ev, rule.role), (ev.trigger.text, ev.reading.arguments)


@pytest.mark.parametrize(
    "rule, example",
    [(r, ex) for r in TOLL_RULES for ex in r.examples],
    ids=[f"{r.name}:{ex[0][:40]}" for r in TOLL_RULES for ex in r.examples],
)
def test_each_toll_rule_gives_its_examples(rule, example) -> None:
    text, published, trigger, expected = example
    ev = _event(text, published, trigger)
    assert ev.fatalities == int(expected), ev.reading.arguments
    assert ev.reading.rule_of("fatalities", expected) == rule.name, ev.reading.arguments


@pytest.mark.parametrize(
    "rule, near_miss",
    [(r, ex) for r in TOLL_RULES for ex in r.near_misses],
    ids=[f"{r.name}:{ex[0][:40]}" for r in TOLL_RULES for ex in r.near_misses],
)
def test_no_toll_rule_fires_on_its_near_misses(rule, near_miss) -> None:
    text, published, trigger, wrong = near_miss
    assert all(ev.fatalities != int(wrong) for ev in events_of(text, published))
    assert all(t.count != int(wrong) or t.rule is not rule for t in fatality_counts(text))


def test_every_rule_has_examples() -> None:
    for rule in [*ROLE_RULES, *TOLL_RULES]:
        assert rule.examples, rule.name


# --- phenomena, as the corpus states them ------------------------------------------------------------

ACTOR_CASES = [
    # text, published, trigger, the actors expected (each must be there)
    (
        "KHARTOUM, April 18 (Reuters) - Fighting between the army and the RSF raged on Tuesday.",
        "2023-04-18",
        "Fighting",
        ("the army", "the RSF"),
    ),
    (
        "Sudan's army and the paramilitary Rapid Support Forces have signed an agreement for a seven-day ceasefire.",
        "2023-05-21",
        "signed",
        ("Sudan's army",),
    ),
    ("The Syrian army shelled rebel positions in Idlib on Monday.", "2024-03-12", "shelled", ("The Syrian army",)),
    ("Hezbollah fired rockets at northern Israel on Sunday.", "2024-09-28", "fired", ("Hezbollah",)),
    (
        "About 1,000 Ukrainian soldiers, backed by 11 tanks, had taken part in the assault near Sudzha.",
        "2024-08-07",
        "assault",
        ("About 1,000 Ukrainian soldiers",),
    ),
    (
        "Many were shot in their homes by fighters allied with the government, it said.",
        "2025-03-11",
        "shot",
        ("fighters allied with the government",),
    ),
    (
        "The RSF, which seized the capital three days ago, has denied targeting civilians.",
        "2025-10-29",
        "seized",
        ("The RSF",),
    ),
    (
        "On the same day, armed men set fire to several houses and abducted six civilians.",
        "2024-11-18",
        "abducted",
        ("armed men",),
    ),
]

ACTOR_NEAR_MISSES = [
    # text, published, trigger, a word no actor may be
    ("KHARTOUM, April 18 (Reuters) - Fighting raged in the capital on Tuesday.", "2023-04-18", "Fighting", "Reuters"),
    ("Rebels seized Hama in Syria on Friday.", "2024-12-02", "seized", "Syria"),
    ("Hassan Nasrallah was killed in an Israeli air strike on Friday.", "2024-09-28", "killed", "Hassan Nasrallah"),
    (
        "The El Fasher Resistance Committees said at least 150 people had been killed.",
        "2025-10-27",
        "killed",
        "El Fasher Resistance Committees",
    ),
    ("Zelenskiy announced the capture of Sudzha on Aug. 15.", "2024-08-25", "capture", "Zelenskiy"),
]


@pytest.mark.parametrize("text, published, trigger, actors", ACTOR_CASES)
def test_actors(text: str, published: str, trigger: str, actors: tuple[str, ...]) -> None:
    ev = _event(text, published, trigger)
    assert set(actors) <= set(ev.actors), (ev.actors, ev.reading.arguments)


@pytest.mark.parametrize("text, published, trigger, wrong", ACTOR_NEAR_MISSES)
def test_actor_near_misses(text: str, published: str, trigger: str, wrong: str) -> None:
    for ev in events_of(text, published):
        assert not any(wrong in a for a in ev.actors), (ev.trigger.text, ev.actors)


PLACE_CASES = [
    ("Iraqi forces retook Hit (Anbar) from IS on Saturday.", "2016-03-13", "retook", ("Hit", "Anbar")),
    ("Clashes resumed on Sunday in Jebel and Gudele.", "2016-07-12", "Clashes", ("Jebel", "Gudele")),
    (
        "Insurgents ambushed an army convoy on the road between Mueda and Muidumbe on 05/08.",
        "2021-08-09",
        "ambushed",
        ("Mueda", "Muidumbe"),
    ),
    ("Israeli air strikes hit targets across the enclave overnight.", "2023-11-24", "air strikes", ("the enclave",)),
    (
        "An Israeli air strike on Beirut's southern suburbs killed the group's leader on Friday.",
        "2024-09-28",
        "air strike",
        ("Beirut's southern suburbs",),
    ),
    ("Troops retook the villages of Budbud and Qaydar on Tuesday.", "2023-08-28", "retook", ("Budbud", "Qaydar")),
    (
        "Seventeen soldiers were killed in an ambush in the vicinity of Koutougou on Tuesday.",
        "2023-08-17",
        "ambush",
        ("Koutougou",),
    ),
    ("PORT SUDAN, Oct 27 (Wire) - Clashes erupted on Monday.", "2025-10-27", "Clashes", ("Port Sudan",)),
]

PLACE_NEAR_MISSES = [
    ("Rebels seized Hama on Friday, according to OCHA.", "2024-12-02", "seized", "OCHA"),
    ("President Salva Kiir met Riek Machar in Juba on Friday.", "2016-07-12", "met", "Salva Kiir"),
    (
        "Soldiers clashed with rebels in a village on Monday, the army said in a statement.",
        "2024-03-12",
        "clashed",
        "a statement",
    ),
    ("Russian troops shelled Kharkiv on Monday.", "2024-03-12", "shelled", "Russian"),
]


@pytest.mark.parametrize("text, published, trigger, places", PLACE_CASES)
def test_places(text: str, published: str, trigger: str, places: tuple[str, ...]) -> None:
    ev = _event(text, published, trigger)
    assert set(places) <= set(ev.places), (ev.places, ev.reading.arguments)


@pytest.mark.parametrize("text, published, trigger, wrong", PLACE_NEAR_MISSES)
def test_place_near_misses(text: str, published: str, trigger: str, wrong: str) -> None:
    for ev in events_of(text, published):
        assert wrong not in ev.places, (ev.trigger.text, ev.places)


def test_the_dateline_is_the_place_only_when_nothing_closer_is_given() -> None:
    text = "BEIRUT, Nov 27 (Wire) - Israeli jets struck Tyre on Wednesday. A ceasefire took effect hours later."
    evs = events_of(text, "2024-11-27")
    places = {e.trigger.text: e.places for e in evs}
    assert places["struck"] == ("Tyre",)
    assert dateline(text) is not None and dateline(text).places == ("Beirut",)  # type: ignore[union-attr]
    for ev in evs:
        if ev.places == ("Beirut",):
            assert ev.reading.rule_of("place", "Beirut") == "dateline"


@pytest.mark.parametrize(
    "text",
    ["KEY POINTS\nRebels seized the town.", "SUDAN: El Fasher - Flash Update", "Rebels seized the town."],
)
def test_no_dateline(text: str) -> None:
    assert dateline(text) is None


TOLL_CASES = [
    # text, published, trigger, toll
    ("Shelling killed more than 1,200 people in Gaza in October.", "2024-12-02", "Shelling", 1200),
    ("Gunmen killed 11 villagers in Zamfara on Friday.", "2024-12-02", "killed", 11),
    ("An air raid on the market left 23 people dead on Sunday.", "2024-12-02", "air raid", 23),
    (
        "Heavy fighting broke out in Juba on Friday; more than 100 soldiers were reportedly killed.",
        "2016-07-12",
        "killed",
        100,
    ),
    (
        "At least 56 people were killed and 30 wounded when a drone struck a camp in Dedebit late Friday.",
        "2022-01-10",
        "killed",
        56,
    ),
    ("Twenty-three soldiers were killed in an ambush near Tassia on Wednesday.", "2024-03-22", "ambush", 23),
    ("The explosion killed one hundred and twelve people on Monday.", "2024-03-22", "explosion", 112),
]

TOLL_NEAR_MISSES = [
    # text, published, trigger, the toll the event must not get (None: no toll at all)
    ("Some 2,000 troops were deployed near the border on Monday.", "2024-12-02", "deployed", None),
    ("Airstrikes hit Idlib on Sunday, wounding 11 people.", "2024-12-02", "Airstrikes", None),
    ("The strike killed dozens of fighters on Monday.", "2024-12-02", "strike", None),
    ("The war has killed tens of thousands of people since 2011.", "2024-12-02", "war", None),
    ("Rebels seized the town, home to 40,000 people, on Monday.", "2024-12-02", "seized", None),
    ("The 1994 genocide killed more than 800,000 people.", "2024-12-02", "genocide", 1994),
]


@pytest.mark.parametrize("text, published, trigger, toll", TOLL_CASES)
def test_tolls(text: str, published: str, trigger: str, toll: int) -> None:
    ev = _event(text, published, trigger)
    assert ev.fatalities == toll, ev.reading.arguments


@pytest.mark.parametrize("text, published, trigger, wrong", TOLL_NEAR_MISSES)
def test_toll_near_misses(text: str, published: str, trigger: str, wrong: int | None) -> None:
    for ev in events_of(text, published):
        if wrong is None:
            assert ev.fatalities is None, (ev.trigger.text, ev.reading.arguments)
        else:
            assert ev.fatalities != wrong


def test_a_toll_thousands_of_digits_long_is_no_crash() -> None:
    text = "The blast killed " + "9" * 5000 + " people on Monday."
    assert all(ev.fatalities is None for ev in events_of(text, "2024-12-02"))
    assert fatality_counts(text) == []
