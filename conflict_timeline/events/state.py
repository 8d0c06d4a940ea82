"""The narrative state: what an article has told so far, one frozen value passed from sentence to
sentence.

The event stage reads an article sentence by sentence. What a later sentence may take from the
earlier ones is held in :class:`Narrative`: the last precise time told, the last dated mention of
each family of events, the last actor, whether the article's first time is the publication day,
the scene a time-only fragment sets, and the mentions of the lead told before any event's time.
:meth:`Narrative.entering` and :meth:`Narrative.after` return the state for the next step; nothing
is changed in place.
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Mapping, Sequence

import attrs

from ..lexicon import event_grammar as G
from ..lexicon import event_words as W
from ..lexicon.calendar import QUANTITY_MODS
from ..model import EventStatus, Granularity, Span, TemporalExpression, TimePath, TimeSpan
from ..text import TextLayer, Token, is_capitalised
from .mention import Mention
from .sentence import SentenceView
from .times import USABLE_REFS, SentenceTime, day_of, precise, when_of

__all__ = ["Narrative", "Told", "CARRY_DAYS"]

#: How many days before the publication day the last time told may lie for a following sentence
#: to continue it: the days of the news, not an episode of the past.
CARRY_DAYS = 7

#: The rule that dates a present perfect to the news day ("have signed"): such a mention may lend
#: its day to a later past-tense mention of its kind.
NEWS_FRAME_PERFECT = "news-frame-perfect"


@attrs.frozen(slots=True)
class Told:
    """The last dated mention of a family: its time, the expression it came from (``None`` when the
    frame of the news dated it) and its trigger."""

    when: TimeSpan
    expr: TemporalExpression | None
    trigger: Span


@attrs.frozen(slots=True)
class Narrative:
    """What an article has told before the sentence being read.

    ``last_time``: the last precise time told, with its expression. ``told``: per anaphora family,
    its last mention dated to a precise time; ``told_days``: the same, dated by an expression to a
    day. ``last_actor``: the first actor of the last event that named one. ``lead_today``: whether
    the first time the article tells is the publication day (``None`` before any). ``scene``: the
    time a fragment such as "January nineteen ninety-seven." sets for its paragraph. ``lead``: the
    mentions (index, sentence) told before the first event dated by its own clause; ``lead_end``:
    that first event's mention index and sentence, once seen. ``main_time``: the last precise time
    told outside a clause opened by a temporal link ("after ... pulled out on Saturday", "when ...
    struck on Tuesday"): where the story itself is, not the background it recalls.
    """

    last_time: tuple[TimeSpan, TemporalExpression] | None = None
    told: Mapping[str, Told] = attrs.field(factory=dict)
    told_days: Mapping[str, Told] = attrs.field(factory=dict)
    last_actor: str | None = None
    lead_today: bool | None = None
    scene: tuple[TimeSpan, TemporalExpression] | None = None
    lead: tuple[tuple[int, SentenceView], ...] = ()
    lead_end: tuple[int, SentenceView] | None = None
    story_day: _dt.date | None = None
    main_time: tuple[TimeSpan, TemporalExpression] | None = None

    def entering(self, view: SentenceView, layer: TextLayer) -> Narrative:
        """The state for reading ``view``: a scene lasts to the end of its paragraph or the next time told."""
        if self.scene is not None and (
            view.usable or layer.paragraph_breaks_between(self.scene[1].end, view.span.start) > 0
        ):
            return attrs.evolve(self, scene=None)
        return self

    def after(self, view: SentenceView, here: Sequence[Mention], first_index: int, pub: _dt.date) -> Narrative:
        """The state after ``view``, whose mentions ``here`` got indices from ``first_index`` on."""
        if not here and not view.usable:
            return self  # a sentence with no event and no time tells the narrative nothing new
        told, told_days = dict(self.told), dict(self.told_days)
        last_actor = self.last_actor
        for mt in here:
            ev = mt.event
            if (
                precise(ev)
                and ev.status in (EventStatus.ASSERTED, EventStatus.REPORTED)
                and (ev.time_source is not None or _news_day(mt, pub))
            ):
                assert ev.when is not None  # precise
                told[mt.family] = Told(ev.when, ev.time_source, ev.trigger)
                if ev.when.granularity is Granularity.DAY and ev.time_source is not None:
                    told_days[mt.family] = Told(ev.when, ev.time_source, ev.trigger)
            if ev.actors:
                last_actor = ev.actors[0]
        last_time, lead_today, main_time = self._times_told(view, pub)
        lead, lead_end, story_day = self.lead, self.lead_end, self.story_day
        if lead_end is None:
            first = next((k for k, mt in enumerate(here) if _dates_the_lead(mt)), None)
            if first is not None:
                lead_end = (first_index + first, view)
                story_day = _day_told(here[first].event.when)
            else:
                lead += tuple((first_index + k, view) for k in range(len(here)))
        scene = self.scene
        if not view.matches and _scene_fragment(view.tokens, view.usable):
            span = when_of(view.usable[0].expr, pub)
            scene = (span, view.usable[0].expr) if span is not None else None
        return Narrative(
            last_time, told, told_days, last_actor, lead_today, scene, lead, lead_end, story_day, main_time
        )

    def _times_told(self, view: SentenceView, pub: _dt.date) -> tuple[_TimeTold, bool | None, _TimeTold]:
        """The narrative moves to the last precise time told in the sentence (and its main line to
        the last one outside a temporal clause); the first time the article tells says whether its
        lead (or dateline) is of the publication day."""
        last_time, lead_today, main_time = self.last_time, self.lead_today, self.main_time
        cls = view.clauses
        for k, t in enumerate(view.usable):
            span = when_of(t.expr, pub)
            if span is None or span.start is None or span.end is None or t.expr.value in USABLE_REFS:
                continue
            if _zoned_gloss(t, view.usable[:k]):
                continue  # "at 2 a.m. local time (2230 GMT Friday)": the story goes on in local time
            if lead_today is None:
                lead_today = (
                    span.granularity is not None
                    and span.granularity.rank >= Granularity.DAY.rank
                    and day_of(span.start) == pub
                    and day_of(span.end) == pub
                )
            last_time = (span, t.expr)
            if not (t.clause < len(cls) and cls[t.clause].opener in G.TEMPORAL_LINKS):
                main_time = last_time
        return last_time, lead_today, main_time


_TimeTold = tuple[TimeSpan, TemporalExpression] | None


def _zoned_gloss(t: SentenceTime, before: Sequence[SentenceTime]) -> bool:
    """A clock time in GMT/UTC after a time of the sentence told without a zone: the same moment
    told again for the wire's readers ("2 a.m. local time (2230 GMT Friday)"), whose day may be the
    one before the story's."""
    return t.expr.value.endswith("Z") and any(not b.expr.value.endswith("Z") for b in before)


def _news_day(mt: Mention, pub: _dt.date) -> bool:
    """An event the present perfect dated to the publication day itself ("The presidents have
    signed papers of accession"): a later past-tense mention of its kind may continue it. (A
    present tells a habit or a state, "who leads protests", not a happening of the day.)"""
    w = mt.event.when
    return mt.tie.rule == NEWS_FRAME_PERFECT and w is not None and w.mod is None and w.value == pub.isoformat()


def _dates_the_lead(mt: Mention) -> bool:
    """The article's first event dated by a time of its clause or sentence ends its lead."""
    ev = mt.event
    return (
        ev.time_path in (TimePath.CLAUSE, TimePath.SENTENCE)
        and ev.time_source is not None
        and precise(ev)
        and ev.status in (EventStatus.ASSERTED, EventStatus.REPORTED)
    )


def _day_told(when: TimeSpan | None) -> _dt.date | None:
    """The one day a time lies in, if it is a day or a part of one."""
    if when is None or when.granularity is None or when.granularity.rank < Granularity.DAY.rank:
        return None
    day = day_of(when.start)
    return day if day is not None and day == day_of(when.end) else None


def _scene_fragment(toks: Sequence[Token], usable: Sequence[SentenceTime]) -> bool:
    """A sentence that is nothing but a time and names, closed by a full stop ("January nineteen
    ninety-seven.", "Atlanta, 1996."): it sets the scene for the sentences after it in its
    paragraph, as broadcast news writes. A dateline ("WARSAW, February 26 (Xinhua) --") is not one."""
    if len(usable) != 1 or not toks or toks[-1].text != ".":
        return False
    t = usable[0]
    rest = [x for k, x in enumerate(toks[:-1]) if not (t.first <= k < t.last)]
    return all((x.is_word and is_capitalised(x) and x.lower not in W.FUNCTION_WORDS) or x.text == "," for x in rest)


_CLOCK_ONLY = re.compile(r"(?:\d{1,2}(?::\d\d)?\s*(?:[ap]\.?m\.?)?|noon|midnight)")
#: A bound before a clock time ("around 2 p.m.") and the zone after it ("2 p.m. local time") keep it a
#: clock time alone.
_BOUND_WORDS = "|".join(map(re.escape, QUANTITY_MODS))
_CLOCK_BOUNDS = re.compile(rf"\A(?:(?:{_BOUND_WORDS})\s+)?(?P<clock>.+?)(?:\s+local time)?\Z")


def clock_only(expr: TemporalExpression) -> bool:
    """An expression that is a clock time and nothing else ("10 p.m.", "noon", "around 2 p.m. local time")."""
    bounded = _CLOCK_BOUNDS.fullmatch(expr.text.strip().lower())
    return bounded is not None and _CLOCK_ONLY.fullmatch(bounded.group("clock")) is not None
