"""Events: the frame of the news, round 2 (the dating of events that tell no time of their own).

Each behaviour has positive rows and near-misses; the sentences are written for the rule, in the
manner of agency news, and are run through :func:`conflict_timeline.events.extract_events`.
"""

from __future__ import annotations

import pytest
from stages import events_of

from conflict_timeline import TimePath

P = TimePath


def _find(text: str, published: str, trigger: str, nth: int = 0):
    evs = [e for e in events_of(text, published, source="t") if e.trigger.text == trigger]
    assert len(evs) > nth, [(e.trigger.text, e.when) for e in events_of(text, published, source="t")]
    return evs[nth]


def _value(text: str, published: str, trigger: str, nth: int = 0):
    ev = _find(text, published, trigger, nth)
    return None if ev.when is None else ev.when.value


# --- a present perfect of the news day lends its day to a later past-tense mention of its kind ----


@pytest.mark.parametrize(
    "text, published, trigger, nth, value",
    [
        # the dateline's day is the day of writing; the present perfect puts the signing in the news day
        (
            "WARSAW, February 26 (Xinhua) --\n\nThe presidents of Poland and the Czech Republic have signed papers "
            "of accession to NATO.\n\nKwasniewski and Havel signed the preparatory documents in their palaces.",
            "1999-02-27",
            "signed",
            1,
            "1999-02-27",
        ),
        # near-miss: a present tells a habit, not a happening of the day; the last day told is taken
        (
            "Albright announced the plan on Monday. Albright signs the documents of accession for the United States. "
            "Havel signed the documents in his palace.",
            "1999-02-23",
            "signed",
            0,
            "1999-02-22",
        ),
        # near-miss: a past perfect under a report lies on or before the day: no day to lend
        (
            "Albright announced the plan on Monday. Officials said Havel had signed the treaty. "
            "Kwasniewski signed the documents in his palace.",
            "1999-02-23",
            "signed",
            1,
            "1999-02-22",
        ),
    ],
)
def test_a_present_perfect_of_the_news_day_is_an_earlier_event_of_its_kind(
    text, published, trigger, nth, value
) -> None:
    ev = _find(text, published, trigger, nth)
    assert ev.when is not None and ev.when.value == value
    assert ev.time_path is P.NARRATIVE


# --- a reaction told in the simple past belongs to the news day of a lead dated to publication ----

_LEAD = "Additional details of the killing emerged on Sunday.\n\nThe doctor was declared dead at a hospital.\n\nIt was late.\n\n"


@pytest.mark.parametrize(
    "text, trigger",
    [
        (_LEAD + "Most other opponents of abortion, however, condemned the shooting.", "condemned"),
        # a report without a time of its own is of the news day too
        (_LEAD + "In Amherst, residents who said they opposed abortion decried the attack.", "decried"),
        (
            _LEAD + "Men said their feelings were mixed, but they uniformly denounced the killing of Slepian.",
            "denounced",
        ),
    ],
)
def test_a_reaction_belongs_to_the_news_day_of_a_lead_dated_to_publication(text: str, trigger: str) -> None:
    ev = _find(text, "1998-10-25", trigger)
    assert ev.when is not None and ev.when.value == "1998-10-25"
    assert ev.time_path is P.REPORTING_FRAME and "reaction" in ev.explanation


@pytest.mark.parametrize(
    "text, published, trigger",
    [
        # the lead is dated to the day before publication: no frame of the day
        (_LEAD + "Most other opponents of abortion condemned the shooting.", "1998-10-26", "condemned"),
        # a flashback told just before: background
        (
            _LEAD + "The clinic was bombed in 1992.\n\nMost other opponents of abortion condemned the bombing.",
            "1998-10-25",
            "condemned",
        ),
        # a time in its own sentence, even one that dates nothing
        (_LEAD + "For years, opponents of abortion condemned such attacks.", "1998-10-25", "condemned"),
        # not a reaction: a past event of unknown day stays undated
        (_LEAD + "The gunman fled the scene.", "1998-10-25", "fled"),
        # not the simple past
        (_LEAD + "Opponents of abortion will condemn the shooting.", "1998-10-25", "condemn"),
    ],
)
def test_a_reaction_is_not_put_in_the_news_day_without_its_guards(text: str, published: str, trigger: str) -> None:
    assert _find(text, published, trigger).when is None


# --- a fragment that is only a time (and names) sets the scene for the rest of its paragraph ----


@pytest.mark.parametrize(
    "text, trigger, value",
    [
        (
            "Atlanta again.\n\nJanuary nineteen ninety-seven. Atlanta again. This time a bomb at an abortion clinic.",
            "bomb",
            "1997-01",
        ),
        (
            "Atlanta, nineteen ninety-six. A bomb blast shocks the Olympic games. One person is killed.",
            "killed",
            "1996",
        ),
    ],
)
def test_a_time_fragment_sets_the_scene_of_its_paragraph(text: str, trigger: str, value: str) -> None:
    ev = _find(text, "1998-02-27", trigger)
    assert ev.when is not None and ev.when.value == value
    assert "sets the scene" in ev.explanation


@pytest.mark.parametrize(
    "text, trigger, value",
    [
        # the next paragraph is out of the scene
        ("January nineteen ninety-seven. Atlanta again.\n\nThis time a bomb at an abortion clinic.", "bomb", None),
        # a time told after the fragment ends the scene
        (
            "January nineteen ninety-seven. Atlanta again. And just last month, a bomb explodes at a clinic.",
            "bomb explodes",
            "1998-01",
        ),
        # a dateline is no scene: the present stays in the frame of the news
        ("WARSAW, February 26 (Xinhua). Troops are killing protesters.", "killing", "1998-02-27"),
        # a sentence with words of its own is no fragment
        ("It was a cold day in January 1997. A bomb exploded at a clinic.", "bomb exploded", None),
    ],
)
def test_no_scene_without_a_fragment_or_beyond_its_paragraph(text: str, trigger: str, value) -> None:
    assert _value(text, "1998-02-27", trigger) == value


# --- a lead without a time takes the day of the first event the article dates -------------------

_BOMB_LEAD = (
    "NAIROBI, Kenya (AP) _\n\nTerrorist bombings at U.S. embassies in Kenya and Tanzania blew apart buildings "
    "and buses.\n\nAt least 82 were killed and more than 1,700 injured, officials said as dawn broke Saturday.\n\n"
)
_BOMB_DAY = "The suspected car bombings occurred minutes apart on Friday, turning busy streets into piles of concrete."


# ("injured" after "killed" is the killing's toll, as the conflict corpus counts it, not an event)
@pytest.mark.parametrize("trigger", ["Terrorist bombings", "killed"])
def test_the_lead_takes_the_day_of_the_first_event_dated(trigger: str) -> None:
    ev = _find(_BOMB_LEAD + _BOMB_DAY, "1998-08-08", trigger)
    assert ev.when is not None and ev.when.value == "1998-08-07"
    assert ev.time_path is P.NARRATIVE and "told in the lead" in ev.explanation
    # the event told after the lead keeps its own time, not one borrowed back from the lead
    assert _find(_BOMB_LEAD + _BOMB_DAY, "1998-08-08", "bombings").time_path in (P.CLAUSE, P.SENTENCE)


@pytest.mark.parametrize(
    "text, published, trigger",
    [
        # a participle before its noun is no past event
        ("Elected officials in Miami were angry.\n\nPolice arrested two men on Wednesday.", "2000-03-29", "Elected"),
        # a noun that is not the subject of a simple past
        (
            "The government urged its people to keep up their demonstrations.\n\nPolice arrested two men on Wednesday.",
            "2000-03-29",
            "demonstrations",
        ),
        (
            "The new company will open talks with the receivers.\n\nAn accord was signed on Wednesday.",
            "2000-03-29",
            "talks",
        ),
        # told by a report: before the report's day
        ("Officials said rebels seized the town.\n\nPolice arrested two men on Wednesday.", "2000-03-29", "seized"),
        # the first event dated is of the past, not of the news week
        ("Rebels seized the town.\n\nThey had taken it once before, in March 1998.", "2000-03-29", "seized"),
        # the lead is the first two paragraphs that tell events
        (
            "Rebels seized the town.\n\nThe army fled.\n\nThe rebels marched in.\n\nIt was hot.\n\n"
            "Police arrested two men on Wednesday.",
            "2000-03-29",
            "seized",
        ),
    ],
)
def test_the_lead_is_not_dated_without_its_guards(text: str, published: str, trigger: str) -> None:
    assert _find(text, published, trigger).when is None


# --- a negated present holds at the frame of the news, like a negated present perfect ------------


@pytest.mark.parametrize(
    "text, trigger, value",
    [
        (
            "``The court neither approves nor disapproves the INS' decision,'' the opinion read.",
            "approves",
            "2000-06-01",
        ),
        ("There have been no arrests in the case.", "arrests", "2000-06-01"),
        # near-misses: a negated past or future has no frame
        ("The court did not approve the decision.", "approve", None),
        ("The court will not approve the decision.", "approve", None),
    ],
)
def test_a_negated_present_is_dated_by_the_frame_of_the_news(text: str, trigger: str, value) -> None:
    assert _value(text, "2000-06-01", trigger) == value


# --- a trigger after a determiner and one adjective is a noun ------------------------------------


def _mention(text: str, published: str, trigger: str):
    """The (possibly folded) event holding a mention whose trigger text is ``trigger``."""
    evs = [e for e in events_of(text, published, source="t") if any(r.trigger.text == trigger for r in e.sources)]
    assert len(evs) == 1, [(e.trigger.text, e.when) for e in events_of(text, published, source="t")]
    return evs[0]


@pytest.mark.parametrize(
    "text, trigger, value",
    [
        (
            "Slepian was shot on Friday.\n\nSpitzer wanted to exploit the unfortunate murder of Slepian.",
            "murder",
            "1998-10-23",
        ),
        ("Delegates voted 89-52 on Friday. Applause echoed as the crucial vote passed.", "vote", "1998-10-23"),
    ],
)
def test_a_trigger_after_a_determiner_and_an_adjective_is_a_noun(text: str, trigger: str, value: str) -> None:
    ev = _mention(text, "1998-10-24", trigger)
    assert ev.when is not None and ev.when.value == value


@pytest.mark.parametrize(
    "text, trigger",
    [
        # a subject before a present verb: the army, the rebels
        ("The army shells the town every night.", "shells"),
        ("The national army attacks the town every night.", "attacks"),
    ],
)
def test_a_subject_before_a_verb_keeps_it_a_verb(text: str, trigger: str) -> None:
    assert _find(text, "1998-10-24", trigger).when.value == "1998-10-24"  # a present: the frame of the news


# --- a bare verb after a perception verb in the past; names are not reporting verbs -------------

_NATO = (
    "INDEPENDENCE, Mo. _ NATO embraced the Czech Republic, Hungary and Poland on Friday.\n\n"
    "In a ceremony at the Truman Library, Secretary of State Madeleine Albright watched the foreign ministers "
    "of the three countries sign the documents of accession."
)


def test_a_bare_verb_seen_in_the_past_continues_the_narrative() -> None:
    ev = _find(_NATO, "1999-03-12", "sign")
    assert ev.when is not None and ev.when.value == "1999-03-12" and ev.time_path is P.NARRATIVE


@pytest.mark.parametrize(
    "text, trigger",
    [
        # a bare verb after a modal or "to" is no past
        (
            _NATO.replace("watched the foreign ministers of the three countries sign", "asked the ministers to sign"),
            "sign",
        ),
        (
            _NATO.replace("watched the foreign ministers of the three countries sign", "said the ministers will sign"),
            "sign",
        ),
    ],
)
def test_a_bare_verb_not_seen_in_the_past_is_not_carried(text: str, trigger: str) -> None:
    assert _find(text, "1999-03-12", trigger).when is None


def test_a_capitalised_reporting_word_inside_a_name_owns_no_time() -> None:
    # "State" of "Secretary of State" is no reporting verb that would own "Tuesday"
    ev = _find("The Kenyan president met the U.S. Secretary of State Tuesday in Nairobi.", "1998-08-19", "met")
    assert ev.when is not None and ev.when.value == "1998-08-18"


# --- a clock time alone, in a past event of a kind dated to a day before: that day ---------------

_SLAYING = "Slepian was shot to death last Oct. 23 at his home.\n\nProsecutors will present the case next week.\n\n"


@pytest.mark.parametrize(
    "text, trigger, value",
    [
        (
            _SLAYING + "Slepian was shot to death at 10 p.m. as he stood in his kitchen.",
            "shot to death",
            "1998-10-23T22:00",
        ),
        # near-miss: no earlier event of its kind: the clock time stays on the day the engine gives
        (_SLAYING + "Police arrested two men at 10 p.m. in Amherst.", "arrested", "1999-04-19T22:00"),
        # near-miss: the earlier event of its kind is dated to a month, not a day
        (
            "Slepian was shot to death in October.\n\nProsecutors will present the case next week.\n\n"
            "Slepian was shot to death at 10 p.m. as he stood in his kitchen.",
            "shot to death",
            "1999-04-19T22:00",
        ),
    ],
)
def test_a_clock_time_alone_takes_the_day_of_the_earlier_event_of_its_kind(text: str, trigger: str, value: str) -> None:
    evs = [e for e in events_of(text, "1999-04-19", source="t") if e.trigger.text == trigger]
    assert evs[-1].when is not None and evs[-1].when.value == value


# --- "the attack" takes up an earlier shooting or bombing when no attack was told ---------------


@pytest.mark.parametrize(
    "text, value",
    [
        (
            "The Canadian warrant issued Monday charged Kopp with attempted murder in the 1995 shooting of Dr. Hugh Short, "
            "who was wounded in the elbow but survived the attack at his home in Ancaster, Ontario.",
            "1995",
        ),
        (
            "Nearly simultaneous bombings at U.S. embassies in Dar es Salaam, Tanzania, and Nairobi, Kenya, on Aug. 7 "
            "killed 258 people.\n\nAmerican authorities allege the attacks were plotted by Saudi terrorist Osama bin Laden.",
            "1998-08-07",
        ),
    ],
)
def test_the_attack_takes_up_an_earlier_shooting_or_bombing(text: str, value: str) -> None:
    ev = _mention(text, "1998-09-11", [w for w in ("attack", "attacks") if w in text.split()][-1])
    assert ev.when is not None and ev.when.value == value


def test_an_attack_told_before_is_taken_up_first() -> None:
    text = (
        "Rebels attacked the base on Monday. A bomb exploded in the market on Tuesday.\n\n"
        "The attack left ten soldiers dead."
    )
    evs = [e for e in events_of(text, "1998-09-11", source="t") if any(r.trigger.text == "attack" for r in e.sources)]
    assert evs and evs[0].when.value == "1998-09-07"
