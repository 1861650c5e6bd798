"""The unlock screen of a protected profile (tui/unlock.py): typed passphrase never
shown, a wrong one said kindly, get-help one key away, and the keys returned."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot
from textual.widgets import Button

from tests.typing_helpers import OpenStore
from tests.ui.helpers import screen_text
from wellness_tui.clock import FixedClock
from wellness_tui.library import Library
from wellness_tui.profile import crypto, protect
from wellness_tui.profile.ops import SetAnswer
from wellness_tui.profile.store import ProfileStore
from wellness_tui.tui.app import build_app
from wellness_tui.tui.context import Context
from wellness_tui.tui.dialogs.recovery_key import RecoveryKeyDialog
from wellness_tui.tui.screens.get_help import GetHelpScreen
from wellness_tui.tui.unlock import LOCKED, PAUSE, WRONG, UnlockApp

KEYS = crypto.new_keys()
RIGHT = "river walk"
NOTE = "marker-in-settings-3d9e"


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


async def _until(pilot: Pilot[Any], done: Callable[[], bool], seconds: float = 60) -> None:
    """Wait for the passphrase work in its thread (scrypt takes seconds, by design)."""
    for _ in range(int(seconds * 10)):
        if done():
            return
        await pilot.pause(0.1)
    raise AssertionError("the passphrase work did not finish:\n" + screen_text(pilot.app))


@pytest.mark.slow
async def test_settings_protect_then_remove_the_passphrase(
    open_store: OpenStore, profile_path: Path, library: Library, clock: FixedClock
) -> None:
    store = open_store(profile_path)
    store.apply(SetAnswer("lesson/q", NOTE, clock.now()))
    assert store.flush()
    app = build_app(store, library, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("comma")
        await pilot.pause()
        app.screen.query_one("#protect", Button).press()
        await pilot.pause()
        await pilot.press(*RIGHT, "enter")
        await pilot.press(*"not the same", "enter")
        assert "not the same" in screen_text(app)  # asked again, nothing done
        await pilot.press(*["backspace"] * 12, *RIGHT, "enter")
        await _until(pilot, lambda: isinstance(app.screen, RecoveryKeyDialog))
        shown = screen_text(app)
        key = store.keys.recovery_key if store.keys is not None else "?"
        assert key in shown and "nobody can get your data back" in " ".join(shown.split())
        assert protect.unlock(profile_path, RIGHT).recovery_key == key
        store.apply(SetAnswer("lesson/after", NOTE + " after", clock.now()))
        assert store.flush()
        folder_files = [p.read_bytes() for p in profile_path.parent.iterdir() if p.is_file()]
        assert not any(NOTE.encode() in data for data in folder_files)
        await pilot.press("enter")  # "I have written it down"
        await pilot.pause()
        app.screen.query_one("#remove-passphrase", Button).press()
        await pilot.pause()
        assert type(app.screen).__name__ == "ConfirmDialog", type(app.screen).__name__
        await pilot.press("y")
        await pilot.press(*"wrong", "enter")
        # Toasts are not in screen_text (a layer of their own): the app's list of them.
        await _until(pilot, lambda: any("does not open" in n.message for n in app._notifications))
        assert protect.is_protected(profile_path)
        app.screen.query_one("#remove-passphrase", Button).press()
        await pilot.pause()
        await pilot.press("y", *RIGHT, "enter")
        await _until(pilot, lambda: not protect.is_protected(profile_path))
        await _until(pilot, lambda: bool(app.screen.query("#protect")))
    assert store.keys is None and not crypto.key_path(profile_path).exists()
    again = ProfileStore(profile_path, clock)
    assert again.profile.answers["lesson/after"].text == NOTE + " after"
