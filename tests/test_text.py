"""The text layer: sentences, tense cues, markup and the offset map, as example tables."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from conflict_timeline import build_timeline, find_expressions
from conflict_timeline.text import Tense, context_tense, read_text, split_sentences, strip_markup
from conflict_timeline.text.sentences import _sentences_by_tokens, sentence_offsets

# --- sentences: abbreviations do not end one, a line break always does -----------------------------
SENTENCES = [
    # an abbreviation before a name, a date or a place goes on
    ("LOS ANGELES, Calif. Monday's quake shook the city.", ["LOS ANGELES, Calif. Monday's quake shook the city."]),
    ("Gen. Smith met Col. Jones on Nov. 27 in St. Louis.", ["Gen. Smith met Col. Jones on Nov. 27 in St. Louis."]),
    ("Troops left the U.S. base at 8 a.m. Sunday.", ["Troops left the U.S. base at 8 a.m. Sunday."]),
    # ... but a word that can only open a sentence starts a new one
    (
        "The firm is based in Southport, Conn. The utility said it agreed.",
        ["The firm is based in Southport, Conn.", "The utility said it agreed."],
    ),
    ("Roe vs. a state law was argued.", ["Roe vs. a state law was argued."]),
    ("Shelling resumed. Rebels advanced.", ["Shelling resumed.", "Rebels advanced."]),
    ('"We will fight." Then he left.', ['"We will fight."', "Then he left."]),
    ("A headline\nThe body of the story.", ["A headline", "The body of the story."]),
    ("Dec. 2\n\nFighting resumed.", ["Dec. 2", "Fighting resumed."]),
    ("It rose 2.5 percent. Good.", ["It rose 2.5 percent.", "Good."]),
    ("", []),
]


@pytest.mark.parametrize("text, expected", SENTENCES)
def test_one_sentence_splitter(text: str, expected: list[str]) -> None:
    assert [s.text for s in split_sentences(text)] == expected
    layer = read_text(text, "plain")
    assert [s.text for s in layer.sentence_spans()] == expected
    for s in layer.sentence_spans():  # the lookup a stage makes agrees with the full split
        assert layer.sentence_at(s.start) == (s.start, s.end) == layer.sentence_at(s.end - 1)


# --- tense around a time expression: the nearest cue in the same sentence ---------------------------
CONTEXT_TENSE = [
    ("Rebels seized the town on Friday.", "Friday", Tense.PAST),
    ("Ministers will meet on Friday.", "Friday", Tense.FUTURE),
    ("He said it will meet on Friday.", "Friday", Tense.FUTURE),
    ("The office was created, effective Feb. 1.", "Feb. 1", Tense.FUTURE),
    ("The vote had been scheduled for Friday.", "Friday", Tense.PAST),
    ("They were planning to march on Friday.", "Friday", Tense.FUTURE),
    # a cue after a comma counts less than one before the expression in its own clause
    ("The decree, signed by the president on Friday, will take effect soon.", "Friday", Tense.PAST),
    ("The envoy is due to meet the rebels on Friday, his office said.", "Friday", Tense.FUTURE),
    ("On Friday, the army will open the road.", "Friday", Tense.FUTURE),
    # near-misses: no cue, or a cue of another sentence
    ("Talks on Friday.", "Friday", None),
    ("Rebels seized the town. Talks on Friday.", "Friday", None),
    ("The Saudi-led talks on Friday.", "Friday", None),
    ("The border stays shut until Thursday.", "Thursday", None),  # a state after a present copula
    ("Schools remain closed until Thursday.", "Thursday", None),
]


@pytest.mark.parametrize("text, words, tense", CONTEXT_TENSE)
def test_context_tense(text: str, words: str, tense: Tense | None) -> None:
    start = text.index(words)
    layer = read_text(text, "plain")
    assert context_tense(text, start, start + len(words), layer.sentence_at(start)) == tense


# --- markup is taken out for analysis; every offset points into the original ------------------------
MARKUP = [
    ("Rebels **seized** Aleppo.", "Rebels seized Aleppo."),
    ("Troops entered [Aleppo](https://example.org/a?b=1) on Friday.", "Troops entered Aleppo on Friday."),
    ("![Rebels in Aleppo](img.jpg)", "Rebels in Aleppo"),
    ("## Fuel depot blast\n> A quote\n- A bullet", "Fuel depot blast\nA quote\nA bullet"),
    ("An *emphasised* word and `code`.", "An emphasised word and code."),
    ("A <b>bold</b> claim<br/>", "A bold claim"),
    ("---\nText", "\nText"),
    # near-misses: not markup
    ("Five_of_them and 5*3 or a_b", "Five_of_them and 5*3 or a_b"),
    ("KHARTOUM, April 18 (Reuters) - Fighting raged.", "KHARTOUM, April 18 (Reuters) - Fighting raged."),
    ("Scores of 3 < 4 > 2 were reported.", "Scores of 3 < 4 > 2 were reported."),
]


@pytest.mark.parametrize("original, analysed", MARKUP)
def test_markup_is_taken_out(original: str, analysed: str) -> None:
    text, offsets = strip_markup(original)
    assert text == analysed
    if offsets is None:
        assert text == original
    else:
        assert all(original[offsets.original(i)] == ch for i, ch in enumerate(text))


def test_markup_no_longer_hides_words_and_offsets_point_into_the_original() -> None:
    original = "Rebels **seized** [Aleppo](https://x.org) on **Saturday**.\n\n## Later\nTroops withdrew on Monday."
    tl = build_timeline(original, published="2024-12-02")
    seized = next(e for e in tl.all_events if e.trigger.text == "seized")
    assert seized.when is not None and seized.when.value == "2024-11-30"
    assert "Aleppo" in seized.places
    for ev in tl.all_events:
        assert original[ev.trigger.start : ev.trigger.end] == ev.trigger.text
        assert original[ev.sentence.start : ev.sentence.end] == ev.sentence.text
    for e in find_expressions(original, "2024-12-02"):
        assert original[e.start : e.end] == e.text
    assert [e.text for e in find_expressions(original, "2024-12-02")] == ["Saturday", "Monday"]


# --- the line splitter decides at the marks only: the same answers as reading every token ----------
_PIECES = st.sampled_from(
    [
        "Gen.",
        "Nov.",
        "U.S.",
        "a.m.",
        "2.5",
        "Calif.",
        "The",
        "the",
        "He",
        "said",
        '"',
        "'",
        ")",
        "(",
        "...",
        "!",
        "?",
        ".",
        ",",
        " ",
        "  ",
        "x",
        "Rebels",
        "J.",
        "vs.",
        "No.",
        "”",
        "“",
        "»",
        "_",
        "-",
        "27",
        "Conn.",
    ]
)


@given(st.lists(_PIECES, max_size=40).map(" ".join) | st.text(alphabet=" .!?\"')aB1\t", max_size=60))
def test_line_splitter_agrees_with_reading_every_token(line: str) -> None:
    line = line.replace("\n", " ")
    assert sentence_offsets(line) == _sentences_by_tokens(line, 0, len(line))
