"""Reading and writing TimeML: offsets, entities, links, round trips, refusals."""

from __future__ import annotations

import datetime as dt

import pytest

from conflict_timeline.errors import TimeMLError
from conflict_timeline.model import (
    Event,
    EventKind,
    Mod,
    Span,
    TemporalExpression,
    TimeSpan,
    TimexType,
)
from conflict_timeline.timeml import read_timeml, write_timeml

DOC = """<?xml version="1.0" ?>
<TimeML>
<DOCID>X1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="1998-08-07T10:30" functionInDocument="CREATION_TIME">19980807</TIMEX3></DCT>
<TEXT>
AT&amp;T <EVENT eid="e1" class="OCCURRENCE">said</EVENT> <TIMEX3 tid="t1" type="DATE" value="1998-08-06" \
anchorTimeID="t0">Thursday</TIMEX3> that &lt;profits&gt; <EVENT eid="e2" class="OCCURRENCE">rose</EVENT> \
<SIGNAL sid="s1">for</SIGNAL> <TIMEX3 tid="t2" type="DURATION" value="P3D" mod="MORE_THAN">more than three days</TIMEX3>.
</TEXT>
<MAKEINSTANCE eventID="e1" eiid="ei1" tense="PAST" aspect="NONE" polarity="POS" pos="VERB"/>
<MAKEINSTANCE eventID="e2" eiid="ei2" tense="PAST" aspect="NONE" polarity="NEG" modality="might" pos="VERB"/>
<TLINK lid="l1" relType="IS_INCLUDED" eventInstanceID="ei1" relatedToTime="t1"/>
<TLINK lid="l2" relType="INCLUDES" timeID="t0" relatedToEventInstance="ei2"/>
<TLINK lid="l3" relType="BEFORE" eventInstanceID="ei2" relatedToEventInstance="ei1"/>
</TimeML>
"""


def test_text_is_the_body_without_tags_and_with_entities_decoded() -> None:
    doc = read_timeml(DOC)
    assert doc.doc_id == "X1"
    assert doc.text == "\nAT&T said Thursday that <profits> rose for more than three days.\n"
    assert doc.dct == dt.date(1998, 8, 7)
    assert doc.dct_tid == "t0"
    assert doc.dct_timex is not None and doc.dct_timex.value == "1998-08-07T10:30"


@pytest.mark.parametrize(
    ("tid", "text", "type_", "value", "mod", "anchor"),
    [
        ("t1", "Thursday", "DATE", "1998-08-06", None, "t0"),
        ("t2", "more than three days", "DURATION", "P3D", "MORE_THAN", None),
    ],
)
def test_timex_offsets_and_attributes(tid, text, type_, value, mod, anchor) -> None:
    doc = read_timeml(DOC)
    t = doc.timex(tid)
    assert t is not None
    assert doc.text[t.start : t.end] == t.text == text
    assert (t.type, t.value, t.mod, t.anchor_tid) == (type_, value, mod, anchor)


def test_dct_is_not_a_body_timex_but_can_be_looked_up() -> None:
    doc = read_timeml(DOC)
    assert [t.tid for t in doc.timexes] == ["t1", "t2"]
    assert doc.timex("t0") is doc.dct_timex
    assert doc.timex("t9") is None


def test_events_instances_and_links() -> None:
    doc = read_timeml(DOC)
    assert [(e.eid, e.text, e.event_class) for e in doc.events] == [
        ("e1", "said", "OCCURRENCE"),
        ("e2", "rose", "OCCURRENCE"),
    ]
    for e in doc.events:
        assert doc.text[e.start : e.end] == e.text
    assert {i.eiid: (i.eid, i.tense, i.polarity, i.modality) for i in doc.instances} == {
        "ei1": ("e1", "PAST", "POS", None),
        "ei2": ("e2", "PAST", "NEG", "might"),
    }
    links = {link.lid: (link.rel_type, link.source, link.target) for link in doc.tlinks}
    assert links == {
        "l1": ("IS_INCLUDED", ("event", "e1"), ("time", "t1")),
        "l2": ("INCLUDES", ("time", "t0"), ("event", "e2")),
        "l3": ("BEFORE", ("event", "e2"), ("event", "e1")),
    }


def test_nested_tags_keep_offsets() -> None:
    xml = (
        '<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="2000-01-02" functionInDocument="CREATION_TIME">x</TIMEX3>'
        '</DCT><TEXT>a <TIMEX3 tid="t1" type="DATE" value="2000-01"><b>early</b> <EVENT eid="e1" class="X">Jan'
        "</EVENT></TIMEX3> z</TEXT></TimeML>"
    )
    doc = read_timeml(xml)
    assert doc.text == "a early Jan z"
    (t,) = doc.timexes
    (e,) = doc.events
    assert (t.start, t.end, t.text) == (2, 11, "early Jan")
    assert (e.start, e.end, e.text) == (8, 11, "Jan")


def test_reads_a_file_and_names_it_in_errors(tmp_path) -> None:
    good = tmp_path / "A.tml"
    good.write_text(DOC.replace("<DOCID>X1</DOCID>", ""), encoding="utf-8")
    assert read_timeml(good).doc_id == "A"  # falls back to the file name
    assert read_timeml(str(good)).doc_id == "A"
    bad = tmp_path / "B.tml"
    bad.write_text("<TimeML><TEXT>unclosed</TimeML>", encoding="utf-8")
    with pytest.raises(TimeMLError, match="B.tml"):
        read_timeml(bad)
    with pytest.raises(TimeMLError, match="missing.tml"):
        read_timeml(tmp_path / "missing.tml")


@pytest.mark.parametrize(
    ("xml", "message"),
    [
        ('<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><TimeML/>', "DTD"),
        ("<TimeML><!ENTITY a 'b'></TimeML>", "not well-formed"),  # a declaration outside a DTD is malformed XML
        ("<TimeML><DCT/><TEXT>x</TEXT></TimeML>", "creation time"),
        ('<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="X"/></DCT></TimeML>', "TEXT"),
        ('<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="XXXX-XX-XX"/></DCT><TEXT>x</TEXT></TimeML>', "not a date"),
        (
            '<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="2000-01-01"/></DCT><TEXT>x</TEXT>'
            '<TLINK lid="l1" relType="BEFORE" eventInstanceID="ei9" relatedToTime="t0"/></TimeML>',
            "ei9",
        ),
        (
            '<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="2000-01-01"/></DCT><TEXT><TIMEX3>x</TIMEX3></TEXT></TimeML>',
            "tid",
        ),
        ("<TimeML><TEXT>a & b</TEXT></TimeML>", "well-formed"),
    ],
)
def test_bad_documents_raise_timeml_error(xml: str, message: str) -> None:
    with pytest.raises(TimeMLError, match=message):
        read_timeml(xml)


def test_a_doctype_element_is_not_a_dtd() -> None:
    # AQUAINT files carry a <DOCTYPE> element (no "!"): that is ordinary content
    xml = DOC.replace("<DOCID>X1</DOCID>", "<DOCTYPE> NEWS STORY </DOCTYPE>")
    assert read_timeml(xml).text.startswith("\nAT&T")


def _expr(
    text: str, sub: str, type_: TimexType, value: str, mod: Mod | None = None, nth: int = 0
) -> TemporalExpression:
    start = -1
    for _ in range(nth + 1):
        start = text.index(sub, start + 1)
    return TemporalExpression(text=sub, start=start, end=start + len(sub), type=type_, value=value, mod=mod)


ROUND_TRIP = [
    (
        "Rebels took Aleppo on Friday, three days after the offensive began.",
        [("Friday", TimexType.DATE, "2024-11-29", None), ("three days", TimexType.DURATION, "P3D", Mod.APPROX)],
    ),
    (
        "R&D <costs> rose 5% \"last year\" & 'this year'.\r\nNew line\tand tab.",
        [("last year", TimexType.DATE, "2023", None), ("this year", TimexType.DATE, "2024", None)],
    ),
    ("Odd \x00 control \x1b chars and emoji \U0001f600 on Friday.", [("Friday", TimexType.DATE, "2024-11-29", None)]),
    ("Nothing to tag here.", []),
]


@pytest.mark.parametrize(("text", "spec"), ROUND_TRIP)
def test_write_then_read_round_trips(text: str, spec: list) -> None:
    exprs = [_expr(text, sub, type_, value, mod) for sub, type_, value, mod in spec]
    xml = write_timeml(text, exprs, "2024-12-02", doc_id="d<1>")
    doc = read_timeml(xml)
    assert doc.doc_id == "d<1>"
    assert doc.dct == dt.date(2024, 12, 2)
    # characters XML 1.0 cannot carry become U+FFFD, one for one
    assert doc.text == text.replace("\x00", "\ufffd").replace("\x1b", "\ufffd")
    got = [(t.start, t.end, t.text, t.type, t.value, t.mod) for t in doc.timexes]
    want = [(e.start, e.end, e.text, e.type.value, e.value, e.mod.value if e.mod else None) for e in exprs]
    assert got == want


def _event(text: str, trigger: str, kind: EventKind, source: TemporalExpression | None = None) -> Event:
    start = text.index(trigger)
    when = TimeSpan(source.value, None, None) if source else None
    return Event(
        kind=kind,
        trigger=Span(start, start + len(trigger), trigger),
        sentence=Span(0, len(text), text),
        when=when,
        time_source=source,
    )


def test_events_are_written_with_a_link_to_their_time() -> None:
    text = "Rebels seized Aleppo on Friday and talks collapsed."
    friday = _expr(text, "Friday", TimexType.DATE, "2024-11-29")
    events = [
        _event(text, "seized", EventKind.TERRITORY_CHANGE, friday),
        _event(text, "talks", EventKind.NEGOTIATION),
    ]
    doc = read_timeml(write_timeml(text, [friday], "2024-12-02", events=events))
    assert doc.text == text
    assert [(e.text, e.event_class) for e in doc.events] == [("seized", "TERRITORY_CHANGE"), ("talks", "NEGOTIATION")]
    assert [(link.rel_type, link.source, link.target) for link in doc.tlinks] == [
        ("IS_INCLUDED", ("event", doc.events[0].eid), ("time", doc.timexes[0].tid))
    ]


def test_an_event_crossing_a_timex_is_left_out_but_nested_ones_stay() -> None:
    text = "the Friday attack and the attack on Friday"
    friday = _expr(text, "Friday", TimexType.DATE, "2024-11-29")
    crossing = Event(EventKind.BATTLE, Span(8, 17, "iday atta"), Span(0, 42, text), None, None)
    inside = Event(EventKind.BATTLE, Span(4, 10, "Friday"), Span(0, 42, text), None, None)
    around = Event(EventKind.BATTLE, Span(26, 42, "attack on Friday"), Span(0, 42, text), None, None)
    second = _expr(text, "Friday", TimexType.DATE, "2024-11-29", nth=1)
    doc = read_timeml(write_timeml(text, [friday, second], "2024-12-02", events=[crossing, inside, around]))
    assert doc.text == text
    assert [e.text for e in doc.events] == ["attack on Friday"]  # the duplicate extent and the crossing one go
    assert [t.text for t in doc.timexes] == ["Friday", "Friday"]


def test_write_rejects_offsets_outside_the_text() -> None:
    bad = TemporalExpression(text="x", start=5, end=9, type=TimexType.DATE, value="2024")
    with pytest.raises(TimeMLError):
        write_timeml("abc", [bad], "2024-12-02")


@pytest.mark.parametrize("name", ["timebank", "aquaint"])
def test_every_corpus_file_reads_with_consistent_offsets(name: str, corpus) -> None:
    files = sorted(corpus(name).glob("*.tml"))
    assert files
    for f in files:
        doc = read_timeml(f)
        assert doc.doc_id
        for t in doc.timexes:
            assert doc.text[t.start : t.end] == t.text, (f.name, t.tid)
            assert t.end > t.start, (f.name, t.tid)
        for e in doc.events:
            assert doc.text[e.start : e.end] == e.text, (f.name, e.eid)
        known = {t.tid for t in doc.timexes} | {doc.dct_tid}
        for link in doc.tlinks:
            for kind, ident in (link.source, link.target):
                if kind == "time":
                    assert ident in known, (f.name, link.lid)
