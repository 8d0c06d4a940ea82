"""Formatting helpers shared by the exporters: labels, colours, flat rows.

Everything here turns model values into strings; nothing computes dates.
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..model import Event, EventKind, Mod, TimeSpan

if TYPE_CHECKING:  # the timeline stage is upstream; imported for annotations only
    from ..timeline import Timeline

__all__ = [
    "KIND_COLOURS",
    "all_events",
    "date_label",
    "event_row",
    "highlight",
    "is_fuzzy",
    "kind_label",
    "ROW_FIELDS",
]

# One colour per kind: the Okabe-Ito palette (safe for colour-blind readers) plus
# three further hues, in EventKind order.
KIND_COLOURS: dict[EventKind, str] = {
    EventKind.BATTLE: "#D55E00",
    EventKind.TERRITORY_CHANGE: "#0072B2",
    EventKind.REMOTE_VIOLENCE: "#CC79A7",
    EventKind.VIOLENCE_AGAINST_CIVILIANS: "#8B1A1A",
    EventKind.PROTEST: "#E69F00",
    EventKind.RIOT: "#7F4F24",
    EventKind.DEPLOYMENT: "#009E73",
    EventKind.NEGOTIATION: "#56B4E9",
    EventKind.POLITICAL: "#6A3D9A",
    EventKind.OTHER: "#7A7A7A",
}

_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_SEASONS = {"SP": "spring", "SU": "summer", "FA": "autumn", "AU": "autumn", "WI": "winter"}
_DAY_PARTS = {"MO": "morning", "MI": "midday", "AF": "afternoon", "EV": "evening", "NI": "night", "DT": "daytime"}
_MOD_WORDS = {
    Mod.START: "early ",
    Mod.MID: "mid-",
    Mod.END: "late ",
    Mod.APPROX: "about ",
    Mod.BEFORE: "before ",
    Mod.AFTER: "after ",
    Mod.ON_OR_BEFORE: "by ",
    Mod.ON_OR_AFTER: "from ",
    Mod.LESS_THAN: "less than ",
    Mod.MORE_THAN: "more than ",
    Mod.EQUAL_OR_LESS: "at most ",
    Mod.EQUAL_OR_MORE: "at least ",
}
_REF_WORDS = {"PAST_REF": "the past", "PRESENT_REF": "the present", "FUTURE_REF": "the future"}


def kind_label(kind: EventKind) -> str:
    """``TERRITORY_CHANGE`` -> ``"Territory change"``."""
    return kind.value.replace("_", " ").capitalize()


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
    except ValueError:  # week 54, 31 February: not a date after all
        return None
    return str(year)


def date_label(when: TimeSpan | None) -> str:
    """A short, absolute label for a time span: ``"late 2016"``, ``"since 2011"``.

    Built from the TIMEX3 value where it names a calendar unit, otherwise from
    the span's first and last days. Open spans read "since X" / "until X";
    a mod adds its word ("early", "mid-", "late", "about", "before", ...).
    An undated event gets ``"undated"``.
    """
    if when is None:
        return "undated"
    label = value_label(when.value)
    if label is None:
        if when.start is not None and when.end is not None:
            if when.start == when.end:
                label = day_label(when.start)
            else:
                label = f"{day_label(when.start)} – {day_label(when.end)}"
        elif when.start is not None:
            label = day_label(when.start)
        elif when.end is not None:
            label = day_label(when.end)
        else:
            return _REF_WORDS.get(when.value, when.value or "unknown time")
    if when.mod is not None:
        return _MOD_WORDS.get(when.mod, "") + label
    if when.start is not None and when.end is None:
        return "since " + label
    if when.start is None and when.end is not None:
        return "until " + label
    return label


def is_fuzzy(when: TimeSpan | None) -> bool:
    """True unless the span is one exactly known day (or finer) with no mod."""
    if when is None or when.start is None or when.end is None or when.mod is not None:
        return True
    return when.start != when.end


def all_events(tl: Timeline) -> Iterator[tuple[Event, bool]]:
    """Every event of ``tl`` with a flag saying whether it is dated: dated first, in order."""
    for ev in tl.events:
        yield ev, True
    for ev in tl.undated:
        yield ev, False


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


#: The columns of the flat, one-row-per-event form used by CSV, Markdown and pandas.
ROW_FIELDS = (
    "date",
    "start",
    "end",
    "value",
    "granularity",
    "mod",
    "kind",
    "status",
    "summary",
    "trigger",
    "time_text",
    "time_rule",
    "time_path",
    "actors",
    "places",
    "fatalities",
    "source",
    "published",
    "sentence",
    "dated",
)


def event_row(ev: Event, dated: bool) -> dict[str, object]:
    """One event as a flat mapping over :data:`ROW_FIELDS` (Python values, not strings).

    Several sources, actors or places are joined with ``"; "``; ``published``
    is the earliest publication day among the sources.
    """
    w = ev.when
    days = [s.published for s in ev.sources if s.published is not None]
    return {
        "date": date_label(w),
        "start": w.start if w is not None else None,
        "end": w.end if w is not None else None,
        "value": w.value if w is not None else None,
        "granularity": w.granularity.value if w is not None and w.granularity is not None else None,
        "mod": w.mod.value if w is not None and w.mod is not None else None,
        "kind": ev.kind.value,
        "status": ev.status.value,
        "summary": ev.summary,
        "trigger": ev.trigger.text,
        "time_text": ev.time_source.text if ev.time_source is not None else None,
        "time_rule": ev.time_source.rule if ev.time_source is not None else None,
        "time_path": ev.time_path.value,
        "actors": "; ".join(ev.actors),
        "places": "; ".join(ev.places),
        "fatalities": ev.fatalities,
        "source": "; ".join(dict.fromkeys(s.source for s in ev.sources)),
        "published": min(days) if days else None,
        "sentence": ev.sentence.text,
        "dated": dated,
    }
