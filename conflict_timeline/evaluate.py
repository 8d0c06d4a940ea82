"""Score a temporal tagger against TimeML gold, TempEval-3 Task A style.

Metrics (all over character spans of the TempEval-3 text, i.e. ``<TEXT>``
without tags):

- strict P/R/F1: a system timex matches a gold one when the spans are identical;
- relaxed P/R/F1: spans overlap; matching is one-to-one and greedy (identical
  spans first, then the largest overlap, then the closest start);
- type / value accuracy: share of relaxed matches with the gold ``type`` /
  ``value`` (compared as strings);
- value F1 = value accuracy x relaxed F1. That product equals the F1 of
  TempEval-3's attribute scoring (P = correct values / system timexes,
  R = correct values / gold timexes), which is also reported.

Run ``python -m conflict_timeline.evaluate DIR_OR_FILE... [--errors [N]]
[--by-rule] [--json]``; with no path, the TimeBank and AQUAINT corpora found by
:mod:`conflict_timeline.corpora` are scored. ``--events`` scores event dating
instead (see :func:`score_events`).
"""

from __future__ import annotations

import argparse
import datetime as _dt
import enum
import json
import os
import re
import sys
import time
import traceback
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

import attrs

from .corpora import DEFAULT_CORPORA, corpus_dir, tml_files
from .errors import TimeMLError
from .lexicon import calendar as cal
from .timeml import GoldTimex, TimeMLDocument, read_timeml

__all__ = [
    "SystemTimex",
    "TimexMatch",
    "DocumentResult",
    "Counts",
    "TimexScores",
    "match_timexes",
    "score",
    "load_corpora",
    "EventTimeLink",
    "EventJudgement",
    "EventScores",
    "event_time_links",
    "score_events",
    "ValueErrorClass",
    "value_error_class",
    "value_error_classes",
    "classify_value_error",
    "event_error_class",
    "main",
]

#: ``tagger(text, published)`` -> objects with start, end, type, value, mod, rule (and text).
Tagger = Callable[[str, Any], Iterable[Any]]

# Issue 2's targets on TBAQ, printed beside the figures so a run says pass/miss at a glance.
TARGETS = {"value F1": 85.0, "relaxed F1": 92.0, "strict F1": 85.0}

CONTEXT = 40  # characters of context either side in error listings


def _str(x: object) -> str | None:
    """A TIMEX3 attribute as a plain string (enums give their value)."""
    if x is None:
        return None
    if isinstance(x, enum.Enum):
        return str(x.value)
    return str(x)


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
    bad_offsets: int = 0  # system outputs whose text is not text[start:end]
    overlapping: int = 0  # system outputs overlapping an earlier one


def _ratio(num: int, den: int) -> float | None:
    return 100.0 * num / den if den else None


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
    chars: int = 0

    @classmethod
    def of(cls, results: Iterable[DocumentResult]) -> Counts:
        """Sum the counts of several documents."""
        c = Counter[str]()
        for r in results:
            c["docs"] += 1
            c["chars"] += len(r.document.text)
            c["gold"] += len(r.matches) + len(r.missed)
            c["system"] += len(r.matches) + len(r.spurious)
            c["relaxed"] += len(r.matches)
            for m in r.matches:
                c["strict"] += m.strict
                c["type_ok"] += m.type_ok
                c["value_ok"] += m.value_ok
                c["mod_ok"] += m.mod_ok
        return cls(**c)

    @staticmethod
    def _f1(hits: int, system: int, gold: int) -> float | None:
        # 2PR/(P+R) simplifies to 2*hits/(system+gold), defined even when P or R is not
        return 200.0 * hits / (system + gold) if system + gold else None

    @property
    def strict_p(self) -> float | None:
        return _ratio(self.strict, self.system)

    @property
    def strict_r(self) -> float | None:
        return _ratio(self.strict, self.gold)

    @property
    def strict_f1(self) -> float | None:
        return self._f1(self.strict, self.system, self.gold)

    @property
    def relaxed_p(self) -> float | None:
        return _ratio(self.relaxed, self.system)

    @property
    def relaxed_r(self) -> float | None:
        return _ratio(self.relaxed, self.gold)

    @property
    def relaxed_f1(self) -> float | None:
        return self._f1(self.relaxed, self.system, self.gold)

    @property
    def type_accuracy(self) -> float | None:
        return _ratio(self.type_ok, self.relaxed)

    @property
    def value_accuracy(self) -> float | None:
        return _ratio(self.value_ok, self.relaxed)

    @property
    def mod_accuracy(self) -> float | None:
        return _ratio(self.mod_ok, self.relaxed)

    @property
    def value_f1(self) -> float | None:
        """Value accuracy x relaxed F1 (identical to TempEval-3's value attribute F1)."""
        return self._f1(self.value_ok, self.system, self.gold)

    @property
    def value_p(self) -> float | None:
        """TempEval-3 attribute precision: correct values / system timexes."""
        return _ratio(self.value_ok, self.system)

    @property
    def value_r(self) -> float | None:
        """TempEval-3 attribute recall: correct values / gold timexes."""
        return _ratio(self.value_ok, self.gold)

    @property
    def type_f1(self) -> float | None:
        """Type accuracy x relaxed F1."""
        return self._f1(self.type_ok, self.system, self.gold)

    def as_dict(self) -> dict[str, Any]:
        """Counts and metrics, for JSON."""
        out: dict[str, Any] = attrs.asdict(self)
        for name in (
            "strict_p strict_r strict_f1 relaxed_p relaxed_r relaxed_f1 type_accuracy "
            "value_accuracy mod_accuracy value_f1 value_p value_r type_f1"
        ).split():
            v = getattr(self, name)
            out[name] = None if v is None else round(v, 2)
        return out


@attrs.frozen(slots=True)
class TimexScores:
    """The result of :func:`score`: per-document results, per-corpus and overall counts."""

    results: tuple[DocumentResult, ...]
    overall: Counts
    by_corpus: tuple[tuple[str, Counts], ...]
    tagger_seconds: float = 0.0

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
            overlap = min(g.end, s.end) - max(g.start, s.start)
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


def _default_tagger() -> Tagger:
    # imported here so the scorer stays usable without (or before) the engine
    from . import find_expressions

    return find_expressions


def score(
    documents: Iterable[TimeMLDocument] | Mapping[str, Iterable[TimeMLDocument]],
    tagger: Tagger | None = None,
) -> TimexScores:
    """Run ``tagger(text, published)`` on every document and score it against the gold.

    ``documents`` is an iterable of :class:`TimeMLDocument` or a mapping from a
    corpus name to such an iterable (for a per-corpus breakdown). The default
    tagger is :func:`conflict_timeline.find_expressions`. A tagger that raises
    on a document is recorded (``TimexScores.crashes``) and scored as empty
    output for it, so one bad document does not hide the rest.
    """
    if tagger is None:
        tagger = _default_tagger()
    groups = documents.items() if isinstance(documents, Mapping) else [("all", documents)]
    results: list[DocumentResult] = []
    by_corpus: list[tuple[str, Counts]] = []
    seconds = 0.0
    for name, docs in groups:
        corpus_results = []
        for doc in docs:
            t0 = time.perf_counter()
            crash = None
            try:
                output = list(tagger(doc.text, doc.dct))
            except Exception:  # noqa: BLE001 - recorded and reported, never swallowed
                crash = traceback.format_exc()
                output = []
            seconds += time.perf_counter() - t0
            corpus_results.append(_score_document(name, doc, output, crash))
        results.extend(corpus_results)
        by_corpus.append((name, Counts.of(corpus_results)))
    return TimexScores(tuple(results), Counts.of(results), tuple(by_corpus), seconds)


def _score_document(corpus: str, doc: TimeMLDocument, output: list[Any], crash: str | None) -> DocumentResult:
    system = sorted((SystemTimex.from_output(o, doc.text) for o in output), key=lambda s: (s.start, s.end))
    bad = sum(1 for s in system if doc.text[s.start : s.end] != s.text or not 0 <= s.start <= s.end <= len(doc.text))
    overlapping = sum(1 for a, b in zip(system, system[1:], strict=False) if b.start < a.end)
    gold = [t for t in doc.timexes if t.end > t.start]  # empty (non-consuming) timexes cannot be found
    matches, missed, spurious = match_timexes(gold, system)
    return DocumentResult(corpus, doc, tuple(matches), tuple(missed), tuple(spurious), crash, bad, overlapping)


# --------------------------------------------------------------------------- loading


def _label(path: Path, taken: set[str]) -> str:
    base = path.name if path.is_dir() else path.stem
    label, n = base, 2
    while label in taken:
        label, n = f"{base}-{n}", n + 1
    taken.add(label)
    return label


def load_corpora(paths: Sequence[str | Path]) -> dict[str, list[TimeMLDocument]]:
    """Read every ``.tml`` file of each path (folder or file), keyed by a corpus label."""
    out: dict[str, list[TimeMLDocument]] = {}
    taken: set[str] = set()
    for p in map(Path, paths):
        files = tml_files(p)
        out[_label(p, taken)] = [read_timeml(f) for f in files]
    return out


# --------------------------------------------------------------------------- reporting


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


ERROR_CATEGORIES = ("MISSED", "SPURIOUS", "EXTENT", "TYPE", "VALUE")


def timex_errors(scores: TimexScores) -> dict[str, list[str]]:
    """Error lines grouped by category; a match can be listed under several categories.

    Each line: ``CATEGORY doc_id@offset  gold ... | sys ... rule=... | context``.
    """
    out: dict[str, list[str]] = {c: [] for c in ERROR_CATEGORIES}
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
            if not m.strict:
                out["EXTENT"].append("EXTENT   " + line)
            if not m.type_ok:
                out["TYPE"].append("TYPE     " + line)
            if not m.value_ok:
                out["VALUE"].append("VALUE    " + line)
    return out


@attrs.frozen(slots=True)
class RuleCounts:
    """How one rule of the tagger fared."""

    rule: str
    system: int = 0
    correct: int = 0  # relaxed match with the gold value
    wrong_value: int = 0
    wrong_type: int = 0
    extent: int = 0  # relaxed but not strict
    spurious: int = 0


def by_rule(scores: TimexScores) -> list[RuleCounts]:
    """Per-rule counts, the rules with the most wrong values and spurious hits first."""
    c: dict[str, Counter[str]] = {}
    for r in scores.results:
        for m in r.matches:
            k = c.setdefault(m.system.rule or "-", Counter())
            k["system"] += 1
            k["correct"] += m.value_ok
            k["wrong_value"] += not m.value_ok
            k["wrong_type"] += not m.type_ok
            k["extent"] += not m.strict
        for s in r.spurious:
            k = c.setdefault(s.rule or "-", Counter())
            k["system"] += 1
            k["spurious"] += 1
    rows = [RuleCounts(rule, **counts) for rule, counts in c.items()]
    rows.sort(key=lambda x: (-(x.wrong_value + x.spurious), -x.system, x.rule))
    return rows


def format_by_rule(rows: Sequence[RuleCounts]) -> str:
    """The ``--by-rule`` table."""
    width = max([len(r.rule) for r in rows] + [4])
    lines = [f"{'rule':<{width}}  {'sys':>5} {'ok':>5} {'value':>5} {'type':>5} {'extnt':>5} {'spur':>5}  ok%"]
    for r in rows:
        ok = _pct(_ratio(r.correct, r.system), 5)
        lines.append(
            f"{r.rule:<{width}}  {r.system:5d} {r.correct:5d} {r.wrong_value:5d} {r.wrong_type:5d} "
            f"{r.extent:5d} {r.spurious:5d}  {ok}"
        )
    lines.append("(ok = relaxed match with the right value; value/type = wrong value/type; extnt = overlap only)")
    return "\n".join(lines)


def format_table(scores: TimexScores) -> str:
    """Per-corpus table, then the overall figures in the last lines."""
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
    names = ", ".join(n for n, _ in scores.by_corpus)
    crashes = len(scores.crashes)
    bad = sum(r.bad_offsets for r in scores.results)
    overlapping = sum(r.overlapping for r in scores.results)
    speed = o.chars / scores.tagger_seconds if scores.tagger_seconds else 0.0
    verdict = []
    for label, got in (("value F1", o.value_f1), ("relaxed F1", o.relaxed_f1), ("strict F1", o.strict_f1)):
        target = TARGETS[label]
        verdict.append(f"{label} >= {target:g}: {'ok' if got is not None and got >= target else 'MISS'}")
    lines += [
        f"== overall: {o.docs} docs ({names}), {o.gold} gold, {o.system} system timexes ==",
        f"strict   P {_pct(o.strict_p)}  R {_pct(o.strict_r)}  F1 {_pct(o.strict_f1)}   ({o.strict} identical spans)",
        f"relaxed  P {_pct(o.relaxed_p)}  R {_pct(o.relaxed_r)}  F1 {_pct(o.relaxed_f1)}   "
        f"({o.relaxed} overlapping, one-to-one)",
        f"type     accuracy {_pct(o.type_accuracy)}   value accuracy {_pct(o.value_accuracy)}   "
        f"mod accuracy {_pct(o.mod_accuracy)}   (of relaxed matches)",
        f"VALUE F1 {_pct(o.value_f1)}  = value accuracy x relaxed F1 "
        f"(TempEval-3 attribute P {_pct(o.value_p).strip()} R {_pct(o.value_r).strip()})",
        "errors   " + "  ".join(f"{c.lower()} {len(errors[c])}" for c in ERROR_CATEGORIES),
        f"tagger   {scores.tagger_seconds:.2f} s for {o.chars} chars ({speed:,.0f} chars/s); "
        f"crashed on {crashes} docs; {bad} outputs with bad offsets; {overlapping} overlapping",
        "targets  " + "; ".join(verdict),
    ]
    if crashes:
        first = scores.crashes[0]
        last = (first.crash or "").strip().splitlines()[-1:]
        lines.append(f"TAGGER CRASHED on {crashes} docs, first {first.document.doc_id}: {' '.join(last)}")
    return "\n".join(lines)


def scores_json(scores: TimexScores) -> dict[str, Any]:
    """Everything in JSON-ready form (``--json``)."""
    return {
        "overall": scores.overall.as_dict(),
        "by_corpus": {name: c.as_dict() for name, c in scores.by_corpus},
        "tagger_seconds": round(scores.tagger_seconds, 3),
        "crashes": {r.document.doc_id: r.crash for r in scores.crashes},
        "by_rule": [attrs.asdict(r) for r in by_rule(scores)],
        "errors": timex_errors(scores),
    }


# --------------------------------------------------------------------------- event dating (issue 3)

#: TLINK relations, read from the event's side, that place the event inside
#: (or exactly at) the linked time: the time's value is the event's date.
WITHIN_RELATIONS = frozenset({"IS_INCLUDED", "DURING", "SIMULTANEOUS", "IDENTITY", "BEGINS", "ENDS"})
#: Relations where the time lies inside the event or bounds it ("trapped" on the
#: DCT, "since 1990"): reported separately as the *wide* figure.
AROUND_RELATIONS = frozenset({"INCLUDES", "DURING_INV", "BEGUN_BY", "ENDED_BY"})

_INVERSE = {
    "IS_INCLUDED": "INCLUDES",
    "INCLUDES": "IS_INCLUDED",
    "BEGINS": "BEGUN_BY",
    "BEGUN_BY": "BEGINS",
    "ENDS": "ENDED_BY",
    "ENDED_BY": "ENDS",
    "DURING": "DURING_INV",
    "DURING_INV": "DURING",
    "BEFORE": "AFTER",
    "AFTER": "BEFORE",
    "IBEFORE": "IAFTER",
    "IAFTER": "IBEFORE",
    "SIMULTANEOUS": "SIMULTANEOUS",
    "IDENTITY": "IDENTITY",
}

#: Only these timexes name a calendar time an event can be dated by (durations and sets cannot).
_DATING_TYPES = frozenset({"DATE", "TIME"})

#: ``build(text, published=date)`` -> a Timeline (iterable of Events, with ``.undated``) or Events.
Builder = Callable[..., Any]


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


_SHORT_WEEK = re.compile(r"-W(\d)(?=$|[^\d])")


def canonical_value(value: str) -> str:
    """A TIMEX3 value in canonical spelling: some gold values write ISO weeks with one
    digit ("2000-W6"); "2000-W6" and "2000-W06" name the same week."""
    return _SHORT_WEEK.sub(r"-W0\1", value.strip())


def _without_unknown_parts(value: str) -> str:
    """ "1998-XX-XX" and "1998" say the same thing (some day of 1998): drop trailing unknown fields."""
    while True:
        for suffix in ("-XX", "-WXX", "TXX"):
            if value.endswith(suffix) and len(value) > len(suffix):
                value = value[: -len(suffix)]
                break
        else:
            return value


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
        when = getattr(self.event, "when", None)
        return None if when is None else _str(when.value)

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
    system_events: Counter[str]  # corpus -> system events produced
    built: tuple[BuiltDocument, ...] = ()
    seconds: float = 0.0

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

    def corpus_counts(self, corpus: str) -> tuple[int, int, int, int]:
        """(linked gold events, scored, correct, gold linked events not found) for one corpus."""
        js = [j for j in self.judgements if j.corpus == corpus]
        return (
            self.linked_gold[corpus],
            len(js),
            sum(j.correct for j in js),
            sum(1 for n in self.not_found if n[0] == corpus),
        )

    @property
    def crashes(self) -> tuple[BuiltDocument, ...]:
        """Documents on which building the timeline raised."""
        return tuple(b for b in self.built if b.crash is not None)


def _default_builder() -> Builder:
    from . import build_timeline  # the timeline stage; missing until issue 3 lands

    return build_timeline


def _events_of(result: Any) -> tuple[Any, ...]:
    """Dated and undated events of a Timeline (or any iterable of events)."""
    events = list(result)
    seen = {id(e) for e in events}
    events += [e for e in getattr(result, "undated", ()) if id(e) not in seen]
    return tuple(events)


def build_events(
    documents: Iterable[TimeMLDocument] | Mapping[str, Iterable[TimeMLDocument]],
    build: Builder | None = None,
) -> tuple[tuple[BuiltDocument, ...], float]:
    """Run ``build(text, published=dct)`` on every document; (results, seconds spent building)."""
    if build is None:
        build = _default_builder()
    groups = documents.items() if isinstance(documents, Mapping) else [("all", documents)]
    out = []
    seconds = 0.0
    for name, docs in groups:
        for doc in docs:
            t0 = time.perf_counter()
            try:
                out.append(BuiltDocument(name, doc, _events_of(build(doc.text, published=doc.dct))))
            except Exception:  # noqa: BLE001 - recorded and reported, never swallowed
                out.append(BuiltDocument(name, doc, (), traceback.format_exc()))
            seconds += time.perf_counter() - t0
    return tuple(out), seconds


def judge_events(
    built: Sequence[BuiltDocument], relations: frozenset[str] = WITHIN_RELATIONS, seconds: float = 0.0
) -> EventScores:
    """Score already built system events against the gold links through ``relations``."""
    judgements: list[EventJudgement] = []
    not_found = []
    linked_gold: Counter[str] = Counter()
    system_events: Counter[str] = Counter()
    for b in built:
        doc = b.document
        links = event_time_links(doc, relations)
        gold = [e for e in doc.events if e.eid in links]
        linked_gold[b.corpus] += len(gold)
        system_events[b.corpus] += len(b.events)
        found: set[str] = set()
        for ev in b.events:
            s, e = int(ev.trigger.start), int(ev.trigger.end)
            best = None
            for g in gold:
                overlap = min(e, g.end) - max(s, g.start)
                if overlap > 0 and (best is None or overlap > best[0]):
                    best = (overlap, g)
            if best is not None:
                g = best[1]
                found.add(g.eid)
                judgements.append(EventJudgement(b.corpus, doc, ev, g, tuple(links[g.eid])))
        not_found += [(b.corpus, doc, g, tuple(links[g.eid])) for g in gold if g.eid not in found]
    return EventScores(tuple(judgements), tuple(not_found), linked_gold, system_events, tuple(built), seconds)


def score_events(
    documents: Iterable[TimeMLDocument] | Mapping[str, Iterable[TimeMLDocument]],
    build: Builder | None = None,
    *,
    relations: frozenset[str] = WITHIN_RELATIONS,
) -> EventScores:
    """Share of system events dated with the value of the gold time their gold event is linked to.

    For every system event (dated or undated) whose trigger overlaps a gold
    EVENT tied by a TLINK in ``relations`` (read from the event's side, either
    link direction) to a DATE or TIME timex or to the DCT, the event counts as
    correct when ``event.when.value`` equals one of those times' gold values
    (for the DCT, its day also counts). ``build`` defaults to
    :func:`conflict_timeline.build_timeline`.
    """
    built, seconds = build_events(documents, build)
    return judge_events(built, relations, seconds)


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


def format_event_table(scores: EventScores, wide: EventScores | None = None) -> str:
    """Per-corpus table, then the overall event-dating figures in the last lines."""
    lines = [
        f"{'corpus':<14}{'docs':>5}{'linked':>8}{'system':>8}{'scored':>8}{'correct':>8}{'share':>8}{'unfound':>9}"
    ]
    corpora = list(dict.fromkeys(b.corpus for b in scores.built))
    for name in corpora:
        linked, scored, correct, unfound = scores.corpus_counts(name)
        docs = sum(1 for b in scores.built if b.corpus == name)
        lines.append(
            f"{name:<14}{docs:5d}{linked:8d}{scores.system_events[name]:8d}{scored:8d}{correct:8d}"
            f"{_pct(_ratio(correct, scored), 8)}{unfound:9d}"
        )
    errors = event_errors(scores)
    linked = sum(scores.linked_gold.values())
    lines += [
        f"== events overall: {len(scores.built)} docs, {sum(scores.system_events.values())} system events, "
        f"{linked} gold events linked to a DATE/TIME or the DCT ==",
        "links    event IS_INCLUDED / DURING / SIMULTANEOUS / IDENTITY / BEGINS / ENDS the time "
        "(either link direction)",
        f"scored   {scores.scored} system events overlap such a gold event",
        f"DATED OK {_pct(scores.share).strip()} %  ({scores.correct} of {scores.scored}; target >= 80 %)   "
        f"wrong value {len(errors['WRONG'])}, undated {len(errors['UNDATED'])}",
        f"unfound  {len(scores.not_found)} of {linked} linked gold events overlap no system event",
    ]
    if wide is not None:
        lines.append(
            f"wide     with time-inside-event links too (INCLUDES, BEGUN_BY, ENDED_BY): "
            f"{_pct(wide.share).strip()} % ({wide.correct} of {wide.scored})"
        )
    crashes = scores.crashes
    lines.append(f"build    {scores.seconds:.2f} s; crashed on {len(crashes)} docs")
    if crashes:
        last = (crashes[0].crash or "").strip().splitlines()[-1:]
        lines.append(f"BUILD CRASHED on {len(crashes)} docs, first {crashes[0].document.doc_id}: {' '.join(last)}")
    return "\n".join(lines)


def _event_scores_json(scores: EventScores, wide: EventScores) -> dict[str, Any]:
    return {
        "scored": scores.scored,
        "correct": scores.correct,
        "share": None if scores.share is None else round(scores.share, 2),
        "linked_gold_events": sum(scores.linked_gold.values()),
        "not_found": len(scores.not_found),
        "system_events": sum(scores.system_events.values()),
        "by_corpus": {
            name: dict(zip(("linked", "scored", "correct", "not_found"), scores.corpus_counts(name), strict=False))
            for name in dict.fromkeys(b.corpus for b in scores.built)
        },
        "wide": {
            "scored": wide.scored,
            "correct": wide.correct,
            "share": None if wide.share is None else round(wide.share, 2),
        },
        "build_seconds": round(scores.seconds, 3),
        "crashes": {b.document.doc_id: b.crash for b in scores.crashes},
        "errors": event_errors(scores),
    }


def _run_events(corpora: Mapping[str, Sequence[TimeMLDocument]], args: argparse.Namespace) -> int:
    try:
        build = _default_builder()
    except ImportError:
        print(
            "evaluate --events: conflict_timeline.build_timeline is not available yet (issue 3); nothing to score",
            file=sys.stderr,
        )
        return 2
    built, seconds = build_events(corpora, build)
    scores = judge_events(built, WITHIN_RELATIONS, seconds)
    wide = judge_events(built, WITHIN_RELATIONS | AROUND_RELATIONS, seconds)
    if args.json:
        print(json.dumps(_event_scores_json(scores, wide), indent=1, ensure_ascii=False))
        return 1 if scores.crashes else 0
    if args.errors is not None:
        limit = None if args.errors < 0 else args.errors
        for cat, lines in event_errors(scores).items():
            print(f"## {cat} ({len(lines)})")
            for line in lines[:limit]:
                print(line)
        for b in scores.crashes:
            print(f"## CRASH {b.document.doc_id}\n{b.crash}")
        print()
    if args.value_classes:
        print(format_event_value_classes(scores))
        print()
    print(format_event_table(scores, wide))
    return 1 if scores.crashes else 0


# --------------------------------------------------------------------------- value error classes


class ValueErrorClass(str, enum.Enum):
    """Why a relaxed match has the wrong value, as far as the gold alone can tell.

    The first four classes are annotation conventions or gold that contradicts
    its own text; they bound how far value F1 can rise without copying the
    annotators' conventions. ``OTHER`` is everything else: our genuine errors,
    and conventions this classification does not recognise.
    """

    GOLD_UNKNOWN_FIELDS = "gold leaves fields unknown (X); ours fills them"
    PART_OF_DAY = "same day; only the part of day differs"
    GOLD_OFF_CALENDAR = "gold date is not the weekday its text names"
    WEEKDAY_FAR_FROM_DCT = "gold weekday a week or more from the DCT"
    OTHER = "other (genuine errors, unrecognised conventions)"


_WEEKDAY_NUMBER = {w: n for w, n in cal.WEEKDAYS.items() if w.endswith("day")}  # full names only
_PART_OF_DAY = re.compile(r"T(?:" + "|".join(sorted(set(cal.PARTS_OF_DAY.values()))) + r")$")
_GOLD_DAY = re.compile(r"^(\d{4})-(\d\d)-(\d\d)")


def value_error_class(match: TimexMatch, dct: Any) -> ValueErrorClass:
    """The class of a value error (``match.value_ok`` is false); ``dct`` is the creation date."""
    return classify_value_error(match.gold.text, match.gold.value, match.system.value, dct)


def classify_value_error(gold_text: str, gold_value: str, system_value: str, dct: Any) -> ValueErrorClass:
    """The :class:`ValueErrorClass` of a system value that differs from the gold value of ``gold_text``."""
    gold, system = canonical_value(gold_value), canonical_value(system_value)
    if "X" in gold and "X" not in system:
        known = gold.split("X", 1)[0].rstrip("-W")
        if known and system.startswith(known):
            return ValueErrorClass.GOLD_UNKNOWN_FIELDS
    if (_PART_OF_DAY.search(gold) or _PART_OF_DAY.search(system)) and _PART_OF_DAY.sub("", gold) == _PART_OF_DAY.sub(
        "", system
    ):
        return ValueErrorClass.PART_OF_DAY
    named = [n for w, n in _WEEKDAY_NUMBER.items() if re.search(rf"\b{w}\b", gold_text.lower())]
    day = _GOLD_DAY.match(gold)
    if len(named) == 1 and day:
        try:
            d = _dt.date(*map(int, day.groups()))
        except ValueError:
            return ValueErrorClass.OTHER
        if d.isoweekday() != named[0]:
            return ValueErrorClass.GOLD_OFF_CALENDAR
        if abs((d - dct).days) >= 7:
            return ValueErrorClass.WEEKDAY_FAR_FROM_DCT
    return ValueErrorClass.OTHER


def value_error_classes(scores: TimexScores) -> dict[ValueErrorClass, list[tuple[DocumentResult, TimexMatch]]]:
    """Every value error of ``scores``, by :class:`ValueErrorClass` (all classes present, in order)."""
    out: dict[ValueErrorClass, list[tuple[DocumentResult, TimexMatch]]] = {c: [] for c in ValueErrorClass}
    for r in scores.results:
        for m in r.matches:
            if not m.value_ok:
                out[value_error_class(m, r.document.dct)].append((r, m))
    return out


def format_value_classes(scores: TimexScores) -> str:
    """A table of the value-error classes, with the value F1 reached if each class (and
    the ones above it) were counted right: the ceiling the gold's conventions leave."""
    o = scores.overall
    rows = [(cls.value, len(items)) for cls, items in value_error_classes(scores).items()]
    return _ceiling_table(
        "value errors by class",
        "value F1 if these and the rows above were right",
        rows,
        lambda fixed: _pct(o._f1(o.value_ok + fixed, o.system, o.gold)).strip(),
        f"value F1 now {_pct(o.value_f1).strip()}",
    )


def _ceiling_table(
    title: str, ceiling_title: str, rows: Sequence[tuple[str, int]], ceiling: Callable[[int], str], now: str
) -> str:
    """Rows of (class, count), each with the figure reached if it and the rows above were right."""
    lines = [f"{title:<50} {'n':>4}  {ceiling_title}"]
    fixed = 0
    for label, n in rows:
        fixed += n
        lines.append(f"{label:<50} {n:4d}  {ceiling(fixed)}")
    lines.append(f"{'total':<50} {sum(n for _, n in rows):4d}  {now}")
    return "\n".join(lines)


def event_error_class(j: EventJudgement) -> ValueErrorClass | None:
    """The class of a wrongly dated event (``None`` when it is right or undated): the most
    conventional class over the gold times it is linked to."""
    if j.correct or j.value is None:
        return None
    value, order = j.value, list(ValueErrorClass)

    def against(link: EventTimeLink) -> ValueErrorClass:
        timex = j.document.timex(link.tid)
        text = "" if link.is_dct or timex is None else timex.text
        gold = link.dct_date if link.is_dct else link.value  # the DCT's day, as the share counts it
        return classify_value_error(text, gold, value, j.document.dct)

    return min((against(link) for link in j.links), key=order.index, default=ValueErrorClass.OTHER)


def format_event_value_classes(scores: EventScores) -> str:
    """The wrongly dated events by :class:`ValueErrorClass`, with the share each would leave."""
    counts = Counter(event_error_class(j) for j in scores.judgements)
    rows = [(cls.value, counts[cls]) for cls in ValueErrorClass]
    rows.append(("undated", sum(1 for j in scores.judgements if j.value is None)))
    return _ceiling_table(
        "wrongly dated events by class",
        "share if these and the rows above were right",
        rows,
        lambda fixed: f"{_pct(_ratio(scores.correct + fixed, scores.scored)).strip()} %",
        f"share now {_pct(scores.share).strip()} %",
    )


# --------------------------------------------------------------------------- command line


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="python -m conflict_timeline.evaluate",
        description="Score conflict_timeline against TimeML gold (TempEval-3 Task A; --events for event dating).",
    )
    p.add_argument(
        "paths",
        nargs="*",
        help="TimeML folders or .tml files (default: the timebank and aquaint corpora)",
    )
    p.add_argument(
        "--errors",
        nargs="?",
        const="all",
        default=None,
        metavar="N",
        help="list errors by category (at most N per category; all when N is omitted)",
    )
    p.add_argument("--by-rule", action="store_true", help="per-rule counts of correct / wrong / spurious")
    p.add_argument("--json", action="store_true", help="print everything as JSON instead of tables")
    p.add_argument("--events", action="store_true", help="score event dating with build_timeline (issue 3)")
    p.add_argument(
        "--value-classes",
        action="store_true",
        help="classify value errors (annotation conventions vs the rest) and show the ceilings they leave "
        "(with --events: the wrongly dated events)",
    )
    return p


def _default_paths() -> list[Path]:
    return [corpus_dir(name) for name in DEFAULT_CORPORA]


def main(argv: Sequence[str] | None = None) -> int:
    """The command line; returns the exit status (0 ok, 1 tagger crashed, 2 cannot run)."""
    args = _parser().parse_args(argv)
    raw_paths = list(args.paths)
    if args.errors is not None:
        # "--errors DIR" must not swallow the path: only a number is a limit
        if args.errors.isdigit():
            args.errors = int(args.errors)
        else:
            if args.errors != "all":
                raw_paths.insert(0, args.errors)
            args.errors = -1
    paths = [Path(p) for p in raw_paths] or _default_paths()
    try:
        corpora = load_corpora(paths)
    except (FileNotFoundError, TimeMLError) as exc:
        print(f"evaluate: {exc}", file=sys.stderr)
        return 2
    if args.events:
        return _run_events(corpora, args)

    scores = score(corpora)
    if args.json:
        print(json.dumps(scores_json(scores), indent=1, ensure_ascii=False))
        return 1 if scores.crashes else 0
    if args.errors is not None:
        limit = None if args.errors < 0 else args.errors
        for cat, lines in timex_errors(scores).items():
            print(f"## {cat} ({len(lines)})")
            for line in lines[:limit]:
                print(line)
        for r in scores.crashes:
            print(f"## CRASH {r.document.doc_id}\n{r.crash}")
        print()
    if args.by_rule:
        print(format_by_rule(by_rule(scores)))
        print()
    if args.value_classes:
        print(format_value_classes(scores))
        print()
    print(format_table(scores))
    return 1 if scores.crashes else 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except BrokenPipeError:
        # the reader (head, less) stopped early: not a failure; silence the flush at exit
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        sys.exit(0)
