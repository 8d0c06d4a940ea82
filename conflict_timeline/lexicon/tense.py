"""Cues for the tense of the clause around a time expression.

Underspecified dates ("on Friday", "in June") are resolved backwards in past
reporting and forwards in future context, as HeidelTime does; these word lists
decide which context a clause is in.
"""

from __future__ import annotations

FUTURE_CUES = (
    "will", "'ll", "shall", "going to", "plans to", "plan to", "planning to", "as soon as",
    "is scheduled", "are scheduled", "scheduled", "scheduled to",
    "is expected to", "are expected to", "expects to", "expected to", "is due", "are due",
    "is set to", "are set to", "set to", "intends to", "intend to", "aims to", "would",
    "to be held", "upcoming", "hopes to", "hope to",
    "is to", "are to", "wants to", "want to", "must", "has to", "have to", "needs to", "need to", "should",
    # scheduled events told in the simple present: "the truce expires on Friday"
    "expires", "takes effect", "is slated", "are slated", "slated", "resumes", "reconvenes", "convenes",
)

# Irregular past forms common in news; regular ones are caught by their "-ed" ending.
PAST_CUES = (
    "was", "were", "had", "did", "said", "told", "fell", "took", "came", "went", "met", "saw",
    "began", "won", "lost", "held", "made", "left", "sent", "struck", "ran", "rose", "led",
    "fought", "shot", "hit", "got", "gave", "kept", "spoke", "wrote", "broke", "brought",
    "bought", "sold", "sought", "built", "caught", "chose", "drove", "flew", "grew", "knew", "paid",
    "put", "set", "stood", "thought", "became", "found", "felt", "heard", "meant", "seized",
    "withdrew", "drew", "threw", "shook", "swore", "tore", "forgot", "hid", "slid", "dealt",
    "spent", "lent", "sank", "rang", "swept", "fled", "overran", "overtook", "underwent", "upheld",
    "withheld", "mistook", "woke", "bore", "beat", "cut", "quit", "spread", "let", "read", "shut",
    "ago", "last", "earlier", "yesterday", "former", "previously",
)

# Words ending in "-ed" that are not past verbs.
NOT_PAST_ED = ("need", "feed", "seed", "speed", "bed", "red", "shed", "hundred", "indeed",
               "proceed", "succeed", "exceed", "creed", "breed", "greed", "led", "weed", "bleed",
               "embed", "united", "based", "related", "armed", "alleged", "so-called", "supposed",
               "expected", "scheduled", "planned", "due", "postponed")

# Words whose period does not end a sentence.
ABBREVIATIONS = frozenset(
    """vs v mr mrs ms dr st mt gen sen rep gov lt col capt sgt cpl maj adm cmdr pres prof rev hon
    inc corp co ltd bros jr sr no nos vol fig jan feb mar apr jun jul aug sep sept oct nov dec
    ala ariz ark calif colo conn del fla ga ill ind kan ky la md mass mich minn miss mo mont neb
    nev okla ore pa tenn tex va vt wash wis wyo approx dept est etc""".split()
)

# Past reporting verbs that date a report ("said on Tuesday ..."), and the words that open the
# clause reported ("... that", "... it had retaken"): a weekday in that clause lies before the report's.
REPORTING_PAST = ("said", "told", "announced", "reported", "added", "stated", "confirmed", "claimed", "acknowledged")
REPORTED_CLAUSE_OPENERS = ("that", "had")
