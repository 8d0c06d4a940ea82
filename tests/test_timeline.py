"""Timeline: ordering with granularity and uncertainty, filtering, merging articles, bad input."""

from __future__ import annotations

import datetime as dt
import itertools

import attrs
import pytest
from schema_check import checked

from conflict_timeline import (
    Article,
    Event,
    EventKind,
    EventStatus,
    Granularity,
    SourceRef,
    Span,
    Timeline,
    TimeSpan,
    build_timeline,
)
from conflict_timeline.errors import InvalidInput, InvalidPublicationDate, MissingPublicationDate

D = dt.date
G = Granularity
K = EventKind


def _ev(
    value: str | None,
    start: dt.date | None = None,
    end: dt.date | None = None,
    gran: Granularity | None = None,
    *,
    kind: EventKind = K.BATTLE,
    trigger: str = "attack",
    pos: int = 0,
    source: str = "a",
    places: tuple[str, ...] = (),
    actors: tuple[str, ...] = (),
    status: EventStatus = EventStatus.ASSERTED,
) -> Event:
    trig = Span(pos, pos + len(trigger), trigger)
    sent = Span(pos, pos + len(trigger) + 1, trigger + ".")
    when = TimeSpan(value, start, end, gran) if value is not None else None
    return Event(
        kind,
        trig,
        sent,
        when,
        None,
        actors,
        places,
        None,
        status,
        trigger.capitalize(),
        (SourceRef(source, trig, sent, D(2024, 12, 2)),),
    )


# --- construction and order --------------------------------------------------------------------


def test_empty_timeline() -> None:
    tl = Timeline()
    assert len(tl) == 0 and list(tl) == [] and tl.undated == () and not tl


ORDER_CASES = [
    # (label, value, start, end, granularity) in the expected order
    [
        ("recently", "PAST_REF", None, D(2024, 12, 2), None),  # open start: it may have begun any time
        ("year 2024", "2024", D(2024, 1, 1), D(2024, 12, 31), G.YEAR),
        ("January 2024", "2024-01", D(2024, 1, 1), D(2024, 1, 31), G.MONTH),
        ("1 Jan 2024", "2024-01-01", D(2024, 1, 1), D(2024, 1, 1), G.DAY),
        ("week 48", "2024-W48", D(2024, 11, 25), D(2024, 12, 1), G.WEEK),
        ("2 Dec", "2024-12-02", D(2024, 12, 2), D(2024, 12, 2), G.DAY),
    ],
    [
        ("2011", "2011", D(2011, 1, 1), D(2011, 12, 31), G.YEAR),
        ("2020", "2020", D(2020, 1, 1), D(2020, 12, 31), G.YEAR),
        ("since 2020 (ongoing)", "2020", D(2020, 1, 1), None, G.YEAR),  # an open end counts as the latest
        ("2023", "2023", D(2023, 1, 1), D(2023, 12, 31), G.YEAR),
    ],
]


@pytest.mark.parametrize("rows", ORDER_CASES)
def test_order_by_start_then_coarser_grain_then_end(rows) -> None:
    events = [_ev(v, s, e, g, trigger=label.replace(" ", "_"), pos=i) for i, (label, v, s, e, g) in enumerate(rows)]
    for perm in itertools.permutations(events):
        assert [e.trigger.text for e in Timeline(events=perm)] == [e.trigger.text for e in events]


@pytest.mark.parametrize(
    "a, b, uncertain",
    [
        (("2024", D(2024, 1, 1), D(2024, 12, 31), G.YEAR), ("2024-W48", D(2024, 11, 25), D(2024, 12, 1), G.WEEK), True),
        (("2016", D(2016, 1, 1), D(2016, 12, 31), G.YEAR), ("2020", D(2020, 1, 1), D(2020, 12, 31), G.YEAR), False),
        (
            ("2024-12-02", D(2024, 12, 2), D(2024, 12, 2), G.DAY),
            ("2024-12-02", D(2024, 12, 2), D(2024, 12, 2), G.DAY),
            True,
        ),
        (
            ("2024-11-29", D(2024, 11, 29), D(2024, 11, 29), G.DAY),
            ("2024-12-02", D(2024, 12, 2), D(2024, 12, 2), G.DAY),
            False,
        ),
        (("2020", D(2020, 1, 1), None, G.YEAR), ("2023", D(2023, 1, 1), D(2023, 12, 31), G.YEAR), True),  # ongoing
        (("PAST_REF", None, D(2024, 12, 2), None), ("2024-12-02", D(2024, 12, 2), D(2024, 12, 2), G.DAY), True),
    ],
)
def test_uncertain_neighbours(a, b, uncertain: bool) -> None:
    e1, e2 = _ev(*a, trigger="first", pos=0), _ev(*b, trigger="second", pos=10)
    tl = Timeline(events=(e2, e1))
    assert list(tl) == [e1, e2]
    assert tl.uncertain_pairs == (((e1, e2),) if uncertain else ())


def test_undated_events_are_kept_apart_never_dropped() -> None:
    dated, undated = _ev("2024", D(2024, 1, 1), D(2024, 12, 31), G.YEAR), _ev(None, trigger="siege", pos=5)
    tl = Timeline(events=(undated, dated))  # an undated event given as dated moves to undated
    assert (tl.events, tl.undated, len(tl), tl.all_events) == ((dated,), (undated,), 1, (dated, undated))


def test_timeline_is_frozen_and_rejects_non_events() -> None:
    tl = Timeline()
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        tl.events = ()  # type: ignore[misc]
    with pytest.raises(InvalidInput):
        Timeline(events=("not an event",))  # type: ignore[arg-type]


# --- filter --------------------------------------------------------------------------------------


@pytest.fixture()
def mixed() -> Timeline:
    return build_timeline(
        "On Monday, Iran-backed Iraqi fighters crossed into Syria. Rebels seized the city of Aleppo last week. "
        "Government forces recaptured Aleppo in 2016. Hezbollah decided against joining the fray. "
        "Rebels seized the town of Saraqeb.",
        published="2024-12-02",
        source="s",
    )


@pytest.mark.parametrize(
    "kwargs, triggers",
    [
        ({}, ["recaptured", "seized", "crossed"]),
        ({"kind": EventKind.TERRITORY_CHANGE}, ["recaptured", "seized"]),
        ({"kind": "deployment"}, ["crossed"]),
        ({"kind": ["BATTLE", "DEPLOYMENT"]}, ["crossed"]),
        ({"place": "aleppo"}, ["recaptured", "seized"]),
        ({"actor": "iraqi"}, ["crossed"]),
        ({"between": ("2024-11-01", "2024-12-31")}, ["seized", "crossed"]),
        ({"between": (D(2016, 6, 1), D(2016, 6, 30))}, ["recaptured"]),
        ({"status": EventStatus.ASSERTED, "place": "Syria"}, ["crossed"]),
    ],
)
def test_filter(mixed: Timeline, kwargs, triggers: list[str]) -> None:
    assert [e.trigger.text for e in mixed.filter(**kwargs)] == triggers


def test_filter_keeps_matching_undated_unless_a_window_is_given(mixed: Timeline) -> None:
    assert {e.trigger.text for e in mixed.undated} == {"decided", "joining the fray", "seized"}
    assert [e.trigger.text for e in mixed.filter(status="NEGATED").undated] == ["joining the fray"]
    assert mixed.filter(between=("2000-01-01", "2030-01-01")).undated == ()


@pytest.mark.parametrize(
    "kwargs",
    [
        {"kind": "EARTHQUAKE"},
        {"status": "MAYBE"},
        {"between": ("2024-01-01",)},
        {"between": ("2024-02-01", "2024-01-01")},
        {"between": ("soon", "later")},
    ],
)
def test_filter_rejects_bad_criteria(mixed: Timeline, kwargs) -> None:
    with pytest.raises(InvalidInput):
        mixed.filter(**kwargs)


# --- merging articles ------------------------------------------------------------------------------

A1 = Article("Rebels captured the city of Aleppo on Friday, officials said.", "2024-11-30", source="reuters-1")
A2 = Article("Syrian rebels seized Aleppo last week, in a lightning offensive.", "2024-12-02", source="ap-7")
A3 = Article(
    "Government forces recaptured Aleppo in 2016. Rebels shelled Hama on Friday.", "2024-11-30", source="bbc-3"
)


def test_the_same_event_from_two_articles_merges_with_both_sources() -> None:
    tl = build_timeline([A1, A2])
    captures = [e for e in tl if e.kind is EventKind.TERRITORY_CHANGE]
    assert len(captures) == 1
    (cap,) = captures
    assert sorted(r.source for r in cap.sources) == ["ap-7", "reuters-1"]
    assert cap.when.value == "2024-11-29"  # the finer of the two times leads
    assert "Aleppo" in cap.places


def test_different_events_never_merge() -> None:
    tl = build_timeline([A1, A3])
    assert sorted((e.trigger.text, e.when.value) for e in tl) == [
        ("captured", "2024-11-29"),
        ("recaptured", "2016"),
        ("shelled", "2024-11-29"),
    ]


def test_same_kind_and_day_but_other_place_does_not_merge() -> None:
    a = Article("Rebels captured the town of Saraqeb on Friday.", "2024-11-30", source="x")
    b = Article("Rebels captured the town of Khan Shaykhun on Friday.", "2024-11-30", source="y")
    assert len(build_timeline([a, b])) == 2


def test_any_input_order_gives_the_same_timeline() -> None:
    results = {build_timeline(list(p)) for p in itertools.permutations([A1, A2, A3])}
    assert len(results) == 1
    (tl,) = results
    assert Timeline.merge(build_timeline(A3), build_timeline([A2, A1])) == tl
    assert Timeline.merge(tl, tl) == tl


def test_merge_takes_timelines_only() -> None:
    with pytest.raises(InvalidInput):
        Timeline.merge(Timeline(), "x")  # type: ignore[arg-type]


# --- build_timeline inputs ----------------------------------------------------------------------------


@pytest.mark.parametrize("given", ["", "   ", "Nothing happened here.", [], [Article("", "2024-12-02")]])
def test_articles_that_yield_nothing_give_an_empty_timeline(given) -> None:
    tl = build_timeline(given, published="2024-12-02")
    assert tl == Timeline() and len(tl) == 0 and tl.undated == ()


def test_one_article_as_str_or_article_gives_the_same_timeline() -> None:
    text = "Rebels captured the city of Aleppo on Friday."
    assert build_timeline(text, published="2024-11-30", source="s") == build_timeline(
        Article(text, "2024-11-30", source="s")
    )
    assert build_timeline(text, published=dt.datetime(2024, 11, 30, 9, 0)) == build_timeline(
        text, published=D(2024, 11, 30)
    )


@pytest.mark.parametrize(
    "call, error",
    [
        (lambda: build_timeline("Rebels seized Aleppo."), MissingPublicationDate),
        (lambda: build_timeline("Rebels seized Aleppo.", published="2024-13-45"), InvalidPublicationDate),
        (lambda: build_timeline("Rebels seized Aleppo.", published="yesterday"), InvalidPublicationDate),
        (lambda: build_timeline(b"Rebels seized Aleppo.", published="2024-12-02"), InvalidInput),
        (lambda: build_timeline(42, published="2024-12-02"), InvalidInput),
        (lambda: build_timeline(None, published="2024-12-02"), InvalidInput),
        (lambda: build_timeline([Article("x", "2024-12-02"), 3]), InvalidInput),
        (lambda: build_timeline(["Rebels seized Aleppo."]), MissingPublicationDate),
        (lambda: Article("Rebels seized Aleppo."), MissingPublicationDate),
        (lambda: Article(b"Rebels seized Aleppo.", "2024-12-02"), InvalidInput),
    ],
)
def test_bad_input_raises_typed_errors(call, error) -> None:
    with pytest.raises(error):
        call()


def test_exports_round_trip_through_json(mixed: Timeline) -> None:
    assert Timeline.from_json(checked("timeline", mixed.to_json())) == mixed
