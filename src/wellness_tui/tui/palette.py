"""The app's own entries in the command palette (ctrl+p)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import partial
from typing import TYPE_CHECKING, cast

from textual.app import SystemCommand
from textual.command import Hit, Hits, Provider
from textual.content import Content
from textual.fuzzy import Matcher
from textual.markup import escape

from wellness_tui.core.habits import active_habits
from wellness_tui.textsafe import one_line

if TYPE_CHECKING:
    from wellness_tui.tui.app import WellnessApp


def palette_commands(app: WellnessApp) -> Iterator[SystemCommand]:
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
        "Write a report", "An appointment summary for a date range", app.action_write_report
    )
    yield SystemCommand("Help", "Every key, and how habit strength works", app.action_help)
    yield SystemCommand("Settings", "Name, theme, day-end hour, streaks…", app.action_settings)


def typed_text_commands(app: WellnessApp) -> Iterator[tuple[str, str, Callable[[], object]]]:
    """Entries whose titles hold text a person typed (habits) or content wrote
    (modules, lessons): searched only, and shown literally (TypedTextCommands)."""
    ctx = app.ctx
    for habit in active_habits(ctx.profile.habits):
        yield (
            f"Tick: {one_line(habit.title)}",
            "Tick or untick it for today",
            partial(app.tick_habit, habit.id),
        )
    for module in ctx.library.modules:
        yield (f"Module: {module.title}", module.meta.summary, partial(app.open_module, module.id))
        for number, lesson in enumerate(module.lessons, start=1):
            yield (
                f"Lesson: {module.title} {number} — {lesson.title}",
                f"about {lesson.minutes} min",
                partial(app.open_lesson, lesson.id),
            )


def literal_highlight(matcher: Matcher, title: str) -> Content:
    """The title as plain Content (never parsed as markup: `[@click=app.quit]x[/]`
    stays those characters), with the matched letters highlighted."""
    content = Content(title)
    score, offsets = matcher.fuzzy_search.match(matcher.query, title)
    if score:
        for offset in offsets:
            if not title[offset].isspace():
                content = content.stylize(matcher.match_style, offset, offset + 1)
    return content


class TypedTextCommands(Provider):
    """The palette's habits, modules and lessons. Textual's system commands parse their
    titles (and help) as markup; these never are: titles are Content, help is escaped."""

    async def search(self, query: str) -> Hits:
        app = cast("WellnessApp", self.app)
        matcher = self.matcher(query)
        for title, help_text, callback in typed_text_commands(app):
            score = matcher.match(title)
            if score > 0:
                yield Hit(
                    score,
                    literal_highlight(matcher, title),
                    callback,
                    text=title,
                    help=escape(one_line(help_text)),
                )
