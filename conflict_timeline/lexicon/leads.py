"""Lead words: the words that introduce a time, so that a weak reading after them is taken.

A bare month ("in May", not "May resume"), a season alone ("by autumn"), a clock time written
without a.m./p.m. ("at 4 in the morning"), a quarter code ("in Q3", not "Audi Q3"), a spoken year
("in two thousand"), a part of day ("in the morning") and a duration counted with "a" ("for a day",
not "a day of mourning") are read as times only after one of the words listed for their kind. The
rules ask :func:`conflict_timeline.temporal.rules.base.led_by`, which reads this one table.
"""

from __future__ import annotations

from collections.abc import Mapping

__all__ = ["LEADS", "NAME_JOINERS"]


def _words(text: str) -> frozenset[str]:
    return frozenset(w.replace("_", " ") for w in text.split())


#: Kind of weak reading -> the words (lower case; "_" joins a two-word lead) that introduce it.
LEADS: Mapping[str, frozenset[str]] = {
    "month": _words(
        "in of since until till by during from to through before after between and or early late mid last next "
        "this that each every throughout end beginning start middle for as_of starting on around about effective"
    ),
    "season": _words("in during since until by over through throughout this last next early late mid before after of"),
    "clock": _words("at by until till around about before after from since to"),
    "quarter_code": _words("in during for the of since by until through before after from"),
    "spoken_year": _words("in since by until of before after"),
    "part_of_day": _words("in during by until till through throughout"),
    "duration": _words("for in within over about nearly almost than after of lasting at_least"),
    # a day and month in figures without a year ("on 09/05", "since 03/06"), not a fraction ("a 3/4 majority")
    "numeric_date": _words("on since by from until till to before after between and of through during dated as_of"),
    # a moment of the day ("before dawn", "at dusk", "by nightfall")
    "day_moment": _words("before at by until till after from since around about near toward towards until"),
    # the first day of a pair written before its month ("between 4 and 16 August", "on 6 and 7 May")
    "day_pair": _words("between on from overnight since until till by of during and"),
    # "two days after the attack" measures a stretch after these ("lasted two days before", "for a
    # month after"): a duration, not the time of an event
    "measure": _words(
        "for lasted last lasting wait waited waits spent spend took take takes until till within over during"
    ),
    # "the strike came two days after the raid": the time of the subject, told by its distance
    "event_predicate": _words("came comes come started starts began begins followed"),
    # a small number before "AD" or "CE" ("in 79 AD"); a large one is a year on its own
    "era": _words("in since by until till of before after from to around about circa c ca and or between"),
}

#: Lead words that also join names ("Smith and March Fong"): a month after them that is followed by a
#: capitalised word is a name, not a time.
NAME_JOINERS = frozenset({"and", "or"})

#: Nouns a season names the time of when it stands before them ("a spring offensive", "the summer
#: campaign", "the autumn session"): the season is a time even without a lead word.
SEASON_EVENT_NOUNS = frozenset(
    {
        "offensive", "offensives", "counteroffensive", "counteroffensives", "counter-offensive",
        "campaign", "campaigns", "assault", "assaults", "push", "operation", "operations", "fighting",
        "battle", "battles", "session", "sessions", "election", "elections", "harvest", "floods",
        "flooding", "rains", "thaw", "recess", "drought", "famine", "planting", "deployment",
        "deployments", "talks", "war", "uprising", "protests", "raids", "invasion",
    }
)  # fmt: skip
