"""Promise: every reader turns bad input into the library's typed error for that record, naming the
file (and line); the run goes on; the exit code says some inputs failed.

Readers: JSON Lines (the one reader behind the command line and ``batch``), sidecars, YAML and
TOML front matter, ``Timeline.from_json``, ``read_timeml``, publication dates, the command line's
file and folder arguments, and ``build_timelines``' input iterator.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import os
import subprocess
import sys
import warnings
from pathlib import Path

import pytest
from schema_check import validate

from conflict_timeline import Article, InvalidPublicationDate, Timeline, TimeMLError, build_timeline
from conflict_timeline.batch import build_timelines, read_jsonl, write_jsonl
from conflict_timeline.cli import main
from conflict_timeline.errors import (
    ConflictTimelineError,
    ConflictTimelineWarning,
    InputFormatError,
    UnencodableTextWarning,
)
from conflict_timeline.export import TimelineFormatError
from conflict_timeline.inputs import ReadFailure, parse_front_matter, read_inputs, read_path
from conflict_timeline.model import publication_date
from conflict_timeline.timeml import read_timeml

ROOT = Path(__file__).resolve().parent.parent
GOOD = {"text": "Rebels seized Aleppo on Friday.", "published": "2024-12-02"}


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    try:
        code = main(list(argv))
    except SystemExit as exc:
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


# -- JSON Lines: one bad line is one failure, in the CLI and in batch alike -----------------------

BAD_LINES = [
    # (line as bytes, words of the message)
    (b"[" * 100_000 + b"]" * 100_000, "nested more than 64 levels"),
    (b'{"text": "x", "published": "2024-12-02", "n": ' + b"1" * 5000 + b"}", "5,000 digits"),
    (b'{"text": "caf\xe9", "published": "2024-12-02"}', "not UTF-8"),
    (b'{"text": "x", "published": NaN}', "NaN is not a JSON value"),
    (b'{"text": "x"', "not JSON"),
    (b'"just a string"', "expected a JSON object"),
]


def _feed(tmp_path: Path, bad: bytes) -> Path:
    path = tmp_path / "feed.jsonl"
    good = json.dumps(GOOD).encode()
    path.write_bytes(good + b"\n" + bad + b"\n" + good + b"\n")
    return path


@pytest.mark.parametrize("bad, words", BAD_LINES, ids=[w for _, w in BAD_LINES])
def test_a_bad_line_in_the_cli(capsys: pytest.CaptureFixture[str], tmp_path: Path, bad: bytes, words: str) -> None:
    feed = _feed(tmp_path, bad)
    code, out, err = run(capsys, str(feed), "-f", "jsonl")
    assert code == 1
    assert f"{feed}:2: " in err and words in err
    assert "Traceback" not in err
    assert len(validate("jsonlEvent", out)) == 2  # the records on both sides of it are written


@pytest.mark.parametrize("bad, words", BAD_LINES, ids=[w for _, w in BAD_LINES])
def test_a_bad_line_in_batch(tmp_path: Path, bad: bytes, words: str) -> None:
    feed = _feed(tmp_path, bad)
    results = list(build_timelines(read_jsonl(feed)))
    assert [r.ok for r in results] == [True, False, True]
    assert results[1].source == f"{feed}:2"
    assert results[1].error.type == "InputFormatError" and words in results[1].error.message


@pytest.mark.parametrize("bad, words", BAD_LINES, ids=[w for _, w in BAD_LINES])
def test_the_cli_and_batch_read_a_file_alike(tmp_path: Path, bad: bytes, words: str) -> None:
    feed = _feed(tmp_path, bad)
    cli = [(i.source, i.message) for i in read_path(feed) if isinstance(i, ReadFailure)]
    batch = [(r.source, r.message) for r in read_jsonl(feed) if isinstance(r, ReadFailure)]
    assert cli == batch and len(cli) == 1


def test_read_failures_carry_the_typed_error(tmp_path: Path) -> None:
    [failure] = [i for i in read_path(_feed(tmp_path, b"{oops")) if isinstance(i, ReadFailure)]
    error = failure.as_error()
    assert isinstance(error, InputFormatError) and isinstance(error, ValueError)
    assert error.source == f"{tmp_path / 'feed.jsonl'}:2"


def test_a_lone_surrogate_is_written_as_a_replacement_with_a_warning(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    feed = tmp_path / "feed.jsonl"
    record = {"text": "Rebels seized Aleppo on Friday \ud800.", "published": "2024-12-02", "source": "wire-7"}
    feed.write_text(json.dumps(record) + "\n" + json.dumps(GOOD) + "\n", encoding="utf-8")
    target = tmp_path / "out.jsonl"
    code, _, err = run(capsys, str(feed), "-f", "jsonl", "-o", str(target))
    assert code == 0
    # the sentence is written twice per event (the event's and its source's): two replacements
    assert "warning: wire-7: 2 characters that cannot be encoded (lone surrogates) written as U+FFFD" in err
    lines = target.read_text(encoding="utf-8").splitlines()
    assert len(validate("jsonlEvent", "\n".join(lines))) == 2 and "\ufffd" in lines[0]
    # the same text through batch.write_jsonl
    out = io.StringIO()
    with pytest.warns(UnencodableTextWarning, match="wire-7"):
        write_jsonl(build_timelines([record]), out)
    validate("articleResult", out.getvalue())
    assert "\ufffd" in out.getvalue()
    out.getvalue().encode("utf-8")


def test_a_surrogate_in_a_document_format_names_the_article(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    feed = tmp_path / "feed.jsonl"
    record = {"text": "Rebels seized Aleppo \udcff on Friday.", "published": "2024-12-02", "source": "wire-8"}
    feed.write_text(json.dumps(record) + "\n", encoding="utf-8")
    code, _, err = run(capsys, str(feed), "-f", "html", "-o", str(tmp_path / "page.html"))
    assert code == 0 and "warning: wire-8:" in err
    assert "\ufffd" in (tmp_path / "page.html").read_text(encoding="utf-8")


# -- sidecars ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sidecar, words",
    [
        (b"[" * 10_000 + b"]" * 10_000, "nested more than 64 levels"),
        (b'{"published": ' + b"2" * 5000 + b"}", "5,000 digits"),
        (b'{"published": "2024-12-02", "source": "caf\xe9"}', "not UTF-8"),
        (b'{"published": "2024-12-02"', "not JSON"),
    ],
)
def test_a_bad_sidecar_is_a_failure_naming_the_article(tmp_path: Path, sidecar: bytes, words: str) -> None:
    story = tmp_path / "story.txt"
    story.write_text("Rebels seized Aleppo on Friday.", encoding="utf-8")
    (tmp_path / "story.meta.json").write_bytes(sidecar)
    [item] = read_inputs([story])
    assert isinstance(item, ReadFailure) and item.source == str(story)
    assert "unreadable metadata file" in item.message and words in item.message
    assert isinstance(item.as_error(), InputFormatError)


# -- front matter: YAML and TOML, parsed for real ------------------------------------------------------


@pytest.mark.parametrize(
    "text, published, source, body",
    [
        # lists and nested keys before the date no longer hide it
        ("---\ntags:\n  - syria\n  - aleppo\npublished: 2024-12-02\n---\nX", "2024-12-02", None, "X"),
        ("---\nauthor:\n  name: A. Writer\n  role: staff\npublished: 2024-12-02\n---\nX", "2024-12-02", None, "X"),
        ('---\ntitle: "A: colon"\npublished: "2024-12-02"\nsource: ap-7\n---\nX', "2024-12-02", "ap-7", "X"),
        ("---\npublished: 20241202\n---\nX", 20241202, None, "X"),  # a YAML number; read as its digits
        # TOML between +++ lines: its dates are dates
        (
            '+++\ntitle = "Aleppo"\ntags = ["a", "b"]\npublished = 2024-12-02\nsource = "ap-8"\n+++\nX',
            dt.date(2024, 12, 2),
            "ap-8",
            "X",
        ),
        ('+++\npublished = 2024-12-02T09:30:00+01:00\n[author]\nname = "x"\n+++\nX', None, None, "X"),
    ],
)
def test_front_matter_is_yaml_or_toml(text: str, published: object, source: str | None, body: str) -> None:
    fields, rest = parse_front_matter(text)
    if published is not None:
        assert fields["published"] == published
    else:
        assert publication_date(fields["published"]) == dt.date(2024, 12, 2)
    assert fields.get("source") == source and rest == body


@pytest.mark.parametrize(
    "text, where, words",
    [
        ("---\npublished: 2024-12-02\ntags: [unclosed\n---\nX", "f.md:", "not valid YAML"),
        (
            "---\npublished: 2024-12-02\nx: !!python/object/apply:os.system ['echo owned']\n---\nX",
            "f.md:3",
            "not valid YAML",
        ),
        ("---\npublished: " + "[" * 5000 + "\n---\nX", "f.md:2", "not valid YAML"),
        ("+++\npublished = 2024-02-30\n+++\nX", "f.md:2", "not valid TOML"),
        ("+++\npublished = 2024-12-02\nn = " + "9" * 5000 + "\n+++\nX", "f.md", "not valid TOML"),
        ("---\npublished: 2024-12-02\nnote: " + "x" * 70_000 + "\n---\nX", "f.md", "longer than 65,536"),
    ],
)
def test_broken_front_matter_is_a_typed_error_naming_the_line(text: str, where: str, words: str) -> None:
    with pytest.raises(InputFormatError) as info:
        parse_front_matter(text, "f.md")
    assert str(info.value).startswith(where) and words in str(info.value)


@pytest.mark.parametrize(
    "text",
    [
        "---\nJust a paragraph between two rules.\n---\nBody",  # not a mapping: not front matter
        "---\n- a list\n- of things\n---\nBody",
        "---\nno closing line",
        "+++\nnot toml at all, just plus signs\n+++\nBody",
    ],
)
def test_near_misses_are_no_front_matter(text: str) -> None:
    assert parse_front_matter(text) == ({}, text)


def test_a_bad_front_matter_file_fails_alone(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    bad = tmp_path / "a.md"
    bad.write_text("---\npublished: [2024-12-02\n---\nRebels seized Aleppo.", encoding="utf-8")
    good = tmp_path / "b.md"
    good.write_text("+++\npublished = 2024-12-02\n+++\nRebels seized Aleppo on Friday.", encoding="utf-8")
    code, out, err = run(capsys, str(tmp_path), "-f", "jsonl")
    assert code == 1 and f"{bad}:" in err and "not valid YAML" in err
    assert len(validate("jsonlEvent", out)) == 1


# -- Timeline.from_json ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "data, words",
    [
        ("[" * 100_000 + "]" * 100_000, "nested more than 64 levels"),
        ('{"schema": "conflict_timeline/1", "events": [], "undated": [], "n": ' + "7" * 5000 + "}", "5,000 digits"),
        (b'{"schema": "conflict_timeline/1\xff"}', "not UTF-8"),
        ('{"schema": NaN}', "NaN"),
        ('{"schema": "' + "x" * 10_000 + '"}', "unsupported schema"),
        ("", "not JSON"),
    ],
)
def test_from_json_raises_only_its_typed_error(data: str | bytes, words: str) -> None:
    with pytest.raises(TimelineFormatError) as info:
        Timeline.from_json(data)
    assert words in str(info.value) and len(str(info.value)) < 400  # an untrusted value is cut short


# -- TimeML: no DTD, no entity, in any encoding --------------------------------------------------------

_TIMEML = '<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="2024-12-02"/></DCT><TEXT>{body}</TEXT></TimeML>'
_BOMB = (
    '<!DOCTYPE TimeML [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
    '<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>'
)


@pytest.mark.parametrize(
    "document",
    [
        ('<?xml version="1.0" encoding="UTF-16"?>' + _BOMB + _TIMEML.format(body="&c;")).encode("utf-16"),
        ('<?xml version="1.0" encoding="UTF-16LE"?>' + _BOMB + _TIMEML.format(body="&c;")).encode("utf-16-le"),
        (_BOMB + _TIMEML.format(body="&c;")).encode("utf-8"),
        ('<!DOCTYPE TimeML [<!ENTITY x SYSTEM "file:///etc/passwd">]>' + _TIMEML.format(body="&x;")).encode(),
        ('<!DOCTYPE TimeML SYSTEM "http://example.org/timeml.dtd">' + _TIMEML.format(body="x")).encode(),
        ('<!DOCTYPE TimeML [<!ENTITY % p SYSTEM "http://example.org/p.dtd"> %p;]>' + _TIMEML.format(body="x")).encode(),
    ],
    ids=["utf16-bomb", "utf16le-bomb", "utf8-bomb", "external-entity", "external-dtd", "parameter-entity"],
)
def test_timeml_refuses_dtds_and_entities_in_any_encoding(tmp_path: Path, document: bytes) -> None:
    path = tmp_path / "doc.tml"
    path.write_bytes(document)
    with pytest.raises(TimeMLError, match="DTD and entity declarations are not accepted"):
        read_timeml(path)


def test_timeml_in_utf16_without_a_dtd_is_read(tmp_path: Path) -> None:
    # near-miss: the encoding alone is no reason to refuse
    path = tmp_path / "doc.tml"
    path.write_bytes(('<?xml version="1.0" encoding="UTF-16"?>' + _TIMEML.format(body="On Monday.")).encode("utf-16"))
    assert read_timeml(path).text == "On Monday."


@pytest.mark.parametrize(
    "data", [b"<TimeML>\xff</TimeML>", b'<?xml version="1.0" encoding="klingon"?><TimeML/>', b"<a>" * 50_000]
)
def test_timeml_junk_is_a_timeml_error(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "doc.tml"
    path.write_bytes(data)
    with pytest.raises(TimeMLError):
        read_timeml(path)


# -- publication dates --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "value",
    ["-2024-12-02", "+2024-12-02", "--2024-12-02", "\u22122024-12-02", "2 Dec -2024", "Dec 2, 2024 -0500", 10**5000],
    ids=["minus", "plus", "two-minus", "unicode-minus", "signed-written-year", "offset-without-clock", "huge-int"],
)
def test_signed_and_impossible_dates_are_refused(value: object) -> None:
    with pytest.raises(InvalidPublicationDate) as info:
        publication_date(value)
    assert len(str(info.value)) < 200


def test_pandas_nat_is_no_date() -> None:
    pd = pytest.importorskip("pandas")
    with pytest.raises(InvalidPublicationDate, match="not a real calendar date"):
        publication_date(pd.NaT)
    with pytest.raises(InvalidPublicationDate):
        build_timeline("Rebels seized Aleppo on Friday.", published=pd.NaT)
    assert publication_date(pd.Timestamp("2024-12-02 23:30")) == dt.date(2024, 12, 2)  # near-miss: a real one


@pytest.mark.parametrize(
    "value",
    ["Mon, 02 Dec 2024 10:00:00 -0500", "Mon, 02 Dec 2024 10:00:00 +0100", "2024-12-02T10:00:00-05:00"],
)
def test_zone_offsets_after_a_clock_time_still_read(value: str) -> None:
    assert publication_date(value) == dt.date(2024, 12, 2)


@pytest.mark.parametrize("digits", [13, 4301, 5000])
def test_a_death_toll_of_too_many_digits_is_no_count(digits: int) -> None:
    tl = build_timeline(f"Rebels killed {'1' * digits} people on Monday.", "2024-12-02")
    assert tl.all_events and all(ev.fatalities is None for ev in tl.all_events)
    # near-miss: a real toll is still read
    [ev] = build_timeline("Rebels killed 11 people on Monday.", "2024-12-02").all_events
    assert ev.fatalities == 11


# -- the command line's arguments -------------------------------------------------------------------


def test_a_fifo_argument_neither_blocks_nor_crashes(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.md"
    os.mkfifo(fifo)
    good = tmp_path / "good.md"
    good.write_text("---\npublished: 2024-12-02\n---\nRebels seized Aleppo on Friday.", encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, "-m", "conflict_timeline", str(fifo), str(good), "-f", "jsonl"],
        capture_output=True,
        text=True,
        timeout=60,  # the old reader waited for a writer for ever
        cwd=ROOT,
    )
    assert proc.returncode == 1
    assert f"{fifo}: not a regular file (a FIFO)" in proc.stderr
    assert len(validate("jsonlEvent", proc.stdout)) == 1


def test_an_unreadable_folder_is_reported_and_the_run_goes_on(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "a.md").write_text("x", encoding="utf-8")
    good = tmp_path / "good.md"
    good.write_text("---\npublished: 2024-12-02\n---\nRebels seized Aleppo on Friday.", encoding="utf-8")
    real_iterdir = Path.iterdir

    def iterdir(self: Path):  # tests run as root, for whom chmod 000 locks nothing
        if self == locked:
            raise PermissionError(13, "Permission denied")
        return real_iterdir(self)

    monkeypatch.setattr(Path, "iterdir", iterdir)
    code, out, err = run(capsys, str(locked), str(good), "-f", "jsonl")
    assert code == 1 and f"{locked}: cannot list this folder: Permission denied" in err
    assert len(validate("jsonlEvent", out)) == 1


def test_a_file_name_that_is_not_utf8(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    name = os.fsdecode(b"caf\xe9.txt")  # what Python makes of such a name: a lone surrogate
    (tmp_path / name).write_text("Rebels seized Aleppo on Friday.", encoding="utf-8")
    code, out, err = run(capsys, str(tmp_path / name), "--published", "2024-12-02", "-f", "jsonl")
    assert (code, err) == (0, "")
    [event] = validate("jsonlEvent", out)
    assert event["sources"][0]["source"] == f"{tmp_path}/caf\\xe9.txt"
    code, out, err = run(capsys, str(tmp_path / os.fsdecode(b"gon\xe9.txt")))
    assert code == 1 and "gon\\xe9.txt: cannot read" in err


def test_terminal_escapes_never_reach_the_terminal(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    evil = "wire\x1b]0;owned\x07\x1b[2J\u202e"
    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps({**GOOD, "source": evil}) + "\n", encoding="utf-8")
    undated = tmp_path / f"{evil}.txt"  # a file name is shown in the error message
    undated.write_text("Rebels seized Aleppo.", encoding="utf-8")
    code, out, err = run(capsys, str(feed), str(undated))
    assert code == 1
    for stream in (out, err):
        assert "\x1b" not in stream and "\x07" not in stream and "\u202e" not in stream
    assert "wire]0;owned[2J" in out and "wire]0;owned[2J.txt: no publication date" in err


# -- build_timelines ------------------------------------------------------------------------------


class _Boom(Exception):
    pass


def _raising_after(n: int):
    for i in range(n):
        yield {"text": "Rebels seized Aleppo on Friday.", "published": "2024-12-02", "source": f"s{i}"}
    raise _Boom("the feed broke")


@pytest.mark.parametrize("workers", [1, 2, 4])
def test_every_article_read_is_delivered_before_the_input_failure(workers: int) -> None:
    results = []
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ConflictTimelineWarning)
        with pytest.raises(_Boom, match="the feed broke"):
            for r in build_timelines(_raising_after(200), workers=workers, chunksize=8):
                results.append(r)
    assert [r.source for r in results] == [f"s{i}" for i in range(200)]
    assert all(r.ok for r in results)


def test_workers_are_capped_at_the_cpus(monkeypatch: pytest.MonkeyPatch) -> None:
    import concurrent.futures

    import conflict_timeline.batch as batch_module

    sizes: list[int] = []
    real = concurrent.futures.ProcessPoolExecutor

    def recording(max_workers: int, **kw: object) -> object:
        sizes.append(max_workers)
        return real(max_workers=max_workers, **kw)

    monkeypatch.setattr(concurrent.futures, "ProcessPoolExecutor", recording)
    with pytest.warns(ConflictTimelineWarning, match="workers=1000 capped"):
        results = list(build_timelines([GOOD] * 3, workers=1000))
    assert [r.ok for r in results] == [True] * 3
    assert sizes == [batch_module.available_cpus()]
    # told otherwise, as many as asked (a small number here)
    sizes.clear()
    want = batch_module.available_cpus() + 1
    list(build_timelines([GOOD], workers=want, oversubscribe=True))
    assert sizes == [want]


def test_timeout_gives_a_failure_value_and_the_batch_goes_on() -> None:
    slow_text = "Rebels seized Aleppo on Friday. " + "On Monday, two days after the vote, talks resumed. " * 8000
    records = [GOOD, {"text": slow_text, "published": "2024-12-02", "source": "slow"}, GOOD]
    results = list(build_timelines(records, workers=1, timeout=0.05))
    assert [r.ok for r in results] == [True, False, True]
    assert results[1].error.type == "ArticleTimeout" and "timeout=0.05" in results[1].error.message


def test_max_chars_refuses_long_texts_before_sending_them() -> None:
    records = [GOOD, {"text": "x" * 1001, "published": "2024-12-02", "source": "long"}]
    for workers in (1, 2):
        results = list(build_timelines(records, workers=workers, max_chars=1000))
        assert [r.ok for r in results] == [True, False]
        assert results[1].error.type == "TextTooLong" and "1,001 characters" in results[1].error.message


@pytest.mark.parametrize(
    "kwargs", [{"timeout": 0}, {"timeout": -1}, {"timeout": "5"}, {"max_chars": 0}, {"max_chars": 1.5}]
)
def test_bad_limits_are_refused_at_once(kwargs: dict) -> None:
    from conflict_timeline.errors import InvalidInput

    with pytest.raises(InvalidInput):
        build_timelines([GOOD], **kwargs)


def test_typed_errors_are_conflict_timeline_errors() -> None:
    for error in (InputFormatError("f", "r"), TimelineFormatError("x")):
        assert isinstance(error, ConflictTimelineError) and isinstance(error, ValueError)
    assert Article("x", "2024-12-02").published == dt.date(2024, 12, 2)
