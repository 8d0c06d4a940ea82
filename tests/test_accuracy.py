"""The development harness (benchmarks/accuracy.py) and the development corpora as gold.

The harness's own tables run on tiny hand-made documents; the tests reading the corpora skip when
they are absent. ``tests/conftest.py`` puts benchmarks/ on the path.
"""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import _common
import accuracy
import pytest
from test_evaluate import DOC, EVENT_DOC, FakeTimeline, Out, _at

from conflict_timeline import evaluate
from conflict_timeline.evaluate import SystemTimex, match_timexes, score_timexes
from conflict_timeline.timeml import GoldTimex, read_timeml

VEC = accuracy.ValueErrorClass


@pytest.mark.parametrize(
    ("gold_text", "gold_value", "system_value", "dct", "expected"),
    [
        ("last week", "1989-WXX", "1989-W43", "1989-11-01", VEC.GOLD_UNKNOWN_FIELDS),
        ("1948", "1948-XX", "1948", "1999-03-12", VEC.GOLD_UNKNOWN_FIELDS),
        ("a few years ago", "199X", "PAST_REF", "1998-02-12", VEC.OTHER),
        ("Friday night", "2000-01-07", "2000-01-07TNI", "2000-01-07", VEC.PART_OF_DAY),
        ("Friday night", "2000-01-07TEV", "2000-01-07TNI", "2000-01-07", VEC.PART_OF_DAY),
        ("Friday night", "2000-01-06", "2000-01-07TNI", "2000-01-07", VEC.GOLD_OFF_CALENDAR),
        ("Wednesday", "1999-02-09", "1999-02-10", "1999-02-10", VEC.GOLD_OFF_CALENDAR),
        ("Tuesday", "1990-08-07", "1990-08-14", "1990-08-15", VEC.WEEKDAY_FAR_FROM_DCT),
        ("Friday", "1998-08-07", "1998-08-14", "1998-08-08", VEC.OTHER),
        ("a year earlier", "1988", "1988-Q3", "1989-11-01", VEC.OTHER),
    ],
)
def test_value_error_classes(gold_text, gold_value, system_value, dct, expected) -> None:
    gold = GoldTimex("t1", 0, len(gold_text), gold_text, "DATE", gold_value)
    system = SystemTimex(0, len(gold_text), gold_text, "DATE", system_value)
    (m,) = match_timexes([gold], [system])[0]
    assert not m.value_ok
    assert accuracy.value_error_class(m, dt.date.fromisoformat(dct)) is expected


def test_value_classes_table() -> None:
    doc = read_timeml(
        '<?xml version="1.0"?><TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="1990-08-15" '
        'functionInDocument="CREATION_TIME">1990-08-15</TIMEX3></DCT><TEXT>The king met '
        '<TIMEX3 tid="t1" type="DATE" value="1990-08-06">Monday</TIMEX3> and left '
        '<TIMEX3 tid="t2" type="DATE" value="1990-WXX">last week</TIMEX3>.</TEXT></TimeML>'
    )
    system = [Out(t.start, t.end, "DATE", v) for t, v in zip(doc.timexes, ("1990-08-13", "1990-W32"), strict=True)]
    table = accuracy.format_value_classes(score_timexes([doc], lambda text, published: system))
    rows = {line.split("  ")[0].strip(): line.split() for line in table.splitlines()}
    assert rows[VEC.GOLD_UNKNOWN_FIELDS.value][-2:] == ["1", "50.00"]
    assert rows[VEC.WEEKDAY_FAR_FROM_DCT.value][-2:] == ["1", "100.00"]
    assert table.splitlines()[-1].endswith("value F1 now 0.00")


@pytest.mark.parametrize(
    ("seized", "said", "expected"),
    [
        # "Thursday" (1998-08-06, the day before the DCT) dated a week early: our error
        ("1998-07-30", "1998-08-07", {VEC.OTHER: 1}),
        # the DCT day with a part of day
        ("1998-08-06", "1998-08-07TNI", {VEC.PART_OF_DAY: 1}),
        ("1998-08-06", "1998-08-07", {}),
        ("1998-08", "1998-08-07", {VEC.OTHER: 1}),
    ],
)
def test_wrongly_dated_events_are_classified(seized, said, expected) -> None:
    doc = read_timeml(EVENT_DOC)
    events = (_at(doc.text, "seized", seized), _at(doc.text, "said", said))
    scores = evaluate.score_events([doc], lambda text, published: FakeTimeline(events))
    got: dict[Any, int] = {}
    for j in scores.judgements:
        cls = accuracy.event_error_class(j)
        if cls is not None:
            got[cls] = got.get(cls, 0) + 1
    assert got == expected
    table = accuracy.format_event_value_classes(scores)
    assert table.splitlines()[-1].split()[-2] == f"{scores.share:.2f}"


def test_by_rule_counts() -> None:
    def mixed(text: str, published: Any) -> list[Out]:
        gold = read_timeml(DOC).timexes
        return [
            Out(gold[0].start + 3, gold[0].end, "DATE", "1998-08-06", rule="weekday"),  # extent only
            Out(gold[1].start, gold[1].end, "DURATION", "P1W", rule="last-unit"),  # type + value
            Out(0, 5, "DATE", "PRESENT_REF", rule="junk"),  # spurious
        ]

    rows = {r.rule: r for r in accuracy.by_rule(score_timexes([read_timeml(DOC)], mixed))}
    assert (rows["weekday"].correct, rows["weekday"].extent) == (1, 1)
    assert (rows["last-unit"].wrong_value, rows["last-unit"].wrong_type) == (1, 1)
    assert rows["junk"].spurious == 1
    assert "weekday" in accuracy.format_by_rule(list(rows.values()))


@pytest.mark.parametrize(
    ("target", "got", "met"),
    [
        (accuracy.Target("tbaq", "value F1", 83), 83.0, True),
        (accuracy.Target("tbaq", "value F1", 83), 82.99, False),
        (accuracy.Target("tbaq", "value F1", 83), None, False),
        (accuracy.Target("conflict", "false_merges", 0, at_most=True), 0, True),
        (accuracy.Target("conflict", "false_merges", 0, at_most=True), 1, False),
    ],
)
def test_targets(target, got, met) -> None:
    assert target.met(got) is met


def test_every_target_names_a_figure_its_corpus_reports() -> None:
    reported = {
        "tbaq": {"value F1", "strict F1", "relaxed F1"},
        "wikiwars": {"value F1", "strict F1", "relaxed F1"},
        "events": {"dated share"},
        "conflict": {
            "timex value F1",
            "timex strict F1",
            "timex relaxed F1",
            "false_merges",
            *accuracy._CONFLICT_EVENTS,
        },
    }
    assert {t.corpus for t in accuracy.TARGETS} == set(accuracy.CORPORA)
    for t in accuracy.TARGETS:
        assert t.measure in reported[t.corpus], t


def test_corpora_are_found_beside_the_repository_or_where_the_variable_says(monkeypatch, tmp_path) -> None:
    monkeypatch.delenv(_common.CORPORA_ENV, raising=False)
    assert _common.corpus_dir("timebank") == Path(_common.ROOT).parent / "shared" / "corpora" / "timebank"
    monkeypatch.setenv(_common.CORPORA_ENV, str(tmp_path))
    assert _common.corpus_dir("timebank") == tmp_path / "timebank"


def test_harness_on_a_corpora_folder_of_its_own(monkeypatch, tmp_path, capsys) -> None:
    for name in ("timebank", "aquaint"):
        (tmp_path / name).mkdir()
        (tmp_path / name / "D1.tml").write_text(DOC, encoding="utf-8")
    monkeypatch.setenv(_common.CORPORA_ENV, str(tmp_path))
    assert accuracy.main(["tbaq", "--by-rule", "--value-classes", "--errors", "2"]) == 0
    out = capsys.readouterr().out
    assert "## timex MISSED" in out and "value errors by class" in out and "rule " in out
    assert [line.split()[1] for line in out.splitlines() if line.startswith("targets")] == [
        "value",
        "strict",
        "relaxed",
    ]
    assert accuracy.main(["tbaq", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert set(data["tbaq"]["figures"]) == {"value F1", "strict F1", "relaxed F1"}
    assert accuracy.main(["conflict"]) == 2  # not in this folder
    assert "corpus not found" in capsys.readouterr().err


# --------------------------------------------------------------------------- the corpora as gold


def test_tbaq_scores_perfectly_against_itself(corpus) -> None:
    corpora = {c.name: c.timeml for c in evaluate.load([corpus("timebank"), corpus("aquaint")])}
    by_text = {d.text: d for docs in corpora.values() for d in docs}

    def oracle(text: str, published: Any) -> list[Out]:
        return [Out(t.start, t.end, t.type, t.value, t.mod) for t in by_text[text].timexes]

    scores = score_timexes(corpora, oracle)
    assert scores.overall.docs == 256 and scores.overall.gold == 1822
    assert scores.overall.value_f1 == pytest.approx(100.0)


def test_conflict_and_wikiwars_read_as_their_readmes_count(corpus) -> None:
    (conflict,) = evaluate.load([corpus("conflict")])
    (wikiwars,) = evaluate.load([corpus("wikiwars-dev/wikiwars-dev.jsonl")])
    articles = conflict.articles
    assert (len(articles), sum(len(a.events) for a in articles)) == (79, 1262)
    assert sum(len(a.document.timexes) for a in articles) == 1120
    assert sum(1 for a in articles for e in a.events if e.fatalities is not None) == 148
    assert (len(wikiwars.documents), sum(len(d.timexes) for d in wikiwars.documents)) == (11, 1339)
    for doc in [a.document for a in articles] + list(wikiwars.documents):
        for t in doc.timexes:
            assert doc.text[t.start : t.end] == t.text, (doc.doc_id, t)
    for a in articles:
        for e in a.events:
            assert a.document.text[e.start : e.end] == e.trigger, (a.document.doc_id, e.id)


def test_conflict_figures_agree_with_the_reference_scorer(corpus, capsys) -> None:
    folder = corpus("conflict")
    reference = folder.parent.parent / "tools" / "conflict_score.py"
    if not reference.is_file():
        pytest.skip(f"reference scorer not found at {reference}")
    ran = subprocess.run([sys.executable, str(reference), str(folder)], capture_output=True, text=True, check=True)
    expected = json.loads(ran.stdout.strip().splitlines()[-1])
    # the command line's last line is score_articles(...).summary()
    assert evaluate.main([str(folder)]) == 0
    assert json.loads(capsys.readouterr().out.strip().splitlines()[-1]) == expected
