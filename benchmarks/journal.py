"""The change journal's figures (profile/journal.py), each a ratio to a floor measured
in the same run:

- durable tick on the 10-year profile (store.apply until flushed: one appended, fsynced
  journal line) vs one appended, fsynced line of the same size with plain os calls; the
  whole-file checkpoint of the same profile is shown beside it;
- shell `check` on the 10-year profile (loads, appends, exits) vs `wellness-tui today`
  on the same profile, both with the stamp current and an empty journal;
- load of the 10-year profile + a 1,000-line journal vs the checkpoint alone (both
  validated with pydantic, as a start without a current stamp does).

Run: python benchmarks/journal.py [--quick]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "src"))

from benchmarks.synthetic import make_profile  # noqa: E402
from wellness_tui.clock import FixedClock  # noqa: E402
from wellness_tui.profile import journal  # noqa: E402
from wellness_tui.profile.codec import encode  # noqa: E402
from wellness_tui.profile.files import atomic_write  # noqa: E402
from wellness_tui.profile.ops import SetAnswer, SetDone  # noqa: E402
from wellness_tui.profile.store import ProfileStore  # noqa: E402

CLOCK = FixedClock(datetime(2026, 11, 25, 9, 0))


def median_ms(values: list[float]) -> float:
    return statistics.median(values) * 1000


def fold(path: Path) -> None:
    """Fold the journal into the profile and stamp it (as the app does when it closes)."""
    store = ProfileStore(path, CLOCK)
    store.prepare_writer()
    assert store.close()


def durable_tick(path: Path, repeat: int) -> tuple[list[float], list[float], list[float], int]:
    store = ProfileStore(path, CLOCK)
    store.apply(SetDone("habit-00", date(2026, 11, 25), False))
    store.flush()  # the session's first save may make the hour's backup: not measured
    ticks = []
    for n in range(repeat):
        start = time.perf_counter()
        store.apply(SetDone("habit-00", date(2026, 11, 25), n % 2 == 0))
        store.flush()
        ticks.append(time.perf_counter() - start)
    store.close(checkpoint=False)
    line = journal.record_line(SetDone("habit-00", date(2026, 11, 25), True), CLOCK.now()) or b""
    floor, whole = [], []
    target = path.with_name("floor.journal")
    raw = path.read_bytes()
    for _ in range(repeat):
        start = time.perf_counter()
        fd = os.open(target, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        os.write(fd, line)
        os.fsync(fd)
        os.close(fd)
        floor.append(time.perf_counter() - start)
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


def load_with_journal(path: Path, repeat: int, lines: int) -> tuple[list[float], list[float]]:
    fold(path)
    checkpoint_only = []
    for _ in range(repeat):
        path.with_name(path.name + ".stamp").unlink(missing_ok=True)
        start = time.perf_counter()
        ProfileStore(path, CLOCK, look_only=True)
        checkpoint_only.append(time.perf_counter() - start)
    raw = path.read_bytes()
    body = [
        journal.record_line(SetAnswer(f"bench/{n}", f"answer {n}", CLOCK.now()), CLOCK.now()) or b""
        for n in range(lines)
    ]
    path.with_name(path.name + ".journal").write_bytes(journal.header_line(raw) + b"".join(body))
    with_journal = []
    for _ in range(repeat):
        start = time.perf_counter()
        store = ProfileStore(path, CLOCK, look_only=True)
        with_journal.append(time.perf_counter() - start)
        assert len([k for k in store.profile.answers if k.startswith("bench/")]) == lines
    return with_journal, checkpoint_only


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="a 1-year profile, few repeats")
    args = parser.parse_args()
    days, repeat = (365, 3) if args.quick else (3650, 9)
    folder = Path(tempfile.mkdtemp(prefix="wellness-journal-bench-"))
    path = folder / "profile.json"
    path.write_bytes(encode(make_profile(days, activity_days=365)))
    size = path.stat().st_size
    fold(path)
    print(f"profile: {days} days, {size / 1e6:.2f} MB; medians of {repeat}")
    ticks, floor, whole, line = durable_tick(path, max(repeat * 3, 15))
    print(
        f"durable tick: {median_ms(ticks):.2f} ms vs one appended fsynced {line}-byte line "
        f"{median_ms(floor):.2f} ms: {median_ms(ticks) / median_ms(floor):.2f}x (target <= 1.5x)"
        f"; a whole-file write of the profile is {median_ms(whole):.2f} ms "
        f"({median_ms(whole) / median_ms(floor):.1f}x)"
    )
    check, today = shell_check(path, repeat)
    print(
        f"shell check: {median_ms(check):.0f} ms vs today {median_ms(today):.0f} ms: "
        f"{median_ms(check) / median_ms(today):.2f}x (target <= 1.3x)"
    )
    with_journal, alone = load_with_journal(path, repeat, 1000)
    print(
        f"load + 1,000-line journal: {median_ms(with_journal):.0f} ms vs the checkpoint "
        f"alone {median_ms(alone):.0f} ms: {median_ms(with_journal) / median_ms(alone):.2f}x "
        "(target <= 1.3x)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
