"""Frozen value types shared by every stage of the pipeline.

Nothing here reads the clock or the text: these are plain values, comparable,
hashable and safe to share between threads.
"""

from __future__ import annotations

import datetime as _dt
import enum
import functools
import importlib
import re
import threading
from typing import Any, Literal

import attrs

from .display import event_card_html, span_label
from .errors import InvalidPublicationDate, MissingPublicationDate

__all__ = [
    "Granularity",
    "TimexType",
    "Mod",
    "AnchorKind",
    "Anchor",
    "SignalEffect",
    "Signal",
    "Distance",
    "CALENDAR_FIELDS",
    "TimeSpan",
    "TemporalExpression",
    "Span",
    "EventKind",
    "EventStatus",
    "TimePath",
    "SourceRef",
    "Reading",
    "Event",
    "Article",
    "DateLike",
    "publication_date",
]

DateLike = str | _dt.date | _dt.datetime


class Granularity(str, enum.Enum):
    """How precise a time value is, from the coarsest to the finest."""

    MILLENNIUM = "MILLENNIUM"
    CENTURY = "CENTURY"
    DECADE = "DECADE"
    YEAR = "YEAR"
    HALF = "HALF"
    QUARTER = "QUARTER"
    SEASON = "SEASON"
    MONTH = "MONTH"
    WEEK = "WEEK"
    DAY = "DAY"
    PART_OF_DAY = "PART_OF_DAY"
    HOUR = "HOUR"
    MINUTE = "MINUTE"
    SECOND = "SECOND"

    @property
    def rank(self) -> int:
        """0 for the coarsest grain; larger is finer."""
        return _GRANULARITY_ORDER[self]

    def __str__(self) -> str:
        return self.value


_GRANULARITY_ORDER = {g: i for i, g in enumerate(Granularity)}


class TimexType(str, enum.Enum):
    """The TIMEX3 ``type`` attribute."""

    DATE = "DATE"
    TIME = "TIME"
    DURATION = "DURATION"
    SET = "SET"

    def __str__(self) -> str:
        return self.value


class Mod(str, enum.Enum):
    """The TIMEX3 ``mod`` attribute."""

    START = "START"
    MID = "MID"
    END = "END"
    APPROX = "APPROX"
    BEFORE = "BEFORE"
    AFTER = "AFTER"
    ON_OR_BEFORE = "ON_OR_BEFORE"
    ON_OR_AFTER = "ON_OR_AFTER"
    LESS_THAN = "LESS_THAN"
    MORE_THAN = "MORE_THAN"
    EQUAL_OR_LESS = "EQUAL_OR_LESS"
    EQUAL_OR_MORE = "EQUAL_OR_MORE"

    def __str__(self) -> str:
        return self.value


class AnchorKind(str, enum.Enum):
    """What a relative expression was resolved against."""

    PUBLICATION_DATE = "PUBLICATION_DATE"
    EXPRESSION = "EXPRESSION"

    def __str__(self) -> str:
        return self.value


@attrs.frozen(slots=True)
class Anchor:
    """The reference a relative expression was resolved against.

    ``kind`` says whether it is the publication date or an earlier expression of
    the text; ``value`` is that reference's TIMEX3 value, and for an expression
    ``start``/``end``/``text`` locate it in the text.
    """

    kind: AnchorKind
    value: str
    start: int | None = None
    end: int | None = None
    text: str | None = None

    def describe(self) -> str:
        """A short human-readable description, used in explanations."""
        if self.kind is AnchorKind.PUBLICATION_DATE:
            return f"the publication date {self.value}"
        return f"the earlier expression {self.text!r} ({self.value}) at {self.start}"


class SignalEffect(str, enum.Enum):
    """What a signal word does to the span of the time it introduces ("since 2011" runs on)."""

    OPEN_END = "OPEN_END"  # "since 2011": from that time on
    OPEN_START = "OPEN_START"  # "until 2011", "by 2011": up to that time
    BEFORE = "BEFORE"  # "before 2011": ends before that time begins
    AFTER = "AFTER"  # "after 2011": begins after that time ends
    FROM = "FROM"  # "from 2010 (to 2015)": the start of a range
    BETWEEN = "BETWEEN"  # "between 2010 (and 2015)"
    NONE = "NONE"  # "in 2011", "on Monday", "around noon": the span is the time itself

    def __str__(self) -> str:
        return self.value


@attrs.frozen(slots=True)
class Signal:
    """A signal word before a time expression ("since", "prior to"), outside its TimeML extent.

    ``text`` is the phrase as written, ``normal`` its normal form ("prior to" -> "before"),
    ``effect`` what it does to the time's span, ``mod`` the TIMEX3 ``mod`` it gives a time it
    introduces ("by 2011", "as early as 2011": ``ON_OR_BEFORE``; "around noon": ``APPROX``; ``None``
    for most), ``start``/``end`` its offsets in the text.
    """

    text: str
    normal: str
    effect: SignalEffect
    mod: Mod | None
    start: int
    end: int


@attrs.frozen(slots=True)
class Distance:
    """How far the time of an expression lies from an event it names: "two days after seizing the
    airport" is ``Distance(2, "day", "after")`` (``n`` is ``None`` when no amount is written: "hours
    before the truce began"). The event named after the words lies that far before ("after") or
    after ("before") the expression's own time."""

    n: float | None
    unit: str
    direction: Literal["after", "before"]


#: The calendar fields a time expression can state (:attr:`TemporalExpression.known`).
CALENDAR_FIELDS: tuple[str, ...] = (
    "century",
    "decade",
    "year",
    "half",
    "quarter",
    "season",
    "month",
    "week",
    "weekday",
    "day",
    "part_of_day",
    "hour",
    "minute",
)


def _span_sort_key(span: TimeSpan) -> tuple[_dt.date, int, _dt.date, str]:
    start = span.start if span.start is not None else _dt.date.min
    end = span.end if span.end is not None else _dt.date.max
    rank = span.granularity.rank if span.granularity is not None else -1
    return (start, rank, end, span.value)


@functools.total_ordering  # <=, >, >= from __lt__ and attrs' __eq__
@attrs.frozen(slots=True, eq=True, order=False)
class TimeSpan:
    """The calendar interval a time value stands for.

    ``start`` and ``end`` are the first and last day of the interval, both
    inclusive; ``None`` means the interval is open on that side ("since 2020"
    has ``end=None``; "until 2020" or ``PAST_REF`` has ``start=None``).
    ``granularity`` is how precisely the text names the interval: "2024" is a
    ``YEAR`` even though it covers 366 days.

    Spans are ordered by start, then coarser grain first, then end, then value;
    that order is total and stable but says nothing about which of two
    overlapping spans really came first (see :meth:`precedes`).
    """

    value: str
    start: _dt.date | None
    end: _dt.date | None
    granularity: Granularity | None = None
    mod: Mod | None = None

    @property
    def is_open(self) -> bool:
        """True when the interval is unbounded on at least one side."""
        return self.start is None or self.end is None

    @property
    def ongoing(self) -> bool:
        """True for an interval with a known start and no end ("since 2020")."""
        return self.start is not None and self.end is None

    @property
    def days(self) -> int | None:
        """Number of days covered, or ``None`` for an open interval."""
        if self.start is None or self.end is None:
            return None
        return (self.end - self.start).days + 1

    def _bounds(self) -> tuple[_dt.date, _dt.date]:
        return (self.start or _dt.date.min, self.end or _dt.date.max)

    def contains(self, other: TimeSpan | _dt.date) -> bool:
        """True when ``other`` (a day or a span) lies wholly inside this span."""
        lo, hi = self._bounds()
        if isinstance(other, TimeSpan):
            olo, ohi = other._bounds()
            return lo <= olo and ohi <= hi
        if isinstance(other, _dt.datetime):
            other = other.date()
        return lo <= other <= hi

    def overlaps(self, other: TimeSpan) -> bool:
        """True when the two spans share at least one day."""
        lo, hi = self._bounds()
        olo, ohi = other._bounds()
        return lo <= ohi and olo <= hi

    @property
    def label(self) -> str:
        """A short, absolute label for people: ``"late 2016"``, ``"since 2011"``, ``"week of 25 Nov 2024"``.

        Built from the TIMEX3 value where it names a calendar unit, otherwise
        from the first and last days; an open span reads "since X" / "until X";
        a mod adds its word ("early", "mid-", "late", "about", "before", ...).
        """
        return span_label(self.value, self.start, self.end, self.mod.value if self.mod is not None else None)

    def precedes(self, other: TimeSpan) -> bool:
        """True when this span ends strictly before ``other`` starts (certainly earlier)."""
        if self.end is None or other.start is None:
            return False
        return self.end < other.start

    def __lt__(self, other: TimeSpan) -> bool:
        if not isinstance(other, TimeSpan):
            return NotImplemented
        return _span_sort_key(self) < _span_sort_key(other)


@attrs.frozen(slots=True)
class TemporalExpression:
    """One time expression found in a text, with its TIMEX3 reading.

    ``text[start:end] == expression.text`` always holds for the text it was
    found in. ``value``/``type``/``mod`` are the TIMEX3 attributes; ``span`` is
    the calendar interval meant (``None`` for durations and sets without an
    anchor). ``rule`` names the rule that produced it, ``anchor`` what it was
    resolved against (``None`` for absolute dates), ``signal`` the normal form of the
    signal that governs it ("since", "until", ...), and ``explanation`` says in words how
    the value was obtained. When the signal opened or moved the span ("since 2011" runs on),
    ``bare_span`` keeps the span the words name themselves (2011); it is ``None`` when the
    signal changed nothing.

    ``adjacent_signal`` is the signal word standing right before the expression ("in" in "since
    the onset of the war in 2011"), ``governing_signal`` the one that governs it ("since" there;
    usually the same as the adjacent one); both ``None`` when there is none. ``known`` holds the
    calendar fields the text itself states (:data:`CALENDAR_FIELDS`): "Dec. 2" knows the month and
    the day, "2 December 2024" the year too; what is not known was implied by the anchor.
    ``distance`` is set for a time told by its distance from an event ("two days after seizing
    the airport"), so a later stage can date that event without reading the words again.
    """

    text: str
    start: int
    end: int
    type: TimexType
    value: str
    mod: Mod | None = None
    span: TimeSpan | None = None
    rule: str = ""
    anchor: Anchor | None = None
    signal: str | None = None
    quant: str | None = None
    freq: str | None = None
    explanation: str = ""
    bare_span: TimeSpan | None = None
    adjacent_signal: Signal | None = None
    governing_signal: Signal | None = None
    known: frozenset[str] = frozenset()
    distance: Distance | None = None


@attrs.frozen(slots=True)
class Span:
    """A stretch of an article: character offsets and the text they cover."""

    start: int
    end: int
    text: str


class EventKind(str, enum.Enum):
    """Event types aligned with ACLED's event typology."""

    BATTLE = "BATTLE"
    TERRITORY_CHANGE = "TERRITORY_CHANGE"
    REMOTE_VIOLENCE = "REMOTE_VIOLENCE"
    VIOLENCE_AGAINST_CIVILIANS = "VIOLENCE_AGAINST_CIVILIANS"
    PROTEST = "PROTEST"
    RIOT = "RIOT"
    DEPLOYMENT = "DEPLOYMENT"
    NEGOTIATION = "NEGOTIATION"
    POLITICAL = "POLITICAL"
    OTHER = "OTHER"

    def __str__(self) -> str:
        return self.value


class EventStatus(str, enum.Enum):
    """How the text presents an event (its factuality)."""

    ASSERTED = "ASSERTED"
    REPORTED = "REPORTED"
    PLANNED = "PLANNED"
    EXPECTED = "EXPECTED"
    NEGATED = "NEGATED"
    HYPOTHETICAL = "HYPOTHETICAL"

    def __str__(self) -> str:
        return self.value


class TimePath(str, enum.Enum):
    """Which path tied an event to its time."""

    CLAUSE = "CLAUSE"
    SENTENCE = "SENTENCE"
    NARRATIVE = "NARRATIVE"
    REPORTING_FRAME = "REPORTING_FRAME"
    NONE = "NONE"

    def __str__(self) -> str:
        return self.value


@attrs.frozen(slots=True)
class SourceRef:
    """Provenance: which article an event came from and where in it."""

    source: str
    trigger: Span
    sentence: Span
    published: _dt.date | None = None


@attrs.frozen(slots=True)
class Reading:
    """How the event stage read an event's words: what merging and explanations look at beyond the
    event's own fields.

    ``trigger_entry`` names the trigger lexicon entry that matched ("capture"; "" when unknown);
    ``arguments`` the rule behind each actor, place and death toll, as ``(role, text, rule)``
    triples (``("place", "Khartoum", "dateline")``); ``context`` the names of the event's sentence
    and of the sentences beside it (and the dateline's place), which merging across articles reads
    when an event names no place or actor of its own.
    """

    trigger_entry: str = ""
    arguments: tuple[tuple[str, str, str], ...] = ()
    context: tuple[str, ...] = ()

    def rule_of(self, role: str, text: str) -> str:
        """The rule that gave the argument ``text`` in ``role`` ("actor", "place", "fatalities"); "" if none."""
        return next((r for ro, t, r in self.arguments if ro == role and t == text), "")


_NO_READING = Reading()


@attrs.frozen(slots=True)
class Event:
    """One event of a timeline: what happened, when, who, where, and how we know."""

    kind: EventKind
    trigger: Span
    sentence: Span
    when: TimeSpan | None
    time_source: TemporalExpression | None
    actors: tuple[str, ...] = ()
    places: tuple[str, ...] = ()
    fatalities: int | None = None
    status: EventStatus = EventStatus.ASSERTED
    summary: str = ""
    sources: tuple[SourceRef, ...] = ()
    time_path: TimePath = TimePath.NONE
    explanation: str = ""
    #: The name of the time-tying record that decided ``when`` (``conflict_timeline.events.TIME_RULES``;
    #: "none" when no record tied it, "" for an event made elsewhere).
    time_rule: str = ""
    #: The name of the status record that decided ``status`` (``conflict_timeline.events.STATUS_RULES``;
    #: "asserted" when no cue was found, "" for an event made elsewhere).
    status_rule: str = ""
    #: ACLED's codebook event type ("Battles", "Explosions/Remote violence", ...) and sub-event type
    #: ("Armed clash", "Air/drone strike", ...), consistent with ``kind``; "" when unknown.
    acled_event_type: str = ""
    acled_sub_event_type: str = ""
    #: How the event stage read the event (:class:`Reading`). Derived from the text like the fields
    #: above, so it takes no part in equality and is not exported; an event read back from JSON has
    #: an empty one.
    reading: Reading = attrs.field(default=_NO_READING, eq=False, repr=False)
    #: The events that :func:`~conflict_timeline.events.merge_events` joined into this one, each as
    #: its article told it, in a fixed order (empty for an event that merges nothing). Merging
    #: starts again from them, which makes it associative and idempotent; like ``reading`` it takes
    #: no part in equality (it is implied by the sources) and is not exported.
    merged_from: tuple[Event, ...] = attrs.field(default=(), eq=False, repr=False)

    def _repr_html_(self) -> str:
        """The card notebooks show: the event's fields and its sentence with the date words marked."""
        return event_card_html(self)


def publication_date(value: DateLike | None) -> _dt.date:
    """Turn a ``str``, ``date`` or ``datetime`` into the publication day.

    Strings are ISO 8601 ("2024-12-02", "2024-12-02T09:30:00+01:00", "20241202") or a
    full written date as feeds and pages print them ("December 2, 2024",
    "Mon, 02 Dec 2024 10:00:00 GMT"), read by ``dateparser`` with a fixed
    reference so nothing depends on today's date.

    A time-zone-aware ``datetime`` keeps its own local calendar day: the day
    printed on the article is the one its readers saw. Anything else raises
    :class:`~conflict_timeline.errors.InvalidPublicationDate` naming the value:
    a day that does not exist, a signed year ("-2024-12-02"), a missing value
    posing as a date (``pandas.NaT``), any other type.
    """
    if value is None:
        raise MissingPublicationDate("no publication date given: pass published='YYYY-MM-DD'")
    if isinstance(value, (_dt.date, _dt.datetime)):
        return _real_day(value)
    if isinstance(value, str):
        raw = value.strip()
        if len(raw) > 64:
            raise InvalidPublicationDate(value[:64] + "...", "too long to be a date")
        if _SIGNED_NUMBER.search(raw) and not _ZONE_OFFSET.search(raw):
            raise InvalidPublicationDate(value, "a signed year or number is not a calendar date")
        try:
            if len(raw) == 8 and raw.isdigit():  # 20241202, as in TimeML DCTs
                return _dt.date(int(raw[:4]), int(raw[4:6]), int(raw[6:]))
            if len(raw) == 10:
                return _dt.date.fromisoformat(raw)
            return _dt.datetime.fromisoformat(raw.replace("Z", "+00:00")).date()
        except ValueError as exc:
            iso_error = str(exc)
        if raw[:4].isdigit() and raw[4:5] == "-":
            raise InvalidPublicationDate(value, iso_error)  # ISO-shaped but impossible: no second guess
        written = _written_date(raw)
        if written is None:
            raise InvalidPublicationDate(value, "not an ISO date, and not a full written date such as 'Dec. 2, 2024'")
        return written
    raise InvalidPublicationDate(value, f"expected str, date or datetime, not {type(value).__name__}")


def _real_day(value: _dt.date) -> _dt.date:
    """The plain ``date`` of a ``date``/``datetime`` (or a subclass such as ``pandas.Timestamp``).

    A subclass may stand for "no date" (``pandas.NaT`` is a ``datetime`` whose fields are
    NaN) or carry fields no calendar has: only a day built from real fields is accepted.
    """
    try:
        day = _dt.date(value.year, value.month, value.day)  # local fields, for an aware datetime too
    except (TypeError, ValueError, OverflowError, AttributeError):
        raise InvalidPublicationDate(value, "not a real calendar date") from None
    return day


# A sign directly before a number ("-2024-12-02", "2 Dec -2024", "−2024"): dateparser
# would drop it and read the year; only a time zone offset after a clock time carries a sign.
_SIGNED_NUMBER = re.compile(r"(?:^|[^\w:.])[-+\u2010-\u2015\u2212\ufe63\uff0b\uff0d]+\s*\d")
_ZONE_OFFSET = re.compile(r"^[^-+\u2010-\u2015\u2212]*\d\d:\d\d(?::\d\d(?:\.\d+)?)?\s*[-+]\d\d:?\d\d$")


_DATEPARSER_LOCK = threading.Lock()
# Only absolute dates with day, month and year: "yesterday" or "Friday" is no publication date.
# RELATIVE_BASE is fixed so that dateparser never consults the clock.
_DATEPARSER_SETTINGS = {
    "RELATIVE_BASE": _dt.datetime(2000, 1, 1),
    "PARSERS": ["absolute-time"],
    "REQUIRE_PARTS": ["day", "month", "year"],
    "STRICT_PARSING": True,
    "RETURN_AS_TIMEZONE_AWARE": False,
}


def _written_date(raw: str) -> _dt.date | None:
    """A date written out in full ("December 2, 2024", "Mon, 02 Dec 2024 10:00:00 GMT"), via dateparser."""
    # imported on first use: ISO dates, the common case, do not need it (and dateparser ships no types)
    dateparser: Any = importlib.import_module("dateparser")

    # dateparser keeps caches shared by all threads: one parse at a time
    with _DATEPARSER_LOCK:
        try:
            parsed = dateparser.parse(raw, languages=["en"], settings=dict(_DATEPARSER_SETTINGS))
        except Exception as exc:  # a dependency's failure on junk becomes our typed error, with its reason
            raise InvalidPublicationDate(raw, f"dateparser could not read it ({type(exc).__name__}: {exc})") from None
    return parsed.date() if parsed is not None else None


@attrs.frozen(slots=True)
class Article:
    """An article to build a timeline from: its text, publication day and a source name."""

    text: str
    published: _dt.date = attrs.field(default=None, converter=publication_date)
    source: str = ""

    def __attrs_post_init__(self) -> None:
        if not isinstance(self.text, str):
            from .errors import InvalidInput

            raise InvalidInput(f"Article text must be str, not {type(self.text).__name__}")
