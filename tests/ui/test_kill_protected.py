"""Issue 20: after a SIGKILL of the app in the middle of a session on a protected
profile, what the person typed is in no file under the data folder, the temp folder or
the home folder: the app really runs in a terminal (a pty), is unlocked on its first
screen, takes a check-in note, and is killed with no chance to clean up."""

from __future__ import annotations

import os
import signal
import sys
import time
from datetime import datetime
from pathlib import Path

import pytest

from wellness_tui.clock import FixedClock
from wellness_tui.profile import protect
from wellness_tui.profile.ops import FinishWelcome, SetPlanStep
from wellness_tui.profile.safety_plan_file import plan_file_path
from wellness_tui.profile.store import ProfileStore

from .pty_app import read_until, start_in_pty

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX terminals only")

PASSPHRASE = "a quiet bench in the park"
MARKER = "marker-killed-7d3e"
PLAN_WORDS = "plan-words-killed-4c9a"
CLOCK = FixedClock(datetime(2026, 11, 25, 9, 0))


def _start(profile: Path, home: Path) -> tuple[int, int]:
    """The app on a pty, with a home, temp and runtime folder of the test's own."""
    env = dict(
        os.environ,
        HOME=str(home),
        TMPDIR=str(home / "tmp"),
        XDG_RUNTIME_DIR=str(home / "run"),
    )
    for name in ("XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME", "XDG_DATA_HOME"):
        env.pop(name, None)
    return start_in_pty(profile, env)


def files_showing(folders: list[Path], words: bytes, since: float) -> list[Path]:
    found = []
    for folder in folders:
        for root, _dirs, names in os.walk(folder):
            for name in names:
                path = Path(root) / name
                try:
                    if path.lstat().st_mtime < since or not path.is_file():
                        continue
                    if words in path.read_bytes():
                        found.append(path)
                except OSError:
                    continue
    return found


@pytest.mark.parametrize(
    ("after_save", "plan_readable"),
    [(True, False), (False, False), (True, True)],
    ids=["after-a-save", "before-any-save", "after-a-save-plan-readable"],
)
@pytest.mark.slow
def test_a_sigkill_mid_session_leaves_the_typed_words_in_no_file(
    tmp_path: Path, after_save: bool, plan_readable: bool
) -> None:
    """With the safety plan kept readable too (by choice), the note is still nowhere:
    the plan's readable copy holds the plan's words and nothing else."""
    started = time.time() - 1
    home = tmp_path / "home"
    for folder in (home / "tmp", home / "run"):
        folder.mkdir(parents=True, mode=0o700)
    profile = tmp_path / "data" / "profile.json"
    store = ProfileStore(profile, CLOCK)
    store.apply(FinishWelcome())
    store.apply(SetPlanStep("reasons", PLAN_WORDS, CLOCK.now()))
    assert store.close()
    keys = protect.protect(profile, PASSPHRASE, CLOCK, safety_plan_readable=plan_readable).keys
    pid, fd = _start(profile, home)
    try:
        assert b"passphrase" in read_until(fd, b"passphrase", 30)
        os.write(fd, PASSPHRASE.encode() + b"\r")
        assert b"heck" in read_until(fd, b"heck", 30)  # Today, unlocked
        os.write(fd, b"c")
        read_until(fd, b"Mood", 10)
        os.write(fd, b"7")
        for _ in range(4):  # energy, sleep, quality, then the note
            os.write(fd, b"\t")
            time.sleep(0.1)
        os.write(fd, MARKER.encode())
        if after_save:
            time.sleep(2.0)  # the save after a pause has written it (encrypted)
            os.write(fd, b" and " + MARKER.encode())  # typed again, not saved yet
        time.sleep(0.2)
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
    finally:
        os.close(fd)
    folders = [profile.parent, home, Path("/tmp"), Path(os.environ.get("TMPDIR", "/tmp"))]
    assert files_showing(folders, MARKER.encode(), started) == []
    shown = [plan_file_path(profile)] if plan_readable else []
    assert files_showing([tmp_path], PLAN_WORDS.encode(), 0) == shown
    if after_save:  # the words were saved, so the scan looked for something real
        saved = ProfileStore(profile, CLOCK, look_only=True, keys=keys)
        note = next(iter(saved.profile.checkins.values())).note
        assert note is not None and MARKER in note
