"""Finding one item (a habit, an activity) from what a person typed: its id, its exact
title, or an unambiguous start of its title. One rule for the shell's `check`, `did`
and `plan add`, so they never match differently.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeVar

from wellness_tui.textsafe import one_line

Item = TypeVar("Item")


class Ambiguous(ValueError):
    """More than one item starts with what was typed; str() names them with their ids."""


def find_by_title(
    pools: Sequence[Sequence[Item]],
    query: str,
    *,
    title: Callable[[Item], str],
    ident: Callable[[Item], str],
    kind: str,
) -> Item | None:
    """The item whose id is `query`, else the one titled exactly so, else the one whose
    title starts with it, looking in each pool in turn (in use first, then all)."""
    for pool in pools:
        for item in pool:
            if ident(item) == query:
                return item
    wanted = query.casefold().strip()
    for pool in pools:
        same = [item for item in pool if title(item).casefold().strip() == wanted]
        if len(same) == 1:
            return same[0]
        matches = [item for item in pool if title(item).casefold().startswith(wanted)]
        if len(matches) == 1:
            return matches[0]
        if len(matches) > 1:
            names = ", ".join(f"'{one_line(title(i))}' [{ident(i)}]" for i in matches)
            raise Ambiguous(
                f"'{query}' matches more than one {kind}: {names}; use the id in brackets"
            )
    return None
