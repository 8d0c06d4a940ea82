"""Rich display in notebooks: ``_repr_html_`` for :class:`Timeline` and :class:`Event`.

Small HTML tables with inline styles only (notebook front ends strip scripts
and often external CSS). A long timeline shows its first rows and says how many
more there are; the full view is :func:`~conflict_timeline.export.to_html`.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from ..model import Event
from ._common import KIND_COLOURS, all_events, date_label, highlight, kind_label

if TYPE_CHECKING:
    from ..timeline import Timeline

__all__ = ["event_repr_html", "timeline_repr_html"]

#: Rows shown before a long timeline is cut short.
MAX_ROWS = 60

_TD = 'style="text-align:left;vertical-align:top;padding:2px 8px"'


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


def _kind(ev: Event) -> str:
    colour = KIND_COLOURS.get(ev.kind, "#777")
    return (
        f'<span style="background:{colour};color:#fff;border-radius:3px;padding:0 5px;'
        f'font-size:85%;white-space:nowrap">{_e(kind_label(ev.kind))}</span>'
    )


def _sentence(ev: Event) -> str:
    return "".join(
        f'<mark style="background:#ffe08a">{_e(t)}</mark>'
        if role == "time"
        else f"<b>{_e(t)}</b>"
        if role == "trigger"
        else _e(t)
        for t, role in highlight(ev)
    )


def timeline_repr_html(tl: Timeline) -> str:
    """An HTML table of the timeline: date, kind, status, summary, source."""
    n, m = len(tl.events), len(tl.undated)
    rows = []
    for i, (ev, _dated) in enumerate(all_events(tl)):
        if i == MAX_ROWS:
            rows.append(f'<tr><td colspan="5" {_TD}><i>… and {n + m - MAX_ROWS} more events</i></td></tr>')
            break
        sources = ", ".join(dict.fromkeys(s.source for s in ev.sources))
        rows.append(
            f"<tr><td {_TD}>{_e(date_label(ev.when))}</td><td {_TD}>{_kind(ev)}</td>"
            f"<td {_TD}>{_e(ev.status.value.lower())}</td>"
            f'<td {_TD} title="{_e(ev.sentence.text)}">{_e(ev.summary or ev.trigger.text)}</td>'
            f"<td {_TD}>{_e(sources)}</td></tr>"
        )
    head = "".join(f"<th {_TD}>{h}</th>" for h in ("When", "Kind", "Status", "Event", "Source"))
    return (
        f"<div><p><b>Timeline</b>: {n} dated event{'s' * (n != 1)}, {m} undated</p>"
        f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table></div>"
    )


def event_repr_html(ev: Event) -> str:
    """An HTML card of one event: its fields, and its sentence with the date words marked."""
    w = ev.when
    fields = [
        ("When", date_label(w) + (f" ({w.value})" if w is not None else "")),
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
    rows = "".join(f"<tr><th {_TD}>{k}</th><td {_TD}>{_e(v)}</td></tr>" for k, v in fields if v)
    return (
        f"<div><p>{_kind(ev)} <b>{_e(ev.summary or ev.trigger.text)}</b></p>"
        f'<blockquote style="margin:4px 0;padding-left:8px;border-left:3px solid #ccc">{_sentence(ev)}</blockquote>'
        f"<table><tbody>{rows}</tbody></table></div>"
    )
