"""Verb words as data: auxiliaries, modals, irregular past forms, reporting verbs.

One owner for the forms of verbs: the tense of a verb group (:mod:`conflict_timeline.text.tense`),
the tense cues around a time expression and the event stage all read these tables. Lower case;
"'" stands for both apostrophes.
"""

from __future__ import annotations

__all__ = [
    "HAVE_FORMS",
    "PRESENT_AUX",
    "PAST_AUX",
    "MODALS",
    "AUXILIARIES",
    "PASSIVE_AUX",
    "PAST_FORMS",
    "PAST_PARTICIPLES",
    "IRREGULAR_PAST",
    "NOT_VERB_ED",
    "REPORTING_VERBS",
    "REPORTING_PAST",
]

HAVE_FORMS = frozenset({"has", "have", "had", "'ve", "'d", "having", "'s"})
PRESENT_AUX = frozenset({"is", "are", "am", "do", "does", "'re", "'m", "being"})
PAST_AUX = frozenset({"was", "were", "did"})
MODALS = frozenset({"will", "would", "shall", "should", "can", "could", "may", "might", "must", "'ll", "wo"})
AUXILIARIES = HAVE_FORMS | PRESENT_AUX | PAST_AUX | MODALS | frozenset({"be", "been", "get", "got", "gets"})
#: Auxiliaries of a passive ("was shot", "got hit").
PASSIVE_AUX = frozenset({"was", "were", "been", "being", "be", "is", "are", "got", "get", "gets"})

#: Simple past forms that do not end in "-ed" (regular ones are recognised by their ending).
PAST_FORMS = frozenset(
    """took fell fought struck shot hit sent drove overran began broke led met held won lost withdrew
    left fled stood rose arose beat bombed came went made gave seized set put spread swept overtook blew
    threw ran laid slew stole hid said told saw got kept spoke wrote brought bought sold sought built
    caught chose flew grew knew paid thought became found felt heard meant drew shook swore tore forgot
    slid dealt spent lent sank rang underwent upheld withheld mistook woke bore cut quit let read shut""".split()
)
#: Irregular past participles ("has taken", "had fallen").
PAST_PARTICIPLES = frozenset(
    """taken fallen stricken driven overrun begun broken withdrawn overtaken blown thrown slain hidden
    beaten given""".split()
)
#: Every irregular past form, simple or participle.
IRREGULAR_PAST = PAST_FORMS | PAST_PARTICIPLES

#: Words ending in "-ed" that are not past verbs.
NOT_VERB_ED = frozenset(
    """need feed seed speed bed red shed hundred indeed proceed succeed exceed creed breed greed
    weed bleed embed armed united""".split()
)

#: Reporting verbs: they are not events, and a time in their clause belongs to them.
REPORTING_VERBS = frozenset(
    """say says said saying tell tells told telling report reports reported reporting
    state states stated add adds added note notes noted claim claims claimed claiming
    confirm confirms confirmed deny denies denied denying announce announces announced
    acknowledge acknowledged allege alleges alleged estimate estimated explain explained
    write wrote written tweet tweeted post posted warn warns warned insist insisted
    quote quoted according argue argued assert asserted stress stressed emphasised emphasized
    indicate indicated suggest suggested show showed shown reveal revealed predict predicted
    believe believes believed think thinks thought know knew known hope hoped""".split()
)
#: The simple pasts of reporting that date a report ("said on Tuesday it had retaken ..."): a weekday
#: in the clause they report lies before the report's day.
REPORTING_PAST = frozenset(
    {"said", "told", "announced", "reported", "added", "stated", "confirmed", "claimed", "acknowledged"}
)
