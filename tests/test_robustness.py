"""Pathological input, extreme dates, bad arguments and threads: an answer or a typed error.

Time is not measured here (that is ``benchmarks/bench_pathological.py``);
these tests check that odd input gives a well-formed answer and never an
exception from inside a dependency or the standard library.
"""

from __future__ import annotations

import concurrent.futures
import datetime as dt
import sys
import unicodedata
from pathlib import Path

import pytest

from conflict_timeline import (
    ConflictTimelineError,
    InvalidInput,
    InvalidPublicationDate,
    MissingPublicationDate,
    TemporalExpression,
    build_timeline,
    find_expressions,
    resolve,
)

PUBLISHED = "2024-12-02"

UNICODE_SPACES = (
    "".join(chr(c) for c in range(sys.maxunicode + 1) if unicodedata.category(chr(c)) == "Zs")
    + "\t\n\r\x0b\x0c\u2028\u2029\u200b\ufeff"
)
UNICODE_DASHES = "".join(
    chr(c)
    for c in range(sys.maxunicode + 1)
    if unicodedata.category(chr(c)) == "Pd" or chr(c) in "\u2212\u2010\u2011\ufe63\uff0d"
)


def assert_well_formed(text: str, exprs: list[TemporalExpression]) -> None:
    """Offsets inside the text, sorted, non-overlapping, and matching the expression text."""
    previous_end = 0
    for e in exprs:
        assert 0 <= e.start < e.end <= len(text)
        assert e.start >= previous_end
        assert text[e.start : e.end] == e.text
        previous_end = e.end


# -- pathological input (sizes kept small: linear time is shown by the benchmark) -------

SIZE = 20_000


def _fill(unit: str, size: int = SIZE) -> str:
    return (unit * (size // len(unit) + 1))[:size]


PATHOLOGICAL = {
    "digits": _fill("0123456789"),
    "digits with separators": _fill("1,2/3-4.5:6 "),
    "repeated month names": _fill("December "),
    "month names without spaces": _fill("JanuaryFebruaryMarch"),
    "since since since": _fill("since "),
    "one line without spaces": _fill("abcdefghij2024"),
    "repeated punctuation": _fill(".,;:!?-/'\"()[]"),
    "deep brackets": "(" * (SIZE // 2) + ")" * (SIZE // 2),
    "every unicode space": _fill("2" + UNICODE_SPACES + "December" + UNICODE_SPACES),
    "every unicode dash": _fill("1998" + UNICODE_DASHES + "99 "),
    "dates back to back": _fill("Dec. 2, 2024 "),
    "weekday chain": _fill("Monday night and "),
    "ago chain": _fill("two days ago "),
    "range chain": _fill("from 2001 to 2002 to "),
    "nul and controls": _fill("".join(chr(c) for c in range(32))),
    "binary junk as latin-1": _fill(bytes(range(256)).decode("latin-1")),
    "lone surrogates": _fill("\ud800 2024 \udfff "),
    "emoji and joiners": _fill("👩‍👩‍👧 2 December 🇸🇾 "),
    "right-to-left and combining": _fill("\u202e2024\u202c \u0301\u0301 مارس "),
    "mathematical digits": _fill("𝟐𝟎𝟐𝟒 ٢٠٢٤ ²⁰²⁴ "),
}


@pytest.mark.parametrize("name", sorted(PATHOLOGICAL))
def test_pathological_input_gives_a_well_formed_answer(name: str) -> None:
    text = PATHOLOGICAL[name]
    assert_well_formed(text, find_expressions(text, PUBLISHED))


@pytest.mark.parametrize("space", list(UNICODE_SPACES), ids=lambda c: f"U+{ord(c):04X}")
def test_each_unicode_space_inside_a_date(space: str) -> None:
    text = f"Rebels seized Aleppo on{space}2{space}December{space}2024{space}at{space}dawn."
    assert_well_formed(text, find_expressions(text, PUBLISHED))


@pytest.mark.parametrize("dash", list(UNICODE_DASHES), ids=lambda c: f"U+{ord(c):04X}")
def test_each_unicode_dash_inside_a_range(dash: str) -> None:
    text = f"In fiscal 1998{dash}99, and from 2001{dash}2003, mid{dash}December."
    assert_well_formed(text, find_expressions(text, PUBLISHED))


def test_empty_text_is_an_empty_list() -> None:
    assert find_expressions("", PUBLISHED) == []


# -- extreme dates ------------------------------------------------------------------------

EXTREME = [
    # (phrase, publication date)
    ("yesterday", dt.date(1, 1, 1)),
    ("last year", dt.date(1, 1, 1)),
    ("last week", dt.date(1, 1, 3)),
    ("10 years ago", dt.date(5, 6, 7)),
    ("the previous century", dt.date(50, 1, 1)),
    ("on Monday", dt.date(1, 1, 1)),
    ("in the 1990s", dt.date(1, 1, 1)),
    ("tomorrow", dt.date(9999, 12, 31)),
    ("next week", dt.date(9999, 12, 31)),
    ("next month", dt.date(9999, 12, 15)),
    ("next year", dt.date(9999, 12, 31)),
    ("the coming weeks", dt.date(9999, 12, 31)),
    ("on Friday", dt.date(9999, 12, 31)),
    ("in 10,000 years", dt.date(2024, 12, 2)),
    ("10,000 years ago", dt.date(2024, 12, 2)),
    ("in 100,000,000 days", dt.date(2024, 12, 2)),
    ("99999999999999999999 years ago", dt.date(2024, 12, 2)),
    ("the 99th century", dt.date(2024, 12, 2)),
    ("Feb. 29", dt.date(2023, 3, 1)),
    ("Feb. 29", dt.date(2024, 3, 1)),
    ("February 29, 2023", dt.date(2024, 3, 1)),
    ("a year after Feb. 29, 2024", dt.date(2025, 3, 1)),
    ("a year later", dt.date(2024, 2, 29)),
    ("four years ago", dt.date(2024, 2, 29)),
    ("next month", dt.date(2024, 1, 31)),
    ("week 53", dt.date(2020, 12, 31)),
    ("week 53", dt.date(2021, 6, 1)),
    ("the 53rd week of 2021", dt.date(2021, 6, 1)),
    ("December 31, 9999", dt.date(9999, 12, 31)),
    ("January 1, 0001", dt.date(1, 1, 1)),
    ("32 December 2024", dt.date(2024, 12, 2)),
    ("25:61 p.m.", dt.date(2024, 12, 2)),
]


@pytest.mark.parametrize("phrase, published", EXTREME)
def test_extreme_dates_give_a_value_or_a_typed_error(phrase: str, published: dt.date) -> None:
    try:
        e = resolve(phrase, published)
    except ConflictTimelineError:
        return
    assert e is None or isinstance(e, TemporalExpression)


@pytest.mark.parametrize("phrase, published", EXTREME)
def test_extreme_dates_inside_an_article_never_raise(phrase: str, published: dt.date) -> None:
    text = f"Officials said the fighting began {phrase}, and talks will follow."
    assert_well_formed(text, find_expressions(text, published))


FAR_ZONES = [
    dt.datetime(2024, 12, 31, 23, 30, tzinfo=dt.timezone(dt.timedelta(hours=14))),
    dt.datetime(2024, 1, 1, 0, 15, tzinfo=dt.timezone(dt.timedelta(hours=-12))),
    dt.datetime(1, 1, 1, 0, 0, tzinfo=dt.timezone(dt.timedelta(hours=14))),
    dt.datetime(9999, 12, 31, 23, 59, tzinfo=dt.timezone(dt.timedelta(hours=-12))),
    "2024-12-31T23:30:00+14:00",
    "0001-01-01T00:00:00-12:00",
    "9999-12-31T23:59:59Z",
]


@pytest.mark.parametrize("published", FAR_ZONES, ids=str)
@pytest.mark.parametrize("text", ["yesterday", "tonight at 8 p.m.", "on Monday", "next year", "two hours ago"])
def test_time_zones_far_from_utc(published: object, text: str) -> None:
    assert_well_formed(text, find_expressions(text, published))


# -- bad arguments: the documented typed errors ------------------------------------------

BAD_CALLS = [
    (lambda: find_expressions(b"On Monday", PUBLISHED), InvalidInput),
    (lambda: find_expressions(None, PUBLISHED), InvalidInput),
    (lambda: find_expressions(["On Monday"], PUBLISHED), InvalidInput),
    (lambda: find_expressions("On Monday", None), MissingPublicationDate),
    (lambda: find_expressions("On Monday", "2024-02-30"), InvalidPublicationDate),
    (lambda: find_expressions("On Monday", "yesterday"), InvalidPublicationDate),
    (lambda: find_expressions("On Monday", "0000-01-01"), InvalidPublicationDate),
    (lambda: find_expressions("On Monday", "10000-01-01"), InvalidPublicationDate),
    (lambda: find_expressions("On Monday", 20241202), InvalidPublicationDate),
    (lambda: find_expressions("On Monday", "2" * 10_000), InvalidPublicationDate),
    (lambda: resolve(42, PUBLISHED), InvalidInput),
    (lambda: resolve("last week", "2024-13-01"), InvalidPublicationDate),
    (lambda: build_timeline(b"x", published=PUBLISHED), InvalidInput),
    (lambda: build_timeline("x", published="2024-12-32"), InvalidPublicationDate),
]


@pytest.mark.parametrize("call, error", BAD_CALLS)
def test_bad_arguments_raise_documented_typed_errors(call, error) -> None:
    with pytest.raises(error) as info:
        call()
    assert isinstance(info.value, ConflictTimelineError)


def test_typed_errors_are_also_the_builtin_a_caller_expects() -> None:
    with pytest.raises(TypeError):
        find_expressions(b"On Monday", PUBLISHED)
    with pytest.raises(ValueError):
        find_expressions("On Monday", "2024-02-30")


# -- threads ------------------------------------------------------------------------------

THREAD_JOBS = [
    ("On Monday, Iraqi fighters crossed into Syria. Rebels seized Aleppo last week.", "2024-12-02", "MDY"),
    ("The ceasefire signed on 12/02/2024 held until Friday night.", "2024-12-09", "MDY"),
    ("The ceasefire signed on 12/02/2024 held until Friday night.", "2024-12-09", "DMY"),
    ("Talks will resume next month, two years after the 2022 summit.", "2023-03-15", "MDY"),
    ("Since 2011, more than 300,000 people have died; in the 1990s, the '90s, fiscal 1998.", "2021-06-30", "MDY"),
    ("Protests erupted yesterday and continued tonight; a curfew starts at 8 p.m. tomorrow.", "1999-12-31", "MDY"),
    # written-out dates go through dateparser, whose caches are shared between threads
    ("Talks resumed on Monday after a week of clashes.", "Mon, 02 Dec 2024 10:00:00 GMT", "MDY"),
    ("Talks resumed on Monday after a week of clashes.", "December 9, 2024", "MDY"),
    ("Talks resumed on Monday after a week of clashes.", "3 March 2021", "DMY"),
]


def test_many_threads_give_the_same_results_as_one() -> None:
    expected = [find_expressions(t, p, date_order=d) for t, p, d in THREAD_JOBS]
    expected_resolved = [resolve(t[:30], p) for t, p, _ in THREAD_JOBS]
    jobs = THREAD_JOBS * 40
    with concurrent.futures.ThreadPoolExecutor(max_workers=16) as pool:
        found = list(pool.map(lambda j: find_expressions(j[0], j[1], date_order=j[2]), jobs))
        resolved = list(pool.map(lambda j: resolve(j[0][:30], j[1]), jobs))
    assert found == expected * 40
    assert resolved == expected_resolved * 40


def test_many_threads_build_the_same_timelines() -> None:
    expected = [build_timeline(t, published=p) for t, p, _ in THREAD_JOBS]
    with concurrent.futures.ThreadPoolExecutor(max_workers=8) as pool:
        got = list(pool.map(lambda j: build_timeline(j[0], published=j[1]), THREAD_JOBS * 10))
    assert got == expected * 10


# -- the hierarchy documented in docs/errors.md --------------------------------------------


def _documented_hierarchy() -> list[tuple[type, type]]:
    from conflict_timeline import CalendarOverflow, TimeMLError
    from conflict_timeline.batch import BatchError
    from conflict_timeline.export.json import TimelineFormatError

    return [
        (InvalidInput, TypeError),
        (InvalidPublicationDate, ValueError),
        (MissingPublicationDate, InvalidPublicationDate),
        (CalendarOverflow, ValueError),
        (TimeMLError, ValueError),
        (TimelineFormatError, ValueError),
        (BatchError, ConflictTimelineError),
    ]


@pytest.mark.parametrize("error, base", _documented_hierarchy(), ids=lambda c: c.__name__)
def test_every_documented_error_is_in_the_hierarchy(error: type, base: type) -> None:
    assert issubclass(error, ConflictTimelineError) and issubclass(error, base)
    assert error.__name__ in (Path(__file__).resolve().parent.parent / "docs" / "errors.md").read_text(encoding="utf-8")
