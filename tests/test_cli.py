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
from schema_check import validate

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
    tmp_path.mkdir(parents=True, exist_ok=True)
    path = tmp_path / name
    path.write_text(f"---\npublished: {published}\nsource: {path.stem}\n---\n{text}", encoding="utf-8")
    return path


# -- the main job ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "command, options, env, width",
    [
        ([], [], None, 80),  # the README's main command: not a terminal, so 80 columns
        (["build"], [], None, 80),  # the same with the command named
        ([], [], {"COLUMNS": "120"}, 120),
        ([], ["--width", "0"], None, None),  # no limit: every summary whole
    ],
)
def test_readme_main_command_prints_the_seed_timeline(
    command: list[str], options: list[str], env: dict[str, str] | None, width: int | None
) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "conflict_timeline", *command, "seeds/000_822785d56b3e9daf.txt", *options],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        env={k: v for k, v in os.environ.items() if k != "COLUMNS"} | (env or {}),
    )
    assert (proc.returncode, proc.stderr) == (0, "")
    lines = proc.stdout.splitlines()
    assert lines[0].startswith("seed-000 · published 2024-12-02 · ")
    tl = build_timeline(SEED.read_text(encoding="utf-8"), published="2024-12-02", source="seed-000")
    # every event of the API's timeline is on screen, one line each, in the same order
    assert len(lines) == 2 + len(tl.all_events) or (not tl.all_events and "(no events found)" in lines[1])
    for line, ev in zip(lines[2:], tl.all_events, strict=False):
        assert width is None or len(line) <= width
        assert line.lstrip().startswith(date_label(ev.when))
        summary = " ".join((ev.summary or ev.trigger.text).split())
        shown = line.rsplit("  ", 1)[-1]
        assert shown == summary or (shown.endswith("…") and summary.startswith(shown[:-1]))
    if width is None:
        assert max(len(line) for line in lines) > 120  # nothing was cut


def test_table_lists_dates_spans_and_expressions(
    capsys: pytest.CaptureFixture[str], fake_builder: list[object]
) -> None:
    code, out, err = run(capsys, str(SEED), "--width", "0")
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
        (
            "json",
            lambda out, tl: (
                [(a["source"], a["published"], a["ok"]) for a in validate("articles", out)["articles"]]
                == [("seed-000", "2024-12-02", True)]
                and Timeline.from_json(json.dumps(json.loads(out)["articles"][0]["timeline"])) == tl
            ),
        ),
        ("jsonl", lambda out, tl: out == export.to_jsonl(tl) and validate("jsonlEvent", out)),
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
    doc = validate("articles", out)
    assert code == 0 and [e["source"] for e in doc["articles"]] == ["a", "b"]
    assert [Timeline.from_json(json.dumps(e["timeline"])) for e in doc["articles"]] == [sample_timeline()] * 2
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
    # each article is built on its own (in worker processes with --workers), then merged
    assert [(x.source, str(x.published)) for x in fake_builder] == [("a", "2024-12-02"), ("b", "2024-12-03")]
    validate("timeline", out)
    assert Timeline.from_json(out) == Timeline.merge(sample_timeline(), sample_timeline())


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
    validate("jsonlEvent", out)
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
    doc = validate("expression", out)
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


# -- commands: build (the default), explain, score ------------------------------------------------------

SCORE_DOC = """<TimeML><DOCID>D1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="1998-08-07" functionInDocument="CREATION_TIME">x</TIMEX3></DCT>
<TEXT>Talks <TIMEX3 tid="t1" type="DATE" value="1998-08-06">on Thursday</TIMEX3> failed.</TEXT></TimeML>"""


@pytest.mark.parametrize(
    "argv, ran",
    [
        (["{story}"], "build"),  # a file first: build, as `conflict-timeline story.txt` always worked
        (["build", "{story}"], "build"),
        (["-f", "jsonl", "{story}"], "build"),  # an option of build first: still build
        (["-", "--published", "2024-12-02"], "build"),  # standard input
        (["{folder}/explain"], "build"),  # a file named like a command, given with its folder
        (["explain", "last Friday", "--published", "2024-12-02"], "explain"),
        (["score", "{tml}"], "score"),
    ],
)
def test_the_first_argument_names_the_command(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path, argv: list[str], ran: str
) -> None:
    story = _article(tmp_path, "story.md")
    (tmp_path / "explain").write_text(story.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "D1.tml").write_text(SCORE_DOC, encoding="utf-8")
    monkeypatch.setattr(sys, "stdin", io.StringIO("Rebels seized Aleppo on Friday."))
    args = [a.format(story=story, folder=tmp_path, tml=tmp_path / "D1.tml") for a in argv]
    code, out, err = run(capsys, *args)
    assert (code, err) == (0, "")
    if ran == "build":
        assert "Aleppo" in out
    elif ran == "explain":
        assert out.startswith("phrase  last Friday\n")
    else:
        assert "F1" in out or "f1" in out.lower()


@pytest.mark.parametrize("command", ["build", "explain", "score"])
def test_help_names_every_command_and_each_has_its_own(capsys: pytest.CaptureFixture[str], command: str) -> None:
    code, out, _ = run(capsys, "--help")
    assert code == 0 and out.startswith("usage: conflict-timeline [build] FILE...")
    assert f"conflict-timeline {command if command != 'build' else '[build]'} " in out.split("\n\n")[0]
    code, out, _ = run(capsys, command, "--help")
    assert code == 0 and out.startswith(f"usage: conflict-timeline {command}")


def test_score_runs_the_evaluate_module_under_its_name(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "score")
    assert code == 2 and err.startswith("conflict-timeline score: give the annotated files")


# -- -q, --workers --------------------------------------------------------------------------------------


def test_quiet_keeps_only_the_errors(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    good = _article(tmp_path, "good.md")
    loud = run(capsys, str(good), str(tmp_path / "missing.txt"), "-f", "csv")
    quiet = run(capsys, str(good), str(tmp_path / "missing.txt"), "-f", "csv", "-q")
    assert loud[0] == quiet[0] == 1 and loud[1] == quiet[1]
    assert loud[2].splitlines()[-1] == "conflict-timeline: 1 input failed"
    assert quiet[2].splitlines() == loud[2].splitlines()[:-1]  # the failure is still named, nothing more


def test_quiet_shows_no_progress_bar_even_on_a_terminal(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    tty = _Tty()
    monkeypatch.setattr(sys, "stderr", tty)
    monkeypatch.setattr(sys, "stdout", io.StringIO())
    files = _many_articles(tmp_path, 7)
    assert main([*files, "-f", "csv", "-q"]) == 0
    assert tty.getvalue() == ""
    assert main([*files, "-f", "csv"]) == 0
    assert "] 7/7 " in tty.getvalue()  # near-miss: without -q the bar is drawn


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "json", "md"])
def test_workers_give_the_same_output_in_the_same_order(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, fmt: str
) -> None:
    texts = [
        "On Monday, Iraqi fighters crossed into Syria.",
        "Rebels seized Aleppo last week.",
        "Talks resumed on Friday in Geneva.",
        "No time here.",
        "Protesters gathered on Sunday.",
    ]
    files = [str(_article(tmp_path, f"a{i}.md", text=t)) for i, t in enumerate(texts)]
    one = run(capsys, *files, "-f", fmt)
    two = run(capsys, *files, "-f", fmt, "--workers", "2")
    assert one[0] == two[0] == 0 and one[1] == two[1] and one[1]
    if fmt in ("json", "jsonl"):
        validate({"json": "articles", "jsonl": "jsonlEvent"}[fmt], one[1])


@pytest.mark.parametrize("value", ["0", "-1", "two", "1.5"])
def test_workers_must_be_a_positive_number(capsys: pytest.CaptureFixture[str], value: str) -> None:
    code, _, err = run(capsys, "x.txt", "--workers", value)
    assert code == 2 and "--workers" in err


# -- -f json: one document, an entry per article ------------------------------------------------------------


def test_json_names_every_article_even_one_without_events(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    a = _article(tmp_path, "a.md", text="Rebels seized Aleppo on Friday.")
    quiet = _article(tmp_path, "quiet.md", published="2024-12-03", text="Nothing happened here.")
    code, out, _ = run(capsys, str(a), str(quiet), str(tmp_path / "gone.txt"), "-f", "json")
    assert code == 1
    entries = validate("articles", out)["articles"]
    summary = [(e["index"], e["source"], e["published"], e["ok"]) for e in entries]
    gone = str(tmp_path / "gone.txt")
    assert summary == [(0, "a", "2024-12-02", True), (1, "quiet", "2024-12-03", True), (2, gone, None, False)]
    assert entries[1]["timeline"] == {"schema": "conflict_timeline/1", "events": [], "undated": []}
    assert entries[2]["error"] == {"type": "InputFormatError", "message": "cannot read: No such file or directory"}
    assert len(entries[0]["timeline"]["events"]) == 1


def test_json_lines_input_gives_an_entry_per_record(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    feed = tmp_path / "feed.jsonl"
    feed.write_text(
        '{"text": "Rebels seized Aleppo on Friday.", "published": "2024-12-02", "source": "w1"}\n'
        "{not json\n"
        '{"text": "Talks on Monday.", "published": "2024-13-01", "source": "w3"}\n',
        encoding="utf-8",
    )
    code, out, err = run(capsys, str(feed), "-f", "json")
    assert code == 1
    entries = validate("articles", out)["articles"]
    assert [(e["source"], e["ok"]) for e in entries] == [("w1", True), (f"{feed}:2", False), (f"{feed}:3", False)]
    assert [e["error"]["type"] for e in entries[1:]] == ["InputFormatError", "InvalidPublicationDate"]
    assert f"{feed}:2: not a JSON object" in err


@pytest.mark.parametrize(
    "inputs, entries",
    [
        (["missing.txt"], 1),  # every input failed: still one valid document, never 0 bytes
        (["missing.txt", "also-missing.md"], 2),
        (["empty-folder"], 0),  # nothing to read at all: an empty list
    ],
)
def test_json_when_every_input_fails_is_still_valid_json(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path, inputs: list[str], entries: int
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "empty-folder").mkdir()
    code, out, _ = run(capsys, *inputs, "-f", "json")
    assert code == 1
    doc = validate("articles", out)
    assert len(doc["articles"]) == entries and not any(e["ok"] for e in doc["articles"])
    assert json.loads(out) == doc and out.endswith("}\n")


def test_json_text_is_what_json_dumps_writes(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    # written entry by entry, the document is byte for byte the indented dump of the whole
    files = [str(_article(tmp_path, f"a{i}.md", text="Rebels seized Aleppo on Friday.")) for i in range(3)]
    _, out, _ = run(capsys, *files, "-f", "json")
    assert out == json.dumps(json.loads(out), ensure_ascii=False, indent=2) + "\n"


def test_json_folder_output_is_one_timeline_document_per_article(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    a, b = _article(tmp_path / "in", "a.md"), _article(tmp_path / "in", "b.md")
    code, _, _ = run(capsys, str(a), str(b), "-f", "json", "-o", str(tmp_path / "out") + "/")
    assert code == 0
    for name in ("a.json", "b.json"):
        text = (tmp_path / "out" / name).read_text(encoding="utf-8")
        validate("timeline", text)
        assert Timeline.from_json(text).events


# -- -f timelinejs: one loadable file ------------------------------------------------------------------------


def _check_loadable(doc: dict) -> None:
    """What TimelineJS3 needs to load a file: events with a start year and a headline, unique ids."""
    assert isinstance(doc["events"], list)
    ids = [slide["unique_id"] for slide in doc["events"]]
    assert len(ids) == len(set(ids))
    for slide in doc["events"]:
        assert isinstance(slide["start_date"]["year"], int)
        assert slide["text"]["headline"]
    assert doc["events"] or doc.get("title")  # TimelineJS refuses a file with neither


def test_timelinejs_over_several_articles_is_one_file_with_a_group_per_article(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    a = _article(tmp_path, "a.md", text="Rebels seized Aleppo on Friday. Talks resumed on Monday.")
    b = _article(tmp_path, "b.md", text="Iraqi fighters crossed into Syria on Sunday.")
    code, out, _ = run(capsys, str(a), str(b), "-f", "timelinejs", "--title", "Aleppo")
    assert code == 0
    doc = json.loads(out)
    _check_loadable(doc)
    assert doc["title"]["text"]["headline"] == "Aleppo"
    assert sorted({slide["group"] for slide in doc["events"]}) == ["a", "b"]
    assert all(slide["unique_id"].startswith(("article-1-", "article-2-")) for slide in doc["events"])
    single = json.loads(run(capsys, str(b), "-f", "timelinejs")[1])
    _check_loadable(single)
    assert {slide["group"] for slide in single["events"]} == {"Deployment"}  # one article: grouped by kind


def test_timelinejs_per_article_files_under_a_folder(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    a, b = _article(tmp_path / "in", "a.md"), _article(tmp_path / "in", "b.md")
    code, _, _ = run(capsys, str(a), str(b), "-f", "timelinejs", "-o", str(tmp_path / "out") + "/")
    assert code == 0
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["a.timeline.json", "b.timeline.json"]
    for path in (tmp_path / "out").iterdir():
        _check_loadable(json.loads(path.read_text(encoding="utf-8")))


# -- the table fits the terminal -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "options, env, terminal, width",
    [
        ([], {}, None, 80),  # not a terminal: 80 columns
        ([], {}, 100, 100),  # a terminal: its width
        ([], {"COLUMNS": "132"}, 100, 132),  # COLUMNS wins, as for every Unix tool
        (["--width", "60"], {"COLUMNS": "132"}, 100, 60),  # and --width over all
        (["--width", "0"], {}, 100, None),  # no limit
    ],
)
def test_the_table_fits_the_width(
    monkeypatch: pytest.MonkeyPatch,
    options: list[str],
    env: dict[str, str],
    terminal: int | None,
    width: int | None,
) -> None:
    import shutil

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return terminal is not None

    out = Terminal()
    monkeypatch.delenv("COLUMNS", raising=False)
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    monkeypatch.setattr(shutil, "get_terminal_size", lambda fallback=(80, 24): os.terminal_size((terminal or 80, 24)))
    monkeypatch.setattr(sys, "stdout", out)
    assert main([str(SEED), *options]) == 0
    lines = out.getvalue().splitlines()
    longest = max(len(line) for line in lines)
    if width is None:
        assert longest > 132
    else:
        assert longest <= width
        assert any(line.endswith("…") for line in lines)  # the summaries were cut, not dropped


@pytest.mark.parametrize("merge", [[], ["--merge"]])
def test_timelinejs_when_every_input_fails_is_still_loadable(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, merge: list[str]
) -> None:
    code, out, _ = run(capsys, str(tmp_path / "missing.txt"), "-f", "timelinejs", *merge)
    assert code == 1
    doc = json.loads(out)
    assert doc["events"] == [] and doc["title"]["text"]["headline"] == "Timeline"
    _check_loadable(doc)


def test_table_files_in_a_folder_are_80_columns_whatever_the_terminal(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.delenv("COLUMNS", raising=False)
    monkeypatch.setattr(sys, "stdout", _Tty())  # stdout is a wide terminal; the files are not
    import shutil

    monkeypatch.setattr(shutil, "get_terminal_size", lambda fallback=(80, 24): os.terminal_size((200, 50)))
    assert main([str(SEED), "-o", str(tmp_path / "out") + "/"]) == 0
    [table] = (tmp_path / "out").iterdir()
    assert max(len(line) for line in table.read_text(encoding="utf-8").splitlines()) <= 80
