"""The public scorer: timex matching and metrics, TLINK event dating, the conflict-corpus event
measures, the readers of the three formats, error listings and the command line.

Every table is a tiny hand-made gold document, a system output, and the counts it must give.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import attrs
import pytest

from conflict_timeline import evaluate
from conflict_timeline.errors import InvalidInput
from conflict_timeline.evaluate import (
    AnnotatedArticle,
    AnnotatedEvent,
    Counts,
    SystemTimex,
    match_timexes,
    score_articles,
    score_timexes,
)
from conflict_timeline.timeml import GoldTimex, TimeMLDocument, read_timeml

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


def no_events(text_or_articles: Any, published: Any = None) -> list[Any]:
    return []


# --------------------------------------------------------------------------- time expressions


def test_perfect_tagger_scores_100() -> None:
    c = score_timexes([read_timeml(DOC)], gold_tagger).overall
    assert (c.gold, c.system, c.strict, c.relaxed) == (3, 3, 3, 3)
    for metric in (c.strict_f1, c.relaxed_f1, c.type_accuracy, c.value_accuracy, c.value_f1, c.value_p, c.value_r):
        assert metric == pytest.approx(100.0)


def test_empty_tagger_scores_0_with_undefined_precision() -> None:
    c = score_timexes([read_timeml(DOC)], lambda text, published: []).overall
    assert c.strict_p is None and c.relaxed_p is None and c.value_accuracy is None
    assert c.strict_r == 0 and c.strict_f1 == 0 and c.relaxed_f1 == 0 and c.value_f1 == 0


def test_shifted_spans_match_relaxed_but_not_strict() -> None:
    def shifted(text: str, published: Any) -> list[Out]:
        # "Thursday" without "on", "last week" plus the following space: overlap, not identity
        return [
            Out(t.start + 3, t.end, t.type, t.value) if t.tid == "t1" else Out(t.start, t.end + 1, t.type, t.value)
            for t in read_timeml(DOC).timexes
        ]

    c = score_timexes([read_timeml(DOC)], shifted).overall
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

    c = score_timexes([read_timeml(DOC)], half_wrong).overall
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

    scores = score_timexes({"c": [read_timeml(DOC)]}, boom)
    assert len(scores.crashes) == 1 and "engine bug" in (scores.crashes[0].crash or "")
    assert scores.overall.system == 0 and scores.corpus("c").gold == 3
    assert "TAGGER CRASHED" in evaluate.format_timex_table(scores)
    assert Counts.of(scores.results) == scores.overall


def test_error_listing_names_doc_offset_texts_and_rule() -> None:
    def mixed(text: str, published: Any) -> list[Out]:
        gold = read_timeml(DOC).timexes
        return [
            Out(gold[0].start + 3, gold[0].end, "DATE", "1998-08-06", rule="weekday"),  # extent
            Out(gold[1].start, gold[1].end, "DURATION", "P1W", rule="last-unit"),  # type + value
            Out(0, 5, "DATE", "PRESENT_REF", rule="junk"),  # spurious; "three days" missed
        ]

    errors = evaluate.timex_errors(score_timexes([read_timeml(DOC)], mixed))
    assert [len(errors[c]) for c in evaluate.TIMEX_ERRORS] == [1, 1, 1, 1, 1]
    assert errors["MISSED"][0].startswith("MISSED   D1@") and '"three days" DURATION P3D' in errors["MISSED"][0]
    assert 'sys "Talks" DATE PRESENT_REF rule=junk' in errors["SPURIOUS"][0]
    assert 'gold "last week" DATE 1998-W31' in errors["VALUE"][0] and "rule=last-unit" in errors["VALUE"][0]
    assert "[[on Thursday]]" in errors["EXTENT"][0]


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


# --------------------------------------------------------------------------- event dating from TLINKs

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
</TimeML>"""


@attrs.frozen
class Trig:
    start: int
    end: int
    text: str = ""


@attrs.frozen
class When:
    value: str


@attrs.frozen
class Src:
    source: str
    trigger: Trig


@attrs.frozen
class SysEvent:
    """What the scorers read of a system event (the public ``Event`` fields)."""

    trigger: Trig
    when: When | None = None
    kind: str = "OTHER"
    status: str = "ASSERTED"
    fatalities: int | None = None
    actors: tuple[str, ...] = ()
    places: tuple[str, ...] = ()
    sources: tuple[Src, ...] = ()


@attrs.frozen
class AcledEvent(SysEvent):
    acled_event_type: str | None = None
    acled_sub_event_type: str | None = None


@attrs.frozen
class FakeTimeline:
    events: tuple[Any, ...]
    undated: tuple[Any, ...] = ()

    def __iter__(self):
        return iter(self.events)


def _at(text: str, trigger: str, value: str | None = None, nth: int = 0, **fields: Any) -> SysEvent:
    start = -1
    for _ in range(nth + 1):
        start = text.index(trigger, start + 1)
    when = None if value is None else When(value)
    cls = AcledEvent if any(k.startswith("acled") for k in fields) else SysEvent
    return cls(Trig(start, start + len(trigger), trigger), when, **fields)


def test_event_links_read_from_the_event_side() -> None:
    from conflict_timeline.evaluate import AROUND_RELATIONS, WITHIN_RELATIONS, event_time_links

    doc = read_timeml(EVENT_DOC)
    within = {eid: [(lk.relation, lk.tid, lk.value) for lk in ls] for eid, ls in event_time_links(doc).items()}
    # e3 is linked to a duration only; e4's July link reads "July IS_INCLUDED e4" = e4 INCLUDES July (wide)
    assert within == {"e1": [("IS_INCLUDED", "t1", "1998-08-06")], "e2": [("IS_INCLUDED", "t0", "1998-08-07T10:30")]}
    wide = event_time_links(doc, WITHIN_RELATIONS | AROUND_RELATIONS)
    assert sorted(wide) == ["e1", "e2", "e4", "e5"]
    assert [(lk.relation, lk.tid) for lk in wide["e5"]] == [("INCLUDES", "t0")]


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
    events = [_at(doc.text, trig, value) for trig, value in system]

    def build(text: str, published: Any) -> FakeTimeline:
        assert text == doc.text and published == doc.dct
        return FakeTimeline(tuple(e for e in events if e.when), tuple(e for e in events if not e.when))

    scores = evaluate.score_events({"c": [doc]}, build)
    assert (scores.scored, scores.correct, len(scores.not_found)) == (scored, correct, not_found)
    assert scores.share == (None if scored == 0 else pytest.approx(100 * correct / scored))


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
    from conflict_timeline.evaluate.dating import _without_unknown_parts

    assert _without_unknown_parts(value) == expected


def test_event_errors_and_command_line(tmp_path, capsys) -> None:
    path = tmp_path / "E1.tml"
    path.write_text(EVENT_DOC, encoding="utf-8")
    doc = read_timeml(EVENT_DOC)

    def build(text: str, published: Any) -> FakeTimeline:
        return FakeTimeline((_at(text, "seized", "1998-08-05"),))

    assert evaluate.main(["--events", "--errors", str(path)], build=build) == 0
    out = capsys.readouterr().out
    assert 'WRONG     E1@7  event "seized" -> 1998-08-05' in out and 'IS_INCLUDED "Thursday"=1998-08-06' in out
    assert "NOT_FOUND E1@" in out and '"said"' in out
    assert any(line.startswith("DATED OK 0.00 %") for line in out.strip().splitlines()[-8:])
    assert "time expressions overall" not in out  # --events scores the dating instead
    errors = evaluate.event_errors(evaluate.score_events([doc], build))
    assert [len(errors[c]) for c in ("WRONG", "UNDATED", "NOT_FOUND")] == [1, 0, 1]


# --------------------------------------------------------------------------- conflict-corpus events

TEXT = (
    "Rebels seized Hama on Monday, officials said. Airstrikes killed 11 people in Idlib province. "
    "Talks could resume soon."
)
PUBLISHED = dt.date(2024, 12, 3)


def _gold(trigger: str, kind: str, status: str = "ASSERTED", text: str = TEXT, **fields: Any) -> AnnotatedEvent:
    start = text.index(trigger)
    fields = {k: tuple(v) if isinstance(v, list) else v for k, v in fields.items()}
    return AnnotatedEvent(trigger.lower(), trigger, start, start + len(trigger), kind, status, **fields)


GOLD = (
    _gold("seized", "TERRITORY_CHANGE", "REPORTED", dates=["2024-12-02"], actors=["Rebels"], places=["Hama"]),
    _gold(
        "Airstrikes",
        "REMOTE_VIOLENCE",
        dates=["2024-12-03", "2024-12-02"],
        places=["Idlib province"],
        fatalities=11,
        acled_event_type="Explosions/Remote violence",
        acled_sub_event_type="Air/drone strike",
    ),
    _gold("Talks", "NEGOTIATION", "HYPOTHETICAL"),  # "soon": the text gives no date
)


def _article(events=GOLD, text: str = TEXT, doc_id: str = "a1", story: str | None = None) -> AnnotatedArticle:
    return AnnotatedArticle(TimeMLDocument(doc_id, PUBLISHED, text, ()), tuple(events), story)


def _score(system: list[SysEvent]) -> dict[str, Any]:
    return score_articles([_article()], lambda text, published: FakeTimeline(tuple(system))).summary()


ACLED = {"acled_event_type": "explosions/remote violence ", "acled_sub_event_type": "Air/Drone strike"}


@pytest.mark.parametrize(
    ("system", "expected"),
    [
        # everything right; ACLED compared case-insensitively, "Idlib" shares a word with "Idlib province"
        (
            [
                _at(TEXT, "seized", "2024-12-02", kind="TERRITORY_CHANGE", status="REPORTED", actors=("rebels",)),
                _at(
                    TEXT, "Airstrikes", "2024-12-02", kind="REMOTE_VIOLENCE", fatalities=11, places=("Idlib",), **ACLED
                ),
                _at(TEXT, "Talks", "FUTURE_REF", kind="NEGOTIATION", status="HYPOTHETICAL"),
            ],
            {"recall": 1.0, "dated": 1.0, "kind": 1.0, "status": 1.0, "precision": 1.0, "fatalities": 1.0},
        ),
        # found but: dated a day late or at the wrong grain, wrong kinds, one wrong status, a wrong toll,
        # places sharing no content word ("the", "province" of "Idlib province" is one)
        (
            [_at(TEXT, "seized", "2024-12-03", places=("the town",)), _at(TEXT, "Airstrikes", "2024-12", fatalities=1)],
            {"recall": 0.6667, "dated": 0.0, "kind": 0.0, "status": 0.3333, "fatalities": 0.0, "places": 0.0},
        ),
        # an event the text gives no date: undated is right, a calendar value is not
        ([_at(TEXT, "Talks")], {"recall": 0.3333, "dated": 0.3333}),
        ([_at(TEXT, "Talks", "2024-12-04")], {"recall": 0.3333, "dated": 0.0}),
        # precision: an event on "said" overlaps no gold trigger; an undated gold event is not a hit for it
        ([_at(TEXT, "said"), _at(TEXT, "Talks")], {"precision": 0.5, "system_events": 2, "recall": 0.3333}),
        # a trigger of more than 60 characters is no event mention: neither found nor counted
        ([SysEvent(Trig(0, 70))], {"system_events": 0, "recall": 0.0, "precision": None}),
        # ACLED: a system without the fields, or with the type only, misses the sub-type
        ([_at(TEXT, "Airstrikes")], {"acled_type": 0.0, "acled_sub_type": 0.0, "fatalities": 0.0}),
        (
            [_at(TEXT, "Airstrikes", acled_event_type="Explosions/Remote violence", acled_sub_event_type="Shelling")],
            {"acled_type": 1.0, "acled_sub_type": 0.0},
        ),
        # nothing found: every measure 0, precision undefined
        ([], {"recall": 0.0, "dated": 0.0, "actors": 0.0, "places": 0.0, "precision": None, "gold_events": 3}),
    ],
)
def test_conflict_event_measures(system, expected) -> None:
    summary = _score(system)
    assert {k: summary[k] for k in expected} == expected
    assert summary["articles"] == 1 and summary["story_events_multi"] == 0 and summary["story_merged_one"] is None


def test_a_gold_event_takes_the_largest_overlap_then_the_closest_start() -> None:
    text = "Government forces and rebels clashed near the town."
    gold = [_gold("clashed", "BATTLE", text=text, dates=["2024-12-02"])]
    start = text.index("clashed")
    near = SysEvent(Trig(start, start + 7), When("2024-12-02"), "BATTLE")  # the whole trigger
    wide = SysEvent(Trig(start - 7, start + 7), When("2024-12-01"), "OTHER")  # as much overlap, further start
    for system in ([near, wide], [wide, near]):
        scores = score_articles([_article(gold, text)], lambda t, published, s=system: FakeTimeline(tuple(s)))
        assert scores.summary()["dated"] == 1.0 and scores.verdicts[0].system is near


def _story_article(doc_id: str, text: str, marks: dict[str, str]) -> AnnotatedArticle:
    events = [_gold(trigger, "BATTLE", text=text, story_event=key) for trigger, key in marks.items()]
    return _article(events, text, doc_id, story="s")


STORY = (
    _story_article("a", "Rebels seized Hama. Jets bombed Idlib.", {"seized": "hama", "bombed": "idlib"}),
    _story_article(
        "b", "The capture of Hama shocked many. Idlib strikes went on.", {"capture": "hama", "strikes": "idlib"}
    ),
)


def _merged(*groups: list[tuple[str, str]]) -> FakeTimeline:
    """One merged event per group of (article id, trigger) mentions."""
    texts = {a.document.doc_id: a.document.text for a in STORY}
    events = []
    for group in groups:
        sources = []
        for aid, trigger in group:
            start = texts[aid].index(trigger)
            sources.append(Src(aid, Trig(start, start + len(trigger))))
        events.append(SysEvent(sources[0].trigger, sources=tuple(sources)))
    return FakeTimeline(tuple(events))


@pytest.mark.parametrize(
    ("merged", "one", "false_merges"),
    [
        (_merged([("a", "seized"), ("b", "capture")], [("a", "bombed"), ("b", "strikes")]), 1.0, 0),
        # "Hama" comes out twice: not merged into one
        (_merged([("a", "seized")], [("b", "capture")], [("a", "bombed"), ("b", "strikes")]), 0.5, 0),
        # one event joins the two real-world events: a false merge, and neither is "exactly one" ... of its own
        (_merged([("a", "seized"), ("b", "capture"), ("a", "bombed"), ("b", "strikes")]), 1.0, 1),
        (_merged(), 0.0, 0),
    ],
)
def test_story_merging(merged, one, false_merges) -> None:
    def build(text_or_articles: Any, published: Any = None) -> FakeTimeline:
        if isinstance(text_or_articles, str):
            return FakeTimeline(())
        assert [a.source for a in text_or_articles] == ["a", "b"]  # the story's articles, by name
        return merged

    summary = score_articles(list(STORY), build).summary()
    assert (summary["story_events_multi"], summary["story_merged_one"], summary["false_merges"]) == (
        2,
        one,
        false_merges,
    )


def test_an_article_whose_story_is_its_own_id_is_not_merged() -> None:
    calls: list[Any] = []

    def build(text_or_articles: Any, published: Any = None) -> FakeTimeline:
        calls.append(text_or_articles)
        return FakeTimeline(())

    score_articles([_article(story="a1")], build)
    assert calls == [TEXT]


def test_conflict_error_listing() -> None:
    system = [
        _at(TEXT, "seized", "2024-12-01", kind="BATTLE", status="REPORTED"),
        _at(TEXT, "Airstrikes", "2024-12-02", kind="REMOTE_VIOLENCE", status="REPORTED", fatalities=12),
        _at(TEXT, "said", "2024-12-03"),
    ]
    scores = score_articles([_article()], lambda text, published: FakeTimeline(tuple(system)))
    errors = evaluate.conflict_errors(scores)
    assert {k: len(v) for k, v in errors.items()} == {
        "NOT_FOUND": 1,
        "WRONG_DATE": 1,
        "WRONG_KIND": 1,
        "WRONG_STATUS": 1,
        "WRONG_TOLL": 1,
        "SPURIOUS": 1,
    }
    assert errors["NOT_FOUND"][0].startswith("NOT_FOUND    a1@") and '"Talks"' in errors["NOT_FOUND"][0]
    assert "gold dates ['2024-12-02']" in errors["WRONG_DATE"][0] and "2024-12-01" in errors["WRONG_DATE"][0]
    assert "gold TERRITORY_CHANGE" in errors["WRONG_KIND"][0] and 'sys "seized"@7 BATTLE' in errors["WRONG_KIND"][0]
    assert "gold toll=11" in errors["WRONG_TOLL"][0] and "toll=12" in errors["WRONG_TOLL"][0]
    assert 'sys "said"' in errors["SPURIOUS"][0] and "[[said]]" in errors["SPURIOUS"][0]


def test_a_crashing_build_is_reported_not_fatal() -> None:
    def boom(text: Any, published: Any = None) -> FakeTimeline:
        raise RuntimeError("engine bug")

    scores = score_articles([_article()], boom)
    assert scores.summary()["recall"] == 0.0 and "engine bug" in scores.crashes[0][1]
    assert "BUILD CRASHED" in evaluate.format_conflict(scores)


# --------------------------------------------------------------------------- reading the formats


ARTICLE = {
    "id": "a1",
    "published": "2024-12-03",
    "style": "wire",
    "story": "s",
    "text": TEXT,
    "expressions": [{"text": "Monday", "start": 22, "end": 28, "type": "DATE", "value": "2024-12-02"}],
    "events": [{"id": "e1", "trigger": "seized", "start": 7, "end": 13, "kind": "TERRITORY_CHANGE",
                "dates": ["2024-12-02"], "status": "REPORTED", "actors": ["Rebels"], "places": ["Hama"],
                "fatalities": None}],
}  # fmt: skip

LINE = {"doc_id": "w1", "dct": "2009-12-19", "text": "On 3 September 1939 war began.", "timexes": [
    {"start": 3, "end": 19, "text": "3 September 1939", "type": "DATE", "value": "1939-09-03"}]}  # fmt: skip


def test_read_article(tmp_path) -> None:
    path = tmp_path / "a1.json"
    path.write_text(json.dumps(ARTICLE), encoding="utf-8")
    a = evaluate.read_article(path)
    assert (a.document.doc_id, a.document.dct, a.story) == ("a1", PUBLISHED, "s")
    (t,) = a.document.timexes
    assert (t.text, t.value, a.document.text[t.start : t.end]) == ("Monday", "2024-12-02", "Monday")
    (e,) = a.events
    assert (e.trigger, e.dates, e.actors, e.fatalities, e.story_event) == (
        "seized",
        ("2024-12-02",),
        ("Rebels",),
        None,
        None,
    )


@pytest.mark.parametrize(
    "broken",
    [
        {"published": "2024-12-03"},
        {**ARTICLE, "published": "3 Dec"},
        {**ARTICLE, "events": [{"start": 1}]},
        [1, 2],
        {**ARTICLE, "expressions": [{"text": "Monday", "start": 21, "end": 27, "type": "DATE"}]},  # offsets off by one
        {**ARTICLE, "expressions": [{"start": 90, "end": 900, "type": "DATE"}]},
    ],
)
def test_a_malformed_article_raises_invalid_input_naming_the_file(tmp_path, broken) -> None:
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(broken), encoding="utf-8")
    with pytest.raises(InvalidInput, match="bad.json"):
        evaluate.read_article(path)


def test_read_jsonl(tmp_path) -> None:
    path = tmp_path / "w.jsonl"
    path.write_text(json.dumps(LINE) + "\n\n" + json.dumps({**LINE, "doc_id": "w2"}) + "\n", encoding="utf-8")
    docs = evaluate.read_jsonl(path)
    assert [d.doc_id for d in docs] == ["w1", "w2"] and docs[0].timexes[0].value == "1939-09-03"
    path.write_text(json.dumps(LINE) + "\n{not json\n", encoding="utf-8")
    with pytest.raises(InvalidInput, match=r"w.jsonl:2"):
        evaluate.read_jsonl(path)


def test_load_tells_the_format_from_the_file_names(tmp_path) -> None:
    (tmp_path / "d").mkdir()
    (tmp_path / "d" / "D1.tml").write_text(DOC, encoding="utf-8")
    (tmp_path / "d" / "a1.json").write_text(json.dumps(ARTICLE), encoding="utf-8")
    (tmp_path / "d" / "README.md").write_text("not scored", encoding="utf-8")
    (tmp_path / "w.jsonl").write_text(json.dumps(LINE), encoding="utf-8")
    folder, lines = evaluate.load([tmp_path / "d", tmp_path / "w.jsonl"])
    assert (folder.name, len(folder.timeml), len(folder.articles), len(folder.documents)) == ("d", 1, 1, 0)
    assert (lines.name, [d.doc_id for d in lines.documents]) == ("w", ["w1"])
    assert [d.doc_id for d in folder.with_timexes(timeml=False)] == ["a1"]


# --------------------------------------------------------------------------- the command line


def test_command_line_on_a_timeml_file(tmp_path, capsys) -> None:
    path = tmp_path / "D1.tml"
    path.write_text(DOC, encoding="utf-8")
    assert evaluate.main([str(path), "--errors"], tagger=gold_tagger) == 0
    out = capsys.readouterr().out
    last = out.strip().splitlines()[-8:]
    assert any(line.startswith("VALUE F1 100.00") for line in last)
    assert any(line.startswith("strict   P 100.00") for line in last)
    assert evaluate.main([str(path), "--json"], tagger=gold_tagger) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["timexes"]["overall"]["value_f1"] == 100.0 and data["timexes"]["by_corpus"]["D1"]["gold"] == 3
    assert "errors" not in data and "conflict" not in data


def test_command_line_on_conflict_articles_ends_with_the_json_summary(tmp_path, capsys) -> None:
    (tmp_path / "a1.json").write_text(json.dumps(ARTICLE), encoding="utf-8")

    def build(text: Any, published: Any = None) -> FakeTimeline:
        return FakeTimeline((_at(TEXT, "seized", "2024-12-02"), _at(TEXT, "said", "2024-12-02")))

    assert evaluate.main([str(tmp_path), "--errors"], tagger=lambda text, published: [], build=build) == 0
    out = capsys.readouterr().out.strip().splitlines()
    summary = json.loads(out[-1])
    assert (summary["recall"], summary["dated"], summary["kind"], summary["precision"]) == (1.0, 1.0, 0.0, 0.5)
    assert "## conflict SPURIOUS (1)" in out and "## timex MISSED (1)" in out
    assert any(line.startswith("found    100.00 %") for line in out)


def test_command_line_passes_only_the_options_given(tmp_path, capsys, monkeypatch) -> None:
    (tmp_path / "a1.json").write_text(json.dumps(ARTICLE), encoding="utf-8")
    seen: list[tuple[str, dict[str, Any]]] = []

    def find(text: str, published: Any, *, date_order: str = "auto", document: str = "auto") -> list[Any]:
        seen.append(("find", {"date_order": date_order, "document": document}))
        return []

    def build(text: Any, published: Any = None, *, date_order: str = "auto", document: str = "auto") -> FakeTimeline:
        seen.append(("build", {"date_order": date_order, "document": document}))
        return FakeTimeline(())

    monkeypatch.setattr(evaluate.command, "find_expressions", find)
    monkeypatch.setattr(evaluate.command, "build_timeline", build)
    assert evaluate.main([str(tmp_path), "--date-order", "DMY"]) == 0
    # the article's own build, its story's merged build, its time expressions: all with the option
    assert sorted(seen) == [(f, {"date_order": "DMY", "document": "auto"}) for f in ("build", "build", "find")]
    capsys.readouterr()


def test_with_options_binds_what_is_given_and_refuses_what_the_function_lacks() -> None:
    def old(text: str, published: Any, *, day_first: bool = False) -> str:
        return f"{text} {day_first}"

    assert evaluate.with_options(old, {}) is old
    assert evaluate.with_options(old, {"day_first": True})("x", None) == "x True"  # type: ignore[arg-type]
    with pytest.raises(InvalidInput, match="old takes no document option"):
        evaluate.with_options(old, {"document": "narrative"})


def test_command_line_refuses_an_option_this_version_lacks(tmp_path, capsys, monkeypatch) -> None:
    path = tmp_path / "D1.tml"
    path.write_text(DOC, encoding="utf-8")
    monkeypatch.setattr(evaluate.command, "find_expressions", lambda text, published: [])
    assert evaluate.main([str(path), "--document", "narrative"]) == 2
    assert "takes no document option" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("argv", "message"),
    [([], "give the annotated files or folders"), (["{tmp}/nowhere"], "nowhere"), (["{tmp}"], "no .tml, .json")],
)
def test_command_line_cannot_run_exits_2(tmp_path, capsys, argv, message) -> None:
    assert evaluate.main([a.format(tmp=tmp_path) for a in argv]) == 2
    assert message in capsys.readouterr().err


@pytest.mark.parametrize(
    ("argv", "listed"),
    [
        (["--errors", "{path}"], 1),  # a path after --errors is a path, not a limit
        (["{path}", "--errors"], 1),
        (["--errors", "0", "{path}"], 0),
        (["{path}"], None),
    ],
)
def test_errors_option_never_swallows_a_path(tmp_path, capsys, argv, listed) -> None:
    path = tmp_path / "D1.tml"
    path.write_text(DOC, encoding="utf-8")
    assert evaluate.main([a.format(path=path) for a in argv], tagger=lambda text, published: []) == 0
    out = capsys.readouterr().out
    assert "1 docs (D1)" in out
    if listed is None:
        assert "## timex MISSED" not in out
    else:
        assert "## timex MISSED (3)" in out
        assert sum(line.startswith("MISSED ") for line in out.splitlines()) == 3 * listed
