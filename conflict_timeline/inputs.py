"""Reading articles from files, folders and standard input.

Three ways for an article to carry its publication date, tried in this order:

* a sidecar metadata file beside a text file: ``story.txt`` + ``story.meta.json``
  holding ``{"published": "2024-12-02", "source": "reuters-1"}``;
* front matter at the top of a text or Markdown file, between two ``---`` lines::

      ---
      published: 2024-12-02
      source: reuters-1
      ---
      On Monday, ...

* one JSON object per line in a ``.jsonl`` file:
  ``{"text": "...", "published": "2024-12-02", "source": "reuters-1"}``.

A date given by the caller (``published=``, the command line's ``--published``)
fills in for articles that carry none; it never overrides a date the article
states. Nothing here falls back to today's date: an article without a date is a
:class:`ReadFailure` that names the file and says how to give one.

Reading never raises for a bad input: :func:`read_inputs` yields an
:class:`~conflict_timeline.model.Article` for every good article and a
:class:`ReadFailure` for every bad file or record, so one broken file cannot
lose the others.
"""

from __future__ import annotations

import io
import json
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TextIO

import attrs

from .errors import InvalidPublicationDate
from .model import Article, DateLike, publication_date

__all__ = [
    "ARTICLE_SUFFIXES",
    "ReadFailure",
    "expand_inputs",
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


InputItem = Article | ReadFailure


def parse_front_matter(text: str) -> tuple[dict[str, str], str]:
    """Split ``---`` delimited ``key: value`` front matter from the body.

    Returns ``(fields, body)``; a text without front matter gives ``({}, text)``.
    Only flat ``key: value`` lines are read (no YAML library needed); quotes
    around a value are removed; keys are lower-cased.

    >>> parse_front_matter("---\\npublished: 2024-12-02\\n---\\nOn Monday.")
    ({'published': '2024-12-02'}, 'On Monday.')
    """
    if not text.startswith("---"):
        return {}, text
    lines = text.splitlines(keepends=True)
    if lines[0].rstrip("\r\n").strip() != "---":
        return {}, text
    fields: dict[str, str] = {}
    for i, line in enumerate(lines[1:], start=1):
        stripped = line.strip()
        if stripped in ("---", "..."):
            return fields, "".join(lines[i + 1 :])
        if not stripped or stripped.startswith("#"):
            continue
        key, sep, value = stripped.partition(":")
        if not sep:  # not front matter after all: leave the text untouched
            return {}, text
        value = value.strip()
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
            value = value[1:-1]
        fields[key.strip().lower()] = value
    return {}, text  # no closing line: a horizontal rule, not front matter


def _date_from(fields: dict[str, object]) -> object | None:
    for key in _DATE_KEYS:
        value = fields.get(key)
        if value not in (None, ""):
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
        day = publication_date(raw)
    except InvalidPublicationDate as exc:
        return ReadFailure(name, str(exc), exc)
    return Article(text, day, source=source)


def _decode(data: bytes, name: str) -> str | ReadFailure:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        return ReadFailure(
            name,
            f"not UTF-8 text (byte 0x{data[exc.start]:02x} at offset {exc.start}); convert it to UTF-8 first",
            exc,
        )


def _read_text_article(path: Path, published: DateLike | None) -> Iterator[InputItem]:
    name = str(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        yield ReadFailure(name, f"cannot read: {exc.strerror or exc}", exc)
        return
    text = _decode(data, name)
    if isinstance(text, ReadFailure):
        yield text
        return
    meta_path = _sidecar(path)
    meta: dict[str, object] = {}
    if meta_path.exists():
        try:
            loaded = json.loads(meta_path.read_text(encoding="utf-8-sig"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            yield ReadFailure(name, f"unreadable metadata file {meta_path}: {exc}", exc)
            return
        if not isinstance(loaded, dict):
            yield ReadFailure(name, f"metadata file {meta_path} must hold a JSON object")
            return
        meta = loaded
    fields, body = parse_front_matter(text)
    date = _date_from(meta)
    if date is None:
        date = _date_from(dict(fields))
    source = str(meta.get("source") or fields.get("source") or name)
    how = f'{_GIVE}, add a sidecar {meta_path.name} holding {{"published": "YYYY-MM-DD"}}, or add {_FRONT}'
    yield _make_article(body, date, published, source, name, how)


def _read_jsonl(lines: Iterable[str | bytes], name: str, published: DateLike | None) -> Iterator[InputItem]:
    for lineno, line in enumerate(lines, start=1):
        where = f"{name}:{lineno}"
        if isinstance(line, bytes):  # decoded line by line: one bad line is one failure
            try:
                line = line.decode("utf-8-sig" if lineno == 1 else "utf-8")
            except UnicodeDecodeError as exc:
                yield ReadFailure(where, "not UTF-8 text; convert it to UTF-8 first", exc)
                continue
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield ReadFailure(where, f"not a JSON object: {exc.msg} (column {exc.colno})", exc)
            continue
        if not isinstance(record, dict) or not isinstance(record.get("text"), str):
            yield ReadFailure(where, 'each line must be a JSON object with a "text" string')
            continue
        source = record.get("source")
        yield _make_article(
            record["text"],
            _date_from(record),
            published,
            str(source) if source not in (None, "") else where,
            where,
            f'give the record a "published" key, or {_GIVE}',
        )


def _read_jsonl_file(path: Path, published: DateLike | None) -> Iterator[InputItem]:
    name = str(path)
    try:
        handle = path.open("rb")
    except OSError as exc:
        yield ReadFailure(name, f"cannot read: {exc.strerror or exc}", exc)
        return
    with handle:
        try:
            yield from _read_jsonl(handle, name, published)
        except OSError as exc:  # a read error half-way: the records before it are kept
            yield ReadFailure(name, f"cannot read: {exc.strerror or exc}", exc)


def _read_stdin(stream: TextIO, published: DateLike | None) -> Iterator[InputItem]:
    try:
        text = stream.read()
    except (OSError, UnicodeDecodeError) as exc:
        yield ReadFailure(STDIN_NAME, f"cannot read: {exc}", exc)
        return
    if text.lstrip().startswith("{"):  # an article never opens with a brace; JSON Lines does
        yield from _read_jsonl(io.StringIO(text), STDIN_NAME, published)
        return
    fields, body = parse_front_matter(text)
    source = fields.get("source") or STDIN_NAME
    how = f"{_GIVE}, or start the text with {_FRONT}"
    yield _make_article(body, _date_from(dict(fields)), published, source, STDIN_NAME, how)


def expand_inputs(paths: Iterable[str | Path]) -> Iterator[Path | str]:
    """Turn command-line arguments into the files to read, in a stable order.

    A folder gives every article file directly inside it (see
    :data:`ARTICLE_SUFFIXES`; hidden files and ``*.meta.json`` sidecars are
    skipped), sorted by name. ``"-"`` stays ``"-"`` (standard input). Other
    paths are passed through as given, even when missing, so that reading them
    reports the error under their name.
    """
    for raw in paths:
        if raw == "-":
            yield "-"
            continue
        path = Path(raw)
        if path.is_dir():
            for child in sorted(path.iterdir()):
                if child.name.startswith(".") or not child.is_file():
                    continue
                if child.name.endswith(_META_SUFFIX):
                    continue
                if child.suffix.lower() in ARTICLE_SUFFIXES:
                    yield child
        else:
            yield path


def read_path(
    path: str | Path,
    *,
    published: DateLike | None = None,
    stdin: TextIO | None = None,
) -> Iterator[InputItem]:
    """Read one file (or ``"-"`` for standard input) into articles and failures.

    ``.jsonl`` files give one item per non-blank line; any other file is one
    article, dated by its sidecar metadata, its front matter or ``published``.
    """
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
