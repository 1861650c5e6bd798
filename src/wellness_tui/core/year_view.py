"""A mood year view ("a year in pixels"): one cell per day, weeks as columns.

Pure layout: which day sits where and its mood. The widget draws each cell as a
symbol (never colour alone) and may add colour.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from wellness_tui.core.habits import week_start
from wellness_tui.profile.models import Profile
from wellness_tui.targets import WEEKDAYS, Weekday

WEEKS = 53

# One character per mood 1..10: the digit, and "+" for 10 (a cell is one column wide).
MOOD_SYMBOLS = {n: str(n) for n in range(1, 10)} | {10: "+"}
NO_ENTRY = "·"
NO_ENTRY_ASCII = "."


@dataclass(frozen=True)
class YearGrid:
    weeks: list[date]
    """The first day of each week column, oldest first."""
    cells: list[list[int | bool | None]]
    """cells[row][week]: a mood 1..10; None for a day without a mood; False outside the
    period (before its first day or after today)."""
    row_names: list[str]
    start: date
    end: date

    def moods(self) -> list[int]:
        return [c for row in self.cells for c in row if type(c) is int]


def mood_symbol(mood: int | None, ascii_only: bool = False) -> str:
    if mood is None:
        return NO_ENTRY_ASCII if ascii_only else NO_ENTRY
    return MOOD_SYMBOLS[max(1, min(10, mood))]


def year_grid(
    profile: Profile, today: date, weeks: int = WEEKS, first: Weekday = "mon"
) -> YearGrid:
    """The last `weeks` calendar weeks up to today, one column a week."""
    last = week_start(today, first)
    starts = [last - timedelta(weeks=n) for n in range(weeks - 1, -1, -1)]
    begin = starts[0]
    cells: list[list[int | bool | None]] = []
    for row in range(7):
        line: list[int | bool | None] = []
        for start in starts:
            day = start + timedelta(days=row)
            if day > today:
                line.append(False)
                continue
            checkin = profile.checkins.get(day)
            line.append(None if checkin is None else checkin.mood)
        cells.append(line)
    first_index = WEEKDAYS.index(first)
    names = [WEEKDAYS[(first_index + i) % 7].capitalize() for i in range(7)]
    return YearGrid(starts, cells, names, begin, today)
