"""The trigger record and its phrase syntax (the entries themselves: :mod:`.triggers`).

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
``#``
    any number ("took # hostages": "took 251 hostages", "took twelve hostages").

A phrase with a ``~lemma`` word is a verb phrase, its verb that word ("fighting ~resume": the noun
"fighting" and its verb "resumed"); a phrase without one is a noun phrase.

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

__all__ = ["Trigger", "IRREGULAR_VERBS", "verb_forms", "expand", "expand_marked", "TRIM_WORDS", "NUMBER_SLOT"]

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
    it its death toll instead of making an event of their own. ``acled`` is the
    ACLED sub-event type the entry states by itself ("kidnapped": an abduction).
    ``takes_event_object`` marks verbs whose object may be an event noun that is
    the same event ("*extended* the ceasefire", "*suspended* the talks"); ``befalls_subject``
    verbs that, after an event noun that is their subject, tell what befell it ("the truce
    *collapsed*", "shelling *resumed*"): one event, of the noun's kind.
    """

    name: str
    kind: EventKind
    phrases: tuple[str, ...]
    pos: str = "verb"
    examples: tuple[str, ...] = ()
    near_misses: tuple[str, ...] = ()
    needs: str | None = None
    fatal: bool = False
    acled: str = ""  # the ACLED sub-event type it states by itself ("" : the kind's default)
    takes_event_object: bool = False  # "extended the ceasefire": with an event noun as object, one event
    befalls_subject: bool = False  # "the shelling resumed": with an event noun as subject, one event


#: Past tense and past participle of the irregular verbs the table uses.
IRREGULAR_VERBS: Mapping[str, tuple[str, ...]] = {
    "take": ("took", "taken"),
    "tell": ("told",),
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
    "tear": ("tore", "torn"),
    "keep": ("kept",),
    "find": ("found",),
    "leave": ("left",),
    "cut": ("cut",),
    "sink": ("sank", "sunk"),
    "spread": ("spread",),
    "speak": ("spoke", "spoken"),
    "give": ("gave", "given"),
    "overthrow": ("overthrew", "overthrown"),
    "lay": ("laid",),
    "fly": ("flew", "flown"),
    "uphold": ("upheld",),
    "run": ("ran", "run"),
    "dig": ("dug",),
    "build": ("built",),
    "withhold": ("withheld",),
    "catch": ("caught",),
}

_DOUBLING = frozenset(
    {
        "plan",
        "stop",
        "ban",
        "drop",
        "commit",
        "admit",
        "rebel",
        "shut",
        "kidnap",
        "occur",
        "expel",
        "compel",
        "patrol",
        "repel",
        "rob",
        "grab",
        "scrap",
        "cancel",
        "travel",
        "bar",
        "propel",
        "initial",
        "dispel",
        "quit",
        "cut",
        "gun",
        "hit",
        "lob",
        "rip",
        "set",
        "slam",
        "split",
        "step",
        "swap",
        "ship",
        "overrun",
    }
)

#: The phrase word that matches any number.
NUMBER_SLOT = "#"

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


_VERB_FORMS: set[str] = set()  # every form a "~lemma" word stood for, filled by _word_options


def _word_options(word: str) -> tuple[str, ...]:
    optional = word.startswith("[") and word.endswith("]")
    body = word[1:-1] if optional else word
    options: list[str] = []
    for alt in body.split("|"):
        if alt.startswith("~"):
            forms = verb_forms(alt[1:])
            _VERB_FORMS.update(forms)
            options.extend(forms)
        else:
            options.append(alt)
    if optional:
        options.append("")
    return tuple(dict.fromkeys(options))


def expand(phrase: str) -> list[tuple[str, ...]]:
    """Every word sequence a phrase stands for (the optional words left out or kept)."""
    return [words for words, _ in expand_marked(phrase)]


def expand_marked(phrase: str) -> list[tuple[tuple[str, ...], int | None]]:
    """Every word sequence a phrase stands for, with the position of its verb (the first word
    written ``~lemma``; ``None`` when the phrase has none: a noun phrase)."""
    parts = phrase.split()
    choices = [_word_options(w) for w in parts]
    verbal = [("~" in w) for w in parts]
    out: list[tuple[tuple[str, ...], int | None]] = []
    for combo in itertools.product(*choices):
        words: list[str] = []
        verb: int | None = None
        for w, is_verb in zip(combo, verbal, strict=True):
            if not w:
                continue
            if is_verb and verb is None and w in _VERB_FORMS:
                verb = len(words)
            words.append(w)
        out.append((tuple(words), verb))
    return out
