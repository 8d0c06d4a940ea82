"""The one sentence splitter: every stage sees the same sentences.

A sentence ends at ".", "!" or "?" followed by a blank and a capital, digit or
quote (not after an abbreviation such as "Gen." or "Nov.", from
:data:`~conflict_timeline.lexicon.abbreviations.ABBREVIATIONS`), and at every
line break: news text has one paragraph or headline per line. Because a line
break always ends a sentence, each line can be split on its own, which lets
the text layer split only the lines a stage asks about.
"""

from __future__ import annotations

import re

from ..lexicon.abbreviations import ABBREVIATIONS, SENTENCE_OPENERS
from ..model import Span
from .tokens import TOKEN_PATTERN

__all__ = ["split_sentences", "sentence_offsets", "sentences_and_tokens"]

_SENTENCE_END = frozenset(".!?")
_CLOSERS = frozenset("\"'”’)]»")
_OPENERS = "\"'“‘("

# (start, end, text) of a token: the splitter needs no Token objects
_Tok = tuple[int, int, str]


def _ends_sentence(text: str, toks: list[_Tok], i: int) -> bool:
    """Whether the mark ``toks[i]`` (".", "!", "?") closes a sentence."""
    mark = toks[i][2]
    if mark not in _SENTENCE_END:
        return False
    j = i + 1
    while j < len(toks) and (toks[j][2] in _CLOSERS or toks[j][2] in _SENTENCE_END):
        j += 1
    if j >= len(toks):
        return True
    nxt = toks[j][2]
    gap = text[toks[j - 1][1] : toks[j][0]]
    if not gap or not gap.isspace():
        return False
    if mark == "." and i > 0 and toks[i - 1][1] == toks[i][0]:
        prev = toks[i - 1][2].lower().replace("’", "'")
        if prev in ABBREVIATIONS or (len(prev) == 1 and prev.isalpha()):
            # "Gen. Smith", "Nov. 27", "J. Smith": an abbreviation, unless a paragraph ends here or
            # the next word can only open a sentence ("... Southport, Conn. The utility said")
            return "\n" in gap or (nxt[:1].isupper() and nxt.lower() in SENTENCE_OPENERS)
    return nxt[:1].isupper() or nxt[:1].isdigit() or nxt[:1] in _OPENERS or "\n" in gap


# A mark that may end a sentence before more words: without one, a line is one sentence.
_INNER_END = re.compile(r"[.!?][\"'”’)\]».!?]*\s+\S")
_EDGES = re.compile(r"\S(?:.*\S)?", re.DOTALL)


def sentence_offsets(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """The sentences of ``text[start:end]`` as ``(start, end)`` offsets into ``text``, blanks
    excluded. ``start`` should be the beginning of a line (a line break ends every sentence)."""
    return sentences_and_tokens(text, start, end)[0]


def sentences_and_tokens(
    text: str, start: int = 0, end: int | None = None
) -> tuple[list[tuple[int, int]], list[_Tok] | None]:
    """:func:`sentence_offsets`, and the ``(start, end, text)`` of every token of ``text[start:end]``
    when the splitter had to read them (``None`` for a stretch that holds one sentence at most)."""
    stop = len(text) if end is None else end
    if "\n" not in text[start:stop].rstrip() and _INNER_END.search(text, start, stop) is None:
        edges = _EDGES.search(text, start, stop)  # one line that holds one sentence at most
        return ([] if edges is None else [edges.span()]), None
    toks = _tokens(text, start, stop)
    return _sentences_by_tokens(text, start, stop, toks), toks


def _tokens(text: str, start: int, stop: int) -> list[_Tok]:
    return [(m.start(), m.end(), m.group()) for m in TOKEN_PATTERN.finditer(text, start, stop)]


def _sentences_by_tokens(text: str, start: int, stop: int, toks: list[_Tok] | None = None) -> list[tuple[int, int]]:
    """The sentences of ``text[start:stop]``, reading every token (``toks``, when they were read)."""
    if toks is None:
        toks = _tokens(text, start, stop)
    out: list[tuple[int, int]] = []
    begin: int | None = None
    i, n = 0, len(toks)
    while i < n:
        if begin is not None and "\n" in text[toks[i - 1][1] : toks[i][0]]:
            out.append((toks[begin][0], toks[i - 1][1]))
            begin = None
        if begin is None:
            begin = i
        i += 1
        if _ends_sentence(text, toks, i - 1):
            # closing quotes and brackets stay with the sentence they end
            while (
                i < n
                and (toks[i][2] in _CLOSERS or toks[i][2] in _SENTENCE_END)
                and "\n" not in text[toks[i - 1][1] : toks[i][0]]
            ):
                i += 1
            out.append((toks[begin][0], toks[i - 1][1]))
            begin = None
    if begin is not None:
        out.append((toks[begin][0], toks[n - 1][1]))
    return out


def split_sentences(text: str) -> list[Span]:
    """The sentences of ``text`` as spans (leading/trailing blanks excluded)."""
    return [Span(a, b, text[a:b]) for a, b in sentence_offsets(text)]
