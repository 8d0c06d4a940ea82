"""Merging across articles: example tables (articles in, merged events out, near-misses beside
them), the algebra of merging (deterministic, idempotent, associative, order-free; the Dask path
equal to one build) as property tests over generated articles and over the corpus's story
articles, and the blocking that keeps it near-linear (counted comparisons, not timings).
"""

from __future__ import annotations

import datetime as dt
import itertools
import json
import os
from collections.abc import Sequence
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conflict_timeline import Article, Event, Timeline, build_timeline
from conflict_timeline.events import merge_events, merging
from conflict_timeline.lexicon import arguments as A
from conflict_timeline.lexicon.triggers import TRIGGERS

CORPUS = Path(os.environ.get("CONFLICT_TIMELINE_CORPORA", Path(__file__).resolve().parents[2] / "shared" / "corpora"))
CONFLICT = CORPUS / "conflict"


def _deep(tl: Timeline) -> list[tuple[str, tuple[str, ...]]]:
    """Every event with the reports it holds, spelt out: equality of timelines leaves these out."""
    return sorted((repr(e), tuple(repr(r) for r in e.merged_from)) for e in tl.all_events)


# --- the algebra, over generated articles -----------------------------------------------------

ACTORS = ["Rebels", "Government forces", "Russian troops", "The RSF", "Syrian rebels", "Gunmen", "Israeli jets"]
DEEDS = [
    "seized {town}",
    "captured the town of {town}",
    "shelled {town}",
    "struck targets in {town}",
    "clashed with the army near {town}",
    "withdrew from {town}",
    "attacked a market in {town}",
]
TOWNS = ["Aleppo", "Hama", "Homs", "Kharkiv", "El Fasher", "Goma", "Sudzha"]
TIMES = ["on Monday", "on Friday", "on March 3", "last week", "in 2016", "", "overnight", "two days ago"]
TAILS = ["", ", killing at least 11 people", ", killing three", ", officials said", ", according to residents"]
DAYS = [dt.date(2024, 3, 4), dt.date(2024, 3, 5), dt.date(2024, 3, 11)]


@st.composite
def sentences(draw: st.DrawFn) -> str:
    deed = draw(st.sampled_from(DEEDS)).format(town=draw(st.sampled_from(TOWNS)))
    when = draw(st.sampled_from(TIMES))
    return f"{draw(st.sampled_from(ACTORS))} {deed} {when}{draw(st.sampled_from(TAILS))}.".replace("  ", " ")


@st.composite
def articles(draw: st.DrawFn, source: str) -> Article:
    body = " ".join(draw(st.lists(sentences(), min_size=1, max_size=3)))
    dateline = draw(st.sampled_from(["", "BEIRUT, March 4 (Wire) - ", "KYIV - "]))
    return Article(dateline + body, draw(st.sampled_from(DAYS)), source=source)


ALGEBRA = settings(
    max_examples=int(os.environ.get("CT_PROPERTY_EXAMPLES", "60")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)


@ALGEBRA
@given(a=articles("a"), b=articles("b"), c=articles("c"))
def test_merging_is_associative_and_equals_one_build(a: Article, b: Article, c: Article) -> None:
    ta, tb, tc = build_timeline(a), build_timeline(b), build_timeline(c)
    left = Timeline.merge(Timeline.merge(ta, tb), tc)
    right = Timeline.merge(ta, Timeline.merge(tb, tc))
    whole = build_timeline([a, b, c])
    assert left == right == whole
    assert _deep(left) == _deep(right) == _deep(whole)


@ALGEBRA
@given(a=articles("a"), b=articles("b"), c=articles("c"))
def test_merging_is_idempotent_and_order_free(a: Article, b: Article, c: Article) -> None:
    whole = build_timeline([a, b, c])
    assert Timeline.merge(whole, whole) == whole
    assert Timeline.merge(whole, build_timeline(b)) == whole  # b's reports are already in
    assert _deep(Timeline.merge(whole, whole)) == _deep(whole)
    for order in itertools.permutations([a, b, c]):
        assert build_timeline(list(order)) == whole
    evs = list(whole.all_events)
    assert merge_events(merge_events(evs)) == merge_events(evs) == merge_events(reversed(evs))


@ALGEBRA
@given(a=articles("a"), b=articles("b"), c=articles("c"), d=articles("d"), parts=st.integers(1, 4))
def test_the_dask_path_gives_the_one_build(a: Article, b: Article, c: Article, d: Article, parts: int) -> None:
    db = pytest.importorskip("dask.bag")
    from conflict_timeline.dask import merged_timeline

    arts = [a, b, c, d]
    got = merged_timeline(db.from_sequence(arts, npartitions=parts), split_every=2, compute=True, scheduler="sync")
    assert got == build_timeline(arts)
    assert _deep(got) == _deep(build_timeline(arts))


def test_a_merged_event_keeps_its_reports_and_merging_starts_again_from_them() -> None:
    a = Article("Rebels seized Hama on Friday, officials said.", "2024-12-02", source="a")
    b = Article("Syrian rebels captured the city of Hama on Friday.", "2024-12-01", source="b")
    (ev,) = build_timeline([a, b]).all_events
    assert sorted(r.sources[0].source for r in ev.merged_from) == ["a", "b"]
    assert merge_events([ev]) == [ev]  # taken apart and merged again: the same
    assert all(not r.merged_from for r in ev.merged_from)


# --- the corpus's stories -----------------------------------------------------------------------


def _stories() -> list[list[Article]]:
    if not CONFLICT.is_dir():
        return []
    groups: dict[str, list[Article]] = {}
    for path in sorted(CONFLICT.glob("*.json")):
        doc = json.loads(path.read_text(encoding="utf-8"))
        if doc.get("story") and doc["story"] != doc["id"]:
            groups.setdefault(doc["story"], []).append(Article(doc["text"], doc["published"], source=doc["id"]))
    return [g for _, g in sorted(groups.items()) if len(g) >= 2]


@pytest.mark.skipif(not CONFLICT.is_dir(), reason="the conflict corpus is not here")
@pytest.mark.parametrize("story", _stories(), ids=lambda g: g[0].source)
def test_story_articles_merge_the_same_whichever_way(story: list[Article]) -> None:
    whole = build_timeline(story)
    singles = [build_timeline(a) for a in story]
    folded = singles[0]
    for tl in singles[1:]:
        folded = Timeline.merge(folded, tl)
    nested = Timeline.merge(*singles[:1], Timeline.merge(*singles[1:]))
    assert folded == nested == whole == build_timeline(list(reversed(story)))
    assert _deep(folded) == _deep(nested) == _deep(whole)
    db = pytest.importorskip("dask.bag")
    from conflict_timeline.dask import merged_timeline

    assert (
        merged_timeline(db.from_sequence(story, npartitions=len(story)), split_every=2, compute=True, scheduler="sync")
        == whole
    )


# --- blocking ---------------------------------------------------------------------------------


def _one_event_articles(n: int) -> list[Article]:
    out = []
    for i in range(n):
        day = dt.date(2020, 1, 1) + dt.timedelta(days=i % 300)
        town = f"{TOWNS[i % len(TOWNS)]}{chr(97 + i % 26)}{i // 26}"
        out.append(Article(f"Rebels seized {town.title()} on {day:%B} {day.day}, {day.year}.", day, source=f"s{i}"))
    return out


def test_each_report_meets_a_bounded_number_of_clusters(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = []
    real = merging._score

    def counting(r: merging.Report, c: object) -> int | None:
        calls.append(1)
        return real(r, c)  # type: ignore[arg-type]

    monkeypatch.setattr(merging, "_score", counting)
    events: list[Event] = [e for a in _one_event_articles(600) for e in build_timeline(a).all_events]
    assert len(events) == 600
    merged = merge_events(events)
    assert len(merged) == 600
    # every event was compared with at most a few others, not with all 599
    assert len(calls) <= 2 * len(events)


def test_a_word_every_event_has_is_not_followed() -> None:
    # 200 events on one day naming one country: the country is no key, the towns are
    base = "Rebels seized {} in Syria on Monday."
    evs = [e for i in range(200) for e in build_timeline(base.format(f"Town{i}"), "2024-03-05", source=f"s{i}")]
    assert len(merge_events(evs)) == 200


# --- names, and the lexicon tables merging reads ---------------------------------------------------------


@pytest.mark.parametrize(
    "a, b",
    [("Ukraine", "Ukrainian troops"), ("Russia", "Russian forces"), ("Lebanon", "Lebanese army"), ("Syria", "Syrians")]
    + [("Sudan", "Sudanese"), ("Iran", "Iranian"), ("Israel", "Israeli jets"), ("the Houthis", "Houthi rebels")],
)
def test_a_country_and_its_people_share_a_stem(a: str, b: str) -> None:
    generic = A.GENERIC_ACTOR_WORDS
    assert merging.name_stems(a, generic) & merging.name_stems(b, generic)


@pytest.mark.parametrize(
    "a, b",
    [
        ("Hama", "Hamas"),
        ("Niger", "Nigeria"),
        ("Sudan", "Sudzha"),
        ("Iran", "Iraq"),
        ("northern Gaza", "North Kordofan"),
    ]
    + [("the town", "the city"), ("its troops", "the army")],
)
def test_different_names_share_no_stem(a: str, b: str) -> None:
    generic = A.GENERIC_ACTOR_WORDS | A.GENERIC_PLACE_WORDS
    assert not (merging.name_stems(a, generic) & merging.name_stems(b, generic))


def test_contrasting_entries_name_trigger_entries() -> None:
    names = {t.name for t in TRIGGERS}
    assert {n for pair in A.CONTRASTING_ENTRIES for n in pair} <= names


def _merged_groups(arts: Sequence[Article]) -> list[list[tuple[str, str]]]:
    tl = build_timeline(list(arts))
    return sorted(sorted((r.source, r.trigger.text) for r in e.sources) for e in tl.all_events)


# --- example tables: articles in, merged events out -----------------------------------------------

# (name, articles as (text, publication date, source), the groups of (source, trigger) that must come
# out as one merged event each)
MERGE_CASES = [
    (
        "one capture, a place in one report and an actor in the other",
        [
            ("Rebels seized Hama on Friday, officials said.", "2024-12-07", "wire"),
            ("Hama fell to the rebels on Friday after a week of fighting.", "2024-12-08", "daily"),
        ],
        [{("wire", "seized"), ("daily", "fell")}],
    ),
    (
        "the army and the troops of one country, the town named and then 'the town'",
        [
            ("The army retook the town of Saraqeb on Tuesday.", "2024-03-13", "a"),
            ("Syrian troops recaptured Saraqeb on Tuesday, a monitor said.", "2024-03-13", "b"),
        ],
        [{("a", "retook"), ("b", "recaptured")}],
    ),
    (
        "a report dated by the day it was told: it may have happened the day before",
        [
            ("The army said on Monday it had pulled out of Kherson.", "2022-11-14", "a"),
            ("Russian forces withdrew from Kherson on Sunday.", "2022-11-15", "b"),
        ],
        [{("a", "pulled out"), ("b", "withdrew")}],
    ),
    (
        "one toll, told of a killing and of the blast that caused it",
        [
            ("At least 20 people were killed on Friday when a car bomb exploded in Mogadishu.", "2024-03-02", "a"),
            ("A car bomb exploded in Mogadishu on Friday, killing at least 20 people.", "2024-03-02", "b"),
        ],
        [{("a", "killed"), ("a", "car bomb exploded"), ("b", "car bomb exploded")}],
    ),
    (
        "an undated report joins on who did it and where",
        [
            ("Hamas gunmen stormed towns in southern Israel on 7 October 2023.", "2024-01-10", "a"),
            ("The war in Gaza followed the day Hamas-led gunmen attacked southern Israel.", "2024-06-01", "b"),
        ],
        [{("a", "stormed"), ("b", "attacked")}],
    ),
]

# a mention its article tells again goes where the mention it restates goes (Event.restates)
MERGE_CASES += [
    (
        "a restatement dated only by the story's time ('after the base fell') still follows its lead",
        [
            (
                "The militia said on Sunday it had taken control of the army base outside Kadugli. "
                "Residents said gunfire was heard across the town after the base fell.",
                "2025-03-10",
                "a",
            ),
            ("Militia fighters took control of the army base outside Kadugli on Sunday.", "2025-03-10", "b"),
        ],
        [{("a", "taken control"), ("a", "fell"), ("b", "took control")}],
    ),
    (
        "a restatement naming its place by a bare definite noun",
        [
            (
                "Drones destroyed a bridge over the Dnieper near Kamenka on Tuesday, the air force said. "
                "Local officials said the bridge was hit by guided rockets.",
                "2024-05-15",
                "a",
            ),
            ("Ukrainian drones destroyed a bridge near Kamenka on Tuesday.", "2024-05-15", "b"),
        ],
        [{("a", "destroyed"), ("a", "hit"), ("b", "destroyed")}],
    ),
    (
        "a military site named again by another word for it",
        [
            (
                "The militia said on Sunday it had seized the headquarters of the army's 3rd Brigade in Tanta. "
                "Witnesses said looting began after the base fell.",
                "2024-05-13",
                "a",
            ),
            ("The militia seized the army's brigade headquarters in Tanta on Sunday.", "2024-05-13", "b"),
        ],
        [{("a", "seized"), ("a", "fell"), ("b", "seized")}],
    ),
    (
        "an undated mention of the same act, with no place of its own",
        [
            (
                "The army said on Monday it had pulled out of Tanta. In a speech, the general said commanders "
                "had agreed to withdraw to spare the residents.",
                "2024-05-14",
                "a",
            ),
            ("Government troops withdrew from Tanta on Sunday.", "2024-05-14", "b"),
        ],
        [{("a", "pulled out"), ("a", "withdraw"), ("b", "withdrew")}],
    ),
]

MERGE_CASES += [
    (
        "a report dated by the narrative's time, not its own: it may have happened the day before",
        [
            (
                "10:15 Fighting continues around the city.\n11:20 A recap: the governor said on Thursday that "
                "rebels had taken full control of Tanta.",
                "2024-05-17",
                "live",
            ),
            ("Rebels seized Tanta on Thursday.", "2024-05-17", "wire"),
        ],
        [{("live", "taken full control"), ("wire", "seized")}],
    ),
]

# (name, articles, triggers that must each stay an event of their own)
KEPT_APART = [
    (
        "one town on two days in a row, each told with its own day",
        [
            ("Rebels shelled Hama on Monday.", "2024-03-13", "a"),
            ("Rebels shelled Hama on Tuesday.", "2024-03-13", "b"),
        ],
    ),
    (
        "two strikes on one day in two towns",
        [
            ("Russian missiles struck Kharkiv on Monday.", "2024-03-12", "a"),
            ("Russian missiles struck Odesa on Monday.", "2024-03-12", "b"),
        ],
    ),
    (
        "one town on two days",
        [
            ("Rebels shelled Hama on Monday.", "2024-03-13", "a"),
            ("Rebels shelled Hama on Wednesday.", "2024-03-13", "b"),
        ],
    ),
    (
        "the two sides of one change of hands",
        [
            ("The army withdrew from Bakhmut on Saturday.", "2023-05-22", "a"),
            ("Wagner fighters captured Bakhmut on Saturday.", "2023-05-22", "b"),
        ],
    ),
    (
        "one town, one day, the two sides shelling",
        [
            ("The army shelled Homs on Friday.", "2024-03-12", "a"),
            ("Rebels shelled Homs on Friday.", "2024-03-12", "b"),
        ],
    ),
    (
        "a denial is no report of the attack",
        [
            ("Rebels attacked Hama on Monday.", "2024-03-12", "a"),
            ("Rebels did not attack Hama on Monday, their spokesman said.", "2024-03-12", "b"),
        ],
    ),
    (
        "the start of a war is not its first attack",
        [
            ("Hamas attacked southern Israel on 7 October 2023.", "2024-01-10", "a"),
            ("The war began on 7 October 2023.", "2024-01-10", "b"),
        ],
    ),
    (
        "a nameless strike that fits two is joined to neither",
        [
            ("Russian jets struck Idlib on Monday.", "2024-03-12", "a"),
            ("Russian jets struck Aleppo on Monday.", "2024-03-12", "b"),
            ("Russian jets struck on Monday, Syrian activists said.", "2024-03-12", "c"),
        ],
    ),
]


def _articles_of(rows: Sequence[tuple[str, str, str]]) -> list[Article]:
    return [Article(text, published, source=source) for text, published, source in rows]


@pytest.mark.parametrize("name, rows, groups", MERGE_CASES, ids=[c[0] for c in MERGE_CASES])
def test_reports_of_one_happening_merge(name: str, rows, groups) -> None:
    merged = [set(g) for g in _merged_groups(_articles_of(rows))]
    for group in groups:
        assert any(group <= m for m in merged), (group, merged)
        # and each merged event holds reports of that one happening only
        holder = next(m for m in merged if group <= m)
        assert holder == group, holder


@pytest.mark.parametrize("name, rows", KEPT_APART, ids=[c[0] for c in KEPT_APART])
def test_different_happenings_stay_apart(name: str, rows) -> None:
    tl = build_timeline(_articles_of(rows))
    assert all(len(e.sources) == 1 for e in tl.all_events), [
        [(r.source, r.trigger.text) for r in e.sources] for e in tl.all_events
    ]
    assert len(tl.all_events) >= len(rows) - (1 if name.startswith("a nameless") else 0)


# --- restatements within an article (coreference.RESTATEMENT_RULES) ------------------------------

# (rule, text, publication date, trigger, the trigger it restates or None for a happening of its own)
RESTATES = [
    # bare-place: a bare definite place ("the bridge") points back at the latest place of that head
    (
        "bare-place",
        "Drones destroyed a bridge near Kamenka on Tuesday. Local officials said the bridge was hit by rockets.",
        "2024-05-15",
        "hit",
        "destroyed",
    ),
    (
        "bare-place",
        "Jets struck an army base near Tanta on Monday. Witnesses say the barracks were hit by rockets.",
        "2024-05-15",
        "hit",
        "struck",
    ),
    (
        "bare-place",
        "Drones destroyed a bridge near Kamenka on Tuesday. Another bridge was hit by rockets.",
        "2024-05-15",
        "hit",
        None,
    ),
    (
        "bare-place",
        "Jets struck an army base in Tanta on Monday. Witnesses say the hospital was hit by rockets.",
        "2024-05-15",
        "hit",
        None,
    ),
    (
        "bare-place",
        "Drones destroyed a bridge near Kamenka on Tuesday. Four days later the bridge was hit by rockets.",
        "2024-05-25",
        "hit",
        None,
    ),
    # own-entry: an undated act of the one dated happening of its trigger entry, naming no place
    (
        "own-entry",
        "The army pulled out of Tanta on Sunday. Its commanders say the troops withdrew to spare the residents.",
        "2024-05-14",
        "withdrew",
        "pulled out",
    ),
    (
        "own-entry",
        "The army withdrew from Tanta on Sunday. It withdrew from Banha on Monday. "
        "Its commanders say the troops withdrew to spare the residents.",
        "2024-05-15",
        "withdrew#3",
        None,
    ),
    (
        "own-entry",
        "The army withdrew from Tanta on Sunday. The rebels say they withdrew too.",
        "2024-05-15",
        "withdrew#2",
        None,
    ),
    (
        "own-entry",
        "The army withdrew from Tanta on Sunday. Commanders said the troops would withdraw again.",
        "2024-05-15",
        "withdraw",
        None,
    ),
    (
        "own-entry",
        "The ministry said 75 people were killed in strikes on Rafah on Monday. "
        "Officials say about 30 people were killed in that attack.",
        "2024-05-14",
        "killed#2",
        None,
    ),
]


def _event(text: str, published: str, trigger: str) -> Event:
    word, _, nth = trigger.partition("#")
    found = sorted(
        (e for e in build_timeline(text, published).all_events if e.trigger.text == word), key=lambda e: e.trigger.start
    )
    return found[int(nth or 1) - 1]


@pytest.mark.parametrize(
    "rule, text, published, trigger, lead", RESTATES, ids=[f"{r[0]}:{r[3]}->{r[4]}" for r in RESTATES]
)
def test_a_restatement_points_at_its_lead(rule: str, text: str, published: str, trigger: str, lead: str | None) -> None:
    ev = _event(text, published, trigger)
    assert (ev.restates.text if ev.restates is not None else None) == lead


def test_each_restatement_rule_decides_an_example(monkeypatch: pytest.MonkeyPatch) -> None:
    from conflict_timeline.events import coreference

    fired: set[str] = set()

    def watched(rule: coreference.RestatementRule) -> coreference.RestatementRule:
        def find(mt, cl):  # type: ignore[no-untyped-def]
            found = rule.find(mt, cl)
            if found is not None:
                fired.add(rule.name)
            return found

        return coreference.RestatementRule(rule.name, find, rule.examples, rule.near_miss)

    monkeypatch.setattr(coreference, "RESTATEMENT_RULES", tuple(watched(r) for r in coreference.RESTATEMENT_RULES))
    for rule, text, published, trigger, lead in RESTATES:
        if lead is not None:
            fired.clear()
            _event(text, published, trigger)
            assert rule in fired, (rule, text)
    assert {r[0] for r in RESTATES} == {r.name for r in coreference.RESTATEMENT_RULES}


def test_a_restatement_whose_lead_is_not_merged_is_merged_as_any_report() -> None:
    a = Article(RESTATES[0][1], RESTATES[0][2], source="a")
    b = Article("Ukrainian drones destroyed a bridge near Kamenka on Tuesday.", "2024-05-15", source="b")
    alone = [e for e in build_timeline(a).all_events if e.restates is not None]
    assert [e.trigger.text for e in alone] == ["hit"]
    merged = merge_events(alone + list(build_timeline(b).all_events))
    assert merge_events(merged) == merged
    assert sorted(r.source for e in merged for r in e.sources) == ["a", "b"]
