"""Cues for the tense of the clause around a time expression.

Underspecified dates ("on Friday", "in June") are resolved backwards in past
reporting and forwards in future context, as HeidelTime does; these word lists
decide which context a clause is in.
"""

from __future__ import annotations

from .verbs import NOT_VERB_ED, PAST_AUX, PAST_FORMS

FUTURE_CUES = (
    "will",
    "'ll",
    "shall",
    "going to",
    "plans to",
    "plan to",
    "planning to",
    "as soon as",
    "is scheduled",
    "are scheduled",
    "scheduled",
    "scheduled to",
    "is expected to",
    "are expected to",
    "expects to",
    "expected to",
    "is due",
    "are due",
    "is set to",
    "are set to",
    "set to",
    "set for",  # "a summit set for Washington in April"
    "intends to",
    "intend to",
    "aims to",
    "would",
    "to be held",
    "upcoming",
    "hopes to",
    "hope to",
    "is to",
    "are to",
    "wants to",
    "want to",
    "must",
    "has to",
    "have to",
    "needs to",
    "need to",
    "should",
    # scheduled events told in the simple present: "the truce expires on Friday"
    "expires",
    "takes effect",
    "effective",  # "effective Feb. 1": the day a change starts, usually ahead
    "is slated",
    "are slated",
    "slated",
    "resumes",
    "reconvenes",
    "convenes",
)

# Past cues: the simple past forms of the verb table, the past auxiliaries and the adverbs that look
# back; regular past forms are caught by their "-ed" ending.
PAST_CUES: tuple[str, ...] = tuple(
    sorted(PAST_FORMS | PAST_AUX | {"had", "ago", "last", "earlier", "yesterday", "former", "previously"})
)

# Words ending in "-ed" that are no cue of the past: not verbs at all, "-led" compounds ("Saudi-led"),
# and participles that describe a state or a plan ("the expected vote", "a scheduled meeting").
NOT_PAST_ED: tuple[str, ...] = tuple(
    sorted(
        NOT_VERB_ED
        | {"led", "based", "related", "alleged", "so-called", "supposed", "expected", "scheduled", "planned"}
        | {"due", "postponed"}
    )
)

# The words that open the clause a report tells ("... that", "... it had retaken"): a weekday in that
# clause lies before the report's day (the reporting verbs are :data:`verbs.REPORTING_PAST`).
REPORTED_CLAUSE_OPENERS = ("that", "had")
