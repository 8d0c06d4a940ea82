"""Markdown: a readable table per timeline, undated events in a second table."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._common import date_label, kind_label

if TYPE_CHECKING:
    from ..model import Event
    from ..timeline import Timeline

__all__ = ["to_markdown"]


def _cell(text: str) -> str:
    # a pipe ends a cell and a line break ends the row: neither may pass through
    return " ".join(text.replace("\\", "\\\\").replace("|", "\\|").split())


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
