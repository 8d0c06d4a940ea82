"""build_timelines: lazy, ordered, never loses an article; JSON Lines streaming."""

from __future__ import annotations

import io
import json
import os
from pathlib import Path

import pytest
from schema_check import validate

from conflict_timeline import Article, Timeline, build_timeline
from conflict_timeline.batch import ArticleResult, build_timelines, read_jsonl, run_jsonl
from conflict_timeline.errors import InvalidInput

SEED = Path(__file__).resolve().parent.parent / "seeds" / "000_822785d56b3e9daf.txt"

TEXTS = [
    "On Monday, Iraqi fighters crossed into Syria. Rebels seized Aleppo last week.",
    "Two days later, the army recaptured the town. Talks are planned for next month.",
    "Protesters gathered on Friday in the capital; police fired tear gas.",
    "No time here, just a sentence.",
]


def _articles(n: int) -> list[Article]:
    return [Article(TEXTS[i % len(TEXTS)], "2024-12-02", source=f"a{i}") for i in range(n)]


class _KillsWorker:
    """Unpickling this in a worker process ends that process at once (a stand-in for a segfault)."""

    def __reduce__(self):  # type: ignore[no-untyped-def]
        return (os._exit, (3,))


def _summary(results: list[ArticleResult]) -> list[tuple]:
    return [(r.index, r.source, r.ok, r.timeline, r.error.type if r.error else None) for r in results]


@pytest.mark.parametrize("workers", [1, 2])
def test_results_in_input_order_and_equal_to_single_article_calls(workers: int) -> None:
    arts = _articles(21)
    results = list(build_timelines(arts, workers=workers, chunksize=4))
    assert [r.index for r in results] == list(range(21))
    assert [r.source for r in results] == [a.source for a in arts]
    assert all(r.ok for r in results)
    assert [r.timeline for r in results] == [build_timeline(a) for a in arts]
    assert len(results[0].timeline.all_events) >= 2  # "crossed", "seized": not empty timelines


BAD_RECORDS = [
    # (record, expected error type name, expected source)
    (
        {"text": "Fighting on Monday.", "published": "2024-13-45", "source": "bad-date"},
        "InvalidPublicationDate",
        "bad-date",
    ),
    ({"text": "Fighting on Monday.", "source": "no-date"}, "MissingPublicationDate", "no-date"),
    ({"text": b"bytes", "published": "2024-12-02", "source": "bytes"}, "InvalidInput", "bytes"),
    ({"published": "2024-12-02", "source": "no-text"}, "InvalidInput", "no-text"),
    (42, "InvalidInput", "#1"),
]


@pytest.mark.parametrize("workers", [1, 2])
@pytest.mark.parametrize("record, error, source", BAD_RECORDS)
def test_a_failure_is_a_value_with_source_and_error(workers: int, record, error: str, source: str) -> None:
    good = {"text": TEXTS[0], "published": "2024-12-02", "source": "good"}
    results = list(build_timelines([good, record, good], workers=workers))
    assert [r.ok for r in results] == [True, False, True]
    bad = results[1]
    assert (bad.index, bad.source, bad.timeline, bad.error.type) == (1, source, None, error)
    assert bad.error.message


def test_a_worker_crash_costs_only_the_article_that_caused_it() -> None:
    arts: list[object] = list(_articles(9))
    arts[5] = _KillsWorker()
    results = list(build_timelines(arts, workers=2, chunksize=3))
    assert [r.index for r in results] == list(range(9))
    assert [r.ok for r in results] == [i != 5 for i in range(9)]
    assert results[5].error.type == "WorkerCrashed" and results[5].source == "#5"
    assert results[6].timeline == build_timeline(arts[6])


def test_input_is_consumed_lazily() -> None:
    pulled = 0

    def endless():
        nonlocal pulled
        i = 0
        while True:
            pulled += 1
            yield Article(TEXTS[i % len(TEXTS)], "2024-12-02", source=f"s{i}")
            i += 1

    it = build_timelines(endless(), workers=2, chunksize=5)
    first = [next(it) for _ in range(3)]
    it.close()
    assert [r.source for r in first] == ["s0", "s1", "s2"]
    # at most the in-flight window (4 chunks per worker) plus the chunk being built
    assert pulled <= 4 * 2 * 5 + 5


@pytest.mark.parametrize(
    "kwargs",
    [{"workers": 0}, {"workers": -1}, {"workers": 1.5}, {"workers": True}, {"chunksize": 0}],
)
def test_bad_parameters_raise_at_once(kwargs: dict) -> None:
    with pytest.raises(InvalidInput):
        build_timelines(_articles(2), **kwargs)


@pytest.mark.parametrize("not_iterable", ["a text", b"bytes", 42, {"text": "x", "published": "2024-12-02"}])
def test_articles_must_be_an_iterable_of_articles(not_iterable) -> None:
    with pytest.raises(InvalidInput):
        build_timelines(not_iterable)


def test_read_jsonl_keeps_unreadable_lines_as_failures(tmp_path: Path) -> None:
    lines = [
        json.dumps({"text": TEXTS[0], "published": "2024-12-02", "source": "x1"}),
        "{not json",
        "",
        json.dumps(["a", "list"]),
        json.dumps({"text": TEXTS[2], "published": "2024-12-02"}),
    ]
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    results = list(build_timelines(read_jsonl(path)))
    assert [(r.source, r.ok) for r in results] == [
        ("x1", True),
        (f"{path}:2", False),
        (f"{path}:4", False),
        (f"{path}:5", True),
    ]
    assert results[1].error.type == "InputFormatError" and "not JSON" in results[1].error.message


def test_run_jsonl_writes_one_line_per_article_in_order() -> None:
    try:
        Timeline().to_json()
    except ImportError:  # the JSON exporter lands with the surfaces issue
        pytest.skip("conflict_timeline.export.to_json not available yet")
    records = [{"text": t, "published": "2024-12-02", "source": f"r{i}"} for i, t in enumerate(TEXTS)]
    records.insert(2, {"text": "x", "published": "not a date", "source": "broken"})
    src = io.StringIO("".join(json.dumps(r) + "\n" for r in records))
    dst = io.StringIO()
    summary = run_jsonl(src, dst, workers=2, chunksize=2)
    out = validate("articleResult", dst.getvalue())
    assert (summary.ok, summary.failed) == (4, 1)
    assert [o["source"] for o in out] == [r["source"] for r in records]
    assert [o["ok"] for o in out] == [True, True, False, True, True]
    assert out[2]["error"]["type"] == "InvalidPublicationDate"
    assert "timeline" in out[0] and "timeline" not in out[2]


def test_seed_article_through_the_pool_equals_direct_call() -> None:
    art = Article(SEED.read_text(encoding="utf-8"), "2024-12-02", source="seed-000")
    results = list(build_timelines([art, art], workers=2, chunksize=1))
    assert [r.timeline for r in results] == [build_timeline(art)] * 2


DOCS = Path(__file__).resolve().parent.parent / "docs"


def _python_blocks(name: str) -> list[str]:
    text = (DOCS / name).read_text(encoding="utf-8")
    return [b.split("```", 1)[0] for b in text.split("```python\n")[1:]]


@pytest.mark.parametrize(
    "name, index",
    [(n, i) for n in ("scale.md", "errors.md") for i in range(len(_python_blocks(n)))],
)
def test_docs_examples_run(name: str, index: int, capsys) -> None:
    block = _python_blocks(name)[index]
    if "example.org" in block:
        pytest.skip("needs a real cluster (the same calls run on a LocalCluster in test_dask.py)")
    if "import spacy" in block:
        pytest.importorskip("spacy")
    exec(compile(block, f"{name}[{index}]", "exec"), {})
    out = capsys.readouterr().out
    # each "# expected" comment on a print line must show up in the output
    for line in block.splitlines():
        if "print(" in line and "#" in line:
            expected = line.rsplit("#", 1)[1].split("...")[0].strip()
            assert expected in out, (expected, out)


def test_command_line_streams_a_file(tmp_path: Path, capsys) -> None:
    from conflict_timeline.batch import main

    src, dst = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    src.write_text(
        json.dumps({"text": TEXTS[0], "published": "2024-12-02", "source": "a"}) + "\n" + "oops\n",
        encoding="utf-8",
    )
    assert main([str(src), str(dst), "--workers", "1"]) == 0
    out = [json.loads(line) for line in dst.read_text(encoding="utf-8").splitlines()]
    assert [(o["source"], o["ok"]) for o in out] == [("a", True), (f"{src}:2", False)]
    assert Timeline.from_json(json.dumps(out[0]["timeline"])) == build_timeline(TEXTS[0], "2024-12-02", source="a")
    assert "1 ok, 1 failed" in capsys.readouterr().err
