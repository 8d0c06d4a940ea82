"""Timeline: construction, ordering, filtering, merging, bad input."""

from __future__ import annotations

import pytest

from conflict_timeline import Article, Timeline, build_timeline
from conflict_timeline.errors import InvalidInput, InvalidPublicationDate, MissingPublicationDate


def test_empty_timeline() -> None:
    tl = Timeline()
    assert len(tl) == 0 and list(tl) == [] and tl.undated == ()


@pytest.mark.parametrize(
    "call, error",
    [
        (lambda: build_timeline("Rebels seized Aleppo."), MissingPublicationDate),
        (lambda: build_timeline("Rebels seized Aleppo.", published="2024-13-45"), InvalidPublicationDate),
        (lambda: build_timeline(b"Rebels seized Aleppo.", published="2024-12-02"), InvalidInput),
        (lambda: build_timeline(42, published="2024-12-02"), InvalidInput),
        (lambda: build_timeline([Article("x", "2024-12-02"), 3]), InvalidInput),
        (lambda: Article("Rebels seized Aleppo."), MissingPublicationDate),
    ],
)
def test_bad_input_raises_typed_errors(call, error) -> None:
    with pytest.raises(error):
        call()
