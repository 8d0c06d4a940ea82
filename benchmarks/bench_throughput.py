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
Prints Markdown tables.
"""

from __future__ import annotations

import argparse
import datetime as dt
import time

from _common import best_of, load_tbaq, machine, table

from conflict_timeline import find_expressions


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--every", type=int, default=8, help="take every N-th document for the comparison")
    parser.add_argument("--repeat", type=int, default=3, help="runs of find_expressions (the best is kept)")
    parser.add_argument("--no-autodetect", action="store_true", help="skip search_dates without languages")
    args = parser.parse_args()

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
    t_all = best_of(lambda: ours(docs), args.repeat)
    found_sub = ours(subset)
    t_sub = best_of(lambda: ours(subset), args.repeat)

    found_dp = 0
    t0 = time.perf_counter()
    for _, text, dct in subset:
        base = dt.datetime.combine(dct, dt.time())
        found_dp += len(search_dates(text, languages=["en"], settings={"RELATIVE_BASE": base}) or [])
    t_dp = time.perf_counter() - t0

    t_auto = found_auto = None
    if not args.no_autodetect:
        search_dates(warm, settings={"RELATIVE_BASE": dt.datetime(2024, 12, 2)})
        found_auto = 0
        t0 = time.perf_counter()
        for _, text, dct in subset:
            base = dt.datetime.combine(dct, dt.time())
            found_auto += len(search_dates(text, settings={"RELATIVE_BASE": base}) or [])
        t_auto = time.perf_counter() - t0

    print(f"Machine: {machine()}\n")
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
        f"\nRatio on the same documents: find_expressions is {t_dp / t_sub:.1f}x faster than search_dates with languages=['en'] (target >= 10x)",
        end="",
    )
    print(f"; {t_auto / t_sub:.0f}x faster than search_dates with default settings." if t_auto is not None else ".")


if __name__ == "__main__":
    main()
