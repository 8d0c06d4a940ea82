"""Promise: nothing the user has is lost. ``-o`` never names an input, and a file output is
replaced only when the run completes (a late failure, Ctrl-C or a crash leaves it as it was)."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from schema_check import validate

import conflict_timeline.cli as cli_module
import conflict_timeline.pipeline as pipeline
from conflict_timeline.cli import main
from conflict_timeline.outputs import atomic_writer, encodable

STORY = "---\npublished: 2024-12-02\nsource: {name}\n---\nRebels seized Aleppo on Friday.\n"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    try:
        code = main(list(argv))
    except SystemExit as exc:
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def article(folder: Path, name: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(STORY.format(name=path.stem), encoding="utf-8")
    return path


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file under ``folder`` (hidden temporary files included) with its content."""
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


# -- -o naming an input is refused before anything is read -----------------------------------------


@pytest.mark.parametrize(
    "argv, message",
    [
        (["story.md", "-o", "story.md"], "is an input of this run"),
        (["feed.jsonl", "-f", "jsonl", "-o", "feed.jsonl"], "is an input of this run"),
        (["story.md", "-o", "story.meta.json"], "is an input of this run"),  # a sidecar is read too
        (["folder", "-o", "folder"], "holds inputs of this run"),
        (["folder", "-o", "folder/"], "holds inputs of this run"),
        (["folder/a.md", "-f", "md", "-o", "folder"], "holds inputs of this run"),  # a.md would be overwritten
        (["story.md", "-o", "link.md"], "is an input of this run"),  # a symbolic link to the input
        (["story.md", "-o", "hard.md"], "is an input of this run"),  # a hard link: the same file
    ],
)
def test_output_naming_an_input_is_refused_and_nothing_changes(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path, argv: list[str], message: str
) -> None:
    monkeypatch.chdir(tmp_path)
    article(tmp_path, "story.md")
    (tmp_path / "story.meta.json").write_text('{"source": "s"}', encoding="utf-8")
    (tmp_path / "feed.jsonl").write_text('{"text": "Talks on Monday.", "published": "2024-12-02"}\n', encoding="utf-8")
    article(tmp_path / "folder", "a.md")
    (tmp_path / "link.md").symlink_to(tmp_path / "story.md")
    os.link(tmp_path / "story.md", tmp_path / "hard.md")
    before = snapshot(tmp_path)
    built: list[object] = []
    monkeypatch.setattr(cli_module, "read_path", lambda *a, **k: built.append(a) or iter(()))
    code, out, err = run(capsys, *argv)
    assert code == 2 and message in err
    assert built == []  # refused before anything was read
    assert snapshot(tmp_path) == before


def test_an_output_beside_the_inputs_is_fine(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    # near-miss: the same folder, another name
    story = article(tmp_path, "story.md")
    code, _, err = run(capsys, str(story), "-f", "json", "-o", str(tmp_path / "story.json"))
    assert (code, err) == (0, "")
    validate("articles", (tmp_path / "story.json").read_text(encoding="utf-8"))


# -- the target is replaced only when the run completes -----------------------------------------------


def test_a_late_usage_error_leaves_the_old_output(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    # two records in one JSON Lines file: only reading shows that timeml cannot hold them
    feed = tmp_path / "feed.jsonl"
    line = '{"text": "Rebels seized Aleppo on Friday.", "published": "2024-12-02"}\n'
    feed.write_text(line * 2, encoding="utf-8")
    target = tmp_path / "out.tml"
    target.write_text("the old document", encoding="utf-8")
    code, _, err = run(capsys, str(feed), "-f", "timeml", "-o", str(target))
    assert code == 2 and "writes one document" in err
    assert target.read_text(encoding="utf-8") == "the old document"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["feed.jsonl", "out.tml"]  # no temporary file left


def test_two_files_for_timeml_are_refused_before_reading(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    a, b = article(tmp_path, "a.md"), article(tmp_path, "b.md")
    monkeypatch.setattr(cli_module, "read_path", lambda *a, **k: pytest.fail("read before refusing"))
    code, _, err = run(capsys, str(a), str(b), "-f", "timeml", "-o", str(tmp_path / "out.tml"))
    assert code == 2 and "writes one document" in err
    assert not (tmp_path / "out.tml").exists()


def test_every_input_failing_leaves_the_old_output(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    target = tmp_path / "out.json"
    target.write_text("old", encoding="utf-8")
    code, _, err = run(capsys, str(tmp_path / "missing.txt"), "-f", "json", "-o", str(target))
    assert code == 1 and "left as it was" in err
    assert target.read_text(encoding="utf-8") == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.json"]


@pytest.mark.parametrize("fmt", ["jsonl", "html"])  # streamed, and written at the end
def test_ctrl_c_leaves_the_old_output(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path, fmt: str
) -> None:
    a, b = article(tmp_path / "in", "a.md"), article(tmp_path / "in", "b.md")
    target = tmp_path / f"out.{fmt}"
    target.write_text("old", encoding="utf-8")
    real = pipeline.build_timeline
    seen: list[object] = []

    def interrupted(batch: object, *args: object, **kw: object) -> object:
        seen.append(batch)
        if len(seen) == 2:
            raise KeyboardInterrupt
        return real(batch, *args, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(pipeline, "build_timeline", interrupted)
    code, _, err = run(capsys, str(a), str(b), "-f", fmt, "-o", str(target))
    assert code == 130 and "interrupted" in err and "left as it was" in err
    assert target.read_text(encoding="utf-8") == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in", f"out.{fmt}"]


def test_a_crash_while_writing_leaves_the_old_output(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    story = article(tmp_path / "in", "a.md")
    target = tmp_path / "out.html"
    target.write_text("old", encoding="utf-8")

    def broken(*args: object, **kw: object) -> str:
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(cli_module, "_render_document", broken)
    with pytest.raises(RuntimeError):
        main([str(story), "-f", "html", "-o", str(target)])
    assert target.read_text(encoding="utf-8") == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in", "out.html"]


def test_success_replaces_the_file_and_keeps_its_permissions(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    story = article(tmp_path / "in", "a.md")
    target = tmp_path / "out.csv"
    target.write_text("old", encoding="utf-8")
    target.chmod(0o640)
    code, _, _ = run(capsys, str(story), "-f", "csv", "-o", str(target))
    assert code == 0
    assert target.read_text(encoding="utf-8").startswith("date,start,end")
    assert stat.S_IMODE(target.stat().st_mode) == 0o640


def test_some_inputs_failing_still_writes_the_others(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    # the documented exit 1: the good articles are written, the bad ones named
    story = article(tmp_path / "in", "a.md")
    target = tmp_path / "out.jsonl"
    code, _, err = run(capsys, str(story), str(tmp_path / "missing.txt"), "-f", "jsonl", "-o", str(target))
    assert code == 1 and "missing.txt: cannot read" in err
    assert target.read_text(encoding="utf-8").count("\n") >= 1


def test_a_trailing_slash_creates_the_folder(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    story = article(tmp_path / "in", "a.md")
    code, _, _ = run(capsys, str(story), "-f", "md", "-o", f"{tmp_path / 'new' / 'pages'}/")
    assert code == 0
    assert [p.name for p in (tmp_path / "new" / "pages").iterdir()] == ["a.md"]
    # near-miss: without the slash a missing name is a file
    code, _, _ = run(capsys, str(story), "-f", "md", "-o", str(tmp_path / "single"))
    assert code == 0 and (tmp_path / "single").is_file()
    # and a file cannot be made a folder
    code, _, err = run(capsys, str(story), "-f", "md", "-o", f"{tmp_path / 'single'}/")
    assert code == 2 and "not a folder" in err


def test_an_unwritable_target_is_a_usage_error_before_reading(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    story = article(tmp_path, "a.md")
    monkeypatch.setattr(cli_module, "read_path", lambda *a, **k: pytest.fail("read before refusing"))
    code, _, err = run(capsys, str(story), "-o", str(tmp_path / "no" / "such" / "x.json"))
    assert code == 2 and "cannot write" in err


# -- the writer itself ---------------------------------------------------------------------------


def test_atomic_writer_replaces_only_on_success(tmp_path: Path) -> None:
    target = tmp_path / "t.txt"
    target.write_text("old", encoding="utf-8")
    with pytest.raises(ValueError), atomic_writer(target) as out:
        out.write("half")
        raise ValueError
    assert target.read_text(encoding="utf-8") == "old"
    with atomic_writer(target) as out:
        out.write("new")
    assert target.read_text(encoding="utf-8") == "new"
    assert [p.name for p in tmp_path.iterdir()] == ["t.txt"]


def test_atomic_writer_follows_a_symlink(tmp_path: Path) -> None:
    real = tmp_path / "real.txt"
    real.write_text("old", encoding="utf-8")
    (tmp_path / "link.txt").symlink_to(real)
    with atomic_writer(tmp_path / "link.txt") as out:
        out.write("new")
    assert (tmp_path / "link.txt").is_symlink() and real.read_text(encoding="utf-8") == "new"


@pytest.mark.parametrize(
    "text, clean, count",
    [
        ("plain", "plain", 0),
        ("caf\u00e9 \U0001f600", "caf\u00e9 \U0001f600", 0),  # near-miss: real characters stay
        ("a\ud800b", "a\ufffdb", 1),
        ("\udfff\ud83d", "\ufffd\ufffd", 2),  # a truncated emoji, halves swapped
    ],
)
def test_encodable(text: str, clean: str, count: int) -> None:
    assert encodable(text) == (clean, count)
    clean.encode("utf-8")
