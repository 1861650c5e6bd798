"""In-process measurements: lesson open, key to repaint, durable tick, profile load,
and the floor each is compared with, measured in the same run.

Times are taken inside the app (from the key event to the next completed
refresh), never through Pilot, whose key presses wait on purpose. Each floor does the
least work that shows the same thing: the lesson's text in one Static of a bare app,
the same key in a bare app, one fsynced write of the same bytes, `json.loads` of the
same bytes.
"""

from __future__ import annotations

import asyncio
import gc
import json
import os
import shutil
import statistics
import tempfile
import time
from collections.abc import Awaitable, Callable
from datetime import date, datetime, timedelta
from pathlib import Path

from textual import events
from textual.app import App, ComposeResult
from textual.screen import Screen
from textual.widgets import Footer, Header, OptionList, Static

from benchmarks.synthetic import make_profile
from wellness_tui.clock import FixedClock
from wellness_tui.library import Library, load_library
from wellness_tui.profile import stamp
from wellness_tui.profile.codec import decode, encode
from wellness_tui.profile.models import LogEntry
from wellness_tui.profile.ops import SetDone
from wellness_tui.profile.store import ProfileStore
from wellness_tui.tui.app import build_app

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


async def _after_refresh(app: App[None]) -> None:
    done = asyncio.Event()
    app.call_after_refresh(done.set)
    await done.wait()


async def _timed(app: App[None], action: Callable[[], Awaitable[None] | None]) -> float:
    start = time.perf_counter()
    result = action()
    if result is not None:
        await result
    await _after_refresh(app)
    await _after_refresh(app)  # the frame that shows the change has been painted
    return time.perf_counter() - start


def _key(app: App[None], key: str) -> Callable[[], None]:
    def send() -> None:
        assert app._driver is not None
        app._driver.send_message(events.Key(key, None))

    return send


def _start_like_launch() -> None:
    """launch() pauses the garbage collector until the first paint, then freezes what
    start-up made; without it this process's own data (generated profiles) would be
    walked by full collections in the middle of a measured key press."""
    gc.disable()


def lesson_text(library: Library, lesson_id: str = "bench-long") -> str:
    """The words the lesson screen shows, as one plain text (the floor paints this)."""
    found = library.lesson(lesson_id)
    assert found is not None
    _, lesson = found
    parts = [lesson.title]
    for section in lesson.sections:
        parts += [section.title, section.markdown]
    parts.append(lesson.activity.text)
    parts += [prompt.text for prompt in lesson.prompts]
    return "\n\n".join(parts)


class _Bare(App[None]):
    """The floor's app: Header, one widget, Footer; the collector handled as launch() does."""

    def __init__(self, body: Callable[[], ComposeResult] | None = None) -> None:
        super().__init__()
        self._body = body

    def compose(self) -> ComposeResult:
        yield Header()
        if self._body is not None:
            yield from self._body()
        else:
            yield Static("Hello")
        yield Footer()

    def on_mount(self) -> None:
        def first_paint() -> None:
            if not gc.isenabled():
                gc.freeze()
                gc.enable()

        self.call_after_refresh(first_paint)


class _TextScreen(Screen[None]):
    def __init__(self, text: str) -> None:
        super().__init__()
        self._text = text

    def compose(self) -> ComposeResult:
        yield Static(self._text, markup=False)


async def bare_text_open(text: str, repeat: int) -> list[float]:
    """Floor for the lesson: a bare app pushing a screen with `text` in one Static."""
    _start_like_launch()
    app = _Bare()
    times = []
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        for _ in range(repeat):
            times.append(await _timed(app, lambda: app.push_screen(_TextScreen(text))))
            app.pop_screen()
            await pilot.pause()
    return times


async def bare_key_latency(rows: int, repeat: int) -> list[float]:
    """Floor for key to repaint: the same keys moving the highlight of a bare app's
    OptionList of `rows` plain lines."""
    _start_like_launch()

    def body() -> ComposeResult:
        yield OptionList(*(f"row {n}" for n in range(rows)))

    app = _Bare(body)
    times = []
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        app.query_one(OptionList).focus()
        await pilot.pause()
        for n in range(repeat):
            key = "down" if (n // 10) % 2 == 0 else "up"
            times.append(await _timed(app, _key(app, key)))
    return times


async def lesson_open(repeat: int) -> tuple[list[float], str]:
    """Times to open the long lesson, and its text (for the floor)."""
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
    return times, lesson_text(library)


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


def tick_durable(profile_days: int, repeat: int) -> tuple[list[float], list[float], bytes]:
    """(time for apply() to return, time until the tick is on disk) per tick, and the
    file's bytes after the last tick (for the floor)."""
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
    return applied, durable, (folder / "p.json").read_bytes()


def fsynced_write(raw: bytes, repeat: int) -> list[float]:
    """Floor for the durable tick: `raw` written to a temporary file, fsynced, renamed
    over the file and the folder fsynced (what makes a replaced file durable), with plain
    os calls in the same kind of folder."""
    folder = Path(tempfile.mkdtemp())
    target, temp = folder / "p.json", folder / "p.json.tmp"
    target.write_bytes(raw)
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        try:
            os.write(fd, raw)
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(temp, target)
        dir_fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)
        times.append(time.perf_counter() - start)
    return times


def json_loads(raw: bytes, repeat: int) -> list[float]:
    """Floor for loading: `json.loads` of the same bytes, the collector paused (as the
    program reads a profile)."""
    times = []
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        for _ in range(repeat):
            start = time.perf_counter()
            json.loads(raw)
            times.append(time.perf_counter() - start)
    finally:
        if was_enabled:
            gc.enable()
    return times


def profile_bytes(profile_days: int) -> bytes:
    library = load_library([ROOT / "content"])
    return encode(make_profile(profile_days, library=library, activity_days=365))


def load_profile(raw: bytes, repeat: int) -> list[float]:
    """`decode()`: the file parsed and validated (pydantic), as after a change by hand."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        decode(raw)
        times.append(time.perf_counter() - start)
    return times


def load_stamped(raw: bytes, repeat: int) -> list[float]:
    """`stamp.load()`: the stamp checked against the bytes' SHA-256 and the dataclasses
    built from the parsed JSON (what a start does when the file is as we left it)."""
    folder = Path(tempfile.mkdtemp())
    path = folder / "p.json"
    path.write_bytes(raw)
    stamp.save(path, raw)
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        kept = stamp.load(path, raw)
        times.append(time.perf_counter() - start)
        assert kept is not None
    return times


def median(values: list[float]) -> float:
    return statistics.median(values)
