"""Formatting helpers shared by the exporters: labels, colours, flat rows.

Everything here turns model values into strings; nothing computes dates.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..display import KIND_HEX, day_label, highlight, kind_label, value_label
from ..model import Event, EventKind, TimeSpan

if TYPE_CHECKING:  # the timeline stage is upstream; imported for annotations only
    from ..timeline import Timeline

__all__ = [
    "KIND_COLOURS",
    "ROW_FIELDS",
    "all_events",
    "date_label",
    "day_label",
    "event_row",
    "highlight",
    "is_fuzzy",
    "kind_label",
    "value_label",
]

#: One colour per kind (the Okabe-Ito palette, safe for colour-blind readers, plus three
#: further hues), in EventKind order; the table itself lives in :mod:`conflict_timeline.display`.
KIND_COLOURS: dict[EventKind, str] = {kind: KIND_HEX[kind.value] for kind in EventKind}


def date_label(when: TimeSpan | None) -> str:
    """A short, absolute label for a time span (:attr:`TimeSpan.label`), ``"undated"`` for ``None``."""
    return "undated" if when is None else when.label


def is_fuzzy(when: TimeSpan | None) -> bool:
    """True unless the span is one exactly known day (or finer) with no mod."""
    if when is None or when.start is None or when.end is None or when.mod is not None:
        return True
    return when.start != when.end


def all_events(tl: Timeline) -> Iterator[tuple[Event, bool]]:
    """Every event of ``tl`` with a flag saying whether it is dated: dated first, in order."""
    for ev in tl.events:
        yield ev, True
    for ev in tl.undated:
        yield ev, False


#: The columns of the flat, one-row-per-event form used by CSV, Markdown and pandas.
ROW_FIELDS = (
    "date",
    "start",
    "end",
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
    "time_rule",
    "time_path",
    "actors",
    "places",
    "fatalities",
    "source",
    "published",
    "sentence",
    "dated",
)


def event_row(ev: Event, dated: bool) -> dict[str, object]:
    """One event as a flat mapping over :data:`ROW_FIELDS` (Python values, not strings).

    Several sources, actors or places are joined with ``"; "``; ``published``
    is the earliest publication day among the sources.
    """
    w = ev.when
    days = [s.published for s in ev.sources if s.published is not None]
    return {
        "date": date_label(w),
        "start": w.start if w is not None else None,
        "end": w.end if w is not None else None,
        "value": w.value if w is not None else None,
        "granularity": w.granularity.value if w is not None and w.granularity is not None else None,
        "mod": w.mod.value if w is not None and w.mod is not None else None,
        "kind": ev.kind.value,
        "status": ev.status.value,
        "acled_event_type": ev.acled_event_type or None,
        "acled_sub_event_type": ev.acled_sub_event_type or None,
        "summary": ev.summary,
        "trigger": ev.trigger.text,
        "time_text": ev.time_source.text if ev.time_source is not None else None,
        "time_rule": ev.time_source.rule if ev.time_source is not None else None,
        "time_path": ev.time_path.value,
        "actors": "; ".join(ev.actors),
        "places": "; ".join(ev.places),
        "fatalities": ev.fatalities,
        "source": "; ".join(dict.fromkeys(s.source for s in ev.sources)),
        "published": min(days) if days else None,
        "sentence": ev.sentence.text,
        "dated": dated,
    }
