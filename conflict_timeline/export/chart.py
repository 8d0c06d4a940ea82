"""matplotlib: a timeline chart that stays readable from ten events to thousands (needs the ``plot`` extra).

Three parts, each drawn only when it helps:

* **Overview** (the whole range, on top): events per month (or per week, year,
  decade as the range asks) stacked by kind, longer spans as thin lines above,
  and the zoomed period shaded. Drawn when the chart zooms.
* **Zoom**: by default the densest period (:func:`densest_period`: the shortest
  window holding half the events, when it is a small part of the range, snapped
  to whole months); ``zoom=(first_day, last_day)`` sets it, ``zoom=None`` shows
  the whole range.
* **Main panel**: up to ``max_rows`` events get a row each (a marker for a known
  day, a bar for a span, an arrow for an open end or an event outside the zoom,
  labelled with its date and summary); more are aggregated into counts by day
  (week, month for longer periods) and kind, with the longer spans grouped as
  bars above the counts.

Status is drawn, never only written: asserted events are solid, reported ones
faded, planned and expected ones hollow, negated ones hollow and crossed,
hypothetical ones hollow and dotted (:data:`STATUS_LOOKS`); a second legend says so.
"""

from __future__ import annotations

import datetime as _dt
from collections import Counter
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, Literal

import attrs

from ..errors import InvalidInput
from ..model import DateLike, Event, EventKind, EventStatus
from ._common import KIND_COLOURS, date_label, day_label, is_fuzzy, kind_label

if TYPE_CHECKING:
    from matplotlib.artist import Artist
    from matplotlib.axes import Axes

    from ..timeline import Timeline

__all__ = ["STATUS_LOOKS", "Zoom", "densest_period", "plot"]

#: What ``plot(zoom=...)`` takes: ``"auto"`` (the densest period, or none), two days, or ``None``.
Zoom = Literal["auto"] | tuple[DateLike, DateLike] | None


@attrs.frozen(slots=True)
class Look:
    """How one status is drawn: the face's opacity (0 is hollow), a marker, a hatch, a legend word."""

    fill: float
    marker: str
    hatch: str | None
    word: str


#: How each status is drawn; statuses with the same look share one legend entry.
STATUS_LOOKS: dict[EventStatus, Look] = {
    EventStatus.ASSERTED: Look(1.0, "o", None, "asserted"),
    EventStatus.REPORTED: Look(0.4, "o", None, "reported"),
    EventStatus.PLANNED: Look(0.0, "o", None, "planned, expected"),
    EventStatus.EXPECTED: Look(0.0, "o", None, "planned, expected"),
    EventStatus.NEGATED: Look(0.0, "X", "xxx", "negated"),
    EventStatus.HYPOTHETICAL: Look(0.0, "D", "...", "hypothetical"),
}
_LOOKS = list(dict.fromkeys(STATUS_LOOKS.values()))

_LAST = _dt.date.max.toordinal() + 1  # the end of the calendar's last day, as an ordinal
_ZOOM_WIDTHS = (14, 31, 61, 92, 183, 365, 730, 1461)  # candidate zoom windows, in days
_SHORT = 31  # spans up to a month count as a point in the overview's monthly bins


# -- placing events ----------------------------------------------------------------------------


@attrs.frozen(slots=True)
class _Item:
    """A dated event on the day axis: ordinals of its first day and of the day after its last (None: open)."""

    ev: Event
    lo: int | None
    hi: int | None

    @property
    def length(self) -> int | None:
        return None if self.lo is None or self.hi is None else self.hi - self.lo


def _items(tl: Timeline) -> list[_Item]:
    out = []
    for ev in tl.events:
        w = ev.when
        if w is None or (w.start is None and w.end is None):
            continue
        out.append(_Item(ev, w.start.toordinal() if w.start else None, w.end.toordinal() + 1 if w.end else None))
    return out


def _extent(items: Sequence[_Item]) -> tuple[int, int] | None:
    days = [d for it in items for d in (it.lo, it.hi) if d is not None]
    if not days:
        return None
    lo, hi = min(days), max(days)
    return (lo, hi) if hi > lo else (lo, lo + 1)


def _snap_months(lo: int, hi: int) -> tuple[int, int]:
    """``[lo, hi)`` widened to whole months (clamped to the calendar)."""
    first = _dt.date.fromordinal(lo).replace(day=1)
    last = _dt.date.fromordinal(hi - 1)
    if last.month == 12:
        end = _LAST if last.year == _dt.date.max.year else _dt.date(last.year + 1, 1, 1).toordinal()
    else:
        end = _dt.date(last.year, last.month + 1, 1).toordinal()
    return first.toordinal(), end


def _window(points: Sequence[int], width: int) -> tuple[int, int, int]:
    """The densest ``width``-day window over sorted ``points``: (count, first point, last point)."""
    best = (0, 0, 0)
    j = 0
    for i, p in enumerate(points):
        while points[j] <= p - width:
            j += 1
        if i - j + 1 > best[0]:
            best = (i - j + 1, points[j], p)
    return best


def _densest(items: Sequence[_Item]) -> tuple[int, int] | None:
    points = sorted(it.lo for it in items if it.lo is not None and it.length is not None and it.length <= _SHORT)
    full = _extent(items)
    if full is None or len(points) < 4 or full[1] - full[0] <= 180:
        return None
    for width in _ZOOM_WIDTHS:
        if width > (full[1] - full[0]) / 6:
            break
        count, first, last = _window(points, width)
        if count * 2 >= len(points):
            return _snap_months(first, last + 1)
    return None


def densest_period(tl: Timeline) -> tuple[_dt.date, _dt.date] | None:
    """The period ``plot(zoom="auto")`` zooms on: first and last day, or ``None`` when it would not zoom.

    It is the shortest window of 2 weeks, 1, 2, 3 or 6 months, 1, 2 or 4 years
    that holds at least half of the events known to a month or better, when that
    window is at most a sixth of the whole range (and the range is longer than
    about six months), widened to whole months.
    """
    window = _densest(_items(tl))
    if window is None:
        return None
    return _dt.date.fromordinal(window[0]), _dt.date.fromordinal(window[1] - 1)


def _as_day(value: object, what: str) -> int:
    if isinstance(value, _dt.datetime):
        return value.date().toordinal()
    if isinstance(value, _dt.date):
        return value.toordinal()
    if isinstance(value, str):
        try:
            return _dt.date.fromisoformat(value.strip()).toordinal()
        except ValueError:
            pass
    raise InvalidInput(f"{what} must be a date or 'YYYY-MM-DD', not {value!r}")


def _zoom_window(zoom: Zoom, items: Sequence[_Item]) -> tuple[int, int] | None:
    if zoom is None:
        return None
    if isinstance(zoom, str):
        if zoom != "auto":
            raise InvalidInput(f"zoom must be 'auto', None or (first_day, last_day), not {zoom!r}")
        return _densest(items)
    try:
        first, last = zoom
    except (TypeError, ValueError):
        raise InvalidInput(f"zoom must be 'auto', None or (first_day, last_day), not {zoom!r}") from None
    lo, hi = _as_day(first, "zoom[0]"), _as_day(last, "zoom[1]") + 1
    if hi <= lo:
        raise InvalidInput(f"zoom: {last} is before {first}")
    return lo, hi


# -- bins of the aggregated views --------------------------------------------------------------


@attrs.frozen(slots=True)
class _Bins:
    """A unit of time to count in: the bin of a day (as an ordinal) and the ordinal range of a bin."""

    name: str
    days: int  # the longest a span may be to be counted as a point in this unit
    key: Callable[[int], int]
    span: Callable[[int], tuple[int, int]]


def _year_bins(step: int, name: str) -> _Bins:
    def span(k: int) -> tuple[int, int]:
        lo = _dt.date(max(1, k * step), 1, 1).toordinal()
        hi = _LAST if (k + 1) * step > _dt.date.max.year else _dt.date((k + 1) * step, 1, 1).toordinal()
        return lo, hi

    return _Bins(name, 366 * step, lambda d: _dt.date.fromordinal(d).year // step, span)


def _month_span(k: int) -> tuple[int, int]:
    y, m = divmod(k, 12)
    lo = _dt.date(y, m + 1, 1).toordinal()
    y2, m2 = divmod(k + 1, 12)
    return lo, (_LAST if y2 > _dt.date.max.year else _dt.date(y2, m2 + 1, 1).toordinal())


_DAY = _Bins("day", 1, lambda d: d, lambda k: (k, k + 1))
_WEEK = _Bins("week", 7, lambda d: d - (d - 1) % 7, lambda k: (k, min(k + 7, _LAST)))
_MONTH = _Bins(
    "month", _SHORT, lambda d: _dt.date.fromordinal(d).year * 12 + _dt.date.fromordinal(d).month - 1, _month_span
)


def _bins_for(length: int, *, fine: bool) -> _Bins:
    """Bins for a range of ``length`` days: days where they fit (``fine``), else weeks, months, years..."""
    if fine and length <= 120:
        return _DAY
    if length <= (2 * 365 if fine else 120):
        return _WEEK
    years = length / 365.25
    if years <= 60:
        return _MONTH
    for step, name in ((1, "year"), (10, "decade"), (100, "century")):
        if years / step <= 600:
            return _year_bins(step, name)
    return _year_bins(1000, "millennium")


# -- drawing -----------------------------------------------------------------------------------


class _Axis:
    """Ordinals to matplotlib's date numbers, with the limits clamped to the calendar (years 1..9999)."""

    def __init__(self) -> None:
        import matplotlib.dates as mdates

        one = _dt.date.fromordinal(1)
        self.offset = float(mdates.date2num(one)) - 1  # type: ignore[no-untyped-call]

    def x(self, ordinal: float) -> float:
        return ordinal + self.offset

    def dates(self, ax: Axes, lo: int, hi: int) -> tuple[float, float]:
        """Put ``[lo, hi)`` (padded a little) on ``ax``'s x axis as dates; returns the limits."""
        import matplotlib.dates as mdates

        pad = max((hi - lo) * 0.02, 0.6)
        # matplotlib only draws years 1..9999; a minute short of the last midnight keeps every tick inside
        x_lo, x_hi = self.x(max(lo - pad, 1)), self.x(min(hi + pad, _LAST - 1 / 1440))
        ax.set_xlim(x_lo, x_hi)
        locator = mdates.AutoDateLocator(maxticks=9)  # type: ignore[no-untyped-call]
        ax.xaxis.set_major_locator(locator)
        ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))  # type: ignore[no-untyped-call]
        ax.grid(axis="x", color="#dddddd", linewidth=0.6)
        ax.set_axisbelow(True)
        for side in ("top", "right"):
            ax.spines[side].set_visible(False)
        return x_lo, x_hi


def _rgba(colour: str, alpha: float) -> tuple[float, float, float, float]:
    from matplotlib.colors import to_rgba

    return to_rgba(colour, alpha)


def _face(colour: str, look: Look, scale: float = 1.0) -> tuple[float, float, float, float]:
    return _rgba(colour, look.fill * scale) if look.fill else (1.0, 1.0, 1.0, 1.0)


def _shorten(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


def _row_label(ev: Event, width: int) -> str:
    word = "" if ev.status is EventStatus.ASSERTED else f" [{ev.status.value.lower()}]"
    return f"{date_label(ev.when)} · {_shorten(ev.summary or ev.trigger.text, width)}{word}"


def _draw_rows(ax: Axes, items: Sequence[_Item], axis: _Axis, x_lo: float, x_hi: float, label_width: int) -> None:
    """One row per event, earliest on top; an event outside the zoom is an arrow at the edge."""
    for row, it in enumerate(items):
        ev, look = it.ev, STATUS_LOOKS[it.ev.status]
        colour = KIND_COLOURS.get(ev.kind, "#777777")
        if not is_fuzzy(ev.when) and it.lo is not None:
            x = axis.x(it.lo + 0.5)
            if x_lo <= x <= x_hi:
                ax.plot(
                    x,
                    row,
                    look.marker,
                    markerfacecolor=_face(colour, look),
                    markeredgecolor=colour,
                    markeredgewidth=1.4,
                    markersize=8,
                    zorder=3,
                )
                continue
            x0 = x1 = x
        else:
            x0 = axis.x(it.lo) if it.lo is not None else x_lo
            x1 = axis.x(it.hi) if it.hi is not None else x_hi
            w = ev.when
            dashed = w is not None and (w.is_open or w.mod is not None)
            ax.barh(
                row,
                max(min(x1, x_hi) - max(x0, x_lo), 0.0),
                left=max(x0, x_lo),
                height=0.55,
                color=_face(colour, look, 0.55),
                edgecolor=colour,
                linewidth=1.2,
                hatch=look.hatch,
                linestyle="--" if dashed else "-",
                zorder=2,
            )
        if x1 >= x_hi:
            ax.plot(x_hi, row, ">", color=colour, markersize=7, zorder=3, clip_on=False)
        if x0 <= x_lo:
            ax.plot(x_lo, row, "<", color=colour, markersize=7, zorder=3, clip_on=False)
    ax.set_yticks(range(len(items)), [_row_label(it.ev, label_width) for it in items], fontsize=8.5)
    ax.set_ylim(len(items) - 0.5, -0.5)  # earliest on top, as people read a timeline


def _lanes(spans: Sequence[tuple[int | None, int | None]], lo: int, hi: int, lanes: int) -> list[int]:
    """A lane for each span (greedy interval packing, at most ``lanes``; open sides reach the edges)."""
    ends: list[int] = []
    out = []
    for a, b in spans:
        start, end = a if a is not None else lo, b if b is not None else hi
        lane = next((i for i, e in enumerate(ends) if e <= start), None)
        if lane is None:
            if len(ends) < lanes:
                ends.append(end)
                lane = len(ends) - 1
            else:  # full: overdraw the lane that frees up first
                lane = min(range(len(ends)), key=lambda i: ends[i])
        ends[lane] = max(ends[lane], end)
        out.append(lane)
    return out


def _draw_spans(
    ax: Axes, items: Sequence[_Item], axis: _Axis, window: tuple[int, int], *, lanes: int, band: tuple[float, float]
) -> None:
    """Longer spans grouped by (first day, last day, kind), as bars in a band at the top of ``ax``,
    with the number of events when several share one. The band is in axes fractions (bottom, top)."""
    groups = Counter((it.lo, it.hi, it.ev.kind) for it in items)
    if not groups:
        return
    order = sorted(groups, key=lambda g: (g[0] if g[0] is not None else -1, g[1] or _LAST, g[2].value))
    lane_of = _lanes([(a, b) for a, b, _ in order], *window, lanes)
    step = (band[1] - band[0]) / max(max(lane_of) + 1, 3)
    trans = ax.get_xaxis_transform()
    x_lo, x_hi = ax.get_xlim()
    for (a, b, kind), lane in zip(order, lane_of, strict=True):
        y = band[1] - (lane + 0.5) * step
        x0 = max(axis.x(a), x_lo) if a is not None else x_lo
        x1 = min(axis.x(b), x_hi) if b is not None else x_hi
        colour = _rgba(KIND_COLOURS.get(kind, "#777777"), 0.7)
        ax.plot([x0, x1], [y, y], color=colour, linewidth=3, solid_capstyle="butt", transform=trans)
        if groups[(a, b, kind)] > 1:
            ax.text(
                x0,
                y + step * 0.2,
                f"{groups[(a, b, kind)]}",
                transform=trans,
                fontsize=6.5,
                va="bottom",
                color="#333333",
            )


def _draw_counts(ax: Axes, items: Sequence[_Item], axis: _Axis, bins: _Bins, *, detailed: bool) -> int:
    """Stacked counts per bin (by kind and status look when ``detailed``, else one grey); returns the top."""
    counts: Counter[tuple[int, EventKind | None, Look]] = Counter()
    for it in items:
        if it.lo is not None:
            key = (
                (bins.key(it.lo), it.ev.kind, STATUS_LOOKS[it.ev.status])
                if detailed
                else (bins.key(it.lo), None, _LOOKS[0])
            )
            counts[key] += 1
    keys = sorted({k for k, _, _ in counts})
    bottoms = dict.fromkeys(keys, 0)
    for kind in [*EventKind, None]:
        colour = KIND_COLOURS[kind] if kind is not None else "#5a5a5a"
        for look in _LOOKS:
            ks = [k for k in keys if counts[(k, kind, look)]]
            if not ks:
                continue
            spans = [bins.span(k) for k in ks]
            heights = [counts[(k, kind, look)] for k in ks]
            ax.bar(
                [axis.x(lo) for lo, _ in spans],
                heights,
                width=[(hi - lo) * 0.88 for lo, hi in spans],
                bottom=[bottoms[k] for k in ks],
                align="edge",
                color=_face(colour, look),
                edgecolor=colour,
                linewidth=0.8 if detailed else 0,
                hatch=look.hatch,
                zorder=2,
            )
            for k, h in zip(ks, heights, strict=True):
                bottoms[k] += h
    return max(bottoms.values(), default=0)


def _count_axis(ax: Axes, top: int, share: float, unit: str, *, sqrt: bool = False) -> None:
    """Y axis for counts filling the bottom ``share`` of ``ax`` (the band above holds the spans)."""
    from matplotlib.ticker import MaxNLocator

    top = max(top, 1)
    if sqrt:  # the overview: one event a month stays visible next to hundreds
        ax.set_yscale("function", functions=(_sqrt, _square))
        limit = top / share**2
    else:
        limit = top / share
    if sqrt:  # 0, the powers of ten well below the top, the top
        ticks = [0, *(10**k for k in range(1, len(str(top))) if 10**k * 3 <= top), top]
    else:
        ticks = [t for t in MaxNLocator(nbins=4, integer=True).tick_values(0, top) if 0 <= t <= top]
    ax.set_ylim(0, limit)
    ax.set_yticks(ticks)
    ax.set_ylabel(f"events per {unit}" + (" (√ scale)" if sqrt else ""), fontsize=7.5 if sqrt else 8.5)
    ax.tick_params(axis="y", labelsize=7.5)


def _sqrt(values: Any) -> Any:
    import numpy as np

    return np.sqrt(np.maximum(values, 0))


def _square(values: Any) -> Any:
    import numpy as np

    return np.square(values)


def _legend(ax: Axes, items: Sequence[_Item], *, markers: bool) -> None:
    """One legend right of ``ax``: the kinds, then the statuses drawn (markers or bar faces)."""
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch

    kinds = [k for k in EventKind if any(it.ev.kind is k for it in items)]
    looks = [lk for lk in _LOOKS if any(STATUS_LOOKS[it.ev.status] == lk for it in items)]
    if not kinds:
        return
    handles: list[Artist] = [Patch(facecolor=KIND_COLOURS[k], label=kind_label(k)) for k in kinds]
    heads = [0]
    if looks != [_LOOKS[0]]:  # all asserted: nothing to tell apart
        grey = "#555555"
        heads.append(len(handles) + 1)
        handles += [Patch(visible=False, label=""), Patch(visible=False, label="status")]
        for lk in looks:
            if markers:
                handles.append(
                    Line2D(
                        [],
                        [],
                        linestyle="",
                        marker=lk.marker,
                        markersize=7,
                        markerfacecolor=_face(grey, lk),
                        markeredgecolor=grey,
                        label=lk.word,
                    )
                )
            else:
                handles.append(Patch(facecolor=_face(grey, lk), edgecolor=grey, hatch=lk.hatch, label=lk.word))
    handles.insert(0, Patch(visible=False, label="kind"))
    legend = ax.legend(
        handles=handles, loc="upper left", bbox_to_anchor=(1.0, 1.0), frameon=False, fontsize=8.5, handlelength=1.4
    )
    texts = legend.get_texts()
    for i in heads:
        texts[i if i == 0 else i + 1].set_fontweight("bold")


def _layout(
    ax: Axes | None, *, context: bool, rows: int, figsize: tuple[float, float] | None
) -> tuple[Axes, Axes | None]:
    """The main Axes and the overview's (above it), in a new figure or carved out of ``ax``."""
    if ax is None:
        import matplotlib.pyplot as plt

        main_h = 0.9 + 0.3 * rows if rows else 4.2
        ctx_h = 1.7 if context else 0.0
        size = figsize or (11.0, main_h + ctx_h + 0.8)
        if context:
            _, (ctx, main) = plt.subplots(2, 1, figsize=size, height_ratios=[ctx_h, main_h], layout="constrained")
            return main, ctx
        _, main = plt.subplots(figsize=size, layout="constrained")
        return main, None
    if context:
        from mpl_toolkits.axes_grid1 import make_axes_locatable

        return ax, make_axes_locatable(ax).append_axes("top", size="30%", pad=0.5)
    return ax, None


def _span_words(lo: int, hi: int) -> str:
    """``[lo, hi)`` in words: "1 Nov 2024 – 31 Dec 2024"."""
    return f"{day_label(_dt.date.fromordinal(lo))} – {day_label(_dt.date.fromordinal(hi - 1))}"


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'s' * (n != 1)}"


def _overlaps(it: _Item, window: tuple[int, int]) -> bool:
    return (it.lo is None or it.lo < window[1]) and (it.hi is None or it.hi > window[0])


def _draw_overview(
    ctx: Axes, main: Axes, items: Sequence[_Item], axis: _Axis, full: tuple[int, int], window: tuple[int, int]
) -> None:
    """The whole range: counts per bin, longer spans above, the zoomed period shaded and tied to ``main``."""
    from matplotlib.patches import ConnectionPatch

    bins = _bins_for(full[1] - full[0], fine=False)
    short = [it for it in items if it.length is not None and it.length <= bins.days]
    longer = [it for it in items if it.length is None or it.length > bins.days]
    axis.dates(ctx, *full)
    top = _draw_counts(ctx, short, axis, bins, detailed=False)
    _count_axis(ctx, top, 0.6 if longer else 0.95, bins.name, sqrt=True)
    _draw_spans(ctx, longer, axis, full, lanes=4, band=(0.64, 1.0))
    x0, x1 = axis.x(window[0]), axis.x(window[1])
    ctx.axvspan(x0, x1, facecolor="#000000", alpha=0.1, edgecolor="none", zorder=0)
    for x, corner in ((x0, 0.0), (x1, 1.0)):
        tie = ConnectionPatch(
            xyA=(x, 0),
            coordsA=ctx.get_xaxis_transform(),
            xyB=(corner, 1),
            coordsB="axes fraction",
            axesA=ctx,
            axesB=main,
            color="#999999",
            linewidth=0.8,
            linestyle=":",
        )
        tie.set_in_layout(False)  # a line between the panels must not push them apart
        main.add_artist(tie)


def _draw_aggregate(main: Axes, items: Sequence[_Item], axis: _Axis, view: tuple[int, int]) -> list[str]:
    """Counts by day (week, month) and kind in ``view``; spans that start or end there above them.

    Returns lines for the title: the unit, and how many spans cover the whole view (not drawn)."""
    bins = _bins_for(view[1] - view[0], fine=True)
    short: list[_Item] = []
    covering: list[_Item] = []
    longer: list[_Item] = []
    for it in items:
        if not _overlaps(it, view):
            continue
        if it.lo is not None and it.length is not None and it.length <= bins.days and view[0] <= it.lo < view[1]:
            short.append(it)
        elif it.length is None or it.length * 4 > view[1] - view[0]:
            covering.append(it)  # "2024", "since 2011": a bar over most of the view tells little
        else:
            longer.append(it)
    axis.dates(main, *view)
    top = _draw_counts(main, short, axis, bins, detailed=True)
    _count_axis(main, top, 0.76 if longer else 0.95, bins.name)
    _draw_spans(main, longer, axis, view, lanes=6, band=(0.8, 1.0))
    notes = [f"counts per {bins.name} by kind and status"]
    if longer:
        notes[0] += " · above: longer spans that start or end here (a number: events sharing one)"
    if covering:
        labels = Counter(date_label(it.ev.when) for it in covering)
        named = ", ".join(label for label, _ in labels.most_common(3)) + (", ..." if len(labels) > 3 else "")
        notes.append(f"{_plural(len(covering), 'event')} over longer periods ({named}) not drawn here")
    return notes


def plot(
    tl: Timeline,
    ax: Axes | None = None,
    *,
    title: str | None = None,
    zoom: Zoom = "auto",
    max_rows: int = 30,
    label_width: int = 48,
    figsize: tuple[float, float] | None = None,
) -> Axes:
    """Draw the dated events of ``tl``; returns the main Axes (the overview, when drawn, is above it).

    ``ax``: draw there (the overview is carved out of its top) instead of in a
    new figure. ``zoom``: ``"auto"`` zooms on :func:`densest_period` when there
    is one, with the whole range as an overview on top; ``(first_day, last_day)``
    (dates or ISO strings) zooms there; ``None`` shows the whole range and no
    overview. ``max_rows``: up to this many events get a row each, labelled with
    their date and summary (cut to ``label_width`` characters); more are
    counted by day and kind. ``figsize`` sizes a new figure (by default it
    grows with the rows, to about 12 inches at most). Undated events cannot be
    placed on a time axis: the title says how many were left out.
    """
    try:
        import matplotlib  # noqa: F401
    except ImportError:
        raise ImportError("plot needs matplotlib: pip install 'conflict_timeline[plot]'") from None
    if not isinstance(max_rows, int) or isinstance(max_rows, bool) or max_rows < 0:
        raise InvalidInput(f"max_rows must be an int >= 0, not {max_rows!r}")
    items = _items(tl)
    full = _extent(items)
    window = _zoom_window(zoom, items) if full is not None else None
    view = window or full or (_dt.date(2000, 1, 1).toordinal(), _dt.date(2000, 1, 2).toordinal())
    rows = len(items) <= max_rows
    main, ctx = _layout(
        ax, context=window is not None and full is not None, rows=len(items) if rows else 0, figsize=figsize
    )
    axis = _Axis()

    heading = title if title is not None else "Timeline"
    left_out = len(tl.events) + len(tl.undated) - len(items)
    if left_out:
        heading += f" ({_plural(left_out, 'undated event')} not shown)"
    notes = [f"{_plural(len(items), 'dated event')}, {_span_words(*full)}"] if full is not None else []
    if not items:
        main.text(0.5, 0.5, "no dated events", transform=main.transAxes, ha="center", va="center", color="#666666")
        main.set_yticks([])
    elif rows:
        _draw_rows(main, items, axis, *axis.dates(main, *view), label_width)
    else:
        notes += _draw_aggregate(main, items, axis, view)
    if ctx is not None and window is not None and full is not None:
        _draw_overview(ctx, main, items, axis, full, window)
        ctx.set_title(heading, loc="left", fontsize=11)
        shown = sum(1 for it in items if _overlaps(it, window))
        notes[0] = f"Zoom on {_span_words(*window)} (shaded above): {shown} of {notes[0]}"
        main.set_title("\n".join(notes), loc="left", fontsize=8.5, color="#444444")
    else:
        main.set_title(heading, loc="left", fontsize=11, pad=6 + 12 * len(notes))
        if notes:
            main.annotate(
                "\n".join(notes),
                (0, 1),
                xycoords="axes fraction",
                xytext=(0, 5),
                textcoords="offset points",
                fontsize=8.5,
                color="#444444",
                va="bottom",
            )
    _legend(main, items, markers=rows)
    return main
