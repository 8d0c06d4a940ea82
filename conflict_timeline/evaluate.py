"""Score conflict_timeline against your own annotated text.

    python -m conflict_timeline.evaluate PATH... [--events] [--errors [N]] [--json]
                                         [--date-order ORDER] [--document KIND]

Each PATH is a file or a folder (its files of the formats below, sorted by name), and each PATH is one
row of the report. The format is told from the file name:

- ``*.tml``, TimeML (TempEval-3): time expressions; with ``--events``, event dating from the TLINKs
  instead (:func:`score_events`).
- ``*.json``, one conflict-corpus article (``id``, ``published``, ``text``, ``expressions``,
  ``events``, optional ``story``): the event measures of :func:`score_articles` and the time
  expressions of its ``expressions``.
- ``*.jsonl``, one document a line (``doc_id``, ``dct``, ``text``, ``timexes``): time expressions.

Time expressions are scored TempEval-3 Task A style over character offsets: strict P/R/F1 (identical
spans), relaxed P/R/F1 (overlapping spans, matched one to one), type and value accuracy over relaxed
matches, and value F1 = value accuracy x relaxed F1 (the F1 of TempEval-3's value attribute). The last
lines printed are always the overall figures; for conflict articles the very last line is a JSON
summary of the event measures.
"""

from __future__ import annotations

import argparse
import datetime as _dt
import enum
import functools
import inspect
import json
import os
import re
import sys
import traceback
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any, TypeVar

import attrs

from . import Article, build_timeline, find_expressions
from .errors import ConflictTimelineError, InvalidInput
from .timeml import GoldTimex, TimeMLDocument, read_timeml

__all__ = [
    "AROUND_RELATIONS",
    "AnnotatedArticle",
    "AnnotatedEvent",
    "BuiltDocument",
    "ConflictScores",
    "Corpus",
    "Counts",
    "DocumentResult",
    "EventJudgement",
    "EventScores",
    "EventTimeLink",
    "EventVerdict",
    "Results",
    "StoryVerdict",
    "SystemTimex",
    "TimexMatch",
    "TimexScores",
    "WITHIN_RELATIONS",
    "build_events",
    "canonical_value",
    "conflict_errors",
    "event_errors",
    "event_time_links",
    "format_conflict",
    "format_errors",
    "format_event_table",
    "format_timex_table",
    "judge_events",
    "load",
    "main",
    "match_timexes",
    "read_article",
    "read_jsonl",
    "run",
    "score_articles",
    "score_events",
    "score_timexes",
    "timex_errors",
    "with_options",
]

#: ``tagger(text, published)`` -> objects with start, end, type, value (and mod, rule, text).
Tagger = Callable[[str, _dt.date], Iterable[Any]]
#: ``build(text, published=date)`` or ``build([Article, ...])`` -> a Timeline (or any iterable of events).
Builder = Callable[..., Any]
_F = TypeVar("_F", bound=Callable[..., Any])

CONTEXT = 40  # characters of context either side in error listings
MAX_TRIGGER = 60  # a system trigger longer than this is not an event mention (the reference scorer's rule)


def _str(x: object) -> str | None:
    """A value as a plain string (enums give their value)."""
    if x is None:
        return None
    return str(x.value) if isinstance(x, enum.Enum) else str(x)


def _name(x: object) -> str:
    """An enum member's name, anything else as a string: ``EventKind.BATTLE`` -> ``"BATTLE"``."""
    return str(getattr(x, "name", x))


def _ratio(num: int, den: int) -> float | None:
    return 100.0 * num / den if den else None


def with_options(fn: _F, options: Mapping[str, str]) -> _F:
    """``fn`` with the user's keyword ``options`` bound (``fn`` itself when there are none).

    Raises :class:`~conflict_timeline.errors.InvalidInput` when this version of ``fn`` has no such
    keyword, rather than scoring silently without it.
    """
    if not options:
        return fn
    params = inspect.signature(fn).parameters
    takes_any = any(p.kind is p.VAR_KEYWORD for p in params.values())
    unknown = [] if takes_any else [k for k in options if k not in params]
    if unknown:
        raise InvalidInput(f"{getattr(fn, '__name__', fn)} takes no {', '.join(unknown)} option in this version")
    return functools.partial(fn, **options)  # type: ignore[return-value]


def _guarded(call: Callable[[], Iterable[Any]]) -> tuple[tuple[Any, ...], str | None]:
    """The items ``call`` returns, or none and the traceback when it raised: one bad document
    is reported and scored as empty output instead of hiding the rest."""
    try:
        return tuple(call()), None
    except Exception:  # noqa: BLE001 - recorded and reported, never swallowed
        return (), traceback.format_exc()


def _build(build: Builder, *args: Any, **kwargs: Any) -> tuple[tuple[Any, ...], str | None]:
    """All the events ``build(*args, **kwargs)`` returns (see :func:`_guarded`)."""
    return _guarded(lambda: _events_of(build(*args, **kwargs)))


def _events_of(result: Any) -> tuple[Any, ...]:
    """Dated and undated events of a Timeline (or any iterable of events)."""
    every = getattr(result, "all_events", None)
    if every is None:
        every = [*result, *getattr(result, "undated", ())]
    return tuple(every)


def _value_of(event: Any) -> str | None:
    """A system event's TIMEX3 value (``None``: undated, or no event)."""
    when = getattr(event, "when", None)
    return None if when is None else _str(when.value)


def _overlap(a0: int, a1: int, b0: int, b1: int) -> int:
    return max(0, min(a1, b1) - max(a0, b0))


# --------------------------------------------------------------------------- reading gold


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


# --------------------------------------------------------------------------- time expressions


@attrs.frozen(slots=True)
class SystemTimex:
    """One system expression, reduced to what is scored."""

    start: int
    end: int
    text: str
    type: str
    value: str
    mod: str | None = None
    rule: str = ""

    @classmethod
    def from_output(cls, obj: Any, text: str) -> SystemTimex:
        """Normalise any object with start/end/type/value[/mod/rule/text] attributes."""
        start, end = int(obj.start), int(obj.end)
        return cls(
            start=start,
            end=end,
            text=_str(getattr(obj, "text", None)) or text[start:end],
            type=_str(obj.type) or "",
            value=_str(obj.value) or "",
            mod=_str(getattr(obj, "mod", None)),
            rule=_str(getattr(obj, "rule", None)) or "",
        )


_SHORT_WEEK = re.compile(r"-W(\d)(?=$|[^\d])")


def canonical_value(value: str) -> str:
    """A TIMEX3 value in canonical spelling: some gold values write ISO weeks with one
    digit ("2000-W6"); "2000-W6" and "2000-W06" name the same week."""
    return _SHORT_WEEK.sub(r"-W0\1", value.strip())


@attrs.frozen(slots=True)
class TimexMatch:
    """A one-to-one relaxed match between a gold and a system timex."""

    gold: GoldTimex
    system: SystemTimex

    @property
    def strict(self) -> bool:
        """Identical spans."""
        return (self.gold.start, self.gold.end) == (self.system.start, self.system.end)

    @property
    def type_ok(self) -> bool:
        """Same TIMEX3 type."""
        return self.gold.type == self.system.type

    @property
    def value_ok(self) -> bool:
        """Same TIMEX3 value (after :func:`canonical_value`)."""
        return canonical_value(self.gold.value) == canonical_value(self.system.value)

    @property
    def mod_ok(self) -> bool:
        """Same TIMEX3 mod (both absent counts as the same)."""
        return (self.gold.mod or None) == (self.system.mod or None)


@attrs.frozen(slots=True)
class DocumentResult:
    """Everything scored in one document."""

    corpus: str
    document: TimeMLDocument
    matches: tuple[TimexMatch, ...]
    missed: tuple[GoldTimex, ...]
    spurious: tuple[SystemTimex, ...]
    crash: str | None = None  # the tagger's traceback when it raised on this document


@attrs.frozen(slots=True)
class Counts:
    """Raw counts and the metrics derived from them (percentages, ``None`` when undefined)."""

    docs: int = 0
    gold: int = 0
    system: int = 0
    strict: int = 0
    relaxed: int = 0
    type_ok: int = 0
    value_ok: int = 0
    mod_ok: int = 0

    @classmethod
    def of(cls, results: Iterable[DocumentResult]) -> Counts:
        """Sum the counts of several documents."""
        c = Counter[str]()
        for r in results:
            c["docs"] += 1
            c["gold"] += len(r.matches) + len(r.missed)
            c["system"] += len(r.matches) + len(r.spurious)
            c["relaxed"] += len(r.matches)
            for m in r.matches:
                c["strict"] += m.strict
                c["type_ok"] += m.type_ok
                c["value_ok"] += m.value_ok
                c["mod_ok"] += m.mod_ok
        return cls(**c)

    def f1(self, hits: int) -> float | None:
        """The F1 of ``hits`` correct answers: 2PR/(P+R) = 2 hits/(system+gold), defined even when P or R is not."""
        return 200.0 * hits / (self.system + self.gold) if self.system + self.gold else None

    @property
    def strict_p(self) -> float | None:
        """Strict precision."""
        return _ratio(self.strict, self.system)

    @property
    def strict_r(self) -> float | None:
        """Strict recall."""
        return _ratio(self.strict, self.gold)

    @property
    def strict_f1(self) -> float | None:
        """Strict F1."""
        return self.f1(self.strict)

    @property
    def relaxed_p(self) -> float | None:
        """Relaxed precision."""
        return _ratio(self.relaxed, self.system)

    @property
    def relaxed_r(self) -> float | None:
        """Relaxed recall."""
        return _ratio(self.relaxed, self.gold)

    @property
    def relaxed_f1(self) -> float | None:
        """Relaxed F1."""
        return self.f1(self.relaxed)

    @property
    def type_accuracy(self) -> float | None:
        """Share of relaxed matches with the gold type."""
        return _ratio(self.type_ok, self.relaxed)

    @property
    def value_accuracy(self) -> float | None:
        """Share of relaxed matches with the gold value."""
        return _ratio(self.value_ok, self.relaxed)

    @property
    def mod_accuracy(self) -> float | None:
        """Share of relaxed matches with the gold mod."""
        return _ratio(self.mod_ok, self.relaxed)

    @property
    def value_f1(self) -> float | None:
        """Value accuracy x relaxed F1 (identical to TempEval-3's value attribute F1)."""
        return self.f1(self.value_ok)

    @property
    def value_p(self) -> float | None:
        """TempEval-3 attribute precision: correct values / system timexes."""
        return _ratio(self.value_ok, self.system)

    @property
    def value_r(self) -> float | None:
        """TempEval-3 attribute recall: correct values / gold timexes."""
        return _ratio(self.value_ok, self.gold)

    def as_dict(self) -> dict[str, Any]:
        """Counts and metrics, for JSON."""
        out: dict[str, Any] = attrs.asdict(self)
        for name in (
            "strict_p strict_r strict_f1 relaxed_p relaxed_r relaxed_f1 type_accuracy "
            "value_accuracy mod_accuracy value_f1 value_p value_r"
        ).split():
            v = getattr(self, name)
            out[name] = None if v is None else round(v, 2)
        return out


@attrs.frozen(slots=True)
class TimexScores:
    """The result of :func:`score_timexes`: per-document results, per-corpus and overall counts."""

    results: tuple[DocumentResult, ...]
    overall: Counts
    by_corpus: tuple[tuple[str, Counts], ...]

    @property
    def crashes(self) -> tuple[DocumentResult, ...]:
        """Documents on which the tagger raised (scored as if it returned nothing)."""
        return tuple(r for r in self.results if r.crash is not None)

    def corpus(self, name: str) -> Counts:
        """The counts of one corpus."""
        return dict(self.by_corpus)[name]


def match_timexes(
    gold: Sequence[GoldTimex], system: Sequence[SystemTimex]
) -> tuple[list[TimexMatch], list[GoldTimex], list[SystemTimex]]:
    """One-to-one relaxed matching: (matches, missed gold, spurious system).

    Candidate pairs are those whose spans share at least one character; they
    are taken greedily, identical spans first, then by overlap length, then by
    closeness of the starts, so each strict match is also a relaxed match.
    """
    candidates = []
    for gi, g in enumerate(gold):
        for si, s in enumerate(system):
            overlap = _overlap(g.start, g.end, s.start, s.end)
            if overlap > 0:
                exact = (g.start, g.end) == (s.start, s.end)
                candidates.append((not exact, -overlap, abs(g.start - s.start), gi, si))
    candidates.sort()
    used_g: set[int] = set()
    used_s: set[int] = set()
    matches = []
    for *_, gi, si in candidates:
        if gi in used_g or si in used_s:
            continue
        used_g.add(gi)
        used_s.add(si)
        matches.append(TimexMatch(gold[gi], system[si]))
    matches.sort(key=lambda m: (m.gold.start, m.gold.end))
    missed = [g for i, g in enumerate(gold) if i not in used_g]
    spurious = [s for i, s in enumerate(system) if i not in used_s]
    return matches, missed, spurious


def _groups(documents: Iterable[Any] | Mapping[str, Iterable[Any]]) -> Iterable[tuple[str, Iterable[Any]]]:
    return documents.items() if isinstance(documents, Mapping) else [("all", documents)]


def score_timexes(
    documents: Iterable[TimeMLDocument] | Mapping[str, Iterable[TimeMLDocument]],
    tagger: Tagger = find_expressions,
) -> TimexScores:
    """Run ``tagger(text, published)`` on every document and score it against the gold timexes.

    ``documents`` is an iterable of documents or a mapping from a corpus name to such an iterable
    (for a per-corpus breakdown). A tagger that raises on a document is recorded
    (``TimexScores.crashes``) and scored as empty output for it.
    """
    results: list[DocumentResult] = []
    by_corpus: list[tuple[str, Counts]] = []
    for name, docs in _groups(documents):
        corpus_results = []
        for doc in docs:
            output, crash = _guarded(functools.partial(tagger, doc.text, doc.dct))
            system = sorted((SystemTimex.from_output(o, doc.text) for o in output), key=lambda s: (s.start, s.end))
            gold = [t for t in doc.timexes if t.end > t.start]  # empty (non-consuming) timexes cannot be found
            matches, missed, spurious = match_timexes(gold, system)
            corpus_results.append(DocumentResult(name, doc, tuple(matches), tuple(missed), tuple(spurious), crash))
        results += corpus_results
        by_corpus.append((name, Counts.of(corpus_results)))
    return TimexScores(tuple(results), Counts.of(results), tuple(by_corpus))


# --------------------------------------------------------------------------- event dating from TimeML TLINKs

#: TLINK relations, read from the event's side, that place the event inside
#: (or exactly at) the linked time: the time's value is the event's date.
WITHIN_RELATIONS = frozenset({"IS_INCLUDED", "DURING", "SIMULTANEOUS", "IDENTITY", "BEGINS", "ENDS"})
#: Relations where the time lies inside the event or bounds it ("trapped" on the
#: DCT, "since 1990"): reported separately as the *wide* figure.
AROUND_RELATIONS = frozenset({"INCLUDES", "DURING_INV", "BEGUN_BY", "ENDED_BY"})

_OPPOSITES = (
    ("IS_INCLUDED", "INCLUDES"),
    ("BEGINS", "BEGUN_BY"),
    ("ENDS", "ENDED_BY"),
    ("DURING", "DURING_INV"),
    ("BEFORE", "AFTER"),
    ("IBEFORE", "IAFTER"),
    ("SIMULTANEOUS", "SIMULTANEOUS"),
    ("IDENTITY", "IDENTITY"),
)
#: A relation read from the other side ("t1 INCLUDES e1" is "e1 IS_INCLUDED t1").
_INVERSE = {a: b for x, y in _OPPOSITES for a, b in ((x, y), (y, x))}

#: Only these timexes name a calendar time an event can be dated by (durations and sets cannot).
_DATING_TYPES = frozenset({"DATE", "TIME"})


def _without_unknown_parts(value: str) -> str:
    """ "1998-XX-XX" and "1998" say the same thing (some day of 1998): drop trailing unknown fields."""
    while True:
        for suffix in ("-XX", "-WXX", "TXX"):
            if value.endswith(suffix) and len(value) > len(suffix):
                value = value[: -len(suffix)]
                break
        else:
            return value


@attrs.frozen(slots=True)
class EventTimeLink:
    """A gold link tying an event to a time, read from the event's side."""

    eid: str
    tid: str
    relation: str  # as seen from the event: IS_INCLUDED means the event lies inside the time
    value: str
    is_dct: bool
    dct_date: str = ""  # for DCT links: the DCT's day, which is what a system dated by publication gives

    def accepts(self, value: str | None) -> bool:
        """True when a system value equals this time's gold value (or the DCT's day)."""
        if value is None:
            return False
        value = canonical_value(value)
        # PRESENT_REF is the document's own time: its day is an equally right answer
        gold = _without_unknown_parts(canonical_value(self.value))
        same_as_dct = self.is_dct or gold == "PRESENT_REF"
        return _without_unknown_parts(value) == gold or (same_as_dct and value == self.dct_date)


def event_time_links(
    doc: TimeMLDocument, relations: frozenset[str] = WITHIN_RELATIONS
) -> dict[str, list[EventTimeLink]]:
    """Gold event id -> the links tying it to a DATE/TIME timex or the DCT through ``relations``.

    Links written time-first are inverted so the relation reads from the event
    ("t1 INCLUDES e1" is "e1 IS_INCLUDED t1").
    """
    out: dict[str, list[EventTimeLink]] = {}
    for link in doc.tlinks:
        if link.source[0] == "event" and link.target[0] == "time":
            eid, tid, rel = link.source[1], link.target[1], link.rel_type
        elif link.source[0] == "time" and link.target[0] == "event":
            eid, tid, rel = link.target[1], link.source[1], _INVERSE.get(link.rel_type, link.rel_type)
        else:
            continue
        timex = doc.timex(tid)
        if rel not in relations or timex is None or timex.type not in _DATING_TYPES or doc.event(eid) is None:
            continue
        is_dct = tid == doc.dct_tid
        out.setdefault(eid, []).append(EventTimeLink(eid, tid, rel, timex.value, is_dct, doc.dct.isoformat()))
    return out


@attrs.frozen(slots=True)
class BuiltDocument:
    """The system events of one document (``crash`` holds the traceback if building raised)."""

    corpus: str
    document: TimeMLDocument
    events: tuple[Any, ...]
    crash: str | None = None


@attrs.frozen(slots=True)
class EventJudgement:
    """One system event overlapping a linked gold event, and whether its date is right."""

    corpus: str
    document: TimeMLDocument
    event: Any  # the system Event
    gold: Any  # the GoldEvent it overlaps
    links: tuple[EventTimeLink, ...]

    @property
    def value(self) -> str | None:
        """The system's TIMEX3 value for the event (``None`` when undated)."""
        return _value_of(self.event)

    @property
    def correct(self) -> bool:
        """The event got the value of one of its linked times."""
        return any(link.accepts(self.value) for link in self.links)


@attrs.frozen(slots=True)
class EventScores:
    """The result of :func:`score_events`."""

    judgements: tuple[EventJudgement, ...]
    not_found: tuple[tuple[str, TimeMLDocument, Any, tuple[EventTimeLink, ...]], ...]
    linked_gold: Counter[str]  # corpus -> gold events with a qualifying link
    built: tuple[BuiltDocument, ...] = ()

    @property
    def scored(self) -> int:
        """System events that overlap a linked gold event."""
        return len(self.judgements)

    @property
    def correct(self) -> int:
        """Scored events given one of the linked times' values."""
        return sum(j.correct for j in self.judgements)

    @property
    def share(self) -> float | None:
        """Correct / scored, in percent (``None`` when nothing was scored)."""
        return _ratio(self.correct, self.scored)

    def corpus_counts(self, corpus: str) -> tuple[int, int, int, int, int]:
        """(system events, linked gold events, scored, correct, linked gold events not found) of one corpus."""
        js = [j for j in self.judgements if j.corpus == corpus]
        return (
            sum(len(b.events) for b in self.built if b.corpus == corpus),
            self.linked_gold[corpus],
            len(js),
            sum(j.correct for j in js),
            sum(1 for n in self.not_found if n[0] == corpus),
        )

    @property
    def crashes(self) -> tuple[BuiltDocument, ...]:
        """Documents on which building the timeline raised."""
        return tuple(b for b in self.built if b.crash is not None)


def build_events(
    documents: Iterable[TimeMLDocument] | Mapping[str, Iterable[TimeMLDocument]],
    build: Builder = build_timeline,
) -> tuple[BuiltDocument, ...]:
    """Run ``build(text, published=dct)`` on every document and keep all its events."""
    out = []
    for name, docs in _groups(documents):
        for doc in docs:
            events, crash = _build(build, doc.text, published=doc.dct)
            out.append(BuiltDocument(name, doc, events, crash))
    return tuple(out)


def judge_events(built: Sequence[BuiltDocument], relations: frozenset[str] = WITHIN_RELATIONS) -> EventScores:
    """Score already built system events against the gold links through ``relations``."""
    judgements: list[EventJudgement] = []
    not_found = []
    linked_gold: Counter[str] = Counter()
    for b in built:
        doc = b.document
        links = event_time_links(doc, relations)
        gold = [e for e in doc.events if e.eid in links]
        linked_gold[b.corpus] += len(gold)
        found: set[str] = set()
        for ev in b.events:
            s, e = int(ev.trigger.start), int(ev.trigger.end)
            best = max(gold, key=lambda g: _overlap(s, e, g.start, g.end), default=None)
            if best is not None and _overlap(s, e, best.start, best.end) > 0:
                found.add(best.eid)
                judgements.append(EventJudgement(b.corpus, doc, ev, best, tuple(links[best.eid])))
        not_found += [(b.corpus, doc, g, tuple(links[g.eid])) for g in gold if g.eid not in found]
    return EventScores(tuple(judgements), tuple(not_found), linked_gold, tuple(built))


def score_events(
    documents: Iterable[TimeMLDocument] | Mapping[str, Iterable[TimeMLDocument]],
    build: Builder = build_timeline,
    *,
    relations: frozenset[str] = WITHIN_RELATIONS,
) -> EventScores:
    """Share of system events dated with the value of the gold time their gold event is linked to.

    For every system event (dated or undated) whose trigger overlaps a gold EVENT tied by a TLINK in
    ``relations`` (read from the event's side, either link direction) to a DATE or TIME timex or to
    the DCT, the event counts as correct when ``event.when.value`` equals one of those times' gold
    values (for the DCT, its day also counts).
    """
    return judge_events(build_events(documents, build), relations)


# --------------------------------------------------------------------------- conflict-corpus events

_STOP = frozenset("the a an of in and forces force troops fighters group its his her".split())


def _content_words(s: str) -> set[str]:
    """Words of more than two letters that are not generic ("the", "forces"): what an actor or place shares."""
    return {w for w in re.findall(r"[a-z0-9]+", s.lower()) if w not in _STOP and len(w) > 2}


def _share_a_word(gold: Iterable[str], system: Iterable[Any]) -> bool:
    return any(_content_words(g) & _content_words(str(s)) for g in gold for s in system)


def _acled(x: object) -> str:
    return str(x or "").strip().lower()


@attrs.frozen(slots=True)
class EventVerdict:
    """A gold event and the system event matched to it (``None``: not found).

    Each measure is ``True``/``False``, or ``None`` when the gold gives nothing to compare
    (no toll, no places, ...); a gold event not found fails every measure that applies.
    """

    article: AnnotatedArticle
    gold: AnnotatedEvent
    system: Any | None

    @property
    def value(self) -> str | None:
        """The system event's TIMEX3 value (``None``: undated or not found)."""
        return _value_of(self.system)

    @property
    def dated(self) -> bool:
        """Found with one of the gold dates; for an event the text gives no date, undated or a ``*_REF``."""
        if self.system is None:
            return False
        if self.gold.dates:
            return self.value in self.gold.dates
        return self.value is None or self.value.endswith("_REF")

    @property
    def kind_ok(self) -> bool:
        """Found with the gold kind."""
        return self.system is not None and _name(self.system.kind) == self.gold.kind

    @property
    def status_ok(self) -> bool:
        """Found with the gold status."""
        return self.system is not None and _name(self.system.status) == self.gold.status

    @property
    def fatalities_ok(self) -> bool | None:
        """Found with exactly the gold death toll."""
        if self.gold.fatalities is None:
            return None
        return self.system is not None and self.system.fatalities == self.gold.fatalities

    @property
    def places_ok(self) -> bool | None:
        """Some system place shares a content word with a gold place."""
        if not self.gold.places:
            return None
        return self.system is not None and _share_a_word(self.gold.places, self.system.places)

    @property
    def actors_ok(self) -> bool | None:
        """Some system actor shares a content word with a gold actor."""
        if not self.gold.actors:
            return None
        return self.system is not None and _share_a_word(self.gold.actors, self.system.actors)

    @property
    def acled_ok(self) -> bool | None:
        """Found with the gold ACLED event type (case-insensitive)."""
        if not self.gold.acled_event_type:
            return None
        return self.system is not None and _acled(getattr(self.system, "acled_event_type", None)) == _acled(
            self.gold.acled_event_type
        )

    @property
    def acled_sub_ok(self) -> bool | None:
        """Found with the gold ACLED event type and sub-event type."""
        if not self.acled_ok:
            return self.acled_ok
        return _acled(getattr(self.system, "acled_sub_event_type", None)) == _acled(self.gold.acled_sub_event_type)


@attrs.frozen(slots=True)
class StoryVerdict:
    """A real-world event reported in two or more articles of a story, after a merged build."""

    story: str
    story_event: str
    holders: int  # merged events holding one of its mentions; 1 is right

    @property
    def merged(self) -> bool:
        """Exactly one merged event carries its mentions."""
        return self.holders == 1


@attrs.frozen(slots=True)
class ConflictScores:
    """The result of :func:`score_articles`."""

    articles: tuple[AnnotatedArticle, ...]
    verdicts: tuple[EventVerdict, ...]
    system: tuple[tuple[AnnotatedArticle, Any], ...]  # every system event scored, with its article
    spurious: tuple[tuple[AnnotatedArticle, Any], ...]  # those overlapping no gold trigger
    stories: tuple[StoryVerdict, ...] = ()
    false_merges: tuple[tuple[str, tuple[str, ...]], ...] = ()  # (story, the story events one merged event joins)
    crashes: tuple[tuple[str, str], ...] = ()  # (article or story id, traceback)

    def summary(self) -> dict[str, Any]:
        """The figures as fractions rounded to 4 places (``None`` when undefined), keyed as the
        reference scorer prints them."""

        def share(measure: Callable[[EventVerdict], bool | None]) -> float | None:
            got = [m for m in map(measure, self.verdicts) if m is not None]
            return round(sum(got) / len(got), 4) if got else None

        def frac(hits: int, total: int) -> float | None:
            return round(hits / total, 4) if total else None

        return {
            "articles": len(self.articles),
            "gold_events": len(self.verdicts),
            "system_events": len(self.system),
            "recall": share(lambda v: v.system is not None),
            "dated": share(lambda v: v.dated),
            "kind": share(lambda v: v.kind_ok),
            "status": share(lambda v: v.status_ok),
            "precision": frac(len(self.system) - len(self.spurious), len(self.system)),
            "fatalities": share(lambda v: v.fatalities_ok),
            "places": share(lambda v: v.places_ok),
            "actors": share(lambda v: v.actors_ok),
            "acled_type": share(lambda v: v.acled_ok),
            "acled_sub_type": share(lambda v: v.acled_sub_ok),
            "story_events_multi": len(self.stories),
            "story_merged_one": frac(sum(s.merged for s in self.stories), len(self.stories)),
            "false_merges": len(self.false_merges),
        }


def _verdicts(article: AnnotatedArticle, events: Sequence[Any]) -> list[EventVerdict]:
    out = []
    for g in article.events:
        hits = [e for e in events if _overlap(e.trigger.start, e.trigger.end, g.start, g.end)]
        # the largest overlap, then the closest start; the first such event on a tie
        best = max(
            hits,
            key=lambda h: (_overlap(h.trigger.start, h.trigger.end, g.start, g.end), -abs(h.trigger.start - g.start)),
            default=None,
        )
        out.append(EventVerdict(article, g, best))
    return out


def _story(
    story: str, articles: Sequence[AnnotatedArticle], merged: Sequence[Any]
) -> tuple[list[StoryVerdict], list[tuple[str, tuple[str, ...]]]]:
    """Which merged events hold the mentions of each story event."""
    mentions: dict[str, set[tuple[str, int, int]]] = defaultdict(set)  # story_event -> (article id, start, end)
    for a in articles:
        for g in a.events:
            if g.story_event:
                mentions[g.story_event].add((a.document.doc_id, g.start, g.end))
    holders: dict[str, set[int]] = defaultdict(set)
    joined: dict[int, set[str]] = defaultdict(set)
    for i, e in enumerate(merged):
        for s in getattr(e, "sources", ()):
            for key, ms in mentions.items():
                if any(s.source == aid and _overlap(s.trigger.start, s.trigger.end, gs, ge) for aid, gs, ge in ms):
                    holders[key].add(i)
                    joined[i].add(key)
    multi = [k for k, ms in mentions.items() if len({m[0] for m in ms}) >= 2]
    verdicts = [StoryVerdict(story, k, len(holders[k])) for k in multi]
    false = [(story, tuple(sorted(keys))) for keys in joined.values() if len(keys) >= 2]
    return verdicts, false


def score_articles(articles: Sequence[AnnotatedArticle], build: Builder = build_timeline) -> ConflictScores:
    """The event measures of the conflict-corpus README on annotated articles.

    Each article is built on its own (``build(text, published=...)``); every gold event is matched to
    the system event whose trigger overlaps it most (system triggers over 60 characters do not count)
    and judged found, dated, kind, status, toll, places, actors, ACLED type and sub-type
    (:class:`EventVerdict`); precision is the share of system events overlapping some gold trigger.
    The articles of each ``story`` are then built together (``build([Article, ...])``): a story event
    reported in 2+ articles should come out as exactly one merged event, and no merged event may
    join two story events.
    """
    verdicts: list[EventVerdict] = []
    system: list[tuple[AnnotatedArticle, Any]] = []
    spurious: list[tuple[AnnotatedArticle, Any]] = []
    crashes: list[tuple[str, str]] = []
    stories: dict[str, list[AnnotatedArticle]] = defaultdict(list)
    for a in articles:
        doc = a.document
        events, crash = _build(build, doc.text, published=doc.dct)
        if crash:
            crashes.append((doc.doc_id, crash))
        events = tuple(e for e in events if e.trigger.end - e.trigger.start <= MAX_TRIGGER)
        system += [(a, e) for e in events]
        spurious += [
            (a, e)
            for e in events
            if not any(_overlap(e.trigger.start, e.trigger.end, g.start, g.end) for g in a.events)
        ]
        verdicts += _verdicts(a, events)
        if a.story and a.story != doc.doc_id:
            stories[a.story].append(a)
    story_verdicts: list[StoryVerdict] = []
    false_merges: list[tuple[str, tuple[str, ...]]] = []
    for story, group in sorted(stories.items()):
        sources = [Article(a.document.text, a.document.dct, source=a.document.doc_id) for a in group]
        merged, crash = _build(build, sources)
        if crash:
            crashes.append((story, crash))
        v, f = _story(story, group, merged)
        story_verdicts += v
        false_merges += f
    return ConflictScores(
        tuple(articles),
        tuple(verdicts),
        tuple(system),
        tuple(spurious),
        tuple(story_verdicts),
        tuple(false_merges),
        tuple(crashes),
    )


# --------------------------------------------------------------------------- error listings


def _pct(x: float | None, width: int = 6) -> str:
    return f"{'n/a':>{width}}" if x is None else f"{x:{width}.2f}"


def _one_line(s: str) -> str:
    return " ".join(s.split()) if s.strip() else repr(s)


_SPACES = re.compile(r"\s+")


def _context(text: str, start: int, end: int) -> str:
    """``...left [[span]] right...`` on one line; the text's own spacing kept, runs collapsed."""
    left = _SPACES.sub(" ", text[max(0, start - CONTEXT) : start])
    right = _SPACES.sub(" ", text[end : end + CONTEXT])
    return f"...{left}[[{_SPACES.sub(' ', text[start:end])}]]{right}..."


def _gold_desc(g: GoldTimex) -> str:
    mod = f" mod={g.mod}" if g.mod else ""
    return f'gold "{_one_line(g.text)}" {g.type} {g.value}{mod}'


def _sys_desc(s: SystemTimex) -> str:
    mod = f" mod={s.mod}" if s.mod else ""
    return f'sys "{_one_line(s.text)}" {s.type} {s.value}{mod} rule={s.rule or "-"}'


TIMEX_ERRORS = ("MISSED", "SPURIOUS", "EXTENT", "TYPE", "VALUE")


def timex_errors(scores: TimexScores) -> dict[str, list[str]]:
    """Error lines grouped by category; a match can be listed under several categories.

    Each line: ``CATEGORY doc_id@offset  gold ... | sys ... rule=... | context``.
    """
    out: dict[str, list[str]] = {c: [] for c in TIMEX_ERRORS}
    for r in scores.results:
        doc = r.document
        for g in r.missed:
            out["MISSED"].append(
                f"MISSED   {doc.doc_id}@{g.start}  {_gold_desc(g)}  | {_context(doc.text, g.start, g.end)}"
            )
        for s in r.spurious:
            out["SPURIOUS"].append(
                f"SPURIOUS {doc.doc_id}@{s.start}  {_sys_desc(s)}  | {_context(doc.text, s.start, s.end)}"
            )
        for m in r.matches:
            g, s = m.gold, m.system
            lo, hi = min(g.start, s.start), max(g.end, s.end)
            line = f"{doc.doc_id}@{g.start}  {_gold_desc(g)}  | {_sys_desc(s)}  | {_context(doc.text, lo, hi)}"
            for category, ok in (("EXTENT", m.strict), ("TYPE", m.type_ok), ("VALUE", m.value_ok)):
                if not ok:
                    out[category].append(f"{category:<8} {line}")
    return out


def _link_desc(links: Sequence[EventTimeLink], doc: TimeMLDocument) -> str:
    parts = []
    for link in links:
        t = doc.timex(link.tid)
        what = "DCT" if link.is_dct else f'"{_one_line(t.text) if t else "?"}"'
        parts.append(f"{link.relation} {what}={link.value}")
    return "; ".join(parts)


def event_errors(scores: EventScores) -> dict[str, list[str]]:
    """Failures by category: UNDATED and WRONG system events, NOT_FOUND gold events."""
    out: dict[str, list[str]] = {"WRONG": [], "UNDATED": [], "NOT_FOUND": []}
    for j in scores.judgements:
        if j.correct:
            continue
        doc, ev = j.document, j.event
        s, e = int(ev.trigger.start), int(ev.trigger.end)
        src = getattr(ev, "time_source", None)
        src_desc = f' from "{_one_line(src.text)}"@{src.start}' if src is not None else ""
        path = _str(getattr(ev, "time_path", None)) or "-"
        cat = "UNDATED" if j.value is None else "WRONG"
        out[cat].append(
            f'{cat:<9} {doc.doc_id}@{s}  event "{_one_line(doc.text[s:e])}" -> {j.value or "none"} '
            f"(path={path}{src_desc})  | gold {_link_desc(j.links, doc)}  | {_context(doc.text, s, e)}"
        )
    for _, doc, g, links in scores.not_found:
        out["NOT_FOUND"].append(
            f'NOT_FOUND {doc.doc_id}@{g.start}  gold event "{_one_line(g.text)}" {g.event_class}  '
            f"| gold {_link_desc(links, doc)}  | {_context(doc.text, g.start, g.end)}"
        )
    return out


CONFLICT_ERRORS = ("NOT_FOUND", "WRONG_DATE", "WRONG_KIND", "WRONG_STATUS", "WRONG_TOLL", "SPURIOUS")


def _sys_event_desc(e: Any, text: str) -> str:
    s, t = int(e.trigger.start), int(e.trigger.end)
    value = _value_of(e) or "undated"
    return f'sys "{_one_line(text[s:t])}"@{s} {_name(e.kind)} {_name(e.status)} {value} toll={e.fatalities}'


def conflict_errors(scores: ConflictScores) -> dict[str, list[str]]:
    """Failures by category: gold events NOT_FOUND or found with a WRONG_DATE / KIND / STATUS / TOLL,
    and SPURIOUS system events (overlapping no gold trigger). An event can be listed under several.

    Each line: ``CATEGORY doc_id@offset  "trigger"  gold ... | sys ... | context``.
    """
    out: dict[str, list[str]] = {c: [] for c in CONFLICT_ERRORS}
    for v in scores.verdicts:
        g, doc = v.gold, v.article.document
        head = f'{doc.doc_id}@{g.start}  "{_one_line(g.trigger)}"'
        context = _context(doc.text, g.start, g.end)
        if v.system is None:
            out["NOT_FOUND"].append(f"NOT_FOUND    {head}  gold {g.kind} {g.status} dates {list(g.dates)}  | {context}")
            continue
        sys_desc = _sys_event_desc(v.system, doc.text)
        for category, ok, gold in (
            ("WRONG_DATE", v.dated, f"dates {list(g.dates)}"),
            ("WRONG_KIND", v.kind_ok, g.kind),
            ("WRONG_STATUS", v.status_ok, g.status),
            ("WRONG_TOLL", v.fatalities_ok, f"toll={g.fatalities}"),
        ):
            if ok is False:
                out[category].append(f"{category:<12} {head}  gold {gold}  | {sys_desc}  | {context}")
    for a, e in scores.spurious:
        doc = a.document
        out["SPURIOUS"].append(
            f"SPURIOUS     {doc.doc_id}@{e.trigger.start}  {_sys_event_desc(e, doc.text)}  "
            f"| {_context(doc.text, e.trigger.start, e.trigger.end)}"
        )
    return out


# --------------------------------------------------------------------------- reports


def format_timex_table(scores: TimexScores) -> str:
    """Per-corpus table, then the overall figures in the last six lines (seven after a crash)."""
    lines = [
        f"{'corpus':<14}{'docs':>5}{'gold':>6}{'sys':>6} | strict {'P':>6}{'R':>7}{'F1':>7} "
        f"| relaxed {'P':>6}{'R':>7}{'F1':>7} | {'type':>6}{'value':>7} | value F1"
    ]
    for name, c in scores.by_corpus:
        lines.append(
            f"{name:<14}{c.docs:5d}{c.gold:6d}{c.system:6d} |        {_pct(c.strict_p)} {_pct(c.strict_r)} "
            f"{_pct(c.strict_f1)} |         {_pct(c.relaxed_p)} {_pct(c.relaxed_r)} {_pct(c.relaxed_f1)} | "
            f"{_pct(c.type_accuracy)} {_pct(c.value_accuracy)} | {_pct(c.value_f1)}"
        )
    o = scores.overall
    errors = timex_errors(scores)
    lines += [
        f"== time expressions overall: {o.docs} docs ({', '.join(n for n, _ in scores.by_corpus)}), "
        f"{o.gold} gold, {o.system} system timexes ==",
        f"strict   P {_pct(o.strict_p)}  R {_pct(o.strict_r)}  F1 {_pct(o.strict_f1)}   ({o.strict} identical spans)",
        f"relaxed  P {_pct(o.relaxed_p)}  R {_pct(o.relaxed_r)}  F1 {_pct(o.relaxed_f1)}   "
        f"({o.relaxed} overlapping, one-to-one)",
        f"type     accuracy {_pct(o.type_accuracy)}   value accuracy {_pct(o.value_accuracy)}   "
        f"mod accuracy {_pct(o.mod_accuracy)}   (of relaxed matches)",
        f"VALUE F1 {_pct(o.value_f1)}  = value accuracy x relaxed F1 "
        f"(TempEval-3 attribute P {_pct(o.value_p).strip()} R {_pct(o.value_r).strip()})",
        "errors   " + "  ".join(f"{c.lower()} {len(errors[c])}" for c in TIMEX_ERRORS),
    ]
    if scores.crashes:
        first = scores.crashes[0]
        last = (first.crash or "").strip().splitlines()[-1:]
        lines.append(f"TAGGER CRASHED on {len(scores.crashes)} docs, first {first.document.doc_id}: {' '.join(last)}")
    return "\n".join(lines)


def format_event_table(scores: EventScores, wide: EventScores | None = None) -> str:
    """Per-corpus table, then the overall event-dating figures in the last lines."""
    lines = [
        f"{'corpus':<14}{'docs':>5}{'linked':>8}{'system':>8}{'scored':>8}{'correct':>8}{'share':>8}{'unfound':>9}"
    ]
    for name in dict.fromkeys(b.corpus for b in scores.built):
        system, linked, scored, correct, unfound = scores.corpus_counts(name)
        docs = sum(1 for b in scores.built if b.corpus == name)
        lines.append(
            f"{name:<14}{docs:5d}{linked:8d}{system:8d}{scored:8d}{correct:8d}"
            f"{_pct(_ratio(correct, scored), 8)}{unfound:9d}"
        )
    errors = event_errors(scores)
    linked = sum(scores.linked_gold.values())
    lines += [
        f"== events overall: {len(scores.built)} docs, {sum(len(b.events) for b in scores.built)} system events, "
        f"{linked} gold events linked to a DATE/TIME or the DCT ==",
        "links    event IS_INCLUDED / DURING / SIMULTANEOUS / IDENTITY / BEGINS / ENDS the time "
        "(either link direction)",
        f"scored   {scores.scored} system events overlap such a gold event",
        f"DATED OK {_pct(scores.share).strip()} %  ({scores.correct} of {scores.scored})   "
        f"wrong value {len(errors['WRONG'])}, undated {len(errors['UNDATED'])}",
        f"unfound  {len(scores.not_found)} of {linked} linked gold events overlap no system event",
    ]
    if wide is not None:
        lines.append(
            f"wide     with time-inside-event links too (INCLUDES, BEGUN_BY, ENDED_BY): "
            f"{_pct(wide.share).strip()} % ({wide.correct} of {wide.scored})"
        )
    if scores.crashes:
        first = scores.crashes[0]
        last = (first.crash or "").strip().splitlines()[-1:]
        lines.append(f"BUILD CRASHED on {len(scores.crashes)} docs, first {first.document.doc_id}: {' '.join(last)}")
    return "\n".join(lines)


def format_conflict(scores: ConflictScores) -> str:
    """The event measures in a few lines (the JSON summary is printed after them)."""

    s = scores.summary()

    def pct(key: str) -> str:
        return "n/a" if s[key] is None else f"{100 * s[key]:.2f} %"

    def of(measure: Callable[[EventVerdict], bool | None]) -> int:
        return sum(measure(v) is not None for v in scores.verdicts)

    lines = [
        f"== conflict events: {s['articles']} articles, {s['gold_events']} gold events, "
        f"{s['system_events']} system events ==",
        f"found    {pct('recall')}   precision {pct('precision')} (system events overlapping a gold trigger)",
        f"dated    {pct('dated')}   kind {pct('kind')}   status {pct('status')}   (of all gold events)",
        f"toll     {pct('fatalities')} of {of(lambda v: v.fatalities_ok)}   places {pct('places')} of "
        f"{of(lambda v: v.places_ok)}   actors {pct('actors')} of {of(lambda v: v.actors_ok)}",
        f"ACLED    type {pct('acled_type')}   sub-type {pct('acled_sub_type')}   of {of(lambda v: v.acled_ok)} coded",
        f"stories  {pct('story_merged_one')} of {s['story_events_multi']} events reported in 2+ articles merged "
        f"into exactly one; false merges {s['false_merges']}",
    ]
    if scores.crashes:
        first_id, trace = scores.crashes[0]
        lines.append(f"BUILD CRASHED on {len(scores.crashes)}, first {first_id}: {trace.strip().splitlines()[-1]}")
    return "\n".join(lines)


# --------------------------------------------------------------------------- command line


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="python -m conflict_timeline.evaluate",
        description="Score conflict_timeline against annotated text: TimeML .tml files (time expressions; "
        "--events: event dating from the TLINKs), conflict-corpus .json articles (events and time expressions) "
        "and .jsonl documents (time expressions). A folder stands for its files.",
    )
    p.add_argument("paths", nargs="*", help="annotated files or folders; each is one row of the report")
    p.add_argument(
        "--errors",
        nargs="?",
        const="all",
        default=None,
        metavar="N",
        help="list errors by kind (at most N per kind; all when N is omitted)",
    )
    p.add_argument("--json", action="store_true", help="print the figures (and --errors) as one JSON object")
    p.add_argument("--events", action="store_true", help="TimeML: score event dating instead of time expressions")
    p.add_argument("--date-order", choices=("MDY", "DMY", "YMD", "auto"), help="passed to the library")
    p.add_argument("--document", choices=("news", "narrative", "auto"), help="passed to the library")
    return p


def _parse_args(argv: Sequence[str] | None = None) -> tuple[argparse.Namespace, int | None]:
    """The parsed arguments and the ``--errors`` limit (``None``: no listing, ``-1``: everything).

    ``--errors DIR`` must not swallow the path: only a number is a limit.
    """
    args = _parser().parse_args(argv)
    if args.errors is None:
        return args, None
    if args.errors.isdigit():
        return args, int(args.errors)
    if args.errors != "all":
        args.paths.insert(0, args.errors)
    return args, -1


def _options(args: argparse.Namespace) -> dict[str, str]:
    """The library options the user gave (only those: the defaults stay the library's)."""
    given = {"date_order": args.date_order, "document": args.document}
    return {k: v for k, v in given.items() if v is not None}


def format_errors(errors: Mapping[str, Sequence[str]], limit: int) -> str:
    """Each category's heading and at most ``limit`` of its lines (all when negative)."""
    return "\n".join(
        "\n".join([f"## {category} ({len(lines)})", *lines[: None if limit < 0 else limit]])
        for category, lines in errors.items()
    )


@attrs.frozen(slots=True)
class Results:
    """What :func:`run` scored (``None`` for a part that had nothing to score)."""

    timexes: TimexScores | None
    events: tuple[EventScores, EventScores] | None  # the share and the wide share
    conflict: ConflictScores | None

    @property
    def crashed(self) -> bool:
        """The library raised on some document."""
        return bool(
            (self.timexes and self.timexes.crashes)
            or (self.events and self.events[0].crashes)
            or (self.conflict and self.conflict.crashes)
        )

    def errors(self) -> dict[str, list[str]]:
        """Every error listing, by category ("timex MISSED", "event WRONG", "conflict NOT_FOUND", ...)."""
        parts = [
            ("timex", timex_errors(self.timexes) if self.timexes else {}),
            ("event", event_errors(self.events[0]) if self.events else {}),
            ("conflict", conflict_errors(self.conflict) if self.conflict else {}),
        ]
        return {f"{part} {category}": lines for part, errors in parts for category, lines in errors.items()}


def run(corpora: Sequence[Corpus], tagger: Tagger, build: Builder, events: bool = False) -> Results:
    """Score every corpus: time expressions (TimeML ones only without ``events``), TLINK event dating
    of the TimeML documents with ``events``, and the conflict measures of the conflict articles."""
    with_timexes = {c.name: c.with_timexes(timeml=not events) for c in corpora}
    timexes = {k: v for k, v in with_timexes.items() if v}
    timeml = {c.name: c.timeml for c in corpora if c.timeml}
    articles = [a for c in corpora for a in c.articles]
    dating = None
    if events and timeml:
        built = build_events(timeml, build)
        dating = (judge_events(built), judge_events(built, WITHIN_RELATIONS | AROUND_RELATIONS))
    return Results(
        score_timexes(timexes, tagger) if timexes else None,
        dating,
        score_articles(articles, build) if articles else None,
    )


def _as_json(result: Results, limit: int | None) -> dict[str, Any]:
    out: dict[str, Any] = {}
    if result.timexes:
        out["timexes"] = {
            "overall": result.timexes.overall.as_dict(),
            "by_corpus": {name: c.as_dict() for name, c in result.timexes.by_corpus},
        }
    if result.events:
        share, wide = result.events
        out["events"] = {
            "scored": share.scored,
            "correct": share.correct,
            "share": None if share.share is None else round(share.share, 2),
            "not_found": len(share.not_found),
            "wide": {"scored": wide.scored, "correct": wide.correct, "share": wide.share and round(wide.share, 2)},
        }
    if result.conflict:
        out["conflict"] = result.conflict.summary()
    if limit is not None:
        out["errors"] = {k: v[: None if limit < 0 else limit] for k, v in result.errors().items()}
    return out


def main(argv: Sequence[str] | None = None, *, tagger: Tagger | None = None, build: Builder | None = None) -> int:
    """The command line; returns the exit status (0 ok, 1 the library raised on some document, 2 cannot run).

    ``tagger`` and ``build`` replace ``find_expressions`` and ``build_timeline`` (to score another
    tagger); the ``--date-order`` / ``--document`` options apply only to the library's own.
    """
    args, limit = _parse_args(argv)
    if not args.paths:
        print(
            "evaluate: give the annotated files or folders to score, e.g. "
            "python -m conflict_timeline.evaluate ../shared/corpora/timebank ../shared/corpora/aquaint",
            file=sys.stderr,
        )
        return 2
    try:
        corpora = load(args.paths)
        opts = _options(args)
        result = run(
            corpora,
            tagger or with_options(find_expressions, opts),
            build or with_options(build_timeline, opts),
            events=args.events,
        )
    except (OSError, ConflictTimelineError) as exc:
        print(f"evaluate: {exc}", file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps(_as_json(result, limit), indent=1, ensure_ascii=False))
        return 1 if result.crashed else 0
    if limit is not None:
        print(format_errors(result.errors(), limit) + "\n")
    if args.events and result.events is None:
        print("(--events: no TimeML documents among the paths; nothing to date from TLINKs)")
    sections = [
        result.timexes and format_timex_table(result.timexes),
        result.events and format_event_table(*result.events),
        result.conflict and format_conflict(result.conflict) + "\n" + json.dumps(result.conflict.summary()),
    ]
    print("\n\n".join(s for s in sections if s))
    return 1 if result.crashed else 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except BrokenPipeError:
        # the reader (head, less) stopped early: not a failure; silence the flush at exit
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        sys.exit(0)
