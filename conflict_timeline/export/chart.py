"""matplotlib: a timeline chart (needs the ``plot`` extra).

One row per dated event, earliest at the top: a dot for a known day, a bar
for a span ("last week", "2016"), a bar running to the edge with an arrow for
an open interval ("since 2011"); colours by kind with a legend; each row
labelled with its date and summary.
"""

from __future__ import annotations

import datetime as _dt
from typing import TYPE_CHECKING, Any

from ..model import EventKind
from ._common import KIND_COLOURS, date_label, is_fuzzy, kind_label

if TYPE_CHECKING:
    from ..timeline import Timeline

__all__ = ["plot"]


def _shorten(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


def _num(day: _dt.date) -> float:
    """matplotlib's number for the start of ``day`` (days since its epoch, 1970-01-01 by default)."""
    import matplotlib.dates as mdates

    return float(mdates.date2num(day))  # type: ignore[no-untyped-call]


def plot(
    tl: Timeline,
    ax: Any = None,
    *,
    title: str | None = None,
    label_width: int = 48,
    figsize: tuple[float, float] | None = None,
) -> Any:
    """Draw the dated events of ``tl`` on ``ax`` (a new figure when ``None``); returns the Axes.

    ``label_width`` cuts long summaries; ``figsize`` sizes a new figure (by
    default it grows with the number of events). Undated events cannot be
    placed on a time axis: the title says how many were left out.
    """
    try:
        import matplotlib.dates as mdates
        from matplotlib.lines import Line2D
    except ImportError:
        raise ImportError("plot needs matplotlib: pip install 'conflict_timeline[plot]'") from None

    events = [ev for ev in tl.events if ev.when is not None and (ev.when.start or ev.when.end)]
    if ax is None:
        import matplotlib.pyplot as plt

        height = figsize[1] if figsize else min(2.0 + 0.32 * len(events), 40.0)
        _, ax = plt.subplots(figsize=figsize or (10.0, height), layout="constrained")

    days = [d for ev in events if ev.when is not None for d in (ev.when.start, ev.when.end) if d is not None]
    # matplotlib only draws years 1..9999: the padded axis is clamped to the calendar's edges
    edge_lo, edge_hi = _num(_dt.date.min), _num(_dt.date.max) + 1 - 1 / 1440
    x_lo = x_hi = 0.0
    if days:
        lo, hi = _num(min(days)), _num(max(days)) + 1
        pad = max((hi - lo) * 0.04, 3)
        x_lo, x_hi = max(lo - pad, edge_lo), min(hi + pad, edge_hi)
    for row, ev in enumerate(events):
        w = ev.when
        assert w is not None
        colour = KIND_COLOURS.get(ev.kind, "#777777")
        if not is_fuzzy(w) and w.start is not None:
            ax.plot(_num(w.start) + 0.5, row, "o", color=colour, markersize=7, zorder=3)
            continue
        x0 = _num(w.start) if w.start is not None else x_lo
        x1 = _num(w.end) + 1 if w.end is not None else x_hi
        ax.barh(
            row,
            x1 - x0,
            left=x0,
            height=0.55,
            color=colour,
            alpha=0.45,
            edgecolor=colour,
            linewidth=1.2,
            linestyle="--" if w.is_open or w.mod is not None else "-",
            zorder=2,
        )
        if w.end is None:
            ax.plot(x_hi, row, ">", color=colour, markersize=7, zorder=3, clip_on=False)
        if w.start is None:
            ax.plot(x_lo, row, "<", color=colour, markersize=7, zorder=3, clip_on=False)

    ax.set_yticks(range(len(events)))
    ax.set_yticklabels(
        [f"{date_label(ev.when)} · {_shorten(ev.summary or ev.trigger.text, label_width)}" for ev in events],
        fontsize=8.5,
    )
    if events:
        ax.set_ylim(len(events) - 0.5, -0.5)  # earliest on top, as people read a timeline
    if days:
        ax.set_xlim(x_lo, x_hi)
        locator = mdates.AutoDateLocator()  # type: ignore[no-untyped-call]
        ax.xaxis.set_major_locator(locator)
        ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))  # type: ignore[no-untyped-call]
    ax.grid(axis="x", color="#dddddd", linewidth=0.6)
    ax.set_axisbelow(True)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)

    kinds = [k for k in EventKind if any(ev.kind is k for ev in events)]
    if kinds:
        handles = [Line2D([], [], marker="s", linestyle="", color=KIND_COLOURS[k], label=kind_label(k)) for k in kinds]
        ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.0, 1.0), frameon=False, fontsize=8.5)
    heading = title if title is not None else "Timeline"
    left_out = len(tl.events) + len(tl.undated) - len(events)
    if left_out:
        heading += f" ({left_out} undated event{'s' * (left_out != 1)} not shown)"
    if not events:
        ax.text(0.5, 0.5, "no dated events", transform=ax.transAxes, ha="center", va="center", color="#666666")
    ax.set_title(heading, loc="left", fontsize=11)
    return ax
