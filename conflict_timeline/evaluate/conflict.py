"""Conflict-corpus events: found, dated, kind, status, tolls, places, actors, ACLED types, stories."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from typing import Any

import attrs

from .. import Article, build_timeline
from ._common import MAX_TRIGGER, Builder, _build, _name, _overlap, _value_of
from .gold import AnnotatedArticle, AnnotatedEvent

_STOP = frozenset("the a an of in and forces force troops fighters group its his her".split())


def _content_words(s: str) -> set[str]:
    """Words of more than two letters that are not generic ("the", "forces"): what an actor or place shares."""
    return {w for w in re.findall(r"[a-z0-9]+", s.lower()) if w not in _STOP and len(w) > 2}


def _share_a_word(gold: Iterable[str], system: Iterable[Any]) -> bool:
    return any(_content_words(g) & _content_words(str(s)) for g in gold for s in system)


def _acled(x: object) -> str:
    return str(x or "").strip().lower()


@attrs.frozen(slots=True)
class EventVerdict:
    """A gold event and the system event matched to it (``None``: not found).

    Each measure is ``True``/``False``, or ``None`` when the gold gives nothing to compare
    (no toll, no places, ...); a gold event not found fails every measure that applies.
    """

    article: AnnotatedArticle
    gold: AnnotatedEvent
    system: Any | None

    @property
    def value(self) -> str | None:
        """The system event's TIMEX3 value (``None``: undated or not found)."""
        return _value_of(self.system)

    @property
    def dated(self) -> bool:
        """Found with one of the gold dates; for an event the text gives no date, undated or a ``*_REF``."""
        if self.system is None:
            return False
        if self.gold.dates:
            return self.value in self.gold.dates
        return self.value is None or self.value.endswith("_REF")

    @property
    def kind_ok(self) -> bool:
        """Found with the gold kind."""
        return self.system is not None and _name(self.system.kind) == self.gold.kind

    @property
    def status_ok(self) -> bool:
        """Found with the gold status."""
        return self.system is not None and _name(self.system.status) == self.gold.status

    @property
    def fatalities_ok(self) -> bool | None:
        """Found with exactly the gold death toll."""
        if self.gold.fatalities is None:
            return None
        return self.system is not None and self.system.fatalities == self.gold.fatalities

    @property
    def places_ok(self) -> bool | None:
        """Some system place shares a content word with a gold place."""
        if not self.gold.places:
            return None
        return self.system is not None and _share_a_word(self.gold.places, self.system.places)

    @property
    def actors_ok(self) -> bool | None:
        """Some system actor shares a content word with a gold actor."""
        if not self.gold.actors:
            return None
        return self.system is not None and _share_a_word(self.gold.actors, self.system.actors)

    @property
    def acled_ok(self) -> bool | None:
        """Found with the gold ACLED event type (case-insensitive)."""
        if not self.gold.acled_event_type:
            return None
        return self.system is not None and _acled(getattr(self.system, "acled_event_type", None)) == _acled(
            self.gold.acled_event_type
        )

    @property
    def acled_sub_ok(self) -> bool | None:
        """Found with the gold ACLED event type and sub-event type."""
        if not self.acled_ok:
            return self.acled_ok
        return _acled(getattr(self.system, "acled_sub_event_type", None)) == _acled(self.gold.acled_sub_event_type)


@attrs.frozen(slots=True)
class StoryVerdict:
    """A real-world event reported in two or more articles of a story, after a merged build."""

    story: str
    story_event: str
    holders: int  # merged events holding one of its mentions; 1 is right

    @property
    def merged(self) -> bool:
        """Exactly one merged event carries its mentions."""
        return self.holders == 1


@attrs.frozen(slots=True)
class ConflictScores:
    """The result of :func:`score_articles`."""

    articles: tuple[AnnotatedArticle, ...]
    verdicts: tuple[EventVerdict, ...]
    system: tuple[tuple[AnnotatedArticle, Any], ...]  # every system event scored, with its article
    spurious: tuple[tuple[AnnotatedArticle, Any], ...]  # those overlapping no gold trigger
    stories: tuple[StoryVerdict, ...] = ()
    false_merges: tuple[tuple[str, tuple[str, ...]], ...] = ()  # (story, the story events one merged event joins)
    crashes: tuple[tuple[str, str], ...] = ()  # (article or story id, traceback)

    def summary(self) -> dict[str, Any]:
        """The figures as fractions rounded to 4 places (``None`` when undefined), keyed as the
        reference scorer prints them."""

        def share(measure: Callable[[EventVerdict], bool | None]) -> float | None:
            got = [m for m in map(measure, self.verdicts) if m is not None]
            return round(sum(got) / len(got), 4) if got else None

        def frac(hits: int, total: int) -> float | None:
            return round(hits / total, 4) if total else None

        return {
            "articles": len(self.articles),
            "gold_events": len(self.verdicts),
            "system_events": len(self.system),
            "recall": share(lambda v: v.system is not None),
            "dated": share(lambda v: v.dated),
            "kind": share(lambda v: v.kind_ok),
            "status": share(lambda v: v.status_ok),
            "precision": frac(len(self.system) - len(self.spurious), len(self.system)),
            "fatalities": share(lambda v: v.fatalities_ok),
            "places": share(lambda v: v.places_ok),
            "actors": share(lambda v: v.actors_ok),
            "acled_type": share(lambda v: v.acled_ok),
            "acled_sub_type": share(lambda v: v.acled_sub_ok),
            "story_events_multi": len(self.stories),
            "story_merged_one": frac(sum(s.merged for s in self.stories), len(self.stories)),
            "false_merges": len(self.false_merges),
        }


def _verdicts(article: AnnotatedArticle, events: Sequence[Any]) -> list[EventVerdict]:
    out = []
    for g in article.events:
        hits = [e for e in events if _overlap(e.trigger.start, e.trigger.end, g.start, g.end)]
        # the largest overlap, then the closest start; the first such event on a tie
        best = max(
            hits,
            key=lambda h: (_overlap(h.trigger.start, h.trigger.end, g.start, g.end), -abs(h.trigger.start - g.start)),
            default=None,
        )
        out.append(EventVerdict(article, g, best))
    return out


def _story(
    story: str, articles: Sequence[AnnotatedArticle], merged: Sequence[Any]
) -> tuple[list[StoryVerdict], list[tuple[str, tuple[str, ...]]]]:
    """Which merged events hold the mentions of each story event."""
    mentions: dict[str, set[tuple[str, int, int]]] = defaultdict(set)  # story_event -> (article id, start, end)
    for a in articles:
        for g in a.events:
            if g.story_event:
                mentions[g.story_event].add((a.document.doc_id, g.start, g.end))
    holders: dict[str, set[int]] = defaultdict(set)
    joined: dict[int, set[str]] = defaultdict(set)
    for i, e in enumerate(merged):
        for s in getattr(e, "sources", ()):
            for key, ms in mentions.items():
                if any(s.source == aid and _overlap(s.trigger.start, s.trigger.end, gs, ge) for aid, gs, ge in ms):
                    holders[key].add(i)
                    joined[i].add(key)
    multi = [k for k, ms in mentions.items() if len({m[0] for m in ms}) >= 2]
    verdicts = [StoryVerdict(story, k, len(holders[k])) for k in multi]
    false = [(story, tuple(sorted(keys))) for keys in joined.values() if len(keys) >= 2]
    return verdicts, false


def score_articles(articles: Sequence[AnnotatedArticle], build: Builder = build_timeline) -> ConflictScores:
    """The event measures of the conflict-corpus README on annotated articles.

    Each article is built on its own (``build(text, published=...)``); every gold event is matched to
    the system event whose trigger overlaps it most (system triggers over 60 characters do not count)
    and judged found, dated, kind, status, toll, places, actors, ACLED type and sub-type
    (:class:`EventVerdict`); precision is the share of system events overlapping some gold trigger.
    The articles of each ``story`` are then built together (``build([Article, ...])``): a story event
    reported in 2+ articles should come out as exactly one merged event, and no merged event may
    join two story events.
    """
    verdicts: list[EventVerdict] = []
    system: list[tuple[AnnotatedArticle, Any]] = []
    spurious: list[tuple[AnnotatedArticle, Any]] = []
    crashes: list[tuple[str, str]] = []
    stories: dict[str, list[AnnotatedArticle]] = defaultdict(list)
    for a in articles:
        doc = a.document
        events, crash = _build(build, doc.text, published=doc.dct)
        if crash:
            crashes.append((doc.doc_id, crash))
        events = tuple(e for e in events if e.trigger.end - e.trigger.start <= MAX_TRIGGER)
        system += [(a, e) for e in events]
        spurious += [
            (a, e)
            for e in events
            if not any(_overlap(e.trigger.start, e.trigger.end, g.start, g.end) for g in a.events)
        ]
        verdicts += _verdicts(a, events)
        if a.story and a.story != doc.doc_id:
            stories[a.story].append(a)
    story_verdicts: list[StoryVerdict] = []
    false_merges: list[tuple[str, tuple[str, ...]]] = []
    for story, group in sorted(stories.items()):
        sources = [Article(a.document.text, a.document.dct, source=a.document.doc_id) for a in group]
        merged, crash = _build(build, sources)
        if crash:
            crashes.append((story, crash))
        v, f = _story(story, group, merged)
        story_verdicts += v
        false_merges += f
    return ConflictScores(
        tuple(articles),
        tuple(verdicts),
        tuple(system),
        tuple(spurious),
        tuple(story_verdicts),
        tuple(false_merges),
        tuple(crashes),
    )
