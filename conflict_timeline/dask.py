"""Past one machine: timelines from a ``dask.bag`` of articles (optional extra ``[dask]``).

A bag of articles (``Article`` objects or mappings with ``text``,
``published`` and ``source``, e.g. JSON Lines read with
``dask.bag.read_text(...).map(json.loads)``) is mapped to one timeline per
article. Everything here is lazy: nothing runs until you compute it::

    import dask.bag as db
    from distributed import Client
    from conflict_timeline.dask import merged_timeline, to_dask_dataframe

    client = Client("tcp://scheduler-host:8786")     # or LocalCluster() for one machine
    bag = db.read_text("articles-*.jsonl").map(json.loads)
    timeline = merged_timeline(bag).compute()        # a dask.delayed until computed
    events = to_dask_dataframe(bag)                  # a dask DataFrame, one row per event

* :func:`merged_timeline` reduces the articles' timelines, partition by
  partition and then in a tree, to one merged
  :class:`~conflict_timeline.timeline.Timeline`; it returns a
  ``dask.delayed`` object (``compute=True`` computes it at once, as earlier
  versions did).
* :func:`to_dask_dataframe` is a ``dask.dataframe.DataFrame`` with one row per
  event and the columns and types of
  :func:`~conflict_timeline.export.dataframe.to_dataframe` (its ``meta``).
* :func:`timelines` is a bag of per-article
  :class:`~conflict_timeline.batch.ArticleResult`.

Every worker needs ``conflict_timeline`` installed (``pip install
'conflict_timeline[dask]'``). Articles that fail are not dropped: by default
computing raises :class:`~conflict_timeline.batch.BatchError` carrying every
failure (and, for :func:`merged_timeline`, the merged timeline of the others).
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, Literal, overload

import attrs

try:
    import dask
    import dask.bag as _db
    from dask.delayed import Delayed
except ImportError as exc:  # pragma: no cover - depends on the environment
    raise ImportError("conflict_timeline.dask needs the [dask] extra: pip install 'conflict_timeline[dask]'") from exc

from .batch import DEFAULT_SETTINGS, ArticleResult, BatchError, _process
from .errors import InvalidInput
from .settings import DateOrder, DocumentKind, Settings

if TYPE_CHECKING:
    import dask.dataframe

    from .timeline import Timeline

__all__ = ["timelines", "merged_timeline", "to_dask_dataframe"]


def _results(records: Iterable[object], settings: Settings = DEFAULT_SETTINGS) -> list[ArticleResult]:
    # the batch runner's own per-article function: the same result, failures as values
    return [_process(i, rec, None, settings) for i, rec in enumerate(records)]


def _settings(date_order: DateOrder, document: DocumentKind) -> Settings:
    return Settings(None, date_order, document)  # checked here, on the client, not on a worker


def timelines(articles: _db.Bag, *, date_order: DateOrder = "auto", document: DocumentKind = "news") -> _db.Bag:
    """A bag of :class:`~conflict_timeline.batch.ArticleResult`, one per article, same order.

    ``index`` (and the ``"#<index>"`` fallback source) counts within the
    article's partition: give articles a ``source`` to name them across a run.
    ``date_order`` and ``document`` reach every article's build.
    """
    _check_bag(articles)
    bag: _db.Bag = articles.map_partitions(_results, _settings(date_order, document))  # type: ignore[no-untyped-call]
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


def _finish(partial: _Partial, errors: str) -> Timeline:
    if partial.failures and errors == "raise":
        raise BatchError(partial.failures, partial.timeline)
    return partial.timeline


def _check_errors(errors: object) -> None:
    if errors not in ("raise", "ignore"):
        raise InvalidInput(f"errors must be 'raise' or 'ignore', not {errors!r}")


@overload
def merged_timeline(
    articles: _db.Bag,
    *,
    errors: Literal["raise", "ignore"] = "raise",
    split_every: int | None = None,
    date_order: DateOrder = "auto",
    document: DocumentKind = "news",
    compute: Literal[False] = False,
) -> Delayed: ...


@overload
def merged_timeline(
    articles: _db.Bag,
    *,
    errors: Literal["raise", "ignore"] = "raise",
    split_every: int | None = None,
    date_order: DateOrder = "auto",
    document: DocumentKind = "news",
    compute: Literal[True],
    **compute_kwargs: Any,
) -> Timeline: ...


def merged_timeline(
    articles: _db.Bag,
    *,
    errors: Literal["raise", "ignore"] = "raise",
    split_every: int | None = None,
    date_order: DateOrder = "auto",
    document: DocumentKind = "news",
    compute: bool = False,
    **compute_kwargs: Any,
) -> Delayed | Timeline:
    """One merged timeline of a bag of articles: a ``dask.delayed`` (or, with ``compute=True``, the timeline).

    Each partition merges its own articles' timelines, then partial timelines
    are merged in a tree (``split_every`` at a time). Computing the result
    (``.compute()``, ``dask.compute(...)``, ``client.compute(...)``) gives the
    same timeline as :func:`~conflict_timeline.pipeline.build_timeline` on the
    same articles in one process. ``errors="raise"`` (the default) makes the
    computation raise :class:`~conflict_timeline.batch.BatchError` when any
    article failed, with the failures and the timeline of the rest;
    ``errors="ignore"`` gives that timeline. ``date_order`` and ``document``
    reach every article's build. ``compute=True`` computes at once and returns
    the :class:`~conflict_timeline.timeline.Timeline`; ``compute_kwargs`` then go
    to ``compute`` (``scheduler="sync"``, ...). With a ``distributed.Client``
    active the work runs on its cluster.
    """
    _check_bag(articles)
    _check_errors(errors)
    if compute_kwargs and not compute:
        raise InvalidInput(
            f"{', '.join(sorted(compute_kwargs))}: options of compute; pass compute=True, "
            "or call .compute(...) on the result"
        )
    settings = _settings(date_order, document)
    total = articles.reduction(  # type: ignore[no-untyped-call]
        functools.partial(_partition_partial, settings=settings), _merge_partials, split_every=split_every
    )
    lazy: Delayed = dask.delayed(_finish, pure=True)(total.to_delayed(), errors)  # type: ignore[attr-defined]
    if compute:
        timeline: Timeline = lazy.compute(**compute_kwargs)  # type: ignore[no-untyped-call]
        return timeline
    return lazy


def _partition_frame(records: Iterable[object], settings: Settings, errors: str) -> Any:
    """The events of a partition's articles as one pandas frame (the article timelines, not merged)."""
    import pandas as pd

    from .export.dataframe import to_dataframe
    from .timeline import Timeline

    results = _results(records, settings)
    failures = tuple(r for r in results if not r.ok)
    if failures and errors == "raise":
        raise BatchError(failures)
    frames = [to_dataframe(r.timeline) for r in results if r.timeline is not None]
    return pd.concat(frames, ignore_index=True) if frames else to_dataframe(Timeline())


def _timeline_frame(tl: Timeline) -> Any:
    from .export.dataframe import to_dataframe

    return to_dataframe(tl)


def to_dask_dataframe(
    articles: _db.Bag,
    *,
    merged: bool = False,
    errors: Literal["raise", "ignore"] = "raise",
    split_every: int | None = None,
    date_order: DateOrder = "auto",
    document: DocumentKind = "news",
) -> dask.dataframe.DataFrame:
    """A lazy ``dask.dataframe.DataFrame`` with one row per event (needs pandas and ``dask[dataframe]``).

    The columns and their types are those of
    :func:`~conflict_timeline.export.dataframe.to_dataframe` (an empty one is
    the frame's ``meta``). By default each article's own timeline gives the
    rows (dated events, then undated ones, article after article) and each
    partition of the bag is a partition of the frame: computed, it equals the
    per-article frames concatenated. ``merged=True`` gives the events of
    :func:`merged_timeline` instead (events several articles report are one
    row), in one partition. ``errors="raise"`` makes the computation raise
    :class:`~conflict_timeline.batch.BatchError` with the failed articles of a
    partition (for ``merged=True``, of the bag); ``errors="ignore"`` leaves them
    out. The index counts from 0 in each partition.
    """
    _check_bag(articles)
    _check_errors(errors)
    import dask.dataframe as dd

    from .export.dataframe import to_dataframe
    from .timeline import Timeline

    settings = _settings(date_order, document)
    meta = to_dataframe(Timeline())
    if merged:
        tl = merged_timeline(articles, errors=errors, split_every=split_every, date_order=date_order, document=document)
        parts = [dask.delayed(_timeline_frame, pure=True)(tl)]  # type: ignore[attr-defined]
    else:
        frame = functools.partial(_partition_frame, settings=settings, errors=errors)
        parts = [dask.delayed(frame, pure=True)(p) for p in articles.to_delayed()]  # type: ignore[attr-defined, no-untyped-call]
    # dask would turn the tuple columns (actors, places, sources) into text: keep pandas' own types
    with dask.config.set({"dataframe.convert-string": False}):
        ddf: dask.dataframe.DataFrame = dd.from_delayed(parts, meta=meta, verify_meta=True)
    return ddf


def _check_bag(articles: object) -> None:
    if not isinstance(articles, _db.Bag):
        raise InvalidInput(f"expected a dask.bag.Bag of articles, not {type(articles).__name__}")
