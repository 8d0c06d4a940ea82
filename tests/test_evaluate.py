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
        return [
            Out(t.start + 3, t.end, t.type, t.value) if t.tid == "t1" else Out(t.start, t.end + 1, t.type, t.value)
            for t in read_timeml(DOC).timexes
        ]

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
    assert errors["MISSED"][0].startswith("MISSED   D1@") and '"three days" DURATION P3D' in errors["MISSED"][0]
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


# --------------------------------------------------------------------------- event dating

EVENT_DOC = """<TimeML><DOCID>E1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="1998-08-07T10:30" functionInDocument="CREATION_TIME">x</TIMEX3></DCT>
<TEXT>Rebels <EVENT eid="e1" class="OCCURRENCE">seized</EVENT> the town \
<TIMEX3 tid="t1" type="DATE" value="1998-08-06">Thursday</TIMEX3>, officials \
<EVENT eid="e2" class="REPORTING">said</EVENT>. Fighting <EVENT eid="e3" class="OCCURRENCE">lasted</EVENT> \
<TIMEX3 tid="t2" type="DURATION" value="P3D">three days</TIMEX3>; the siege \
<EVENT eid="e4" class="OCCURRENCE">began</EVENT> in <TIMEX3 tid="t3" type="DATE" value="1998-07">July</TIMEX3> \
and <EVENT eid="e5" class="STATE">continues</EVENT>.</TEXT>
<MAKEINSTANCE eiid="ei1" eventID="e1"/><MAKEINSTANCE eiid="ei2" eventID="e2"/>
<MAKEINSTANCE eiid="ei3" eventID="e3"/><MAKEINSTANCE eiid="ei4" eventID="e4"/><MAKEINSTANCE eiid="ei5" eventID="e5"/>
<TLINK lid="l1" relType="IS_INCLUDED" eventInstanceID="ei1" relatedToTime="t1"/>
<TLINK lid="l2" relType="INCLUDES" timeID="t0" relatedToEventInstance="ei2"/>
<TLINK lid="l3" relType="DURING" eventInstanceID="ei3" relatedToTime="t2"/>
<TLINK lid="l4" relType="BEFORE" eventInstanceID="ei4" relatedToTime="t0"/>
<TLINK lid="l5" relType="IS_INCLUDED" timeID="t3" relatedToEventInstance="ei4"/>
<TLINK lid="l6" relType="IS_INCLUDED" timeID="t0" relatedToEventInstance="ei5"/>
</TEXT></TimeML>""".replace("</TEXT></TimeML>", "</TimeML>")


def test_event_links_read_from_the_event_side() -> None:
    from conflict_timeline.evaluate import AROUND_RELATIONS, WITHIN_RELATIONS, event_time_links

    doc = read_timeml(EVENT_DOC)
    within = {eid: [(lk.relation, lk.tid, lk.value) for lk in ls] for eid, ls in event_time_links(doc).items()}
    # e3 is linked to a duration only; e4's July link reads "July IS_INCLUDED e4" = e4 INCLUDES July (wide)
    assert within == {"e1": [("IS_INCLUDED", "t1", "1998-08-06")], "e2": [("IS_INCLUDED", "t0", "1998-08-07T10:30")]}
    wide = event_time_links(doc, WITHIN_RELATIONS | AROUND_RELATIONS)
    assert sorted(wide) == ["e1", "e2", "e4", "e5"]
    assert [(lk.relation, lk.tid) for lk in wide["e5"]] == [("INCLUDES", "t0")]


def _sys_event(text: str, trigger: str, value: str | None):
    from conflict_timeline.model import Event, EventKind, Span, TimeSpan

    start = text.index(trigger)
    when = TimeSpan(value, None, None) if value is not None else None
    return Event(EventKind.OTHER, Span(start, start + len(trigger), trigger), Span(0, len(text), text), when, None)


@attrs.frozen
class FakeTimeline:
    events: tuple
    undated: tuple

    def __iter__(self):
        return iter(self.events)


@pytest.mark.parametrize(
    ("system", "scored", "correct", "not_found"),
    [
        # right values: the DCT's day counts for a DCT link whose value carries a time
        ([("seized", "1998-08-06"), ("said", "1998-08-07")], 2, 2, 0),
        ([("seized", "1998-08-06"), ("said", "1998-08-07T10:30")], 2, 2, 0),
        # near misses: another day, the wrong grain, undated
        ([("seized", "1998-08-07"), ("said", "1998-08")], 2, 0, 0),
        ([("seized", None)], 1, 0, 1),
        # a trigger that only overlaps ("seized the") still counts; events on unlinked words are not scored
        ([("seized the", "1998-08-06"), ("Fighting", "1998-08-06"), ("lasted", "P3D")], 1, 1, 1),
        ([], 0, 0, 2),
    ],
)
def test_event_dating_share(system, scored, correct, not_found) -> None:
    doc = read_timeml(EVENT_DOC)
    events = [_sys_event(doc.text, trig, value) for trig, value in system]

    def build(text: str, published: Any) -> FakeTimeline:
        assert text == doc.text and published == doc.dct
        return FakeTimeline(tuple(e for e in events if e.when), tuple(e for e in events if not e.when))

    scores = evaluate.score_events({"c": [doc]}, build)
    assert (scores.scored, scores.correct, len(scores.not_found)) == (scored, correct, not_found)
    assert scores.share == (None if scored == 0 else pytest.approx(100 * correct / scored))


def test_event_errors_and_command_line(tmp_path, capsys, monkeypatch) -> None:
    path = tmp_path / "E1.tml"
    path.write_text(EVENT_DOC, encoding="utf-8")
    doc = read_timeml(EVENT_DOC)

    def build(text: str, published: Any) -> FakeTimeline:
        return FakeTimeline((_sys_event(text, "seized", "1998-08-05"),), ())

    monkeypatch.setattr(evaluate, "_default_builder", lambda: build)
    assert evaluate.main(["--events", "--errors", str(path)]) == 0
    out = capsys.readouterr().out
    assert 'WRONG     E1@7  event "seized" -> 1998-08-05' in out and 'IS_INCLUDED "Thursday"=1998-08-06' in out
    assert "NOT_FOUND E1@" in out and '"said"' in out
    assert any(line.startswith("DATED OK 0.00 %") for line in out.strip().splitlines()[-12:])
    errors = evaluate.event_errors(evaluate.score_events([doc], build))
    assert [len(errors[c]) for c in ("WRONG", "UNDATED", "NOT_FOUND")] == [1, 0, 1]


def test_events_without_build_timeline_exit_2(tmp_path, capsys, monkeypatch) -> None:
    path = tmp_path / "E1.tml"
    path.write_text(EVENT_DOC, encoding="utf-8")

    def missing():
        raise ImportError("no build_timeline")

    monkeypatch.setattr(evaluate, "_default_builder", missing)
    assert evaluate.main(["--events", str(path)]) == 2
    assert "build_timeline is not available" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("argv", "listed"),
    [
        (["--errors", "{path}"], 1),  # a path after --errors is a path, not a limit
        (["{path}", "--errors"], 1),
        (["--errors", "0", "{path}"], 0),
        (["{path}"], None),
    ],
)
def test_errors_option_never_swallows_a_path(tmp_path, capsys, monkeypatch, argv, listed) -> None:
    path = tmp_path / "D1.tml"
    path.write_text(DOC, encoding="utf-8")
    monkeypatch.setattr(evaluate, "_default_tagger", lambda: lambda text, published: [])
    assert evaluate.main([a.format(path=path) for a in argv]) == 0
    out = capsys.readouterr().out
    assert "1 docs (D1)" in out
    if listed is None:
        assert "## MISSED" not in out
    else:
        assert "## MISSED (3)" in out
        assert sum(line.startswith("MISSED ") for line in out.splitlines()) == 3 * listed


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("1998-XX-XX", "1998"),
        ("1998-10-XX", "1998-10"),
        ("1989-WXX", "1989"),
        ("1998", "1998"),
        ("XXXX", "XXXX"),
        ("PRESENT_REF", "PRESENT_REF"),
    ],
)
def test_event_values_drop_unknown_trailing_fields(value: str, expected: str) -> None:
    from conflict_timeline.evaluate import _without_unknown_parts

    assert _without_unknown_parts(value) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2000-W6", "2000-W06"),
        ("2000-W06", "2000-W06"),
        ("2000-W7-WE", "2000-W07-WE"),
        ("2000-W12", "2000-W12"),
        (" 1998-10-23 ", "1998-10-23"),
        ("XXXX-WXX-1", "XXXX-WXX-1"),
        ("P1W", "P1W"),
    ],
)
def test_canonical_value_pads_one_digit_weeks_only(value: str, expected: str) -> None:
    assert evaluate.canonical_value(value) == expected


def test_one_digit_gold_week_matches_two_digit_system_week() -> None:
    gold = GoldTimex("t1", 0, 9, "this week", "DATE", "2000-W6")
    system = SystemTimex(0, 9, "this week", "DATE", "2000-W06", None, "relative_unit")
    (m,) = match_timexes([gold], [system])[0]
    assert m.value_ok


VEC = evaluate.ValueErrorClass


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
    import datetime as dt

    gold = GoldTimex("t1", 0, len(gold_text), gold_text, "DATE", gold_value)
    system = SystemTimex(0, len(gold_text), gold_text, "DATE", system_value)
    (m,) = match_timexes([gold], [system])[0]
    assert not m.value_ok
    assert evaluate.value_error_class(m, dt.date.fromisoformat(dct)) is expected


def test_value_classes_table_on_the_command_line(tmp_path, capsys) -> None:
    tml = tmp_path / "doc.tml"
    tml.write_text(
        '<?xml version="1.0"?><TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="1990-08-15" '
        'functionInDocument="CREATION_TIME">1990-08-15</TIMEX3></DCT><TEXT>The king met '
        '<TIMEX3 tid="t1" type="DATE" value="1990-08-06">Monday</TIMEX3> and left '
        '<TIMEX3 tid="t2" type="DATE" value="1990-WXX">last week</TIMEX3>.</TEXT></TimeML>',
        encoding="utf-8",
    )
    assert evaluate.main([str(tml), "--value-classes"]) == 0
    out = capsys.readouterr().out
    rows = {line.split("  ")[0].strip(): line for line in out.splitlines()}
    assert rows[VEC.GOLD_UNKNOWN_FIELDS.value].split()[-2] == "1"
    assert rows[VEC.WEEKDAY_FAR_FROM_DCT.value].split()[-2] == "1"
    assert "value F1 now" in out


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
    events = (_sys_event(doc.text, "seized", seized), _sys_event(doc.text, "said", said))
    scores = evaluate.score_events([doc], lambda text, published: FakeTimeline(events, ()))
    got = {}
    for j in scores.judgements:
        cls = evaluate.event_error_class(j)
        if cls is not None:
            got[cls] = got.get(cls, 0) + 1
    assert got == expected
    table = evaluate.format_event_value_classes(scores)
    assert table.splitlines()[-1].split()[-2] == f"{scores.share:.2f}"
