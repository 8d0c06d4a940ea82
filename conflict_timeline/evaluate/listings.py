"""Error listings by kind of miss, with context."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from ..timeml import GoldTimex, TimeMLDocument
from ._common import CONTEXT, _name, _str, _value_of
from .conflict import ConflictScores
from .dating import EventScores, EventTimeLink
from .timexes import SystemTimex, TimexScores


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
