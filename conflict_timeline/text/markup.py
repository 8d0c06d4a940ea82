"""Markdown and HTML markup as text for analysis, through an offset map.

Scraped pages and Markdown articles carry markup that hides words from the rules ("Rebels
**seized** Aleppo", "[Aleppo](https://...)", "## Fuel depot blast", "> quoted lines"). The text
layer analyses the text with the markup taken out and maps every offset back, so each result still
points into the original text. Only markup is taken out; a word is never changed or moved.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

import attrs

from ..model import Span

__all__ = ["OffsetMap", "strip_markup"]


@attrs.frozen(slots=True)
class OffsetMap:
    """Offsets of the analysis text -> offsets of the original text.

    The analysis text is the original with some stretches left out; ``runs`` holds, for each kept
    stretch, its first offset in the analysis text and in the original, in order.
    """

    analysis_starts: tuple[int, ...]
    original_starts: tuple[int, ...]

    def original(self, offset: int) -> int:
        """The original offset of the character at ``offset`` of the analysis text."""
        k = bisect.bisect_right(self.analysis_starts, offset) - 1
        return self.original_starts[k] + offset - self.analysis_starts[k]

    def original_end(self, end: int) -> int:
        """The original offset just after the character before ``end`` (an exclusive end)."""
        return self.original(end - 1) + 1 if end > 0 else 0

    def span(self, span: Span, original: str) -> Span:
        """``span`` of the analysis text as the span of the original text that holds it."""
        start, end = self.original(span.start), self.original_end(span.end)
        return Span(start, end, original[start:end])


# Each pattern matches one piece of markup; the groups named ``keep`` hold the words it wraps.
_MARKUP = re.compile(
    r"(?m)"
    r"^[ \t]{0,3}(?:[-*_][ \t]*){3,}$"  # a horizontal rule
    r"|^[ \t]{0,3}#{1,6}[ \t]+"  # a heading's hashes
    r"|^[ \t]{0,3}(?:>[ \t]?)+"  # a block quote's marks
    r"|^[ \t]{0,3}[*+-][ \t]+(?=\S)"  # a list bullet
    r"|!?\[(?P<keep>[^\[\]\n]{1,300})\]\([^()\s]{0,500}(?:[ \t]+\"[^\"\n]{0,200}\")?\)"  # [text](url), ![alt](url)
    r"|(?<![\w*])\*\*(?=\S)(?P<keep2>[^*\n]{1,300}?)(?<=\S)\*\*(?![\w*])"  # **strong**
    r"|(?<![\w_])__(?=\S)(?P<keep3>[^_\n]{1,300}?)(?<=\S)__(?![\w_])"  # __strong__
    r"|(?<![\w*])\*(?=[^\s*])(?P<keep4>[^*\n]{1,300}?)(?<=[^\s*])\*(?![\w*])"  # *emphasis*
    r"|`(?P<keep5>[^`\n]{1,300})`"  # `code`
    r"|</?[A-Za-z][A-Za-z0-9-]{0,20}(?:\s[^<>\n]{0,300})?/?>"  # an HTML tag
)
_KEEP = ("keep", "keep2", "keep3", "keep4", "keep5")
# A cheap test first: most news text holds none of these characters' combinations.
_ANY_MARKUP = re.compile(r"(?m)\*\*|__|\]\(|`|</?[A-Za-z]|^[ \t]{0,3}(?:#{1,6}[ \t]|>|[*+-][ \t]|[-*_]{3})|\*\S")


# Where a piece of markup can start: a line's start, or one of the characters that open the others.
# Trying ``_MARKUP`` only there finds what ``_MARKUP.finditer`` finds, without running its eleven
# branches at every character of the text.
_MARKUP_START = re.compile(r"(?m)^|[!\[*_`<]")


def _markup_matches(text: str) -> Iterator[re.Match[str]]:
    """The matches of ``_MARKUP.finditer(text)``, tried only where one can start."""
    pos, length = 0, len(text)
    find, match = _MARKUP_START.search, _MARKUP.match
    while pos <= length:
        start = find(text, pos)
        if start is None:
            return
        m = match(text, start.start())
        if m is None:
            pos = start.start() + 1
        else:
            yield m
            pos = m.end()


def strip_markup(text: str) -> tuple[str, OffsetMap | None]:
    """``text`` without its markup, and the map back to ``text`` (``None`` when nothing was taken out)."""
    if _ANY_MARKUP.search(text) is None:
        return text, None
    kept: list[tuple[int, int]] = []  # stretches of the original kept, in order
    pos = 0
    for m in _markup_matches(text):
        kept.append((pos, m.start()))
        inner = next((name for name in _KEEP if m.group(name) is not None), None)
        if inner is not None:
            kept.append(m.span(inner))
        pos = m.end()
    kept.append((pos, len(text)))
    kept = [(a, b) for a, b in kept if b > a]
    if len(kept) == 1 and kept[0] == (0, len(text)):
        return text, None
    analysis_starts, original_starts, parts = [], [], []
    length = 0
    for a, b in kept:
        analysis_starts.append(length)
        original_starts.append(a)
        parts.append(text[a:b])
        length += b - a
    if not parts:
        return "", None
    return "".join(parts), OffsetMap(tuple(analysis_starts), tuple(original_starts))
