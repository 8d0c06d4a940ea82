"""Example tables for the temporal engine, grouped by family, one publication date per table.

Each row: text, expected extent, expected TIMEX3 type and value (and where it
matters mod, signal or span). Near-miss tables list texts in which nothing, or
nothing of the named kind, may be found.
"""

from __future__ import annotations

import datetime as dt

import attrs
import pytest
from schema_check import validate

from conflict_timeline import (
    AnchorKind,
    ConflictTimelineError,
    Granularity,
    InvalidPublicationDate,
    Mod,
    TemporalExpression,
    TimeSpan,
    TimexType,
    find_expressions,
    resolve,
)

D = dt.date


def _one(text: str, extent: str, published: str) -> TemporalExpression:
    found = {e.text: e for e in find_expressions(text, published=published)}
    assert extent in found, f"{extent!r} not in {list(found)}"
    return found[extent]


# --- absolute dates (published Monday 2024-12-02) ----------------------------------------------
PUB = "2024-12-02"
ABSOLUTE = [
    ("Signed on Dec. 2, 2024, in Doha.", "Dec. 2, 2024", "DATE", "2024-12-02"),
    ("Fighting resumed on 2 December 2024.", "2 December 2024", "DATE", "2024-12-02"),
    ("The summit opens December 2nd.", "December 2nd", "DATE", "2024-12-02"),
    ("Officials spoke on Monday, Dec. 2 about it.", "Monday, Dec. 2", "DATE", "2024-12-02"),
    ("Updated 2024-12-02.", "2024-12-02", "DATE", "2024-12-02"),
    ("Filed 12/02/2024 in court.", "12/02/2024", "DATE", "2024-12-02"),
    ("Elections were held in December 2024.", "December 2024", "DATE", "2024-12"),
    ("Built in the 1990s.", "the 1990s", "DATE", "199"),
    ("Back in the '90s the city grew.", "the '90s", "DATE", "199"),
    ("A relic of the 19th century.", "the 19th century", "DATE", "18"),
    ("Profits fell in fiscal 1998.", "fiscal 1998", "DATE", "1998"),
    ("The 1998-99 season was cancelled.", "1998-99", "DATE", "1998"),
    ("Rebels entered the city on Nov. 27.", "Nov. 27", "DATE", "2024-11-27"),
    ("It was founded in nineteen ninety-six.", "nineteen ninety-six", "DATE", "1996"),
]


@pytest.mark.parametrize(("text", "extent", "type_", "value"), ABSOLUTE)
def test_absolute_dates(text: str, extent: str, type_: str, value: str) -> None:
    e = _one(text, extent, PUB)
    assert (e.type, e.value) == (TimexType(type_), value)
    assert e.anchor is None or e.anchor.kind is AnchorKind.PUBLICATION_DATE


def test_date_order_option() -> None:
    (e,) = find_expressions("Filed 02/12/2024 in court.", published=PUB, date_order="DMY")
    assert e.value == "2024-12-02"
    (e,) = find_expressions("Filed 02/12/2024 in court.", published=PUB, date_order="MDY")
    assert e.value == "2024-02-12"


def test_day_first_is_a_deprecated_alias_of_date_order() -> None:
    with pytest.warns(DeprecationWarning, match="date_order"):
        (e,) = find_expressions("Filed 02/12/2024 in court.", published=PUB, day_first=True)
    assert e.value == "2024-12-02"


# --- years and the numbers that are not years (published 2024-12-02) ----------------------------
YEARS = [
    ("The war began in 2011.", "2011", "2011", "in"),
    ("Assad has held power since 2011.", "2011", "2011", "since"),
    ("It was 2011's biggest battle.", "2011", "2011", None),
    ("The 2011 uprising failed.", "2011", "2011", None),
    ("Prices rose in early 2016.", "early 2016", "2016", "in"),
    ("The siege ended in late 2016.", "late 2016", "2016", "in"),
    ("Growth stalled in mid-2016.", "mid-2016", "2016", "in"),
]


@pytest.mark.parametrize(("text", "extent", "value", "signal"), YEARS)
def test_years(text: str, extent: str, value: str, signal: str | None) -> None:
    e = _one(text, extent, PUB)
    assert e.value == value and e.signal == signal and e.type is TimexType.DATE


YEAR_MODS = [
    ("Prices rose in early 2016.", Mod.START),
    ("It ended in late 2016.", Mod.END),
    ("Growth stalled in mid-2016.", Mod.MID),
]


@pytest.mark.parametrize(("text", "mod"), YEAR_MODS)
def test_year_mods(text: str, mod: Mod) -> None:
    (e,) = find_expressions(text, published=PUB)
    assert e.mod is mod


NOT_TIMES = [
    "They sent 2,000 troops to the front.",
    "The front line is 1,500 km long.",
    "The UN passed Resolution 2334 in the council.",
    "It ended in a 4-2 win for the visitors.",
    "Call 555-2016 for details.",
    "About 2000 people fled across the border.",
    "The talks May resume.",
    "Ms. March told reporters nothing.",
    "They may march on the capital.",
    "The fall of Aleppo shocked Damascus.",
    "Iraq imports three-quarters of its food.",
    "The 44-year-old suspect fled.",
    "A day of mourning was declared.",
    "The Good Friday Agreement holds.",
    "Flight 1987 landed safely.",
    "He scored 2016 points in his career.",
    "",
]


@pytest.mark.parametrize("text", NOT_TIMES)
def test_near_misses_find_nothing(text: str) -> None:
    assert find_expressions(text, published=PUB) == []


# --- weekdays and relative days: tense decides (published Monday 2024-12-02) --------------------
WEEKDAYS = [
    ("On Monday, fighters crossed into Syria.", "Monday", "DATE", "2024-12-02"),
    ("Rebels seized the town on Friday.", "Friday", "DATE", "2024-11-29"),
    ("Ministers will meet on Friday.", "Friday", "DATE", "2024-12-06"),
    ("The army said it would withdraw, and it withdrew Sunday.", "Sunday", "DATE", "2024-12-01"),
    ("The council is scheduled to vote Wednesday.", "Wednesday", "DATE", "2024-12-04"),
    # a plan told in the past tense still lies ahead; a plan that "had been" made is the past's
    ("Protesters were planning to march on Wednesday.", "Wednesday", "DATE", "2024-12-04"),
    ("Crowds rallied on Wednesday and were planning to march again.", "Wednesday", "DATE", "2024-11-27"),
    (
        "They held a rally on Saturday and were planning to drive to the airport on Wednesday.",
        "Wednesday",
        "DATE",
        "2024-12-04",
    ),
    ("The vote had been scheduled to take place on Wednesday.", "Wednesday", "DATE", "2024-11-27"),
    ("The strike happened last Friday.", "last Friday", "DATE", "2024-11-29"),
    ("They meet next Friday.", "next Friday", "DATE", "2024-12-06"),
    ("Shelling continued Monday night.", "Monday night", "TIME", "2024-12-02TNI"),
    ("The army said yesterday it had withdrawn.", "yesterday", "DATE", "2024-12-01"),
    ("Talks resume today.", "today", "DATE", "2024-12-02"),
    ("Leaders meet tomorrow.", "tomorrow", "DATE", "2024-12-03"),
    ("Explosions were heard tonight.", "tonight", "TIME", "2024-12-02TNI"),
    ("The blast happened at 10:30 a.m. local time Friday.", "10:30 a.m. local time Friday", "TIME", "2024-11-29T10:30"),
    ("A curfew starts at 8 p.m.", "8 p.m.", "TIME", "2024-12-02T20:00"),
]


@pytest.mark.parametrize(("text", "extent", "type_", "value"), WEEKDAYS)
def test_weekdays_and_relative_days(text: str, extent: str, type_: str, value: str) -> None:
    e = _one(text, extent, PUB)
    assert (e.type, e.value) == (TimexType(type_), value)
    assert e.anchor is not None and e.anchor.kind is AnchorKind.PUBLICATION_DATE


# --- relative periods (published Monday 2024-12-02) ---------------------------------------------
PERIODS = [
    ("Rebels captured Aleppo last week.", "last week", "2024-W48", None),
    ("Turnout rose this year.", "this year", "2024", None),
    ("Elections are due next month.", "next month", "2025-01", None),
    ("Prices fell earlier this month.", "earlier this month", "2024-12", Mod.START),
    ("The siege began late last year.", "late last year", "2023", Mod.END),
    ("Troops massed last weekend.", "last weekend", "2024-W48-WE", None),
    ("Floods hit the region last summer.", "last summer", "2024-SU", None),
    ("The town fell two days ago.", "two days ago", "2024-11-30", None),
    ("The war started three years ago.", "three years ago", "2021", None),
    ("Fighting flared again last October.", "last October", "2024-10", None),
    # the month just ended would be "last month": "last November" on 2 December is a year earlier
    ("Fighting flared again last November.", "last November", "2023-11", None),
    ("Fighting flared again last December.", "last December", "2023-12", None),
    ("Troops will leave by mid-March.", "mid-March", "2025-03", Mod.MID),
    ("Output grew in the first half of 2023.", "the first half of 2023", "2023-H1", None),
    ("Profits fell in the third quarter.", "the third quarter", "2024-Q3", None),
    ("Plans had begun as early as last year.", "last year", "2023", None),
]


@pytest.mark.parametrize(("text", "extent", "value", "mod"), PERIODS)
def test_relative_periods(text: str, extent: str, value: str, mod: Mod | None) -> None:
    e = _one(text, extent, PUB)
    assert (e.value, e.mod) == (value, mod)


def test_last_week_span() -> None:
    e = resolve("last week", published=PUB)
    assert e is not None and e.span == TimeSpan("2024-W48", D(2024, 11, 25), D(2024, 12, 1), Granularity.WEEK)


# --- months without a year: tense and distance (published 2013-03-15) --------------------------
MONTHS = [
    ("The plan is to hold elections in June.", "June", "2013-06"),
    ("Elections were held in June.", "June", "2012-06"),
    ("The offensive will start in April.", "April", "2013-04"),
    ("Rebels attacked in February.", "February", "2013-02"),
]


@pytest.mark.parametrize(("text", "extent", "value"), MONTHS)
def test_months_without_year(text: str, extent: str, value: str) -> None:
    assert _one(text, extent, "2013-03-15").value == value


# --- narrative anchoring (published 2024-12-02) -------------------------------------------------
def test_narrative_anchors_follow_the_story() -> None:
    text = "They met on Nov. 20. Two days later, the city fell. The next day, rebels advanced. That week, talks failed."
    exprs = find_expressions(text, published=PUB)
    values = [(e.text, e.value) for e in exprs]
    assert values == [
        ("Nov. 20", "2024-11-20"),
        ("Two days later", "2024-11-22"),
        ("The next day", "2024-11-23"),
        ("That week", "2024-W47"),
    ]
    later = exprs[1]
    assert later.anchor is not None and later.anchor.kind is AnchorKind.EXPRESSION
    assert later.anchor.text == "Nov. 20" and later.anchor.start == text.index("Nov. 20")


def test_narrative_without_antecedent_falls_back_to_publication() -> None:
    (e,) = find_expressions("The following year, the war ended.", published=PUB)
    assert e.value == "2025" and e.anchor is not None and e.anchor.kind is AnchorKind.PUBLICATION_DATE


def test_a_year_earlier_keeps_the_quarter() -> None:
    text = "Profit rose in the third quarter. A year earlier, the company lost money."
    exprs = find_expressions(text, published="1989-11-02")
    assert [e.value for e in exprs] == ["1989-Q3", "1988-Q3"]


# --- signals and ranges (published 2024-12-02) ---------------------------------------------------
SIGNALS = [
    ("The war has continued since 2011.", "2011", "since", D(2011, 1, 1), None),
    ("Nothing changed until 2020.", "2020", "until", None, D(2020, 12, 31)),
    ("They must leave by 2026.", "2026", "by", None, D(2026, 12, 31)),
    ("It was calm before 2020.", "2020", "before", None, D(2019, 12, 31)),
    ("Unrest grew after 2021.", "2021", "after", D(2022, 1, 1), None),
    ("An ally since the onset of the civil war in 2011.", "2011", "since", D(2011, 1, 1), None),
    ("Fighting raged from 2010 to 2015.", "2010", "from", D(2010, 1, 1), D(2015, 12, 31)),
    ("Fighting raged from 2010 to 2015.", "2015", "to", D(2010, 1, 1), D(2015, 12, 31)),
    ("Talks were held between March and May 2024.", "March", "between", D(2024, 3, 1), D(2024, 5, 31)),
]


@pytest.mark.parametrize(("text", "extent", "signal", "start", "end"), SIGNALS)
def test_signals_shape_the_span(text: str, extent: str, signal: str, start, end) -> None:
    e = _one(text, extent, PUB)
    assert e.signal == signal
    assert e.span is not None and (e.span.start, e.span.end) == (start, end)
    assert e.text == extent  # the signal word stays outside the extent


WRITTEN_RANGES = [
    ("The Iran-Iraq war of 1980-88 killed many.", ["1980", "88"], ["1980", "1988"], D(1980, 1, 1), D(1988, 12, 31)),
    (
        "The 1992-1995 war in Bosnia ended at Dayton.",
        ["1992", "1995"],
        ["1992", "1995"],
        D(1992, 1, 1),
        D(1995, 12, 31),
    ),
    (
        "Talks were held on Nov. 28-29 in Doha.",
        ["Nov. 28", "29"],
        ["2024-11-28", "2024-11-29"],
        D(2024, 11, 28),
        D(2024, 11, 29),
    ),
]


@pytest.mark.parametrize(("text", "extents", "values", "start", "end"), WRITTEN_RANGES)
def test_written_ranges_give_both_ends_the_whole_span(text, extents, values, start, end) -> None:
    exprs = find_expressions(text, published=PUB)
    assert [e.text for e in exprs] == extents and [e.value for e in exprs] == values
    assert all(e.span is not None and (e.span.start, e.span.end) == (start, end) for e in exprs)


# A weekday reported from an earlier weekday of the same sentence (published Monday 2024-12-02)
REPORTED_WEEKDAYS = [
    ("The army said on Tuesday it had retaken the town on Monday.", "Monday", "2024-11-25"),
    ("On Tuesday, the army said it had retaken the town on Monday.", "Monday", "2024-11-25"),
    # the later weekday is not before the reporting day: read from the publication date as usual
    ("Officials said Sunday that 20 people died on Saturday.", "Saturday", "2024-11-30"),
    ("In contrast to Thursday, when 133 people were arrested, protesters were calmer Friday.", "Friday", "2024-11-29"),
    ("The man was identified Thursday as a suspect, newspapers reported Friday.", "Friday", "2024-11-29"),
    ("The army said on Tuesday. Rebels retook the town on Monday.", "Monday", "2024-12-02"),
    ("The ceasefire announced Tuesday took effect Wednesday at 4 a.m.", "Wednesday", "2024-11-27"),
]


# A possessive weekday dates its noun, not the clause's verb: the past one, unless the coming one is
# much nearer (published Monday 2024-12-02)
POSSESSIVE_WEEKDAYS = [
    ("Lawyers said they would look for ways to get around Friday's ruling.", "Friday", "2024-11-29"),
    ("Voters will turn out for Tuesday's election.", "Tuesday", "2024-12-03"),
    ("Saturday's attack killed 11.", "Saturday", "2024-11-30"),
    ("A premium over Thursday's closing price.", "Thursday", "2024-11-28"),  # 4 days back, 3 ahead
    ("Ahead of Wednesday's vote, parties campaigned.", "Wednesday", "2024-12-04"),  # 5 back, 2 ahead
    ("The court will rule on Friday.", "Friday", "2024-12-06"),  # not possessive: the tense decides
]


# A weekday labelling a line of a list ("- Thursday: ...") logs a day that has passed, unless a cue says
# the list looks ahead (published Monday 2024-12-02)
LINE_LABEL_WEEKDAYS = [
    ("Key dates\n- Thursday: rebels take the airport", "Thursday", "2024-11-28"),
    ("Key dates\n- Thursday-Friday: troops pour into the province", "Thursday", "2024-11-28"),
    ("What happened\n\u2022 Wednesday: the president names a panel", "Wednesday", "2024-11-27"),
    ("Key dates\nThursday : the army retakes the bridge", "Thursday", "2024-11-28"),
    # a future cue still looks ahead
    ("Key dates\n- Thursday: talks will resume in Doha", "Thursday", "2024-12-05"),
    # not a line's label: the nearest Thursday, as for any weekday without a cue
    ("Talks resume Thursday: a source says", "Thursday", "2024-12-05"),
    ("Key dates\n- Talks resume Thursday: a source says", "Thursday", "2024-12-05"),
]


# A clock time without a day is on the narrative's day, but not on a day told in a relative clause:
# that is the story's background (published Monday 2024-12-02)
CLOCK_AFTER_RELATIVE = [
    (
        "Rebels shelled the city early Sunday, avenging the raid that killed their chief four days ago. "
        "The shells fell from about 3 a.m.",
        "about 3 a.m.",
        "2024-12-01T03:00",
    ),
    # nothing told outside the relative clause: the publication day
    (
        "It was revenge for the raid that killed their chief four days ago. The shells fell from about 3 a.m.",
        "about 3 a.m.",
        "2024-12-02T03:00",
    ),
    # a day of the main clause is the story's day
    (
        "Rebels shelled the city early Sunday. The shells fell from about 3 a.m.",
        "about 3 a.m.",
        "2024-12-01T03:00",
    ),
    # "that" opening a reported clause is no relative clause: its day is the story's
    (
        "Rebels said that the army shelled the city four days ago. The shells fell from about 3 a.m.",
        "about 3 a.m.",
        "2024-11-28T03:00",
    ),
]


@pytest.mark.parametrize(("text", "extent", "value"), CLOCK_AFTER_RELATIVE)
def test_clock_time_skips_a_relative_clause_day(text: str, extent: str, value: str) -> None:
    assert _one(text, extent, PUB).value == value


@pytest.mark.parametrize(("text", "extent", "value"), LINE_LABEL_WEEKDAYS)
def test_weekday_labelling_a_line_is_past(text: str, extent: str, value: str) -> None:
    assert _one(text, extent, PUB).value == value


@pytest.mark.parametrize(("text", "extent", "value"), POSSESSIVE_WEEKDAYS)
def test_possessive_weekday_leans_to_the_past(text: str, extent: str, value: str) -> None:
    assert _one(text, extent, PUB).value == value


@pytest.mark.parametrize(("text", "extent", "value"), REPORTED_WEEKDAYS)
def test_weekday_reported_from_an_earlier_day(text: str, extent: str, value: str) -> None:
    assert _one(text, extent, PUB).value == value


def test_separate_days_stay_separate() -> None:
    a, b = find_expressions("Fighting on Nov. 27 and 28 killed dozens.", published=PUB)
    assert (a.value, b.value) == ("2024-11-27", "2024-11-28")
    assert b.span is not None and b.span.start == b.span.end == D(2024, 11, 28)


def test_since_is_ongoing() -> None:
    e = _one("Syria's war had reached a stalemate since 2020.", "2020", PUB)
    assert e.span is not None and e.span.ongoing and e.span.is_open and e.value == "2020"


# --- durations, sets, vague references (published 2024-12-02) ----------------------------------
OTHERS = [
    ("The talks lasted three days.", "three days", "DURATION", "P3D", None),
    ("It has raged for more than three decades.", "more than three decades", "DURATION", "P3DE", Mod.MORE_THAN),
    ("Israel won a six-day war.", "six-day", "DURATION", "P6D", None),
    ("The ceasefire expires in 48 hours.", "48 hours", "DURATION", "PT48H", None),
    ("Fighting intensified over the past two weeks.", "the past two weeks", "DURATION", "P2W", None),
    ("The biggest success for rebels in years.", "years", "DURATION", "PXY", None),
    ("Prices have risen in recent months.", "recent months", "DURATION", "PXM", None),
    ("More troops will arrive in the coming weeks.", "the coming weeks", "DURATION", "PXW", None),
    ("Fighting has eased over the past several weeks.", "the past several weeks", "DURATION", "PXW", None),
    ("The region has been at war for decades.", "decades", "DURATION", "PXDE", None),
    ("Protesters gather every Monday.", "every Monday", "SET", "XXXX-WXX-1", None),
    ("The council meets weekly.", "weekly", "SET", "P1W", None),
    ("The report is updated each year.", "each year", "SET", "P1Y", None),
    ("Rebels recently seized the city.", "recently", "DATE", "PAST_REF", None),
    ("The coalition currently controls the north.", "currently", "DATE", "PRESENT_REF", None),
    ("Hezbollah stayed out for now.", "now", "DATE", "PRESENT_REF", None),
    ("Talks will resume soon.", "soon", "DATE", "FUTURE_REF", None),
]


@pytest.mark.parametrize(("text", "extent", "type_", "value", "mod"), OTHERS)
def test_durations_sets_vague(text: str, extent: str, type_: str, value: str, mod: Mod | None) -> None:
    e = _one(text, extent, PUB)
    assert (e.type, e.value, e.mod) == (TimexType(type_), value, mod)


def test_anchored_duration_has_a_span() -> None:
    e = _one("Fighting intensified over the past two weeks.", "the past two weeks", PUB)
    assert e.span is not None and (e.span.start, e.span.end) == (D(2024, 11, 18), D(2024, 12, 2))


# --- a word before the signal places the time (published Monday 2024-12-02) --------------------------
# "late on Thursday" is the end of Thursday, as "late Thursday" is: the word joins the extent (as
# TIMEX2 and WikiWars write "early in 1862") and gives the mod; the signal stays recorded.
MODS_BEFORE_SIGNALS = [
    ("Militants attacked an army post late on Thursday.", "late on Thursday", "2024-11-28", Mod.END),
    ("Clashes broke out early on Sunday morning.", "early on Sunday morning", "2024-12-01TMO", Mod.START),
    ("Fighting began late on Thursday night.", "late on Thursday night", "2024-11-28TNI", Mod.END),
    ("The offensive began early in 2016.", "early in 2016", "2016", Mod.START),
    ("Troops landed late on 3 March 2023.", "late on 3 March 2023", "2023-03-03", Mod.END),
    # near-misses: "later" and "earlier" compare with another time of that day; they place nothing
    ("Later on Friday, the army withdrew.", "Friday", "2024-11-29", None),
    ("Earlier on Sunday, rebels shelled the city.", "Sunday", "2024-12-01", None),
]


@pytest.mark.parametrize(("text", "extent", "value", "mod"), MODS_BEFORE_SIGNALS)
def test_a_word_before_the_signal_places_the_time(text: str, extent: str, value: str, mod: Mod | None) -> None:
    e = _one(text, extent, PUB)
    assert (e.value, e.mod) == (value, mod)
    assert e.span is not None and e.span.mod == mod
    assert e.adjacent_signal is not None and e.adjacent_signal.normal in ("on", "in")


def test_a_word_before_a_signal_without_a_time_is_nothing() -> None:
    for text in ("Early on, the rebels held the town.", "Late in the war, the army collapsed."):
        assert find_expressions(text, PUB) == []


# --- steps of hours and minutes (published Monday 2024-12-02) ----------------------------------------
# A day stands for its middle when hours move it ("two hours ago" is the day itself, "20 hours ago"
# the day before); a clock time the story has reached moves as a clock time ("about 10 minutes later"
# after "2 p.m." is 14:10). Every span is bounded by days, never by datetimes.
CLOCK_STEPS = [
    ("Rebels seized the town two hours ago.", "two hours ago", "DATE", "2024-12-02", (D(2024, 12, 2), D(2024, 12, 2))),
    ("The convoy left 20 hours ago.", "20 hours ago", "DATE", "2024-12-01", (D(2024, 12, 1), D(2024, 12, 1))),
    ("They met on Sunday. An hour earlier, troops left.", "An hour earlier", "DATE", "2024-12-01", None),
    ("They met on Sunday. 90 minutes later, troops left.", "90 minutes later", "DATE", "2024-12-01", None),
    ("They met on Sunday. 30 hours later, troops left.", "30 hours later", "DATE", "2024-12-02", None),
    (
        "The first blast hit at 2 p.m. The second went off about 10 minutes later.",
        "about 10 minutes later",
        "TIME",
        "2024-12-02T14:10",
        (D(2024, 12, 2), D(2024, 12, 2)),
    ),
    (
        "Shelling began at 23:30 GMT. Two hours later it stopped.",
        "Two hours later",
        "TIME",
        "2024-12-03T01:30Z",
        (D(2024, 12, 3), D(2024, 12, 3)),
    ),
    # a time in brackets restates the one before it: the story stays at the local time
    (
        "It hit at 2 p.m. local time (1100 GMT). A second blast came 10 minutes later.",
        "10 minutes later",
        "TIME",
        "2024-12-02T14:10",
        None,
    ),
    (
        "Shelling eased over the last 30 minutes.",
        "the last 30 minutes",
        "DURATION",
        "PT30M",
        (D(2024, 12, 2), D(2024, 12, 2)),
    ),
    (
        "Talks will go on for the next 25 hours.",
        "the next 25 hours",
        "DURATION",
        "PT25H",
        (D(2024, 12, 2), D(2024, 12, 3)),
    ),
    (
        "Fighting raged over the past 24 hours.",
        "the past 24 hours",
        "DURATION",
        "PT24H",
        (D(2024, 12, 1), D(2024, 12, 2)),
    ),
]


@pytest.mark.parametrize(("text", "extent", "type_", "value", "bounds"), CLOCK_STEPS)
def test_steps_of_hours_give_days_or_clock_times(text: str, extent: str, type_: str, value: str, bounds) -> None:
    e = _one(text, extent, PUB)
    assert (e.type, e.value) == (TimexType(type_), value)
    if bounds is not None:
        assert e.span is not None and (e.span.start, e.span.end) == bounds
    for found in find_expressions(text, PUB):
        for span in (found.span, found.bare_span):
            if span is not None:
                assert not isinstance(span.start, dt.datetime) and not isinstance(span.end, dt.datetime), found


def test_clock_steps_at_the_calendar_edges() -> None:
    text = "Shelling began at 23:30 GMT. Two hours later it stopped."
    found = {e.text: e.value for e in find_expressions(text, D(1, 1, 1))}
    assert found["Two hours later"] == "0001-01-02T01:30Z"  # four-digit years, as ISO writes them
    assert "Two hours later" not in {e.text for e in find_expressions(text, D(9999, 12, 31))}  # past the end


# --- the API contract -------------------------------------------------------------------------------
SEED_LIKE = (
    "On Monday, a wave of fighters crossed into Syria. Rebels recently seized Aleppo. "
    "Last week's capture of Aleppo came after preparations that began as early as last year, "
    "since 2011 the war has raged; in 2016 the government retook the city."
)


def test_offsets_sorted_non_overlapping_and_exact() -> None:
    exprs = find_expressions(SEED_LIKE, published=PUB)
    assert len(exprs) >= 6
    for a, b in zip(exprs, exprs[1:], strict=False):
        assert a.end <= b.start
    for e in exprs:
        assert SEED_LIKE[e.start : e.end] == e.text
        assert e.rule and e.explanation


@pytest.mark.parametrize(
    "published",
    [
        "2024-12-02",
        D(2024, 12, 2),
        dt.datetime(2024, 12, 2, 9, 30),
        "December 2, 2024",
        "Mon, 02 Dec 2024 10:00:00 GMT",
        "2 Dec. 2024",
        dt.datetime(2024, 12, 2, 23, 0, tzinfo=dt.timezone(dt.timedelta(hours=-8))),
        "20241202",
        "2024-12-02T23:00:00Z",
    ],
)
def test_publication_date_forms(published) -> None:
    (e,) = find_expressions("It happened yesterday.", published=published)
    assert e.value == "2024-12-01"


@pytest.mark.parametrize(
    "published",
    [
        "2024-02-30",
        "yesterday",
        "",
        "2024-13-01",
        20241202,
        None,
        "x" * 1000,
        "Friday",
        "Feb 30, 2024",
        "December 2024",
        "last week",
    ],
)
def test_bad_publication_date_is_a_typed_error(published) -> None:
    with pytest.raises(InvalidPublicationDate) as info:
        find_expressions("It happened yesterday.", published=published)
    assert isinstance(info.value, ConflictTimelineError) and isinstance(info.value, ValueError)


@pytest.mark.parametrize("text", [None, 42, b"on Monday", ["on Monday"]])
def test_non_str_text_is_a_type_error(text) -> None:
    with pytest.raises(TypeError):
        find_expressions(text, published=PUB)  # type: ignore[arg-type]


def test_resolve_single_phrase() -> None:
    e = resolve("last Friday", published=PUB)
    assert e is not None and e.value == "2024-11-29" and e.rule == "weekday"
    assert resolve("no time here", published=PUB) is None


def test_values_are_frozen_and_slotted() -> None:
    e = resolve("last week", published=PUB)
    assert e is not None
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        e.value = "x"  # type: ignore[misc]
    assert not hasattr(e, "__dict__") and not hasattr(e.span, "__dict__")


def test_timespan_relations_and_order() -> None:
    year = TimeSpan("2024", D(2024, 1, 1), D(2024, 12, 31), Granularity.YEAR)
    week = TimeSpan("2024-W48", D(2024, 11, 25), D(2024, 12, 1), Granularity.WEEK)
    day = TimeSpan("2024-12-02", D(2024, 12, 2), D(2024, 12, 2), Granularity.DAY)
    since = TimeSpan("2020", D(2020, 1, 1), None, Granularity.YEAR)
    assert year.contains(week) and year.contains(D(2024, 6, 1)) and not week.contains(day)
    assert week.overlaps(year) and not week.overlaps(day) and week.precedes(day)
    assert not year.precedes(day)  # they overlap: order is not certain
    assert since.contains(day) and since.ongoing and not since.precedes(day)
    assert sorted([day, week, year, since]) == [since, year, week, day]


def test_two_digit_year_of_a_quarter_code_is_placed_like_fiscal_years() -> None:
    (q,) = find_expressions("In Q1 '98 sales grew.", published="1999-05-01")
    assert (q.text, q.value) == ("Q1 '98", "1998-Q1")  # not 2098


# --- the stage's records: typed readings, signals, what the text stated ---------------------------
TWO_DIGIT_YEARS = [
    # one rule for every two-digit year: the publication's century unless that is 10+ years ahead
    ("Filed 12/02/98 in court.", "2024-12-02", "12/02/98", "1998-12-02"),
    ("Filed 12/02/24 in court.", "2024-12-02", "12/02/24", "2024-12-02"),
    ("Profits fell in fiscal '98.", "2024-12-02", "fiscal '98", "1998"),
    ("Profits rose in fiscal '25.", "2024-12-02", "fiscal '25", "2025"),
    ("In Q1 '98 sales grew.", "1999-05-01", "Q1 '98", "1998-Q1"),
]


@pytest.mark.parametrize(("text", "published", "extent", "value"), TWO_DIGIT_YEARS)
def test_two_digit_years_follow_one_rule(text: str, published: str, extent: str, value: str) -> None:
    e = _one(text, extent, published)
    assert e.value == value


KNOWN = [
    ("Signed on Dec. 2 in Doha.", "Dec. 2", {"month", "day"}),
    ("Signed on 2 December 2024 in Doha.", "2 December 2024", {"year", "month", "day"}),
    ("Officials spoke on Monday, Dec. 2 about it.", "Monday, Dec. 2", {"weekday", "month", "day"}),
    ("Rebels seized the town on Friday.", "Friday", {"weekday"}),
    ("Shelling continued Monday night.", "Monday night", {"weekday", "part_of_day"}),
    ("The army said yesterday it had withdrawn.", "yesterday", set()),
    ("Rebels captured Aleppo last week.", "last week", set()),
    ("The war began in 2011.", "2011", {"year"}),
    ("Elections were held in December 2024.", "December 2024", {"year", "month"}),
    ("Back in the '90s the city grew.", "the '90s", {"decade"}),
    ("Built in the 1990s.", "the 1990s", {"decade", "century"}),
    ("Revenue rose 5% in Q3 2024.", "Q3 2024", {"quarter", "year"}),
    ("A curfew starts at 8 p.m.", "8 p.m.", {"hour"}),
    (
        "The blast happened at 10:30 a.m. local time Friday.",
        "10:30 a.m. local time Friday",
        {"hour", "minute", "weekday"},
    ),
    ("The talks lasted three days.", "three days", set()),
]


@pytest.mark.parametrize(("text", "extent", "known"), KNOWN)
def test_known_fields_say_what_the_text_stated(text: str, extent: str, known: set[str]) -> None:
    from conflict_timeline.model import CALENDAR_FIELDS

    e = _one(text, extent, PUB)
    assert e.known == known
    assert e.known <= set(CALENDAR_FIELDS)


SIGNAL_WORDS = [
    # text, extent, adjacent (text, normal), governing (text, normal), effect, mod
    ("Assad has held power since 2011.", "2011", ("since", "since"), ("since", "since"), "OPEN_END", None),
    (
        "It has raged since the onset of the civil war in 2011.",
        "2011",
        ("in", "in"),
        ("since", "since"),
        "OPEN_END",
        None,
    ),
    ("Troops must leave by March 2025.", "March 2025", ("by", "by"), ("by", "by"), "OPEN_START", "ON_OR_BEFORE"),
    ("It was planned prior to 2011.", "2011", ("prior to", "before"), ("prior to", "before"), "BEFORE", "BEFORE"),
    (
        "Plans had begun as early as last year.",
        "last year",
        ("as early as",) * 2,
        ("as early as",) * 2,
        "NONE",
        "ON_OR_BEFORE",
    ),
    ("The plans were drawn up circa 1990.", "1990", ("circa", "circa"), ("circa", "circa"), "NONE", "APPROX"),
    ("The war began in 2011.", "2011", ("in", "in"), ("in", "in"), "NONE", None),
]


@pytest.mark.parametrize(("text", "extent", "adjacent", "governing", "effect", "mod"), SIGNAL_WORDS)
def test_signals_adjacent_and_governing(text, extent, adjacent, governing, effect, mod) -> None:
    e = _one(text, extent, PUB)
    assert e.adjacent_signal is not None and e.governing_signal is not None
    assert (e.adjacent_signal.text.lower(), e.adjacent_signal.normal) == adjacent
    assert (e.governing_signal.text.lower(), e.governing_signal.normal) == governing
    assert text[e.adjacent_signal.start : e.adjacent_signal.end] == e.adjacent_signal.text
    assert e.governing_signal.effect.value == effect and e.governing_signal.mod == (Mod(mod) if mod else None)
    assert e.signal == governing[1]


def test_no_signal_without_a_signal_word() -> None:
    e = _one("The 2011 uprising failed.", "2011", PUB)
    assert e.adjacent_signal is None and e.governing_signal is None and e.signal is None


MONTH_NAMES = [
    "Ministers of Hungary and Jan Kavan of the Czech Republic signed.",
    "The reporter April Ryan asked first.",
    "Mr. Smith and March Fong Eu met the governor.",
    "Voters backed Smith or March Fong Eu.",
    "In May Smith was elected.",
]


@pytest.mark.parametrize("text", MONTH_NAMES)
def test_a_month_that_is_a_first_name_is_never_a_time(text: str) -> None:
    assert [e.text for e in find_expressions(text, published=PUB)] == []


def test_a_month_after_and_is_still_a_month() -> None:
    (a, b) = find_expressions("Talks were held in June and July before the vote.", published=PUB)
    assert (a.value, b.value) == ("2024-06", "2024-07")


def test_every_reading_type_has_a_resolver() -> None:
    from conflict_timeline.temporal import readings
    from conflict_timeline.temporal.resolvers import RESOLVERS

    kinds = {
        v
        for v in vars(readings).values()
        if isinstance(v, type) and issubclass(v, readings.Reading) and v is not readings.Reading
    }
    assert kinds and kinds <= set(RESOLVERS), kinds - set(RESOLVERS)


def test_a_rule_without_key_words_is_refused() -> None:
    import re

    from conflict_timeline.temporal import Rule

    with pytest.raises(ValueError, match="key words"):
        Rule("nameless", "absolute", re.compile("x"), lambda m: None, keys=frozenset())


def test_new_expression_fields_survive_the_json_round_trip() -> None:
    from conflict_timeline.export.json import _read_expression as read_expression
    from conflict_timeline.export.json import expression_to_dict

    e = _one("It has raged since the onset of the civil war in 2011.", "2011", PUB)
    data = validate("expression", expression_to_dict(e))
    assert data is not None and data["known"] == ["year"] and data["governing_signal"]["normal"] == "since"
    assert read_expression(data, "e") == e
    old = {k: v for k, v in data.items() if k not in ("adjacent_signal", "governing_signal", "known")}
    assert read_expression(old, "e") == attrs.evolve(e, adjacent_signal=None, governing_signal=None, known=frozenset())


# --- narrative documents (issue 11) ---------------------------------------------------------------
NARRATIVE_PUB = "2009-12-19"  # the day the text was collected, long after the story
NARRATIVE = [
    # text, extent, value read as a narrative, value read as news (a report that puts its story in a
    # stated past year reads the dates without a year of that passage in that year too)
    ("Italy entered the war in 1940. On June 10, Italy invaded France.", "June 10", "1940-06-10", "1940-06-10"),
    ("Poland fell in September 1939. By early October, it was divided.", "early October", "1939-10", "1939-10"),
    (
        "Italy entered the war in 1940.\n\nThe talks failed.\n\nMore troops arrived in June.",
        "June",
        "1940-06",
        "2009-06",
    ),
    ("The offensive failed in 1941. The following year, the Allies landed.", "The following year", "1942", "1942"),
    ("Troops landed on 6 June 1944. Two days later, the beachhead held.", "Two days later", "1944-06-08", "1944-06-08"),
    ("The siege began in May 1863. In July, the city surrendered.", "July", "1863-07", "1863-07"),
    ("The siege ended. In July, the city surrendered.", "July", "2009-07", "2009-07"),
    ("The war began in 1861. The memorial still stands today.", "today", "PRESENT_REF", "2009-12-19"),
    ("The treaty was signed in 1783; it will be renegotiated next year.", "next year", "2010", "2010"),
    (
        "Fighting resumed in 1919. A few days later, the front collapsed.",
        "A few days later",
        "FUTURE_REF",
        "FUTURE_REF",
    ),
]


@pytest.mark.parametrize(("text", "extent", "narrative", "news"), NARRATIVE)
def test_narrative_documents_resolve_against_the_story(text: str, extent: str, narrative: str, news: str) -> None:
    def value(document: str) -> str:
        found = {e.text: e for e in find_expressions(text, NARRATIVE_PUB, document=document)}  # type: ignore[arg-type]
        assert extent in found, list(found)
        return found[extent].value

    assert (value("narrative"), value("news")) == (narrative, news)


# A report that puts a passage in a stated past year reads that passage's dates without a year in
# it; these rows say when it does not (read as news, against the publication date given).
NEWS_STORY_YEAR = [
    # text, publication, extent, value
    ("The siege began on 3 May 1992. On 19 May, the first convoy got through.", "2024-12-02", "19 May", "1992-05-19"),
    # a range puts the story at its start, so the passage may go back to it
    (
        "The war was fought from 12 March to 30 June 1999. Fighting broke out on 12 March near the border.",
        "2024-12-02",
        "12 March",
        "1999-03-12",
    ),
    ("Shelling began on Oct. 8, 2023, a day after the Oct. 7 raid.", "2024-11-27", "Oct. 7", "2023-10-07"),
    # a state that reaches the present is the report's (the verb before or after "since") ...
    (
        "The truce took hold in January 2021. Since March, the army has shelled the north.",
        "2024-12-02",
        "March",
        "2024-03",
    ),
    ("The envoy left in January 2021. He has been abroad since March 5.", "2024-12-02", "March 5", "2024-03-05"),
    # ... near-misses: "since" in the past, the present perfect without "since"
    ("The truce took hold in January 2021. Since March, the army shelled the north.", "2024-12-02", "March", "2021-03"),
    ("The envoy left in January 2021. He was stranded abroad since March 5.", "2024-12-02", "March 5", "2021-03-05"),
    ("The envoy left in January 2021. On March 5 he has been stranded abroad.", "2024-12-02", "March 5", "2021-03-05"),
    # the writer named the story's year by an anaphor in an earlier sentence ...
    (
        "Rebels seized the city in early 2014 and declared a state in June that year. The capital was retaken in July.",
        "2017-10-17",
        "July",
        "2017-07",
    ),
    (
        "Rebels seized the city in early 2014 and declared a state the following year. The capital fell in July.",
        "2017-10-17",
        "July",
        "2017-07",
    ),
    # ... near-misses: in the same sentence; "a year later" keeps the day, it names no year
    (
        "Rebels seized the city in early 2014, declared a state in June that year and lost it in July.",
        "2017-10-17",
        "July",
        "2014-07",
    ),
    (
        "Rebels seized the city in early 2014 and declared a state a year later. The capital fell in July.",
        "2017-10-17",
        "July",
        "2014-07",
    ),
    # the year dates what a signal bounds the time by ...
    (
        "It was the first raid since a war in 1971. The group claimed a bombing on Feb. 14.",
        "2019-02-27",
        "Feb. 14",
        "2019-02-14",
    ),
    # ... near-misses: "by" names an agent; a year the story is in
    (
        "The company was bought by the state in 1971. The group claimed a bombing on Feb. 14.",
        "2019-02-27",
        "Feb. 14",
        "1971-02-14",
    ),
    ("The group was founded in 1971. It claimed a bombing on Feb. 14.", "2019-02-27", "Feb. 14", "1971-02-14"),
    # a report does not step back before the month the story was put in (it would name the year) ...
    ("Fighting began on Oct. 8, 2023. The war escalated in September.", "2024-11-27", "September", "2024-09"),
    (
        "The siege began on 3 May 1992. On 19 April, the first convoy got through.",
        "2024-12-02",
        "19 April",
        "2024-04-19",
    ),
    # ... near-misses: it goes forward, or stays in the month
    ("Fighting began on Oct. 8, 2023. The war escalated in November.", "2024-11-27", "November", "2023-11"),
    ("Fighting began on Oct. 8, 2023. The war escalated on Oct. 20.", "2024-11-27", "Oct. 20", "2023-10-20"),
    # the day cannot be in the story's year
    ("The president was killed in January 2021. On Feb. 29, gangs attacked.", "2024-03-12", "Feb. 29", "2024-02-29"),
    # a year that names a thing keeps its value and does not move the story ...
    ("Delhi suspended the 1960 treaty; Islamabad responded a day later.", "2025-05-07", "a day later", "2025-05-08"),
    ("Delhi suspended the 1960 treaty; Islamabad responded a day later.", "2025-05-07", "1960", "1960"),
    ("Delhi suspended its 2019 budget; Islamabad responded a day later.", "2025-05-07", "a day later", "2025-05-08"),
    # ... near-misses: a year after a preposition
    ("Delhi signed the treaty in 1960; Karachi signed it a year later.", "2025-05-07", "a year later", "1961"),
    ("Delhi signed the treaty of 1960; Karachi signed it a year later.", "2025-05-07", "a year later", "1961"),
]


@pytest.mark.parametrize(("text", "published", "extent", "value"), NEWS_STORY_YEAR)
def test_a_report_reads_its_passage_in_the_year_it_states(text: str, published: str, extent: str, value: str) -> None:
    assert _one(text, extent, published).value == value


def test_a_flashback_does_not_move_the_story() -> None:
    text = (
        "The offensive began in May 1944. Chinese forces that had invaded Burma in late 1943 besieged the town."
        " By June, the Japanese had taken the province."
    )
    found = {e.text: e for e in find_expressions(text, NARRATIVE_PUB, document="narrative")}
    assert found["June"].value == "1944-06"


def test_auto_reads_a_history_as_a_narrative_and_says_so() -> None:
    history = (
        "Tensions grew through 1859 and 1860. The war began in 1861. In 1862 the armies clashed at Antietam."
        " The decisive year was 1863. On July 3, Pickett's Charge failed."
    )
    (e,) = [e for e in find_expressions(history, NARRATIVE_PUB, document="auto") if e.text == "July 3"]
    assert e.value == "1863-07-03" and "read as a narrative" in e.explanation
    news = "Rebels seized the town on Friday, officials said. Talks resume in January."
    found = {e.text: e for e in find_expressions(news, "2024-12-02", document="auto")}
    assert found["Friday"].value == "2024-11-29" and "read as news" in found["Friday"].explanation


def test_auto_reads_news_with_a_history_as_news() -> None:
    # old years, but the text speaks from its own day: a report with background, not a narrative
    news = (
        "Rebels seized the town on Friday, officials said. The town fell in 1994, 1997, 2001, 2005 and"
        " 2012; on Tuesday the army said it would retake it within a week. Talks resume in January."
    )
    found = {e.text: e for e in find_expressions(news, "2024-12-02", document="auto")}
    assert found["January"].value == "2025-01" and "read as news" in found["January"].explanation
    assert found["Tuesday"].value == "2024-11-26"


def test_auto_counts_years_bc() -> None:
    text = (
        "In 499 BC Ionia revolted. In 494 BC Miletus fell. In 492 BC and 490 BC Persia invaded."
        " In 480 BC it returned. The following year, the Greeks won."
    )
    found = {e.text: e for e in find_expressions(text, NARRATIVE_PUB, document="auto")}
    following = found["The following year"]
    assert following.value == "BC0479" and "read as a narrative" in following.explanation


# --- issue 11: words after an expression, anaphora after a flashback, look-ahead cues -----------------
TRAILING = [
    ("Plants will close over the next year or so.", "the next year or so", "2025", Mod.APPROX),
    ("It won't be profitable until 1994 or later.", "1994 or later", "1994", Mod.ON_OR_AFTER),
    ("Earnings will grow in 2025 and beyond.", "2025 and beyond", "2025", Mod.ON_OR_AFTER),
    ("The siege may last three weeks or more.", "three weeks or more", "P3W", Mod.EQUAL_OR_MORE),
]


@pytest.mark.parametrize("text, extent, value, mod", TRAILING)
def test_trailing_words_are_in_the_extent_as_a_mod(text: str, extent: str, value: str, mod: Mod) -> None:
    found = {e.text: e for e in find_expressions(text, "2024-12-02")}
    assert extent in found, [e.text for e in found.values()]
    assert (found[extent].value, found[extent].mod) == (value, mod)


def test_trailing_words_of_another_kind_are_left_out() -> None:
    # "or more" bounds an amount, not a date; "or later" a date, not an amount
    found = {
        e.text: e for e in find_expressions("It will be 2025 or more. It lasts three weeks or later.", "2024-12-02")
    }
    assert "2025" in found and "three weeks" in found
    # "and later" before a verb opens a second verb phrase
    found = {e.text: e for e in find_expressions("He flew in October 1984 and later served at NASA.", "2024-12-02")}
    assert "October 1984" in found and found["October 1984"].mod is None
    # near-miss: "and later" that ends the phrase still opens the time
    found = {e.text: e for e in find_expressions("He flew there in 1994 and later.", "2024-12-02")}
    assert "1994 and later" in found


def test_that_year_after_a_flashback_in_its_sentence() -> None:
    text = "Munero had fled to Florida in June 1998 and returned to Cuba later that year."
    found = {e.text: e for e in find_expressions(text, "2000-01-28")}
    assert found["later that year"].value == "1998"
    # a flashback in an earlier sentence leaves "the same day" with the story's time
    text = (
        "On Monday, forces retook Saraqib, which rebels had captured on 27 February. On the same day, police moved in."
    )
    found = {e.text: e for e in find_expressions(text, "2020-03-06")}
    assert found["the same day"].value == "2020-03-02"


def test_until_looks_ahead_without_a_tense_cue() -> None:
    found = {e.text: e for e in find_expressions("The border stays shut until Thursday.", "2024-11-29")}
    assert found["Thursday"].value == "2024-12-05"
    found = {e.text: e for e in find_expressions("The border stayed shut until Thursday.", "2024-11-29")}
    assert found["Thursday"].value == "2024-11-28"


def test_a_summit_set_for_a_month_is_ahead() -> None:
    found = {e.text: e for e in find_expressions("It will dominate a NATO summit set for April.", "1999-03-12")}
    assert found["April"].value == "1999-04"


def test_former_is_a_time_in_narratives_only() -> None:
    text = "In 1954 the former emperor fled."
    assert "former" not in {e.text for e in find_expressions(text, NARRATIVE_PUB)}
    (former,) = [e for e in find_expressions(text, NARRATIVE_PUB, document="narrative") if e.text == "former"]
    assert former.value == "PAST_REF"
