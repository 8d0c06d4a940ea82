"""The library's options reach every entry point: "02/12/2024" in a day-first run is 2 December in
the time expressions (the spans) AND in the timeline, whichever way the article goes in.

Each entry point gives back ``(expression days, event days)``: the first day of every time
expression it reports, and the first day of every event of its timeline. The option is given as
``date_order`` ("DMY" day first, "MDY" month first: the near-miss that must give 12 February), and
``--date-order`` on the command lines.
"""

from __future__ import annotations

import datetime as dt
import io
import json
from collections.abc import Callable
from pathlib import Path

import pytest
from schema_check import validate

from conflict_timeline import Article, build_timeline, build_timelines, find_expressions, resolve
from conflict_timeline.batch import main as batch_main
from conflict_timeline.batch import run_jsonl
from conflict_timeline.cli import main as cli_main

TEXT = "Rebels seized Aleppo on 02/12/2024."
PUBLISHED = "2024-12-20"  # both readings lie before it, so both date the (past) event
EXPECTED = {"DMY": dt.date(2024, 12, 2), "MDY": dt.date(2024, 2, 12)}

Days = tuple[list[dt.date], list[dt.date]]


def _from_timeline(tl) -> Days:
    exprs = [ev.time_source.span.start for ev in tl.all_events if ev.time_source is not None]
    return exprs, [ev.when.start for ev in tl.events]


def _from_json_timeline(doc: dict) -> Days:
    events = doc["events"]
    exprs = [dt.date.fromisoformat(ev["time_source"]["span"]["start"]) for ev in events if ev["time_source"]]
    return exprs, [dt.date.fromisoformat(ev["when"]["start"]) for ev in events]


def _record() -> dict[str, str]:
    return {"text": TEXT, "published": PUBLISHED, "source": "wire"}


# -- the entry points ----------------------------------------------------------------------------------


def via_find_expressions(order: str, tmp: Path) -> Days:
    exprs = [e.span.start for e in find_expressions(TEXT, PUBLISHED, date_order=order)]
    return exprs, _from_timeline(build_timeline(TEXT, PUBLISHED, date_order=order))[1]


def via_resolve(order: str, tmp: Path) -> Days:
    expr = resolve("02/12/2024", PUBLISHED, date_order=order)
    assert expr is not None and expr.span is not None
    return [expr.span.start], _from_timeline(build_timeline([Article(TEXT, PUBLISHED)], date_order=order))[1]


def _batch(order: str, **kw: object) -> Days:
    [result] = build_timelines([_record()], date_order=order, **kw)
    assert result.ok, result.error
    return _from_timeline(result.timeline)


def via_build_timelines(order: str, tmp: Path) -> Days:
    return _batch(order)


def via_build_timelines_workers(order: str, tmp: Path) -> Days:
    return _batch(order, workers=2)


def via_build_timelines_timeout(order: str, tmp: Path) -> Days:  # a worker process even for one worker
    return _batch(order, timeout=60)


def _jsonl_out(path: Path) -> Days:
    [line] = validate("articleResult", path.read_text(encoding="utf-8"))
    return _from_json_timeline(line["timeline"])


def via_run_jsonl(order: str, tmp: Path) -> Days:
    src, dst = tmp / "in.jsonl", tmp / "out.jsonl"
    src.write_text(json.dumps(_record()) + "\n", encoding="utf-8")
    run_jsonl(src, dst, date_order=order)
    return _jsonl_out(dst)


def via_batch_command(order: str, tmp: Path) -> Days:
    src, dst = tmp / "in.jsonl", tmp / "out.jsonl"
    src.write_text(json.dumps(_record()) + "\n", encoding="utf-8")
    assert batch_main([str(src), str(dst), "--workers", "2", "--date-order", order]) == 0
    return _jsonl_out(dst)


def _story(tmp: Path) -> Path:
    path = tmp / "story.md"
    path.write_text(f"---\npublished: {PUBLISHED}\nsource: wire\n---\n{TEXT}\n", encoding="utf-8")
    return path


def _cli_json(tmp: Path, *options: str) -> Days:
    out = tmp / "out.json"
    assert cli_main([str(_story(tmp)), "-f", "json", "-o", str(out), *options]) == 0
    [entry] = validate("articles", out.read_text(encoding="utf-8"))["articles"]
    return _from_json_timeline(entry["timeline"])


def via_cli(order: str, tmp: Path) -> Days:
    return _cli_json(tmp, "--date-order", order)


def via_cli_build_workers(order: str, tmp: Path) -> Days:
    out = tmp / "out.json"
    argv = ["build", str(_story(tmp)), str(_story(tmp)), "-f", "json", "-o", str(out), "--workers", "2"]
    assert cli_main([*argv, "--date-order", order]) == 0
    entries = validate("articles", out.read_text(encoding="utf-8"))["articles"]
    assert len(entries) == 2
    return _from_json_timeline(entries[1]["timeline"])


def via_cli_merge(order: str, tmp: Path) -> Days:
    out = tmp / "out.json"
    assert cli_main([str(_story(tmp)), "--merge", "-f", "json", "-o", str(out), "--date-order", order]) == 0
    return _from_json_timeline(validate("timeline", out.read_text(encoding="utf-8")))


def via_explain(order: str, tmp: Path, capsys: pytest.CaptureFixture[str]) -> Days:
    assert cli_main(["explain", "02/12/2024", "--published", PUBLISHED, "--date-order", order, "--json"]) == 0
    expr = validate("expression", capsys.readouterr().out)
    day = dt.date.fromisoformat(expr["span"]["start"])
    return [day], [day]  # explain has no events: its one expression stands for both


def via_dask(order: str, tmp: Path) -> Days:
    pytest.importorskip("dask")
    import dask.bag as db

    from conflict_timeline.dask import merged_timeline, timelines

    bag = db.from_sequence([_record()], npartitions=1)
    [result] = timelines(bag, date_order=order).compute(scheduler="processes")
    merged = merged_timeline(bag, date_order=order).compute(scheduler="processes")
    assert _from_timeline(merged) == _from_timeline(result.timeline)
    return _from_timeline(result.timeline)


def via_spacy(order: str, tmp: Path) -> Days:
    spacy = pytest.importorskip("spacy")
    import conflict_timeline.spacy_component  # noqa: F401  (registers the factory)

    nlp = spacy.blank("en")
    nlp.add_pipe("conflict_timeline", config={"published": PUBLISHED, "date_order": order})
    doc = nlp(TEXT)
    return [s._.timex.span.start for s in doc.spans["timex"]], _from_timeline(doc._.timeline)[1]


ENTRY_POINTS: list[Callable[..., Days]] = [
    via_find_expressions,
    via_resolve,
    via_build_timelines,
    via_build_timelines_workers,
    via_build_timelines_timeout,
    via_run_jsonl,
    via_batch_command,
    via_cli,
    via_cli_build_workers,
    via_cli_merge,
    via_explain,
    via_dask,
    via_spacy,
]


@pytest.mark.parametrize("order", ["DMY", "MDY"])
@pytest.mark.parametrize("entry", ENTRY_POINTS, ids=lambda f: f.__name__.removeprefix("via_"))
def test_date_order_reaches_the_spans_and_the_timeline(
    entry: Callable[..., Days], order: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    args = (order, tmp_path, capsys) if entry is via_explain else (order, tmp_path)
    expressions, events = entry(*args)
    assert expressions == [EXPECTED[order]]
    assert events == [EXPECTED[order]]


def test_the_default_is_auto_and_says_so() -> None:
    # control: without the option the reading is the library's own ("auto"), the same everywhere
    [expr] = find_expressions(TEXT, PUBLISHED)
    [result] = build_timelines([_record()])
    assert _from_timeline(result.timeline) == ([expr.span.start], [expr.span.start])


@pytest.mark.parametrize(
    "call",
    [
        lambda: build_timelines([_record()], date_order="DM"),
        lambda: build_timelines([_record()], document="novel"),
        lambda: run_jsonl(io.StringIO(""), io.StringIO(), date_order="dmy"),
    ],
)
def test_a_bad_option_is_refused_at_once(call: Callable[[], object]) -> None:
    from conflict_timeline.errors import InvalidInput

    with pytest.raises(InvalidInput, match="must be one of"):
        call()


@pytest.mark.parametrize("argv", [["x.md", "--date-order", "DM"], ["x.md", "--document", "novel"]])
def test_a_bad_option_is_a_usage_error(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        cli_main(argv)
    assert exc.value.code == 2 and "invalid choice" in capsys.readouterr().err
