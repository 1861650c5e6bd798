"""Three-way merge of a free text changed in two places (two windows, a shell command).

Both sides started from the same text (`base`). Changes that do not touch the same
words are both kept; when they do, nothing is dropped: both versions are kept, one
after the other, with a visible line saying so. Pure: no files, no Textual.
"""

from __future__ import annotations

import difflib
import re

CONFLICT_LINE = "— changed in another window at the same time; both versions are kept —"

_TOKENS = re.compile(r"\s+|[^\s]+")


def _tokens(text: str) -> list[str]:
    return _TOKENS.findall(text)


def _changes(base: list[str], other: list[str]) -> list[tuple[int, int, list[str]]]:
    """(start, end, replacement) in base's tokens, for every change base -> other."""
    matcher = difflib.SequenceMatcher(None, base, other, autojunk=False)
    return [
        (i1, i2, other[j1:j2]) for tag, i1, i2, j1, j2 in matcher.get_opcodes() if tag != "equal"
    ]


def _overlap(a: tuple[int, int, list[str]], b: tuple[int, int, list[str]]) -> bool:
    (a1, a2, _), (b1, b2, _) = a, b
    if a1 == a2 or b1 == b2:  # an insertion: touching the other change counts
        return a1 <= b2 and b1 <= a2
    return a1 < b2 and b1 < a2


def merge3(base: str, mine: str, theirs: str) -> tuple[str, bool]:
    """The merged text, and True when both versions had to be kept (a conflict)."""
    if theirs == base or mine == theirs:
        return mine, False
    if mine == base:
        return theirs, False
    base_tokens = _tokens(base)
    ours = _changes(base_tokens, _tokens(mine))
    other = _changes(base_tokens, _tokens(theirs))
    if any(_overlap(a, b) for a in ours for b in other):
        return f"{mine}\n\n{CONFLICT_LINE}\n{theirs}", True
    merged = list(base_tokens)
    for start, end, replacement in sorted(ours + other, key=lambda c: c[0], reverse=True):
        merged[start:end] = replacement
    return "".join(merged), False
