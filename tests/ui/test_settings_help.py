"""Settings change the profile at once; help explains keys and habit strength."""

from __future__ import annotations

from pathlib import Path

from tests.typing_helpers import OpenStore
from wellness_tui.clock import FixedClock
from wellness_tui.library import Library
from wellness_tui.tui.app import build_app
from wellness_tui.tui.screens.help import HelpScreen
from wellness_tui.tui.screens.settings import SettingsScreen
from wellness_tui.tui.widgets.check_list import CheckList

from .helpers import screen_text, type_burst


async def test_help_lists_keys_and_explains_strength(
    open_store: OpenStore, profile_path: Path, library: Library, clock: FixedClock
) -> None:
    app = build_app(open_store(profile_path), library, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        assert "ctrl+g or F1: get help now" in screen_text(app)
        await pilot.press("end")
        await pilot.pause()
        help_text = screen_text(app)
        assert "Everything stays in one file on this computer" in help_text
        from wellness_tui.tui.screens.help import help_text as source

        text = source()
        assert "13 days in a row from nothing brings strength to" in text
        assert "Skipped and paused days leave strength exactly where it was" in text


async def test_settings_are_saved_as_they_change(
    open_store: OpenStore, profile_path: Path, library: Library, clock: FixedClock
) -> None:
    store = open_store(profile_path)
    app = build_app(store, library, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("comma")
        await pilot.pause()
        assert isinstance(app.screen, SettingsScreen)
        await type_burst(pilot, "Ana [b]")
        await pilot.pause()
        switches = app.screen.query_one("#switches", CheckList)
        switches.focus()
        await pilot.press("space")  # streaks off
        await pilot.pause()
        assert not store.profile.settings.show_streaks
        await pilot.press("down", "space")  # reduce motion on
        await pilot.pause()
        assert store.profile.settings.reduced_motion and app.animation_level == "none"
        focus = app.screen.query_one("#focus_modules", CheckList)
        focus.focus()
        focus.highlighted = 1
        await pilot.press("space")
        await pilot.pause()
        assert store.profile.settings.focus_modules == ["walks"]
        await pilot.press("escape", "t")
        await pilot.pause()
        text = screen_text(app)
        assert "Good morning, Ana [b]." in text
        assert text.index("Walks") < text.index("Rest  0/2")  # chosen module first
    assert store.close()
    assert store.profile.settings.name == "Ana [b]"


async def test_a_theme_chosen_in_the_palette_is_saved_at_once(
    open_store: OpenStore, profile_path: Path, library: Library, clock: FixedClock
) -> None:
    store = open_store(profile_path)
    app = build_app(store, library, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        app.theme = "wellness-high-contrast"  # what the palette's theme picker does
        await pilot.pause()
        assert store.flush()
        from wellness_tui.profile.codec import decode

        assert decode(profile_path.read_bytes()).settings.theme == "wellness-high-contrast"


async def test_reminders_are_chosen_in_settings_and_remind_follows(
    open_store: OpenStore, profile_path: Path, library: Library, clock: FixedClock
) -> None:
    import os
    import subprocess
    import sys

    from textual.widgets import Input

    store = open_store(profile_path)
    assert store.profile.settings.remind_of == []  # off by default
    app = build_app(store, library, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("comma")
        await pilot.pause()
        assert isinstance(app.screen, SettingsScreen)
        kinds = app.screen.query_one("#remind_of", CheckList)
        kinds.focus()
        kinds.highlighted = 0
        await pilot.press("space", "down", "space")  # the check-in and habits
        await pilot.pause()
        assert store.profile.settings.remind_of == ["checkin", "habits"]
        await pilot.press("space")  # habits off again
        await pilot.pause()
        assert store.profile.settings.remind_of == ["checkin"]
        app.screen.query_one("#quiet_hours", Input).focus()
        await type_burst(pilot, "[b]late[/b]")
        await pilot.pause()
        assert store.profile.settings.quiet_hours == ""  # not a span: nothing saved
        assert "Quiet hours: “[b]late[/b]” is not a span: use HH:MM-HH:MM" in screen_text(app)
        assert app.screen.query_one("#quiet_hours", Input).value == "[b]late[/b]"  # kept
        for _ in "[b]late[/b]":
            await pilot.press("backspace")
        await type_burst(pilot, "22:00-08:00")
        await pilot.pause()
        assert store.profile.settings.quiet_hours == "22:00-08:00"
        assert "not a span" not in screen_text(app)
    assert store.close()

    def remind(now: str, *args: str) -> str:
        return subprocess.run(
            [sys.executable, "-m", "wellness_tui", "remind", *args, "--profile", str(profile_path)],
            capture_output=True,
            text=True,
            env=dict(os.environ, WELLNESS_TUI_NOW=now),
            check=True,
        ).stdout

    assert remind("2026-11-25T12:00") == "A moment for today's check-in?\n"
    assert remind("2026-11-25T23:00") == ""  # the quiet hours chosen above
    assert remind("2026-11-25T23:00", "--quiet", "") == "A moment for today's check-in?\n"


async def test_quiet_hours_typed_with_spaces_are_saved_the_one_way_settings_keep_them(
    open_store: OpenStore, profile_path: Path, library: Library, clock: FixedClock
) -> None:
    """ "22:00 - 8:00" reads as a span: it is saved as "22:00-08:00" (it once stopped the app)."""
    from textual.widgets import Input

    store = open_store(profile_path)
    app = build_app(store, library, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("comma")
        await pilot.pause()
        assert isinstance(app.screen, SettingsScreen)
        app.screen.query_one("#quiet_hours", Input).focus()
        await pilot.press(*"22:00 - 8:00")
        await pilot.pause()
        assert store.profile.settings.quiet_hours == "22:00-08:00"
        assert app.screen.query_one("#quiet_hours", Input).value == "22:00 - 8:00"  # as typed
        assert "not a span" not in screen_text(app)
        for _ in "22:00 - 8:00":
            await pilot.press("backspace")
        await pilot.pause()
        assert store.profile.settings.quiet_hours == ""  # emptied: no quiet hours
    assert store.close()


async def test_every_command_line_in_help_shows_whole_at_80_columns(
    open_store: OpenStore, profile_path: Path, library: Library, clock: FixedClock
) -> None:
    """The shell examples are lined up by hand: none may wrap where a person reads them."""
    from wellness_tui.tui.screens.help import help_text

    code = [x.strip() for x in help_text().splitlines() if x.startswith("    ") and x.strip()]
    assert any(x.startswith("wellness-tui plan ") for x in code)
    app = build_app(open_store(profile_path), library, clock)
    async with app.run_test(size=(80, 300)) as pilot:
        await pilot.press("question_mark")
        await pilot.pause()
        shown = [" ".join(x.split()) for x in screen_text(app).splitlines()]
        assert "Your data" in shown  # the whole text fits: nothing scrolled away
        missing = [x for x in code if " ".join(x.split()) not in shown]
        assert missing == []
