"""Habits: every habit with its strength, target and streak; add, edit, pause, archive."""

from __future__ import annotations

from datetime import date

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from wellness_tui.core.habit_factory import new_habit_op, same_title
from wellness_tui.core.habits import is_paused, status_words, strength, strength_percent
from wellness_tui.profile.models import Habit
from wellness_tui.profile.ops import DeleteHabit, EditHabit, SetArchived, SetPaused
from wellness_tui.textsafe import one_line, shortened
from wellness_tui.tui.dialogs.confirm import ConfirmDialog
from wellness_tui.tui.dialogs.habit_edit import HabitEditDialog, HabitForm
from wellness_tui.tui.screens.habit_actions import HabitDayScreen
from wellness_tui.tui.screens.habit_detail import HabitDetailScreen, strength_bar
from wellness_tui.tui.widgets.footer import KeysFooter
from wellness_tui.tui.widgets.lists import replace_options
from wellness_tui.tui.widgets.section_bar import SectionBar
from wellness_tui.tui.widgets.text import labelled, literal, row, two_line

TITLE_LIMIT = 160
"""The most characters of a habit title a list row shows (about two lines)."""


class HabitsScreen(HabitDayScreen):
    CSS_PATH = "../styles/habits.tcss"
    BINDINGS = [
        Binding("n", "new", "New", id="habits.new"),
        Binding("e", "edit", "Edit", id="habits.edit"),
        Binding("p", "pause", "Pause", id="habits.pause"),
        Binding("a", "archive", "Archive", id="habits.archive"),
        Binding("d", "delete", "Delete", id="habits.delete"),
        Binding("u", "undo", "Undo", id="habits.undo"),
    ]

    def compose(self) -> ComposeResult:
        yield SectionBar("habits")
        yield Static(id="habits-title")
        yield OptionList(id="habits-list")
        yield KeysFooter()

    def on_mount(self) -> None:
        self.refresh_view()
        self.query_one(OptionList).focus()

    def refresh_view(self) -> None:
        profile = self.ctx.profile
        today = self.ctx.today()
        active = [h for h in profile.habits if not h.archived]
        archived = [h for h in profile.habits if h.archived]
        self.query_one("#habits-title", Static).update(
            row(
                ("Habits", "bold"),
                (
                    f"   {len(active)} active"
                    + (f" · {len(archived)} archived" if archived else ""),
                    "dim",
                ),
            )
        )
        options: list[Option | None] = []
        if not profile.habits:
            options.append(
                Option(
                    literal(
                        "No habits yet. Press n to add one of your own, or adopt a suggestion "
                        "from any module (m). Small is good: “drink a glass of water” counts."
                    ),
                    disabled=True,
                )
            )
        for habit in active:
            options.append(self._option(habit, today))
        if archived:
            options.append(None)
            options.append(
                Option(literal("Archived (history kept; a restores)", "bold"), disabled=True)
            )
            for habit in archived:
                options.append(self._option(habit, today))
        option_list = self.query_one(OptionList)
        replace_options(option_list, options)

    def _option(self, habit: Habit, today: date) -> Option:
        settings = self.ctx.profile.settings
        score = strength(habit, today)
        # The title wraps under itself (not under the bar), and a very long one is
        # shortened on screen (TITLE_LIMIT; the saved title stays exact).
        head = labelled(
            row(f"{strength_bar(score, 8)} ", (f"{strength_percent(habit, today):>3}%", "bold")),
            literal(shortened(one_line(habit.title), TITLE_LIMIT)),
            14,
        )
        details = [habit.target.describe()]
        if is_paused(habit, today):
            details.append("paused")
        if not habit.archived:
            status = status_words(habit, today, settings.week_start, settings.show_streaks)
            if status:
                details.append(status)
        return Option(two_line(head, literal(" · ".join(details), "dim"), 15), id=habit.id)

    def _highlighted(self) -> Habit | None:
        option = self.query_one(OptionList).highlighted_option
        return self.ctx.profile.habit(option.id) if option is not None and option.id else None

    @on(OptionList.OptionSelected)
    def open_habit(self, event: OptionList.OptionSelected) -> None:
        if event.option.id:
            self.app.push_screen(HabitDetailScreen(event.option.id))

    def action_new(self) -> None:
        def created(form: HabitForm | None) -> None:
            if form is None:
                return
            existing = same_title(self.ctx.profile, form.title)
            if existing is None:
                add(form)
                return

            def answered(another: bool | None) -> None:
                if another:
                    add(form)
                else:  # the one they have, highlighted
                    self._show_habit(existing.id)

            state = "archived, " if existing.archived else ""
            self.app.push_screen(
                ConfirmDialog(
                    # Shown with literal(): the title is data, never markup.
                    f"You already have a habit called “{shortened(one_line(existing.title), 80)}"
                    f"” ({state}{existing.target.describe()}). Two with the same name are "
                    "hard to tell apart in the shell. Add a second one anyway?",
                    yes="Add a second one",
                    no="Use the one I have",
                ),
                answered,
            )

        def add(form: HabitForm) -> None:
            op = new_habit_op(self.ctx.profile, form.title, form.target, self.ctx.today())
            self.ctx.change_habit(op.habit.id, [op], f"adding {one_line(form.title)}")
            self.notify(f"Added “{form.title}”. Tick it on Today.", markup=False)
            self.refresh_view()
            option_list = self.query_one(OptionList)
            option_list.highlighted = option_list.get_option_index(op.habit.id)

        self.app.push_screen(HabitEditDialog(), created)

    def _show_habit(self, habit_id: str) -> None:
        option_list = self.query_one(OptionList)
        try:
            option_list.highlighted = option_list.get_option_index(habit_id)
        except Exception:  # archived habits are not in the list
            self.notify("That habit is archived: show archived habits to bring it back.")
            return
        option_list.focus()

    def action_edit(self) -> None:
        habit = self._highlighted()
        if habit is None:
            return
        shown = habit.title  # what the person edits from (merged on save)

        def edited(form: HabitForm | None) -> None:
            if form is None:
                return
            self.ctx.change_habit(
                habit.id,
                [EditHabit(habit.id, form.title, form.target, title_base=shown)],
                f"editing {one_line(form.title)}",
            )
            self.refresh_view()

        self.app.push_screen(HabitEditDialog(habit.title, habit.target), edited)

    def action_pause(self) -> None:
        habit = self._highlighted()
        if habit is None or habit.archived:
            return
        today = self.ctx.today()
        pausing = not is_paused(habit, today)
        self.ctx.change_habit(
            habit.id,
            [SetPaused(habit.id, today, pausing)],
            f"{'pausing' if pausing else 'resuming'} {one_line(habit.title)}",
        )
        self.notify(
            "Paused from today. Paused days never lower its strength or break a streak; p resumes."
            if pausing
            else "Resumed. Welcome back.",
        )
        self.refresh_view()

    def action_archive(self) -> None:
        habit = self._highlighted()
        if habit is None:
            return
        archiving = not habit.archived
        self.ctx.change_habit(
            habit.id,
            [SetArchived(habit.id, archiving)],
            f"{'archiving' if archiving else 'restoring'} {one_line(habit.title)}",
        )
        self.notify("Archived; its history is kept." if archiving else "Restored.")
        self.refresh_view()

    def action_delete(self) -> None:
        habit = self._highlighted()
        if habit is None:
            return

        def answered(yes: bool | None) -> None:
            if not yes:
                return
            self.ctx.change_habit(
                habit.id, [DeleteHabit(habit.id)], f"deleting {one_line(habit.title)}"
            )
            self.notify("Deleted. Press u to undo.")
            self.refresh_view()

        self.app.push_screen(
            ConfirmDialog(
                f"Delete “{habit.title}” and all its history? Archive (a) keeps the "
                "history instead.",
                yes="Delete",
            ),
            answered,
        )

    def action_undo(self) -> None:
        self.undo()
