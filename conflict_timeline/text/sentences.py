"""The one sentence splitter: every stage sees the same sentences.

A sentence ends at ".", "!" or "?" followed by a blank and a capital, digit or
quote (not after an abbreviation such as "Gen." or "Nov.", from
:data:`~conflict_timeline.lexicon.abbreviations.ABBREVIATIONS`), and at every
line break: news text has one paragraph or headline per line. Because a line
break always ends a sentence, each line can be split on its own, which lets
the text layer split only the lines a stage asks about.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

from ..lexicon.abbreviations import ABBREVIATIONS, SENTENCE_OPENERS
from ..model import Span
from .tokens import TOKEN_PATTERN

__all__ = ["split_sentences", "sentence_offsets"]

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
    stop = len(text) if end is None else end
    if "\n" not in text[start:stop].rstrip():
        if _INNER_END.search(text, start, stop) is None:
            edges = _EDGES.search(text, start, stop)  # one line that holds one sentence at most
            return [] if edges is None else [edges.span()]
        return _sentences_by_marks(text, start, stop)  # one line: only its marks need reading
    return _sentences_by_tokens(text, start, stop)


def _tokens(text: str, start: int, stop: int) -> list[_Tok]:
    return [(m.start(), m.end(), m.group()) for m in TOKEN_PATTERN.finditer(text, start, stop)]


_MARK = re.compile(r"[.!?]")
_NON_SPACE = re.compile(r"\S")


class _Chunks:
    """The tokens of one line, read only where asked, a blank-delimited chunk at a time (no token
    spans a blank, so a chunk's tokens are those a reading of the whole line finds in it)."""

    def __init__(self, text: str, start: int, stop: int) -> None:
        self.text, self.start, self.stop = text, start, stop
        self.cache: tuple[int, int, list[_Tok]] = (start, start, [])

    def around(self, pos: int) -> tuple[int, list[_Tok]]:
        """The tokens of the chunk that holds the character at ``pos``, and the chunk's end."""
        lo, hi, toks = self.cache
        if lo <= pos < hi:
            return hi, toks
        text = self.text
        lo = pos  # (each chunk is walked once, or twice when a later mark returns to it: linear)
        while lo > self.start and not text[lo - 1].isspace():
            lo -= 1
        hi = pos
        while hi < self.stop and not text[hi].isspace():
            hi += 1
        toks = _tokens(text, lo, hi)
        self.cache = (lo, hi, toks)
        return hi, toks

    def after(self, pos: int) -> Iterator[_Tok]:
        """The tokens from the first chunk at or after ``pos`` on."""
        while True:
            nxt = _NON_SPACE.search(self.text, pos, self.stop)
            if nxt is None:
                return
            pos, toks = self.around(nxt.start())
            yield from toks


def _sentences_by_marks(text: str, start: int, stop: int) -> list[tuple[int, int]]:
    """:func:`_sentences_by_tokens` of one line (no line break but at its end), reading only the
    tokens around its sentence marks: the same sentences, in the same way."""
    first = _NON_SPACE.search(text, start, stop)
    if first is None:
        return []
    chunks = _Chunks(text, start, stop)
    out: list[tuple[int, int]] = []
    begin = first.start()
    done = start  # marks before this were read (inside a sentence's closing marks)
    for found in _MARK.finditer(text, start, stop):
        p = found.start()
        if p < done:
            continue
        chunk_end, toks = chunks.around(p)
        k = next((k for k, tok in enumerate(toks) if tok[0] == p), -1)
        if k < 0 or toks[k][2] not in _SENTENCE_END:
            continue  # the mark is inside a word ("U.S.", "2.5")
        # the closing quotes, brackets and further marks after it; then the next token
        prev = toks[k - 1] if k > 0 else None
        last = toks[k]
        nxt: _Tok | None = None
        for tok in itertools.chain(toks[k + 1 :], chunks.after(chunk_end)):
            if tok[2] in _CLOSERS or tok[2] in _SENTENCE_END:
                last = tok
                continue
            nxt = tok
            break
        if not _mark_ends(text, toks[k][2], prev, toks[k], last, nxt):
            continue
        out.append((begin, last[1]))
        done = last[1]
        following = _NON_SPACE.search(text, done, stop)
        if following is None:
            return out
        begin = following.start()
    end = _EDGES.search(text, begin, stop)
    out.append((begin, end.end() if end is not None else begin))
    return out


def _mark_ends(text: str, mark: str, prev: _Tok | None, tok: _Tok, last: _Tok, nxt: _Tok | None) -> bool:
    """:func:`_ends_sentence` for the mark ``tok``: ``prev`` is the token before it in its chunk,
    ``last`` the last of the closing marks after it (or itself), ``nxt`` the token after those."""
    if nxt is None:
        return True
    gap = text[last[1] : nxt[0]]
    if not gap or not gap.isspace():
        return False
    word = nxt[2]
    if mark == "." and prev is not None and prev[1] == tok[0]:
        before = prev[2].lower().replace("’", "'")
        if before in ABBREVIATIONS or (len(before) == 1 and before.isalpha()):
            return "\n" in gap or (word[:1].isupper() and word.lower() in SENTENCE_OPENERS)
    return word[:1].isupper() or word[:1].isdigit() or word[:1] in _OPENERS or "\n" in gap


def _sentences_by_tokens(text: str, start: int, stop: int) -> list[tuple[int, int]]:
    """The sentences of ``text[start:stop]``, reading every token."""
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
