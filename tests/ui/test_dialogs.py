"""Dialogs never throw away what was typed without asking."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.typing_helpers import OpenStore
from wellness_tui.clock import FixedClock
from wellness_tui.library import Library
from wellness_tui.tui.app import build_app
from wellness_tui.tui.dialogs.confirm import ConfirmDialog
from wellness_tui.tui.dialogs.habit_edit import HabitEditDialog
from wellness_tui.tui.screens.habits import HabitsScreen


async def test_escape_in_the_habit_form_asks_before_discarding(
    open_store: OpenStore, profile_path: Path, library: Library, clock: FixedClock
) -> None:
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


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("2026-11-03", date(2026, 11, 3)),
        (" 2026-11-03 ", date(2026, 11, 3)),
        ("", None),
        ("20261103", "not a date"),
        ("2026-W40-3", "not a date"),
        ("2026-11-3", "not a date"),
        ("2026-02-30", "not a date"),
        ("0001-01-01", "too far back"),
        ("1999-12-31", "too far back"),
    ],
)
def test_a_date_field_takes_only_the_form_it_asks_for(
    typed: str, expected: date | str | None
) -> None:
    from wellness_tui.tui.dialogs.form import check_date

    if isinstance(expected, str):
        with pytest.raises(ValueError, match=expected):
            check_date(typed)
    else:
        assert check_date(typed) == expected
