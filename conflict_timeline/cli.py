"""The command line: a thin shell over the public API, with three commands.

``conflict-timeline build FILE...`` (``build`` may be left out when the first
argument is a file: ``conflict-timeline story.txt``) reads articles (see
:mod:`conflict_timeline.inputs`), builds a timeline per article with
:func:`~conflict_timeline.batch.build_timelines` (or one for all with
``--merge``) and writes it in the chosen format; ``conflict-timeline explain
PHRASE --published DATE`` shows how one time expression is resolved;
``conflict-timeline score PATH...`` runs :mod:`conflict_timeline.evaluate`.
Exit status: 0 when every input was read, 1 when some failed (each reported
on stderr by name, the others still written), 2 for a usage error, 130 when
interrupted.

Nothing the user has is lost: ``-o`` naming an input (or a folder holding one)
is refused before anything is read; a file is written to a temporary file
beside it and renamed into place only when the run completes; a file already
in an output folder is replaced only with ``--force``.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as _dt
import json
import os
import re
import shutil
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import IO, TYPE_CHECKING

from . import __version__
from .batch import ArticleError, ArticleResult, available_cpus, build_timelines, result_to_dict
from .display import printable
from .errors import ConflictTimelineError, InvalidPublicationDate
from .inputs import ARTICLE_SUFFIXES, ReadFailure, display_name, expand_inputs, read_path
from .model import Article, publication_date
from .outputs import atomic_writer, encodable
from .settings import DATE_ORDERS, DOCUMENT_KINDS, DateOrder

if TYPE_CHECKING:
    from .timeline import Timeline

__all__ = ["main", "FORMATS", "COMMANDS"]

PROG = "conflict-timeline"

#: The commands; a first argument that is none of them (nor ``-h``/``--version``) means ``build``.
COMMANDS = ("build", "explain", "score")

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
#: The table's width when the output is not a terminal (and ``COLUMNS`` is not set).
DEFAULT_WIDTH = 80

_EXAMPLES = f"""\
examples:
  {PROG} seeds/000_822785d56b3e9daf.txt             the seed article's timeline as a table
  {PROG} story.txt --published 2024-12-02            date an article that carries none
  {PROG} articles/ --merge --format html -o tl.html  one page for a folder of articles
  {PROG} feed.jsonl --format json > timelines.json   one JSON document, an entry per article
  {PROG} feed.jsonl --format jsonl --workers 4       one JSON event per line, four processes
  cat story.md | {PROG} - --format md                read standard input
  {PROG} explain "last Friday" --published 2024-12-02
  {PROG} score ../shared/corpora/timebank            score against annotated TimeML

"""

_BUILD_NOTES = """\
inputs: .txt/.md files dated by a sidecar NAME.meta.json ({{"published": "2024-12-02"}}) or by
front matter ("---" / "published: 2024-12-02" / "---"); .jsonl files of
{{"text", "published", "source"}} records; folders (every {suffixes} file in them);
"-" for standard input. --published dates only the articles that carry no date of their own.

-f json writes one document: with --merge the merged timeline, otherwise an entry per article
(its source, publication date and timeline, or its error); -f timelinejs writes one TimelineJS
file (a group per article when there are several); -o DIR/ writes a file per article instead.

-o never overwrites an input; a file is replaced only when the run completes; a file already in
an output folder is replaced only with --force.

exit status: 0 all inputs read, 1 some inputs failed (each named on stderr), 2 usage error,
130 interrupted (an existing output is left as it was).
""".format(suffixes=", ".join(ARTICLE_SUFFIXES))


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


def _heading(source: str | None, published: _dt.date | None, count: int) -> str:
    if source is None:
        return f"merged timeline of {count} article{'s' * (count != 1)}"
    return f"{source} · published {published.isoformat()}" if published is not None else source


def _table_width(stream: IO[str] | None, given: int | None) -> int | None:
    """The columns the table may use: ``--width`` (0: no limit), else ``COLUMNS``, else the
    terminal's width, else :data:`DEFAULT_WIDTH` (a pipe or a file is not a terminal)."""
    if given is not None:
        return given or None
    env = os.environ.get("COLUMNS", "")
    if env.isdigit() and int(env) > 0:
        return int(env)
    if stream is not None and _isatty(stream):
        return shutil.get_terminal_size((DEFAULT_WIDTH, 24)).columns
    return DEFAULT_WIDTH


def _render_one(fmt: str, tl: Timeline, heading: str, first: bool, title: str, width: int | None) -> str:
    """One timeline in a streamable format; ``first`` says whether it opens the output."""
    from . import export

    if fmt == "table":
        return ("" if first else "\n") + export.to_table(tl, heading, width=width)
    if fmt == "jsonl":
        return export.to_jsonl(tl)
    if fmt == "csv":
        return export.to_csv(tl, header=first)
    if fmt == "md":
        return ("" if first else "\n") + export.to_markdown(tl, title=heading or title)
    raise AssertionError(fmt)


def _render_document(fmt: str, items: Sequence[tuple[str, str, Timeline]], title: str, merged: bool) -> str:
    """Timelines in a document format (``(heading, source, timeline)`` each), as one output."""
    from . import export

    if fmt == "html":
        if len(items) == 1:
            return export.to_html(items[0][2], title=title)
        return export.to_html_page([(h, t) for h, _, t in items], title=title)
    if fmt == "json":  # one timeline: --merge, or one file of an output folder
        assert len(items) == 1
        return export.to_json(items[0][2]) + "\n"
    if fmt == "timelinejs":
        if len(items) == 1 or (merged and items):
            doc = export.to_timelinejs(items[-1][2], title=title)
        else:
            doc = export.to_timelinejs_articles([(source, t) for _, source, t in items], title=title)
        return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"
    if fmt == "timeml":
        assert len(items) == 1
        return export.to_timeml(items[0][2])
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


# ----------------------------------------------------------------------------- parsers


def _date_arg(value: str) -> _dt.date:
    try:
        return publication_date(value)
    except InvalidPublicationDate as exc:
        raise argparse.ArgumentTypeError(f"{exc}; expected YYYY-MM-DD") from None


def _positive_int(value: str) -> int:
    if not value.isdigit() or int(value) < 1:
        raise argparse.ArgumentTypeError(f"expected a positive whole number, not {value!r}")
    return int(value)


def _width_arg(value: str) -> int:
    if not value.isdigit():
        raise argparse.ArgumentTypeError(f"expected a number of columns (0: no limit), not {value!r}")
    return int(value)


def _add_options(p: argparse.ArgumentParser) -> None:
    """The library's options (``Settings``), the same on every command that reads text."""
    p.add_argument(
        "--date-order",
        choices=DATE_ORDERS,
        default="auto",
        help="order of numeric dates such as 02/12/2024: MDY, DMY (day first), YMD, or auto "
        "(decided from the text; the default)",
    )
    p.add_argument(
        "--document",
        choices=DOCUMENT_KINDS,
        default="news",
        help="news (dates against the publication day; the default), narrative (against the story's own time), or auto",
    )


def _build_arguments(p: argparse.ArgumentParser) -> None:
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
    _add_options(p)
    p.add_argument(
        "--workers",
        type=_positive_int,
        default=1,
        metavar="N",
        help=f"build in N processes (default 1; at most the CPUs this process may use, here {available_cpus()})",
    )
    p.add_argument(
        "--width",
        type=_width_arg,
        metavar="COLUMNS",
        help="width of the table format (default: the terminal's, or $COLUMNS, or 80; 0: no limit)",
    )
    p.add_argument(
        "-q", "--quiet", action="store_true", help="only errors on stderr: no progress bar, warnings or summary"
    )
    p.add_argument("--no-progress", action="store_true", help="never show the progress bar")
    p.add_argument("--version", action="version", version=f"{PROG} {__version__}")


def _parser() -> tuple[argparse.ArgumentParser, dict[str, argparse.ArgumentParser]]:
    """``conflict-timeline`` and its commands (``build`` is also what a bare file list means), and
    the parser of each command (for its usage errors)."""
    top = argparse.ArgumentParser(
        prog=PROG,
        usage=f"{PROG} [build] FILE... [options]\n       {PROG} explain PHRASE --published DATE [options]\n"
        f"       {PROG} score PATH... [options]",
        description="Turn news articles into timelines of dated, typed events.",
        epilog=_EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    top.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    commands = top.add_subparsers(dest="command", metavar="COMMAND", title="commands")
    build = commands.add_parser(
        "build",
        prog=f"{PROG} build",
        help="timelines of articles (the default command)",
        description="Build the timeline of each article (or one for all with --merge) and write it.",
        epilog=_EXAMPLES + "\n" + _BUILD_NOTES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    _build_arguments(build)
    explain = commands.add_parser(
        "explain",
        prog=f"{PROG} explain",
        help="resolve one time expression and say how",
        description="Resolve one time expression and say how: value, span, rule and anchor.",
        epilog=f'example:\n  {PROG} explain "last Friday" --published 2024-12-02',
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    explain.add_argument("phrase", help='the time expression, e.g. "last Friday"')
    explain.add_argument("--published", type=_date_arg, metavar="DATE", help="the date to resolve against (required)")
    _add_options(explain)
    explain.add_argument(
        "--day-first", action="store_true", help="the same as --date-order DMY (deprecated: use --date-order)"
    )
    explain.add_argument("--json", action="store_true", help="print the resolved expression as JSON")
    # score's own parser is the evaluate module's (run by main); listed here for --help
    score = commands.add_parser("score", help="score against annotated files (python -m conflict_timeline.evaluate)")
    return top, {"build": build, "explain": explain, "score": score}


def _explain(args: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    if args.published is None:
        parser.error(
            f"--published YYYY-MM-DD is required: {args.phrase!r} is resolved against it "
            "(nothing here falls back to today's date)"
        )
    from .pipeline import resolve

    date_order: DateOrder = "DMY" if args.day_first else args.date_order
    try:
        expr = resolve(args.phrase, args.published, date_order=date_order, document=args.document)
    except ConflictTimelineError as exc:
        print(f"{PROG}: {printable(repr(args.phrase))}: {printable(str(exc))}", file=sys.stderr)
        return 1
    if expr is None:
        print(f"{PROG}: no time expression recognised in {printable(repr(args.phrase))}", file=sys.stderr)
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
        print(f"{key:<8}{' '.join(printable(value).split())}")
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

    def __init__(self, stdout: IO[str], stderr: IO[str], progress: _Progress, quiet: bool = False) -> None:
        self.stdout, self.stderr, self.progress, self.quiet = stdout, stderr, progress, quiet
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
        if replaced and not self.quiet:
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


def _timelines(args: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    stderr = sys.stderr
    paths, failures = _expand(args.files, stderr)
    progress = _Progress(stderr, len(paths), not (args.no_progress or args.quiet))
    output = _Output(sys.stdout, stderr, progress, quiet=args.quiet)
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
        if not args.quiet:
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


def _failure_message(result: ArticleResult) -> str:
    """What stderr says about a failed article: a bug in the library is named as one."""
    assert result.error is not None
    from . import errors

    known = getattr(errors, result.error.type, None)
    if result.error.type in ("WorkerCrashed",) or (
        isinstance(known, type) and issubclass(known, ConflictTimelineError)
    ):
        return f"{result.source}: {result.error.message}"
    return f"{result.source}: internal error ({result.error.type}: {result.error.message}); please report it"


class _ArticlesJson:
    """``-f json`` without ``--merge``: one document, an entry per article, written as results come.

    The text is what ``json.dumps(articles_document(results), indent=2)`` gives, written entry by
    entry so that memory does not grow with the number of articles.
    """

    def __init__(self, output: _Output) -> None:
        self.output = output
        self.count = 0

    def add(self, result: ArticleResult) -> None:
        entry = json.dumps(result_to_dict(result), ensure_ascii=False, indent=2).replace("\n", "\n    ")
        from .batch import ARTICLES_SCHEMA

        opening = f'{{\n  "schema": {json.dumps(ARTICLES_SCHEMA)},\n  "articles": [\n    '
        self.output.write((opening if self.count == 0 else ",\n    ") + entry, result.source)
        self.count += 1

    def close(self) -> None:
        from .batch import ARTICLES_SCHEMA

        if self.count == 0:  # every input failed before it was an article, or there was none: still JSON
            self.output.write(f'{{\n  "schema": {json.dumps(ARTICLES_SCHEMA)},\n  "articles": []\n}}\n', "")
        else:
            self.output.write("\n  ]\n}\n", "")


class _Run:
    """One ``build`` run: read, build (through ``build_timelines``), write; counts what failed."""

    def __init__(self, args: argparse.Namespace, paths: Sequence[Path | str | ReadFailure], output: _Output) -> None:
        self.args, self.paths, self.output = args, paths, output
        self.fmt: str = args.format
        self.failures = 0
        self.written = 0
        self.merged: list[Timeline] = []  # kept only for --merge
        self.documents: list[tuple[str, str, Timeline]] = []  # document formats: written at the end
        # a folder's files are no terminal: they get --width, $COLUMNS or 80, whatever stdout is
        where = output.stream if output.folder is None else None
        self.width = _table_width(where, args.width) if self.fmt == "table" else None
        one_document = self.fmt == "json" and not args.merge and output.folder is None
        self.articles_json = _ArticlesJson(output) if one_document else None
        self.read_failures: dict[int, ReadFailure] = {}

    def error(self, message: str) -> None:
        _error(self.output.stderr, self.output.progress, message)

    def items(self) -> Iterator[Article | ReadFailure]:
        """Everything read, in order; a file that could not be read is a failure value for
        ``build_timelines`` too, so that its entry keeps its place."""
        count = 0
        for path in self.paths:
            for item in read_path(path, published=self.args.published, stdin=sys.stdin):
                if isinstance(item, ReadFailure):
                    self.read_failures[count] = item
                count += 1
                yield item
            self.output.progress.step(display_name(path.source if isinstance(path, ReadFailure) else path))

    def emit(self, tl: Timeline, heading: str, source: str) -> None:
        fmt, args, output = self.fmt, self.args, self.output
        if output.folder is not None:
            text = (
                _render_one(fmt, tl, heading, True, args.title, self.width)
                if fmt in _STREAMABLE
                else _render_document(fmt, [(heading, source, tl)], args.title, True)
            )
            problem = output.write_file(source, fmt, text)
            if problem is not None:
                self.error(problem)
                self.failures += 1
                return
        elif fmt in _STREAMABLE:
            output.write(_render_one(fmt, tl, heading, self.written == 0, args.title, self.width), source)
        else:
            self.documents.append((heading, source, tl))
        self.written += 1

    def take(self, result: ArticleResult) -> None:
        """One article's result: reported when it failed, written (or kept) when it did not."""
        failed = self.read_failures.pop(result.index, None)
        if failed is not None:  # keep the reader's own message, which says how to fix it
            error = ArticleError(type(failed.as_error()).__name__, failed.message)
            result = ArticleResult(result.index, failed.source, error=error)
            self.error(str(failed))
        elif result.error is not None:
            self.error(_failure_message(result))
        if result.timeline is None:
            self.failures += 1
        elif self.args.merge:
            self.merged.append(result.timeline)
        elif self.articles_json is None:
            self.emit(result.timeline, _heading(result.source, result.published, 1), result.source)
        else:
            self.written += 1
        if self.articles_json is not None:
            self.articles_json.add(result)

    def finish(self) -> None:
        """What is written once every article is done: the merged timeline, the documents."""
        fmt, args, output = self.fmt, self.args, self.output
        if args.merge and self.merged:
            from .timeline import Timeline

            self.emit(Timeline.merge(*self.merged), _heading(None, None, len(self.merged)), "merged")
        if self.articles_json is not None:
            self.articles_json.close()
        if fmt == "timelinejs" and not self.documents and output.folder is None and output.stream is output.stdout:
            # nothing built: still a file TimelineJS loads (its title slide), never an empty output
            output.stream.write(_render_document(fmt, [], args.title, args.merge))
        if self.documents:
            if fmt == "timeml" and len(self.documents) > 1:
                raise _Usage("--format timeml writes one document: use --merge, or -o FOLDER for one file per article")
            text, replaced = encodable(_render_document(fmt, self.documents, args.title, args.merge))
            if replaced:  # rare: find the articles to name in the warnings
                from .export import to_jsonl

                for _h, source, tl in self.documents:
                    output.text(to_jsonl(tl), source)
            output.stream.write(text)
        output.stream.flush()
        if self.failures and not self.written and output.stream is not output.stdout:
            if not args.quiet:
                self.error(f"nothing to write: {display_name(args.output)} left as it was")
            output.discard()


def _run(
    args: argparse.Namespace, paths: Sequence[Path | str | ReadFailure], output: _Output, progress: _Progress
) -> int:
    """Read, build and write; returns the number of inputs that failed."""
    run = _Run(args, paths, output)
    for result in build_timelines(
        run.items(), workers=args.workers, date_order=args.date_order, document=args.document
    ):
        run.take(result)
    progress.clear()
    run.finish()
    return run.failures


def main(argv: list[str] | None = None) -> int:
    """Run the command line with ``argv`` (default: ``sys.argv[1:]``); returns the exit status.

    The first argument names the command (``build``, ``explain``, ``score``); anything else
    (a file, a folder, ``-``, an option of ``build``) means ``build``, so that
    ``conflict-timeline story.txt`` works as it always has. A file named like a command is
    given as ``./build``.
    """
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["score"]:
        from .evaluate.command import main as score

        return score(argv[1:], prog=f"{PROG} score")
    if not argv or argv[0] not in (*COMMANDS, "-h", "--help", "--version"):
        argv.insert(0, "build")
    parser, commands = _parser()
    args = parser.parse_args(argv)
    if args.command == "explain":
        return _explain(args, commands["explain"])
    return _timelines(args, commands["build"])
