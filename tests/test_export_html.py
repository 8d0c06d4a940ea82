"""The HTML page: self-contained, escaped, grouped by month, and shown by a real headless browser
whose filters and search change what is visible.

The browser tests need Debian's ``chromium`` (``.ci/run`` installs it). They skip only when it is
missing on a developer's machine; with ``CI=true`` a missing browser is a failure, so CI cannot pass
without running them. They drive the page over the DevTools protocol (``tests/browser.py``).
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import html.parser
import os
import re
from pathlib import Path

import pytest
from browser import CHROMIUM, Browser
from export_samples import EVENTS, sample_timeline
from synthetic import synthetic_timeline

from conflict_timeline.export import KIND_COLOURS, to_html, to_html_page
from conflict_timeline.export.html import SCRIPT
from conflict_timeline.model import EventKind, EventStatus
from conflict_timeline.timeline import Timeline

needs_browser = pytest.mark.skipif(
    CHROMIUM is None and os.environ.get("CI", "").lower() != "true",
    reason="chromium not installed (apt-get install -y chromium); required when CI=true",
)


class _Page(html.parser.HTMLParser):
    """The tags of a page, its scripts, and its visible text outside the closed 'why' toggles."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.scripts: list[str] = []
        self.outside_why: list[str] = []
        self.inside_why: list[str] = []
        self._stack: list[str] = []
        self._why = 0
        self._in_script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        if tag == "details" and ("class", "why") in attrs:
            self._why += 1
            self._stack.append("why")
        elif tag == "details":
            self._stack.append("details")
        self._in_script = tag == "script"

    def handle_endtag(self, tag: str) -> None:
        if tag == "details" and self._stack.pop() == "why":
            self._why -= 1
        self._in_script = False

    def handle_data(self, data: str) -> None:
        if self._in_script:
            self.scripts.append(data)
        elif self._why:
            self.inside_why.append(data)
        else:
            self.outside_why.append(data)


def _parse(page: str) -> _Page:
    p = _Page()
    p.feed(page)
    return p


# -- the page itself ---------------------------------------------------------------------------


def test_page_is_self_contained_and_allows_only_its_own_script() -> None:
    page = to_html(sample_timeline(), title="Syria <2024>")
    assert page.startswith("<!DOCTYPE html>")
    assert "<title>Syria &lt;2024&gt;</title>" in page
    parsed = _parse(page)
    assert parsed.scripts == [SCRIPT] and parsed.tags.count("script") == 1
    assert not re.search(
        r"""(src|href)\s*=\s*["']?(https?:|//|data:)|url\(\s*['"]?(https?:|//)|@import|@font-face""", page
    )
    [csp] = re.findall(r'http-equiv="Content-Security-Policy" content="([^"]+)"', page)
    digest = base64.b64encode(hashlib.sha256(SCRIPT.encode()).digest()).decode()
    assert "default-src 'none'" in csp and f"script-src 'sha256-{digest}'" in csp
    assert "unsafe-inline" not in csp.split("script-src")[1].split(";")[0]
    assert "form-action 'none'" in csp
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    # the script never writes markup: it only hides, shows and counts
    assert "innerHTML" not in SCRIPT and "insertAdjacentHTML" not in SCRIPT and "document.write" not in SCRIPT


def test_events_are_grouped_by_the_month_their_time_starts_in() -> None:
    tl = sample_timeline()
    page = to_html(tl)
    headings = re.findall(r'<section class="group" id="t1-([\w-]+)"><h3>([^<]+)<', page)
    assert headings == [
        ("open", "Open start"),  # until March 2017
        ("2011", "2011: the whole year and longer"),  # since 2011
        ("2016", "2016: the whole year and longer"),  # 2016
        ("2016-09", "September 2016"),  # late 2016
        ("2024-11", "November 2024"),  # the week of 25 Nov, running into December
        ("2024-12", "December 2024"),  # Monday 2 December
        ("undated", "Undated"),
    ]
    # the index links to every group, by year, with its count
    for anchor, _ in headings:
        assert f'href="#t1-{anchor}" data-group="t1-{anchor}"' in page
    assert page.count('class="row event') == len(tl.all_events)
    assert page.count('class="row event undated-event') == len(tl.undated)


def test_every_event_shows_its_date_kind_status_and_marked_sentence() -> None:
    tl = sample_timeline()
    page = to_html(tl)
    assert '<mark class="time">last week</mark>' in page
    assert '<span class="trigger">seized</span>' in page
    assert "week of 25 Nov 2024" in page
    assert '<span class="d">2024-11-25</span> – <span class="d">2024-12-01</span>' in page
    assert "since 2011" in page
    # a known day is a dot, a span a bar; open ends fade out
    assert page.count('<rect class="mark"') == 5
    assert page.count('<circle class="mark"') == 1
    assert page.count("<linearGradient") == 2
    for kind in {ev.kind for ev in tl.all_events}:
        assert KIND_COLOURS[kind] in page
    # the negated event looks negated, the reported one says so
    assert re.search(r'<li class="row event undated-event st-NEGATED"[^>]*data-status="NEGATED"', page)
    assert '<span class="badge">did not happen</span>' in page and '<span class="badge">reported</span>' in page


def test_the_why_is_behind_a_toggle_and_rule_names_only_there() -> None:
    tl = sample_timeline()
    parsed = _parse(to_html(tl))
    outside, inside = " ".join(parsed.outside_why), " ".join(parsed.inside_why)
    rules = {ev.time_source.rule for ev in tl.events if ev.time_source is not None}
    assert rules == {
        "weekday.bare",
        "relative.last_unit",
        "year.prepositional",
        "year.since",
        "year.modified",
        "month.until",
    }
    for rule in rules:
        assert rule not in outside and rule in inside
    assert "counted from the publication day (2 Dec 2024)" in inside  # "last week" and "Monday"
    assert "“last week”, read as week of 25 Nov 2024" in inside
    assert "none: no time could be tied to this event" in inside  # the undated one


def test_several_timelines_on_one_page_and_empty_ones() -> None:
    page = to_html_page([("first", sample_timeline()), ("second", Timeline(events=(EVENTS["monday"],)))])
    assert page.count('<section class="timeline"') == 2
    assert 'id="t2-event-1"' in page and 'id="t2-2024-12"' in page
    assert '<p class="sec">first</p>' in page and '<p class="sec">second</p>' in page
    assert page.count('<form id="filters"') == 1  # one set of filters for the page
    assert "No events found." in to_html(Timeline())


def test_sources_fold_away_when_there_are_many() -> None:
    few = to_html(synthetic_timeline(10))
    many = to_html_page([(f"article {i}", synthetic_timeline(10, seed=i)) for i in range(3)])
    assert "<details><summary>" not in few.split('<form id="filters"')[1].split("</form>")[0]
    assert '<input type="checkbox" name="source" value="0" checked>' in many


def test_html_is_deterministic() -> None:
    assert to_html(sample_timeline()) == to_html(sample_timeline())
    assert to_html(synthetic_timeline(400)) == to_html(synthetic_timeline(400))


# -- in a real browser -------------------------------------------------------------------------


@needs_browser
def test_console_check_catches_a_broken_page_and_the_policy_blocks_a_foreign_script(tmp_path: Path) -> None:
    """The controls for the tests below: the same checks flag a page that does go wrong."""
    bad = tmp_path / "bad.html"
    bad.write_text(
        '<!DOCTYPE html><html><head><meta http-equiv="Content-Security-Policy" content="default-src \'none\'">'
        '</head><body><img src="http://example.invalid/x.png"></body></html>',
        encoding="utf-8",
    )
    # a page whose escaping failed: a script that is not the library's must not run
    injected = tmp_path / "injected.html"
    injected.write_text(
        to_html(sample_timeline()).replace("</main>", "<script>document.title = 'pwned';</script></main>"),
        encoding="utf-8",
    )
    with Browser(tmp_path / "profile") as browser:
        browser.open(bad.as_uri())
        assert browser.console
        browser.console.clear()
        browser.open(injected.as_uri())
        assert browser.js("document.title") == "Timeline"
        assert any("Content Security Policy" in line for line in browser.console), browser.console
        assert browser.js("document.getElementById('filters').hidden") is False  # the page's own script ran


def _visible(browser: Browser) -> int:
    return int(browser.js("document.querySelectorAll('li.event:not([hidden])').length"))


def _set(browser: Browser, name: str, value: str, on: bool) -> None:
    box = f"document.querySelector(\"input[name='{name}'][value='{value}']\")"
    browser.js(f"(function (b) {{ if (b.checked !== {str(on).lower()}) {{ b.click(); }} }})({box})")


def _search(browser: Browser, words: str) -> None:
    browser.js(
        f"(function (q) {{ q.value = {words!r}; q.dispatchEvent(new Event('input', {{bubbles: true}})); }})"
        "(document.getElementById('q'))"
    )


@needs_browser
@pytest.mark.parametrize("n", [10, 400])
def test_filters_and_search_change_what_is_visible(n: int, tmp_path: Path) -> None:
    tl = synthetic_timeline(n)
    events = tl.all_events
    page = tmp_path / "timeline.html"
    page.write_text(to_html(tl, title=f"{n} events"), encoding="utf-8")
    with Browser(tmp_path / "profile", width=1280, height=900) as browser:
        browser.open(page.as_uri())
        assert browser.console == []
        assert _visible(browser) == n
        assert browser.js("document.getElementById('shown').textContent") == f"all {n} events shown"
        browser.screenshot(tmp_path / "top.png")

        # a kind off: its events go, the rest stay
        kind = max(EventKind, key=lambda k: sum(ev.kind is k for ev in events))
        _set(browser, "kind", kind.value, False)
        assert _visible(browser) == sum(ev.kind is not kind for ev in events)
        assert browser.js(
            f"Array.from(document.querySelectorAll('li.event[data-kind={kind.value}]')).every(li => li.hidden)"
        )
        _set(browser, "kind", kind.value, True)

        # statuses: none, then one that is not "asserted" (negated when there are negated events)
        browser.js("document.querySelector(\"button[data-all='status'][data-on='0']\").click()")
        assert _visible(browser) == 0
        assert browser.js("Array.from(document.querySelectorAll('section.group')).every(g => g.hidden)")
        order = (EventStatus.NEGATED, EventStatus.PLANNED, EventStatus.HYPOTHETICAL, EventStatus.REPORTED)
        status = next(s for s in order if any(ev.status is s for ev in events))
        _set(browser, "status", status.value, True)
        assert _visible(browser) == sum(ev.status is status for ev in events) > 0
        if status is EventStatus.NEGATED:
            struck = "getComputedStyle(document.querySelector('li.st-NEGATED .summary')).textDecorationLine"
            assert browser.js(struck) == "line-through"

        # a source off
        browser.js("document.querySelector(\"button[data-all='status'][data-on='1']\").click()")
        names = sorted({s.source for ev in events for s in ev.sources})
        _set(browser, "source", "0", False)
        assert _visible(browser) == sum(any(s.source != names[0] for s in ev.sources) for ev in events)
        _set(browser, "source", "0", True)

        # the search: every word must appear; months without a match leave the page and the index
        _search(browser, "Latakia shelled")
        expected = [
            ev for ev in events if "latakia" in ev.sentence.text.lower() and "shelled" in ev.sentence.text.lower()
        ]
        assert _visible(browser) == len(expected)
        assert browser.js("document.getElementById('shown').textContent") == f"{len(expected)} of {n} events shown"
        groups = int(browser.js("document.querySelectorAll('section.group:not([hidden])').length"))
        assert groups == int(browser.js("document.querySelectorAll('.index a[data-group]:not(.none)').length"))
        browser.screenshot(tmp_path / "searched.png")
        _search(browser, "no such words anywhere")
        assert _visible(browser) == 0

        # show all brings everything back
        browser.js("document.querySelector('#filters button[type=reset]').click()")
        _search(browser, "")
        assert _visible(browser) == n
        assert browser.console == []


@needs_browser
def test_the_screenshot_shows_every_kind_and_nothing_is_cut_off(tmp_path: Path) -> None:
    import numpy as np
    from matplotlib import image

    tl = sample_timeline()
    page = tmp_path / "timeline.html"
    page.write_text(to_html(tl), encoding="utf-8")
    with Browser(tmp_path / "profile", width=1280, height=900) as browser:
        browser.open(page.as_uri())
        assert browser.console == []
        shot = browser.screenshot(tmp_path / "shot.png", full_page=True)
        height = int(browser.js("document.documentElement.scrollHeight"))
    pixels = image.imread(str(shot))[..., :3]
    assert pixels.shape[:2] == (height, 1280)

    def shows(colour: str) -> bool:
        rgb = np.array([int(colour[i : i + 2], 16) for i in (1, 3, 5)]) / 255
        return bool((np.abs(pixels - rgb).max(axis=-1) < 0.02).sum() >= 40)

    for kind in {ev.kind for ev in tl.all_events}:
        assert shows(KIND_COLOURS[kind]), kind
    assert not shows(KIND_COLOURS[EventKind.RIOT])  # near-miss: a kind with no event is not drawn
    assert shows("#ffe08a")  # the marked date words
    assert np.allclose(pixels[-12:], pixels[-1, 0], atol=0.02)  # the last rows are page background


@needs_browser
def test_the_date_index_stays_in_view(tmp_path: Path) -> None:
    page = tmp_path / "timeline.html"
    page.write_text(to_html(synthetic_timeline(400)), encoding="utf-8")
    with Browser(tmp_path / "profile", width=1280, height=900) as browser:
        browser.open(page.as_uri())
        browser.js("document.getElementById('t1-2024-12').scrollIntoView()")
        assert browser.js("window.scrollY") > 5000
        top = browser.js("document.querySelector('.index').getBoundingClientRect().top")
        heading = browser.js("document.querySelector('#t1-2024-12 > h3').getBoundingClientRect().top")
        assert 0 <= top < 900 and heading == 0  # the index and the month's heading are on screen
        browser.js("document.querySelector('.index a[data-group=\"t1-2024-11\"]').click()")
        assert browser.js("location.hash") == "#t1-2024-11"
        assert browser.console == []


def test_groups_and_overview_at_the_calendar_edges() -> None:
    from export_samples import make_event

    from conflict_timeline.model import Granularity, TimeSpan

    spans = [
        TimeSpan("0001-01-01", dt.date.min, dt.date.min, Granularity.DAY),
        TimeSpan("0001", dt.date.min, dt.date(1, 12, 31), Granularity.YEAR),
        TimeSpan("9999-12", dt.date(9999, 12, 1), dt.date.max, Granularity.MONTH),
        TimeSpan("9999", dt.date(9999, 1, 1), None, Granularity.YEAR),
    ]
    events = tuple(
        make_event(sentence="On Monday", trigger="crossed", kind=EventKind.BATTLE, when=w, time_text="Monday")
        for w in spans
    )
    page = to_html(Timeline(events=events))
    assert re.findall(r'<section class="group" id="t1-([\w-]+)">', page) == ["0001", "0001-01", "9999", "9999-12"]
    assert '<svg class="overview"' in page and page.count('class="row event') == 4
