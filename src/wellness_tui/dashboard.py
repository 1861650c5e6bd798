"""What the Today screen shows, computed without a terminal."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from wellness_tui.habits import DayState, active_habits, day_state, is_due
from wellness_tui.library import Library, Module
from wellness_tui.profile.models import Profile
from wellness_tui.progress import (
    ContinuePoint,
    ModuleProgress,
    continue_point,
    module_progress,
    program_progress,
)


@dataclass(frozen=True)
class HabitRow:
    habit_id: str
    title: str
    target: str
    state: DayState


@dataclass(frozen=True)
class Dashboard:
    day: date
    greeting: str
    habits: list[HabitRow]
    resume: ContinuePoint | None
    modules: list[tuple[Module, ModuleProgress]]
    program: ModuleProgress


def greeting(now: datetime, name: str) -> str:
    part = "morning" if 4 <= now.hour < 12 else "afternoon" if now.hour < 18 else "evening"
    return f"Good {part}, {name}." if name.strip() else f"Good {part}."


def build_dashboard(library: Library, profile: Profile, now: datetime, day: date) -> Dashboard:
    habits = [
        HabitRow(h.id, h.title, h.target.describe(), day_state(h, day))
        for h in active_habits(profile.habits)
        if is_due(h, day)
    ]
    focus = profile.settings.focus_modules
    modules = sorted(library.modules, key=lambda m: (m.id not in focus, m.meta.order))
    return Dashboard(
        day=day,
        greeting=greeting(now, profile.settings.name),
        habits=habits,
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
