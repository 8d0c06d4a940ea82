"""The event trigger lexicon: one table, one entry per sense, each with its examples.

An entry names the ACLED-aligned :class:`~conflict_timeline.model.EventKind`
it signals, the phrases that state it, and sentences proving it: ``examples``
(the trigger written in ``[brackets]``; the tests check each one fires there
with this kind) and ``near_misses`` (sentences where it must not fire).

Phrase syntax, one phrase per string, words separated by spaces:

``~seize``
    a verb lemma: matches seize, seizes, seized, seizing (irregular forms come
    from :data:`IRREGULAR_VERBS`).
``capture|captures``
    alternatives for one word.
``[full|complete]``
    an optional word (one of the alternatives, or nothing).

Matching is on lower-case words, longest phrase first; the trigger span is the
matched phrase without trailing function words ("capture of" -> "capture").
To extend the lexicon add an entry (or a phrase to an entry) with at least one
example; ``docs/events.md`` says more.
"""

from __future__ import annotations

import itertools
from collections.abc import Mapping

import attrs

from ..model import EventKind

__all__ = ["Trigger", "TRIGGERS", "IRREGULAR_VERBS", "verb_forms", "expand", "TRIM_WORDS"]

K = EventKind


@attrs.frozen(slots=True)
class Trigger:
    """One sense in the trigger lexicon.

    ``pos`` is "verb" or "noun": a verb trigger has a tense and a subject, a
    noun trigger ("capture of Aleppo") has neither. ``needs`` names a context
    check the match must pass (see ``events.CHECKS``): "place_subject" (the
    subject is a place, "Kherson fell"), "armed_context" (an armed actor or
    weapon nearby, to tell "troops marched" from a march). ``fatal`` marks
    killing words: when another event of the sentence comes first, they give
    it its death toll instead of making an event of their own.
    """

    name: str
    kind: EventKind
    phrases: tuple[str, ...]
    pos: str = "verb"
    examples: tuple[str, ...] = ()
    near_misses: tuple[str, ...] = ()
    needs: str | None = None
    fatal: bool = False


#: Past tense and past participle of the irregular verbs the table uses.
IRREGULAR_VERBS: Mapping[str, tuple[str, ...]] = {
    "take": ("took", "taken"),
    "retake": ("retook", "retaken"),
    "overtake": ("overtook", "overtaken"),
    "fall": ("fell", "fallen"),
    "fight": ("fought",),
    "strike": ("struck", "stricken"),
    "shoot": ("shot",),
    "overrun": ("overran", "overrun"),
    "withdraw": ("withdrew", "withdrawn"),
    "send": ("sent",),
    "hold": ("held",),
    "begin": ("began", "begun"),
    "break": ("broke", "broken"),
    "lead": ("led",),
    "meet": ("met",),
    "win": ("won",),
    "lose": ("lost",),
    "flee": ("fled",),
    "drive": ("drove", "driven"),
    "sweep": ("swept",),
    "blow": ("blew", "blown"),
    "set": ("set",),
    "beat": ("beat", "beaten"),
    "hit": ("hit",),
    "go": ("went", "gone"),
    "slay": ("slew", "slain"),
    "bring": ("brought",),
    "swear": ("swore", "sworn"),
    "stand": ("stood",),
    "throw": ("threw", "thrown"),
    "seek": ("sought",),
    "make": ("made",),
    "come": ("came", "come"),
    "become": ("became", "become"),
    "put": ("put",),
    "shut": ("shut",),
    "undertake": ("undertook", "undertaken"),
    "rise": ("rose", "risen"),
}

_DOUBLING = frozenset(
    {"plan", "stop", "ban", "drop", "commit", "admit", "rebel", "shut", "kidnap", "occur", "expel", "compel", "patrol"}
)

#: Words trimmed from the end of a matched phrase to give the trigger span.
TRIM_WORDS = frozenset({"of", "into", "for", "to", "from", "on", "against", "with", "the", "a", "an", "in", "at"})


def verb_forms(lemma: str) -> tuple[str, ...]:
    """All forms of a verb: base, third person, past, participles ("seize" -> seized ...)."""
    if lemma in IRREGULAR_VERBS:
        past = IRREGULAR_VERBS[lemma]
        stem = lemma[:-1] if lemma.endswith("e") and not lemma.endswith("ee") else lemma
        if lemma in _DOUBLING:
            stem = lemma + lemma[-1]
        third = lemma + ("es" if lemma.endswith(("s", "sh", "ch", "x", "z", "o")) else "s")
        return tuple(dict.fromkeys((lemma, third, *past, stem + "ing")))
    if lemma.endswith("e"):
        return (lemma, lemma + "s", lemma + "d", lemma[:-1] + "ing")
    if lemma.endswith("y") and lemma[-2:-1] not in tuple("aeiou"):
        return (lemma, lemma[:-1] + "ies", lemma[:-1] + "ied", lemma + "ing")
    if lemma in _DOUBLING:
        d = lemma + lemma[-1]
        return (lemma, lemma + "s", d + "ed", d + "ing")
    third = lemma + ("es" if lemma.endswith(("s", "sh", "ch", "x", "z")) else "s")
    return (lemma, third, lemma + "ed", lemma + "ing")


def _word_options(word: str) -> tuple[str, ...]:
    optional = word.startswith("[") and word.endswith("]")
    body = word[1:-1] if optional else word
    options: list[str] = []
    for alt in body.split("|"):
        if alt.startswith("~"):
            options.extend(verb_forms(alt[1:]))
        else:
            options.append(alt)
    if optional:
        options.append("")
    return tuple(dict.fromkeys(options))


def expand(phrase: str) -> list[tuple[str, ...]]:
    """Every word sequence a phrase stands for (the optional words left out or kept)."""
    choices = [_word_options(w) for w in phrase.split()]
    return [tuple(w for w in combo if w) for combo in itertools.product(*choices)]


TRIGGERS: tuple[Trigger, ...] = (
    # --- BATTLE: armed clashes, offensives ---------------------------------------------------
    Trigger(
        "clash",
        K.BATTLE,
        (
            "~clash",
            "clash|clashes",
            "gun battle|battles",
            "firefight|firefights",
            "~exchange fire",
            "~skirmish",
            "skirmish|skirmishes",
            "heavy fighting",
            "fierce fighting",
            "fighting broke out",
            "~break out fighting",
        ),
        "verb",
        examples=(
            "Rebels [clashed] with army units near Idlib on Sunday.",
            "[Clashes] erupted in the south last week.",
            "[Heavy fighting] was reported around the airport.",
        ),
    ),
    Trigger(
        "fight",
        K.BATTLE,
        ("~fight", "~battle"),
        "verb",
        examples=("Kurdish forces [fought] Islamic State militants in Raqqa in 2017.",),
        near_misses=("The party will fight the election on economic issues.",),
        needs="armed_context",
    ),
    Trigger(
        "offensive",
        K.BATTLE,
        (
            "offensive|offensives",
            "counteroffensive|counteroffensives",
            "counter-offensive|counter-offensives",
            "~launch [an|a|the] [major|new|ground|fresh] offensive",
            "assault|assaults",
            "~assault",
            "incursion|incursions",
            "~storm",
            "ambush|ambushes",
            "~ambush",
            "~besiege",
            "siege of",
            "~invade",
            "invasion|invasions",
        ),
        "noun",
        examples=(
            "The army [launched an offensive] on Tuesday.",
            "Rebels [stormed] the barracks at dawn.",
            "Russia's [invasion] of Ukraine began on 24 February 2022.",
        ),
    ),
    Trigger(
        "advance",
        K.BATTLE,
        ("~advance on", "~advance toward|towards|into", "advance|advances", "~push into", "~push toward|towards"),
        "noun",
        examples=("the recent [advances] by rebels", "Rebel columns [advanced] on Hama on Tuesday."),
        near_misses=("technological advances in chip design",),
        needs="armed_context",
    ),
    Trigger(
        "attack",
        K.BATTLE,
        ("~attack", "attack|attacks"),
        "verb",
        examples=("Militants [attacked] a checkpoint on Monday.",),
        near_misses=("He attacked the government's record in a speech.",),
        needs="armed_context",
    ),
    Trigger(
        "war-onset",
        K.BATTLE,
        (
            "onset of [the] [civil] war",
            "outbreak of [the] [civil] war",
            "start of [the] [civil] war",
            "beginning of [the] [civil] war",
            "war broke out",
            "civil war broke out",
            "~declare war",
            "~go to war",
            "onset of [the] [civil] conflict",
            "outbreak of [the] [civil] conflict",
            "outbreak of hostilities",
            "outbreak of fighting",
        ),
        "noun",
        examples=("since the [onset of the civil war] in 2011", "A [war broke out] in 1991."),
    ),
    Trigger(
        "join-fight",
        K.BATTLE,
        (
            "~join the fray",
            "~join the fighting",
            "~join the fight",
            "~join the war",
            "~join the battle",
            "~enter the war",
            "~enter the fray",
            "~enter the conflict",
        ),
        "verb",
        examples=("Hezbollah has decided against [joining the fray] for now.",),
    ),
    # --- TERRITORY_CHANGE: captures, recaptures, ground handed over ---------------------------
    Trigger(
        "capture",
        K.TERRITORY_CHANGE,
        (
            "~capture",
            "~seize",
            "~overrun",
            "~conquer",
            "~take [full|complete|effective|partial] control of",
            "~take over",
            "~gain [full|complete] control of",
            "~seize [full|complete] control of",
            "~wrest [full|complete] control of",
            "~wrest",
            "capture|captures of",
            "seizure of",
            "takeover|takeovers of",
            "takeover",
            "conquest of",
            "occupation of",
            "~take",
            "~overtake",
            "~secure",
        ),
        "verb",
        examples=(
            "Rebels [seized] the strategic city of Aleppo.",
            "last week's [capture] of Aleppo",
            "The swift [takeover] of Aleppo was a shock.",
            "Insurgents [took control] of the town on Friday.",
        ),
        near_misses=("It took three days to reach the border.", "He took office in January."),
        needs="territory_object",
    ),
    Trigger(
        "recapture",
        K.TERRITORY_CHANGE,
        (
            "~recapture",
            "~retake",
            "~regain [full|complete] control of",
            "~regain",
            "~recapture control of",
            "~liberate",
            "recapture of",
            "liberation of",
            "~reclaim",
        ),
        "verb",
        examples=(
            "Government forces [recaptured control] of the city in 2016.",
            "Ukraine [liberated] Kherson in November 2022.",
        ),
    ),
    Trigger(
        "fall",
        K.TERRITORY_CHANGE,
        ("~fall", "fall of", "~fall to", "~fall into the hands of"),
        "verb",
        examples=("Kherson [fell] on Friday.", "the [fall] of Aleppo", "The town [fell] to the rebels."),
        near_misses=("Prices fell sharply on Monday.", "Temperatures fell overnight."),
        needs="place_subject",
    ),
    Trigger(
        "lose-ground",
        K.TERRITORY_CHANGE,
        (
            "~lose control of",
            "~lose the city|town|village|base|airport",
            "~hand over control of",
            "~abandon their|its positions",
        ),
        "verb",
        examples=("Government troops [lost control] of the border crossing.",),
        near_misses=("The Nasdaq Financial Index lost about 1%.",),
    ),
    Trigger(
        "withdraw",
        K.TERRITORY_CHANGE,
        (
            "~withdraw from",
            "withdrawal from",
            "~retreat from",
            "~pull out of",
            "~cede",
            "~surrender",
            "~abandon",
            "~evacuate",
            "~hand over",
        ),
        "verb",
        examples=("The army [withdrew] from Kupiansk on Tuesday.", "Rebels [surrendered] the town of Daraya in 2016."),
        near_misses=(
            "Coors has recently been ceding market share to Miller.",
            "The plan has now been abandoned.",
            "He withdrew from the race.",
        ),
        needs="territory_object",
    ),
    # --- REMOTE_VIOLENCE: air and drone strikes, shelling, missiles, bombs --------------------
    Trigger(
        "air-strike",
        K.REMOTE_VIOLENCE,
        (
            "airstrike|airstrikes",
            "air strike|strikes",
            "air raid|raids",
            "drone strike|strikes",
            "drone attack|attacks",
            "missile strike|strikes",
            "missile attack|attacks",
            "rocket attack|attacks",
            "mortar attack|attacks",
            "artillery fire",
            "bombardment",
            "~bombard",
            "~shell",
            "shelling",
            "~launch [ballistic|cruise] missiles",
            "~fire [ballistic|cruise] missiles",
            "~fire rockets",
            "~launch rockets",
            "~launch drones",
            "car bomb|bombs",
            "suicide bombing|bombings",
            "suicide bomber|bombers",
            "roadside bomb|bombs",
            "bomb attack|attacks",
            "car bomb attack|attacks",
            "terrorist attack|attacks",
            "terrorist bomb attack|attacks",
            "terrorist bombing|bombings",
        ),
        "noun",
        examples=(
            "Russian [airstrikes] hit Idlib on Sunday.",
            "A [car bomb] exploded in the market, killing at least 11 people.",
            "The army [shelled] the town for hours.",
            "Two [terrorist bomb attacks] hit U.S. embassies on Friday.",
        ),
    ),
    # the noun is violent by itself: "the bombing of the embassies" needs no weapon word beside it
    Trigger(
        "bombing",
        K.REMOTE_VIOLENCE,
        ("bombing|bombings",),
        "noun",
        examples=(
            "The [bombings] at U.S. embassies in Kenya and Tanzania killed 82 people.",
            "The Security Council condemned the [bombing] of the U.S. embassies.",
        ),
    ),
    Trigger(
        "bomb",
        K.REMOTE_VIOLENCE,
        ("~bomb", "explosion|explosions", "~explode", "blast|blasts"),
        "noun",
        examples=("Warplanes [bombed] the market on Friday.",),
        near_misses=(
            "Stocks bombed on Wall Street.",
            "A gas explosion at a factory injured two workers.",
            "The film bombed at the box office.",
        ),
        needs="armed_context",
    ),
    Trigger(
        "strike",
        K.REMOTE_VIOLENCE,
        ("~strike",),
        "verb",
        examples=("Israeli jets [struck] targets in Beirut overnight.",),
        near_misses=("The two sides struck a deal in Doha.", "Workers will strike on Monday."),
        needs="armed_context",
    ),
    # --- VIOLENCE_AGAINST_CIVILIANS -------------------------------------------------------------
    Trigger(
        "kill",
        K.VIOLENCE_AGAINST_CIVILIANS,
        (
            "~kill",
            "~massacre",
            "massacre|massacres",
            "~execute",
            "execution|executions",
            "~murder",
            "murder|murders",
            "~slaughter",
            "shot dead",
            "~shoot dead",
            "shot to death",
            "~gun down",
            "~assassinate",
            "assassination|assassinations",
            "killing|killings",
            "slaying|slayings",
            "~slay",
        ),
        "verb",
        examples=("Gunmen [killed] 11 villagers on Friday.", "Militiamen [massacred] dozens of civilians in 2014."),
        fatal=True,
    ),
    Trigger(
        "wound",
        K.VIOLENCE_AGAINST_CIVILIANS,
        ("~wound", "~injure", "~maim"),
        "verb",
        examples=(
            "Gunmen killed three soldiers and seriously [wounded] six others.",
            "A nurse was critically [injured] in the clinic bombing.",
        ),
        near_misses=(
            "He injured his knee in training on Saturday.",
            "The wounded were taken to hospital by troops.",
            "Wounded soldiers were flown home.",
        ),
        needs="wound_context",
        fatal=True,
    ),
    Trigger(
        "shoot",
        K.VIOLENCE_AGAINST_CIVILIANS,
        ("~shoot", "shooting|shootings"),
        "verb",
        examples=(
            "Slepian was [shot] in the back on Friday night.",
            "Police are investigating the [shooting] of a guard.",
        ),
        near_misses=(
            "The director shot the film in Spain.",
            "Shares shot up on Monday.",
            "He took a shot at the title.",
            "Men drank beer after shooting skeet at the club.",
        ),
        needs="shot_person",
    ),
    Trigger(
        "abduct",
        K.VIOLENCE_AGAINST_CIVILIANS,
        ("~abduct", "~kidnap", "kidnapping|kidnappings", "abduction|abductions", "~torture", "~rape", "~loot"),
        "verb",
        examples=("Gunmen [kidnapped] 40 students overnight.",),
    ),
    # --- PROTEST / RIOT ---------------------------------------------------------------------------
    Trigger(
        "protest",
        K.PROTEST,
        (
            "~protest",
            "protest|protests",
            "~demonstrate",
            "demonstration|demonstrations",
            "~rally",
            "rally|rallies",
            "~take to the streets",
            "sit-in|sit-ins",
            "general strike",
            "~go on strike",
            "~march",
            "march|marches",
            "vigil|vigils",
        ),
        "verb",
        examples=("Thousands [protested] in Tbilisi on Sunday.", "Students [took to the streets] last week."),
        near_misses=(
            "Troops marched into the capital.",
            "Albright headed to East Africa, seeking to demonstrate American support.",
            "The initiative was designed to rally Arab public opinion.",
        ),
        needs="civil_context",
    ),
    Trigger(
        "uprising",
        K.PROTEST,
        ("uprising|uprisings", "~rise up", "revolt|revolts", "~revolt"),
        "noun",
        examples=("An [uprising] broke out in Deraa in March 2011.",),
        near_misses=("Many fled after the 2011 uprising.",),
    ),
    Trigger(
        "riot",
        K.RIOT,
        ("~riot", "riot|riots", "rioting", "torched|torching", "~set fire to", "mob|mobs", "unrest"),
        "verb",
        examples=("Crowds [rioted] in the capital overnight.", "Rioters [torched] the police station overnight."),
        near_misses=("Rescuers cut through the steel with cranes and blow torches.",),
    ),
    # --- DEPLOYMENT: troops crossing, massing, reinforcing, withdrawing ---------------------------
    Trigger(
        "cross",
        K.DEPLOYMENT,
        (
            "~cross into",
            "~cross the border",
            "~move into",
            "~pour into",
            "~enter",
            "~deploy",
            "deployment|deployments of",
            "~redeploy",
            "~send [more|additional] troops",
            "~send [more|additional] reinforcements",
            "~dispatch",
            "~mass",
            "massing of",
            "~mobilise",
            "~mobilize",
            "mobilisation",
            "mobilization",
            "~reinforce",
            "reinforcements",
            "~arrive in",
            "~withdraw [its|their|the] troops",
            "~pull out [its|their|the] troops",
            "troop withdrawal",
            "withdrawal of [troops|forces]",
            "~station",
        ),
        "verb",
        examples=(
            "On Monday, Iran-backed Iraqi fighters [crossed] into Syria.",
            "Russia [deployed] 10,000 troops to the border in 2021.",
        ),
        near_misses=("The talks entered a new phase.",),
        needs="armed_context",
    ),
    # --- NEGOTIATION: talks, agreements, ceasefires -----------------------------------------------
    Trigger(
        "talks",
        K.NEGOTIATION,
        (
            "talks",
            "peace talks",
            "~negotiate",
            "negotiation|negotiations",
            "~agree [on|to] [a] ceasefire",
            "ceasefire|ceasefires",
            "cease-fire|cease-fires",
            "truce|truces",
            "~sign [a|the] [peace] deal",
            "~sign [a|the] [peace] agreement",
            "~sign [an] accord",
            "~strike [a] deal",
            "peace deal|deals",
            "peace agreement|agreements",
            "~broker",
            "~mediate",
            "prisoner swap|swaps",
            "prisoner exchange|exchanges",
            "armistice",
        ),
        "noun",
        examples=(
            "The two sides [agreed to a ceasefire] on Thursday.",
            "[Peace talks] resumed in Geneva last month.",
            "The two sides [struck a deal] in Doha.",
        ),
    ),
    Trigger(
        "sign",
        K.NEGOTIATION,
        ("~sign", "signing ceremony|ceremonies"),
        "verb",
        examples=(
            "The two presidents [signed] the treaty on Friday.",
            "Under an accord [signed] yesterday, the rebels will disarm.",
            "The foreign ministers [signed] documents of accession.",
            "A treaty calling for border demarcation, which the two presidents [signed] last May.",
        ),
        near_misses=(
            "The striker signed a new contract with the club.",
            "She signed autographs for fans.",
            "The president signed autographs for fans.",
            "Milton Roy signed a letter of intent to acquire the firm.",
        ),
        needs="signing_context",
    ),
    Trigger(
        "meet",
        K.NEGOTIATION,
        ("~meet with", "~meet", "meetings"),
        "verb",
        examples=(
            "The king [met] Saddam Hussein on Monday.",
            "The president [met] with Sununu on Sunday.",
            "He and Palestinian leader Yasser Arafat [meet] separately Monday with the secretary of state.",
        ),
        near_misses=(
            "The company met analysts' expectations, the president said.",
            "The proposal met with fierce resistance from the minister.",
            "It was hard for Sun to meet demand in the summer.",
            "Pak met her husband in college.",
        ),
        needs="meeting_context",
    ),
    Trigger(
        "visit",
        K.NEGOTIATION,
        ("official visit|visits", "state visit|visits", "~visit", "visit|visits", "~tour"),
        "noun",
        examples=(
            "Secretary of State Madeleine Albright paid tribute Tuesday on a whirlwind [visit] to East Africa.",
            "The president [visited] Moscow on Monday.",
        ),
        near_misses=("He visited his grandmother in Ohio on Sunday.",),
        needs="political_actor",
    ),
    Trigger(
        "summit",
        K.NEGOTIATION,
        ("summit|summits",),
        "noun",
        examples=(
            "NATO leaders will gather for a [summit] in April.",
            "At a [summit] in Madrid in July 1997, the alliance invited three states.",
        ),
        near_misses=("Climbers reached the summit of Everest on Tuesday.",),
        needs="summit_context",
    ),
    # --- POLITICAL: decisions, policy, appointments, ousters, elections ---------------------------
    Trigger(
        "condemn",
        K.POLITICAL,
        ("~condemn", "~denounce", "condemnation of", "~decry", "~deplore"),
        "verb",
        examples=(
            "President Estrada on Tuesday [condemned] the bombings of the U.S. embassies.",
            "Speaker after speaker [denounced] the United States.",
        ),
        near_misses=(
            "Residents left the condemned building.",
            "He was condemned to life in prison.",
            "Inspectors condemned the old bridge.",
        ),
        needs="condemn_context",
    ),
    Trigger(
        "approve",
        K.POLITICAL,
        ("~approve", "~ratify", "ratification of", "~veto", "~reject", "~agree", "~invite"),
        "verb",
        examples=(
            "The lower house of parliament [approved] the enlargement in early October.",
            "The alliance [invited] Poland to join NATO in July 1997.",
            "The World Court on Friday [rejected] U.S. and British objections.",
            "Libyan leader Moammar Gadhafi [agreed] in April to hand them over.",
        ),
        near_misses=(
            "Shareholders approved the plan last April.",
            "Dataproducts rejected a $15 a share offer.",
            "The president said he agreed with the assessment.",
            "Several consultants agreed that it might help.",
            "She invited friends to dinner on Friday.",
        ),
        needs="political_actor",
    ),
    Trigger(
        "accession",
        K.POLITICAL,
        (
            "accession",
            "~join nato",
            "~join the alliance",
            "~join the european union",
            "~join the eu",
            "entry into nato",
            "entry into the alliance",
            "entry into the european union",
            "~accede to nato",
            "~accede to the alliance",
            "~accede to the european union",
            "~become [a] [full|full-fledged|new] member|members of nato",
            "~become [a] [full|full-fledged|new] member|members of the alliance",
        ),
        "noun",
        examples=(
            "The [accession] of Poland to NATO took place on Friday.",
            "Hungary and the Czech Republic formally [joined NATO] on Friday.",
            "The government staged celebrations to mark the country's [entry into NATO] on Friday.",
            "Poland and the Czech Republic were the first to [accede to NATO] on Friday.",
            "Poland, Hungary and the Czech Republic today [became full-fledged members of NATO].",
        ),
        near_misses=(
            "Each book in the library has an accession number.",
            "Visitors need a pass for entry into the NATO headquarters.",
        ),
        needs="accession_context",
    ),
    Trigger(
        "decide",
        K.POLITICAL,
        ("~decide", "decision|decisions", "~decide against", "~opt against", "~rule out"),
        "verb",
        examples=("Hezbollah has reportedly [decided] against joining the fray.",),
    ),
    Trigger(
        "rule",
        K.POLITICAL,
        ("~rule", "ruling|rulings"),
        "verb",
        examples=("The court [ruled] Wednesday that the boy must go home.", "The judge's [ruling] was appealed."),
        near_misses=("He ruled the country for 30 years.", "The ruling party won."),
        needs="ruling_context",
    ),
    Trigger(
        "office",
        K.POLITICAL,
        (
            "~appoint",
            "appointment of",
            "~resign",
            "resignation",
            "~oust",
            "ouster",
            "~depose",
            "~topple",
            "~overthrow",
            "coup|coups",
            "power-grab|power-grabs",
            "power grab|grabs",
            "~elect",
            "election|elections",
            "~vote",
            "referendum",
            "~swear in",
            "~take office",
            "inauguration",
            "~impose sanctions",
            "sanctions on",
            "~declare [a] state of emergency",
            "state of emergency",
            "~impose [a] curfew",
            "~ban",
            "~dissolve",
            "~recognise",
            "~recognize",
            "~sever ties",
            "~expel",
        ),
        "verb",
        examples=(
            "Parliament [ousted] the prime minister on Wednesday.",
            "He [took office] in January.",
            "Sinn Fein was [expelled] from the talks on Feb. 20.",
            "Iraq has faced a quarantine since Saddam's Aug. 2 [power-grab] in Kuwait.",
        ),
    ),
    # --- OTHER: preparations, stalemates, arrests, displacement ------------------------------------
    Trigger(
        "prepare",
        K.OTHER,
        ("preparation|preparations", "~prepare for"),
        "noun",
        examples=("[Preparations] for an assault on Aleppo had begun as early as last year.",),
    ),
    Trigger(
        "stalemate",
        K.OTHER,
        ("stalemate|stalemates", "deadlock", "standoff|standoffs", "stand-off"),
        "noun",
        examples=("The war had reached a relative [stalemate] since 2020.",),
    ),
    Trigger(
        "arrest",
        K.OTHER,
        ("~arrest", "arrest|arrests", "~detain", "detention of", "~raid", "raid|raids"),
        "verb",
        examples=("Police [arrested] 30 people on Saturday.",),
    ),
    Trigger(
        "charge",
        K.OTHER,
        ("~charge with", "~charge"),
        "verb",
        examples=(
            "He was [charged] with murder on Thursday.",
            "Kopp was [charged] Thursday in state and federal complaints.",
        ),
        near_misses=(
            "The company charged about $46 million against earnings.",
            "Banks charged a fee for transfers.",
            "She was charged with overseeing the budget.",
            "Customers were charged $5 a month.",
            "The cavalry charged into the valley.",
        ),
        needs="charge_context",
    ),
    Trigger(
        "indict",
        K.OTHER,
        (
            "~indict",
            "indictment|indictments",
            "~convict",
            "~extradite",
            "extradition of",
            "~plead guilty",
            "~plead innocent",
            "~plead not guilty",
        ),
        "verb",
        examples=(
            "A grand jury [indicted] the suspect on Monday.",
            "Margalit Har-Shefi has [pleaded innocent] to charges that she failed to report the plot.",
        ),
    ),
    Trigger(
        "flee",
        K.OTHER,
        ("~flee", "~displace", "displacement of", "exodus"),
        "verb",
        examples=("Thousands [fled] the city last week.",),
    ),
)
