"""Narrative anchoring: the time the text has reached, which anaphoric expressions resolve against.

Deictic expressions ("yesterday", "last week") resolve against the publication day; anaphoric ones
("two days later", "the following year") against the last dated expression of the text. One
:class:`Narrative` value per text holds that state; the stage updates it after each expression
(:meth:`Narrative.moved_to`), and resolvers read it.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import NamedTuple

import attrs

from ..lexicon import tense as tense_words
from ..lexicon.event_grammar import ARTICLES, POSSESSIVES
from ..lexicon.signals import GOVERNING_THROUGH
from ..lexicon.verbs import IRREGULAR_PAST, NOT_VERB_ED, REPORTING_PAST
from ..model import Anchor, AnchorKind, Granularity, SignalEffect, TemporalExpression, TimeSpan, TimexType
from ..settings import Settings
from ..text import TextLayer, present_perfect_around
from .calendar import BCTime, day_span
from .readings import Reading, RelativeDayReading, RelativeYearDateReading, ShiftReading, WeekdayReading
from .replace import replacer
from .scan import Context

__all__ = ["Narrative", "Reference", "can_anchor"]

G = Granularity


class Reference(NamedTuple):
    """What an underspecified or relative expression is read against: a span (the publication day,
    or the narrative's time), the day it starts on, the anchor to record, and how to name it.

    (A named tuple: one is made per expression that needs it.)
    """

    span: TimeSpan
    day: dt.date
    anchor: Anchor
    name: str
    narrative: bool  # the narrative's time, not the publication day
    bc: BCTime | None = None  # the narrative is in a year BC (``span`` is then the publication day's)


_with_span = replacer(TemporalExpression, "span")


@attrs.define
class Narrative:
    """The resolution state of one text: its layer, the settings, and the last expression that
    moved the narrative's time (``last``, with the reading it came from).

    ``day_first`` says how numeric dates are read (``order_why``: why, when ``date_order="auto"``
    chose). ``narrative`` says whether the text is read as a narrative (``document="narrative"``, or
    ``"auto"`` and :func:`~.stage.document_kind` found it one, for the reason ``why``): then dates
    without a year and expressions relative to "now" ("last year", "on Friday") are read against
    the narrative's time, and the publication date only frames "now" and "today".
    """

    layer: TextLayer
    settings: Settings
    published: dt.date
    narrative: bool = False
    why: str = ""
    day_first: bool = False  # numeric dates ("12/03/2016") read day first
    order_why: str = ""  # how "auto" chose that order
    last: TemporalExpression | None = None
    last_reading: Reading | None = None
    last_bc: BCTime | None = None  # the narrative's time when it is before the common era
    last_bc_anchor: Anchor | None = None
    # the year the text itself put the story in ("In 1995, ..."), kept while the story moves on
    # from it ("two days later") and dropped when an expression speaks from the publication again
    story_year: int | None = None
    story_year_at: int = 0  # where the text stated it
    story_from: dt.date | None = None  # the first day of the time that stated it (of a range: its start)
    # the last date the text told in a flashback ("had fled to Florida in June 1998"): it does not
    # move the story, but "that year" right after it still points at it
    flashback: TemporalExpression | None = None
    # where the sentence ends in which the story's year was last named by an anaphor ("June that
    # year", "the following year"); None when a date of the text stated the year itself
    year_named_until: int | None = None
    # the last expression that moved the narrative to a day (or a time of one): "the following day"
    # after "On Wednesday, a convoy arrived ... since fighting resumed in late August" steps from it
    last_day: TemporalExpression | None = None
    # the last day told outside a relative clause ("the strike that killed him five days ago" tells
    # the background of the story, not its day), and whether ``last`` stood in one
    main_day: TemporalExpression | None = None
    last_relative: bool = False

    @property
    def pub_anchor(self) -> Anchor:
        """The publication day as an anchor."""
        return Anchor(AnchorKind.PUBLICATION_DATE, self.published.isoformat())

    def anchor(self, *, demonstrative: int | None = None) -> tuple[TimeSpan, Anchor]:
        """The span to resolve anaphora against: the last dated expression, else the publication day.

        ``demonstrative`` ("that year", "the same day") gives where the sentence of such a word
        starts: a flashback's date told earlier in that sentence is then the one it points at ("had
        fled in June 1998 and returned later that year")."""
        n = self.last
        f = self.flashback
        if (
            demonstrative is not None
            and f is not None
            and f.start >= demonstrative
            and (n is None or f.start > n.start)
        ):
            n = f
        if n is not None and n.span is not None:
            return n.span, Anchor(AnchorKind.EXPRESSION, n.value, n.start, n.end, n.text)
        return day_span(self.published), self.pub_anchor

    def day_anchor(self, context: Context) -> tuple[TimeSpan, Anchor] | None:
        """For a step of days ("the following day") when the narrative's time is coarser than a day
        ("in late August", "this week"): the last day it was at, told in the same paragraph or the
        one before; None when there is none or the narrative is at a day."""
        n, d = self.last, self.last_day
        if n is None or n.span is None or n.span.granularity is None or n.span.granularity.rank >= G.DAY.rank:
            return None
        if d is None or d.span is None or self.layer.paragraph_breaks_between(d.end, context.start) > 1:
            return None
        return d.span, Anchor(AnchorKind.EXPRESSION, d.value, d.start, d.end, d.text)

    def clock_anchor(self) -> tuple[TimeSpan, Anchor]:
        """The span a clock time without a day is read on: the narrative's time, but not a time
        told in a relative clause ("the strike that killed him five days ago"); then the last day
        told outside one (else the publication day)."""
        if not self.last_relative:
            return self.anchor()
        d = self.main_day
        if d is not None and d.span is not None:
            return d.span, Anchor(AnchorKind.EXPRESSION, d.value, d.start, d.end, d.text)
        return day_span(self.published), self.pub_anchor

    def reference(self, context: Context, *, yearless: bool = False) -> Reference:
        """The reference of underspecified and deictic expressions: the publication day in news;
        in a narrative, the narrative's time (the publication day until the narrative has one, and
        in a clause that looks ahead: "will", "plans to" speak from the writer's now).

        ``yearless`` asks for the reference of a date written without its year ("on 19 April"): in
        news too that is the story's time when the text has put the story in another year ("In
        1994 ... the killings began only on 19 April"), as a historical passage of a report does.
        """
        pub = self.publication()
        in_story_year = (
            yearless
            and self.story_year is not None
            and self.last is not None
            and self.layer.paragraph_breaks_between(self.last.end, context.start) <= 1
            and (self.narrative or self._in_story(context))
        )
        if (not self.narrative and not in_story_year) or context.tense == "FUTURE":
            return pub
        if self.last_bc is not None and self.last_bc_anchor is not None:
            bc_anchor = self.last_bc_anchor
            name = f"the narrative's time, {bc_anchor.describe()}"
            return pub._replace(anchor=bc_anchor, name=name, narrative=True, bc=self.last_bc)
        if self.last is not None and self.last.span is not None:
            span, anchor = self.anchor()
            assert span.start is not None
            return Reference(span, span.start, anchor, f"the narrative's time, {anchor.describe()}", True)
        return pub

    def publication(self) -> Reference:
        """The publication day as the reference."""
        return Reference(day_span(self.published), self.published, self.pub_anchor, "the publication date", False)

    def _in_story(self, context: Context) -> bool:
        """Whether a date without a year, in news, still stands in the past year the text put its
        story in (the checks of :meth:`reference`): not when its clause is a state that reaches the
        present ("has been stranded since March 5", "Since December, Azerbaijan has restricted"),
        and not after the writer named that year by an anaphor ("in June that year", "the
        following year") in an earlier sentence: a writer who had to name the year then names it
        again for the next month of it ("July that year"), so a bare "in July" is the report's."""
        if context.signal == "since" and present_perfect_around(
            self.layer.text, context.start, context.end, context.sentence
        ):
            return False
        return self.year_named_until is None or context.start < self.year_named_until

    def apposed(self, context: Context) -> TemporalExpression | None:
        """The narrative's last expression when only a comma stands between it and the candidate
        ("early Sunday, two days after seizing the airport"): a second description of its time."""
        n = self.last
        if n is None or n.end > context.start or n.span is None:
            return None
        return n if _APPOSITION.fullmatch(self.layer.text, n.end, context.start) else None

    def told_in_flashback(self, expr: TemporalExpression, bare: TimeSpan | None) -> None:
        """The text told ``expr`` in a flashback: it stays the story's time for "that year" only."""
        self.flashback = expr if expr.span is bare else _with_span(expr, bare)

    def bc_anchor(self) -> tuple[BCTime, Anchor] | None:
        """The narrative's time when it is in a year BC (for anaphora: "the following year")."""
        if self.last_bc is None or self.last_bc_anchor is None:
            return None
        return self.last_bc, self.last_bc_anchor

    def moved_to_bc(self, expr: TemporalExpression, time: BCTime) -> None:
        """The narrative has reached a time before the common era."""
        self.last_bc = time
        self.last_bc_anchor = Anchor(AnchorKind.EXPRESSION, expr.value, expr.start, expr.end, expr.text)

    def moved_to(
        self, expr: TemporalExpression, reading: Reading, bare: TimeSpan | None, context: Context | None = None
    ) -> None:
        """The narrative has reached ``expr`` (its span without the signal's effect is ``bare``)."""
        before = self.last
        self.last = expr if expr.span is bare else _with_span(expr, bare)
        if self.last.span is not None and self.last.span.granularity is not None:
            if self.last.span.granularity.rank >= G.DAY.rank and self.last.span.start is not None:
                self.last_day = self.last
        self.last_relative = _in_relative_clause(self.layer.text, self.layer.sentence_at(expr.start)[0], expr.start)
        if self.last_day is self.last and not self.last_relative:
            self.main_day = self.last
        self.last_reading = reading
        self.last_bc = self.last_bc_anchor = None
        signal = expr.governing_signal
        if "year" in expr.known and bare is not None and bare.start is not None:
            # the text puts the story in a past year it states ("in 1995", "On 24 February 2022"); a
            # year that only bounds a state ("since 1980") or names a thing ("the 1987 crash") does not
            past = bare.start.year < self.published.year
            # "from 27 September to 10 November 2020": the end of a range told as the story's time
            ranged = (
                signal is not None
                and signal.normal == "to"
                and before is not None
                and before.governing_signal is not None
                and before.governing_signal.effect is SignalEffect.FROM
            )
            told = signal is not None and (signal.normal in _STORY_SIGNALS or ranged)
            told = told and not (context is not None and context.background)
            # "its first raid since a war in 1971": the year dates what a signal bounds the time by
            told = told and _BOUNDING_PHRASE.search(self.layer.text, max(0, expr.start - 60), expr.start) is None
            self.story_year = bare.start.year if past and told else None
            self.story_year_at = expr.start
            first = before.span if ranged and before is not None else None
            self.story_from = first.start if first is not None and first.start is not None else bare.start
            self.year_named_until = None
        elif expr.anchor is None or expr.anchor.kind is AnchorKind.PUBLICATION_DATE:
            self.story_year = None  # back to the publication's time
        elif _names_the_year(reading):
            self.year_named_until = self.layer.sentence_at(expr.start)[1]

    def reporting_day(self, context: Context) -> tuple[dt.date, Anchor] | None:
        """The day of an earlier weekday (or relative day) in the same sentence, when it dates the
        report and lies in the week before the publication date ("said on Tuesday ... on Monday")."""
        n = self.last
        if n is None or n.span is None or n.span.start is None or n.span.granularity is not G.DAY:
            return None
        if not isinstance(self.last_reading, (WeekdayReading, RelativeDayReading)) or n.start < context.sentence[0]:
            return None
        text = self.layer.text
        # the earlier weekday must date the report ("said on Tuesday", "On Tuesday, the army said"),
        # not an event ("identified Thursday ..., newspapers reported Friday")
        before = _REPORTING_VERB.search(text, max(0, n.start - 16), n.start)
        after = _REPORTING_VERB.search(text, n.end, min(context.start, n.end + 40))
        if not (before or after) or _REPORTING_VERB.search(text, max(n.end, context.start - 16), context.start):
            return None
        if not _REPORTED_CLAUSE.search(text, n.end, context.start):
            return None  # "the truce announced Tuesday took effect Wednesday": no reported clause
        day = n.span.start
        if not self.published - dt.timedelta(days=6) <= day < self.published:
            return None
        return day, Anchor(AnchorKind.EXPRESSION, n.value, n.start, n.end, n.text)


# The signals that put a story in the time they introduce ("in 1995", "on 24 February 2022"); "to",
# "since", "until" only bound one ("dating to 1994").
_STORY_SIGNALS = frozenset({"in", "on", "during", "at", "throughout"})
_APPOSITION = re.compile(r"\s*,\s*")
# a signal that bounds a time by a noun phrase the year dates: "since a war in", "after the
# elections in" (up to three words between the article and "in"; "by the company in 1987" is an agent)
_BOUNDING_PHRASE = re.compile(
    r"(?i)(?<![\w])(?:" + "|".join(sorted(GOVERNING_THROUGH - {"by"})) + r")\s+"
    r"(?:" + "|".join(sorted(ARTICLES | POSSESSIVES)) + r")\s+"
    r"(?:[\w'’-]+\s+){1,3}in\s+\Z"
)


# "that killed", "which was seized", "who fled": a relative opener right before its verb in the past
_RELATIVE_VERB = re.compile(r"(?i)\b(?:that|which|who)\s+(?:(?:was|were)\s+)?([a-z]+)\b[^,;:()]*\Z")


def _in_relative_clause(text: str, sentence_start: int, at: int) -> bool:
    """Whether ``at`` stands in a relative clause told in the past ("the strike *that killed* him
    five days ago"): an opener, then a past verb (not a subject: "said that the army ..."), and no
    punctuation up to ``at``."""
    m = _RELATIVE_VERB.search(text, max(sentence_start, at - 200), at)
    if m is None:
        return False
    w = m.group(1).lower()
    return w in IRREGULAR_PAST or (w.endswith("ed") and w not in NOT_VERB_ED)


def _names_the_year(reading: Reading | None) -> bool:
    """Whether a reading names the story's year by an anaphor: "that year", "the following year",
    "June that year", "Nov. 9 of that year" (not "a year later", which keeps the day)."""
    if isinstance(reading, RelativeYearDateReading):
        return reading.narrative
    return (
        isinstance(reading, ShiftReading)
        and reading.unit == "year"
        and reading.anchor == "narrative"
        and not reading.keep
    )


_REPORTING_VERB = re.compile(r"\b(?:" + "|".join(sorted(REPORTING_PAST)) + r")\b")
_REPORTED_CLAUSE = re.compile(r"\b(?:" + "|".join(tense_words.REPORTED_CLAUSE_OPENERS) + r")\b")


def can_anchor(expr: TemporalExpression, span: TimeSpan | None) -> bool:
    """Whether an expression can be the narrative's time: a date or time with a closed span of a
    year or finer."""
    return (
        expr.type in (TimexType.DATE, TimexType.TIME)
        and span is not None
        and span.start is not None
        and span.end is not None
        and span.granularity in _YEAR_OR_FINER
    )


# the grains of a year and finer (``rank >= G.YEAR.rank``), the commonest first
_YEAR_OR_FINER = tuple(
    sorted((g for g in G if g.rank >= G.YEAR.rank), key=lambda g: (g not in (G.DAY, G.YEAR, G.MONTH), g.rank))
)
