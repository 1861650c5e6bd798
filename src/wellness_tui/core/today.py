"""What the Today screen shows, computed without a terminal."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from wellness_tui.core.habits import DayState, active_habits, day_state, done_this_week, is_due
from wellness_tui.core.progress import (
    ContinuePoint,
    ModuleProgress,
    continue_point,
    module_progress,
    program_progress,
)
from wellness_tui.library import Library, Module
from wellness_tui.profile.models import CheckIn, Profile
from wellness_tui.textsafe import one_line, shortened

GREETING_NAME_LIMIT = 30


@dataclass(frozen=True)
class HabitRow:
    habit_id: str
    title: str
    target: str
    state: DayState
    detail: str
    """e.g. "2 of 5 this week" or "12 minutes"; empty when there is nothing to add."""


@dataclass(frozen=True)
class Dashboard:
    day: date
    greeting: str
    habits: list[HabitRow]
    checkin: CheckIn | None
    resume: ContinuePoint | None
    modules: list[tuple[Module, ModuleProgress]]
    program: ModuleProgress


def greeting(now: datetime, name: str) -> str:
    part = "morning" if 4 <= now.hour < 12 else "afternoon" if 12 <= now.hour < 18 else "evening"
    # A very long name is shortened on screen (the saved one stays exact).
    shown = shortened(one_line(name.strip()), GREETING_NAME_LIMIT)
    return f"Good {part}, {shown}." if shown else f"Good {part}."


def habit_rows(profile: Profile, day: date) -> list[HabitRow]:
    rows = []
    for habit in active_habits(profile.habits):
        if not is_due(habit, day):
            continue
        details = []
        amount = habit.amounts.get(day)
        if amount is not None:
            details.append(f"{amount:g} {one_line(habit.target.unit)}".rstrip())
        if habit.target.per_week is not None:
            done = done_this_week(habit, day, profile.settings.week_start)
            met = " — this week's target met" if done >= habit.target.per_week else ""
            details.append(f"{done} of {habit.target.per_week} this week{met}")
        rows.append(
            HabitRow(
                habit.id,
                habit.title,
                habit.target.describe(),
                day_state(habit, day),
                " · ".join(details),
            )
        )
    return rows


def build_dashboard(library: Library, profile: Profile, now: datetime, day: date) -> Dashboard:
    focus = profile.settings.focus_modules
    modules = sorted(library.modules, key=lambda m: (m.id not in focus, m.meta.order))
    return Dashboard(
        day=day,
        greeting=greeting(now, profile.settings.name),
        habits=habit_rows(profile, day),
        checkin=profile.checkins.get(day),
        resume=continue_point(library, profile),
        modules=[(m, module_progress(m, profile)) for m in modules],
        program=program_progress(library, profile),
    )


def long_date(day: date) -> str:
    return f"{day:%A} {day.day} {day:%B %Y}"


def progress_bar(progress: ModuleProgress, width: int = 10) -> str:
    """A bar made of symbols, readable without colour: ■■■□□□."""
    if progress.total == 0:
        return "□" * width
    filled = round(width * progress.done / progress.total)
    return "■" * filled + "□" * (width - filled)


def last_days(day: date, count: int = 7) -> list[date]:
    """The `count` days up to and including `day`, oldest first."""
    return [day - timedelta(days=offset) for offset in range(count - 1, -1, -1)]


def week_grid(profile: Profile, day: date) -> list[tuple[str, list[DayState]]]:
    """Each active habit's state on each of the last seven days (for a glance)."""
    days = last_days(day)
    return [(h.title, [day_state(h, d) for d in days]) for h in active_habits(profile.habits)]


def short_date(day: date, today: date) -> str:
    """ "Wed 03 Dec", with the year when it is not this year."""
    return f"{day:%a %d %b}" + (f" {day.year}" if day.year != today.year else "")
