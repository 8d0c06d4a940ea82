"""Inputs that once broke the engine (found by the fuzzer, hypothesis or the pathological benchmark).

Each row is (text, publication date): ``find_expressions`` must answer with
well-formed expressions and ``resolve`` must give a value or ``None``. A row
marked ``xfail`` is an open engine bug (strict: the mark must go once it is
fixed); ``tests/test_properties.py`` steers around the same inputs (its
``KNOWN_OPEN`` patterns) so the suite stays green meanwhile.
"""

from __future__ import annotations

import datetime as dt

import pytest
from schema_check import checked, validate

from conflict_timeline import TemporalExpression, find_expressions, resolve


def _open_bug(reason: str) -> pytest.MarkDecorator:
    return pytest.mark.xfail(strict=True, reason=reason)


FIXED = [
    # (text, publication date); each once made find_expressions raise
    # fuzzer: KeyError 'the past' in the relunit production
    pytest.param("the past weekend", dt.date(1988, 10, 7), id="the-past-weekend"),
    pytest.param(
        "\x00" * 5
        + "the past weekend 02/2024 he weeks ld unti"
        + "\udce6" * 37
        + "\udcff" * 90
        + "\udce6" * 6
        + "l Friday .\udc97\udc8eht.",
        dt.date(1988, 10, 7),
        id="fuzz-the-past-weekend",
    ),
    # hypothesis: int("'90") in the fiscal-year production
    pytest.param("fiscal '90s", dt.date(2000, 1, 1), id="fiscal-apostrophe-decade"),
    pytest.param("Spending fell in fiscal '98 and fiscal '99s.", dt.date(2024, 12, 2), id="fiscal-apostrophe-year"),
    # fuzzer: OverflowError from a signal's day arithmetic at the calendar's edges
    pytest.param("before today", dt.date(1, 1, 1), id="before-at-calendar-start"),
    pytest.param("after today", dt.date(9999, 12, 31), id="after-at-calendar-end"),
    pytest.param("night following  8 p.m.", dt.date(9999, 12, 31), id="fuzz-following-at-calendar-end"),
    pytest.param("The city was founded before the 1st century.", dt.date(2024, 12, 2), id="before-first-century"),
    # fuzzer: KeyError 'the past' in the season branch
    pytest.param("Fighting eased over the past summer.", dt.date(2024, 12, 2), id="the-past-season"),
    pytest.param(
        "\udcff" * 3 + "+\x00\x00\x00the past winter \rWE\r\r3\udcb9\udcda\x00",
        dt.date(2342, 9, 29),
        id="fuzz-the-past-winter",
    ),
    # fuzzer (hostile branch, run 3): a step of hours or minutes gave a datetime, not a day
    pytest.param("Talks will go on for the next 25 hours.", dt.date(2024, 12, 2), id="next-25-hours"),
    pytest.param("Shelling eased over the last 30 minutes.", dt.date(2024, 12, 2), id="last-30-minutes"),
]

# Open engine bugs: pytest.param(text, date, marks=_open_bug("where and why"), id=...).
OPEN: list = []


def _well_formed(text: str, exprs: list[TemporalExpression]) -> None:
    previous_end = 0
    for e in exprs:
        assert 0 <= e.start < e.end <= len(text)
        assert e.start >= previous_end
        assert text[e.start : e.end] == e.text
        previous_end = e.end


@pytest.mark.parametrize("text, published", FIXED + OPEN)
def test_regression(text: str, published: dt.date) -> None:
    _well_formed(text, find_expressions(text, published))
    e = resolve(text, published)
    assert e is None or isinstance(e, TemporalExpression)


# -- the timeline and export target (fuzz/fuzz_find.py, flag bit 3) ---------------------------------

EXPORT_FINDINGS = [
    # fuzzer: U+2028 in an article was written raw into a JSON Lines record, which str.splitlines()
    # (and older JavaScript) split in two
    pytest.param(
        "On Monday, a significant wave of Iran-backed Iraqi fighters crossed into Syria, as Lebanon"
        + "\u2028" * 40
        + "s Hezbollah, on Monday, has close ties to Iran.",
        dt.date(2008, 2, 29),
        id="fuzz-line-separator-in-jsonl",
    ),
    # fuzzer (run 3): "two hours ago" resolved to a span of datetimes, which events._after_publication
    # compared with the publication date (TypeError); a step of hours now gives a day
    pytest.param(
        "Rebels seized Aleppo two hours ago and killed 11 people last week.",
        dt.date(2024, 12, 2),
        id="fuzz-two-hours-ago",
    ),
    # fuzzer (run 3), the same root once reached through events._corefer and TimeSpan.overlaps
    pytest.param(
        "\x0bG\udc95\x08On Monday, a significant wave of Iran-backed Iraqi figh\udcabters crossy and suppress opposition. However, th\x0bG\udc95\x00two hours age iecent advances by rebels\x0bG\udc95\x08The Iranian-led coaliti2222222222222222222222222222222222222222222222222222222222222222222on of militia gr\x0bG\udc95\x00two hours agooppositi\udcce\udcda\x0bG\udc95\x08On Monday, a significant wave of Iran-backed Iraqi figh\udcabters crossy and suppress opposition. However, th\x0bG\udc95\x00two hours age iecent advances by rebels\x0bG\udc95\x08The Iranian-led coaliti2222222222222222222222222222222222222222222222222222222222222222222on of militia gr\x0bG\udc95\x00two hours ago\x01\x00\x00\x00sition. However, the rece\x0bF\udc80\x03An advertisemene\x0bF\udc80\x03An advertisement made last week\\r\x0bG\udc95\x00two hours agoopphalt made last week\\r\x0bG\udc95\x00two hours agoopphallengae on. However, the rece\x0bF\udc80\x03An advertisemene\x0bF\udc80\x03An advertisement made last week\\r\x0bG\udc95\x00two hours agoopphalt made last week\\r\x0bG\udc95\x00two hours agoopphallengae ty.",
        dt.date(9999, 12, 19),
        id="fuzz-two-hours-ago-corefer",
    ),
]


@pytest.mark.parametrize("text, published", EXPORT_FINDINGS)
def test_export_findings(text: str, published: dt.date) -> None:
    import json

    from conflict_timeline import Timeline, build_timeline
    from conflict_timeline.export import to_jsonl

    tl = build_timeline(text, published, source=text[:12])
    assert tl.all_events
    lines = to_jsonl(tl).splitlines()
    assert len(lines) == len(tl.all_events) and all(isinstance(json.loads(line), dict) for line in lines)
    validate("jsonlEvent", to_jsonl(tl))
    assert Timeline.from_json(checked("timeline", tl.to_json())) == tl
