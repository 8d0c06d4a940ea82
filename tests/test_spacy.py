"""The spaCy component on spacy.blank("en"): spans with values, the timeline on the Doc."""

from __future__ import annotations

import subprocess
import sys
from importlib.metadata import entry_points
from pathlib import Path

import pytest

spacy = pytest.importorskip("spacy")

import conflict_timeline.spacy_component  # noqa: E402,F401  (registers the factory)
from conflict_timeline import build_timeline, find_expressions  # noqa: E402
from conflict_timeline.errors import InvalidInput, InvalidPublicationDate, MissingPublicationDate  # noqa: E402

SEED = Path(__file__).resolve().parent.parent / "seeds" / "000_822785d56b3e9daf.txt"

TEXTS = [
    ("On Monday, Iraqi fighters crossed into Syria. Rebels seized Aleppo last week.", "2024-12-02"),
    ("The talks, held on Dec. 2, 2024, ended without a deal; new talks are due next month.", "2024-12-03"),
    ("Rebels have fought the government since 2011 and took mid-December positions.", "2024-12-20"),
    ("Nothing to date here.", "2024-12-02"),
]


def _expected(text: str, published: str) -> list[tuple[int, int, str, str]]:
    return [(e.start, e.end, e.type.value, e.value) for e in find_expressions(text, published)]


def _got(doc) -> list[tuple[int, int, str, str]]:
    return [(s._.timex.start, s._.timex.end, s.label_, s._.timex.value) for s in doc.spans["timex"]]


@pytest.mark.parametrize("text, published", TEXTS)
def test_spans_and_timeline_match_the_library(text: str, published: str) -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("conflict_timeline", config={"published": published})
    doc = nlp(text)
    assert _got(doc) == _expected(text, published)
    for span in doc.spans["timex"]:
        # a span covers whole tokens around the exact extent
        assert span.start_char <= span._.timex.start and span._.timex.end <= span.end_char
    assert doc._.timeline == build_timeline(text, published)


def test_a_known_example_end_to_end() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("conflict_timeline", config={"published": "2024-12-02"})
    doc = nlp(TEXTS[0][0])
    assert [(s.text, s.label_, s._.timex.value) for s in doc.spans["timex"]] == [
        ("Monday", "DATE", "2024-12-02"),
        ("last week", "DATE", "2024-W48"),
    ]
    assert len(doc._.timeline.all_events) >= 2  # "crossed" and "seized"


def test_user_data_date_wins_over_the_setting() -> None:
    text, published = TEXTS[0]
    nlp = spacy.blank("en")
    nlp.add_pipe("conflict_timeline", config={"published": "1999-01-01"})
    doc = nlp.make_doc(text)
    doc.user_data["published"] = published
    doc = nlp(doc)
    assert _got(doc) == _expected(text, published)
    assert doc._.timeline == build_timeline(text, published)


def test_pipe_over_articles_with_their_own_dates() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("conflict_timeline")
    docs = []
    for text, published in TEXTS:
        doc = nlp.make_doc(text)
        doc.user_data["published"] = published
        docs.append(doc)
    out = list(nlp.pipe(docs))
    assert [_got(d) for d in out] == [_expected(t, p) for t, p in TEXTS]


def test_custom_spans_key_and_timeline_off() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("conflict_timeline", config={"published": "2024-12-02", "spans_key": "dates", "timeline": False})
    doc = nlp(TEXTS[0][0])
    assert "timex" not in doc.spans and _got_key(doc, "dates") == _expected(*TEXTS[0])
    assert doc._.timeline is None and "events" not in doc.spans


def _got_key(doc, key: str) -> list[tuple[int, int, str, str]]:
    return [(s._.timex.start, s._.timex.end, s.label_, s._.timex.value) for s in doc.spans[key]]


def test_seed_article() -> None:
    text = SEED.read_text(encoding="utf-8")
    nlp = spacy.blank("en")
    nlp.add_pipe("conflict_timeline", config={"published": "2024-12-02"})
    doc = nlp(text)
    assert _got(doc) == _expected(text, "2024-12-02")


def test_no_date_anywhere_is_a_typed_error() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("conflict_timeline")
    with pytest.raises(MissingPublicationDate):
        nlp("On Monday, fighters crossed.")


def test_bad_date_setting_fails_when_the_pipe_is_added() -> None:
    nlp = spacy.blank("en")
    with pytest.raises(InvalidPublicationDate):
        nlp.add_pipe("conflict_timeline", config={"published": "2024-02-30"})


def _nlp(**config):  # type: ignore[no-untyped-def]
    nlp = spacy.blank("en")
    nlp.add_pipe("conflict_timeline", config=config)
    return nlp


def _everything(doc) -> tuple[object, ...]:  # type: ignore[no-untyped-def]
    """What the component put on a doc, rebuilt through the extensions."""
    return (
        [(s.start_char, s.end_char, s.label_, s._.timex) for s in doc.spans["timex"]],
        [(s.start_char, s.end_char, s.label_, s._.event) for s in doc.spans.get("events", [])],
        doc._.timeline,
    )


@pytest.mark.parametrize("text, published", TEXTS)
def test_events_are_spans_with_kind_status_and_time(text: str, published: str) -> None:
    doc = _nlp(published=published)(text)
    timeline = build_timeline(text, published)
    events = doc.spans["events"]
    assert [s._.event for s in events] == list(timeline.all_events)
    for span, ev in zip(events, timeline.all_events, strict=True):
        assert span.label_ == ev.kind.value and span.text == ev.trigger.text
        assert span._.event_kind is ev.kind and span._.event_status is ev.status and span._.event_when == ev.when


def test_a_known_example_of_event_spans() -> None:
    doc = _nlp(published="2024-12-02")("On Monday, Iraqi fighters crossed into Syria. Talks did not resume.")
    got = [
        (s.text, s.label_, s._.event_status.value, s._.event_when and s._.event_when.value) for s in doc.spans["events"]
    ]
    assert ("crossed", "DEPLOYMENT", "ASSERTED", "2024-12-02") in got
    assert ("resume", "NEGOTIATION", "NEGATED", None) in got


def test_doc_to_bytes_keeps_spans_events_and_timeline() -> None:
    nlp = _nlp(published="2024-12-02")
    doc = nlp(SEED.read_text(encoding="utf-8"))
    assert len(doc.spans["events"]) > 5 and len(doc.spans["timex"]) > 5  # a real comparison
    back = spacy.tokens.Doc(nlp.vocab).from_bytes(doc.to_bytes())
    assert _everything(back) == _everything(doc)
    fresh = spacy.blank("en")  # a vocab that never saw the labels: the doc carries its strings
    assert _everything(spacy.tokens.Doc(fresh.vocab).from_bytes(doc.to_bytes())) == _everything(doc)


def test_docbin_keeps_everything() -> None:
    nlp = _nlp()
    docs = []
    for text, published in TEXTS:
        doc = nlp.make_doc(text)
        doc.user_data["published"] = published
        docs.append(nlp(doc))
    data = spacy.tokens.DocBin(store_user_data=True, docs=docs).to_bytes()
    back = list(spacy.tokens.DocBin().from_bytes(data).get_docs(nlp.vocab))
    assert [_everything(d) for d in back] == [_everything(d) for d in docs]
    assert [d._.timeline for d in back] == [build_timeline(t, p) for t, p in TEXTS]


def test_pipe_with_two_processes_equals_one() -> None:
    nlp = _nlp(published="2024-12-02")
    texts = [t for t, _ in TEXTS] * 3
    one = [_everything(d) for d in nlp.pipe(texts)]
    two = [_everything(d) for d in nlp.pipe(texts, n_process=2, batch_size=2)]
    assert two == one
    assert sum(len(tl.all_events) for _, _, tl in one) > 10


@pytest.mark.parametrize(
    "config, value",
    [
        ({"date_order": "DMY"}, "2024-04-02"),
        ({"date_order": "MDY"}, "2024-02-04"),
    ],
)
def test_date_order_reaches_the_spans_and_the_timeline(config: dict[str, str], value: str) -> None:
    text = "Rebels seized the town on 02/04/2024, officials said."
    doc = _nlp(published="2024-12-02", **config)(text)
    assert [s._.timex.value for s in doc.spans["timex"]] == [value]
    assert [s._.event_when.value for s in doc.spans["events"]] == [value]
    assert doc._.timeline == build_timeline(text, "2024-12-02", **config)


@pytest.mark.parametrize("document, value", [("news", "2024-W48"), ("narrative", "1942-W52")])
def test_document_kind_reaches_the_spans_and_the_timeline(document: str, value: str) -> None:
    text = "The siege lasted until 1943. Last week the army crossed the river."
    doc = _nlp(published="2024-12-02", document=document)(text)
    assert doc.spans["timex"][-1]._.timex.value == value
    crossed = [s for s in doc.spans["events"] if s.text == "crossed"]
    assert [s._.event_when.value for s in crossed] == [value]
    assert doc._.timeline == build_timeline(text, "2024-12-02", document=document)


def test_spans_the_component_did_not_make_have_nothing() -> None:
    doc = _nlp(published="2024-12-02")(TEXTS[0][0])
    foreign = doc[0:2]
    assert foreign._.timex is None and foreign._.event is None and foreign._.event_kind is None
    assert spacy.blank("en")("No component here.")._.timeline is None


def test_keys_are_checked() -> None:
    with pytest.raises(InvalidInput):
        _nlp(published="2024-12-02", spans_key="x", events_key="x")
    with pytest.raises(InvalidInput):
        _nlp(published="2024-12-02", events_key="")
    doc = _nlp(published="2024-12-02", events_key="happenings")(TEXTS[0][0])
    assert "events" not in doc.spans and len(doc.spans["happenings"]) == len(doc._.timeline.all_events)


def _installed_entry_point() -> bool:
    return any(ep.name == "conflict_timeline" for ep in entry_points(group="spacy_factories"))


@pytest.mark.skipif(not _installed_entry_point(), reason="package not installed (pip install -e .)")
def test_factory_found_through_the_entry_point_without_importing_the_module() -> None:
    code = (
        "import spacy, sys\n"
        "nlp = spacy.blank('en')\n"
        "nlp.add_pipe('conflict_timeline', config={'published': '2024-12-02'})\n"
        "assert 'conflict_timeline.spacy_component' in sys.modules\n"
        "print(nlp.pipe_names)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "['conflict_timeline']"
