"""Where the development corpora (TimeML) live, computed, never hard-coded.

``CONFLICT_TIMELINE_CORPORA`` wins when set; otherwise the corpora sit beside
the repository, in ``<repo root>/../shared/corpora``. Nothing is copied into
the repository.
"""

from __future__ import annotations

import os
from pathlib import Path

__all__ = ["ENV_VAR", "corpora_dir", "corpus_dir", "tml_files", "DEFAULT_CORPORA"]

ENV_VAR = "CONFLICT_TIMELINE_CORPORA"

#: The corpora scored by default, in reporting order.
DEFAULT_CORPORA = ("timebank", "aquaint")


def corpora_dir() -> Path:
    """The folder holding one sub-folder per corpus (it may not exist)."""
    env = os.environ.get(ENV_VAR)
    if env:
        return Path(env)
    repo_root = Path(__file__).resolve().parent.parent
    return repo_root.parent / "shared" / "corpora"


def corpus_dir(name: str) -> Path:
    """The folder of one corpus, e.g. ``corpus_dir("timebank")`` (it may not exist)."""
    return corpora_dir() / name


def tml_files(path: os.PathLike[str] | str) -> list[Path]:
    """The ``.tml`` files of a folder, sorted by name; a file path gives itself.

    Raises ``FileNotFoundError`` when the path does not exist.
    """
    p = Path(path)
    if p.is_dir():
        return sorted(f for f in p.iterdir() if f.suffix == ".tml" and f.is_file())
    if p.is_file():
        return [p]
    raise FileNotFoundError(f"no such corpus file or folder: {p}")
