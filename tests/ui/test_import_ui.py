"""Bringing history in from the app: settings and the first-run choices open the same
import as `wellness-tui import-from`; it asks first and keeps a copy."""

from __future__ import annotations

import csv
from pathlib import Path

from textual.widgets import Button

from tests.typing_helpers import OpenStore
from wellness_tui.clock import FixedClock
from wellness_tui.library import Library
from wellness_tui.tui.app import build_app
from wellness_tui.tui.dialogs.confirm import ConfirmDialog
from wellness_tui.tui.dialogs.form import FormDialog
from wellness_tui.tui.screens.onboarding import OnboardingScreen
from wellness_tui.tui.screens.settings import SettingsScreen
from wellness_tui.tui.widgets.text_input import TextInput

from .helpers import screen_text


def daylio(path: Path) -> Path:
    with path.open("w", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(
            ["full_date", "date", "weekday", "time", "mood", "activities", "note_title", "note"]
        )
        writer.writerow(
            ["2026-03-01", "March 1", "Sunday", "20:00", "good", "walk", "", "[b]not bold[/b]"]
        )
    return path


async def test_what_cannot_be_brought_over_is_said_in_one_plain_sentence(
    open_store: OpenStore, profile_path: Path, library: Library, clock: FixedClock, tmp_path: Path
) -> None:
    file = daylio(tmp_path / "daylio.csv")
    with file.open("a", newline="") as handle:  # a date Daylio would never write
        csv.writer(handle).writerow(["2026-02-30", "", "", "20:00", "good", "", "", ""])
    store = open_store(profile_path)
    app = build_app(store, library, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("comma")
        await pilot.pause()
        app.screen.query_one("#import-history", Button).press()
        await pilot.pause()
        app.screen.query_one("#field-path", TextInput).value = str(file)
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmDialog)
        text = " ".join(screen_text(app).split())
        assert "1 thing could not be brought over; the first:" in text, text
        assert ".)." not in text and ".." not in text
    assert store.close()


async def test_import_from_settings_asks_then_adds_and_keeps_a_copy(
    open_store: OpenStore, profile_path: Path, library: Library, clock: FixedClock, tmp_path: Path
) -> None:
    store = open_store(profile_path)
    file = daylio(tmp_path / "daylio.csv")
    app = build_app(store, library, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("comma")
        await pilot.pause()
        assert isinstance(app.screen, SettingsScreen)
        app.screen.query_one("#import-history", Button).press()
        await pilot.pause()
        assert isinstance(app.screen, FormDialog)
        app.screen.query_one("#field-path", TextInput).value = str(file)
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmDialog)
        text = screen_text(app)
        assert "Would add: 1 new check-in day." in text
        assert "rad=9, good=7, meh=5, bad=3, awful=1" in text
        await pilot.press("escape")  # no: nothing changes
        await pilot.pause()
        assert store.profile.checkins == {}
        app.screen.query_one("#import-history", Button).press()
        await pilot.pause()
        app.screen.query_one("#field-path", TextInput).value = str(file)
        await pilot.press("ctrl+s")
        await pilot.pause()
        await pilot.press("y")
        await pilot.pause()
        assert isinstance(app.screen, SettingsScreen)
    assert store.close()
    day = next(iter(store.profile.checkins.values()))
    assert (day.mood, day.tags, day.note) == (7, ["walk"], "[b]not bold[/b]")
    assert [p for p in profile_path.parent.iterdir() if ".before-import-" in p.name]


async def test_a_wrong_file_says_so_and_changes_nothing(
    open_store: OpenStore, profile_path: Path, library: Library, clock: FixedClock, tmp_path: Path
) -> None:
    store = open_store(profile_path)
    wrong = tmp_path / "x.csv"
    wrong.write_text("a,b\n1,2\n")
    app = build_app(store, library, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        app.action_import_history()
        await pilot.pause()
        app.screen.query_one("#field-path", TextInput).value = str(wrong)
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, FormDialog)  # still open: nothing to type again
        assert app.screen.query_one("#field-path", TextInput).value == str(wrong)
        assert "missing the column" in " ".join(screen_text(app).split())
        app.screen.query_one("#field-moods", TextInput).value = "[b]rad[/b]"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, FormDialog)
        assert "Daylio moods: “[b]rad[/b]” is not LABEL=N" in " ".join(screen_text(app).split())
    assert store.profile.checkins == {}


async def test_first_run_choices_offer_the_import(
    open_store: OpenStore, profile_path: Path, library: Library, clock: FixedClock
) -> None:
    app = build_app(open_store(profile_path, welcomed=False), library, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("enter")  # past the welcome
        await pilot.pause()
        assert isinstance(app.screen, OnboardingScreen)
        app.screen.query_one("#import-history", Button).press()
        await pilot.pause()
        assert isinstance(app.screen, FormDialog)
        assert "Bring your history" in screen_text(app)
