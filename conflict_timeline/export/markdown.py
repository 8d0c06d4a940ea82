"""Markdown: a readable table per timeline, undated events in a second table.

Article text stays text wherever the Markdown is rendered: ``<``, ``>`` and
``&`` become HTML entities (no raw HTML, so no ``<img onerror=...>`` or
``<script>`` from a source), ``[``, ``]`` and backticks are backslash-escaped
(no links, images or code spans built from article text), ``|`` is escaped so
it cannot end a cell, line breaks are folded so none can end a row, and
control characters (terminal escapes) are dropped.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..display import printable
from ._common import date_label, kind_label

if TYPE_CHECKING:
    from ..model import Event
    from ..timeline import Timeline

__all__ = ["to_markdown"]


_ESCAPES = str.maketrans(
    {
        "\\": "\\\\",
        "|": "\\|",  # would end the cell
        "[": "\\[",  # links and images
        "]": "\\]",
        "`": "\\`",  # code spans
        "<": "&lt;",  # raw HTML and autolinks
        ">": "&gt;",
        "&": "&amp;",  # entities spelt in the text stay as written
    }
)


def _cell(text: str) -> str:
    """Article text made inert in a table cell: escaped, and on one line (a line break ends the row)."""
    return " ".join(printable(text).translate(_ESCAPES).split())


def _row(ev: Event) -> str:
    when = ev.when
    span = ""
    if when is not None and (when.start is not None or when.end is not None):
        lo = when.start.isoformat() if when.start is not None else "…"
        hi = when.end.isoformat() if when.end is not None else "…"
        span = lo if lo == hi else f"{lo} – {hi}"
    said = ev.time_source.text if ev.time_source is not None else ""
    sources = ", ".join(dict.fromkeys(s.source for s in ev.sources))
    cells = [
        date_label(when),
        span,
        f'"{said}"' if said else "",
        kind_label(ev.kind),
        ev.status.value.lower(),
        ev.summary or ev.trigger.text,
        sources,
    ]
    return "| " + " | ".join(_cell(c) for c in cells) + " |"


_HEAD = "| When | Span | Said as | Kind | Status | Event | Source |\n|---|---|---|---|---|---|---|\n"


def to_markdown(tl: Timeline, *, title: str = "Timeline") -> str:
    """The timeline as GitHub-flavoured Markdown: a heading, a table of dated events
    in order, and, when there are any, a table of the undated ones."""
    out = [f"# {_cell(title)}\n\n"]
    n, m = len(tl.events), len(tl.undated)
    out.append(f"{n} dated event{'s' * (n != 1)}, {m} undated.\n\n")
    if tl.events:
        out.append(_HEAD)
        out.extend(_row(ev) + "\n" for ev in tl.events)
    if tl.undated:
        out.append("\n## Undated\n\n" + _HEAD)
        out.extend(_row(ev) + "\n" for ev in tl.undated)
    return "".join(out)
