"""The matplotlib chart: rows for a few events, counts for many, a zoom on the densest period with the whole
range above it, status drawn, and a figure whose size does not grow with the number of events."""

from __future__ import annotations

import datetime as dt

import pytest
from export_samples import EVENTS, make_event, sample_timeline
from synthetic import DENSE, synthetic_timeline

from conflict_timeline.errors import InvalidInput
from conflict_timeline.export.chart import STATUS_LOOKS, densest_period, plot
from conflict_timeline.model import EventKind, EventStatus, Granularity, TimeSpan
from conflict_timeline.timeline import Timeline

matplotlib = pytest.importorskip("matplotlib")
matplotlib.use("Agg")
import matplotlib.dates as mdates  # noqa: E402
import matplotlib.pyplot as plt  # noqa: E402

D = dt.date


@pytest.fixture(autouse=True)
def _close_figures():  # type: ignore[no-untyped-def]
    yield
    plt.close("all")


def _day_event(day: dt.date, kind: EventKind = EventKind.BATTLE, status: EventStatus = EventStatus.ASSERTED):
    return make_event(
        sentence="On Monday",
        trigger="crossed",
        kind=kind,
        status=status,
        when=TimeSpan(day.isoformat(), day, day, Granularity.DAY),
        time_text="Monday",
    )


def _monthly(first: dt.date, months: int) -> Timeline:
    days = [D(first.year + (first.month - 1 + i) // 12, (first.month - 1 + i) % 12 + 1, 15) for i in range(months)]
    return Timeline(events=tuple(_day_event(d) for d in days))


# -- the densest period: examples and near-misses -----------------------------------------------

DENSEST = {
    "10 synthetic events, dense Nov-Dec 2024": (synthetic_timeline(10), (D(2024, 11, 1), D(2024, 12, 31))),
    "100 synthetic events": (synthetic_timeline(100), (D(2024, 11, 1), D(2024, 12, 31))),
    "1,000 synthetic events": (synthetic_timeline(1000), (D(2024, 11, 1), D(2024, 12, 31))),
    "one busy week in ten years": (
        Timeline(
            events=tuple(_day_event(D(2020, 3, d)) for d in (2, 3, 3, 4, 4, 4, 5, 5, 6, 6, 6, 6))
            + tuple(_day_event(D(y, 6, 1)) for y in range(2014, 2024))
        ),
        (D(2020, 3, 1), D(2020, 3, 31)),
    ),
    # near-misses: no period stands out, the range is short, or there is too little to zoom on
    "one event a month for twelve years": (_monthly(D(2012, 1, 1), 144), None),
    "everything within three months": (Timeline(events=tuple(_day_event(D(2024, m, 10)) for m in (9, 10, 11))), None),
    "three events, far apart": (Timeline(events=tuple(_day_event(D(y, 1, 1)) for y in (2011, 2018, 2024))), None),
    "only long spans": (Timeline(events=(EVENTS["year"], EVENTS["since"], EVENTS["until"])), None),
    "nothing": (Timeline(), None),
}


@pytest.mark.parametrize("tl, expected", DENSEST.values(), ids=list(DENSEST))
def test_densest_period(tl: Timeline, expected: tuple[dt.date, dt.date] | None) -> None:
    assert densest_period(tl) == expected


# -- a few events: one row each -----------------------------------------------------------------


def test_sample_timeline_one_row_per_dated_event() -> None:
    tl = sample_timeline()
    ax = plot(tl)
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert len(labels) == len(tl.events) == 6
    assert labels[0].startswith("until Mar 2017 · ") and labels[-1].startswith("2 Dec 2024 · ")
    assert any(label.endswith("[reported]") for label in labels)  # "late 2016" is reported
    assert len(ax.patches) == 5  # five spans as bars, the exact day as a marker
    legend = [t.get_text() for t in ax.get_legend().get_texts()]
    kinds = ["Battle", "Territory change", "Remote violence", "Deployment", "Negotiation"]
    assert legend == ["kind", *kinds, "", "status", "asserted", "reported"]
    assert "1 undated event not shown" in ax.get_title(loc="left")
    assert len(ax.figure.axes) == 1  # two exact days only: nothing to zoom on
    ax.figure.canvas.draw()


def test_status_is_drawn_not_only_written() -> None:
    statuses = list(EventStatus)
    tl = Timeline(events=tuple(_day_event(D(2024, 12, 1 + i), status=s) for i, s in enumerate(statuses)))
    ax = plot(tl)
    markers = {line.get_marker(): line for line in ax.lines}
    assert set(markers) == {"o", "X", "D"}
    faces = [line.get_markerfacecolor() for line in ax.lines]
    # asserted solid, reported faded, planned/expected/negated/hypothetical hollow (white)
    alphas = [(f[3] if f != (1.0, 1.0, 1.0, 1.0) else 0.0) for f in map(matplotlib.colors.to_rgba, faces)]
    assert alphas == [STATUS_LOOKS[s].fill for s in statuses]
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert [label.rsplit("[", 1)[-1].rstrip("]") for label in labels[1:]] == [s.value.lower() for s in statuses[1:]]
    assert "[" not in labels[0]


# -- 10, 100 and 1,000 events: bounded figures, the zoom, the counts ----------------------------


@pytest.mark.parametrize("n", [10, 100, 1000])
def test_synthetic_sizes_render_within_a_bounded_figure(n: int) -> None:
    tl = synthetic_timeline(n)
    ax = tl.plot(title=f"{n} events")
    fig = ax.figure
    fig.canvas.draw()
    width, height = fig.get_size_inches()
    assert width <= 12 and height <= 13
    overview, main = fig.axes[0], fig.axes[1]
    assert main is ax and len(fig.axes) == 2
    # the main panel shows the densest period, the overview the whole range, with the zoom shaded
    lo, hi = (mdates.num2date(x).date() for x in ax.get_xlim())
    assert lo <= DENSE[0] < DENSE[1] <= hi and (hi - lo).days < 75
    o_lo, o_hi = (mdates.num2date(x).date() for x in overview.get_xlim())
    assert o_lo.year <= 2012 and o_hi.year >= 2025
    assert overview.get_title(loc="left") == f"{n} events ({len(tl.undated)} undated event{'s' * (n > 25)} not shown)"
    assert any(p.get_x() <= mdates.date2num(DENSE[0]) for p in overview.patches)
    if n <= 30:
        assert len(ax.get_yticklabels()) == len(tl.events)  # one row each
        return
    # many events: counted by day, kind and status, not one row each
    shown = [
        ev
        for ev in tl.events
        if ev.when.start is not None and ev.when.end == ev.when.start and DENSE[0] <= ev.when.start <= DENSE[1]
    ]
    heights = sum(p.get_height() for c in ax.containers for p in c.patches)
    assert heights == len(shown)
    assert len(ax.patches) < max(len(shown), 200)
    assert "events per day" in ax.get_ylabel()
    faces = {matplotlib.colors.to_rgba(p.get_facecolor())[3] for p in ax.patches}
    assert {1.0, 0.4} <= faces  # solid (asserted) and faded (reported) bars
    assert {"xxx", "..."} <= {p.get_hatch() for p in ax.patches}  # negated and hypothetical


def test_zoom_can_be_set_or_turned_off() -> None:
    tl = synthetic_timeline(100)
    ax = tl.plot(zoom=None)
    assert len(ax.figure.axes) == 1
    lo, hi = (mdates.num2date(x).date() for x in ax.get_xlim())
    assert D(2010, 6, 1) < lo < D(2011, 3, 1) and D(2025, 1, 1) < hi < D(2026, 1, 1)
    ax = tl.plot(zoom=("2024-12-01", D(2024, 12, 31)))
    lo, hi = (mdates.num2date(x).date() for x in ax.get_xlim())
    assert (lo, hi) == (D(2024, 11, 30), D(2025, 1, 1))  # the days of December, padded by hours
    assert "Zoom on 1 Dec 2024 – 31 Dec 2024" in ax.get_title(loc="left")


@pytest.mark.parametrize(
    "kwargs",
    [
        {"zoom": "densest"},
        {"zoom": ("2024-12-31", "2024-12-01")},
        {"zoom": ("2024-12-01",)},
        {"zoom": ("soon", "later")},
        {"max_rows": -1},
        {"max_rows": 2.5},
    ],
)
def test_bad_arguments_are_typed_errors(kwargs: dict[str, object]) -> None:
    with pytest.raises(InvalidInput):
        plot(synthetic_timeline(10), **kwargs)  # type: ignore[arg-type]


def test_max_rows_switches_between_rows_and_counts() -> None:
    tl = synthetic_timeline(10)
    assert len(tl.plot(max_rows=0).get_yticklabels()) < len(tl.events)  # counted
    assert "events per day" in tl.plot(max_rows=0).get_ylabel()
    assert len(tl.plot(max_rows=100).get_yticklabels()) == len(tl.events)


def test_a_given_axes_is_used_and_the_overview_carved_out_of_it() -> None:
    fig, given = plt.subplots(figsize=(8, 5))
    tl = synthetic_timeline(100)
    assert tl.plot(ax=given) is given
    assert len(fig.axes) == 2
    fig.canvas.draw()  # the overview's place is worked out on drawing
    assert given.get_position().y1 < fig.axes[1].get_position().y0  # the overview sits above
    fig, given = plt.subplots()
    assert plot(Timeline(), ax=given) is given and len(fig.axes) == 1
    assert sample_timeline().plot(ax=given, zoom=None) is given


@pytest.mark.parametrize("max_rows", [30, 0])
def test_counts_and_overview_at_the_calendar_edges(max_rows: int) -> None:
    # many events on the first and last days of the calendar, most of them in 9999's last weeks:
    # the zoom, the overview's bins (millennia) and the counts stay inside years 1..9999
    days = [D(1, 1, 1), D(1, 1, 2), D(1, 3, 1)] + [D(9999, 12, 31 - i % 20) for i in range(40)]
    tl = Timeline(events=tuple(_day_event(d) for d in days))
    ax = plot(tl, max_rows=max_rows)
    ax.figure.canvas.draw()
    first, last = mdates.date2num(dt.date.min), mdates.date2num(dt.date.max) + 1
    for axes in ax.figure.axes:
        lo, hi = axes.get_xlim()
        assert first <= lo < hi <= last
    assert densest_period(tl) == (D(9999, 12, 1), D(9999, 12, 31))
    assert len(ax.figure.axes) == 2
