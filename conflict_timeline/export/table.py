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

#: Widest a column other than the last may grow; longer cells overflow it (or are cut, given a width).
MAX_WIDTH = 28
#: The event column's least width before optional columns make room for it, in the order they go.
EVENT_MIN = 30
_HEAD = ("WHEN", "DAYS", "SAID AS", "KIND", "STATUS", "EVENT")
_OPTIONAL = (1, 2)  # DAYS (the days are in every other format, WHEN says them in words), then SAID AS
_INDENT, _GAP = 2, 2
_EVENT_FLOOR = 16  # the event column keeps this much while the other columns give way
_FLOOR = 8  # no column is cut narrower than this; a terminal too narrow for that gets longer lines


def _clean(text: str) -> str:
    return " ".join(printable(text).split())


def _cut(text: str, width: int) -> str:
    return text if len(text) <= width else text[: max(width - 1, 0)] + "…"


def _layout(rows: list[tuple[str, ...]], width: int | None) -> tuple[list[int], list[int]]:
    """The columns to show and their widths (the last, the event, as wide as what is left)."""
    natural = [min(max(len(r[i]) for r in rows), MAX_WIDTH) for i in range(len(_HEAD) - 1)]
    natural.append(max(len(r[-1]) for r in rows))
    shown = list(range(len(_HEAD)))

    def needed(cols: list[int]) -> int:
        return _INDENT + sum(natural[i] for i in cols[:-1]) + _GAP * (len(cols) - 1)

    if width is None or needed(shown) + natural[-1] <= width:
        return shown, [natural[i] for i in shown]
    for optional in _OPTIONAL:
        if needed(shown) + EVENT_MIN <= width:
            break
        shown.remove(optional)
    widths = [natural[i] for i in shown]
    widths[-1] = max(min(natural[-1], width - needed(shown)), min(natural[-1], _EVENT_FLOOR))
    # a very narrow terminal: the widest of the other columns gives a column at a time
    while _INDENT + sum(widths) + _GAP * (len(widths) - 1) > width and max(widths[:-1]) > _FLOOR:
        widest = max(range(len(widths) - 1), key=lambda i: widths[i])
        widths[widest] -= 1
    return shown, widths


def to_table(tl: Timeline, heading: str = "", *, width: int | None = None) -> str:
    """The timeline as aligned plain-text columns: when, days, the words that dated it, kind, status, event.

    Dated events come first, in order; undated ones follow. An open side of the
    days is left empty ("2020-01-01.." is ongoing, "..2024-12-02" has no known
    start). ``heading`` (a source name, say) opens the table with the counts.

    ``width`` (the terminal's columns) makes every line fit: the event summary is cut (ending
    in "…"); when that would leave it fewer than :data:`EVENT_MIN` columns, the DAYS column is
    left out, then SAID AS. ``None`` cuts nothing.
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
    title = f"{_clean(heading)} · {n} dated event{'s' * (n != 1)}, {m} undated" if heading else ""
    out = [(_cut(title, width) if width is not None else title) + "\n" if heading else ""]
    if not rows:
        out.append("  (no events found)\n")
        return "".join(out)
    shown, widths = _layout([_HEAD, *rows], width)
    for row in [_HEAD, *rows]:
        line = [row[i] for i in shown]
        if width is not None:
            line = [_cut(c, w) for c, w in zip(line, widths, strict=True)]
        padded = [cell.ljust(w) for cell, w in zip(line[:-1], widths, strict=False)]
        out.append(" " * _INDENT + (" " * _GAP).join([*padded, line[-1]]).rstrip() + "\n")
    return "".join(out)
