"""One self-contained HTML page: events grouped by month, a date index that stays in view, filters and search.

The page is one file with everything inline (CSS, a small script, SVG): it can
be mailed, archived or opened offline and looks the same; it fetches nothing.

* **Grouped by month**: each event is listed under the month its time starts
  in; a span that starts on 1 January and runs past it ("2016", "since 2011")
  heads its year, an open start ("until March 2017") comes first and undated
  events last. Month headings stay at the top while their events scroll by.
* **Date index**: a side bar, always in view, lists the years and their
  months with the number of events shown, above an overview of the events over
  the whole range; both link to the months.
* **Filters and search**: check boxes for kind, status and source, and a
  search box over the events' text (every word must appear). The counts, the
  index and the "N of M events" line follow what is shown.
* **Status is visible**: a negated event is struck through and faded, a planned
  or expected one striped, a hypothetical one in italics with a dotted edge,
  each with a badge saying so.
* **The why behind a toggle**: the words that dated the event, what they were
  counted from, the records that decided the time and the status, and the
  explanation, in a closed ``<details>`` under each event.

Without the script (a mail client that strips it) the page still shows every
event, grouped, with the index; only the filters are hidden. The script is the
library's own: the Content-Security-Policy allows that script (by its hash)
and nothing else, forbids every request, and the script never turns text into
markup (it only sets ``hidden`` and counts). Every text of the timeline is
HTML-escaped.
"""

from __future__ import annotations

import base64
import datetime as _dt
import hashlib
import html
import math
from collections.abc import Sequence
from typing import TYPE_CHECKING

import attrs

from ..display import value_label
from ..model import AnchorKind, Event, EventKind, EventStatus, TimePath, TimeSpan
from ._common import KIND_COLOURS, date_label, day_label, highlight, is_fuzzy, kind_label

if TYPE_CHECKING:
    from ..timeline import Timeline

__all__ = ["SCRIPT", "to_html", "to_html_page"]

_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)

#: The badge a status gets (none for asserted), and the filter's label for it.
_STATUS_BADGE = {
    EventStatus.ASSERTED: "",
    EventStatus.REPORTED: "reported",
    EventStatus.PLANNED: "planned",
    EventStatus.EXPECTED: "expected",
    EventStatus.NEGATED: "did not happen",
    EventStatus.HYPOTHETICAL: "hypothetical",
}
_STATUS_FILTER = {
    EventStatus.ASSERTED: "asserted",
    EventStatus.REPORTED: "reported",
    EventStatus.PLANNED: "planned",
    EventStatus.EXPECTED: "expected",
    EventStatus.NEGATED: "negated",
    EventStatus.HYPOTHETICAL: "hypothetical",
}
_PATH_WORDS = {
    TimePath.CLAUSE: "the time words of its clause",
    TimePath.SENTENCE: "the time words of its sentence",
    TimePath.NARRATIVE: "the time the story had reached",
    TimePath.REPORTING_FRAME: "the time of the report it is told in",
    TimePath.NONE: "nothing: no time in reach",
}

_OVERVIEW_W, _OVERVIEW_H = 236, 64  # the side bar's overview, in CSS pixels
_PAD = 12

#: The page's one script: it reads the filters and the search box and sets ``hidden`` on events and
#: months, and the counts; it never writes markup. The Content-Security-Policy allows it by its hash.
SCRIPT = """(function () {
  "use strict";
  var form = document.getElementById("filters");
  var search = document.getElementById("q");
  if (!form || !search) { return; }
  form.hidden = false;
  document.getElementById("searchbox").hidden = false;
  var rows = Array.prototype.slice.call(document.querySelectorAll("li.event"));
  var texts = rows.map(function (li) { return li.textContent.toLowerCase(); });
  var groups = Array.prototype.slice.call(document.querySelectorAll("section.group"));
  var links = {};
  document.querySelectorAll("[data-group]").forEach(function (a) {
    var id = a.getAttribute("data-group");
    (links[id] = links[id] || []).push(a);
  });
  var shown = document.getElementById("shown");
  function checked(name) {
    var out = {};
    form.querySelectorAll("input[name='" + name + "']").forEach(function (box) {
      if (box.checked) { out[box.value] = true; }
    });
    return out;
  }
  function apply() {
    var kinds = checked("kind"), statuses = checked("status"), sources = checked("source");
    var words = search.value.toLowerCase().split(/\\s+/).filter(Boolean);
    var n = 0;
    rows.forEach(function (li, i) {
      var refs = (li.getAttribute("data-src") || "").split(" ").filter(Boolean);
      var ok = kinds[li.getAttribute("data-kind")] === true && statuses[li.getAttribute("data-status")] === true &&
        (refs.length === 0 || refs.some(function (r) { return sources[r] === true; })) &&
        words.every(function (w) { return texts[i].indexOf(w) !== -1; });
      li.hidden = !ok;
      if (ok) { n += 1; }
    });
    groups.forEach(function (group) {
      var k = group.querySelectorAll("li.event:not([hidden])").length;
      group.hidden = k === 0;
      group.querySelectorAll(".group-count").forEach(function (c) { c.textContent = String(k); });
      (links[group.id] || []).forEach(function (a) {
        a.classList.toggle("none", k === 0);
        a.querySelectorAll(".n").forEach(function (c) { c.textContent = String(k); });
      });
    });
    shown.textContent = n === rows.length ? "all " + n + " events shown" : n + " of " + rows.length + " events shown";
  }
  form.addEventListener("change", apply);
  search.addEventListener("input", apply);
  form.addEventListener("submit", function (e) { e.preventDefault(); });
  form.addEventListener("reset", function () { window.setTimeout(apply, 0); });
  form.querySelectorAll("button[data-all]").forEach(function (button) {
    button.addEventListener("click", function () {
      var on = button.getAttribute("data-on") === "1";
      form.querySelectorAll("input[name='" + button.getAttribute("data-all") + "']").forEach(function (box) {
        box.checked = on;
      });
      apply();
    });
  });
  document.addEventListener("keydown", function (e) {
    if (e.key === "/" && document.activeElement !== search) { e.preventDefault(); search.focus(); }
  });
  apply();
})();
"""

_SCRIPT_HASH = base64.b64encode(hashlib.sha256(SCRIPT.encode("utf-8")).digest()).decode("ascii")
_CSP = (
    "default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
    f"script-src 'sha256-{_SCRIPT_HASH}'; form-action 'none'; base-uri 'none'"
)

_CSS = """
:root { color-scheme: light; --bg: #fafaf8; --line: #e3e3de; --muted: #5c5c5c; --link: #1b4f8a; }
* { box-sizing: border-box; }
body { margin: 0; padding: 18px 28px 48px; background: var(--bg); color: #1e1e1e;
  font: 15px/1.42 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
h1 { font-size: 1.55rem; margin: 0 0 2px; }
.meta { color: var(--muted); margin: 0 0 8px; }
.legend { display: flex; flex-wrap: wrap; gap: 4px 14px; list-style: none; padding: 0; margin: 0 0 10px;
  font-size: .86rem; }
.legend li { display: flex; align-items: center; gap: 5px; }
.legend .looks { color: var(--muted); }
.swatch { width: 11px; height: 11px; border-radius: 3px; display: inline-block; flex: none; }
.layout { display: grid; grid-template-columns: 15rem minmax(0, 1fr); gap: 26px; align-items: start; }
.side { position: sticky; top: 0; max-height: 100vh; overflow: auto; padding: 10px 4px 24px 0; font-size: .86rem; }
.side h2 { font-size: .78rem; text-transform: uppercase; letter-spacing: .06em; color: var(--muted); margin: 12px 0 4px; }
#q { width: 100%; font: inherit; padding: 5px 8px; border: 1px solid #bdbdb5; border-radius: 5px; }
#shown { color: var(--muted); margin: 4px 0 0; }
.index ol { list-style: none; padding: 0; margin: 0; }
.index .sec { font-weight: 600; margin: 8px 0 2px; }
.index .year { display: flex; flex-wrap: wrap; gap: 1px 2px; align-items: baseline; margin: 0 0 2px; }
.index .y { font-weight: 600; width: 2.7rem; font-variant-numeric: tabular-nums; }
.index a { color: var(--link); text-decoration: none; border-radius: 3px; padding: 0 3px; }
.index a:hover { background: #e6eef8; }
.index a .n { color: var(--muted); font-size: .7rem; margin-left: 2px; }
.index a.none { color: #b0b0b0; pointer-events: none; }
.index a.none .n { display: none; }
.overview { display: block; width: 100%; height: auto; margin: 2px 0 6px; overflow: visible; }
#filters { display: flex; flex-wrap: wrap; gap: 4px 18px; align-items: baseline; padding: 8px 0 10px;
  border-bottom: 1px solid var(--line); font-size: .85rem; }
#filters fieldset { border: 0; padding: 0; margin: 0; display: flex; flex-wrap: wrap; gap: 3px 4px;
  align-items: center; }
#filters legend { float: left; font-weight: 600; margin-right: 4px; padding: 0; }
#filters label { display: inline-flex; align-items: center; gap: 4px; padding: 1px 7px 1px 3px; cursor: pointer;
  border: 1px solid #d3d3cc; border-radius: 12px; background: #fff; }
#filters label .n { color: var(--muted); font-size: .74rem; font-variant-numeric: tabular-nums; }
#filters input { margin: 0; }
#filters button { font: inherit; font-size: .76rem; background: none; border: 0; padding: 0 3px; cursor: pointer;
  color: var(--link); text-decoration: underline; }
#filters details { align-self: center; }
#filters details > summary { cursor: pointer; font-weight: 600; }
#filters details fieldset { max-height: 10rem; overflow: auto; margin-top: 4px; max-width: 46rem; }
section.timeline > h2 { font-size: 1.25rem; margin: 14px 0 2px; }
.group > h3 { position: sticky; top: 0; z-index: 1; background: var(--bg); margin: 0; padding: 8px 0 5px;
  font-size: 1.05rem; border-bottom: 2px solid #d9d9d2; }
.group > h3 .group-count { color: var(--muted); font-weight: 400; font-size: .85rem; margin-left: 6px; }
ol.events { list-style: none; padding: 0; margin: 0 0 16px; }
.row { display: grid; grid-template-columns: 9.5rem minmax(0, 1fr); gap: 12px; align-items: start;
  padding: 7px 8px 7px 6px; border-top: 1px solid var(--line); border-left: 3px solid transparent; }
.when .date { font-weight: 600; display: block; }
.when .days { color: #666; font-size: .78rem; font-variant-numeric: tabular-nums; display: block; }
.when .d { white-space: nowrap; }
.glyph { display: block; margin-top: 3px; }
.head { margin: 0 0 2px; }
.kind { display: inline-block; color: #fff; border-radius: 4px; padding: 0 7px; font-size: .74rem; font-weight: 600;
  letter-spacing: .02em; vertical-align: 1px; }
.badge { display: inline-block; border: 1px solid #888; color: #444; border-radius: 4px; padding: 0 6px;
  font-size: .72rem; margin-left: 5px; vertical-align: 1px; }
.summary { font-weight: 600; margin-left: 6px; }
.sentence { margin: 0; padding: 0 0 0 10px; border-left: 3px solid #d6d6cf; color: #333; font-size: .88rem; }
mark.time { background: #ffe08a; padding: 0 2px; border-radius: 2px; }
.trigger { font-weight: 700; text-decoration: underline; text-decoration-thickness: 2px; }
.foot { display: flex; flex-wrap: wrap; gap: 0 14px; align-items: baseline; margin-top: 2px; color: #666;
  font-size: .78rem; }
details.why > summary { cursor: pointer; color: var(--link); }
details.why[open] { flex-basis: 100%; }
details.why dl { display: grid; grid-template-columns: max-content minmax(0, 1fr); gap: 2px 12px; margin: 4px 0 2px;
  padding: 6px 10px; background: #f0f0ea; border-radius: 5px; color: #333; font-size: .82rem; }
details.why dt { color: var(--muted); }
details.why dd { margin: 0; }
.st-NEGATED { opacity: .72; border-left: 3px solid #8b1a1a; }
.st-NEGATED .summary { text-decoration: line-through; text-decoration-thickness: 2px; }
.st-NEGATED .badge { color: #8b1a1a; border-color: #8b1a1a; font-weight: 600; }
.st-PLANNED, .st-EXPECTED { border-left: 3px dashed #1d4f91;
  background: repeating-linear-gradient(135deg, transparent 0 9px, rgba(29, 79, 145, .06) 9px 18px); }
.st-PLANNED .badge, .st-EXPECTED .badge { color: #1d4f91; border: 1px dashed #1d4f91; }
.st-HYPOTHETICAL { border-left: 3px dotted #777; }
.st-HYPOTHETICAL .summary, .st-HYPOTHETICAL .sentence { font-style: italic; }
.st-HYPOTHETICAL .badge { border-style: dotted; }
.empty { color: #666; font-style: italic; }
[hidden] { display: none !important; }
@media (max-width: 820px) {
  body { padding: 12px; }
  .layout { grid-template-columns: 1fr; }
  .side { position: static; max-height: none; }
  .row { grid-template-columns: 1fr; gap: 2px; }
}
@media print { .side, #filters, details.why { display: none; } .layout { display: block; } }
"""


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'s' * (n != 1)}"


# -- grouping ----------------------------------------------------------------------------------

_OPEN_KEY = (-1, 0)  # an open start ("until 2017") comes first
_UNDATED_KEY = (10_000, 0)  # after year 9999


def _group_key(w: TimeSpan | None) -> tuple[int, int]:
    """(year, month) of the month the span starts in; (year, 0) for a span from 1 January running past it."""
    if w is None:
        return _UNDATED_KEY
    if w.start is None:
        return _OPEN_KEY
    s = w.start
    longer = w.end is None or (w.end.year, w.end.month) != (s.year, s.month)
    return (s.year, 0) if longer and (s.month, s.day) == (1, 1) else (s.year, s.month)


def _group_title(key: tuple[int, int]) -> tuple[str, str, str]:
    """The heading, the index chip and the anchor suffix of a group."""
    year, month = key
    if key == _OPEN_KEY:
        return "Open start", "open start", "open"
    if key == _UNDATED_KEY:
        return "Undated", "undated", "undated"
    if month == 0:
        return f"{year}: the whole year and longer", "year", f"{year:04d}"
    return f"{_MONTHS[month - 1]} {year}", _MONTHS[month - 1][:3], f"{year:04d}-{month:02d}"


@attrs.frozen(slots=True)
class _Group:
    key: tuple[int, int]
    anchor: str
    events: tuple[tuple[Event, str], ...]  # each event with its element id


def _groups(tl: Timeline, sec: str) -> list[_Group]:
    found: dict[tuple[int, int], list[tuple[Event, str]]] = {}
    for i, ev in enumerate(tl.events, start=1):
        found.setdefault(_group_key(ev.when), []).append((ev, f"{sec}-event-{i}"))
    for i, ev in enumerate(tl.undated, start=1):
        found.setdefault(_UNDATED_KEY, []).append((ev, f"{sec}-undated-{i}"))
    return [_Group(k, f"{sec}-{_group_title(k)[2]}", tuple(found[k])) for k in sorted(found)]


# -- one event ---------------------------------------------------------------------------------


def _days(w: TimeSpan | None) -> str:
    """The first and last days, as HTML: each day kept on one line, a break allowed at the dash."""
    if w is None:
        return ""
    lo = w.start.isoformat() if w.start is not None else "…"
    hi = w.end.isoformat() if w.end is not None else "…"
    return f'<span class="d">{lo}</span>' if lo == hi else f'<span class="d">{lo}</span> – <span class="d">{hi}</span>'


def _glyph(ev: Event, uid: str) -> str:
    """How precisely the time is known: a dot for one day, a bar for a span, a fading bar for an open end,
    a dashed one for a modified time ("late 2016"); hollow unless the event is asserted or reported."""
    w = ev.when
    if w is None:
        return ""
    colour = KIND_COLOURS.get(ev.kind, "#777")
    solid = ev.status in (EventStatus.ASSERTED, EventStatus.REPORTED)
    opacity = "1" if ev.status is EventStatus.ASSERTED else "0.45" if solid else "0"
    parts = ['<svg class="glyph" width="46" height="14" viewBox="0 0 46 14" aria-hidden="true">']
    if not is_fuzzy(w) and w.start is not None:
        parts.append(
            f'<circle class="mark" cx="8" cy="7" r="5" fill="{colour}" fill-opacity="{opacity}" '
            f'stroke="{colour}" stroke-width="1.5"/>'
        )
    else:
        fill = colour
        if w.is_open:
            left, right = ("0", "1") if w.start is None else ("1", "0")
            parts.append(
                f'<defs><linearGradient id="fade-{uid}" x1="0" x2="1" y1="0" y2="0">'
                f'<stop offset="0" stop-color="{colour}" stop-opacity="{left}"/>'
                f'<stop offset="1" stop-color="{colour}" stop-opacity="{right}"/></linearGradient></defs>'
            )
            fill = f"url(#fade-{uid})"
        dash = ' stroke-dasharray="3 2"' if w.is_open or w.mod is not None else ""
        parts.append(
            f'<rect class="mark" x="2" y="2" width="42" height="10" rx="3" fill="{fill}" '
            f'fill-opacity="{float(opacity) * 0.6:.2f}" stroke="{colour}" stroke-width="1.5"{dash}/>'
        )
    parts.append("</svg>")
    return "".join(parts)


def _value_words(value: str) -> str:
    return value_label(value) or value


def _why(ev: Event) -> str:
    """The reasons behind the event's date and status, from the fields that record them."""
    rows: list[tuple[str, str]] = []
    src, w = ev.time_source, ev.when
    if src is not None:
        read = f"“{_e(src.text)}”" + (f", read as {_e(w.label)}" if w is not None else f" ({_e(src.value)})")
        if src.anchor is not None and src.anchor.kind is AnchorKind.PUBLICATION_DATE:
            read += f", counted from the publication day ({_e(_value_words(src.anchor.value))})"
        elif src.anchor is not None:
            read += f", counted from “{_e(src.anchor.text or '')}” ({_e(_value_words(src.anchor.value))})"
        rows.append(("Date", read))
        if src.rule:
            rows.append(("Time words rule", f"<code>{_e(src.rule)}</code>"))
    elif w is not None:
        rows.append(("Date", f"{_e(w.label)}, from {_e(_PATH_WORDS[ev.time_path])}"))
    else:
        rows.append(("Date", "none: no time could be tied to this event"))
    tied = _e(_PATH_WORDS[ev.time_path])
    if ev.time_rule:
        tied += f" (<code>{_e(ev.time_rule)}</code>)"
    rows.append(("Tied to", tied))
    status = _e(_STATUS_FILTER[ev.status])
    if ev.status_rule:
        status += f" (<code>{_e(ev.status_rule)}</code>)"
    rows.append(("Status", status))
    if ev.explanation:
        rows.append(("Explanation", _e(ev.explanation)))
    if src is not None and src.explanation:
        rows.append(("Reading", _e(src.explanation)))
    body = "".join(f"<dt>{k}</dt><dd>{v}</dd>" for k, v in rows)
    return f'<details class="why"><summary>why this date and status</summary><dl>{body}</dl></details>'


def _event(ev: Event, eid: str, sources: dict[str, int]) -> str:
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
    for name, day in dict.fromkeys((s.source, s.published) for s in ev.sources):
        refs.append(_e(name) + (f" ({day_label(day)})" if day is not None else ""))
    extras = []
    if ev.actors:
        extras.append("actors: " + _e(", ".join(ev.actors)))
    if ev.places:
        extras.append("places: " + _e(", ".join(ev.places)))
    if ev.fatalities is not None:
        extras.append(f"fatalities: {ev.fatalities}")
    badge = _STATUS_BADGE[ev.status]
    src_ids = " ".join(str(sources[s]) for s in dict.fromkeys(s.source for s in ev.sources))
    dated = "event" if ev.when is not None else "event undated-event"
    return (
        f'<li class="row {dated} st-{ev.status.value}" id="{_e(eid)}" data-kind="{ev.kind.value}" '
        f'data-status="{ev.status.value}" data-src="{src_ids}">'
        f'<div class="when"><span class="date">{_e(date_label(ev.when))}</span>'
        f'<span class="days">{_days(ev.when)}</span>{_glyph(ev, eid)}</div>'
        f'<div class="what"><p class="head"><span class="kind" style="background:{colour}">{_e(kind_label(ev.kind))}</span>'
        + (f'<span class="badge">{_e(badge)}</span>' if badge else "")
        + f'<span class="summary">{_e(ev.summary or ev.trigger.text)}</span></p>'
        f'<blockquote class="sentence">{sentence}</blockquote>'
        f'<div class="foot"><span class="source">{"; ".join(refs) or "no source"}</span>'
        + "".join(f"<span>{x}</span>" for x in extras)
        + f"{_why(ev)}</div></div></li>"
    )


# -- the overview and the index ----------------------------------------------------------------


class _Scale:
    """Maps day ordinals to x positions on the overview: a linear scale over the section's days."""

    def __init__(self, lo: int, hi: int) -> None:
        if hi - lo < 14:  # a few days only: widen so that a single day is not the whole axis
            mid = (lo + hi) / 2
            lo, hi = math.floor(mid - 7), math.ceil(mid + 7)
        margin = (hi - lo) * 0.02
        self.lo, self.hi = lo - margin, hi + margin

    def x(self, ordinal: float) -> float:
        return _PAD + (ordinal - self.lo) / (self.hi - self.lo) * (_OVERVIEW_W - 2 * _PAD)

    def ticks(self) -> list[tuple[float, str]]:
        """Round dates across the range, at most about four, with their labels (clamped to the calendar)."""
        lo = _dt.date.fromordinal(max(1, math.ceil(self.lo)))
        hi = _dt.date.fromordinal(min(_dt.date.max.toordinal(), math.floor(self.hi)))
        years = (hi - lo).days / 365.25
        out: list[tuple[float, str]] = []
        if years > 2.5:
            step = next(s for s in (1, 2, 5, 10, 20, 25, 50, 100, 200, 500, 1000, 2500) if years / s <= 4)
            year = lo.year + (-lo.year) % step
            if _dt.date(lo.year, 1, 1) < lo and year == lo.year:
                year += step
            while year <= hi.year:
                out.append((self.x(_dt.date(year, 1, 1).toordinal()), str(year)))
                year += step
        elif (hi - lo).days > 62:
            months = (hi.year - lo.year) * 12 + hi.month - lo.month
            step = next(s for s in (1, 2, 3, 6, 12) if months / s <= 4)
            y, m = lo.year, lo.month
            if lo.day != 1:
                y, m = (y + 1, 1) if m == 12 else (y, m + 1)
            while (y, m) <= (hi.year, hi.month):
                if (m - 1) % step == 0:
                    d = _dt.date(y, m, 1)
                    out.append((self.x(d.toordinal()), _MONTHS[m - 1][:3] + (f" {y}" if m == 1 or not out else "")))
                y, m = (y + 1, 1) if m == 12 else (y, m + 1)
        else:
            step = next(s for s in (1, 2, 7, 14, 28) if (hi - lo).days / s <= 4)
            # by ordinal, so the step past the calendar's last day (9999-12-31) is never taken
            for n in range(lo.toordinal(), hi.toordinal() + 1, step):
                d = _dt.date.fromordinal(n)
                out.append((self.x(n), f"{d.day} {_MONTHS[d.month - 1][:3]}"))
        return out


def _group_days(key: tuple[int, int]) -> tuple[int, int]:
    """The ordinals a month group covers ([first, last + 1)); a year group covers its year."""
    year, month = key
    lo = _dt.date(year, month or 1, 1).toordinal()
    if month in (0, 12):
        hi = _dt.date.max.toordinal() + 1 if year == _dt.date.max.year else _dt.date(year + 1, 1, 1).toordinal()
    else:
        hi = _dt.date(year, month + 1, 1).toordinal()
    return lo, hi


def _overview(groups: Sequence[_Group]) -> str:
    """Events per month over the section's whole range, each bar a link to its month."""
    months = [g for g in groups if g.key not in (_OPEN_KEY, _UNDATED_KEY)]
    if not months:
        return ""
    spans = [_group_days(g.key) for g in months]
    scale = _Scale(min(lo for lo, _ in spans), max(hi for _, hi in spans))
    top = max(len(g.events) for g in months)
    base = _OVERVIEW_H - 16
    parts = [
        f'<svg class="overview" width="{_OVERVIEW_W}" height="{_OVERVIEW_H}" viewBox="0 0 {_OVERVIEW_W} {_OVERVIEW_H}" '
        'role="img" aria-label="events over the whole range, per month">',
        f'<line x1="{_PAD}" y1="{base}" x2="{_OVERVIEW_W - _PAD}" y2="{base}" stroke="#888"/>',
    ]
    for g, (lo, hi) in zip(months, spans, strict=True):
        x0, x1 = scale.x(lo), scale.x(hi)
        h = max(2.0, (base - 4) * math.sqrt(len(g.events) / top))  # square root: one event stays visible
        title = _group_title(g.key)[0]
        parts.append(
            f'<a href="#{g.anchor}"><rect x="{x0:.1f}" y="{base - h:.1f}" width="{max(x1 - x0, 1.6):.1f}" '
            f'height="{h:.1f}" fill="#4f5b66"><title>{_e(title)}: {_plural(len(g.events), "event")}</title></rect></a>'
        )
    for x, label in scale.ticks():
        parts.append(f'<line x1="{x:.1f}" y1="{base}" x2="{x:.1f}" y2="{base + 4}" stroke="#888"/>')
        parts.append(
            f'<text x="{x:.1f}" y="{base + 14}" font-size="9.5" text-anchor="middle" fill="#555" '
            f'font-family="system-ui, sans-serif">{_e(label)}</text>'
        )
    parts.append("</svg>")
    return "".join(parts)


def _index(sections: Sequence[tuple[str, list[_Group]]]) -> str:
    out = ['<div class="index"><h2>Dates</h2>']
    for heading, groups in sections:
        if heading and len(sections) > 1:
            out.append(f'<p class="sec">{_e(heading)}</p>')
        out.append(_overview(groups))
        out.append("<ol>")
        by_year: dict[str, list[_Group]] = {}
        for g in groups:
            label = "" if g.key in (_OPEN_KEY, _UNDATED_KEY) else f"{g.key[0]}"
            by_year.setdefault(label, []).append(g)
        for year, gs in by_year.items():
            chips = "".join(
                f'<a href="#{g.anchor}" data-group="{g.anchor}">{_e(_group_title(g.key)[1])}'
                f'<span class="n">{len(g.events)}</span></a>'
                for g in gs
            )
            out.append(f'<li class="year"><span class="y">{_e(year)}</span>{chips}</li>')
        out.append("</ol>")
    out.append("</div>")
    return "".join(out)


# -- the filters -------------------------------------------------------------------------------


def _boxes(name: str, items: Sequence[tuple[str, str, str, int]]) -> str:
    """A fieldset of check boxes: (value, label HTML, swatch colour or "", count) each, with all/none."""
    boxes = "".join(
        f'<label><input type="checkbox" name="{name}" value="{_e(value)}" checked>'
        + (f'<span class="swatch" style="background:{colour}"></span>' if colour else "")
        + f'{label}<span class="n">{count}</span></label>'
        for value, label, colour, count in items
    )
    buttons = (
        f'<button type="button" data-all="{name}" data-on="1">all</button>'
        f'<button type="button" data-all="{name}" data-on="0">none</button>'
    )
    return f"<fieldset><legend>{name.capitalize()}</legend>{boxes}{buttons}</fieldset>"


def _filters(events: Sequence[Event], sources: dict[str, int]) -> str:
    """The filter bar above the events: kinds, statuses, sources (folded away when there are many)."""
    kinds = [
        (k.value, _e(kind_label(k)), KIND_COLOURS[k], sum(ev.kind is k for ev in events))
        for k in EventKind
        if any(ev.kind is k for ev in events)
    ]
    statuses = [
        (s.value, _e(_STATUS_FILTER[s]), "", sum(ev.status is s for ev in events))
        for s in EventStatus
        if any(ev.status is s for ev in events)
    ]
    counts = dict.fromkeys(sources, 0)
    for ev in events:
        for name in dict.fromkeys(s.source for s in ev.sources):
            counts[name] += 1
    refs = [(str(i), _e(name or "(no name)"), "", counts[name]) for name, i in sources.items()]
    by_source = _boxes("source", refs) if refs else ""
    if len(refs) > 8:
        by_source = f"<details><summary>{_plural(len(refs), 'source')}</summary>{by_source}</details>"
    return (
        '<form id="filters" hidden aria-label="filter the events">'
        + _boxes("kind", kinds)
        + _boxes("status", statuses)
        + by_source
        + '<button type="reset" form="filters">show all</button></form>'
    )


def _search() -> str:
    return (
        '<div id="searchbox" hidden role="search"><input type="search" id="q" form="filters" '
        'placeholder="Search the events ( / )" aria-label="search the events" autocomplete="off">'
        '<p id="shown" aria-live="polite"></p></div>'
    )


# -- the page ----------------------------------------------------------------------------------


def _section(tl: Timeline, heading: str, sec: str, groups: list[_Group], sources: dict[str, int]) -> str:
    out = [f'<section class="timeline" id="{_e(sec)}">']
    if heading:
        out.append(f"<h2>{_e(heading)}</h2>")
    n, m = len(tl.events), len(tl.undated)
    firsts = [ev.when.start for ev in tl.events if ev.when is not None and ev.when.start is not None]
    lasts = [ev.when.end for ev in tl.events if ev.when is not None and ev.when.end is not None]
    extent = f" · {day_label(min(firsts))} – {day_label(max(lasts))}" if firsts and lasts else ""
    out.append(f'<p class="meta">{_plural(n, "dated event")}{extent} · {m} undated</p>')
    if not groups:
        out.append('<p class="empty">No events found.</p>')
    for g in groups:
        title = _group_title(g.key)[0]
        out.append(
            f'<section class="group" id="{g.anchor}"><h3>{_e(title)}'
            f'<span class="group-count">{len(g.events)}</span></h3><ol class="events">'
        )
        out.extend(_event(ev, eid, sources) for ev, eid in g.events)
        out.append("</ol></section>")
    out.append("</section>")
    return "".join(out)


def _legend(events: Sequence[Event]) -> str:
    present = {ev.kind for ev in events}
    items = [
        f'<li><span class="swatch" style="background:{KIND_COLOURS[k]}"></span>{_e(kind_label(k))}</li>'
        for k in EventKind
        if k in present
    ]
    statuses = {ev.status for ev in events}
    looks = [
        (EventStatus.NEGATED, "struck through: did not happen"),
        (EventStatus.PLANNED, "striped: planned or expected"),
        (EventStatus.HYPOTHETICAL, "italic: hypothetical"),
    ]
    notes = [
        text for s, text in looks if s in statuses or (s is EventStatus.PLANNED and EventStatus.EXPECTED in statuses)
    ]
    if notes:
        items.append(f'<li class="looks">{_e(" · ".join(notes))}</li>')
    return f'<ul class="legend" aria-label="event kinds">{"".join(items)}</ul>' if items else ""


def to_html_page(sections: Sequence[tuple[str, Timeline]], *, title: str = "Timeline") -> str:
    """One page holding several timelines, each under its own heading (the CLI's page for several files).

    The filters, the search box and the date index serve the whole page.
    """
    all_events = [ev for _, tl in sections for ev in tl.all_events]
    names = sorted({s.source for ev in all_events for s in ev.sources})
    sources = {name: i for i, name in enumerate(names)}
    grouped = [(heading, tl, f"t{i}") for i, (heading, tl) in enumerate(sections, start=1)]
    groups = {sec: _groups(tl, sec) for _, tl, sec in grouped}
    body = "".join(_section(tl, heading, sec, groups[sec], sources) for heading, tl, sec in grouped)
    side = _search() + _index([(heading, groups[sec]) for heading, _, sec in grouped])
    n = len(all_events)
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        # the page needs nothing from outside; the policy makes sure nothing is fetched and no other script runs
        f'<meta http-equiv="Content-Security-Policy" content="{_CSP}">'
        f"<title>{_e(title)}</title><style>{_CSS}</style></head>"
        f'<body><header><h1>{_e(title)}</h1><p class="meta">{_plural(n, "event")} from '
        f"{_plural(len(names), 'source')}</p>{_legend(all_events)}</header>"
        f'<div class="layout"><nav class="side" aria-label="filters and dates">{side}</nav>'
        f"<main>{_filters(all_events, sources)}{body}</main></div><script>{SCRIPT}</script></body></html>\n"
    )


def to_html(tl: Timeline, *, title: str = "Timeline") -> str:
    """The timeline as one self-contained HTML page (a ``str``; write it to a ``.html`` file)."""
    return to_html_page([("", tl)], title=title)
