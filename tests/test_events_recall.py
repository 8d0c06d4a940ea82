"""Events: diplomacy, statements, courts and injuries, and the dating fixes that came with them.

The new trigger words prove themselves through the lexicon's own examples and near-misses
(``tests/test_events.py``); the tables here check how their events are dated in whole sentences.
"""

from __future__ import annotations

import pytest
from stages import events_of

from conflict_timeline import EventKind, TimePath

K = EventKind
P = TimePath


def _find(text: str, published: str, trigger: str):
    evs = [e for e in events_of(text, published, source="t") if e.trigger.text == trigger]
    assert len(evs) == 1, [(e.trigger.text, e.when) for e in events_of(text, published, source="t")]
    return evs[0]


@pytest.mark.parametrize(
    "text, published, trigger, kind, value",
    [
        # a statement of policy, dated by its clause
        (
            "President Joseph Estrada on Tuesday condemned the bombings of the U.S. embassies.",
            "1998-08-11",
            "condemned",
            K.POLITICAL,
            "1998-08-11",
        ),
        # a treaty signed, a meeting, a summit
        ("The two presidents signed the plan on Friday.", "1998-02-27", "signed", K.NEGOTIATION, "1998-02-27"),
        (
            "Officials said the president himself met with Sununu Sunday.",
            "1991-12-03",
            "met",
            K.NEGOTIATION,
            "1991-12-01",
        ),
        (
            "In July 1997, at a summit in Madrid, the alliance invited three states.",
            "1999-03-12",
            "summit",
            K.NEGOTIATION,
            "1997-07",
        ),
        # courts: charged with a crime (political, as the corpus guidelines count court decisions)
        ("James Kopp was charged with murder on Thursday.", "1999-05-07", "charged", K.POLITICAL, "1999-05-06"),
        (
            "The Canadian warrant issued Monday charged Kopp with attempted murder.",
            "2000-01-24",
            "charged",
            K.POLITICAL,
            "2000-01-24",
        ),
        # diplomacy: visits and meetings of political figures; an occupation
        (
            "Secretary of State Madeleine Albright, on an official visit to Mexico last week, asked for help.",
            "1999-01-22",
            "official visit",
            K.NEGOTIATION,
            "1999-W02",
        ),
        (
            "Adams kept his party out pending meetings with British Prime Minister Tony Blair 10 days ago.",
            "1998-03-22",
            "meetings",
            K.NEGOTIATION,
            "1998-03-12",
        ),
        (
            "Soviet troops swept through Prague in the occupation of Czechoslovakia in 1968.",
            "1999-03-12",
            "occupation",
            K.TERRITORY_CHANGE,
            "1968",
        ),
        # injuries in violence
        (
            "A clinic bombing in January killed a guard and severely wounded a nurse.",
            "1998-10-25",
            "bombing in January killed",
            K.REMOTE_VIOLENCE,
            "1998-01",
        ),
        # a political body decides
        (
            "The lower house of parliament already approved the enlargement in early October.",
            "1998-12-03",
            "approved",
            K.POLITICAL,
            "1998-10",
        ),
        # a state joins a bloc
        (
            "Hungary, Poland and the Czech Republic formally joined NATO on Friday.",
            "1999-03-13",
            "joined NATO",
            K.POLITICAL,
            "1999-03-12",
        ),
    ],
)
def test_new_kinds_of_events_are_found_and_dated(
    text: str, published: str, trigger: str, kind: EventKind, value: str
) -> None:
    ev = _find(text, published, trigger)
    assert (ev.kind, ev.when.value) == (kind, value)


@pytest.mark.parametrize(
    "text, published, trigger, value",
    [
        # "all states" is a noun, not a reporting verb that would own the time
        (
            "The Security Council condemned the bombing of the U.S. embassies in Kenya and Tanzania on Thursday "
            "and called on all states to cooperate.",
            "1998-08-13",
            "condemned",
            "1998-08-13",
        ),
        ("The United States condemned the attack on Monday.", "1998-08-11", "condemned", "1998-08-10"),
        # a plural "-ings" is a noun: the time of the relative clause stating its harm is its time
        (
            "Canadian officials confirmed that Kopp is a suspect in sniper shootings that injured abortion "
            "doctors in November in Vancouver.",
            "1999-05-06",
            "shootings",
            "1998-11",
        ),
    ],
)
def test_time_ties_of_nouns(text: str, published: str, trigger: str, value: str) -> None:
    assert _find(text, published, trigger).when.value == value


def test_an_anaphoric_noun_is_not_kept_from_its_antecedent_by_names_outside_its_own_phrase() -> None:
    # "Cuban-American" names the protests' community, not the decision: the decision still takes up the ruling
    text = (
        "The immigration service ruled Wednesday that the boy must be returned to his father in Cuba by Jan. 14. "
        "The decision touched off protests in the Cuban-American community."
    )
    ev = _find(text, "2000-01-07", "decision")
    assert (ev.when.value, ev.time_path) == ("2000-01-05", P.NARRATIVE)
    assert "takes up the earlier 'ruled'" in ev.explanation


@pytest.mark.parametrize(
    "text, published, trigger",
    [
        # business news: a company's president, board or committee is no political actor
        ("The accord was unanimously approved by a special committee of Erbamont directors.", "1989-11-01", "approved"),
        (
            "Earlier, Mesa had rejected a general proposal from StatesWest to combine the two carriers.",
            "1989-11-01",
            "rejected",
        ),
        ("Its preferred stock doesn't meet the ``core capital'' criteria, the president said.", "1989-11-01", "meet"),
        ("Residents left the condemned building on Monday.", "1998-08-11", "condemned"),
        ("Banks charged a fee for transfers on Monday.", "1998-08-11", "charged"),
        ("The wounded were taken to hospital by troops on Monday.", "1998-08-11", "wounded"),
        ("The company met analysts' expectations on Monday, the president said.", "1998-08-11", "met"),
    ],
)
def test_other_senses_make_no_event(text: str, published: str, trigger: str) -> None:
    assert [e for e in events_of(text, published) if e.trigger.text == trigger] == []


@pytest.mark.parametrize(
    "text, published, trigger, value, where",
    [
        # a participle right after a noun dated by its name: "the Feb. 23 accord signed by ..."
        (
            "The sites were laid down by the Feb. 23 accord signed by Kofi Annan and Tariq Aziz.",
            "1998-03-06",
            "signed",
            "1998-02-23",
            "participle describes",
        ),
        # "but ... on Friday" with no verb of its own is an ellipsis of the clause before it
        (
            "The suspected car bombings occurred 700 kilometers from each other but just minutes apart on Friday, "
            "turning busy streets into piles of concrete.",
            "1998-08-08",
            "bombings",
            "1998-08-07",
            "governs the sentence",
        ),
        # an -ing with "of" is a noun, and a date before it names it
        (
            "Kopp is a material witness in the Oct. 23 sniper shooting of Dr. Barnett Slepian.",
            "1999-01-22",
            "shooting",
            "1998-10-23",
            "names it",
        ),
    ],
)
def test_time_ties_of_participles_ellipses_and_named_nouns(
    text: str, published: str, trigger: str, value: str, where: str
) -> None:
    ev = _find(text, published, trigger)
    assert ev.when.value == value and where in ev.explanation


def test_a_verb_in_a_but_clause_is_not_an_ellipsis() -> None:
    ev = _find("Rebels attacked the base in the north but troops repelled them on Friday.", "1998-08-08", "attacked")
    assert ev.when is None


@pytest.mark.parametrize(
    "text, published, trigger, value",
    [
        # a past-tense event in a sentence without a time continues the day told just before
        (
            "Scores of people were killed in Nairobi on Friday, officials said.\n\n"
            "Rescuers evacuated hundreds of people from the ruins.",
            "1998-08-08",
            "evacuated",
            "1998-08-07",
        ),
        (
            "Thousands rallied in Havana on Thursday. Speaker after speaker denounced the United States.",
            "2000-02-11",
            "denounced",
            "2000-02-10",
        ),
        # news agencies write one sentence a paragraph: two paragraphs back still count
        (
            "The ratification concluded on Wednesday.\n\nThe upper house voted in favor.\n\n"
            "All the parties in the upper house agreed on the enlargement, according to reports.",
            "1998-12-03",
            "agreed",
            "1998-12-02",
        ),
    ],
)
def test_a_past_event_without_a_time_continues_the_narrative(
    text: str, published: str, trigger: str, value: str
) -> None:
    ev = _find(text, published, trigger)
    assert (ev.when.value, ev.time_path) == (value, P.NARRATIVE)
    assert "continues the narrative" in ev.explanation


@pytest.mark.parametrize(
    "text, published, trigger",
    [
        # its sentence names a time of some kind, even one that dates nothing
        (
            "Thousands rallied in Havana on Thursday. For days, speaker after speaker denounced the United States.",
            "2000-02-11",
            "denounced",
        ),
        # not the simple past
        (
            "Thousands rallied in Havana on Thursday. Speakers will denounce the United States.",
            "2000-02-11",
            "denounce",
        ),
        # planned, negated
        (
            "Thousands rallied in Havana on Thursday. Speakers refused to denounce the United States.",
            "2000-02-11",
            "denounce",
        ),
        # the last time told lies after the publication day
        (
            "Elections are set for March 3, 2001. Speaker after speaker denounced the United States.",
            "2000-02-11",
            "denounced",
        ),
        # a time of the past, not of the days of the news: background
        (
            "Government forces recaptured Aleppo in 2016. Hezbollah decided against joining the fray. "
            "Rebels seized the town of Saraqeb.",
            "2024-12-02",
            "seized",
        ),
        (
            "Government forces recaptured Aleppo on March 3, 2016. Rebels seized the town of Saraqeb.",
            "2024-12-02",
            "seized",
        ),
        # told by a report: it lies before the report's day, not on the day told just before
        (
            "Troops massed on the border on Wednesday. Iraq said it invaded Kuwait because of oil.",
            "1990-08-15",
            "invaded",
        ),
        # told three paragraphs before
        (
            "Thousands rallied in Havana on Thursday.\n\nThe crowd was large.\n\nIt was hot.\n\nSpeaker after speaker denounced the United States.",
            "2000-02-11",
            "denounced",
        ),
    ],
)
def test_the_narrative_does_not_carry_over_without_its_guards(text: str, published: str, trigger: str) -> None:
    ev = _find(text, published, trigger)
    assert "continues the narrative" not in ev.explanation


@pytest.mark.parametrize(
    "text, published, trigger, value",
    [
        # a noun compound of one kind is one event, named by its head: "the bomb blasts"
        (
            "South Africa deplored Friday the bomb blasts which killed scores of people.",
            "1998-08-08",
            "bomb blasts",
            "1998-08-07",
        ),
        # a bare month word before a capitalised word is a first name, not a time
        (
            "Hungary, Poland and the Czech Republic on Friday formally joined NATO. "
            "Foreign ministers Janos Martonyi and Jan Kavan signed formal documents of accession.",
            "1999-03-13",
            "signed",
            "1999-03-12",
        ),
        ("Rebels seized the town last May.", "1999-03-13", "seized", "1998-05"),
        ("Talks resumed in March after a long pause.", "1999-04-13", "Talks resumed", "1999-03"),
        # a fronted phrase shares the time of the main clause's event
        (
            "In a massive demonstration demanding Elian's return, tens of thousands of Cuban women marched "
            "along Havana's seaside boulevard on Friday.",
            "2000-01-15",
            "demonstration",
            "2000-01-14",
        ),
        # a noun shares its own clause's time before one elsewhere in the sentence
        (
            "An advertisement made last week features a nurse who was badly wounded earlier this year in the "
            "bombing of an abortion clinic.",
            "1998-10-26",
            "bombing",
            "1998",
        ),
        # a verb takes the date naming the event it happened in
        (
            "A nurse who was critically injured in the 1998 abortion clinic bombing in Birmingham attended.",
            "1999-10-24",
            "injured",
            "1998",
        ),
        # a deadline behind a modal does not keep a past event from continuing the narrative
        (
            "The immigration service ruled on Wednesday. Faced with the choice, the service decided the boy "
            "should go home by Jan. 14.",
            "2000-01-06",
            "decided",
            "2000-01-05",
        ),
    ],
)
def test_compounds_names_fronted_phrases_and_deadlines(text: str, published: str, trigger: str, value: str) -> None:
    assert _find(text, published, trigger).when.value == value


def test_a_plural_after_a_preposition_and_its_modifier_is_a_noun_not_a_present_verb() -> None:
    # "bombs" in "hit with gasoline bombs" is no present tense, so the news frame does not date it
    ev = _find("Police said a car was hit with gasoline bombs from the Protestant side.", "1998-03-22", "bombs")
    assert ev.when is None
    ev = _find("The army shells the town every night.", "1998-03-22", "shells")
    assert ev.when.value == "1998-03-22"  # a subject before it: a verb in the present


def test_an_earlier_event_of_its_kind_lends_its_time_before_the_last_time_told() -> None:
    text = (
        "The Cypriot government Saturday strongly condemned the bomb attacks. The bombs went off on Friday in Nairobi. "
        "President Glafcos Clerides condemned the terrorist acts."
    )
    second = [e for e in events_of(text, "1998-08-08") if e.trigger.text == "condemned"][-1]
    assert second.trigger.start > 100
    assert (second.when.value, second.time_path) == ("1998-08-08", P.NARRATIVE)
    assert second.time_rule == "carried-kin"
    assert "continues the earlier 'condemned'" in second.explanation


@pytest.mark.parametrize(
    "text, published, trigger",
    [
        # a capitalised trigger inside a name
        ("In his Sunday Mass at St. Patrick's Cathedral, the cardinal called the murder wrong.", "1998-10-25", "Mass"),
        ("Men drank beer at the Buffalo Shooting Club after the killing.", "1998-10-25", "Shooting"),
        # a capitalised month word is the month, even where the engine read no time
        ("The March accession will enable the three countries to sign the documents.", "1999-02-10", "March"),
        # an -ing before a noun it describes
        ("But by Monday, federal officials hardened their negotiating stance.", "2000-04-03", "negotiating"),
        # shooting clays, not people
        ("Men drank beer after shooting skeet, but they denounced the killing of Slepian.", "1998-10-25", "shooting"),
    ],
)
def test_names_and_sports_make_no_event(text: str, published: str, trigger: str) -> None:
    assert [e for e in events_of(text, published) if e.trigger.text == trigger] == []


def test_cannot_negates() -> None:
    from conflict_timeline import EventStatus

    assert _find("He cannot decide for himself.", "2000-04-17", "decide").status is EventStatus.NEGATED


@pytest.mark.parametrize(
    "text, published, trigger",
    [
        ("McCaw fell $2.50 a share to $112.625.", "1989-10-30", "fell"),  # a price, not a town
        (
            "The sniper's bullet entered through a partially draped kitchen window.",
            "1998-10-25",
            "entered",
        ),  # no troops
    ],
)
def test_prices_and_bullets_are_no_territory_nor_deployment(text: str, published: str, trigger: str) -> None:
    assert [e for e in events_of(text, published) if e.trigger.text == trigger] == []


@pytest.mark.parametrize(
    "text, trigger, own",
    [
        # a name or a personal pronoun opening a clause kills: a killing of its own
        ("The fighting spread in June, when Ethiopia killed the rebel commander in a raid.", "killed", True),
        ("The militia stormed two villages, where they executed at least six farmers.", "executed", True),
        # a weapon, an event or a place before the verb: the toll of the sentence's event
        ("Rockets hit the depot, where a car bomb killed 40 people last year.", "killed", False),
        ("A drone strike on the town of Marib killed seven soldiers.", "killed", False),
        ("Shelling hit the market on Friday, killing 12 people.", "killing", False),
    ],
)
def test_a_killing_by_a_named_actor_in_its_own_clause_is_an_event(text: str, trigger: str, own: bool) -> None:
    triggers = [e.trigger.text for e in events_of(text, "2024-12-02", source="t")]
    assert (trigger in triggers) is own, triggers


@pytest.mark.parametrize(
    "text, trigger, found",
    [
        # the subject before an appositive ", about a third of the district," is still the subject
        ("More than 40,000 people, about a third of the district, have crossed into Chad.", "crossed", True),
        ("Some 300 families, most of them farmers, crossed the border on foot.", "crossed the border", True),
        # near-misses: what sits between the commas is a clause (a verb, a relative word), or no
        # refugee is the subject at all
        ("The traders, who had waited for days, crossed into Chad.", "crossed", False),
        ("The lorries, loaded with cotton, crossed into Chad.", "crossed", False),
        ("The hikers, a group of students, crossed the border at dawn.", "crossed the border", False),
    ],
)
def test_a_subject_set_off_by_an_appositive(text: str, trigger: str, found: bool) -> None:
    assert any(e.trigger.text == trigger for e in events_of(text, "2024-03-01")) is found
