"""The one sentence splitter: every stage sees the same sentences.

A sentence ends at ".", "!" or "?" followed by a blank and a capital, digit or
quote (not after an abbreviation such as "Gen." or "Nov.", from
:data:`~conflict_timeline.lexicon.abbreviations.ABBREVIATIONS`), and at every
line break: news text has one paragraph or headline per line.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..lexicon.abbreviations import ABBREVIATIONS
from ..model import Span
from .tokens import Token, tokenize

__all__ = ["split_sentences", "sentence_token_ranges"]

_SENTENCE_END = frozenset(".!?")
_CLOSERS = frozenset("\"'”’)]»")


def _ends_sentence(text: str, tokens: Sequence[Token], i: int) -> bool:
    """Whether the mark ``tokens[i]`` (".", "!", "?") closes a sentence."""
    tok = tokens[i]
    if tok.text not in _SENTENCE_END:
        return False
    j = i + 1
    while j < len(tokens) and (tokens[j].text in _CLOSERS or tokens[j].text in _SENTENCE_END):
        j += 1
    if j >= len(tokens):
        return True
    nxt = tokens[j]
    gap = text[tokens[j - 1].end : nxt.start]
    if not gap or gap.isspace() is False:
        return False
    if tok.text == "." and i > 0 and tokens[i - 1].end == tok.start:
        prev = tokens[i - 1].lower
        if prev in ABBREVIATIONS or (len(prev) == 1 and prev.isalpha()):
            # "Gen. Smith", "Nov. 27", "J. Smith": an abbreviation, unless a paragraph ends here
            return "\n" in gap
    return nxt.text[:1].isupper() or nxt.text[:1].isdigit() or nxt.text[:1] in "\"'“‘(" or "\n" in gap


def sentence_token_ranges(text: str, tokens: Sequence[Token]) -> list[tuple[int, int]]:
    """The sentences of ``text`` as ``(first, last)`` token indices (``last`` exclusive)."""
    ranges: list[tuple[int, int]] = []
    begin: int | None = None
    i, n = 0, len(tokens)
    while i < n:
        tok = tokens[i]
        if begin is not None and "\n" in text[tokens[i - 1].end : tok.start]:
            ranges.append((begin, i))
            begin = None
        if begin is None:
            begin = i
        i += 1
        if _ends_sentence(text, tokens, i - 1):
            # closing quotes and brackets stay with the sentence they end
            while (
                i < n
                and (tokens[i].text in _CLOSERS or tokens[i].text in _SENTENCE_END)
                and "\n" not in text[tokens[i - 1].end : tokens[i].start]
            ):
                i += 1
            ranges.append((begin, i))
            begin = None
    if begin is not None:
        ranges.append((begin, n))
    return ranges


def split_sentences(text: str) -> list[Span]:
    """The sentences of ``text`` as spans (leading/trailing blanks excluded)."""
    tokens = tokenize(text)
    out = []
    for first, last in sentence_token_ranges(text, tokens):
        start, end = tokens[first].start, tokens[last - 1].end
        out.append(Span(start, end, text[start:end]))
    return out
