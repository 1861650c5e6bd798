"""What a person can do to a habit on a day, shared by Today, Habits and a habit's page.

Each action goes through `Context.change_habit`, so `u` can undo it. The changes
(core.habit_changes), the amount parser and the prompt dialog are imported in each
action, not at the top: Today is the first screen, and importing them at start-up would
cost every start ~5 ms for what only a key press needs.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from wellness_tui.core.habits import is_skipped
from wellness_tui.profile.models import Habit
from wellness_tui.tui.screens.base import WellnessScreen

if TYPE_CHECKING:
    from wellness_tui.core import habit_changes


def amount_problem(text: str) -> str | None:
    """What is wrong with a typed amount (empty clears the day), read by core.parse."""
    from wellness_tui.core.parse import ParseError, parse_amount

    try:
        parse_amount(text)
    except ParseError as err:
        return f"{err} Leave it empty to clear the day."
    return None


class HabitDayScreen(WellnessScreen):
    """A screen that shows habits; `refresh_view` redraws it after an action."""

    def tick(self, habit: Habit, day: date) -> None:
        """Yes/no habits toggle at once; measurable ones ask for the amount."""
        if habit.target.measurable:
            self.ask_amount(habit, day)
            return
        from wellness_tui.core import habit_changes

        self.make(habit_changes.toggle(habit, day), habit)

    def make(self, change: habit_changes.Change, habit: Habit) -> None:
        """Apply a change decided by core.habit_changes (undoable with u) and redraw."""
        self.ctx.change_habit(habit.id, change.ops, change.label)
        self.refresh_view()

    def toggle_skip(self, habit: Habit, day: date) -> None:
        from wellness_tui.core import habit_changes

        try:
            change = habit_changes.toggle_skip(habit, day)
        except habit_changes.ChangeRefused as err:
            self.notify(str(err))
            return
        skipped = not is_skipped(habit, day)
        self.ctx.change_habit(habit.id, change.ops, change.label)
        self.notify(
            "Skipped: a rest day never breaks a streak. u undoes."
            if skipped
            else "No longer skipped.",
        )
        self.refresh_view()

    def ask_amount(self, habit: Habit, day: date) -> None:
        from wellness_tui.core import habit_changes
        from wellness_tui.core.parse import parse_amount
        from wellness_tui.tui.dialogs.prompt import PromptDialog

        current = habit.amounts.get(day)
        unit = habit.target.unit or "amount"

        def save(text: str | None) -> None:
            if text is not None:
                self.make(habit_changes.set_amount(habit, day, parse_amount(text)), habit)

        self.app.push_screen(
            PromptDialog(
                f"{habit.title} — {unit} on {day:%a %d %b}?",
                "" if current is None else f"{current:g}",
                placeholder=f"{habit.target.describe()}",
                check=amount_problem,
                number=True,
            ),
            save,
        )

    def ask_note(self, habit: Habit, day: date) -> None:
        from wellness_tui.core import habit_changes
        from wellness_tui.tui.dialogs.prompt import PromptDialog

        shown = habit.notes.get(day, "")

        def save(text: str | None) -> None:
            if text is not None:
                self.make(habit_changes.set_note(habit, day, text, base=shown), habit)

        self.app.push_screen(
            PromptDialog(
                f"A short note for “{habit.title}” on {day:%a %d %b}",
                shown,
                placeholder="e.g. walked with Sam",
                keep_on_escape=True,
            ),
            save,
        )

    def undo(self) -> None:
        done = self.ctx.undo()
        message = f"Undone: {done}." if done else "Nothing to undo."
        self.notify(message, markup=False)
        self.refresh_view()
