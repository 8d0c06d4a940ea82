"""Throughput: find_expressions against dateparser's search_dates on the same TBAQ texts.

    python benchmarks/bench_throughput.py [--every N] [--repeat R]

Both run in this one process on the same documents: every N-th document of
TimeBank + AQUAINT (sorted by corpus, then name), because search_dates is
slow. search_dates is configured as a fair user would: ``languages=["en"]``
and ``RELATIVE_BASE`` set to the document's creation date. Both are warmed up
first (lexicons, compiled patterns, dateparser's language data). The engine
is also timed on every document. Prints Markdown tables.
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

    print(f"Machine: {machine()}\n")
    print(
        table(
            ["system", "documents", "characters", "seconds", "characters/s", "expressions found"],
            [
                ["find_expressions, all TBAQ", len(docs), all_chars, f"{t_all:.2f}", f"{all_chars / t_all:,.0f}", found_all],
                [f"find_expressions, every {args.every}th doc", len(subset), sub_chars, f"{t_sub:.3f}", f"{sub_chars / t_sub:,.0f}", found_sub],
                [f"dateparser search_dates, same {len(subset)} docs", len(subset), sub_chars, f"{t_dp:.2f}", f"{sub_chars / t_dp:,.0f}", found_dp],
            ],
        )
    )
    print(f"\nRatio on the same documents: find_expressions is {t_dp / t_sub:.1f}x faster than search_dates (target >= 10x).")


if __name__ == "__main__":
    main()
