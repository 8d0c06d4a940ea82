"""Word tables of the event stage (everything but the triggers themselves).

Each table is plain data read by :mod:`conflict_timeline.text` and
:mod:`conflict_timeline.events`; extending a table teaches the code a word
without touching it. All words are lower case; "'" stands for both apostrophes.
"""

from __future__ import annotations

from collections.abc import Mapping

# --- sentences and clauses ---------------------------------------------------


#: Words that open a subordinate or relative clause: a clause boundary.
#: "after", "before", "since", "until" also introduce times ("since 2020");
#: before a time expression they do not cut (see ``text.clauses``).
CLAUSE_OPENERS = frozenset(
    """that which who whom whose while whereas although though because after before when
    whenever until unless if since but where whether""".split()
)


# --- attribution, factuality ----------------------------------------------------


#: Words before a reporting word that make it a noun ("all states", "member states", "news reports").
NOUN_LEADS = frozenset(
    {"all", "some", "many", "several", "other", "both", "member", "news", "press", "media", "two", "three"}
)

# --- who and where ------------------------------------------------------------

#: Nouns that head a phrase naming an actor ("Iran-backed Iraqi fighters").
ACTOR_NOUNS = frozenset(
    """fighters fighter forces force troops troop soldiers soldier rebels rebel militants militant
    insurgents insurgent militia militias militiamen army armies police policemen government
    governments regime group groups faction factions coalition coalitions jihadists jihadist
    gunmen gunman protesters protestors demonstrators rioters students workers residents
    civilians villagers opposition authorities officials leaders leader president minister
    ministry administration commanders commander units unit brigade brigades battalion
    battalions division divisions guards guard navy marines air-force airforce jets warplanes
    drones allies ally partners parliament lawmakers negotiators delegation delegations
    mediators party parties movement organisation organization state states separatists
    guerrillas guerrilla paramilitaries paramilitary contingent mob crowd crowds""".split()
)

#: Words that modify an actor head without being one ("rebel forces", "pro-government militia").
ACTOR_MODIFIERS = frozenset(
    """rebel government opposition militia security armed military jihadist islamist police army
    paramilitary tribal local foreign allied state regime national federal special elite coalition
    anti-government pro-government anti-assad pro-assad insurgent separatist kurdish syrian iraqi
    russian ukrainian israeli palestinian iranian turkish american sudanese""".split()
)

#: Collective nouns whose "of" phrase names the actual actor ("a wave of fighters").
QUANTITY_NOUNS = frozenset(
    """wave waves group groups hundreds thousands dozens scores number convoy convoys column columns
    contingent contingents unit units band bands crowd crowds team teams batch batches
    handful couple few""".split()
)

#: Prepositions after which a proper name is a place ("crossed into Syria").
PLACE_PREPOSITIONS = frozenset(
    """in into near at from outside around across toward towards through inside within on
    to of""".split()
)

#: Nouns that, with "of", introduce a place name ("the city of Aleppo").
PLACE_NOUNS = frozenset(
    """city town village province region district governorate capital area suburb suburbs
    outskirts neighbourhood neighborhood port border airport base hills valley state county
    countryside enclave strip locality localities settlement settlements positions headquarters
    compound garrison barracks camp checkpoint outpost outposts stronghold airbase airfield bridge
    plant complex palace territory territories country island islands hospital stadium hilltop
    hill""".split()
)

#: Words that may lead a place name after a trigger or preposition ("the *strategic city of* Aleppo");
#: the place nouns themselves count too (``PLACE_NOUNS``).
PLACE_LEAD_WORDS = frozenset(
    """the strategic key besieged northern southern eastern western central nearby rebel-held
    government-held of most much part parts half rest large swathes swaths all remaining centre center
    heart control key a an its their both several two three last main final country dozens scores
    hundreds""".split()
)

#: Lower-case particles inside Arabic and Romance place names ("Maarat al Numan", "Deir ez-Zor"),
#: and the prefixes glued to a name ("al-Bab").
NAME_PARTICLES = frozenset({"al", "el", "ez", "de", "da", "do", "du", "del", "bin", "ibn", "ul", "ad-", "es"})
NAME_PREFIXES: tuple[str, ...] = ("al-", "el-", "ul-", "as-", "ad-", "ash-", "ar-", "az-", "an-", "at-")

#: Words that are never part of a name even when capitalised at a sentence start.
FUNCTION_WORDS = frozenset(
    """a an the this that these those its it it's their his her our my your we they he she i you
    on in at of by for from to with without into onto over under after before since until during
    as and or but nor so yet however while although though because if when where which who whom
    whose what there here then also meanwhile moreover furthermore still even only just about
    than not no some many most more much several any each every all both either neither such
    last next this earlier later today yesterday tomorrow tonight now recently currently
    once amid among despite against toward towards through across around near within between""".split()
)

# --- fatalities -------------------------------------------------------------------


#: Hedges allowed before a fatality count ("at least 11"); the count is their lower bound.
FATALITY_HEDGES: tuple[str, ...] = (
    "at least",
    "more than",
    "over",
    "some",
    "about",
    "around",
    "nearly",
    "almost",
    "up to",
    "an estimated",
    "approximately",
    "roughly",
)

#: The generic nouns of the talks entry that need politics around them ("a deal", "the conference").
GENERIC_DEAL_WORDS = frozenset(
    {"deal", "deals", "agreement", "agreements", "accord", "accords", "conference", "conferences"}
)

#: The generic verbs of the office entry that need politics around them ("named", "replaced").
GENERIC_OFFICE_WORDS = frozenset(
    """name names named naming replace replaces replaced replacing install installs installed
    installing designate designates designated designating sanction sanctions sanctioned
    sanctioning ban bans banned banning""".split()
)

#: Nouns after "displaced" that make it an adjective ("displaced *people*").
DISPLACED_NOUNS = frozenset(
    """people persons person families family civilians residents population populations camp camps
    site sites children women men households""".split()
)

#: Trigger entries (by name) of weapons: followed by a verb of the event ("a car bomb *exploded*"),
#: the verb is the event and the weapon its subject.
WEAPON_ENTRIES = frozenset({"weapon"})

#: Words before "attack" that make it no violence ("a *heart* attack").
NOT_VIOLENT_ATTACKS = frozenset({"heart", "panic", "asthma", "anxiety", "cyber", "verbal", "personal"})

#: Weapons "attack" names a kind of ("attack *drones*", "an attack *helicopter*"): a modifier, not an attack.
ATTACK_MODIFIED = frozenset(
    """drone drones helicopter helicopters aircraft submarine submarines boat boats jet jets dog dogs
    craft""".split()
)

#: What is found or recovered when an attack's dead are ("the *bodies* of six women were found").
BODY_WORDS = frozenset({"body", "bodies", "remains", "corpse", "corpses", "grave", "graves"})

#: Entries (by name) whose present participle after a comma details the event before it rather
#: than telling one of its own ("struck the airport, *targeting* ...", "..., *retaliating* for ...").
PARTICIPLE_DETAILS = frozenset({"attack", "repel"})

#: Words of saying that only start an attribution phrase ("*according* to officials"): they own no
#: time, which stays the event's ("seized Aleppo on Saturday, according to officials").
ATTRIBUTION_PHRASE_WORDS = frozenset({"according"})

#: Words that make a death no violence ("died of a *heart* attack", "died *peacefully*").
NATURAL_DEATH_WORDS = frozenset(
    """heart illness ill disease cancer natural naturally old age peacefully covid covid-19 stroke
    sleep""".split()
)

#: Words that make a death violent ("died of her *injuries*", "died in the *shelling*").
VIOLENT_DEATH_WORDS = frozenset(
    """injuries injury wounds wounded shelling strike strikes bombing explosion blast fighting clashes
    attack attacks raid siege custody massacre gunfire""".split()
)

#: Superlatives before an event noun that make it an evaluation ("the *deadliest* attack").
SUPERLATIVES = frozenset(
    """worst biggest largest heaviest fiercest bloodiest deadliest latest greatest longest most
    first""".split()
)

#: Idioms that hold a trigger word without an event: (word before, the word, word after).
IDIOMS = frozenset({("in", "exchange", "for"), ("in", "return", "for")})

#: Verbs that only say an event noun took place ("talks were *held*"): the noun stays the event.
SUPPORT_PASSIVES = frozenset(
    {"held", "hold", "holds", "holding", "took", "taken", "take", "takes", "staged", "conducted"}
)

#: Entries (by name) that, beside a killing, only tell its toll ("killed 11 and *wounded* 27").
TOLL_ONLY = frozenset({"wound"})

#: Killing entries (by name) that make an event of their own in the passive ("11 people *were
#: killed*", "the leader was killed near the airport"), even after another event of the sentence.
OWN_EVENT_WHEN_PASSIVE = frozenset({"kill"})

#: Clause openers after which "<actor> killed ..." tells a killing of its own ("*when* Israel killed
#: the group's leader", "*where* he executed nine civilians"), not the toll of the sentence's
#: earlier event; ``ACTOR_PRONOUNS`` the pronouns that stand for such an actor.
OWN_KILLING_OPENERS = frozenset({"when", "after", "where", "as", "before", "since", "until", "while"})
ACTOR_PRONOUNS = frozenset({"he", "she", "they", "we"})

#: Verbs that state deaths when followed by a count ("killing 11").
KILLING_VERBS = frozenset({"killing", "killed", "kills", "kill", "leaving", "left", "claiming", "claimed"})

#: Words that state deaths when they follow a count ("11 people were killed", "11 dead").
DEATH_WORDS = frozenset({"killed", "dead", "died", "slain", "deaths", "fatalities", "casualties", "lives"})

# --- time ties -----------------------------------------------------------------

#: Sentence openers that continue the narrative of the previous sentence:
#: an event without a time of its own then happens after (or at) the last time told.
NARRATIVE_CONNECTORS: Mapping[str, str] = {
    "then": "AFTER",
    "later": "AFTER",
    "afterwards": "AFTER",
    "afterward": "AFTER",
    "subsequently": "AFTER",
    "soon after": "AFTER",
    "shortly after": "AFTER",
    "shortly afterwards": "AFTER",
    "soon afterwards": "AFTER",
    "hours later": "AFTER",
    "meanwhile": "SAME",
    "at the same time": "SAME",
    "that same day": "SAME",
}

#: Trigger entries (by name) that are reactions: speech acts about the news ("condemned the
#: shooting", "denounced the killing"). Told in the simple past with no time anywhere near, in an
#: article whose lead is dated to the publication day, a reaction belongs to that news day, the
#: way an undated "said" does (``events._news_day_reaction``).
NEWS_DAY_REACTIONS = frozenset({"condemn"})

#: Perception and causative verbs in the past whose object is followed by a bare verb that tells
#: a past event: "watched the foreign ministers sign", "saw the troops cross".
PERCEIVED_IN_THE_PAST = frozenset({"watched", "saw", "heard", "helped", "made"})

#: What one demonstrates or rallies that makes no protest: "demonstrate American support", "rally
#: Arab public opinion".
SHOWN_THINGS = frozenset(
    """support opinion resolve commitment solidarity strength ability backing unity determination
    sympathy goodwill confidence""".split()
)

# --- context checks of the trigger lexicon ----------------------------------------

#: Words that show an armed context in the sentence ("attacked" means an armed attack).
ARMED_WORDS = frozenset(
    """fighters fighter troops troop soldiers soldier rebels rebel militants militant insurgents
    insurgent militia militias militiamen army armies forces gunmen gunman jihadists jihadist
    guerrillas guerrilla paramilitaries paramilitary jets warplanes warplane drones drone missiles
    missile rockets rocket artillery tanks tank bombs bomb shells aircraft helicopters navy marines
    military airstrikes airstrike war battalion battalions brigade brigades regiment units
    hezbollah hamas taliban isis al-qaeda wagner idf militiaman commandos gunfire weapons
    armed fire offensive frontline front-line terrorist terrorists terror terrorism bombing bombings
    bomber bombers explosives sniper snipers grenade grenades reservists conscripts peacekeepers
    assailants gang gangs houthi houthis m23 rsf jnim iswap fano shabaab tplf codeco enemy fds fardc idf
    terrorists
    shells mortars munitions""".split()
)

#: The first letters of the verbs of a vessel foundering ("sank", "sinks", "went down"): a ship
#: told before them, or named after a sentence about it, is what sank.
FOUNDERING_WORDS = ("sank", "sink", "sunk", "went", "go")

#: Sentence subjects that "fell", "rallied" ... without being places or people.
NOT_PLACE_SUBJECTS = frozenset(
    """prices price shares share stocks stock markets market sales profits profit rates rate
    exports imports output production index inflation unemployment temperatures temperature rain
    snow night darkness silence demand supply revenue revenues earnings income figures numbers
    levels level yields yield currency dollar euro pound oil gold bonds""".split()
)

#: Words that make a capitalised name a person, not a place ("President Bashar al-Assad").
TITLE_WORDS = frozenset(
    """president prime minister king queen prince general gen. sheikh leader commander chief
    secretary spokesman spokeswoman spokesperson ambassador envoy senator governor mayor pope
    colonel col. lieutenant captain sergeant mr. mrs. dr. head""".split()
)

#: Endings of a one-word name used as an adjective ("Syrian", "Lebanese", "Turkish").
DEMONYM_ENDINGS: tuple[str, ...] = ("ian", "ese", "ish", "ean", "qi", "li", "ni")

# --- anaphora ---------------------------------------------------------------------

#: Trigger entries (by name) whose mentions can refer to one happening: "the murder" may take
#: up an earlier "was shot" or "killed", "the blast" an earlier "bombing". An entry not listed
#: is a family of its own. Used when a definite event noun without a time of its own borrows
#: the time of the latest earlier dated event of its family (``events._borrow_antecedent_times``).
ANAPHORA_FAMILIES: Mapping[str, str] = {
    "kill": "killing",
    "shoot": "killing",
    "bomb": "bombing",
    "air-strike": "bombing",
    "weapon": "bombing",
    "impact": "bombing",
    "decide": "decision",
    "rule": "decision",
}

#: Families whose definite nouns are general words for the events of other families: "the attack"
#: may take up an earlier shooting or bombing when no attack was told before.
ANAPHORA_HYPERNYMS: Mapping[str, tuple[str, ...]] = {
    "attack": ("killing", "bombing"),
}

#: Determiners that make an event noun refer to a happening already told ("the killing",
#: "his decision", "this attack").
ANAPHORIC_DETERMINERS = frozenset({"the", "this", "that", "its", "his", "her", "their"})

#: Nouns that make an "-ing" trigger before them a modifier: "negotiating stance", "fighting force".
ING_MODIFIED = frozenset(
    """stance stances position positions posture team teams table tactics tactic strategy skills skill
    power powers partner partners style record range ranges season force forces chance chances
    spirit capability capabilities ability abilities""".split()
)

#: What is shot that is not a person: "shooting skeet", "shot a film", "shooting hoops".
NOT_SHOT_OBJECTS = frozenset(
    """skeet clay clays targets target hoops baskets pool film films movie movies video videos scene
    scenes footage photos photographs pictures episode episodes""".split()
)


#: Nouns after "ruling" that make it an adjective ("the ruling party"), not a decision.
RULING_ADJ_NOUNS = frozenset(
    """party parties coalition class classes elite elites junta family families council body
    bodies establishment government regime military alliance bloc""".split()
)

# --- diplomacy, statements, courts -------------------------------------------------

#: What a political "signed" puts its name to ("signed the treaty", "an accord signed by ...").
SIGNED_INSTRUMENTS = frozenset(
    """accord accords treaty treaties agreement agreements pact pacts protocol protocols memorandum
    declaration declarations charter convention conventions ceasefire cease-fire truce armistice
    communique documents papers accession plan plans resolution resolutions decree decrees law bill
    bills motion motions""".split()
)

#: What a president may sign that is no act of state ("signed autographs").
NOT_SIGNED = frozenset(
    {
        "autograph",
        "autographs",
        "copies",
        "copy",
        "books",
        "book",
        "photos",
        "photographs",
        "contract",
        "contracts",
        "guestbook",
        "card",
        "cards",
    }
)

#: People whose meetings are diplomacy ("the king met Saddam", "met with his top aides").
POLITICAL_PERSONS = frozenset(
    """president presidents minister ministers king queen monarch prince emir sultan sheikh leader
    leaders premier chancellor secretary envoy envoys ambassador ambassadors diplomat diplomats
    delegation delegations negotiators mediators officials aides governor governors senator
    senators lawmakers mayor pope generals commander commanders counterpart counterparts
    government heads chiefs secretary-general coordinator commissioner rapporteur spokesperson
    spokesman spokeswoman head chief""".split()
)

#: Words of business news: with one in the sentence, "approved", "agreed", "met", "signed" ... are
#: no acts of state ("the company's president approved the offer").
BUSINESS_WORDS = frozenset(
    """company companies corp corp. inc inc. co. firm firms shares share shareholders stockholders
    stock stocks bid bids offer offers board directors executive executives investors bank banks
    creditors merger acquisition earnings revenue profit profits quarter dividend debt bonds
    securities club clubs striker footballer transfer price prices""".split()
)

#: Bodies whose decisions are political ("the lower house approved", "the World Court rejected").
POLITICAL_BODIES = frozenset(
    """parliament parliaments house senate congress council assembly cabinet legislature court
    courts tribunal alliance nato un u.n. eu commission ministry government governments regime
    junta bloc authorities command organisation organization agency union coalition quartet ecowas
    presidency""".split()
)

#: What a "met" or "met with" takes that is not a person: "met expectations", "met with resistance".
NOT_MET_OBJECTS = frozenset(
    """expectations expectation demand demands target targets deadline deadlines needs need
    requirements requirement criteria standards standard goal goals obligations obligation costs
    payments payment challenge challenges resistance criticism criticisms opposition skepticism
    scepticism approval disapproval success failure fate end death silence applause protests anger
    derision hostility indifference enthusiasm delays difficulties problems quota quotas conditions""".split()
)

#: Words that make a "summit" a mountain top.
MOUNTAIN_WORDS = frozenset(
    """mount mountain mountains peak peaks climb climbed climbers climbing hikers ridge everest
    altitude metres meters snow""".split()
)

#: What "condemned" also applies to without a political statement ("the condemned building").
CONDEMNED_THINGS = frozenset(
    """building buildings house houses bridge bridges structure structures property properties
    home homes block blocks apartment apartments tower towers man men woman women prisoner
    prisoners""".split()
)

#: Words after "accession" that make it a catalogue entry, not a state joining a bloc.
ACCESSION_NOT = frozenset({"number", "numbers", "record", "records", "register", "list", "catalogue", "catalog"})

#: What one is "charged with" that is a duty, not a crime ("charged with the task of ...").
CHARGED_DUTIES = frozenset(
    """task tasks duty duties responsibility responsibilities job mission care overseeing running
    managing leading coordinating organising organizing drafting implementing monitoring supervising
    reviewing""".split()
)
