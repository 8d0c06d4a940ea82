"""Coverage-guided fuzz target (atheris): the engine, the timeline, every export and every reader.

Input layout (so that seed files are readable and mutations stay meaningful):
bytes 0-2 are the publication date as a day ordinal (big-endian, taken modulo
the calendar: every value is a valid date from 0001-01-01 to 9999-12-31), byte
3 holds flags, the rest is the article text in UTF-8; invalid bytes become lone
surrogates (``surrogateescape``), which a Python ``str`` may well hold.

Flags: bit 0 day-first numeric dates; bit 1 also ``resolve`` the text as one phrase;
bit 2 the text's first line is the publication date as a string, for which
``InvalidPublicationDate`` is the one error allowed; bit 3 ``build_timeline``
and every export of the result, each checked (the JSON round trip is exact,
CSV parses back to one row per event with no formula-leading cell, Markdown
and TimelineJS hold no raw ``<`` from the text, TimeML reads back, the table
holds no control character, every output encodes to UTF-8 once made
encodable); bits 4, 6 and 7 with bit 3 also the pandas and matplotlib exports
(slow, so a random input takes that path once in 16);
bit 5 the raw input goes to the readers instead: ``Timeline.from_json``
(``TimelineFormatError`` allowed), ``read_timeml`` (``TimeMLError``
allowed), the JSON Lines reader and the front-matter reader (never raise).

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
    import csv
    import io
    import json

    from conflict_timeline import (
        InvalidPublicationDate,
        MissingPublicationDate,
        TemporalExpression,
        Timeline,
        TimeMLError,
        build_timeline,
        find_expressions,
        resolve,
    )
    from conflict_timeline import export as ct_export
    from conflict_timeline.export import TimelineFormatError
    from conflict_timeline.export.csv import FORMULA_START
    from conflict_timeline.inputs import read_path
    from conflict_timeline.outputs import encodable
    from conflict_timeline.timeml import read_timeml

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


def check_exports(tl: Timeline, heavy: bool) -> None:
    """Every export of ``tl``, each with the promise it makes about untrusted text."""
    n = len(tl.events) + len(tl.undated)
    outputs: list[str] = []

    doc = tl.to_json()
    if Timeline.from_json(doc) != tl:
        raise AssertionError("JSON round trip changed the timeline")
    if Timeline.from_json(doc.encode("utf-8", "surrogatepass").decode("utf-8", "surrogatepass")) != tl:
        raise AssertionError("JSON round trip through bytes changed the timeline")
    lines = ct_export.to_jsonl(tl).splitlines()
    if len(lines) != n or any(not isinstance(json.loads(line), dict) for line in lines):
        raise AssertionError("JSON Lines: not one object per event")

    table = ct_export.to_csv(tl)
    rows = list(csv.reader(io.StringIO(table, newline="")))
    if len(rows) != n + 1 or any(len(r) != len(rows[0]) for r in rows):
        raise AssertionError(f"CSV: {len(rows)} rows for {n} events, or a row split")
    for row in rows[1:]:
        for cell in row:
            if cell[:1] in FORMULA_START:
                raise AssertionError(f"CSV: formula-leading cell {cell[:20]!r}")

    md = ct_export.to_markdown(tl, title="T")
    if "<" in md:
        raise AssertionError("Markdown: a raw '<'")
    rows_md = len(tl.events) + bool(tl.events) + len(tl.undated) + bool(tl.undated)  # a header per table
    if md.count("\n| ") != rows_md:
        raise AssertionError("Markdown: not one row per event")

    tjs = ct_export.to_timelinejs(tl, title="<T>")
    for slide in tjs["events"]:
        for key in ("display_date",):
            if "<" in slide.get(key, ""):
                raise AssertionError("TimelineJS: a raw '<' in display_date")
        if "<" in slide["text"]["headline"] or "<" in slide["group"]:
            raise AssertionError("TimelineJS: a raw '<' in the headline or group")
    outputs.append(json.dumps(tjs, ensure_ascii=False))

    try:
        tml = ct_export.to_timeml(tl)
    except MissingPublicationDate:
        if any(s.published for ev in tl.all_events for s in ev.sources):
            raise
    else:
        read_timeml(tml)
        outputs.append(tml)

    page = ct_export.to_html(tl, title="<T>")
    if "<script" in page.lower() or page.count('<li class="row event') != n:
        raise AssertionError("HTML: a script, or not one row per event")
    text_table = ct_export.to_table(tl, "<heading>")
    if any(c < " " and c != "\n" or "\x7f" <= c <= "\x9f" for c in text_table):
        raise AssertionError("table: a control character")
    outputs += [doc, table, md, page, text_table, tl._repr_html_()]
    outputs += [ev._repr_html_() for ev in tl.all_events]
    if heavy:
        if len(ct_export.to_dataframe(tl)) != n:
            raise AssertionError("DataFrame: not one row per event")
        ax = tl.plot()
        ax.figure.canvas.draw()
        _plt().close(ax.figure)
    for out in outputs:
        encodable(out)[0].encode("utf-8")


_PLT = None


def _plt():  # type: ignore[no-untyped-def]
    global _PLT
    if _PLT is None:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt

        _PLT = plt
    return _PLT


def check_readers(raw: bytes, published: dt.date) -> None:
    """The raw input as each reader would get it from a file: typed errors only, never a crash."""
    try:
        Timeline.from_json(raw)
    except TimelineFormatError:
        pass
    try:
        read_timeml(raw.decode("utf-8", "replace") if raw.lstrip()[:1] == b"<" else "<x>" + raw.hex())
    except TimeMLError:
        pass
    folder = _scratch()
    for name in ("in.jsonl", "in.md"):
        path = folder / name
        path.write_bytes(raw)
        for item in read_path(path, published=published):
            str(item)


_SCRATCH: Path | None = None


def _scratch() -> Path:
    global _SCRATCH
    if _SCRATCH is None:
        import tempfile

        _SCRATCH = Path(tempfile.mkdtemp(prefix="ct-fuzz-"))
    return _SCRATCH


def _one(data: bytes) -> None:
    decoded = decode(data)
    if decoded is None:
        return
    published, flags, text = decoded
    if flags & 32:
        check_readers(data[4:], published)
        return
    if flags & 8:
        heavy = flags & 0xD8 == 0xD8 and len(text) < 400  # pandas and matplotlib: slow, so one input in 16
        check_exports(build_timeline(text, published, source=text[:12]), heavy=heavy)
        return
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
