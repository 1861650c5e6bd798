"""Issue 13: the store attacked from outside (other files, odd names, pipes, deep JSON,
held locks, damaged files and backups). Each test names the numbered problem."""

from __future__ import annotations

import errno
import json
import os
import subprocess
import sys
import time
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from tests.cli_run import in_a_process, in_process
from tests.stored import stored_json
from tests.typing_helpers import present
from wellness_tui.clock import FixedClock
from wellness_tui.profile.backups import backup_files
from wellness_tui.profile.models import Habit
from wellness_tui.profile.ops import AddHabit, SetDone
from wellness_tui.profile.store import ProfileStore

NOW = "2026-11-25T10:00"
CLOCK = FixedClock(datetime(2026, 11, 25, 10, 0))


@pytest.fixture
def d(tmp_path: Path) -> Path:
    """A folder of its own (tmp_path also holds the test's home)."""
    folder = tmp_path / "d"
    folder.mkdir()
    return folder


def wt(profile: Path, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    """`wellness-tui ARGS --profile PROFILE`: what its process gives, run in this one
    (tests/cli_run.py)."""
    return in_process(
        [*args, "--profile", str(profile)], input=stdin, env={"WELLNESS_TUI_NOW": NOW}
    )


def wt_process(profile: Path, *args: str, timeout: float) -> subprocess.CompletedProcess[str]:
    """The same in a process of its own, ended after `timeout` seconds: for what might
    block (a named pipe)."""
    return in_a_process(
        [*args, "--profile", str(profile)], env={"WELLNESS_TUI_NOW": NOW}, timeout=timeout
    )


def _listing(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


# ----- 7: a file that is not a profile is never renamed ----------------------------------


@pytest.mark.parametrize(
    "content",
    [b"# My report\n\nmood 5\n", b'{"title": "a JSON file of something else"}', b"[1, 2, 3]"],
)
@pytest.mark.parametrize("command", [["today"], ["habits"], ["checkin", "--mood", "5"]])
def test_7_a_file_that_is_not_a_profile_is_never_touched(
    d: Path, content: bytes, command: list[str]
) -> None:
    other = d / "report.md"
    other.write_bytes(content)
    result = wt(other, *command)
    assert result.returncode == 2
    assert f"{other} is not a wellness-tui profile" in result.stderr
    assert "Traceback" not in result.stderr
    assert _listing(d) == {"report.md": content}  # no rename, no lock file


@pytest.mark.parametrize("look_only", [True, False])
def test_7_only_the_start_of_a_file_tells_it_is_a_profile_and_a_big_one_is_read_whole(
    d: Path, look_only: bool
) -> None:
    """The file's start is looked at before it is locked and read (store.LOOK_AHEAD): a
    profile whose schema_version comes late (written by hand), or a big file that is not
    a profile, is judged on the whole file, as before."""
    from wellness_tui.profile.models import SCHEMA_VERSION
    from wellness_tui.profile.store import LOOK_AHEAD, NotAProfile

    other = d / "notes.json"
    content = json.dumps({"notes": "x" * LOOK_AHEAD * 3, "schema": 1}).encode()
    other.write_bytes(content)
    with pytest.raises(NotAProfile):
        ProfileStore(other, CLOCK, look_only=look_only)
    assert _listing(d) == {"notes.json": content}
    profile = d / "late.json"
    data = {"created": "2026-11-01T08:00:00", "checks": {"x/y": "z" * LOOK_AHEAD * 3}}
    profile.write_text(json.dumps({**data, "schema_version": SCHEMA_VERSION}))
    store = ProfileStore(profile, CLOCK, look_only=look_only)
    assert not store.notices and store.profile.checks["x/y"] == "z" * LOOK_AHEAD * 3
    assert store.close()


def test_7_a_reading_command_never_moves_a_damaged_profile(d: Path) -> None:
    profile = d / "p.json"
    assert wt(profile, "habit", "add", "Walk").returncode == 0
    assert wt(profile, "habit", "add", "Read").returncode == 0  # a backup holds Walk
    damaged = b'{"schema_version": 1, "created": "2026-'
    profile.write_bytes(damaged)
    before = _listing(d)
    result = wt(profile, "habits")
    assert result.returncode == 0 and "Walk" in result.stdout
    assert "could not be read" in result.stderr
    assert _listing(d) == before  # nothing moved, nothing written
    # The next change repairs it, keeping the damaged bytes aside.
    assert wt(profile, "checkin", "--mood", "5").returncode == 0
    [aside] = [p for p in d.iterdir() if ".corrupt-" in p.name]
    assert aside.read_bytes() == damaged


# ----- 9: a profile's name is never a glob pattern -------------------------------------

ODD_NAMES = ["[ab].json", "*.json", "?.json", "my profile é.json", "a]b[.json", "日記 [x].json"]


def _make(path: Path) -> None:
    store = ProfileStore(path, CLOCK)
    store.apply(AddHabit(Habit(id="walk", title=path.name, created=CLOCK.now().date())))
    assert store.close()
    store = ProfileStore(path, CLOCK)  # a second session: a backup is made
    store.apply(SetDone("walk", CLOCK.now().date(), True))
    assert store.close()


@pytest.mark.parametrize("name", ODD_NAMES)
def test_9_odd_names_own_only_their_files(d: Path, name: str) -> None:
    neighbours = [d / n for n in ("a.json", "b.json", "x.json", "ab.json")]
    for path in neighbours:
        _make(path)
    before = _listing(d)
    odd = d / name
    _make(odd)
    store = ProfileStore(odd, CLOCK)
    owned = store.owned_files()
    assert owned and all(p.name not in before for p in owned)
    assert {p.name for p in backup_files(odd)} <= {p.name for p in owned}
    assert all(p.name not in before for p in backup_files(odd))
    store.delete_all(None)
    assert _listing(d) == before  # every other profile's file is still there


def test_9_recovery_never_restores_another_profiles_backup(d: Path) -> None:
    _make(d / "a.json")
    odd = d / "[ab].json"
    odd.write_bytes(b'{"schema_version": 1, "created": "2026-')
    store = ProfileStore(odd, CLOCK)
    assert store.profile.habits == []  # a.json's habits are not this profile's
    assert "no usable backup" in store.notices[0]
    store.close()


# ----- 14: a pipe or device where a file should be -------------------------------------


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="POSIX only")
@pytest.mark.parametrize("command", [["today"], ["checkin", "--mood", "5"]])
def test_14_a_fifo_at_the_profile_path_is_refused_at_once(d: Path, command: list[str]) -> None:
    fifo = d / "p.json"
    os.mkfifo(fifo)
    started = time.monotonic()
    result = wt_process(fifo, *command, timeout=20)
    assert time.monotonic() - started < 10
    assert result.returncode == 2
    assert "is a named pipe (FIFO), not an ordinary file" in result.stderr
    assert sorted(p.name for p in d.iterdir()) == ["p.json"]  # no lock file


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="POSIX only")
def test_14_an_import_from_a_fifo_is_refused_at_once(d: Path) -> None:
    fifo = d / "in.json"
    os.mkfifo(fifo)
    result = wt_process(d / "p.json", "import", str(fifo), "--yes", timeout=20)
    assert result.returncode == 1
    assert "is a named pipe (FIFO), not an ordinary file" in result.stderr


def test_14_a_folder_at_the_profile_path_is_refused(d: Path) -> None:
    (d / "p.json").mkdir()
    result = wt(d / "p.json", "today")
    assert result.returncode == 2 and "is a folder, not an ordinary file" in result.stderr


# ----- 13: deeply nested JSON is a damaged file -----------------------------------------

DEEP = "[" * 100_000 + "]" * 100_000


def test_13_deep_json_inside_a_profile_restores_the_backup(d: Path) -> None:
    profile = d / "p.json"
    _make(profile)
    data = stored_json(profile)
    raw = json.dumps(data)[:-1] + ', "extra": ' + DEEP + "}"
    profile.write_text(raw)
    result = wt(profile, "checkin", "--mood", "5")
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr and "RecursionError" not in result.stderr
    assert "nested too deeply" in result.stderr and "restored from the backup" in result.stderr
    assert stored_json(profile)["habits"][0]["title"] == "p.json"
    [aside] = [p for p in d.iterdir() if ".corrupt-" in p.name]
    assert aside.read_text() == raw


def test_13_a_deep_array_at_a_profile_with_backups_is_recovered(d: Path) -> None:
    profile = d / "p.json"
    _make(profile)
    profile.write_text("[" * 1000 + "]" * 1000)
    store = ProfileStore(profile, CLOCK)
    assert store.profile.habit("walk") is not None
    assert "nested too deeply" in store.notices[0]
    store.close()


def test_13_a_deep_import_is_one_plain_line(d: Path) -> None:
    source = d / "in.json"
    source.write_text("[" * 1000 + "]" * 1000)
    result = wt(d / "p.json", "import", str(source), "--yes")
    assert result.returncode == 1
    assert result.stderr.strip() == (
        f"wellness-tui: {source} is not a profile this app can read: "
        "the file is nested too deeply to be a profile"
    )


# ----- 2: damaged profiles and backups that keep real history ----------------------------


def test_2_a_damaged_profile_is_restored_from_the_backup_that_keeps_more(d: Path) -> None:
    profile = d / "p.json"
    store = ProfileStore(profile, CLOCK)
    for n in range(5):
        store.apply(AddHabit(Habit(id=f"h{n}", title=f"Habit {n}", created=CLOCK.now().date())))
    assert store.close()
    _make_backup_now(profile)
    data = stored_json(profile)
    data["habits"] = {"oops": True}
    profile.write_text(json.dumps(data))
    store = ProfileStore(profile, CLOCK)
    assert len(store.profile.habits) == 5
    assert "restored from the backup" in store.notices[0]
    assert "kept unchanged at" in store.notices[0]
    store.close()


def _make_backup_now(profile: Path) -> None:
    store = ProfileStore(profile, CLOCK)
    store.apply(SetDone("h0", CLOCK.now().date(), True))
    assert store.close()


def test_2_a_burst_of_saves_never_rotates_out_the_days_first_backups() -> None:
    from wellness_tui.profile.backups import keep_set

    start = datetime(2026, 11, 1, 9, 0)
    names = []
    # Three weeks of one save a day, then a burst of 200 saves a second apart.
    for day in range(21):
        names.append(start + timedelta(days=day))
    burst_start = start + timedelta(days=21, hours=1)
    names += [burst_start + timedelta(seconds=s) for s in range(200)]
    files = [Path(f"p.backup-{when:%Y%m%d-%H%M%S}.json") for when in names]
    kept = keep_set(files, names[-1])
    kept_stamps = {p.name for p in kept}
    assert len(kept) <= 25
    # The six days before the burst's day (7 days in all) and earlier weeks are all kept.
    for day in range(15, 21):
        assert f"p.backup-{start + timedelta(days=day):%Y%m%d-%H%M%S}.json" in kept_stamps
    assert f"p.backup-{start:%Y%m%d-%H%M%S}.json" in kept_stamps  # three weeks back
    # The burst's first save of its hour and day is kept, and the newest three.
    assert f"p.backup-{burst_start:%Y%m%d-%H%M%S}.json" in kept_stamps
    assert files[-1] in kept and files[-3] in kept


def test_2_many_shell_commands_keep_the_older_backups(d: Path) -> None:
    profile = d / "p.json"
    assert wt(profile, "habit", "add", "Walk").returncode == 0
    assert wt(profile, "habit", "add", "Read").returncode == 0
    first = backup_files(profile)[-1]
    for n in range(8):
        assert wt(profile, "checkin", "--mood", str(n + 1)).returncode == 0
    assert first.exists()


# ----- 16: a held lock -------------------------------------------------------------------

HOLD = """
import sys, time
from pathlib import Path
from wellness_tui.profile.lock import ProfileLock
lock = ProfileLock(Path(sys.argv[1]))
lock.acquire()
print("held", flush=True)
time.sleep(60)
"""


@pytest.mark.slow
def test_16_a_held_lock_never_slows_reading_and_a_write_says_who_holds_it(
    d: Path,
) -> None:
    profile = d / "p.json"
    assert wt(profile, "habit", "add", "Walk").returncode == 0
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(profile)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline() == "held\n"
        started = time.monotonic()
        result = wt(profile, "today")
        assert result.returncode == 0 and "Walk" in result.stdout
        assert time.monotonic() - started < 3
        started = time.monotonic()
        result = wt(profile, "check", "walk")
        # 3 s waited at the start, then a moment more: it says so once (it used to wait
        # twice more, ~9 s, and say "nothing was changed" twice).
        assert time.monotonic() - started < 6
        assert result.returncode == 1
        assert f"in use by another process (pid {holder.pid}, wellness-tui)" in result.stderr
        assert "was not free within 3.5 s" in result.stderr
        assert result.stderr.count("nothing was changed") == 1
    finally:
        holder.kill()
        holder.wait()


def test_not_a_profile_error_names_the_file(d: Path) -> None:
    from wellness_tui.profile.store import NotAProfile

    other = d / "notes.txt"
    other.write_text("hello")
    with pytest.raises(NotAProfile, match="is not a wellness-tui profile"):
        ProfileStore(other, CLOCK)
    assert sorted(p.name for p in d.iterdir()) == ["notes.txt"]


# ----- 5: report -o / export -o never write over the store's files ----------------------


@pytest.mark.parametrize("command", [["report"], ["export", "--all"]])
def test_5_output_never_replaces_the_profile_or_its_backups(d: Path, command: list[str]) -> None:
    profile = d / "p.json"
    _make(profile)
    assert wt(profile, "checkin", "--mood", "5").returncode == 0
    before = _listing(d)
    [backup, *_] = backup_files(profile)
    link = d / "link.json"
    link.symlink_to(profile)
    for target in (profile, backup, d / "p.json.lock", link, d / "p.backup-20991231-000000.json"):
        for force in ([], ["--force"]):
            result = wt(profile, *command, "-o", str(target), *force)
            assert result.returncode == 1, (target, result.stdout)
            assert "is one of the files that keep your profile" in result.stderr or (
                "is your profile file itself" in result.stderr
            )
    link.unlink()
    assert _listing(d) == before


@pytest.mark.parametrize("command", [["report"], ["export", "--all"]])
def test_5_an_existing_file_is_replaced_only_with_force_when_there_is_no_terminal(
    d: Path, command: list[str]
) -> None:
    profile = d / "p.json"
    _make(profile)
    other = d / "mine.txt"
    other.write_text("keep me")
    result = wt(profile, *command, "-o", str(other), stdin="y\n")
    assert result.returncode == 1
    assert result.stderr.strip() == (
        f"wellness-tui: {other} already exists; nothing was written. Add --force to replace it"
    )
    assert other.read_text() == "keep me"
    assert wt(profile, *command, "-o", str(other), "--force").returncode == 0
    assert other.read_text() != "keep me"


def test_5_the_question_before_replacing(d: Path) -> None:
    from wellness_tui.shell.commands import CommandError, check_output

    other = d / "mine.txt"
    other.write_text("x")
    asked: list[str] = []

    def ask(question: str) -> str:
        asked.append(question)
        return ""

    with pytest.raises(CommandError, match="was left as it was"):
        check_output(d / "p.json", other, False, ask)
    assert asked == [f"{other} already exists. Replace it? [y/N] "]
    check_output(d / "p.json", other, False, lambda q: "y")  # yes: allowed


# ----- 6: the shell's --note and --tag add to what the app wrote -------------------------


def test_6_checkin_note_and_tags_are_added_and_replace_replaces(d: Path) -> None:
    profile = d / "p.json"
    assert wt(profile, "checkin", "--note", "written in the app", "--tag", "work").returncode == 0
    assert (
        wt(profile, "checkin", "--note", "later", "--tag", "late", "--tag", "work").returncode == 0
    )
    day = stored_json(profile)["checkins"]["2026-11-25"]
    assert day["note"] == "written in the app\nlater"
    assert day["tags"] == ["work", "late"]
    assert wt(profile, "checkin", "--mood", "6").returncode == 0
    assert stored_json(profile)["checkins"]["2026-11-25"]["note"] == ("written in the app\nlater")
    assert wt(profile, "checkin", "--note", "only this", "--tag", "x", "--replace").returncode == 0
    day = stored_json(profile)["checkins"]["2026-11-25"]
    assert day["note"] == "only this" and day["tags"] == ["x"]
    helptext = wt(profile, "checkin", "--help").stdout
    assert "added after the day's note" in helptext and "--replace" in helptext


def test_1_check_note_adds_to_the_habit_note_written_in_the_app(d: Path) -> None:
    """The shell's `check --note` never replaces the day's note written in the app: it
    adds on a new line; `--replace` replaces, and `--help` says so."""
    profile = d / "p.json"
    assert wt(profile, "habit", "add", "Walk").returncode == 0
    assert wt(profile, "check", "walk", "--note", "slow, with Sam").returncode == 0
    assert wt(profile, "check", "walk", "--undo", "--note", "rain later").returncode == 0
    habit = stored_json(profile)["habits"][0]
    assert habit["notes"]["2026-11-25"] == "slow, with Sam\nrain later"
    assert wt(profile, "check", "walk", "--note", "only this", "--replace").returncode == 0
    assert stored_json(profile)["habits"][0]["notes"]["2026-11-25"] == "only this"
    helptext = " ".join(wt(profile, "check", "--help").stdout.split())
    assert "added after that day's note" in helptext and "--replace" in helptext


# ----- 3: quitting on a full disk ----------------------------------------------------------


def test_3_a_failed_save_at_quit_writes_the_changes_elsewhere_and_says_where(
    d: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import errno

    from wellness_tui.profile import store as store_module
    from wellness_tui.profile.codec import decode
    from wellness_tui.tui.launch import unsaved_message

    profile = d / "p.json"
    _make(profile)
    store = ProfileStore(profile, CLOCK)

    def disk_full(batch: object) -> bool:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(store, "write_cycle", disk_full)
    monkeypatch.setattr(store_module, "RETRY_SECONDS", (0.05,))
    store.apply(SetDone("walk", date(2026, 11, 24), True))
    assert not store.close(timeout=1)
    fallback = d.parent / "elsewhere"
    message = unsaved_message(store, profile, [d, fallback])
    assert "will be saved" not in message
    [kept] = list(fallback.iterdir())
    assert message == (
        f"wellness-tui: 1 change could not be saved to {profile} (No space left on "
        f"device). Everything, with those changes, was written to {kept} (readable only by "
        "you). Once the reason above is fixed, and before making other changes (an import "
        "replaces the whole profile; the one it replaces is kept as a copy), bring it back "
        f"with: wellness-tui import {kept}"
    )
    assert date(2026, 11, 24) in present(decode(kept.read_bytes()).habit("walk")).done
    assert oct(kept.stat().st_mode & 0o777) == "0o600"


def test_3_when_no_folder_takes_them_the_message_says_they_are_lost(
    d: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import errno

    from wellness_tui.profile import store as store_module
    from wellness_tui.tui.launch import unsaved_message

    profile = d / "p.json"
    _make(profile)
    store = ProfileStore(profile, CLOCK)

    def disk_full(batch: object) -> bool:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(store, "write_cycle", disk_full)
    monkeypatch.setattr(store_module, "RETRY_SECONDS", (0.05,))
    store.apply(SetDone("walk", date(2026, 11, 24), True))
    assert not store.close(timeout=1)
    message = unsaved_message(store, profile, [d])
    assert "they are lost" in message and "will be saved" not in message


def test_3_a_failed_shell_save_says_the_change_is_lost(d: Path) -> None:
    profile = d / "p.json"
    assert wt(profile, "habit", "add", "Walk").returncode == 0
    d.chmod(0o500)
    try:
        if os.access(d, os.W_OK):
            pytest.skip("running as a user who can write anywhere")
        result = wt(profile, "check", "walk")
    finally:
        d.chmod(0o700)
    assert result.returncode == 1
    assert "The change is lost" in result.stderr and "saved again" not in result.stderr


# ----- 15: a read-only folder or file system -----------------------------------------------


def test_15_a_read_only_copy_can_be_read_and_says_changes_cannot_be_saved(
    d: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from wellness_tui import cli

    profile = d / "p.json"
    _make(profile)
    (d / "p.json.lock").unlink()
    (d / "p.json.stamp").unlink(missing_ok=True)
    before = _listing(d)
    real_open = os.open

    def read_only_fs(path: object, flags: int, *args: object, **kw: object) -> int:
        if flags & (os.O_WRONLY | os.O_RDWR | os.O_CREAT):
            raise OSError(errno.EROFS, "Read-only file system", str(path))
        return real_open(path, flags, *args, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "open", read_only_fs)
    monkeypatch.setenv("WELLNESS_TUI_NOW", NOW)
    for command in (["today"], ["habits"], ["report"]):
        assert cli.main([*command, "--profile", str(profile)]) == 0
        assert "p.json" in capsys.readouterr().out
    assert cli.main(["checkin", "--mood", "5", "--profile", str(profile)]) == 1
    err = capsys.readouterr().err
    assert "Your profile is open to read only" in err
    assert "cannot be written (Read-only file system), so changes cannot be saved there" in err
    assert "nothing was changed" in err
    monkeypatch.setattr(os, "open", real_open)
    assert _listing(d) == before


# ----- 10 and 11: shared folders, a linked lock, a linked profile -------------------------


@pytest.mark.skipif(not hasattr(os, "getuid"), reason="POSIX only")
@pytest.mark.parametrize(
    ("mode", "why"),
    [(0o770, "can be written by its group"), (0o777, "can be written by every account")],
)
def test_10_a_shared_folder_is_refused_until_confirmed(d: Path, mode: int, why: str) -> None:
    shared = d / "shared"
    shared.mkdir()
    shared.chmod(mode)
    profile = shared / "p.json"
    for command in (["today"], ["checkin", "--mood", "5"]):
        result = wt(profile, *command)
        assert result.returncode == 2
        assert f"the folder {shared} {why}" in result.stderr
        assert "WELLNESS_TUI_SHARED_FOLDER_OK=1" in result.stderr
    assert list(shared.iterdir()) == []
    env = dict(os.environ, WELLNESS_TUI_NOW=NOW, WELLNESS_TUI_SHARED_FOLDER_OK="1")
    confirmed = subprocess.run(
        [sys.executable, "-m", "wellness_tui", "checkin", "--mood", "5", "--profile", str(profile)],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert confirmed.returncode == 0
    assert f"Other accounts can change files in {shared}" in confirmed.stderr


def test_10_a_lock_file_replaced_by_a_link_never_changes_its_target(d: Path) -> None:
    profile = d / "p.json"
    assert wt(profile, "habit", "add", "Walk").returncode == 0
    target = d / "someone-elses-file"
    target.write_bytes(b"precious")
    lock = d / "p.json.lock"
    lock.unlink()
    lock.symlink_to(target)
    result = wt(profile, "check", "walk")
    assert result.returncode != 0
    assert "is a symbolic link; it was not used" in result.stderr
    assert target.read_bytes() == b"precious"
    missing = d / "not-made"
    lock.unlink()
    lock.symlink_to(missing)
    assert wt(profile, "check", "walk").returncode != 0
    assert not missing.exists()


def test_11_a_linked_profile_saves_to_the_real_file(d: Path) -> None:
    real_folder = d / "real"
    real_folder.mkdir()
    real = real_folder / "p.json"
    assert wt(real, "habit", "add", "Walk").returncode == 0
    link = d / "link.json"
    link.symlink_to(real)
    assert wt(link, "check", "walk").returncode == 0
    assert link.is_symlink() and os.readlink(link) == str(real)
    assert stored_json(real)["habits"][0]["done"] == ["2026-11-25"]
    assert not (d / "link.json.lock").exists()  # the real file's lock was used


def test_15_a_shell_error_about_an_unopenable_profile_ends_with_the_get_help_pointer(
    d: Path,
) -> None:
    (d / "p.json").mkdir()
    result = wt(d / "p.json", "today")
    assert result.returncode == 2
    assert result.stderr.strip().endswith(
        "If you need help now: `wellness-tui` opens even so, and ctrl+g there shows people "
        "you can reach, at any hour."
    )
