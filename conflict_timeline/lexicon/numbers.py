"""Number words as data.

``NUMBER_WORDS`` are the words that name an exact number ("eleven", "a dozen"); ``QUANTITY_WORDS``
add the articles and phrases that count one or two of a unit in a duration ("a day", "a couple of
weeks", "half a year"). Both the temporal rules and the death tolls of the event stage read them.
"""

from __future__ import annotations

from collections.abc import Mapping

__all__ = ["NUMBER_WORDS", "QUANTITY_WORDS"]

NUMBER_WORDS: Mapping[str, int] = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "hundred": 100,
    "a hundred": 100,
    "a dozen": 12,
    "dozen": 12,
}

QUANTITY_WORDS: Mapping[str, int] = {
    **NUMBER_WORDS,
    "a": 1,
    "an": 1,
    "a couple": 2,
    "a couple of": 2,
    "couple of": 2,
    "half a": 0,
    "one hundred": 100,
}
