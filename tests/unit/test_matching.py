"""core/matching.py: one rule for finding a habit or an activity from what was typed."""

from __future__ import annotations

import pytest

from wellness_tui.core.matching import Ambiguous, find_by_title

ITEMS = [("walk", "Walk"), ("walk-10", "Walk 10 minutes"), ("read", "Read [b]"), ("old", "Old")]


def find(query: str, pools: tuple[list[tuple[str, str]], ...] = (ITEMS,)) -> str | None:
    found = find_by_title(pools, query, title=lambda i: i[1], ident=lambda i: i[0], kind="habit")
    return None if found is None else found[0]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("walk-10", "walk-10"),
        ("walk", "walk"),
        ("WALK ", "walk"),
        ("walk 1", "walk-10"),
        ("read [", "read"),
        ("nothing", None),
    ],
)
def test_id_then_exact_title_then_an_unambiguous_start(query: str, expected: str | None) -> None:
    assert find(query) == expected


def test_an_ambiguous_start_names_every_match_with_its_id() -> None:
    with pytest.raises(Ambiguous, match=r"'wa' matches more than one habit: 'Walk' \[walk\]"):
        find("wa")


def test_items_in_use_come_before_the_rest() -> None:
    in_use = [("walk-10", "Walk 10 minutes")]
    assert find("wa", (in_use, ITEMS)) == "walk-10"
    assert find("old", (in_use, ITEMS)) == "old"
