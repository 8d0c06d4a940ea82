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
from typing import TYPE_CHECKING, Any, TypeVar, overload

import attrs

from .errors import InvalidInput
from .events import merge_events
from .model import DateLike, Event, EventKind, EventStatus, SourceRef, TimeSpan

if TYPE_CHECKING:
    from .outputs import PathOrBuffer

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


@attrs.frozen(slots=True, repr=False)
class Timeline:
    """An ordered, immutable collection of events.

    ``events`` holds the dated events in chronological order (the constructor
    sorts them; an event without a time given there is moved to ``undated``),
    ``undated`` the events no time could be justified for, in document order:
    they are kept, never silently dropped. Iterating yields the dated events in
    order; ``len()`` counts them; ``tl[0]`` is the first dated event and
    ``tl[0:2]`` a ``Timeline`` of the first two (slices take dated events only).
    ``repr(tl)`` is one short line: the counts, the span of dates, the sources.
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

    @overload
    def __getitem__(self, index: int) -> Event: ...

    @overload
    def __getitem__(self, index: slice) -> Timeline: ...

    def __getitem__(self, index: int | slice) -> Event | Timeline:
        """``tl[i]``: the i-th dated event; ``tl[a:b]``: a timeline of those dated events.

        A slice is a ``Timeline`` again (of dated events only: the undated ones have no place in
        the order to slice), so it filters, exports and slices like the whole. A timeline is always
        in chronological order, so a negative step gives the same events in the same order.
        """
        if isinstance(index, slice):
            return Timeline(events=self.events[index])
        return self.events[index]

    def __bool__(self) -> bool:
        return bool(self.events or self.undated)

    def __repr__(self) -> str:
        return _short_repr(self)

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
        between: tuple[DateLike, DateLike] | None = None,
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

        The reports the timelines' events hold are merged again from scratch
        (:func:`~conflict_timeline.events.merge_events`; the rules are in
        ``docs/events.md``), so the result depends neither on the argument order nor
        on how the timelines were merged before: ``merge(merge(a, b), c) ==
        merge(a, merge(b, c))``, and ``merge(tl, tl) == tl``.
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
    @overload
    def to_json(self, path_or_buf: None = None, *, indent: int | None = 2) -> str: ...

    @overload
    def to_json(self, path_or_buf: PathOrBuffer, *, indent: int | None = 2) -> None: ...

    def to_json(self, path_or_buf: PathOrBuffer | None = None, *, indent: int | None = 2) -> str | None:
        """The timeline as one JSON document of schema ``conflict_timeline/1`` (``docs/exports.md``).

        As in pandas: with no ``path_or_buf`` the document is returned as a ``str``; given a path
        (written atomically: an existing file is replaced only once the whole document is
        written) or an open file, it is written there and ``None`` is returned.
        ``indent=None`` gives one line. :meth:`from_json` reads it back.
        """
        from .export import to_json

        return _deliver(to_json(self, indent=indent), path_or_buf)

    @classmethod
    def from_json(cls, data: str | bytes) -> Timeline:
        """Read back what :meth:`to_json` wrote: ``Timeline.from_json(tl.to_json()) == tl``.

        Raises :class:`~conflict_timeline.export.TimelineFormatError` for text that
        is not a timeline document of this version's schema.
        """
        from .export import events_from_json

        events, undated = events_from_json(data)
        return cls(events=events, undated=undated)

    @overload
    def to_jsonl(self, path_or_buf: None = None) -> str: ...

    @overload
    def to_jsonl(self, path_or_buf: PathOrBuffer) -> None: ...

    def to_jsonl(self, path_or_buf: PathOrBuffer | None = None) -> str | None:
        """One JSON object per event and per line (dated events, then undated); ``path_or_buf`` as
        in :meth:`to_json`."""
        from .export import to_jsonl

        return _deliver(to_jsonl(self), path_or_buf)

    @overload
    def to_csv(self, path_or_buf: None = None, *, header: bool = True) -> str: ...

    @overload
    def to_csv(self, path_or_buf: PathOrBuffer, *, header: bool = True) -> None: ...

    def to_csv(self, path_or_buf: PathOrBuffer | None = None, *, header: bool = True) -> str | None:
        """The timeline as CSV, one row per event (see :func:`conflict_timeline.export.to_csv`).

        ``tl.to_csv("events.csv")`` writes the file (atomically) and returns ``None``; an open
        file is written to; with no argument the CSV is returned. ``header=False`` leaves out the
        header row, for appending to a file that has one.
        """
        from .export import to_csv

        return _deliver(to_csv(self, header=header), path_or_buf)

    def to_markdown(self, *, title: str = "Timeline") -> str:
        """The timeline as Markdown: a heading, a table of dated events, one of undated ones."""
        from .export import to_markdown

        return to_markdown(self, title=title)

    def to_table(self, heading: str = "", *, width: int | None = None) -> str:
        """The timeline as aligned plain text, as the command line prints it.

        ``width`` (columns) makes every line fit, cutting the event column first; ``None`` does not
        cut. ``heading`` opens the table with the counts.
        """
        from .export import to_table

        return to_table(self, heading, width=width)

    def to_timelinejs(self, *, title: str | None = None) -> dict[str, Any]:
        """The timeline as a Knight Lab TimelineJS3 JSON object (``json.dump`` it); ``title`` adds a
        title slide."""
        from .export import to_timelinejs

        return to_timelinejs(self, title=title)

    def to_timeml(self, *, published: DateLike | None = None, doc_id: str | None = None) -> str:
        """The timeline as one TimeML document (TIMEX3, EVENT and TLINK tags).

        The creation time is ``published`` when given, else the latest publication day of the
        sources; ``doc_id`` defaults to the source name when all events share one.
        """
        from .export import to_timeml

        return to_timeml(self, published=published, doc_id=doc_id)

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


def _deliver(text: str, path_or_buf: PathOrBuffer | None) -> str | None:
    """``text`` itself, or written to ``path_or_buf`` (pandas' convention for ``to_csv``)."""
    if path_or_buf is None:
        return text
    from .outputs import write_output

    write_output(text, path_or_buf)
    return None


#: How many source names ``repr`` shows before "+N more", and how long each may be.
_REPR_SOURCES = 3
_REPR_NAME = 40


def _short_repr(tl: Timeline) -> str:
    """``Timeline(12 dated events, 3 undated; 2011-01-01 .. 2024-12-02; sources: 'a', 'b' +2 more)``."""
    n, m = len(tl.events), len(tl.undated)
    parts = [f"{n} dated event{'s' * (n != 1)}, {m} undated"]
    days = [d for ev in tl.events if ev.when is not None for d in (ev.when.start, ev.when.end) if d is not None]
    if days:  # the first and the last day any dated event is known to touch
        parts.append(f"{min(days).isoformat()} .. {max(days).isoformat()}")
    names = list(dict.fromkeys(r.source for ev in tl.all_events for r in ev.sources if r.source))
    if names:
        shown = ", ".join(repr(x if len(x) <= _REPR_NAME else x[: _REPR_NAME - 1] + "…") for x in names[:_REPR_SOURCES])
        more = f" +{len(names) - _REPR_SOURCES} more" if len(names) > _REPR_SOURCES else ""
        parts.append(f"source{'s' * (len(names) != 1)}: {shown}{more}")
    return f"Timeline({'; '.join(parts)})"


def timeline_from_events(events: Iterable[Event]) -> Timeline:
    """The timeline stage: the events of one or more articles, those reporting the same happening
    merged (:func:`~conflict_timeline.events.merge_events`), dated ones in order, undated ones kept."""
    merged = merge_events(events)
    return Timeline(
        events=tuple(e for e in merged if e.when is not None), undated=tuple(e for e in merged if e.when is None)
    )
