"""The TempEval-3 scorer: matching, metrics, error listings, command line."""

from __future__ import annotations

import json
from typing import Any

import attrs
import pytest

from conflict_timeline import evaluate
from conflict_timeline.corpora import DEFAULT_CORPORA, corpus_dir
from conflict_timeline.evaluate import Counts, SystemTimex, match_timexes, score
from conflict_timeline.timeml import GoldTimex, read_timeml

DOC = """<TimeML><DOCID>D1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="1998-08-07" functionInDocument="CREATION_TIME">x</TIMEX3></DCT>
<TEXT>Talks <TIMEX3 tid="t1" type="DATE" value="1998-08-06">on Thursday</TIMEX3> failed; \
<TIMEX3 tid="t2" type="DATE" value="1998-W31">last week</TIMEX3> they met for \
<TIMEX3 tid="t3" type="DURATION" value="P3D">three days</TIMEX3>.</TEXT></TimeML>"""


@attrs.frozen
class Out:
    start: int
    end: int
    type: str
    value: str
    mod: str | None = None
    rule: str = "r"


def gold_tagger(text: str, published: Any) -> list[Out]:
    return [Out(t.start, t.end, t.type, t.value, t.mod) for t in read_timeml(DOC).timexes]


def test_perfect_tagger_scores_100() -> None:
    c = score([read_timeml(DOC)], gold_tagger).overall
    assert (c.gold, c.system, c.strict, c.relaxed) == (3, 3, 3, 3)
    for metric in (c.strict_f1, c.relaxed_f1, c.type_accuracy, c.value_accuracy, c.value_f1, c.value_p, c.value_r):
        assert metric == pytest.approx(100.0)


def test_empty_tagger_scores_0_with_undefined_precision() -> None:
    c = score([read_timeml(DOC)], lambda text, published: []).overall
    assert c.strict_p is None and c.relaxed_p is None and c.value_accuracy is None
    assert c.strict_r == 0 and c.strict_f1 == 0 and c.relaxed_f1 == 0 and c.value_f1 == 0


def test_shifted_spans_match_relaxed_but_not_strict() -> None:
    def shifted(text: str, published: Any) -> list[Out]:
        # "Thursday" without "on", "last week" plus the following space: overlap, not identity
        return [Out(t.start + 3, t.end, t.type, t.value) if t.tid == "t1" else Out(t.start, t.end + 1, t.type, t.value)
                for t in read_timeml(DOC).timexes]

    c = score([read_timeml(DOC)], shifted).overall
    assert c.strict == 0 and c.relaxed == 3
    assert c.relaxed_f1 == pytest.approx(100.0) and c.strict_f1 == 0
    assert c.value_f1 == pytest.approx(100.0)


def test_value_f1_is_value_accuracy_times_relaxed_f1() -> None:
    def half_wrong(text: str, published: Any) -> list[Out]:
        gold = read_timeml(DOC).timexes
        return [
            Out(gold[0].start, gold[0].end, "DATE", "1998-08-06"),
            Out(gold[1].start, gold[1].end, "DATE", "1998-W32"),  # wrong value
            Out(0, 5, "DATE", "PRESENT_REF"),  # spurious "Talks"
        ]

    c = score([read_timeml(DOC)], half_wrong).overall
    assert (c.gold, c.system, c.relaxed, c.value_ok) == (3, 3, 2, 1)
    assert c.relaxed_f1 == pytest.approx(200 * 2 / 6)
    assert c.value_accuracy == pytest.approx(50.0)
    assert c.value_f1 == pytest.approx(c.value_accuracy * c.relaxed_f1 / 100)
    assert (c.value_p, c.value_r) == (pytest.approx(100 / 3), pytest.approx(100 / 3))


def _g(start: int, end: int, tid: str = "t") -> GoldTimex:
    return GoldTimex(tid, start, end, "x" * (end - start), "DATE", "2000")


def _s(start: int, end: int) -> SystemTimex:
    return SystemTimex(start, end, "x" * (end - start), "DATE", "2000")


@pytest.mark.parametrize(
    ("gold", "system", "pairs"),
    [
        # one system span overlapping two gold ones matches the larger overlap only
        ([(0, 5), (6, 20)], [(3, 15)], [((6, 20), (3, 15))]),
        # an identical span wins over a larger overlapping one
        ([(0, 10)], [(0, 12), (0, 10)], [((0, 10), (0, 10))]),
        # touching is not overlapping
        ([(0, 5)], [(5, 9)], []),
        # two gold, two system, crosswise overlaps: one-to-one
        ([(0, 4), (5, 9)], [(2, 6), (6, 9)], [((0, 4), (2, 6)), ((5, 9), (6, 9))]),
    ],
)
def test_matching_is_one_to_one(gold, system, pairs) -> None:
    matches, missed, spurious = match_timexes([_g(*g) for g in gold], [_s(*s) for s in system])
    got = [((m.gold.start, m.gold.end), (m.system.start, m.system.end)) for m in matches]
    assert got == pairs
    assert len(missed) == len(gold) - len(pairs) and len(spurious) == len(system) - len(pairs)


def test_a_crashing_tagger_is_reported_not_fatal() -> None:
    def boom(text: str, published: Any) -> list[Out]:
        raise RuntimeError("engine bug")

    scores = score({"c": [read_timeml(DOC)]}, boom)
    assert len(scores.crashes) == 1 and "engine bug" in (scores.crashes[0].crash or "")
    assert scores.overall.system == 0 and scores.corpus("c").gold == 3
    assert "TAGGER CRASHED" in evaluate.format_table(scores)


def test_error_listing_names_doc_offset_texts_and_rule() -> None:
    def mixed(text: str, published: Any) -> list[Out]:
        gold = read_timeml(DOC).timexes
        return [
            Out(gold[0].start + 3, gold[0].end, "DATE", "1998-08-06", rule="weekday"),  # extent
            Out(gold[1].start, gold[1].end, "DURATION", "P1W", rule="last-unit"),  # type + value
            Out(0, 5, "DATE", "PRESENT_REF", rule="junk"),  # spurious; "three days" missed
        ]

    errors = evaluate.timex_errors(score([read_timeml(DOC)], mixed))
    assert [len(errors[c]) for c in evaluate.ERROR_CATEGORIES] == [1, 1, 1, 1, 1]
    assert errors["MISSED"][0].startswith('MISSED   D1@') and '"three days" DURATION P3D' in errors["MISSED"][0]
    assert 'sys "Talks" DATE PRESENT_REF rule=junk' in errors["SPURIOUS"][0]
    assert 'gold "last week" DATE 1998-W31' in errors["VALUE"][0] and "rule=last-unit" in errors["VALUE"][0]
    assert "[[on Thursday]]" in errors["EXTENT"][0]
    rules = {r.rule: r for r in evaluate.by_rule(score([read_timeml(DOC)], mixed))}
    assert (rules["weekday"].correct, rules["weekday"].extent) == (1, 1)
    assert (rules["last-unit"].wrong_value, rules["last-unit"].wrong_type) == (1, 1)
    assert rules["junk"].spurious == 1


def test_command_line_on_a_file(tmp_path, capsys, monkeypatch) -> None:
    path = tmp_path / "D1.tml"
    path.write_text(DOC, encoding="utf-8")
    monkeypatch.setattr(evaluate, "_default_tagger", lambda: gold_tagger)
    assert evaluate.main([str(path), "--errors", "--by-rule"]) == 0
    out = capsys.readouterr().out
    last = out.strip().splitlines()[-12:]
    assert any(line.startswith("VALUE F1 100.00") for line in last)
    assert evaluate.main([str(path), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["overall"]["value_f1"] == 100.0 and data["by_corpus"]["D1"]["gold"] == 3


def test_command_line_missing_path_exits_2(tmp_path, capsys) -> None:
    assert evaluate.main([str(tmp_path / "nowhere")]) == 2
    assert "nowhere" in capsys.readouterr().err


def test_corpora_score_perfectly_against_themselves() -> None:
    paths = [corpus_dir(n) for n in DEFAULT_CORPORA]
    if not all(p.is_dir() for p in paths):
        pytest.skip("TimeML corpora not found")
    corpora = evaluate.load_corpora(paths)
    by_text = {d.text: d for docs in corpora.values() for d in docs}

    def oracle(text: str, published: Any) -> list[Out]:
        return [Out(t.start, t.end, t.type, t.value, t.mod) for t in by_text[text].timexes]

    scores = score(corpora, oracle)
    assert scores.overall.docs == 256 and scores.overall.gold == 1822
    assert scores.overall.value_f1 == pytest.approx(100.0)
    assert Counts.of(scores.results) == scores.overall
