"""Where the development corpora are, for the tests that read them (they skip when a corpus is absent).

The corpora are never part of the repository: ``benchmarks/_common.py`` finds them beside it
(``<repo>/../shared/corpora``, or ``$CONFLICT_TIMELINE_CORPORA``); the benchmarks folder is not
installed, so it is put on the path here, which also lets tests import the harness (``accuracy``).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import pytest

BENCHMARKS = Path(__file__).resolve().parents[1] / "benchmarks"
if str(BENCHMARKS) not in sys.path:
    sys.path.insert(0, str(BENCHMARKS))

from _common import corpus_dir  # noqa: E402


@pytest.fixture
def corpus() -> Callable[[str], Path]:
    """``corpus("timebank")``: the folder (or file) of that corpus; skips the test when it is absent."""

    def find(name: str) -> Path:
        path = corpus_dir(name)
        if not path.exists():
            pytest.skip(f"corpus {name} not found at {path}")
        return path

    return find
