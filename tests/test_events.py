"""Events: the trigger lexicon, kinds, statuses, time ties, actors, places, death tolls.

Tables of small articles, each with its publication date and what must come
out; near-misses beside them. ``TestTying`` feeds hand-built time expressions
so the tying logic is tested apart from the temporal engine.
"""

from __future__ import annotations

import datetime as dt
import re

import pytest
from stages import events_of, with_signals

from conflict_timeline import (
    Anchor,
    AnchorKind,
    EventKind,
    EventStatus,
    Granularity,
    TemporalExpression,
    TimePath,
    TimeSpan,
    TimexType,
    build_timeline,
    find_expressions,
)
from conflict_timeline.errors import InvalidInput, InvalidPublicationDate, MissingPublicationDate
from conflict_timeline.events import kind_family
from conflict_timeline.lexicon.triggers import TRIGGERS, expand, verb_forms
from conflict_timeline.text import split_sentences, tokenize
from conflict_timeline.text import verb_tense as tense_at

K = EventKind
S = EventStatus
P = TimePath


def _events(text: str, published: str):
    return events_of(text, published, source="t")


def _one(text: str, published: str, trigger: str):
    evs = [e for e in _events(text, published) if e.trigger.text == trigger]
    assert len(evs) == 1, [(e.trigger.text, e.kind) for e in _events(text, published)]
    return evs[0]


# --- the lexicon proves itself ------------------------------------------------------------

LEXICON_EXAMPLES = [(t.name, t.kind, ex) for t in TRIGGERS for ex in t.examples]
LEXICON_NEAR_MISSES = [(t.name, t.kind, nm) for t in TRIGGERS for nm in t.near_misses]


@pytest.mark.parametrize("name, kind, example", LEXICON_EXAMPLES, ids=[f"{n}:{e[:30]}" for n, _, e in LEXICON_EXAMPLES])
def test_every_lexicon_example_fires_with_its_kind(name: str, kind: EventKind, example: str) -> None:
    want = re.search(r"\[(.+?)\]", example).group(1)  # type: ignore[union-attr]
    plain = example.replace("[", "").replace("]", "")
    found = [(e.trigger.text, e.kind) for e in _events(plain, "2024-12-02")]
    assert (want, kind) in found, found


@pytest.mark.parametrize(
    "name, kind, sentence", LEXICON_NEAR_MISSES, ids=[f"{n}:{s[:30]}" for n, _, s in LEXICON_NEAR_MISSES]
)
def test_lexicon_near_misses_do_not_fire(name: str, kind: EventKind, sentence: str) -> None:
    assert [e for e in _events(sentence, "2024-12-02") if e.kind is kind] == []


def test_every_entry_has_an_example_and_every_kind_is_covered() -> None:
    assert all(t.examples for t in TRIGGERS)
    assert {t.kind for t in TRIGGERS} == set(EventKind) - {EventKind.OTHER} | {EventKind.OTHER}
    names = [t.name for t in TRIGGERS]
    assert len(names) == len(set(names))


@pytest.mark.parametrize(
    "lemma, forms",
    [
        ("seize", {"seize", "seizes", "seized", "seizing"}),
        ("clash", {"clash", "clashes", "clashed", "clashing"}),
        ("rally", {"rally", "rallies", "rallied", "rallying"}),
        ("take", {"take", "takes", "took", "taken", "taking"}),
        ("kidnap", {"kidnap", "kidnaps", "kidnapped", "kidnapping"}),
    ],
)
def test_verb_forms(lemma: str, forms: set[str]) -> None:
    assert set(verb_forms(lemma)) == forms


def test_phrase_expansion_keeps_and_drops_optional_words() -> None:
    assert set(expand("~take [full] control of")) >= {("took", "full", "control", "of"), ("took", "control", "of")}


# --- kinds, triggers, near-misses from small articles ---------------------------------------

KIND_CASES = [
    # text, published, trigger, kind
    ("Kherson fell on Friday.", "2022-11-14", "fell", K.TERRITORY_CHANGE),
    ("Rebels seized the strategic city of Aleppo last week.", "2024-12-02", "seized", K.TERRITORY_CHANGE),
    ("Russian airstrikes hit Idlib on Sunday.", "2024-12-02", "airstrikes hit", K.REMOTE_VIOLENCE),
    ("Rebels clashed with army units near Hama on Sunday.", "2024-12-02", "clashed", K.BATTLE),
    ("Gunmen kidnapped 40 students overnight.", "2024-12-02", "kidnapped", K.VIOLENCE_AGAINST_CIVILIANS),
    ("Thousands protested in Tbilisi on Sunday.", "2024-12-02", "protested", K.PROTEST),
    ("Crowds rioted in the capital overnight.", "2024-12-02", "rioted", K.RIOT),
    ("Russia deployed 10,000 troops to the border in 2021.", "2022-02-01", "deployed", K.DEPLOYMENT),
    ("The two sides agreed to a ceasefire on Thursday.", "2024-12-02", "agreed to a ceasefire", K.NEGOTIATION),
    ("Parliament ousted the prime minister on Wednesday.", "2024-12-02", "ousted", K.POLITICAL),
    # arrests are political, as in the corpus guidelines (ACLED: Strategic developments / Arrests)
    ("Police arrested 30 people on Saturday.", "2024-12-02", "arrested", K.POLITICAL),
]


@pytest.mark.parametrize("text, published, trigger, kind", KIND_CASES)
def test_kinds(text: str, published: str, trigger: str, kind: EventKind) -> None:
    assert _one(text, published, trigger).kind is kind


NOT_EVENTS = [
    # reporting verbs are not events; a time alone is not an event; other senses of the words
    ("The ministry said on Monday that it reported the figures.", "2024-12-02"),
    ("Officials told reporters the situation was calm.", "2024-12-02"),
    ("Many remember the 2011 uprising.", "2024-12-02"),
    ("Prices fell sharply on Monday.", "2024-12-02"),
    ("It took three days to reach the border.", "2024-12-02"),
    ("He attacked the government's record in a speech.", "2024-12-02"),
    ("The talks entered a new phase.", "2024-12-02"),
    ("", "2024-12-02"),
    ("   \n\n  ", "2024-12-02"),
]


@pytest.mark.parametrize("text, published", NOT_EVENTS)
def test_near_misses_make_no_event(text: str, published: str) -> None:
    evs = _events(text, published)
    assert [
        e
        for e in evs
        if e.trigger.text.lower() in {"said", "told", "reported", "uprising", "fell", "took", "attacked", "entered"}
    ] == []


def test_an_attributive_year_is_a_time_but_not_an_event() -> None:
    text = "Many fled after the 2011 uprising."
    assert [e.value for e in find_expressions(text, "2024-12-02")] == ["2011"]
    assert [e.kind for e in _events(text, "2024-12-02")] == [K.OTHER]  # "fled", not the uprising


# --- statuses -------------------------------------------------------------------------------

STATUS_CASES = [
    ("Rebels seized the airport on Sunday.", "2024-12-04", "seized", S.ASSERTED),
    ("Rebels reportedly seized the airport on Sunday.", "2024-12-04", "seized", S.REPORTED),
    ("Sources said the militia attacked a checkpoint on Sunday.", "2024-12-04", "attacked", S.REPORTED),
    ("According to activists, warplanes bombed the market.", "2024-12-04", "bombed", S.REPORTED),
    ("The army plans to launch an offensive next week.", "2024-12-04", "launch an offensive", S.PLANNED),
    ("Turkey is expected to send troops to the border next month.", "2024-12-04", "send troops", S.EXPECTED),
    # "will" states what somebody means to do: planned, as in the corpus guidelines ("will host talks")
    ("Troops will cross the border on Friday.", "2024-12-04", "cross the border", S.PLANNED),
    # "keep" between the plan and the verb, as "continue": "would keep shelling" is still the plan
    ("The rebel spokesman said the group would keep shelling the port.", "2024-12-04", "shelling", S.PLANNED),
    ("Hezbollah decided against joining the fray.", "2024-12-04", "joining the fray", S.NEGATED),
    ("Hezbollah decided against joining the fray.", "2024-12-04", "decided", S.ASSERTED),
    ("Hezbollah has reportedly decided against joining the fray.", "2024-12-04", "decided", S.REPORTED),
    ("Troops did not cross the border on Monday.", "2024-12-04", "cross the border", S.NEGATED),
    ("The army refused to attack the city.", "2024-12-04", "attack", S.NEGATED),
    ("If the talks fail, the army would attack the city.", "2024-12-04", "attack", S.HYPOTHETICAL),
    ("If the talks fail, the army would attack the city.", "2024-12-04", "talks", S.HYPOTHETICAL),
    ("Rebels threatened to storm the prison.", "2024-12-04", "storm", S.HYPOTHETICAL),
]


@pytest.mark.parametrize("text, published, trigger, status", STATUS_CASES)
def test_statuses(text: str, published: str, trigger: str, status: EventStatus) -> None:
    assert _one(text, published, trigger).status is status


# --- time ties through the real engine -------------------------------------------------------

TIME_CASES = [
    # text, published, trigger, value, path, mod, ongoing
    ("Kherson fell on Friday.", "2022-11-14", "fell", "2022-11-11", P.CLAUSE, None, False),
    (
        "On Monday, Iran-backed Iraqi fighters crossed into Syria.",
        "2024-12-02",
        "crossed",
        "2024-12-02",
        P.SENTENCE,
        None,
        False,
    ),
    ("Last week, rebels seized the town of Saraqeb.", "2024-12-02", "seized", "2024-W48", P.SENTENCE, None, False),
    ("Government forces recaptured the city in 2016.", "2024-12-02", "recaptured", "2016", P.CLAUSE, None, False),
    (
        "Rebels captured the town of Saraqeb on Tuesday. Two days later, they seized Maarat al-Numan.",
        "2024-12-06",
        "seized",
        "2024-12-05",
        P.NARRATIVE,
        None,
        False,
    ),
    (
        "The army has captured the town of Bakhmut, the ministry said.",
        "2023-05-21",
        "captured",
        "2023-05-21",
        P.REPORTING_FRAME,
        None,
        False,
    ),
    (
        "The ministry said it had secured the city of Avdiivka.",
        "2024-02-17",
        "secured",
        "2024-02-17",
        P.REPORTING_FRAME,
        "ON_OR_BEFORE",
        False,
    ),
    (
        "Officials said on Monday that rebels had seized the airport of Kabul.",
        "2024-12-04",
        "seized",
        "2024-12-02",
        P.REPORTING_FRAME,
        "ON_OR_BEFORE",
        False,
    ),
    ("The war has been in a stalemate since 2020.", "2024-12-02", "stalemate", "2020", P.CLAUSE, None, True),
    (
        "Preparations for an assault on Aleppo had begun as early as last year.",
        "2024-12-02",
        "Preparations",
        "2023",
        P.CLAUSE,
        "ON_OR_BEFORE",
        False,
    ),
    (
        "Hezbollah has decided against joining the fray for now.",
        "2024-12-02",
        "decided",
        "2024-12-02",
        P.CLAUSE,
        None,
        False,
    ),
    # a reporting verb owns the time nearest to it
    (
        "Officials said Monday rebels had seized the airport of Kabul.",
        "2024-12-04",
        "seized",
        "2024-12-02",
        P.REPORTING_FRAME,
        "ON_OR_BEFORE",
        False,
    ),
    # a time another event owns is not borrowed when the sentence has a fronted one
    (
        "On Monday, fighters crossed into Syria and shelled Deir ez-Zor on Sunday.",
        "2024-12-02",
        "crossed",
        "2024-12-02",
        P.SENTENCE,
        None,
        False,
    ),
    (
        "On Monday, fighters crossed into Syria and shelled Deir ez-Zor on Sunday.",
        "2024-12-02",
        "shelled",
        "2024-12-01",
        P.CLAUSE,
        None,
        False,
    ),
    # a relative or "when" clause takes the time of what it describes
    (
        "He lived in exile from 1968, when Soviet troops invaded Czechoslovakia, until 1989.",
        "1999-03-12",
        "invaded",
        "1968",
        P.CLAUSE,
        None,
        False,
    ),
    (
        "Nine soldiers were killed when two helicopters crashed near Mosul last March.",
        "2024-06-01",
        "killed",
        "2024-03",
        P.CLAUSE,
        None,
        False,
    ),
    # a noun named by its date is dated by it, and takes the death toll of its relative clause
    (
        "Police still study the March 2019 bombing of a mosque in Kabul that killed 11 people.",
        "2024-06-01",
        "bombing",
        "2019-03",
        P.CLAUSE,
        None,
        False,
    ),
    (
        "The Jan. 5, 2020, bombings killed more than 40 people in Kabul.",
        "2024-06-01",
        "bombings killed",
        "2020-01-05",
        P.CLAUSE,
        None,
        False,
    ),
    # a present perfect under a dated reporting verb takes the reporting verb's time
    (
        "NATO has decided to admit Sweden, an official said on Wednesday.",
        "2024-03-08",
        "decided",
        "2024-03-06",
        P.REPORTING_FRAME,
        None,
        False,
    ),
    # "there have been no arrests": negated, as of the publication day
    ("There have been no arrests in the case.", "2024-03-08", "arrests", "2024-03-08", P.REPORTING_FRAME, None, False),
]


@pytest.mark.parametrize("text, published, trigger, value, path, mod, ongoing", TIME_CASES)
def test_time_ties(
    text: str, published: str, trigger: str, value: str, path: TimePath, mod: str | None, ongoing: bool
) -> None:
    ev = _one(text, published, trigger)
    assert ev.when is not None, ev.explanation
    assert (ev.when.value, ev.time_path) == (value, path), ev.explanation
    assert (ev.when.mod.value if ev.when.mod else None) == mod
    assert ev.when.ongoing is ongoing
    assert ev.explanation


UNDATED_CASES = [
    # simple past with no time anywhere near: no frame the text supports
    ("Rebels seized the town of Saraqeb.", "2024-12-02", "seized"),
    # a time in another clause that holds its own event is not borrowed
    ("With government forces having recaptured the city in 2016, the fall of Aleppo is a shock.", "2024-12-02", "fall"),
    # a time bound to a non-event verb in a relative clause does not govern the sentence
    (
        "The recent advances by rebels pose a challenge to the coalition, which currently finds itself stretched.",
        "2024-12-02",
        "advances",
    ),
    # planned events are not given the news frame
    ("The army plans to launch an offensive.", "2024-12-02", "launch an offensive"),
    # what has happened cannot lie after the publication day: "early March" is the admission's time
    ("NATO decided to admit Sweden in early March.", "2024-02-10", "decided"),
    # an event used as a reference point is not at the clause's time
    (
        "A witness saw the car near the house at 6 a.m., ten days before the murder of the judge.",
        "2024-12-02",
        "murder",
    ),
]


@pytest.mark.parametrize("text, published, trigger", UNDATED_CASES)
def test_undated_when_the_text_gives_no_time(text: str, published: str, trigger: str) -> None:
    ev = _one(text, published, trigger)
    assert (ev.when, ev.time_source, ev.time_path) == (None, None, P.NONE)
    assert ev.explanation


# --- who, where, how many, what --------------------------------------------------------------

DETAIL_CASES = [
    # text, published, trigger, actors, places, fatalities
    (
        "On Monday, a significant wave of Iran-backed Iraqi fighters crossed into Syria.",
        "2024-12-02",
        "crossed",
        ("Iran-backed Iraqi fighters",),
        ("Syria",),
        None,
    ),
    (
        "An airstrike hit a market in Idlib on Sunday, killing at least 11 people.",
        "2024-12-02",
        "airstrike hit",
        (),
        ("Idlib",),
        11,
    ),
    ("Gunmen killed 11 villagers in Zamfara on Friday.", "2024-12-02", "killed", ("Gunmen",), ("Zamfara",), 11),
    # a weapon's verb is the event ("a car bomb exploded"); a killing told in the passive is one too,
    # and the toll is told of both (as the conflict corpus annotates "N were killed when X struck")
    (
        "Twenty people were killed when a car bomb exploded in Mogadishu.",
        "2024-12-02",
        "car bomb exploded",
        (),
        ("Mogadishu",),
        20,
    ),
    (
        "Twenty people were killed when a car bomb exploded in Mogadishu.",
        "2024-12-02",
        "killed",
        (),
        ("Mogadishu",),
        20,
    ),
    ("Shelling killed more than 1,200 people in Gaza in October.", "2024-12-02", "Shelling", (), ("Gaza",), 1200),
    ("Kherson fell on Friday.", "2022-11-14", "fell", (), ("Kherson",), None),
    (
        "With government forces having recaptured Aleppo in 2016, the war changed.",
        "2024-12-02",
        "recaptured",
        ("government forces",),
        ("Aleppo",),
        None,
    ),
    (
        "Lebanon's Hezbollah group, despite its close ties to Iran, has decided against joining the fray.",
        "2024-12-02",
        "decided",
        ("Lebanon's Hezbollah group",),
        (),
        None,
    ),
    (
        "Rebels captured Saraqeb on Tuesday. Two days later, they seized Maarat al-Numan.",
        "2024-12-06",
        "seized",
        ("Rebels",),
        ("Maarat al-Numan",),
        None,
    ),
    (
        "Five soldiers were wounded in the attack on the base of Tal Afar by militants.",
        "2024-12-02",
        "attack",
        ("militants",),
        ("Tal Afar",),
        None,
    ),
]


@pytest.mark.parametrize("text, published, trigger, actors, places, fatalities", DETAIL_CASES)
def test_actors_places_fatalities(text, published, trigger, actors, places, fatalities) -> None:
    ev = _one(text, published, trigger)
    assert (ev.actors, ev.places, ev.fatalities) == (actors, places, fatalities)


def test_killing_words_give_a_toll_not_an_event_of_their_own() -> None:
    evs = _events("An airstrike hit a market in Idlib on Sunday, killing at least 11 people.", "2024-12-02")
    assert [(e.kind, e.fatalities) for e in evs] == [(K.REMOTE_VIOLENCE, 11)]


@pytest.mark.parametrize(
    "text, published, trigger, summary",
    [
        (
            "On Monday, a significant wave of Iran-backed Iraqi fighters crossed into Syria, aimed at bolstering the army.",
            "2024-12-02",
            "crossed",
            "Iran-backed Iraqi fighters crossed into Syria",
        ),
        ("Kherson fell on Friday.", "2022-11-14", "fell", "Kherson fell"),
        (
            "However, last week's capture of Aleppo by rebels was a shock.",
            "2024-12-02",
            "capture",
            "Capture of Aleppo (rebels)",
        ),
    ],
)
def test_summaries(text: str, published: str, trigger: str, summary: str) -> None:
    assert _one(text, published, trigger).summary == summary


def test_provenance_points_back_into_the_text() -> None:
    text = "Intro line.\nOn Monday, fighters crossed into Syria."
    ev = _one(text, "2024-12-02", "crossed")
    assert text[ev.trigger.start : ev.trigger.end] == "crossed"
    assert text[ev.sentence.start : ev.sentence.end] == ev.sentence.text == "On Monday, fighters crossed into Syria."
    assert [(r.source, r.trigger, r.published) for r in ev.sources] == [("t", ev.trigger, dt.date(2024, 12, 2))]
    assert ev.time_source is not None and ev.time_source.text == "Monday"


def test_mentions_of_one_happening_in_an_article_fold_into_one_event() -> None:
    text = (
        "A rebel faction recently seized the strategic city of Aleppo. Last week's capture of Aleppo was a shock. "
        "The fall of Aleppo changed the war. Government forces had recaptured Aleppo in 2016."
    )
    evs = sorted(_events(text, "2024-12-02"), key=lambda e: e.trigger.start)
    capture = next(e for e in evs if e.trigger.text == "capture")
    # each mention that tells something stays an event; the dated one leads, the others restate it
    assert [(e.trigger.text, e.when.value if e.when else None, e.restates) for e in evs] == [
        ("seized", "2024-W48", capture.trigger),
        ("capture", "2024-W48", None),
        ("fall", "2024-W48", capture.trigger),
        ("recaptured", "2016", None),
    ]
    one_each = build_timeline(text, "2024-12-02").filter(restatements=False)
    assert [e.trigger.text for e in one_each.all_events] == ["recaptured", "capture"]


@pytest.mark.parametrize(
    "text, published, lead, value, mentions",
    [
        # a bare definite noun refers back to the one event of its kind just told
        (
            "Rebels attacked the base of Tal Afar on Monday. The assault lasted hours.",
            "2024-12-04",
            "attacked",
            "2024-12-02",
            ["assault", "attacked"],
        ),
        # a noun sharing a name with the event refers to it
        (
            "Gunmen shot dead the judge Ali Hassan on Friday. Police said the murder of Hassan was political.",
            "2024-12-02",
            "shot dead",
            "2024-11-29",
            ["murder", "shot dead"],
        ),
        # a year naming an episode is dated by it only when the article tells more of it
        (
            "The 2011 uprising began in Deraa. The uprising was crushed within weeks.",
            "2024-12-02",
            "uprising",
            "2011",
            ["uprising", "uprising"],
        ),
    ],
)
def test_later_mentions_fold_into_the_event_they_refer_to(text, published, lead, value, mentions) -> None:
    (ev,) = _events(text, published)
    assert (ev.trigger.text, ev.when.value, sorted(r.trigger.text for r in ev.sources)) == (lead, value, mentions)


def _find(text: str, published: str, trigger: str, occurrence: int = 0):
    """The event (folded or not) whose own trigger is the ``occurrence``-th ``trigger`` of the text."""
    pos = -1
    for _ in range(occurrence + 1):
        pos = text.index(trigger, pos + 1)
    evs = [e for e in _events(text, published) if e.trigger.start == pos]
    assert len(evs) == 1, [(e.trigger, e.when) for e in _events(text, published)]
    return evs[0]


@pytest.mark.parametrize(
    "text, published, trigger, occurrence, value, antecedent",
    [
        # a definite noun of the killing family takes up the killing told before, whatever its word
        # (told three sentences apart, so that they stay events of their own and show their tie)
        (
            "Slepian was shot in the back on Friday. No suspects have been identified. The polls were close. "
            "Schumer spoke of the killing in his campaign. The race was tight. Voters were tired. "
            "Rivals sought to capitalize on the murder of a physician.",
            "1998-10-26",
            "killing",
            0,
            "1998-10-23",
            "shot",
        ),
        (
            "Slepian was shot in the back on Friday. No suspects have been identified. The polls were close. "
            "Schumer spoke of the killing in his campaign. The race was tight. Voters were tired. "
            "Rivals sought to capitalize on the murder of a physician.",
            "1998-10-26",
            "murder",
            0,
            "1998-10-23",
            "killing",
        ),
        # bombing, blast, explosion: one family
        (
            "A car bomb exploded near the embassy on Aug. 7, killing 12. Roads were closed. Schools shut. "
            "Investigators are studying the blast, which police blamed on militants.",
            "1998-08-09",
            "blast",
            0,
            "1998-08-07",
            "car bomb exploded",
        ),
        # a decision takes up a ruling; a possessive points back too
        (
            "The immigration service ruled Wednesday that the boy must go home. His relatives were stunned. "
            "Lawyers met. The decision touched off protests.",
            "2000-01-07",
            "decision",
            0,
            "2000-01-05",
            "ruled",
        ),
        # the sentence's own time belongs to its main clause, not to a noun that refers back
        (
            "Gunmen shot dead a doctor on Oct. 23. The clinic closed. Patients left. "
            "On April 8, agents searched the site of the shooting.",
            "1999-05-05",
            "shooting",
            0,
            "1998-10-23",
            "shot dead",
        ),
    ],
)
def test_a_definite_event_noun_borrows_the_time_of_the_earlier_event_of_its_family(
    text: str, published: str, trigger: str, occurrence: int, value: str, antecedent: str
) -> None:
    ev = _find(text, published, trigger, occurrence)
    assert (ev.when.value, ev.time_path) == (value, P.NARRATIVE)
    assert ev.time_rule in ("antecedent", "antecedent-hypernym")
    assert f"takes up the earlier {antecedent!r}" in ev.explanation


@pytest.mark.parametrize(
    "text, published, trigger",
    [
        # no earlier dated event of its family: stays undated
        ("The killing of a doctor shocked the city. Police have no suspects.", "1998-10-26", "killing"),
        ("Rebels seized the airport on Friday. The town feared the killing.", "2024-12-02", "killing"),
        # a different kind does not lend its time
        ("Thousands protested in the capital on Monday. The decision was criticised.", "2024-12-04", "decision"),
        # an indefinite noun introduces a new event
        ("Gunmen shot dead a judge on Friday. A killing in another town is unexplained.", "2024-12-02", "killing"),
        # an antecedent naming someone else is passed over
        (
            "Gunmen shot dead Ali Hassan on Friday. Police said the murder of Omar Farouk was unsolved.",
            "2024-12-02",
            "murder",
        ),
        # the dated event comes after the noun: no borrowing backwards
        ("Schumer spoke of the killing. Slepian was shot on Friday.", "1998-10-26", "killing"),
    ],
)
def test_a_definite_event_noun_without_a_fitting_antecedent_stays_undated(
    text: str, published: str, trigger: str
) -> None:
    ev = _find(text, published, trigger)
    assert ev.when is None and ev.time_path is P.NONE


def test_a_definite_noun_right_after_its_antecedent_folds_into_it() -> None:
    text = "Slepian was shot in the back on Friday. Schumer spoke of the killing in his campaign."
    (ev,) = _events(text, "1998-10-26")
    assert (ev.trigger.text, ev.when.value, sorted(r.trigger.text for r in ev.sources)) == (
        "shot",
        "1998-10-23",
        ["killing", "shot"],
    )


def test_a_killing_word_gives_its_clause_time_to_the_noun_whose_toll_it_states() -> None:
    text = "Nearly simultaneous bombings at embassies in Dar es Salaam, Tanzania, and Nairobi, Kenya, on Aug. 7 killed 258 people."
    ev = _find(text, "1998-09-11", "bombings")
    assert (ev.when.value, ev.time_path, ev.fatalities) == ("1998-08-07", P.CLAUSE, 258)
    assert ev.time_rule == "predicate"
    assert "predicate 'killed'" in ev.explanation


# --- the tying logic alone, with hand-built expressions ---------------------------------------


def _tx(
    text: str,
    phrase: str,
    value: str,
    start: dt.date | None,
    end: dt.date | None,
    gran: Granularity | None,
    anchor: Anchor | None = None,
    occurrence: int = 0,
) -> TemporalExpression:
    pos = -1
    for _ in range(occurrence + 1):
        pos = text.index(phrase, pos + 1)
    return TemporalExpression(
        phrase, pos, pos + len(phrase), TimexType.DATE, value, span=TimeSpan(value, start, end, gran), anchor=anchor
    )


class TestTying:
    """Ties computed from given expressions, independent of the engine's coverage."""

    def test_clause_time_beats_a_fronted_sentence_time(self) -> None:
        text = "On Monday, officials said rebels seized the airport of Kabul on Sunday."
        exprs = [
            _tx(text, "Monday", "2024-12-02", dt.date(2024, 12, 2), dt.date(2024, 12, 2), Granularity.DAY),
            _tx(text, "Sunday", "2024-12-01", dt.date(2024, 12, 1), dt.date(2024, 12, 1), Granularity.DAY),
        ]
        (ev,) = events_of(text, "2024-12-03", expressions=exprs)
        assert (ev.when.value, ev.time_path, ev.time_source) == ("2024-12-01", P.CLAUSE, with_signals(text, exprs[1]))

    def test_an_anchored_expression_is_a_narrative_tie(self) -> None:
        text = "Rebels took Hama on Tuesday. Two days later they seized Homs."
        tue = _tx(text, "Tuesday", "2024-12-03", dt.date(2024, 12, 3), dt.date(2024, 12, 3), Granularity.DAY)
        later = _tx(
            text,
            "Two days later",
            "2024-12-05",
            dt.date(2024, 12, 5),
            dt.date(2024, 12, 5),
            Granularity.DAY,
            anchor=Anchor(AnchorKind.EXPRESSION, "2024-12-03", tue.start, tue.end, "Tuesday"),
        )
        evs = events_of(text, "2024-12-06", expressions=[later, tue])  # any order
        assert [(e.trigger.text, e.when.value, e.time_path) for e in evs] == [
            ("took", "2024-12-03", P.CLAUSE),
            ("seized", "2024-12-05", P.NARRATIVE),
        ]

    def test_a_narrative_connector_carries_the_last_time_on(self) -> None:
        text = "Rebels took Hama on Tuesday. Then they stormed the prison of Hama."
        tue = _tx(text, "Tuesday", "2024-12-03", dt.date(2024, 12, 3), dt.date(2024, 12, 3), Granularity.DAY)
        ev = [e for e in events_of(text, "2024-12-06", expressions=[tue]) if e.trigger.text == "stormed"][0]
        assert (ev.when.value, ev.when.mod.value, ev.time_path, ev.time_source) == (
            "2024-12-03",
            "AFTER",
            P.NARRATIVE,
            None,
        )

    def test_since_opens_the_end(self) -> None:
        text = "The war had reached a stalemate since 2020."
        ev = events_of(
            text,
            "2024-12-02",
            expressions=[_tx(text, "2020", "2020", dt.date(2020, 1, 1), dt.date(2020, 12, 31), Granularity.YEAR)],
        )[0]
        assert (ev.when.start, ev.when.end, ev.when.ongoing) == (dt.date(2020, 1, 1), None, True)

    def test_no_expressions_no_ties(self) -> None:
        evs = events_of("On Monday, rebels seized the town of Saraqeb.", "2024-12-02", expressions=[])
        assert [(e.when, e.time_path) for e in evs] == [(None, P.NONE)]


# --- text helpers -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, sentences",
    [
        (
            "Gen. Smith said the U.S. troops left on Nov. 27. They returned.",
            ["Gen. Smith said the U.S. troops left on Nov. 27.", "They returned."],
        ),
        ('He said: "We will fight." Then he left.', ['He said: "We will fight."', "Then he left."]),
        (
            "Headline without stop\nFirst sentence. Second one!",
            ["Headline without stop", "First sentence.", "Second one!"],
        ),
        ("Prices rose 2.5 percent. Good.", ["Prices rose 2.5 percent.", "Good."]),
        ("", []),
    ],
)
def test_split_sentences(text: str, sentences: list[str]) -> None:
    spans = split_sentences(text)
    assert [s.text for s in spans] == sentences
    assert all(text[s.start : s.end] == s.text for s in spans)


@pytest.mark.parametrize(
    "sentence, word, tense",
    [
        ("Rebels have captured the town", "captured", "PRESENT_PERFECT"),
        ("Hezbollah has reportedly decided", "decided", "PRESENT_PERFECT"),
        ("It said it had secured the city", "secured", "PAST_PERFECT"),
        ("Rebels seized the town", "seized", "PAST"),
        ("Kherson fell", "fell", "PAST"),
        ("Troops will cross", "cross", "FUTURE"),
        ("Jets are bombing the city", "bombing", "PRESENT"),
        ("helping forces regain territory", "regain", "NONE"),
    ],
)
def test_tense_at(sentence: str, word: str, tense: str) -> None:
    toks = tokenize(sentence)
    i = [t.text for t in toks].index(word)
    assert tense_at(toks, i) == tense


# --- families and bad input -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "kind, family",
    [
        (K.DEPLOYMENT, "movement"),
        (K.TERRITORY_CHANGE, "territory"),
        (K.BATTLE, "battle"),
        (K.POLITICAL, "other"),
        (K.OTHER, "other"),
    ],
)
def test_kind_family(kind: EventKind, family: str) -> None:
    assert kind_family(kind) == family


@pytest.mark.parametrize(
    "args, error",
    [
        ((None, "2024-12-02"), InvalidInput),
        ((b"bytes", "2024-12-02"), InvalidInput),
        (("Rebels seized Aleppo.", None), MissingPublicationDate),
        (("Rebels seized Aleppo.", "2024-02-30"), InvalidPublicationDate),
        (("Rebels seized Aleppo.", 20241202), InvalidPublicationDate),
    ],
)
def test_extract_events_bad_input(args, error) -> None:
    with pytest.raises(error):
        events_of(*args)
    if args[0] is None or isinstance(args[0], bytes):
        with pytest.raises(error):
            build_timeline(args[0], published=args[1])


def test_an_over_long_sentence_is_read_in_pieces_with_true_offsets() -> None:
    text = "Rebels seized the town of Saraqeb on Monday, " * 60 + "and left."
    evs = _events(text, "2024-12-04")
    assert len(evs) == 60 and {e.when.value for e in evs if e.when} == {"2024-12-02"}
    assert sum(e.restates is None for e in evs) == 1  # one happening told 60 times
    for ref in (r for e in evs for r in e.sources):
        assert text[ref.trigger.start : ref.trigger.end] == "seized"
        assert text[ref.sentence.start : ref.sentence.end] == ref.sentence.text
        assert len(ref.sentence.text.split()) <= 120
