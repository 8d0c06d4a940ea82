"""ACLED's codebook event types and sub-event types, and how they line up with our event kinds.

Every event carries the ACLED type and sub-type (``Event.acled_event_type``,
``Event.acled_sub_event_type``) so that our events join with ACLED data. The sub-type decides the
type (:data:`SUB_TYPES`); each :class:`~conflict_timeline.model.EventKind` allows the types of
:data:`KIND_TYPES` and has a default sub-type (:data:`KIND_DEFAULTS`).
"""

from __future__ import annotations

from collections.abc import Mapping

from ..model import EventKind

__all__ = ["SUB_TYPES", "KIND_TYPES", "KIND_DEFAULTS", "acled_type"]

BATTLES = "Battles"
REMOTE = "Explosions/Remote violence"
VAC = "Violence against civilians"
PROTESTS = "Protests"
RIOTS = "Riots"
STRATEGIC = "Strategic developments"

#: Each sub-event type of the ACLED codebook and the event type it belongs to.
SUB_TYPES: Mapping[str, str] = {
    "Armed clash": BATTLES,
    "Government regains territory": BATTLES,
    "Non-state actor overtakes territory": BATTLES,
    "Air/drone strike": REMOTE,
    "Shelling/artillery/missile attack": REMOTE,
    "Remote explosive/landmine/IED": REMOTE,
    "Suicide bomb": REMOTE,
    "Grenade": REMOTE,
    "Chemical weapon": REMOTE,
    "Attack": VAC,
    "Abduction/forced disappearance": VAC,
    "Sexual violence": VAC,
    "Peaceful protest": PROTESTS,
    "Protest with intervention": PROTESTS,
    "Excessive force against protesters": PROTESTS,
    "Violent demonstration": RIOTS,
    "Mob violence": RIOTS,
    "Agreement": STRATEGIC,
    "Arrests": STRATEGIC,
    "Change to group/activity": STRATEGIC,
    "Disrupted weapons use": STRATEGIC,
    "Headquarters or base established": STRATEGIC,
    "Looting/property destruction": STRATEGIC,
    "Non-violent transfer of territory": STRATEGIC,
    "Other": STRATEGIC,
}

#: The ACLED event types an event kind may carry.
KIND_TYPES: Mapping[EventKind, frozenset[str]] = {
    EventKind.BATTLE: frozenset({BATTLES}),
    EventKind.TERRITORY_CHANGE: frozenset({BATTLES, STRATEGIC}),
    EventKind.REMOTE_VIOLENCE: frozenset({REMOTE}),
    EventKind.VIOLENCE_AGAINST_CIVILIANS: frozenset({VAC}),
    EventKind.PROTEST: frozenset({PROTESTS}),
    EventKind.RIOT: frozenset({RIOTS}),
    EventKind.DEPLOYMENT: frozenset({STRATEGIC}),
    EventKind.NEGOTIATION: frozenset({STRATEGIC}),
    EventKind.POLITICAL: frozenset({STRATEGIC}),
    EventKind.OTHER: frozenset({STRATEGIC}),
}

#: The sub-event type of a kind when nothing more specific is known.
KIND_DEFAULTS: Mapping[EventKind, str] = {
    EventKind.BATTLE: "Armed clash",
    EventKind.TERRITORY_CHANGE: "Non-state actor overtakes territory",
    EventKind.REMOTE_VIOLENCE: "Shelling/artillery/missile attack",
    EventKind.VIOLENCE_AGAINST_CIVILIANS: "Attack",
    EventKind.PROTEST: "Peaceful protest",
    EventKind.RIOT: "Violent demonstration",
    EventKind.DEPLOYMENT: "Other",
    EventKind.NEGOTIATION: "Agreement",
    EventKind.POLITICAL: "Change to group/activity",
    EventKind.OTHER: "Other",
}


def acled_type(sub: str) -> str:
    """The ACLED event type of a sub-event type."""
    return SUB_TYPES[sub]
