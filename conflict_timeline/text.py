"""Text helpers for the event stage: words, sentences and clauses, all with offsets.

Nothing here changes the text: every piece is a pair of character offsets into
the original string, so ``text[s.start:s.end] == s.text`` always holds. One
regular-expression pass finds the words; sentences and clauses are cut from
that list of words, so the whole module is linear in the length of the text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import attrs

from .lexicon.event_words import (
    ABBREVIATIONS,
    AUXILIARIES,
    CLAUSE_OPENERS,
    HAVE_FORMS,
    IRREGULAR_PAST,
    NOT_VERB_ED,
    PAST_AUX,
    PRESENT_AUX,
)
from .model import Span

__all__ = [
    "Token",
    "tokenize",
    "split_sentences",
    "Clause",
    "clauses",
    "Tense",
    "tense_at",
    "is_capitalised",
]

# A word: letters/digits joined by hyphens, apostrophes or inner dots
# ("Iran-backed", "Lebanon's", "al-Assad", "U.S.", "2.5"); anything else is one
# punctuation character.
_TOKEN = re.compile(
    r"(?:[A-Za-z]\.){2,}"  # initialisms: U.S., U.N.
    r"|\d{1,3}(?:,\d{3})+(?:\.\d+)?"  # 1,200 and 10,000.5: one number, not a clause boundary
    r"|[^\W_]+(?:[-'’.][^\W_]+)*(?:['’]s?)?"
    r"|[^\w\s]|_",  # "_" stands for a dash in wire copy
    re.UNICODE,
)

_SENTENCE_END = frozenset(".!?")
_CLOSERS = frozenset("\"'”’)]»")


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
    pattern = _TOKEN
    stop = len(text) if end is None else end
    out = []
    for m in pattern.finditer(text, start, stop):
        tok = m.group()
        lower = tok.lower().replace("’", "'")
        out.append(Token(m.start(), m.end(), tok, lower))
    return tuple(out)


def is_capitalised(tok: Token) -> bool:
    """True when the word starts with a capital letter."""
    return tok.text[:1].isupper()


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


def split_sentences(text: str) -> list[Span]:
    """The sentences of ``text`` as spans (leading/trailing blanks excluded).

    A sentence ends at ".", "!" or "?" followed by a blank and a capital,
    digit or quote (not after an abbreviation such as "Gen." or "Nov."), and at
    every line break: news text has one paragraph or headline per line.
    """
    tokens = tokenize(text)
    spans: list[Span] = []
    begin: int | None = None
    last_end = 0
    i, n = 0, len(tokens)
    while i < n:
        tok = tokens[i]
        if begin is not None and "\n" in text[last_end : tok.start]:
            spans.append(Span(begin, last_end, text[begin:last_end]))
            begin = None
        if begin is None:
            begin = tok.start
        last_end = tok.end
        i += 1
        if _ends_sentence(text, tokens, i - 1):
            # closing quotes and brackets stay with the sentence they end
            while (
                i < n
                and (tokens[i].text in _CLOSERS or tokens[i].text in _SENTENCE_END)
                and "\n" not in text[last_end : tokens[i].start]
            ):
                last_end = tokens[i].end
                i += 1
            spans.append(Span(begin, last_end, text[begin:last_end]))
            begin = None
    if begin is not None:
        spans.append(Span(begin, last_end, text[begin:last_end]))
    return spans


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


class Tense:
    """Tense/aspect labels returned by :func:`tense_at` (plain strings)."""

    PRESENT_PERFECT = "PRESENT_PERFECT"
    PAST_PERFECT = "PAST_PERFECT"
    PAST = "PAST"
    PRESENT = "PRESENT"
    FUTURE = "FUTURE"
    NONE = "NONE"


def tense_at(tokens: Sequence[Token], i: int, floor: int = 0) -> str:
    """The tense of the verb group ending at ``tokens[i]`` (a verb trigger).

    Looks back over adverbs and auxiliaries ("has reportedly decided", "had
    been seized", "will attack") no further than ``floor``. A verb without
    auxiliary is PAST when it has a past form ("seized", "fell"), else
    PRESENT; a noun trigger gives NONE (the caller decides).
    """
    word = tokens[i].lower
    j = i - 1
    aux: list[str] = []
    while j >= floor:
        w = tokens[j].lower
        if w in AUXILIARIES or w.endswith("n't") or w in {"not", "never"}:
            aux.append(w)
        elif w.endswith("ly") or w in {
            "also",
            "already",
            "just",
            "still",
            "now",
            "reportedly",
            "since",
            "then",
            "ever",
        }:
            pass
        else:
            break
        j -= 1
    aux.reverse()
    for _k, a in enumerate(aux):
        if a in {"will", "shall", "'ll", "wo"}:
            return Tense.FUTURE
        if a in HAVE_FORMS:
            return Tense.PAST_PERFECT if a in {"had", "'d"} else Tense.PRESENT_PERFECT
    if aux:
        first = aux[0]
        if first in PAST_AUX:
            return Tense.PAST
        if first in PRESENT_AUX:
            return Tense.PRESENT
        return Tense.NONE  # a modal or a bare "be": no tense of its own
    if word in IRREGULAR_PAST or (word.endswith("ed") and word not in NOT_VERB_ED):
        return Tense.PAST
    if word.endswith("s") and not word.endswith("ss"):
        return Tense.PRESENT  # third person: "the army controls"
    return Tense.NONE  # a bare form or a participle: infinitive, imperative, gerund
