"""In-process measurements: lesson open, key to repaint, durable tick, profile load.

Times are taken inside the app (from the key event to the next completed
refresh), never through Pilot, whose key presses wait on purpose.
"""

from __future__ import annotations

import asyncio
import gc
import shutil
import statistics
import tempfile
import time
from collections.abc import Awaitable, Callable
from datetime import date, datetime, timedelta
from pathlib import Path

from textual import events

from benchmarks.synthetic import make_profile
from wellness_tui.clock import FixedClock
from wellness_tui.library import load_library
from wellness_tui.profile import stamp
from wellness_tui.profile.codec import decode, encode
from wellness_tui.profile.models import LogEntry
from wellness_tui.profile.ops import SetDone
from wellness_tui.profile.store import ProfileStore
from wellness_tui.tui.app import WellnessApp, build_app

ROOT = Path(__file__).parents[1]
CLOCK = FixedClock(datetime(2026, 11, 25, 9, 30))


def long_lesson_content(words: int = 800) -> Path:
    """A copy of the program plus a module with one lesson of about `words` words."""
    folder = Path(tempfile.mkdtemp(prefix="wellness-bench-"))
    content = folder / "content"
    shutil.copytree(ROOT / "content", content)
    module = content / "99-bench"
    module.mkdir()
    (module / "module.toml").write_text(
        'id = "bench"\ntitle = "Benchmark"\nsummary = "A long lesson."\norder = 99\n'
    )
    paragraph = (
        "Sleep and mood affect each other in many small ways, and a steady rhythm "
        "can help a little on most days. "
    )
    sections = []
    per_section = words // 4
    for n in range(4):
        body = (paragraph * (per_section // len(paragraph.split()) + 1)).strip()
        sections.append(f"## Part {n + 1}\n\n{body}\n\n- a list item\n- another item\n")
    (module / "01-long.md").write_text(
        '+++\nid = "bench-long"\ntitle = "A long lesson"\nminutes = 5\n\n[activity]\n'
        'text = "Try this."\n\n[[prompts]]\nid = "p"\ntext = "A prompt?"\n+++\n'
        + "\n".join(sections)
    )
    return content


async def _after_refresh(app: WellnessApp) -> None:
    done = asyncio.Event()
    app.call_after_refresh(done.set)
    await done.wait()


async def _timed(app: WellnessApp, action: Callable[[], Awaitable[None] | None]) -> float:
    start = time.perf_counter()
    result = action()
    if result is not None:
        await result
    await _after_refresh(app)
    await _after_refresh(app)  # the frame that shows the change has been painted
    return time.perf_counter() - start


def _key(app: WellnessApp, key: str) -> Callable[[], None]:
    def send() -> None:
        assert app._driver is not None
        app._driver.send_message(events.Key(key, None))

    return send


def _start_like_launch() -> None:
    """launch() pauses the garbage collector until the first paint, then freezes what
    start-up made; without it this process's own data (generated profiles) would be
    walked by full collections in the middle of a measured key press."""
    gc.disable()


async def lesson_open(repeat: int) -> list[float]:
    _start_like_launch()
    content = long_lesson_content()
    library = load_library([content])
    folder = Path(tempfile.mkdtemp())
    store = ProfileStore(folder / "p.json", CLOCK)
    store.profile.welcomed = True
    app = build_app(store, library, CLOCK)
    times = []
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        from wellness_tui.tui.screens.lesson import LessonScreen

        for _ in range(repeat):
            times.append(await _timed(app, lambda: app.push_screen(LessonScreen("bench-long"))))
            app.pop_screen()
            await pilot.pause()
    store.close()
    return times


async def key_latency(profile_days: int, repeat: int, screen: str) -> list[float]:
    _start_like_launch()
    library = load_library([ROOT / "content"])
    folder = Path(tempfile.mkdtemp())
    profile = make_profile(profile_days, library=library, activity_days=365)
    if screen == "log":
        start = date(2026, 11, 25)
        profile.log = [
            LogEntry(id=f"l{i}", day=start - timedelta(days=i), what=f"entry {i}")
            for i in range(250)
        ]
    (folder / "p.json").write_bytes(encode(profile))
    store = ProfileStore(folder / "p.json", CLOCK)
    app = build_app(store, library, CLOCK)
    times = []
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        if screen == "log":
            from wellness_tui.tui.screens.symptom_log import SymptomLogScreen

            log_screen = SymptomLogScreen()
            log_screen.range_index = 2  # all time: 250 rows
            await app.push_screen(log_screen)
            await pilot.pause()
        for n in range(repeat):
            key = "down" if (n // 10) % 2 == 0 else "up"
            times.append(await _timed(app, _key(app, key)))
    store.close()
    return times


def tick_durable(profile_days: int, repeat: int) -> tuple[list[float], list[float]]:
    """(time for apply() to return, time until the tick is on disk), per tick."""
    folder = Path(tempfile.mkdtemp())
    (folder / "p.json").write_bytes(encode(make_profile(profile_days, activity_days=365)))
    store = ProfileStore(folder / "p.json", CLOCK)
    store.apply(SetDone("habit-00", date(2026, 11, 25), False))
    store.flush()  # the session's first save also writes the backups: not what is measured
    applied, durable = [], []
    for n in range(repeat):
        start = time.perf_counter()
        store.apply(SetDone("habit-00", date(2026, 11, 25), n % 2 == 0))
        applied.append(time.perf_counter() - start)
        store.flush()
        durable.append(time.perf_counter() - start)
    store.close()
    return applied, durable


def load_profile(profile_days: int, repeat: int) -> tuple[list[float], int]:
    library = load_library([ROOT / "content"])
    raw = encode(make_profile(profile_days, library=library, activity_days=365))
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        decode(raw)
        times.append(time.perf_counter() - start)
    return times, len(raw)


def load_quick_start_copy(profile_days: int, repeat: int) -> list[float]:
    """Reading the file and its quick-start copy (what a start does when nothing changed)."""
    folder = Path(tempfile.mkdtemp())
    path = folder / "p.json"
    raw = encode(make_profile(profile_days, activity_days=365))
    path.write_bytes(raw)
    stamp.save(path, raw)
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        kept = stamp.load(path, path.read_bytes())
        times.append(time.perf_counter() - start)
        assert kept is not None
    return times


def median(values: list[float]) -> float:
    return statistics.median(values)
