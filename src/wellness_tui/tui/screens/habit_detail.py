"""One habit: strength, streaks, completion, its recent weeks, and a month to edit days."""

from __future__ import annotations

from datetime import date

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.widgets import Static

from wellness_tui.core.calendar import heatmap
from wellness_tui.core.habits import (
    DayState,
    completion,
    day_state,
    days_phrase,
    history_start,
    rate_words,
    state_words,
    status_words,
    strength,
    strength_percent,
)
from wellness_tui.profile.models import Habit
from wellness_tui.textsafe import one_line, shortened
from wellness_tui.tui.screens.habit_actions import HabitDayScreen
from wellness_tui.tui.widgets.footer import KeysFooter
from wellness_tui.tui.widgets.heatmap import HeatmapView
from wellness_tui.tui.widgets.month_calendar import MonthCalendar
from wellness_tui.tui.widgets.scroll_body import ScrollBody
from wellness_tui.tui.widgets.text import literal, row

HEATMAP_WEEKS = 26  # half a year: 26 columns of 2 fits 80 columns with labels


def strength_bar(value: float, width: int = 10) -> str:
    filled = round(value * width)
    return "■" * filled + "□" * (width - filled)


class HabitDetailScreen(HabitDayScreen):
    CSS_PATH = "../styles/habit_detail.tcss"
    BINDINGS = [
        Binding("escape", "app.pop_screen", "Back", id="habit.back"),
        Binding("space", "tick", "Tick day", id="habit.tick"),
        Binding("s", "skip", "Skip day", id="habit.skip"),
        Binding("e", "note", "Note", id="habit.note"),
        Binding("u", "undo", "Undo", id="habit.undo"),
    ]

    def __init__(self, habit_id: str) -> None:
        super().__init__()
        self.habit_id = habit_id

    @property
    def habit(self) -> Habit | None:
        return self.ctx.profile.habit(self.habit_id)

    def compose(self) -> ComposeResult:
        with ScrollBody(id="habit-body"):
            yield Static(id="habit-title")
            yield Static(id="habit-numbers")
            # The month (what the keys move through) first, so it is on screen at 80x24.
            with Horizontal(id="month-row"):
                yield MonthCalendar(
                    self.ctx.today(),
                    self._state_of,
                    self.ctx.profile.settings.week_start,
                    id="month",
                )
                yield Static(id="day-panel")
            yield Static(literal("Recent weeks", "bold"), classes="part-title")
            yield HeatmapView(id="heatmap")
        yield KeysFooter()

    def on_mount(self) -> None:
        self.refresh_view()
        self.query_one(MonthCalendar).focus(scroll_visible=False)

    def _state_of(self, day: date) -> DayState | None:
        habit = self.habit
        if habit is None or day < history_start(habit):
            return None
        return day_state(habit, day)

    def refresh_view(self) -> None:
        habit = self.habit
        if habit is None:  # deleted, perhaps from another window
            self.query_one("#habit-title", Static).update(
                literal("This habit is no longer in your habits. Press escape to go back.")
            )
            return
        today = self.ctx.today()
        settings = self.ctx.profile.settings
        score = strength(habit, today)
        self.query_one("#habit-title", Static).update(
            row((shortened(habit.title, 160), "bold"), (f"   {habit.target.describe()}", "dim"))
        )
        numbers = row(
            ("Strength ", ""),
            (f"{strength_percent(habit, today)}% ", "bold"),
            (strength_bar(score), ""),
        )
        status = status_words(habit, today, settings.week_start, settings.show_streaks)
        if status:
            numbers.append("   ")
            numbers.append_text(literal(status))
        rates = []
        weekly = habit.target.per_week is not None
        for days in (7, 30, 90):
            rate = completion(habit, today, days)
            if rate is not None:
                when = "Today" if rate.days == 1 else f"Last {days_phrase(rate.days)}"
                rates.append(f"{when}: {rate_words(rate, weekly)}")
        if rates:  # a young habit has fewer days than the window: say each once
            numbers.append("\n" + "\n".join(dict.fromkeys(rates)), style="dim")
        if habit.why:
            numbers.append("\n")
            numbers.append_text(literal(habit.why, "italic dim"))
        self.query_one("#habit-numbers", Static).update(numbers)
        self.query_one(HeatmapView).show(heatmap(habit, today, HEATMAP_WEEKS, settings.week_start))
        calendar = self.query_one(MonthCalendar)
        calendar.today = today
        calendar.refresh()
        self._show_day(calendar.cursor)

    @on(MonthCalendar.DayChosen)
    def day_chosen(self, event: MonthCalendar.DayChosen) -> None:
        self._show_day(event.day)

    def _show_day(self, day: date) -> None:
        habit = self.habit
        if habit is None:
            return
        state = day_state(habit, day)
        text = row((f"{day:%A %d %B}\n", "bold"), state_words(state, day, self.ctx.today()))
        amount = habit.amounts.get(day)
        if amount is not None:
            text.append(f" · {amount:g} {one_line(habit.target.unit)}".rstrip())
        note = habit.notes.get(day)
        if note:
            text.append("\nNote: ", style="dim")
            text.append_text(literal(note))
        action = "enter the amount" if habit.target.measurable else "tick or untick"
        text.append(
            f"\n\nspace: {action}\ns: skip (ill, traveling, rest)\ne: a note\n"
            "arrows: another day · [ ]: month",
            style="dim",
        )
        self.query_one("#day-panel", Static).update(text)

    def _day(self) -> date:
        return self.query_one(MonthCalendar).cursor

    def action_tick(self) -> None:
        if self.habit is not None:
            self.tick(self.habit, self._day())

    def action_skip(self) -> None:
        if self.habit is not None:
            self.toggle_skip(self.habit, self._day())

    def action_note(self) -> None:
        if self.habit is not None:
            self.ask_note(self.habit, self._day())

    def action_undo(self) -> None:
        self.undo()
