"""The HTML page: self-contained, escaped, and shown by a real headless browser.

The browser tests need Debian's ``chromium`` (``.ci/run`` installs it). They skip
only when it is missing on a developer's machine; with ``CI=true`` a missing
browser is a failure, so CI cannot pass without running them.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from export_samples import EVENTS, sample_timeline

from conflict_timeline.export import KIND_COLOURS, to_html, to_html_page
from conflict_timeline.model import EventKind
from conflict_timeline.timeline import Timeline

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
needs_browser = pytest.mark.skipif(
    CHROMIUM is None and os.environ.get("CI", "").lower() != "true",
    reason="chromium not installed (apt-get install -y chromium); required when CI=true",
)


# -- the page itself ---------------------------------------------------------------------------


def test_page_is_self_contained_and_escaped() -> None:
    page = to_html(sample_timeline(), title="Syria <2024>")
    assert page.startswith("<!DOCTYPE html>")
    assert "<title>Syria &lt;2024&gt;</title>" in page
    assert "<script" not in page.lower()
    assert not re.search(r"""(src|href)\s*=|url\(\s*['"]?(https?:|//)|@import|@font-face""", page)
    assert "Content-Security-Policy" in page and "default-src 'none'" in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page


def test_every_event_has_a_row_with_its_date_kind_and_marked_sentence() -> None:
    tl = sample_timeline()
    page = to_html(tl)
    assert page.count('class="row event"') == len(tl.events)
    assert page.count('class="row event undated-event"') == len(tl.undated)
    assert '<mark class="time">last week</mark>' in page
    assert '<span class="trigger">seized</span>' in page
    assert "week of 25 Nov 2024" in page and "2024-11-25 – 2024-12-01" in page
    assert "since 2011" in page
    # fuzzy spans are bars, a known day is a dot; open ends fade out
    assert page.count('<rect class="mark"') == 5
    assert page.count('<circle class="mark"') == 1
    assert page.count("<linearGradient") == 2
    for kind in {ev.kind for ev in tl.all_events}:
        assert KIND_COLOURS[kind] in page


def test_several_timelines_on_one_page_and_empty_ones() -> None:
    page = to_html_page([("first", sample_timeline()), ("second", Timeline(events=(EVENTS["monday"],)))])
    assert page.count('<section class="timeline"') == 2
    assert 'id="t2-event-1"' in page
    assert "No events found." in to_html(Timeline())


def test_html_is_deterministic() -> None:
    assert to_html(sample_timeline()) == to_html(sample_timeline())


# -- in a real browser -------------------------------------------------------------------------


def _chromium(url: str, profile: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    assert CHROMIUM is not None, "chromium is required when CI=true: apt-get install -y chromium"
    return subprocess.run(
        [
            CHROMIUM,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            "--hide-scrollbars",
            f"--user-data-dir={profile}",
            "--enable-logging=stderr",
            "--v=0",
            *extra,
            url,
        ],
        capture_output=True,
        text=True,
        timeout=180,
    )


def _console_messages(stderr: str) -> list[str]:
    # every console message (errors, CSP violations, failed loads) is logged as CONSOLE
    return [line for line in stderr.splitlines() if ":CONSOLE" in line or "Uncaught" in line]


@needs_browser
def test_console_check_catches_a_broken_page(tmp_path: Path) -> None:
    """The control for the test below: the same check flags a page that does go wrong."""
    bad = tmp_path / "bad.html"
    bad.write_text(
        '<!DOCTYPE html><html><head><meta http-equiv="Content-Security-Policy" content="default-src \'none\'">'
        '</head><body><img src="http://example.invalid/x.png"></body></html>',
        encoding="utf-8",
    )
    proc = _chromium(bad.as_uri(), tmp_path / "profile", "--dump-dom")
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert _console_messages(proc.stderr)


@needs_browser
def test_page_loads_without_errors_and_the_screenshot_shows_every_event(tmp_path: Path) -> None:
    import numpy as np
    from matplotlib import image

    tl = sample_timeline()
    page = tmp_path / "timeline.html"
    page.write_text(to_html(tl), encoding="utf-8")

    dom = _chromium(page.as_uri(), tmp_path / "profile-dom", "--dump-dom")
    assert dom.returncode == 0, dom.stderr[-2000:]
    assert _console_messages(dom.stderr) == []
    rendered = dom.stdout
    assert rendered.count('class="row event"') == len(tl.events)
    for ev in tl.all_events:
        assert ev.summary.replace("<", "&lt;").replace(">", "&gt;") in rendered

    shot = tmp_path / "shot.png"
    height = 420 + 150 * len(tl.all_events)  # tall enough for the whole page
    proc = _chromium(page.as_uri(), tmp_path / "profile-shot", f"--screenshot={shot}", f"--window-size=1280,{height}")
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert _console_messages(proc.stderr) == []
    pixels = image.imread(str(shot))[..., :3]
    assert pixels.shape[:2] == (height, 1280)

    def shows(colour: str) -> bool:
        rgb = np.array([int(colour[i : i + 2], 16) for i in (1, 3, 5)]) / 255
        return bool((np.abs(pixels - rgb).max(axis=-1) < 0.02).sum() >= 40)

    # each kind's colour (badges, dots, bars) is on screen, the undated event's at the very bottom
    for kind in {ev.kind for ev in tl.all_events}:
        assert shows(KIND_COLOURS[kind]), kind
    assert not shows(KIND_COLOURS[EventKind.RIOT])  # near-miss: a kind with no event is not drawn
    assert shows("#ffe08a")  # the marked date words
    # the last rows of the screenshot are page background: nothing was cut off
    assert np.allclose(pixels[-20:], pixels[-1, 0], atol=0.02)
