"""Sentences + time expressions -> typed events with provenance (being written)."""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterable

from .model import Event

__all__ = ["extract_events", "merge_events"]


def extract_events(text: str, published: _dt.date, *, source: str = "") -> list[Event]:
    """The events stated in one article (first cut: none yet)."""
    return []


def merge_events(events: Iterable[Event]) -> list[Event]:
    """Events reporting the same happening, merged (first cut: unchanged)."""
    return list(events)
