"""Reading articles from files, folders and standard input.

Three ways for an article to carry its publication date, tried in this order:

* a sidecar metadata file beside a text file: ``story.txt`` + ``story.meta.json``
  holding ``{"published": "2024-12-02", "source": "reuters-1"}``;
* front matter at the top of a text or Markdown file: YAML between two ``---``
  lines, or TOML between two ``+++`` lines (Hugo's two kinds)::

      ---                              +++
      published: 2024-12-02            published = 2024-12-02
      source: reuters-1                source = "reuters-1"
      tags: [syria, aleppo]            tags = ["syria", "aleppo"]
      ---                              +++
      On Monday, ...                   On Monday, ...

* one JSON object per line in a ``.jsonl`` file:
  ``{"text": "...", "published": "2024-12-02", "source": "reuters-1"}``.

A date given by the caller (``published=``, the command line's ``--published``)
fills in for articles that carry none; it never overrides a date the article
states. Nothing here falls back to today's date: an article without a date is a
:class:`ReadFailure` that names the file and says how to give one.

Reading never raises for a bad input: :func:`read_inputs` yields an
:class:`~conflict_timeline.model.Article` for every good article and a
:class:`ReadFailure` for every bad file or record, so one broken file cannot
lose the others. A bad file or record is one that is not UTF-8, not valid JSON,
YAML or TOML, nested too deeply, holds a number too long to read, is not a
regular file (a FIFO would block the reader for ever; it is refused without
waiting), or a folder that cannot be listed; each failure names the file, and
the line for a JSON Lines record. :func:`iter_jsonl` is the one JSON Lines
reader, shared with :func:`conflict_timeline.batch.read_jsonl`.
"""

from __future__ import annotations

import io
import os
import re
import stat
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any, TextIO, cast

import attrs

from .errors import ConflictTimelineError, InputFormatError, InvalidPublicationDate
from .model import Article, DateLike, publication_date
from .safejson import loads_untrusted

__all__ = [
    "ARTICLE_SUFFIXES",
    "MAX_FRONT_MATTER",
    "ReadFailure",
    "display_name",
    "expand_inputs",
    "iter_jsonl",
    "parse_front_matter",
    "read_inputs",
    "read_path",
]

#: File name endings taken as articles when a folder is given.
ARTICLE_SUFFIXES = (".txt", ".md", ".markdown", ".text", ".jsonl")

# Keys accepted for the publication date in metadata and front matter, first match wins.
_DATE_KEYS = ("published", "date", "published_at", "dct")
_META_SUFFIX = ".meta.json"
STDIN_NAME = "<stdin>"

# How to give a missing date, per kind of input; "--published" is the command line's
# name for the ``published=`` argument.
_GIVE = "pass --published YYYY-MM-DD (published= from Python)"
_FRONT = 'front matter "published: YYYY-MM-DD" between two "---" lines'

#: Front matter longer than this (in characters) is refused: it is metadata, not a document.
MAX_FRONT_MATTER = 65_536


def display_name(path: str | os.PathLike[str]) -> str:
    """The name of ``path`` as messages and source names show it.

    A file name that is not valid UTF-8 reaches Python with lone surrogates in
    it, which no output can encode; its undecodable bytes are shown as
    ``\\xNN`` escapes instead (``caf\\xe9.txt``).
    """
    name = os.fspath(path)
    if isinstance(name, bytes):
        return name.decode("utf-8", "backslashreplace")
    if name.isascii():
        return name
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return os.fsencode(name).decode("utf-8", "backslashreplace")
    return name


@attrs.frozen(slots=True)
class ReadFailure:
    """An input that could not become an article, as a value rather than an exception.

    ``source`` names the file (and line, for a JSON Lines record); ``message``
    says what went wrong and, where it helps, how to fix it; ``error`` is the
    exception that was caught.
    """

    source: str
    message: str
    error: BaseException | None = attrs.field(default=None, eq=False, repr=False)

    def __str__(self) -> str:
        return f"{self.source}: {self.message}"

    def as_error(self) -> ConflictTimelineError:
        """The library's typed error for this failure (the one caught, or an :class:`InputFormatError`)."""
        if isinstance(self.error, ConflictTimelineError):
            return self.error
        return InputFormatError(self.source, self.message)


InputItem = Article | ReadFailure


def parse_front_matter(text: str, source: str = "<text>") -> tuple[dict[str, object], str]:
    """Split front matter from the body: YAML between ``---`` lines, or TOML between ``+++`` lines.

    Returns ``(fields, body)`` with the top-level keys lower-cased; a text
    without front matter gives ``({}, text)``, and so does a block that is not
    a mapping (a Markdown horizontal rule, a paragraph) or has no closing line.
    YAML is read with PyYAML's safe loader (no tags, no code), except that
    dates stay strings, so that every date goes through
    :func:`~conflict_timeline.model.publication_date`'s one set of rules; TOML
    with ``tomllib`` (``tomli`` before Python 3.11), whose dates are dates.

    Raises :class:`~conflict_timeline.errors.InputFormatError` naming
    ``source`` and the line when the block is meant as front matter (it starts
    with ``key:`` / ``key =``) but is not valid YAML/TOML, or is longer than
    :data:`MAX_FRONT_MATTER`.

    >>> parse_front_matter("---\\npublished: 2024-12-02\\ntags: [a, b]\\n---\\nOn Monday.")
    ({'published': '2024-12-02', 'tags': ['a', 'b']}, 'On Monday.')
    """
    fence = text[:3]
    if fence not in ("---", "+++"):
        return {}, text
    first_end = text.find("\n")
    if (text[:first_end] if first_end >= 0 else text).strip() != fence:
        return {}, text
    closing = _YAML_END if fence == "---" else _TOML_END
    end = closing.search(text, first_end + 1) if first_end >= 0 else None
    if end is None:
        return {}, text  # no closing line: a horizontal rule, not front matter
    block = text[first_end + 1 : end.start()]
    body = text[end.end() :]
    body = body[2:] if body.startswith("\r\n") else body[1:] if body.startswith("\n") else body
    meant = _MEANT_AS_FIELDS.search(block) is not None
    if len(block) > MAX_FRONT_MATTER:
        if not meant:
            return {}, text
        raise InputFormatError(source, f"front matter longer than {MAX_FRONT_MATTER:,} characters")
    try:
        fields = _load_yaml(block) if fence == "---" else _load_toml(block)
    except _FrontMatterError as exc:
        if not meant:
            return {}, text
        where = f"{source}:{exc.line + 1}" if exc.line is not None else source
        raise InputFormatError(where, f"front matter is not valid {exc.kind}: {exc.reason}") from None
    if not isinstance(fields, dict):
        return {}, text  # a paragraph or a list between two rules: not front matter
    return {str(k).lower(): v for k, v in fields.items() if isinstance(k, str)}, body


_YAML_END = re.compile(r"^(?:---|\.\.\.)[ \t]*\r?$", re.M)
_TOML_END = re.compile(r"^\+\+\+[ \t]*\r?$", re.M)
# the first meaningful line of a block written as fields: "key:" (YAML) or "key =" (TOML)
_MEANT_AS_FIELDS = re.compile(r"\A(?:[ \t]*(?:#[^\n]*)?\r?\n)*[ \t]*[\w\"'.-]+[ \t]*(?::|=)")


class _FrontMatterError(Exception):
    def __init__(self, kind: str, reason: str, line: int | None) -> None:
        self.kind, self.reason, self.line = kind, reason, line  # line: 1-based, within the block


def _yaml_loader() -> Any:
    import yaml

    base = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

    class _Loader(base):  # type: ignore[misc, valid-type]
        """The safe loader without the implicit timestamp type: dates stay strings."""

    _Loader.yaml_implicit_resolvers = {
        first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
        for first, resolvers in base.yaml_implicit_resolvers.items()
    }
    return _Loader


_LOADER: Any = None


def _load_yaml(block: str) -> object:
    global _LOADER
    import yaml

    if _LOADER is None:
        _LOADER = _yaml_loader()
    try:
        return yaml.load(block, Loader=_LOADER)  # noqa: S506 - a safe loader, see _yaml_loader
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        reason = " ".join(str(p) for p in (exc.context, exc.problem) if p)
        raise _FrontMatterError("YAML", reason or "cannot be read", mark.line + 1 if mark else None) from None
    except Exception as exc:  # the parser's failure on junk (deep nesting, a huge number) becomes ours
        raise _FrontMatterError("YAML", f"{type(exc).__name__}: {str(exc)[:200]}", None) from None


_TOML_AT = re.compile(r"\(at line (\d+), column \d+\)")


def _load_toml(block: str) -> object:
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover - Python 3.10
        import tomli as tomllib
    try:
        return tomllib.loads(block)
    except tomllib.TOMLDecodeError as exc:
        at = _TOML_AT.search(str(exc))  # the line is given in the file's terms by the caller
        reason = _TOML_AT.sub("", str(exc)).strip() or "cannot be read"
        raise _FrontMatterError("TOML", reason, int(at.group(1)) if at else None) from None
    except Exception as exc:  # deep nesting, a huge number: the parser's failure becomes ours
        raise _FrontMatterError("TOML", f"{type(exc).__name__}: {str(exc)[:200]}", None) from None


def _scalar(value: object) -> str | None:
    """A front matter or record value that can name a source: a string or a number, else ``None``."""
    if isinstance(value, str):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value) if not isinstance(value, int) or value.bit_length() < 64 else None
    return None


def _date_from(fields: dict[str, object]) -> object | None:
    for key in _DATE_KEYS:
        value = fields.get(key)
        if value is None or value == "":
            continue
        if isinstance(value, int) and not isinstance(value, bool) and value.bit_length() < 64:
            return str(value)  # "published: 20241202" in YAML is a number; its digits are the date
        return value
    return None


def _sidecar(path: Path) -> Path:
    return path.with_name(path.stem + _META_SUFFIX) if path.suffix else path.with_name(path.name + _META_SUFFIX)


def _make_article(
    text: str,
    date: object | None,
    fallback: DateLike | None,
    source: str,
    name: str,
    how: str,
) -> InputItem:
    """One article, or a failure naming ``name`` when its date is missing or invalid."""
    raw = date if date is not None else fallback
    if raw is None:
        return ReadFailure(name, "no publication date; " + how)
    try:
        # whatever the metadata held (a YAML number, a list): publication_date checks it at run time
        day = publication_date(cast(DateLike, raw))
    except InvalidPublicationDate as exc:
        return ReadFailure(name, str(exc), exc)
    return Article(text, day, source=source)


def _decode(data: bytes, name: str) -> str | ReadFailure:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        reason = f"not UTF-8 text (byte 0x{data[exc.start]:02x} at offset {exc.start}); convert it to UTF-8 first"
        return ReadFailure(name, reason, InputFormatError(name, reason))


def _open_regular(path: Path, name: str) -> IO[bytes] | ReadFailure:
    """``path`` opened for reading bytes, or a failure when it cannot be read or is not a regular file.

    Opened without blocking and checked on the open descriptor: a FIFO (or a
    device, a socket) would make the read wait for a writer for ever.
    """
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
    except OSError as exc:
        return ReadFailure(name, f"cannot read: {exc.strerror or exc}", exc)
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            what = "a folder" if stat.S_ISDIR(mode) else "a FIFO" if stat.S_ISFIFO(mode) else "a device or socket"
            reason = f"not a regular file ({what}); pass - to read standard input"
            os.close(fd)
            return ReadFailure(name, reason, InputFormatError(name, reason))
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
        return open(fd, "rb")
    except OSError as exc:
        os.close(fd)
        return ReadFailure(name, f"cannot read: {exc.strerror or exc}", exc)


def _read_bytes(path: Path, name: str) -> bytes | ReadFailure:
    handle = _open_regular(path, name)
    if isinstance(handle, ReadFailure):
        return handle
    with handle:
        try:
            return handle.read()
        except OSError as exc:
            return ReadFailure(name, f"cannot read: {exc.strerror or exc}", exc)


def _front_matter(text: str, name: str) -> tuple[dict[str, object], str] | ReadFailure:
    try:
        return parse_front_matter(text, name)
    except InputFormatError as exc:
        return ReadFailure(exc.source, exc.reason, exc)


def _read_sidecar(meta_path: Path, name: str) -> dict[str, object] | ReadFailure:
    meta_name = display_name(meta_path)
    data = _read_bytes(meta_path, meta_name)
    if isinstance(data, ReadFailure):
        return ReadFailure(name, f"unreadable metadata file {meta_name}: {data.message}", data.error)
    try:
        loaded = loads_untrusted(data.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        reason = f"unreadable metadata file {meta_name}: not UTF-8 (byte at offset {exc.start})"
        return ReadFailure(name, reason, InputFormatError(name, reason))
    except ValueError as exc:
        reason = f"unreadable metadata file {meta_name}: {exc}"
        return ReadFailure(name, reason, InputFormatError(name, reason))
    if not isinstance(loaded, dict):
        return ReadFailure(name, f"metadata file {meta_name} must hold a JSON object")
    return loaded


def _read_text_article(path: Path, published: DateLike | None) -> Iterator[InputItem]:
    name = display_name(path)
    data = _read_bytes(path, name)
    if isinstance(data, ReadFailure):
        yield data
        return
    text = _decode(data, name)
    if isinstance(text, ReadFailure):
        yield text
        return
    meta_path = _sidecar(path)
    meta: dict[str, object] = {}
    if meta_path.exists():
        loaded = _read_sidecar(meta_path, name)
        if isinstance(loaded, ReadFailure):
            yield loaded
            return
        meta = loaded
    split = _front_matter(text, name)
    if isinstance(split, ReadFailure):
        yield split
        return
    fields, body = split
    date = _date_from(meta)
    if date is None:
        date = _date_from(fields)
    source = _scalar(meta.get("source")) or _scalar(fields.get("source")) or name
    how = f'{_GIVE}, add a sidecar {meta_path.name} holding {{"published": "YYYY-MM-DD"}}, or add {_FRONT}'
    yield _make_article(body, date, published, source, name, how)


def iter_jsonl(lines: Iterable[str | bytes], name: str) -> Iterator[tuple[str, dict[str, Any]] | ReadFailure]:
    """The records of a JSON Lines stream: ``(where, record)`` per object line, a failure per bad line.

    ``where`` is ``"NAME:LINE"``. Blank lines are skipped. A line that is not
    UTF-8 (lines given as ``bytes`` are decoded one by one, so one bad line is
    one failure), not JSON, nested too deeply, holding a number too long to
    read, or not a JSON object gives a :class:`ReadFailure` whose error is an
    :class:`~conflict_timeline.errors.InputFormatError` naming ``where``; the
    lines after it are read as usual. The one reader behind the command line
    and :func:`conflict_timeline.batch.read_jsonl`.
    """
    for lineno, line in enumerate(lines, start=1):
        where = f"{name}:{lineno}"
        if isinstance(line, (bytes, bytearray)):
            try:
                line = bytes(line).decode("utf-8-sig" if lineno == 1 else "utf-8")
            except UnicodeDecodeError as exc:
                reason = f"not UTF-8 text (byte 0x{line[exc.start]:02x} at column {exc.start + 1}); convert it first"
                yield ReadFailure(where, reason, InputFormatError(where, reason))
                continue
        elif lineno == 1:
            line = line.removeprefix("\ufeff")
        if not line.strip():
            continue
        try:
            record = loads_untrusted(line)
        except ValueError as exc:
            yield ReadFailure(where, f"not a JSON object: {exc}", InputFormatError(where, f"not a JSON object: {exc}"))
            continue
        if not isinstance(record, dict):
            reason = f"expected a JSON object, got {type(record).__name__}"
            yield ReadFailure(where, reason, InputFormatError(where, reason))
            continue
        yield where, record


def _read_jsonl(lines: Iterable[str | bytes], name: str, published: DateLike | None) -> Iterator[InputItem]:
    for item in iter_jsonl(lines, name):
        if isinstance(item, ReadFailure):
            yield item
            continue
        where, record = item
        if not isinstance(record.get("text"), str):
            yield ReadFailure(where, 'each line must be a JSON object with a "text" string')
            continue
        yield _make_article(
            record["text"],
            _date_from(record),
            published,
            _scalar(record.get("source")) or where,
            where,
            f'give the record a "published" key, or {_GIVE}',
        )


def _read_jsonl_file(path: Path, published: DateLike | None) -> Iterator[InputItem]:
    name = display_name(path)
    handle = _open_regular(path, name)
    if isinstance(handle, ReadFailure):
        yield handle
        return
    with handle:
        try:
            yield from _read_jsonl(handle, name, published)
        except OSError as exc:  # a read error half-way: the records before it are kept
            yield ReadFailure(name, f"cannot read: {exc.strerror or exc}", exc)


def _read_stdin(stream: TextIO, published: DateLike | None) -> Iterator[InputItem]:
    raw: IO[bytes] | None = getattr(stream, "buffer", None)
    try:
        data: str | bytes = raw.read() if raw is not None else stream.read()
    except (OSError, UnicodeDecodeError) as exc:
        yield ReadFailure(STDIN_NAME, f"cannot read: {exc}", exc)
        return
    head = data[:4096]
    opens = head.removeprefix(b"\xef\xbb\xbf").lstrip()[:1] == b"{" if isinstance(head, bytes) else None
    if opens or (opens is None and str(head).removeprefix("\ufeff").lstrip()[:1] == "{"):
        # an article never opens with a brace; JSON Lines does (read line by line: one bad line, one failure)
        lines: Iterable[str | bytes] = io.BytesIO(data) if isinstance(data, bytes) else io.StringIO(data)
        yield from _read_jsonl(lines, STDIN_NAME, published)
        return
    text = _decode(data, STDIN_NAME) if isinstance(data, bytes) else data
    if isinstance(text, ReadFailure):
        yield text
        return
    split = _front_matter(text, STDIN_NAME)
    if isinstance(split, ReadFailure):
        yield split
        return
    fields, body = split
    source = _scalar(fields.get("source")) or STDIN_NAME
    how = f"{_GIVE}, or start the text with {_FRONT}"
    yield _make_article(body, _date_from(dict(fields)), published, source, STDIN_NAME, how)


def expand_inputs(paths: Iterable[str | Path]) -> Iterator[Path | str | ReadFailure]:
    """Turn command-line arguments into the files to read, in a stable order.

    A folder gives every article file directly inside it (see
    :data:`ARTICLE_SUFFIXES`; hidden files and ``*.meta.json`` sidecars are
    skipped), sorted by name; a folder that cannot be listed gives a
    :class:`ReadFailure` naming it. ``"-"`` stays ``"-"`` (standard input).
    Other paths are passed through as given, even when missing, so that
    reading them reports the error under their name.
    """
    for raw in paths:
        if raw == "-":
            yield "-"
            continue
        path = Path(raw)
        if not path.is_dir():
            yield path
            continue
        try:
            children = sorted(path.iterdir())
        except OSError as exc:
            name = display_name(path)
            yield ReadFailure(name, f"cannot list this folder: {exc.strerror or exc}", exc)
            continue
        for child in children:
            try:
                if child.name.startswith(".") or not child.is_file():
                    continue
            except OSError:  # e.g. a name too long to stat: reading it reports the error
                pass
            if child.name.endswith(_META_SUFFIX):
                continue
            if child.suffix.lower() in ARTICLE_SUFFIXES:
                yield child


def read_path(
    path: str | Path | ReadFailure,
    *,
    published: DateLike | None = None,
    stdin: TextIO | None = None,
) -> Iterator[InputItem]:
    """Read one file (or ``"-"`` for standard input) into articles and failures.

    ``.jsonl`` files give one item per non-blank line; any other file is one
    article, dated by its sidecar metadata, its front matter or ``published``.
    A :class:`ReadFailure` from :func:`expand_inputs` is passed through.
    """
    if isinstance(path, ReadFailure):
        yield path
        return
    if path == "-":
        yield from _read_stdin(stdin if stdin is not None else sys.stdin, published)
        return
    path = Path(path)
    if path.suffix.lower() == ".jsonl":
        yield from _read_jsonl_file(path, published)
    else:
        yield from _read_text_article(path, published)


def read_inputs(
    paths: Iterable[str | Path],
    *,
    published: DateLike | None = None,
    stdin: TextIO | None = None,
) -> Iterator[InputItem]:
    """Read every article named by ``paths`` (files, folders, ``"-"``), lazily and in order.

    Yields an :class:`~conflict_timeline.model.Article` per good article and a
    :class:`ReadFailure` per bad file or record; never raises for a bad input.
    An invalid ``published`` fallback raises
    :class:`~conflict_timeline.errors.InvalidPublicationDate` at once, before
    any file is read, since it is the caller's mistake rather than a file's.

    >>> items = list(read_inputs(["seeds"]))
    >>> [(a.source, str(a.published)) for a in items]
    [('seed-000', '2024-12-02')]
    """
    fallback = publication_date(published) if published is not None else None
    for path in expand_inputs(paths):
        yield from read_path(path, published=fallback, stdin=stdin)
