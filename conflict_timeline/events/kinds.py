"""Event kinds, their coarse families, and the records that refine a trigger's kind and its ACLED
sub-event type from the words around it.

A trigger entry states a kind ("attacked": BATTLE) and, where it can, an ACLED sub-type ("kidnapped":
abduction). The :data:`KIND_RULES` refine both from the sentence, in order, the first that applies
deciding: an attack *by protesters* is a riot, an attack *on protesters* excessive force against
them, an attack *on villagers* violence against civilians, a killing in *fighting* part of a battle,
a strike by *drones* an air/drone strike, a town *retaken by the army* territory regained.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

import attrs

from ..lexicon import acled as A
from ..lexicon import event_contexts as CX
from ..model import EventKind
from ..text import Token
from .checks import object_words, passive, subject_words
from .triggers import TriggerMatch

__all__ = ["KIND_FAMILIES", "kind_family", "KindRule", "KindExample", "KIND_RULES", "Classified", "classify"]

#: Coarse families of event kinds, for comparing with gold data that labels
#: events by family ("movement", "territory" ...) rather than by kind.
KIND_FAMILIES: dict[EventKind, str] = {
    EventKind.BATTLE: "battle",
    EventKind.REMOTE_VIOLENCE: "violence",
    EventKind.VIOLENCE_AGAINST_CIVILIANS: "violence",
    EventKind.TERRITORY_CHANGE: "territory",
    EventKind.DEPLOYMENT: "movement",
    EventKind.PROTEST: "unrest",
    EventKind.RIOT: "unrest",
    EventKind.NEGOTIATION: "other",
    EventKind.POLITICAL: "other",
    EventKind.OTHER: "other",
}


def kind_family(kind: EventKind) -> str:
    """The coarse family of an event kind ("battle", "territory", "movement", "violence", "unrest", "other")."""
    return KIND_FAMILIES[EventKind(kind)]


K = EventKind


@attrs.frozen(slots=True)
class KindExample:
    """A sentence, the trigger of one of its events, and the kind and ACLED sub-type it must get."""

    text: str
    trigger: str
    kind: EventKind
    acled: str


@attrs.frozen(slots=True)
class KindRule:
    """One way the words around a trigger refine its kind and ACLED sub-type.

    The record applies to triggers of the entries ``entries`` (names of the trigger lexicon) or of the
    kinds ``kinds``; it fires when a word of the table ``words`` (a name in
    :mod:`conflict_timeline.lexicon.event_contexts`) stands where ``where`` says: in the trigger
    itself, its ``subject`` (or the agent of a passive), its ``object`` (the words after it), its
    ``means`` (its subject, or a "with", "using" or "from" phrase after it: what it was done with) or
    anywhere in the ``sentence``. ``kind`` is the kind it gives (``None``: the trigger's own) and
    ``acled`` the sub-event type.
    """

    name: str
    where: Literal["trigger", "subject", "object", "sentence", "means"]
    words: str
    kind: EventKind | None
    acled: str
    examples: tuple[KindExample, ...]
    near_misses: tuple[KindExample, ...] = ()
    entries: frozenset[str] = frozenset()
    kinds: frozenset[EventKind] = frozenset()


@attrs.frozen(slots=True)
class Classified:
    """An event's kind, its ACLED type and sub-type, and the record that decided them ("" : the entry)."""

    kind: EventKind
    acled_type: str
    acled_sub: str
    rule: str


E = KindExample
_VIOLENT = frozenset({"attack", "kill", "shoot", "open-fire", "offensive", "raid", "clash", "storm"})
_REMOTE = frozenset({K.REMOTE_VIOLENCE})

KIND_RULES: tuple[KindRule, ...] = (
    KindRule(
        "force-on-protesters",
        "object",
        "PROTESTER_WORDS",
        K.PROTEST,
        "Excessive force against protesters",
        examples=(
            E(
                "Soldiers opened fire on protesters in Bahri on Wednesday.",
                "opened fire",
                K.PROTEST,
                "Excessive force against protesters",
            ),
        ),
        near_misses=(E("Soldiers opened fire on the convoy on Wednesday.", "opened fire", K.BATTLE, "Armed clash"),),
        entries=_VIOLENT,
    ),
    KindRule(
        "crowd-violence",
        "subject",
        "CROWD_WORDS",
        K.RIOT,
        "Violent demonstration",
        examples=(
            E("Protesters attacked the embassy on Tuesday.", "attacked", K.RIOT, "Violent demonstration"),
            E("Militia supporters stormed the embassy compound.", "stormed", K.RIOT, "Violent demonstration"),
        ),
        near_misses=(E("Militants attacked the embassy on Tuesday.", "attacked", K.BATTLE, "Armed clash"),),
        entries=_VIOLENT | {"loot"},
    ),
    KindRule(
        "attack-by-remote-weapon",
        "means",
        "REMOTE_MEANS",
        K.REMOTE_VIOLENCE,
        "",
        examples=(
            E(
                "The military said its jets had targeted missile production facilities.",
                "targeted",
                K.REMOTE_VIOLENCE,
                "Air/drone strike",
            ),
            E(
                "On the night of 13 February, the enemy attacked with 17 attack drones.",
                "attacked",
                K.REMOTE_VIOLENCE,
                "Air/drone strike",
            ),
        ),
        near_misses=(
            E("Gunmen attacked a military post near Djugu.", "attacked", K.BATTLE, "Armed clash"),
            # a weapon that is the target is no means
            E("Soldiers attacked the missile depot at dawn.", "attacked", K.BATTLE, "Armed clash"),
        ),
        entries=frozenset({"attack", "open-fire"}),
    ),
    KindRule(
        "attack-on-shipping",
        "object",
        "SHIPPING_WORDS",
        K.REMOTE_VIOLENCE,
        "Shelling/artillery/missile attack",
        examples=(
            E(
                "The rebels have carried out dozens of attacks on merchant ships since March.",
                "carried out dozens of attacks",
                K.REMOTE_VIOLENCE,
                "Shelling/artillery/missile attack",
            ),
            E(
                "The militia said it would keep attacking tankers in the strait.",
                "attacking",
                K.REMOTE_VIOLENCE,
                "Shelling/artillery/missile attack",
            ),
        ),
        near_misses=(E("Gunmen attacked a fuel convoy near the port.", "attacked", K.BATTLE, "Armed clash"),),
        entries=frozenset({"attack"}),
    ),
    KindRule(
        "fire-of-remote-weapons",
        "trigger",
        "REMOTE_MEANS",
        K.REMOTE_VIOLENCE,
        "",
        examples=(
            E(
                "The two armies exchanged heavy artillery fire before dawn.",
                "exchanged heavy artillery fire",
                K.REMOTE_VIOLENCE,
                "Shelling/artillery/missile attack",
            ),
        ),
        near_misses=(E("The two armies exchanged fire before dawn.", "exchanged fire", K.BATTLE, "Armed clash"),),
        entries=frozenset({"clash"}),
    ),
    KindRule(
        "meeting-of-a-body",
        "subject",
        "DECIDING_BODIES",
        K.POLITICAL,
        "Change to group/activity",
        examples=(
            E("The UN Security Council will meet on Thursday.", "meet", K.POLITICAL, "Change to group/activity"),
        ),
        near_misses=(E("The two envoys will meet on Thursday.", "meet", K.NEGOTIATION, "Agreement"),),
        entries=frozenset({"meet"}),
    ),
    KindRule(
        "meeting-of-a-body-named",
        "object",
        "DECIDING_BODIES",
        K.POLITICAL,
        "Change to group/activity",
        examples=(
            E(
                "He will chair an emergency meeting of the National Security Council tonight.",
                "emergency meeting",
                K.POLITICAL,
                "Change to group/activity",
            ),
        ),
        near_misses=(E("He will chair a meeting with rebel leaders tonight.", "meeting", K.NEGOTIATION, "Agreement"),),
        entries=frozenset({"meet"}),
    ),
    KindRule(
        "attack-on-civilians",
        "object",
        "CIVILIAN_WORDS",
        K.VIOLENCE_AGAINST_CIVILIANS,
        "Attack",
        examples=(
            E("Gunmen attacked villagers near Djugu on Friday.", "attacked", K.VIOLENCE_AGAINST_CIVILIANS, "Attack"),
            E("Fighters stormed the hospital on Tuesday.", "stormed", K.VIOLENCE_AGAINST_CIVILIANS, "Attack"),
        ),
        near_misses=(E("Gunmen attacked a military post near Djugu.", "attacked", K.BATTLE, "Armed clash"),),
        entries=frozenset({"attack", "raid", "open-fire", "offensive", "storm"}),
    ),
    KindRule(
        "killing-by-remote-weapon",
        "sentence",
        "WEAPON_WORDS",
        K.REMOTE_VIOLENCE,
        "",
        examples=(
            E(
                "Pakistan said the strikes killed 26 civilians.",
                "strikes killed",
                K.REMOTE_VIOLENCE,
                "Shelling/artillery/missile attack",
            ),
        ),
        near_misses=(
            E("Insurgents killed two civilians near Mbau.", "killed", K.VIOLENCE_AGAINST_CIVILIANS, "Attack"),
        ),
        entries=frozenset({"kill"}),
    ),
    KindRule(
        "killing-in-battle",
        "sentence",
        "BATTLE_WORDS",
        K.BATTLE,
        "Armed clash",
        examples=(E("More than 200 people were killed in the fighting.", "killed", K.BATTLE, "Armed clash"),),
        near_misses=(E("More than 200 people were killed.", "killed", K.VIOLENCE_AGAINST_CIVILIANS, "Attack"),),
        entries=frozenset({"kill"}),
    ),
    KindRule(
        "killing-of-combatants",
        "object",
        "COMBATANT_WORDS",
        K.BATTLE,
        "Armed clash",
        examples=(
            E("Its fighters had killed dozens of soldiers.", "killed", K.BATTLE, "Armed clash"),
            E("Six soldiers were killed near Tera.", "killed", K.BATTLE, "Armed clash"),
        ),
        near_misses=(
            E("Its fighters had killed dozens of villagers.", "killed", K.VIOLENCE_AGAINST_CIVILIANS, "Attack"),
        ),
        entries=frozenset({"kill"}),
    ),
    KindRule(
        "suicide-bomb",
        "sentence",
        "SUICIDE_WORDS",
        None,
        "Suicide bomb",
        examples=(
            E("A suicide bomber blew up a truck at a checkpoint.", "blew up", K.REMOTE_VIOLENCE, "Suicide bomb"),
        ),
        near_misses=(
            E(
                "A bomb blew up a truck at a checkpoint.",
                "bomb blew up",
                K.REMOTE_VIOLENCE,
                "Remote explosive/landmine/IED",
            ),
        ),
        kinds=_REMOTE,
    ),
    KindRule(
        "chemical-weapon",
        "sentence",
        "CHEMICAL_WORDS",
        None,
        "Chemical weapon",
        examples=(
            E(
                "The regime fired rockets loaded with sarin at the town.",
                "fired rockets",
                K.REMOTE_VIOLENCE,
                "Chemical weapon",
            ),
        ),
        near_misses=(
            E(
                "The regime fired rockets at the town.",
                "fired rockets",
                K.REMOTE_VIOLENCE,
                "Shelling/artillery/missile attack",
            ),
        ),
        kinds=_REMOTE,
    ),
    KindRule(
        "grenade",
        "sentence",
        "GRENADE_WORDS",
        None,
        "Grenade",
        examples=(E("Unidentified men hurled a grenade at a house.", "hurled", K.REMOTE_VIOLENCE, "Grenade"),),
        kinds=_REMOTE,
        near_misses=(
            E("Unidentified men shelled a house.", "shelled", K.REMOTE_VIOLENCE, "Shelling/artillery/missile attack"),
        ),
    ),
    KindRule(
        "air-weapon-named",
        "trigger",
        "AIR_WORDS",
        None,
        "Air/drone strike",
        examples=(
            E(
                "A drone strike hit a busy street in the town.",
                "drone strike hit",
                K.REMOTE_VIOLENCE,
                "Air/drone strike",
            ),
        ),
        near_misses=(
            E(
                "A mortar attack hit a busy street.",
                "mortar attack hit",
                K.REMOTE_VIOLENCE,
                "Shelling/artillery/missile attack",
            ),
        ),
        kinds=_REMOTE,
    ),
    KindRule(
        "shell-weapon-named",
        "trigger",
        "SHELL_WORDS",
        None,
        "Shelling/artillery/missile attack",
        examples=(
            E(
                "A rocket attack on a base near Kirkuk killed a contractor.",
                "rocket attack",
                K.REMOTE_VIOLENCE,
                "Shelling/artillery/missile attack",
            ),
        ),
        near_misses=(
            E(
                "An air strike on a base near Kirkuk killed a contractor.",
                "air strike",
                K.REMOTE_VIOLENCE,
                "Air/drone strike",
            ),
        ),
        kinds=_REMOTE,
    ),
    KindRule(
        "explosive-named",
        "trigger",
        "EXPLOSIVE_WORDS",
        None,
        "Remote explosive/landmine/IED",
        examples=(
            E(
                "An explosion tore through a mosque during prayers.",
                "explosion tore through",
                K.REMOTE_VIOLENCE,
                "Remote explosive/landmine/IED",
            ),
        ),
        near_misses=(
            E(
                "An air strike hit a mosque during prayers.",
                "air strike hit",
                K.REMOTE_VIOLENCE,
                "Air/drone strike",
            ),
        ),
        kinds=_REMOTE,
    ),
    KindRule(
        "air-weapon-subject",
        "subject",
        "AIR_WORDS",
        None,
        "Air/drone strike",
        examples=(E("Turkish drones struck a convoy near Saraqeb.", "struck", K.REMOTE_VIOLENCE, "Air/drone strike"),),
        near_misses=(
            E(
                "Turkish artillery struck a convoy near Saraqeb.",
                "struck",
                K.REMOTE_VIOLENCE,
                "Shelling/artillery/missile attack",
            ),
        ),
        kinds=_REMOTE,
    ),
    KindRule(
        "explosive-subject",
        "subject",
        "EXPLOSIVE_WORDS",
        None,
        "Remote explosive/landmine/IED",
        examples=(
            E(
                "A passenger bus was struck by a roadside bomb.",
                "struck",
                K.REMOTE_VIOLENCE,
                "Remote explosive/landmine/IED",
            ),
        ),
        near_misses=(
            E("A missile struck a passenger bus.", "struck", K.REMOTE_VIOLENCE, "Shelling/artillery/missile attack"),
        ),
        kinds=_REMOTE,
    ),
    KindRule(
        "air-weapon-near",
        "sentence",
        "AIR_WORDS",
        None,
        "Air/drone strike",
        examples=(
            E("Government forces bombed the town with helicopters.", "bombed", K.REMOTE_VIOLENCE, "Air/drone strike"),
        ),
        near_misses=(
            E(
                "Government forces shelled the town with artillery.",
                "shelled",
                K.REMOTE_VIOLENCE,
                "Shelling/artillery/missile attack",
            ),
        ),
        kinds=_REMOTE,
    ),
    KindRule(
        "explosive-near",
        "sentence",
        "EXPLOSIVE_WORDS",
        None,
        "Remote explosive/landmine/IED",
        examples=(
            E(
                "Troops destroyed the bridge with explosives.",
                "destroyed",
                K.REMOTE_VIOLENCE,
                "Remote explosive/landmine/IED",
            ),
        ),
        near_misses=(
            E(
                "Troops destroyed the bridge with artillery.",
                "destroyed",
                K.REMOTE_VIOLENCE,
                "Shelling/artillery/missile attack",
            ),
        ),
        kinds=_REMOTE,
    ),
    KindRule(
        "regained-by-the-state",
        "subject",
        "STATE_FORCES",
        None,
        "Government regains territory",
        examples=(
            E(
                "The army took control of the town on Monday.",
                "took control",
                K.TERRITORY_CHANGE,
                "Government regains territory",
            ),
        ),
        near_misses=(
            E(
                "Rebels took control of the town on Monday.",
                "took control",
                K.TERRITORY_CHANGE,
                "Non-state actor overtakes territory",
            ),
        ),
        entries=frozenset({"capture", "recapture"}),
    ),
    KindRule(
        "retaken-by-a-group",
        "subject",
        "NON_STATE_ACTORS",
        None,
        "Non-state actor overtakes territory",
        examples=(
            E(
                "Rebels retook the town of Saraqeb.",
                "retook",
                K.TERRITORY_CHANGE,
                "Non-state actor overtakes territory",
            ),
        ),
        near_misses=(
            E(
                "Government forces retook the town of Saraqeb.",
                "retook",
                K.TERRITORY_CHANGE,
                "Government regains territory",
            ),
        ),
        entries=frozenset({"recapture"}),
    ),
    KindRule(
        "without-a-fight",
        "sentence",
        "NONVIOLENT_WORDS",
        None,
        "Non-violent transfer of territory",
        examples=(
            E(
                "Taliban fighters took over the district centre without fighting.",
                "took over",
                K.TERRITORY_CHANGE,
                "Non-violent transfer of territory",
            ),
        ),
        near_misses=(
            E(
                "Taliban fighters took over the district centre after heavy clashes.",
                "took over",
                K.TERRITORY_CHANGE,
                "Non-state actor overtakes territory",
            ),
        ),
        entries=frozenset({"capture"}),
    ),
    KindRule(
        "refugees-crossing",
        "subject",
        "REFUGEE_WORDS",
        K.OTHER,
        "Other",
        examples=(E("More than 7,000 refugees crossed into Sudan.", "crossed", K.OTHER, "Other"),),
        near_misses=(E("Hundreds of fighters crossed into Sudan.", "crossed", K.DEPLOYMENT, "Other"),),
        entries=frozenset({"cross"}),
    ),
    KindRule(
        "protest-broken-up",
        "sentence",
        "INTERVENTION_WORDS",
        None,
        "Protest with intervention",
        examples=(
            E(
                "Thousands demonstrated in Khartoum until police dispersed them with tear gas.",
                "demonstrated",
                K.PROTEST,
                "Protest with intervention",
            ),
        ),
        near_misses=(
            E("Thousands demonstrated in Khartoum on Friday.", "demonstrated", K.PROTEST, "Peaceful protest"),
        ),
        kinds=frozenset({K.PROTEST}),
    ),
)


def _words_at(rule: KindRule, tokens: Sequence[Token], m: TriggerMatch, floor: int) -> list[str]:
    if rule.where == "trigger":
        return [t.lower for t in tokens[m.first : m.last]]
    if rule.where == "subject":
        return subject_words(tokens, m, floor)
    if rule.where == "object":  # what it was done to: the object, or the subject of a passive
        words = object_words(tokens, m, 8)
        return words + subject_words(tokens, m, floor) if passive(tokens, m, floor) else words
    if rule.where == "means":
        return subject_words(tokens, m, floor) + _instrument_words(tokens, m)
    return [t.lower for t in tokens]


def _instrument_words(tokens: Sequence[Token], m: TriggerMatch) -> list[str]:
    """The words of a "with", "using" or "from" phrase within six words after the trigger: "attacked
    *with 17 attack drones*", "carried out 103 attacks *from rocket systems*"."""
    for j in range(m.last, min(len(tokens), m.last + 6)):
        if tokens[j].lower in CX.INSTRUMENT_LEADS:
            return [t.lower for t in tokens[j + 1 : j + 6] if t.is_word]
        if not tokens[j].is_word:
            break
    return []


def _fires(rule: KindRule, words: Sequence[str]) -> bool:
    table: frozenset[str] = getattr(CX, rule.words)
    return any(w in table or (w.endswith("s") and w[:-1] in table) for w in words)


def _applies(rule: KindRule, m: TriggerMatch, kind: EventKind) -> bool:
    return (not rule.entries or m.entry.name in rule.entries) and (not rule.kinds or kind in rule.kinds)


def classify(tokens: Sequence[Token], m: TriggerMatch, floor: int) -> Classified:
    """The event's kind and ACLED types.

    First the records that change the kind (the first that fires decides), then, unless that one
    named the sub-type too, the records that only name a sub-type for the kind reached; otherwise
    the entry's own sub-type if it belongs to the kind, else the kind's default."""
    kind, sub, rule_name = m.entry.kind, "", ""
    for rule in KIND_RULES:
        if rule.kind is not None and _applies(rule, m, kind) and _fires(rule, _words_at(rule, tokens, m, floor)):
            kind, sub, rule_name = rule.kind, rule.acled, rule.name
            break
    if not sub:
        for rule in KIND_RULES:
            if rule.kind is None and _applies(rule, m, kind) and _fires(rule, _words_at(rule, tokens, m, floor)):
                sub, rule_name = rule.acled, rule_name or rule.name
                break
    if not sub or A.acled_type(sub) not in A.KIND_TYPES[kind]:
        own = m.entry.acled
        sub = own if own and A.acled_type(own) in A.KIND_TYPES[kind] else A.KIND_DEFAULTS[kind]
    return Classified(kind, A.acled_type(sub), sub, rule_name)
