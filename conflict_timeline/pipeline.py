"""The stage order, written once.

    text layer -> candidate spans -> resolved expressions -> events -> timeline

1. :func:`~conflict_timeline.text.read_text` prepares the article's text: markup taken out (with an
   offset map back), tokens, sentences, paragraphs.
2. :func:`~conflict_timeline.temporal.find_candidates` scans the layer once per rule for candidate
   time expressions, each with its context (signals, sentence, tense).
3. :func:`~conflict_timeline.temporal.resolve_candidates` turns them into TIMEX3 values and calendar
   spans against the publication day and the narrative's time.
4. :func:`~conflict_timeline.events.extract_events` finds the events of the layer and ties each to
   one of those expressions.
5. :func:`~conflict_timeline.timeline.timeline_from_events` merges the events of every article and
   orders them.

Each stage takes what the stage before it produced and never calls back into an earlier one. One
frozen :class:`~conflict_timeline.settings.Settings` value travels to every stage, so an option
given here reaches the spans and the timeline alike. Offsets of the results point into the text the
caller gave (the layer maps them back when it took markup out).
"""

from __future__ import annotations

from collections.abc import Iterable

import attrs

from .errors import InvalidInput
from .events import extract_events
from .model import Anchor, Article, DateLike, Event, SourceRef, TemporalExpression, publication_date
from .settings import DateOrder, DocumentKind, Settings, make_settings
from .temporal import find_candidates, resolve_candidates
from .text import TextLayer, read_text
from .timeline import Timeline, timeline_from_events

__all__ = ["STAGES", "Analysis", "analyse", "find_expressions", "resolve", "build_timeline"]

#: The stages, in the order they run.
STAGES = ("text layer", "candidate spans", "resolved expressions", "events", "timeline")


@attrs.frozen(slots=True)
class Analysis:
    """One article after every stage but the timeline: its text layer, its time expressions and its
    events, with offsets into the article's own text."""

    article: Article
    settings: Settings
    layer: TextLayer
    expressions: tuple[TemporalExpression, ...]
    events: tuple[Event, ...]


def _temporal_stages(layer: TextLayer, settings: Settings) -> list[TemporalExpression]:
    if not layer.text:
        return []
    return resolve_candidates(find_candidates(layer), layer, settings)


def analyse(article: Article, settings: Settings) -> Analysis:
    """Run the text, temporal and event stages on one article (``settings.published`` is the
    article's own publication day when the article has one)."""
    settings = settings.for_article(article.published)
    layer = read_text(article.text)
    expressions = _temporal_stages(layer, settings)
    events = extract_events(layer, expressions, settings, source=article.source)
    if layer.offsets is not None:
        expressions = [_expression_in_original(layer, e) for e in expressions]
        events = [_event_in_original(layer, ev) for ev in events]
    return Analysis(article, settings, layer, tuple(expressions), tuple(events))


def _check_text(text: object) -> str:
    if not isinstance(text, str):
        raise InvalidInput(f"text must be str, not {type(text).__name__}")
    return text


def find_expressions(
    text: str,
    published: DateLike,
    *,
    date_order: DateOrder = "auto",
    document: DocumentKind = "news",
    day_first: bool | None = None,
) -> list[TemporalExpression]:
    """Every time expression of ``text``, resolved against the publication date.

    ``published`` is a ``date``, a ``datetime`` (time-zone aware or not) or an ISO string.
    ``date_order`` says how numeric dates ("12/02/2024") are ordered (``"auto"`` decides from the
    text); ``document`` what kind of text it is (``"news"``, ``"narrative"`` or ``"auto"``);
    ``day_first`` is a deprecated alias of ``date_order="DMY"``. Returns expressions sorted by
    offset, never overlapping; an empty text gives an empty list. Raises ``InvalidInput`` (a
    ``TypeError``) for non-``str`` text and ``InvalidPublicationDate`` (a ``ValueError``) for a bad
    date.
    """
    text = _check_text(text)
    settings = make_settings(publication_date(published), date_order=date_order, document=document, day_first=day_first)
    layer = read_text(text)
    expressions = _temporal_stages(layer, settings)
    if layer.offsets is not None:
        expressions = [_expression_in_original(layer, e) for e in expressions]
    return expressions


def resolve(
    phrase: str,
    published: DateLike,
    *,
    date_order: DateOrder = "auto",
    document: DocumentKind = "news",
    day_first: bool | None = None,
) -> TemporalExpression | None:
    """Resolve a single phrase ("last Friday") against a publication date.

    Returns the longest expression found in the phrase, or ``None`` when the phrase holds no time
    expression. The options are those of :func:`find_expressions`.
    """
    exprs = find_expressions(phrase, published, date_order=date_order, document=document, day_first=day_first)
    if not exprs:
        return None
    return max(exprs, key=lambda e: (e.end - e.start, -e.start))


def _articles(
    text_or_articles: str | Article | Iterable[Article | str], published: DateLike | None, source: str
) -> list[Article]:
    if isinstance(text_or_articles, Article):
        return [text_or_articles]
    if isinstance(text_or_articles, str):
        return [Article(text_or_articles, publication_date(published), source=source)]
    if isinstance(text_or_articles, (bytes, bytearray)) or not isinstance(text_or_articles, Iterable):
        raise InvalidInput(
            f"build_timeline takes a str, an Article or an iterable of Articles, not {type(text_or_articles).__name__}"
        )
    out: list[Article] = []
    for i, item in enumerate(text_or_articles):
        if isinstance(item, Article):
            out.append(item)
        elif isinstance(item, str):
            out.append(Article(item, publication_date(published), source=source or f"article-{i}"))
        else:
            raise InvalidInput(f"item {i}: expected an Article or str, not {type(item).__name__}")
    return out


def build_timeline(
    text_or_articles: str | Article | Iterable[Article | str],
    published: DateLike | None = None,
    *,
    source: str = "",
    date_order: DateOrder = "auto",
    document: DocumentKind = "news",
    day_first: bool | None = None,
) -> Timeline:
    """Build a timeline from one article's text or from many articles.

    ``build_timeline(text, published="2024-12-02")`` reads one article;
    ``build_timeline([Article(...), ...])`` reads each and merges the events the articles share.
    The options are those of :func:`find_expressions`. A ``str`` without ``published`` raises
    :class:`~conflict_timeline.errors.MissingPublicationDate`; a bad date
    :class:`~conflict_timeline.errors.InvalidPublicationDate`; text that is not a ``str``
    :class:`~conflict_timeline.errors.InvalidInput`.
    """
    articles = _articles(text_or_articles, published, source)
    settings = make_settings(None, date_order=date_order, document=document, day_first=day_first)
    return timeline_from_events(ev for art in articles for ev in analyse(art, settings).events)


# --- offsets back into the original text --------------------------------------------------------


def _expression_in_original(layer: TextLayer, expr: TemporalExpression) -> TemporalExpression:
    span = layer.to_original_offsets(expr.start, expr.end)
    anchor = expr.anchor
    if anchor is not None and anchor.start is not None and anchor.end is not None:
        a0, a1 = layer.to_original_offsets(anchor.start, anchor.end)
        anchor = Anchor(anchor.kind, anchor.value, a0, a1, layer.original[a0:a1])
    return attrs.evolve(expr, start=span[0], end=span[1], text=layer.original[span[0] : span[1]], anchor=anchor)


def _event_in_original(layer: TextLayer, ev: Event) -> Event:
    sources = tuple(
        SourceRef(r.source, layer.to_original(r.trigger), layer.to_original(r.sentence), r.published)
        for r in ev.sources
    )
    time_source = ev.time_source
    if time_source is not None:
        time_source = _expression_in_original(layer, time_source)
    return attrs.evolve(
        ev,
        trigger=layer.to_original(ev.trigger),
        sentence=layer.to_original(ev.sentence),
        time_source=time_source,
        sources=sources,
    )
