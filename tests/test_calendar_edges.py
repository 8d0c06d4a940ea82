"""Promise: every export answers for any day from 0001-01-01 to 9999-12-31: axes, ticks and labels
are clamped or labelled at the calendar's edges instead of raising ``OverflowError``."""

from __future__ import annotations

import datetime as dt

import pytest
from schema_check import checked

from conflict_timeline import build_timeline
from conflict_timeline.model import Event, EventKind, Granularity, Mod, SourceRef, Span, TimeSpan
from conflict_timeline.timeline import Timeline

D = dt.date
FIRST, LAST = dt.date.min, dt.date.max

EDGE_SPANS = {
    "last day": [TimeSpan("9999-12-31", LAST, LAST, Granularity.DAY)],
    "last week": [TimeSpan("9999-W52", D(9999, 12, 20), D(9999, 12, 26), Granularity.WEEK)],
    "last months": [
        TimeSpan("9999-11", D(9999, 11, 1), D(9999, 11, 30), Granularity.MONTH),
        TimeSpan("9999-12", D(9999, 12, 1), LAST, Granularity.MONTH),
    ],
    "last years": [TimeSpan("9995", D(9995, 1, 1), LAST, Granularity.YEAR)],
    "since the last year": [TimeSpan("9999", D(9999, 1, 1), None, Granularity.YEAR)],
    "after the last day": [TimeSpan("9999-12-31", LAST, LAST, Granularity.DAY, Mod.AFTER)],
    "first day": [TimeSpan("0001-01-01", FIRST, FIRST, Granularity.DAY)],
    "first months": [TimeSpan("0001-01", FIRST, D(1, 5, 31), Granularity.MONTH)],
    "first years": [TimeSpan("0001", FIRST, D(4, 12, 31), Granularity.YEAR)],
    "until the first year": [TimeSpan("0001", None, D(1, 12, 31), Granularity.YEAR)],
    "both edges": [
        TimeSpan("0001-01-01", FIRST, FIRST, Granularity.DAY),
        TimeSpan("9999-12-31", LAST, LAST, Granularity.DAY),
    ],
    "open both ways": [TimeSpan("PAST_REF", None, LAST), TimeSpan("FUTURE_REF", FIRST, None)],
    "a value that names no date": [TimeSpan("<b>x</b>", LAST, LAST, None)],
}


def _event(when: TimeSpan) -> Event:
    s = Span(0, 10, "Rebels won")
    t = Span(7, 10, "won")
    return Event(
        kind=EventKind.BATTLE, trigger=t, sentence=s, when=when, time_source=None, sources=(SourceRef("x", t, s, LAST),)
    )


@pytest.fixture(scope="module")
def plt():  # type: ignore[no-untyped-def]
    matplotlib = pytest.importorskip("matplotlib")
    matplotlib.use("Agg")
    import matplotlib.pyplot as pyplot

    return pyplot


@pytest.mark.parametrize("spans", EDGE_SPANS.values(), ids=list(EDGE_SPANS))
def test_every_export_answers_at_the_edges(spans: list[TimeSpan], plt) -> None:  # type: ignore[no-untyped-def]
    tl = Timeline(events=tuple(_event(w) for w in spans))
    assert tl.to_html().count('<li class="row event') == len(spans)
    ax = tl.plot()
    ax.figure.canvas.draw()  # the ticks are computed on drawing: they must stay inside years 1..9999
    lo, hi = ax.get_xlim()
    import matplotlib.dates as mdates

    assert mdates.date2num(FIRST) <= lo < hi <= mdates.date2num(LAST) + 1
    plt.close(ax.figure)
    assert Timeline.from_json(checked("timeline", tl.to_json())) == tl
    for out in (tl.to_csv(), tl.to_markdown(), tl.to_timeml(), tl._repr_html_()):
        assert out
    assert len(tl.to_timelinejs()["events"]) == len(spans)
    pytest.importorskip("pandas")
    df = tl.to_dataframe()
    assert len(df) == len(spans)
    for ev in tl.events:
        assert ev._repr_html_() and ev.when is not None and ev.when.label


@pytest.mark.parametrize(
    "when, label",
    [
        (TimeSpan("9999-12-31", LAST, LAST, Granularity.DAY), "31 Dec 9999"),
        (TimeSpan("9999-W52", D(9999, 12, 20), D(9999, 12, 26), Granularity.WEEK), "week of 27 Dec 9999"),
        (TimeSpan("9999-W53", LAST, LAST, Granularity.WEEK), "31 Dec 9999"),  # no week 53 in 9999: the days say it
        (TimeSpan("9999", D(9999, 1, 1), None, Granularity.YEAR), "since 9999"),
        (TimeSpan("0001", None, D(1, 12, 31), Granularity.YEAR), "until 1"),
        (TimeSpan("0000", FIRST, FIRST), "1 Jan 1"),  # year 0 is no year: the days are shown
    ],
)
def test_labels_at_the_edges(when: TimeSpan, label: str) -> None:
    assert when.label == label


@pytest.mark.parametrize("published", [LAST, FIRST, D(9999, 12, 25), D(1, 1, 3)])
def test_built_timelines_at_the_edges_export(published: dt.date, plt) -> None:  # type: ignore[no-untyped-def]
    text = "Rebels seized Aleppo on Friday. Talks resumed last week and will go on next month. Since 2011 war."
    tl = build_timeline(text, published, source="edge")
    assert tl.all_events
    tl.to_html()
    ax = tl.plot()
    ax.figure.canvas.draw()
    plt.close(ax.figure)
    assert Timeline.from_json(checked("timeline", tl.to_json())) == tl
