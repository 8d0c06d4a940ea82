"""Batch: articles per second on 1 and 2 workers, peak memory; JSONL streaming memory over 100,000 articles.

    python benchmarks/bench_batch.py [--copies 4] [--repeat 3] [--jsonl 10000,100000] [--workers 1,2]

Part 1: every TBAQ document (``--copies`` times over) as an ``Article`` through
``build_timelines``; ``workers=1`` runs in the calling process, ``workers=2``
in two worker processes (started anew for each run: their start-up is
counted). Each configuration runs in a fresh process that keeps the best of
``--repeat`` runs and reports its own peak resident memory and that of its
largest worker.

Part 2: ``run_jsonl`` (read JSONL, build, write JSONL) with 2 workers over
generated files of small articles (one or two sentences, dates spread over
four years). The parent samples the main process's resident memory while it
runs: flat means the same peak for 10,000 and 100,000 articles.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _common import ROOT, load_tbaq, machine, table

SENTENCES = [
    "On Monday, Iraqi fighters crossed into Syria.",
    "Rebels seized Aleppo last week, officials said.",
    "Two days later, the army recaptured the town of Hama.",
    "Talks between the government and the rebels are planned for next month in Geneva.",
    "Airstrikes hit Idlib on Sunday, killing at least 11 people.",
    "Protesters gathered on Friday in the capital; police fired tear gas.",
    "The ceasefire signed on 12/02/2024 held until Friday night.",
    "Since 2011, more than 300,000 people have died in the war.",
]


def _child_batch(copies: int, workers: int, repeat: int) -> dict:
    from conflict_timeline import Article
    from conflict_timeline.batch import build_timelines

    arts = [Article(text, dct, source=doc_id) for doc_id, text, dct in load_tbaq()] * copies
    seconds = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        ok = sum(1 for r in build_timelines(arts, workers=workers, chunksize=4) if r.ok)
        seconds = min(seconds, time.perf_counter() - t0)
    return {
        "articles": len(arts),
        "ok": ok,
        "seconds": seconds,
        "rss_main_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "rss_worker_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
    }


def _child_jsonl(src: str, dst: str, workers: int) -> dict:
    from conflict_timeline.batch import run_jsonl

    t0 = time.perf_counter()
    summary = run_jsonl(src, dst, workers=workers, chunksize=32)
    return {
        "ok": summary.ok,
        "failed": summary.failed,
        "seconds": time.perf_counter() - t0,
        "rss_main_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "rss_worker_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
    }


def _write_articles(path: Path, n: int) -> None:
    start = dt.date(2021, 1, 1)
    with path.open("w", encoding="utf-8") as fh:
        for i in range(n):
            text = SENTENCES[i % len(SENTENCES)] + " " + SENTENCES[(i * 7 + 3) % len(SENTENCES)]
            published = (start + dt.timedelta(days=i % 1461)).isoformat()
            fh.write(json.dumps({"text": text, "published": published, "source": f"gen-{i}"}) + "\n")


def _rss_mb(pid: int) -> float:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def _run_child(args: list[str], sample: bool = False) -> tuple[dict, list[float]]:
    proc = subprocess.Popen([sys.executable, __file__, *args], stdout=subprocess.PIPE, text=True)
    samples: list[float] = []
    while proc.poll() is None:
        if sample:
            samples.append(_rss_mb(proc.pid))
        time.sleep(0.5)
    out = proc.stdout.read() if proc.stdout else ""
    if proc.returncode != 0:
        sys.exit(f"child {args} failed with {proc.returncode}")
    return json.loads(out), [s for s in samples if s > 0]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--copies", type=int, default=4)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--workers", default="1,2")
    parser.add_argument("--jsonl", default="10000,100000", help="article counts for part 2 ('' to skip)")
    parser.add_argument("--child-batch", nargs=3, type=int, help=argparse.SUPPRESS)
    parser.add_argument("--child-jsonl", nargs=3, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child_batch:
        print(json.dumps(_child_batch(*args.child_batch)))
        return
    if args.child_jsonl:
        src, dst, workers = args.child_jsonl
        print(json.dumps(_child_jsonl(src, dst, int(workers))))
        return

    print(f"Machine: {machine()}\n")
    rows = []
    base = None
    for workers in [int(w) for w in args.workers.split(",")]:
        res, _ = _run_child(["--child-batch", str(args.copies), str(workers), str(args.repeat)])
        rate = res["articles"] / res["seconds"]
        base = base or rate
        rows.append(
            [
                workers,
                res["articles"],
                res["ok"],
                f"{res['seconds']:.2f}",
                f"{rate:.1f}",
                f"{rate / base:.2f}x",
                f"{res['rss_main_mb']:.0f}",
                f"{res['rss_worker_mb']:.0f}" if workers > 1 else "-",
            ]
        )
    print(
        table(
            [
                "workers",
                "articles",
                "ok",
                "seconds",
                "articles/s",
                "speed-up",
                "peak RSS main (MB)",
                "peak RSS per worker (MB)",
            ],
            rows,
        )
    )

    counts = [int(n) for n in args.jsonl.split(",") if n]
    if not counts:
        return
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for n in counts:
            src, dst = Path(tmp) / f"in-{n}.jsonl", Path(tmp) / f"out-{n}.jsonl"
            _write_articles(src, n)
            res, samples = _run_child(["--child-jsonl", str(src), str(dst), "2"], sample=True)
            lines = sum(1 for _ in dst.open(encoding="utf-8"))
            quart = (
                [samples[min(len(samples) - 1, int(q * len(samples)))] for q in (0.25, 0.5, 0.75)] if samples else []
            )
            rows.append(
                [
                    f"{n:,}",
                    f"{src.stat().st_size / 1e6:.1f}",
                    f"{dst.stat().st_size / 1e6:.1f}",
                    lines,
                    res["failed"],
                    f"{res['seconds']:.1f}",
                    f"{n / res['seconds']:.0f}",
                    " / ".join(f"{q:.0f}" for q in quart),
                    f"{res['rss_main_mb']:.0f}",
                    f"{res['rss_worker_mb']:.0f}",
                ]
            )
            dst.unlink()
            src.unlink()
    print()
    print(
        table(
            [
                "articles",
                "in (MB)",
                "out (MB)",
                "lines out",
                "failed",
                "seconds",
                "articles/s",
                "main RSS at 25/50/75 % of the run (MB)",
                "peak RSS main (MB)",
                "peak RSS per worker (MB)",
            ],
            rows,
        )
    )


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    main()
