"""The command line: a thin shell over the public API.

``conflict-timeline FILE...`` reads articles (see :mod:`conflict_timeline.inputs`),
builds a timeline per article (or one for all with ``--merge``) and writes it
in the chosen format; ``conflict-timeline explain PHRASE --published DATE``
shows how one time expression is resolved. Exit status: 0 when every input
was read, 1 when some failed (each reported on stderr by name, the others
still written), 2 for a usage error.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import IO, TYPE_CHECKING

from . import __version__
from .errors import ConflictTimelineError, InvalidPublicationDate
from .inputs import ARTICLE_SUFFIXES, ReadFailure, expand_inputs, read_path
from .model import Article, publication_date

if TYPE_CHECKING:
    from .timeline import Timeline

__all__ = ["main", "FORMATS"]

PROG = "conflict-timeline"

#: Output formats and the file ending used when writing one file per article.
FORMATS = {
    "table": ".txt",
    "json": ".json",
    "jsonl": ".jsonl",
    "csv": ".csv",
    "md": ".md",
    "html": ".html",
    "timelinejs": ".timeline.json",
    "timeml": ".tml",
}
# Formats whose outputs can simply follow one another in one stream.
_STREAMABLE = {"table", "jsonl", "csv", "md"}
# More inputs than this and a terminal on stderr: show a progress bar.
_PROGRESS_MIN = 5

_EXAMPLES = f"""\
examples:
  {PROG} seeds/000_822785d56b3e9daf.txt             the seed article's timeline as a table
  {PROG} story.txt --published 2024-12-02            date an article that carries none
  {PROG} articles/ --merge --format html -o tl.html  one page for a folder of articles
  {PROG} feed.jsonl --format jsonl > events.jsonl    one JSON event per line
  cat story.md | {PROG} - --format md                read standard input
  {PROG} explain "last Friday" --published 2024-12-02

inputs: .txt/.md files dated by a sidecar NAME.meta.json ({{"published": "2024-12-02"}}) or by
front matter ("---" / "published: 2024-12-02" / "---"); .jsonl files of
{{"text", "published", "source"}} records; folders (every {", ".join(ARTICLE_SUFFIXES)} file in them);
"-" for standard input. --published dates only the articles that carry no date of their own.

exit status: 0 all inputs read, 1 some inputs failed (each named on stderr), 2 usage error.
"""


class _Progress:
    """A one-line progress bar on a terminal; silent anywhere else."""

    def __init__(self, stream: IO[str], total: int, enabled: bool) -> None:
        self.stream, self.total, self.done = stream, total, 0
        self.enabled = enabled and total > _PROGRESS_MIN and _isatty(stream)

    def step(self, label: str) -> None:
        self.done += 1
        if not self.enabled:
            return
        width = 30
        filled = width * self.done // max(self.total, 1)
        name = label if len(label) <= 40 else "…" + label[-39:]
        self.stream.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {self.done}/{self.total} {name}\x1b[K")
        self.stream.flush()

    def clear(self) -> None:
        if self.enabled:
            self.stream.write("\r\x1b[K")
            self.stream.flush()


def _isatty(stream: IO[str]) -> bool:
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError):  # closed or not a real file
        return False


# ----------------------------------------------------------------------------- formatting


def _heading(article: Article | None, count: int) -> str:
    if article is None:
        return f"merged timeline of {count} article{'s' * (count != 1)}"
    return f"{article.source} · published {article.published.isoformat()}"


def _render_one(fmt: str, tl: Timeline, heading: str, first: bool, title: str) -> str:
    """One timeline in a streamable format; ``first`` says whether it opens the output."""
    from . import export

    if fmt == "table":
        return ("" if first else "\n") + export.to_table(tl, heading)
    if fmt == "jsonl":
        return export.to_jsonl(tl)
    if fmt == "csv":
        return export.to_csv(tl, header=first)
    if fmt == "md":
        return ("" if first else "\n") + export.to_markdown(tl, title=heading or title)
    raise AssertionError(fmt)


def _render_document(fmt: str, items: Sequence[tuple[str, Timeline]], title: str) -> str:
    """Several timelines (or one) in a document format, as one output."""
    from . import export

    if fmt == "html":
        if len(items) == 1:
            return export.to_html(items[0][1], title=title)
        return export.to_html_page(list(items), title=title)
    if fmt == "json":
        docs = [json.loads(export.to_json(tl)) for _, tl in items]
        return json.dumps(docs[0] if len(docs) == 1 else docs, ensure_ascii=False, indent=2) + "\n"
    if fmt == "timelinejs":
        docs = [export.to_timelinejs(tl, title=title) for _, tl in items]
        return json.dumps(docs[0] if len(docs) == 1 else docs, ensure_ascii=False, indent=2) + "\n"
    if fmt == "timeml":
        assert len(items) == 1
        return export.to_timeml(items[0][1])
    raise AssertionError(fmt)


def _file_name(source: str, fmt: str, taken: set[str]) -> str:
    stem = Path(source).name if os.sep in source or "/" in source else source
    for suffix in ARTICLE_SUFFIXES:
        if stem.lower().endswith(suffix):
            stem = stem[: -len(suffix)]
    stem = re.sub(r"[^\w.-]+", "_", stem).strip("._")[:100] or "article"
    name, n = stem + FORMATS[fmt], 1
    while name in taken:
        n += 1
        name = f"{stem}-{n}{FORMATS[fmt]}"
    taken.add(name)
    return name


# ----------------------------------------------------------------------------- commands


def _date_arg(value: str) -> object:
    try:
        return publication_date(value)
    except InvalidPublicationDate as exc:
        raise argparse.ArgumentTypeError(f"{exc}; expected YYYY-MM-DD") from None


def _timeline_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog=PROG,
        description="Turn news articles into timelines of dated, typed events.",
        epilog=_EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("files", nargs="+", metavar="FILE", help="article files, folders, or - for standard input")
    p.add_argument(
        "--published",
        type=_date_arg,
        metavar="DATE",
        help="publication date (YYYY-MM-DD) for articles that carry none",
    )
    p.add_argument("-f", "--format", choices=list(FORMATS), default="table", help="output format (default: table)")
    p.add_argument(
        "-o",
        "--output",
        metavar="OUT",
        help="write to OUT instead of standard output; an existing folder gets one file per article",
    )
    p.add_argument("--merge", action="store_true", help="one timeline from all inputs (default: one per article)")
    p.add_argument("--title", default="Timeline", help="title for html, md and timelinejs output")
    p.add_argument("--no-progress", action="store_true", help="never show the progress bar")
    p.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    return p


def _explain_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog=f"{PROG} explain",
        description="Resolve one time expression and say how: value, span, rule and anchor.",
        epilog=f'example:\n  {PROG} explain "last Friday" --published 2024-12-02',
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("phrase", help='the time expression, e.g. "last Friday"')
    p.add_argument("--published", type=_date_arg, metavar="DATE", help="the date to resolve against (required)")
    p.add_argument("--day-first", action="store_true", help="read 02/12/2024 as 2 December")
    p.add_argument("--json", action="store_true", help="print the resolved expression as JSON")
    return p


def _explain(argv: list[str]) -> int:
    parser = _explain_parser()
    args = parser.parse_args(argv)
    if args.published is None:
        parser.error(
            f"--published YYYY-MM-DD is required: {args.phrase!r} is resolved against it "
            "(nothing here falls back to today's date)"
        )
    from .pipeline import resolve

    try:
        expr = resolve(args.phrase, args.published, date_order="DMY" if args.day_first else "MDY")
    except ConflictTimelineError as exc:
        print(f"{PROG}: {args.phrase!r}: {exc}", file=sys.stderr)
        return 1
    if expr is None:
        print(f"{PROG}: no time expression recognised in {args.phrase!r}", file=sys.stderr)
        return 1
    if args.json:
        from .export.json import expression_to_dict

        print(json.dumps(expression_to_dict(expr), ensure_ascii=False, indent=2))
        return 0
    from .export._common import date_label

    span = expr.span
    lines = [
        ("phrase", args.phrase),
        ("found", f"{expr.text!r} at {expr.start}-{expr.end}" + (f" (signal {expr.signal!r})" if expr.signal else "")),
        ("value", f"{expr.value} ({expr.type.value})"),
        ("mod", expr.mod.value if expr.mod is not None else "-"),
        (
            "span",
            "-"
            if span is None
            else (
                f"{span.start or '…'} to {span.end or '…'}"
                + (f" ({span.granularity.value})" if span.granularity is not None else "")
                + f", read as {date_label(span)!r}"
            ),
        ),
        ("rule", expr.rule or "-"),
        ("anchor", expr.anchor.describe() if expr.anchor is not None else "none (absolute)"),
        ("why", expr.explanation or "-"),
    ]
    for key, value in lines:
        print(f"{key:<8}{value}")
    return 0


def _error(stderr: IO[str], progress: _Progress, message: str) -> None:
    progress.clear()
    print(f"{PROG}: {message}", file=stderr)


def _timelines(argv: list[str]) -> int:
    parser = _timeline_parser()
    args = parser.parse_args(argv)
    fmt: str = args.format
    stdout, stderr = sys.stdout, sys.stderr

    out_dir: Path | None = None
    out: IO[str] = stdout
    if args.output:
        target = Path(args.output)
        if target.is_dir():
            out_dir = target
        else:
            try:
                out = open(target, "w", encoding="utf-8", newline="")
            except OSError as exc:
                parser.error(f"cannot write {args.output}: {exc.strerror or exc}")

    from .pipeline import build_timeline

    paths = []
    failures = 0
    for raw in args.files:
        found = list(expand_inputs([raw]))
        if not found and Path(raw).is_dir():
            _error(
                stderr,
                _Progress(stderr, 0, False),
                f"{raw}: no article files ({', '.join(ARTICLE_SUFFIXES)}) in this folder",
            )
            failures += 1
        paths.extend(found)
    progress = _Progress(stderr, len(paths), not args.no_progress)

    articles: list[Article] = []  # kept only for --merge and document formats
    documents: list[tuple[str, Timeline]] = []
    taken: set[str] = set()
    written = 0

    def build(batch: Article | list[Article], name: str) -> Timeline | None:
        nonlocal failures
        try:
            return build_timeline(batch)
        except ConflictTimelineError as exc:
            _error(stderr, progress, f"{name}: {exc}")
        except Exception as exc:  # a bug must not cost the other articles their output
            _error(stderr, progress, f"{name}: internal error ({type(exc).__name__}: {exc}); please report it")
        failures += 1
        return None

    def emit(tl: Timeline, heading: str, source: str) -> None:
        nonlocal written
        if out_dir is not None:
            text = (
                _render_one(fmt, tl, heading, True, args.title)
                if fmt in _STREAMABLE
                else _render_document(fmt, [(heading, tl)], args.title)
            )
            (out_dir / _file_name(source, fmt, taken)).write_text(text, encoding="utf-8")
        elif fmt in _STREAMABLE:
            out.write(_render_one(fmt, tl, heading, written == 0, args.title))
            out.flush()
        else:
            documents.append((heading, tl))
        written += 1

    try:
        for path in paths:
            for item in read_path(path, published=args.published, stdin=sys.stdin):
                if isinstance(item, ReadFailure):
                    _error(stderr, progress, str(item))
                    failures += 1
                elif args.merge:
                    articles.append(item)
                else:
                    tl = build(item, item.source)
                    if tl is not None:
                        emit(tl, _heading(item, 1), item.source)
            progress.step(str(path))
        progress.clear()

        if args.merge:
            tl = build(articles, "merged timeline")
            if tl is not None:
                emit(tl, _heading(None, len(articles)), "merged")
        if documents:
            if fmt == "timeml" and len(documents) > 1:
                parser.error("--format timeml writes one document: use --merge, or -o FOLDER for one file per article")
            out.write(_render_document(fmt, documents, args.title))
        out.flush()
    except BrokenPipeError:
        # the reader went away (``| head``): stop quietly, as Unix tools do
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
    finally:
        if out is not stdout:
            out.close()

    if failures:
        print(f"{PROG}: {failures} input{'s' * (failures != 1)} failed", file=stderr)
        return 1
    return 0


def main(argv: list[str] | None = None) -> int:
    """Run the command line with ``argv`` (default: ``sys.argv[1:]``); returns the exit status."""
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] == "explain":
        return _explain(argv[1:])
    return _timelines(argv)
