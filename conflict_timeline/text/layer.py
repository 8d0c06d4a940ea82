"""The text layer: an article's text as every later stage reads it.

:func:`read_text` takes the original text and returns a :class:`TextLayer`: the text for analysis
(the original with its markup taken out, see :mod:`.markup`) and, on demand, its sentences, their
tokens and its paragraph breaks. Sentences are cut line by line (a line break ends every sentence),
so a stage that asks about one place pays for one line; each line is cut once and remembered. The
temporal and event stages read these instead of splitting the text again, and the pipeline maps
every offset of their results back into the original text.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from typing import Literal

import attrs

from ..model import Span
from .markup import OffsetMap, strip_markup
from .sentences import sentence_offsets
from .tokens import Token, tokenize

__all__ = ["TextLayer", "Markup", "read_text"]

#: How markup is treated: ``auto`` takes out Markdown and HTML markup where the text holds some;
#: ``plain`` reads the text as it is.
Markup = Literal["auto", "plain"]

_PARAGRAPH = re.compile("\n\n")
_NEWLINE = re.compile("\n")


@attrs.define(slots=True, eq=False)
class TextLayer:
    """An article's text prepared for analysis.

    ``text`` is what the stages read; ``original`` what the caller gave; ``offsets`` maps offsets of
    ``text`` back to ``original`` (``None`` when they are the same). Sentences and tokens are found
    when first asked for and kept (the layer's answers never change: it holds only a cache).
    """

    original: str
    text: str
    offsets: OffsetMap | None
    _line_starts: tuple[int, ...] = attrs.field(repr=False)
    _paragraph_breaks: tuple[int, ...] | None = attrs.field(default=None, repr=False)
    _line_sentences: dict[int, tuple[tuple[int, int], ...]] = attrs.field(factory=dict, repr=False)
    _found: dict[re.Pattern[str], tuple[list[int], list[int]]] = attrs.field(factory=dict, repr=False)

    # -- sentences ------------------------------------------------------------
    def _sentences_of_line(self, k: int) -> tuple[tuple[int, int], ...]:
        found = self._line_sentences.get(k)
        if found is None:
            start = self._line_starts[k]
            end = self._line_starts[k + 1] if k + 1 < len(self._line_starts) else len(self.text)
            found = self._line_sentences[k] = tuple(sentence_offsets(self.text, start, end))
        return found

    def line_start(self, offset: int) -> int:
        """The offset where the line holding ``offset`` starts."""
        return self._line_starts[max(bisect.bisect_right(self._line_starts, offset) - 1, 0)]

    def sentence_at(self, offset: int) -> tuple[int, int]:
        """The offsets of the sentence that holds ``offset`` (in a blank between two sentences: the
        one before it; before a line's first sentence: from the line's start to that sentence's end)."""
        k = bisect.bisect_right(self._line_starts, offset) - 1
        spans = self._sentences_of_line(max(k, 0))
        if not spans:
            start = self._line_starts[max(k, 0)]
            return start, max(start, offset)
        i = bisect.bisect_right(spans, (offset, len(self.text) + 1)) - 1
        if i < 0:
            return self._line_starts[max(k, 0)], spans[0][1]
        return spans[i]

    def sentence_spans(self) -> Iterator[Span]:
        """Every sentence of the text, in order."""
        text = self.text
        for k in range(len(self._line_starts)):
            for a, b in self._sentences_of_line(k):
                yield Span(a, b, text[a:b])

    def sentence_tokens(self) -> Iterator[tuple[Span, tuple[Token, ...]]]:
        """Every sentence with its tokens, in order."""
        for span in self.sentence_spans():
            yield span, tokenize(self.text, span.start, span.end)

    @property
    def sentences(self) -> tuple[Span, ...]:
        """Every sentence of the text."""
        return tuple(self.sentence_spans())

    # -- words the text holds ----------------------------------------------------
    def holds(self, pattern: re.Pattern[str], start: int, end: int) -> bool:
        """Whether one of the matches of ``pattern.finditer(text)`` lies wholly inside
        ``text[start:end]`` (the matches are found once per pattern, on first use): a cheap test
        before a costlier pattern that can only match where this one does ("had" before a past
        perfect)."""
        found = self._found.get(pattern)
        if found is None:
            matches = list(pattern.finditer(self.text))
            found = self._found[pattern] = ([m.start() for m in matches], [m.end() for m in matches])
        starts, ends = found
        k = bisect.bisect_left(starts, max(start, 0))
        # matches do not overlap: the first one to start in reach is the first to end
        return k < len(starts) and ends[k] <= end

    # -- paragraphs -----------------------------------------------------------
    @property
    def paragraph_breaks(self) -> tuple[int, ...]:
        """The offsets of every blank line ("\\n\\n") of the text."""
        if self._paragraph_breaks is None:
            self._paragraph_breaks = tuple(m.start() for m in _PARAGRAPH.finditer(self.text))
        return self._paragraph_breaks

    def paragraph_breaks_between(self, start: int, end: int) -> int:
        """How many blank lines lie wholly inside ``text[start:end]``."""
        if end - start < 2:
            return 0
        breaks = self.paragraph_breaks
        return bisect.bisect_right(breaks, end - 2) - bisect.bisect_left(breaks, start)

    # -- back to the original ---------------------------------------------------
    def to_original_offsets(self, start: int, end: int) -> tuple[int, int]:
        """Offsets ``start``/``end`` of ``text`` as offsets of ``original``."""
        if self.offsets is None:
            return start, end
        return self.offsets.original(start), self.offsets.original_end(end)

    def to_original(self, span: Span) -> Span:
        """A span of ``text`` as the span of ``original`` that holds the same words."""
        return span if self.offsets is None else self.offsets.span(span, self.original)


def read_text(original: str, markup: Markup = "auto") -> TextLayer:
    """Prepare ``original`` for analysis: take out markup (``markup="auto"``) and index its lines."""
    text, offsets = strip_markup(original) if markup == "auto" else (original, None)
    line_starts = (0, *(m.end() for m in _NEWLINE.finditer(text)))
    return TextLayer(original, text, offsets, line_starts)
