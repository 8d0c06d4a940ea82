"""The text layer: an article's text as every later stage reads it, prepared once.

:func:`read_text` takes the original text and returns a :class:`TextLayer`: the text for analysis
(the original with its markup taken out, see :mod:`.markup`), its tokens, its sentences and its
paragraph breaks. The temporal and event stages read these instead of splitting the text again, and
the pipeline maps every offset of their results back into the original text.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from typing import Literal

import attrs

from ..model import Span
from .markup import OffsetMap, strip_markup
from .sentences import sentence_token_ranges
from .tokens import Token, tokenize

__all__ = ["TextLayer", "Markup", "read_text"]

#: How markup is treated: ``auto`` takes out Markdown and HTML markup where the text holds some;
#: ``plain`` reads the text as it is.
Markup = Literal["auto", "plain"]

_PARAGRAPH = re.compile("\n\n")


@attrs.frozen(slots=True)
class TextLayer:
    """An article's text prepared for analysis.

    ``text`` is what the stages read; ``original`` what the caller gave; ``offsets`` maps offsets of
    ``text`` back to ``original`` (``None`` when they are the same). ``tokens`` are the words and
    marks of ``text``; ``sentence_ranges`` the sentences as token index ranges; ``sentences`` the same
    as spans of ``text``; ``paragraph_breaks`` the offsets of every blank line ("\\n\\n").
    """

    original: str
    text: str
    offsets: OffsetMap | None
    tokens: tuple[Token, ...]
    sentence_ranges: tuple[tuple[int, int], ...]
    sentences: tuple[Span, ...]
    paragraph_breaks: tuple[int, ...]
    _sentence_starts: tuple[int, ...] = attrs.field(repr=False)

    def sentence_at(self, offset: int) -> tuple[int, int]:
        """The offsets of the sentence that holds ``offset`` (between sentences: the one before it;
        before the first: the text's start to that sentence's end)."""
        k = bisect.bisect_right(self._sentence_starts, offset) - 1
        if k < 0:
            return (0, self.sentences[0].end) if self.sentences else (0, len(self.text))
        s = self.sentences[k]
        return s.start, s.end

    def sentence_tokens(self) -> Iterator[tuple[Span, tuple[Token, ...]]]:
        """Each sentence with its tokens, in order."""
        for span, (first, last) in zip(self.sentences, self.sentence_ranges, strict=True):
            yield span, self.tokens[first:last]

    def paragraph_breaks_between(self, start: int, end: int) -> int:
        """How many blank lines lie wholly inside ``text[start:end]``."""
        if end - start < 2:
            return 0
        return bisect.bisect_right(self.paragraph_breaks, end - 2) - bisect.bisect_left(self.paragraph_breaks, start)

    def to_original_offsets(self, start: int, end: int) -> tuple[int, int]:
        """Offsets ``start``/``end`` of ``text`` as offsets of ``original``."""
        if self.offsets is None:
            return start, end
        return self.offsets.original(start), self.offsets.original_end(end)

    def to_original(self, span: Span) -> Span:
        """A span of ``text`` as the span of ``original`` that holds the same words."""
        return span if self.offsets is None else self.offsets.span(span, self.original)


def read_text(original: str, markup: Markup = "auto") -> TextLayer:
    """Prepare ``original`` for analysis: take out markup, find tokens, sentences and paragraphs."""
    text, offsets = strip_markup(original) if markup == "auto" else (original, None)
    tokens = tokenize(text)
    ranges = tuple(sentence_token_ranges(text, tokens))
    sentences = tuple(
        Span(tokens[a].start, tokens[b - 1].end, text[tokens[a].start : tokens[b - 1].end]) for a, b in ranges
    )
    breaks = tuple(m.start() for m in _PARAGRAPH.finditer(text))
    return TextLayer(original, text, offsets, tokens, ranges, sentences, breaks, tuple(s.start for s in sentences))
