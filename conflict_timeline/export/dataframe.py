"""pandas: one row per event, or one row per time expression, with typed columns (needs the ``pandas`` extra).

Events (:data:`COLUMNS`): ``start``/``end``/``published`` are ``datetime64[s]``
(seconds, so that any year from 1 to 9999 fits; ``NaT`` for an open side or no
date); ``label`` is the date as people read it ("week of 25 Nov 2024", the
label the HTML page and the chart show); ``kind``, ``status``,
``granularity``, ``mod`` and ``time_path`` are categoricals over every member
of their enum, so a ``groupby`` lists kinds with no events too; text columns
use pandas' ``string`` dtype (``<NA>`` for none); ``fatalities`` is a nullable
``Int64``; ``actors``/``places``/``sources`` hold tuples; ``dated`` is ``bool``.

Time expressions (:data:`EXPRESSION_COLUMNS`, ``to_dataframe(tl,
expressions=True)``): one row per expression that dates an event of the
timeline, with its reading and the article it was found in; ``events`` lists
the rows of the event frame it dates.
"""

from __future__ import annotations

import importlib
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from ..model import (
    AnchorKind,
    Event,
    EventKind,
    EventStatus,
    Granularity,
    Mod,
    SourceRef,
    TemporalExpression,
    TimePath,
    TimexType,
)
from ._common import all_events, date_label

if TYPE_CHECKING:
    import pandas

    from ..timeline import Timeline

__all__ = ["COLUMNS", "EXPRESSION_COLUMNS", "to_dataframe"]

#: The event frame's columns, in order.
COLUMNS = (
    "start",
    "end",
    "label",
    "value",
    "granularity",
    "mod",
    "kind",
    "status",
    "acled_event_type",
    "acled_sub_event_type",
    "summary",
    "trigger",
    "time_text",
    "time_path",
    "actors",
    "places",
    "fatalities",
    "source",
    "sources",
    "published",
    "sentence",
    "dated",
)

#: The expression frame's columns (``to_dataframe(tl, expressions=True)``), in order.
EXPRESSION_COLUMNS = (
    "text",
    "type",
    "value",
    "mod",
    "start",
    "end",
    "label",
    "granularity",
    "rule",
    "anchor",
    "anchor_value",
    "anchor_text",
    "signal",
    "explanation",
    "source",
    "published",
    "char_start",
    "char_end",
    "sentence",
    "events",
)


def _import_pandas() -> tuple[Any, Any]:
    try:  # by name: pandas ships no type stubs, and the extra is optional
        numpy = importlib.import_module("numpy")
        pandas = importlib.import_module("pandas")
    except ImportError:  # the extra is optional; say how to get it
        raise ImportError("to_dataframe needs pandas: pip install 'conflict_timeline[pandas]'") from None
    return pandas, numpy


class _Columns:
    """Typed column builders over one pandas/numpy import."""

    def __init__(self) -> None:
        self.pd, self.np = _import_pandas()

    def days(self, values: Sequence[Any]) -> Any:
        np = self.np
        arr = np.array(
            [np.datetime64(v, "D") if v is not None else np.datetime64("NaT", "D") for v in values],
            dtype="datetime64[D]",
        )
        return self.pd.Series(arr.astype("datetime64[s]"), dtype="datetime64[s]")

    def cat(self, values: Sequence[str | None], enum_type: Any) -> Any:
        return self.pd.Categorical(values, categories=[m.value for m in enum_type])

    def text(self, values: Sequence[str | None]) -> Any:
        return self.pd.Series(list(values), dtype="string")

    def ints(self, values: Sequence[int | None]) -> Any:
        return self.pd.array(list(values), dtype="Int64")

    def objects(self, values: Sequence[object]) -> Any:
        out = self.pd.Series([None] * len(values), dtype=object)
        for i, v in enumerate(values):  # element-wise: pandas would unpack a sequence of tuples into columns
            out.iat[i] = v
        return out


def _published(ev: Event) -> Any:
    known = [s.published for s in ev.sources if s.published is not None]
    return min(known) if known else None


def to_dataframe(tl: Timeline, *, expressions: bool = False) -> pandas.DataFrame:
    """The timeline as a ``pandas.DataFrame``: one row per event, dated events in order, then undated ones.

    ``expressions=True`` gives one row per time expression instead (see
    :data:`EXPRESSION_COLUMNS` and ``docs/exports.md``).
    """
    col = _Columns()
    if expressions:
        return _expressions_frame(tl, col)
    rows = list(all_events(tl))
    evs = [ev for ev, _ in rows]
    whens = [ev.when for ev in evs]
    data = {
        "start": col.days([w.start if w is not None else None for w in whens]),
        "end": col.days([w.end if w is not None else None for w in whens]),
        "label": col.text([date_label(w) for w in whens]),
        "value": col.text([w.value if w is not None else None for w in whens]),
        "granularity": col.cat(
            [w.granularity.value if w is not None and w.granularity else None for w in whens], Granularity
        ),
        "mod": col.cat([w.mod.value if w is not None and w.mod else None for w in whens], Mod),
        "kind": col.cat([ev.kind.value for ev in evs], EventKind),
        "status": col.cat([ev.status.value for ev in evs], EventStatus),
        "acled_event_type": col.text([ev.acled_event_type or None for ev in evs]),
        "acled_sub_event_type": col.text([ev.acled_sub_event_type or None for ev in evs]),
        "summary": col.text([ev.summary for ev in evs]),
        "trigger": col.text([ev.trigger.text for ev in evs]),
        "time_text": col.text([ev.time_source.text if ev.time_source else None for ev in evs]),
        "time_path": col.cat([ev.time_path.value for ev in evs], TimePath),
        "actors": col.objects([ev.actors for ev in evs]),
        "places": col.objects([ev.places for ev in evs]),
        "fatalities": col.ints([ev.fatalities for ev in evs]),
        "source": col.text([ev.sources[0].source if ev.sources else None for ev in evs]),
        "sources": col.objects([tuple(dict.fromkeys(s.source for s in ev.sources)) for ev in evs]),
        "published": col.days([_published(ev) for ev in evs]),
        "sentence": col.text([ev.sentence.text for ev in evs]),
        "dated": col.pd.Series([dated for _, dated in rows], dtype=bool),
    }
    return col.pd.DataFrame(data, columns=list(COLUMNS))


def _home(ev: Event) -> SourceRef | None:
    """The mention the event's time expression was read in: the one whose sentence is the event's."""
    for ref in ev.sources:
        if ref.sentence == ev.sentence:
            return ref
    return ev.sources[0] if ev.sources else None


def _expressions_frame(tl: Timeline, col: _Columns) -> Any:
    # one row per expression: the same words in the same article dating two events are one row
    found: dict[tuple[object, ...], tuple[TemporalExpression, SourceRef | None, Event, list[int]]] = {}
    for row, (ev, _dated) in enumerate(all_events(tl)):
        expr = ev.time_source
        if expr is None:
            continue
        home = _home(ev)
        key = (home.source if home else None, home.published if home else None, expr)
        found.setdefault(key, (expr, home, ev, []))[3].append(row)
    items = list(found.values())
    exprs = [e for e, _, _, _ in items]
    homes = [h for _, h, _, _ in items]
    spans = [e.span for e in exprs]
    data = {
        "text": col.text([e.text for e in exprs]),
        "type": col.cat([e.type.value for e in exprs], TimexType),
        "value": col.text([e.value for e in exprs]),
        "mod": col.cat([e.mod.value if e.mod else None for e in exprs], Mod),
        "start": col.days([s.start if s is not None else None for s in spans]),
        "end": col.days([s.end if s is not None else None for s in spans]),
        "label": col.text([s.label if s is not None else None for s in spans]),
        "granularity": col.cat(
            [s.granularity.value if s is not None and s.granularity else None for s in spans], Granularity
        ),
        "rule": col.text([e.rule or None for e in exprs]),
        "anchor": col.cat([e.anchor.kind.value if e.anchor else None for e in exprs], AnchorKind),
        "anchor_value": col.text([e.anchor.value if e.anchor else None for e in exprs]),
        "anchor_text": col.text([e.anchor.text if e.anchor else None for e in exprs]),
        "signal": col.text([e.signal for e in exprs]),
        "explanation": col.text([e.explanation or None for e in exprs]),
        "source": col.text([h.source if h is not None else None for h in homes]),
        "published": col.days([h.published if h is not None else None for h in homes]),
        "char_start": col.ints([e.start for e in exprs]),
        "char_end": col.ints([e.end for e in exprs]),
        "sentence": col.text([h.sentence.text if h is not None else ev.sentence.text for _, h, ev, _ in items]),
        "events": col.objects([tuple(rows) for _, _, _, rows in items]),
    }
    return col.pd.DataFrame(data, columns=list(EXPRESSION_COLUMNS))
