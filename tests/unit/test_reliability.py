"""Never lose a word: kills mid-write, two writers, any bytes, failed saves, stale locks."""

from __future__ import annotations

import copy
import errno
import json
import multiprocessing
import os
import signal
import stat
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime, timedelta
from multiprocessing.synchronize import Barrier as BarrierType
from multiprocessing.synchronize import Event as EventType
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from tests.typing_helpers import present
from wellness_tui.clock import FixedClock
from wellness_tui.profile import crypto, files
from wellness_tui.profile import store as store_module
from wellness_tui.profile.codec import decode, encode
from wellness_tui.profile.lock import ProfileLock
from wellness_tui.profile.models import (
    Answer,
    CareQuestion,
    CheckIn,
    Habit,
    LogEntry,
    Profile,
)
from wellness_tui.profile.ops import (
    AddHabit,
    MoveQuestion,
    PutItem,
    ReplaceProfile,
    SetAnswer,
    SetDone,
)
from wellness_tui.profile.store import NotAProfile, ProfileStore, Saved, SaveFailed, StoreEvent
from wellness_tui.targets import Target

CLOCK = FixedClock(datetime(2026, 11, 25, 9, 0))


def test_kill_mid_save_many_times_quick() -> None:
    """The quick version; .ci/run runs the full 1,000-kill test as its own step."""
    from tests.crash.kill_test import run

    result = run(40, seed=3)
    assert result["mid_write"] >= 10


def stored(path: Path) -> Profile:
    """The profile as saved: the JSON checkpoint + the journal's lines."""
    store = ProfileStore(path, CLOCK, look_only=True)
    assert not store.notices, store.notices
    return store.profile


def _writer(path: str, name: str, count: int, start: BarrierType | None = None) -> None:
    """Saves `count` answers: "a" as a shell command saves (store.save, in this thread),
    any other as the app does (store.apply: its writer thread saves them)."""
    store = ProfileStore(Path(path), CLOCK)
    if start is not None:
        start.wait(30)  # (both loaded: their saves overlap)
    for n in range(count):
        op = SetAnswer(f"{name}/{n}", f"{name} {n}", CLOCK.now())
        if name == "a":
            assert store.save([op])
        else:
            store.apply(op)
        store.take_refresh()  # (as the app's screen takes the other's changes)
        time.sleep(0.0003 * (n % 3))  # (the other gets the lock; "b" saves one or a few)
    assert store.close()


def test_two_processes_writing_at_once_lose_nothing(tmp_path: Path) -> None:
    path = tmp_path / "p.json"
    ctx = multiprocessing.get_context("fork")
    ProfileStore(path, CLOCK).close()  # (made first: neither writes it whole at once)
    start = ctx.Barrier(2)
    workers = [ctx.Process(target=_writer, args=(str(path), name, 500, start)) for name in "ab"]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(120)
        assert worker.exitcode == 0
    answers = stored(path).answers  # the profile + its journal
    assert len(answers) == 1000
    assert {f"{name}/{n}" for name in "ab" for n in range(500)} == set(answers)


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    raw=st.binary(max_size=400)
    | st.text(max_size=300).map(str.encode)
    | st.binary(max_size=60).map(crypto.HEADER.__add__)
)
@example(raw=crypto.HEADER)  # hypothesis finds the header among the program's constants
def test_any_bytes_load_or_recover_and_are_kept(
    tmp_path_factory: pytest.TempPathFactory, raw: bytes
) -> None:
    folder = tmp_path_factory.mktemp("any")
    path = folder / "profile.json"
    path.write_bytes(raw)
    try:
        # Never raises but to say "not a profile" or "protected with a passphrase".
        store = ProfileStore(path, CLOCK)
    except (NotAProfile, crypto.Locked) as refused:
        # A file that never was a profile, or an age file (a profile protected with a
        # passphrase, opened without it), is left exactly as it was, no lock file made.
        if isinstance(refused, crypto.Locked):
            assert crypto.is_sealed(raw)
        else:
            assert b'"schema_version"' not in raw and raw.strip()
        assert sorted(p.name for p in folder.iterdir()) == ["profile.json"]
        assert path.read_bytes() == raw
        return
    assert isinstance(store.profile, Profile)
    try:
        decode(raw)
        valid = True
    except Exception:
        valid = False
    if not valid and not store.read_only:
        kept = list(folder.glob("profile.corrupt-*.json"))
        assert len(kept) == 1 and kept[0].read_bytes() == raw
        assert stat.S_IMODE(kept[0].stat().st_mode) == 0o600
        assert store.notices and "could not be read" in store.notices[0]


typed = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=40)
days = st.dates(min_value=date(2016, 1, 1), max_value=date(2027, 12, 31))


@st.composite
def profiles(draw: st.DrawFn) -> Profile:
    profile = Profile.new(datetime(2026, 1, 1, 8, 0))
    profile.settings.name = draw(typed)
    for index in range(draw(st.integers(0, 3))):
        habit = Habit(
            id=f"h{index}",
            title=draw(typed.filter(bool)) or "x",
            created=draw(days),
            target=draw(
                st.sampled_from(
                    [
                        Target(),
                        Target(per_week=3),
                        Target(days=("mon", "fri")),
                        Target(at_least=2.5, unit="km"),
                    ]
                )
            ),
        )
        habit.done = sorted(set(draw(st.lists(days, max_size=10))))
        habit.notes = draw(st.dictionaries(days, typed, max_size=3))
        profile.habits.append(habit)
    profile.checkins = draw(
        st.dictionaries(
            days,
            st.builds(
                CheckIn,
                mood=st.none() | st.integers(1, 10),
                sleep_hours=st.none() | st.floats(0, 24),
                note=typed,
                tags=st.lists(typed, max_size=2),
            ),
            max_size=5,
        )
    )
    profile.answers = {
        f"l/{i}": Answer(text=t, updated=datetime(2026, 2, 1))
        for i, t in enumerate(draw(st.lists(typed, max_size=3)))
    }
    profile.questions = [
        CareQuestion(id=f"q{i}", text=t or "?", added=date(2026, 1, 2))
        for i, t in enumerate(draw(st.lists(typed, max_size=2)))
    ]
    profile.log = [
        LogEntry(id=f"l{i}", day=d, what=t or "?")
        for i, (d, t) in enumerate(draw(st.lists(st.tuples(days, typed), max_size=2)))
    ]
    return profile


@settings(max_examples=100, deadline=None)
@given(profile=profiles())
def test_any_valid_profile_round_trips_exactly(profile: Profile) -> None:
    assert decode(encode(profile)) == profile


def test_a_failed_save_keeps_the_data_says_so_and_retries(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "p.json"
    store = ProfileStore(path, CLOCK)
    store.apply(AddHabit(Habit(id="walk", title="Walk", created=date(2026, 11, 1))))
    assert store.flush()
    good = path.read_bytes()
    events: list[StoreEvent] = []
    store.listener = events.append
    monkeypatch.setattr(store_module, "RETRY_SECONDS", (0.05,))
    real_write = os.write

    real_pwrite = os.pwrite

    def disk_full(fd: int, data: bytes) -> int:
        raise OSError(errno.ENOSPC, "No space left on device")

    def disk_full_at(fd: int, data: bytes, at: int) -> int:
        return disk_full(fd, data)

    monkeypatch.setattr(os, "write", disk_full)  # the os.write profile/files.py calls
    monkeypatch.setattr(os, "pwrite", disk_full_at)  # and the journal's
    store.apply(SetDone("walk", date(2026, 11, 25), True))
    assert not store.flush(timeout=2)
    assert store.last_error is not None
    assert store.last_error.startswith("not saved: No space left on device")
    assert isinstance(events[-1], SaveFailed)
    assert path.read_bytes() == good  # never half-written
    assert not files.leftover_temps(path)  # the failed temp file was removed
    assert present(store.profile.habit("walk")).done == [date(2026, 11, 25)]  # kept in memory
    monkeypatch.setattr(os, "write", real_write)  # the disk has room again
    monkeypatch.setattr(os, "pwrite", real_pwrite)
    deadline = time.monotonic() + 5
    while store.last_error is not None and time.monotonic() < deadline:
        time.sleep(0.05)
    assert store.close()
    assert present(decode(path.read_bytes()).habit("walk")).done == [date(2026, 11, 25)]
    assert any(isinstance(e, Saved) and "Nothing was lost" in e.message for e in events)


def test_leftover_temp_files_are_cleaned_up_on_the_next_start(tmp_path: Path) -> None:
    path = tmp_path / "p.json"
    path.write_bytes(encode(Profile.new(datetime(2026, 1, 1))))
    leftover = files.temp_name(path)
    leftover.write_bytes(b'{"schema_version": 2, "half')
    ProfileStore(path, CLOCK)
    assert not leftover.exists()


def _hold_lock(path: str, ready: EventType) -> None:
    ProfileLock(Path(path)).acquire()
    ready.set()
    time.sleep(60)


def test_a_killed_process_never_leaves_a_stale_lock(tmp_path: Path) -> None:
    path = tmp_path / "p.json"
    ctx = multiprocessing.get_context("fork")
    ready = ctx.Event()
    holder = ctx.Process(target=_hold_lock, args=(str(path), ready))
    holder.start()
    assert ready.wait(10)
    blocked = ProfileLock(path, timeout=0.2)
    try:
        blocked.acquire()
        raise AssertionError("the lock should be held")
    except Exception as err:
        assert f"in use by another process (pid {holder.pid}" in str(err)
    os.kill(present(holder.pid), signal.SIGKILL)
    holder.join()
    with ProfileLock(path, timeout=1):
        pass  # free at once


@contextmanager
def _lock_file_made_again_and_held(path: Path) -> Iterator[int]:
    """The profile's lock file deleted, then made again and held by another process
    (its pid) while the block runs."""
    path.with_name(path.name + ".lock").unlink()
    ctx = multiprocessing.get_context("fork")
    ready = ctx.Event()
    holder = ctx.Process(target=_hold_lock, args=(str(path), ready))
    holder.start()
    try:
        assert ready.wait(10)
        yield present(holder.pid)
    finally:
        os.kill(present(holder.pid), signal.SIGKILL)
        holder.join()


def test_a_lock_file_deleted_between_saves_is_never_locked_in_its_old_copy(
    tmp_path: Path,
) -> None:
    # The store keeps its lock file open between saves: once the file is deleted and
    # made again by another process, locking the old (deleted) copy would keep no one out.
    path = tmp_path / "p.json"
    store = ProfileStore(path, CLOCK)
    store.apply(AddHabit(Habit(id="walk", title="Walk", created=date(2026, 11, 1))))
    assert store.flush()
    with _lock_file_made_again_and_held(path) as pid:
        store.lock.timeout = 0.3
        with pytest.raises(Exception, match=f"in use by another process \\(pid {pid}"):
            store.lock.acquire()
    store.lock.timeout = 10
    store.apply(SetDone("walk", date(2026, 11, 25), True))
    assert store.close()


def test_two_threads_of_one_process_never_hold_the_lock_at_once(tmp_path: Path) -> None:
    path = tmp_path / "p.json"
    lock = ProfileLock(path, timeout=0.2)
    lock.acquire()
    try:
        outcome: list[object] = []

        def other() -> None:
            try:
                lock.acquire()
                outcome.append("held")
                lock.release()
            except Exception as err:
                outcome.append(err)

        thread = threading.Thread(target=other)
        thread.start()
        thread.join()
        assert not lock.try_acquire()
        assert len(outcome) == 1 and "was not free" in str(outcome[0])
    finally:
        lock.release()
    assert lock.try_acquire()
    lock.release()


def test_a_flush_while_another_process_holds_the_lock_waits_for_it(tmp_path: Path) -> None:
    # flush() saves in its own thread only when the lock is free at once; otherwise the
    # writer thread waits for the lock, and the change is saved once it is free.
    path = tmp_path / "p.json"
    store = ProfileStore(path, CLOCK)
    store.apply(AddHabit(Habit(id="walk", title="Walk", created=date(2026, 11, 1))))
    assert store.flush()
    other = ProfileLock(path)
    other.acquire()
    try:
        store.apply(SetDone("walk", date(2026, 11, 25), True))
        started = time.monotonic()
        assert not store.flush(timeout=0.3)
        assert time.monotonic() - started < 2
    finally:
        other.release()
    assert store.flush()
    assert store.close()
    assert present(decode(path.read_bytes()).habit("walk")).done == [date(2026, 11, 25)]


def test_save_writes_in_the_callers_thread_and_starts_no_writer(tmp_path: Path) -> None:
    # A shell command waits for the disk anyway: its save is made in its own thread.
    path = tmp_path / "p.json"
    store = ProfileStore(path, CLOCK)
    threads = threading.active_count()
    assert store.save([AddHabit(Habit(id="walk", title="Walk", created=date(2026, 11, 1)))])
    assert store.save([SetDone("walk", date(2026, 11, 25), True)])
    assert threading.active_count() == threads
    seen = ProfileStore(path, CLOCK, look_only=True).profile
    assert present(seen.habit("walk")).done == [date(2026, 11, 25)]
    assert store.close(checkpoint=False)


def test_save_while_another_process_holds_the_lock_is_made_once_it_is_free(
    tmp_path: Path,
) -> None:
    path = tmp_path / "p.json"
    store = ProfileStore(path, CLOCK)
    assert store.save([AddHabit(Habit(id="walk", title="Walk", created=date(2026, 11, 1)))])
    other = ProfileLock(path)
    other.acquire()
    try:
        assert not store.save([SetDone("walk", date(2026, 11, 25), True)], timeout=0.3)
    finally:
        other.release()
    assert store.flush()  # the writer thread took it over and waited for the lock
    assert store.close(checkpoint=False)
    seen = ProfileStore(path, CLOCK, look_only=True).profile
    assert present(seen.habit("walk")).done == [date(2026, 11, 25)]


def test_export_and_import_round_trip(tmp_path: Path) -> None:
    import subprocess

    from tests.cli_run import in_process

    def wt(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
        return in_process(args, input=stdin)  # as its own process gives (tests/cli_run.py)

    a, b, out = tmp_path / "a.json", tmp_path / "b.json", tmp_path / "export.json"
    wt("habit", "add", "Walk [x]", "--profile", str(a))
    wt("checkin", "--mood", "5", "--note", "private & <odd>", "--profile", str(a))
    assert wt("export", "--all", "-o", str(out), "--profile", str(a)).returncode == 0
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    wt("habit", "add", "Other", "--profile", str(b))
    no = wt("import", str(out), "--profile", str(b), stdin="n\n")
    assert "Nothing was changed" in no.stdout
    assert [h["title"] for h in json.loads(b.read_text())["habits"]] == ["Other"]
    yes = wt("import", str(out), "--profile", str(b), stdin="y\n")
    assert yes.returncode == 0 and "Your previous profile was kept at" in yes.stdout
    assert json.loads(b.read_text())["habits"][0]["title"] == "Walk [x]"
    [kept] = tmp_path.glob("b.before-import-*.json")
    assert json.loads(kept.read_text())["habits"][0]["title"] == "Other"
    eof = wt("import", str(out), "--profile", str(b))  # no answer at all: nothing changes
    assert eof.returncode == 0 and "Nothing was changed" in eof.stdout


def test_importing_an_older_version_migrates_it(tmp_path: Path) -> None:
    from tests.cli_run import in_process
    from tests.conftest import FIXTURES

    target = tmp_path / "p.json"
    args = ["import", str(FIXTURES / "profiles/v1.json"), "--yes", "--profile", str(target)]
    result = in_process(args)  # as its own process gives (tests/cli_run.py)
    assert result.returncode == 0, result.stderr
    assert json.loads(target.read_text())["schema_version"] >= 2


def test_delete_all_removes_exactly_what_the_app_made(tmp_path: Path) -> None:
    own = tmp_path / "wellness-tui"
    path = own / "profile.json"
    for _ in range(2):
        store = ProfileStore(path, CLOCK)
        store.apply(AddHabit(Habit(id="walk", title="Walk", created=date(2026, 1, 1))))
        store.apply(SetDone("walk", date(2026, 1, 2), True))
        store.close()
    (own / "crash.log").write_text("x")
    (own / "content").mkdir()  # the user's own modules: not the app's to delete
    store = ProfileStore(path, CLOCK)
    removed = store.delete_all(own_folder=own)
    assert path in removed and any(".backup-" in p.name for p in removed)
    assert sorted(p.name for p in own.iterdir()) == ["content"]
    (own / "content").rmdir()
    chosen = tmp_path / "chosen"
    chosen.mkdir()
    other = ProfileStore(chosen / "p.json", CLOCK)
    other.apply(AddHabit(Habit(id="w", title="W", created=date(2026, 1, 1))))
    other.close()
    (chosen / "mine.txt").write_text("not the app's")
    ProfileStore(chosen / "p.json", CLOCK).delete_all(own_folder=own)
    assert sorted(p.name for p in chosen.iterdir()) == ["mine.txt"]  # folder kept


def test_a_save_that_is_retried_applies_each_change_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # "Move up" applied twice would move the question two places on disk.
    path = tmp_path / "p.json"
    store = ProfileStore(path, CLOCK)
    for letter in "abcd":
        store.apply(
            PutItem("questions", CareQuestion(id=letter, text=letter, added=date(2026, 11, 1)))
        )
    assert store.flush()
    monkeypatch.setattr(store_module, "RETRY_SECONDS", (0.05,))
    real_atomic_write, calls = files.atomic_write, []  # the one profile/store.py imports

    def fails_once(target: Path, data: bytes) -> None:
        calls.append(target)
        if len(calls) == 1:
            raise OSError(errno.ENOSPC, "No space left on device")
        real_atomic_write(target, data)

    monkeypatch.setattr(store_module, "atomic_write", fails_once)
    store.apply(ReplaceProfile(copy.deepcopy(store.profile)))  # saved as a checkpoint
    store.apply(MoveQuestion("d", -1))
    deadline = time.monotonic() + 5
    while not store.flush(timeout=0.1) and time.monotonic() < deadline:
        time.sleep(0.05)  # the first save failed; the writer tries again
    assert len(calls) == 2
    assert store.close()
    on_disk = [q.id for q in decode(path.read_bytes()).questions]
    assert on_disk == [q.id for q in store.profile.questions] == ["a", "b", "d", "c"]


def test_an_append_that_fails_halfway_is_retried_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A journal append that wrote part of its line and then failed (a full disk) must
    # leave no half line behind, and the retry must apply "move up" once.
    path = tmp_path / "p.json"
    store = ProfileStore(path, CLOCK)
    for letter in "abcd":
        store.apply(
            PutItem("questions", CareQuestion(id=letter, text=letter, added=date(2026, 11, 1)))
        )
    assert store.flush()
    monkeypatch.setattr(store_module, "RETRY_SECONDS", (0.05,))
    real_write, real_pwrite = os.write, os.pwrite
    calls: list[int] = []

    def fails_once(fd: int, data: bytes) -> int:
        if len(data) > 20 and not calls:
            calls.append(fd)
            real_write(fd, bytes(data[:10]))  # part of the line reached the file
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_write(fd, data)

    def fails_once_at(fd: int, data: bytes, at: int) -> int:
        if len(data) > 20 and not calls:
            calls.append(fd)
            real_pwrite(fd, bytes(data[:10]), at)  # part of the line reached the file
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_pwrite(fd, data, at)

    monkeypatch.setattr(os, "write", fails_once)
    monkeypatch.setattr(os, "pwrite", fails_once_at)
    store.apply(MoveQuestion("d", -1))
    deadline = time.monotonic() + 5
    while not store.flush(timeout=0.1) and time.monotonic() < deadline:
        time.sleep(0.05)  # the first save failed; the writer tries again
    monkeypatch.setattr(os, "write", real_write)
    monkeypatch.setattr(os, "pwrite", real_pwrite)
    assert calls
    on_disk = [q.id for q in stored(path).questions]
    assert on_disk == [q.id for q in store.profile.questions] == ["a", "b", "d", "c"]
    assert path.with_name("p.json.journal").read_bytes().endswith(b"\n")
    assert store.close()
    assert [q.id for q in decode(path.read_bytes()).questions] == ["a", "b", "d", "c"]


def test_a_change_made_before_the_screen_takes_a_refresh_is_not_lost(tmp_path: Path) -> None:
    path = tmp_path / "p.json"
    this_window = ProfileStore(path, CLOCK)
    this_window.apply(AddHabit(Habit(id="x", title="X", created=date(2026, 11, 1))))
    assert this_window.flush()
    other = ProfileStore(path, CLOCK)
    other.apply(AddHabit(Habit(id="y", title="Y", created=date(2026, 11, 1))))
    assert other.close()
    this_window.check_for_changes()
    assert this_window.flush()
    # The person ticks a day before the app has handled the "changed" event.
    this_window.apply(SetDone("x", date(2026, 11, 24), True))
    assert this_window.flush()
    assert this_window.take_refresh()
    assert this_window.profile.habit("y") is not None
    assert present(this_window.profile.habit("x")).done == [date(2026, 11, 24)]
    assert this_window.close()
    assert present(decode(path.read_bytes()).habit("x")).done == [date(2026, 11, 24)]


# ----- a tick's quick save (one line, in the caller's thread) ---------------------------


def _steady_store(path: Path) -> ProfileStore:
    """A store past its first saves (the profile written, the hour's backup made, the
    journal begun), where a tick is saved as one appended line."""
    store = ProfileStore(path, CLOCK)
    assert store.save([AddHabit(Habit(id="walk", title="Walk", created=date(2026, 11, 1)))])
    assert store.save([SetDone("walk", date(2026, 11, 1), True)])
    assert store.save([SetDone("walk", date(2026, 11, 2), True)])
    return store


def _journal(path: Path) -> bytes:
    return path.with_name(path.name + ".journal").read_bytes()


def test_a_tick_is_one_appended_line_and_leaves_the_profile_file_alone(tmp_path: Path) -> None:
    path = tmp_path / "p.json"
    store = _steady_store(path)
    profile_before, journal_before = os.stat(path), _journal(path)
    threads = threading.active_count()
    assert store.save([SetDone("walk", date(2026, 11, 25), True)])
    after = os.stat(path)
    assert (after.st_ino, after.st_mtime_ns) == (profile_before.st_ino, profile_before.st_mtime_ns)
    added = _journal(path)[len(journal_before) :]
    assert _journal(path).startswith(journal_before) and added.count(b"\n") == 1
    assert json.loads(added)["op"] == "SetDone" and json.loads(added)["f"]["day"] == "2026-11-25"
    assert threading.active_count() == threads  # no writer thread was needed
    assert store.save([SetDone("walk", date(2026, 11, 25), False)])
    assert store.save([SetDone("walk", date(2026, 11, 26), True)])
    seen = ProfileStore(path, CLOCK, look_only=True).profile
    assert present(seen.habit("walk")).done == [date(2026, 11, d) for d in (1, 2, 26)]
    assert store.close()  # folded into the profile: the same
    assert (
        present(decode(path.read_bytes()).habit("walk")).done
        == present(store.profile.habit("walk")).done
    )


def test_a_tick_after_another_process_saved_reads_its_change_first(tmp_path: Path) -> None:
    path = tmp_path / "p.json"
    this_window = _steady_store(path)
    other = ProfileStore(path, CLOCK)  # (another process: its own store)
    assert other.save([SetDone("walk", date(2026, 11, 20), True)])
    assert this_window.save([SetDone("walk", date(2026, 11, 21), True)])
    assert this_window.take_refresh()  # the other change reaches the screen copy
    both = [date(2026, 11, d) for d in (1, 2, 20, 21)]
    assert present(this_window.profile.habit("walk")).done == both
    seen = ProfileStore(path, CLOCK, look_only=True).profile
    assert present(seen.habit("walk")).done == both
    # ...and the other way round, after a checkpoint by the other one.
    assert other.close()
    assert this_window.save([SetDone("walk", date(2026, 11, 22), True)])
    assert present(ProfileStore(path, CLOCK, look_only=True).profile.habit("walk")).done == [
        *both,
        date(2026, 11, 22),
    ]
    assert this_window.close()


def test_a_tick_whose_line_fails_half_way_is_saved_once_by_the_ordinary_save(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "p.json"
    store = _steady_store(path)
    for letter in "abc":
        assert store.save(
            [PutItem("questions", CareQuestion(id=letter, text=letter, added=date(2026, 11, 1)))]
        )
    real_pwrite = os.pwrite
    calls: list[int] = []

    def fails_once_at(fd: int, data: bytes, at: int) -> int:
        if not calls:
            calls.append(fd)
            real_pwrite(fd, bytes(data[:10]), at)  # part of the line reached the file
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_pwrite(fd, data, at)

    monkeypatch.setattr(os, "pwrite", fails_once_at)
    assert store.save([MoveQuestion("c", -1)])  # "move up": applied once, whatever happens
    assert calls
    assert _journal(path).endswith(b"\n")
    assert [q.id for q in stored(path).questions] == ["a", "c", "b"]
    assert [q.id for q in store.profile.questions] == ["a", "c", "b"]
    assert store.close()  # the checkpoint is made from the writer's copy: the same
    assert [q.id for q in decode(path.read_bytes()).questions] == ["a", "c", "b"]


def test_a_tick_when_another_process_holds_the_lock_waits_for_it(tmp_path: Path) -> None:
    path = tmp_path / "p.json"
    store = _steady_store(path)
    other = ProfileLock(path)
    other.acquire()
    try:
        assert not store.save([SetDone("walk", date(2026, 11, 25), True)], timeout=0.3)
    finally:
        other.release()
    assert store.flush()
    seen = ProfileStore(path, CLOCK, look_only=True).profile
    assert date(2026, 11, 25) in present(seen.habit("walk")).done
    assert store.close()


def test_a_tick_after_the_lock_file_was_made_again_locks_the_new_one(tmp_path: Path) -> None:
    path = tmp_path / "p.json"
    store = _steady_store(path)
    with _lock_file_made_again_and_held(path):
        store.lock.timeout = 0.3
        assert not store.save([SetDone("walk", date(2026, 11, 25), True)], timeout=0.3)
        assert _journal(path).count(b'"2026-11-25"') == 0  # nothing written past the lock
    store.lock.timeout = 10
    assert store.flush()
    assert store.close()
    assert date(2026, 11, 25) in present(decode(path.read_bytes()).habit("walk")).done


def test_a_tick_after_the_profile_was_changed_by_hand_reads_it_first(tmp_path: Path) -> None:
    path = tmp_path / "p.json"
    store = _steady_store(path)
    by_hand = stored(path)  # (what a person's editor would show: the profile + its journal)
    by_hand.habits.append(Habit(id="read", title="Read", created=date(2026, 11, 3)))
    files.atomic_write(path, encode(by_hand))
    assert store.save([SetDone("walk", date(2026, 11, 25), True)])
    assert store.take_refresh()  # the screen copy gets the hand-made change too
    assert store.profile.habit("read") is not None
    seen = stored(path)
    assert seen.habit("read") is not None
    assert present(seen.habit("walk")).done == [date(2026, 11, d) for d in (1, 2, 25)]
    assert store.close()


def test_ticks_saved_by_the_writer_and_by_flush_at_once_are_each_written_once(
    tmp_path: Path,
) -> None:
    # The writer thread's quick save and a flush() in another thread race for each
    # change: whichever saves it, it is one line in the journal, never two.
    path = tmp_path / "p.json"
    store = _steady_store(path)
    lines_before = _journal(path).count(b"\n")
    days = [date(2026, 8, 1) + timedelta(days=n) for n in range(60)]
    for n, day in enumerate(days):
        store.apply(SetDone("walk", day, True))  # (the writer thread is woken for it)
        time.sleep((n % 4) * 0.0003)  # (the writer at different points of its save)
        assert store.flush()  # (and this thread saves it, if it is first)
    assert _journal(path).count(b"\n") == lines_before + len(days)
    assert store.close()
    done = present(decode(path.read_bytes()).habit("walk")).done
    assert done == sorted([date(2026, 11, 1), date(2026, 11, 2), *days])


# ----- files removed outside the app while it is open ---------------------------------


def _app_like_store(path: Path) -> ProfileStore:
    """A store as the app holds one: changes saved by its writer thread."""
    store = _steady_store(path)
    store.apply(SetDone("walk", date(2026, 11, 3), True))
    assert store.flush()
    return store


def test_a_journal_removed_while_open_keeps_the_changes_it_held(tmp_path: Path) -> None:
    path = tmp_path / "p.json"
    store = _app_like_store(path)
    events: list[StoreEvent] = []
    store.listener = events.append
    held = [date(2026, 11, d) for d in (1, 2, 3)]
    assert present(stored(path).habit("walk")).done == held  # (the journal holds them)
    path.with_name("p.json.journal").unlink()  # by hand, or a sync tool
    store.check_for_changes()
    assert store.flush()
    store.take_refresh()
    assert present(store.profile.habit("walk")).done == held  # the screen keeps them
    assert present(stored(path).habit("walk")).done == held  # and the disk has them again
    assert any(isinstance(e, store_module.StoreNotice) and "journal" in e.message for e in events)
    store.apply(SetDone("walk", date(2026, 11, 4), True))
    assert store.close()
    assert present(decode(path.read_bytes()).habit("walk")).done == [*held, date(2026, 11, 4)]


def test_a_profile_removed_while_another_process_appended_keeps_that_change(
    tmp_path: Path,
) -> None:
    path = tmp_path / "p.json"
    app = _app_like_store(path)
    shell = ProfileStore(path, CLOCK)  # another process, whose line the app has not read
    assert shell.save([SetDone("walk", date(2026, 11, 9), True)])
    shell.close(checkpoint=False)
    path.rename(tmp_path / "moved.json")  # the profile goes missing
    app.apply(SetDone("walk", date(2026, 11, 10), True))
    assert app.flush()
    app.take_refresh()
    both = [date(2026, 11, d) for d in (1, 2, 3, 9, 10)]
    assert present(stored(path).habit("walk")).done == both
    assert present(app.profile.habit("walk")).done == both
    assert app.close()
    assert present(decode(path.read_bytes()).habit("walk")).done == both


def test_a_profile_removed_with_lines_that_cannot_be_applied_keeps_the_journal(
    tmp_path: Path,
) -> None:
    path = tmp_path / "p.json"
    keys = crypto.new_keys()
    app = ProfileStore(path, CLOCK, keys=keys)
    assert app.save([AddHabit(Habit(id="walk", title="Walk", created=date(2026, 11, 1)))])
    assert app.save([SetDone("walk", date(2026, 11, 1), True)])
    events: list[StoreEvent] = []
    app.listener = events.append
    shell = ProfileStore(path, CLOCK, keys=keys)
    assert shell.save([SetDone("walk", date(2026, 11, 9), True)])
    shell.close(checkpoint=False)
    journal_bytes = path.with_name("p.json.journal").read_bytes()
    path.rename(tmp_path / "moved.json")
    assert app.save([SetDone("walk", date(2026, 11, 10), True)])
    kept = list(tmp_path.glob("p.damaged-journal-*"))
    assert [k.read_bytes() for k in kept] == [journal_bytes]
    assert any(str(kept[0]) in getattr(e, "message", "") for e in events)
    assert app.close()


def test_the_lock_message_never_names_a_process_that_does_not_hold_it(tmp_path: Path) -> None:
    from wellness_tui.profile.lock import holder, lock_path

    path = lock_path(tmp_path / "p.json")
    ended = multiprocessing.get_context("fork").Process(target=int)
    ended.start()
    ended.join()
    # A note left by a process that has ended (the lock is held by a program that writes
    # none), or by this very process (which is the one waiting): neither holds it.
    for pid in (present(ended.pid), os.getpid()):
        path.write_text(f"{pid} wellness-tui\n")
        assert holder(path) == "another process"
    path.write_text(f"{os.getppid()} wellness-tui\n")  # one that runs: named
    assert holder(path).startswith(f"another process (pid {os.getppid()}, ")
