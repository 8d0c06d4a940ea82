"""Words whose trailing period does not end a sentence ("Gen. Smith", "Nov. 27", "Calif. Monday").

One list, read by the one sentence splitter of :mod:`conflict_timeline.text`; every stage sees the
same sentences. Lower case, without the period. US state abbreviations that are also common words
at a sentence's end ("ill.", "miss.", "mass.", "wash.", "ore.", "la.") are left out.
"""

from __future__ import annotations

__all__ = ["ABBREVIATIONS", "SENTENCE_OPENERS"]

ABBREVIATIONS = frozenset(
    """mr mrs ms dr st mt ft gen col lt sgt maj capt cpl adm cmdr brig sen rep gov pres prof rev hon
    gens messrs jr sr bros
    jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun
    no nos vs v vol fig p pp etc inc corp co ltd approx est dept univ
    ala ariz ark calif colo conn fla ga kan ky md mich minn mo mont neb nev okla pa tenn tex va vt
    wis wyo""".split()
)

#: Capitalised words that open a new sentence even after an abbreviation: "... of Southport, Conn.
#: The utility said", against "LOS ANGELES, Calif. Monday" or "Gen. Smith", where the sentence goes on.
SENTENCE_OPENERS = frozenset(
    """the a an this that these those his her its their our my he she it they we i you there
    but and however meanwhile""".split()
)
