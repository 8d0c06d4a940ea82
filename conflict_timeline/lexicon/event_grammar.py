"""Function-word classes the event stage reads sentences with.

Plain data for :mod:`conflict_timeline.events`: which words are determiners, prepositions,
auxiliary-like adverbs, what may stand between a determiner and a noun ... One table per class of
words, each named for what the event stage asks of it. All words are lower case.
"""

from __future__ import annotations

import re

#: Determiners and possessives: a word after one is a noun ("the attack", "their offensive").
DETERMINERS = frozenset(
    {"the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our", "my", "your"}
)

#: The determiners walked over before a noun trigger that is a point of reference ("before *the*
#: murder").
NOUN_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "its", "their", "his", "her"})

#: Articles.
ARTICLES = frozenset({"the", "a", "an"})

#: Possessive pronouns.
POSSESSIVES = frozenset({"its", "their", "his", "her"})

#: Prepositions (and preposition-like words) that take a noun phrase: its head is no subject.
PREPOSITIONS = frozenset(
    """on in at of for from to with without into onto over under after before since until during
    against despite amid among near across through toward towards around within between about
    like""".split()
)

#: Forms of "be" that make a participle after them passive ("Aleppo was captured").
BE_FORMS = frozenset({"was", "were", "been", "be", "is", "are"})

#: Forms of "be" before a killing word that make it a passive toll ("11 were killed").
PASSIVE_BE = frozenset({"were", "was", "been", "be", "being"})

#: Adverbs skipped between a subject and its verb ("Kherson has finally fell": "-ly" words too).
SUBJECT_ADVERBS = frozenset({"not", "never", "also", "then"})

#: Words skipped walking back from a trigger to the cue that governs it ("plans to *launch a new*
#: offensive", "will *also* attack"): auxiliaries come from the verb table.
STATUS_SKIPPABLE = frozenset(
    """also then still already just even soon again now finally quickly reportedly allegedly a an
    the new fresh further more major its their his her first second third fourth next another
    final""".split()
)

#: Words that stand between a determiner and the noun it makes ("the *new* attack", "*no* talks"):
#: after one, a trigger is a noun.
NOUN_MAKERS = frozenset("""the a an this that its their his her new fresh major recent swift no any""".split())

#: Endings of the adjectives that make the word after them a noun ("the unfortunate murder").
ADJECTIVE_ENDINGS: tuple[str, ...] = (
    "ful",
    "ous",
    "ate",
    "ive",
    "al",
    "ic",
    "ible",
    "able",
    "less",
    "ent",
    "ant",
    "iest",
)

#: Words a noun trigger's object may be led by when one event noun is the object of another
#: ("preparations for *a new* assault": the assault is what is prepared).
OBJECT_NOUN_LEADS = frozenset(
    {"a", "an", "the", "new", "major", "fresh", "possible", "planned", "ground", "full-scale"}
)

#: Past forms of reporting verbs that are verbs even after a determiner-like word ("the Buffalo
#: News reported Friday").
REPORTING_PAST_FORMS = frozenset({"said", "told", "wrote", "written", "thought", "knew", "known", "shown"})

#: Conjunctions that open a coordinated clause: such a clause has a verb of its own.
COORDINATORS = frozenset({"and", "or", "but", "nor", "yet", "so"})

#: Words before a noun trigger that make it a point of reference for another time ("10 days
#: *before* the murder").
REFERENCE_POINT_LEADS = frozenset({"before", "after", "since", "until", "following", "during", "amid"})

#: Prepositions by which a participle after its noun reaches the time of its own doing ("a truce
#: declared *in* March collapsed"); not "for", which names the time the noun was set for, when what
#: follows happens too ("a corridor agreed *for* March 5 collapsed under shelling").
PARTICIPLE_TIME_LINKS = frozenset({"in", "on", "at", "during", "since"})

#: Verbs of sequence whose subject, an event noun, is placed by a time counted from another event
#: ("The attack *came* a day after the summit", closed by one of :data:`OFFSET_LINKS`): that time
#: is told from the other event.
SEQUEL_VERBS = frozenset({"came", "comes", "come"})

#: Of those, the ones after which a bare event noun tells what the clause's event came out of or
#: went with, at its time ("retook the village *after clashes*", "*amid heavy shelling*").
CONCURRENT_LEADS = frozenset({"after", "during", "amid"})

#: Prepositions that open a fronted phrase telling the setting of the main clause ("In a massive
#: demonstration, ...", "During the talks, ...").
FRONTING_PREPOSITIONS = frozenset({"in", "at", "during", "amid", "throughout"})

#: Words a clause may hold beside its time and still be nothing but that time ("early on Monday,").
TIME_CLAUSE_WORDS = frozenset(
    {
        "early",
        "late",
        "earlier",
        "later",
        "dawn",
        "dusk",
        "daybreak",
        "sunrise",
        "sunset",
        "nightfall",
        "midnight",
        "noon",
    }
)

#: Clause openers that do not cut a clause right before a time ("captured since 2020").
TIME_GLUED_OPENERS = frozenset({"since", "after", "before", "until", "when", "that", "while"})

#: Words between such an opener and its time ("since the last ...").
TIME_GLUE_LEADS = frozenset(
    {"the", "last", "this", "next", "dawn", "dusk", "daybreak", "sunrise", "sunset", "nightfall", "midnight", "noon"}
)

#: Openers of a clause that describes the time of the clause before ("from 1968, *when* the Soviets
#: invaded").
TIME_CLAUSE_OPENERS = frozenset({"when", "as", "where"})

#: Openers of a relative clause ("the bombing *that* killed one person").
RELATIVE_OPENERS = frozenset({"that", "which", "who"})

#: Prepositions that put an event inside another ("was injured *in* the 1998 bombing").
HOST_PREPOSITIONS = frozenset({"in", "during"})

#: Words before a noun trigger that make it definite ("the", "this", "that"; possessives count too).
DEFINITE_LEADS = frozenset({"the", "this", "that"})

#: Words before a noun after a copula ("there have been *no* arrests", "this is *an* assault").
COPULA_NOUN_LEADS = frozenset({"a", "an", "no", "any", "new", "more", "further", "fresh", "not", "only"})

#: Copulas ("is an assault", "have been no arrests").
COPULAS = frozenset({"been", "is", "are", "'s", "'re"})

#: Forms of "have" before "been" that make a present perfect.
PRESENT_HAVE = frozenset({"has", "have", "'s", "'ve"})

#: Prepositions after a noun trigger that lead its own complement ("the murder *of* Slepian").
COMPLEMENT_PREPOSITIONS = frozenset({"of", "by", "on", "against"})

#: Adjectives that make the "-ing" word after them a noun ("*heavy* shelling", "*renewed* fighting").
ING_NOUN_LEADS = frozenset(
    """heavy heavier fierce intense renewed sporadic continued continuing constant relentless
    indiscriminate overnight cross-border artillery mortar further fresh deadly""".split()
)

#: Verbs that only say an event noun after them took place ("*carried out* an air strike", "*held*
#: separate talks", "*launched* its offensive"): the verb and the noun tell one event.
SUPPORT_VERBS = frozenset(
    """carry carried carrying carries conduct conducted conducting conducts launch launched launching
    launches hold held holding holds stage staged staging stages mount mounted mounting mounts announce
    announced announcing announces unleash unleashed wage waged waging began begin begins beginning
    start started starts starting resume resumed resumes resuming""".split()
)

#: The particle of a support verb ("carried *out* strikes").
SUPPORT_PARTICLES = frozenset({"out"})

#: Words allowed between a support verb and its event noun ("launched *its first major* offensive").
SUPPORT_GAP = frozenset(
    """a an the its their his her new fresh major first second third further renewed separate large
    large-scale full-scale coordinated joint surprise two three four several dozens of more than""".split()
)

#: Words that never stand between an event noun and the verb whose subject it is: a new clause or a
#: coordinated one starts there.
NOT_SUBJECT_GAP = frozenset({"and", "but", "or", "that", "which", "who", "while", "as", "when", "after", "before"})

#: Words that join a new clause to the one before: what is told beyond them is no part of the
#: trigger's own phrase.
CLAUSE_JOINS = frozenset({"and", "but", "or", ";", "while", "whereas", "although", "though", ".", ":"})

#: Forms of "be" and "remain" before a passive or a state ("services *remain* cut").
STATE_BE = BE_FORMS | frozenset({"remain", "remains", "remained", "stay", "stays", "stayed"})

#: Prepositions of direction before the place a verb of movement goes to or leaves ("retreated
#: *into* the plant", "pulled *out of* the hospital").
DIRECTIONS = frozenset({"into", "from", "to", "toward", "towards", "out", "of", "onto", "back"})

#: Subject pronouns that stand for something told before ("*It* is due to take effect on Sunday").
SUBJECT_PRONOUNS = frozenset({"it", "they", "this", "these"})

#: Object pronouns ("charged *him* with murder").
OBJECT_PRONOUNS = frozenset({"him", "her", "them", "it"})

#: Quote marks skipped when reading the words after a trigger.
QUOTE_MARKS = frozenset({'"', "``", "''", "“", "”", "'", "`"})

#: Words that end an event's summary phrase ("seized the town *killing* ...").
SUMMARY_STOPS = frozenset({"to", "aimed", "amid", "despite", "as", "and", "while", "killing", "leaving"})

#: Marks where an over-long sentence may be cut.
CUT_MARKS = frozenset({",", ";", ":", "—", "–"})

#: Words right after "fell" that announce a figure ("fell *by* 3%", "fell *sharply*"), not a town.
FIGURE_LEADS = frozenset({"by", "about", "nearly", "almost", "sharply", "slightly"})

#: Particles that make "shot" a movement ("shares shot *up*").
SHOT_PARTICLES = frozenset({"up", "down", "through", "past"})

#: Modifiers that make "shooting" a violent event ("a *fatal* shooting", "a *school* shooting").
SHOOTING_MODIFIERS = frozenset({"fatal", "deadly", "mass", "school", "drive-by"})

#: Words before "shot" that make it a noun that is no shooting ("a *parting* shot", "a *big* shot").
SHOT_NOUN_LEADS = frozenset({"first", "parting", "mug", "big"})

#: Prepositions after "ruled" that make it a decision ("ruled *on* the appeal").
RULED_PREPOSITIONS = frozenset({"on", "in", "against"})

#: Words after "condemned" that make it a sentence or a status ("condemned *to* death").
CONDEMNED_TO = frozenset({"to", "as"})

#: Words after "charged" that make it a price ("charged *a* fee", "charged *about* $5").
CHARGE_PRICE_LEADS = frozenset({"a", "an", "for", "about", "more", "up", "over"})

#: Words of death that show the violence of a sentence ("the bombings *killed* 200 people").
DEADLY_WORDS = frozenset(
    """killed killing dead died slain casualties fatalities death deaths murder murdered slaying""".split()
)

#: Words that, right after a count, say it is no death toll ("11 *injured*").
NOT_DEATH_AFTER_COUNT: tuple[str, ...] = ("injured", "wounded", "hurt", "arrested", "detained", "missing")

#: Units after a count that make it no toll ("killing 5 percent", "left 3 years").
NOT_TOLL_UNITS: tuple[str, ...] = ("%", "percent", "per cent", "years?", "months?", "days?", "hours?")

#: Auxiliaries allowed between a count and its death word ("11 people *were reportedly* killed").
TOLL_AUXILIARIES: tuple[str, ...] = (
    "were",
    "was",
    "have been",
    "had been",
    "are",
    "being",
    "reportedly",
    "were reportedly",
)

#: Words before an attributive year ("*the* 2011 uprising").
ATTRIBUTIVE_LEADS = frozenset({"the", "a", "an", "this", "its", "their"})

#: Words after "agreed", "approved" that make it an opinion ("agreed *with* the assessment").
OPINION_LEADS = frozenset({"with", "that"})

#: Prepositions whose object may still be the actor ("a wave *of* fighters", "seized *by* rebels").
ACTOR_PREPOSITIONS = frozenset({"of", "by"})

#: Clause openers that link two events in time ("killed *after* the RSF seized the town on 25 October").
TEMPORAL_LINKS = frozenset({"after", "before", "when", "since", "as", "following", "until", "while"})

#: Words after a duration that put the event told after them that far from the time of the clause
#: ("early Sunday, two days *after* seizing the airport": the seizure two days before Sunday;
#: "... on Friday, a week *before* the vote": the vote a week after Friday).
OFFSET_LINKS: dict[str, str] = {"after": "after", "before": "before"}

#: Marks that close a dateline ("KHARTOUM, April 18 (Reuters) - ..."); no subject lies before them.
DATELINE_DASHES = frozenset({"-", "—", "–", "_"})

#: Marks that close a first line as a sentence, not a headline ("... kills dozens, medics say.").
HEADLINE_CLOSERS = frozenset({".", "!", "?", ":", ";", ","})

#: Words between "to" and the verb of an infinitive ("to *be* advancing", "to *have been* killed").
INFINITIVE_AUXILIARIES = frozenset({"be", "have", "been", "being"})

#: Words that join two verbs sharing their auxiliary ("had killed dozens *and* destroyed ...").
VERB_COORDINATORS = frozenset({"and", "or"})

#: The auxiliaries of a progressive that tells what was going on ("it *was* evacuating", "to *be*
#: advancing").
PROGRESSIVE_AUXILIARIES = frozenset({"was", "were", "be", "been"})

#: Passive verbs of report or sight whose time an event noun subject takes ("fighting *was
#: reported* on Monday", "explosions *were heard* overnight").
PASSIVE_REPORTS = frozenset({"reported", "observed", "recorded", "heard", "witnessed", "seen", "registered"})

#: Auxiliaries right after a plural that make it their subject, not a verb ("Clashes *were*
#: reported").
SUBJECT_AUXILIARIES = frozenset({"were", "are", "have", "had", "will", "would", "could", "may", "might"})

#: How many words may stand between an event noun and the relative clause that tells when it began
#: ("the siege *of Sarajevo*, which began in April 1992").
RELATIVE_REACH = 4

#: Verbs of a relative clause that tell when its noun began or took place ("the talks, which
#: *opened* on May 6"; "a truce that *began* on Aug. 3"). An end ("ended") is not the event's time.
TAKING_PLACE = frozenset(
    {
        "began",
        "begun",
        "started",
        "opened",
        "erupted",
        "broke out",
        "took place",
        "took effect",
        "happened",
        "occurred",
        "held",
        "came into force",
        "went into effect",
        "kicked off",
        "got under way",
        "got underway",
    }
)

#: A live blog's entry stamp: a clock time, maybe with its zone ("14:40 GMT", "09:30", "10.15 BST").
CLOCK_STAMP = re.compile(r"\d{1,2}[:.]\d\d(?:\s*(?:GMT|UTC|BST|CET|CEST|EST|EDT|[AP]\.?M\.?))?", re.IGNORECASE)

#: Prepositions before a bare definite event noun that use it only as an anchor, not as an event
#: told ("four days *after* the attack", "*despite* the truce", "*under* the deal").
BACK_REFERENCE_LEADS = frozenset({"after", "since", "before", "following", "despite", "under", "amid"})

#: Prepositions before a definite event noun that closes its phrase, pointing back at an event told
#: before: "killed *in* the fighting, officials said", "a halt *to* the attacks.", "50 km *from* the
#: fighting," (not "took part in the assault near Sudzha", whose place makes it an event told).
CLOSING_BACK_REFERENCE_LEADS = frozenset({"in", "from", "to"})

#: What stands right before a bare verb told as an intended act ("will *discuss*", "expected to
#: *review*"); ``PLANNED_ACT_SKIPS`` the words that may come between ("will next discuss").
PLANNED_ACT_LEADS = frozenset({"will", "would", "shall", "to", "'ll"})
PLANNED_ACT_SKIPS = frozenset({"next", "also", "then", "soon", "first", "now", "later"})
#: Verbs of a gathering whose purpose a planned act after "to" only states ("will meet on Friday to
#: *discuss* the crisis": one event, the meeting).
GATHERING_VERBS = frozenset(
    """meet meets met meeting convene convenes convened convening gather gathers gathered gathering""".split()
)
