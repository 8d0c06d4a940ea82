"""Signal words: the one table of the words before a time expression that qualify it.

A signal stays outside the TimeML extent ("since **2011**", "prior to **the vote**") and says how the
time it introduces is meant. Each phrase has a normal form ("prior to" -> "before") and an effect
on the span (:class:`~conflict_timeline.model.SignalEffect`: "since" opens the span's end, "until"
and "by" its start) and the TIMEX3 ``mod`` it gives the time ("by": on or before, "around": about). The temporal stage reads the signal of every expression
once (``conflict_timeline.temporal.scan.read_signals``) and records it on the expression
(``adjacent_signal``, ``governing_signal``); later stages read it from there.
"""

from __future__ import annotations

from collections.abc import Mapping

import attrs

from ..model import Mod, SignalEffect

__all__ = ["SignalWord", "SIGNALS", "GOVERNING_THROUGH", "GOVERNED_EDGE_NOUNS", "MODS_BEFORE_SIGNAL", "TRAILING_MODS"]

E = SignalEffect


@attrs.frozen(slots=True)
class SignalWord:
    """One entry of :data:`SIGNALS`: the phrase's normal form, its effect on the span and the
    TIMEX3 ``mod`` it gives the time it introduces."""

    normal: str
    effect: SignalEffect
    mod: Mod | None = None


def _w(normal: str, effect: SignalEffect, mod: Mod | None = None) -> SignalWord:
    return SignalWord(normal, effect, mod)


#: Signal phrase (lower case) -> its normal form, effect and mod.
SIGNALS: Mapping[str, SignalWord] = {
    "since": _w("since", E.OPEN_END),
    "ever since": _w("since", E.OPEN_END),
    "starting": _w("since", E.OPEN_END),
    "beginning": _w("since", E.OPEN_END),
    "until": _w("until", E.OPEN_START),
    "till": _w("until", E.OPEN_START),
    "up to": _w("until", E.OPEN_START),
    "by": _w("by", E.OPEN_START, Mod.ON_OR_BEFORE),  # a deadline: at the latest then
    # "already then": the time named, perhaps earlier
    "as early as": _w("as early as", E.NONE, Mod.ON_OR_BEFORE),
    "no later than": _w("no later than", E.NONE, Mod.ON_OR_BEFORE),
    "as late as": _w("as late as", E.NONE, Mod.ON_OR_AFTER),
    "no earlier than": _w("no earlier than", E.NONE, Mod.ON_OR_AFTER),
    "before": _w("before", E.BEFORE, Mod.BEFORE),
    "ahead of": _w("before", E.BEFORE, Mod.BEFORE),
    "prior to": _w("before", E.BEFORE, Mod.BEFORE),
    "after": _w("after", E.AFTER, Mod.AFTER),
    "following": _w("after", E.AFTER, Mod.AFTER),
    "around": _w("around", E.NONE, Mod.APPROX),
    "about": _w("about", E.NONE, Mod.APPROX),
    "circa": _w("circa", E.NONE, Mod.APPROX),
    "roughly": _w("roughly", E.NONE, Mod.APPROX),
    "from": _w("from", E.FROM),
    "between": _w("between", E.BETWEEN),
    "to": _w("to", E.NONE),
    "in": _w("in", E.NONE),
    "on": _w("on", E.NONE),
    "at": _w("at", E.NONE),
    "during": _w("during", E.NONE),
    "for": _w("for", E.NONE),
    "through": _w("through", E.NONE),
    "throughout": _w("throughout", E.NONE),
    "as of": _w("as of", E.NONE),
    "within": _w("within", E.NONE),
    "of": _w("of", E.NONE),
    "over": _w("over", E.NONE),
    "past": _w("past", E.NONE),
}

#: Signals that can govern a year through an event noun: "since the onset of the war in 2011" is
#: governed by "since", although "in" stands right before 2011.
GOVERNING_THROUGH = frozenset({"since", "until", "till", "after", "before", "by"})
#: The event nouns such a signal reaches through ("the start of", "the outbreak of").
GOVERNED_EDGE_NOUNS = frozenset({"start", "onset", "beginning", "outbreak", "end", "launch", "eruption"})

#: Words before a signal that place the time it introduces within it: "late on Thursday" is the end of
#: Thursday (``END``), as "late Thursday" is; "early in 2016" its start. The signal stays outside the
#: extent, so the word does too (the conflict corpus writes "Earlier on **Sunday**"); the expression
#: takes the ``mod``. Only the signals listed: "late in the war" names no time, and "later on Friday"
#: compares with an earlier time of the same day rather than placing it.
MODS_BEFORE_SIGNAL: Mapping[str, tuple[Mod, frozenset[str]]] = {
    "early": (Mod.START, frozenset({"on", "in"})),
    "late": (Mod.END, frozenset({"on", "in"})),
}

#: Words after a time expression that make it approximate or open ("the next year or so", "1994 or
#: later", "1990 and beyond", "three weeks or more"): they are part of the expression (TimeML puts
#: them in its extent) and give its ``mod``. The second field says what they follow: "date" (a date
#: or time), "duration", or "any".
TRAILING_MODS: dict[str, tuple[Mod, str]] = {
    "or so": (Mod.APPROX, "any"),
    "or later": (Mod.ON_OR_AFTER, "date"),
    "and beyond": (Mod.ON_OR_AFTER, "date"),
    "and later": (Mod.ON_OR_AFTER, "date"),
    "or earlier": (Mod.ON_OR_BEFORE, "date"),
    "or before": (Mod.ON_OR_BEFORE, "date"),
    "or more": (Mod.EQUAL_OR_MORE, "duration"),
    "or longer": (Mod.EQUAL_OR_MORE, "duration"),
    "or less": (Mod.EQUAL_OR_LESS, "duration"),
    "or fewer": (Mod.EQUAL_OR_LESS, "duration"),
}
