"""JSON and JSON Lines: the versioned, lossless interchange format.

Schema ``conflict_timeline/1`` (documented in ``docs/exports.md``)::

    {"schema": "conflict_timeline/1", "events": [Event, ...], "undated": [Event, ...]}

Every field of every value type is written, with ``null`` for ``None``;
dates are ``"YYYY-MM-DD"``; enums are their names. Reading checks the schema
tag and every field, so ``Timeline.from_json(to_json(tl)) == tl`` holds exactly and a
document of another version or shape raises :class:`TimelineFormatError`.
"""

from __future__ import annotations

import datetime as _dt
import enum
import json as _json
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from ..errors import ConflictTimelineError, describe_value
from ..model import (
    Anchor,
    AnchorKind,
    Distance,
    Event,
    EventKind,
    EventStatus,
    Granularity,
    Mod,
    Signal,
    SignalEffect,
    SourceRef,
    Span,
    TemporalExpression,
    TimePath,
    TimeSpan,
    TimexType,
)
from ..safejson import loads_untrusted

if TYPE_CHECKING:
    from ..timeline import Timeline

__all__ = [
    "SCHEMA",
    "TimelineFormatError",
    "event_from_dict",
    "event_to_dict",
    "events_from_json",
    "expression_to_dict",
    "jsonl_line",
    "timeline_to_dict",
    "to_json",
    "to_jsonl",
]

#: The schema tag written into, and required from, every document.
SCHEMA = "conflict_timeline/1"

T = TypeVar("T")
E = TypeVar("E", bound=enum.Enum)


class TimelineFormatError(ConflictTimelineError, ValueError):
    """A JSON document is not a timeline of the schema this version reads."""


# ----------------------------------------------------------------------------- writing


def _date(d: _dt.date | None) -> str | None:
    return d.isoformat() if d is not None else None


def _enum(e: enum.Enum | None) -> str | None:
    return e.value if e is not None else None


def _span(s: Span) -> dict[str, Any]:
    return {"start": s.start, "end": s.end, "text": s.text}


def _timespan(t: TimeSpan | None) -> dict[str, Any] | None:
    if t is None:
        return None
    return {
        "value": t.value,
        "start": _date(t.start),
        "end": _date(t.end),
        "granularity": _enum(t.granularity),
        "mod": _enum(t.mod),
    }


def _anchor(a: Anchor | None) -> dict[str, Any] | None:
    if a is None:
        return None
    return {"kind": a.kind.value, "value": a.value, "start": a.start, "end": a.end, "text": a.text}


def _signal(s: Signal | None) -> dict[str, Any] | None:
    if s is None:
        return None
    return {
        "text": s.text,
        "normal": s.normal,
        "effect": s.effect.value,
        "mod": _enum(s.mod),
        "start": s.start,
        "end": s.end,
    }


def _distance(d: Distance | None) -> dict[str, Any] | None:
    return None if d is None else {"n": d.n, "unit": d.unit, "direction": d.direction}


def expression_to_dict(e: TemporalExpression | None) -> dict[str, Any] | None:
    """One time expression as a JSON-ready mapping (``None`` stays ``None``)."""
    if e is None:
        return None
    return {
        "text": e.text,
        "start": e.start,
        "end": e.end,
        "type": e.type.value,
        "value": e.value,
        "mod": _enum(e.mod),
        "span": _timespan(e.span),
        "rule": e.rule,
        "anchor": _anchor(e.anchor),
        "signal": e.signal,
        "quant": e.quant,
        "freq": e.freq,
        "explanation": e.explanation,
        "bare_span": _timespan(e.bare_span),
        "adjacent_signal": _signal(e.adjacent_signal),
        "governing_signal": _signal(e.governing_signal),
        "known": sorted(e.known),
        "distance": _distance(e.distance),
    }


def _source(s: SourceRef) -> dict[str, Any]:
    return {
        "source": s.source,
        "trigger": _span(s.trigger),
        "sentence": _span(s.sentence),
        "published": _date(s.published),
    }


def event_to_dict(ev: Event) -> dict[str, Any]:
    """One event as a JSON-ready mapping (schema ``conflict_timeline/1``)."""
    return {
        "kind": ev.kind.value,
        "status": ev.status.value,
        "summary": ev.summary,
        "trigger": _span(ev.trigger),
        "sentence": _span(ev.sentence),
        "when": _timespan(ev.when),
        "time_source": expression_to_dict(ev.time_source),
        "time_path": ev.time_path.value,
        "time_rule": ev.time_rule,
        "status_rule": ev.status_rule,
        "acled_event_type": ev.acled_event_type,
        "acled_sub_event_type": ev.acled_sub_event_type,
        "actors": list(ev.actors),
        "places": list(ev.places),
        "fatalities": ev.fatalities,
        "sources": [_source(s) for s in ev.sources],
        "explanation": ev.explanation,
    }


def timeline_to_dict(tl: Timeline) -> dict[str, Any]:
    """The whole timeline as a JSON-ready mapping: what :func:`to_json` writes."""
    return {
        "schema": SCHEMA,
        "events": [event_to_dict(e) for e in tl.events],
        "undated": [event_to_dict(e) for e in tl.undated],
    }


def to_json(tl: Timeline, *, indent: int | None = 2) -> str:
    """The whole timeline as one JSON document of schema ``conflict_timeline/1``.

    Non-ASCII text is written as is (UTF-8); ``indent=None`` gives one line.
    ``docs/schema/timeline.schema.json`` describes it (JSON Schema, Draft 2020-12).
    """
    return _json.dumps(timeline_to_dict(tl), ensure_ascii=False, indent=indent)


# Characters that JSON may carry raw in a string but that many line readers (Python's
# str.splitlines, older JavaScript) take for a line end: escaped, so a record stays on its line.
_LINE_ENDS = str.maketrans({"\x85": "\\u0085", "\u2028": "\\u2028", "\u2029": "\\u2029"})


def jsonl_line(value: Any) -> str:
    """``value`` as one line of JSON Lines (no newline at the end): UTF-8 text, and no character
    any reader could split the line at (JSON escapes control characters; U+0085, U+2028 and
    U+2029 are escaped here too)."""
    return _json.dumps(value, ensure_ascii=False).translate(_LINE_ENDS)


def to_jsonl(tl: Timeline) -> str:
    """One JSON object per line and per event: dated events in order, then undated ones.

    Each line is an event object of schema ``conflict_timeline/1`` with one
    more key, ``"dated"`` (``true``/``false``), saying which list it came from;
    no line can be split by a reader (see :func:`jsonl_line`).
    """
    lines = []
    for key, events in (("events", tl.events), ("undated", tl.undated)):
        for ev in events:
            record = event_to_dict(ev)
            record["dated"] = key == "events"
            lines.append(jsonl_line(record))
    return "".join(line + "\n" for line in lines)


# ----------------------------------------------------------------------------- reading


class _Reader:
    """Field access with messages that say where in the document a value is wrong."""

    __slots__ = ("data", "path")

    def __init__(self, data: Any, path: str) -> None:
        if not isinstance(data, dict):
            raise TimelineFormatError(f"{path}: expected an object, got {type(data).__name__}")
        self.data = data
        self.path = path

    def _get(self, key: str) -> Any:
        if key not in self.data:
            raise TimelineFormatError(f"{self.path}: missing key {key!r}")
        return self.data[key]

    def typed(self, key: str, kind: type, *, optional: bool = False) -> Any:
        value = self._get(key)
        if value is None and optional:
            return None
        # bool is an int in Python, but never a valid offset or count here
        if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
            raise TimelineFormatError(f"{self.path}.{key}: expected {kind.__name__}, got {describe_value(value)}")
        return value

    def text(self, key: str) -> str:
        return self.typed(key, str)  # type: ignore[no-any-return]

    def opt_text(self, key: str) -> str | None:
        return self.typed(key, str, optional=True)  # type: ignore[no-any-return]

    def integer(self, key: str, *, optional: bool = False) -> Any:
        return self.typed(key, int, optional=optional)

    def enum(self, key: str, enum_type: type[E], *, optional: bool = False) -> E | None:
        raw = self.typed(key, str, optional=optional)
        if raw is None:
            return None
        try:
            return enum_type(raw)
        except ValueError:
            raise TimelineFormatError(
                f"{self.path}.{key}: unknown {enum_type.__name__} {describe_value(raw)}"
            ) from None

    def date(self, key: str) -> _dt.date | None:
        raw = self.typed(key, str, optional=True)
        if raw is None:
            return None
        try:
            return _dt.date.fromisoformat(raw)
        except ValueError:
            raise TimelineFormatError(f"{self.path}.{key}: not a YYYY-MM-DD date: {describe_value(raw)}") from None

    def obj(self, key: str, read: Callable[[Any, str], T]) -> T | None:
        value = self._get(key)
        return None if value is None else read(value, f"{self.path}.{key}")

    def items(self, key: str, read: Callable[[Any, str], T]) -> tuple[T, ...]:
        value = self.typed(key, list)
        return tuple(read(v, f"{self.path}.{key}[{i}]") for i, v in enumerate(value))


def _read_str(value: Any, path: str) -> str:
    if not isinstance(value, str):
        raise TimelineFormatError(f"{path}: expected str, got {describe_value(value)}")
    return value


def _read_span(data: Any, path: str) -> Span:
    r = _Reader(data, path)
    return Span(start=r.integer("start"), end=r.integer("end"), text=r.text("text"))


def _read_timespan(data: Any, path: str) -> TimeSpan:
    r = _Reader(data, path)
    return TimeSpan(
        value=r.text("value"),
        start=r.date("start"),
        end=r.date("end"),
        granularity=r.enum("granularity", Granularity, optional=True),
        mod=r.enum("mod", Mod, optional=True),
    )


def _read_anchor(data: Any, path: str) -> Anchor:
    r = _Reader(data, path)
    kind = r.enum("kind", AnchorKind)
    assert kind is not None
    return Anchor(
        kind=kind,
        value=r.text("value"),
        start=r.integer("start", optional=True),
        end=r.integer("end", optional=True),
        text=r.opt_text("text"),
    )


def _read_signal(data: Any, path: str) -> Signal:
    r = _Reader(data, path)
    effect = r.enum("effect", SignalEffect)
    assert effect is not None
    return Signal(
        text=r.text("text"),
        normal=r.text("normal"),
        effect=effect,
        mod=r.enum("mod", Mod, optional=True),
        start=r.integer("start"),
        end=r.integer("end"),
    )


def _read_distance(data: Any, path: str) -> Distance:
    r = _Reader(data, path)
    n = r._get("n")
    if n is not None and (isinstance(n, bool) or not isinstance(n, (int, float))):
        raise TimelineFormatError(f"{path}.n: expected a number or null, got {describe_value(n)}")
    direction = r.text("direction")
    if direction not in ("after", "before"):
        raise TimelineFormatError(f"{path}.direction: expected 'after' or 'before', got {describe_value(direction)}")
    return Distance(None if n is None else float(n), r.text("unit"), direction)  # type: ignore[arg-type]


def _read_expression(data: Any, path: str) -> TemporalExpression:
    r = _Reader(data, path)
    timex_type = r.enum("type", TimexType)
    assert timex_type is not None
    return TemporalExpression(
        text=r.text("text"),
        start=r.integer("start"),
        end=r.integer("end"),
        type=timex_type,
        value=r.text("value"),
        mod=r.enum("mod", Mod, optional=True),
        span=r.obj("span", _read_timespan),
        rule=r.text("rule"),
        anchor=r.obj("anchor", _read_anchor),
        signal=r.opt_text("signal"),
        quant=r.opt_text("quant"),
        freq=r.opt_text("freq"),
        explanation=r.text("explanation"),
        bare_span=r.obj("bare_span", _read_timespan) if "bare_span" in data else None,
        # written by later versions; absent from older documents
        adjacent_signal=r.obj("adjacent_signal", _read_signal) if "adjacent_signal" in data else None,
        governing_signal=r.obj("governing_signal", _read_signal) if "governing_signal" in data else None,
        known=frozenset(r.items("known", _read_str)) if "known" in data else frozenset(),
        distance=r.obj("distance", _read_distance) if "distance" in data else None,
    )


def _read_source(data: Any, path: str) -> SourceRef:
    r = _Reader(data, path)
    trigger, sentence = r.obj("trigger", _read_span), r.obj("sentence", _read_span)
    if trigger is None or sentence is None:
        raise TimelineFormatError(f"{path}: trigger and sentence are required")
    return SourceRef(source=r.text("source"), trigger=trigger, sentence=sentence, published=r.date("published"))


def event_from_dict(data: Mapping[str, Any], path: str = "event") -> Event:
    """The inverse of :func:`event_to_dict`; raises :class:`TimelineFormatError` naming the bad field."""
    r = _Reader(data, path)
    kind, status, time_path = r.enum("kind", EventKind), r.enum("status", EventStatus), r.enum("time_path", TimePath)
    trigger, sentence = r.obj("trigger", _read_span), r.obj("sentence", _read_span)
    if kind is None or status is None or time_path is None or trigger is None or sentence is None:
        raise TimelineFormatError(f"{path}: kind, status, time_path, trigger and sentence are required")
    return Event(
        kind=kind,
        trigger=trigger,
        sentence=sentence,
        when=r.obj("when", _read_timespan),
        time_source=r.obj("time_source", _read_expression),
        actors=r.items("actors", _read_str),
        places=r.items("places", _read_str),
        fatalities=r.integer("fatalities", optional=True),
        status=status,
        summary=r.text("summary"),
        sources=r.items("sources", _read_source),
        time_path=time_path,
        explanation=r.text("explanation"),
        time_rule=r.text("time_rule") if "time_rule" in r.data else "",  # absent in files written before it
        status_rule=r.text("status_rule") if "status_rule" in r.data else "",
        acled_event_type=r.text("acled_event_type") if "acled_event_type" in r.data else "",
        acled_sub_event_type=r.text("acled_sub_event_type") if "acled_sub_event_type" in r.data else "",
    )


def events_from_json(data: str | bytes) -> tuple[tuple[Event, ...], tuple[Event, ...]]:
    """The dated and the undated events of a document written by :func:`to_json`.

    :meth:`Timeline.from_json <conflict_timeline.timeline.Timeline.from_json>`
    wraps them into an equal timeline. Raises :class:`TimelineFormatError` (a
    ``ValueError``) for text that is not JSON, a document of another schema, or
    a field of the wrong shape.
    """
    if isinstance(data, (bytes, bytearray)):
        try:
            data = bytes(data).decode("utf-8")
        except UnicodeDecodeError as exc:
            raise TimelineFormatError(f"not UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start})") from None
    if not isinstance(data, str):
        raise TimelineFormatError(f"from_json takes a JSON string, not {type(data).__name__}")
    try:
        doc = loads_untrusted(data)
    except ValueError as exc:
        raise TimelineFormatError(str(exc)) from None
    r = _Reader(doc, "$")
    schema = r.typed("schema", str)
    if schema != SCHEMA:
        raise TimelineFormatError(f"unsupported schema {describe_value(schema)}; this version reads {SCHEMA!r}")
    return r.items("events", event_from_dict), r.items("undated", event_from_dict)
