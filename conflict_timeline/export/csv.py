"""CSV: one row per event, the columns of :data:`~conflict_timeline.export._common.ROW_FIELDS`."""

from __future__ import annotations

import csv as _csv
import io
from typing import TYPE_CHECKING

from ._common import ROW_FIELDS, all_events, event_row

if TYPE_CHECKING:
    from ..timeline import Timeline

__all__ = ["to_csv"]


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if hasattr(value, "isoformat"):
        return value.isoformat()  # type: ignore[no-any-return, attr-defined]
    return str(value)


def to_csv(tl: Timeline, *, header: bool = True) -> str:
    """The timeline as CSV (RFC 4180 quoting, ``\\n`` line ends), dated events first.

    Empty cells stand for "unknown"; ``start``/``end``/``published`` are
    ``YYYY-MM-DD``; ``dated`` is ``true``/``false``. ``header=False`` leaves
    out the header row, for appending several timelines to one file.
    """
    buf = io.StringIO()
    writer = _csv.writer(buf, lineterminator="\n")
    if header:
        writer.writerow(ROW_FIELDS)
    for ev, dated in all_events(tl):
        row = event_row(ev, dated)
        writer.writerow([_cell(row[f]) for f in ROW_FIELDS])
    return buf.getvalue()
