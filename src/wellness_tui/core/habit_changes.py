"""The one place that turns what a person wants to do to a habit on a day into operations.

Today, Habits, a habit's page, the command palette and the shell's `check` all call
these: a tick, a skip, an amount, a note or clearing a day is decided here once (Loop
Habit Tracker's `ListHabitsBehavior.onToggle` plays this part there). Each returns a
Change: the operations, the words for undo ("ticking Walk") and what to tell the
person; a change that makes no sense says why with ChangeRefused.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from wellness_tui.core.habits import is_done, is_skipped
from wellness_tui.profile.models import Habit
from wellness_tui.profile.op_base import Op
from wellness_tui.textsafe import one_line


class ChangeRefused(Exception):
    """The change does not fit this habit or day; str() says why, in plain words."""


@dataclass(frozen=True)
class Change:
    ops: list[Op]
    label: str
    """What undo names ("ticking Walk")."""
    message: str
    """What to tell the person."""


def _when(day: date) -> str:
    return f"{day:%a %d %b}"


def toggle(habit: Habit, day: date) -> Change:
    """Tick a yes/no habit, or untick it if it was done."""
    from wellness_tui.profile.ops import SetDone

    if habit.target.measurable:
        unit = habit.target.unit or "amount"
        raise ChangeRefused(f"“{one_line(habit.title)}” is measured: give the amount ({unit}).")
    done = not is_done(habit, day)
    title = one_line(habit.title)
    return Change(
        [SetDone(habit.id, day, done)],
        f"{'ticking' if done else 'unticking'} {title}",
        f"{title}: {'done' if done else 'not done'} on {_when(day)}",
    )


def tick(habit: Habit, day: date) -> Change:
    """Mark a yes/no habit done (done stays done)."""
    from wellness_tui.profile.ops import SetDone

    if habit.target.measurable:
        toggle(habit, day)  # raises with the words for a measured habit
    title = one_line(habit.title)
    return Change(
        [SetDone(habit.id, day, True)], f"ticking {title}", f"{title}: done on {_when(day)}"
    )


def toggle_skip(habit: Habit, day: date) -> Change:
    """Skip a day (ill, travelling, rest), or take the skip back."""

    if is_done(habit, day):
        raise ChangeRefused("Already done that day. To change it, untick it first (space).")
    return set_skipped(habit, day, not is_skipped(habit, day))


def set_skipped(habit: Habit, day: date, skipped: bool) -> Change:
    from wellness_tui.profile.ops import SetSkipped

    title = one_line(habit.title)
    return Change(
        [SetSkipped(habit.id, day, skipped)],
        f"{'skipping' if skipped else 'unskipping'} {title}",
        f"{title}: skipped on {_when(day)} (your streak is safe)"
        if skipped
        else f"{title}: no longer skipped on {_when(day)}",
    )


def set_amount(habit: Habit, day: date, value: float | None) -> Change:
    """A measured habit's amount for the day (None clears it)."""
    from wellness_tui.profile.ops import SetAmount

    title = one_line(habit.title)
    if not habit.target.measurable:
        raise ChangeRefused(f"“{title}” is a yes/no habit: it has no amount.")
    said = "cleared" if value is None else f"{value:g} {habit.target.unit}".rstrip()
    return Change(
        [SetAmount(habit.id, day, value)],
        f"the amount for {title}",
        f"{title}: {said} on {_when(day)}",
    )


def set_note(
    habit: Habit, day: date, text: str, base: str | None = None, *, append: bool = False
) -> Change:
    """The day's note; with `base` (the note as the person saw it before editing), a
    note changed meanwhile elsewhere is merged with this one, never replaced. With
    `append`, the text is added after the day's note on a new line."""
    from wellness_tui.profile.ops import SetDayNote

    title = one_line(habit.title)
    op = SetDayNote(habit.id, day, text, base=base, append=append)
    said = "note added" if append and habit.notes.get(day, "").strip() else "note saved"
    return Change([op], f"the note on {title}", f"{title}: {said}")


def clear_day(habit: Habit, day: date) -> Change:
    """Neither done nor skipped, no amount: the day as if nothing was entered."""
    from wellness_tui.profile.ops import SetAmount, SetDone, SetSkipped

    ops: list[Op] = [SetDone(habit.id, day, False), SetSkipped(habit.id, day, False)]
    if habit.target.measurable:
        ops.append(SetAmount(habit.id, day, None))
    title = one_line(habit.title)
    return Change(ops, f"clearing {title}", f"{title}: cleared for {_when(day)}")


def check(
    habit: Habit,
    day: date,
    *,
    value: float | None = None,
    skip: bool = False,
    undo: bool = False,
    note: str | None = None,
    replace_note: bool = False,
) -> Change:
    """The shell's `check`: done (or the amount), a skip, or clearing the day; and a note,
    added after the day's note (what was written in the app stays) unless `replace_note`."""
    if undo:
        change = clear_day(habit, day)
    elif skip:
        change = set_skipped(habit, day, True)
    elif habit.target.measurable:
        if value is None:
            unit = habit.target.unit or "amount"
            raise ChangeRefused(f"'{one_line(habit.title)}' is measured: give --value N ({unit})")
        change = set_amount(habit, day, value)
    else:
        if value is not None:
            raise ChangeRefused(f"'{one_line(habit.title)}' is a yes/no habit; leave out --value")
        change = tick(habit, day)
    if note is None:
        return change
    noted = set_note(habit, day, note, append=not replace_note)
    return Change(change.ops + noted.ops, change.label, change.message)
