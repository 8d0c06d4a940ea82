"""The rewritten patterns (conflict_timeline/text/fastre.py) match exactly what the patterns as
written match: the same spans, the same groups, from any start and to any end."""

from __future__ import annotations

import random
import re
import sys
from pathlib import Path

import pytest

from conflict_timeline.temporal import RULES
from conflict_timeline.text import fastre
from conflict_timeline.text.fastre import REWRITTEN, compile_fast, required_characters, rewrite

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
# characters Python's case-insensitive matching takes for ASCII letters, and some that border words
ODD = "ſKİıkKsSiI’'-–,./:0123456789 \n\u00a0é"


def _texts() -> list[str]:
    texts = [ex.text for rule in RULES for ex in rule.examples] + [t for rule in RULES for t in rule.near_misses]
    texts += [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    rnd = random.Random(12)
    mutated = []
    for text in texts:
        chars = []
        for ch in text:
            r = rnd.random()
            chars.append(ch.upper() if r < 0.05 else ch.lower() if r < 0.1 else rnd.choice(ODD) if r < 0.12 else ch)
        mutated.append("".join(chars))
    return texts + mutated + [t.upper() for t in texts[::7]] + [t.title() for t in texts[::7]]


TEXTS = _texts()


def _matches(pattern: re.Pattern[str], text: str) -> list[tuple[object, ...]]:
    return [(m.span(), m.groups(), m.groupdict(), m.lastindex) for m in pattern.finditer(text)]


def test_the_patterns_of_the_library_are_rewritten() -> None:
    rewritten = {fast.pattern for _, _, fast in REWRITTEN}
    assert sum(rule.pattern.pattern in rewritten for rule in RULES) >= len(RULES) - 3


@pytest.mark.parametrize("k", range(len(REWRITTEN)))
def test_rewrite_matches_alike(k: int) -> None:
    source, flags, fast = REWRITTEN[k]
    plain = re.compile(source, flags)
    assert fast.groupindex == plain.groupindex and fast.groups == plain.groups
    rnd = random.Random(k)
    for text in TEXTS:
        assert _matches(fast, text) == _matches(plain, text), (plain.pattern, text)
        for _ in range(3):
            i = rnd.randrange(len(text) + 1)
            j = rnd.randrange(i, len(text) + 1)
            a, b = plain.search(text, i, j), fast.search(text, i, j)
            assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups())), (plain.pattern, text, i, j)


@pytest.mark.parametrize(
    ("pattern", "texts"),
    [
        (r"(?i:about|around|at least|a few|an)", ["About", "AROUND", "at Least", "an", "a few", "aN", "ſ"]),
        (r"(?i)(?<![\w'])(?:days|day|weeks|week)(?![\w])", ["Days", "dAY", "weeKs", "week's", "ſ"]),
        (r"(?:abcd|zzzz|abc|ab)x", ["abcx", "abcdx", "abx", "zzzzx"]),
        (r"(?:a(?P<one>b)|c|a(?P<two>d))", ["ab", "ad", "c"]),
        (r"(?i:Apple|avocado|Art)", ["art", "ART", "apple", "Avocado"]),
        (r"(?:x|)(?:y)?z", ["z", "xz", "yz", "xyz"]),
        (r"[^\W\d_]+(?:['’]s)?", ["Lebanon's", "İstanbul", "ſtate"]),
        (r"(?i)[a-z]+(?-i:Q)", ["abQ", "ABq", "ıQ"]),
    ],
)
def test_rewrite_of_small_patterns(pattern: str, texts: list[str]) -> None:
    plain, fast = re.compile(pattern), compile_fast(pattern)
    for text in texts + [" ".join(texts)]:
        assert _matches(fast, text) == _matches(plain, text)


def test_unknown_constructs_are_left_as_written() -> None:
    newer = (r"(?>ab)", r"a++") if sys.version_info >= (3, 11) else ()  # atomic groups, possessive repeats
    for pattern in (r"(a)\1", r"(?P<x>a)(?(x)b|c)", r"(?i)é", *newer):
        assert compile_fast(pattern).pattern == pattern
    assert rewrite(r"(?i)é") is None


def test_case_table_is_pythons() -> None:
    """Every character that ``(?i)`` matches for an ASCII letter is that letter's case or listed."""
    letters = re.compile(r"(?i)[a-z]")
    found: dict[str, set[str]] = {}
    for code in range(sys.maxunicode + 1):
        ch = chr(code)
        if letters.fullmatch(ch):
            low = next(c for c in "abcdefghijklmnopqrstuvwxyz" if re.fullmatch("(?i)" + c, ch))
            found.setdefault(low, set()).add(ch)
    for low, chars in found.items():
        assert chars == {low, low.upper(), *fastre._CASE_EXTRAS.get(low, "")}, low


@pytest.mark.parametrize("rule", RULES, ids=[r.name for r in RULES])
def test_every_match_holds_the_required_characters(rule) -> None:
    needs = required_characters(rule.pattern)
    for text in TEXTS:
        for m in rule.pattern.finditer(text):
            for need in needs:
                assert need & set(m.group()), (rule.name, m.group(), sorted(need))


def test_required_characters_of_small_patterns() -> None:
    def needs(pattern: str) -> list[str]:
        return sorted("".join(sorted(s)) for s in required_characters(compile_fast(pattern)))

    assert needs(r"ab?(?:c|d)") == ["a", "cd"]
    assert needs(r"(?<=x)a(?=y)") == ["a"]
    assert needs(r"(?i:k)") == ["Kk\u212a"]
    assert needs(r"a*|b") == []
    assert needs(r"(?:\d|x)") == []


def _toll_texts() -> list[str]:
    from conflict_timeline.events.tolls import TOLL_RULES

    texts = [ex[0] for rule in TOLL_RULES for ex in (*rule.examples, *rule.near_misses)]
    return texts + [t.upper() for t in texts] + [t.title() for t in texts] + TEXTS


def _word_patterns() -> list[re.Pattern[str]]:
    from conflict_timeline.events.tolls import TOLL_RULES

    return [rule.pattern for rule in TOLL_RULES] + [rule.pattern for rule in RULES]


@pytest.mark.parametrize("k", range(len(_word_patterns())))
def test_every_match_holds_one_required_word(k: int) -> None:
    pattern = _word_patterns()[k]
    words = fastre.required_words(pattern)
    if words is None:
        return
    for text in _toll_texts():
        for m in pattern.finditer(text):
            assert any(w in m.group().lower() for w in words), (pattern.pattern, m.group(), sorted(words))


def test_the_toll_rules_have_required_words() -> None:
    from conflict_timeline.events.tolls import TOLL_RULES

    assert all(fastre.required_words(rule.pattern) for rule in TOLL_RULES)


def test_required_words_of_small_patterns() -> None:
    def words(pattern: str, flags: int = 0) -> list[str] | None:
        found = fastre.required_words(compile_fast(pattern, flags))
        return None if found is None else sorted(found)

    assert words(r"\bkill(?:ed|ing)\s+\d+") == ["kill"]
    assert words(r"shot\s+dead") == ["shot"]  # both words are held; the first of the longest is tested
    assert words(r"(?:bodies|corpses)\b") == ["bodies", "corpses"]
    assert words(r"[Kk]illed") == ["killed"]
    assert words(r"killed", re.I) == ["killed"]
    assert words(r"(?<=toll )at") == ["at"]  # what a lookbehind reads is no part of the match
    assert words(r"a?b*") is None
    assert words(r"(?:x|\d)") is None
    # the long s and the dotted capital I match "s" and "i" case-insensitively: a text holding one
    # is not tested on the words
    assert re.search(r"(?i)kills", "KİLLſ") and set(fastre.WORD_TEST_BREAKERS) >= {"İ", "ſ"}
