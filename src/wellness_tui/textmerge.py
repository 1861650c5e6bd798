"""Three-way merge of a free text changed in two places (two windows, a shell command).

Both sides started from the same text (`base`). Changes that do not touch the same
words are both kept; when they do, nothing is dropped: both versions are kept, one
after the other, with a visible line saying so. Pure: no files, no Textual.
"""

from __future__ import annotations

import dataclasses
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
    if a1 == a2 == b1 == b2:
        # Words added at the same place (both windows typing at the end): nothing is
        # replaced, so both are kept, theirs (saved first) then mine.
        return False
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
    added_by_them = {start for start, end, _ in other if start == end}
    # From the end, so earlier positions stay valid; at one place mine is put in first
    # and theirs then before it (the sort is stable).
    for start, end, replacement in sorted(ours + other, key=lambda c: c[0], reverse=True):
        if start == end and start in added_by_them and (start, end, replacement) in ours:
            added_by_them.discard(start)  # only once, for my words at their place
            theirs_added = next(r for s, e, r in other if s == e == start)
            if not theirs_added[-1].isspace() and not replacement[0].isspace():
                replacement = [" ", *replacement]  # two words, never glued into one
        merged[start:end] = replacement
    return "".join(merged), False


def moved_offset(old: str, new: str, offset: int) -> int:
    """Where a cursor at `offset` in `old` belongs in `new` (old's text merged with a
    change from elsewhere): it stays after the same characters it followed, so the next
    words typed go on where the person was typing, never before their last words."""
    matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
    after_block = None
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            if i1 <= offset < i2:
                return j1 + offset - i1
            if offset == i2:
                after_block = j2
        elif i1 <= offset < i2:
            return j2  # inside text changed elsewhere: after its replacement
    return after_block if after_block is not None else len(new)


def merge_values(base: object, mine: object, theirs: object) -> object:
    """One value changed in two places: texts merge as above; a record (a dataclass)
    merges field by field; lists of the same length item by item. Otherwise the side
    that changed wins (mine when both did); a list both sides changed to different
    lengths keeps mine and adds theirs' items that mine does not have."""
    if theirs == base or mine == theirs:
        return mine
    if mine == base:
        return theirs
    if isinstance(base, str) and isinstance(mine, str) and isinstance(theirs, str):
        return merge3(base, mine, theirs)[0]
    if (
        dataclasses.is_dataclass(mine)
        and not isinstance(mine, type)
        and type(mine) is type(base)
        and type(mine) is type(theirs)
    ):
        changes = {
            f.name: merge_values(
                getattr(base, f.name), getattr(mine, f.name), getattr(theirs, f.name)
            )
            for f in dataclasses.fields(mine)
        }
        return dataclasses.replace(mine, **changes)
    if isinstance(base, list) and isinstance(mine, list) and isinstance(theirs, list):
        if len(base) == len(mine) == len(theirs):
            return [merge_values(b, m, t) for b, m, t in zip(base, mine, theirs, strict=True)]
        return mine + [item for item in theirs if item not in mine and item not in base]
    if isinstance(base, dict) and isinstance(mine, dict) and isinstance(theirs, dict):
        keys = list(mine) + [key for key in theirs if key not in mine]
        merged = {key: merge_values(base.get(key), mine.get(key), theirs.get(key)) for key in keys}
        return {key: value for key, value in merged.items() if value is not None}
    return mine


def merge_tags(base: list[str], mine: list[str], theirs: list[str]) -> list[str]:
    """Tags changed in two places: mine, plus the tags they added; a tag they took away
    stays away unless I added it again."""
    removed = [tag for tag in base if tag not in theirs]
    kept = [tag for tag in mine if tag not in removed or tag not in base]
    return kept + [tag for tag in theirs if tag not in base and tag not in kept]
