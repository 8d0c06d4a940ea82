"""Merging stays near-linear: N one-event articles, and one long chronology, at 1x, 2x and 4x the size.

    python benchmarks/bench_merge.py [--articles 1000,2000,4000] [--chronology 40000,80000,160000] [--repeat 3]

Articles: each real-world event is reported twice, by two articles phrased differently (the pairs
merge), in a mix of kinds, towns, actors and days (over two years for 1,000 articles, and as many more
days as there are more articles: a bigger feed covers a longer time at the same pace), so that
merging has real work: blocking must find the partner among thousands of others. Timed: ``build_timeline`` on all the
articles (every stage), and the merge alone (``timeline_from_events`` on the events the articles
gave), and how many report-cluster comparisons the merge made. Chronology: one article of dated lines ("March 3, 2011 - Rebels seized Hama ..."), cut to
each size, through ``build_timeline`` (the event stage's folding of one article's mentions is the
part that used to compare every event with every other). Least CPU time (``time.process_time``) of
``--repeat`` runs, each after a ``gc.collect()``; the "vs smallest" columns relate each size to the
smallest, to compare with the size ratio (4x the input should cost at most about 5x).
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import time
from collections.abc import Callable

from _common import machine, table

from conflict_timeline import Article, Event, build_timeline
from conflict_timeline.events import merge_events, merging
from conflict_timeline.pipeline import analyse
from conflict_timeline.settings import Settings
from conflict_timeline.timeline import timeline_from_events

TOWNS = """Aleppo Hama Homs Idlib Raqqa Palmyra Manbij Afrin Kobani Daraa Mosul Kirkuk Tikrit Ramadi Falluja
Baiji Sirte Tripoli Benghazi Misrata Derna Goma Bukavu Beni Butembo Bunia Rutshuru Kiwanja Sake Minova
Kharkiv Izium Bakhmut Avdiivka Kherson Mariupol Sumy Sudzha Pokrovsk Kupiansk Marib Taiz Hodeidah Aden
Sanaa Mocoa Jiribam Bamako Gao Timbuktu Menaka Kidal Niamey Tillaberi Maiduguri Bama Gwoza Baga Palma""".split()
ACTORS = ["Rebels", "Government forces", "Russian troops", "Islamist militants", "Army units", "Gunmen", "Militias"]
PAIRS = [
    ("{a} seized {t} on {d}, officials said.", "{t} fell to {a2} on {d}, according to residents."),
    ("Airstrikes hit {t} on {d}, killing at least {k} people.", "An air raid on {t} killed {k} people on {d}."),
    ("{a} clashed with the army near {t} on {d}.", "Fighting broke out near {t} on {d} between {a2} and the army."),
    ("Protesters rallied in {t} on {d}.", "Hundreds of people marched in {t} on {d}."),
    ("{a} shelled {t} on {d}.", "Shelling of {t} by {a2} on {d} damaged homes."),
]


SYLLABLES = "ka ra to mi lu se bo na di fe gu ha".split()


def _name(j: int) -> str:
    """A made-up town name of its own for the ``j``-th event ("Karato", "Mibolu")."""
    parts = []
    while True:
        j, k = divmod(j, len(SYLLABLES))
        parts.append(SYLLABLES[k])
        if j == 0:
            break
    return "".join(parts + ["n"]).title()


def _day(d: dt.date) -> str:
    return f"{d:%B} {d.day}, {d.year}"


def articles(n: int) -> list[Article]:
    """``n`` one-event articles: ``n // 2`` events, each told by two articles."""
    out = []
    for i in range(n):
        j = i // 2
        day = dt.date(2000, 1, 1) + dt.timedelta(days=(j * 7) % max(730, n // 2))  # the span grows with n
        town = TOWNS[j] if j < len(TOWNS) else _name(j)
        actor = ACTORS[j % len(ACTORS)]
        form = PAIRS[j % len(PAIRS)][i % 2]
        text = form.format(a=actor, a2=actor.lower(), t=town, d=_day(day), k=3 + j % 40)
        out.append(Article(text, day + dt.timedelta(days=1 + i % 2), source=f"wire-{i}"))
    return out


CHRONOLOGY_LINES = [
    "{d} - {a} seized {t} after heavy fighting with government forces.",
    "{d} - Airstrikes hit {t}, killing at least {k} people, activists said.",
    "{d} - Government troops recaptured {t}.",
    "{d} - Talks between the government and the opposition opened in Geneva.",
    "{d} - Protesters rallied in {t} against the siege.",
]


def chronology(size: int) -> str:
    """A chronology of about ``size`` characters: one dated event a line, three days apart."""
    lines = []
    total = 0
    i = 0
    while total < size:
        day = dt.date(2011, 3, 1) + dt.timedelta(days=3 * i)
        line = CHRONOLOGY_LINES[i % len(CHRONOLOGY_LINES)].format(
            d=_day(day), a=ACTORS[i % len(ACTORS)], t=TOWNS[(i * 7) % len(TOWNS)], k=3 + i % 40
        )
        lines.append(line)
        total += len(line) + 1
        i += 1
    return "Syria: a chronology of the war\n\n" + "\n".join(lines)


def _timed(fn: Callable[[], object], repeat: int) -> float:
    """The least CPU time of ``repeat`` runs, each after a ``gc.collect()``: CPU seconds of this
    process, so that other work on a shared machine does not count (wall-clock time does)."""
    best = float("inf")
    for _ in range(repeat):
        gc.collect()
        t0 = time.process_time()
        fn()
        best = min(best, time.process_time() - t0)
    return best


def _comparisons(events: list[Event]) -> int:
    """How many times merging compares a report with a cluster (the work blocking bounds)."""
    count = 0
    real = merging._score

    def counting(r: merging.Report, c: object) -> int | None:
        nonlocal count
        count += 1
        return real(r, c)  # type: ignore[arg-type]

    merging._score = counting  # type: ignore[assignment]
    try:
        merge_events(events)
    finally:
        merging._score = real  # type: ignore[assignment]
    return count


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", default="1000,2000,4000")
    parser.add_argument("--chronology", default="40000,80000,160000")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    build_timeline(articles(10))  # warm up
    rows = []
    base: tuple[float, float] | None = None
    for n in (int(x) for x in args.articles.split(",")):
        arts = articles(n)
        events = [e for a in arts for e in analyse(a, Settings()).events]
        whole = build_timeline(arts)
        merged = len(whole.all_events)
        total = _timed(lambda arts=arts: build_timeline(arts), args.repeat)
        merge = _timed(lambda events=events: timeline_from_events(events), args.repeat)
        compared = _comparisons(events)
        base = base or (total, merge, compared)
        rows.append(
            [
                n,
                len(events),
                merged,
                f"{total:.3f}",
                f"{total / base[0]:.2f}",
                f"{merge:.3f}",
                f"{merge / base[1]:.2f}",
                compared,
                f"{compared / base[2]:.2f}",
            ]
        )
    print(f"Machine: {machine()}\n")
    print(
        table(
            [
                "articles",
                "events",
                "after merging",
                "build_timeline CPU s",
                "vs smallest",
                "merge alone CPU s",
                "vs smallest",
                "comparisons",
                "vs smallest",
            ],
            rows,
        )
    )
    rows = []
    first: float | None = None
    for size in (int(x) for x in args.chronology.split(",")):
        text = chronology(size)
        events = len(build_timeline(text, "2030-01-01").all_events)
        seconds = _timed(lambda text=text: build_timeline(text, "2030-01-01"), args.repeat)
        first = first or seconds
        rows.append([f"{size // 1000} KB", events, f"{seconds:.3f}", f"{seconds / first:.2f}"])
    print()
    print(table(["chronology", "events", "build_timeline CPU s", "vs smallest"], rows))


if __name__ == "__main__":
    main()
