"""Issue 15 as a first-time user meets it on screen: weekly habits, skipped days, sleep's
words, the report form's path, delete-all's words, toasts."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from textual.widgets import Button, Input

from tests.typing_helpers import OpenStore
from wellness_tui.clock import FixedClock
from wellness_tui.library import Library
from wellness_tui.profile.models import CheckIn, Habit
from wellness_tui.profile.ops import AddHabit, SetCheckIn, SetDone, SetSkipped
from wellness_tui.targets import Target
from wellness_tui.tui.app import build_app
from wellness_tui.tui.dialogs.form import FormDialog
from wellness_tui.tui.dialogs.prompt import PromptDialog
from wellness_tui.tui.screens.habit_detail import HabitDetailScreen
from wellness_tui.tui.widgets.check_list import CheckList

from .helpers import screen_as, screen_text

TODAY = date(2026, 11, 25)


async def test_a_weekly_habit_after_its_first_tick_on_habits_and_progress(
    open_store: OpenStore, profile_path: Path, library: Library, clock: FixedClock
) -> None:
    store = open_store(profile_path)
    store.apply(
        AddHabit(Habit(id="call", title="Call a friend", target=Target(per_week=4), created=TODAY))
    )
    store.apply(SetDone("call", TODAY, True))
    store.apply(SetCheckIn(TODAY, CheckIn(mood=5, energy=4, sleep_hours=7, sleep_quality=3)))
    app = build_app(store, library, clock)
    async with app.run_test(size=(100, 60)) as pilot:
        await pilot.press("h")
        await pilot.pause()
        text = screen_text(app)
        assert "1 of 4 this week" in text
        assert "no streak yet" not in text and "  0%  Call" not in text
        await pilot.press("escape", "r")
        await pilot.pause()
        text = screen_text(app)
        assert "Call a friend · 1 of 4 this week" in text
        assert "  0%  Call" not in text
        assert "Higher is better on every line" not in text
        assert "Sleep (hours): steady and enough is" in text


async def test_skipped_days_and_past_days_in_the_habit_detail(
    open_store: OpenStore, profile_path: Path, library: Library, clock: FixedClock
) -> None:
    store = open_store(profile_path)
    start = TODAY - timedelta(days=4)
    store.apply(AddHabit(Habit(id="walk", title="Walk", created=start - timedelta(days=30))))
    for offset in (0, 2):
        store.apply(SetDone("walk", start + timedelta(days=offset), True))
    store.apply(SetDone("walk", TODAY, True))
    for offset in (1, 3):
        store.apply(SetSkipped("walk", start + timedelta(days=offset), True))
    app = build_app(store, library, clock)
    async with app.run_test(size=(100, 40)) as pilot:
        await app.push_screen(HabitDetailScreen("walk"))
        await pilot.pause()
        text = screen_text(app)
        assert "Last 5 days: done 3 of 3 days that counted; 2 skipped" not in text  # 7 days
        assert "Last 7 days: done 3 of 5 days that counted; 2 skipped" in text
        assert "% of" not in text
        assert "not done" in text  # the heatmap's past days are "not done", not "not yet"
        screen_as(app, HabitDetailScreen)._show_day(start - timedelta(days=20))
        await pilot.pause()
        assert "not done" in str(app.screen.query_one("#day-panel").render())


async def test_the_report_form_path_follows_the_format(
    open_store: OpenStore, profile_path: Path, library: Library, clock: FixedClock
) -> None:
    app = build_app(open_store(profile_path), library, clock)
    async with app.run_test(size=(100, 40)) as pilot:
        app.action_write_report()
        await pilot.pause()
        assert isinstance(app.screen, FormDialog)
        path = app.screen.query_one("#field-path", Input)
        assert path.value.endswith(".html")
        formats = app.screen.query_one("#field-format", CheckList)
        formats.focus()
        formats.highlighted = 1  # Markdown
        await pilot.press("space")
        await pilot.pause()
        assert path.value.endswith(f"wellness-report-{TODAY}.md")
        formats.highlighted = 2  # CSV
        await pilot.press("space")
        await pilot.pause()
        assert path.value.endswith(".csv")


async def test_delete_all_names_what_it_leaves_and_says_what_enter_does(
    open_store: OpenStore, profile_path: Path, library: Library, clock: FixedClock, tmp_path: Path
) -> None:
    app = build_app(open_store(profile_path), library, clock)
    async with app.run_test(size=(100, 40)) as pilot:
        report = tmp_path / "report-for-dr.md"
        app.ctx.saved_elsewhere.append(report)
        await pilot.press("comma")
        await pilot.pause()
        app.screen.query_one("#delete-all", Button).press()
        await pilot.pause()
        assert isinstance(app.screen, PromptDialog)
        text = " ".join(
            str(w.render()) for w in app.screen.query("#question, #dialog-keys").results()
        )
        assert "enter: delete everything" in text and "enter: save" not in text
        assert "Reports and text files you saved elsewhere are not removed" in text
        assert f"Saved from here since the app started: {report}." in text


async def test_toasts_start_with_a_capital(
    open_store: OpenStore, profile_path: Path, library: Library, clock: FixedClock
) -> None:
    app = build_app(open_store(profile_path), library, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        app.notify("mood: give a whole number from 1 to 10", markup=False)
        await pilot.pause()
        assert [n.message for n in app._notifications][-1].startswith("Mood: give")
