"""Pathological input: time against size for each kind, each run in its own process with a timeout.

    python benchmarks/bench_pathological.py [--sizes 10000,100000,1000000] [--timeout 120] [--only NAME]

For each kind of input (issue 5's list and a few more) and each size, a fresh
Python process builds the text, warms the engine up on a short sentence and
times ``find_expressions`` on the text (best of 3 below 1 MB, one run at 1 MB).
A case that runs past ``--timeout`` seconds is killed and reported as a hang
instead of being waited for. Growth is linear when the time per character stays
flat: the last column divides the per-character cost at each size by the cost at
the smallest size (about 1 is linear; 10 at the largest size would be quadratic).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
import unicodedata

from _common import kib, machine, table

SPACES = (
    "".join(chr(c) for c in range(sys.maxunicode + 1) if unicodedata.category(chr(c)) == "Zs")
    + "\t\u2028\u2029\u200b\ufeff"
)
DASHES = "".join(chr(c) for c in range(sys.maxunicode + 1) if unicodedata.category(chr(c)) == "Pd") + "\u2212"


def _fill(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


#: name -> the repeated unit of text (each input is that unit repeated to the size)
KINDS = {
    "digits": "0123456789",
    "repeated month names": "December ",
    "since since since": "since ",
    "one line, no spaces": "abcdefghij2024xyzMay",
    "repeated punctuation": ".,;:!?-/'\"()",
    "every unicode space": "2" + SPACES + "December" + SPACES,
    "every unicode dash": "1998" + DASHES + "99 ",
    "digit groups": "2,000 1,500 2334 4-2 12/02/2024 ",
    "dates back to back": "Dec. 2, 2024 ",
    "month names, no spaces": "JanuaryFebruaryMarch",
    "weekdays, one endless clause": "on Monday and ",
    "narrative chain": "two days later ",
    "news text": "",  # real prose: the TBAQ texts cycled (see _common.news_text)
}


def run_one(name: str, size: int, repeat: int) -> dict:
    """Time one case in this process (called in the child)."""
    from _common import best_of, news_text

    from conflict_timeline import find_expressions

    text = news_text(size) if name == "news text" else _fill(KINDS[name], size)
    find_expressions("The talks ended on Monday, two days after the Dec. 2 vote.", "2024-12-02")
    found = len(find_expressions(text, "2024-12-02"))
    seconds = best_of(lambda: find_expressions(text, "2024-12-02"), repeat)
    return {"seconds": seconds, "found": found}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="10000,100000,1000000")
    parser.add_argument("--timeout", type=float, default=120.0)
    parser.add_argument("--only", action="append", help="run only this kind (repeatable)")
    parser.add_argument("--one", nargs=2, metavar=("NAME", "SIZE"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        size = int(args.one[1])
        print(json.dumps(run_one(args.one[0], size, 1 if size >= 1_000_000 else 3)))
        return

    sizes = [int(s) for s in args.sizes.split(",")]
    kinds = args.only or list(KINDS)
    rows = []
    worst = 0.0
    for name in kinds:
        base = None
        for size in sizes:
            t0 = time.perf_counter()
            try:
                out = subprocess.run(
                    [sys.executable, __file__, "--one", name, str(size)],
                    capture_output=True,
                    text=True,
                    timeout=args.timeout,
                )
            except subprocess.TimeoutExpired:
                rows.append([name, kib(size), f"> {args.timeout:.0f} (killed)", "-", "-", "HANG"])
                print(f"{name} {size}: timeout", file=sys.stderr)
                break
            if out.returncode != 0:
                last = (out.stderr.strip().splitlines() or ["?"])[-1]
                rows.append([name, kib(size), "-", "-", "-", f"CRASH: {last}"])
                print(f"{name} {size}: crash\n{out.stderr}", file=sys.stderr)
                break
            res = json.loads(out.stdout)
            per_char = res["seconds"] / size
            base = base or per_char
            growth = per_char / base
            worst = max(worst, growth)
            rows.append(
                [
                    name,
                    kib(size),
                    f"{res['seconds']:.4f}",
                    f"{size / res['seconds'] / 1e6:.2f}",
                    res["found"],
                    f"{growth:.2f}",
                ]
            )
            print(f"{name} {size}: {res['seconds']:.4f}s ({time.perf_counter() - t0:.1f}s wall)", file=sys.stderr)
    print(f"Machine: {machine()}\n")
    print(table(["input", "size (chars)", "seconds", "M chars/s", "expressions", "cost per char vs smallest"], rows))
    print(f"\nLargest growth of the per-character cost: {worst:.2f}x (1 = linear).")


if __name__ == "__main__":
    main()
