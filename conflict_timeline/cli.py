"""The command line: a thin shell over the public API.

``conflict-timeline FILE...`` reads articles (see :mod:`conflict_timeline.inputs`),
builds a timeline per article (or one for all with ``--merge``) and writes it
in the chosen format; ``conflict-timeline explain PHRASE --published DATE``
shows how one time expression is resolved. Exit status: 0 when every input
was read, 1 when some failed (each reported on stderr by name, the others
still written), 2 for a usage error, 130 when interrupted.

Nothing the user has is lost: ``-o`` naming an input (or a folder holding one)
is refused before anything is read; a file is written to a temporary file
beside it and renamed into place only when the run completes; a file already
in an output folder is replaced only with ``--force``.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import re
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import IO, TYPE_CHECKING

from . import __version__
from .display import printable
from .errors import ConflictTimelineError, InvalidPublicationDate
from .inputs import ARTICLE_SUFFIXES, ReadFailure, display_name, expand_inputs, read_path
from .model import Article, publication_date
from .outputs import atomic_writer, encodable

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

-o never overwrites an input; a file is replaced only when the run completes; a file already in
an output folder is replaced only with --force.

exit status: 0 all inputs read, 1 some inputs failed (each named on stderr), 2 usage error,
130 interrupted (an existing output is left as it was).
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
        label = " ".join(printable(label).split())
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
        help="write to OUT instead of standard output; a folder (existing, or OUT/ to create it) "
        "gets one file per article",
    )
    p.add_argument("--force", action="store_true", help="replace files that already exist in an output folder")
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
    # names and messages quote the inputs: no control character of theirs reaches the terminal
    print(f"{PROG}: {printable(message)}", file=stderr)


# ----------------------------------------------------------------------------- where the output goes


class _Usage(Exception):
    """A usage error found after parsing (exit 2), e.g. ``-o`` naming an input."""


def _identity(path: Path) -> tuple[int, int] | None:
    try:
        st = path.stat()
    except OSError:
        return None
    return (st.st_dev, st.st_ino)


def _input_files(raw_inputs: Sequence[str], paths: Sequence[Path | str | ReadFailure]) -> set[tuple[int, int]]:
    """The files this run reads (articles and their sidecars) and the folders it lists, by identity."""
    from .inputs import _sidecar

    out: set[tuple[int, int]] = set()
    for item in list(paths) + [Path(r) for r in raw_inputs if r != "-"]:
        if isinstance(item, Path):
            for candidate in (item, _sidecar(item)):
                ident = _identity(candidate)
                if ident is not None:
                    out.add(ident)
    return out


def _check_output(target: str, raw_inputs: Sequence[str], paths: Sequence[Path | str | ReadFailure]) -> Path | None:
    """Refuse an ``-o`` that would overwrite an input; returns the output folder, or ``None`` for a file.

    ``OUT/`` (a trailing slash) names a folder: created when missing.
    """
    out = Path(target)
    inputs = _input_files(raw_inputs, paths)
    wants_folder = target.endswith(("/", os.sep))
    if wants_folder and not out.is_dir():
        if out.exists():
            raise _Usage(f"-o {display_name(target)}: not a folder")
        try:
            out.mkdir(parents=True)
        except OSError as exc:
            raise _Usage(f"cannot create the folder {display_name(target)}: {exc.strerror or exc}") from None
    if out.is_dir():
        held = [p for p in paths if isinstance(p, Path) and _identity(p.parent) == _identity(out)]
        if _identity(out) in inputs or held:
            example = f" (such as {display_name(held[0])})" if held else ""
            raise _Usage(
                f"-o {display_name(target)}: this folder holds inputs of this run{example}; "
                "write the output to another folder"
            )
        return out
    if _identity(out) in inputs:
        raise _Usage(f"-o {display_name(target)}: this file is an input of this run; it would be overwritten")
    return None


class _Output:
    """The output of one run: standard output, one file (atomic), or one file per article in a folder."""

    def __init__(self, stdout: IO[str], stderr: IO[str], progress: _Progress) -> None:
        self.stdout, self.stderr, self.progress = stdout, stderr, progress
        self.stream: IO[str] = stdout
        self.folder: Path | None = None
        self.force = False
        self.inputs: set[tuple[int, int]] = set()  # the run's input files, never written to
        self._taken: set[str] = set()
        self._stack = contextlib.ExitStack()
        self._discarded = False

    @contextlib.contextmanager
    def open(self, target: str | None, folder: Path | None, force: bool) -> Iterator[_Output]:
        """Set the destination up; a file target is replaced only when the block ends without an exception
        and without :meth:`discard`."""
        self.folder, self.force = folder, force
        try:
            with self._stack:
                if target is not None and folder is None:
                    try:
                        self.stream = self._stack.enter_context(atomic_writer(target))
                    except OSError as exc:
                        raise _Usage(f"cannot write {display_name(target)}: {exc.strerror or exc}") from None
                yield self
                if self._discarded:
                    raise _Discard  # unwinds the atomic writer: the temporary file goes, the target stays
        except _Discard:
            pass

    def discard(self) -> None:
        """Keep the file target's old content: nothing of this run replaces it."""
        self._discarded = True

    def text(self, text: str, source: str) -> str:
        """``text`` made encodable; a warning names the article when a character had to be replaced."""
        clean, replaced = encodable(text)
        if replaced:
            _error(
                self.stderr,
                self.progress,
                f"warning: {source}: {replaced} character{'s' * (replaced != 1)} that cannot be encoded "
                "(lone surrogates) written as U+FFFD",
            )
        return clean

    def write(self, text: str, source: str) -> None:
        self.stream.write(self.text(text, source))
        self.stream.flush()

    def write_file(self, source: str, fmt: str, text: str) -> str | None:
        """One article's file in the output folder; a message instead when it exists and --force is not given."""
        assert self.folder is not None
        path = self.folder / _file_name(source, fmt, self._taken)
        if _identity(path) in self.inputs:  # a link to an input: not even --force replaces it
            return f"{source}: {display_name(path)} is an input of this run; it is not overwritten"
        if (path.exists() or path.is_symlink()) and not self.force:
            return f"{source}: {display_name(path)} already exists; pass --force to replace it"
        try:
            with atomic_writer(path) as handle:
                handle.write(self.text(text, source))
        except OSError as exc:
            return f"{source}: cannot write {display_name(path)}: {exc.strerror or exc}"
        return None


class _Discard(Exception):
    """Raised inside :meth:`_Output.open` so that the atomic file is not put in place (caught there)."""


# ----------------------------------------------------------------------------- the main job


def _timelines(argv: list[str]) -> int:
    parser = _timeline_parser()
    args = parser.parse_args(argv)
    stderr = sys.stderr
    paths, failures = _expand(args.files, stderr)
    progress = _Progress(stderr, len(paths), not args.no_progress)
    output = _Output(sys.stdout, stderr, progress)
    try:
        folder = _check_output(args.output, args.files, paths) if args.output else None
        output.inputs = _input_files(args.files, paths)
        if args.format == "timeml" and not args.merge and folder is None and len(paths) > 1:
            raise _Usage("--format timeml writes one document: use --merge, or -o FOLDER for one file per article")
        with output.open(args.output, folder, args.force):
            failures += _run(args, paths, output, progress)
    except _Usage as exc:
        progress.clear()
        parser.error(printable(str(exc)))  # the message may quote a file name
    except KeyboardInterrupt:
        progress.clear()
        kept = f"; {display_name(args.output)} left as it was" if args.output and output.folder is None else ""
        print(f"{PROG}: interrupted{kept}", file=stderr)
        return 130
    except BrokenPipeError:
        # the reader went away (``| head``): stop quietly, as Unix tools do
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
    if failures:
        print(f"{PROG}: {failures} input{'s' * (failures != 1)} failed", file=stderr)
        return 1
    return 0


def _expand(raw_inputs: Sequence[str], stderr: IO[str]) -> tuple[list[Path | str | ReadFailure], int]:
    """The files to read, and how many arguments failed already (an empty folder)."""
    paths: list[Path | str | ReadFailure] = []
    failures = 0
    for raw in raw_inputs:
        found = list(expand_inputs([raw]))
        if not found and Path(raw).is_dir():
            _error(
                stderr,
                _Progress(stderr, 0, False),
                f"{display_name(raw)}: no article files ({', '.join(ARTICLE_SUFFIXES)}) in this folder",
            )
            failures += 1
        paths.extend(found)
    return paths, failures


def _build(articles: Article | list[Article], name: str, stderr: IO[str], progress: _Progress) -> Timeline | None:
    """One timeline, or ``None`` after reporting why not (a bug must not cost the other articles)."""
    from .pipeline import build_timeline

    try:
        return build_timeline(articles)
    except ConflictTimelineError as exc:
        _error(stderr, progress, f"{name}: {exc}")
    except Exception as exc:
        _error(stderr, progress, f"{name}: internal error ({type(exc).__name__}: {exc}); please report it")
    return None


def _run(
    args: argparse.Namespace, paths: Sequence[Path | str | ReadFailure], output: _Output, progress: _Progress
) -> int:
    """Read, build and write; returns the number of inputs that failed."""
    fmt: str = args.format
    stderr = output.stderr
    failures = 0
    articles: list[Article] = []  # kept only for --merge
    documents: list[tuple[str, Timeline, str]] = []  # document formats: written at the end
    written = 0

    def emit(tl: Timeline, heading: str, source: str) -> None:
        nonlocal written, failures
        if output.folder is not None:
            text = (
                _render_one(fmt, tl, heading, True, args.title)
                if fmt in _STREAMABLE
                else _render_document(fmt, [(heading, tl)], args.title)
            )
            problem = output.write_file(source, fmt, text)
            if problem is not None:
                _error(stderr, progress, problem)
                failures += 1
                return
        elif fmt in _STREAMABLE:
            output.write(_render_one(fmt, tl, heading, written == 0, args.title), source)
        else:
            documents.append((heading, tl, source))
        written += 1

    for path in paths:
        for item in read_path(path, published=args.published, stdin=sys.stdin):
            if isinstance(item, ReadFailure):
                _error(stderr, progress, str(item))
                failures += 1
            elif args.merge:
                articles.append(item)
            else:
                tl = _build(item, item.source, stderr, progress)
                if tl is None:
                    failures += 1
                else:
                    emit(tl, _heading(item, 1), item.source)
        progress.step(display_name(path.source if isinstance(path, ReadFailure) else path))
    progress.clear()

    if args.merge and articles:
        tl = _build(articles, "merged timeline", stderr, progress)
        if tl is None:
            failures += 1
        else:
            emit(tl, _heading(None, len(articles)), "merged")
    if documents:
        if fmt == "timeml" and len(documents) > 1:
            raise _Usage("--format timeml writes one document: use --merge, or -o FOLDER for one file per article")
        text, replaced = encodable(_render_document(fmt, [(h, t) for h, t, _ in documents], args.title))
        if replaced:  # rare: find the articles to name in the warnings
            from .export import to_jsonl

            for _h, tl, source in documents:
                output.text(to_jsonl(tl), source)
        output.stream.write(text)
    output.stream.flush()
    if failures and not written and output.stream is not output.stdout:
        _error(stderr, progress, f"nothing to write: {display_name(args.output)} left as it was")
        output.discard()
    return failures


def main(argv: list[str] | None = None) -> int:
    """Run the command line with ``argv`` (default: ``sys.argv[1:]``); returns the exit status."""
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] == "explain":
        return _explain(argv[1:])
    return _timelines(argv)
