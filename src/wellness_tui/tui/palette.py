"""The app's own entries in the command palette (ctrl+p)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import partial
from typing import Any, Protocol, cast

from textual.app import SystemCommand
from textual.command import Hit, Hits, Provider
from textual.content import Content
from textual.fuzzy import Matcher
from textual.markup import escape

from wellness_tui.core.habits import active_habits
from wellness_tui.textsafe import one_line, visible
from wellness_tui.tui.context import AppHost
from wellness_tui.tui.screens import lazy


class PaletteHost(AppHost, Protocol):
    """What the palette's entries call on the app (WellnessApp provides it): the palette
    never imports the App class, so there is no import circle."""

    def switch_mode(self, mode: str) -> Any: ...

    def action_get_help(self) -> None: ...

    def action_help(self) -> None: ...

    def action_settings(self) -> None: ...

    def action_write_report(self) -> None: ...

    def open_module(self, module_id: str) -> None: ...

    def open_lesson(self, lesson_id: str) -> None: ...

    def tick_habit(self, habit_id: str) -> None: ...


def palette_commands(app: PaletteHost) -> Iterator[SystemCommand]:
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
        partial(app.open_screen, lazy.safety_plan),
    )
    yield SystemCommand(
        "Prepare for my appointment",
        "Questions, symptoms and trends",
        partial(app.open_screen, lazy.prepare),
    )
    yield SystemCommand(
        "Self-check",
        "PHQ-9 or GAD-7: a two-minute look at the last two weeks",
        partial(app.open_screen, lazy.selfcheck),
    )
    yield SystemCommand(
        "Patterns",
        "What went with better days, and a year of moods",
        partial(app.open_screen, lazy.patterns),
    )
    yield SystemCommand(
        "Plan an activity",
        "Doing what matters: plan, do, rate; the weekly review (a on Today)",
        partial(app.open_screen, lazy.activities),
    )
    yield SystemCommand(
        "Write a report", "An appointment summary for a date range", app.action_write_report
    )
    yield from worksheet_commands(app)
    yield SystemCommand(
        "Import history",
        "From Daylio, Loop Habit Tracker or a CSV (adds; never replaces)",
        app.action_import_history,
    )
    yield SystemCommand("Help", "Every key, and how habit strength works", app.action_help)
    yield SystemCommand("Settings", "Name, theme, day-end hour, streaks…", app.action_settings)


def typed_text_commands(app: PaletteHost) -> Iterator[tuple[str, str, Callable[[], object]]]:
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


# ----- worksheets: thought records and problem solving -------------------------------------


def worksheet_commands(app: PaletteHost) -> Iterator[SystemCommand]:
    """The two "New …" commands (fixed titles; saved records come from WorksheetCommands)."""
    from wellness_tui.tui.dialogs.worksheet_forms import open_problem_form, open_thought_form

    yield SystemCommand(
        "New thought record",
        "A hard thought, looked at step by step (Notebook → Thought records)",
        partial(open_thought_form, app),
    )
    yield SystemCommand(
        "New problem-solving sheet",
        "Options, one small step and when (Notebook → Problem solving)",
        partial(open_problem_form, app),
    )


class WorksheetCommands(Provider):
    """Saved thought records and problem-solving sheets, found by what was written in them.

    Titles quote what the person typed, so they are rich Text (the palette parses a
    plain string as markup); the help lines are fixed words.
    """

    def _entries(self) -> list[tuple[str, str, Callable[[], object]]]:
        from wellness_tui.core.worksheets import (
            problem_summary,
            problems_by_date,
            thought_summary,
            thoughts_by_date,
        )
        from wellness_tui.tui.dialogs.worksheet_forms import open_problem_form, open_thought_form

        app = cast(PaletteHost, self.app)
        profile = app.ctx.profile
        entries: list[tuple[str, str, Callable[[], object]]] = []
        for record in thoughts_by_date(profile):
            entries.append(
                (
                    f"Thought record {record.created:%d %b %Y}: "
                    f"{one_line(record.situation)[:60]} · {thought_summary(record)[:80]}",
                    "Open this thought record to read or edit it",
                    partial(open_thought_form, app, record),
                )
            )
        for sheet in problems_by_date(profile):
            entries.append(
                (
                    f"Problem solving {sheet.created:%d %b %Y}: {problem_summary(sheet)[:120]}",
                    "Open this problem-solving sheet to read or edit it",
                    partial(open_problem_form, app, sheet),
                )
            )
        return entries

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for title, help_text, callback in self._entries():
            score = matcher.match(title)
            if score > 0:
                yield Hit(
                    score,
                    literal_highlight(matcher, title),
                    callback,
                    text=title,
                    help=escape(one_line(help_text)),
                )


def literal_highlight(matcher: Matcher, title: str) -> Content:
    """The title as plain Content (never parsed as markup: `[@click=app.quit]x[/]`
    stays those characters), with the matched letters highlighted."""
    content = Content(visible(title))  # control characters as their pictures
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
        app = cast(PaletteHost, self.app)
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
