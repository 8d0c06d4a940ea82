"""Past one machine: timelines from a ``dask.bag`` of articles (optional extra ``[dask]``).

A bag of articles (``Article`` objects or mappings with ``text``,
``published`` and ``source``, e.g. JSON Lines read with
``dask.bag.read_text(...).map(json.loads)``) is mapped to one timeline per
article, and those are reduced, partition by partition and then in a tree, to
one merged :class:`~conflict_timeline.timeline.Timeline`::

    import dask.bag as db
    from distributed import Client
    from conflict_timeline.dask import merged_timeline

    client = Client("tcp://scheduler-host:8786")     # or LocalCluster() for one machine
    bag = db.read_text("articles-*.jsonl").map(json.loads)
    timeline = merged_timeline(bag)

Every worker needs ``conflict_timeline`` installed (``pip install
'conflict_timeline[dask]'``). Articles that fail are not dropped: by default
:func:`merged_timeline` raises :class:`~conflict_timeline.batch.BatchError`
carrying every failure and the merged timeline of the others.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, Literal

import attrs

try:
    import dask.bag as _db
except ImportError as exc:  # pragma: no cover - depends on the environment
    raise ImportError("conflict_timeline.dask needs the [dask] extra: pip install 'conflict_timeline[dask]'") from exc

from .batch import DEFAULT_SETTINGS, ArticleResult, BatchError, _process
from .errors import InvalidInput
from .settings import DateOrder, DocumentKind, Settings

if TYPE_CHECKING:
    from .timeline import Timeline

__all__ = ["timelines", "merged_timeline"]


def _results(records: Iterable[object], settings: Settings = DEFAULT_SETTINGS) -> list[ArticleResult]:
    return [_process(i, rec, None, settings) for i, rec in enumerate(records)]


def timelines(articles: _db.Bag, *, date_order: DateOrder = "auto", document: DocumentKind = "news") -> _db.Bag:
    """A bag of :class:`~conflict_timeline.batch.ArticleResult`, one per article, same order.

    ``index`` (and the ``"#<index>"`` fallback source) counts within the
    article's partition: give articles a ``source`` to name them across a run.
    ``date_order`` and ``document`` reach every article's build, as in
    :func:`~conflict_timeline.batch.build_timelines`.
    """
    _check_bag(articles)
    settings = Settings(None, date_order, document)
    bag: _db.Bag = articles.map_partitions(_results, settings)  # type: ignore[no-untyped-call]
    return bag


@attrs.frozen(slots=True)
class _Partial:
    """A merged timeline of some articles and the failures met on the way."""

    timeline: Timeline
    failures: tuple[ArticleResult, ...]


def _merge_partials(partials: Iterable[_Partial]) -> _Partial:
    from .timeline import Timeline

    parts = list(partials)
    failures = tuple(f for p in parts for f in p.failures)
    return _Partial(Timeline.merge(*(p.timeline for p in parts)), failures)


def _partition_partial(records: Iterable[object], settings: Settings = DEFAULT_SETTINGS) -> _Partial:
    from .timeline import Timeline

    results = _results(records, settings)
    ok = [r.timeline for r in results if r.timeline is not None]
    return _Partial(Timeline.merge(*ok), tuple(r for r in results if not r.ok))


def merged_timeline(
    articles: _db.Bag,
    *,
    errors: Literal["raise", "ignore"] = "raise",
    split_every: int | None = None,
    date_order: DateOrder = "auto",
    document: DocumentKind = "news",
    **compute_kwargs: Any,
) -> Timeline:
    """Compute one merged timeline from a bag of articles.

    Each partition merges its own articles' timelines, then partial timelines
    are merged in a tree (``split_every`` at a time). The result is the same
    as :func:`~conflict_timeline.timeline.build_timeline` on the same articles
    in one process. ``errors="raise"`` (the default) raises
    :class:`~conflict_timeline.batch.BatchError` when any article failed, with
    the failures and the timeline of the rest; ``errors="ignore"`` returns
    that timeline. ``date_order`` and ``document`` reach every article's
    build. ``compute_kwargs`` go to ``dask.compute`` (``scheduler=``
    ...); with a ``distributed.Client`` active the work runs on its cluster.
    """
    _check_bag(articles)
    if errors not in ("raise", "ignore"):
        raise InvalidInput(f"errors must be 'raise' or 'ignore', not {errors!r}")
    settings = Settings(None, date_order, document)
    total = articles.reduction(  # type: ignore[no-untyped-call]
        functools.partial(_partition_partial, settings=settings), _merge_partials, split_every=split_every
    )
    partial: _Partial = total.compute(**compute_kwargs)
    if partial.failures and errors == "raise":
        raise BatchError(partial.failures, partial.timeline)
    return partial.timeline


def _check_bag(articles: object) -> None:
    if not isinstance(articles, _db.Bag):
        raise InvalidInput(f"expected a dask.bag.Bag of articles, not {type(articles).__name__}")
