"""The event fields the event stage adds (time_rule, status_rule, ACLED types) travel through the JSON
export, and a document written before them still reads, with empty defaults."""

from __future__ import annotations

from schema_check import validate

from conflict_timeline import build_timeline
from conflict_timeline.export import event_from_dict, event_to_dict


def test_new_fields_round_trip_through_json() -> None:
    (ev,) = build_timeline("Rebels seized the town of Saraqeb on Tuesday, officials said.", "2024-12-06").all_events
    data = validate("event", event_to_dict(ev))
    assert {k: data[k] for k in ("time_rule", "status_rule", "acled_event_type", "acled_sub_event_type")} == {
        "time_rule": ev.time_rule,
        "status_rule": ev.status_rule,
        "acled_event_type": ev.acled_event_type,
        "acled_sub_event_type": ev.acled_sub_event_type,
    }
    assert event_from_dict(data) == ev


def test_a_document_without_the_new_fields_reads_with_empty_defaults() -> None:
    (ev,) = build_timeline("Rebels seized the town of Saraqeb on Tuesday.", "2024-12-06").all_events
    data = event_to_dict(ev)
    for key in ("time_rule", "status_rule", "acled_event_type", "acled_sub_event_type"):
        del data[key]
    old = event_from_dict(validate("event", data))  # the schema lets these four be absent, as the reader does
    assert (old.time_rule, old.status_rule, old.acled_event_type, old.acled_sub_event_type) == ("", "", "", "")


def test_the_csv_export_has_the_acled_columns() -> None:
    import csv
    import io

    tl = build_timeline("Drones hit a fuel depot near Rostov on Monday.", "2024-12-04")
    (row,) = list(csv.DictReader(io.StringIO(tl.to_csv())))
    assert (row["kind"], row["acled_event_type"], row["acled_sub_event_type"]) == (
        "REMOTE_VIOLENCE",
        "Explosions/Remote violence",
        "Air/drone strike",
    )


def test_the_dataframe_has_the_acled_columns() -> None:
    import pytest

    pytest.importorskip("pandas")
    df = build_timeline("Drones hit a fuel depot near Rostov on Monday.", "2024-12-04").to_dataframe()
    assert list(df["acled_sub_event_type"]) == ["Air/drone strike"]
    assert list(df["acled_event_type"]) == ["Explosions/Remote violence"]
