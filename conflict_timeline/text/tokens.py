"""Words and punctuation marks, with offsets into the text they were read from."""

from __future__ import annotations

import re

import attrs

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


@attrs.frozen(slots=True)
class Token:
    """One word or punctuation mark: offsets, the text, and its lower-case form."""

    start: int
    end: int
    text: str
    lower: str

    @property
    def is_word(self) -> bool:
        """True for a word (letters or digits), False for punctuation."""
        return self.text[:1].isalnum()


def tokenize(text: str, start: int = 0, end: int | None = None) -> tuple[Token, ...]:
    """The words and punctuation marks of ``text[start:end]``, with offsets into ``text``."""
    stop = len(text) if end is None else end
    out = []
    for m in TOKEN_PATTERN.finditer(text, start, stop):
        tok = m.group()
        out.append(Token(m.start(), m.end(), tok, tok.lower().replace("’", "'")))
    return tuple(out)


def is_capitalised(tok: Token) -> bool:
    """True when the word starts with a capital letter."""
    return tok.text[:1].isupper()
