"""Events -> one ordered, filterable, mergeable timeline.

The ordering rule (documented in ``docs/events.md``) is the order of
:class:`~conflict_timeline.model.TimeSpan` itself: dated events are sorted by
the first day of their time span (a span open at the start, such as
"recently" or "until 2016", counts as the earliest possible day), then the
coarser grain first ("2024" before "2024-11-25"), then the last day (an open
end counts as the latest), then the TIMEX3 value, then provenance (source,
article, offset) so that the order is total and does not depend on the order
the inputs came in. Two neighbours are *genuinely
uncertain* in order when neither span ends before the other starts: see
:attr:`Timeline.uncertain_pairs`.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any, TypeVar

import attrs

from .errors import InvalidInput
from .events import merge_events
from .model import Event, EventKind, EventStatus, SourceRef, TimeSpan

if TYPE_CHECKING:  # the optional extras, for annotations only
    import pandas
    from matplotlib.axes import Axes

    from .export.chart import Zoom

__all__ = ["Timeline", "timeline_from_events", "chronological_key", "certainly_before"]


_SourceKey = tuple[str, _dt.date, int, int, str, str]
_ProvenanceKey = tuple[_SourceKey, str, str, str]
_ChronologicalKey = tuple[tuple[_dt.date, int, _dt.date, str], _ProvenanceKey]


def _source_key(ref: SourceRef) -> _SourceKey:
    return (
        ref.source,
        ref.published or _dt.date.min,
        ref.trigger.start,
        ref.trigger.end,
        ref.trigger.text,
        ref.sentence.text,
    )


def _provenance_key(ev: Event) -> _ProvenanceKey:
    refs = sorted(_source_key(r) for r in ev.sources)
    first: _SourceKey = (
        refs[0] if refs else ("", _dt.date.min, ev.trigger.start, ev.trigger.end, ev.trigger.text, ev.sentence.text)
    )
    return (first, ev.kind.value, ev.status.value, ev.summary)


def chronological_key(ev: Event) -> _ChronologicalKey:
    """The sort key of a dated event (see the module docstring for the rule)."""
    w = ev.when
    if w is None:
        return ((_dt.date.max, 99, _dt.date.max, ""), _provenance_key(ev))
    start = w.start or _dt.date.min
    rank = w.granularity.rank if w.granularity is not None else -1
    end = w.end or _dt.date.max
    return ((start, rank, end, w.value), _provenance_key(ev))


def certainly_before(a: Event, b: Event) -> bool:
    """True when ``a``'s time span ends strictly before ``b``'s starts."""
    if a.when is None or b.when is None:
        return False
    return a.when.precedes(b.when)


def _sorted_dated(events: Iterable[Event]) -> tuple[Event, ...]:
    evs = tuple(events)
    for ev in evs:
        if not isinstance(ev, Event):
            raise InvalidInput(f"Timeline takes Event objects, not {type(ev).__name__}")
    return tuple(sorted(evs, key=chronological_key))


def _sorted_undated(events: Iterable[Event]) -> tuple[Event, ...]:
    evs = tuple(events)
    for ev in evs:
        if not isinstance(ev, Event):
            raise InvalidInput(f"Timeline takes Event objects, not {type(ev).__name__}")
    return tuple(sorted(evs, key=_provenance_key))


def _as_day(value: object, what: str) -> _dt.date:
    if isinstance(value, _dt.datetime):
        return value.date()
    if isinstance(value, _dt.date):
        return value
    if isinstance(value, str):
        try:
            return _dt.date.fromisoformat(value.strip()[:10])
        except ValueError:
            pass
    raise InvalidInput(f"{what} must be a date or 'YYYY-MM-DD', not {value!r}")


_E = TypeVar("_E", EventKind, EventStatus)


def _as_set(value: object, enum_type: type[_E]) -> frozenset[_E] | None:
    if value is None:
        return None
    values: Iterable[object] = (value,) if isinstance(value, (str, enum_type)) else value  # type: ignore[assignment]
    if not isinstance(values, Iterable):
        raise InvalidInput(f"expected a {enum_type.__name__}, its name, or several, not {value!r}")
    out: set[_E] = set()
    for v in values:
        try:
            out.add(enum_type(v.upper() if isinstance(v, str) else v))
        except ValueError:
            raise InvalidInput(f"unknown {enum_type.__name__}: {v!r}") from None
    return frozenset(out)


def _mentions(needle: str | None, names: tuple[str, ...]) -> bool:
    if needle is None:
        return True
    n = needle.casefold()
    return any(n in name.casefold() for name in names)


@attrs.frozen(slots=True)
class Timeline:
    """An ordered, immutable collection of events.

    ``events`` holds the dated events in chronological order (the constructor
    sorts them; an event without a time given there is moved to ``undated``),
    ``undated`` the events no time could be justified for, in document order:
    they are kept, never silently dropped. Iterating yields the dated events in
    order; ``len()`` counts them.
    """

    events: tuple[Event, ...] = attrs.field(default=(), converter=_sorted_dated)
    undated: tuple[Event, ...] = attrs.field(default=(), converter=_sorted_undated)

    def __attrs_post_init__(self) -> None:
        if any(ev.when is None for ev in self.events):
            # attrs itself assigns frozen fields this way; done once, at construction
            object.__setattr__(
                self, "undated", _sorted_undated(self.undated + tuple(e for e in self.events if e.when is None))
            )
            object.__setattr__(self, "events", tuple(e for e in self.events if e.when is not None))

    # -- sequence behaviour -------------------------------------------------
    def __iter__(self) -> Iterator[Event]:
        return iter(self.events)

    def __len__(self) -> int:
        return len(self.events)

    def __getitem__(self, index: int) -> Event:
        return self.events[index]

    def __bool__(self) -> bool:
        return bool(self.events or self.undated)

    @property
    def all_events(self) -> tuple[Event, ...]:
        """The dated events in order, then the undated ones."""
        return self.events + self.undated

    # -- queries ------------------------------------------------------------
    @property
    def uncertain_pairs(self) -> tuple[tuple[Event, Event], ...]:
        """Neighbours whose order is not certain.

        A consecutive pair ``(a, b)`` is listed when ``a``'s span does not end
        before ``b``'s starts: the spans overlap ("2024" and "2024-W48", or two
        events on the same day) or one of them is open. Their place in the
        list then follows the tie-breaking rule, not the text's evidence.
        """
        evs = self.events
        return tuple((a, b) for a, b in zip(evs, evs[1:], strict=False) if not certainly_before(a, b))

    def filter(
        self,
        kind: EventKind | str | Iterable[EventKind | str] | None = None,
        actor: str | None = None,
        place: str | None = None,
        between: tuple[object, object] | None = None,
        status: EventStatus | str | Iterable[EventStatus | str] | None = None,
    ) -> Timeline:
        """A new timeline with only the events that match every criterion given.

        ``kind``/``status``: one value or several (enum members or their names);
        ``actor``/``place``: a case-insensitive substring of one of the event's
        actors/places; ``between=(first_day, last_day)`` (dates or ISO
        strings, both inclusive): events whose span overlaps that range; it
        leaves out the undated events, which have no time to compare.
        """
        kinds = _as_set(kind, EventKind)
        statuses = _as_set(status, EventStatus)
        window: TimeSpan | None = None
        if between is not None:
            try:
                lo, hi = between
            except (TypeError, ValueError):
                raise InvalidInput("between must be a pair (first_day, last_day)") from None
            lo_d, hi_d = _as_day(lo, "between[0]"), _as_day(hi, "between[1]")
            if hi_d < lo_d:
                raise InvalidInput(f"between: {hi_d} is before {lo_d}")
            window = TimeSpan(value="", start=lo_d, end=hi_d)

        def keep(ev: Event) -> bool:
            if kinds is not None and ev.kind not in kinds:
                return False
            if statuses is not None and ev.status not in statuses:
                return False
            if not _mentions(actor, ev.actors) or not _mentions(place, ev.places):
                return False
            if window is not None and (ev.when is None or not ev.when.overlaps(window)):
                return False
            return True

        return Timeline(
            events=tuple(e for e in self.events if keep(e)),
            undated=() if window is not None else tuple(e for e in self.undated if keep(e)),
        )

    @classmethod
    def merge(cls, *timelines: Timeline) -> Timeline:
        """One timeline from several: events reporting the same happening become one.

        Same kind, overlapping times, a shared place or actor: merged, with
        the sources of all. The result does not depend on the argument order.
        """
        evs: list[Event] = []
        for tl in timelines:
            if not isinstance(tl, Timeline):
                raise InvalidInput(f"Timeline.merge takes Timelines, not {type(tl).__name__}")
            evs.extend(tl.events)
            evs.extend(tl.undated)
        merged = merge_events(evs)
        return cls(
            events=tuple(e for e in merged if e.when is not None), undated=tuple(e for e in merged if e.when is None)
        )

    # -- exports: formatting lives downstream in conflict_timeline.export ----
    def to_json(self, **kw: Any) -> str:
        """The timeline as JSON (see ``conflict_timeline.export``)."""
        from .export import to_json

        return to_json(self, **kw)

    @classmethod
    def from_json(cls, data: str | bytes) -> Timeline:
        """Read back what :meth:`to_json` wrote: ``Timeline.from_json(tl.to_json()) == tl``.

        Raises :class:`~conflict_timeline.export.TimelineFormatError` for text that
        is not a timeline document of this version's schema.
        """
        from .export import events_from_json

        events, undated = events_from_json(data)
        return cls(events=events, undated=undated)

    def to_csv(self, **kw: Any) -> str:
        """The timeline as CSV, one row per event."""
        from .export import to_csv

        return to_csv(self, **kw)

    def to_markdown(self, **kw: Any) -> str:
        """The timeline as a Markdown table."""
        from .export import to_markdown

        return to_markdown(self, **kw)

    def to_timelinejs(self, **kw: Any) -> Any:
        """The timeline as Knight Lab TimelineJS3 JSON."""
        from .export import to_timelinejs

        return to_timelinejs(self, **kw)

    def to_timeml(self, **kw: Any) -> str:
        """The timeline as TimeML (TIMEX3 and EVENT tags)."""
        from .export import to_timeml

        return to_timeml(self, **kw)

    def to_html(self, *, title: str = "Timeline") -> str:
        """The timeline as one self-contained HTML page: grouped by month, with filters and a search box."""
        from .export import to_html

        return to_html(self, title=title)

    def to_dataframe(self, *, expressions: bool = False) -> pandas.DataFrame:
        """The timeline as a pandas DataFrame, one row per event (needs the ``pandas`` extra).

        ``expressions=True``: one row per time expression instead. Columns and
        types: :mod:`conflict_timeline.export.dataframe`.
        """
        from .export import to_dataframe

        return to_dataframe(self, expressions=expressions)

    def plot(
        self,
        ax: Axes | None = None,
        *,
        title: str | None = None,
        zoom: Zoom = "auto",
        max_rows: int = 30,
        label_width: int = 48,
        figsize: tuple[float, float] | None = None,
    ) -> Axes:
        """Draw the timeline with matplotlib (needs the ``plot`` extra); returns the main Axes.

        A zoom on the densest period with the whole range above it, a row per
        event up to ``max_rows``, counts by day and kind past that: see
        :func:`conflict_timeline.export.chart.plot`.
        """
        from .export import plot

        return plot(self, ax=ax, title=title, zoom=zoom, max_rows=max_rows, label_width=label_width, figsize=figsize)

    def _repr_html_(self) -> str:
        from .export import timeline_repr_html

        return timeline_repr_html(self)


def timeline_from_events(events: Iterable[Event]) -> Timeline:
    """The timeline stage: the events of one or more articles, those reporting the same happening
    merged (:func:`~conflict_timeline.events.merge_events`), dated ones in order, undated ones kept."""
    merged = merge_events(events)
    return Timeline(
        events=tuple(e for e in merged if e.when is not None), undated=tuple(e for e in merged if e.when is None)
    )
