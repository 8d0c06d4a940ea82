"""Rich display in notebooks: ``_repr_html_`` for :class:`Timeline` and :class:`Event`.

Small HTML tables with inline styles only (notebook front ends strip scripts
and often external CSS). A long timeline shows its first rows and says how many
more there are; the full view is :func:`~conflict_timeline.export.to_html`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..display import TD_STYLE as _TD
from ..display import escape as _e
from ..display import event_card_html
from ..display import kind_badge_html as _kind
from ..model import Event
from ._common import all_events, date_label

if TYPE_CHECKING:
    from ..timeline import Timeline

__all__ = ["event_repr_html", "timeline_repr_html"]

#: Rows shown before a long timeline is cut short.
MAX_ROWS = 60


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
            f"<tr><td {_TD}>{_e(date_label(ev.when))}</td><td {_TD}>{_kind(ev.kind)}</td>"
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
    """An HTML card of one event (what ``Event._repr_html_`` shows): its fields, and its sentence
    with the date words marked."""
    return event_card_html(ev)
