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
import enum
import json
import sys
import time
import traceback
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any, Optional, Union

import attrs

from .corpora import DEFAULT_CORPORA, corpus_dir, tml_files
from .errors import TimeMLError
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
    "main",
]

#: ``tagger(text, published)`` -> objects with start, end, type, value, mod, rule (and text).
Tagger = Callable[[str, Any], Iterable[Any]]

# Issue 2's targets on TBAQ, printed beside the figures so a run says pass/miss at a glance.
TARGETS = {"value F1": 85.0, "relaxed F1": 92.0, "strict F1": 85.0}

CONTEXT = 40  # characters of context either side in error listings


def _str(x: object) -> Optional[str]:
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
    mod: Optional[str] = None
    rule: str = ""

    @classmethod
    def from_output(cls, obj: Any, text: str) -> "SystemTimex":
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
        """Same TIMEX3 value."""
        return self.gold.value.strip() == self.system.value.strip()

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
    crash: Optional[str] = None  # the tagger's traceback when it raised on this document
    bad_offsets: int = 0  # system outputs whose text is not text[start:end]
    overlapping: int = 0  # system outputs overlapping an earlier one


def _ratio(num: int, den: int) -> Optional[float]:
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
    def of(cls, results: Iterable[DocumentResult]) -> "Counts":
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
    def _f1(hits: int, system: int, gold: int) -> Optional[float]:
        # 2PR/(P+R) simplifies to 2*hits/(system+gold), defined even when P or R is not
        return 200.0 * hits / (system + gold) if system + gold else None

    @property
    def strict_p(self) -> Optional[float]:
        return _ratio(self.strict, self.system)

    @property
    def strict_r(self) -> Optional[float]:
        return _ratio(self.strict, self.gold)

    @property
    def strict_f1(self) -> Optional[float]:
        return self._f1(self.strict, self.system, self.gold)

    @property
    def relaxed_p(self) -> Optional[float]:
        return _ratio(self.relaxed, self.system)

    @property
    def relaxed_r(self) -> Optional[float]:
        return _ratio(self.relaxed, self.gold)

    @property
    def relaxed_f1(self) -> Optional[float]:
        return self._f1(self.relaxed, self.system, self.gold)

    @property
    def type_accuracy(self) -> Optional[float]:
        return _ratio(self.type_ok, self.relaxed)

    @property
    def value_accuracy(self) -> Optional[float]:
        return _ratio(self.value_ok, self.relaxed)

    @property
    def mod_accuracy(self) -> Optional[float]:
        return _ratio(self.mod_ok, self.relaxed)

    @property
    def value_f1(self) -> Optional[float]:
        """Value accuracy x relaxed F1 (identical to TempEval-3's value attribute F1)."""
        return self._f1(self.value_ok, self.system, self.gold)

    @property
    def value_p(self) -> Optional[float]:
        """TempEval-3 attribute precision: correct values / system timexes."""
        return _ratio(self.value_ok, self.system)

    @property
    def value_r(self) -> Optional[float]:
        """TempEval-3 attribute recall: correct values / gold timexes."""
        return _ratio(self.value_ok, self.gold)

    @property
    def type_f1(self) -> Optional[float]:
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
    documents: Union[Iterable[TimeMLDocument], Mapping[str, Iterable[TimeMLDocument]]],
    tagger: Optional[Tagger] = None,
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


def _score_document(corpus: str, doc: TimeMLDocument, output: list[Any], crash: Optional[str]) -> DocumentResult:
    system = sorted((SystemTimex.from_output(o, doc.text) for o in output), key=lambda s: (s.start, s.end))
    bad = sum(1 for s in system if doc.text[s.start : s.end] != s.text or not 0 <= s.start <= s.end <= len(doc.text))
    overlapping = sum(1 for a, b in zip(system, system[1:]) if b.start < a.end)
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


def load_corpora(paths: Sequence[Union[str, Path]]) -> dict[str, list[TimeMLDocument]]:
    """Read every ``.tml`` file of each path (folder or file), keyed by a corpus label."""
    out: dict[str, list[TimeMLDocument]] = {}
    taken: set[str] = set()
    for p in map(Path, paths):
        files = tml_files(p)
        out[_label(p, taken)] = [read_timeml(f) for f in files]
    return out


# --------------------------------------------------------------------------- reporting


def _pct(x: Optional[float], width: int = 6) -> str:
    return f"{'n/a':>{width}}" if x is None else f"{x:{width}.2f}"


def _one_line(s: str) -> str:
    return " ".join(s.split()) if s.strip() else repr(s)


def _context(text: str, start: int, end: int) -> str:
    left = text[max(0, start - CONTEXT) : start]
    right = text[end : end + CONTEXT]
    return f"...{_one_line(left)} [[{_one_line(text[start:end])}]] {_one_line(right)}..."


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
            out["MISSED"].append(f"MISSED   {doc.doc_id}@{g.start}  {_gold_desc(g)}  | {_context(doc.text, g.start, g.end)}")
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
        type=int,
        const=-1,
        default=None,
        metavar="N",
        help="list errors by category (at most N per category; all when N is omitted)",
    )
    p.add_argument("--by-rule", action="store_true", help="per-rule counts of correct / wrong / spurious")
    p.add_argument("--json", action="store_true", help="print everything as JSON instead of tables")
    p.add_argument("--events", action="store_true", help="score event dating with build_timeline (issue 3)")
    return p


def _default_paths() -> list[Path]:
    return [corpus_dir(name) for name in DEFAULT_CORPORA]


def main(argv: Optional[Sequence[str]] = None) -> int:
    """The command line; returns the exit status (0 ok, 1 tagger crashed, 2 cannot run)."""
    args = _parser().parse_args(argv)
    paths = [Path(p) for p in args.paths] or _default_paths()
    try:
        corpora = load_corpora(paths)
    except (FileNotFoundError, TimeMLError) as exc:
        print(f"evaluate: {exc}", file=sys.stderr)
        return 2
    if args.events:
        print("evaluate: --events is not implemented yet", file=sys.stderr)
        return 2

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
    print(format_table(scores))
    return 1 if scores.crashes else 0


if __name__ == "__main__":
    sys.exit(main())
