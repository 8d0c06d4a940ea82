"""Clauses: the stretches of a sentence between clause boundaries."""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from ..lexicon.event_words import CLAUSE_OPENERS
from .tokens import Token

__all__ = ["Clause", "clauses"]


@attrs.frozen(slots=True)
class Clause:
    """A stretch of a sentence between clause boundaries, as token indices.

    ``first``/``last`` index the sentence's token list (``last`` exclusive);
    ``opener`` is the subordinating word or mark that began it ("", ",",
    "that", "while" ...).
    """

    first: int
    last: int
    opener: str = ""


def clauses(tokens: Sequence[Token]) -> list[Clause]:
    """Cut a sentence's tokens into clauses.

    Boundaries are commas, semicolons, colons, dashes and brackets, and the
    words that open a subordinate or relative clause (``CLAUSE_OPENERS``: "that",
    "which", "while", "after" ...). A comma directly before a participle
    ("..., killing 11 people") or "and"/"then" does not cut: the participle
    continues the clause it follows.
    """
    out: list[Clause] = []
    first = 0
    opener = ""
    n = len(tokens)
    apposition = False
    for i, tok in enumerate(tokens):
        cut_here = False
        new_opener = ""
        low = tok.lower
        if tok.is_word and low not in CLAUSE_OPENERS:
            continue  # most tokens: a word that opens nothing (no test below holds for it)
        if low in {",", ";", ":", "–", "—", "(", ")", '"', "“", "”", "_"} or (
            low == "-" and i > 0 and tokens[i - 1].end < tok.start
        ):
            nxt = tokens[i + 1].lower if i + 1 < n else ""
            if low == "," and _continues(nxt):
                continue
            if low == ",":
                # "Buffalo, N.Y., doctor": a place and its state are one name, not two clauses
                prev_cap = i > 0 and tokens[i - 1].text[:1].isupper()
                next_cap = i + 1 < n and tokens[i + 1].text[:1].isupper() and tokens[i + 1].lower not in CLAUSE_OPENERS
                if apposition and prev_cap:
                    apposition = False
                    continue
                if prev_cap and next_cap and i + 2 < n and tokens[i + 2].lower == "," and len(tokens[i + 1].text) <= 5:
                    apposition = True
                    continue
            cut_here, new_opener = True, low
        elif low in CLAUSE_OPENERS and i > first:
            cut_here, new_opener = True, low
        elif low in CLAUSE_OPENERS and i == first:
            opener = low  # "If the talks fail", ", when ...": the clause opens with it
            continue
        if not cut_here:
            continue
        if i > first:
            out.append(Clause(first, i, opener))
        first = i + 1 if not tok.is_word else i
        opener = new_opener
    if first < n:
        out.append(Clause(first, n, opener))
    return out


def _continues(word: str) -> bool:
    """A word after a comma that carries the previous clause on ("killing", "and")."""
    return word.endswith("ing") and len(word) > 5
