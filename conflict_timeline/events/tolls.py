"""How many were killed: the toll rules (:data:`TOLL_RULES`), each a pattern over the sentence with
its examples and near-misses, the counts they read (:func:`fatality_counts`) and the event each
count belongs to (:func:`assign_tolls`).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

import attrs

from ..lexicon import arguments as A
from ..lexicon import event_grammar as G
from ..lexicon import event_words as W
from ..lexicon.numbers import NUMBER_WORDS
from ..model import EventKind
from ..text import Token
from ..text.fastre import WORD_TEST_BREAKERS, compile_fast, required_words
from .phrases import (
    HEDGE_WORDS,
    Example,
    np_back,
    skip_insertion,
    verb_group_start,
)
from .triggers import TriggerMatch

__all__ = ["TollRule", "TOLL_RULES", "Toll", "fatality_counts", "assign_tolls"]


# --- death tolls -------------------------------------------------------------------------------------

_NUMBER_WORD = "|".join(sorted((re.escape(w) for w in NUMBER_WORDS), key=len, reverse=True))
_NUM = r"(?P<n>\d{1,3}(?:,\d{3})+|\d+|(?:" + _NUMBER_WORD + r")(?:(?:[- ]|\s+and\s+)(?:" + _NUMBER_WORD + r"))*)"
_HEDGE = r"(?:(?:" + "|".join(re.escape(h) for h in W.FATALITY_HEDGES) + r")\s+)?"
_UNITS = r"(?!\s*(?:" + "|".join(G.NOT_TOLL_UNITS) + r")\b)"


def _alts(phrases: Sequence[str]) -> str:
    return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in sorted(phrases, key=len, reverse=True))


@attrs.frozen(slots=True)
class TollRule:
    """One way a text states a death toll: a pattern over the sentence whose ``n`` group is the
    count (or a fixed ``count``), the direction in which its event lies (``"back"``: "X struck,
    killing 11"; ``"forward"``: "11 were killed when X struck"), and its examples (text,
    publication date, the event's trigger, the toll as a string) and near-misses."""

    name: str
    pattern: re.Pattern[str]
    examples: tuple[Example, ...]
    near_misses: tuple[Example, ...] = ()
    count: int | None = None
    direction: str = "back"
    doc: str = ""


def _rx(s: str) -> re.Pattern[str]:
    return compile_fast(s, re.I)  # (rewritten for speed, matching the same: see text.fastre)


_PEOPLE_WORDS = r"(?:[A-Za-z'’-]+\s+){0,5}?"


#: Death tolls, each found by the first rule that reads its words.
TOLL_RULES: tuple[TollRule, ...] = (
    TollRule(
        "killing-count",
        _rx(r"\b(?:" + _alts(A.KILLING_VERB_PHRASES) + r")\s+" + _HEDGE + _NUM + r"\b" + _UNITS),
        (
            (
                "An airstrike hit a market in Idlib on Sunday, killing at least 11 people.",
                "2024-12-02",
                "airstrike",
                "11",
            ),
            ("Gunmen shot dead three villagers in Zamfara on Friday.", "2024-12-02", "shot dead", "3"),
            (
                "Gunmen executed at least nine civilians in the village on Monday.",
                "2022-10-30",
                "executed",
                "9",
            ),
        ),
        (
            ("The blast killed 5 percent of the herd.", "2024-12-02", "blast", "5"),
            ("Rebels said the strike killed 5 percent of the livestock.", "2024-12-02", "strike", "5"),
        ),
        doc="a killing verb and its count: 'killing at least 11', 'gunned down three'",
    ),
    TollRule(
        "left-dead",
        _rx(r"\b(?:left|leaving)\s+" + _HEDGE + _NUM + r"\s+" + _PEOPLE_WORDS + r"(?:dead|killed)\b"),
        (("Troops and militants exchanged fire, leaving 10 militants dead.", "2024-11-18", "exchanged fire", "10"),),
        (("The raid left 23 wounded.", "2024-11-18", "raid", "23"),),
        doc="'left 23 dead'",
    ),
    TollRule(
        "bodies",
        _rx(r"\b(?:the\s+)?(?:bodies|corpses|remains)\s+of\s+(?:the\s+)?" + _HEDGE + _NUM + r"\b"),
        (("The bodies of 12 men were recovered on Friday.", "2024-11-18", "recovered", "12"),),
        doc="'the bodies of 12 men were recovered'",
        direction="forward",
    ),
    TollRule(
        "count-bodies",
        _rx(_HEDGE + r"\b" + _NUM + r"\s+(?:bodies|corpses)\b"),
        (("Rescuers found 15 bodies after the airstrike on Friday.", "2024-11-18", "found", "15"),),
        (("Rescuers found 15 body armour vests.", "2024-11-18", "found", "15"),),
        doc="'12 bodies were found'",
    ),
    TollRule(
        "death-toll",
        _rx(
            r"\b(?:death\s+)?toll\s+(?:[\w'’-]+,?\s+){0,24}?(?:to|at|of|reached|stood\s+at)\s+" + _HEDGE + _NUM + r"\b"
        ),
        (
            (
                "The death toll from an explosion at a fuel depot on Monday has risen to 68, officials said.",
                "2023-09-28",
                "explosion",
                "68",
            ),
        ),
        doc="'the death toll rose to 68'",
        direction="forward",
    ),
    TollRule(
        "count-dead",
        _rx(
            r"(?<![\w,.])"
            + _HEDGE
            + _NUM
            + r"(?:\s+(?:[A-Za-z][A-Za-z'’-]*|\([A-Za-z]+\))){0,9}?"
            + r"(?:,\s+(?:most|many|some|all|including|among\s+them)\b(?:[^,;]|,\d){1,40},)?"
            + r"\s+(?:(?:"
            + "|".join(G.TOLL_AUXILIARIES)
            + r"|have|has|had)\s+)?(?:reportedly\s+|also\s+|all\s+)?"
            + r"(?:"
            + _alts(A.DEATH_AFTER_COUNT)
            + r")\b"
        ),
        (
            ("Twenty people were killed when a car bomb exploded in Mogadishu.", "2024-12-02", "killed", "20"),
            (
                "Twenty-three soldiers have lost life in an ambush near Tassia on Wednesday.",
                "2024-03-22",
                "ambush",
                "23",
            ),
            ("Seven aid workers killed in Israeli strike in Gaza", "2024-04-02", "killed", "7"),
            (
                "Seventeen soldiers fell on the field of honour in a terrorist ambush on Tuesday.",
                "2023-08-17",
                "ambush",
                "17",
            ),
            (
                "More than 1,000 civilians, most of them Alawites, were killed in four days of violence.",
                "2025-03-11",
                "killed",
                "1000",
            ),
        ),
        (
            ("Some 2,000 troops were deployed near the border on Monday.", "2024-12-02", "deployed", "2000"),
            ("Twenty people were injured when a car bomb exploded in Mogadishu.", "2024-12-02", "car bomb", "20"),
        ),
        doc="a count and a death word after it: '11 people were killed', '23 dead', 'lost their lives'",
        direction="forward",
    ),
    TollRule(
        "one-victim",
        re.compile(
            r"\b(?:[Kk]illing|[Kk]illed|shot\s+dead|gunned\s+down|assassinated|executed|murdered)\s+"
            r"(?:an?\s+(?!(?:" + "|".join(sorted(A.NOT_ONE_VICTIM)) + r")\b)[A-Za-z-]+(?:\s+(?!and\b)[a-z-]+)?"
            r"|(?:[A-Z][\w.'’-]*\s+){1,4}(?:commander|leader|chief|general)?\s*[A-Z][\w'’-]+)"
            r"\b(?!\s+(?:along\s+with|with)\b)"
        ),
        (
            ("Gunmen on a motorbike shot dead a university lecturer in Kabul.", "2021-05-16", "shot dead", "1"),
            (
                "The US drone strike that killed Revolutionary Guards commander Qassem Soleimani.",
                "2020-01-08",
                "drone strike",
                "1",
            ),
            (
                "Soldiers stormed the compound in Juba on Monday, killing a local journalist.",
                "2016-07-12",
                "stormed",
                "1",
            ),
        ),
        (
            ("The strike killed a number of fighters.", "2024-12-02", "strike", "1"),
            ("Soldiers killed dozens of fighters on Monday.", "2024-12-02", "killed", "1"),
        ),
        count=1,
        doc="a killing verb with one person as its object",
    ),
    TollRule(
        "one-victim-passive",
        re.compile(
            r"(?:^|(?<=[,;]\s)|(?<=\bthat\s)|(?<=\bwhen\s)|(?<=\bafter\s)|(?<=\bbefore\s)|(?<=\bas\s))"
            r"(?:(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is)\s+)?"
            r"(?:[\w'’-]+,?\s+){0,5}?"
            r"(?:was|has\s+been)\s+(?:reportedly\s+)?(?:killed|assassinated|shot\s+dead|executed|murdered)\b"
            r"(?!\s+along\s+with)"
        ),
        (
            (
                "Henry took over after President Jovenel Moise was assassinated in July 2021.",
                "2024-03-12",
                "assassinated",
                "1",
            ),
            (
                "Hezbollah confirmed that its leader, Hassan Nasrallah, was killed in an Israeli air strike.",
                "2024-09-28",
                "killed",
                "1",
            ),
        ),
        (("Many were killed in the strike.", "2024-09-28", "strike", "1"),),
        count=1,
        doc="one person, the subject of a passive killing",
        direction="forward",
    ),
    TollRule(
        "along-with",
        re.compile(
            r"\b(?:was|has\s+been)\s+(?:reportedly\s+)?(?:killed|assassinated|shot\s+dead)\s+along\s+with\s+"
            r"(?:[A-Za-z'’-]+\s+){0,4}?(?:[A-Z][\w'’-]+)(?!\s+and\b)"
        ),
        (
            (
                "Soleimani was killed along with militia leader Abu Mahdi al-Muhandis near Baghdad airport on Friday.",
                "2020-01-08",
                "killed",
                "2",
            ),
        ),
        count=2,
        doc="one person killed along with another",
    ),
    TollRule(
        "no-one",
        _rx(
            r"\b(?:no\s+one|nobody|no\s+(?:casualties|deaths|fatalities|injuries))\s+(?:was|were|has\s+been|have\s+been)?"
            r"\s*(?:killed|hurt|injured|wounded|reported)\b|\bwithout\s+(?:causing\s+)?casualties\b"
        ),
        (
            (
                "Men hurled a grenade at a house in Thoubal district on Thursday; no one was hurt.",
                "2024-11-18",
                "hurled",
                "0",
            ),
        ),
        count=0,
        doc="'no one was hurt': a toll of none",
    ),
    TollRule(
        "killing-both",
        _rx(r"\b(?:killing|killed)\s+both\b"),
        (
            (
                "A landmine exploded under two children in Hays district on Thursday, killing both.",
                "2022-04-03",
                "exploded",
                "2",
            ),
        ),
        count=2,
        doc="'killing both'",
    ),
)

_TENS = {w: n for w, n in NUMBER_WORDS.items() if 20 <= n <= 90 and n % 10 == 0}

#: "killing a woman *and her two children*", "killing six servicemen *and a civilian*": more of the dead.
_MORE_VICTIMS = re.compile(
    r"(?:\s+[a-z-]+){0,3}?\s+and\s+(?:(?:his|her|their|its)\s+)?(?P<m>an?|one|" + _NUMBER_WORD + r"|\d{1,3})\s+"
    r"(?:[a-z-]+\s+){0,2}?(?:" + "|".join(sorted(A.VICTIM_NOUNS)) + r")\b",
    re.I,
)


def _number(word: str) -> int | None:
    """A count written in digits or words ("1,200", "eleven", "Twenty-three", "one hundred");
    ``None`` for something no count of people is (a year, more than twelve digits)."""
    w = word.lower().replace(",", "").strip()
    if w.isdigit():
        # more digits than any count of people: not a toll (and int() refuses past 4,300 digits)
        return int(w) if len(w) <= 12 else None
    parts = [p for p in re.split(r"[- ]+", w) if p and p != "and"]
    if not parts or any(p not in NUMBER_WORDS for p in parts):
        return None
    total = 0
    current = 0
    for p in parts:
        n = NUMBER_WORDS[p]
        if n == 100:
            current = (current or 1) * 100
        elif p in _TENS or n < 100:
            current += n
    total += current
    return total or None


@attrs.frozen(slots=True)
class Toll:
    """A death count stated in a sentence: where the count stands (``at``, an offset in the
    sentence), the count, the rule that read it, and the words it read (``start``/``end``)."""

    at: int
    count: int
    rule: TollRule
    start: int
    end: int


# For each rule, words one of which every match holds (see text.fastre.required_words).
_TOLL_WORDS = tuple(required_words(rule.pattern) for rule in TOLL_RULES)


def fatality_counts(sentence: str) -> list[Toll]:
    """Every death count stated in a sentence; each count is read once, by the first rule whose
    words cover it."""
    out: list[Toll] = []
    taken: list[tuple[int, int]] = []
    low = sentence.lower()
    testable = not any(c in sentence for c in WORD_TEST_BREAKERS)
    for rule, words in zip(TOLL_RULES, _TOLL_WORDS, strict=True):
        if testable and words is not None and not any(w in low for w in words):
            continue  # none of the words every match of the rule holds: no match (the same, cheaper)
        for mt in rule.pattern.finditer(sentence):
            span = mt.span("n") if "n" in rule.pattern.groupindex and mt.group("n") else mt.span()
            if any(a < span[1] and span[0] < b for a, b in taken):
                continue
            if rule.count is not None:
                n: int | None = rule.count
            else:
                raw = mt.group("n")
                n = _number(raw)
                if n is None or (1900 <= n <= 2100 and raw.isdigit()):
                    continue
                following = sentence[mt.end("n") : mt.end("n") + 12].lower()
                if rule.name == "count-dead" and re.match(
                    r"\s*(?:" + "|".join(G.NOT_DEATH_AFTER_COUNT) + ")", following
                ):
                    continue
            if n is None:
                continue
            end = mt.end()
            more = _MORE_VICTIMS.match(sentence, end)
            if more is not None and rule.name in {"killing-count", "one-victim"}:
                n += _number(more.group("m")) or 1  # "killing six servicemen and a civilian"
                end = more.end()
            taken.append(span)
            out.append(Toll(span[0], n, rule, mt.start(), end))
    return sorted(out, key=lambda x: (x.at, x.count))


_VIOLENT = frozenset(
    {
        EventKind.BATTLE,
        EventKind.REMOTE_VIOLENCE,
        EventKind.VIOLENCE_AGAINST_CIVILIANS,
        EventKind.RIOT,
        EventKind.TERRITORY_CHANGE,
    }
)


def assign_tolls(
    tolls: Sequence[Toll], toks: Sequence[Token], starts: Sequence[int], events: Sequence[TriggerMatch]
) -> dict[int, tuple[int, str]]:
    """Give each toll to the event it belongs to: the event whose trigger is among the words that
    state it ("killed more than 800,000": the killing), else the event that is the subject of its
    killing verb ("The genocide, which began ..., killed more than 800,000"), else a violent event
    of the sentence if there is one, the nearest in the rule's direction ("..., killing 11": the event before; "11
    were killed when ...": the event after), else the nearest. ``starts`` are the sentence
    offsets of its tokens. Returns the event's first token -> (the largest toll given to it, its
    rule)."""
    out: dict[int, tuple[int, str]] = {}
    if not events:
        return out
    takers = [m for m in events if m.entry.name not in A.TOLL_FREE_ENTRIES and not _adjectival(toks, m)]
    violent = [m for m in takers if m.entry.kind in _VIOLENT] or takers
    for toll in tolls:
        at = bisect.bisect_left(starts, toll.at)
        lo, hi = bisect.bisect_left(starts, toll.start), bisect.bisect_left(starts, toll.end)
        own = [m for m in takers if lo <= m.first < hi]
        before = [m for m in violent if m.first <= at]
        after = [m for m in violent if m.first > at]
        subject = _event_subject(toks, lo, takers) if toll.rule.direction == "back" and toks[lo].is_word else None
        main = [m for m in before if not _in_relative(toks, m)] or before  # "protesters who had set fire"
        picks: list[TriggerMatch] = []
        if own:
            picks = own[:1]
            # "56 were killed when a drone struck": the killing and the strike are told with one toll
            linked = next((m for m in after if m.first > own[0].first and _linked(toks, own[0].last, m.first)), None)
            if linked is not None and toll.rule.direction == "forward":
                picks.append(linked)
        elif subject is not None:
            picks = [subject]
        elif toll.rule.direction == "forward":
            picks = after[:1] or main[-1:]
        else:
            picks = main[-1:] or after[:1]
        host = _relative_host(toks, lo, takers)
        if host is not None and host not in picks:
            picks.append(host)  # "the launch of rockets ..., in which four soldiers were killed"
        for pick in picks:
            if pick.first not in out or toll.count > out[pick.first][0]:
                out[pick.first] = (toll.count, toll.rule.name)
    return out


def _adjectival(toks: Sequence[Token], m: TriggerMatch) -> bool:
    """A participle used as an adjective ("a *besieged* hotel"): no event to give a toll to."""
    return (
        m.first > 0
        and toks[m.first - 1].lower in G.ARTICLES
        and m.last == m.first + 1
        and m.last < len(toks)
        and toks[m.last].is_word
        and toks[m.last].lower not in G.PREPOSITIONS
        and toks[m.first].lower.endswith("ed")
    )


def _relative_host(toks: Sequence[Token], lo: int, events: Sequence[TriggerMatch]) -> TriggerMatch | None:
    """The event a toll's "in which" / "during which" clause belongs to: the nearest one before it."""
    k = lo - 1
    while k >= 0 and toks[k].lower in HEDGE_WORDS | {"at", "least", "more", "than"}:
        k -= 1
    if k < 1 or toks[k].lower != "which" or toks[k - 1].lower not in {"in", "during", "after"}:
        return None
    return max((m for m in events if m.first < k - 1), key=lambda m: m.first, default=None)


def _in_relative(toks: Sequence[Token], m: TriggerMatch) -> bool:
    """A trigger in a relative clause ("protesters *who had set fire*")."""
    return any(toks[k].lower in G.RELATIVE_OPENERS - {"that"} for k in range(max(0, m.first - 3), m.first))


def _linked(toks: Sequence[Token], end: int, start: int) -> bool:
    """A few words between two events, one of them a word that ties the second to the first ("were
    killed *when* a drone struck", "killed *in* an air strike")."""
    between = [t.lower for t in toks[end:start]]
    if ";" in between or len(between) > 18:
        return False
    links = [k for k, w in enumerate(between) if w in A.TOLL_LINKS]
    # the link word opens the second event's phrase: "killed on Tuesday at the hospital *when*
    # fighters stormed it"
    return bool(links) and len(between) - links[-1] <= 7


def _event_subject(toks: Sequence[Token], verb: int, events: Sequence[TriggerMatch]) -> TriggerMatch | None:
    """The event named by the subject of the verb at ``verb`` ("*The genocide*, which began ...,
    killed")."""
    j = skip_insertion(toks, verb_group_start(toks, verb, 0), 0)
    if j > 0 and toks[j - 1].lower in G.RELATIVE_OPENERS:
        j -= 1  # "a sarin attack that killed more than 80": what "that" stands for
    a = np_back(toks, j, 0, set())
    if a is None:
        return None
    return next((m for m in events if a <= m.first < j), None)
