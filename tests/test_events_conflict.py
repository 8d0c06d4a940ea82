"""Events on conflict reporting: wire sentences, coded event notes, and what must not break.

Tables in the corpus's style: a small article, its publication date, and the event expected of it
(trigger, kind, status, the value of its time or None for undated, the ACLED sub-event type);
near-misses beside them. The sentences are written for these tests.
"""

from __future__ import annotations

import pytest
from stages import events_of

from conflict_timeline import EventKind, EventStatus, build_timeline
from conflict_timeline.errors import ConflictTimelineError
from conflict_timeline.lexicon import acled as A

K = EventKind
S = EventStatus


def _event(text: str, published: str, trigger: str):
    evs = [e for e in events_of(text, published, source="t") if e.trigger.text == trigger]
    assert len(evs) == 1, [(e.trigger.text, e.kind, e.when) for e in events_of(text, published, source="t")]
    return evs[0]


WIRE = [
    # text, published, trigger, kind, status, value, ACLED sub-event type
    (
        "Rebels seized most of Aleppo on Saturday.",
        "2024-11-30",
        "seized",
        K.TERRITORY_CHANGE,
        S.ASSERTED,
        "2024-11-30",
        "Non-state actor overtakes territory",
    ),
    (
        "Rebels seized Aleppo on Saturday, according to officials.",
        "2024-12-02",
        "seized",
        K.TERRITORY_CHANGE,
        S.REPORTED,
        "2024-11-30",
        "Non-state actor overtakes territory",
    ),
    (
        "KHARTOUM, April 18 (Wire) - Fighting raged in the capital for a third day on Tuesday.",
        "2023-04-18",
        "Fighting raged",
        K.BATTLE,
        S.ASSERTED,
        "2023-04-18",
        "Armed clash",
    ),
    (
        "Soldiers opened fire on a convoy near the border on Friday.",
        "2024-12-02",
        "opened fire",
        K.BATTLE,
        S.ASSERTED,
        "2024-11-29",
        "Armed clash",
    ),
    (
        "Insurgents overran an army base near Palma on Sunday.",
        "2024-12-02",
        "overran",
        K.TERRITORY_CHANGE,
        S.ASSERTED,
        "2024-12-01",
        "Non-state actor overtakes territory",
    ),
    (
        "Gunmen took 251 hostages in the raid on Saturday.",
        "2023-10-08",
        "took 251 hostages",
        K.VIOLENCE_AGAINST_CIVILIANS,
        S.ASSERTED,
        "2023-10-07",
        "Abduction/forced disappearance",
    ),
    (
        "Israeli jets struck targets in Beirut overnight.",
        "2024-10-05",
        "struck",
        K.REMOTE_VIOLENCE,
        S.ASSERTED,
        "2024-10-04TNI",
        "Air/drone strike",
    ),
    (
        "Russian troops encircled the town on Thursday.",
        "2024-12-02",
        "encircled",
        K.BATTLE,
        S.ASSERTED,
        "2024-11-28",
        "Armed clash",
    ),
    (
        "Fighting broke out in Juba on Friday.",
        "2016-07-12",
        "Fighting broke out",
        K.BATTLE,
        S.ASSERTED,
        "2016-07-08",
        "Armed clash",
    ),
    (
        "The truce collapsed on Sunday.",
        "2024-12-02",
        "truce collapsed",
        K.NEGOTIATION,
        S.ASSERTED,
        "2024-12-01",
        "Agreement",
    ),
    (
        "Drones hit a fuel depot near Rostov overnight.",
        "2024-12-02",
        "hit",
        K.REMOTE_VIOLENCE,
        S.ASSERTED,
        "2024-12-01TNI",
        "Air/drone strike",
    ),
    (
        "Qatar will host peace talks next week.",
        "2024-12-02",
        "peace talks",
        K.NEGOTIATION,
        S.PLANNED,
        "2024-W50",
        "Agreement",
    ),
    (
        "Protesters attacked the embassies on Tuesday.",
        "2024-12-04",
        "attacked",
        K.RIOT,
        S.ASSERTED,
        "2024-12-03",
        "Violent demonstration",
    ),
    (
        "Air defences shot down 34 of 48 drones overnight, the ministry said.",
        "2024-12-02",
        "shot down",
        K.BATTLE,
        S.REPORTED,
        "2024-12-01TNI",
        "Armed clash",
    ),
    (
        "The strike hit the building at around 11 pm on 14 June.",
        "2024-06-20",
        "hit",
        K.REMOTE_VIOLENCE,
        S.ASSERTED,
        "2024-06-14T23:00",
        "Shelling/artillery/missile attack",
    ),
    (
        "M23 rebels walked into Bukavu early Sunday, two days after seizing the city's airport.",
        "2025-02-16",
        "seizing",
        K.TERRITORY_CHANGE,
        S.ASSERTED,
        "2025-02-14",
        "Non-state actor overtakes territory",
    ),
    (
        "A roadside bomb struck a passenger bus in Shahjoy district on Monday.",
        "2021-05-16",
        "roadside bomb struck",
        K.REMOTE_VIOLENCE,
        S.ASSERTED,
        "2021-05-10",
        "Remote explosive/landmine/IED",
    ),
    (
        "Thousands of students marched in the capital on Sunday, police dispersed them with tear gas.",
        "2024-12-02",
        "marched",
        K.PROTEST,
        S.ASSERTED,
        "2024-12-01",
        "Protest with intervention",
    ),
    (
        "Militants attacked an army post near the town of Gao late on Thursday, killing nine soldiers.",
        "2024-12-02",
        "attacked",
        K.BATTLE,
        S.ASSERTED,
        "2024-11-28",
        "Armed clash",
    ),
    (
        "Militants storm army post in northern Mali\n\n"
        "Militants attacked an army post near the town of Gao late on Thursday, the army said.",
        "2024-12-02",
        "storm",
        K.BATTLE,
        S.ASSERTED,
        "2024-11-28",
        "Armed clash",
    ),
    (
        "UN envoy to visit Sudan next week\n\nThe UN envoy met army leaders in Port Sudan on Thursday.",
        "2024-12-02",
        "visit",
        K.NEGOTIATION,
        S.PLANNED,
        "2024-W50",
        "Agreement",
    ),
]


@pytest.mark.parametrize("text, published, trigger, kind, status, value, acled", WIRE, ids=[w[0][:40] for w in WIRE])
def test_wire_sentences(text, published, trigger, kind, status, value, acled) -> None:
    ev = _event(text, published, trigger)
    got = (ev.kind, ev.status, ev.when.value if ev.when else None, ev.acled_sub_event_type)
    assert got == (kind, status, value, acled), ev.explanation
    assert ev.acled_event_type == A.SUB_TYPES[acled]


ACTORS = [
    # the dateline's agency and a relative clause's agent are not the actor
    (
        "KHARTOUM, April 18 (Wire) - Army units shelled the airport on Tuesday.",
        "2023-04-18",
        "shelled",
        ("Army units",),
    ),
    ("The rebels, who are backed by Rwanda, seized Minova on Tuesday.", "2025-01-23", "seized", ("The rebels",)),
    ("Twenty people were killed by gunmen near the market.", "2024-12-02", "killed", ("gunmen",)),
]


@pytest.mark.parametrize("text, published, trigger, actors", ACTORS)
def test_actors_are_who_did_it(text, published, trigger, actors) -> None:
    assert _event(text, published, trigger).actors == actors


NOTES = [
    # coded event notes: terse, day-first numeric dates, places glossed in brackets
    (
        "Gunmen clashed with police at a checkpoint near Baidoa (Bay) on 13/05, causing undisclosed casualties. "
        "On 14/05, troops arrived in the town.",
        "2024-05-20",
        "clashed",
        K.BATTLE,
        "2024-05-13",
        "Armed clash",
    ),
    (
        "Militants attacked the village on 13/05, killing 11 people. On 14/05, troops arrived.",
        "2024-05-20",
        "attacked",
        K.VIOLENCE_AGAINST_CIVILIANS,
        "2024-05-13",
        "Attack",
    ),
    (
        "Afghan aircraft struck positions in Nad Ali district (Helmand) on 11/05, killing 23 fighters. "
        "On 14/05, a bomb exploded.",
        "2021-05-16",
        "struck",
        K.REMOTE_VIOLENCE,
        "2021-05-11",
        "Air/drone strike",
    ),
    (
        "Taliban fighters took over the district centre (Wardak) without fighting on Tuesday.",
        "2021-05-16",
        "took over",
        K.TERRITORY_CHANGE,
        "2021-05-11",
        "Non-violent transfer of territory",
    ),
]


@pytest.mark.parametrize("text, published, trigger, kind, value, acled", NOTES, ids=[n[0][:40] for n in NOTES])
def test_coded_notes(text, published, trigger, kind, value, acled) -> None:
    ev = _event(text, published, trigger)
    assert (ev.kind, ev.when.value if ev.when else None, ev.acled_sub_event_type) == (kind, value, acled)


def test_a_killing_beside_another_event_gives_it_its_toll_and_a_wounding_is_no_event() -> None:
    (ev,) = events_of("Militants attacked the village on 13/05, killing 11 people and wounding four.", "2024-05-20")
    assert (ev.trigger.text, ev.fatalities) == ("attacked", 11)
    (ev,) = events_of("Gunmen killed a boy and wounded four other people in the market on Friday.", "2024-12-02")
    assert (ev.trigger.text, ev.when.value) == ("killed", "2024-11-29")


NEAR_MISSES = [
    # what conflict words also say outside a conflict
    ("Prices fell sharply after the storm hit the coast.", "2024-12-02"),
    ("The minister is fighting for his political survival.", "2024-12-02"),
    ("The company launched a new phone and fired its chief executive.", "2024-12-02"),
    ("The club agreed a deal for the striker.", "2024-12-02"),
    ("She died of a heart attack in her sleep.", "2024-12-02"),
    ("The bank cut interest rates and the shop closed at six.", "2024-12-02"),
    ("Displaced families live in the camp near the police station.", "2024-12-02"),
]


@pytest.mark.parametrize("text, published", NEAR_MISSES)
def test_conflict_words_outside_a_conflict_make_no_conflict_event(text, published) -> None:
    violent = {K.BATTLE, K.REMOTE_VIOLENCE, K.TERRITORY_CHANGE, K.NEGOTIATION, K.DEPLOYMENT, K.RIOT}
    assert [(e.trigger.text, e.kind) for e in events_of(text, published) if e.kind in violent] == []


# --- bad input: an empty timeline or an answer, never a crash ---------------------------------------

ODD = [
    "Two reporters were detained and freed an hour later.",
    "Two reporters were detained on Monday and freed an hour later, then again 30 minutes later.",
    "The convoy was attacked at dawn, and an hour later, and a day later, and the week after.",
    "Rebels seized the town. " * 400,
    "killed killed killed 99999999999999999999999999999999 people killed",
    "On 31/02, on 00/13, on 13/13 and on 99/99, rebels seized the town.",
    "(((( ,,,, — — – killed ) ) )",
]


@pytest.mark.parametrize("text", ODD, ids=[o[:30] for o in ODD])
def test_odd_input_gives_an_answer_not_a_crash(text: str) -> None:
    tl = build_timeline(text, published="2024-12-02")
    for ev in tl.all_events:
        assert ev.trigger.text and ev.explanation


def test_a_text_that_names_no_event_gives_an_empty_timeline() -> None:
    for text in ("", "   ", "The weather was mild and the markets were quiet on Monday.", "Monday. Tuesday. 2024."):
        assert len(build_timeline(text, published="2024-12-02").all_events) == 0


def test_bad_arguments_raise_the_library_s_own_errors() -> None:
    with pytest.raises(ConflictTimelineError):
        build_timeline(b"Rebels seized the town.", published="2024-12-02")  # type: ignore[arg-type]
    with pytest.raises(ConflictTimelineError):
        build_timeline("Rebels seized the town.", published="not a date")


def test_an_evaluation_or_an_idiom_is_no_event_of_its_own() -> None:
    evs = events_of("This is the deadliest attack against our forces since the coup.", "2024-12-02")
    assert [e.trigger.text for e in evs if e.trigger.text == "attack"] == []
    evs = events_of("Fifty hostages were freed in exchange for 150 prisoners on Friday.", "2024-12-02")
    assert [e.trigger.text for e in evs] == ["freed"]
    evs = events_of("The Council adopted the resolution by a 14-0 vote on Friday.", "2024-12-02")
    assert "vote" not in [e.trigger.text for e in evs]
    evs = events_of("The mission, authorised in October in a 13-0 vote, is on hold.", "2024-12-02")
    assert "vote" not in [e.trigger.text for e in evs]


def test_a_verb_and_the_event_noun_it_governs_are_one_event() -> None:
    (ev,) = events_of("The militia launched drone strikes on El Obeid on Friday.", "2024-12-02")
    assert (ev.trigger.text, ev.kind, ev.acled_sub_event_type) == (
        "launched drone strikes",
        K.REMOTE_VIOLENCE,
        "Air/drone strike",
    )
    (ev,) = events_of("The Dayton agreement was initialled in Ohio on Nov. 21.", "1995-12-02")
    assert (ev.trigger.text, ev.when.value) == ("initialled", "1995-11-21")


def test_a_participle_coordinated_with_a_perfect_shares_it() -> None:
    text = "The group said on Tuesday its fighters had ambushed a patrol and destroyed two armoured vehicles."
    ambushed = _event(text, "2024-12-05", "ambushed")
    destroyed = _event(text, "2024-12-05", "destroyed")
    assert ambushed.time_rule == destroyed.time_rule == "pluperfect-under-report"
    assert destroyed.when is not None and (destroyed.when.value, destroyed.when.mod) == (
        "2024-12-03",
        ambushed.when.mod,
    )
    # a simple past after "and" is a past of its own
    (stormed,) = [
        e
        for e in events_of("Rebels seized the town and later stormed the prison.", "2024-12-05")
        if e.trigger.text == "stormed"
    ]
    assert stormed.time_rule == "none"


def test_a_live_blog_stamp_dates_its_entry_to_its_day() -> None:
    text = (
        "Live: aid convoy reaches the city\n\n"
        "09:40 GMT - Rebel fighters shelled the city from the south.\n\n"
        "10:15 GMT - Gunmen fired on a convoy at 10 a.m., witnesses said."
    )
    shelled = _event(text, "2024-12-02", "shelled")
    assert shelled.when is not None and shelled.when.value == "2024-12-02"
    fired = _event(text, "2024-12-02", "fired")
    assert fired.when is not None and fired.when.value.startswith("2024-12-02T10")  # its own clock time stays


def test_a_bare_definite_noun_used_as_an_anchor_is_no_event_of_its_own() -> None:
    pub = "2024-12-02"
    text = "Rebels attacked a convoy near Gao on Friday. Four days after the attack, the army sent reinforcements."
    assert [e.trigger.text for e in events_of(text, pub)] == ["attacked", "sent reinforcements"]
    assert [e.trigger.text for e in events_of("Despite the truce, soldiers clashed with rebels.", pub)] == ["clashed"]
    # a definite noun closing its phrase after "in", "from", "to" points back at an event told before
    for text, trigger in [
        ("Gunmen raided the village at dawn. Nine people were killed in the attack, officials said.", "attack"),
        ("Rebels shelled the port. The council called for a halt to the shelling.", "shelling"),
        ("The hospital lies some 20 km from the fighting, on the coast.", "fighting"),
    ]:
        assert trigger not in [e.trigger.text for e in events_of(text, pub)], text
    # a noun that heads a clause, has a complement or comes with a new event stays one
    for text, trigger in [
        ("Thousands have fled since the fighting began in April.", "fighting"),
        ("Prices rose after the capture of the port.", "capture"),
        ("Soldiers clashed with rebels after a truce.", "truce"),
        ("About 400 soldiers took part in the assault near the border town.", "assault"),
    ]:
        assert trigger in [e.trigger.text for e in events_of(text, pub)], text
