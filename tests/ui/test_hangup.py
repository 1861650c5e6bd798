"""Issue 13 (12): a closed terminal ends the app within a second, every time, with
what was typed saved, and nothing written to the dead terminal."""

from __future__ import annotations

import json
import os
import signal
import sys
import time
from datetime import datetime
from pathlib import Path

import pytest

from wellness_tui.clock import FixedClock
from wellness_tui.profile.ops import FinishWelcome
from wellness_tui.profile.store import ProfileStore

from .pty_app import read_until, start_in_pty

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX terminals only")


def _ended_within(pid: int, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        done, _ = os.waitpid(pid, os.WNOHANG)
        if done:
            return True
        time.sleep(0.02)
    return False


@pytest.mark.parametrize("round_", range(3))
@pytest.mark.slow
def test_12_closing_the_terminal_ends_the_app_within_a_second(tmp_path: Path, round_: int) -> None:
    profile = tmp_path / "d" / "p.json"
    store = ProfileStore(profile, FixedClock(datetime(2026, 11, 25, 9, 0)))
    store.apply(FinishWelcome())
    assert store.close()
    pid, fd = start_in_pty(profile)
    try:
        assert b"heck" in read_until(fd, b"heck", 30)  # Today shows the check-in line
        os.write(fd, b"c")
        read_until(fd, b"Mood", 10)
        os.write(fd, b"7")
        time.sleep(0.5)
        # A terminal that is gone: nobody reads what the app writes any more, so its
        # output thread blocks; many repaints are queued behind it. Then the hangup.
        for _ in range(60):
            os.write(fd, b"\t")
            time.sleep(0.01)
        time.sleep(0.5)
        os.kill(pid, signal.SIGHUP)
        ended = _ended_within(pid, 1.5)
        if not ended:
            os.kill(pid, 9)
            os.waitpid(pid, 0)
        assert ended, "the app was still running a second after its terminal closed"
    finally:
        if fd != -1:
            os.close(fd)
    data = json.loads(profile.read_text())
    assert next(iter(data["checkins"].values()))["mood"] == 7


@pytest.mark.parametrize("round_", range(2))
@pytest.mark.parametrize("signal_", [signal.SIGTERM, signal.SIGHUP], ids=["SIGTERM", "SIGHUP"])
@pytest.mark.slow
def test_12_a_kill_or_hangup_saves_the_drafts_and_ends_within_a_second(
    tmp_path: Path, round_: int, signal_: int
) -> None:
    """SIGTERM (a logout, `kill`) or SIGHUP (the terminal closed): a note typed a moment
    ago in the check-in, not yet saved by the half-second pause, reaches the disk, and
    the process is gone within a second."""
    profile = tmp_path / "d" / "p.json"
    store = ProfileStore(profile, FixedClock(datetime(2026, 11, 25, 9, 0)))
    store.apply(FinishWelcome())
    assert store.close()
    pid, fd = start_in_pty(profile)
    try:
        assert b"heck" in read_until(fd, b"heck", 30)
        os.write(fd, b"c")
        read_until(fd, b"Mood", 10)
        os.write(fd, b"7")
        for _ in range(4):  # energy, sleep, quality, then the note
            os.write(fd, b"\t")
            time.sleep(0.1)
        os.write(fd, b"rain walk")
        # Typed and shown (a loaded machine may take a while to draw it), and killed at
        # once: the save after a half-second pause has not come yet.
        assert b"rain walk" in read_until(fd, b"rain walk", 10)
        os.kill(pid, signal_)
        ended = _ended_within(pid, 1.0)
        if not ended:
            os.kill(pid, 9)
            os.waitpid(pid, 0)
        assert ended, f"the app was still running a second after {signal_}"
    finally:
        os.close(fd)
    # Read as the program reads it: the profile and its journal of recent changes.
    saved = ProfileStore(profile, FixedClock(datetime(2026, 11, 25, 9, 0)), look_only=True)
    checkin = next(iter(saved.profile.checkins.values()))
    assert (checkin.mood, checkin.note) == (7, "rain walk")
