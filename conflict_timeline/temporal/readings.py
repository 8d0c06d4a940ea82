"""What a rule understood, before any reference date is applied: one typed reading per kind.

A production turns a match into one of these frozen values (or rejects it); the resolvers dispatch on
the reading's type. Each reading says which calendar fields the text itself stated (:attr:`known`),
so that later stages can tell "Dec. 2" (month and day) from "2 December 2024" (year too), and which
TIMEX3 type it has.
"""

from __future__ import annotations

from typing import Literal

import attrs

from ..model import Distance, Mod, TimexType

__all__ = [
    "Reading",
    "TwoDigitYear",
    "BCYear",
    "Year",
    "DateReading",
    "NumericDateReading",
    "MonthReading",
    "YearReading",
    "RelativeYearDateReading",
    "NarrativePartOfDayReading",
    "YearRangeReading",
    "DecadeReading",
    "ShortDecadeReading",
    "CenturyReading",
    "WeekdayReading",
    "RelativeDayReading",
    "OvernightReading",
    "RelativeUnitReading",
    "WeekendReading",
    "PartOfDayReading",
    "PartOfDateReading",
    "WeekOfReading",
    "YearEndReading",
    "YearPeriodReading",
    "SeasonReading",
    "QuarterReading",
    "ShiftReading",
    "EventShiftReading",
    "DurationReading",
    "SetReading",
    "ClockReading",
    "VagueReading",
    "HolidayReading",
    "AnchorChoice",
]


@attrs.frozen(slots=True)
class TwoDigitYear:
    """A year written with two digits ("fiscal '98", "12/02/98"): its century is implied."""

    digits: int


@attrs.frozen(slots=True)
class BCYear:
    """A year before the common era ("490 BC"): TIMEX3 writes it ``BC0490``."""

    number: int


#: A year as written: four digits, two whose century the publication date implies, or a year BC.
Year = int | TwoDigitYear | BCYear

#: What a shift moves from: the publication date ("two days ago") or the narrative's time ("two
#: days later").
AnchorChoice = Literal["publication", "narrative"]


@attrs.frozen(slots=True)
class Reading:
    """The base of every reading: the TIMEX3 ``mod`` the words carry ("early 2016": START)."""

    mod: Mod | None = attrs.field(default=None, kw_only=True)

    @property
    def type(self) -> TimexType:
        """The TIMEX3 type of the expression."""
        return TimexType.DATE

    @property
    def known(self) -> frozenset[str]:
        """The calendar fields the text states (see :data:`~conflict_timeline.model.CALENDAR_FIELDS`)."""
        return frozenset()

    @property
    def distance(self) -> Distance | None:
        """For a time told by its distance from an event, that distance (see :class:`Distance`)."""
        return None

    @property
    def day_less(self) -> bool:
        """A time of day that does not say its day ("at noon", "1900 local time"): it takes the day
        of a date written right after it ("at noon on 10 October")."""
        return False

    @property
    def names_day(self) -> bool:
        """The reading names a whole day ("10 October", "Monday", "today", "02/04")."""
        return False

    @property
    def deictic(self) -> bool:
        """The words speak from the publication day ("on Tuesday", "yesterday", "last week", "two
        days ago"): few of these in a text full of old years make it a narrative."""
        return False

    @property
    def stated_year(self) -> int | None:
        """The year the text writes out in full ("in 1941", "June 10, 1940"; "490 BC" is -490), if any."""
        year = getattr(self, "year", None)
        if isinstance(year, BCYear):
            return -year.number
        return year if isinstance(year, int) else None


# the fields a reading of a fixed kind states, made once
_KNOWN_CENTURY = frozenset({"century"})
_KNOWN_CENTURY_DECADE = frozenset({"century", "decade"})
_KNOWN_DAY_MONTH = frozenset({"day", "month"})
_KNOWN_DECADE = frozenset({"decade"})
_KNOWN_MONTH = frozenset({"month"})
_KNOWN_PART_OF_DAY = frozenset({"part_of_day"})
_KNOWN_YEAR = frozenset({"year"})


def _fields(**present: object) -> frozenset[str]:
    return frozenset(name for name, value in present.items() if value is not None and value is not False)


@attrs.frozen(slots=True)
class DateReading(Reading):
    """A calendar date written out: a month with a day and/or a year, perhaps a weekday and a time."""

    month: int
    day: int | None = None
    year: Year | None = None
    weekday: int | None = None
    hour: int | None = None
    minute: int | None = None
    utc: bool = False  # the clock time was stated in GMT or UTC

    @property
    def type(self) -> TimexType:
        return TimexType.TIME if self.hour is not None else TimexType.DATE

    @property
    def known(self) -> frozenset[str]:
        return _fields(
            month=self.month, day=self.day, year=self.year, weekday=self.weekday, hour=self.hour, minute=self.minute
        )

    @property
    def names_day(self) -> bool:
        return self.day is not None and self.hour is None


@attrs.frozen(slots=True)
class NumericDateReading(Reading):
    """A date in figures whose day and month order the settings decide ("12/02/2024", "09/05")."""

    a: int
    b: int
    year: Year | None = None
    hour: int | None = None
    minute: int | None = None
    utc: bool = False

    @property
    def type(self) -> TimexType:
        return TimexType.TIME if self.hour is not None else TimexType.DATE

    @property
    def known(self) -> frozenset[str]:
        return _fields(month=True, day=True, year=self.year, hour=self.hour, minute=self.minute)

    @property
    def names_day(self) -> bool:
        return self.hour is None


@attrs.frozen(slots=True)
class MonthReading(Reading):
    """A month without a day: alone ("in June"), relative ("last October") or of a relative year
    ("June last year")."""

    month: int
    offset: int | None = None  # -1 last, 0 this, 1 next; None: the nearest
    year_offset: int | None = None  # "June last year": -1

    @property
    def known(self) -> frozenset[str]:
        return _KNOWN_MONTH


@attrs.frozen(slots=True)
class RelativeYearDateReading(Reading):
    """A month, perhaps with its day, in a year told relative to another: the story's ("Nov. 9 of
    that year", "June that year", "January 24 of the same year") or the publication's ("Nov. 4
    last year")."""

    month: int
    day: int | None
    offset: int  # years from that year
    narrative: bool  # from the story's year, not the publication's

    @property
    def known(self) -> frozenset[str]:
        return _fields(month=self.month, day=self.day)

    @property
    def names_day(self) -> bool:
        return self.day is not None


@attrs.frozen(slots=True)
class NarrativePartOfDayReading(Reading):
    """A part of a day of the story ("that evening", "the following night", "later that evening")."""

    pod: str
    step: int  # days from the story's day

    @property
    def type(self) -> TimexType:
        return TimexType.TIME

    @property
    def known(self) -> frozenset[str]:
        return _KNOWN_PART_OF_DAY


@attrs.frozen(slots=True)
class YearReading(Reading):
    """A year: "2011", "fiscal 1998", "fiscal '98". ``attributive``: it names a thing by its year
    ("the 1960 Indus Waters Treaty", "its 2019 budget"), not a time the story reaches."""

    year: Year
    attributive: bool = False

    @property
    def known(self) -> frozenset[str]:
        return _KNOWN_YEAR


@attrs.frozen(slots=True)
class YearRangeReading(Reading):
    """Two adjacent years written as one season ("1998-99")."""

    start: int
    end: int

    @property
    def known(self) -> frozenset[str]:
        return _KNOWN_YEAR


@attrs.frozen(slots=True)
class DecadeReading(Reading):
    """A decade with its century ("the 1990s": 199; "the 470s BC": BC047)."""

    decade: int
    bc: bool = False

    @property
    def known(self) -> frozenset[str]:
        return _KNOWN_CENTURY_DECADE


@attrs.frozen(slots=True)
class ShortDecadeReading(Reading):
    """A decade without its century ("the '90s", "the sixties"): ``digit`` is its tens digit."""

    digit: int

    @property
    def known(self) -> frozenset[str]:
        return _KNOWN_DECADE


@attrs.frozen(slots=True)
class CenturyReading(Reading):
    """A century: ``century`` is its TIMEX3 number ("the 19th century": 18; "the 5th century BC":
    BC04)."""

    century: int
    bc: bool = False

    @property
    def known(self) -> frozenset[str]:
        return _KNOWN_CENTURY


@attrs.frozen(slots=True)
class WeekdayReading(Reading):
    """A weekday, perhaps relative ("last Friday") and with a part of day ("Monday night")."""

    weekday: int
    offset: int | None = None
    pod: str | None = None

    @property
    def type(self) -> TimexType:
        return TimexType.TIME if self.pod else TimexType.DATE

    @property
    def deictic(self) -> bool:
        return True

    @property
    def known(self) -> frozenset[str]:
        return _fields(weekday=self.weekday, part_of_day=self.pod)

    @property
    def names_day(self) -> bool:
        return self.pod is None


@attrs.frozen(slots=True)
class RelativeDayReading(Reading):
    """A day named relative to the publication date ("yesterday", "tonight")."""

    offset: int
    pod: str | None = None

    @property
    def type(self) -> TimexType:
        return TimexType.TIME if self.pod else TimexType.DATE

    @property
    def deictic(self) -> bool:
        return True

    @property
    def known(self) -> frozenset[str]:
        return _fields(part_of_day=self.pod)

    @property
    def names_day(self) -> bool:
        return self.pod is None


@attrs.frozen(slots=True)
class OvernightReading(Reading):
    """ "overnight": the night before the day the text reports from (the coming one ahead)."""

    @property
    def type(self) -> TimexType:
        return TimexType.TIME

    @property
    def known(self) -> frozenset[str]:
        return _KNOWN_PART_OF_DAY

    @property
    def day_less(self) -> bool:
        return True


@attrs.frozen(slots=True)
class RelativeUnitReading(Reading):
    """A calendar unit relative to the publication date ("last week", "this year")."""

    unit: str
    offset: int

    @property
    def deictic(self) -> bool:
        return True


@attrs.frozen(slots=True)
class WeekendReading(Reading):
    """ "the weekend": the one of the publication week or the one before."""


@attrs.frozen(slots=True)
class PartOfDayReading(Reading):
    """A part of a day ("mid-afternoon yesterday", "the morning"), of a named or implied day."""

    pod: str
    day_offset: int | None = None
    weekday: int | None = None

    @property
    def type(self) -> TimexType:
        return TimexType.TIME

    @property
    def known(self) -> frozenset[str]:
        return _fields(part_of_day=self.pod, weekday=self.weekday)

    @property
    def day_less(self) -> bool:
        return self.weekday is None and self.day_offset is None


@attrs.frozen(slots=True)
class PartOfDateReading(Reading):
    """A part of a day that is named by a date ("the afternoon of March 24", "the night of 6 April
    1994", "the evening of 21/08"): the date's own reading and the part of its day."""

    pod: str
    date: DateReading | NumericDateReading

    @property
    def type(self) -> TimexType:
        return TimexType.TIME

    @property
    def known(self) -> frozenset[str]:
        return self.date.known | {"part_of_day"}


@attrs.frozen(slots=True)
class WeekOfReading(Reading):
    """ "the week of Dec. 9": the week holding a named day."""

    month: int
    day: int
    year: int | None = None

    @property
    def known(self) -> frozenset[str]:
        return _fields(month=self.month, day=self.day, year=self.year)


@attrs.frozen(slots=True)
class YearEndReading(Reading):
    """ "year-end": 31 December of the publication year or the one before."""

    @property
    def known(self) -> frozenset[str]:
        return _KNOWN_DAY_MONTH


@attrs.frozen(slots=True)
class YearPeriodReading(Reading):
    """ "the 1988 period", "the 1988 quarter": the story's period, in the year named."""

    year: int
    quarter: bool

    @property
    def known(self) -> frozenset[str]:
        return _KNOWN_YEAR


@attrs.frozen(slots=True)
class SeasonReading(Reading):
    """A season: of a year ("the summer of 2023"), relative to the publication ("last summer",
    ``offset``), to the narrative ("the following spring", ``narrative``), or alone."""

    season: str
    year: Year | None = None
    offset: int | None = None
    narrative: int | None = None

    @property
    def known(self) -> frozenset[str]:
        return _fields(season=self.season, year=self.year)


@attrs.frozen(slots=True)
class QuarterReading(Reading):
    """A quarter or half of a year ("the third quarter", "Q3 2024", "H1 '98")."""

    unit: Literal["quarter", "half"]
    n: int
    year: Year | None = None
    year_offset: int | None = None

    @property
    def known(self) -> frozenset[str]:
        return _fields(year=self.year) | {self.unit}


@attrs.frozen(slots=True)
class ShiftReading(Reading):
    """A step of ``n`` units from an anchor ("two days ago", "a year earlier", "the following day").

    ``keep`` marks a step that keeps the anchor's grain when it is a quarter ("a year earlier" after
    "the third quarter"); ``grain`` forces one ("the year-ago quarter", "the same week last year"); ``n`` is ``None`` for an
    unspecified amount ("several years ago").
    """

    n: float | None
    unit: str
    anchor: AnchorChoice
    keep: bool
    grain: Literal["quarter", "month", "week"] | None = None
    forward: bool = False  # "later", "from now": the direction when the amount is not known

    @property
    def deictic(self) -> bool:
        return self.anchor == "publication"  # "two days ago", not "two days later"


@attrs.frozen(slots=True)
class EventShiftReading(Reading):
    """A time told by its distance from an event ("two days after seizing the airport", "hours
    before the truce began", "a week after his release"): the time of that event moved by ``n``
    units (``n`` is ``None`` when the text gives no amount), or, set off by a comma after a date
    ("early Sunday, two days after ..."), that date itself."""

    n: float | None
    unit: str
    sign: int  # 1: after, -1: before
    # the subject's time of "X came two days after Y" (already told): the story's time itself
    predicate: bool = False
    # set off by a comma ("captured Palma, five days after ..."): it describes the clause's own time
    aside: bool = False

    @property
    def distance(self) -> Distance | None:
        return Distance(self.n, self.unit, "after" if self.sign > 0 else "before")


@attrs.frozen(slots=True)
class DurationReading(Reading):
    """A length of time ("three days", "the past two weeks"); ``direction`` ties it to the
    publication date (-1: ending there, 1: starting there)."""

    n: float | None
    unit: str
    direction: int | None = None

    @property
    def type(self) -> TimexType:
        return TimexType.DURATION


@attrs.frozen(slots=True)
class SetReading(Reading):
    """A recurring time ("every Monday", "weekly", "twice a year"), its value already written."""

    value: str
    quant: str | None = None
    freq: str | None = None

    @property
    def type(self) -> TimexType:
        return TimexType.SET


@attrs.frozen(slots=True)
class ClockReading(Reading):
    """A clock time, perhaps with its day ("10:30 a.m. local time Friday", "5 p.m. EST Nov. 9")."""

    hour: int
    minute: int
    has_minute: bool = True  # the value writes the minutes ("T20:00")
    weekday: int | None = None
    month: int | None = None
    day: int | None = None
    day_offset: int | None = None
    minute_stated: bool = False  # the text wrote them ("8:30 p.m.", not "8 p.m.")
    utc: bool = False  # stated in GMT or UTC: the value ends in "Z"

    @property
    def type(self) -> TimexType:
        return TimexType.TIME

    @property
    def known(self) -> frozenset[str]:
        return _fields(hour=self.hour, minute=self.minute_stated, weekday=self.weekday, month=self.month, day=self.day)

    @property
    def day_less(self) -> bool:
        return self.weekday is None and self.month is None and self.day_offset is None


@attrs.frozen(slots=True)
class VagueReading(Reading):
    """A vague reference to the past, present or future (``PAST_REF`` ...)."""

    value: str  # PAST_REF, PRESENT_REF or FUTURE_REF
    narrative_only: bool = False  # "the former president": a time only in a narrative's annotation


@attrs.frozen(slots=True)
class HolidayReading(Reading):
    """A holiday ("Christmas 2023", "Election Day"): ``holiday`` is "MM-DD" or a movable feast's name."""

    holiday: str
    year: int | None = None

    @property
    def known(self) -> frozenset[str]:
        return _fields(month=True, day=True, year=self.year)
