"""Tying an event to its time: an ordered tuple of named records.

Each :class:`TieRule` names one way a text tells when an event happened, with the examples that
prove it and the near-misses it must leave alone. :func:`tie_time` tries the sentence records in
order; the first that fires decides, and the event records its name (``Event.time_rule``). The
order is written once, in :data:`TIME_RULES`:

1. records that pick a time expression of the sentence (``pick``): the time that names a noun,
   the time of the event's own clause, of the clause a relative or "when" clause describes, of a
   fronted phrase, of the sentence. Once one has picked a time, no later one is tried; a vague
   "recently" or "soon" under a verb in the present perfect or present is dropped, since the
   frame of the news says more (the narrative records follow);
2. a refiner (``refine``) that moves a bare clock time to the day of the earlier event of its kind;
3. records that take a time the sentence does not give (``tie``): a scene set before, a narrative
   connector ("then"), the frame of the news (a present perfect, a past perfect under a report),
   the time of the narrative carried on, the news day of a reaction;
4. records the article applies once every sentence is read (``scope="article"``): the lead's
   events take the day of the first event the article dates; a definite noun takes up the time of
   the earlier event it refers to (see :mod:`.lead` and :mod:`.coreference`).

An event no record ties stays undated (:data:`NO_TIME`).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from ..model import (
    EventStatus,
    TimePath,
)
from .mention import Tie
from .state import NEWS_FRAME_PERFECT
from .tie_context import (
    ANTECEDENT,
    ANTECEDENT_HYPERNYM,
    CARRIED,
    CARRIED_KIN,
    CLAUSE_SHARED,
    CLOCK_ON_KIN_DAY,
    CLOCK_ON_STORY_DAY,
    CONCURRENT,
    CONNECTOR,
    DESCRIBED_CLAUSE,
    FRONTED,
    HEADLINE,
    HOST,
    LEAD,
    LONE_TIME,
    NAMED,
    NEWS_FRAME_PRESENT,
    NONE,
    NOUN_IN_CLAUSE,
    OFFSET,
    OWN_CLAUSE,
    PARTICIPLE_OF_NOUN,
    PAST_DAY,
    PAST_PLAN,
    PERFECT_UNDER_REPORT,
    PLUPERFECT_CARRIED,
    PLUPERFECT_REPORTED,
    PLUPERFECT_UNDER_REPORT,
    PREDICATE,
    PROGRESSIVE_UNDER_REPORT,
    REACTION,
    REDUCED_RELATIVE,
    RELATIVE_NOUN,
    RELATIVE_START,
    REPORTED_CARRIED,
    REPORTED_NOUN,
    RESTATEMENT,
    SCENE,
    SENTENCE,
    UNREAL,
    WHEN_CLAUSE_AFTER,
    TieContext,
    TieExample,
    TieRule,
)
from .time_finders import (
    clock_on_kin_day,
    clock_on_story_day,
    expression_tie,
    find_carried,
    find_carried_kin,
    find_connector,
    find_lone_time,
    find_news_perfect,
    find_news_present,
    find_offset,
    find_past_day,
    find_past_plan,
    find_perfect_under_report,
    find_pluperfect_carried,
    find_pluperfect_reported,
    find_pluperfect_under_report,
    find_progressive_under_report,
    find_reaction,
    find_reported_carried,
    find_scene,
    find_unreal,
    frame_says_more,
    pick_clause_shared,
    pick_concurrent,
    pick_described_clause,
    pick_fronted,
    pick_host,
    pick_named,
    pick_noun_in_clause,
    pick_own_clause,
    pick_participle_of_noun,
    pick_predicate,
    pick_reduced_relative,
    pick_relative_noun,
    pick_relative_start,
    pick_reported_noun,
    pick_sentence,
    pick_when_clause_after,
)

__all__ = ["TieExample", "TieRule", "TieContext", "TIME_RULES", "NO_TIME", "tie_time", "explain", "rule_named"]

_TIED = "tied to {expr!r} ({value}) "

P = TimePath
E = TieExample

TIME_RULES: tuple[TieRule, ...] = (
    TieRule(
        UNREAL,
        P.NONE,
        "no time to a hypothetical event: a condition or a possibility did not happen",
        "a hypothetical event has no time of its own",
        examples=(E("If the talks fail on Friday, the army could attack the city.", "2024-12-02", "attack", None),),
        near_misses=(E("The army attacked the city on Friday.", "2024-12-02", "attacked", "2024-11-29"),),
        find=find_unreal,
    ),
    TieRule(
        OFFSET,
        P.NARRATIVE,
        "an event after 'N days after' to N days before the time of the clause it hangs on",
        "{offset!r} {link} it, counted from {anchor!r}: {value}",
        examples=(
            E(
                "M23 rebels walked into Bukavu early Sunday, two days after seizing the airport of Kavumu.",
                "2025-02-16",
                "seizing",
                "2025-02-14",
            ),
        ),
        near_misses=(
            E(
                "M23 rebels walked into Bukavu early Sunday after seizing the airport of Kavumu.",
                "2025-02-16",
                "seizing",
                None,
            ),
        ),
        find=find_offset,
    ),
    TieRule(
        NAMED,
        P.CLAUSE,
        "a noun to the time that names it",
        _TIED + "which names it",
        examples=(
            E(
                "The Aug. 4 airstrike on the port killed 12 dockers.",
                "2020-08-10",
                "airstrike on the port killed",
                "2020-08-04",
            ),
            E("Police recalled the 1996 Olympic bombing that killed one person.", "2020-08-10", "bombing", "1996"),
        ),
        near_misses=(
            E("An airstrike on Aug. 4 hit the port.", "2020-08-10", "airstrike", "2020-08-04"),
            # a year naming a treaty is not the time of the verb that governs it
            E("India suspended the 1960 Indus Waters Treaty after the attack.", "2025-05-07", "suspended", None),
            # a length or a frequency before the noun tells how long or how often, not when
            E("The UN called for a two-hour truce on Sunday afternoon.", "2024-06-10", "truce", "2024-06-09TAF"),
            E("The council imposed a nightly curfew on Monday.", "2024-06-12", "curfew", "2024-06-10"),
        ),
        pick=pick_named,
    ),
    TieRule(
        PARTICIPLE_OF_NOUN,
        P.CLAUSE,
        "a noun to the time of the participle right after it ('a truce declared in March')",
        _TIED + "of {participle!r}, the participle that describes it",
        examples=(
            E(
                "A local truce declared in March this year collapsed when fighting resumed in late August.",
                "2022-11-14",
                "truce",
                "2022-03",
            ),
        ),
        near_misses=(
            # "for" names the day the truce was set for: the participle does not own it
            E("A local truce agreed for March 5 collapsed under shelling.", "2022-03-20", "truce", "2022-03-05"),
        ),
        pick=pick_participle_of_noun,
    ),
    TieRule(
        OWN_CLAUSE,
        P.CLAUSE,
        "an event to the time of its own clause that it owns",
        _TIED + "in its own clause",
        examples=(
            E("Rebels seized the town of Saraqeb on Tuesday.", "2024-12-06", "seized", "2024-12-03"),
            E("An airstrike on Aug. 4 hit the port.", "2020-08-10", "airstrike", "2020-08-04"),
            # a participle after the time owns only what follows it
            E(
                "Government troops launched an offensive on Friday aimed at retaking the town.",
                "2024-12-04",
                "launched an offensive",
                "2024-11-29",
            ),
            # a reporting verb after "and" does not take the time that closes the clause before
            E(
                "The army declared a curfew in the city on Monday and said the streets were calm.",
                "2024-12-04",
                "declared a curfew",
                "2024-12-02",
            ),
            # the dateline tells when the story was filed; the clause's own day says when it happened
            E(
                "KABUL, June 12 (Wire) - Two truck bombs exploded at a crowded junction in the west of the capital"
                " on Tuesday, officials said.",
                "2024-06-12",
                "truck bombs exploded",
                "2024-06-11",
            ),
        ),
        near_misses=(
            E("On Monday, Iran-backed fighters crossed into Syria.", "2024-12-04", "crossed", "2024-12-02"),
            E("A spokesman said on Monday that rebels had seized the airport.", "2024-12-04", "seized", "2024-12-02"),
        ),
        pick=pick_own_clause,
    ),
    TieRule(
        REPORTED_NOUN,
        P.CLAUSE,
        "an event noun that is the subject of a passive report ('fighting was reported') to that report's time",
        _TIED + "of {report!r}, the passive report of the event",
        examples=(
            E(
                "Heavy fighting was reported around the airport on Monday.",
                "2020-11-11",
                "Heavy fighting",
                "2020-11-09",
            ),
            E("An air strike was reported near the border on Sunday.", "2020-11-11", "air strike", "2020-11-08"),
        ),
        near_misses=(
            # a report told in the active tells when it was made, not when the fighting was
            E(
                "The army reported on Monday that heavy fighting had taken place.",
                "2020-11-11",
                "heavy fighting",
                None,
            ),
        ),
        pick=pick_reported_noun,
    ),
    TieRule(
        DESCRIBED_CLAUSE,
        P.CLAUSE,
        "the event of a 'when', 'as' or 'where' clause to the time of the clause it describes",
        _TIED + "which the {opener!r} clause describes",
        examples=(
            E("The town was quiet until 2014, when militants stormed the prison.", "2024-12-02", "stormed", "2014"),
            # "as" after a comma opens a clause of what went on at that time
            E(
                "Rebel gunners shelled the airport of Goma on Friday, as fighting around the city spread.",
                "2024-12-02",
                "fighting",
                "2024-11-29",
            ),
        ),
        near_misses=(
            E("The town was quiet until 2014, and militants stormed the prison.", "2024-12-02", "stormed", None),
        ),
        pick=pick_described_clause,
    ),
    TieRule(
        RELATIVE_NOUN,
        P.CLAUSE,
        "the verb of a relative clause to the time that names the noun it describes",
        _TIED + "of the noun phrase its relative clause describes",
        examples=(
            E(
                "Analysts still debate the 2016 offensive that captured the city of Aleppo.",
                "2024-12-02",
                "captured",
                "2016",
            ),
        ),
        near_misses=(
            E("Analysts still debate the offensive that captured the city of Aleppo.", "2024-12-02", "captured", None),
        ),
        pick=pick_relative_noun,
    ),
    TieRule(
        RELATIVE_START,
        P.CLAUSE,
        "an event noun to the time of the relative clause after it that tells when it began or took place",
        _TIED + "in the relative clause that tells it {verb!r}",
        examples=(
            E(
                "The talks in Geneva, which opened on May 6, produced a declaration.",
                "2023-05-21",
                "talks",
                "2023-05-06",
            ),
            E("A truce that began on Aug. 3, 2023 lasted a year.", "2025-01-24", "truce", "2023-08-03"),
        ),
        near_misses=(
            # a relative clause that tells something else of the noun gives it no time
            E(
                "The talks in Geneva, which the UN praised on May 6, produced a declaration on May 9.",
                "2023-05-21",
                "talks",
                None,
            ),
        ),
        pick=pick_relative_start,
    ),
    TieRule(
        REDUCED_RELATIVE,
        P.CLAUSE,
        "a participle after a noun ('the accord signed by') to the time that names the noun",
        _TIED + "of the noun phrase its participle describes",
        examples=(
            E("Monitors checked the March 5 accord signed by both sides.", "2024-03-20", "signed", "2024-03-05"),
        ),
        near_misses=(E("Monitors checked the accord signed by both sides.", "2024-03-20", "signed", None),),
        pick=pick_reduced_relative,
    ),
    TieRule(
        PREDICATE,
        P.CLAUSE,
        "a noun to the time of the clause of the killing word that gives it its toll",
        _TIED + "of the clause of its predicate {predicate!r}",
        examples=(
            E(
                "Airstrikes on the market in Ariha, a town near Idlib, on Sunday killed 14 civilians.",
                "2024-12-02",
                "Airstrikes",
                "2024-12-01",
            ),
        ),
        near_misses=(
            E(
                "Airstrikes on the market in Ariha, a town near Idlib, killed 14 civilians.",
                "2024-12-02",
                "Airstrikes",
                None,
            ),
        ),
        pick=pick_predicate,
    ),
    TieRule(
        HOST,
        P.CLAUSE,
        "a verb to the time that names the event it happened in ('injured in the 1998 bombing')",
        _TIED + "which names {host!r}, the event it happened in",
        examples=(
            E(
                "A soldier who was badly wounded in the 2022 siege of Mariupol testified.",
                "2024-12-02",
                "wounded",
                "2022",
            ),
        ),
        near_misses=(
            E("A soldier who was badly wounded in the siege of Mariupol testified.", "2024-12-02", "wounded", None),
        ),
        pick=pick_host,
    ),
    TieRule(
        WHEN_CLAUSE_AFTER,
        P.CLAUSE,
        "an event to the time of the 'when' clause that follows it",
        _TIED + "of the 'when' clause that follows it",
        examples=(
            E(
                "Four soldiers were killed when their convoy hit a mine near Gao last week.",
                "2024-12-02",
                "killed",
                "2024-W48",
            ),
            # a time in the phrase of a participle after the subject ("declared in March") is the participle's
            E(
                "A local truce declared in March this year collapsed when fighting resumed in late August.",
                "2022-11-14",
                "collapsed",
                "2022-08",
            ),
        ),
        near_misses=(
            E("Four soldiers were killed last week when their convoy hit a mine.", "2024-12-02", "killed", "2024-W48"),
            # "for" names the day the corridor was set for, when it collapsed too
            E(
                "A humanitarian corridor agreed for March 5 collapsed when shelling resumed.",
                "2022-03-20",
                "collapsed",
                "2022-03-05",
            ),
        ),
        pick=pick_when_clause_after,
    ),
    TieRule(
        PAST_PLAN,
        P.NONE,
        "no time to a plan that owns no time, when the other times of its sentence are all before the publication day",
        "a plan with no time of its own; the time of its sentence tells when it was made, not when it is to happen",
        examples=(
            E("On Sunday, the army said it would storm the town.", "2024-06-12", "storm", None),
            E("On Sunday, the general ordered his troops to attack the town.", "2024-06-12", "attack", None),
        ),
        near_misses=(
            # a plan for a time to come is dated by it
            E("On Sunday, the army will storm the town.", "2024-06-12", "storm", "2024-06-16"),
            # what was done on the day is dated by it
            E("On Sunday, the army stormed the town.", "2024-06-12", "stormed", "2024-06-09"),
            E("On Sunday, the general ordered his troops to attack the town.", "2024-06-12", "ordered", "2024-06-09"),
        ),
        find=find_past_plan,
    ),
    TieRule(
        CONCURRENT,
        P.CLAUSE,
        "a bare event noun after 'after', 'amid' or 'during', or a participle of a 'with' phrase, to the time "
        "an event of the clause before owns",
        _TIED + "of the clause its {lead!r} phrase goes with",
        examples=(
            E(
                "Troops retook the village on Sunday after heavy clashes with the rebels.",
                "2023-08-30",
                "clashes",
                "2023-08-27",
            ),
            E(
                "Militants stormed the post on Sunday after fierce fighting with the guards.",
                "2023-08-30",
                "fierce fighting",
                "2023-08-27",
            ),
            E(
                "Fighting resumed on Sunday near the airport, with gunships striking rebel positions.",
                "2023-08-30",
                "striking",
                "2023-08-27",
            ),
        ),
        near_misses=(
            # a "with" phrase without a verb of its own tells no event
            E(
                "Fighting resumed on Sunday near the airport, with gunships on standby.",
                "2023-08-30",
                "Fighting resumed",
                "2023-08-27",
            ),
            # the event named after "after" is the point the clause's time is measured from
            # a noun with a time of its own keeps it
            E(
                "Troops retook the village on Sunday after talks which opened on 22 August failed.",
                "2023-08-30",
                "talks",
                "2023-08-22",
            ),
            E(
                "Troops retook the village on Sunday, two days after clashes with the rebels.",
                "2023-08-30",
                "clashes",
                "2023-08-25",
            ),
        ),
        pick=pick_concurrent,
    ),
    TieRule(
        FRONTED,
        P.SENTENCE,
        "a noun in a fronted phrase ('In a demonstration, ...') to the time of the main clause's event",
        _TIED + "of the main clause its fronted phrase opens",
        examples=(
            E(
                "In a fresh offensive, rebel fighters seized the town of Saraqeb on Sunday.",
                "2024-12-02",
                "offensive",
                "2024-12-01",
            ),
        ),
        near_misses=(
            E("In a fresh offensive, rebel fighters seized the town of Saraqeb.", "2024-12-02", "offensive", None),
        ),
        pick=pick_fronted,
    ),
    TieRule(
        NOUN_IN_CLAUSE,
        P.CLAUSE,
        "a noun to a time of its clause that another event owns, before a time of the sentence",
        _TIED + "shared with the event nearest to it in its clause",
        examples=(E("Rebels seized Saraqeb on Sunday in a swift offensive.", "2024-12-02", "offensive", "2024-12-01"),),
        near_misses=(E("Rebels seized Saraqeb in a swift offensive.", "2024-12-02", "offensive", None),),
        pick=pick_noun_in_clause,
    ),
    TieRule(
        SENTENCE,
        P.SENTENCE,
        "an event to the time of a clause that is nothing but a time ('On Monday, ...') or has no verb",
        _TIED + "which governs the sentence",
        examples=(
            E("On Monday, Iran-backed fighters crossed into Syria.", "2024-12-04", "crossed", "2024-12-02"),
            E("Last week, rebels seized the town of Saraqeb.", "2024-12-02", "seized", "2024-W48"),
            E(
                "Before dawn on 03/06, soldiers stormed the sit-in outside the ministry.",
                "2019-06-08",
                "stormed",
                "2019-06-03",
            ),
        ),
        near_misses=(E("Iran-backed fighters crossed into Syria on Monday.", "2024-12-04", "crossed", "2024-12-02"),),
        pick=pick_sentence,
    ),
    TieRule(
        CLAUSE_SHARED,
        P.CLAUSE,
        "an event to a time of its clause that another event owns ('seized X and advanced on Friday')",
        _TIED + "shared with the event nearest to it in its clause",
        examples=(
            E("Rebels seized the town and advanced toward Hama on Friday.", "2024-12-02", "seized", "2024-11-29"),
        ),
        near_misses=(
            # the time that closes the first verb's clause is that verb's own
            E("Rebels seized the town on Friday and advanced toward Hama.", "2024-12-02", "seized", "2024-11-29"),
        ),
        pick=pick_clause_shared,
    ),
    TieRule(
        CLOCK_ON_KIN_DAY,
        P.NARRATIVE,
        "a bare clock time of a past event to the day of the earlier event of its kind",
        "tied to {expr!r}, a clock time alone, on the day of the earlier {kin!r} of its kind ({kin_value}): {moved}",
        examples=(
            E(
                "A journalist was shot dead last Oct. 3 in Gao.\n\nProsecutors will present the case next week.\n\n"
                "The journalist was shot dead at 9 p.m. outside his home.",
                "2025-01-10",
                "shot dead",
                "2024-10-03T21:00",
                occurrence=1,
            ),
        ),
        near_misses=(
            E(
                "The journalist was shot dead at 9 p.m. outside his home.",
                "2024-10-10",
                "shot dead",
                "2024-10-10T21:00",
            ),
        ),
        scope="refine",
    ),
    TieRule(
        CLOCK_ON_STORY_DAY,
        P.NARRATIVE,
        "a bare clock time of a past event, put on the publication day, to the day of the story's lead",
        "tied to {expr!r}, a clock time alone, on the day the lead told ({story_day}): {moved}",
        examples=(
            E(
                "GAO, May 12 (Wire) - Gunmen ambushed an army convoy near Gao on Saturday, killing 11 soldiers, "
                "the army said on Sunday.\n\nThe convoy was hit at around 4 p.m. local time.",
                "2024-05-12",
                "hit",
                "2024-05-11T16:00",
            ),
        ),
        near_misses=(
            # the lead is of the publication day itself: the clock time stays on it
            E(
                "GAO, May 12 (Wire) - Gunmen ambushed an army convoy near Gao on Sunday, killing 11 soldiers, "
                "the army said.\n\nThe convoy was hit at around 4 p.m. local time.",
                "2024-05-12",
                "hit",
                "2024-05-12T16:00",
            ),
        ),
        scope="refine",
    ),
    TieRule(
        PAST_DAY,
        P.SENTENCE,
        "a past event told over a period of a day that ends on the publication day to that day",
        "told over {expr!r}, a period of a day that ends on the publication day: {value}",
        examples=(
            E(
                "Over the past 24 hours, air defence units shot down 40 drones over the region.",
                "2025-01-06",
                "shot down",
                "2025-01-06",
            ),
            E(
                "In the past day, the army repelled three attacks near the village.",
                "2025-01-06",
                "repelled",
                "2025-01-06",
            ),
        ),
        near_misses=(
            # a longer period is no day
            E("Over the past two weeks, air defence units shot down 40 drones.", "2025-01-06", "shot down", None),
            # a plan for the coming day is not of the period
            E("Over the past 24 hours, the army said it would attack the town.", "2025-01-06", "attack", None),
        ),
        find=find_past_day,
    ),
    TieRule(
        SCENE,
        P.NARRATIVE,
        "an event of a sentence without a time to the time a fragment before it in its paragraph sets",
        "no time in its sentence; the fragment {expr!r} before it in its paragraph sets the scene ({value})",
        examples=(E("Gao, March 2012. Rebels seized the airport.", "2012-04-10", "seized", "2012-03"),),
        near_misses=(E("Gao, March 2012.\n\nRebels seized the airport.", "2012-04-10", "seized", None),),
        find=find_scene,
    ),
    TieRule(
        CONNECTOR,
        P.NARRATIVE,
        "a verb in a sentence opened by 'then', 'later', 'meanwhile' ... to the last time told",
        "no time in its sentence; {cue!r} continues the narrative from {expr!r} ({value})",
        examples=(
            E(
                "Rebels took the town of Hama on Tuesday. Then they stormed the prison.",
                "2024-12-06",
                "stormed",
                "2024-12-03",
            ),
        ),
        near_misses=(
            E(
                "Rebels took the town of Hama on Tuesday. Then they stormed the prison on Friday.",
                "2024-12-07",
                "stormed",
                "2024-12-06",
            ),
        ),
        find=find_connector,
    ),
    TieRule(
        PERFECT_UNDER_REPORT,
        P.REPORTING_FRAME,
        "a present perfect under a dated reporting verb to the reporting verb's time",
        "no time of its own; {group!r} is in the present perfect under a reporting verb dated {report!r}: {value}",
        examples=(
            E(
                "The army has retaken the village of Klishchiivka, a spokesman said on Sunday.",
                "2023-09-19",
                "retaken",
                "2023-09-17",
            ),
        ),
        near_misses=(
            E(
                "The army has retaken the village of Klishchiivka, a spokesman said.",
                "2023-09-19",
                "retaken",
                "2023-09-19",
            ),
        ),
        find=find_perfect_under_report,
    ),
    TieRule(
        NEWS_FRAME_PERFECT,
        P.REPORTING_FRAME,
        "a present perfect without a time to the publication day, the frame of the news",
        "no time of its own; {group!r} is in the present perfect, the frame of the news: the publication day {day}",
        examples=(
            E("Rebels have seized the airport of Kabul.", "2021-08-16", "seized", "2021-08-16"),
            E(
                "The army has retaken the village of Klishchiivka, a spokesman said.",
                "2023-09-19",
                "retaken",
                "2023-09-19",
            ),
            # what there has been none of is so as of the frame
            E("There have been no arrests in the case.", "2023-09-19", "arrests", "2023-09-19"),
        ),
        near_misses=(
            E("Rebels will seize the airport of Kabul.", "2021-08-16", "seize", None),
            # a verb in the negated present perfect tells of nothing that happened
            E("The army has not retaken the village of Klishchiivka.", "2023-09-19", "retaken", None),
        ),
        find=find_news_perfect,
    ),
    TieRule(
        NEWS_FRAME_PRESENT,
        P.REPORTING_FRAME,
        "a present without a time to the publication day, the frame of the news",
        "no time of its own; {group!r} is in the present, the frame of the news: the publication day {day}",
        examples=(E("The army besieges the town of Daraya.", "2015-06-01", "besieges", "2015-06-01"),),
        near_misses=(E("The army besieged the town of Daraya.", "2015-06-01", "besieged", None),),
        find=find_news_present,
    ),
    TieRule(
        PLUPERFECT_UNDER_REPORT,
        P.REPORTING_FRAME,
        "a past perfect reported by a dated reporting verb to on or before the reporting verb's time",
        "no time of its own; {group!r} is reported in the past perfect by a reporting verb dated {report!r}: "
        "on or before {value}",
        examples=(
            E("Officials said on Monday that militants had stormed the prison.", "2024-12-04", "stormed", "2024-12-02"),
            # a live blog's entry stamp tells when the entry was written, not when the report was made
            E(
                "Live updates\n\n11:20 A recap: officials said on Monday that militants had stormed the prison.",
                "2024-12-04",
                "stormed",
                "2024-12-02",
            ),
        ),
        near_misses=(
            E("Officials said that militants had stormed the prison.", "2024-12-04", "stormed", "2024-12-04"),
            # a stamp alone is the entry's day
            E(
                "Live updates\n\n11:20 Militants stormed the prison, officials said.",
                "2024-12-04",
                "stormed",
                "2024-12-04",
            ),
        ),
        find=find_pluperfect_under_report,
    ),
    TieRule(
        PROGRESSIVE_UNDER_REPORT,
        P.REPORTING_FRAME,
        "a past progressive under a dated reporting verb to the reporting verb's time: what was going on then",
        "no time of its own; {group!r} is reported in the progressive by a reporting verb dated {report!r}: {value}",
        examples=(
            E(
                "The company said on Saturday it was evacuating its staff from the site.",
                "2021-03-29",
                "evacuating",
                "2021-03-27",
            ),
            E(
                "Rebel fighters were reported on Saturday to be advancing on the town.",
                "2022-06-19",
                "advancing",
                "2022-06-18",
            ),
            E(
                "The company was evacuating its staff from the site, it said on Saturday.",
                "2021-03-29",
                "evacuating",
                "2021-03-27",
            ),
        ),
        near_misses=(
            # a report without a time gives none
            E("The company said it was evacuating its staff from the site.", "2021-03-29", "evacuating", None),
        ),
        find=find_progressive_under_report,
    ),
    TieRule(
        PLUPERFECT_CARRIED,
        P.NARRATIVE,
        "a past perfect reported by a verb without a time, in a sentence without any time, to the day the "
        "story's main line told just before",
        "no time in its sentence; reported in the past perfect, it tells what had happened by {expr!r} ({value}), "
        "the day the story is at",
        examples=(
            E(
                "Gunmen raided the border post on Tuesday. The group said its men had killed six guards.",
                "2024-03-07",
                "killed",
                "2024-03-05",
            ),
        ),
        near_misses=(
            # a time of an "after" clause is background: the story is at the news day
            E(
                "The town is calm after gunmen raided the border post on Tuesday. The group said its men had "
                "killed six guards.",
                "2024-03-07",
                "killed",
                "2024-03-07",
            ),
            # a length of its own sentence is counted from the news day
            E(
                "Gunmen raided the border post on Tuesday. Medics said 40 people had been wounded in the past "
                "two days.",
                "2024-03-07",
                "wounded",
                "2024-03-07",
            ),
            # a day long past is not the news
            E(
                "Gunmen raided the border post in 2019. The group said its men had killed six guards.",
                "2024-03-07",
                "killed",
                "2024-03-07",
            ),
        ),
        find=find_pluperfect_carried,
    ),
    TieRule(
        PLUPERFECT_REPORTED,
        P.REPORTING_FRAME,
        "a past perfect reported by a reporting verb without a time to on or before the publication day",
        "no time of its own; {group!r} is reported in the past perfect: on or before the publication day {day}",
        examples=(
            E(
                "The ministry said its forces had recaptured the village of Robotyne.",
                "2023-08-29",
                "recaptured",
                "2023-08-29",
            ),
        ),
        near_misses=(E("Its forces had recaptured the village of Robotyne.", "2023-08-29", "recaptured", None),),
        find=find_pluperfect_reported,
    ),
    TieRule(
        CARRIED_KIN,
        P.NARRATIVE,
        "a simple past without any time to the day of the earlier event of its family, told just before",
        "no time in its sentence; the past-tense event continues the earlier {kin!r} of its kind, dated {value}",
        examples=(
            E(
                "Rebels attacked the base of Tal Afar on Monday. The ministry said on Tuesday that talks would resume. "
                "Militants attacked a convoy near Mosul.",
                "2024-12-04",
                "attacked",
                "2024-12-02",
                occurrence=1,
            ),
        ),
        near_misses=(
            E(
                "Rebels attacked the base of Tal Afar on Monday. The ministry said on Tuesday that talks would resume. "
                "Militants shelled a convoy near Mosul.",
                "2024-12-04",
                "shelled",
                "2024-12-03",
            ),
        ),
        find=find_carried_kin,
    ),
    TieRule(
        CARRIED,
        P.NARRATIVE,
        "a simple past without any time to the day the narrative told just before",
        "no time in its sentence; the past-tense event continues the narrative of {expr!r} ({value}), told just before",
        examples=(
            E(
                "Clashes erupted in Khartoum on Saturday. Paramilitary forces shelled the airport.",
                "2023-04-17",
                "shelled",
                "2023-04-15",
            ),
            # the hour dates the event it was told for; the next one is only known to share its day
            E(
                "Gunmen raided the police post on Sunday night. Four officers were wounded.",
                "2023-04-17",
                "wounded",
                "2023-04-16",
            ),
        ),
        near_misses=(
            E(
                "Clashes erupted in Khartoum in 2019. Paramilitary forces shelled the airport.",
                "2023-04-17",
                "shelled",
                None,
            ),
        ),
        find=find_carried,
    ),
    TieRule(
        REACTION,
        P.REPORTING_FRAME,
        "a reaction in the simple past ('condemned the shooting') to the news day of a lead of the publication day",
        "no time in its sentence; {word!r} is a reaction told in the simple past in an article whose lead is "
        "dated to the publication day: the news day {value}",
        examples=(
            E(
                "Gunmen killed a judge in Kabul on Sunday.\n\n"
                "Lawmakers who said they feared for their lives condemned the killing.",
                "2024-12-01",
                "condemned",
                "2024-12-01",
            ),
        ),
        near_misses=(
            E(
                "Gunmen killed a judge in Kabul in 2019.\n\n"
                "Lawmakers who said they feared for their lives condemned the killing.",
                "2024-12-01",
                "condemned",
                None,
            ),
        ),
        find=find_reaction,
    ),
    TieRule(
        REPORTED_CARRIED,
        P.NARRATIVE,
        "a simple past under a reporting verb, in a sentence without any time, to the day the narrative told just before",
        "no time in its sentence; reported in the simple past, it tells more of {expr!r} ({value}), told just before",
        examples=(
            E(
                "Gunmen stormed the village of Kuka on Sunday. Residents said the attackers burned the market.",
                "2024-06-11",
                "burned",
                "2024-06-09",
            ),
            # a clock time in GMT after the local one tells the same moment again: the story goes on
            # in the local day
            E(
                "Missiles struck the base early Tuesday at about 2 a.m. local time (2300 GMT Monday), officials "
                "said. A spokesman said three soldiers were killed.",
                "2024-06-11",
                "killed",
                "2024-06-11",
            ),
        ),
        near_misses=(
            # told in GMT alone, it is the story's time
            E(
                "Missiles struck the base at 2300 GMT on Monday, officials said. A spokesman said three soldiers "
                "were killed.",
                "2024-06-11",
                "struck",
                "2024-06-10T23:00Z",
            ),
            # the narrative is at a time long past: the report gives no day of the news
            E(
                "Gunmen stormed the village of Kuka in 2019. Residents said the attackers burned the market.",
                "2024-06-11",
                "burned",
                None,
            ),
            # a time of its own sentence dates it (here by the report's day)
            E(
                "Gunmen stormed the village of Kuka on Sunday. Residents said on Monday the attackers had burned "
                "the market.",
                "2024-06-11",
                "burned",
                "2024-06-10",
            ),
        ),
        find=find_reported_carried,
    ),
    TieRule(
        LONE_TIME,
        P.SENTENCE,
        "a past event no other record dated to the one time of its sentence, in a clause nothing else claims",
        "tied to {expr!r} ({value}), the one time of its sentence",
        examples=(
            E(
                "In the north, 47 civilians were killed in Bara after the RSF seized the town on 25 October.",
                "2024-11-03",
                "killed",
                "2024-10-25",
            ),
        ),
        near_misses=(
            E(
                "In the north, 47 civilians were killed in Bara, the ministry said on 25 October.",
                "2024-11-03",
                "killed",
                None,
            ),
        ),
        find=find_lone_time,
    ),
    TieRule(
        LEAD,
        P.NARRATIVE,
        "an undated event of the lead to the day of the first event the article dates",
        "no time in its sentence; told in the lead before any time, it takes the day of the first event the "
        "article dates, {first!r} ({value})",
        examples=(
            E(
                "KYIV (Wire) -\n\nRussian missiles struck the power grid.\n\n"
                "The missile strikes hit Kyiv and Lviv on Sunday, officials said.",
                "2024-12-02",
                "struck",
                "2024-12-01",
            ),
        ),
        near_misses=(
            E(
                "KYIV (Wire) -\n\nOfficials said Russian missiles struck the power grid.\n\n"
                "The missile strikes hit Kyiv and Lviv on Sunday, officials said.",
                "2024-12-02",
                "struck",
                None,
            ),
        ),
        scope="article",
    ),
    TieRule(
        HEADLINE,
        P.NARRATIVE,
        "an event of the headline without a time of its own to the time of the body's first event of its kind",
        "told in the headline without a time of its own, it takes the time of the body's first event of its "
        "kind, {body!r} ({value})",
        examples=(
            E(
                "Drone strike on a market kills dozens, medics say\n\n"
                "A drone strike killed 23 people at a market in the north late on Friday, medics said.",
                "2024-12-02",
                "Drone strike on a market kills",
                "2024-11-29",
            ),
            E(
                "Rebels seize border town\n\nRebels captured the border town of Tal Abyad on Sunday.",
                "2024-12-02",
                "seize",
                "2024-12-01",
            ),
        ),
        near_misses=(
            # a first line that closes like a sentence is no headline: the present is the news day
            E(
                "A drone strike on a market kills dozens, medics say.\n\n"
                "A drone strike killed 23 people at a market in the north late on Friday, medics said.",
                "2024-12-02",
                "drone strike on a market kills",
                "2024-12-02",
            ),
            # the body's event of the kind is months before the news: not the headline's
            E(
                "Rebels seize border town\n\nRebels first captured the border town of Tal Abyad in May.",
                "2024-12-02",
                "seize",
                None,
            ),
            # a headline's plan is not the body's event
            E(
                "Army to storm rebel town\n\nThe army stormed the nearby town of Tal Abyad on Sunday.",
                "2024-12-02",
                "storm",
                None,
            ),
        ),
        scope="article",
    ),
    TieRule(
        ANTECEDENT,
        P.NARRATIVE,
        "a definite event noun without a time to the time of the earlier event of its family it takes up",
        "no time of its own clause; the definite {trigger!r} takes up the earlier {antecedent!r} (offset {offset}), "
        "dated {value}",
        examples=(
            E(
                "Gunmen shot dead a local official in Gao on Friday. Roads were closed. Shops shut. Markets emptied. "
                "The army blamed jihadists for the killing.",
                "2024-12-02",
                "killing",
                "2024-11-29",
            ),
            # an offset after "came" is counted from another event: the noun still refers back
            E(
                "Gunmen attacked a police school in Bamako on Tuesday, killing dozens. "
                "The attack came a day after the juntas marked the anniversary of their alliance.",
                "2024-09-18",
                "attack",
                "2024-09-17",
                occurrence=1,
            ),
        ),
        near_misses=(
            E(
                "Gunmen shot dead a local official in Gao on Friday. Roads were closed. Shops shut. Markets emptied. "
                "The army blamed jihadists for the killing of Hassan.",
                "2024-12-02",
                "killing",
                None,
            ),
        ),
        scope="article",
    ),
    TieRule(
        ANTECEDENT_HYPERNYM,
        P.NARRATIVE,
        "a general definite noun ('the attack') to the time of the earlier event of a family it covers",
        "no time of its own clause; the definite {trigger!r} takes up the earlier {antecedent!r} (offset {offset}), "
        "dated {value}",
        examples=(
            E(
                "A bomb exploded at a checkpoint in Mogadishu on Friday. Roads were closed. Shops shut. Markets emptied. "
                "Soldiers survived the attack.",
                "2024-12-02",
                "attack",
                "2024-11-29",
            ),
        ),
        near_misses=(
            E(
                "A bomb exploded at a checkpoint in Mogadishu on Friday. Roads were closed. Shops shut. Markets emptied. "
                "Soldiers survived the attack on Kismayo.",
                "2024-12-02",
                "attack",
                None,
            ),
        ),
        scope="article",
    ),
    TieRule(
        RESTATEMENT,
        P.NARRATIVE,
        "a mention that tells again an event its article told, without a time of its own, to that event's time",
        "no time of its own; it restates the earlier {lead!r} ({value}), the same happening",
        examples=(
            E(
                "Rebels seized the town of Saraqeb on Friday after a week of fighting. Residents said rebels had "
                "recently seized Saraqeb and cut the highway.",
                "2024-12-02",
                "seized",
                "2024-11-29",
                occurrence=1,
            ),
        ),
        near_misses=(
            E(
                "Rebels seized the town of Saraqeb on Friday after a week of fighting. Residents said rebels had "
                "recently seized Maarat al-Numan and cut the highway.",
                "2024-12-02",
                "seized",
                "PAST_REF",
                occurrence=1,
            ),
        ),
        scope="article",
    ),
)

#: The tie of an event no record ties.
NO_TIME = Tie(NONE, TimePath.NONE)
_NO_TIME_EXPLAINED = "no time expression governs it and its tense gives no reporting frame"

_BY_NAME: Mapping[str, TieRule] = {r.name: r for r in TIME_RULES}
_SENTENCE_RULES = tuple(r for r in TIME_RULES if r.scope == "sentence")
_REFINERS: Mapping[str, Callable[[TieContext, Tie], Tie | None]] = {
    CLOCK_ON_KIN_DAY: clock_on_kin_day,
    CLOCK_ON_STORY_DAY: clock_on_story_day,
}


def rule_named(name: str) -> TieRule:
    """The record of that name."""
    return _BY_NAME[name]


def tie_time(ctx: TieContext) -> Tie:
    """The first record's tie, in the order of :data:`TIME_RULES`."""
    picked = False
    for rule in _SENTENCE_RULES:
        if rule.pick is not None:
            if picked:
                continue
            got = rule.pick(ctx)
            if got is None:
                continue
            picked = True  # one expression record decides, or none does
            if frame_says_more(ctx, got[0]):
                continue
            tie = expression_tie(ctx, rule, *got)
            for refine in _REFINERS.values():
                tie = refine(ctx, tie) or tie
            return tie
        if rule.find is not None:
            found = rule.find(ctx)
            if found is not None:
                return found
    return NO_TIME


def explain(tie: Tie, status: EventStatus, cue: str, kind_rule: str = "") -> str:
    """The explanation of a tie, built from its record's template and its parameters, with the
    status cue and the kind record that refined the event's kind."""
    if tie.rule == NONE:
        text = _NO_TIME_EXPLAINED
    else:
        params = dict(tie.params)
        text = _BY_NAME[tie.rule].explains.format_map(_Defaults(params))
        if "anchor" in params:
            text += f", resolved against {params['anchor']}"
        if "signal" in params:
            text += f"; signal {params['signal']!r}"
    if cue:
        text += f"; status {status.value} from {cue!r}"
    if kind_rule:
        text += f"; kind record {kind_rule!r}"
    return text


class _Defaults(dict[str, str]):
    """Template fields a tie does not carry read as empty."""

    def __missing__(self, key: str) -> str:
        return ""
