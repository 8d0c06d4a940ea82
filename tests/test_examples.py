"""Every example script and the notebook run, from a foreign working directory, so none of them rots."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from conflict_timeline import build_timeline
from conflict_timeline.export import date_label
from conflict_timeline.inputs import read_inputs

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"


def run_example(name: str, *args: str, cwd: Path) -> str:
    proc = subprocess.run(
        [sys.executable, str(EXAMPLES / name), *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=300,
        env={
            **os.environ,
            "MPLBACKEND": "Agg",
            "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])),
        },
    )
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr
    return proc.stdout


def test_every_example_is_covered() -> None:
    scripts = sorted(p.name for p in EXAMPLES.glob("*.py"))
    assert scripts == ["dataframe_analysis.py", "folder_merged.py", "one_article.py", "timelinejs_export.py"]
    assert [p.name for p in EXAMPLES.glob("*.ipynb")] == ["timeline_notebook.ipynb"]


def test_one_article(tmp_path: Path) -> None:
    out = run_example("one_article.py", cwd=tmp_path)
    assert out.startswith("seed-000, published 2024-12-02: ")
    [article] = read_inputs([ROOT / "seeds"])
    for ev in build_timeline(article):
        assert date_label(ev.when) in out and ev.summary in out


def test_folder_merged(tmp_path: Path) -> None:
    out = run_example("folder_merged.py", cwd=tmp_path)
    assert out.startswith("3 articles -> ")
    for source in ("wire-morning", "daily-update", "evening-report"):
        assert f"{source}]" in out
    assert "neighbouring pairs" in out


def test_timelinejs_export(tmp_path: Path) -> None:
    out = run_example("timelinejs_export.py", "tl.json", cwd=tmp_path)
    doc = json.loads((tmp_path / "tl.json").read_text(encoding="utf-8"))
    assert out.startswith(f"wrote {len(doc['events'])} slides to tl.json")
    assert doc["title"]["text"]["headline"] == "The fall of Aleppo, as reported"
    assert doc["events"], "the example articles give events"
    for slide in doc["events"]:
        assert "year" in slide["start_date"] and slide["text"]["headline"] and slide["group"]


def test_dataframe_analysis(tmp_path: Path) -> None:
    out = run_example("dataframe_analysis.py", cwd=tmp_path)
    assert "VIOLENCE_AGAINST_CIVILIANS" in out  # categoricals list kinds with no events too
    assert "events per week" in out


def test_notebook_runs_and_shows_rich_output() -> None:
    import nbformat
    from nbclient import NotebookClient

    path = EXAMPLES / "timeline_notebook.ipynb"
    nb = nbformat.read(path, as_version=4)
    code_cells = [c for c in nb.cells if c.cell_type == "code"]
    assert all(not c.outputs and c.execution_count is None for c in code_cells), "commit the notebook without outputs"
    NotebookClient(nb, timeout=300, kernel_name="python3", resources={"metadata": {"path": str(EXAMPLES)}}).execute()
    kinds = [[key for out in c.outputs for key in out.get("data", {})] for c in code_cells]
    assert "text/html" in kinds[0]  # the Timeline shows as a table
    assert "text/html" in kinds[1]  # an Event as a card
    assert "image/png" in kinds[-1]  # the chart
    assert "<b>Timeline</b>" in code_cells[0].outputs[0]["data"]["text/html"]
    assert all(out.output_type != "error" for c in code_cells for out in c.outputs)


def _extra(name: str) -> list[str]:
    import re

    try:
        import tomllib
    except ImportError:  # Python 3.10: the same parser, from the core dependency tomli
        import tomli as tomllib

    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return [re.split(r"[<>=!~;\[ ]", req, maxsplit=1)[0].lower() for req in project["optional-dependencies"][name]]


def test_the_notebook_extra_installs_what_the_notebook_imports_and_what_runs_it() -> None:
    import ast
    import importlib.metadata
    import sys

    import nbformat

    nb = nbformat.read(EXAMPLES / "timeline_notebook.ipynb", as_version=4)
    modules: set[str] = set()
    for cell in nb.cells:
        if cell.cell_type == "code":
            for node in ast.walk(ast.parse(cell.source)):
                if isinstance(node, ast.Import):
                    modules.update(a.name.split(".")[0] for a in node.names)
                elif isinstance(node, ast.ImportFrom) and node.module:
                    modules.add(node.module.split(".")[0])
    # what the notebook's calls import on use: to_dataframe needs pandas, plot matplotlib
    modules |= {"pandas", "matplotlib"}
    extra = set(_extra("notebook"))
    distributions = importlib.metadata.packages_distributions()
    for module in sorted(modules - set(sys.stdlib_module_names) - {"conflict_timeline"}):
        assert {d.lower() for d in distributions.get(module, [module])} & extra, module
    # a kernel to run it, JupyterLab to open it, nbclient to run it without a browser (as this file does)
    assert {"ipykernel", "jupyterlab", "nbclient", "nbformat"} <= extra
