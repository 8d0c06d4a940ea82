"""Hand-built timelines for the exporter tests (independent of the event extractor).

Offsets are computed from the article text, so ``text[start:end] == span.text``
holds for every span, as it does for real output.
"""

from __future__ import annotations

import datetime as dt

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

D = dt.date
PUBLISHED = D(2024, 12, 2)

ARTICLE = (
    "On Monday, Iran-backed Iraqi fighters crossed into Syria. "
    "Rebels seized Aleppo last week, killing at least 11 people. "
    "Government forces recaptured the city in 2016. "
    "Russian jets have bombed Idlib since 2011. "
    "Late 2016 saw heavy shelling of the old city. "
    "Hezbollah | the group <script>alert(1)</script> “decided against” joining the fray. "
    "Talks in Astana lasted until March 2017."
)


def _span(text: str, needle: str, within: Span | None = None) -> Span:
    base = within.start if within is not None else 0
    hay = within.text if within is not None else text
    i = hay.index(needle)
    return Span(base + i, base + i + len(needle), needle)


def _sentence(text: str, starts_with: str) -> Span:
    i = text.index(starts_with)
    j = text.index(". ", i) + 1 if ". " in text[i:] else len(text)
    return Span(i, j, text[i:j])


def make_event(
    *,
    sentence: str,
    trigger: str,
    kind: EventKind,
    when: TimeSpan | None,
    time_text: str | None = None,
    type_: TimexType = TimexType.DATE,
    rule: str = "test.rule",
    anchor: Anchor | None = None,
    status: EventStatus = EventStatus.ASSERTED,
    actors: tuple[str, ...] = (),
    places: tuple[str, ...] = (),
    fatalities: int | None = None,
    sources: tuple[str, ...] = ("seed-000",),
    text: str = ARTICLE,
    published: dt.date = PUBLISHED,
    time_path: TimePath | None = None,
    signal: str | None = None,
) -> Event:
    """An event of ``text`` whose sentence starts with ``sentence``."""
    sent = _sentence(text, sentence)
    trig = _span(text, trigger, sent)
    source_expr = None
    if time_text is not None:
        t = _span(text, time_text, sent)
        source_expr = TemporalExpression(
            text=t.text,
            start=t.start,
            end=t.end,
            type=type_,
            value=when.value if when is not None else "PAST_REF",
            mod=when.mod if when is not None else None,
            span=when,
            rule=rule,
            anchor=anchor,
            signal=signal,
            explanation=f"{t.text!r} resolved by {rule}",
        )
    return Event(
        kind=kind,
        trigger=trig,
        sentence=sent,
        when=when,
        time_source=source_expr,
        actors=actors,
        places=places,
        fatalities=fatalities,
        status=status,
        summary=f"{', '.join(actors) or 'Someone'} {trig.text} {', '.join(places)}".strip(),
        sources=tuple(SourceRef(s, trig, sent, published) for s in sources),
        time_path=time_path if time_path is not None else (TimePath.SENTENCE if source_expr else TimePath.NONE),
        explanation="tied to the sentence's time expression" if source_expr else "",
    )


PUB_ANCHOR = Anchor(AnchorKind.PUBLICATION_DATE, "2024-12-02")

EVENTS = {
    "monday": make_event(
        sentence="On Monday",
        trigger="crossed",
        kind=EventKind.DEPLOYMENT,
        when=TimeSpan("2024-12-02", D(2024, 12, 2), D(2024, 12, 2), Granularity.DAY),
        time_text="Monday",
        rule="weekday.bare",
        anchor=PUB_ANCHOR,
        actors=("Iran-backed Iraqi fighters",),
        places=("Syria",),
    ),
    "last_week": make_event(
        sentence="Rebels seized",
        trigger="seized",
        kind=EventKind.TERRITORY_CHANGE,
        when=TimeSpan("2024-W48", D(2024, 11, 25), D(2024, 12, 1), Granularity.WEEK),
        time_text="last week",
        rule="relative.last_unit",
        anchor=PUB_ANCHOR,
        actors=("Rebels",),
        places=("Aleppo",),
        fatalities=11,
        sources=("seed-000", "wire-7"),
    ),
    "year": make_event(
        sentence="Government forces",
        trigger="recaptured",
        kind=EventKind.TERRITORY_CHANGE,
        when=TimeSpan("2016", D(2016, 1, 1), D(2016, 12, 31), Granularity.YEAR),
        time_text="2016",
        rule="year.prepositional",
        signal="in",
        actors=("Government forces",),
    ),
    "since": make_event(
        sentence="Russian jets",
        trigger="bombed",
        kind=EventKind.REMOTE_VIOLENCE,
        when=TimeSpan("2011", D(2011, 1, 1), None, Granularity.YEAR),
        time_text="2011",
        rule="year.since",
        signal="since",
        actors=("Russian jets",),
        places=("Idlib",),
    ),
    "late": make_event(
        sentence="Late 2016",
        trigger="shelling",
        kind=EventKind.BATTLE,
        when=TimeSpan("2016", D(2016, 9, 1), D(2016, 12, 31), Granularity.YEAR, Mod.END),
        time_text="Late 2016",
        rule="year.modified",
        status=EventStatus.REPORTED,
    ),
    "until": make_event(
        sentence="Talks in Astana",
        trigger="Talks",
        kind=EventKind.NEGOTIATION,
        when=TimeSpan("2017-03", None, D(2017, 3, 31), Granularity.MONTH),
        time_text="March 2017",
        rule="month.until",
        signal="until",
        places=("Astana",),
    ),
    "undated": make_event(
        sentence="Hezbollah",
        trigger="“decided against”",
        kind=EventKind.POLITICAL,
        when=None,
        status=EventStatus.NEGATED,
        actors=("Hezbollah | the group <script>alert(1)</script>",),
    ),
}


def sample_timeline():  # -> Timeline
    """Every sample event in one timeline (Timeline imported on use: it is upstream)."""
    from conflict_timeline.timeline import Timeline

    evs = list(EVENTS.values())
    return Timeline(events=tuple(e for e in evs if e.when is not None), undated=tuple(e for e in evs if e.when is None))


def one_event_timeline(name: str):  # -> Timeline
    from conflict_timeline.timeline import Timeline

    ev = EVENTS[name]
    return Timeline(events=(ev,) if ev.when is not None else (), undated=(ev,) if ev.when is None else ())
