"""Reading gold annotations: TimeML, conflict-corpus JSON articles and JSON Lines documents."""

from __future__ import annotations

import datetime as _dt
import json
import os
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

import attrs

from ..errors import InvalidInput
from ..timeml import GoldTimex, TimeMLDocument, read_timeml


@attrs.frozen(slots=True)
class AnnotatedEvent:
    """A gold event of a conflict-corpus article (see the corpus README for the fields)."""

    id: str
    trigger: str
    start: int
    end: int
    kind: str
    status: str
    dates: tuple[str, ...] = ()  # accepted TIMEX3 values; empty: the text gives no date
    actors: tuple[str, ...] = ()
    places: tuple[str, ...] = ()
    fatalities: int | None = None
    acled_event_type: str | None = None
    acled_sub_event_type: str | None = None
    story_event: str | None = None  # the real-world event, the same id in every article reporting it


@attrs.frozen(slots=True)
class AnnotatedArticle:
    """A conflict-corpus article: its text, publication day and gold time expressions (as a
    :class:`TimeMLDocument`), its gold events and the story it belongs to."""

    document: TimeMLDocument
    events: tuple[AnnotatedEvent, ...]
    story: str | None = None


def _span(item: Mapping[str, Any], text: str, key: str) -> tuple[int, int, str]:
    """``start``, ``end`` and the words they cover, checked against the item's own ``key`` text."""
    start, end = int(item["start"]), int(item["end"])
    if not 0 <= start <= end <= len(text):
        raise ValueError(f"offsets {start}-{end} outside the text")
    words = str(item.get(key, text[start:end]))
    if text[start:end] != words:
        raise ValueError(f"text[{start}:{end}] is {text[start:end]!r}, not {words!r}")
    return start, end, words


def _timexes(items: Iterable[Mapping[str, Any]], text: str) -> tuple[GoldTimex, ...]:
    out = []
    for i, t in enumerate(items, 1):
        start, end, words = _span(t, text, "text")
        tid = str(t.get("tid") or f"t{i}")
        out.append(GoldTimex(tid, start, end, words, str(t["type"]), str(t.get("value", "")), t.get("mod") or None))
    return tuple(sorted(out, key=lambda t: (t.start, t.end)))


def _document(doc_id: str, dct: str, text: str, timexes: Iterable[Mapping[str, Any]]) -> TimeMLDocument:
    if not isinstance(text, str):
        raise TypeError("text is not a string")
    return TimeMLDocument(doc_id=doc_id, dct=_dt.date.fromisoformat(dct), text=text, timexes=_timexes(timexes, text))


def _event(e: Mapping[str, Any], text: str) -> AnnotatedEvent:
    start, end, trigger = _span(e, text, "trigger")
    return AnnotatedEvent(
        id=str(e.get("id", "")),
        trigger=trigger,
        start=start,
        end=end,
        kind=str(e["kind"]),
        status=str(e["status"]),
        dates=tuple(map(str, e.get("dates") or ())),
        actors=tuple(map(str, e.get("actors") or ())),
        places=tuple(map(str, e.get("places") or ())),
        fatalities=None if e.get("fatalities") is None else int(e["fatalities"]),
        acled_event_type=e.get("acled_event_type"),
        acled_sub_event_type=e.get("acled_sub_event_type"),
        story_event=e.get("story_event") or None,
    )


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise InvalidInput(f"{path}: not UTF-8 text: {exc}") from None


def read_article(path: str | os.PathLike[str]) -> AnnotatedArticle:
    """Read one conflict-corpus article (``ID.json``); a malformed one raises ``InvalidInput``."""
    p = Path(path)
    try:
        a = json.loads(_read(p))
        doc = _document(str(a.get("id") or p.stem), a["published"], a["text"], a["expressions"])
        events = tuple(_event(e, doc.text) for e in a["events"])
    except (AttributeError, KeyError, TypeError, ValueError) as exc:
        raise InvalidInput(f"{p}: not a conflict-corpus article: {type(exc).__name__} {exc}") from None
    return AnnotatedArticle(doc, events, a.get("story") or None)


def read_jsonl(path: str | os.PathLike[str]) -> list[TimeMLDocument]:
    """Read a JSON Lines file of ``{"doc_id", "dct", "text", "timexes": [...]}`` documents."""
    p = Path(path)
    out = []
    for n, line in enumerate(_read(p).splitlines(), 1):
        if not line.strip():
            continue
        try:
            d = json.loads(line)
            out.append(_document(str(d.get("doc_id") or f"{p.stem}:{n}"), d["dct"], d["text"], d["timexes"]))
        except (AttributeError, KeyError, TypeError, ValueError) as exc:
            raise InvalidInput(f"{p}:{n}: not a document line: {type(exc).__name__} {exc}") from None
    return out


@attrs.frozen(slots=True)
class Corpus:
    """The annotated documents of one path, by format."""

    name: str
    timeml: tuple[TimeMLDocument, ...] = ()
    articles: tuple[AnnotatedArticle, ...] = ()
    documents: tuple[TimeMLDocument, ...] = ()  # JSON Lines documents

    def with_timexes(self, timeml: bool = True) -> list[TimeMLDocument]:
        """Every document with gold time expressions (the TimeML ones only if ``timeml``)."""
        return [*(self.timeml if timeml else ()), *(a.document for a in self.articles), *self.documents]


_SUFFIXES = (".tml", ".json", ".jsonl")


def _files(path: Path) -> list[Path]:
    if path.is_dir():
        files = sorted(f for f in path.iterdir() if f.suffix in _SUFFIXES and f.is_file())
        if not files:
            raise FileNotFoundError(f"no .tml, .json or .jsonl files in {path}")
        return files
    if path.is_file():
        return [path]
    raise FileNotFoundError(f"no such file or folder: {path}")


def _label(path: Path, corpora: Sequence[Corpus]) -> str:
    """The folder's or file's name, numbered when an earlier path has the same one."""
    base = path.name if path.is_dir() else path.stem
    taken = {c.name for c in corpora}
    return next(label for label in (base, *(f"{base}-{n}" for n in range(2, len(taken) + 3))) if label not in taken)


def load(paths: Sequence[str | os.PathLike[str]]) -> list[Corpus]:
    """One :class:`Corpus` per path (folder or file), named after it, formats told from file names."""
    out: list[Corpus] = []
    for path in map(Path, paths):
        timeml, articles, documents = [], [], []
        for f in _files(path):
            if f.suffix == ".tml":
                timeml.append(read_timeml(f))
            elif f.suffix == ".json":
                articles.append(read_article(f))
            elif f.suffix == ".jsonl":
                documents += read_jsonl(f)
            else:
                raise InvalidInput(f"{f}: not a .tml, .json or .jsonl file")
        out.append(Corpus(_label(path, out), tuple(timeml), tuple(articles), tuple(documents)))
    return out
