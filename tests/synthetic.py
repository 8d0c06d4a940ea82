"""Synthetic timelines of any size for the view tests (chart, HTML page, DataFrame).

They look like a folder of conflict reporting: events spread over 2011-2025 with a dense
November-December 2024, every kind and status, exact days mixed with weeks, months, years, open
spans and modified spans, a few undated events, several sources. Deterministic for a given size.
"""

from __future__ import annotations

import datetime as dt
import random

from conflict_timeline.display import day_label
from conflict_timeline.model import (
    Anchor,
    AnchorKind,
    Event,
    EventKind,
    EventStatus,
    Granularity,
    Mod,
    SourceRef,
    Span,
    TemporalExpression,
    TimePath,
    TimeSpan,
    TimexType,
)
from conflict_timeline.timeline import Timeline

D = dt.date
RANGE = (D(2011, 3, 1), D(2025, 6, 30))
DENSE = (D(2024, 11, 1), D(2024, 12, 31))

_VERBS = {
    EventKind.BATTLE: "clashed with",
    EventKind.TERRITORY_CHANGE: "seized",
    EventKind.REMOTE_VIOLENCE: "shelled",
    EventKind.VIOLENCE_AGAINST_CIVILIANS: "attacked",
    EventKind.PROTEST: "marched in",
    EventKind.RIOT: "rioted in",
    EventKind.DEPLOYMENT: "deployed to",
    EventKind.NEGOTIATION: "met in",
    EventKind.POLITICAL: "decided on",
    EventKind.OTHER: "reported from",
}
_ACTORS = ("Rebels", "Government forces", "Iraqi fighters", "Russian jets", "Protesters", "Hezbollah", "Envoys")
_PLACES = ("Aleppo", "Idlib", "Hama", "Homs", "Damascus", "Deir ez-Zor", "Raqqa", "Daraa", "Latakia", "Geneva")
_STATUSES = [
    (EventStatus.ASSERTED, 55),
    (EventStatus.REPORTED, 20),
    (EventStatus.PLANNED, 8),
    (EventStatus.EXPECTED, 4),
    (EventStatus.NEGATED, 8),
    (EventStatus.HYPOTHETICAL, 5),
]
_KINDS = [
    (EventKind.BATTLE, 20),
    (EventKind.TERRITORY_CHANGE, 16),
    (EventKind.REMOTE_VIOLENCE, 22),
    (EventKind.VIOLENCE_AGAINST_CIVILIANS, 6),
    (EventKind.PROTEST, 6),
    (EventKind.RIOT, 2),
    (EventKind.DEPLOYMENT, 10),
    (EventKind.NEGOTIATION, 9),
    (EventKind.POLITICAL, 7),
    (EventKind.OTHER, 2),
]


def _pick(rng: random.Random, table: list[tuple[object, int]]) -> object:
    return rng.choices([v for v, _ in table], weights=[w for _, w in table])[0]


def _day(rng: random.Random, lo: dt.date, hi: dt.date) -> dt.date:
    return lo + dt.timedelta(days=rng.randrange((hi - lo).days + 1))


def _when(rng: random.Random, day: dt.date) -> tuple[TimeSpan, str, str]:
    """A time span around ``day``, the words that name it, and the rule that read them."""
    r = rng.random()
    if r < 0.74:
        return TimeSpan(day.isoformat(), day, day, Granularity.DAY), f"on {day_label(day)}", "date.day_month_year"
    if r < 0.82:
        monday = day - dt.timedelta(days=day.weekday())
        year, week, _ = monday.isocalendar()
        span = TimeSpan(f"{year}-W{week:02d}", monday, monday + dt.timedelta(days=6), Granularity.WEEK)
        return span, "last week", "relative.last_unit"
    if r < 0.89:
        first = day.replace(day=1)
        last = (first + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
        return TimeSpan(f"{day:%Y-%m}", first, last, Granularity.MONTH), f"in {day:%B %Y}", "month.year"
    if r < 0.94:
        return (
            TimeSpan(str(day.year), D(day.year, 1, 1), D(day.year, 12, 31), Granularity.YEAR),
            f"in {day.year}",
            "year.prepositional",
        )
    if r < 0.97:
        return TimeSpan(str(day.year), D(day.year, 1, 1), None, Granularity.YEAR), f"since {day.year}", "year.since"
    return (
        TimeSpan(str(day.year), D(day.year, 9, 1), D(day.year, 12, 31), Granularity.YEAR, Mod.END),
        f"late {day.year}",
        "year.modified",
    )


def synthetic_event(rng: random.Random, i: int, *, dated: bool = True) -> Event:
    """One event: a sentence naming an actor, a place and (when dated) the time words."""
    in_dense = rng.random() < 0.6
    day = _day(rng, *(DENSE if in_dense else RANGE))
    kind = _pick(rng, _KINDS)  # type: ignore[arg-type]
    status = _pick(rng, _STATUSES)  # type: ignore[arg-type]
    assert isinstance(kind, EventKind) and isinstance(status, EventStatus)
    actor, place = rng.choice(_ACTORS), rng.choice(_PLACES)
    verb = _VERBS[kind]
    when, time_words, rule = _when(rng, day) if dated else (None, "", "")
    head = f"{actor} {verb} {place}"
    text = f"{head} {time_words}, officials said (item {i})." if dated else f"{head}, officials said (item {i})."
    sentence = Span(0, len(text), text)
    trigger = Span(len(actor) + 1, len(actor) + 1 + len(verb), verb)
    source = f"wire-{rng.randrange(8)}"
    published = min(day + dt.timedelta(days=rng.randrange(4)), RANGE[1])
    expr = None
    if when is not None:
        start = text.index(time_words)
        anchor = Anchor(AnchorKind.PUBLICATION_DATE, published.isoformat()) if rule.startswith("relative") else None
        expr = TemporalExpression(
            text=time_words,
            start=start,
            end=start + len(time_words),
            type=TimexType.DATE,
            value=when.value,
            mod=when.mod,
            span=when,
            rule=rule,
            anchor=anchor,
            explanation=f"{time_words!r} read by {rule}",
        )
    fatalities = (
        rng.randrange(1, 40) if kind in (EventKind.BATTLE, EventKind.REMOTE_VIOLENCE) and rng.random() < 0.4 else None
    )
    return Event(
        kind=kind,
        trigger=trigger,
        sentence=sentence,
        when=when,
        time_source=expr,
        actors=(actor,),
        places=(place,),
        fatalities=fatalities,
        status=status,
        summary=head,
        sources=(SourceRef(source, trigger, sentence, published),),
        time_path=TimePath.SENTENCE if expr is not None else TimePath.NONE,
        explanation="tied to the time words of its sentence" if expr is not None else "no time in reach",
        time_rule="sentence-time" if expr is not None else "none",
        status_rule=status.value.lower(),
    )


def synthetic_timeline(n: int, *, seed: int = 13) -> Timeline:
    """``n`` events (about 4 % of them undated), the same for the same ``n`` and ``seed``."""
    rng = random.Random(seed * 100_003 + n)
    undated = max(1, n // 25) if n >= 10 else 0
    events = [synthetic_event(rng, i, dated=i >= undated) for i in range(n)]
    return Timeline(events=tuple(e for e in events if e.when), undated=tuple(e for e in events if not e.when))
