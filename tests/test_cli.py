"""The command line: formats, inputs, failures, exit codes, explain, progress, help."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from export_samples import sample_timeline

import conflict_timeline
import conflict_timeline.pipeline as timeline_module
from conflict_timeline import Timeline, build_timeline, export
from conflict_timeline.cli import _Progress, main
from conflict_timeline.export._common import date_label
from conflict_timeline.model import Article

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "000_822785d56b3e9daf.txt"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    try:
        code = main(list(argv))
    except SystemExit as exc:  # argparse: --help, --version, usage errors
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def fake_builder(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """Make every build return the sample timeline, recording what it was given."""
    calls: list[object] = []

    def fake(batch: object, *args: object, **kw: object) -> Timeline:
        calls.append(batch)
        return sample_timeline()

    monkeypatch.setattr(timeline_module, "build_timeline", fake)
    return calls


def _article(
    tmp_path: Path, name: str, published: str = "2024-12-02", text: str = "On Monday rebels seized Aleppo."
) -> Path:
    path = tmp_path / name
    path.write_text(f"---\npublished: {published}\nsource: {path.stem}\n---\n{text}", encoding="utf-8")
    return path


# -- the main job ---------------------------------------------------------------------------------


def test_readme_main_command_prints_the_seed_timeline() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "conflict_timeline", "seeds/000_822785d56b3e9daf.txt"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr == ""
    lines = proc.stdout.splitlines()
    assert lines[0].startswith("seed-000 · published 2024-12-02 · ")
    tl = build_timeline(SEED.read_text(encoding="utf-8"), published="2024-12-02", source="seed-000")
    # every event of the API's timeline is on screen, one line each, in the same order
    assert len(lines) == 2 + len(tl.all_events) or (not tl.all_events and "(no events found)" in lines[1])
    for line, ev in zip(lines[2:], tl.all_events, strict=False):
        assert line.lstrip().startswith(date_label(ev.when))
        assert line.endswith(" ".join((ev.summary or ev.trigger.text).split()))


def test_table_lists_dates_spans_and_expressions(
    capsys: pytest.CaptureFixture[str], fake_builder: list[object]
) -> None:
    code, out, err = run(capsys, str(SEED))
    assert (code, err) == (0, "")
    assert "WHEN" in out and "SAID AS" in out
    assert "week of 25 Nov 2024" in out and "2024-11-25..2024-12-01" in out and '"last week"' in out
    assert "since 2011" in out and " 2011-01-01..  " in out and " ..2017-03-31 " in out
    assert out.index("until Mar 2017") < out.index("2 Dec 2024") < out.index("\n  undated ")
    assert isinstance(fake_builder[0], Article) and fake_builder[0].source == "seed-000"


# -- every format says the same as the API --------------------------------------------------------


@pytest.mark.parametrize(
    "fmt, check",
    [
        ("json", lambda out, tl: Timeline.from_json(out) == tl),
        ("jsonl", lambda out, tl: out == export.to_jsonl(tl)),
        ("csv", lambda out, tl: out == export.to_csv(tl)),
        (
            "md",
            lambda out, tl: (
                out.startswith("# seed-000 · published 2024-12-02") and export.to_markdown(tl).split("\n", 1)[1] in out
            ),
        ),
        ("html", lambda out, tl: out == export.to_html(tl)),
        ("timelinejs", lambda out, tl: json.loads(out) == export.to_timelinejs(tl, title="Timeline")),
        ("timeml", lambda out, tl: out == export.to_timeml(tl)),
    ],
)
def test_formats_match_the_api(capsys: pytest.CaptureFixture[str], fake_builder: list[object], fmt: str, check) -> None:
    code, out, err = run(capsys, str(SEED), "--format", fmt)
    assert (code, err) == (0, "")
    assert check(out, sample_timeline())


def test_several_articles_per_format(
    capsys: pytest.CaptureFixture[str], fake_builder: list[object], tmp_path: Path
) -> None:
    a, b = _article(tmp_path, "a.md"), _article(tmp_path, "b.md")
    code, out, _ = run(capsys, str(a), str(b), "-f", "json")
    assert code == 0 and [Timeline.from_json(json.dumps(d)) for d in json.loads(out)] == [sample_timeline()] * 2
    code, out, _ = run(capsys, str(a), str(b), "-f", "csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert code == 0 and len(rows) == 14 and out.count("date,start,end") == 1  # one header
    code, out, _ = run(capsys, str(a), str(b), "-f", "html")
    assert code == 0 and out.count("<html") == 1 and out.count('class="timeline"') == 2
    code, out, err = run(capsys, str(a), str(b), "-f", "timeml")
    assert code == 2 and "--merge" in err


def test_merge_builds_one_timeline_from_all_articles(
    capsys: pytest.CaptureFixture[str], fake_builder: list[object], tmp_path: Path
) -> None:
    _article(tmp_path, "a.md")
    _article(tmp_path, "b.md", published="2024-12-03")
    code, out, _ = run(capsys, str(tmp_path), "--merge", "-f", "json")
    assert code == 0
    [batch] = fake_builder
    assert [(x.source, str(x.published)) for x in batch] == [("a", "2024-12-02"), ("b", "2024-12-03")]
    assert Timeline.from_json(out) == sample_timeline()


def test_output_file_and_folder(capsys: pytest.CaptureFixture[str], fake_builder: list[object], tmp_path: Path) -> None:
    a, b = _article(tmp_path, "a.md"), _article(tmp_path, "b.md")
    target = tmp_path / "tl.html"
    code, out, _ = run(capsys, str(a), "-f", "html", "-o", str(target))
    assert (code, out) == (0, "")
    assert target.read_text(encoding="utf-8") == export.to_html(sample_timeline())
    folder = tmp_path / "out"
    folder.mkdir()
    code, _, _ = run(capsys, str(a), str(b), "-f", "timeml", "-o", str(folder))
    assert code == 0
    assert sorted(p.name for p in folder.iterdir()) == ["a.tml", "b.tml"]
    code, _, err = run(capsys, str(a), "-o", str(tmp_path / "no" / "such" / "dir" / "x.json"))
    assert code == 2 and "cannot write" in err


def test_stdin(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, fake_builder: list[object]) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO("On Monday rebels seized Aleppo."))
    code, out, err = run(capsys, "-", "--published", "2024-12-02")
    assert (code, err) == (0, "")
    assert fake_builder[0] == Article("On Monday rebels seized Aleppo.", "2024-12-02", source="<stdin>")


# -- failures: named, the run goes on, exit 1 -------------------------------------------------------


def test_bad_inputs_are_named_and_the_others_still_written(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    good = _article(tmp_path, "good.md", text="On Monday, Iraqi fighters crossed into Syria.")
    undated = tmp_path / "undated.txt"
    undated.write_text("Rebels seized Aleppo.", encoding="utf-8")
    binary = tmp_path / "binary.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\xff\xff")
    code, out, err = run(capsys, str(tmp_path / "missing.txt"), str(undated), str(good), str(binary), "-f", "jsonl")
    assert code == 1
    expected = export.to_jsonl(
        build_timeline([Article(good.read_text().split("---\n")[-1], "2024-12-02", source="good")])
    )
    assert out == expected
    err_lines = err.splitlines()
    assert err_lines[0].startswith(f"conflict-timeline: {tmp_path / 'missing.txt'}: cannot read")
    assert err_lines[1].startswith(f"conflict-timeline: {undated}: no publication date; pass --published YYYY-MM-DD")
    assert err_lines[2].startswith(f"conflict-timeline: {binary}: not UTF-8 text")
    assert err_lines[3] == "conflict-timeline: 3 inputs failed"


def test_a_failing_build_does_not_stop_the_run(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    def flaky(batch: Article, *a: object, **k: object) -> Timeline:
        if batch.source == "a":
            raise RuntimeError("boom")
        return sample_timeline()

    monkeypatch.setattr(timeline_module, "build_timeline", flaky)
    code, out, err = run(capsys, str(_article(tmp_path, "a.md")), str(_article(tmp_path, "b.md")), "-f", "csv")
    assert code == 1
    assert "conflict-timeline: a: internal error (RuntimeError: boom)" in err
    assert out == export.to_csv(sample_timeline())


def test_empty_folder_is_a_failure(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, _, err = run(capsys, str(tmp_path))
    assert code == 1 and "no article files" in err


@pytest.mark.parametrize(
    "argv, message",
    [
        ([], "the following arguments are required: FILE"),
        (["x.txt", "--format", "pdf"], "invalid choice: 'pdf'"),
        (["x.txt", "--published", "2024-02-30"], "invalid publication date '2024-02-30'"),
        (["x.txt", "--published", "yesterday"], "expected YYYY-MM-DD"),
        (["x.txt", "--bogus"], "unrecognized arguments: --bogus"),
        (["explain", "last Friday"], "--published YYYY-MM-DD is required"),
        (["explain", "--published", "2024-12-02"], "required: phrase"),
    ],
)
def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str], argv: list[str], message: str) -> None:
    code, out, err = run(capsys, *argv)
    assert code == 2 and out == ""
    assert message in err


# -- explain ----------------------------------------------------------------------------------------


def test_explain_shows_value_span_rule_and_anchor(capsys: pytest.CaptureFixture[str]) -> None:
    expr = conflict_timeline.resolve("last Friday", published="2024-12-02")
    assert expr is not None
    code, out, err = run(capsys, "explain", "last Friday", "--published", "2024-12-02")
    assert (code, err) == (0, "")
    fields = dict(line.split(None, 1) for line in out.splitlines())
    assert fields["value"] == "2024-11-29 (DATE)"
    assert fields["span"].startswith("2024-11-29 to 2024-11-29")
    assert fields["rule"] == expr.rule and expr.rule
    assert fields["anchor"] == "the publication date 2024-12-02"


def test_explain_json(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "explain", "last week", "--published", "2024-12-02", "--json")
    assert code == 0
    doc = json.loads(out)
    assert (doc["value"], doc["span"]["start"], doc["span"]["end"]) == ("2024-W48", "2024-11-25", "2024-12-01")


def test_explain_nothing_found(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "explain", "banana bread", "--published", "2024-12-02")
    assert (code, out) == (1, "")
    assert "no time expression recognised in 'banana bread'" in err


# -- help, version, progress --------------------------------------------------------------------------


def test_help_has_examples_and_version(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--help")
    assert code == 0 and "examples:" in out and 'explain "last Friday" --published 2024-12-02' in out
    code, out, _ = run(capsys, "--version")
    assert (code, out.strip()) == (0, f"conflict-timeline {conflict_timeline.__version__}")
    code, out, _ = run(capsys, "explain", "--help")
    assert code == 0 and "example:" in out


class _Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize(
    "stream, total, enabled, shown",
    [
        (_Tty(), 6, True, True),
        (_Tty(), 5, True, False),  # a handful: no bar
        (io.StringIO(), 50, True, False),  # not a terminal
        (_Tty(), 50, False, False),  # --no-progress
    ],
)
def test_progress_bar_only_on_a_terminal_and_for_many_inputs(
    stream: io.StringIO, total: int, enabled: bool, shown: bool
) -> None:
    bar = _Progress(stream, total, enabled)
    for i in range(total):
        bar.step(f"file{i}.txt")
    bar.clear()
    text = stream.getvalue()
    assert (f"] {total}/{total} file{total - 1}.txt" in text) is shown
    assert (text == "") is (not shown)


def _many_articles(tmp_path: Path, n: int) -> list[str]:
    return [str(_article(tmp_path, f"a{i}.md")) for i in range(n)]


@pytest.mark.skipif(sys.platform == "win32", reason="needs a pseudo-terminal")
def test_progress_bar_on_a_real_terminal_never_on_stdout(tmp_path: Path) -> None:
    import pty

    files = _many_articles(tmp_path, 7)
    master, slave = pty.openpty()
    try:
        proc = subprocess.run(
            [sys.executable, "-m", "conflict_timeline", *files, "-f", "csv"],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=slave,
            timeout=120,
        )
        os.close(slave)
        chunks = []
        while True:
            try:
                chunk = os.read(master, 65536)
            except OSError:  # the terminal's other end is closed: all read
                break
            if not chunk:
                break
            chunks.append(chunk)
    finally:
        os.close(master)
    assert proc.returncode == 0
    assert "] 7/7 " in b"".join(chunks).decode()
    assert b"\r" not in proc.stdout and b"#" not in proc.stdout
    # the same run with stderr captured (not a terminal) shows no bar at all
    quiet = subprocess.run(
        [sys.executable, "-m", "conflict_timeline", *files, "-f", "csv"], cwd=ROOT, capture_output=True, timeout=120
    )
    assert quiet.returncode == 0 and quiet.stderr == b""


def test_console_script_is_declared() -> None:
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert 'conflict-timeline = "conflict_timeline.cli:main"' in text
    script = Path(sys.executable).with_name("conflict-timeline")
    if script.exists():  # installed (the README's venv): the real entry point runs
        proc = subprocess.run([str(script), "--version"], capture_output=True, text=True, timeout=60)
        assert proc.stdout.strip() == f"conflict-timeline {conflict_timeline.__version__}"
