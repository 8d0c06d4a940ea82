"""Changed copies of frozen values, made quickly.

``attrs.evolve`` reads the class's fields and every value by name on each call; the temporal stage
copies an expression or a span with one field changed once per expression (the narrative's time,
both ends of a range), and number tables hold thousands of expressions. :func:`replacer` does
that reading once per class and field: the copy is the same value ``attrs.evolve`` makes.
"""

from __future__ import annotations

import operator
from collections.abc import Callable
from typing import Any, TypeVar

import attrs

__all__ = ["replacer"]

T = TypeVar("T")


def replacer(cls: type[T], field: str) -> Callable[[T, Any], T]:
    """A function ``(value, new) -> copy of value with field = new`` for the attrs class ``cls``
    (whose fields are all set by position in ``__init__``, as the model's values are)."""
    fields = attrs.fields(cls)  # type: ignore[arg-type]
    if any(not f.init or f.kw_only or f.alias != f.name for f in fields):
        raise TypeError(f"{cls.__name__} has a field set otherwise than by position")
    names = [f.name for f in fields]
    read = operator.attrgetter(*names)
    k = names.index(field)

    def replace(value: T, new: Any) -> T:
        values = list(read(value))
        values[k] = new
        return cls(*values)

    replace.__doc__ = f"A copy of a {cls.__name__} with another {field}."
    return replace
