"""Words that say how a text presents an event: attributed, planned, predicted, possible, negated.

Plain data for :mod:`conflict_timeline.events.factuality`, whose records name the table each reads.
A cue of several words is matched as a word sequence; all words are lower case.
"""

from __future__ import annotations

# --- attribution (REPORTED) ----------------------------------------------------------------------

#: Cues anywhere in the sentence that attribute what it tells to others without the writer vouching
#: for it.
REPORTED_CUES: tuple[str, ...] = (
    "according to",
    "sources close to",
    "it is believed",
    "is believed to",
    "are believed to",
    "was believed to",
    "is said to",
    "are said to",
    "was said to",
    "were said to",
    "is thought to",
    "unconfirmed reports",
    "claimed responsibility",
    "is reported to",
    "was reported to",
    "were reported to",
    "are reported to",
    "were reported",
    "was reported",
    "were also reported",
    "was also reported",
    "have been reported",
    "has been reported",
)

#: Adverbs right before the verb they hedge ("rebels *reportedly* seized ..."): only that verb is
#: attributed, not the rest of the sentence.
HEDGING_ADVERBS: tuple[str, ...] = ("reportedly", "allegedly", "purportedly", "reputedly", "apparently", "supposedly")

#: A verb of saying or believing before an infinitive: the infinitive tells what others report,
#: not what is meant to happen ("were *reported* on Saturday *to be* advancing", "is *said to have*
#: fled").
REPORTED_INFINITIVE_VERBS: tuple[str, ...] = (
    "reported",
    "said",
    "believed",
    "thought",
    "understood",
    "known",
    "alleged",
    "rumoured",
    "rumored",
)

#: In a headline, an infinitive after its subject is the future ("Army *to* storm rebel town").
HEADLINE_INFINITIVE = ("to",)

#: Verbs that attribute the clause they govern to a speaker: "officials *said* rebels had seized
#: ...", "..., the ministry *said*". (Not "announced", "declared": an announced ceasefire is an act.)
ATTRIBUTION_VERBS = frozenset(
    """say says said saying tell tells told report reports reported claim claims claimed claiming
    acknowledge acknowledges acknowledged confirm confirms confirmed allege alleges alleged
    state stated add added quoted describe described recount recounted""".split()
)

#: Verbs that attribute only a "that" clause they govern ("the RSF *announced that* it had taken
#: control"; an announced ceasefire is an act, not a report).
ATTRIBUTION_THAT_VERBS = frozenset(
    """announce announces announced declare declares declared warn warns warned insist insisted
    believe believes believed""".split()
)

#: Conjunctions that, after a comma, open a new main clause the verb of saying before them does not
#: govern ("..., residents said, *and* heavy clashes resumed").
COORDINATING_OPENERS = frozenset({"and", "but", "while", "as", "whereas"})

# --- what is still to happen or may happen ------------------------------------------------------

#: Words and phrases right before the trigger that make it planned: somebody means to do it, it
#: is scheduled or ordered.
PLAN_CUES: tuple[str, ...] = (
    "plans to",
    "plan to",
    "planned to",
    "planning to",
    "intends to",
    "intend to",
    "intended to",
    "aims to",
    "aim to",
    "aiming to",
    "prepares to",
    "preparing to",
    "prepared to",
    "vowed to",
    "vows to",
    "vowing to",
    "pledged to",
    "pledges to",
    "promised to",
    "promises to",
    "decided to",
    "agreed to",
    "agree to",
    "is to",
    "are to",
    "was to",
    "were to",
    "to be",
    "scheduled to",
    "set to",
    "due to",
    "is due to",
    "are due to",
    "ordered",
    "ordering",
    "called for",
    "calling for",
    "called",
    "calls",
    "committed to",
    "commits to",
    "committed itself to",
    "appealed for",
    "urged",
    "provides for",
    "wants to",
    "want to",
    "will",
    "'ll",
    "shall",
    "would",
    "planned",
    "proposed",
    "scheduled",
    "upcoming",
    "forthcoming",
    "next",
    "new round of",
)

#: Words and phrases right before the trigger that make it a prediction.
PREDICTION_CUES: tuple[str, ...] = (
    "is expected to",
    "are expected to",
    "was expected to",
    "expected to",
    "expected",
    "likely to",
    "going to",
    "poised to",
    "about to",
    "expect",
    "expects",
    "anticipated",
    "impending",
    "imminent",
    "looming",
)

#: Words and phrases right before the trigger that make it possible, threatened or conditional.
POSSIBILITY_CUES: tuple[str, ...] = (
    "could",
    "might",
    "may",
    "threatened to",
    "threatens to",
    "threatening to",
    "if",
    "unless",
    "in case",
    "risk of",
    "fears of",
    "fear of",
    "feared",
    "warned of",
    "possible",
    "potential",
)

#: Support verbs of an event noun, walked over between a cue and the noun ("will *host* peace talks",
#: "plans to *hold* elections", "refused to *attend* the conference").
SUPPORT_VERBS = frozenset(
    """host hosts hosting hold holds holding attend attends attending launch launches launching begin
    begins start starts open opens resume resumes conduct conducts stage stages mount mounts join
    joins convene convenes carry out sign signs impose imposes declare declares order orders
    call calls enter enters reach reaches continue continues keep keeps chair chairs chairing""".split()
)

#: What a sentence holds that makes its "would" conditional ("if the talks fail, the army would ...").
CONDITIONAL_WORDS = frozenset({"if", "unless"})

#: Clause openers that make the clause conditional.
CONDITIONAL_OPENERS = frozenset({"if", "unless"})

#: Phrases right after a noun trigger that make it planned ("talks *are planned* for next week").
PLANNED_AFTER: tuple[str, ...] = (
    "is planned",
    "are planned",
    "was planned",
    "were planned",
    "is scheduled",
    "are scheduled",
    "was scheduled",
    "is due to",
    "are due to",
    "due to begin",
    "due to start",
    "due to take effect",
    "planned for",
    "scheduled for",
    "is due",
    "are due",
    "is set",
    "are set",
    "will be held",
    "will take place",
    "will begin",
    "will start",
    "to be held",
)

#: Phrases right after a noun trigger that make it a prediction ("a second round of talks *is
#: expected*").
EXPECTED_AFTER: tuple[str, ...] = (
    "is expected",
    "are expected",
    "was expected",
    "were expected",
    "is likely",
    "are likely",
)

# --- what did not happen ------------------------------------------------------------------------

#: Negation right before the trigger (no more than a few words between).
NEGATION_CUES = frozenset({"not", "never", "no", "n't", "without", "nor", "neither", "none", "cannot"})

#: Verbs whose complement is negated: "refused to attack", "decided against joining".
NEGATING_GOVERNORS: tuple[str, ...] = (
    "decided against",
    "decides against",
    "decide against",
    "refused to",
    "refuses to",
    "refuse to",
    "declined to",
    "declines to",
    "failed to",
    "fails to",
    "ruled out",
    "rules out",
    "denied",
    "denies",
    "called off",
    "calls off",
    "cancelled",
    "canceled",
    "averted",
    "stopped short of",
    "backed away from",
    "held off",
    "holding off",
    "opted against",
    "has yet to",
    "have yet to",
    "yet to",
)

#: Verbs that deny the clause they govern ("the army *denied* it had shelled the town").
DENIAL_VERBS = frozenset({"denied", "denies", "deny", "denying"})

#: Modifiers walked over between a cue and the event noun ("appealed for a *two-hour humanitarian*
#: truce"); hyphenated modifiers ("seven-day") are walked over too.
NOUN_MODIFIERS = frozenset(
    """humanitarian permanent temporary full comprehensive lasting immediate general national
    nationwide peace ground military major large large-scale full-scale fresh new renewed direct
    indirect formal informal regional international joint limited partial possible initial""".split()
)

#: Nouns whose "to" infinitive tells a purpose, an event still to happen ("an operation *to retake*
#: the town", "in a bid to revive talks").
PURPOSE_NOUNS = frozenset(
    """operation operations offensive offensives bid effort efforts attempt attempts push plan plans
    mission campaign order orders deal agreement move moves drive order""".split()
)

#: Words that join two verbs sharing a subject and, so, the cue before the first ("would declare the
#: city liberated *and* hand control").
VERB_COORDINATORS = frozenset({"and", "or"})


#: Verbs that order, ask or commit someone to do what their infinitive says, with the one who is to
#: do it between them ("*ordered* the defence ministry *to* drive ...", "*called on* residents *to*
#: evacuate", "*calls for* Israeli forces *to* withdraw"): the infinitive's event is planned.
ORDERING_VERBS = frozenset(
    """ordered orders order ordering urged urges urging asked asks asking told tells instructed
    instructs directed directs authorised authorized authorises authorizes commanded commands
    called calls calling requested requests demanded demands forced forces force pressed presses
    invited invites allowed allows""".split()
)

#: The first word of a trigger that proposes its own event ("*proposed* a ceasefire").
PROPOSING_WORDS = frozenset({"propose", "proposes", "proposed", "proposing"})
