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
from conflict_timeline.errors import InvalidPublicationDate, MissingPublicationDate  # noqa: E402

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
    assert doc._.timeline is None


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


def test_serialised_without_user_data() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("conflict_timeline", config={"published": "2024-12-02"})
    doc = nlp(TEXTS[0][0])
    data = doc.to_bytes(exclude=["user_data"])
    back = spacy.tokens.Doc(nlp.vocab).from_bytes(data)
    assert back.text == doc.text
    assert [(s.start_char, s.end_char, s.label_) for s in back.spans["timex"]] == [
        (s.start_char, s.end_char, s.label_) for s in doc.spans["timex"]
    ]


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
