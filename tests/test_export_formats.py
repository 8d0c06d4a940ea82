"""CSV, Markdown, TimelineJS, TimeML, pandas and notebook display of a timeline (the chart: test_chart.py)."""

from __future__ import annotations

import csv
import datetime as dt
import io
import re

import pytest
from export_samples import EVENTS, make_event, one_event_timeline, sample_timeline

from conflict_timeline.export import (
    date_label,
    event_repr_html,
    timeline_repr_html,
    to_csv,
    to_dataframe,
    to_markdown,
    to_timelinejs,
    to_timeml,
)
from conflict_timeline.export._common import ROW_FIELDS, highlight, value_label
from conflict_timeline.model import EventKind, Granularity, Mod, TimeSpan
from conflict_timeline.timeline import Timeline
from conflict_timeline.timeml import read_timeml

D = dt.date


# -- labels -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "span, label",
    [
        (TimeSpan("2024-12-02", D(2024, 12, 2), D(2024, 12, 2), Granularity.DAY), "2 Dec 2024"),
        (TimeSpan("2024-W48", D(2024, 11, 25), D(2024, 12, 1), Granularity.WEEK), "week of 25 Nov 2024"),
        (TimeSpan("2024-12", D(2024, 12, 1), D(2024, 12, 31), Granularity.MONTH), "Dec 2024"),
        (TimeSpan("2024-Q3", D(2024, 7, 1), D(2024, 9, 30), Granularity.QUARTER), "Q3 2024"),
        (TimeSpan("2024-H1", D(2024, 1, 1), D(2024, 6, 30), Granularity.HALF), "H1 2024"),
        (TimeSpan("2024-SU", D(2024, 6, 1), D(2024, 8, 31), Granularity.SEASON), "summer 2024"),
        (TimeSpan("202", D(2020, 1, 1), D(2029, 12, 31), Granularity.DECADE), "the 2020s"),
        (TimeSpan("19", D(1900, 1, 1), D(1999, 12, 31), Granularity.CENTURY), "the 20th century"),
        (TimeSpan("2024-12-02TNI", D(2024, 12, 2), D(2024, 12, 2), Granularity.PART_OF_DAY), "2 Dec 2024, night"),
        (TimeSpan("2024-12-02T15:00", D(2024, 12, 2), D(2024, 12, 2), Granularity.MINUTE), "2 Dec 2024, 15:00"),
        (TimeSpan("2016", D(2016, 9, 1), D(2016, 12, 31), Granularity.YEAR, Mod.END), "late 2016"),
        (TimeSpan("2016", D(2016, 1, 1), D(2016, 4, 30), Granularity.YEAR, Mod.START), "early 2016"),
        (TimeSpan("2024-12", D(2024, 12, 11), D(2024, 12, 20), Granularity.MONTH, Mod.MID), "mid-Dec 2024"),
        (TimeSpan("2011", D(2011, 1, 1), None, Granularity.YEAR), "since 2011"),
        (TimeSpan("2017-03", None, D(2017, 3, 31), Granularity.MONTH), "until Mar 2017"),
        (TimeSpan("2023", None, D(2023, 12, 31), Granularity.YEAR, Mod.ON_OR_BEFORE), "by 2023"),
        (TimeSpan("PAST_REF", None, D(2024, 12, 2)), "until 2 Dec 2024"),
        (TimeSpan("PAST_REF", None, None), "the past"),
        (TimeSpan("PRESENT_REF", D(2024, 12, 2), D(2024, 12, 2)), "2 Dec 2024"),
        # values that are not calendar units: the days speak instead
        (TimeSpan("P2W", D(2024, 11, 18), D(2024, 12, 1)), "18 Nov 2024 – 1 Dec 2024"),
        (TimeSpan("2024-13", D(2024, 12, 1), D(2024, 12, 31)), "1 Dec 2024 – 31 Dec 2024"),
        (TimeSpan("2024-W54", D(2024, 12, 30), D(2025, 1, 5)), "30 Dec 2024 – 5 Jan 2025"),
        (None, "undated"),
    ],
)
def test_date_labels(span: TimeSpan | None, label: str) -> None:
    assert date_label(span) == label


@pytest.mark.parametrize("value", ["", "24", "2024-1", "202x", "XXXX-WXX-1", "2024-12-32", "P3D"])
def test_value_label_refuses_what_is_not_a_date(value: str) -> None:
    expected = {"24": "the 25th century"}.get(value)  # two digits is a century by TIMEX3's rule
    assert value_label(value) == expected


def test_highlight_marks_time_and_trigger_within_the_sentence() -> None:
    pieces = highlight(EVENTS["last_week"])
    assert pieces == [
        ("Rebels ", None),
        ("seized", "trigger"),
        (" Aleppo ", None),
        ("last week", "time"),
        (", killing at least 11 people.", None),
    ]
    # a time expression from another sentence is not marked here
    other = make_event(sentence="Rebels seized", trigger="seized", kind=EventKind.BATTLE, when=None)
    assert [r for _, r in highlight(other)] == [None, "trigger", None]


# -- CSV and Markdown ---------------------------------------------------------------------------


def test_csv_rows_parse_back() -> None:
    rows = list(csv.DictReader(io.StringIO(to_csv(sample_timeline()))))
    assert list(rows[0]) == list(ROW_FIELDS)
    assert len(rows) == 7
    week = next(r for r in rows if r["value"] == "2024-W48")
    assert (week["start"], week["end"], week["kind"], week["fatalities"], week["source"]) == (
        "2024-11-25",
        "2024-12-01",
        "TERRITORY_CHANGE",
        "11",
        "seed-000; wire-7",
    )
    assert week["sentence"] == "Rebels seized Aleppo last week, killing at least 11 people."
    assert rows[-1]["dated"] == "false" and rows[-1]["start"] == ""
    assert to_csv(sample_timeline(), header=False) == to_csv(sample_timeline()).split("\n", 1)[1]


def test_markdown_escapes_and_sections() -> None:
    md = to_markdown(sample_timeline(), title="Syria | 2024")
    assert md.startswith("# Syria \\| 2024\n")
    assert "6 dated events, 1 undated." in md
    assert "\n## Undated\n" in md
    assert "Hezbollah \\| the group" in md
    for line in md.splitlines():
        if line.startswith("| ") and "---" not in line:
            assert len(re.findall(r"(?<!\\)\|", line)) == 8, line  # seven cells, no stray pipe
    assert "\n## Undated" not in to_markdown(one_event_timeline("monday"))


# -- TimelineJS ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name, start, end, display",
    [
        ("monday", {"year": 2024, "month": 12, "day": 2}, None, None),
        ("year", {"year": 2016}, None, None),
        (
            "last_week",
            {"year": 2024, "month": 11, "day": 25},
            {"year": 2024, "month": 12, "day": 1},
            "week of 25 Nov 2024",
        ),
        ("late", {"year": 2016}, None, "late 2016"),
        ("since", {"year": 2011}, None, "since 2011"),
        ("until", {"year": 2017, "month": 3}, None, "until Mar 2017"),
    ],
)
def test_timelinejs_slides_carry_only_known_parts(
    name: str, start: dict, end: dict | None, display: str | None
) -> None:
    [slide] = to_timelinejs(one_event_timeline(name))["events"]
    assert slide["start_date"] == start
    assert slide.get("end_date") == end
    assert slide.get("display_date") == display
    assert slide["group"] == EVENTS[name].kind.value.replace("_", " ").capitalize()
    assert slide["text"]["headline"] == EVENTS[name].summary


def test_timelinejs_document() -> None:
    doc = to_timelinejs(sample_timeline(), title="Aleppo <2024>")
    assert doc["title"]["text"]["headline"] == "Aleppo &lt;2024&gt;"
    assert [s["unique_id"] for s in doc["events"]] == [f"event-{i}" for i in range(1, 7)]  # undated left out
    week = doc["events"][4]
    assert week["text"]["text"].startswith("<p>Rebels <strong>seized</strong> Aleppo <mark>last week</mark>,")
    assert "title" not in to_timelinejs(sample_timeline())
    hour = make_event(
        sentence="On Monday",
        trigger="crossed",
        kind=EventKind.DEPLOYMENT,
        when=TimeSpan("2024-12-02T15:30", D(2024, 12, 2), D(2024, 12, 2), Granularity.MINUTE),
    )
    [slide] = to_timelinejs(Timeline(events=(hour,)))["events"]
    assert slide["start_date"] == {"year": 2024, "month": 12, "day": 2, "hour": 15, "minute": 30}


# -- TimeML -------------------------------------------------------------------------------------


def test_timeml_reads_back_with_our_reader() -> None:
    tl = sample_timeline()
    doc = read_timeml(to_timeml(tl))
    assert doc.dct == D(2024, 12, 2)
    assert doc.doc_id == "seed-000"
    by_text = {t.text: t for t in doc.timexes}
    for ev in tl.events:
        t = by_text[ev.time_source.text]
        assert (t.value, t.mod) == (ev.when.value, ev.when.mod.value if ev.when.mod else None)
        assert doc.text[t.start : t.end] == t.text
    assert sorted(e.text for e in doc.events) == sorted(ev.trigger.text for ev in tl.all_events)
    assert {e.event_class for e in doc.events} == {ev.kind.value for ev in tl.all_events}
    # each dated event is linked to the time that dates it
    links = {(doc.event(lk.source[1]).text, doc.timex(lk.target[1]).text) for lk in doc.tlinks}
    assert links == {(ev.trigger.text, ev.time_source.text) for ev in tl.events}
    assert "&lt;script&gt;" in to_timeml(tl)


def test_timeml_creation_date() -> None:
    assert read_timeml(to_timeml(sample_timeline(), published="2025-01-01")).dct == D(2025, 1, 1)
    from conflict_timeline.errors import MissingPublicationDate

    with pytest.raises(MissingPublicationDate):
        to_timeml(Timeline())
    assert read_timeml(to_timeml(Timeline(), published="2024-12-02")).text == ""


# -- pandas -------------------------------------------------------------------------------------


def test_dataframe_typed_columns() -> None:
    import pandas as pd

    df = to_dataframe(sample_timeline())
    assert len(df) == 7
    assert str(df["start"].dtype) == "datetime64[s]" and str(df["end"].dtype) == "datetime64[s]"
    assert isinstance(df["kind"].dtype, pd.CategoricalDtype)
    assert list(df["kind"].cat.categories) == [k.value for k in EventKind]
    assert isinstance(df["status"].dtype, pd.CategoricalDtype)
    assert str(df["fatalities"].dtype) == "Int64"
    assert df["dated"].tolist() == [True] * 6 + [False]
    assert pd.isna(df.loc[0, "start"]) and df.loc[0, "end"] == pd.Timestamp("2017-03-31")
    assert pd.isna(df.loc[6, "start"]) and pd.isna(df.loc[6, "end"])
    counts = df.groupby("kind", observed=False).size()
    assert counts["TERRITORY_CHANGE"] == 2 and counts["RIOT"] == 0
    assert df.loc[4, "sources"] == ("seed-000", "wire-7")


def test_dataframe_extreme_years_fit() -> None:
    ev = make_event(
        sentence="On Monday",
        trigger="crossed",
        kind=EventKind.DEPLOYMENT,
        when=TimeSpan("0001", D(1, 1, 1), D(9999, 12, 31), Granularity.YEAR),
    )
    df = to_dataframe(Timeline(events=(ev,)))
    assert df.loc[0, "start"].year == 1 and df.loc[0, "end"].year == 9999


# -- notebook display ---------------------------------------------------------------------------


def test_repr_html() -> None:
    tl = sample_timeline()
    page = tl._repr_html_()
    assert page == timeline_repr_html(tl)
    assert page.count("<tr>") == 8  # header + 7 events
    assert "&lt;script&gt;" in page and "<script>" not in page
    card = EVENTS["last_week"]._repr_html_()
    assert card == event_repr_html(EVENTS["last_week"])
    assert '<mark style="background:#ffe08a">last week</mark>' in card
    assert "Fatalities" in card and "seed-000, wire-7" in card


def test_repr_html_cuts_long_timelines() -> None:
    from conflict_timeline.export import notebook

    many = Timeline(undated=tuple(EVENTS["undated"] for _ in range(notebook.MAX_ROWS + 5)))
    assert "… and 5 more events" in timeline_repr_html(many)
