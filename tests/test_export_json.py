"""JSON / JSON Lines export: the schema, the exact round trip, and documents that must be refused."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from export_samples import EVENTS, one_event_timeline, sample_timeline
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from schema_check import checked, validate

from conflict_timeline.export import SCHEMA, TimelineFormatError, to_json, to_jsonl
from conflict_timeline.model import (
    Anchor,
    AnchorKind,
    Event,
    EventKind,
    EventStatus,
    Granularity,
    Mod,
    SourceRef,
    Span,
    TemporalExpression,
    TimePath,
    TimeSpan,
    TimexType,
)
from conflict_timeline.timeline import Timeline


@pytest.mark.parametrize("name", sorted(EVENTS))
def test_round_trip_each_sample_event(name: str) -> None:
    tl = one_event_timeline(name)
    back = Timeline.from_json(checked("timeline", to_json(tl)))
    assert back == tl
    assert back.all_events[0] == EVENTS[name]


def test_round_trip_whole_timeline_and_methods() -> None:
    tl = sample_timeline()
    assert Timeline.from_json(checked("timeline", tl.to_json())) == tl
    assert Timeline.from_json(checked("timeline", to_json(tl, indent=None))) == tl
    assert "\n" not in to_json(tl, indent=None)


def test_empty_timeline_round_trips() -> None:
    assert Timeline.from_json(checked("timeline", to_json(Timeline()))) == Timeline()


def test_document_shape() -> None:
    doc = validate("timeline", to_json(sample_timeline()))
    assert doc["schema"] == SCHEMA == "conflict_timeline/1"
    assert [e["kind"] for e in doc["undated"]] == ["POLITICAL"]
    week = next(e for e in doc["events"] if e["when"] and e["when"]["value"] == "2024-W48")
    assert week["when"] == {
        "value": "2024-W48",
        "start": "2024-11-25",
        "end": "2024-12-01",
        "granularity": "WEEK",
        "mod": None,
    }
    assert week["time_source"]["anchor"] == {
        "kind": "PUBLICATION_DATE",
        "value": "2024-12-02",
        "start": None,
        "end": None,
        "text": None,
    }
    assert [s["source"] for s in week["sources"]] == ["seed-000", "wire-7"]
    assert week["fatalities"] == 11
    # text is written as is, not as \\u escapes
    assert "“decided against”" in to_json(sample_timeline())


def test_jsonl_one_event_per_line_dated_first() -> None:
    records = validate("jsonlEvent", to_jsonl(sample_timeline()))
    assert len(records) == 7
    assert [r["dated"] for r in records] == [True] * 6 + [False]
    assert records[0]["when"]["value"] == "2017-03"  # open start sorts first


# -- hypothesis: any timeline of any events survives the trip ---------------------------------

_text = st.text(max_size=20)
_opt_text = st.none() | _text
_offset = st.integers(min_value=0, max_value=10**7)
_dates = st.none() | st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9999, 12, 31))
_spans = st.builds(Span, _offset, _offset, _text)
_timespans = st.builds(
    TimeSpan, _text, _dates, _dates, st.none() | st.sampled_from(Granularity), st.none() | st.sampled_from(Mod)
)
_anchors = st.builds(Anchor, st.sampled_from(AnchorKind), _text, st.none() | _offset, st.none() | _offset, _opt_text)
_expressions = st.builds(
    TemporalExpression,
    text=_text,
    start=_offset,
    end=_offset,
    type=st.sampled_from(TimexType),
    value=_text,
    mod=st.none() | st.sampled_from(Mod),
    span=st.none() | _timespans,
    rule=_text,
    anchor=st.none() | _anchors,
    signal=_opt_text,
    quant=_opt_text,
    freq=_opt_text,
    explanation=_text,
)
_events = st.builds(
    Event,
    kind=st.sampled_from(EventKind),
    trigger=_spans,
    sentence=_spans,
    when=st.none() | _timespans,
    time_source=st.none() | _expressions,
    actors=st.lists(_text, max_size=3).map(tuple),
    places=st.lists(_text, max_size=3).map(tuple),
    fatalities=st.none() | st.integers(min_value=0, max_value=10**6),
    status=st.sampled_from(EventStatus),
    summary=_text,
    sources=st.lists(st.builds(SourceRef, _text, _spans, _spans, _dates), max_size=3).map(tuple),
    time_path=st.sampled_from(TimePath),
    explanation=_text,
)


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(st.lists(_events, max_size=5), st.lists(_events, max_size=3))
def test_round_trip_any_timeline(dated: list[Event], undated: list[Event]) -> None:
    tl = Timeline(events=tuple(dated), undated=tuple(undated))
    assert Timeline.from_json(checked("timeline", to_json(tl))) == tl


# -- refusals: each names what is wrong ----------------------------------------------------------


def _doc_with(**changes: object) -> str:
    doc = json.loads(to_json(sample_timeline()))
    event = doc["events"][0]
    for key, value in changes.items():
        if key == "schema":
            doc["schema"] = value
        elif value is KeyError:
            del event[key]
        else:
            event[key] = value
    return json.dumps(doc)


@pytest.mark.parametrize(
    "data, message",
    [
        ("not json", "not JSON"),
        ("[]", "expected an object"),
        ('{"events": [], "undated": []}', "missing key 'schema'"),
        (_doc_with(schema="conflict_timeline/2"), "unsupported schema"),
        (_doc_with(kind="EARTHQUAKE"), "unknown EventKind 'EARTHQUAKE'"),
        (_doc_with(fatalities=True), "$.events[0].fatalities: expected int"),
        (_doc_with(fatalities="11"), "expected int"),
        (_doc_with(summary=KeyError), "$.events[0]: missing key 'summary'"),
        (_doc_with(actors="Rebels"), "expected list"),
        (_doc_with(actors=[1]), "$.events[0].actors[0]: expected str"),
        (
            _doc_with(when={"value": "x", "start": "2024-02-30", "end": None, "granularity": None, "mod": None}),
            "not a YYYY-MM-DD date",
        ),
        (_doc_with(trigger=None), "trigger and sentence are required"),
    ],
)
def test_bad_documents_are_refused_with_a_reason(data: str, message: str) -> None:
    with pytest.raises(TimelineFormatError) as info:
        Timeline.from_json(data)
    assert message in str(info.value)
    assert isinstance(info.value, ValueError)


def test_unchanged_document_is_accepted() -> None:
    # the near-miss of the table above: the same edit machinery with no edit reads fine
    assert Timeline.from_json(_doc_with()) == sample_timeline()
