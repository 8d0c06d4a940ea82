"""The published JSON Schema (docs/schema/timeline.schema.json) and the JSON writers agree.

Both ways: every key a writer puts in an object is a property of that object's definition
(``additionalProperties``/``unevaluatedProperties`` are false, so :func:`schema_check.validate`
fails on any other), and every property a definition lists is written. A new field on ``Event``
that reaches the JSON export therefore fails here until the schema describes it.
"""

from __future__ import annotations

import datetime as dt
import enum
import json

import attrs
import jsonschema
import pytest
from export_samples import EVENTS, sample_timeline
from schema_check import SCHEMA, SCHEMA_PATH, validate

from conflict_timeline import build_timeline
from conflict_timeline.batch import ArticleError, ArticleResult, articles_document, result_to_dict
from conflict_timeline.export import event_to_dict, to_json, to_jsonl
from conflict_timeline.export.json import (
    _anchor,
    _distance,
    _signal,
    _source,
    _span,
    _timespan,
    expression_to_dict,
    timeline_to_dict,
)
from conflict_timeline.model import (
    AnchorKind,
    Distance,
    EventKind,
    EventStatus,
    Granularity,
    Mod,
    Signal,
    SignalEffect,
    TimePath,
    TimexType,
)

DEFS = SCHEMA["$defs"]


def test_the_schema_is_valid_draft_2020_12() -> None:
    assert SCHEMA["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    jsonschema.Draft202012Validator.check_schema(SCHEMA)
    assert SCHEMA_PATH.read_text(encoding="utf-8").endswith("}\n")


# -- enums: the schema lists exactly the model's members ------------------------------------------------


@pytest.mark.parametrize(
    "path, enum_type, nullable",
    [
        (("eventFields", "kind"), EventKind, False),
        (("eventFields", "status"), EventStatus, False),
        (("eventFields", "time_path"), TimePath, False),
        (("expression", "type"), TimexType, False),
        (("expression", "mod"), Mod, True),
        (("timeSpan", "granularity"), Granularity, True),
        (("timeSpan", "mod"), Mod, True),
        (("anchor", "kind"), AnchorKind, False),
        (("signal", "effect"), SignalEffect, False),
        (("signal", "mod"), Mod, True),
    ],
)
def test_enums_match_the_model(path: tuple[str, str], enum_type: type[enum.Enum], nullable: bool) -> None:
    listed = DEFS[path[0]]["properties"][path[1]]["enum"]
    assert listed == [e.value for e in enum_type] + ([None] if nullable else [])


# -- keys: what the writers write is what the schema describes ----------------------------------------------


def _full_expression():  # every optional part set, so that every key has a value to check
    [ev] = [e for e in EVENTS.values() if e.time_source is not None and e.time_source.anchor is not None][:1]
    expr = ev.time_source
    since = Signal("since", "since", SignalEffect.OPEN_END, None, 0, 5)
    return attrs.evolve(
        expr,
        bare_span=expr.span,
        adjacent_signal=since,
        governing_signal=since,
        known=frozenset({"year"}),
        distance=Distance(2.0, "day", "after"),
    )


def _written() -> dict[str, list[dict]]:
    """Objects each writer produces, by the schema definition that describes them."""
    expr = _full_expression()
    events = list(EVENTS.values())
    tl = sample_timeline()
    ok = ArticleResult(0, "a", timeline=tl, published=dt.date(2024, 12, 2))
    failed = ArticleResult(1, "b", error=ArticleError("InvalidPublicationDate", "bad"))
    return {
        "eventFields": [event_to_dict(ev) for ev in events],
        "jsonlEvent": [json.loads(line) for line in to_jsonl(tl).splitlines()],
        "expression": [expression_to_dict(expr)],
        "timeSpan": [_timespan(expr.span)],
        "span": [_span(events[0].trigger)],
        "anchor": [_anchor(expr.anchor)],
        "signal": [_signal(expr.adjacent_signal)],
        "distance": [_distance(expr.distance)],
        "sourceRef": [_source(ev.sources[0]) for ev in events if ev.sources],
        "timeline": [timeline_to_dict(tl)],
        "articleResult": [result_to_dict(ok), result_to_dict(failed)],
        "articles": [articles_document([ok, failed])],
        "articleError": [result_to_dict(failed)["error"]],
    }


def _properties(name: str) -> set[str]:
    definition = DEFS[name]
    props = set(definition.get("properties", {}))
    if "$ref" in definition:  # jsonlEvent: the event's fields and its own
        props |= _properties(definition["$ref"].rsplit("/", 1)[-1])
    return props


@pytest.mark.parametrize("name", sorted(_written()))
def test_every_key_written_is_described_and_every_described_key_written(name: str) -> None:
    objects = _written()[name]
    written = set().union(*(set(o) for o in objects))
    assert written == _properties(name)
    for obj in objects:
        validate(name, obj)


def test_every_object_definition_is_closed() -> None:
    # no definition lets an undescribed key through; eventFields is shared, and closed by the two
    # definitions that use it (event, jsonlEvent) with unevaluatedProperties
    for name, definition in DEFS.items():
        if "properties" in definition and name != "eventFields":
            assert False in (definition.get("additionalProperties"), definition.get("unevaluatedProperties")), name
    assert DEFS["event"]["unevaluatedProperties"] is False


# -- near-misses: what the schema refuses --------------------------------------------------------------------


def _doc() -> dict:
    return json.loads(to_json(sample_timeline()))


def _event_with(**changes: object) -> dict:
    doc = _doc()
    doc["events"][0].update(changes)
    return doc


@pytest.mark.parametrize(
    "doc, where",
    [
        ({**_doc(), "extra": 1}, "extra"),  # a key the schema does not describe
        (_event_with(surprise="x"), "surprise"),  # ... on an event
        ({**_doc(), "schema": "conflict_timeline/2"}, "conflict_timeline/1"),  # another version
        (_event_with(kind="SKIRMISH"), "SKIRMISH"),  # not an EventKind
        (_event_with(fatalities=-1), "-1"),
        (_event_with(fatalities="11"), "'11'"),
        (
            _event_with(when={"value": "2024", "start": "2024-1-1", "end": None, "granularity": None, "mod": None}),
            "2024-1-1",
        ),
        ({k: v for k, v in _doc().items() if k != "undated"}, "undated"),  # a required key missing
    ],
)
def test_the_schema_refuses(doc: dict, where: str) -> None:
    with pytest.raises(jsonschema.ValidationError, match=where.replace("'", ".")):
        validate("timeline", doc)


@pytest.mark.parametrize(
    "entry",
    [
        {"index": 0, "source": "a", "published": None, "ok": True},  # ok without its timeline
        {"index": 0, "source": "a", "published": None, "ok": False},  # a failure without its error
        {
            "index": 0,
            "source": "a",
            "published": None,
            "ok": False,
            "error": {"type": "X", "message": "m"},
            "timeline": json.loads(to_json(sample_timeline())),
        },  # fmt: skip
    ],
)
def test_an_article_entry_has_its_timeline_or_its_error(entry: dict) -> None:
    with pytest.raises(jsonschema.ValidationError):
        validate("articleResult", entry)


def test_a_real_timeline_and_the_top_level_choice() -> None:
    tl = build_timeline("On Monday, Iraqi fighters crossed into Syria. Rebels seized Aleppo last week.", "2024-12-02")
    assert validate("document", tl.to_json())["schema"] == "conflict_timeline/1"
    assert validate("document", articles_document([]))["articles"] == []
    with pytest.raises(jsonschema.ValidationError):
        validate("document", {"schema": "conflict_timeline/1", "articles": []})
