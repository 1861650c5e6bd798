"""A month of a habit's days; arrows pick a day, [ and ] change month."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from rich.text import Text
from textual.binding import Binding
from textual.message import Message
from textual.reactive import reactive
from textual.widget import Widget

from wellness_tui.core.calendar import ASCII_SYMBOLS, SYMBOLS, month_grid, shift_month
from wellness_tui.core.habits import DayState
from wellness_tui.targets import WEEKDAYS, Weekday
from wellness_tui.tui.widgets.symbols import plain_symbols


class MonthCalendar(Widget, can_focus=True):
    BINDINGS = [
        Binding("left", "move(-1)", "Day before", show=False),
        Binding("right", "move(1)", "Day after", show=False),
        Binding("up,k", "move(-7)", "Week before", show=False),
        Binding("down,j", "move(7)", "Week after", show=False),
        Binding("[", "month(-1)", "Month before", show=False, id="calendar.previous"),
        Binding("]", "month(1)", "Month after", show=False, id="calendar.next"),
        Binding("home", "today", "Today", show=False),
    ]

    cursor: reactive[date] = reactive(date(2000, 1, 1))

    class DayChosen(Message):
        def __init__(self, day: date) -> None:
            super().__init__()
            self.day = day

    def __init__(
        self,
        today: date,
        state_of: Callable[[date], DayState | None],
        first: Weekday = "mon",
        **kwargs: str,
    ) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.today = today
        self.state_of = state_of
        self.first = first
        self.set_reactive(MonthCalendar.cursor, today)

    def render(self) -> Text:
        plain = plain_symbols(self.app)
        symbols = ASCII_SYMBOLS if plain else SYMBOLS
        first_index = WEEKDAYS.index(self.first)
        text = Text(f"{self.cursor:%B %Y}\n", style="bold")
        for i in range(7):
            text.append(f"{WEEKDAYS[(first_index + i) % 7].capitalize()[:2]:>4} ", style="dim")
        text.append("\n")
        for week in month_grid(self.cursor.year, self.cursor.month, self.first):
            for day in week:
                if day is None:
                    text.append(" " * 5)
                    continue
                state = self.state_of(day) if day <= self.today else None
                mark = symbols[state] if state is not None else " "
                cell = f"{day.day:>3}{mark}"
                style = ""
                if day == self.cursor:
                    style = "reverse bold" if self.has_focus else "reverse"
                elif day == self.today:
                    style = "underline"
                elif day > self.today:
                    style = "dim"
                text.append(cell, style=style)
                text.append(" ")
            text.append("\n")
        return text

    def watch_cursor(self, day: date) -> None:
        self.post_message(self.DayChosen(day))

    def action_move(self, days: int) -> None:
        self._go(self.cursor + timedelta(days=days))

    def action_month(self, months: int) -> None:
        self._go(shift_month(self.cursor, months))

    def action_today(self) -> None:
        self._go(self.today)

    def _go(self, day: date) -> None:
        self.cursor = min(day, self.today)  # the future cannot be ticked

    def on_focus(self) -> None:
        self.refresh()

    def on_blur(self) -> None:
        self.refresh()
