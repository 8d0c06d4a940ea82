"""How values read to people: labels for time spans and event kinds, and the HTML card of one event.

A leaf module: it imports no other module of the package at run time (model
types appear in annotations only), so the model can use it for
:attr:`TimeSpan.label <conflict_timeline.model.TimeSpan.label>` and
``Event._repr_html_``, and every exporter can build on it, without an import
cycle. It formats only; it computes no dates.
"""

from __future__ import annotations

import datetime as _dt
import html
import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # annotations only: the model imports this module, not the other way round
    from .model import Event, EventKind

__all__ = [
    "KIND_HEX",
    "TD_STYLE",
    "day_label",
    "escape",
    "event_card_html",
    "highlight",
    "kind_badge_html",
    "kind_label",
    "printable",
    "sentence_html",
    "span_label",
    "value_label",
]

# One colour per kind, by EventKind name: the Okabe-Ito palette (safe for colour-blind
# readers) plus three further hues, in EventKind order.
KIND_HEX: dict[str, str] = {
    "BATTLE": "#D55E00",
    "TERRITORY_CHANGE": "#0072B2",
    "REMOTE_VIOLENCE": "#CC79A7",
    "VIOLENCE_AGAINST_CIVILIANS": "#8B1A1A",
    "PROTEST": "#E69F00",
    "RIOT": "#7F4F24",
    "DEPLOYMENT": "#009E73",
    "NEGOTIATION": "#56B4E9",
    "POLITICAL": "#6A3D9A",
    "OTHER": "#7A7A7A",
}

_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_SEASONS = {"SP": "spring", "SU": "summer", "FA": "autumn", "AU": "autumn", "WI": "winter"}
_DAY_PARTS = {"MO": "morning", "MI": "midday", "AF": "afternoon", "EV": "evening", "NI": "night", "DT": "daytime"}
# by Mod name
_MOD_WORDS = {
    "START": "early ",
    "MID": "mid-",
    "END": "late ",
    "APPROX": "about ",
    "BEFORE": "before ",
    "AFTER": "after ",
    "ON_OR_BEFORE": "by ",
    "ON_OR_AFTER": "from ",
    "LESS_THAN": "less than ",
    "MORE_THAN": "more than ",
    "EQUAL_OR_LESS": "at most ",
    "EQUAL_OR_MORE": "at least ",
}
_REF_WORDS = {"PAST_REF": "the past", "PRESENT_REF": "the present", "FUTURE_REF": "the future"}


def kind_label(kind: EventKind) -> str:
    """``TERRITORY_CHANGE`` -> ``"Territory change"``."""
    return str(kind.value).replace("_", " ").capitalize()


def day_label(day: _dt.date) -> str:
    """``2024-12-02`` -> ``"2 Dec 2024"``."""
    return f"{day.day} {_MONTHS[day.month - 1]} {day.year}"


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


_VALUE = re.compile(
    r"^(?P<year>\d{4})(?:-(?:(?P<month>\d\d)(?:-(?P<day>\d\d)(?:T(?P<time>.+))?)?"
    r"|W(?P<week>\d\d)|Q(?P<quarter>[1-4])|H(?P<half>[12])|(?P<season>SP|SU|FA|AU|WI)))?$"
)


def value_label(value: str) -> str | None:
    """A reader's label for a TIMEX3 date value, or ``None`` when it is not one.

    ``"2024-12"`` -> ``"Dec 2024"``, ``"2024-W48"`` -> ``"week of 25 Nov 2024"``,
    ``"202"`` -> ``"the 2020s"``, ``"2024-12-02TNI"`` -> ``"2 Dec 2024, night"``.
    """
    if re.fullmatch(r"\d{3}", value):
        return f"the {value}0s"
    if re.fullmatch(r"\d{2}", value):
        return f"the {_ordinal(int(value) + 1)} century"
    m = _VALUE.match(value)
    if m is None:
        return None
    year = int(m["year"])
    if year == 0:  # the calendar has no year 0 (nor does TIMEX3): not a date after all
        return None
    try:
        if m["week"]:
            return "week of " + day_label(_dt.date.fromisocalendar(year, int(m["week"]), 1))
        if m["quarter"]:
            return f"Q{m['quarter']} {year}"
        if m["half"]:
            return f"H{m['half']} {year}"
        if m["season"]:
            return f"{_SEASONS[m['season']]} {year}"
        if m["day"]:
            label = day_label(_dt.date(year, int(m["month"]), int(m["day"])))
            if m["time"]:
                part = _DAY_PARTS.get(m["time"])
                label += ", " + (part if part is not None else m["time"])
            return label
        if m["month"]:
            month = int(m["month"])
            if not 1 <= month <= 12:
                return None
            return f"{_MONTHS[month - 1]} {year}"
    except ValueError:  # week 54, 31 February, year 0: not a date after all
        return None
    return str(year)


def span_label(value: str, start: _dt.date | None, end: _dt.date | None, mod: str | None = None) -> str:
    """A short, absolute label for a time span: ``"late 2016"``, ``"since 2011"``.

    Built from the TIMEX3 ``value`` where it names a calendar unit, otherwise
    from the first and last days. An open span reads "since X" / "until X"; a
    ``mod`` (a :class:`~conflict_timeline.model.Mod` name) adds its word
    ("early", "mid-", "late", "about", "before", ...).
    """
    label = value_label(value)
    if label is None:
        if start is not None and end is not None:
            label = day_label(start) if start == end else f"{day_label(start)} – {day_label(end)}"
        elif start is not None:
            label = day_label(start)
        elif end is not None:
            label = day_label(end)
        else:
            return _REF_WORDS.get(value, value or "unknown time")
    if mod is not None:
        return _MOD_WORDS.get(mod, "") + label
    if start is not None and end is None:
        return "since " + label
    if start is None and end is not None:
        return "until " + label
    return label


# C0 and C1 controls (terminal escapes such as "\x1b]0;title\x07", bells, backspaces) and the
# bidirectional embeddings, overrides and isolates that reorder what a reader sees
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def printable(text: str) -> str:
    """``text`` without control characters: what a terminal or a table may show of untrusted text.

    Tabs and line breaks stay (callers fold them into spaces where a line must stay one line).
    """
    return _CONTROLS.sub("", text)


def highlight(ev: Event) -> list[tuple[str, str | None]]:
    """The event's sentence cut into ``(text, role)`` pieces for highlighting.

    ``role`` is ``"time"`` for the expression that dates the event, ``"trigger"``
    for the words that state it, ``None`` for the rest. Pieces that fall outside
    the sentence, or overlap an earlier piece, are not marked.
    """
    sent = ev.sentence
    marks: list[tuple[int, int, str]] = []
    src = ev.time_source
    if src is not None:
        marks.append((src.start, src.end, "time"))
    marks.append((ev.trigger.start, ev.trigger.end, "trigger"))
    pieces: list[tuple[str, str | None]] = []
    pos = 0
    text = sent.text
    for start, end, role in sorted(marks):
        lo, hi = start - sent.start, end - sent.start
        if lo < pos or hi > len(text) or lo >= hi:
            continue
        if lo > pos:
            pieces.append((text[pos:lo], None))
        pieces.append((text[lo:hi], role))
        pos = hi
    if pos < len(text):
        pieces.append((text[pos:], None))
    return pieces


# -- the notebook card of one event (inline styles only: notebook front ends strip scripts and CSS)

TD_STYLE = 'style="text-align:left;vertical-align:top;padding:2px 8px"'


def escape(text: object) -> str:
    """HTML-escape ``str(text)``, quotes included (safe in text and in attribute values)."""
    return html.escape(str(text), quote=True)


def kind_badge_html(kind: EventKind) -> str:
    """The kind as a small coloured badge."""
    colour = KIND_HEX.get(str(kind.value), "#777")
    return (
        f'<span style="background:{colour};color:#fff;border-radius:3px;padding:0 5px;'
        f'font-size:85%;white-space:nowrap">{escape(kind_label(kind))}</span>'
    )


def sentence_html(ev: Event) -> str:
    """The event's sentence, escaped, with the date words in ``<mark>`` and the trigger in bold."""
    return "".join(
        f'<mark style="background:#ffe08a">{escape(t)}</mark>'
        if role == "time"
        else f"<b>{escape(t)}</b>"
        if role == "trigger"
        else escape(t)
        for t, role in highlight(ev)
    )


def event_card_html(ev: Event) -> str:
    """An HTML card of one event: its fields, and its sentence with the date words marked."""
    w = ev.when
    fields = [
        ("When", "undated" if w is None else f"{w.label} ({w.value})"),
        ("Days", "" if w is None else f"{w.start or '…'} – {w.end or '…'}"),
        ("Status", ev.status.value.lower()),
        ("Trigger", ev.trigger.text),
        ("Dated by", ev.time_source.text if ev.time_source is not None else ev.time_path.value.lower()),
        ("Actors", ", ".join(ev.actors)),
        ("Places", ", ".join(ev.places)),
        ("Fatalities", "" if ev.fatalities is None else str(ev.fatalities)),
        ("Sources", ", ".join(dict.fromkeys(s.source for s in ev.sources))),
        ("Why", ev.explanation),
    ]
    rows = "".join(f"<tr><th {TD_STYLE}>{k}</th><td {TD_STYLE}>{escape(v)}</td></tr>" for k, v in fields if v)
    return (
        f"<div><p>{kind_badge_html(ev.kind)} <b>{escape(ev.summary or ev.trigger.text)}</b></p>"
        f'<blockquote style="margin:4px 0;padding-left:8px;border-left:3px solid #ccc">{sentence_html(ev)}</blockquote>'
        f"<table><tbody>{rows}</tbody></table></div>"
    )
