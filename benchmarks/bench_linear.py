"""Linear growth: find_expressions (and build_timeline) on 10 KB, 100 KB and 1 MB of news text.

    python benchmarks/bench_linear.py [--sizes 10000,100000,1000000] [--repeat 3] [--cpu]

The text is the seed article and the TBAQ documents cycled and joined with
blank lines, cut to each size. Best of ``--repeat`` runs, in this process,
after a warm-up. The last column is the time per character relative to the
smallest size: flat (about 1) means linear. The same is then shown for
``build_timeline`` (events, anchoring and merging on top of the expressions).
"""

from __future__ import annotations

import argparse

from _common import best_of, clock_of, kib, machine, news_text, table

from conflict_timeline import build_timeline, find_expressions

PUBLISHED = "1998-02-27"  # most TBAQ documents are from the late 1990s


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="10000,100000,1000000")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--cpu", action="store_true", help="time by CPU time of this process, not the wall clock")
    args = parser.parse_args()
    clock = clock_of(args.cpu)
    sizes = [int(s) for s in args.sizes.split(",")]
    find_expressions("The talks ended on Monday, two days after the Dec. 2 vote.", PUBLISHED)
    rows = []
    base = None
    find_seconds = []
    for size in sizes:
        text = news_text(size)
        found = len(find_expressions(text, PUBLISHED))
        seconds = best_of(lambda text=text: find_expressions(text, PUBLISHED), args.repeat, clock)
        find_seconds.append(seconds)
        per_char = seconds / size
        base = base or per_char
        rows.append([kib(size), f"{seconds:.3f}", f"{size / seconds:,.0f}", found, f"{per_char / base:.2f}"])
    print(f"Machine: {machine()}\n")
    print(table(["news text", "seconds", "characters/s", "expressions", "cost per char vs smallest"], rows))

    rows = []
    base = None
    shares = []
    for size, found_in in zip(sizes, find_seconds, strict=True):
        text = news_text(size)
        events = len(build_timeline(text, PUBLISHED).all_events)
        seconds = best_of(lambda text=text: build_timeline(text, PUBLISHED), args.repeat, clock)
        shares.append(f"{kib(size)} {found_in / seconds:.2f}")
        per_char = seconds / size
        base = base or per_char
        rows.append([kib(size), f"{seconds:.3f}", f"{size / seconds:,.0f}", events, f"{per_char / base:.2f}"])
    print()
    print(table(["news text, build_timeline", "seconds", "characters/s", "events", "cost per char vs smallest"], rows))
    print(f"\nbuild_timeline's throughput as a share of find_expressions': {', '.join(shares)} (target >= 0.4)")


if __name__ == "__main__":
    main()
