"""Knight Lab TimelineJS3 JSON, ready to publish as is.

Each dated event becomes a slide: ``start_date``/``end_date`` objects carry only
the date parts the text makes known ("2016" gives ``{"year": 2016}``; "last
week" a start and an end day), ``display_date`` says fuzzy times in words
("late 2016", "since 2011"), ``text.headline`` is the event's summary,
``text.text`` its sentence with the time expression marked, and ``group`` its
kind. TimelineJS needs a start date on every slide, so undated events are left
out (they are in every other export). TimelineJS renders every text field as
HTML, so each one (headline, text, display date, title) is HTML-escaped here.
"""

from __future__ import annotations

import datetime as _dt
import html
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from ..model import Event, Granularity, TimeSpan
from ._common import date_label, highlight, kind_label

if TYPE_CHECKING:
    from ..timeline import Timeline

__all__ = ["to_timelinejs", "to_timelinejs_articles"]

_YEAR_ONLY = {Granularity.MILLENNIUM, Granularity.CENTURY, Granularity.DECADE, Granularity.YEAR}
_MONTH = {Granularity.HALF, Granularity.QUARTER, Granularity.SEASON, Granularity.MONTH}
# grains whose value alone reads naturally once the known date parts are shown
_PLAIN = {
    Granularity.YEAR,
    Granularity.MONTH,
    Granularity.DAY,
    Granularity.HOUR,
    Granularity.MINUTE,
    Granularity.SECOND,
}
_CLOCK = re.compile(r"T(\d\d)(?::(\d\d))?(?::(\d\d))?")


def _parts(day: _dt.date, grain: Granularity | None, value: str) -> dict[str, int]:
    parts = {"year": day.year}
    if grain in _YEAR_ONLY:
        return parts
    parts["month"] = day.month
    if grain in _MONTH:
        return parts
    parts["day"] = day.day
    m = _CLOCK.search(value)
    if m is not None:
        for key, group in zip(("hour", "minute", "second"), m.groups(), strict=False):
            if group is not None:
                parts[key] = int(group)
    return parts


def _dates(when: TimeSpan) -> dict[str, Any] | None:
    first = when.start if when.start is not None else when.end
    if first is None:
        return None  # no day at all (PAST_REF and the like): nowhere to place it
    out: dict[str, Any] = {"start_date": _parts(first, when.granularity, when.value)}
    if when.start is not None and when.end is not None:
        end = _parts(when.end, when.granularity, when.value)
        if end != out["start_date"]:
            out["end_date"] = end
    fuzzy = (
        when.mod is not None
        or when.start is None
        or when.end is None
        or when.granularity not in _PLAIN
        or "end_date" in out
    )
    if fuzzy:
        out["display_date"] = html.escape(date_label(when))  # TimelineJS renders it as HTML
    return out


def _body(ev: Event, with_kind: bool = False) -> str:
    tags = {"time": ("<mark>", "</mark>"), "trigger": ("<strong>", "</strong>")}
    sentence = "".join(
        (tags[role][0] + html.escape(text) + tags[role][1]) if role else html.escape(text)
        for text, role in highlight(ev)
    )
    sources = ", ".join(dict.fromkeys(s.source for s in ev.sources))
    meta = ev.status.value.lower() + (f" · {html.escape(sources)}" if sources else "")
    if with_kind:  # grouped by article: the kind is no longer the group, so it is said here
        meta = f"{html.escape(kind_label(ev.kind))} · {meta}"
    return f"<p>{sentence}</p><p><small>{meta}</small></p>"


def _slides(tl: Timeline, group: str | None, id_prefix: str) -> list[dict[str, Any]]:
    """The slides of ``tl``'s dated events; ``group`` (escaped here) for all, else each event's kind."""
    slides = []
    for i, ev in enumerate(tl.events, start=1):
        if ev.when is None:
            continue
        slide = _dates(ev.when)
        if slide is None:
            continue
        slide["text"] = {"headline": html.escape(ev.summary or ev.trigger.text), "text": _body(ev, group is not None)}
        slide["group"] = html.escape(group if group is not None else kind_label(ev.kind))
        slide["unique_id"] = f"{id_prefix}event-{i}"
        slides.append(slide)
    return slides


def _document(slides: list[dict[str, Any]], title: str | None) -> dict[str, Any]:
    doc: dict[str, Any] = {"events": slides}
    if title:
        doc["title"] = {"text": {"headline": html.escape(title), "text": ""}}
    return doc


def to_timelinejs(tl: Timeline, *, title: str | None = None) -> dict[str, Any]:
    """The timeline as a TimelineJS3 JSON object (a ``dict``; ``json.dump`` it).

    ``title`` adds a title slide. Slide ids are ``"event-N"`` in timeline order; each slide's
    group is its kind.
    """
    return _document(_slides(tl, None, ""), title)


def to_timelinejs_articles(articles: Sequence[tuple[str, Timeline]], *, title: str | None = None) -> dict[str, Any]:
    """Several articles' timelines in one TimelineJS3 JSON object, a group per article.

    ``articles`` holds ``(name, timeline)`` pairs (the command line names each by its source);
    each slide's group is its article's name (a repeated name gets " (2)", " (3)" ... so that no
    two articles share a row), its text says the kind, and slide ids are ``"article-K-event-N"``.
    TimelineJS orders the slides by date itself, so the articles' events interleave on one axis.
    """
    slides: list[dict[str, Any]] = []
    seen: dict[str, int] = {}
    for k, (name, tl) in enumerate(articles, start=1):
        seen[name] = seen.get(name, 0) + 1
        group = name if seen[name] == 1 else f"{name} ({seen[name]})"
        slides.extend(_slides(tl, group or f"article {k}", f"article-{k}-"))
    return _document(slides, title)
