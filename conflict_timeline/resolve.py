"""Candidate spans + reference date -> resolved TIMEX3 values (stub, being written)."""
from __future__ import annotations

from .model import DateLike, TemporalExpression


def find_expressions(text: str, published: DateLike, *, day_first: bool = False) -> list[TemporalExpression]:
    return []


def resolve(phrase: str, published: DateLike, *, day_first: bool = False) -> TemporalExpression | None:
    return None
