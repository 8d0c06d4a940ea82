"""Events: the frame of the news, round 2 (the dating of events that tell no time of their own).

Each behaviour has positive rows and near-misses; the sentences are written for the rule, in the
manner of agency news, and are run through :func:`conflict_timeline.events.extract_events`.
"""

from __future__ import annotations

import pytest

from conflict_timeline import TimePath
from conflict_timeline.events import extract_events

P = TimePath


def _find(text: str, published: str, trigger: str, nth: int = 0):
    evs = [e for e in extract_events(text, published, source="t") if e.trigger.text == trigger]
    assert len(evs) > nth, [(e.trigger.text, e.when) for e in extract_events(text, published, source="t")]
    return evs[nth]


def _value(text: str, published: str, trigger: str, nth: int = 0):
    ev = _find(text, published, trigger, nth)
    return None if ev.when is None else ev.when.value


# --- a present perfect of the news day lends its day to a later past-tense mention of its kind ----


@pytest.mark.parametrize(
    "text, published, trigger, nth, value",
    [
        # the dateline's day is the day of writing; the present perfect puts the signing in the news day
        ("WARSAW, February 26 (Xinhua) --\n\nThe presidents of Poland and the Czech Republic have signed papers "
         "of accession to NATO.\n\nKwasniewski and Havel signed the preparatory documents in their palaces.",
         "1999-02-27", "signed", 1, "1999-02-27"),
        # near-miss: a present tells a habit, not a happening of the day; the last day told is taken
        ("Albright announced the plan on Monday. Albright signs the documents of accession for the United States. "
         "Havel signed the documents in his palace.", "1999-02-23", "signed", 0, "1999-02-22"),
        # near-miss: a past perfect under a report lies on or before the day: no day to lend
        ("Albright announced the plan on Monday. Officials said Havel had signed the treaty. "
         "Kwasniewski signed the documents in his palace.", "1999-02-23", "signed", 1, "1999-02-22"),
    ],
)
def test_a_present_perfect_of_the_news_day_is_an_earlier_event_of_its_kind(text, published, trigger, nth, value) -> None:
    ev = _find(text, published, trigger, nth)
    assert ev.when is not None and ev.when.value == value
    assert ev.time_path is P.NARRATIVE
