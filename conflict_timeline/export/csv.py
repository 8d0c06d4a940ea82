"""CSV: one row per event, the columns of :data:`~conflict_timeline.export._common.ROW_FIELDS`.

Safe to open in a spreadsheet whatever the articles said: a text cell that
starts with a character a spreadsheet would read as the start of a formula
(``=``, ``+``, ``-``, ``@``, a tab, a carriage return, NUL, or their full-width
forms) gets a leading ``'``, as OWASP's "CSV Injection" page recommends
(spreadsheets show the cell as text and hide the quote), and every cell holding
a line break (``\r`` or ``\n``) is quoted, so no reader splits the row.
"""

from __future__ import annotations

import csv as _csv
import datetime as _dt
import io
from typing import TYPE_CHECKING

from ._common import ROW_FIELDS, all_events, event_row

if TYPE_CHECKING:
    from ..timeline import Timeline

__all__ = ["FORMULA_START", "neutralise", "to_csv"]


#: First characters that make a spreadsheet read a cell as a formula (OWASP's list, NUL from
#: OWASP ASVS 1.2.10, and the full-width forms some spreadsheets fold to them).
FORMULA_START = frozenset("=+-@\t\r\x00\uff1d\uff0b\uff0d\uff20")


def neutralise(text: str) -> str:
    """``text`` with a leading ``'`` when a spreadsheet would take it for a formula."""
    return "'" + text if text[:1] in FORMULA_START else text


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)  # a count: never a formula, and a negative one keeps its sign
    if isinstance(value, _dt.date):
        return value.isoformat()
    return neutralise(str(value))


def to_csv(tl: Timeline, *, header: bool = True) -> str:
    """The timeline as CSV (RFC 4180 quoting, ``\\n`` line ends), dated events first.

    Empty cells stand for "unknown"; ``start``/``end``/``published`` are
    ``YYYY-MM-DD``; ``dated`` is ``true``/``false``. A text cell that a
    spreadsheet would run as a formula starts with ``'`` (see the module). ``header=False`` leaves
    out the header row, for appending several timelines to one file.
    """
    buf = io.StringIO()
    writer = _csv.writer(buf, lineterminator="\n")
    # the csv module quotes "\n" (the line terminator) but not a bare "\r", which many readers
    # take for a line end too: a row holding one is written with every cell quoted
    quoted = _csv.writer(buf, lineterminator="\n", quoting=_csv.QUOTE_ALL)
    if header:
        writer.writerow(ROW_FIELDS)
    for ev, dated in all_events(tl):
        row = event_row(ev, dated)
        cells = [_cell(row[f]) for f in ROW_FIELDS]
        (quoted if any("\r" in c for c in cells) else writer).writerow(cells)
    return buf.getvalue()
