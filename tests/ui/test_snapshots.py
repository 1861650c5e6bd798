"""How the main screens look (SVG snapshots, fixed clock, seeded data), with text assertions.

Update after an intended change with: pytest tests/ui/test_snapshots.py --snapshot-update
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from benchmarks.synthetic import make_profile
from textual.pilot import Pilot

from tests.typing_helpers import OpenStore, SnapCompare, present
from wellness_tui.clock import FixedClock
from wellness_tui.core.habit_factory import adopt_op
from wellness_tui.library import Library
from wellness_tui.profile.codec import encode
from wellness_tui.profile.ops import CompleteLesson, SetAnswer, SetDone
from wellness_tui.tui.app import WellnessApp, build_app
from wellness_tui.tui.screens.habit_detail import HabitDetailScreen
from wellness_tui.tui.screens.lesson import LessonScreen

from .helpers import screen_text

SIZES = [(80, 24), (120, 40)]
WIDE = (200, 60)


def _small_app(
    open_store: OpenStore, profile_path: Path, library: Library, clock: FixedClock
) -> WellnessApp:
    store = open_store(profile_path)
    for suggestion in ("rest-same-wake", "rest-wind-down"):
        store.apply(present(adopt_op(library, store.profile, suggestion, date(2026, 11, 1))))
    store.apply(SetDone("rest-same-wake", clock.now().date(), True))
    store.apply(CompleteLesson("rest-rhythm", date(2026, 11, 20)))
    store.apply(SetAnswer("rest-rhythm/what-helps", "[0] note [/] and [b]tea[/b]", clock.now()))
    return build_app(store, library, clock)


def _seeded_app(
    open_store: OpenStore, profile_path: Path, library: Library, clock: FixedClock, days: int = 120
) -> WellnessApp:
    """A profile with `days` of generated use (habits, check-ins with notes)."""
    profile_path.parent.mkdir(parents=True, exist_ok=True)
    profile_path.write_bytes(encode(make_profile(days, habits=6, today=clock.now().date())))
    return build_app(open_store(profile_path), library, clock)


def test_lesson_snapshot(
    snap_compare: SnapCompare,
    open_store: OpenStore,
    profile_path: Path,
    library: Library,
    clock: FixedClock,
) -> None:
    app = _small_app(open_store, profile_path, library, clock)

    async def check(pilot: Pilot[None]) -> None:
        await app.push_screen(LessonScreen("rest-rhythm"))
        await pilot.pause()
        text = screen_text(app)
        assert "Rest · Lesson 1 of 2 · about 3 min   ✓ done" in text
        assert "A steady rhythm" in text and "Why rhythm matters" in text
        await pilot.press("end")
        await pilot.pause()
        assert "[0] note [/] and [b]tea[/b]" in screen_text(app)  # literal, never markup

    assert snap_compare(app, terminal_size=(80, 24), run_before=check)


def test_get_help_snapshot(
    snap_compare: SnapCompare,
    open_store: OpenStore,
    profile_path: Path,
    library: Library,
    clock: FixedClock,
) -> None:
    app = _small_app(open_store, profile_path, library, clock)

    async def check(pilot: Pilot[None]) -> None:
        await pilot.press("ctrl+g")
        await pilot.pause()
        text = screen_text(app)
        assert "If you are in danger now" in text
        assert "988 Suicide & Crisis Lifeline" in text

    assert snap_compare(app, terminal_size=(80, 24), run_before=check)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_today_snapshot(
    size: tuple[int, int],
    snap_compare: SnapCompare,
    open_store: OpenStore,
    profile_path: Path,
    library: Library,
    clock: FixedClock,
) -> None:
    app = _seeded_app(open_store, profile_path, library, clock)

    async def check(pilot: Pilot[None]) -> None:
        await pilot.pause()
        text = screen_text(app)
        assert "Wednesday 25 November 2026" in text and "Good morning, Sam." in text
        assert "Get up at the same time" in text and "10-minute walk" in text
        checkin = app.ctx.profile.checkins.get(clock.now().date())
        if checkin is None:
            assert "Check-in    ○ not yet today" in text
        else:
            assert f"Check-in    ✓ mood {checkin.mood}/10" in text

    assert snap_compare(app, terminal_size=size, run_before=check)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_habit_detail_snapshot(
    size: tuple[int, int],
    snap_compare: SnapCompare,
    open_store: OpenStore,
    profile_path: Path,
    library: Library,
    clock: FixedClock,
) -> None:
    app = _seeded_app(open_store, profile_path, library, clock)

    async def check(pilot: Pilot[None]) -> None:
        await app.push_screen(HabitDetailScreen("habit-00"))
        await pilot.pause()
        text = screen_text(app)
        assert "Strength" in text and "November 2026" in text
        if size[1] >= 40:
            assert "Recent weeks" in text and "# done" in text

    assert snap_compare(app, terminal_size=size, run_before=check)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_progress_snapshot(
    size: tuple[int, int],
    snap_compare: SnapCompare,
    open_store: OpenStore,
    profile_path: Path,
    library: Library,
    clock: FixedClock,
) -> None:
    app = _seeded_app(open_store, profile_path, library, clock)

    async def check(pilot: Pilot[None]) -> None:
        await pilot.press("r")
        await pilot.pause()
        text = screen_text(app)
        assert "the last 30 days" in text
        assert "Mood" in text and "average" in text and "range" in text

    assert snap_compare(app, terminal_size=size, run_before=check)


def test_today_uses_the_space_of_a_wide_terminal(
    snap_compare: SnapCompare,
    open_store: OpenStore,
    profile_path: Path,
    library: Library,
    clock: FixedClock,
) -> None:
    app = _seeded_app(open_store, profile_path, library, clock)

    async def check(pilot: Pilot[None]) -> None:
        await pilot.pause()
        text = screen_text(app)
        assert "The last seven days" in text and "Mood (14 days)" in text
        assert "average" in text

    assert snap_compare(app, terminal_size=WIDE, run_before=check)
