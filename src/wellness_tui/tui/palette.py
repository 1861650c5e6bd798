"""The app's own entries in the command palette (ctrl+p)."""

from __future__ import annotations

from collections.abc import Iterator
from functools import partial
from typing import TYPE_CHECKING

from textual.app import SystemCommand

from wellness_tui.core.habits import active_habits
from wellness_tui.textsafe import one_line

if TYPE_CHECKING:
    from wellness_tui.tui.app import WellnessApp


def palette_commands(app: WellnessApp) -> Iterator[SystemCommand]:
    ctx = app.ctx
    yield SystemCommand("Check in", "Today's mood, energy, sleep and a note", app.action_checkin)
    yield SystemCommand(
        "Get help now", "Crisis lines and my safety plan (ctrl+g)", app.action_get_help
    )
    for mode, title, help_text in (
        ("today", "Today", "Today's habits, check-in and where I left off"),
        ("modules", "Modules", "Every module of the program"),
        ("habits", "Habits", "All habits: add, edit, pause, archive"),
        ("progress", "Progress", "Mood, energy and sleep over time"),
        ("notebook", "Notebook", "Safety plan, people, questions, logs, reports"),
    ):
        yield SystemCommand(f"Open {title}", help_text, partial(app.switch_mode, mode))
    yield SystemCommand(
        "My safety plan",
        "Write or read my plan",
        partial(app.open_screen, "safety_plan", "SafetyPlanScreen"),
    )
    yield SystemCommand(
        "Prepare for my appointment",
        "Questions, symptoms and trends",
        partial(app.open_screen, "prepare", "PrepareScreen"),
    )
    yield SystemCommand(
        "Plan an activity",
        "Doing what matters: plan, do, rate; the weekly review (a on Today)",
        partial(app.open_screen, "activities", "ActivitiesScreen"),
    )
    yield SystemCommand(
        "Write a report", "An appointment summary for a date range", app.action_write_report
    )
    yield SystemCommand("Help", "Every key, and how habit strength works", app.action_help)
    yield SystemCommand("Settings", "Name, theme, day-end hour, streaks…", app.action_settings)
    for habit in active_habits(ctx.profile.habits):
        yield SystemCommand(
            f"Tick: {one_line(habit.title)}",
            "Tick or untick it for today",
            partial(app.tick_habit, habit.id),
            discover=False,
        )
    for module in ctx.library.modules:
        yield SystemCommand(
            f"Module: {module.title}",
            module.meta.summary,
            partial(app.open_module, module.id),
            discover=False,
        )
        for number, lesson in enumerate(module.lessons, start=1):
            yield SystemCommand(
                f"Lesson: {module.title} {number} — {lesson.title}",
                f"about {lesson.minutes} min",
                partial(app.open_lesson, lesson.id),
                discover=False,
            )
