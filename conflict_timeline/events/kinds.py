"""Event kinds and their coarse families."""

from __future__ import annotations

from ..model import EventKind

__all__ = ["KIND_FAMILIES", "kind_family"]

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
