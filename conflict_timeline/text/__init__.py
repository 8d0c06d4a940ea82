"""The text layer: tokens, sentences, clauses, tense and markup, one implementation of each.

Every stage after it (time expressions, events) reads the same :class:`TextLayer`, so a sentence,
a clause or a tense is decided in one place. Offsets always point into the text read; the layer maps
them back to the caller's original text when markup was taken out.
"""

from __future__ import annotations

from .clauses import Clause, clauses
from .layer import Markup, TextLayer, read_text
from .markup import OffsetMap, strip_markup
from .sentences import split_sentences
from .tense import (
    Tense,
    context_tense,
    past_perfect_before,
    present_perfect_around,
    present_perfect_before,
    verb_tense,
)
from .tokens import Token, is_capitalised, tokenize

__all__ = [
    "Clause",
    "Markup",
    "OffsetMap",
    "Tense",
    "TextLayer",
    "Token",
    "clauses",
    "context_tense",
    "is_capitalised",
    "past_perfect_before",
    "present_perfect_before",
    "present_perfect_around",
    "read_text",
    "split_sentences",
    "strip_markup",
    "tokenize",
    "verb_tense",
]
