"""The unlock screen of a protected profile (tui/unlock.py): typed passphrase never
shown, a wrong one said kindly, get-help one key away, and the keys returned."""

from __future__ import annotations

from pathlib import Path

from tests.ui.helpers import screen_text
from wellness_tui.clock import FixedClock
from wellness_tui.library import Library
from wellness_tui.profile import crypto
from wellness_tui.profile.store import ProfileStore
from wellness_tui.tui.context import Context
from wellness_tui.tui.screens.get_help import GetHelpScreen
from wellness_tui.tui.unlock import LOCKED, PAUSE, WRONG, UnlockApp

KEYS = crypto.new_keys()
RIGHT = "river walk"


def opener(typed: str) -> crypto.Keys:
    """Stands for the key file (its scrypt costs seconds: tests/unit/test_crypto.py)."""
    if typed == RIGHT:
        return KEYS
    raise crypto.WrongPassphrase()


def unlock_app(library: Library, clock: FixedClock, tmp_path: Path) -> UnlockApp:
    stand_in = ProfileStore(tmp_path / "p.json", unavailable=LOCKED)
    ctx = Context(store=stand_in, library=library, clock=clock)
    return UnlockApp(ctx, tmp_path / "p.json", opener)


async def test_a_wrong_passphrase_is_said_kindly_then_the_right_one_opens(
    library: Library, clock: FixedClock, tmp_path: Path
) -> None:
    app = unlock_app(library, clock, tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press(*"hunter2", "enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        shown = screen_text(app)
        assert " ".join(WRONG.split()) in " ".join(shown.split())
        assert "hunter2" not in shown  # never shown, not even while typed
        await pilot.press(*RIGHT)
        assert RIGHT not in screen_text(app)
        await pilot.press("enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
    assert app.return_value is KEYS


async def test_get_help_is_one_key_away_while_locked(
    library: Library, clock: FixedClock, tmp_path: Path
) -> None:
    app = unlock_app(library, clock, tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("ctrl+g")
        assert isinstance(app.screen, GetHelpScreen)
        shown = screen_text(app)
        assert "If you are in danger now" in shown and "Crisis lines" in shown
        await pilot.press("escape", "f1")
        assert isinstance(app.screen, GetHelpScreen)
        await pilot.press("escape")
        await pilot.press(*RIGHT, "enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
    assert app.return_value is KEYS


async def test_after_three_wrong_tries_a_short_pause(
    library: Library, clock: FixedClock, tmp_path: Path
) -> None:
    app = unlock_app(library, clock, tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        for _ in range(3):
            await pilot.press("x", "enter")
            await app.workers.wait_for_complete()
            await pilot.pause()
        assert PAUSE.split()[0] in screen_text(app)
        assert app.query_one("#passphrase").disabled
        await pilot.press("ctrl+g")  # help is there even during the pause
        assert isinstance(app.screen, GetHelpScreen)
