"""Number-dense text against news text: the cost per character of each, as a ratio.

    python benchmarks/bench_dense.py [--size 100000] [--repeat 3] [--cpu] [--stage find|build] [--profile NAME]

Tables of scores and figures, lists of years and ranges, dates back to back: text made mostly of
numbers, each a candidate for a date rule. Each kind is repeated to ``--size`` characters and
timed (best of ``--repeat``) with ``find_expressions`` (``--stage find``) or ``build_timeline``
(``--stage build``), as is the same amount of real news prose (the TBAQ texts and the seed,
cycled; see ``_common.news_text``). The last column is the cost per character against news
text: the promise is at most 3 for every input. ``--profile NAME`` prints a cProfile of one
kind instead (the 25 functions with the most time of their own).
"""

from __future__ import annotations

import argparse
import cProfile
import pstats

from _common import best_of, clock_of, machine, news_text, table

from conflict_timeline import build_timeline, find_expressions

#: name -> the repeated unit of text
KINDS = {
    "issue 12's sample": "2016, 2,000 1998-99 12/02/2024 ",
    "scores table": "Arsenal 2-1 Chelsea | Liverpool 3-3 Everton | 1-0 (2-2 agg.) | 4-2 on penalties\n",
    "figures table": "| 2016 | 2,000 | 1998-99 | 12/02/2024 | 45.6% | 1,234,567 | 3.5 | 2017-18 |\n",
    "years and ranges": "1998, 1999, 2000-01, 2002-2004, 2005/06, '07, 2008 to 2010, 2011-12, ",
    "dates back to back": "12/02/2024 13/02/2024 2024-02-14 02.15.2024 16-02-2024 ",
    "digits and commas": "1,000 2,000 3,000 4,000 5,000 6,000 7,000 8,000 9,000 ",
    "clock times and scores": "10:30 2-1 11:45 3-2 12:00 1-1 13:15 0-4 ",
}


def _fill(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


def _stage(name: str):  # type: ignore[no-untyped-def]
    if name == "find":
        return lambda text: find_expressions(text, "2024-12-02")
    return lambda text: build_timeline(text, "2024-12-02")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--size", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--cpu", action="store_true", help="time by CPU time of this process, not the wall clock")
    parser.add_argument("--stage", choices=["find", "build"], default="find")
    parser.add_argument("--profile", metavar="NAME", help="profile one kind (a key of KINDS, or 'news')")
    args = parser.parse_args()
    clock = clock_of(args.cpu)
    run = _stage(args.stage)
    run("The talks ended on Monday, two days after the Dec. 2 vote.")  # warm-up: lexicons, patterns

    news = news_text(args.size)
    if args.profile:
        text = news if args.profile == "news" else _fill(KINDS[args.profile], args.size)
        prof = cProfile.Profile()
        prof.runcall(run, text)
        pstats.Stats(prof).sort_stats("tottime").print_stats(25)
        return

    base = best_of(lambda: run(news), args.repeat, clock) / len(news)
    rows = [["news text", f"{base * 1e6:.2f}", "1.00"]]
    worst = 0.0
    for name, unit in KINDS.items():
        text = _fill(unit, args.size)
        per_char = best_of(lambda t=text: run(t), args.repeat, clock) / len(text)
        worst = max(worst, per_char / base)
        rows.append([name, f"{per_char * 1e6:.2f}", f"{per_char / base:.2f}"])
    print(f"Machine: {machine()}\nStage: {args.stage}, {args.size:,} characters each, best of {args.repeat}\n")
    print(table(["input", "µs per char", "cost per char vs news"], rows))
    print(f"\nWorst ratio: {worst:.2f}x (the promise: at most 3x)")


if __name__ == "__main__":
    main()
