"""Report tables for the command line."""

from __future__ import annotations

from collections.abc import Callable

from ._common import _ratio
from .conflict import ConflictScores, EventVerdict
from .dating import EventScores
from .listings import TIMEX_ERRORS, _pct, event_errors, timex_errors
from .timexes import TimexScores


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
