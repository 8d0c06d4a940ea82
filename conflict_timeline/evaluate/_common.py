"""Helpers shared by the scorers: options, guarded calls, small readers of system output."""

from __future__ import annotations

import datetime as _dt
import enum
import functools
import inspect
import traceback
from collections.abc import Callable, Iterable, Mapping
from typing import Any, TypeVar

from ..errors import InvalidInput

#: ``tagger(text, published)`` -> objects with start, end, type, value (and mod, rule, text).
Tagger = Callable[[str, _dt.date], Iterable[Any]]
#: ``build(text, published=date)`` or ``build([Article, ...])`` -> a Timeline (or any iterable of events).
Builder = Callable[..., Any]
_F = TypeVar("_F", bound=Callable[..., Any])

CONTEXT = 40  # characters of context either side in error listings
MAX_TRIGGER = 60  # a system trigger longer than this is not an event mention (the reference scorer's rule)


def _str(x: object) -> str | None:
    """A value as a plain string (enums give their value)."""
    if x is None:
        return None
    return str(x.value) if isinstance(x, enum.Enum) else str(x)


def _name(x: object) -> str:
    """An enum member's name, anything else as a string: ``EventKind.BATTLE`` -> ``"BATTLE"``."""
    return str(getattr(x, "name", x))


def _ratio(num: int, den: int) -> float | None:
    return 100.0 * num / den if den else None


def with_options(fn: _F, options: Mapping[str, str]) -> _F:
    """``fn`` with the user's keyword ``options`` bound (``fn`` itself when there are none).

    Raises :class:`~conflict_timeline.errors.InvalidInput` when this version of ``fn`` has no such
    keyword, rather than scoring silently without it.
    """
    if not options:
        return fn
    params = inspect.signature(fn).parameters
    takes_any = any(p.kind is p.VAR_KEYWORD for p in params.values())
    unknown = [] if takes_any else [k for k in options if k not in params]
    if unknown:
        raise InvalidInput(f"{getattr(fn, '__name__', fn)} takes no {', '.join(unknown)} option in this version")
    return functools.partial(fn, **options)  # type: ignore[return-value]


def _guarded(call: Callable[[], Iterable[Any]]) -> tuple[tuple[Any, ...], str | None]:
    """The items ``call`` returns, or none and the traceback when it raised: one bad document
    is reported and scored as empty output instead of hiding the rest."""
    try:
        return tuple(call()), None
    except Exception:  # noqa: BLE001 - recorded and reported, never swallowed
        return (), traceback.format_exc()


def _build(build: Builder, *args: Any, **kwargs: Any) -> tuple[tuple[Any, ...], str | None]:
    """All the events ``build(*args, **kwargs)`` returns (see :func:`_guarded`)."""
    return _guarded(lambda: _events_of(build(*args, **kwargs)))


def _events_of(result: Any) -> tuple[Any, ...]:
    """Dated and undated events of a Timeline (or any iterable of events)."""
    every = getattr(result, "all_events", None)
    if every is None:
        every = [*result, *getattr(result, "undated", ())]
    return tuple(every)


def _value_of(event: Any) -> str | None:
    """A system event's TIMEX3 value (``None``: undated, or no event)."""
    when = getattr(event, "when", None)
    return None if when is None else _str(when.value)


def _overlap(a0: int, a1: int, b0: int, b1: int) -> int:
    return max(0, min(a1, b1) - max(a0, b0))
