"""The import graph runs one way: timeline -> export -> display/model, never back.

Read from the source with ast (nothing imported), as the structure check does: imports inside
functions count, imports under ``if TYPE_CHECKING:`` do not.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PKG = Path(__file__).resolve().parent.parent / "conflict_timeline"


def runtime_imports(path: Path, root: Path = PKG.parent) -> set[str]:
    """Modules of the package imported by ``path`` at run time, as dotted names relative to the package."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skipped: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and getattr(node.test, "id", getattr(node.test, "attr", None)) == "TYPE_CHECKING":
            skipped.update(id(n) for sub in node.body for n in ast.walk(sub))
    package = path.relative_to(root).with_suffix("").parts[:-1]
    out: set[str] = set()
    for node in ast.walk(tree):
        if id(node) in skipped or not isinstance(node, ast.ImportFrom) or node.level == 0:
            continue
        base = list(package[: len(package) - (node.level - 1)])
        target = ".".join(base + ([node.module] if node.module else []))
        out.add(target)
        out.update(f"{target}.{a.name}" for a in node.names)
    return {t.removeprefix("conflict_timeline.").removeprefix("conflict_timeline") for t in out}


def imports_any(path: Path, forbidden: tuple[str, ...], root: Path = PKG.parent) -> list[str]:
    return sorted(t for t in runtime_imports(path, root) if any(t == f or t.startswith(f + ".") for f in forbidden))


@pytest.mark.parametrize("path", sorted((PKG / "export").glob("*.py")), ids=lambda p: p.name)
def test_exporters_never_import_the_timeline_stage(path: Path) -> None:
    assert imports_any(path, ("timeline", "pipeline")) == []


@pytest.mark.parametrize("name", ["model.py", "display.py"])
def test_the_model_never_imports_the_exporters_or_the_timeline(name: str) -> None:
    assert imports_any(PKG / name, ("export", "timeline", "pipeline")) == []


def test_display_is_a_leaf() -> None:
    # the model imports it; it may import nothing of the package back
    assert runtime_imports(PKG / "display.py") == set()


def test_the_check_sees_a_lazy_import(tmp_path: Path) -> None:
    # near-miss guard: an import inside a function is found, one under TYPE_CHECKING is not
    sample = tmp_path / "conflict_timeline" / "export" / "probe.py"
    sample.parent.mkdir(parents=True)
    sample.write_text(
        "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from ..model import Event\n"
        "def f():\n    from ..timeline import Timeline\n",
        encoding="utf-8",
    )
    assert imports_any(sample, ("timeline",), tmp_path) == ["timeline", "timeline.Timeline"]
    assert imports_any(sample, ("model",), tmp_path) == []
