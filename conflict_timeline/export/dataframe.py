"""pandas: one row per event with typed columns (needs the ``pandas`` extra).

``start``/``end``/``published`` are ``datetime64[s]`` (seconds, so that any
year from 1 to 9999 fits; ``NaT`` for an open side or no date); ``kind``,
``status``, ``granularity``, ``mod`` and ``time_path`` are categoricals over
every member of their enum, so a ``groupby`` lists kinds with no events too;
``fatalities`` is a nullable ``Int64``; ``actors``/``places``/``sources``
hold tuples; ``dated`` is ``bool``.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from ..model import EventKind, EventStatus, Granularity, Mod, TimePath
from ._common import all_events, date_label

if TYPE_CHECKING:
    from ..timeline import Timeline

__all__ = ["COLUMNS", "to_dataframe"]

#: The DataFrame's columns, in order.
COLUMNS = (
    "start",
    "end",
    "date",
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


def _import_pandas() -> Any:
    try:  # by name: pandas ships no type stubs, and the extra is optional
        numpy = importlib.import_module("numpy")
        pandas = importlib.import_module("pandas")
    except ImportError:  # the extra is optional; say how to get it
        raise ImportError("to_dataframe needs pandas: pip install 'conflict_timeline[pandas]'") from None
    return pandas, numpy


def to_dataframe(tl: Timeline) -> Any:
    """The timeline as a ``pandas.DataFrame``, dated events in order, then undated ones."""
    pd, np = _import_pandas()
    rows = list(all_events(tl))

    def days(values: list[Any]) -> Any:
        arr = np.array([np.datetime64(v, "D") if v is not None else np.datetime64("NaT", "D") for v in values])
        return pd.Series(arr.astype("datetime64[s]"), dtype="datetime64[s]")

    def cat(values: list[Any], enum_type: Any) -> Any:
        return pd.Categorical(values, categories=[m.value for m in enum_type])

    def published(ev: Any) -> Any:
        known = [s.published for s in ev.sources if s.published is not None]
        return min(known) if known else None

    evs = [ev for ev, _ in rows]
    whens = [ev.when for ev in evs]
    data = {
        "start": days([w.start if w is not None else None for w in whens]),
        "end": days([w.end if w is not None else None for w in whens]),
        "date": pd.Series([date_label(w) for w in whens], dtype=object),
        "value": pd.Series([w.value if w is not None else None for w in whens], dtype=object),
        "granularity": cat(
            [w.granularity.value if w is not None and w.granularity else None for w in whens], Granularity
        ),
        "mod": cat([w.mod.value if w is not None and w.mod else None for w in whens], Mod),
        "kind": cat([ev.kind.value for ev in evs], EventKind),
        "status": cat([ev.status.value for ev in evs], EventStatus),
        "acled_event_type": pd.Series([ev.acled_event_type or None for ev in evs], dtype=object),
        "acled_sub_event_type": pd.Series([ev.acled_sub_event_type or None for ev in evs], dtype=object),
        "summary": pd.Series([ev.summary for ev in evs], dtype=object),
        "trigger": pd.Series([ev.trigger.text for ev in evs], dtype=object),
        "time_text": pd.Series([ev.time_source.text if ev.time_source else None for ev in evs], dtype=object),
        "time_path": cat([ev.time_path.value for ev in evs], TimePath),
        "actors": pd.Series([ev.actors for ev in evs], dtype=object),
        "places": pd.Series([ev.places for ev in evs], dtype=object),
        "fatalities": pd.array([ev.fatalities for ev in evs], dtype="Int64"),
        "source": pd.Series([ev.sources[0].source if ev.sources else None for ev in evs], dtype=object),
        "sources": pd.Series([tuple(dict.fromkeys(s.source for s in ev.sources)) for ev in evs], dtype=object),
        "published": days([published(ev) for ev in evs]),
        "sentence": pd.Series([ev.sentence.text for ev in evs], dtype=object),
        "dated": pd.Series([dated for _, dated in rows], dtype=bool),
    }
    return pd.DataFrame(data, columns=list(COLUMNS))
