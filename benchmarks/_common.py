"""Shared helpers of the benchmark scripts: corpora, news text of a given size, timing, tables."""

from __future__ import annotations

import datetime as dt
import os
import platform
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run from a checkout without installing
    sys.path.insert(0, str(ROOT))

SEED = ROOT / "seeds" / "000_822785d56b3e9daf.txt"

#: Overrides where the development corpora are (a folder with one sub-folder per corpus).
CORPORA_ENV = "CONFLICT_TIMELINE_CORPORA"
#: TimeBank and AQUAINT, the TempEval-3 training data, in reporting order.
TBAQ = ("timebank", "aquaint")


def corpora_dir() -> Path:
    """The folder of the development corpora: ``$CONFLICT_TIMELINE_CORPORA``, else ``<repo>/../shared/corpora``.

    They are read where they are, never copied into the repository; the folder may not exist.
    """
    env = os.environ.get(CORPORA_ENV)
    return Path(env) if env else ROOT.parent / "shared" / "corpora"


def corpus_dir(name: str) -> Path:
    """The folder (or file) of one corpus, e.g. ``corpus_dir("timebank")``; it may not exist."""
    return corpora_dir() / name


def load_tbaq() -> list[tuple[str, str, dt.date]]:
    """(doc id, text, creation date) of every TimeBank and AQUAINT document, sorted by corpus then name.

    Uses ``conflict_timeline.timeml.read_timeml``; exits with a message when the corpora are absent.
    """
    from conflict_timeline.timeml import read_timeml

    docs = []
    for name in TBAQ:
        folder = corpus_dir(name)
        if not folder.is_dir():
            sys.exit(f"corpus folder not found: {folder} (set {CORPORA_ENV})")
        for path in sorted(folder.glob("*.tml")):
            doc = read_timeml(path)
            docs.append((doc.doc_id, doc.text, doc.dct))
    return docs


def news_text(size: int) -> str:
    """``size`` characters of real news prose: the TBAQ texts and the seed article, cycled."""
    parts = [SEED.read_text(encoding="utf-8")] + [text for _, text, _ in load_tbaq()]
    out: list[str] = []
    total = 0
    i = 0
    while total < size:
        piece = parts[i % len(parts)]
        out.append(piece)
        total += len(piece) + 2
        i += 1
    return "\n\n".join(out)[:size]


def best_of(fn: Callable[[], object], repeat: int, clock: Callable[[], float] = time.perf_counter) -> float:
    """The fastest of ``repeat`` runs of ``fn``, in seconds (the least disturbed one), by ``clock``:
    the wall clock, or ``time.process_time`` (this process's CPU time, which other work on a shared
    machine does not inflate)."""
    best = float("inf")
    for _ in range(repeat):
        t0 = clock()
        fn()
        best = min(best, clock() - t0)
    return best


def clock_of(cpu: bool) -> Callable[[], float]:
    """The clock of a ``--cpu`` flag: CPU time of this process, else the wall clock."""
    return time.process_time if cpu else time.perf_counter


def machine() -> str:
    """One line describing where the figures were taken."""
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = ""
    try:
        kb = int(Path("/proc/meminfo").read_text().split()[1])
        mem = f", {kb / 1024 / 1024:.0f} GiB RAM"
    except (OSError, ValueError, IndexError):
        pass
    return f"{cpu}, {os.cpu_count()} cores{mem}, Python {platform.python_version()} ({platform.system()})"


def table(headers: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    """A Markdown table."""
    lines = ["| " + " | ".join(headers) + " |", "|" + "|".join("---" for _ in headers) + "|"]
    lines += ["| " + " | ".join(str(c) for c in row) + " |" for row in rows]
    return "\n".join(lines)


def kib(n: int) -> str:
    """A size in characters, for a table (decimal units: 10 K = 10,000)."""
    return f"{n / 1000:,.0f} K" if n < 1_000_000 else f"{n / 1_000_000:,.0f} M"
