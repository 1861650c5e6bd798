"""Issue 13 (1): a text changed in two windows is merged, never replaced blindly."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest

from wellness_tui.clock import FixedClock
from wellness_tui.profile.ops import SetAnswer
from wellness_tui.profile.store import ProfileStore
from wellness_tui.textmerge import CONFLICT_LINE, merge3

AT = datetime(2026, 11, 25, 10, 0)


@pytest.mark.parametrize(
    ("base", "mine", "theirs", "merged"),
    [
        ("a", "a b", "a", "a b"),  # only I changed it
        ("a", "a", "c a", "c a"),  # only they did
        ("same", "new", "new", "new"),  # the same change twice
        ("I walk. I read.", "I walk far. I read.", "I walk. I read a lot.", None),
        ("one\ntwo\nthree", "ONE\ntwo\nthree", "one\ntwo\nTHREE", "ONE\ntwo\nTHREE"),
    ],
)
def test_1_changes_that_do_not_overlap_are_both_kept(
    base: str, mine: str, theirs: str, merged: str | None
) -> None:
    result, conflict = merge3(base, mine, theirs)
    assert not conflict
    if merged is None:
        assert result == "I walk far. I read a lot."
    else:
        assert result == merged


@pytest.mark.parametrize(
    ("base", "mine", "theirs"),
    [("", "morning light", "tea"), ("I walk", "I run", "I swim"), ("x", "x mine", "x theirs")],
)
def test_1_overlapping_changes_keep_both_versions_visibly(
    base: str, mine: str, theirs: str
) -> None:
    result, conflict = merge3(base, mine, theirs)
    assert conflict
    assert result == f"{mine}\n\n{CONFLICT_LINE}\n{theirs}"


def test_1_two_windows_typing_into_one_answer_lose_no_word(tmp_path: Path) -> None:
    path = tmp_path / "d" / "p.json"
    clock = FixedClock(AT)
    a, b = ProfileStore(path, clock), ProfileStore(path, clock)
    shown_a = shown_b = ""
    words: list[str] = []
    for n in range(5):
        for name, store in (("a", a), ("b", b)):
            word = f"{name}{n}"
            words.append(word)
            base = shown_a if name == "a" else shown_b
            typed = f"{base} {word}".strip()
            store.apply(SetAnswer("l/p", typed, AT + timedelta(seconds=len(words)), base=base))
            assert store.flush()
            store.take_refresh()
            if name == "a":
                shown_a = store.profile.answers["l/p"].text
            else:
                shown_b = store.profile.answers["l/p"].text
    assert a.close() and b.close()
    final = ProfileStore(path, clock).profile.answers["l/p"].text
    for word in words:
        assert word in final, (word, final)
    # No word is reversed or glued: each typed word is a whole word in the result.
    assert set(words) <= set(final.split())


def test_1_safety_plan_steps_and_checkin_notes_merge_too(tmp_path: Path) -> None:
    from datetime import date

    from wellness_tui.profile.models import CheckIn
    from wellness_tui.profile.ops import SetCheckIn, SetPlanStep

    path = tmp_path / "d" / "p.json"
    clock = FixedClock(AT)
    a, b = ProfileStore(path, clock), ProfileStore(path, clock)
    day = date(2026, 11, 25)
    a.apply(SetPlanStep("signs", "can't sleep", AT, base=""))
    a.apply(SetCheckIn(day, CheckIn(note="walked", updated=AT), merge=("note",), note_base=""))
    assert a.flush()
    b.apply(SetPlanStep("signs", "skipping meals", AT, base=""))
    b.apply(SetCheckIn(day, CheckIn(note="rain", updated=AT), merge=("note",), note_base=""))
    assert a.close() and b.close()
    final = ProfileStore(path, clock).profile
    assert "can't sleep" in final.safety_plan.steps["signs"]
    assert "skipping meals" in final.safety_plan.steps["signs"]
    assert "walked" in final.checkins[day].note and "rain" in final.checkins[day].note
