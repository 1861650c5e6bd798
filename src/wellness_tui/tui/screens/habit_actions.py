"""What a person can do to a habit on a day, shared by Today, Habits and a habit's page.

Each action goes through `Context.change_habit`, so `u` can undo it. The operations are
imported in each action, not at the top: Today is the first screen, and importing them
at start-up would cost every start ~10 ms.
"""

from __future__ import annotations

from datetime import date

from wellness_tui.core.habits import is_done, is_skipped
from wellness_tui.core.parse import ParseError, parse_amount
from wellness_tui.profile.models import Habit
from wellness_tui.textsafe import one_line
from wellness_tui.tui.dialogs.prompt import PromptDialog
from wellness_tui.tui.screens.base import WellnessScreen


def amount_problem(text: str) -> str | None:
    """What is wrong with a typed amount (empty clears the day), read by core.parse."""
    try:
        parse_amount(text)
    except ParseError as err:
        return f"{err} Leave it empty to clear the day."
    return None


class HabitDayScreen(WellnessScreen):
    """A screen that shows habits; `after_change` redraws it after an action."""

    def after_change(self) -> None:
        """Redraw after a change (each screen defines what that means)."""
        self.refresh_view()

    def tick(self, habit: Habit, day: date) -> None:
        """Yes/no habits toggle at once; measurable ones ask for the amount."""
        from wellness_tui.profile.ops import SetDone

        if habit.target.measurable:
            self.ask_amount(habit, day)
            return
        done = not is_done(habit, day)
        self.ctx.change_habit(
            habit.id,
            [SetDone(habit.id, day, done)],
            f"{'ticking' if done else 'unticking'} {one_line(habit.title)}",
        )
        self.after_change()

    def toggle_skip(self, habit: Habit, day: date) -> None:
        from wellness_tui.profile.ops import SetSkipped

        if is_done(habit, day):
            self.notify("Already done that day. To change it, untick it first (space).")
            return
        skipped = not is_skipped(habit, day)
        self.ctx.change_habit(
            habit.id,
            [SetSkipped(habit.id, day, skipped)],
            f"{'skipping' if skipped else 'unskipping'} {one_line(habit.title)}",
        )
        self.notify(
            "Skipped: a rest day never breaks a streak. u undoes."
            if skipped
            else "No longer skipped.",
        )
        self.after_change()

    def ask_amount(self, habit: Habit, day: date) -> None:
        current = habit.amounts.get(day)
        unit = habit.target.unit or "amount"

        def save(text: str | None) -> None:
            from wellness_tui.profile.ops import SetAmount

            if text is None:
                return
            value = parse_amount(text)
            self.ctx.change_habit(
                habit.id,
                [SetAmount(habit.id, day, value)],
                f"the amount for {one_line(habit.title)}",
            )
            self.after_change()

        self.app.push_screen(
            PromptDialog(
                f"{habit.title} — {unit} on {day:%a %d %b}?",
                "" if current is None else f"{current:g}",
                placeholder=f"{habit.target.describe()}",
                check=amount_problem,
            ),
            save,
        )

    def ask_note(self, habit: Habit, day: date) -> None:
        def save(text: str | None) -> None:
            from wellness_tui.profile.ops import SetDayNote

            if text is None:
                return
            self.ctx.change_habit(
                habit.id, [SetDayNote(habit.id, day, text)], f"the note on {one_line(habit.title)}"
            )
            self.after_change()

        self.app.push_screen(
            PromptDialog(
                f"A short note for “{habit.title}” on {day:%a %d %b}",
                habit.notes.get(day, ""),
                placeholder="e.g. walked with Sam",
                keep_on_escape=True,
            ),
            save,
        )

    def undo(self) -> None:
        done = self.ctx.undo()
        message = f"Undone: {done}." if done else "Nothing to undo."
        self.notify(message, markup=False)
        self.after_change()
