"""Words of an event's arguments (who, where, how many) and of comparing them across articles.

Plain data for :mod:`conflict_timeline.events.arguments` and :mod:`conflict_timeline.events.merging`.
All words are lower case.
"""

from __future__ import annotations

from collections.abc import Mapping

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
