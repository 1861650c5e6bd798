"""The app and other processes on one profile; crashes that never show private notes."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from tests.typing_helpers import OpenStore, present
from wellness_tui.clock import FixedClock
from wellness_tui.core.habit_factory import adopt_op
from wellness_tui.core.habits import is_done
from wellness_tui.library import Library
from wellness_tui.profile.ops import SetAnswer
from wellness_tui.profile.store import ChangedOnDisk
from wellness_tui.tui.app import build_app
from wellness_tui.tui.messages import StoreReported
from wellness_tui.tui.screens.lesson import LessonScreen
from wellness_tui.tui.widgets.answer_area import AnswerArea

from .helpers import highlight, screen_text

TODAY = date(2026, 11, 25)


def shell(profile: Path, *args: str) -> None:
    env = dict(os.environ, WELLNESS_TUI_NOW="2026-11-25T09:30")
    subprocess.run(
        [sys.executable, "-m", "wellness_tui", *args, "--profile", str(profile)],
        check=True,
        capture_output=True,
        env=env,
    )


async def test_a_tick_from_the_shell_shows_up_in_the_open_app(
    open_store: OpenStore, profile_path: Path, library: Library, clock: FixedClock
) -> None:
    store = open_store(profile_path)
    store.apply(present(adopt_op(library, store.profile, "rest-same-wake", TODAY)))
    assert store.flush()
    app = build_app(store, library, clock, watch_seconds=0.1)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert "○ Get up at the same time" in screen_text(app)
        shell(profile_path, "check", "get up")
        for _ in range(30):
            await pilot.pause(0.1)
            if "✓ Get up at the same time" in screen_text(app):
                break
        assert "✓ Get up at the same time" in screen_text(app)
        highlight(app, "habit:rest-same-wake", "#today-list")
        await pilot.press("space")  # and this window's own change still saves on top
        await pilot.pause()
        await pilot.press("s")  # now not done, it can be skipped
        await pilot.pause()
    assert store.close()
    shell(profile_path, "habits")
    from wellness_tui.profile.codec import decode

    saved = present(decode(profile_path.read_bytes()).habit("rest-same-wake"))
    assert saved.skipped == [TODAY] and not is_done(saved, TODAY)


async def test_a_change_on_disk_reported_while_the_app_closes_is_taken_quietly(
    open_store: OpenStore, profile_path: Path, library: Library, clock: FixedClock
) -> None:
    """The writer thread's report can arrive after the last screen is gone (the app
    closing): it is adopted, and nothing is told to a screen that is not there."""
    store = open_store(profile_path)
    app = build_app(store, library, clock, watch_seconds=60)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
    assert not app.screen_stack
    shell(profile_path, "checkin", "--mood", "6")
    store.check_for_changes()
    assert store.flush()
    app.on_store_reported(StoreReported(ChangedOnDisk()))
    app.look_for_changes()
    assert store.profile.checkins


async def test_a_refresh_never_overwrites_a_draft_being_typed(
    open_store: OpenStore, profile_path: Path, library: Library, clock: FixedClock
) -> None:
    store = open_store(profile_path)
    app = build_app(store, library, clock, watch_seconds=0.1)
    async with app.run_test(size=(80, 24)) as pilot:
        await app.push_screen(LessonScreen("rest-rhythm"))
        await pilot.pause()
        area = app.screen.query_one(AnswerArea)
        area.focus()
        await pilot.press(*"my own words")
        # Another window saves a different answer to the same prompt meanwhile.
        from wellness_tui.clock import FixedClock
        from wellness_tui.profile.store import ProfileStore

        other = ProfileStore(profile_path, FixedClock(clock.now()))
        other.apply(SetAnswer("rest-rhythm/what-helps", "from the other window", clock.now()))
        assert other.close()
        await pilot.pause(0.2)
        # The draft on screen is never replaced: the other's words (added at the same
        # place) are merged in before it, and the cursor stays after the draft.
        assert area.text in ("my own words", "from the other window my own words")
        await pilot.press(*" too")
        await pilot.press("escape")
        await pilot.pause(0.3)
    assert store.close()
    # Neither window's words are lost (issue 13, 1): both are kept, neither cut.
    saved = store.profile.answers["rest-rhythm/what-helps"].text
    assert saved == "from the other window my own words too"


def test_a_crash_shows_no_private_notes_and_logs_without_locals(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from tests.conftest import TEST_CONTENT
    from wellness_tui.tui.launch import launch
    from wellness_tui.tui.screens.today import TodayScreen

    secret = "MY PRIVATE NOTE 42"

    def broken(self: TodayScreen) -> None:
        private_note = secret  # a local variable a traceback with locals would print
        raise RuntimeError("something went wrong " + str(len(private_note)))

    monkeypatch.setattr(TodayScreen, "refresh_view", broken)
    profile = tmp_path / "data" / "profile.json"
    code = launch(profile, [TEST_CONTENT], headless=True)
    out = capsys.readouterr()
    assert code == 1
    assert secret not in out.out and secret not in out.err
    assert "stopped because of an unexpected problem" in out.err
    log = profile.parent / "crash.log"
    assert stat.S_IMODE(log.stat().st_mode) == 0o600
    text = log.read_text()
    assert "RuntimeError: something went wrong" in text and secret not in text


async def test_delete_all_my_data_from_settings(
    open_store: OpenStore, library: Library, clock: FixedClock
) -> None:
    from textual.widgets import Button, Input

    from wellness_tui import paths

    profile = paths.profile_path()  # the app's own folder
    store = open_store(profile)
    store.apply(present(adopt_op(library, store.profile, "rest-same-wake", TODAY)))
    assert store.flush()
    app = build_app(store, library, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("comma")
        await pilot.pause()
        app.screen.query_one("#delete-all", Button).press()
        await pilot.pause()
        await pilot.press(*"yes", "enter")  # not the word asked for: nothing happens
        await pilot.pause()
        assert "Type the word delete" in screen_text(app)
        assert profile.exists()
        app.screen.query_one(Input).value = ""
        await pilot.press(*"delete", "enter")
        await pilot.pause()
    assert app.deleted is not None
    assert not profile.exists() and not profile.parent.exists()


async def test_a_damaged_profile_is_explained_in_the_app(
    profile_path: Path, library: Library, clock: FixedClock
) -> None:
    from wellness_tui.profile.store import ProfileStore

    profile_path.parent.mkdir(parents=True)
    profile_path.write_text('{"schema_version": 2, "welcomed": tr')
    store = ProfileStore(profile_path, clock)
    app = build_app(store, library, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        text = "".join(screen_text(app).split())  # long paths wrap anywhere
        assert "couldnotberead" in text and "keptunchangedat" in text
        assert "profile.corrupt-" in text and "startedwithafreshprofile" in text
    store.close()


async def test_an_idle_app_on_a_new_profile_makes_no_files(
    profile_path: Path, library: Library, clock: FixedClock
) -> None:
    """Preparing the writer (1 s after start) is for a profile on disk: a look makes nothing."""
    from wellness_tui.profile.store import ProfileStore
    from wellness_tui.tui.app import PREPARE_SECONDS

    store = ProfileStore(profile_path, clock)
    app = build_app(store, library, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause(PREPARE_SECONDS + 0.4)
        await pilot.press("ctrl+q")
    assert store.close()
    assert not profile_path.parent.exists()
