"""The change journal's figures (profile/journal.py), each a ratio to a floor measured
in the same run:

- durable tick (one appended, fsynced journal line) vs one appended, fsynced line of
  the same size with plain os calls, on the 10-year profile and on the 10-year
  journaling profile (a 400-word note every day, ~8 MB): saved as a shell command
  saves it (store.save, in its own thread), and as the app does (store.apply, saved by
  the writer thread while the caller waits); the whole-file checkpoint of the same profile is
  shown beside it;
- shell `check` (loads, appends, exits) vs `wellness-tui today` on the same profile,
  both with the stamp current and an empty journal, on both profiles;
- start-up to Today on the journaling profile vs a bare Textual app (run.py's way);
- load of the 10-year profile + a 1,000-line journal vs the checkpoint alone: both
  validated with pydantic (no stamp), and both with the stamp current (the stamp then
  names the journal's lines too).

Run: python benchmarks/journal.py [--quick]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from datetime import date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "src"))

from benchmarks.run import FLOOR_BARE_APP, startup  # noqa: E402
from benchmarks.synthetic import make_profile  # noqa: E402
from wellness_tui.clock import FixedClock  # noqa: E402
from wellness_tui.profile import journal  # noqa: E402
from wellness_tui.profile.codec import encode  # noqa: E402
from wellness_tui.profile.files import atomic_write  # noqa: E402
from wellness_tui.profile.ops import SetAnswer, SetDone  # noqa: E402
from wellness_tui.profile.store import ProfileStore, Saved  # noqa: E402

CLOCK = FixedClock(datetime(2026, 11, 25, 9, 0))


def median_ms(values: list[float]) -> float:
    return statistics.median(values) * 1000


def fold(path: Path) -> None:
    """Fold the journal into the profile and stamp it (as the app does when it closes)."""
    store = ProfileStore(path, CLOCK)
    store.prepare_writer()
    assert store.close()


class SavedClock:
    """The time of each save the writer thread reports (its Saved event, sent once the
    change is on disk): the app's tick is durable then. This thread's own waking up
    afterwards is not part of it (the app's screen never waits for a save)."""

    def __init__(self, store: ProfileStore) -> None:
        self.times: list[float] = []
        self.heard_one = threading.Condition()
        store.listener = self.heard

    def heard(self, event: object) -> None:
        now = time.perf_counter()  # (the save is done when it is reported)
        if isinstance(event, Saved):
            with self.heard_one:
                self.times.append(now)
                self.heard_one.notify_all()

    def wait_for(self, count: int) -> None:
        """Wait until `count` saves were reported, without saving any in this thread
        (as the app's screen, which never saves itself)."""
        with self.heard_one:
            self.heard_one.wait_for(lambda: len(self.times) >= count, 10)


class HandedFloor:
    """The floor's line appended by a thread of its own, woken as the store's writer
    thread is (a plain lock released) while this thread waits on a Condition, as
    SavedClock.wait_for does: the app's tick beside it shows what the store adds to the
    hand-over that keeps the screen from ever waiting for the disk."""

    def __init__(self, target: Path, line: bytes) -> None:
        self.target, self.line = target, line
        self.wake = threading.Lock()
        self.wake.acquire()
        self.state = threading.Condition()
        self.times: list[float] = []
        self.stopping = False
        self.thread = threading.Thread(target=self.run, daemon=True)
        self.thread.start()

    def run(self) -> None:
        while True:
            self.wake.acquire()
            if self.stopping:
                return
            fd = os.open(self.target, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
            os.write(fd, self.line)
            os.fsync(fd)
            os.close(fd)
            done = time.perf_counter()
            with self.state:
                self.times.append(done)
                self.state.notify_all()

    def append(self) -> float:
        start = time.perf_counter()
        count = len(self.times) + 1
        self.wake.release()
        with self.state:
            self.state.wait_for(lambda: len(self.times) >= count, 10)
        return self.times[-1] - start

    def stop(self) -> None:
        self.stopping = True
        self.wake.release()
        self.thread.join(10)


def durable_tick(
    path: Path, repeat: int, *, by_writer: bool = False
) -> tuple[list[float], list[float], list[float], int]:
    """Ticks, each followed by the floor (one appended fsynced line): the disk's speed
    drifts on a shared machine, and each tick is compared with a floor measured beside
    it. A tick is saved as a shell command saves it (store.save: in the caller's thread),
    or with `by_writer` as the app saves it (store.apply; the writer thread saves it,
    woken for it, while this thread waits as the app's screen goes back to its loop).
    With `by_writer`, the floor is the line appended by a thread woken the same way
    (HandedFloor), and the whole-file list holds the floor in this thread instead.
    The whole-file writes shown for comparison come after, in a loop of their own (one
    written between a tick and its floor would slow the next fsync, which is the
    tick's: the disk is still busy with the last big write)."""
    store = ProfileStore(path, CLOCK)
    saved = SavedClock(store) if by_writer else None  # (a shell command has no listener)
    store.apply(SetDone("habit-00", date(2026, 11, 25), False))
    store.flush()  # the session's first save may make the hour's backup: not measured,
    time.sleep(0.3)  # nor the disk's work after it (it would slow the first ticks' fsyncs)
    line = journal.record_line(SetDone("habit-00", date(2026, 11, 25), True), CLOCK.now()) or b""
    target = path.with_name("floor.journal")
    ticks, floor, whole, handed = [], [], [], []
    handing = HandedFloor(path.with_name("handed.journal"), line) if by_writer else None
    for n in range(repeat):
        op = SetDone("habit-00", date(2026, 11, 25), n % 2 == 0)
        start = time.perf_counter()
        if by_writer:
            assert saved is not None
            count = len(saved.times) + 1
            store.apply(op)
            saved.wait_for(count)
            ticks.append(saved.times[-1] - start)
        else:
            store.save([op])
            ticks.append(time.perf_counter() - start)
        start = time.perf_counter()
        fd = os.open(target, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        os.write(fd, line)
        os.fsync(fd)
        os.close(fd)
        floor.append(time.perf_counter() - start)
        if handing is not None:
            handed.append(handing.append())
    store.close(checkpoint=False)
    if handing is not None:
        handing.stop()
        return ticks, handed, floor, len(line)
    raw = path.read_bytes()
    for _ in range(max(repeat // 3, 5)):
        start = time.perf_counter()
        atomic_write(path.with_name("whole.json"), raw)
        whole.append(time.perf_counter() - start)
    return ticks, floor, whole, len(line)


def child(args: list[str]) -> float:
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"), WELLNESS_TUI_NOW="2026-11-25T09:00")
    start = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-m", "wellness_tui", *args], env=env, capture_output=True, check=False
    )
    took = time.perf_counter() - start
    if result.returncode != 0:
        raise SystemExit(f"{args[0]} failed: {result.stderr.decode()[:300]}")
    return took


def shell_check(path: Path, repeat: int) -> tuple[list[float], list[float]]:
    check, today = [], []
    for n in range(repeat):
        fold(path)
        today.append(child(["today", "--profile", str(path)]))
        day = (date(2026, 11, 25) - timedelta(days=n % 30)).isoformat()
        check.append(child(["check", "Get up", "--date", day, "--profile", str(path)]))
    return check, today


def load_with_journal(
    path: Path, repeat: int, lines: int, *, stamped: bool
) -> tuple[list[float], list[float]]:
    """Loads of a copy with a `lines`-line journal and of the checkpoint alone, in turn;
    with `stamped`, the stamp names the checkpoint (and the journal's lines, as a shell
    command that wrote them leaves it), else no stamp is there."""
    fold(path)
    other = path.parent / "with-journal" / path.name
    other.parent.mkdir(mode=0o700, exist_ok=True)
    raw = path.read_bytes()
    other.write_bytes(raw)
    fold(other)
    body = [
        journal.record_line(SetAnswer(f"bench/{n}", f"answer {n}", CLOCK.now()), CLOCK.now()) or b""
        for n in range(lines)
    ]
    other_journal = other.with_name(other.name + ".journal")
    other_journal.write_bytes(journal.header_line(raw) + b"".join(body))
    if stamped:
        store = ProfileStore(other, CLOCK)
        store._journal_known = other_journal.read_bytes()  # what the shell command wrote
        store._keep_stamp()
    with_journal, checkpoint_only = [], []
    for _ in range(repeat):
        for target, times in ((path, checkpoint_only), (other, with_journal)):
            if not stamped:
                target.with_name(target.name + ".stamp").unlink(missing_ok=True)
            start = time.perf_counter()
            store = ProfileStore(target, CLOCK, look_only=True)
            times.append(time.perf_counter() - start)
        assert len([k for k in store.profile.answers if k.startswith("bench/")]) == lines
    return with_journal, checkpoint_only


def report(
    name: str, value: list[float], floor: list[float], floor_name: str, limit: float
) -> None:
    """The ratio of the medians, and the median of the ratios of each pair (measured one
    after the other, so a drift in the machine's speed touches both alike)."""
    ratio = median_ms(value) / median_ms(floor)
    paired = statistics.median(a / b for a, b in zip(value, floor, strict=True))
    verdict = "ok" if ratio <= limit else "MISSED"
    print(
        f"{name}: {median_ms(value):.2f} ms vs {floor_name} {median_ms(floor):.2f} ms: "
        f"{ratio:.2f}x, paired {paired:.2f}x (target <= {limit}x) {verdict}",
        flush=True,
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="1-year profiles, few repeats")
    args = parser.parse_args()
    days, repeat = (365, 3) if args.quick else (3650, 9)
    folder = Path(tempfile.mkdtemp(prefix="wellness-journal-bench-"))
    env = dict(
        os.environ,
        HOME=str(folder),
        XDG_DATA_HOME=str(folder / "data"),
        XDG_CACHE_HOME=str(folder / "cache"),
        PYTHONPATH=os.pathsep.join([str(ROOT), str(ROOT / "src")]),
    )
    profiles = {}
    for label, words in (("plain", 0), ("journaling", 400)):
        path = folder / label / "profile.json"
        path.parent.mkdir(mode=0o700)
        path.write_bytes(encode(make_profile(days, activity_days=365, note_words=words)))
        fold(path)
        profiles[label] = path
        size = path.stat().st_size
        print(
            f"{label} profile: {days} days, {size / 1e6:.2f} MB; medians of {repeat} "
            f"({max(repeat * 7, 15)} ticks, {max(repeat + 6, 5)} starts)"
        )
    for label, path in profiles.items():
        ticks, floor, whole, line = durable_tick(path, max(repeat * 7, 15))
        report(
            f"{label}: durable tick",
            ticks,
            floor,
            f"one appended fsynced {line}-byte line",
            1.5,
        )
        ticks, handed, here, _ = durable_tick(path, max(repeat * 7, 15), by_writer=True)
        report(
            f"{label}: durable tick by the writer thread (the app's way)",
            ticks,
            handed,
            f"one appended fsynced {line}-byte line by a thread woken the same way",
            1.5,
        )
        print(
            f"  (vs that line appended in this thread, {median_ms(here):.2f} ms: "
            f"{median_ms(ticks) / median_ms(here):.2f}x; the hand-over to a thread, which "
            f"keeps the screen from ever waiting for the disk, is "
            f"{(median_ms(handed) - median_ms(here)) * 1000:.0f} µs of it)"
        )
        print(
            f"  (a whole-file write of the profile is {median_ms(whole):.2f} ms, "
            f"{median_ms(whole) / median_ms(floor):.1f}x)"
        )
        check, today = shell_check(path, repeat)
        report(f"{label}: shell check", check, today, "today", 1.3)
    app_t, bare_t, _, _ = startup(profiles["journaling"], max(repeat + 6, 5), env)
    report("journaling: cold start to Today, stamp current", app_t, bare_t, FLOOR_BARE_APP, 1.4)
    for stamped in (False, True):
        with_journal, alone = load_with_journal(
            profiles["plain"], repeat * 3, 1000, stamped=stamped
        )
        how = "stamp current" if stamped else "validated, no stamp"
        report(
            f"plain: load + 1,000-line journal ({how})",
            with_journal,
            alone,
            "the checkpoint alone",
            1.3,
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
