"""An event mention before the article's mentions are folded into events, and the tie that dated it."""

from __future__ import annotations

import attrs

from ..model import Event, TemporalExpression, TimePath, TimeSpan

__all__ = ["Tie", "Mention"]


@attrs.frozen(slots=True)
class Tie:
    """How a mention was tied to its time: the record that decided (``rule``, a name of
    :data:`~conflict_timeline.events.tying.TIME_RULES`), the path, the time and the expression it
    came from, and what the explanation names (``params``: name-value pairs)."""

    rule: str
    path: TimePath
    when: TimeSpan | None = None
    expr: TemporalExpression | None = None
    params: tuple[tuple[str, str], ...] = ()

    def param(self, name: str, default: str = "") -> str:
        """The value of one of ``params``."""
        return next((v for k, v in self.params if k == name), default)


@attrs.frozen(slots=True)
class Mention:
    """An event mention with its sentence context, before merging.

    ``cue`` is the word or phrase that gave the event its status ("reportedly"; "" for none).
    """

    event: Event
    tie: Tie
    cue: str
    sentence_index: int
    nominal: bool
    definite: bool
    vague: bool
    named: bool = False  # "the 2011 uprising": dated by its name; an event only if the article tells more of it
    names: frozenset[str] = frozenset()  # last words of the names around it: "Slepian", "Aleppo"
    family: str = ""  # anaphora family of its trigger ("killing" for murder, slaying, was shot ...)
    anaphoric: bool = False  # a definite noun with no time of its own: "the slaying", "his decision"
    borrowed: bool = False  # dated by an earlier mention it refers back to (``coreference``)
    own_names: frozenset[str] = frozenset()  # names of a noun's own complement: "the murder of Slepian"
    from_later: bool = False  # a lead's event dated by an event told after it (``lead``): no antecedent
    kind_rule: str = ""  # the kind record that refined the event's kind or ACLED sub-type
