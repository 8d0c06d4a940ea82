"""Many articles -> one timeline per article, in input order, without losing any.

``build_timelines`` reads an iterable lazily and hands it to a pool of worker
processes a few chunks at a time, so memory stays flat however long the input
is. Each article gives an :class:`ArticleResult`: its timeline, or the error
it raised as a value (:class:`ArticleError`) carrying the article's source. One
bad article never discards the batch; a worker process that dies (a crash in a
C extension, the out-of-memory killer) is replaced and the chunk it held is
re-run one article at a time, so only the article that kills a worker is lost
to a ``WorkerCrashed`` failure value.

``read_jsonl`` / ``write_jsonl`` / ``run_jsonl`` stream JSON Lines in and out:

    {"text": "...", "published": "2024-12-02", "source": "reuters-1"}

in, one result per line out (``{"source", "index", "ok", "timeline"}`` or
``{"source", "index", "ok": false, "error": {"type", "message"}}``). From the
shell: ``python -m conflict_timeline.batch in.jsonl out.jsonl --workers 2``.
"""

from __future__ import annotations

import argparse
import collections
import concurrent.futures
import itertools
import json
import os
import sys
import traceback
from collections.abc import Iterable, Iterator, Mapping
from concurrent.futures.process import BrokenProcessPool
from typing import IO, TYPE_CHECKING, Any

import attrs

from .errors import ConflictTimelineError, InvalidInput
from .model import Article

if TYPE_CHECKING:  # the timeline stage is imported on use: batch sits downstream of it
    import multiprocessing.context

    from .timeline import Timeline

__all__ = [
    "ArticleError",
    "ArticleResult",
    "BatchError",
    "BatchSummary",
    "build_timelines",
    "read_jsonl",
    "write_jsonl",
    "run_jsonl",
]


@attrs.frozen(slots=True)
class ArticleError:
    """Why one article failed: the exception's class name, its message and traceback.

    Kept as plain strings so that it crosses process boundaries and serialises
    to JSON unchanged (exception objects do not always survive pickling).
    """

    type: str
    message: str
    traceback: str = ""


@attrs.frozen(slots=True)
class ArticleResult:
    """The outcome for one input article.

    ``index`` is the article's position in the input (from 0); ``source`` its
    source name (``"#<index>"`` when it had none). Exactly one of ``timeline``
    and ``error`` is set.
    """

    index: int
    source: str
    timeline: Timeline | None = None
    error: ArticleError | None = None

    @property
    def ok(self) -> bool:
        """True when the article gave a timeline."""
        return self.error is None


class BatchError(ConflictTimelineError):
    """Some articles of a merged run failed; nothing is lost all the same.

    ``failures`` holds their :class:`ArticleResult` values (source and error);
    ``timeline`` is the merged timeline of the articles that succeeded.
    """

    def __init__(self, failures: tuple[ArticleResult, ...], timeline: Timeline | None = None) -> None:
        self.failures = failures
        self.timeline = timeline
        names = ", ".join(f.source for f in failures[:5]) + (", ..." if len(failures) > 5 else "")
        super().__init__(f"{len(failures)} article(s) failed: {names}")

    def __reduce__(self) -> tuple[Any, ...]:  # keep both fields across pickling (dask, processes)
        return (type(self), (self.failures, self.timeline))


@attrs.frozen(slots=True)
class _Unreadable:
    """A JSONL line that could not be decoded: becomes a failure value downstream."""

    source: str
    message: str


#: What ``build_timelines`` accepts for one article: an ``Article``, a mapping with
#: ``text``, ``published`` and optionally ``source``, or an unreadable line from ``read_jsonl``.
ArticleLike = Article | Mapping[str, Any] | _Unreadable


def _source_of(index: int, record: object) -> str:
    source: object = None
    if isinstance(record, Article):
        source = record.source
    elif isinstance(record, Mapping):
        source = record.get("source")
    elif isinstance(record, _Unreadable):
        source = record.source
    return str(source) if source not in (None, "") else f"#{index}"


def _to_article(record: object, source: str) -> Article:
    if isinstance(record, Article):
        return record
    if isinstance(record, _Unreadable):
        raise InvalidInput(record.message)
    if isinstance(record, Mapping):
        if "text" not in record:
            raise InvalidInput("article record has no 'text' field")
        return Article(record["text"], record.get("published"), source=source)
    raise InvalidInput(f"expected an Article or a mapping, not {type(record).__name__}")


def _process(index: int, record: object) -> ArticleResult:
    from .pipeline import build_timeline

    source = _source_of(index, record)
    try:
        article = _to_article(record, source)
        return ArticleResult(index, source, timeline=build_timeline(article))
    except Exception as exc:  # turned into a value: one article must not sink the batch
        err = ArticleError(type(exc).__name__, str(exc), traceback.format_exc(limit=8))
        return ArticleResult(index, source, error=err)


def _run_chunk(chunk: list[tuple[int, object]]) -> list[ArticleResult]:
    return [_process(i, rec) for i, rec in chunk]


def _crashed(index: int, record: object, exc: BaseException) -> ArticleResult:
    detail = f"the worker process died while reading this article ({type(exc).__name__}: {exc})"
    return ArticleResult(index, _source_of(index, record), error=ArticleError("WorkerCrashed", detail))


def build_timelines(
    articles: Iterable[ArticleLike],
    *,
    workers: int = 1,
    chunksize: int = 8,
    mp_context: multiprocessing.context.BaseContext | None = None,
) -> Iterator[ArticleResult]:
    """One :class:`ArticleResult` per input article, lazily, in input order.

    ``articles`` is any iterable (a generator, ``read_jsonl(...)``) of
    :class:`~conflict_timeline.model.Article` or mappings with ``text``,
    ``published`` and ``source``; it is consumed only as results are taken.
    ``workers=1`` runs in this process; more starts that many worker processes
    (closed when the iterator is exhausted or closed) with at most
    ``4 * workers`` chunks of ``chunksize`` articles in flight. An article
    that fails (bad date, text that is not a ``str``, any error while
    building its timeline) gives a result whose ``error`` says why.

    Raises :class:`~conflict_timeline.errors.InvalidInput` at once when
    ``workers`` or ``chunksize`` is not a positive int or ``articles`` is not
    iterable.
    """
    for name, value in (("workers", workers), ("chunksize", chunksize)):
        if not isinstance(value, int) or isinstance(value, bool) or value < 1:
            raise InvalidInput(f"{name} must be a positive int, not {value!r}")
    if isinstance(articles, (str, bytes, Mapping, Article)) or not isinstance(articles, Iterable):
        raise InvalidInput(f"articles must be an iterable of articles, not {type(articles).__name__}")
    if workers == 1:
        return (_process(i, rec) for i, rec in enumerate(articles))
    return _pooled(enumerate(articles), workers, chunksize, mp_context)


#: In-flight chunks per worker process (bounds memory; see ``_pooled``).
_CHUNKS_PER_WORKER = 4


def _chunks(items: Iterator[tuple[int, object]], size: int) -> Iterator[list[tuple[int, object]]]:
    while True:
        chunk = list(itertools.islice(items, size))
        if not chunk:
            return
        yield chunk


def _pooled(
    items: Iterator[tuple[int, object]],
    workers: int,
    chunksize: int,
    mp_context: multiprocessing.context.BaseContext | None,
) -> Iterator[ArticleResult]:
    def new_pool() -> concurrent.futures.ProcessPoolExecutor:
        return concurrent.futures.ProcessPoolExecutor(max_workers=workers, mp_context=mp_context)

    chunks = _chunks(items, chunksize)
    pending: collections.deque[tuple[list[tuple[int, object]], concurrent.futures.Future[list[ArticleResult]]]]
    pending = collections.deque()
    pool = new_pool()
    exhausted = False
    try:
        while True:
            # a bounded window keeps memory flat and lets the input be endless; 4 chunks per
            # worker so that one long article at the head does not leave the other workers idle
            while not exhausted and len(pending) < _CHUNKS_PER_WORKER * workers:
                chunk = next(chunks, None)
                if chunk is None:
                    exhausted = True
                else:
                    pending.append((chunk, pool.submit(_run_chunk, chunk)))
            if not pending:
                return
            chunk, future = pending.popleft()
            try:
                results = future.result()
            except BrokenProcessPool:
                # every pending future died with the pool; which article killed it is unknown,
                # so re-run them all one by one in a fresh pool
                retry = [chunk] + [c for c, _ in pending]
                pending.clear()
                pool.shutdown(wait=False, cancel_futures=True)
                pool = new_pool()
                for c in retry:
                    for index, record in c:
                        result, pool = _isolated(pool, new_pool, index, record)
                        yield result
                continue
            except Exception:  # e.g. a result that would not pickle: retry the chunk article by article
                for index, record in chunk:
                    result, pool = _isolated(pool, new_pool, index, record)
                    yield result
                continue
            yield from results
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _isolated(
    pool: concurrent.futures.ProcessPoolExecutor,
    new_pool: Any,
    index: int,
    record: object,
) -> tuple[ArticleResult, concurrent.futures.ProcessPoolExecutor]:
    """Run one article alone; a crash is pinned on it and the pool replaced."""
    try:
        return pool.submit(_run_chunk, [(index, record)]).result()[0], pool
    except BrokenProcessPool as exc:
        pool.shutdown(wait=False, cancel_futures=True)
        return _crashed(index, record, exc), new_pool()
    except Exception as exc:
        err = ArticleError(type(exc).__name__, f"result could not be returned from the worker: {exc}")
        return ArticleResult(index, _source_of(index, record), error=err), pool


# -- JSON Lines --------------------------------------------------------------------------


def read_jsonl(source: str | os.PathLike[str] | IO[str]) -> Iterator[ArticleLike]:
    """Article records from a JSON Lines file (a path or an open text file), lazily.

    Blank lines are skipped. A line that is not a JSON object is not dropped:
    it comes out as a record that :func:`build_timelines` turns into a failure
    value with source ``"<file>:<line>"``. A record without ``source`` gets
    that same ``"<file>:<line>"`` name.
    """
    if isinstance(source, (str, os.PathLike)):
        with open(source, encoding="utf-8", errors="replace") as fh:
            yield from _read_lines(fh, os.fspath(source))
    else:
        yield from _read_lines(source, getattr(source, "name", "<stream>"))


def _read_lines(fh: IO[str], name: str) -> Iterator[ArticleLike]:
    for lineno, line in enumerate(fh, 1):
        if not line.strip():
            continue
        where = f"{name}:{lineno}"
        try:
            record = json.loads(line)
        except ValueError as exc:
            yield _Unreadable(where, f"{where}: not JSON ({exc})")
            continue
        if not isinstance(record, dict):
            yield _Unreadable(where, f"{where}: expected a JSON object, got {type(record).__name__}")
            continue
        if record.get("source") in (None, ""):
            record["source"] = where
        yield record


def result_to_dict(result: ArticleResult) -> dict[str, Any]:
    """The JSON-ready form of one result (the timeline in the library's JSON export format)."""
    out: dict[str, Any] = {"index": result.index, "source": result.source, "ok": result.ok}
    if result.timeline is not None:
        out["timeline"] = json.loads(result.timeline.to_json())
    if result.error is not None:
        out["error"] = {"type": result.error.type, "message": result.error.message}
    return out


@attrs.frozen(slots=True)
class BatchSummary:
    """Counts from one streaming run."""

    ok: int
    failed: int

    @property
    def total(self) -> int:
        """All articles read."""
        return self.ok + self.failed


def write_jsonl(results: Iterable[ArticleResult], out: str | os.PathLike[str] | IO[str]) -> BatchSummary:
    """Write one JSON line per result as each arrives; return the counts."""
    if isinstance(out, (str, os.PathLike)):
        with open(out, "w", encoding="utf-8") as fh:
            return write_jsonl(results, fh)
    ok = failed = 0
    for result in results:
        out.write(json.dumps(result_to_dict(result), ensure_ascii=False))
        out.write("\n")
        if result.ok:
            ok += 1
        else:
            failed += 1
    return BatchSummary(ok, failed)


def run_jsonl(
    src: str | os.PathLike[str] | IO[str],
    dst: str | os.PathLike[str] | IO[str],
    *,
    workers: int = 1,
    chunksize: int = 8,
) -> BatchSummary:
    """Stream articles from ``src`` (JSONL) to results in ``dst`` (JSONL), in order."""
    return write_jsonl(build_timelines(read_jsonl(src), workers=workers, chunksize=chunksize), dst)


def main(argv: list[str] | None = None) -> int:
    """``python -m conflict_timeline.batch IN OUT [--workers N]`` ("-" is stdin/stdout)."""
    parser = argparse.ArgumentParser(prog="python -m conflict_timeline.batch", description=main.__doc__)
    parser.add_argument("input", help="JSON Lines of {text, published, source}; - for stdin")
    parser.add_argument("output", help="JSON Lines of results; - for stdout")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--chunksize", type=int, default=8)
    args = parser.parse_args(argv)
    src: str | IO[str] = sys.stdin if args.input == "-" else args.input
    dst: str | IO[str] = sys.stdout if args.output == "-" else args.output
    summary = run_jsonl(src, dst, workers=args.workers, chunksize=args.chunksize)
    # failures are results too (in the output, with their source): the run itself succeeded
    print(f"{summary.ok} ok, {summary.failed} failed", file=sys.stderr)
    return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
