"""One self-contained HTML page: no scripts, no web fonts, no requests of any kind.

Each event is a row: its date in words and as days, a strip on a common time
axis (a dot for a known day, a bar for a span, a fading bar for an open end),
a kind badge in the kind's colour, the summary, and the source sentence with
the words that date the event marked. Undated events follow in their own list.
Everything is drawn with inline CSS and SVG, so the file can be mailed,
archived or opened offline and looks the same.
"""

from __future__ import annotations

import datetime as _dt
import html
import math
from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..model import Event, EventKind, TimeSpan
from ._common import KIND_COLOURS, date_label, day_label, highlight, is_fuzzy, kind_label

if TYPE_CHECKING:
    from ..timeline import Timeline

__all__ = ["to_html", "to_html_page"]

_STRIP_W = 320  # width of the time strip, in CSS pixels
_STRIP_H = 22
_PAD = 8  # room at both ends so dots and arrows at the edge stay visible

_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"

_CSS = """
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { margin: 0; padding: 24px 32px 48px; background: #fafaf8; color: #1e1e1e;
  font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
h1 { font-size: 1.6rem; margin: 0 0 4px; }
h2 { font-size: 1.2rem; margin: 28px 0 8px; }
.meta { color: #555; margin: 0 0 12px; }
.legend { display: flex; flex-wrap: wrap; gap: 6px 16px; list-style: none; padding: 0; margin: 0 0 16px; }
.legend li { display: flex; align-items: center; gap: 6px; font-size: .9rem; }
.swatch { width: 12px; height: 12px; border-radius: 3px; display: inline-block; }
.row { display: grid; grid-template-columns: 11rem 336px minmax(0, 1fr); gap: 16px; align-items: start;
  padding: 10px 0; border-top: 1px solid #e3e3de; }
.axis-row { border-top: none; padding: 0; position: sticky; top: 0; background: #fafaf8; }
.when .date { font-weight: 600; display: block; }
.when .days { color: #666; font-size: .82rem; font-variant-numeric: tabular-nums; }
.strip { display: block; margin-top: 2px; }
.kind { display: inline-block; color: #fff; border-radius: 4px; padding: 0 7px; font-size: .78rem;
  font-weight: 600; letter-spacing: .02em; }
.status { color: #555; font-size: .8rem; margin-left: 6px; text-transform: lowercase; }
.summary { margin: 4px 0 4px; font-weight: 500; }
.sentence { margin: 0; padding: 2px 0 2px 10px; border-left: 3px solid #d6d6cf; color: #333; font-size: .92rem; }
mark.time { background: #ffe08a; padding: 0 2px; border-radius: 2px; }
.trigger { font-weight: 700; text-decoration: underline; text-decoration-thickness: 2px; }
.source { color: #666; font-size: .8rem; margin: 4px 0 0; }
.undated .row { grid-template-columns: 11rem minmax(0, 1fr); }
.empty { color: #666; font-style: italic; }
@media (max-width: 760px) {
  .row, .undated .row { grid-template-columns: 1fr; }
  .axis-row { display: none; }
}
"""


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


class _Scale:
    """Maps days to x positions on the strip: a linear scale over the dated events."""

    def __init__(self, spans: Sequence[TimeSpan]) -> None:
        days = [d.toordinal() for s in spans for d in (s.start, s.end) if d is not None]
        lo, hi = (min(days), max(days) + 1) if days else (0, 1)
        if hi - lo < 14:  # a few days only: widen so a single day is not the whole strip
            mid = (lo + hi) / 2
            lo, hi = math.floor(mid - 7), math.ceil(mid + 7)
        margin = (hi - lo) * 0.03
        self.lo, self.hi = lo - margin, hi + margin

    def x(self, ordinal: float) -> float:
        frac = (ordinal - self.lo) / (self.hi - self.lo)
        return _PAD + frac * (_STRIP_W - 2 * _PAD)

    def ticks(self) -> list[tuple[float, str]]:
        """Round dates across the range, at most about seven, with their labels."""
        lo = _dt.date.fromordinal(max(1, math.ceil(self.lo)))
        hi = _dt.date.fromordinal(min(_dt.date.max.toordinal(), math.floor(self.hi)))
        years = (hi - lo).days / 365.25
        out: list[tuple[float, str]] = []
        if years > 2.5:
            step = next(s for s in (1, 2, 5, 10, 20, 25, 50, 100, 200, 500, 1000, 2500) if years / s <= 6)
            year = lo.year + (-lo.year) % step
            if _dt.date(lo.year, 1, 1) < lo and year == lo.year:
                year += step
            while year <= hi.year:
                out.append((self.x(_dt.date(year, 1, 1).toordinal()), str(year)))
                year += step
        elif (hi - lo).days > 62:
            months = (hi.year - lo.year) * 12 + hi.month - lo.month
            step = next(s for s in (1, 2, 3, 6) if months / s <= 6)
            y, m = lo.year, lo.month
            if lo.day != 1:
                y, m = (y + 1, 1) if m == 12 else (y, m + 1)
            while (y, m) <= (hi.year, hi.month):
                if (m - 1) % step == 0:
                    d = _dt.date(y, m, 1)
                    label = d.strftime("%b") + (f" {y}" if m == 1 or not out else "")
                    out.append((self.x(d.toordinal()), label))
                y, m = (y + 1, 1) if m == 12 else (y, m + 1)
        else:
            step = next(s for s in (1, 2, 7, 14, 28) if (hi - lo).days / s <= 6)
            # by ordinal, so the step past the calendar's last day (9999-12-31) is never taken
            for n in range(lo.toordinal(), hi.toordinal() + 1, step):
                d = _dt.date.fromordinal(n)
                out.append((self.x(n), f"{d.day} {d.strftime('%b')}"))
        return out


def _axis(scale: _Scale) -> str:
    ticks = scale.ticks()
    parts = [
        f'<svg class="strip axis" width="{_STRIP_W}" height="26" viewBox="0 0 {_STRIP_W} 26" '
        'role="img" aria-label="time axis">',
        f'<line x1="{_PAD}" y1="24" x2="{_STRIP_W - _PAD}" y2="24" stroke="#888" stroke-width="1"/>',
    ]
    for x, label in ticks:
        parts.append(f'<line x1="{x:.1f}" y1="18" x2="{x:.1f}" y2="24" stroke="#888"/>')
        parts.append(
            f'<text x="{x:.1f}" y="13" font-size="10.5" text-anchor="middle" fill="#555" '
            f'font-family="system-ui, sans-serif">{_e(label)}</text>'
        )
    parts.append("</svg>")
    return "".join(parts)


def _strip(ev: Event, scale: _Scale, gridlines: list[float], uid: str) -> str:
    w = ev.when
    assert w is not None
    colour = KIND_COLOURS.get(ev.kind, "#777")
    mid = _STRIP_H / 2
    parts = [
        f'<svg class="strip" width="{_STRIP_W}" height="{_STRIP_H}" viewBox="0 0 {_STRIP_W} {_STRIP_H}" '
        f'role="img" aria-label="{_e(date_label(w))}">',
        f"<title>{_e(date_label(w))}</title>",
        f'<line x1="{_PAD}" y1="{mid}" x2="{_STRIP_W - _PAD}" y2="{mid}" stroke="#e2e2dc"/>',
    ]
    for x in gridlines:
        parts.append(f'<line x1="{x:.1f}" y1="3" x2="{x:.1f}" y2="{_STRIP_H - 3}" stroke="#ecece6"/>')
    if not is_fuzzy(w) and w.start is not None:
        x = scale.x(w.start.toordinal() + 0.5)
        parts.append(f'<circle class="mark" cx="{x:.1f}" cy="{mid}" r="6" fill="{colour}"/>')
    else:
        x0 = scale.x(w.start.toordinal()) if w.start is not None else _PAD / 2
        x1 = scale.x(w.end.toordinal() + 1) if w.end is not None else _STRIP_W - _PAD / 2
        if x1 - x0 < 6:  # keep a short span visible as a span
            c = (x0 + x1) / 2
            x0, x1 = c - 3, c + 3
        fill = colour
        if w.is_open:
            gid = f"fade-{uid}"
            left, right = ("0", "1") if w.start is None else ("1", "0")
            parts.append(
                f'<defs><linearGradient id="{gid}" x1="0" x2="1" y1="0" y2="0">'
                f'<stop offset="0" stop-color="{colour}" stop-opacity="{left}"/>'
                f'<stop offset="1" stop-color="{colour}" stop-opacity="{right}"/></linearGradient></defs>'
            )
            fill = f"url(#{gid})"
        parts.append(
            f'<rect class="mark" x="{x0:.1f}" y="{mid - 6}" width="{x1 - x0:.1f}" height="12" rx="3" '
            f'fill="{fill}" fill-opacity="0.55" stroke="{colour}" stroke-width="1.5"'
            + (' stroke-dasharray="4 2"' if w.is_open or w.mod is not None else "")
            + "/>"
        )
    parts.append("</svg>")
    return "".join(parts)


def _days(w: TimeSpan | None) -> str:
    if w is None:
        return ""
    lo = w.start.isoformat() if w.start is not None else "…"
    hi = w.end.isoformat() if w.end is not None else "…"
    return lo if lo == hi else f"{lo} – {hi}"


def _what(ev: Event) -> str:
    colour = KIND_COLOURS.get(ev.kind, "#777")
    sentence = "".join(
        f'<mark class="time">{_e(t)}</mark>'
        if role == "time"
        else f'<span class="trigger">{_e(t)}</span>'
        if role == "trigger"
        else _e(t)
        for t, role in highlight(ev)
    )
    refs = []
    for s in dict.fromkeys((s.source, s.published) for s in ev.sources):
        refs.append(_e(s[0]) + (f" ({day_label(s[1])})" if s[1] is not None else ""))
    how = ""
    if ev.time_source is not None:
        how = f" · dated by “{_e(ev.time_source.text)}”"
        if ev.time_source.rule:
            how += f" <code>{_e(ev.time_source.rule)}</code>"
    elif ev.when is not None:
        how = f" · dated by {_e(ev.time_path.value.lower().replace('_', ' '))}"
    extras = []
    if ev.actors:
        extras.append("actors: " + _e(", ".join(ev.actors)))
    if ev.places:
        extras.append("places: " + _e(", ".join(ev.places)))
    if ev.fatalities is not None:
        extras.append(f"fatalities: {ev.fatalities}")
    return (
        f'<div class="what"><span class="kind" style="background:{colour}">{_e(kind_label(ev.kind))}</span>'
        f'<span class="status">{_e(ev.status.value)}</span>'
        f'<p class="summary">{_e(ev.summary or ev.trigger.text)}</p>'
        f'<blockquote class="sentence">{sentence}</blockquote>'
        f'<p class="source">{"; ".join(refs) or "no source"}{how}'
        + (f"<br>{' · '.join(extras)}" if extras else "")
        + "</p></div>"
    )


def _section(tl: Timeline, heading: str, anchor: str) -> str:
    out = [f'<section class="timeline" id="{_e(anchor)}">']
    if heading:
        out.append(f"<h2>{_e(heading)}</h2>")
    n, m = len(tl.events), len(tl.undated)
    spans = [ev.when for ev in tl.events if ev.when is not None]
    extent = ""
    firsts = [s.start for s in spans if s.start is not None]
    lasts = [s.end for s in spans if s.end is not None]
    if firsts and lasts:
        extent = f" · {day_label(min(firsts))} – {day_label(max(lasts))}"
    out.append(f'<p class="meta">{n} dated event{"s" * (n != 1)}{extent} · {m} undated</p>')
    if spans:
        scale = _Scale(spans)
        grid = [x for x, _ in scale.ticks()]
        out.append(f'<div class="row axis-row"><div></div>{_axis(scale)}<div></div></div>')
        out.append('<ol class="events" style="list-style:none;padding:0;margin:0">')
        for i, ev in enumerate(tl.events, start=1):
            w = ev.when
            out.append(
                f'<li class="row event" id="{_e(anchor)}-event-{i}" data-kind="{ev.kind.value}">'
                f'<div class="when"><span class="date">{_e(date_label(w))}</span>'
                f'<span class="days">{_e(_days(w))}</span></div>'
                f"{_strip(ev, scale, grid, f'{anchor}-{i}')}{_what(ev)}</li>"
            )
        out.append("</ol>")
    elif not m:
        out.append('<p class="empty">No events found.</p>')
    if tl.undated:
        out.append(
            '<div class="undated"><h2>Undated</h2><ol class="events" style="list-style:none;padding:0;margin:0">'
        )
        for i, ev in enumerate(tl.undated, start=1):
            out.append(
                f'<li class="row event undated-event" id="{_e(anchor)}-undated-{i}" data-kind="{ev.kind.value}">'
                f'<div class="when"><span class="date">undated</span></div>{_what(ev)}</li>'
            )
        out.append("</ol></div>")
    out.append("</section>")
    return "".join(out)


def _legend(timelines: Sequence[Timeline]) -> str:
    present = {ev.kind for tl in timelines for ev in tl.events + tl.undated}
    items = [
        f'<li><span class="swatch" style="background:{KIND_COLOURS[k]}"></span>{_e(kind_label(k))}</li>'
        for k in EventKind
        if k in present
    ]
    return f'<ul class="legend" aria-label="event kinds">{"".join(items)}</ul>' if items else ""


def to_html_page(sections: Sequence[tuple[str, Timeline]], *, title: str = "Timeline") -> str:
    """One page holding several timelines, each under its own heading (used by the CLI)."""
    body = "".join(_section(tl, heading, f"t{i}") for i, (heading, tl) in enumerate(sections, start=1))
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        # the page needs nothing from outside; the policy makes sure nothing is fetched
        f'<meta http-equiv="Content-Security-Policy" content="{_CSP}">'
        f"<title>{_e(title)}</title><style>{_CSS}</style></head>"
        f"<body><header><h1>{_e(title)}</h1>{_legend([tl for _, tl in sections])}</header>"
        f"<main>{body}</main></body></html>\n"
    )


def to_html(tl: Timeline, *, title: str = "Timeline") -> str:
    """The timeline as one self-contained HTML page (a ``str``; write it to a ``.html`` file)."""
    return to_html_page([("", tl)], title=title)
