"""Build the fuzz seed corpus from the tests' string literals and the ``seeds/`` articles.

    python fuzz/make_corpus.py OUT_DIR

Every string literal of ``tests/*.py`` that holds a letter or a digit, and
every paragraph of ``seeds/*.txt`` (and each whole seed article), becomes one
input file, dated with the seed's publication date and with a few extreme
dates (year 1, year 9999, 29 February). Files are named by content hash, so
re-running adds nothing twice.
"""

from __future__ import annotations

import argparse
import ast
import datetime as dt
import hashlib
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

DATES = [dt.date(2024, 12, 2), dt.date(1, 1, 1), dt.date(9999, 12, 31), dt.date(2024, 2, 29)]
MAX_SEED_LEN = 4000


def encode(published: dt.date, text: str, flags: int = 0) -> bytes:
    """One fuzz input in the layout ``fuzz_find.py`` reads (date ordinal, flags, UTF-8 text)."""
    return (published.toordinal() - 1).to_bytes(3, "big") + bytes([flags]) + text.encode("utf-8", "surrogatepass")


def test_strings() -> list[str]:
    """String literals of the test modules that could read as text."""
    out = []
    for path in sorted((ROOT / "tests").glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                s = node.value
                if 2 <= len(s) <= MAX_SEED_LEN and any(c.isalnum() for c in s):
                    out.append(s)
    return out


def seed_texts() -> list[tuple[str, dt.date]]:
    """Each seed article whole and paragraph by paragraph, with its publication date."""
    out = []
    for meta_path in sorted((ROOT / "seeds").glob("*.meta.json")):
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        text = (ROOT / "seeds" / meta["file"]).read_text(encoding="utf-8")
        published = dt.date.fromisoformat(meta["published"])
        out.append((text[:MAX_SEED_LEN], published))
        out.extend((p, published) for p in text.split("\n") if p.strip())
    return out


def reader_and_export_seeds() -> list[bytes]:
    """Inputs for the timeline and export mode (flag 8; 0xD8 with pandas and matplotlib) and the
    reader mode (flag 32): the seed paragraphs, and what the readers take, made from the seed."""
    sys.path.insert(0, str(ROOT))
    from conflict_timeline import build_timeline

    out = []
    texts = seed_texts()
    for i, (text, day) in enumerate(texts):
        out.append(encode(day, text, 8))
        if i % 4 == 0 and len(text) < 400:
            out.append(encode(day, text, 0xD8))
    for d in DATES[1:3]:
        out += [encode(d, text, 8) for text, _ in texts[1:6]]
    hostile = [
        '=HYPERLINK("http://x")',
        "+1 -1 @SUM(A1)",
        "<img src=x onerror=alert(1)> | pipes | [link](http://x) `code`",
        "\x1b]0;title\x07 \x1b[31m red",
        "a\rb\r\nc",
        "\ud800 \udfff broken emoji",
    ]
    for h in hostile:
        out.append(encode(DATES[0], f"Rebels seized Aleppo on Friday. {h} killed 11 people last week.", 8))
    for text, day in texts[:8]:
        tl = build_timeline(text, day, source="seed")
        out.append(encode(day, tl.to_json(indent=None), 32))
        if tl.all_events:
            out.append(encode(day, tl.to_timeml(), 32))
        out.append(encode(day, json.dumps({"text": text, "published": day.isoformat(), "source": "s"}), 32))
        out.append(encode(day, f"---\npublished: {day.isoformat()}\ntags: [a, b]\nsource: s\n---\n{text}", 32))
        out.append(encode(day, f'+++\npublished = {day.isoformat()}\nsource = "s"\n+++\n{text}', 32))
    return out


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out_dir", type=Path, help="folder to write the seed inputs to (created if missing)")
    out_dir = parser.parse_args(argv[1:]).out_dir
    out_dir.mkdir(parents=True, exist_ok=True)
    inputs = [encode(d, s, flags) for s in test_strings() for d, flags in zip(DATES, (0, 1, 2, 3), strict=False)]
    inputs += [encode(d, s) for s, d in seed_texts()]
    # written-out publication dates on the first line (flag 4)
    for written in ("Mon, 02 Dec 2024 10:00:00 GMT", "December 2, 2024", "2 Dec. 2024", "20241202", "yesterday"):
        inputs += [encode(DATES[0], written + "\n" + s, 4) for s in test_strings()[:50]]
    inputs += reader_and_export_seeds()
    for data in inputs:
        (out_dir / hashlib.sha1(data).hexdigest()).write_bytes(data)
    print(f"{len(inputs)} seed inputs in {out_dir}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
