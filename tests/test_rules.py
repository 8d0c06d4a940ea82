"""Every rule proves itself: its examples resolve as stated, its near-misses do not fire,
and every rule fires on at least one example of its own."""

from __future__ import annotations

import pytest

from conflict_timeline import find_expressions
from conflict_timeline.temporal import EXAMPLES_PUBLISHED, RULES, find_candidates
from conflict_timeline.text import read_text

EXAMPLES = [(rule.name, ex) for rule in RULES for ex in rule.examples]
NEAR_MISSES = [(rule.name, text) for rule in RULES for text in rule.near_misses]


@pytest.mark.parametrize(("rule_name", "example"), EXAMPLES, ids=[f"{r}:{e.extent}" for r, e in EXAMPLES])
def test_rule_example(rule_name: str, example) -> None:
    exprs = find_expressions(example.text, published=EXAMPLES_PUBLISHED, document=example.document)
    by_text = {e.text: e for e in exprs}
    assert example.extent in by_text, f"{example.extent!r} not found in {[e.text for e in exprs]}"
    expr = by_text[example.extent]
    assert expr.value == example.value
    assert expr.rule == rule_name
    assert example.text[expr.start : expr.end] == expr.text


@pytest.mark.parametrize(("rule_name", "text"), NEAR_MISSES, ids=[f"{r}:{t}" for r, t in NEAR_MISSES])
def test_rule_near_miss(rule_name: str, text: str) -> None:
    fired = [e for e in find_expressions(text, published=EXAMPLES_PUBLISHED) if e.rule == rule_name]
    assert fired == [], f"{rule_name} fired on a near-miss: {[(e.text, e.value) for e in fired]}"


def test_every_rule_has_examples_and_near_misses() -> None:
    for rule in RULES:
        assert rule.examples, f"rule {rule.name} has no examples"
        assert rule.near_misses, f"rule {rule.name} has no near-misses"


def test_every_rule_fires_on_some_example() -> None:
    fired: set[str] = set()
    for _, example in EXAMPLES:
        found = find_expressions(example.text, published=EXAMPLES_PUBLISHED, document=example.document)
        fired.update(e.rule for e in found)
    silent = {rule.name for rule in RULES} - fired
    assert not silent, f"rules that fire on no example: {sorted(silent)}"


def test_rule_names_are_unique() -> None:
    names = [rule.name for rule in RULES]
    assert len(names) == len(set(names))


def _keyed(text: str) -> list[tuple[int, int, str]]:
    return [(c.start, c.end, c.rule.name) for c in find_candidates(read_text(text))]


def _full(text: str) -> list[tuple[int, int, str]]:
    return [(c.start, c.end, c.rule.name) for c in find_candidates(read_text(text), full_scan=True)]


def test_key_words_cover_every_match_in_examples() -> None:
    """Scanning only around key words finds exactly what a scan of the whole text finds."""
    texts = [ex.text for _, ex in EXAMPLES] + [t for _, t in NEAR_MISSES]
    joined = " ".join(texts)
    for text in texts + [joined]:
        assert _keyed(text) == _full(text), text


def test_key_words_cover_every_match_in_the_corpora(corpus) -> None:
    from conflict_timeline.timeml import read_timeml

    for folder in (corpus("timebank"), corpus("aquaint")):
        for path in sorted(folder.glob("*.tml")):
            text = read_timeml(path).text
            assert _keyed(text) == _full(text), path.name
