"""Every code block of README.md and docs/*.md runs, so the documentation cannot drift from the code.

The rules (also in docs/index.md, "These pages are tested"):

* ``python`` blocks run in order in one namespace per page, in a scratch folder holding links to
  ``seeds/`` and ``examples/``; an ``output`` block right after a block is its exact stdout.
* ``sh``/``bash``/``console`` blocks run line by line in bash, ``conflict-timeline`` and ``python``
  meaning this checkout's command and interpreter; a line must exit 0 unless it ends in
  ``# exit N``. Every command-line example runs for real, except set-up lines (``-m venv``,
  ``pip install``, not run) and the measurements (the scorer ``python -m
  conflict_timeline.evaluate`` and ``conflict-timeline score``, ``python benchmarks/...``,
  ``python fuzz/...``, also in a pipe), which only check that tool's ``--help``: they measure for
  minutes or need corpora the page assumes.
* ``json`` blocks must parse (as one document or as JSON Lines), unless they elide parts with
  ``...``; one that names a schema of the library (``"schema": "conflict_timeline/..."``) must be
  valid against docs/schema/timeline.schema.json. Blocks without a language are prose; a
  command-line example there must be a synopsis (it names placeholders such as ``FILE...``).
* The examples of ``conflict-timeline --help`` run too, in a folder holding the files they name.
* ``<!-- doc-test: skip -->`` on the line before a block leaves it out; so does naming a
  placeholder service (``scheduler.example.org``, ``s3://my-bucket``): such a block is a
  template for the reader's own infrastructure.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

import attrs
import pytest
from schema_check import validate

ROOT = Path(__file__).resolve().parents[1]
PAGES = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]

_FENCE = re.compile(r"^(`{3,})([\w+-]*)\s*$")
_SHELL = {"sh", "bash", "shell", "console"}
# a measurement anywhere in the line (also after a pipe): the scorer, a benchmark, the fuzzer;
# checked with --help only. Every other command (python -m conflict_timeline.batch ...) runs.
_MEASURE = re.compile(
    r"(?:^|[|;&]\s*)(?:(?:python3?|\S*/python3?)\s+(?:-m\s+(conflict_timeline\.evaluate)\b|((?:benchmarks|fuzz)/\S+\.py))"
    r"|conflict-timeline\s+(score)\b)"
)
_EXIT = re.compile(r"#\s*exit\s+(\d+)\s*$")
# a block that names a placeholder service (a cluster at example.org, a bucket) is a template
# for the reader's own infrastructure, not something a test machine can reach
_PLACEHOLDER = re.compile(r"\b[\w.-]*example\.(?:org|com|net)\b|\bs3://my-bucket")


@attrs.frozen(slots=True)
class Block:
    lang: str
    code: str
    line: int
    skip: bool


def blocks(text: str) -> list[Block]:
    """The fenced code blocks of a Markdown text, with their first line number."""
    out: list[Block] = []
    lines = text.splitlines()
    i = 0
    while i < len(lines):
        m = _FENCE.match(lines[i])
        if m is None:
            i += 1
            continue
        fence, lang = m.group(1), m.group(2).lower()
        prev = next((lines[j].strip() for j in range(i - 1, -1, -1) if lines[j].strip()), "")
        j = i + 1
        while j < len(lines) and lines[j].rstrip() != fence:
            j += 1
        if j == len(lines):
            raise AssertionError(f"line {i + 1}: unclosed code block")
        out.append(Block(lang, "\n".join(lines[i + 1 : j]) + "\n", i + 1, prev.startswith("<!-- doc-test: skip")))
        i = j + 1
    return out


def test_block_parser() -> None:
    text = "a\n```python\nx = 1\n```\n<!-- doc-test: skip (slow) -->\n```sh\nls\n```\n````\n```\n````\nb ```not a fence```\n"
    assert blocks(text) == [
        Block("python", "x = 1\n", 2, False),
        Block("sh", "ls\n", 6, True),
        Block("", "```\n", 9, False),
    ]
    with pytest.raises(AssertionError, match="unclosed"):
        blocks("```python\nx = 1\n")


def _shell_lines(code: str) -> list[str]:
    joined = code.replace("\\\n", " ")
    out = []
    for raw in joined.splitlines():
        line = raw.strip()
        if line.startswith("$ "):
            line = line[2:]
        if line and not line.startswith("#"):
            out.append(line)
    return out


_PRELUDE = """set -o pipefail
conflict-timeline() { "$DOC_PY" -m conflict_timeline "$@"; }
python() { "$DOC_PY" "$@"; }
python3() { "$DOC_PY" "$@"; }
"""


def run_shell(code: str, cwd: Path) -> str:
    """Run a shell block's lines; return what they printed on stdout."""
    printed = []
    env = {**os.environ, "DOC_PY": sys.executable, "MPLBACKEND": "Agg"}
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))
    for line in _shell_lines(code):
        if " -m venv " in f" {line} " or re.search(r"\bpip3? install\b", line):
            continue  # set-up: see test_readme_setup_commands_are_the_ci_commands
        measure = _MEASURE.search(line)
        if measure is not None:
            if measure.group(3):
                target = ["-m", "conflict_timeline", "score"]
            elif measure.group(1):
                target = ["-m", measure.group(1)]
            else:
                target = [str(ROOT / measure.group(2))]
            proc = subprocess.run(
                [sys.executable, *target, "--help"], cwd=cwd, env=env, capture_output=True, text=True, timeout=300
            )
            assert proc.returncode == 0, f"{line!r} --help failed:\n{proc.stderr[-3000:]}"
            continue
        want = _EXIT.search(line)
        expected = int(want.group(1)) if want else 0
        proc = subprocess.run(
            ["bash", "-c", _PRELUDE + line], cwd=cwd, env=env, capture_output=True, text=True, timeout=300
        )
        assert proc.returncode == expected, f"{line!r} exited {proc.returncode}, not {expected}:\n{proc.stderr[-3000:]}"
        printed.append(proc.stdout)
    return "".join(printed)


def check_json(code: str, where: str) -> None:
    """A JSON document, or JSON Lines; a sketch with elided parts ("...") is prose. A document of
    one of the library's schemas is validated against the published JSON Schema."""
    if "..." in code or "…" in code:
        return
    try:
        doc = json.loads(code)
    except json.JSONDecodeError:
        for n, line in enumerate(code.splitlines(), start=1):
            if line.strip():
                try:
                    json.loads(line)
                except json.JSONDecodeError as exc:
                    raise AssertionError(f"{where}: line {n} is not JSON: {exc}") from None
        return
    if isinstance(doc, dict) and str(doc.get("schema", "")).startswith("conflict_timeline/"):
        validate("document", doc)


def run_python(code: str, namespace: dict[str, object], where: str) -> str:
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        exec(compile(code, where, "exec"), namespace)  # noqa: S102 - running the docs is the point
    return buf.getvalue()


@pytest.mark.parametrize("page", PAGES, ids=[p.relative_to(ROOT).as_posix() for p in PAGES])
def test_code_blocks_run(page: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("seeds", "examples"):
        (tmp_path / name).symlink_to(ROOT / name, target_is_directory=True)
    monkeypatch.chdir(tmp_path)
    namespace: dict[str, object] = {"__name__": "__doc_test__"}
    printed: str | None = None
    ran = 0
    for block in blocks(page.read_text(encoding="utf-8")):
        where = f"{page.name}:{block.line}"
        if block.skip or (block.lang in ("python", "py", *_SHELL) and _PLACEHOLDER.search(block.code)):
            printed = None
            continue
        if block.lang in ("python", "py"):
            printed = run_python(block.code, namespace, where)
            ran += 1
        elif block.lang in _SHELL:
            printed = run_shell(block.code, tmp_path)
            ran += 1
        elif block.lang == "output":
            assert printed is not None, f"{where}: an output block must follow a python or sh block"
            assert printed == block.code, f"{where}: printed\n{printed}\nnot\n{block.code}"
            printed = None
        elif block.lang in ("json", "jsonl"):
            check_json(block.code, where)
            printed = None
        else:
            printed = None
    assert ran or page.name not in {"README.md", "quickstart.md", "cli.md", "exports.md", "concepts.md"}


def test_a_wrong_output_block_fails(tmp_path: Path) -> None:
    """Control: the checker does fail when a page's output is wrong or a command fails."""
    with pytest.raises(AssertionError, match="exited 3, not 0"):
        run_shell("exit 3\n", tmp_path)
    assert run_shell("conflict-timeline --version\n", tmp_path).startswith("conflict-timeline ")
    assert run_python("print(1 + 1)\n", {}, "x") != "3\n"
    with pytest.raises(AssertionError, match="line 2 is not JSON"):
        check_json('{"a": 1}\n{"a": }\n', "x")
    check_json('{"a": 1}\n{"a": 2}\n', "x")


def test_readme_setup_commands_are_the_ci_commands() -> None:
    readme = [b.code.strip() for b in blocks((ROOT / "README.md").read_text(encoding="utf-8")) if b.lang == "sh"]
    ci_lines = [ln.strip() for ln in (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()]
    assert readme[0] == (
        "python3 -m venv .venv && .venv/bin/pip install -q -e . && "
        ".venv/bin/python -m conflict_timeline seeds/000_822785d56b3e9daf.txt"
    )
    assert readme[1] in ci_lines  # CI runs the README's test command verbatim, then type and lint checks
    # the main command's last step is the one test_cli runs for real
    assert shlex.split(readme[0].rsplit("&&", 1)[1])[1:] == [
        "-m",
        "conflict_timeline",
        "seeds/000_822785d56b3e9daf.txt",
    ]


# a command-line example: the command at the start of a line (after a prompt), or after a pipe
_CLI_LINE = re.compile(r"(?:^|\|\s*)(?:\$ )?(?:conflict-timeline\b|python3?\s+-m\s+conflict_timeline\b)")
# what a synopsis names instead of real arguments
_SYNOPSIS = re.compile(r"\b(?:FILE|PHRASE|PATH|IN|OUT|DATE)\b|\.\.\.|\[")


@pytest.mark.parametrize("page", PAGES, ids=[p.relative_to(ROOT).as_posix() for p in PAGES])
def test_every_cli_example_runs(page: Path) -> None:
    """A command-line example in a block that is not run must be a synopsis (or a measurement, which
    would only get --help), not an example left untested."""
    untested = []
    for block in blocks(page.read_text(encoding="utf-8")):
        runs = block.lang in _SHELL and not block.skip and not _PLACEHOLDER.search(block.code)
        if runs:
            continue
        for n, line in enumerate(block.code.splitlines()):
            # a measurement (the scorer, a benchmark) is never run for real anyway
            if _CLI_LINE.search(line.strip()) and not _SYNOPSIS.search(line) and not _MEASURE.search(line.strip()):
                untested.append(f"{page.name}:{block.line + 1 + n}: {line.strip()}")
    assert untested == []


def test_the_untested_example_check_fails_on_one() -> None:
    # control: an example in a block of no language, or a skipped sh block, is caught
    assert _CLI_LINE.search("conflict-timeline story.txt -f json") and not _SYNOPSIS.search(
        "conflict-timeline story.txt"
    )
    assert _SYNOPSIS.search("conflict-timeline [build] FILE... [options]")


def _help_examples() -> list[str]:
    from conflict_timeline.cli import _EXAMPLES

    lines = _EXAMPLES.split("examples:\n", 1)[1].splitlines()
    # each line is the command, then two or more spaces, then what it does
    return [re.split(r"\s{2,}", line.strip())[0] for line in lines if line.strip()]


def test_the_help_examples_run(tmp_path: Path) -> None:
    examples = _help_examples()
    assert len(examples) >= 6 and all("conflict-timeline" in e for e in examples)
    (tmp_path / "seeds").symlink_to(ROOT / "seeds", target_is_directory=True)
    (tmp_path / "articles").symlink_to(ROOT / "examples" / "articles", target_is_directory=True)
    (tmp_path / "story.txt").write_text("Rebels seized Aleppo last week.\n", encoding="utf-8")
    (tmp_path / "story.md").write_text("---\npublished: 2024-12-02\n---\nTalks resumed on Monday.\n", encoding="utf-8")
    record = {"text": "Rebels seized Aleppo on Friday.", "published": "2024-12-02", "source": "wire-1"}
    (tmp_path / "feed.jsonl").write_text(json.dumps(record) + "\n", encoding="utf-8")
    for example in examples:
        run_shell(example + "\n", tmp_path)
    validate("articles", (tmp_path / "timelines.json").read_text(encoding="utf-8"))
    assert (tmp_path / "tl.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_the_index_lists_every_page() -> None:
    index = (ROOT / "docs" / "index.md").read_text(encoding="utf-8")
    pages = [p for p in (ROOT / "docs").rglob("*") if p.is_file() and p.name != "index.md"]
    missing = [p.relative_to(ROOT / "docs").as_posix() for p in pages]
    missing = [name for name in missing if f"]({name})" not in index]
    assert missing == []
