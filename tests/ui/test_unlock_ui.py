"""The unlock screen of a protected profile (tui/unlock.py): typed passphrase never
shown, a wrong one said kindly, get-help one key away, and the keys returned."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from textual.app import App
from textual.pilot import Pilot
from textual.widgets import Button, Input

from tests.typing_helpers import OpenStore, SnapCompare
from tests.ui.helpers import screen_text
from wellness_tui.clock import FixedClock
from wellness_tui.library import Library
from wellness_tui.profile import crypto, protect
from wellness_tui.profile.models import CheckIn, Profile
from wellness_tui.profile.ops import SetAnswer, SetCheckIn, SetPlanStep
from wellness_tui.profile.safety_plan_file import plan_file_path, render
from wellness_tui.profile.store import ProfileStore
from wellness_tui.tui.app import build_app
from wellness_tui.tui.context import Context
from wellness_tui.tui.dialogs.confirm import ConfirmDialog
from wellness_tui.tui.dialogs.recovery_key import RecoveryKeyDialog
from wellness_tui.tui.screens.get_help import GetHelpScreen
from wellness_tui.tui.screens.readable_plan import ReadablePlanScreen
from wellness_tui.tui.unlock import LOCKED, PAUSE, PAUSE_SECONDS, PLAN_LINE, WRONG, UnlockApp
from wellness_tui.tui.widgets.check_list import CheckList

KEYS = crypto.new_keys()
RIGHT = "river walk"
NOTE = "marker-in-settings-3d9e"


def opener(typed: str) -> crypto.Keys:
    """Stands for the key file (its scrypt costs seconds: tests/unit/test_crypto.py)."""
    if typed == RIGHT:
        return KEYS
    raise crypto.WrongPassphrase()


PLAN_TEXT = "Call Maria [b]tonight[/b]\n  walk round the block"


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
        await pilot.press("ctrl+g")  # help is there even during the pause
        assert isinstance(app.screen, GetHelpScreen)


async def test_keys_typed_during_the_pause_stay_in_the_field_and_open_after_it(
    library: Library, clock: FixedClock, tmp_path: Path
) -> None:
    """With a readable plan beside the field, typing during the pause once went to the
    plan's button (the field lost the focus) and enter opened the plan."""
    write_readable_plan(tmp_path / "p.json", clock)
    app = unlock_app(library, clock, tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        for _ in range(3):
            await pilot.press("x", "enter")
            await app.workers.wait_for_complete()
            await pilot.pause()
        assert PAUSE.split()[0] in screen_text(app)
        await pilot.press(*RIGHT, "enter")  # during the pause: kept, enter waits
        await pilot.pause()
        field = app.query_one("#passphrase", Input)
        assert app.focused is field and field.value == RIGHT
        assert app.screen is app.screen_stack[0] and app.return_value is None
        await pilot.pause(PAUSE_SECONDS)
        await pilot.press("enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
    assert app.return_value is KEYS


async def _until(pilot: Pilot[Any], done: Callable[[], bool], seconds: float = 60) -> None:
    """Wait for the passphrase work in its thread (scrypt takes seconds, by design)."""
    for _ in range(int(seconds * 10)):
        if done():
            return
        await pilot.pause(0.1)
    raise AssertionError("the passphrase work did not finish:\n" + screen_text(pilot.app))


async def test_the_recovery_key_stays_until_it_is_written_down(
    open_store: OpenStore, profile_path: Path, library: Library, clock: FixedClock
) -> None:
    app = build_app(open_store(profile_path), library, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("comma")
        await pilot.pause()
        app.push_screen(RecoveryKeyDialog(KEYS.recovery_key))
        await pilot.pause()
        footer = screen_text(app).splitlines()[-1]
        assert "esc" not in footer  # no way out offered (settings' "esc Back" is covered)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, RecoveryKeyDialog)
        assert any("when you have written it down" in n.message for n in app._notifications)
        await pilot.press("ctrl+g")
        await pilot.pause()
        assert isinstance(app.screen, GetHelpScreen)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, RecoveryKeyDialog) and KEYS.recovery_key in screen_text(app)
        await pilot.press("enter")  # "I have written it down"
        await pilot.pause()
        assert not isinstance(app.screen, RecoveryKeyDialog)


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
        await pilot.pause()
        assert isinstance(app.screen, ConfirmDialog)
        assert "Keep your safety plan readable" in screen_text(app)
        assert "escape: keep it locked too" in screen_text(app)
        await pilot.press("enter")  # "Keep it locked too", the focused answer
        await _until(
            pilot,
            lambda: (
                isinstance(app.screen, RecoveryKeyDialog)
                and "nobody can get your data back" in " ".join(screen_text(app).split())
            ),
        )
        assert not plan_file_path(profile_path).exists()
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


def write_readable_plan(profile: Path, clock: FixedClock) -> None:
    """The plan's readable copy as the store writes it (profile/safety_plan_file.py)."""
    plan = Profile.new(clock.now())
    plan.settings.safety_plan_readable = True
    plan.safety_plan.steps["on-my-own"] = PLAN_TEXT
    plan.safety_plan.steps["reasons"] = "Pip the cat"
    plan.safety_plan.updated = clock.now()
    plan_file_path(profile).parent.mkdir(parents=True, exist_ok=True)
    plan_file_path(profile).write_bytes(render(plan))


async def test_without_a_readable_plan_the_unlock_screen_stays_as_it_was(
    library: Library, clock: FixedClock, tmp_path: Path
) -> None:
    app = unlock_app(library, clock, tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        assert "safety plan" not in screen_text(app)
        await pilot.press("ctrl+r")
        assert not isinstance(app.screen, ReadablePlanScreen)
        assert "ctrl+r" not in screen_text(app)  # no key shown for nothing
        await pilot.press("ctrl+g")
        assert "kept inside your profile" in " ".join(screen_text(app).split())


async def test_a_readable_plan_is_one_key_away_while_locked_as_typed(
    library: Library, clock: FixedClock, tmp_path: Path
) -> None:
    write_readable_plan(tmp_path / "p.json", clock)
    app = unlock_app(library, clock, tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        shown = " ".join(screen_text(app).split())
        assert " ".join(PLAN_LINE.split()) in shown
        assert "Pip the cat" not in shown  # only said, not shown, on the first screen
        await pilot.press(*"riv")  # typing the passphrase is not disturbed
        await pilot.press("ctrl+r")
        assert isinstance(app.screen, ReadablePlanScreen)
        shown = screen_text(app)
        assert "Things I can do on my own to get through" in shown
        assert "Call Maria [b]tonight[/b]" in shown and "  walk round the block" in shown
        assert "Pip the cat" in shown
        await pilot.press("ctrl+g")  # get-help is still one key away, with the plan
        assert isinstance(app.screen, GetHelpScreen)
        shown = screen_text(app)
        assert "Crisis lines" in shown and "Call Maria [b]tonight[/b]" in shown
        await pilot.press("escape", "escape")
        assert not isinstance(app.screen, ReadablePlanScreen | GetHelpScreen)
        await pilot.press(*"er walk")
        await pilot.press("enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
    assert app.return_value is KEYS  # "riv" + "er walk": what was typed before stayed


async def test_a_damaged_plan_file_is_said_plainly(
    library: Library, clock: FixedClock, tmp_path: Path
) -> None:
    plan_file_path(tmp_path / "p.json").write_bytes(b"\xff\xfe\x00 [b]not a plan")
    app = unlock_app(library, clock, tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        app.query_one("#read-plan", Button).press()
        await pilot.pause()
        assert isinstance(app.screen, ReadablePlanScreen)
        shown = " ".join(screen_text(app).split())
        assert "could not be read: it is not UTF-8 text" in shown
        assert "still inside your profile" in shown


async def test_a_link_at_the_plan_file_is_not_shown_as_the_plan(
    library: Library, clock: FixedClock, tmp_path: Path
) -> None:
    write_readable_plan(tmp_path / "other.json", clock)  # a plan-like file elsewhere
    plan_file_path(tmp_path / "p.json").symlink_to(plan_file_path(tmp_path / "other.json"))
    app = unlock_app(library, clock, tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        app.query_one("#read-plan", Button).press()
        await pilot.pause()
        shown = " ".join(screen_text(app).split())
        assert "could not be read: it is a link to another file" in shown
        assert "Pip the cat" not in shown


async def test_settings_keep_the_plan_readable_then_not(
    profile_path: Path, library: Library, clock: FixedClock
) -> None:
    store = ProfileStore(profile_path, clock, keys=KEYS)  # protected from the start
    store.apply(SetPlanStep("on-my-own", PLAN_TEXT, clock.now()))
    store.apply(SetCheckIn(clock.now().date(), CheckIn(mood=5, note=NOTE)))
    store.apply(SetAnswer("lesson/q", NOTE + " answer", clock.now()))
    assert store.flush()
    plan_file = plan_file_path(profile_path)

    async def switch_in_settings(app: App[Any], pilot: Pilot[Any]) -> None:
        await pilot.press("comma")
        await pilot.pause()
        app.screen.query_one("#plan-readable").focus()
        await pilot.pause()
        assert "Keep my safety plan readable while locked" in screen_text(app)
        await pilot.press("space")

    app = build_app(store, library, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await switch_in_settings(app, pilot)
        assert store.flush()
        assert store.profile.settings.safety_plan_readable
    assert store.close()
    data = plan_file.read_bytes()
    assert PLAN_TEXT.split("\n")[0].encode() in data
    assert NOTE.encode() not in data  # only the plan: no note, no answer

    locked = UnlockApp(
        Context(store=ProfileStore(profile_path, unavailable=LOCKED), library=library, clock=clock),
        profile_path,
        opener,
    )
    async with locked.run_test(size=(80, 24)) as locked_pilot:
        assert " ".join(PLAN_LINE.split()) in " ".join(screen_text(locked).split())
        await locked_pilot.press("ctrl+r")
        assert "Call Maria [b]tonight[/b]" in screen_text(locked)

    store = ProfileStore(profile_path, clock, keys=KEYS)
    app = build_app(store, library, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await switch_in_settings(app, pilot)
        assert store.flush()
        assert not plan_file.exists()
    assert store.close()
    assert not plan_file.exists() and not store.profile.settings.safety_plan_readable


async def test_protecting_in_settings_can_keep_the_plan_readable(
    open_store: OpenStore, profile_path: Path, library: Library, clock: FixedClock
) -> None:
    store = open_store(profile_path)
    store.apply(SetPlanStep("reasons", "Pip the cat", clock.now()))
    store.apply(SetAnswer("lesson/q", NOTE, clock.now()))
    assert store.flush()
    app = build_app(store, library, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("comma")
        await pilot.pause()
        app.screen.query_one("#protect", Button).press()
        await pilot.pause()
        await pilot.press(*RIGHT, "enter", *RIGHT, "enter")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmDialog)
        await pilot.press("y")  # "Keep it readable"
        await _until(
            pilot,
            lambda: (
                isinstance(app.screen, RecoveryKeyDialog)
                and "nobody can get your data back" in " ".join(screen_text(app).split())
            ),
        )
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen.query_one("#plan-readable", CheckList).selected == {
            "safety_plan_readable"
        }
    data = plan_file_path(profile_path).read_bytes()
    assert b"Pip the cat" in data and NOTE.encode() not in data
    assert protect.is_protected(profile_path)


@pytest.mark.parametrize("size", [(80, 24), (120, 40)], ids=["80x24", "120x40"])
def test_snapshot_unlock_with_a_readable_plan(
    snap_compare: SnapCompare,
    library: Library,
    clock: FixedClock,
    tmp_path: Path,
    size: tuple[int, int],
) -> None:
    write_readable_plan(tmp_path / "p.json", clock)
    app = unlock_app(library, clock, tmp_path)

    async def check(pilot: Pilot[Any]) -> None:
        await pilot.pause()
        assert " ".join(PLAN_LINE.split()) in " ".join(screen_text(app).split())

    assert snap_compare(app, terminal_size=size, run_before=check)


@pytest.mark.parametrize("size", [(80, 24), (120, 40)], ids=["80x24", "120x40"])
def test_snapshot_the_readable_plan(
    snap_compare: SnapCompare,
    library: Library,
    clock: FixedClock,
    tmp_path: Path,
    size: tuple[int, int],
) -> None:
    write_readable_plan(tmp_path / "p.json", clock)
    app = unlock_app(library, clock, tmp_path)

    async def show(pilot: Pilot[Any]) -> None:
        await pilot.press("ctrl+r")
        await pilot.pause()
        assert "Call Maria [b]tonight[/b]" in screen_text(app)

    assert snap_compare(app, terminal_size=size, run_before=show)
