"""Counted words that read as English for 0, 1 and many. Ground floor: imports nothing.

Every sentence the program builds with a number in it says "1 day", "2 days",
"no days": use these, never "day(s)".
"""

from __future__ import annotations

_IRREGULAR = {
    "entry": "entries",
    "day": "days",
    "is": "are",
    "was": "were",
    "this": "these",
    "person": "people",
}


def plural_of(word: str) -> str:
    if word in _IRREGULAR:
        return _IRREGULAR[word]
    if word.endswith("y") and len(word) > 1 and word[-2] not in "aeiou":
        return word[:-1] + "ies"
    if word.endswith(("s", "x", "ch", "sh")):
        return word + "es"
    return word + "s"


def plural(count: int, word: str, many: str | None = None, *, zero: str | None = None) -> str:
    """ "1 day", "3 days", "0 days" (or `zero`, e.g. "no days"). The last word of
    `word` is the one made plural: "check-in day" -> "check-in days"."""
    if count == 0 and zero is not None:
        return zero
    if count == 1:
        return f"1 {word}"
    if many is None:
        head, _, last = word.rpartition(" ")
        many = (head + " " if head else "") + plural_of(last)
    return f"{count} {many}"


def word_for(count: int, word: str, many: str | None = None) -> str:
    """The word alone, for the count: "was"/"were", "tick"/"ticks"."""
    if count == 1:
        return word
    return many if many is not None else plural_of(word)


def sentence(text: str) -> str:
    """A message as a sentence: its first letter capitalised ("mood: give a number" ->
    "Mood: give a number"). The program's name and a path stay as they are."""
    if not text or not text[0].islower() or text.startswith(("wellness-tui", "wt ")):
        return text
    return text[0].upper() + text[1:]
