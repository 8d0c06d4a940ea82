"""Time expressions scored TempEval-3 Task A style over character offsets."""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import attrs

from .. import find_expressions
from ..timeml import GoldTimex, TimeMLDocument
from ._common import Tagger, _guarded, _overlap, _ratio, _str


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
