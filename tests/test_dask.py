"""conflict_timeline.dask: a bag of articles -> one merged Timeline, equal to one process."""

from __future__ import annotations

from pathlib import Path

import pytest

db = pytest.importorskip("dask.bag")
distributed = pytest.importorskip("distributed")

from conflict_timeline import Article, build_timeline  # noqa: E402
from conflict_timeline.batch import BatchError  # noqa: E402
from conflict_timeline.dask import merged_timeline, timelines  # noqa: E402
from conflict_timeline.errors import InvalidInput  # noqa: E402

SEED = Path(__file__).resolve().parent.parent / "seeds" / "000_822785d56b3e9daf.txt"

TEXTS = [
    "On Monday, Iraqi fighters crossed into Syria. Rebels seized Aleppo last week.",
    "Rebels seized Aleppo on Friday, officials said. Two days later, Iraqi fighters crossed into Syria.",
    "Protesters gathered on Friday in Damascus; police fired tear gas.",
    "Talks between the government and the rebels are planned for next month in Geneva.",
    "Airstrikes hit Idlib on Sunday, killing at least 11 people.",
]


def _articles() -> list[Article]:
    arts = [Article(t, "2024-12-02", source=f"wire-{i}") for i, t in enumerate(TEXTS)]
    arts.append(Article(SEED.read_text(encoding="utf-8"), "2024-12-02", source="seed-000"))
    arts.append(Article(TEXTS[0], "2024-12-03", source="wire-repeat"))  # the same story a day later
    return arts


@pytest.fixture(scope="module")
def client():
    # two worker processes, as on a real cluster: the articles and results cross process boundaries
    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None, silence_logs=40
        ) as cluster,
        distributed.Client(cluster) as c,
    ):
        yield c


def test_local_cluster_result_equals_single_process(client) -> None:
    arts = _articles()
    bag = db.from_sequence(arts, npartitions=3)
    expected = build_timeline(arts)
    assert len(expected.all_events) > 10  # a real comparison, not two empty timelines
    assert merged_timeline(bag, split_every=2) == expected


def test_per_article_results_keep_order_and_failures(client) -> None:
    records = [
        {"text": TEXTS[0], "published": "2024-12-02", "source": "ok-1"},
        {"text": TEXTS[1], "published": "yesterday", "source": "bad-date"},
        {"text": TEXTS[2], "published": "2024-12-02", "source": "ok-2"},
    ]
    results = timelines(db.from_sequence(records, npartitions=2)).compute()
    assert [(r.source, r.ok) for r in results] == [("ok-1", True), ("bad-date", False), ("ok-2", True)]
    assert results[1].error.type == "InvalidPublicationDate"


def test_failures_raise_with_everything_kept(client) -> None:
    arts = _articles()
    records: list[object] = list(arts)
    records.insert(2, {"text": 7, "published": "2024-12-02", "source": "not-text"})
    bag = db.from_sequence(records, npartitions=3)
    with pytest.raises(BatchError) as info:
        merged_timeline(bag)
    assert [f.source for f in info.value.failures] == ["not-text"]
    assert info.value.failures[0].error.type == "InvalidInput"
    assert info.value.timeline == build_timeline(arts)
    assert merged_timeline(bag, errors="ignore") == build_timeline(arts)


def test_synchronous_scheduler_needs_no_cluster() -> None:
    arts = _articles()[:4]
    bag = db.from_sequence(arts, npartitions=2)
    assert merged_timeline(bag, scheduler="sync") == build_timeline(arts)


@pytest.mark.parametrize("bad", [[Article("x", "2024-12-02")], "text", None])
def test_needs_a_bag(bad) -> None:
    with pytest.raises(InvalidInput):
        merged_timeline(bad)


def test_errors_argument_is_checked() -> None:
    with pytest.raises(InvalidInput):
        merged_timeline(db.from_sequence([]), errors="skip")
