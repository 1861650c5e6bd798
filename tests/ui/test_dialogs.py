"""Dialogs never throw away what was typed without asking."""

from __future__ import annotations

from wellness_tui.app import build_app
from wellness_tui.screens.confirm import ConfirmDialog
from wellness_tui.screens.habit_edit import HabitEditDialog
from wellness_tui.screens.habits import HabitsScreen


async def test_escape_in_the_habit_form_asks_before_discarding(
    open_store, profile_path, library, clock
):
    store = open_store(profile_path)
    app = build_app(store, library, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("h", "n")
        await pilot.pause()
        await pilot.press("escape")  # nothing typed: closes at once
        await pilot.pause()
        assert isinstance(app.screen, HabitsScreen)
        await pilot.press("n", *"Walk", "escape")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmDialog)
        await pilot.press("escape")  # keep editing
        await pilot.pause()
        assert isinstance(app.screen, HabitEditDialog)
        await pilot.press("escape", "y")  # now discard
        await pilot.pause()
        assert isinstance(app.screen, HabitsScreen) and store.profile.habits == []
