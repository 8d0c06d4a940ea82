"""conflict_timeline.dask: a bag of articles -> one merged Timeline, equal to one process."""

from __future__ import annotations

from pathlib import Path

import pytest

db = pytest.importorskip("dask.bag")
distributed = pytest.importorskip("distributed")

from conflict_timeline import Article, build_timeline  # noqa: E402
from conflict_timeline.batch import BatchError  # noqa: E402
from conflict_timeline.dask import merged_timeline, timelines, to_dask_dataframe  # noqa: E402
from conflict_timeline.errors import InvalidInput  # noqa: E402

Delayed = pytest.importorskip("dask.delayed").Delayed

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
    lazy = merged_timeline(bag, split_every=2)
    assert isinstance(lazy, Delayed)  # nothing computed yet
    assert lazy.compute() == expected


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
    lazy = merged_timeline(bag)  # building the graph raises nothing: the failure is met on computing
    with pytest.raises(BatchError) as info:
        lazy.compute()
    assert [f.source for f in info.value.failures] == ["not-text"]
    assert info.value.failures[0].error.type == "InvalidInput"
    assert info.value.timeline == build_timeline(arts)
    assert merged_timeline(bag, errors="ignore").compute() == build_timeline(arts)


def test_synchronous_scheduler_needs_no_cluster() -> None:
    arts = _articles()[:4]
    bag = db.from_sequence(arts, npartitions=2)
    assert merged_timeline(bag).compute(scheduler="sync") == build_timeline(arts)
    # the eager form of earlier versions
    assert merged_timeline(bag, compute=True, scheduler="sync") == build_timeline(arts)


def test_compute_options_need_compute() -> None:
    with pytest.raises(InvalidInput, match="compute=True"):
        merged_timeline(db.from_sequence(_articles()[:1]), scheduler="sync")


def _frames(arts: list[Article]):  # type: ignore[no-untyped-def]
    import pandas as pd

    return pd.concat([build_timeline(a).to_dataframe() for a in arts], ignore_index=True)


def _same_frames(got, expected) -> None:  # type: ignore[no-untyped-def]
    import pandas as pd

    pd.testing.assert_frame_equal(got.reset_index(drop=True), expected.reset_index(drop=True))


def test_dask_dataframe_on_a_local_cluster_equals_the_pandas_export(client) -> None:
    pytest.importorskip("pandas")
    arts = _articles()
    ddf = to_dask_dataframe(db.from_sequence(arts, npartitions=3))
    assert ddf.npartitions == 3
    assert dict(ddf.dtypes) == dict(build_timeline(arts[0]).to_dataframe().dtypes)  # meta from the export
    got = ddf.compute()
    _same_frames(got, _frames(arts))
    assert len(got) > 10 and isinstance(got["actors"].iloc[0], tuple)  # the tuple columns stay tuples
    merged = to_dask_dataframe(db.from_sequence(arts, npartitions=3), merged=True).compute()
    _same_frames(merged, build_timeline(arts).to_dataframe())
    by_kind = ddf.groupby("kind", observed=False).size().compute()
    assert by_kind.sum() == len(got)


def test_dask_dataframe_with_the_synchronous_scheduler_and_failures() -> None:
    pytest.importorskip("pandas")
    arts = _articles()[:4]
    records: list[object] = [*arts[:2], {"text": None, "published": "2024-12-02", "source": "broken"}, *arts[2:]]
    ddf = to_dask_dataframe(db.from_sequence(records, npartitions=2))
    with pytest.raises(BatchError) as info:
        ddf.compute(scheduler="sync")
    assert [f.source for f in info.value.failures] == ["broken"]
    ignored = to_dask_dataframe(db.from_sequence(records, npartitions=2), errors="ignore")
    _same_frames(ignored.compute(scheduler="sync"), _frames(arts))
    empty = to_dask_dataframe(db.from_sequence([], npartitions=1)).compute(scheduler="sync")
    assert empty.empty and list(empty.columns) == list(build_timeline(arts[0]).to_dataframe().columns)


@pytest.mark.parametrize("date_order, value", [("DMY", "2024-04-02"), ("MDY", "2024-02-04")])
def test_date_order_reaches_every_article(date_order: str, value: str) -> None:
    text = "Rebels seized the town on 02/04/2024, officials said."
    bag = db.from_sequence([Article(text, "2024-12-02", source="a"), Article(text, "2024-12-03", source="b")])
    tl = merged_timeline(bag, date_order=date_order).compute(scheduler="sync")
    assert tl == build_timeline(list(bag.compute()), date_order=date_order)
    assert {ev.when.value for ev in tl.events} == {value}
    [first, _] = timelines(bag, date_order=date_order).compute(scheduler="sync")
    assert first.timeline == build_timeline(text, "2024-12-02", source="a", date_order=date_order)
    pytest.importorskip("pandas")
    frame = to_dask_dataframe(bag, date_order=date_order).compute(scheduler="sync")
    assert set(frame["value"]) == {value}


def test_document_kind_reaches_every_article() -> None:
    text = "The siege lasted until 1943. Last week the army crossed the river."
    bag = db.from_sequence([Article(text, "2024-12-02", source="story")])
    for document in ("news", "narrative"):
        tl = merged_timeline(bag, document=document).compute(scheduler="sync")
        assert tl == build_timeline(text, "2024-12-02", source="story", document=document)
    news = merged_timeline(bag, document="news").compute(scheduler="sync")
    assert news != merged_timeline(bag, document="narrative").compute(scheduler="sync")  # the option matters here


@pytest.mark.parametrize("bad", [[Article("x", "2024-12-02")], "text", None])
def test_needs_a_bag(bad) -> None:
    for call in (merged_timeline, timelines, to_dask_dataframe):
        with pytest.raises(InvalidInput):
            call(bad)


def test_arguments_are_checked_on_the_client() -> None:
    with pytest.raises(InvalidInput):
        merged_timeline(db.from_sequence([]), errors="skip")
    with pytest.raises(InvalidInput):
        to_dask_dataframe(db.from_sequence([]), errors="skip")
    with pytest.raises(InvalidInput):
        merged_timeline(db.from_sequence([]), date_order="DDMMYY")
