"""The library's exception hierarchy.

Every failure the public API raises on purpose is a ``ConflictTimelineError``;
the subclasses also derive from the built-in exception a caller would expect
(``ValueError``, ``TypeError``) so existing ``except`` clauses keep working.
"""

from __future__ import annotations

__all__ = [
    "ConflictTimelineError",
    "InvalidPublicationDate",
    "InvalidInput",
    "MissingPublicationDate",
    "TimeMLError",
    "CalendarOverflow",
]


class ConflictTimelineError(Exception):
    """Base class of every error raised by ``conflict_timeline``."""


class InvalidPublicationDate(ConflictTimelineError, ValueError):
    """The publication date cannot be parsed or is not a real calendar date."""

    def __init__(self, value: object, reason: str = "") -> None:
        self.value = value
        detail = f": {reason}" if reason else ""
        super().__init__(f"invalid publication date {value!r}{detail}")


class MissingPublicationDate(InvalidPublicationDate):
    """An article was given without a publication date to resolve against."""

    def __init__(self, message: str = "no publication date given: pass published='YYYY-MM-DD'") -> None:
        self.value = None
        ValueError.__init__(self, message)


class InvalidInput(ConflictTimelineError, TypeError):
    """An argument has the wrong type (for example text that is not a ``str``)."""


class TimeMLError(ConflictTimelineError, ValueError):
    """A TimeML document cannot be read."""


class CalendarOverflow(ConflictTimelineError, ValueError):
    """A computed date would fall outside the calendar (before year 1 or after 9999)."""
