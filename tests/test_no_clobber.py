"""Promise: files already in an output folder are never overwritten silently (only with --force)."""

from __future__ import annotations

from pathlib import Path

import pytest
from schema_check import validate

from conflict_timeline.cli import main

STORY = "---\npublished: 2024-12-02\nsource: {name}\n---\nRebels seized Aleppo on Friday.\n"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    try:
        code = main(list(argv))
    except SystemExit as exc:
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def inputs(tmp_path: Path) -> list[Path]:
    folder = tmp_path / "in"
    folder.mkdir()
    out = []
    for name in ("a.md", "b.md"):
        path = folder / name
        path.write_text(STORY.format(name=path.stem), encoding="utf-8")
        out.append(path)
    return out


def test_an_existing_file_is_kept_and_named(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, inputs: list[Path]
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / "a.json").write_text("mine", encoding="utf-8")
    code, _, err = run(capsys, *map(str, inputs), "-f", "json", "-o", str(out))
    assert code == 1
    assert f"{out / 'a.json'} already exists; pass --force to replace it" in err
    assert (out / "a.json").read_text(encoding="utf-8") == "mine"
    validate("timeline", (out / "b.json").read_text(encoding="utf-8"))  # the others are written
    assert sorted(p.name for p in out.iterdir()) == ["a.json", "b.json"]


def test_force_replaces(capsys: pytest.CaptureFixture[str], tmp_path: Path, inputs: list[Path]) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / "a.json").write_text("mine", encoding="utf-8")
    code, _, err = run(capsys, *map(str, inputs), "-f", "json", "-o", str(out), "--force")
    assert (code, err) == (0, "")
    validate("timeline", (out / "a.json").read_text(encoding="utf-8"))


def test_a_second_run_does_not_overwrite_the_first(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, inputs: list[Path]
) -> None:
    out = tmp_path / "out"
    assert run(capsys, *map(str, inputs), "-f", "html", "-o", f"{out}/")[0] == 0
    first = {p.name: p.read_bytes() for p in out.iterdir()}
    (out / "a.html").write_text("edited by hand", encoding="utf-8")
    code, _, err = run(capsys, *map(str, inputs), "-f", "html", "-o", str(out))
    assert code == 1 and err.count("already exists") == 2
    assert (out / "a.html").read_text(encoding="utf-8") == "edited by hand"
    assert (out / "b.html").read_bytes() == first["b.html"]


def test_a_dangling_symlink_counts_as_existing(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, inputs: list[Path]
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / "a.md").symlink_to(tmp_path / "elsewhere.md")
    code, _, err = run(capsys, str(inputs[0]), "-f", "md", "-o", str(out))
    assert code == 1 and "already exists" in err
    assert not (tmp_path / "elsewhere.md").exists()


def test_two_articles_of_one_name_get_two_files(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    # near-miss: a name taken earlier in the same run is not a clobber, it is numbered
    feed = tmp_path / "feed.jsonl"
    line = '{"text": "Rebels seized Aleppo on Friday.", "published": "2024-12-02", "source": "wire"}\n'
    feed.write_text(line * 2, encoding="utf-8")
    out = tmp_path / "out"
    code, _, err = run(capsys, str(feed), "-f", "jsonl", "-o", f"{out}/")
    assert (code, err) == (0, "")
    assert sorted(p.name for p in out.iterdir()) == ["wire-2.jsonl", "wire.jsonl"]
    for path in out.iterdir():
        validate("jsonlEvent", path.read_text(encoding="utf-8"))


def test_force_never_replaces_an_input_through_a_link(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, inputs: list[Path]
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / "a.md").symlink_to(inputs[0])  # out/a.md is the input itself
    before = inputs[0].read_bytes()
    code, _, err = run(capsys, str(inputs[0]), "-f", "md", "-o", str(out), "--force")
    assert code == 1 and "is an input of this run" in err
    assert inputs[0].read_bytes() == before
