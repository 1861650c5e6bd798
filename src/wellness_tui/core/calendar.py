"""Calendar layouts for habits: a heatmap of recent weeks and a month grid."""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta

from wellness_tui.core.habits import DayState, day_state, history_start, week_start
from wellness_tui.profile.models import Habit
from wellness_tui.targets import WEEKDAYS, Weekday

# Symbols first: meaning is never carried by colour alone.
SYMBOLS = {
    DayState.DONE: "■",
    DayState.SKIPPED: "–",
    DayState.PAUSED: "‖",
    DayState.NOT_YET: "·",
    DayState.NOT_DUE: " ",
}
ASCII_SYMBOLS = {
    DayState.DONE: "#",
    DayState.SKIPPED: "-",
    DayState.PAUSED: "=",
    DayState.NOT_YET: ".",
    DayState.NOT_DUE: " ",
}


@dataclass(frozen=True)
class Heatmap:
    weeks: list[date]
    """The first day of each week shown, oldest first."""
    cells: list[list[DayState | None]]
    """cells[row][week]: row 0 is the first weekday; None is outside the habit's history."""
    row_names: list[str]


def heatmap(habit: Habit, today: date, weeks: int, first: Weekday = "mon") -> Heatmap:
    last = week_start(today, first)
    starts = [last - timedelta(weeks=n) for n in range(weeks - 1, -1, -1)]
    begin = history_start(habit)
    cells: list[list[DayState | None]] = []
    for row in range(7):
        line: list[DayState | None] = []
        for start in starts:
            day = start + timedelta(days=row)
            line.append(None if day < begin or day > today else day_state(habit, day))
        cells.append(line)
    first_index = WEEKDAYS.index(first)
    names = [WEEKDAYS[(first_index + i) % 7].capitalize() for i in range(7)]
    return Heatmap(starts, cells, names)


def month_labels(weeks: list[date], cell_width: int) -> str:
    """Month names above the week columns, each where that month starts."""
    line = [" "] * (len(weeks) * cell_width)
    previous = None
    for index, start in enumerate(weeks):
        end = start + timedelta(days=6)
        month = end.month if end.day <= 7 else start.month
        if month != previous:
            name = calendar.month_abbr[month]
            at = index * cell_width
            if at + len(name) <= len(line) and all(c == " " for c in line[max(0, at - 1) : at]):
                line[at : at + len(name)] = name
            previous = month
    return "".join(line).rstrip()


def month_grid(year: int, month: int, first: Weekday = "mon") -> list[list[date | None]]:
    """Weeks of the month as rows of 7 (None outside the month)."""
    cal = calendar.Calendar(firstweekday=WEEKDAYS.index(first))
    rows: list[list[date | None]] = []
    for week in cal.monthdatescalendar(year, month):
        rows.append([d if d.month == month else None for d in week])
    return rows


def shift_month(day: date, months: int) -> date:
    """The same day-of-month `months` away (clamped to the month's length)."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last))
