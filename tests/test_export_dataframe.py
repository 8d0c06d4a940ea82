"""The pandas views: one row per event with typed columns, and one row per time expression."""

from __future__ import annotations

import pytest
from export_samples import EVENTS, make_event, sample_timeline
from synthetic import synthetic_timeline

from conflict_timeline import build_timeline
from conflict_timeline.export.dataframe import COLUMNS, EXPRESSION_COLUMNS, to_dataframe
from conflict_timeline.model import AnchorKind, EventKind, EventStatus
from conflict_timeline.timeline import Timeline

pd = pytest.importorskip("pandas")

TEXT_COLUMNS = ["label", "value", "summary", "trigger", "time_text", "source", "sentence"]
TEXT_COLUMNS += ["acled_event_type", "acled_sub_event_type"]


def test_event_columns_and_their_types() -> None:
    tl = sample_timeline()
    df = tl.to_dataframe()
    assert tuple(df.columns) == COLUMNS
    assert str(df["start"].dtype) == "datetime64[s]" and str(df["published"].dtype) == "datetime64[s]"
    for name in TEXT_COLUMNS:
        assert isinstance(df[name].dtype, pd.StringDtype), name
    for name, enum_type in (("kind", EventKind), ("status", EventStatus)):
        assert isinstance(df[name].dtype, pd.CategoricalDtype)
        assert list(df[name].cat.categories) == [m.value for m in enum_type]
    assert df["actors"].dtype == object and df.loc[5, "actors"] == ("Iran-backed Iraqi fighters",)


def test_label_is_the_display_string_and_missing_text_is_na() -> None:
    tl = sample_timeline()
    df = tl.to_dataframe()
    assert list(df["label"]) == [ev.when.label for ev in tl.events] + ["undated"]
    assert df.loc[4, "label"] == "week of 25 Nov 2024" and df.loc[1, "label"] == "since 2011"
    assert pd.isna(df.loc[6, "time_text"]) and pd.isna(df.loc[6, "value"])  # the undated event
    assert df["summary"].str.contains("seized").sum() == 1  # the string accessor works on string dtype


def test_acled_columns_are_kept() -> None:
    df = build_timeline("Drones hit a fuel depot near Rostov on Monday.", "2024-12-04").to_dataframe()
    assert list(df["acled_event_type"]) == ["Explosions/Remote violence"]
    assert list(df["acled_sub_event_type"]) == ["Air/drone strike"]
    assert isinstance(df["acled_event_type"].dtype, pd.StringDtype)


def test_empty_timeline_keeps_the_columns_and_types() -> None:
    df = Timeline().to_dataframe()
    assert df.empty and tuple(df.columns) == COLUMNS
    assert str(df["start"].dtype) == "datetime64[s]" and isinstance(df["summary"].dtype, pd.StringDtype)
    ex = Timeline().to_dataframe(expressions=True)
    assert ex.empty and tuple(ex.columns) == EXPRESSION_COLUMNS


def test_one_row_per_time_expression() -> None:
    tl = sample_timeline()
    ex = to_dataframe(tl, expressions=True)
    assert tuple(ex.columns) == EXPRESSION_COLUMNS
    dated_by = [ev.time_source for ev in tl.all_events if ev.time_source is not None]
    assert len(ex) == len(dated_by) == 6  # the undated event has no expression
    week = ex[ex["text"] == "last week"].iloc[0]
    assert week["value"] == "2024-W48" and week["label"] == "week of 25 Nov 2024"
    assert week["rule"] == "relative.last_unit" and week["anchor"] == AnchorKind.PUBLICATION_DATE.value
    assert week["anchor_value"] == "2024-12-02" and week["start"] == pd.Timestamp("2024-11-25")
    # the offsets point into the article the expression was read in
    assert week["sentence"][week["char_start"] - tl.events[4].sentence.start :].startswith("last week")
    assert week["source"] == "seed-000"  # the event has two sources: the expression is the first one's
    assert week["events"] == (4,)
    assert isinstance(ex["type"].dtype, pd.CategoricalDtype) and isinstance(ex["rule"].dtype, pd.StringDtype)
    assert str(ex["char_start"].dtype) == "Int64"


def test_an_expression_dating_two_events_is_one_row_listing_both() -> None:
    monday = EVENTS["monday"]
    other = make_event(
        sentence="On Monday",
        trigger="fighters",
        kind=EventKind.BATTLE,
        when=monday.when,
        time_text="Monday",
        rule="weekday.bare",
        anchor=monday.time_source.anchor if monday.time_source else None,
    )
    tl = Timeline(events=(monday, other))
    ex = tl.to_dataframe(expressions=True)
    assert len(ex) == 1 and sorted(ex.loc[0, "events"]) == [0, 1]
    frame = tl.to_dataframe()
    assert set(frame.loc[list(ex.loc[0, "events"]), "time_text"]) == {"Monday"}


def test_the_expression_frame_of_a_built_timeline_matches_its_events() -> None:
    text = "Rebels seized Aleppo last week. On Monday, Iraqi fighters crossed into Syria."
    tl = build_timeline(text, "2024-12-02", source="wire")
    ex = tl.to_dataframe(expressions=True)
    assert len(ex) >= 2
    for _, row in ex.iterrows():
        assert text[row["char_start"] : row["char_end"]] == row["text"]
        assert row["source"] == "wire" and row["published"] == pd.Timestamp("2024-12-02")


@pytest.mark.parametrize("n", [10, 400])
def test_large_synthetic_frames(n: int) -> None:
    tl = synthetic_timeline(n)
    df = tl.to_dataframe()
    assert len(df) == n
    assert df["dated"].sum() == len(tl.events)
    by_status = df.groupby("status", observed=False).size()
    assert list(by_status.index) == [s.value for s in EventStatus]
    ex = tl.to_dataframe(expressions=True)
    assert sum(len(rows) for rows in ex["events"]) == sum(ev.time_source is not None for ev in tl.all_events)
