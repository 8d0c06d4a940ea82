"""Regular expressions rewritten for Python's engine, matching exactly what they matched before.

The rules, the tense cues and the tokenizer are long alternations of words, many of them
case-insensitive ("(?i:about|around|at least|...)"). Python's engine tries the branches of an
alternation one after the other, and a branch whose first character is case-insensitive cannot be
skipped on a one-character test, so each position of the text costs a call per branch. Two
rewrites of the parsed pattern remove most of that work without changing a single match:

- **Case spelt out.** A case-insensitive letter becomes the class of the characters the engine
  takes for it (``(?i)k`` matches "k", "K" and the Kelvin sign; ``i`` also the dotted and dotless
  I; ``s`` the long s): a class the engine tests in one step. Only ASCII letters are spelt out; a
  part holding anything else stays case-insensitive.
- **Branches as a trie.** Branches that begin with the same character are joined
  ("about|around" -> "a(?:bout|round)"), so a character that starts none of them is dismissed once.
  A branch moves up to its first sibling only past branches whose first characters differ from its
  own (those could never match where it does), so the engine still tries, at any position, the
  same branches in the same order.

:func:`compile_fast` applies both and returns the compiled rewrite, whose groups are those of the
original (same names, same numbers); anything it does not know how to rewrite (or a Python whose
parser it cannot read) leaves the pattern as it was. ``tests/test_fastre.py`` checks, for every
pattern of the library, that the rewrite finds the same matches with the same groups.
"""

from __future__ import annotations

import functools
import importlib
import re
from typing import Any

_C: Any
_P: Any
try:  # the parser of Python's own ``re`` (3.11+), then its older name
    _C, _P = importlib.import_module("re._constants"), importlib.import_module("re._parser")
except ImportError:  # pragma: no cover - Python 3.10
    _C, _P = importlib.import_module("sre_constants"), importlib.import_module("sre_parse")

__all__ = ["compile_fast", "rewrite", "required_characters", "required_words", "WORD_TEST_BREAKERS", "REWRITTEN"]

#: Every pattern :func:`compile_fast` rewrote, as (the pattern as written, its flags, its rewrite):
#: the tests check that each matches as the pattern as written.
REWRITTEN: list[tuple[str, int, re.Pattern[str]]] = []

# The characters other than a letter's two cases that Python's case-insensitive matching takes for
# it (found by trying every code point: tests/test_fastre.py checks this table).
_CASE_EXTRAS = {"i": "\u0130\u0131", "k": "\u212a", "s": "\u017f"}
_IGNORECASE = _C.SRE_FLAG_IGNORECASE
_FLAG_LETTERS = {_C.SRE_FLAG_IGNORECASE: "i", _C.SRE_FLAG_MULTILINE: "m", _C.SRE_FLAG_DOTALL: "s"}
_CATEGORIES = {
    _C.CATEGORY_DIGIT: r"\d",
    _C.CATEGORY_NOT_DIGIT: r"\D",
    _C.CATEGORY_SPACE: r"\s",
    _C.CATEGORY_NOT_SPACE: r"\S",
    _C.CATEGORY_WORD: r"\w",
    _C.CATEGORY_NOT_WORD: r"\W",
}
_AT = {
    _C.AT_BEGINNING: "^",
    _C.AT_END: "$",
    _C.AT_BEGINNING_STRING: r"\A",
    _C.AT_END_STRING: r"\Z",
    _C.AT_BOUNDARY: r"\b",
    _C.AT_NON_BOUNDARY: r"\B",
}
_CLASS_SPECIAL = frozenset("\\]^-[")

Items = list[tuple[Any, Any]]


class _Unknown(Exception):
    """A construct the rewrite leaves alone."""


@functools.cache
def _cases(code: int) -> tuple[int, ...] | None:
    """The code points ``(?i)`` takes for ``chr(code)``, or ``None`` when that is not known here."""
    ch = chr(code)
    if not ch.isascii():
        return None
    if not ch.isalpha():
        return (code,)
    low = ch.lower()
    return tuple(sorted({ord(low), ord(low.upper()), *(ord(x) for x in _CASE_EXTRAS.get(low, ""))}))


# --- case spelt out ------------------------------------------------------------------------------


def _uncase_class(items: Items) -> Items:
    out: Items = []
    for op, av in items:
        if op is _C.LITERAL:
            cases = _cases(av)
            if cases is None:
                raise _Unknown
            out += [(_C.LITERAL, c) for c in cases]
        elif op is _C.RANGE:
            lo, hi = av
            if hi > 127:
                raise _Unknown
            for code in range(lo, hi + 1):
                out += [(_C.LITERAL, c) for c in _cases(code) or ()]
        elif op is _C.CATEGORY and av in _CATEGORIES:
            out.append((op, av))  # every category holds a character exactly when it holds its lower case
        elif op is _C.NEGATE:
            out.append((op, av))
        else:
            raise _Unknown
    return out


def _uncase(items: Items) -> Items:
    """``items`` (matched case-insensitively) as case-sensitive items that match the same."""
    out: Items = []
    for op, av in items:
        if op in (_C.LITERAL, _C.NOT_LITERAL):
            cases = _cases(av)
            if cases is None:
                raise _Unknown
            if len(cases) == 1:
                out.append((op, av))
            else:
                negate = [(_C.NEGATE, None)] if op is _C.NOT_LITERAL else []
                out.append((_C.IN, negate + [(_C.LITERAL, c) for c in cases]))
        elif op is _C.IN:
            out.append((op, _uncase_class(av)))
        elif op is _C.BRANCH:
            out.append((op, (av[0], [_uncase(list(alt)) for alt in av[1]])))
        elif op is _C.SUBPATTERN:
            group, add, remove, sub = av
            if remove & _IGNORECASE:
                raise _Unknown
            out.append((op, (group, add & ~_IGNORECASE, remove, _uncase(list(sub)))))
        elif op in (_C.MAX_REPEAT, _C.MIN_REPEAT):
            lo, hi, sub = av
            out.append((op, (lo, hi, _uncase(list(sub)))))
        elif op in (_C.ASSERT, _C.ASSERT_NOT):
            direction, sub = av
            out.append((op, (direction, _uncase(list(sub)))))
        elif op in (_C.AT, _C.ANY):
            out.append((op, av))
        else:
            raise _Unknown
    return out


# --- branches as a trie --------------------------------------------------------------------------


def _first_set(item: tuple[Any, Any]) -> frozenset[int] | None:
    """The characters a one-character item matches, when it is a plain literal or class."""
    op, av = item
    if op is _C.LITERAL:
        return frozenset((av,))
    if op is _C.IN and all(i_op is _C.LITERAL for i_op, _ in av):
        return frozenset(code for _, code in av)
    return None


def _has_group(items: Items) -> bool:
    for op, av in items:
        if op is _C.SUBPATTERN and av[0] is not None:
            return True
        if op is _C.BRANCH and any(_has_group(list(alt)) for alt in av[1]):
            return True
        if op is _C.SUBPATTERN and _has_group(list(av[3])):
            return True
        if op in (_C.MAX_REPEAT, _C.MIN_REPEAT) and _has_group(list(av[2])):
            return True
        if op in (_C.ASSERT, _C.ASSERT_NOT) and _has_group(list(av[1])):
            return True
    return False


def _trie(alternatives: list[Items]) -> list[Items]:
    """The alternatives with those that start alike joined, in an order that tries, at any
    position, the same alternatives in the same order as before."""
    pending = [(alt, _first_set(alt[0]) if alt else None) for alt in alternatives]
    out: list[Items] = []
    while pending:
        (head, first), pending = pending[0], pending[1:]
        if first is None:
            out.append(head)
            continue
        alike: list[Items] = [head]
        rest: list[tuple[Items, frozenset[int] | None]] = []
        open_path = True  # every alternative passed so far starts with a character unlike ``first``
        for alt, its in pending:
            if open_path and its == first and (not rest or not _has_group(alt)):
                alike.append(alt)
                continue
            rest.append((alt, its))
            if its is None or its & first:
                open_path = False
        pending = rest
        if len(alike) == 1:
            out.append(head)
            continue
        tails = _trie([alt[1:] for alt in alike])
        if len(tails) == 1:
            out.append([head[0], *tails[0]])
        else:
            out.append([head[0], (_C.BRANCH, (None, tails))])
    return out


def _factor(items: Items, icase: bool = False) -> Items:
    """``items`` with every alternation as a trie and case spelt out where it can be (``icase``:
    the items are matched case-insensitively; their alternations are left as they are, since two
    different letters may then match the same character)."""
    out: Items = []
    for op, av in items:
        if op is _C.BRANCH:
            alternatives = [_factor(list(alt), icase) for alt in av[1]]
            if not icase:
                alternatives = _trie(alternatives)
            if len(alternatives) == 1:
                out += alternatives[0]
            else:
                out.append((op, (None, alternatives)))
        elif op is _C.SUBPATTERN:
            group, add, remove, sub = av
            body, inner = list(sub), (icase or bool(add & _IGNORECASE)) and not remove & _IGNORECASE
            if inner and not icase:
                try:
                    body, add, inner = _uncase(body), add & ~_IGNORECASE, False
                except _Unknown:
                    pass
            out.append((op, (group, add, remove, _factor(body, inner))))
        elif op in (_C.MAX_REPEAT, _C.MIN_REPEAT):
            lo, hi, sub = av
            out.append((op, (lo, hi, _factor(list(sub), icase))))
        elif op in (_C.ASSERT, _C.ASSERT_NOT):
            direction, sub = av
            out.append((op, (direction, _factor(list(sub), icase))))
        else:
            out.append((op, av))
    return out


# --- back to a pattern -------------------------------------------------------------------------


def _class_char(code: int) -> str:
    ch = chr(code)
    return "\\" + ch if ch in _CLASS_SPECIAL else re.escape(ch) if not ch.isprintable() else ch


def _write_class(items: Items) -> str:
    parts = []
    for op, av in items:
        if op is _C.NEGATE:
            parts.append("^")
        elif op is _C.LITERAL:
            parts.append(_class_char(av))
        elif op is _C.RANGE:
            parts.append(_class_char(av[0]) + "-" + _class_char(av[1]))
        elif op is _C.CATEGORY and av in _CATEGORIES:
            parts.append(_CATEGORIES[av])
        else:
            raise _Unknown
    return "[" + "".join(parts) + "]"


def _flags(add: int, remove: int) -> str:
    if (add | remove) & ~(_C.SRE_FLAG_IGNORECASE | _C.SRE_FLAG_MULTILINE | _C.SRE_FLAG_DOTALL):
        raise _Unknown
    on = "".join(letter for flag, letter in _FLAG_LETTERS.items() if add & flag)
    off = "".join(letter for flag, letter in _FLAG_LETTERS.items() if remove & flag)
    return on + ("-" + off if off else "")


def _write(items: Items, names: dict[int, str]) -> str:
    return "".join(_write_item(op, av, names) for op, av in items)


def _atomic(items: Items, names: dict[int, str]) -> str:
    """``items`` as one atom a quantifier can follow."""
    if len(items) == 1 and (items[0][0] in (_C.LITERAL, _C.IN, _C.ANY, _C.NOT_LITERAL, _C.SUBPATTERN)):
        return _write(items, names)
    return "(?:" + _write(items, names) + ")"


def _write_item(op: Any, av: Any, names: dict[int, str]) -> str:
    if op is _C.LITERAL:
        return re.escape(chr(av))
    if op is _C.NOT_LITERAL:
        return "[^" + _class_char(av) + "]"
    if op is _C.ANY:
        return "."
    if op is _C.IN:
        return _write_class(av)
    if op is _C.AT and av in _AT:
        return _AT[av]
    if op is _C.BRANCH:
        return "(?:" + "|".join(_write(list(alt), names) for alt in av[1]) + ")"
    if op is _C.SUBPATTERN:
        group, add, remove, sub = av
        body = _write(list(sub), names)
        if group is None:
            return f"(?{_flags(add, remove)}:{body})"
        if add or remove:
            raise _Unknown
        return f"(?P<{names[group]}>{body})" if group in names else f"({body})"
    if op in (_C.MAX_REPEAT, _C.MIN_REPEAT):
        lo, hi, sub = av
        many = hi == _C.MAXREPEAT
        quant = (
            "*"
            if (lo, many) == (0, True)
            else "+"
            if (lo, many) == (1, True)
            else "?"
            if (lo, hi) == (0, 1)
            else f"{{{lo},}}"
            if many
            else f"{{{lo}}}"
            if lo == hi
            else f"{{{lo},{hi}}}"
        )
        return _atomic(list(sub), names) + quant + ("?" if op is _C.MIN_REPEAT else "")
    if op in (_C.ASSERT, _C.ASSERT_NOT):
        direction, sub = av
        kind = ("=" if op is _C.ASSERT else "!") if direction == 1 else ("<=" if op is _C.ASSERT else "<!")
        return f"(?{kind}{_write(list(sub), names)})"
    raise _Unknown


def _rewrite(parsed: Any) -> tuple[str, int, dict[str, int]] | None:
    try:
        state = parsed.state
        items = list(parsed)
        top = state.flags & ~_C.SRE_FLAG_UNICODE
        if top & _IGNORECASE:
            items, top = _uncase(items), top & ~_IGNORECASE
        names = {number: name for name, number in state.groupdict.items()}
        body = _write(_factor(items), names)
        return (f"(?{_flags(top, 0)})" if top else "") + body, state.groups - 1, dict(state.groupdict)
    except (_Unknown, re.error, AttributeError, TypeError, ValueError, KeyError, IndexError):
        return None


def _parse(pattern: str, flags: int) -> Any:
    try:
        return _P.parse(pattern, flags)
    except (re.error, AttributeError, TypeError, ValueError, KeyError, IndexError):
        return None


def rewrite(pattern: str, flags: int = 0) -> str | None:
    """The rewritten source of ``pattern`` (see the module's docstring), or ``None`` when it holds
    something the rewrite does not handle."""
    parsed = _parse(pattern, flags)
    done = None if parsed is None else _rewrite(parsed)
    return None if done is None else done[0]


def compile_fast(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, rewritten to run faster and match exactly the same (the same
    spans, the same groups by name and by number); the pattern as it is where it cannot be.
    :func:`required_characters` of the result is known without parsing it again."""
    parsed = _parse(pattern, flags)
    done = None if parsed is None else _rewrite(parsed)
    compiled = None
    if done is not None:
        source, groups, names = done
        try:
            fast = re.compile(source)
        except re.error:
            fast = None
        if fast is not None and fast.groups == groups and fast.groupindex == names:
            REWRITTEN.append((pattern, flags, fast))
            compiled = fast
    if compiled is None:
        compiled = re.compile(pattern, flags)
    if parsed is not None:
        _NEEDS[compiled] = _needs(parsed)
    return compiled


# --- what every match holds ------------------------------------------------------------------------


def _one_of(op: Any, av: Any, icase: bool) -> frozenset[str] | None:
    """The characters a one-character item can match, when it is a literal or a class of literals."""
    codes: list[int] = []
    if op is _C.LITERAL:
        codes = [av]
    elif op is _C.IN and all(i_op in (_C.LITERAL, _C.RANGE) for i_op, _ in av):
        for i_op, i_av in av:
            codes += [i_av] if i_op is _C.LITERAL else list(range(i_av[0], i_av[1] + 1))
        if len(codes) > 256:
            return None
    else:
        return None
    if icase:
        cased = [_cases(c) for c in codes]
        if any(c is None for c in cased):
            return None
        codes = [x for c in cased for x in c or ()]
    return frozenset(chr(c) for c in codes)


def _required(items: Items, icase: bool) -> list[frozenset[str]]:
    """Sets of characters such that every match of ``items`` consumes one character of each."""
    out: list[frozenset[str]] = []
    for op, av in items:
        if op in (_C.LITERAL, _C.IN):
            one = _one_of(op, av, icase)
            if one is not None:
                out.append(one)
        elif op is _C.SUBPATTERN:
            _, add, remove, sub = av
            inner = (icase or bool(add & _IGNORECASE)) and not remove & _IGNORECASE
            out += _required(list(sub), inner)
        elif op is _C.BRANCH:
            # every alternative holds one of its own sets: the union of the smallest ones is held
            picks = [min(_required(list(alt), icase), key=len, default=None) for alt in av[1]]
            if picks and all(p is not None for p in picks):
                out.append(frozenset().union(*(p for p in picks if p is not None)))
        elif op in (_C.MAX_REPEAT, _C.MIN_REPEAT) and av[0] >= 1:
            out += _required(list(av[2]), icase)
        # lookarounds, anchors, back-references and anything else: nothing is consumed for sure
    return out


_NEEDS: dict[re.Pattern[str], list[frozenset[str]]] = {}


def _needs(parsed: Any) -> list[frozenset[str]]:
    try:
        return _required(list(parsed), bool(parsed.state.flags & _IGNORECASE))
    except (AttributeError, TypeError, ValueError, KeyError, IndexError):
        return []


def required_characters(pattern: re.Pattern[str]) -> list[frozenset[str]]:
    """Sets of characters such that every match of ``pattern`` consumes at least one character of
    each set: a text that lacks all the characters of one set holds no match (``[]`` when nothing
    is known). Lookarounds count for nothing: what they read is not part of the match."""
    found = _NEEDS.get(pattern)
    if found is None:
        parsed = _parse(pattern.pattern, pattern.flags & ~_C.SRE_FLAG_UNICODE)
        found = [] if parsed is None else _needs(parsed)
    return found


# --- words every match holds ---------------------------------------------------------------------

# Characters whose lower case is not the lower case of what case-insensitive matching takes them
# for ("İ" -> "i̇", "ı", "ſ"): in a text holding one, the words below say nothing.
WORD_TEST_BREAKERS = "\u0130\u0131\u017f"


def _lower_char(op: Any, av: Any) -> str | None:
    """The one lower-case ASCII character a one-character item matches (whatever its case), if it is one."""
    if op is _C.LITERAL:
        codes = [av]
    elif op is _C.IN and av and all(i_op is _C.LITERAL for i_op, _ in av):
        codes = [i_av for _, i_av in av]
    else:
        return None
    # (a text the words are tested on holds no breaker: a class's breakers match nothing there)
    lows = {chr(c).lower() for c in codes if chr(c) not in WORD_TEST_BREAKERS}
    low = lows.pop() if len(lows) == 1 else ""
    return low if len(low) == 1 and low.isascii() else None


def _word_sets(items: Items) -> list[frozenset[str]]:
    """Sets of lower-case strings such that every match of ``items``, lower-cased, holds one string
    of each set (a run of literal characters, a branch's alternatives)."""
    out: list[frozenset[str]] = []
    run = ""
    for op, av in items:
        ch = _lower_char(op, av)
        if ch is not None:
            run += ch
            continue
        if run:
            out.append(frozenset({run}))
            run = ""
        if op is _C.SUBPATTERN:
            out += _word_sets(list(av[3]))
        elif op is _C.BRANCH:
            picks = [_best(_word_sets(list(alt))) for alt in av[1]]
            if picks and all(p is not None for p in picks):
                out.append(frozenset().union(*(p for p in picks if p is not None)))
        elif op in (_C.MAX_REPEAT, _C.MIN_REPEAT) and av[0] >= 1:
            out += _word_sets(list(av[2]))
        # anything else (lookarounds, optional parts, classes, categories): nothing known
    if run:
        out.append(frozenset({run}))
    return out


def _best(sets: list[frozenset[str]]) -> frozenset[str] | None:
    """The set whose shortest string is the longest (the most telling test), if any."""
    return max(sets, key=lambda s: (min(len(w) for w in s), -len(s)), default=None)


def required_words(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Lower-case strings one of which every match of ``pattern`` holds, lower-cased: a text whose
    lower case holds none of them (and no character of :data:`WORD_TEST_BREAKERS`) holds no match.
    ``None`` when nothing is known. Lookarounds count for nothing (what they read is not matched)."""
    parsed = _parse(pattern.pattern, pattern.flags & ~_C.SRE_FLAG_UNICODE)
    if parsed is None:
        return None
    try:
        return _best([s for s in _word_sets(list(parsed)) if all(s)])
    except (AttributeError, TypeError, ValueError, KeyError, IndexError):
        return None
