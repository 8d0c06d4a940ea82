"""A spaCy pipeline component (optional extra ``[spacy]``).

    import spacy
    nlp = spacy.blank("en")                      # any English pipeline
    nlp.add_pipe("conflict_timeline", config={"published": "2024-12-02"})
    doc = nlp("On Monday, Iraqi fighters crossed into Syria.")
    for span in doc.spans["timex"]:
        print(span.text, span.label_, span._.timex.value)   # Monday DATE 2024-12-02
    doc._.timeline                               # the article's Timeline

The factory is registered under the name ``conflict_timeline`` through the
``spacy_factories`` entry point, so ``add_pipe`` finds it without an import
once the package is installed; importing this module registers it too.

The publication date comes from ``doc.user_data["published"]`` when set (one
date per document, e.g. ``nlp.pipe`` over articles of different days), else
from the ``published`` setting; with neither,
:class:`~conflict_timeline.errors.MissingPublicationDate` is raised.

Each time expression becomes a span in ``doc.spans[spans_key]`` labelled with
its TIMEX3 type; ``span._.timex`` holds the
:class:`~conflict_timeline.model.TemporalExpression` (value, mod, calendar
span, rule, anchor, exact character offsets). A span covers whole tokens: when
an expression starts or ends inside a token the span is widened to it, and
``span._.timex.text`` keeps the exact extent. ``doc._.timeline`` and
``span._.timex`` live in ``doc.user_data``; serialise a processed doc with
``doc.to_bytes(exclude=["user_data"])``.
"""

from __future__ import annotations

try:
    from spacy.language import Language
    from spacy.tokens import Doc, Span
except ImportError as exc:  # pragma: no cover - depends on the environment
    raise ImportError(
        "conflict_timeline.spacy_component needs the [spacy] extra: pip install 'conflict_timeline[spacy]'"
    ) from exc

from .errors import InvalidInput
from .model import Article, DateLike, publication_date
from .pipeline import analyse, find_expressions
from .settings import DateOrder, DocumentKind, make_settings
from .timeline import timeline_from_events

__all__ = ["ConflictTimelineComponent", "make_conflict_timeline", "USER_DATA_KEY"]

#: The ``doc.user_data`` key read for a document's own publication date.
USER_DATA_KEY = "published"

# spaCy extensions are global by spaCy's design; registering twice is harmless
if not Doc.has_extension("timeline"):
    Doc.set_extension("timeline", default=None)
if not Span.has_extension("timex"):
    Span.set_extension("timex", default=None)


class ConflictTimelineComponent:
    """Finds and resolves time expressions in a ``Doc`` and builds its timeline."""

    def __init__(
        self,
        name: str = "conflict_timeline",
        *,
        published: DateLike | None = None,
        spans_key: str = "timex",
        date_order: DateOrder = "auto",
        document: DocumentKind = "news",
        day_first: bool | None = None,
        timeline: bool = True,
    ) -> None:
        if not isinstance(spans_key, str) or not spans_key:
            raise InvalidInput(f"spans_key must be a non-empty str, not {spans_key!r}")
        self.name = name
        # checked now so that a bad setting fails when the pipeline is built, not on the first doc
        self.settings = make_settings(published, date_order=date_order, document=document, day_first=day_first)
        self.spans_key = spans_key
        self.timeline = bool(timeline)

    def __call__(self, doc: Doc) -> Doc:
        """Annotate ``doc`` in place and return it."""
        raw = doc.user_data.get(USER_DATA_KEY)
        published = publication_date(raw if raw is not None else self.settings.published)
        settings = self.settings.for_article(published)
        if self.timeline:
            # one run of every stage gives both the spans and the timeline
            analysis = analyse(Article(doc.text, published), settings)
            expressions = list(analysis.expressions)
            doc._.timeline = timeline_from_events(analysis.events)
        else:
            expressions = find_expressions(
                doc.text, published, date_order=settings.date_order, document=settings.document
            )
        spans = []
        for expr in expressions:
            span = doc.char_span(expr.start, expr.end, label=expr.type.value, alignment_mode="expand")
            if span is None:  # only whitespace inside: nothing a token can hold
                continue
            span._.timex = expr
            spans.append(span)
        doc.spans[self.spans_key] = spans
        return doc


@Language.factory(
    "conflict_timeline",
    default_config={
        "published": None,
        "spans_key": "timex",
        "date_order": "auto",
        "document": "news",
        "day_first": None,
        "timeline": True,
    },
)
def make_conflict_timeline(
    nlp: Language,
    name: str,
    published: str | None,
    spans_key: str,
    date_order: DateOrder,
    document: DocumentKind,
    day_first: bool | None,
    timeline: bool,
) -> ConflictTimelineComponent:
    """spaCy factory for :class:`ConflictTimelineComponent` (``nlp.add_pipe("conflict_timeline")``)."""
    return ConflictTimelineComponent(
        name,
        published=published,
        spans_key=spans_key,
        date_order=date_order,
        document=document,
        day_first=day_first,
        timeline=timeline,
    )
