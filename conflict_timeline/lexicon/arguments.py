"""Words of an event's arguments (who, where, how many) and of comparing them across articles.

Plain data for :mod:`conflict_timeline.events.arguments` and :mod:`conflict_timeline.events.merging`.
All words are lower case.
"""

from __future__ import annotations

from collections.abc import Mapping

from ..model import EventKind
from .event_words import ACTOR_NOUNS, PLACE_NOUNS

# --- comparing names -------------------------------------------------------------------------

#: Compass words: "northern Gaza" and "north-west Syria" are not the same place as "North Kordofan"
#: because both say "north".
COMPASS_WORDS = frozenset(
    """north south east west northern southern eastern western central north-east north-west
    south-east south-west northeast northwest southeast southwest north-eastern north-western
    south-eastern south-western northeastern northwestern southeastern southwestern upper lower
    greater""".split()
)

#: Words of a place name that say what kind of place it is, not which ("the town", "Kursk region",
#: "the Saudi Maternity Hospital"): two places sharing only such a word are not the same place.
GENERIC_PLACE_WORDS = (
    PLACE_NOUNS
    | COMPASS_WORDS
    | frozenset(
        """cities towns villages provinces regions districts areas localities locality zone zones
        front frontline territory territories country countries capitals camp camps hospital
        hospitals school schools market markets building buildings road roads highway bridge
        bridges river sea gulf coast island islands mountains plain desert department municipality
        sector oblast oblasts governorates state states county counties neighbourhoods
        neighborhoods station post checkpoint crossing headquarters compound residential
        displacement displaced main whole entire parts part rest much most rural urban nearby
        surrounding same both two three several many other own last first second lost home homes
        positions position""".split()
    )
)

#: Words of an actor that say what kind of actor it is, not which one ("the army", "its troops"):
#: two actors sharing only such a word share a head, not a name.
GENERIC_ACTOR_WORDS = ACTOR_NOUNS | frozenset(
    """rebel government opposition militia security armed military jihadist islamist police army
        paramilitary tribal local foreign allied state regime national federal special elite coalition
        anti-government pro-government insurgent separatist ground air naval regular irregular
        people men women children man woman boy girl persons person civilians gunmen attackers
        assailants members operatives personnel aircraft aviation pilots planes warships ships
        vessels means sides side parties enemy enemies own unknown suspected alleged armed
        unidentified several many some about more than least dozens hundreds thousands tens
        nearly almost estimated""".split()
)

#: The second part of a hyphenated modifier, which says how a name stands to what it modifies
#: ("Hamas-*led*", "Iran-*backed*", "US-*brokered*"): no name of its own.
LINK_WORDS = frozenset(
    """led backed aligned allied linked brokered mediated sponsored controlled held run based
    affiliated supported administered occupied""".split()
)

#: Words that take part in no name ("the", "of", "its", "and").
NAME_STOPWORDS = frozenset(
    """the a an of and or in on at to for from by with its his her their our this that these
    those who which whose said says""".split()
)

#: Names whose adjective, people and country do not share a stem by ``DEMONYM_SUFFIXES`` alone
#: ("Lebanese" - "Lebanon", "Nigerian" - "Nigeria" but not "Niger"): each maps to one stem.
NAME_STEMS: Mapping[str, str] = {
    "lebanese": "lebanon",
    "lebanon": "lebanon",
    "afghan": "afghan",
    "afghans": "afghan",
    "afghanistan": "afghan",
    "pakistan": "pakistan",
    "pakistani": "pakistan",
    "pakistanis": "pakistan",
    "congo": "congo",
    "congolese": "congo",
    "turkey": "turk",
    "turkish": "turk",
    "turks": "turk",
    "emirati": "emirates",
    "emiratis": "emirates",
    "emirates": "emirates",
    "britain": "britain",
    "british": "britain",
    "france": "france",
    "french": "france",
    "china": "china",
    "chinese": "china",
    "libya": "libya",
    "libyan": "libya",
    "libyans": "libya",
    "niger": "niger",
    "nigerien": "niger",
    "nigeriens": "niger",
    "nigeria": "nigeria",
    "nigerian": "nigeria",
    "nigerians": "nigeria",
    "gaza": "gaza",
    "gazan": "gaza",
    "gazans": "gaza",
    "america": "america",
    "american": "america",
    "americans": "america",
    "us": "america",
    "u.s": "america",
}

#: Endings of a country's adjective or people ("Ukrainian", "Sudanese", "Syrians") and of the
#: country ("Syria", "Ukraine"), taken off so that they share a stem; the first that fits is taken
#: off, never leaving fewer than three letters ("Iran" stays "iran", "Iranian" becomes "iran").
DEMONYM_SUFFIXES: tuple[str, ...] = ("ians", "ian", "ia", "ese", "is", "i", "a", "e", "s")

# --- merging across articles -------------------------------------------------------------------

#: Trigger lexicon entries (by name) that report opposite sides of a change of hands: a withdrawal
#: and a capture of the same town on the same day are two events of the timeline, each side's.
CONTRASTING_ENTRIES: frozenset[frozenset[str]] = frozenset(
    {
        frozenset({"withdraw", "capture"}),
        frozenset({"withdraw", "recapture"}),
        frozenset({"withdraw", "fall"}),
        frozenset({"lose-ground", "capture"}),
        frozenset({"lose-ground", "recapture"}),
    }
)

# --- actors --------------------------------------------------------------------------------------

#: Verbs whose object is an event the subject does: "carried out an air strike", "launched an
#: offensive", "held talks", "declared a ceasefire" (lemmas; phrasal ones with their particle).
#: Reporting verbs are not among them: who "announced the capture" did not capture.
LIGHT_VERBS = frozenset(
    """carry_out conduct launch stage mount hold declare sign begin start make impose order reach
    conclude accept resume step_up intensify continue wage open lead end suspend break violate
    observe extend call offer propose broker mediate host attend join complete take_part_in
    undertake perform execute fire unleash push press renew escalate enforce establish set_up
    lift agree_to enter_into claim sign chair convene issue return""".split()
)

#: Forms of the light verbs that the trigger lexicon's regular rules do not spell ("stepped up").
LIGHT_VERB_EXTRA_FORMS = {
    "step": ("stepped", "stepping"),
    "agree": ("agreeing",),
    "begin": ("beginning",),
    "keep": ("kept",),
    "wage": ("waging",),
}

#: Verbs of going on with an action: the "-ing" after them is its verb ("began striking", "kept
#: pushing", "continued shelling").
ASPECT_VERBS = frozenset(
    """begin began begun begins beginning start started starts starting keep kept keeps keeping
    continue continued continues continuing stop stopped resume resumed resumes""".split()
)

#: Words after which a preposition continues an actor phrase: "Forces *loyal to* Haftar",
#: "fighters *allied with* the government", "militias *backed by* Iran".
ACTOR_POSTMODIFIERS = frozenset(
    """loyal allied aligned affiliated linked close belonging opposed backed supported led
    armed funded trained""".split()
)

#: Prepositions that may stand inside an actor phrase after a people noun ("rioters *in* Cali",
#: "gunmen *on* a motorbike", "fighters *from* the Kataib Hezbollah militia").
ACTOR_INNER_PREPOSITIONS = frozenset({"in", "on", "from", "at", "of"})

#: Nouns of people that may take such a phrase ("residents of Beledweyne").
PEOPLE_NOUNS = ACTOR_NOUNS | frozenset(
    """people men women children residents civilians villagers rioters gunmen members operatives
    survivors families hundreds thousands dozens tens scores agents officers personnel youths
    attackers assailants militiamen aviation means defences defenses warplane warplanes jet jets
    drone drones aircraft helicopter helicopters gunships missile missiles artillery tanks rockets
    warships ships sides cabinet council committee court jury tribunal bomber bombers snipers
    sniper juntas junta convoy convoys reinforcements""".split()
)

#: Words that govern an event verb in the infinitive; the subject of the governing verb does the
#: event ("the army *vowed to* retake it", "Rwanda *is to* withdraw").
GOVERNING_VERBS = frozenset(
    """vow vowed vows pledge pledged pledges plan planned plans planning try tried tries trying
    promise promised promises
    attempt attempted attempts seek sought seeks decide decided decides agree agreed agrees
    threaten threatened threatens refuse refused refuses continue continued continues begin began
    begins start started starts aim aimed aims intend intended intends want wanted wants prepare
    prepared prepares is are was were be expected due set poised going able unable likely ready
    moved move moves managed manage fail failed fails""".split()
)

#: Subjects that are never an actor: pronouns of things, and the words of numbers and reports.
NOT_ACTORS = frozenset(
    """it this that these those there here which what who the figures figure report reports
    statement statements video footage images gas prices""".split()
)

#: Personal pronouns that stand for an actor told before ("they", "he", "Pakistan said *it* shot down").
ACTOR_PRONOUNS = frozenset({"they", "he", "she", "we", "it"})

#: Trigger entries (by name) whose verb takes its other side with "with" ("clashed with the army").
WITH_PARTNER_ENTRIES = frozenset({"clash", "fight", "talks", "meet", "sign"})

#: Kinds of event with two sides named after the trigger: "clashes *between* X and Y", "talks *with* Y".
TWO_SIDED_PREPOSITIONS = frozenset({"between", "with"})

#: Verbs that take the doer of an event as object: "accused *the rebels* of executing ...".
ACCUSING_VERBS = frozenset({"accused", "accuses", "accusing", "blamed", "blames", "blaming", "charged"})

# --- places ----------------------------------------------------------------------------------------

#: Prepositions that put an event at a place ("in Syria", "near the town of Sudzha", "over Kigali").
LOCATIVE_PREPOSITIONS = frozenset(
    """in at near outside inside around across into toward towards through within over on from off
    along throughout onto beyond past between""".split()
)

#: Prepositions that give a place only after a movement ("fled *to* Tawila", "moved units *to* Kursk").
MOVEMENT_PREPOSITIONS = frozenset({"to"})

#: Nouns that head a common-noun place ("the town", "a relief camp", "their homes", "the road").
PLACE_HEADS = PLACE_NOUNS | frozenset(
    """cities towns villages provinces regions districts areas locality localities zone zones front
    frontline territory territories country countries camp camps hospital hospitals school schools
    market markets marketplace building buildings road roads highway bridge bridges river sea gulf
    coast island islands department municipality sector oblast station post checkpoint crossing
    headquarters compound stadium prison penitentiary palace embassy embassies consulate mosque
    church churches depot depots warehouse plant refinery square street streets home homes house
    houses neighbourhoods neighborhoods settlement settlements airbase barracks garrison outpost
    positions position complex quarter ward corridor pocket enclave site sites facility facilities
    field fields forest desert mountain mountains valley plain port harbour harbor centre center
    line frontline meadow farm farms junction intersection soil""".split()
)

#: Words before a place name that say how it lies ("*the vicinity of* Koutougou", "*the zone of* Tassia"):
#: the name after their "of" is the place.
PLACE_OF_LEADS = frozenset({"vicinity", "zone", "outskirts", "suburbs", "suburb", "edge", "centre", "center", "heart"})

#: Names that are no place even after "in"/"at" ("in Reuters", "at the UN"): bodies, agencies, media.
NOT_PLACES = frozenset(
    """un u.n. nato eu reuters wire afp ap idf ocha who iom unicef unhcr wfp sohr icrc msf council
    ministry government court tribunal""".split()
)

#: Triggers (entry kinds by name) whose direct object may be a place: "seized the town", "fled
#: Tarhuna", "entered Palma", "stormed the building".
PLACE_OBJECT_KINDS = frozenset(
    {"TERRITORY_CHANGE", "REMOTE_VIOLENCE", "BATTLE", "DEPLOYMENT", "VIOLENCE_AGAINST_CIVILIANS", "OTHER", "RIOT"}
)

# --- death tolls -----------------------------------------------------------------------------------

#: Verbs (and phrasal verbs) that take the dead as their object: "killing at least 11",
#: "gunned down three", "executed at least nine civilians".
KILLING_VERB_PHRASES: tuple[str, ...] = (
    "killing",
    "killed",
    "kills",
    "kill",
    "claiming",
    "claimed",
    "gunned down",
    "gunning down",
    "shot dead",
    "shooting dead",
    "executed",
    "executing",
    "massacred",
    "massacring",
    "slaughtered",
    "murdered",
    "murdering",
    "beheaded",
    "assassinated",
    "neutralised",
    "neutralized",
    "neutralise",
    "neutralize",
    "neutralising",
    "neutralizing",
    "eliminated",
    "eliminating",
)

#: Words after a count that make its people dead: "11 people were killed", "23 dead", "Seventeen
#: soldiers ... fell on the field of honour", "23 soldiers fallen", "have lost life".
DEATH_AFTER_COUNT: tuple[str, ...] = (
    "killed",
    "dead",
    "died",
    "slain",
    "deaths",
    "fatalities",
    "lives",
    "executed",
    "massacred",
    "murdered",
    "perished",
    "fallen",
    "fell on the field of honour",
    "fell on the field of honor",
    "lost their lives",
    "lost life",
    "lost their life",
    "shot dead",
    "gunned down",
    "neutralised",
    "neutralized",
    "eliminated",
)

#: Words for the dead themselves: "the bodies of 12 men were recovered", "12 bodies were found".
BODY_WORDS = frozenset({"bodies", "corpses", "remains"})

#: A singular victim after a killing verb or before a passive one ("killing *a* journalist",
#: "*Nasrallah* was killed"): the toll is one. These words after the verb say it is not one person.
NOT_ONE_VICTIM = frozenset(
    """number dozens hundreds thousands scores many several some most people civilians soldiers
    fighters large unknown undisclosed total""".split()
)

#: Particles that end a light verb ("carried *out*", "took part *in*", "stepped *up*").
LIGHT_PARTICLES = frozenset({"out", "up", "in", "part", "to"})

#: Verbs whose subject makes a declared event by declaring it ("the Taliban *announced* a ceasefire"):
#: for agreements and decisions only; who "announced the capture" did not capture.
DECLARING_VERBS = frozenset({"announce", "proclaim", "unveil", "declare"})

#: The kinds of event a declaring verb makes by declaring it (an agreement, a truce, a decision).
DECLARED_KINDS = frozenset({EventKind.NEGOTIATION, EventKind.POLITICAL})

#: Words ending in "-ed" that are adjectives before a noun ("*armed* men", "*suspected* militants");
#: a hyphenated one always is ("Iran-backed", "Hamas-led").
ED_ADJECTIVES = frozenset(
    """armed suspected alleged unidentified unnamed displaced wounded injured masked disguised
    so-called united combined detained abducted kidnapped trapped besieged embattled rebel-held
    government-held allied organised organized uniformed retired exiled elected self-declared""".split()
)

#: Collective nouns whose "of" phrase is the actor itself: "a *wave of* Iran-backed fighters" is
#: the fighters.
COLLECTIVE_LEADS = frozenset(
    """wave waves convoy convoys column columns band bands batch handful couple number group
    groups contingent contingents""".split()
)

#: Trigger entries (by name) whose events take no death toll: a count of the wounded or of the
#: abducted is not one of the dead ("56 were killed and 30 wounded when a drone struck").
TOLL_FREE_ENTRIES = frozenset({"wound", "abduct", "arrest", "flee", "protest"})

#: Definite common nouns of places that stand for a place named before ("the town" after "Bara"):
#: the named place is added beside them.
ANAPHORIC_PLACE_HEADS = frozenset(
    """town city village capital camp province region district area enclave territory country
    locality settlement""".split()
)

#: Heads of a military site: "the base" may take up "the headquarters of the 6th Division" told just
#: before (one site, two words for it); a hospital is no base.
MILITARY_SITE_HEADS = frozenset(
    """headquarters base airbase barracks garrison outpost compound stronghold fortress""".split()
)

#: Place rules whose places are not the event's own but those of its sentence or its article.
BORROWED_PLACE_RULES = frozenset({"sentence", "antecedent", "dateline"})

#: Endings of a modifier that names who brokered or backed an event, not a side of it
#: ("a *Russian-brokered* ceasefire", "*US-backed* talks").
BROKER_ENDINGS: tuple[str, ...] = ("-brokered", "-backed", "-mediated", "-sponsored", "-hosted")

#: Heads of "the town", "the city": any bare place name may be what they stand for.
SETTLEMENT_HEADS = frozenset({"town", "city", "village", "capital", "camp", "settlement", "locality"})

#: Particles of a phrasal verb ("push *back*", "pull *out*"), dropped with their verb.
VERB_PARTICLES = frozenset({"back", "out", "up", "down", "off", "in", "on", "away"})

#: Nouns of the dead that may be listed after a first count ("killing six servicemen and a *civilian*").
VICTIM_NOUNS = frozenset(
    """civilian civilians child children woman women man men boy boys girl girls soldier soldiers
    officer officers policeman policemen fighter fighters servicemen serviceman person people
    worker workers journalist journalists son sons daughter daughters wife husband""".split()
)

#: Words that tie a killing to the violent event it was part of ("56 were killed *when* a drone
#: struck", "were killed *in* an air strike"): both are told with the toll.
TOLL_LINKS = frozenset({"when", "as", "in", "during", "after", "by"})

#: Trigger entries (by name) that move people somewhere: their object and a "to" phrase are places
#: ("visited Israel", "will travel to Cairo", "fled to Tawila").
MOVEMENT_ENTRIES = frozenset({"visit", "flee", "cross", "send-forces", "withdraw", "advance", "passage"})

#: Words that open an apposition clause after an event's object, past which its places go on
#: ("fired some 40 rockets, *some of them* filled with ..., at Taza").
APPOSITION_OPENERS = frozenset({"some", "many", "most", "including", "all", "both", "each"})

#: Heads of the place a noun before "to" names ("the entrance *to* Hilla", "the road *to* Kherson").
PLACE_TO_HEADS = frozenset({"entrance", "road", "roads", "route", "routes", "approach", "approaches", "gateway"})

#: Heads of a place that acts as a body ("*Belgorod region* declared a state of emergency"): the
#: subject is the event's place as well as its actor.
REGION_HEADS = frozenset({"region", "province", "state", "governorate", "oblast", "county", "district", "city"})

#: The side of a war a generic actor head stands for: two reports that name only "the army" and
#: only "rebels" tell two sides' acts, not one.
HEAD_SIDES = {
    **{w: "state" for w in "army armies police government regime troops soldiers military navy".split()},
    **{w: "armed-group" for w in "rebels insurgents militants jihadists gunmen militia militias".split()},
}

#: Generic actor words that head an actor phrase ("the army", "its troops"): shared, they are a
#: little evidence that two reports tell one act; two actors with different heads are not thereby
#: different (see ``HEAD_SIDES``).
ACTOR_HEADS = frozenset(
    """army armies military police government regime militia militias rebels insurgents militants
    jihadists troops soldiers forces fighters protesters demonstrators gunmen navy coalition""".split()
)

#: Trigger entries (by name) that report one kind of act in other words: merging compares their
#: families ("an air strike" and "a bombing" are one family).
TRIGGER_FAMILIES = {"air-strike": "bombing", "bomb": "bombing", "shoot": "kill"}

#: Heads of a place that is a site in a town ("the headquarters of the 6th Division", "the Saudi
#: Hospital"): a report naming one may tell what a report naming only the town tells.
SITE_HEADS = frozenset(
    """headquarters base airbase barracks garrison outpost hospital school market marketplace
    camp compound stadium prison penitentiary palace embassy consulate mosque church depot
    warehouse plant refinery station checkpoint post building complex airport""".split()
)
