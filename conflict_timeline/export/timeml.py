"""TimeML: our time expressions as TIMEX3, our events as EVENT, linked by TLINKs.

A timeline holds the sentences its events came from, not the whole articles,
so the document text is those sentences, one per line, grouped by source and
in article order. Every time expression that dates an event and lies in one of
these sentences becomes a TIMEX3; every event an EVENT (``class`` = its kind)
with an ``IS_INCLUDED`` TLINK to its TIMEX3. The writing itself is
:func:`conflict_timeline.timeml.write_timeml`, so the result reads back with
:func:`conflict_timeline.timeml.read_timeml`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs

from ..errors import MissingPublicationDate
from ..model import DateLike, Event, Span, TemporalExpression, publication_date
from ._common import all_events

if TYPE_CHECKING:
    from ..timeline import Timeline

__all__ = ["to_timeml"]


def _source_of(ev: Event) -> str:
    return ev.sources[0].source if ev.sources else ""


def to_timeml(tl: Timeline, *, published: DateLike | None = None, doc_id: str | None = None) -> str:
    """The timeline as one TimeML document.

    The creation time (DCT) is ``published`` when given, else the latest
    publication day among the events' sources; a timeline with neither raises
    :class:`~conflict_timeline.errors.MissingPublicationDate`. ``doc_id``
    defaults to the source name when all events share one source.
    """
    from ..timeml import write_timeml  # the TimeML reader/writer module is imported on use

    events = [ev for ev, _ in all_events(tl)]
    sources = sorted({_source_of(ev) for ev in events})
    if published is None:
        days = [s.published for ev in events for s in ev.sources if s.published is not None]
        if not days:
            raise MissingPublicationDate("to_timeml needs a creation date: pass published='YYYY-MM-DD'")
        dct = max(days)
    else:
        dct = publication_date(published)

    # one line per distinct sentence; shift[key] maps article offsets to document offsets
    keys = sorted({(_source_of(ev), ev.sentence.start, ev.sentence.end, ev.sentence.text) for ev in events})
    parts: list[str] = []
    shift: dict[tuple[str, int, int, str], int] = {}
    pos = 0
    for key in keys:
        if parts:
            parts.append("\n")
            pos += 1
        shift[key] = pos - key[1]
        parts.append(key[3])
        pos += len(key[3])
    text = "".join(parts)

    def inside(start: int, end: int, sentence: Span) -> bool:
        return sentence.start <= start <= end <= sentence.end

    expressions: dict[tuple[int, int], TemporalExpression] = {}
    moved: list[Event] = []
    for ev in events:
        d = shift[(_source_of(ev), ev.sentence.start, ev.sentence.end, ev.sentence.text)]
        src = ev.time_source
        new_src = None
        if src is not None and inside(src.start, src.end, ev.sentence):
            new_src = attrs.evolve(src, start=src.start + d, end=src.end + d)
            expressions.setdefault((new_src.start, new_src.end), new_src)
        if not inside(ev.trigger.start, ev.trigger.end, ev.sentence):
            continue  # a trigger outside its own sentence cannot be placed
        trigger = Span(ev.trigger.start + d, ev.trigger.end + d, ev.trigger.text)
        moved.append(attrs.evolve(ev, trigger=trigger, time_source=new_src))

    if doc_id is None:
        doc_id = sources[0] if len(sources) == 1 else "merged"
    return write_timeml(text, expressions.values(), dct, doc_id=doc_id, events=moved)
