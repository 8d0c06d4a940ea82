"""Word tables the event stage reads around a trigger: who acts, on what, with which weapon.

A trigger entry names a table in its ``needs`` ("subject:WEAPON_WORDS": the subject must be a
weapon, "object:TRUCE_WORDS": the words after it must name a truce), and the kind records of
:mod:`conflict_timeline.events.kinds` name the tables that refine an event's kind and ACLED
sub-type ("an attack *on protesters*", "rebels *retook*", "*drones* struck"). All words are lower
case; a plural is listed with its singular.
"""

from __future__ import annotations

# --- weapons -------------------------------------------------------------------------------------

#: Air and drone weapons: an attack with them is an air/drone strike.
AIR_WORDS = frozenset(
    """air airstrike airstrikes air-strike air-strikes airstrip warplane warplanes jet jets fighter-jet
    fighter-jets aircraft aviation drone drones uav uavs helicopter helicopters gunship gunships
    bomber bombers shahed shaheds kamikaze air-force airforce""".split()
)

#: Artillery, rockets and missiles: shelling/artillery/missile attacks.
SHELL_WORDS = frozenset(
    """shell shells shelling shelled artillery mortar mortars rocket rockets missile missiles
    howitzer howitzers katyusha katyushas barrage barrages projectile projectiles cannon cannons
    grad tank tanks""".split()
)

#: Planted or thrown explosives that are not artillery: remote explosives, landmines, IEDs.
EXPLOSIVE_WORDS = frozenset(
    """bomb bombs bombing bombings ied ieds explosive explosives explosive-laden device devices
    landmine landmines mine mines car-bomb roadside explosion explosions blast blasts tanker""".split()
)

#: Weapons fired from afar, as the means of an attack ("its *jets* targeted ...", "attacked *with 17
#: drones*", "exchanged *artillery* fire"): the attack is remote violence. Not tanks, nor "air"
#: ("fired into the air").
REMOTE_MEANS = (AIR_WORDS | SHELL_WORDS) - frozenset({"air", "tank", "tanks", "aircraft", "aviation"})

#: Words opening the phrase of what an attack was done with ("*with* drones", "*from* rocket systems").
INSTRUMENT_LEADS = frozenset({"with", "using", "from"})

#: Words that make an explosive attack a suicide bombing.
SUICIDE_WORDS = frozenset({"suicide", "self-detonated", "martyrdom", "vest", "vests"})

#: Grenades.
GRENADE_WORDS = frozenset({"grenade", "grenades"})

#: Chemical weapons.
CHEMICAL_WORDS = frozenset({"chemical", "sarin", "chlorine", "mustard", "nerve", "toxic", "gas"})

#: Weapons named by one word: before a verb of the event ("a bomb *blew up*", "shells *landed*")
#: they are its subject, not an event of their own.
WEAPON_NOUNS = frozenset(
    """bomb bombs shell shells rocket rockets missile missiles mortar mortars drone drones grenade
    grenades mine mines ied ieds""".split()
)

#: Every weapon that strikes from afar: what makes "hit", "struck", "landed" a strike.
WEAPON_WORDS = (
    AIR_WORDS
    | SHELL_WORDS
    | EXPLOSIVE_WORDS
    | GRENADE_WORDS
    | frozenset({"strike", "strikes", "munitions", "ordnance", "attack", "attacks", "salvo", "salvoes"})
)

# --- who ------------------------------------------------------------------------------------------

#: Crowds: violence by them is a riot ("protesters *attacked* the embassy").
CROWD_WORDS = frozenset(
    """protesters protestors demonstrators rioters mob mobs crowd crowds supporters youths looters
    residents villagers""".split()
)

#: What a crowd celebrates that puts the celebration on a conflict's timeline ("*celebrate* news of
#: the deal", "*celebrated* the founding of their alliance"); not a birthday or a match won.
CELEBRATED_WORDS = frozenset(
    """news agreement deal ceasefire truce capture recapture liberation fall founding independence
    release""".split()
)

#: Protesters as the target of force ("soldiers *opened fire on* protesters").
PROTESTER_WORDS = frozenset(
    """protesters protestors demonstrators protest protests demonstration demonstrations rally rallies
    marchers sit-in sit-ins strikers mourners""".split()
)

#: Civilians and civilian places: an attack on them is violence against civilians.
CIVILIAN_WORDS = frozenset(
    """civilian civilians villager villagers resident residents patient patients worshipper
    worshippers student students pupils child children woman women girl girls boy boys man men
    farmer farmers passenger passengers family families people tourists pilgrims survivors journalist
    journalists reporter reporters lecturer teacher teachers doctor doctors aid-worker aid-workers
    hospital hospitals school schools mosque mosques church churches camp camps home homes house
    houses village villages refugees displaced community communities residential neighbourhood
    neighborhood market markets custody detainees""".split()
)

#: Combatants as the victims of a killing: the killing is part of a battle.
COMBATANT_WORDS = frozenset(
    """soldier soldiers troop troops fighter fighters militant militants insurgent insurgents rebel
    rebels militiamen militia attacker attackers gunmen jihadists servicemen gendarmes gendarme
    policemen police officers personnel guards commanders combatants defenders paramilitaries
    mercenaries recruits""".split()
)

#: Words of a battle in the sentence: a killing in it is part of the battle.
BATTLE_WORDS = frozenset(
    """fighting clashes clash battle battles offensive counteroffensive counter-offensive assault
    firefight firefights ambush ambushes gunbattle gun-battle""".split()
)

#: State forces and governments: territory they take is regained.
STATE_FORCES = frozenset(
    """army armies government governments military troops soldiers forces police regime junta
    ministry fardc sanaf saf snaf idf enf endf navy marines gendarmerie security state federal
    national authorities""".split()
)

#: Non-state armed groups: territory they take is overtaken.
NON_STATE_ACTORS = frozenset(
    """rebel rebels militants militant insurgents insurgent militia militias jihadists jihadist
    fighters gunmen group groups taliban m23 rsf hts isis is isil al-shabaab shabaab jnim iswap
    houthi houthis hamas hezbollah wagner fano tplf codeco eln farc separatist separatists
    paramilitary paramilitaries""".split()
)

#: Words that make a change of hands non-violent ("took over the town *without a fight*").
NONVIOLENT_WORDS = frozenset(
    """without peacefully handed handover hand-over unopposed agreement deal negotiated""".split()
)

#: People who flee: their crossing is displacement, not a deployment.
REFUGEE_WORDS = frozenset(
    """refugees refugee civilians residents families people migrants asylum-seekers displaced
    survivors women children""".split()
)

#: What shows that a protest was broken up ("police *fired tear gas*", "*dispersed*").
INTERVENTION_WORDS = frozenset(
    """dispersed disperse tear teargas tear-gas water-cannon cannon batons arrested detained
    crackdown rubber""".split()
)

# --- objects a generic verb must take to be an event --------------------------------------------

#: Truces, talks and deals: what "collapsed", "extended", "held" or "took effect".
TRUCE_WORDS = frozenset(
    """truce truces ceasefire ceasefires cease-fire talks negotiations deal agreement accord pause
    armistice declaration memorandum corridor corridors""".split()
)

#: What is freed, handed or swapped in a deal.
HOSTAGE_WORDS = frozenset(
    """hostage hostages prisoner prisoners detainee detainees captive captives abductees soldiers
    civilians women children palestinians israelis""".split()
)

#: Captives a side holds ("132 *hostages* have been held by Hamas"): not the civilians of "held
#: responsible for killings of civilians".
CAPTIVE_WORDS = frozenset(
    """hostage hostages prisoner prisoners detainee detainees captive captives abductees""".split()
)

#: The public an authority tells what to do ("told *residents* to register their weapons", "urged
#: *citizens* to take up arms"): an instruction to them is an order.
INSTRUCTED_PUBLIC = frozenset(
    """residents civilians citizens inhabitants population people villagers families households
    everyone""".split()
)


#: Acts an order may set going, whoever gives it: an order of state or war ("ordered a general
#: *mobilisation*", "ordered the *deployment* of reinforcements", "ordered the *activation* of its
#: standby force").
ORDERED_ACTS = frozenset(
    """mobilisation mobilization deployment deployments activation evacuation evacuations withdrawal
    investigation inquiry arrest arrests release closure curfew ceasefire strikes attack attacks
    offensive troops forces soldiers reinforcements blockade shutdown""".split()
)

#: People set free: hostages and prisoners, but also the fighters, figures and workers a side holds
#: ("freed several opposition *figures*", "the *victim* was released").
RELEASED_PEOPLE = HOSTAGE_WORDS | frozenset(
    """fighters militants rebels conscripts servicemen pows workers staff victim victims figures
    activists journalist journalists reporters opposition politicians politician leader leaders
    president minister him her them""".split()
)

#: What is released that is no person ("released a statement", "released figures showing ...").
NOT_RELEASED = frozenset(
    """statement statements report reports video videos footage images photos photographs album data
    details list names funds money budget results film song version findings document documents
    figures showing numbers recording""".split()
)

#: A force's movement forward that another force halts or stalls ("halted the rebels' *advance*").
ADVANCE_WORDS = frozenset("""advance offensive assault push onslaught incursion march""".split())

#: What a court or prosecutor files, lodges, brings or unseals ("*filed* a complaint", "an
#: indictment *unsealed* today"); "case" only when no "of" follows ("a case of wine").
LEGAL_DOCUMENTS = frozenset(
    """complaint complaints case cases lawsuit lawsuits suit suits charges indictment indictments
    warrant warrants petition appeal motion""".split()
)

#: Forces sent somewhere that the armed-words table leaves out, police above all ("the deployment of a
#: police force", "deployed reinforcements").
DEPLOYED_FORCES = frozenset(
    """police policemen gendarmes gendarmerie reinforcements peacekeepers peacekeeping contingent
    contingents guardsmen""".split()
)

#: Services and supplies cut, suspended, halted or resumed.
SERVICE_WORDS = frozenset(
    """internet electricity power water telecommunications phone mobile network networks services
    service supplies supply aid assistance deliveries delivery distributions distribution flights
    flight operations operation work production exports imports shipments access fuel food
    convoys convoy traffic banking""".split()
)

#: Places and passages opened or closed.
PASSAGE_WORDS = frozenset(
    """crossing crossings border borders airport airports airspace road roads highway corridor
    corridors port ports school schools embassy embassies market markets office offices route routes
    bridge bridges checkpoint checkpoints pass gate gates camp centre center clinic clinics
    hospital""".split()
)

#: Aid and the people it goes to: what "reached" a place.
AID_WORDS = frozenset(
    """convoy convoys truck trucks aid food supplies relief shipment shipments assistance team
    teams humanitarian""".split()
)

#: Forces and bases that are set up or withdrawn.
FORCE_WORDS = frozenset(
    """troops forces force soldiers fighters base bases positions position checkpoint checkpoints
    headquarters camp camps outpost outposts garrison units reinforcements reservists commanders
    commander generals army""".split()
)

#: Groups, bodies and regimes that are set up, dissolved or banned.
BODY_WORDS = frozenset(
    """group groups council councils committee committees government administration authority
    authorities party parties body bodies force commission tribunal court movement militia
    unit office offices""".split()
)

#: Ships and aircraft that sink, crash or are lost.
VESSEL_WORDS = frozenset(
    """ship ships vessel vessels tanker tankers boat boats freighter carrier plane planes aircraft
    helicopter helicopters jet jets""".split()
)

#: Ships and shipping as the target of an attack: attacks at sea are fired from afar (missiles,
#: drones), remote violence.
SHIPPING_WORDS = frozenset(
    """ship ships shipping vessel vessels tanker tankers freighter freighters carrier carriers cargo""".split()
)


#: Words of sanctions: a body that "lists" or "delists" a person among them sanctions them.
SANCTION_WORDS = frozenset(
    """sanction sanctions sanctioned restrictive asset-freeze freeze frozen blacklist blacklisted
    designation designations""".split()
)


#: Wars, conflicts and truces: what "broke out", "erupted" or "ended".
CONFLICT_WORDS = frozenset(
    """war wars conflict conflicts fighting clashes violence insurgency uprising siege sieges offensive
    hostilities battle battles rebellion civil genocide truce ceasefire blockade occupation""".split()
)

#: Words after "war" that make it a modifier, not a war ("war crimes", "a war zone").
WAR_COMPOUNDS = frozenset(
    """crimes crime criminal criminals zone zones blogger bloggers correspondent correspondents cabinet
    footing chest games room effort efforts memorial veteran veterans widow widows museum dead powers
    aims economy machine council""".split()
)

#: Words after "war" that name its place, time or sides ("the war *in* Tigray", "a war *between* ...").
WAR_LINKS = frozenset({"in", "between", "with", "against"})

#: What a strike is aimed at: military and strategic targets ("*hit* 52 sites", "had *hit* strategic
#: bombers", "its convoy was *hit*"), not a coast or a snag.
STRUCK_TARGETS = frozenset(
    """site sites target targets position positions base bases airbase airbases airfield airfields
    convoy convoys bomber bombers ship ships vessel vessels tanker tankers depot depots barracks
    headquarters launcher launchers facility facilities installation installations""".split()
)


#: Things destroyed in a war (not records or careers).
DESTROYED_THINGS = frozenset(
    """aircraft tank tanks vehicle vehicles building buildings house houses homes bridge bridges base
    bases depot depots plant plants station stations infrastructure radar radars system systems
    launcher launchers positions position warehouse warehouses hospital school villages village
    pipeline section truck trucks""".split()
)


#: Bodies that meet to decide, not to negotiate: their meeting is a political event ("the Security
#: *Council* will meet", "an emergency meeting of the National Security *Committee*").
DECIDING_BODIES = frozenset(
    """council councils cabinet committee parliament assembly congress senate legislature politburo
    junta""".split()
)
