"""Words and punctuation marks, with offsets into the text they were read from."""

from __future__ import annotations

import re
from typing import NamedTuple

__all__ = ["Token", "TOKEN_PATTERN", "tokenize", "is_capitalised"]

# A word: letters/digits joined by hyphens, apostrophes or inner dots
# ("Iran-backed", "Lebanon's", "al-Assad", "U.S.", "2.5"); anything else is one
# punctuation character.
TOKEN_PATTERN = re.compile(
    r"(?:[A-Za-z]\.){2,}"  # initialisms: U.S., U.N.
    r"|\d{1,3}(?:,\d{3})+(?:\.\d+)?"  # 1,200 and 10,000.5: one number, not a clause boundary
    r"|[^\W_]+(?:[-'’.][^\W_]+)*(?:['’]s?)?"
    r"|[^\w\s]|_",  # "_" stands for a dash in wire copy
    re.UNICODE,
)


class Token(NamedTuple):
    """One word or punctuation mark: offsets, the text, its lower-case form, and whether it is a
    word (``is_word``: letters or digits; False for punctuation).

    (A named tuple: every sentence of every article is cut into these, so they must be cheap;
    ``is_word`` is read several times a token, so it is found once, when the token is cut.)
    """

    start: int
    end: int
    text: str
    lower: str
    is_word: bool


def tokenize(text: str, start: int = 0, end: int | None = None) -> tuple[Token, ...]:
    """The words and punctuation marks of ``text[start:end]``, with offsets into ``text``."""
    stop = len(text) if end is None else end
    piece = text[start:stop]
    low = piece.lower()
    if len(low) != len(piece) or "Σ" in piece:
        # a letter whose lower case is longer ("İ"), or one whose lower case depends on the letters
        # around it (the Greek capital sigma, final or not): one token at a time
        return tuple(
            _new(Token, (m.start(), m.end(), g, g.lower().replace("’", "'"), g[:1].isalnum()))
            for m in TOKEN_PATTERN.finditer(text, start, stop)
            for g in (m.group(),)
        )
    # otherwise lower() maps each character to one, whatever stands around it: a token's lower case
    # is its stretch of the lower-cased text
    low = low.replace("’", "'")
    out = []
    for m in TOKEN_PATTERN.finditer(text, start, stop):
        a, b = m.span()
        g = m.group()
        out.append(_new(Token, (a, b, g, low[a - start : b - start], g[:1].isalnum())))
    return tuple(out)


# ``Token(a, b, t, l, w)`` without the named tuple's own ``__new__`` in between: the same value
_new = tuple.__new__


def is_capitalised(tok: Token) -> bool:
    """True when the word starts with a capital letter."""
    return tok.text[:1].isupper()
