"""Throughput: find_expressions against dateparser's search_dates on the same TBAQ texts.

    python benchmarks/bench_throughput.py [--every N] [--repeat R]

Both run in this one process on the same documents: every N-th document of
TimeBank + AQUAINT (sorted by corpus, then name), because search_dates is
slow. search_dates is configured as a fair user would: ``languages=["en"]``
and ``RELATIVE_BASE`` set to the document's creation date. Both are warmed up
first (lexicons, compiled patterns, dateparser's language data). The engine
is also timed on every document. For context, one more row times search_dates
with its default settings (language detection on each text), as a user who
does not pass ``languages`` gets it; ``--no-autodetect`` skips that slow row.
``--cpu`` times by this process's CPU time instead of the wall clock (fairer on a
shared machine), and ``--dp-repeat`` keeps the best of that many runs of
search_dates too. Prints Markdown tables.
"""

from __future__ import annotations

import argparse
import datetime as dt

from _common import best_of, clock_of, load_tbaq, machine, table

from conflict_timeline import find_expressions


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--every", type=int, default=8, help="take every N-th document for the comparison")
    parser.add_argument("--repeat", type=int, default=3, help="runs of find_expressions (the best is kept)")
    parser.add_argument("--no-autodetect", action="store_true", help="skip search_dates without languages")
    parser.add_argument("--cpu", action="store_true", help="time by CPU time of this process, not the wall clock")
    parser.add_argument("--dp-repeat", type=int, default=1, help="runs of search_dates (the best is kept)")
    args = parser.parse_args()
    clock = clock_of(args.cpu)

    from dateparser.search import search_dates

    docs = load_tbaq()
    subset = docs[:: args.every]
    all_chars = sum(len(t) for _, t, _ in docs)
    sub_chars = sum(len(t) for _, t, _ in subset)

    warm = "The talks ended on Monday, two days after the Dec. 2 vote."
    find_expressions(warm, "2024-12-02")
    search_dates(warm, languages=["en"], settings={"RELATIVE_BASE": dt.datetime(2024, 12, 2)})

    def ours(ds: list) -> int:
        return sum(len(find_expressions(text, dct)) for _, text, dct in ds)

    found_all = ours(docs)
    t_all = best_of(lambda: ours(docs), args.repeat, clock)
    found_sub = ours(subset)
    t_sub = best_of(lambda: ours(subset), args.repeat, clock)

    def theirs(**languages: list[str]) -> tuple[float, int]:
        """The best time of ``--dp-repeat`` runs of search_dates over the subset, and what it found."""
        best, found = float("inf"), 0
        for _ in range(args.dp_repeat):
            found = 0
            t0 = clock()
            for _, text, dct in subset:
                base = dt.datetime.combine(dct, dt.time())
                found += len(search_dates(text, settings={"RELATIVE_BASE": base}, **languages) or [])  # type: ignore[arg-type]
            best = min(best, clock() - t0)
        return best, found

    t_dp, found_dp = theirs(languages=["en"])

    t_auto = found_auto = None
    if not args.no_autodetect:
        search_dates(warm, settings={"RELATIVE_BASE": dt.datetime(2024, 12, 2)})
        t_auto, found_auto = theirs()

    print(f"Machine: {machine()}; clock: {'CPU time' if args.cpu else 'wall clock'}\n")
    print(
        table(
            ["system", "documents", "characters", "seconds", "characters/s", "expressions found"],
            [
                [
                    "find_expressions, all TBAQ",
                    len(docs),
                    all_chars,
                    f"{t_all:.2f}",
                    f"{all_chars / t_all:,.0f}",
                    found_all,
                ],
                [
                    f"find_expressions, every {args.every}th doc",
                    len(subset),
                    sub_chars,
                    f"{t_sub:.3f}",
                    f"{sub_chars / t_sub:,.0f}",
                    found_sub,
                ],
                [
                    f"search_dates, languages=['en'], same {len(subset)} docs",
                    len(subset),
                    sub_chars,
                    f"{t_dp:.2f}",
                    f"{sub_chars / t_dp:,.0f}",
                    found_dp,
                ],
            ]
            + (
                [
                    [
                        f"search_dates, default settings, same {len(subset)} docs",
                        len(subset),
                        sub_chars,
                        f"{t_auto:.2f}",
                        f"{sub_chars / t_auto:,.0f}",
                        found_auto,
                    ]
                ]
                if t_auto is not None
                else []
            ),
        )
    )
    print(
        f"\nRatio on the same documents: find_expressions is {t_dp / t_sub:.1f}x faster than search_dates with languages=['en'] (target >= 12x)",
        end="",
    )
    print(f"; {t_auto / t_sub:.0f}x faster than search_dates with default settings." if t_auto is not None else ".")


if __name__ == "__main__":
    main()
