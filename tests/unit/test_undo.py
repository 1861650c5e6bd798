"""Undo takes back one change to a habit, and nothing that happened meanwhile."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from tests.typing_helpers import present
from wellness_tui.clock import FixedClock
from wellness_tui.profile.codec import decode
from wellness_tui.profile.models import Habit
from wellness_tui.profile.op_base import Op
from wellness_tui.profile.ops import AddHabit, DeleteHabit, EditHabit, SetDone, SetSkipped
from wellness_tui.profile.store import ProfileStore
from wellness_tui.targets import Target
from wellness_tui.tui.context import Context

MON, TUE, WED = date(2026, 11, 23), date(2026, 11, 24), date(2026, 11, 25)


def _context(path: Path, clock: FixedClock) -> Context:
    store = ProfileStore(path, clock)
    for habit_id in ("walk", "read", "water"):
        store.apply(AddHabit(Habit(id=habit_id, title=habit_id.title(), created=MON)))
    assert store.flush()
    return Context(store=store, library=None, clock=clock)  # type: ignore[arg-type]


def _from_elsewhere(path: Path, clock: FixedClock, *ops: Op) -> None:
    other = ProfileStore(path, clock)  # a shell command or a second window
    for op in ops:
        other.apply(op)
    assert other.close()


def _adopt_changes(ctx: Context) -> None:
    ctx.store.check_for_changes()
    assert ctx.store.flush()
    assert ctx.store.take_refresh()


def test_undoing_a_tick_keeps_a_day_ticked_elsewhere_meanwhile(
    profile_path: Path, clock: FixedClock
) -> None:
    ctx = _context(profile_path, clock)
    ctx.change_habit("walk", [SetDone("walk", WED, True)], "ticking Walk")
    _from_elsewhere(profile_path, clock, SetDone("walk", MON, True))
    _adopt_changes(ctx)
    assert ctx.undo() == "ticking Walk"
    assert ctx.store.close()
    assert present(ctx.profile.habit("walk")).done == [MON]
    assert present(decode(profile_path.read_bytes()).habit("walk")).done == [MON]


def test_undo_puts_back_what_the_day_held_before(profile_path: Path, clock: FixedClock) -> None:
    ctx = _context(profile_path, clock)
    ctx.change_habit("walk", [SetSkipped("walk", TUE, True)], "skipping")
    ctx.change_habit("walk", [SetDone("walk", TUE, True)], "ticking")  # a tick clears the skip
    ctx.undo()
    walk = present(ctx.profile.habit("walk"))
    assert (walk.done, walk.skipped) == ([], [TUE])


def test_undoing_an_edit_keeps_ticks_and_changes_only_the_edit(
    profile_path: Path, clock: FixedClock
) -> None:
    ctx = _context(profile_path, clock)
    ctx.change_habit("walk", [EditHabit("walk", "Long walk", Target(per_week=3))], "editing")
    _from_elsewhere(profile_path, clock, SetDone("walk", TUE, True))
    _adopt_changes(ctx)
    ctx.undo()
    walk = present(ctx.profile.habit("walk"))
    assert (walk.title, walk.target, walk.done) == ("Walk", Target(), [TUE])


def test_undoing_a_delete_puts_the_habit_back_in_its_place(
    profile_path: Path, clock: FixedClock
) -> None:
    ctx = _context(profile_path, clock)
    ctx.change_habit("read", [SetDone("read", TUE, True)], "ticking")
    ctx.change_habit("read", [DeleteHabit("read")], "deleting")
    ctx.undo()
    assert [h.id for h in ctx.profile.habits] == ["walk", "read", "water"]
    assert present(ctx.profile.habit("read")).done == [TUE]
    ctx.undo()
    ctx.undo()  # nothing left: the three habits were not added through change_habit
    assert present(ctx.profile.habit("read")).done == []
    assert ctx.store.close()
