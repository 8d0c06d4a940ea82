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
import contextlib
import datetime as _dt
import itertools
import os
import signal
import sys
import traceback
import warnings
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import IO, TYPE_CHECKING, Any

import attrs

from .errors import (
    ArticleTimeout,
    ConflictTimelineError,
    ConflictTimelineWarning,
    InvalidInput,
    TextTooLong,
    UnencodableTextWarning,
)
from .export.json import jsonl_line, timeline_to_dict
from .inputs import ReadFailure, display_name, iter_jsonl
from .model import Article, publication_date
from .outputs import encodable
from .settings import DATE_ORDERS, DOCUMENT_KINDS, DateOrder, DocumentKind, Settings

if TYPE_CHECKING:  # the timeline stage is imported on use: batch sits downstream of it
    import concurrent.futures
    import multiprocessing.context

    from .timeline import Timeline

__all__ = [
    "ArticleError",
    "ArticleResult",
    "BatchError",
    "BatchSummary",
    "build_timelines",
    "ARTICLES_SCHEMA",
    "articles_document",
    "result_to_dict",
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
    traceback: str = attrs.field(default="", repr=False)  # kilobytes: shown by print(r.error.traceback)


@attrs.frozen(slots=True)
class ArticleResult:
    """The outcome for one input article.

    ``index`` is the article's position in the input (from 0); ``source`` its
    source name (``"#<index>"`` when it had none); ``published`` its
    publication day (``None`` when the article had no valid one, e.g. when
    that is why it failed). Exactly one of ``timeline`` and ``error`` is set.
    """

    index: int
    source: str
    timeline: Timeline | None = None
    error: ArticleError | None = None
    published: _dt.date | None = None

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


#: What ``build_timelines`` accepts for one article: an ``Article``, a mapping with
#: ``text``, ``published`` and optionally ``source``, or an unreadable line from ``read_jsonl``
#: (a :class:`~conflict_timeline.inputs.ReadFailure`, which becomes a failure value).
ArticleLike = Article | Mapping[str, Any] | ReadFailure


def _source_of(index: int, record: object) -> str:
    source: object = None
    if isinstance(record, Article):
        source = record.source
    elif isinstance(record, Mapping):
        source = record.get("source")
    elif isinstance(record, ReadFailure):
        source = record.source
    return str(source) if source not in (None, "") else f"#{index}"


def _published_of(record: object) -> _dt.date | None:
    """The record's publication day when it has a valid one (for failures: what is known of the article)."""
    if isinstance(record, Article):
        return record.published
    if isinstance(record, Mapping):
        try:
            return publication_date(record.get("published"))
        except Exception:  # the reason the article fails is reported by _process, not here
            return None
    return None


def _to_article(record: object, source: str) -> Article:
    if isinstance(record, Article):
        return record
    if isinstance(record, ReadFailure):
        raise record.as_error()
    if isinstance(record, Mapping):
        if "text" not in record:
            raise InvalidInput("article record has no 'text' field")
        return Article(record["text"], record.get("published"), source=source)
    raise InvalidInput(f"expected an Article or a mapping, not {type(record).__name__}")


class _Expired(BaseException):
    """Raised by the timer in a worker: a BaseException, so no ``except Exception`` on the way swallows it."""


def _expire(signum: int, frame: object) -> None:
    raise _Expired


@contextlib.contextmanager
def _time_limit(seconds: float | None) -> Iterator[None]:
    """Interrupt the block after ``seconds`` (a timer signal: Python code and the regex engine stop)."""
    if seconds is None:
        yield
        return
    previous = signal.signal(signal.SIGALRM, _expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


#: The options of a run that gives none: the library's defaults.
DEFAULT_SETTINGS = Settings()


def _process(
    index: int, record: object, timeout: float | None = None, settings: Settings = DEFAULT_SETTINGS
) -> ArticleResult:
    """One article's result: the per-article function of every batch runner (processes, Dask).

    ``settings`` carries the run's options (``date_order``, ``document``) to the article's build,
    in whatever process it runs.
    """
    from .pipeline import build_timeline

    source = _source_of(index, record)
    published: _dt.date | None = None
    try:
        article = _to_article(record, source)
        published = article.published
        try:
            with _time_limit(timeout):
                timeline = build_timeline(article, date_order=settings.date_order, document=settings.document)
        except _Expired:
            raise ArticleTimeout(f"building the timeline took longer than timeout={timeout:g} s") from None
        return ArticleResult(index, source, timeline=timeline, published=published)
    except Exception as exc:  # turned into a value: one article must not sink the batch
        err = ArticleError(type(exc).__name__, str(exc), traceback.format_exc(limit=8))
        return ArticleResult(index, source, error=err, published=published)


def _crashed(index: int, record: object, exc: BaseException) -> ArticleResult:
    detail = f"the worker process died while reading this article ({type(exc).__name__}: {exc})"
    error = ArticleError("WorkerCrashed", detail)
    return ArticleResult(index, _source_of(index, record), error=error, published=_published_of(record))


def build_timelines(
    articles: Iterable[ArticleLike],
    *,
    workers: int = 1,
    chunksize: int = 8,
    timeout: float | None = None,
    max_chars: int | None = None,
    date_order: DateOrder = "auto",
    document: DocumentKind = "news",
    oversubscribe: bool = False,
    mp_context: multiprocessing.context.BaseContext | None = None,
) -> Iterator[ArticleResult]:
    """One :class:`ArticleResult` per input article, lazily, in input order.

    ``articles`` is any iterable (a generator, ``read_jsonl(...)``) of
    :class:`~conflict_timeline.model.Article` or mappings with ``text``,
    ``published`` and ``source``; it is consumed only as results are taken.
    An article that fails (bad date, text that is not a ``str``, any error
    while building its timeline) gives a result whose ``error`` says why.

    ``workers=1`` runs in this process; more starts worker processes (closed
    when the iterator is exhausted or closed) with at most ``4 * workers``
    chunks of ``chunksize`` articles in flight. The pool has at most as many
    processes as this process may use CPUs (a ``ConflictTimelineWarning`` says
    so when ``workers`` asked for more); ``oversubscribe=True`` starts as many
    as asked.

    ``timeout`` (seconds) limits the time spent on one article: past it, the
    article's result is an ``ArticleTimeout`` failure and the batch goes on.
    The limit is a timer signal in a worker process, so with a ``timeout`` even
    ``workers=1`` runs in one worker process. ``max_chars`` refuses an article
    whose text is longer, with a ``TextTooLong`` failure, before it is sent
    anywhere.

    ``date_order`` and ``document`` are the options of
    :func:`~conflict_timeline.pipeline.build_timeline`; they reach every
    article's build, in the worker processes too.

    When iterating ``articles`` itself raises (a file that cannot be read any
    further, a broken database cursor), every article read before it is still
    delivered, in order, and the iterator's exception is raised after the last
    of them, as a plain ``for`` loop over the input would.

    Raises :class:`~conflict_timeline.errors.InvalidInput` at once when
    ``workers`` or ``chunksize`` is not a positive int, ``timeout`` not a
    positive number, ``max_chars`` not a positive int, ``date_order`` or
    ``document`` not one of their choices, or ``articles`` is not iterable.
    """
    settings = Settings(None, date_order, document)  # checks the options before anything is read
    for name, value in (("workers", workers), ("chunksize", chunksize), ("max_chars", max_chars)):
        if value is None and name == "max_chars":
            continue
        if not isinstance(value, int) or isinstance(value, bool) or value < 1:
            raise InvalidInput(f"{name} must be a positive int, not {value!r}")
    if timeout is not None and (
        not isinstance(timeout, (int, float)) or isinstance(timeout, bool) or not 0 < timeout < 1e9
    ):
        raise InvalidInput(f"timeout must be a positive number of seconds, not {timeout!r}")
    if isinstance(articles, (str, bytes, Mapping, Article)) or not isinstance(articles, Iterable):
        raise InvalidInput(f"articles must be an iterable of articles, not {type(articles).__name__}")
    source = _Input(enumerate(articles), max_chars)
    if workers == 1 and timeout is None:
        return _in_process(source, settings)
    processes = workers
    available = available_cpus()
    if workers > available and not oversubscribe:
        warnings.warn(
            f"build_timelines: workers={workers} capped at the {available} CPU(s) this process may use; "
            "pass oversubscribe=True to start more",
            ConflictTimelineWarning,
            stacklevel=2,
        )
        processes = available
    return _pooled(source, processes, chunksize, timeout, settings, mp_context)


def available_cpus() -> int:
    """How many CPUs this process may run on (its affinity where the system tells it, else the count)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


@attrs.frozen(slots=True)
class _Refused:
    """An article refused before it was sent to a worker (longer than ``max_chars``)."""

    source: str
    error: ConflictTimelineError
    published: _dt.date | None = None


class _Input:
    """The input articles, numbered; a failure of the iterator itself is kept for after the results.

    Articles longer than ``max_chars`` are replaced by a :class:`_Refused` marker here, so
    their text is never pickled to a worker.
    """

    def __init__(self, items: Iterator[tuple[int, object]], max_chars: int | None) -> None:
        self._items = items
        self._max_chars = max_chars
        self.error: Exception | None = None

    def __iter__(self) -> Iterator[tuple[int, object]]:
        while True:
            try:
                index, record = next(self._items)
            except StopIteration:
                return
            except Exception as exc:  # raised again once every article read before it is delivered
                self.error = exc
                return
            yield index, self._screen(index, record)

    def _screen(self, index: int, record: object) -> object:
        if self._max_chars is None:
            return record
        text = (
            record.text if isinstance(record, Article) else record.get("text") if isinstance(record, Mapping) else None
        )
        if isinstance(text, str) and len(text) > self._max_chars:
            error = TextTooLong(f"the text has {len(text):,} characters, more than max_chars={self._max_chars:,}")
            return _Refused(_source_of(index, record), error, _published_of(record))
        return record

    def reraise(self) -> None:
        if self.error is not None:
            error, self.error = self.error, None
            raise error


def _result_for(index: int, record: object, timeout: float | None, settings: Settings) -> ArticleResult:
    if isinstance(record, _Refused):
        err = ArticleError(type(record.error).__name__, str(record.error))
        return ArticleResult(index, record.source, error=err, published=record.published)
    return _process(index, record, timeout, settings)


def _in_process(source: _Input, settings: Settings) -> Iterator[ArticleResult]:
    for index, record in source:
        yield _result_for(index, record, None, settings)
    source.reraise()


def _run_chunk_screened(
    chunk: list[tuple[int, object]], timeout: float | None, settings: Settings
) -> list[ArticleResult]:
    return [_result_for(i, rec, timeout, settings) for i, rec in chunk]


#: In-flight chunks per worker process (bounds memory; see ``_pooled``).
_CHUNKS_PER_WORKER = 4


def _chunks(items: Iterator[tuple[int, object]], size: int) -> Iterator[list[tuple[int, object]]]:
    while True:
        chunk = list(itertools.islice(items, size))
        if not chunk:
            return
        yield chunk


def _pooled(
    source: _Input,
    workers: int,
    chunksize: int,
    timeout: float | None,
    settings: Settings,
    mp_context: multiprocessing.context.BaseContext | None,
) -> Iterator[ArticleResult]:
    # imported here: the process pool costs import time that one-process runs need not pay
    import concurrent.futures
    from concurrent.futures.process import BrokenProcessPool

    def new_pool() -> concurrent.futures.ProcessPoolExecutor:
        return concurrent.futures.ProcessPoolExecutor(max_workers=workers, mp_context=mp_context)

    chunks = _chunks(iter(source), chunksize)
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
                    pending.append((chunk, pool.submit(_run_chunk_screened, chunk, timeout, settings)))
            if not pending:
                break
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
                        result, pool = _isolated(pool, new_pool, index, record, timeout, settings)
                        yield result
                continue
            except Exception:  # e.g. a result that would not pickle: retry the chunk article by article
                for index, record in chunk:
                    result, pool = _isolated(pool, new_pool, index, record, timeout, settings)
                    yield result
                continue
            yield from results
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
    source.reraise()


def _isolated(
    pool: concurrent.futures.ProcessPoolExecutor,
    new_pool: Callable[[], concurrent.futures.ProcessPoolExecutor],
    index: int,
    record: object,
    timeout: float | None,
    settings: Settings,
) -> tuple[ArticleResult, concurrent.futures.ProcessPoolExecutor]:
    """Run one article alone; a crash is pinned on it and the pool replaced."""
    from concurrent.futures.process import BrokenProcessPool

    try:
        return pool.submit(_run_chunk_screened, [(index, record)], timeout, settings).result()[0], pool
    except BrokenProcessPool as exc:
        pool.shutdown(wait=False, cancel_futures=True)
        return _crashed(index, record, exc), new_pool()
    except Exception as exc:
        err = ArticleError(type(exc).__name__, f"result could not be returned from the worker: {exc}")
        return ArticleResult(index, _source_of(index, record), error=err, published=_published_of(record)), pool


# -- JSON Lines --------------------------------------------------------------------------


def read_jsonl(source: str | os.PathLike[str] | IO[str] | IO[bytes]) -> Iterator[ArticleLike]:
    """Article records from a JSON Lines file (a path or an open file), lazily.

    The same reader as the command line's (:func:`conflict_timeline.inputs.iter_jsonl`):
    blank lines are skipped; a line that is not UTF-8, not JSON, nested too
    deeply, holding a number too long to read or not a JSON object is not
    dropped: it comes out as a :class:`~conflict_timeline.inputs.ReadFailure`
    that :func:`build_timelines` turns into an ``InputFormatError`` failure
    value with source ``"<file>:<line>"``. A record without ``source`` gets
    that same ``"<file>:<line>"`` name.
    """
    if isinstance(source, (str, os.PathLike)):
        with open(source, "rb") as fh:  # bytes: each line is decoded alone, so one bad line is one failure
            yield from _records(fh, display_name(source))
    else:
        yield from _records(source, display_name(str(getattr(source, "name", "<stream>"))))


def _records(lines: Iterable[str | bytes], name: str) -> Iterator[ArticleLike]:
    for item in iter_jsonl(lines, name):
        if isinstance(item, ReadFailure):
            yield item
            continue
        where, record = item
        if record.get("source") in (None, ""):
            record["source"] = where
        yield record


def result_to_dict(result: ArticleResult) -> dict[str, Any]:
    """The JSON-ready form of one result (the timeline in the library's JSON export format)."""
    out: dict[str, Any] = {
        "index": result.index,
        "source": result.source,
        "published": result.published.isoformat() if result.published is not None else None,
        "ok": result.ok,
    }
    if result.timeline is not None:
        out["timeline"] = timeline_to_dict(result.timeline)
    if result.error is not None:
        out["error"] = {"type": result.error.type, "message": result.error.message}
    return out


#: The schema tag of the document holding several articles' results (``conflict-timeline -f json``).
ARTICLES_SCHEMA = "conflict_timeline/articles/1"


def articles_document(results: Iterable[ArticleResult]) -> dict[str, Any]:
    """Several results as one JSON-ready document: ``{"schema": ARTICLES_SCHEMA, "articles": [...]}``.

    Each entry is :func:`result_to_dict` of one result (index, source, published, ok, and the
    timeline or the error), in order; ``docs/schema/timeline.schema.json`` describes it.
    """
    return {"schema": ARTICLES_SCHEMA, "articles": [result_to_dict(r) for r in results]}


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
        line, replaced = encodable(jsonl_line(result_to_dict(result)))
        if replaced:
            warnings.warn(
                f"{result.source}: {replaced} character(s) that cannot be encoded (lone surrogates) written as U+FFFD",
                UnencodableTextWarning,
                stacklevel=2,
            )
        out.write(line)
        out.write("\n")
        if result.ok:
            ok += 1
        else:
            failed += 1
    return BatchSummary(ok, failed)


def run_jsonl(
    src: str | os.PathLike[str] | IO[str] | IO[bytes],
    dst: str | os.PathLike[str] | IO[str],
    *,
    workers: int = 1,
    chunksize: int = 8,
    timeout: float | None = None,
    max_chars: int | None = None,
    date_order: DateOrder = "auto",
    document: DocumentKind = "news",
) -> BatchSummary:
    """Stream articles from ``src`` (JSONL) to results in ``dst`` (JSONL), in order.

    The keyword options are those of :func:`build_timelines`.
    """
    results = build_timelines(
        read_jsonl(src),
        workers=workers,
        chunksize=chunksize,
        timeout=timeout,
        max_chars=max_chars,
        date_order=date_order,
        document=document,
    )
    return write_jsonl(results, dst)


def main(argv: list[str] | None = None) -> int:
    """``python -m conflict_timeline.batch IN OUT [--workers N] [--timeout S] [--max-chars N] [--date-order O] [--document K]``
    ("-" is stdin/stdout)."""
    parser = argparse.ArgumentParser(prog="python -m conflict_timeline.batch", description=main.__doc__)
    parser.add_argument("input", help="JSON Lines of {text, published, source}; - for stdin")
    parser.add_argument("output", help="JSON Lines of results; - for stdout")
    parser.add_argument("--workers", type=int, default=available_cpus(), help="worker processes (default: the CPUs)")
    parser.add_argument("--chunksize", type=int, default=8)
    parser.add_argument("--timeout", type=float, default=None, help="seconds per article before it fails")
    parser.add_argument("--max-chars", type=int, default=None, help="refuse articles with longer texts")
    parser.add_argument(
        "--date-order", choices=DATE_ORDERS, default="auto", help="order of numeric dates such as 02/12/2024"
    )
    parser.add_argument("--document", choices=DOCUMENT_KINDS, default="news", help="the kind of text")
    args = parser.parse_args(argv)
    src: str | IO[bytes] = sys.stdin.buffer if args.input == "-" else args.input
    dst: str | IO[str] = sys.stdout if args.output == "-" else args.output
    try:
        summary = run_jsonl(
            src,
            dst,
            workers=args.workers,
            chunksize=args.chunksize,
            timeout=args.timeout,
            max_chars=args.max_chars,
            date_order=args.date_order,
            document=args.document,
        )
    except InvalidInput as exc:
        parser.error(str(exc))
    except OSError as exc:
        print(f"{parser.prog}: {exc}", file=sys.stderr)
        return 1
    # failures are results too (in the output, with their source): the run itself succeeded
    print(f"{summary.ok} ok, {summary.failed} failed", file=sys.stderr)
    return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
