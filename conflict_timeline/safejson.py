"""One guarded JSON parser for everything read from outside: JSON Lines, sidecars, timeline documents.

The standard parser turns some hostile inputs into exceptions other than a
decoding error (``RecursionError`` for deep nesting, ``ValueError`` past the
int-string limit) or accepts what is not JSON (``NaN``); :func:`loads_untrusted`
refuses each with a plain ``ValueError`` whose message the readers put in their
own typed errors. A leaf module: it imports nothing else of the package.
"""

from __future__ import annotations

import json as _json
import re
from typing import Any

__all__ = ["MAX_DEPTH", "MAX_DIGITS", "loads_untrusted"]

#: Nesting deeper than this is refused before parsing: no document of the timeline schema nests past 6,
#: and no article record past 2.
MAX_DEPTH = 64
#: Digits in one JSON integer past which it is refused: Python's default int-string limit.
MAX_DIGITS = 4300
# a string whole (brackets inside it do not nest; an unterminated one runs to the end, so that
# no quote is scanned twice), or one bracket
_JSON_TOKEN = re.compile(r'"(?:[^"\\]|\\.)*"?|[\[\]{}]')


def _too_deep(text: str) -> bool:
    """True when the JSON nests deeper than :data:`MAX_DEPTH`; linear, strings skipped by the regex engine."""
    if text.count("[") + text.count("{") <= MAX_DEPTH:
        return False
    depth = 0
    for m in _JSON_TOKEN.finditer(text):
        ch = m.group()
        if ch in "[{":
            depth += 1
            if depth > MAX_DEPTH:
                return True
        elif ch in "]}":
            depth -= 1
    return False


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a JSON value")


def _bounded_int(digits: str) -> int:
    if len(digits.lstrip("-")) > MAX_DIGITS:  # int() would raise, whatever sys.set_int_max_str_digits says
        raise ValueError(f"a number of {len(digits.lstrip('-')):,} digits is too long")
    return int(digits)


def loads_untrusted(text: str) -> Any:
    """``json.loads`` for text from outside: every failure is a ``ValueError`` with a plain message.

    Refuses what the standard parser would turn into another exception or an
    unbounded cost: nesting deeper than :data:`MAX_DEPTH` (``RecursionError``),
    integers of more than :data:`MAX_DIGITS` digits (the int-string limit), and
    ``NaN``/``Infinity``, which are not JSON.
    """
    if _too_deep(text):
        raise ValueError(f"nested more than {MAX_DEPTH} levels deep")
    try:
        return _json.loads(text, parse_int=_bounded_int, parse_constant=_refuse_constant)
    except _json.JSONDecodeError as exc:
        raise ValueError(f"not JSON: {exc.msg} (line {exc.lineno}, column {exc.colno})") from None
    except RecursionError:  # a guard behind the depth check, should the limit ever be raised
        raise ValueError("nested too deeply") from None
