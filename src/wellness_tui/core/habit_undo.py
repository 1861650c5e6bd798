"""How to undo a change to one habit: compare the habit before and after it."""

from __future__ import annotations

import dataclasses

from wellness_tui.profile.models import Habit, Profile
from wellness_tui.profile.ops import DayEntry, DeleteHabit, Op, RestoreHabit, RevertHabit

DAY_FIELDS = {"done", "skipped", "amounts", "notes"}


def undo_op(habit_id: str, before: Habit | None, index: int | None, profile: Profile) -> Op:
    """The operation that takes back exactly this change and nothing made meanwhile."""
    after = profile.habit(habit_id)
    if before is None:
        return DeleteHabit(habit_id)  # it was added
    if after is None:
        return RestoreHabit(before, index)  # it was deleted
    fields = tuple(
        (name, getattr(before, name))
        for name in (item.name for item in dataclasses.fields(Habit))
        if name not in DAY_FIELDS and getattr(before, name) != getattr(after, name)
    )
    touched = (
        set(before.done) ^ set(after.done)
        | set(before.skipped) ^ set(after.skipped)
        | {
            d
            for d in before.amounts.keys() | after.amounts.keys()
            if before.amounts.get(d) != after.amounts.get(d)
        }
        | {
            d
            for d in before.notes.keys() | after.notes.keys()
            if before.notes.get(d) != after.notes.get(d)
        }
    )
    days = tuple((day, DayEntry.of(before, day)) for day in sorted(touched))
    return RevertHabit(habit_id, fields, days)
