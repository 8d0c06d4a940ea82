"""Coverage-guided fuzz target (atheris) for find_expressions and resolve.

Input layout (so that seed files are readable and mutations stay meaningful):
bytes 0-2 are the publication date as a day ordinal (big-endian, taken modulo
the calendar: every value is a valid date from 0001-01-01 to 9999-12-31), byte
3 holds flags (bit 0: day-first numeric dates; bit 1: also ``resolve`` the text as one
phrase; bit 2: the text's first line is the publication date as a string, for
which ``InvalidPublicationDate`` is the one error allowed), the rest is the article text in UTF-8; invalid bytes become lone
surrogates (``surrogateescape``), which a Python ``str`` may well hold.

Run it (the seed corpus is built from the tests and ``seeds/``)::

    pip install -e '.[fuzz]'
    python fuzz/make_corpus.py /tmp/ct-corpus
    python fuzz/fuzz_find.py /tmp/ct-corpus -dict=fuzz/news.dict -runs=1000000 -max_len=2048

Any exception, or an answer that breaks the invariants (offsets inside the
text, sorted, non-overlapping, ``text[start:end] == expr.text``), is a
finding: libFuzzer writes the input to ``crash-<sha1>`` and stops; replay one
with ``python fuzz/fuzz_find.py crash-<sha1>`` and add it to
``tests/test_fuzz_regressions.py``.

To run on past findings (libFuzzer's ``-fork`` mode does not work with
atheris), set ``CT_FUZZ_FINDINGS=DIR``: each distinct failure (exception type
and the line it came from) is written once to ``DIR`` as the input and its
traceback, and fuzzing goes on.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import sys
import traceback
from pathlib import Path

if __name__ == "__main__" and any(a in ("-h", "--help") for a in sys.argv[1:]):
    # answered before importing atheris, so --help works where the [fuzz] extra is not installed
    print(__doc__)
    raise SystemExit(0)

import atheris  # noqa: E402

with atheris.instrument_imports(include=["conflict_timeline"]):  # noqa: E402
    from conflict_timeline import InvalidPublicationDate, TemporalExpression, find_expressions, resolve

MAX_ORDINAL = dt.date.max.toordinal()


def decode(data: bytes) -> tuple[dt.date, int, str] | None:
    """Split one fuzz input into (publication date, flags, text); None when too short."""
    if len(data) < 4:
        return None
    published = dt.date.fromordinal(int.from_bytes(data[:3], "big") % MAX_ORDINAL + 1)
    return published, data[3], data[4:].decode("utf-8", errors="surrogateescape")


def check(text: str, exprs: list[TemporalExpression]) -> None:
    """Raise AssertionError when the answer breaks an invariant."""
    previous_end = 0
    for e in exprs:
        if not (0 <= e.start < e.end <= len(text)):
            raise AssertionError(f"offsets {e.start}:{e.end} outside a text of {len(text)}")
        if e.start < previous_end:
            raise AssertionError(f"overlap or disorder at {e.start}")
        if text[e.start : e.end] != e.text:
            raise AssertionError(f"text[{e.start}:{e.end}] != {e.text!r}")
        previous_end = e.end


FINDINGS = os.environ.get("CT_FUZZ_FINDINGS")
_seen: set[tuple[str, str, int]] = set()  # per fuzzing process only: which failures were written


def _record(data: bytes, exc: BaseException) -> None:
    last = traceback.extract_tb(exc.__traceback__)[-1]
    key = (type(exc).__name__, Path(last.filename).name, last.lineno or 0)
    if key in _seen:
        return
    _seen.add(key)
    out = Path(FINDINGS or ".")
    out.mkdir(parents=True, exist_ok=True)
    name = f"finding-{key[0]}-{key[1]}-{key[2]}-{hashlib.sha1(data).hexdigest()[:12]}"
    (out / name).write_bytes(data)
    (out / (name + ".txt")).write_text("".join(traceback.format_exception(exc)), encoding="utf-8")
    print(f"\nFINDING {name}: {type(exc).__name__}: {exc}", file=sys.stderr)


def TestOneInput(data: bytes) -> None:
    """The fuzz entry point: one input, no exception allowed."""
    if FINDINGS is None:
        _one(data)
        return
    try:
        _one(data)
    except Exception as exc:  # recorded for the report, then fuzzing goes on
        _record(data, exc)


def _one(data: bytes) -> None:
    decoded = decode(data)
    if decoded is None:
        return
    published, flags, text = decoded
    if flags & 4:
        written, _, text = text.partition("\n")
        try:
            check(text, find_expressions(text, written, date_order="DMY" if flags & 1 else "MDY"))
        except InvalidPublicationDate:
            pass
        return
    check(text, find_expressions(text, published, date_order="DMY" if flags & 1 else "MDY"))
    if flags & 2 and len(text) <= 200:
        e = resolve(text, published, date_order="DMY" if flags & 1 else "MDY")
        if e is not None and not isinstance(e, TemporalExpression):
            raise AssertionError(f"resolve returned {type(e).__name__}")


def main() -> None:
    atheris.Setup(sys.argv, TestOneInput)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
