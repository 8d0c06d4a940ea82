"""Plain text: aligned columns for reading in a terminal (the command line's default format).

Untrusted text never reaches the terminal as anything but text: control
characters (escape sequences that retitle the terminal or move the cursor,
bells, backspaces, bidirectional overrides) are dropped from every cell and
from the heading, and line breaks are folded into spaces so one event stays on
one line.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..display import printable
from ._common import all_events, date_label, kind_label

if TYPE_CHECKING:
    from ..timeline import Timeline

__all__ = ["to_table"]

#: Widest a column other than the last may grow; longer cells overflow it.
MAX_WIDTH = 28


def _clean(text: str) -> str:
    return " ".join(printable(text).split())


def to_table(tl: Timeline, heading: str = "") -> str:
    """The timeline as aligned plain-text columns: when, days, the words that dated it, kind, status, event.

    Dated events come first, in order; undated ones follow. An open side of the
    days is left empty ("2020-01-01.." is ongoing, "..2024-12-02" has no known
    start). ``heading`` (a source name, say) opens the table with the counts.
    """
    rows: list[tuple[str, ...]] = []
    for ev, _dated in all_events(tl):
        w = ev.when
        days = ""
        if w is not None and (w.start is not None or w.end is not None):
            lo = w.start.isoformat() if w.start is not None else ""
            hi = w.end.isoformat() if w.end is not None else ""
            days = lo if lo == hi else f"{lo}..{hi}"
        said = f'"{ev.time_source.text}"' if ev.time_source is not None else ""
        cells = (date_label(w), days, said, kind_label(ev.kind), ev.status.value.lower(), ev.summary or ev.trigger.text)
        rows.append(tuple(_clean(c) for c in cells))
    n, m = len(tl.events), len(tl.undated)
    out = [f"{_clean(heading)} · {n} dated event{'s' * (n != 1)}, {m} undated\n" if heading else ""]
    if not rows:
        out.append("  (no events found)\n")
        return "".join(out)
    head = ("WHEN", "DAYS", "SAID AS", "KIND", "STATUS", "EVENT")
    widths = [min(max(len(r[i]) for r in rows + [head]), MAX_WIDTH) for i in range(len(head) - 1)]
    for row in [head, *rows]:
        padded = [cell.ljust(width) for cell, width in zip(row, widths, strict=False)]
        out.append("  " + "  ".join([*padded, row[-1]]).rstrip() + "\n")
    return "".join(out)
