"""The library's exception hierarchy.

Every failure the public API raises on purpose is a ``ConflictTimelineError``;
the subclasses also derive from the built-in exception a caller would expect
(``ValueError``, ``TypeError``) so existing ``except`` clauses keep working.
"""

from __future__ import annotations

__all__ = [
    "ArticleTimeout",
    "CalendarOverflow",
    "ConflictTimelineError",
    "ConflictTimelineWarning",
    "InputFormatError",
    "InvalidInput",
    "InvalidPublicationDate",
    "MissingPublicationDate",
    "TextTooLong",
    "TimeMLError",
    "UnencodableTextWarning",
    "describe_value",
]


def describe_value(value: object, limit: int = 256) -> str:
    """``repr(value)`` cut to about ``limit`` characters, for messages about untrusted values.

    Never raises: an ``int`` past Python's int-to-string limit (4,300 digits) is
    described by its size, and a ``repr`` that fails is described by its type.
    """
    if isinstance(value, int) and not isinstance(value, bool) and value.bit_length() > 10_000:
        return f"<int of about {int(value.bit_length() * 0.30103):,} digits>"
    if isinstance(value, str):
        # cut the string itself, not its repr: escapes ("\\U0001f600") must not push its start out
        return repr(value[: limit // 2]) + ("..." if len(value) > limit // 2 else "")
    try:
        text = repr(value)
    except Exception:  # a hostile or broken __repr__ must not hide the real error
        return f"<{type(value).__name__}>"
    return text if len(text) <= limit else text[: limit - 3] + "..."


class ConflictTimelineError(Exception):
    """Base class of every error raised by ``conflict_timeline``."""


class InvalidPublicationDate(ConflictTimelineError, ValueError):
    """The publication date cannot be parsed or is not a real calendar date."""

    def __init__(self, value: object, reason: str = "") -> None:
        self.value = value
        detail = f": {reason}" if reason else ""
        super().__init__(f"invalid publication date {describe_value(value)}{detail}")


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


class InputFormatError(ConflictTimelineError, ValueError):
    """An input file or record cannot be read: not UTF-8, not JSON, nested too deeply, a number
    too long to read, front matter that is not valid YAML or TOML, or not a regular file.

    ``source`` names the file, and the line for a JSON Lines record (``"feed.jsonl:7"``).
    """

    def __init__(self, source: str, reason: str) -> None:
        self.source = source
        self.reason = reason
        super().__init__(f"{source}: {reason}")

    def __reduce__(self) -> tuple[object, ...]:  # both fields survive pickling (worker processes)
        return (type(self), (self.source, self.reason))


class TextTooLong(ConflictTimelineError, ValueError):
    """An article's text is longer than the ``max_chars`` a batch was given."""


class ArticleTimeout(ConflictTimelineError, TimeoutError):
    """Building one article's timeline took longer than the ``timeout`` a batch was given."""


class ConflictTimelineWarning(UserWarning):
    """Base class of the warnings ``conflict_timeline`` issues."""


class UnencodableTextWarning(ConflictTimelineWarning):
    """Text that cannot be encoded (a lone surrogate such as ``"\\ud800"``) was written as U+FFFD."""
