"""Reading articles: sidecar metadata, front matter, JSON Lines, folders, stdin, bad files."""

from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path

import pytest

from conflict_timeline.errors import InvalidPublicationDate
from conflict_timeline.inputs import ReadFailure, expand_inputs, parse_front_matter, read_inputs, read_path
from conflict_timeline.model import Article

D = dt.date


@pytest.mark.parametrize(
    "text, fields, body",
    [
        ("---\npublished: 2024-12-02\n---\nOn Monday.", {"published": "2024-12-02"}, "On Monday."),
        (
            "---\r\nPublished: '2024-12-02'\r\nsource: \"AP\"\r\n---\r\nBody",
            {"published": "2024-12-02", "source": "AP"},
            "Body",
        ),
        ("---\n# a comment\n\ndate: 2024-12-02\n...\nBody", {"date": "2024-12-02"}, "Body"),
        # near-misses: look like front matter, are not
        ("--- \nno colon on this line\n---\nBody", {}, "--- \nno colon on this line\n---\nBody"),
        ("---\npublished: 2024-12-02\nno closing line", {}, "---\npublished: 2024-12-02\nno closing line"),
        ("----\npublished: 2024-12-02\n----\nBody", {}, "----\npublished: 2024-12-02\n----\nBody"),
        ("On Monday.\n---\npublished: 2024-12-02\n---\n", {}, "On Monday.\n---\npublished: 2024-12-02\n---\n"),
        ("", {}, ""),
    ],
)
def test_front_matter(text: str, fields: dict[str, str], body: str) -> None:
    assert parse_front_matter(text) == (fields, body)


def _write(path: Path, content: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def test_seed_is_dated_by_its_sidecar() -> None:
    [art] = read_inputs(["seeds/000_822785d56b3e9daf.txt"])
    assert isinstance(art, Article)
    assert (art.published, art.source) == (D(2024, 12, 2), "seed-000")
    assert art.text.startswith("On Monday, a significant wave")


@pytest.mark.parametrize(
    "files, fallback, expected",
    [
        # sidecar wins over front matter, both win over the fallback
        (
            {"a.txt": "---\npublished: 2020-01-01\n---\nX", "a.meta.json": '{"published": "2024-12-02"}'},
            "1999-01-01",
            (D(2024, 12, 2), "X"),
        ),
        ({"a.md": "---\npublished: 2020-01-01\nsource: ap-1\n---\nX"}, "1999-01-01", (D(2020, 1, 1), "X")),
        ({"a.txt": "X"}, "1999-01-01", (D(1999, 1, 1), "X")),
        (
            {"a.txt": "\ufeffX", "a.meta.json": '{"published": "2024-12-02T23:30:00+05:00"}'},
            None,
            (D(2024, 12, 2), "X"),
        ),
        ({"a.txt": "X", "a.meta.json": '{"date": "20241202"}'}, None, (D(2024, 12, 2), "X")),
    ],
)
def test_where_the_date_comes_from(
    tmp_path: Path, files: dict[str, str], fallback: str | None, expected: tuple
) -> None:
    for name, content in files.items():
        _write(tmp_path / name, content)
    article_file = next(n for n in files if not n.endswith(".json"))
    [art] = read_inputs([tmp_path / article_file], published=fallback)
    assert isinstance(art, Article), art
    assert (art.published, art.text) == expected


def test_source_names(tmp_path: Path) -> None:
    _write(tmp_path / "a.md", "---\npublished: 2024-12-02\nsource: ap-1\n---\nX")
    _write(tmp_path / "b.txt", "Y")
    a, b = read_inputs([tmp_path / "a.md", tmp_path / "b.txt"], published="2024-12-02")
    assert a.source == "ap-1"
    assert b.source == str(tmp_path / "b.txt")


@pytest.mark.parametrize(
    "name, content, message",
    [
        ("a.txt", "On Monday rebels seized Aleppo.", "no publication date; pass --published"),
        ("a.txt", b"On Monday \xff\xfe rebels", "not UTF-8 text (byte 0xff at offset 10)"),
        ("a.md", "---\npublished: 2024-02-30\n---\nX", "invalid publication date '2024-02-30'"),
        ("a.md", "---\npublished: next week\n---\nX", "invalid publication date"),
    ],
)
def test_bad_files_become_failures_naming_the_file(
    tmp_path: Path, name: str, content: str | bytes, message: str
) -> None:
    path = _write(tmp_path / name, content)
    [item] = read_inputs([path])
    assert isinstance(item, ReadFailure)
    assert item.source == str(path)
    assert message in item.message
    assert str(item).startswith(str(path) + ": ")


def test_missing_file_and_bad_sidecar(tmp_path: Path) -> None:
    _write(tmp_path / "b.txt", "X")
    _write(tmp_path / "b.meta.json", "{not json")
    _write(tmp_path / "c.txt", "X")
    _write(tmp_path / "c.meta.json", '["2024-12-02"]')
    items = list(read_inputs([tmp_path / "missing.txt", tmp_path / "b.txt", tmp_path / "c.txt"]))
    assert [type(i) for i in items] == [ReadFailure] * 3
    assert "cannot read" in items[0].message
    assert "unreadable metadata file" in items[1].message
    assert "must hold a JSON object" in items[2].message


def test_jsonl_records_each_succeed_or_fail_alone(tmp_path: Path) -> None:
    lines = [
        json.dumps({"text": "A", "published": "2024-12-02", "source": "r1"}),
        "",
        json.dumps({"text": "B"}),
        "{broken",
        json.dumps({"text": 3, "published": "2024-12-02"}),
        json.dumps(["not", "an", "object"]),
        json.dumps({"text": "C", "published": "2024-12-03"}),
    ]
    path = tmp_path / "feed.jsonl"
    path.write_bytes(("\n".join(lines) + "\n").encode() + b'{"text": "\xff"}\n')
    items = list(read_path(path))
    kinds = [(type(i).__name__, i.source) for i in items]
    assert kinds == [
        ("Article", "r1"),
        ("ReadFailure", f"{path}:3"),
        ("ReadFailure", f"{path}:4"),
        ("ReadFailure", f"{path}:5"),
        ("ReadFailure", f"{path}:6"),
        ("Article", f"{path}:7"),
        ("ReadFailure", f"{path}:8"),
    ]
    assert 'give the record a "published" key' in items[1].message
    assert "not UTF-8" in items[6].message
    # with a fallback date the undated record is read
    assert isinstance(list(read_path(path, published="2024-12-01"))[1], Article)


def test_folder_takes_every_article_in_name_order(tmp_path: Path) -> None:
    for name in ["b.txt", "a.md", "c.jsonl", "a.meta.json", "notes.gold.json", ".hidden.txt", "img.png", "x.markdown"]:
        _write(tmp_path / name, "")
    (tmp_path / "sub").mkdir()
    _write(tmp_path / "sub" / "deep.txt", "")
    assert [p.name for p in expand_inputs([tmp_path])] == ["a.md", "b.txt", "c.jsonl", "x.markdown"]
    assert list(expand_inputs(["-", "nosuch.txt"])) == ["-", Path("nosuch.txt")]


@pytest.mark.parametrize(
    "stdin, fallback, expected",
    [
        ("---\npublished: 2024-12-02\nsource: s\n---\nOn Monday.", None, [("s", D(2024, 12, 2), "On Monday.")]),
        ("On Monday.", "2024-12-01", [("<stdin>", D(2024, 12, 1), "On Monday.")]),
        (
            '{"text": "A", "published": "2024-12-02", "source": "r"}\n{"text": "B", "published": "2024-12-03"}\n',
            None,
            [("r", D(2024, 12, 2), "A"), ("<stdin>:2", D(2024, 12, 3), "B")],
        ),
    ],
)
def test_stdin(stdin: str, fallback: str | None, expected: list[tuple]) -> None:
    items = list(read_inputs(["-"], published=fallback, stdin=io.StringIO(stdin)))
    assert [(a.source, a.published, a.text) for a in items] == expected


def test_stdin_without_date_is_a_failure_not_today() -> None:
    [item] = read_inputs(["-"], stdin=io.StringIO("On Monday."))
    assert isinstance(item, ReadFailure) and item.source == "<stdin>"
    assert "--published" in item.message and "front matter" in item.message


def test_invalid_fallback_is_the_callers_error() -> None:
    with pytest.raises(InvalidPublicationDate):
        list(read_inputs(["seeds"], published="yesterday"))
