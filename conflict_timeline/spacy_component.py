"""A spaCy pipeline component (optional extra ``[spacy]``).

    import spacy
    nlp = spacy.blank("en")                      # any English pipeline
    nlp.add_pipe("conflict_timeline", config={"published": "2024-12-02"})
    doc = nlp("On Monday, Iraqi fighters crossed into Syria.")
    for span in doc.spans["timex"]:
        print(span.text, span.label_, span._.timex.value)   # Monday DATE 2024-12-02
    for span in doc.spans["events"]:
        print(span.text, span._.event_kind, span._.event_status, span._.event_when)
    doc._.timeline                               # the article's Timeline

The factory is registered under the name ``conflict_timeline`` through the
``spacy_factories`` entry point, so ``add_pipe`` finds it without an import
once the package is installed; importing this module registers it too.

The publication date comes from ``doc.user_data["published"]`` when set (one
date per document, e.g. ``nlp.pipe`` over articles of different days), else
from the ``published`` setting; with neither,
:class:`~conflict_timeline.errors.MissingPublicationDate` is raised.
``date_order`` and ``document`` reach every stage, so the spans and the
timeline always agree.

**What is on the doc.** Each time expression becomes a span in
``doc.spans[spans_key]`` labelled with its TIMEX3 type; each event of the
timeline a span over its trigger in ``doc.spans[events_key]`` labelled with its
kind. A span covers whole tokens: when an expression starts or ends inside a
token the span is widened to it (``span._.timex.text`` keeps the exact extent).

**Serialisable.** The component keeps only plain data on the doc: JSON-ready
dicts (the JSON export's own form, :mod:`conflict_timeline.export.json`) in
``doc.user_data[USER_DATA_RESULT]``; the spans carry an ``id`` pointing into
them. The extension attributes are getters that rebuild the objects on access:

* ``doc._.timeline``: the :class:`~conflict_timeline.timeline.Timeline` (``None`` with ``timeline=False``);
* ``span._.timex``: the :class:`~conflict_timeline.model.TemporalExpression` (value, mod,
  calendar span, rule, anchor, exact offsets);
* ``span._.event``: the :class:`~conflict_timeline.model.Event`, and its parts
  ``span._.event_kind`` (:class:`~conflict_timeline.model.EventKind`),
  ``span._.event_status`` (:class:`~conflict_timeline.model.EventStatus`),
  ``span._.event_when`` (:class:`~conflict_timeline.model.TimeSpan` or ``None``).

So ``doc.to_bytes()`` / ``Doc(vocab).from_bytes()``, ``DocBin(store_user_data=True)``
and ``nlp.pipe(texts, n_process=2)`` keep everything; a span the component did
not make gives ``None``.
"""

from __future__ import annotations

from typing import Any

try:
    from spacy.language import Language
    from spacy.tokens import Doc, Span
except ImportError as exc:  # pragma: no cover - depends on the environment
    raise ImportError(
        "conflict_timeline.spacy_component needs the [spacy] extra: pip install 'conflict_timeline[spacy]'"
    ) from exc

from .errors import InvalidInput
from .export.json import _read_expression, event_from_dict, event_to_dict, expression_to_dict
from .model import Article, DateLike, Event, EventKind, EventStatus, TemporalExpression, TimeSpan, publication_date
from .pipeline import analyse, find_expressions
from .settings import DateOrder, DocumentKind, make_settings
from .timeline import Timeline, timeline_from_events

__all__ = [
    "ConflictTimelineComponent",
    "make_conflict_timeline",
    "USER_DATA_KEY",
    "USER_DATA_RESULT",
]

#: The ``doc.user_data`` key read for a document's own publication date.
USER_DATA_KEY = "published"
#: The ``doc.user_data`` key the component writes its results under (plain, JSON-ready data).
USER_DATA_RESULT = "conflict_timeline"

# -- rebuilding objects from the plain data ----------------------------------------------------

_CACHE: dict[int, tuple[object, object]] = {}  # id(plain data) -> (the data, the object built from it)
_CACHE_SIZE = 4096


def _built(data: Any, build: Any) -> Any:
    """``build(data)``, remembered while ``data`` (the very object) is still the doc's."""
    hit = _CACHE.get(id(data))
    if hit is not None and hit[0] is data:
        return hit[1]
    value = build(data)
    if len(_CACHE) >= _CACHE_SIZE:
        del _CACHE[next(iter(_CACHE))]
    _CACHE[id(data)] = (data, value)  # holding the data keeps its id from being reused
    return value


def _plain(value: Any) -> Any:
    """JSON's shapes back: a serialiser may hand lists back as tuples (``DocBin`` does)."""
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


def _result(doc: Doc) -> dict[str, Any] | None:
    data = doc.user_data.get(USER_DATA_RESULT)
    return data if isinstance(data, dict) else None


def _timeline_of(data: dict[str, Any]) -> Timeline:
    data = _plain(data)
    return Timeline(
        events=tuple(event_from_dict(d, f"events[{i}]") for i, d in enumerate(data["events"])),
        undated=tuple(event_from_dict(d, f"undated[{i}]") for i, d in enumerate(data["undated"])),
    )


def _get_timeline(doc: Doc) -> Timeline | None:
    data = _result(doc)
    if data is None or data.get("timeline") is None:
        return None
    timeline: Timeline = _built(data["timeline"], _timeline_of)
    return timeline


def _entry(span: Span, table: str) -> Any:
    """The plain data a span of the component points to (by its id, checked against its offsets)."""
    data = _result(span.doc)
    if data is None:
        return None
    entry = data.get(table, {}).get(str(span.id))
    if entry is None or list(entry["span"]) != [span.start_char, span.end_char]:
        return None  # a span the component did not make, or one moved since
    if table == "timex":
        return entry["data"]
    timeline = data["timeline"]
    i, n = entry["event"], len(timeline["events"])
    return timeline["events"][i] if i < n else timeline["undated"][i - n]


def _get_timex(span: Span) -> TemporalExpression | None:
    data = _entry(span, "timex")
    if data is None:
        return None
    expression: TemporalExpression = _built(data, lambda d: _read_expression(_plain(d), "timex"))
    return expression


def _get_event(span: Span) -> Event | None:
    data = _entry(span, "events")
    if data is None:
        return None
    event: Event = _built(data, lambda d: event_from_dict(_plain(d), "event"))
    return event


def _get_event_kind(span: Span) -> EventKind | None:
    ev = _get_event(span)
    return None if ev is None else ev.kind


def _get_event_status(span: Span) -> EventStatus | None:
    ev = _get_event(span)
    return None if ev is None else ev.status


def _get_event_when(span: Span) -> TimeSpan | None:
    ev = _get_event(span)
    return None if ev is None else ev.when


# spaCy extensions are global by spaCy's design; registering twice is harmless (force: an older
# version of this module registered ``timex`` and ``timeline`` as plain values)
Doc.set_extension("timeline", getter=_get_timeline, force=True)
Span.set_extension("timex", getter=_get_timex, force=True)
Span.set_extension("event", getter=_get_event, force=True)
Span.set_extension("event_kind", getter=_get_event_kind, force=True)
Span.set_extension("event_status", getter=_get_event_status, force=True)
Span.set_extension("event_when", getter=_get_event_when, force=True)


class ConflictTimelineComponent:
    """Finds and resolves time expressions in a ``Doc``, finds its events and builds its timeline."""

    def __init__(
        self,
        name: str = "conflict_timeline",
        *,
        published: DateLike | None = None,
        spans_key: str = "timex",
        events_key: str = "events",
        date_order: DateOrder = "auto",
        document: DocumentKind = "news",
        day_first: bool | None = None,
        timeline: bool = True,
    ) -> None:
        for what, key in (("spans_key", spans_key), ("events_key", events_key)):
            if not isinstance(key, str) or not key:
                raise InvalidInput(f"{what} must be a non-empty str, not {key!r}")
        if spans_key == events_key:
            raise InvalidInput(f"spans_key and events_key must differ, both are {spans_key!r}")
        self.name = name
        # checked now so that a bad setting fails when the pipeline is built, not on the first doc
        self.settings = make_settings(published, date_order=date_order, document=document, day_first=day_first)
        self.spans_key = spans_key
        self.events_key = events_key
        self.timeline = bool(timeline)

    def __call__(self, doc: Doc) -> Doc:
        """Annotate ``doc`` in place and return it."""
        raw = doc.user_data.get(USER_DATA_KEY)
        published = publication_date(raw if raw is not None else self.settings.published)
        settings = self.settings.for_article(published)
        tl: Timeline | None = None
        if self.timeline:
            # one run of every stage gives both the spans and the timeline
            analysis = analyse(Article(doc.text, published), settings)
            expressions = list(analysis.expressions)
            tl = timeline_from_events(analysis.events)
        else:
            expressions = find_expressions(
                doc.text, published, date_order=settings.date_order, document=settings.document
            )
        result: dict[str, Any] = {"published": published.isoformat(), "timex": {}, "events": {}, "timeline": None}
        spans: list[Span] = []
        for expr in expressions:
            span = doc.char_span(expr.start, expr.end, label=expr.type.value, alignment_mode="expand")
            if span is None:  # only whitespace inside: nothing a token can hold
                continue
            span.id = len(spans) + 1
            result["timex"][str(span.id)] = {"span": [span.start_char, span.end_char], "data": expression_to_dict(expr)}
            spans.append(span)
        doc.spans[self.spans_key] = spans
        if tl is not None:
            result["timeline"] = {
                "events": [event_to_dict(ev) for ev in tl.events],
                "undated": [event_to_dict(ev) for ev in tl.undated],
            }
            events: list[Span] = []
            for i, ev in enumerate(tl.all_events):
                span = doc.char_span(ev.trigger.start, ev.trigger.end, label=ev.kind.value, alignment_mode="expand")
                if span is None:
                    continue
                span.id = len(spans) + len(events) + 1  # ids unique on the doc, across both groups
                # the event is stored once, in the timeline; the span points to it
                result["events"][str(span.id)] = {"span": [span.start_char, span.end_char], "event": i}
                events.append(span)
            doc.spans[self.events_key] = events
        doc.user_data[USER_DATA_RESULT] = result
        return doc


@Language.factory(
    "conflict_timeline",
    default_config={
        "published": None,
        "spans_key": "timex",
        "events_key": "events",
        "date_order": "auto",
        "document": "news",
        "day_first": None,
        "timeline": True,
    },
)
def make_conflict_timeline(
    nlp: Language,
    name: str,
    published: str | None,
    spans_key: str,
    events_key: str,
    date_order: DateOrder,
    document: DocumentKind,
    day_first: bool | None,
    timeline: bool,
) -> ConflictTimelineComponent:
    """spaCy factory for :class:`ConflictTimelineComponent` (``nlp.add_pipe("conflict_timeline")``)."""
    return ConflictTimelineComponent(
        name,
        published=published,
        spans_key=spans_key,
        events_key=events_key,
        date_order=date_order,
        document=document,
        day_first=day_first,
        timeline=timeline,
    )
