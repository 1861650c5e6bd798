"""The profile store: saves, reloads, two writers, damaged files, private modes."""

from __future__ import annotations

import json
import os
import stat
from datetime import date, datetime
from pathlib import Path

from tests.typing_helpers import present
from wellness_tui.clock import FixedClock
from wellness_tui.profile.models import Habit
from wellness_tui.profile.ops import AddHabit, SetAnswer, SetDone
from wellness_tui.profile.store import ProfileStore

DAY = date(2026, 11, 25)


def _walk() -> AddHabit:
    return AddHabit(Habit(id="walk", title="Walk", created=DAY))


def test_a_new_profile_is_not_written_until_something_changes(
    profile_path: Path, clock: FixedClock
) -> None:
    store = ProfileStore(profile_path, clock)
    assert store.close()
    assert not profile_path.exists()


def test_changes_are_saved_in_order_and_reload_exactly(
    profile_path: Path, clock: FixedClock
) -> None:
    store = ProfileStore(profile_path, clock)
    store.apply(_walk())
    for offset in range(5):
        store.apply(SetDone("walk", date(2026, 11, 20 + offset), True))
    store.apply(SetDone("walk", date(2026, 11, 22), False))
    store.apply(SetAnswer("l/p", "first", datetime(2026, 11, 25, 9)))
    store.apply(SetAnswer("l/p", "second [/]\x1b[31m", datetime(2026, 11, 25, 10)))
    assert store.close()
    again = ProfileStore(profile_path, clock)
    assert again.profile == store.profile
    habit = again.profile.habit("walk")
    assert habit is not None
    assert habit.done == [
        date(2026, 11, 20),
        date(2026, 11, 21),
        date(2026, 11, 23),
        date(2026, 11, 24),
    ]
    assert again.profile.answers["l/p"].text == "second [/]\x1b[31m"


def test_files_and_folders_are_private_whatever_the_umask(
    tmp_path: Path, clock: FixedClock
) -> None:
    users_folder_mode = stat.S_IMODE(tmp_path.stat().st_mode)
    old = os.umask(0o022)
    try:
        path = tmp_path / "new" / "deeper" / "profile.json"
        store = ProfileStore(path, clock)
        store.apply(_walk())
        assert store.close()
        store = ProfileStore(path, clock)
        store.apply(SetDone("walk", DAY, True))  # second session: makes backups too
        assert store.close()
    finally:
        os.umask(old)
    for folder in (path.parent, path.parent.parent):
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert stat.S_IMODE(tmp_path.stat().st_mode) == users_folder_mode  # not ours: untouched
    files = list(path.parent.iterdir())
    assert any(".backup-" in f.name for f in files)
    for file in files:
        assert stat.S_IMODE(file.stat().st_mode) == 0o600, file.name


def test_a_folder_the_user_chose_keeps_its_mode(tmp_path: Path, clock: FixedClock) -> None:
    chosen = tmp_path / "mine"
    chosen.mkdir(mode=0o755)
    os.chmod(chosen, 0o755)
    store = ProfileStore(chosen / "p.json", clock)
    store.apply(_walk())
    assert store.close()
    assert stat.S_IMODE(chosen.stat().st_mode) == 0o755


def test_two_stores_on_one_file_keep_both_changes(profile_path: Path, clock: FixedClock) -> None:
    first = ProfileStore(profile_path, clock)
    first.apply(_walk())
    assert first.flush()
    second = ProfileStore(profile_path, clock)
    second.apply(SetDone("walk", date(2026, 11, 1), True))
    assert second.flush()
    first.apply(SetDone("walk", date(2026, 11, 2), True))  # first has not seen second's tick
    assert first.flush()
    assert first.take_refresh()  # first learns of second's change
    assert present(first.profile.habit("walk")).done == [date(2026, 11, 1), date(2026, 11, 2)]
    first.close()
    second.close()
    data = json.loads(profile_path.read_text())
    assert data["habits"][0]["done"] == ["2026-11-01", "2026-11-02"]


def test_a_damaged_profile_is_kept_aside_and_the_newest_backup_restored(
    profile_path: Path, clock: FixedClock
) -> None:
    store = ProfileStore(profile_path, clock)
    store.apply(_walk())
    assert store.close()
    store = ProfileStore(profile_path, clock)
    store.apply(SetDone("walk", DAY, True))  # this session's backup holds the walk habit
    assert store.close()
    damaged = b'{"schema_version": 1, "created": "2026-'
    profile_path.write_bytes(damaged)
    recovered = ProfileStore(profile_path, clock)
    assert recovered.profile.habit("walk") is not None
    [aside] = profile_path.parent.glob("profile.corrupt-*.json")
    assert aside.read_bytes() == damaged
    assert stat.S_IMODE(aside.stat().st_mode) == 0o600
    assert "could not be read" in recovered.notices[0] and str(aside) in recovered.notices[0]
    # It never reads as if nothing was lost: what changed after the backup is not in it.
    assert "what was changed after that backup was made is not in it" in recovered.notices[0]
    recovered.close()


def test_a_damaged_profile_without_backups_starts_fresh_and_keeps_the_bytes(
    profile_path: Path, clock: FixedClock
) -> None:
    profile_path.parent.mkdir(parents=True)
    damaged = b'{"schema_version": 1, "habits": [\x00\xff'
    profile_path.write_bytes(damaged)
    store = ProfileStore(profile_path, clock)
    assert store.profile.habits == []
    assert "no usable backup" in store.notices[0]
    [aside] = profile_path.parent.glob("profile.corrupt-*.json")
    assert aside.read_bytes() == damaged
    store.close()


def test_a_newer_profile_opens_read_only_and_is_never_rewritten(
    profile_path: Path, clock: FixedClock
) -> None:
    profile_path.parent.mkdir(parents=True)
    newer = {"schema_version": 99, "created": "2026-01-01T00:00:00", "future": [1, 2]}
    raw = json.dumps(newer).encode()
    profile_path.write_bytes(raw)
    store = ProfileStore(profile_path, clock)
    assert store.read_only and "newer version" in store.notices[0]
    store.apply(_walk())
    assert store.close()
    assert profile_path.read_bytes() == raw


def test_one_bad_value_costs_only_that_value(profile_path: Path, clock: FixedClock) -> None:
    store = ProfileStore(profile_path, clock)
    store.apply(_walk())
    store.apply(SetDone("walk", DAY, True))
    store.apply(SetAnswer("l/p", "my words", datetime(2026, 11, 25, 9)))
    assert store.close()
    data = json.loads(profile_path.read_text())
    data["habits"][0]["done"].append("2026-02-30")  # not a date
    data["unknown_part"] = {"x": 1}
    damaged = json.dumps(data).encode()
    profile_path.write_bytes(damaged)
    recovered = ProfileStore(profile_path, clock)
    assert present(recovered.profile.habit("walk")).done == [DAY]
    assert recovered.profile.answers["l/p"].text == "my words"
    notice = recovered.notices[0]
    [aside] = profile_path.parent.glob("profile.corrupt-*.json")
    assert (
        "1 tick and 1 other detail could not be read and were left out; "
        f"the original file is kept at {aside}; everything else was kept" in notice
    )
    assert "habits[0]" not in notice and "Input should" not in notice
    assert aside.read_bytes() == damaged
    again = ProfileStore(profile_path, clock)  # written back: the next start is clean
    assert again.notices == [] and again.profile.answers["l/p"].text == "my words"


def test_a_profile_restored_from_a_backup_is_written_back(
    profile_path: Path, clock: FixedClock
) -> None:
    for _ in range(2):
        store = ProfileStore(profile_path, clock)
        store.apply(_walk())
        store.apply(SetDone("walk", DAY, True))
        assert store.close()
    profile_path.write_bytes(b'{"schema_version": 2, "crea')
    assert "restored from the backup" in ProfileStore(profile_path, clock).notices[0]
    again = ProfileStore(profile_path, clock)
    assert again.notices == [] and again.profile.habit("walk") is not None
