"""The development harness: every development corpus, scored against its target.

    python benchmarks/accuracy.py [CORPUS...] [--errors [N]] [--by-rule] [--value-classes] [--json]

CORPUS is one of
  tbaq      TimeBank + AQUAINT (TempEval-3 TBAQ-cleaned): time expressions
  events    the same documents: event dating from the gold TLINKs
  conflict  the conflict corpus: its event measures and its time expressions
  wikiwars  the WikiWars development half (narratives): time expressions, with document="narrative"
and none means all four, followed by one table of every figure against its target. The corpora are
read where they are, ``<repo>/../shared/corpora`` or ``$CONFLICT_TIMELINE_CORPORA``, never copied.

The scoring is ``conflict_timeline.evaluate``'s (the public scorer); this adds the corpus locations,
the targets, the per-rule counts (``--by-rule``) and the value-error classes (``--value-classes``:
annotation conventions vs the rest, with the ceiling each leaves). Exit status: 0, 1 when the
library raised on some document, 2 when a corpus is missing.
"""

from __future__ import annotations

import argparse
import datetime as dt
import enum
import json
import re
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from _common import CORPORA_ENV, corpus_dir

from conflict_timeline import build_timeline, find_expressions
from conflict_timeline import evaluate as ev
from conflict_timeline.errors import ConflictTimelineError
from conflict_timeline.lexicon import calendar as cal

# --------------------------------------------------------------------------- corpora and targets


@dataclass(frozen=True)
class Spec:
    """A development corpus: where it is (under the corpora folder), how it is run."""

    paths: tuple[str, ...]
    events: bool = False  # TimeML event dating instead of time expressions
    options: Mapping[str, str] = field(default_factory=dict)  # library options the corpus needs


CORPORA: dict[str, Spec] = {
    "tbaq": Spec(("timebank", "aquaint")),
    "events": Spec(("timebank", "aquaint"), events=True),
    "conflict": Spec(("conflict",)),
    "wikiwars": Spec(("wikiwars-dev/wikiwars-dev.jsonl",), options={"document": "narrative"}),
}


@dataclass(frozen=True)
class Target:
    """A figure (in percent, or a count) one corpus must reach: at least ``bound``, or at most it."""

    corpus: str
    measure: str
    bound: float
    at_most: bool = False

    def met(self, got: float | None) -> bool:
        """Whether ``got`` reaches the target (an undefined figure never does)."""
        return got is not None and (got <= self.bound if self.at_most else got >= self.bound)

    def __str__(self) -> str:
        return f"{'<=' if self.at_most else '>='} {self.bound:g}"


_CONFLICT_EVENTS = {  # reference-scorer key -> target in percent
    "recall": 92,
    "precision": 85,
    "dated": 85,
    "kind": 85,
    "status": 80,
    "acled_type": 85,
    "acled_sub_type": 75,
    "fatalities": 90,
    "places": 80,
    "actors": 75,
    "story_merged_one": 90,
}

TARGETS: tuple[Target, ...] = (
    Target("tbaq", "value F1", 83),
    Target("tbaq", "strict F1", 88),
    Target("tbaq", "relaxed F1", 93.5),
    Target("events", "dated share", 80),
    Target("conflict", "timex value F1", 92),
    *(Target("conflict", key, bound) for key, bound in _CONFLICT_EVENTS.items()),
    Target("conflict", "false_merges", 0, at_most=True),
    Target("wikiwars", "value F1", 85),
)


def figures(corpus: str, result: Any) -> dict[str, float | None]:
    """The figures of one corpus's ``evaluate.run`` result that its targets name, in percent."""
    out: dict[str, float | None] = {}
    t = result.timexes
    if t is not None:
        prefix = "timex " if corpus == "conflict" else ""
        o = t.overall
        out |= {f"{prefix}value F1": o.value_f1, f"{prefix}strict F1": o.strict_f1, f"{prefix}relaxed F1": o.relaxed_f1}
    if result.events is not None:
        out["dated share"] = result.events[0].share
    if result.conflict is not None:
        for key, value in result.conflict.summary().items():
            if key in _CONFLICT_EVENTS:
                out[key] = None if value is None else 100 * value
            elif key == "false_merges":
                out[key] = value
    return out


def verdicts(corpus: str, got: Mapping[str, float | None]) -> list[tuple[Target, float | None, bool]]:
    """Each target of ``corpus`` with the figure reached and whether it is met."""
    return [(t, got.get(t.measure), t.met(got.get(t.measure))) for t in TARGETS if t.corpus == corpus]


def format_verdicts(rows: Iterable[tuple[Target, float | None, bool]], with_corpus: bool = False) -> str:
    """One line per target: ``[corpus] measure  figure  target  ok|MISS``."""
    lines = []
    for t, got, ok in rows:
        name = f"{t.corpus:<9} " if with_corpus else "targets  "
        figure = "n/a" if got is None else str(got) if isinstance(got, int) else f"{got:.2f}"
        lines.append(f"{name}{t.measure:<16} {figure:>7}  {str(t):<8} {'ok' if ok else 'MISS'}")
    return "\n".join(lines)


# --------------------------------------------------------------------------- per-rule counts


@dataclass(frozen=True)
class RuleCounts:
    """How one rule of the tagger fared."""

    rule: str
    system: int = 0
    correct: int = 0  # relaxed match with the gold value
    wrong_value: int = 0
    wrong_type: int = 0
    extent: int = 0  # relaxed but not strict
    spurious: int = 0


def by_rule(scores: ev.TimexScores) -> list[RuleCounts]:
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
        ok = "  n/a" if not r.system else f"{100 * r.correct / r.system:5.2f}"
        lines.append(
            f"{r.rule:<{width}}  {r.system:5d} {r.correct:5d} {r.wrong_value:5d} {r.wrong_type:5d} "
            f"{r.extent:5d} {r.spurious:5d}  {ok}"
        )
    lines.append("(ok = relaxed match with the right value; value/type = wrong value/type; extnt = overlap only)")
    return "\n".join(lines)


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


def classify_value_error(gold_text: str, gold_value: str, system_value: str, dct: dt.date) -> ValueErrorClass:
    """The :class:`ValueErrorClass` of a system value that differs from the gold value of ``gold_text``."""
    gold, system = ev.canonical_value(gold_value), ev.canonical_value(system_value)
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
            d = dt.date(*map(int, day.groups()))
        except ValueError:
            return ValueErrorClass.OTHER
        if d.isoweekday() != named[0]:
            return ValueErrorClass.GOLD_OFF_CALENDAR
        if abs((d - dct).days) >= 7:
            return ValueErrorClass.WEEKDAY_FAR_FROM_DCT
    return ValueErrorClass.OTHER


def value_error_class(match: ev.TimexMatch, dct: dt.date) -> ValueErrorClass:
    """The class of a value error (``match.value_ok`` is false); ``dct`` is the creation date."""
    return classify_value_error(match.gold.text, match.gold.value, match.system.value, dct)


def value_error_classes(scores: ev.TimexScores) -> dict[ValueErrorClass, list[tuple[Any, ev.TimexMatch]]]:
    """Every value error of ``scores``, by :class:`ValueErrorClass` (all classes present, in order)."""
    out: dict[ValueErrorClass, list[tuple[Any, ev.TimexMatch]]] = {c: [] for c in ValueErrorClass}
    for r in scores.results:
        for m in r.matches:
            if not m.value_ok:
                out[value_error_class(m, r.document.dct)].append((r, m))
    return out


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


def _two(x: float | None) -> str:
    return "n/a" if x is None else f"{x:.2f}"


def format_value_classes(scores: ev.TimexScores) -> str:
    """A table of the value-error classes, with the value F1 reached if each class (and
    the ones above it) were counted right: the ceiling the gold's conventions leave."""
    o = scores.overall
    rows = [(cls.value, len(items)) for cls, items in value_error_classes(scores).items()]
    return _ceiling_table(
        "value errors by class",
        "value F1 if these and the rows above were right",
        rows,
        lambda fixed: _two(o.f1(o.value_ok + fixed)),
        f"value F1 now {_two(o.value_f1)}",
    )


def event_error_class(j: ev.EventJudgement) -> ValueErrorClass | None:
    """The class of a wrongly dated event (``None`` when it is right or undated): the most
    conventional class over the gold times it is linked to."""
    if j.correct or j.value is None:
        return None
    value, order = j.value, list(ValueErrorClass)

    def against(link: ev.EventTimeLink) -> ValueErrorClass:
        timex = j.document.timex(link.tid)
        text = "" if link.is_dct or timex is None else timex.text
        gold = link.dct_date if link.is_dct else link.value  # the DCT's day, as the share counts it
        return classify_value_error(text, gold, value, j.document.dct)

    return min((against(link) for link in j.links), key=order.index, default=ValueErrorClass.OTHER)


def format_event_value_classes(scores: ev.EventScores) -> str:
    """The wrongly dated events by :class:`ValueErrorClass`, with the share each would leave."""
    counts = Counter(event_error_class(j) for j in scores.judgements)
    rows = [(cls.value, counts[cls]) for cls in ValueErrorClass]
    rows.append(("undated", sum(1 for j in scores.judgements if j.value is None)))
    return _ceiling_table(
        "wrongly dated events by class",
        "share if these and the rows above were right",
        rows,
        lambda fixed: f"{_two(100 * (scores.correct + fixed) / scores.scored if scores.scored else None)} %",
        f"share now {_two(scores.share)} %",
    )


# --------------------------------------------------------------------------- running a corpus


@dataclass
class _Timed:
    """A tagger that adds up the time spent in it (the tagger's own cost, not the scorer's)."""

    tagger: Callable[..., Iterable[Any]]
    seconds: float = 0.0

    def __call__(self, text: str, published: dt.date) -> list[Any]:
        t0 = time.perf_counter()
        try:
            return list(self.tagger(text, published))
        finally:
            self.seconds += time.perf_counter() - t0


def contract_line(scores: ev.TimexScores, seconds: float) -> str:
    """Throughput and the tagger's contract: outputs whose text is not ``text[start:end]``, overlapping outputs."""
    chars = sum(len(r.document.text) for r in scores.results)
    bad = overlapping = 0
    for r in scores.results:
        system = sorted([m.system for m in r.matches] + list(r.spurious), key=lambda s: (s.start, s.end))
        text = r.document.text
        bad += sum(1 for s in system if not 0 <= s.start <= s.end <= len(text) or text[s.start : s.end] != s.text)
        overlapping += sum(1 for a, b in zip(system, system[1:], strict=False) if b.start < a.end)
    speed = f"{chars / seconds:,.0f}" if seconds else "n/a"
    return (
        f"tagger   {seconds:.2f} s for {chars} chars ({speed} chars/s); crashed on {len(scores.crashes)} docs; "
        f"{bad} outputs with bad offsets; {overlapping} overlapping"
    )


def engine(spec: Spec) -> tuple[Callable[..., Any], Callable[..., Any], str]:
    """The tagger and builder with the corpus's options, and a note when this version lacks them
    (the corpus is then scored with the library's defaults)."""
    try:
        return ev.with_options(find_expressions, spec.options), ev.with_options(build_timeline, spec.options), ""
    except ConflictTimelineError as exc:
        return find_expressions, build_timeline, f"note     {exc}: scored with the defaults"


def score_corpus(name: str, args: argparse.Namespace) -> tuple[Any, dict[str, float | None], str]:
    """Run one corpus; (the ``evaluate.run`` result, its figures, its report)."""
    spec = CORPORA[name]
    tagger, build, note = engine(spec)
    timed = _Timed(tagger)
    result = ev.run(ev.load([corpus_dir(p) for p in spec.paths]), timed, build, events=spec.events)
    parts = []
    if args.errors is not None:
        parts.append(ev.format_errors(result.errors(), int(args.errors)))
    if result.timexes and args.by_rule:
        parts.append(format_by_rule(by_rule(result.timexes)))
    if args.value_classes:
        if result.timexes:
            parts.append(format_value_classes(result.timexes))
        if result.events:
            parts.append(format_event_value_classes(result.events[0]))
    if result.timexes:
        parts.append(ev.format_timex_table(result.timexes) + "\n" + contract_line(result.timexes, timed.seconds))
    if result.events:
        parts.append(ev.format_event_table(*result.events))
    if result.conflict:
        parts.append(ev.format_conflict(result.conflict))
    got = figures(name, result)
    parts.append("\n".join(x for x in (note, format_verdicts(verdicts(name, got))) if x))
    return result, got, "\n\n".join(parts)


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="python benchmarks/accuracy.py",
        description=__doc__.split("\n\n")[0],
        epilog=f"Corpora: ${CORPORA_ENV}, else <repo>/../shared/corpora.",
    )
    p.add_argument("corpora", nargs="*", metavar="CORPUS", help=f"{', '.join(CORPORA)} (default: all)")
    p.add_argument("--errors", nargs="?", const="-1", metavar="N", help="list errors by kind (at most N per kind)")
    p.add_argument("--by-rule", action="store_true", help="per-rule counts of correct / wrong / spurious")
    p.add_argument("--value-classes", action="store_true", help="value errors by class, with the ceilings they leave")
    p.add_argument("--json", action="store_true", help="the figures and the targets as JSON")
    return p


def main(argv: Sequence[str] | None = None) -> int:
    """Score the chosen corpora (all by default) and print each against its targets."""
    parser = _parser()
    args = parser.parse_args(argv)
    if args.errors is not None and not args.errors.lstrip("-").isdigit():  # "--errors tbaq": a corpus, not a limit
        args.corpora.insert(0, args.errors)
        args.errors = "-1"
    unknown = [n for n in args.corpora if n not in CORPORA]
    if unknown:
        parser.error(f"unknown corpus {', '.join(unknown)}: choose from {', '.join(CORPORA)}")
    names = list(dict.fromkeys(args.corpora)) or list(CORPORA)
    missing = sorted({str(corpus_dir(p)) for n in names for p in CORPORA[n].paths if not corpus_dir(p).exists()})
    if missing:
        print(f"accuracy: corpus not found: {', '.join(missing)} (set {CORPORA_ENV})", file=sys.stderr)
        return 2
    summary: dict[str, Any] = {}
    rows: list[tuple[Target, float | None, bool]] = []
    crashed = False
    for name in names:
        result, got, report = score_corpus(name, args)
        crashed |= result.crashed
        rows += verdicts(name, got)
        summary[name] = {"figures": got, "targets": [[t.measure, str(t), ok] for t, _, ok in verdicts(name, got)]}
        if not args.json:
            print(f"# {name}\n{report}\n")
    if args.json:
        print(json.dumps(summary, indent=1))
    elif len(names) > 1:
        met = sum(ok for *_, ok in rows)
        print(f"# every target: {met} of {len(rows)} met\n{format_verdicts(rows, with_corpus=True)}")
    return 1 if crashed else 0


if __name__ == "__main__":
    sys.exit(main())
