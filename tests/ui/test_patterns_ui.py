"""The Patterns view and the mood year view, with a year of generated data."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from benchmarks.synthetic import make_profile
from textual.pilot import Pilot

from tests.typing_helpers import OpenStore, SnapCompare
from wellness_tui.clock import FixedClock
from wellness_tui.core.patterns import CAVEAT
from wellness_tui.library import Library
from wellness_tui.profile.codec import encode
from wellness_tui.profile.store import ProfileStore
from wellness_tui.tui.app import WellnessApp, build_app
from wellness_tui.tui.screens import lazy
from wellness_tui.tui.screens.patterns import PatternsScreen
from wellness_tui.tui.widgets.symbols import plain_symbols
from wellness_tui.tui.widgets.year_view import YearView

from .helpers import screen_text


def year_store(open_store: OpenStore, profile_path: Path) -> ProfileStore:
    profile_path.parent.mkdir(parents=True, exist_ok=True)
    profile_path.write_bytes(encode(make_profile(365)))
    return open_store(profile_path)


async def open_patterns(app: WellnessApp, pilot: Pilot[None]) -> PatternsScreen:
    await pilot.press("r", "p")
    await pilot.pause()
    await app.workers.wait_for_complete()
    await pilot.pause()
    assert isinstance(app.screen, PatternsScreen)
    return app.screen


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
async def test_patterns_from_progress_with_a_year_of_data(
    open_store: OpenStore,
    profile_path: Path,
    library: Library,
    clock: FixedClock,
    size: tuple[int, int],
) -> None:
    app = build_app(year_store(open_store, profile_path), library, clock)
    async with app.run_test(size=size) as pilot:
        screen = await open_patterns(app, pilot)
        text = screen_text(app)
        assert "What went with better days" in text
        assert CAVEAT[:60] in " ".join(text.split())
        assert screen.patterns is not None and screen.patterns.enough
        first = screen.patterns.comparisons[0]
        assert first.clear
        assert first.name in text
        for line in text.splitlines():
            assert len(line.rstrip()) <= size[0]
        # The year view sits below; scroll to it.
        await pilot.press("end")
        await pilot.pause()
        text = screen_text(app)
        assert "Mood, the last year" in text
        assert "1-9 = mood that day, + = 10" in text
        await pilot.press("n")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert screen.patterns.next_day
        await pilot.press("escape")
        await pilot.pause()
        assert type(app.screen).__name__ == "ProgressScreen"


async def test_year_view_in_no_color_uses_ascii(
    open_store: OpenStore,
    profile_path: Path,
    library: Library,
    clock: FixedClock,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("NO_COLOR", "1")
    store = year_store(open_store, profile_path)
    app = build_app(store, library, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_patterns(app, pilot)
        rendered = screen.query_one("#year-view", YearView).render_grid()
        assert "·" not in rendered.plain and "." in rendered.plain
        assert not any(span.style for span in rendered.spans if span.style not in ("", "dim"))
        rows = rendered.plain.splitlines()
        monday = next(r for r in rows if r.startswith("Mon "))
        assert len(monday) <= 80
        # Each day's mood is written as its digit (10 as +).
        day = store.profile.checkins
        assert any(ch.isdigit() for ch in monday)
        assert len(day) > 300


async def test_not_enough_days_yet_in_the_view(
    open_store: OpenStore, profile_path: Path, library: Library, clock: FixedClock
) -> None:
    app = build_app(open_store(profile_path), library, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_patterns(app, pilot)
        text = " ".join(screen_text(app).split())
        assert "Not enough days yet: 0 of 14 check-ins" in text
        assert CAVEAT[:40] in text


async def test_palette_opens_patterns(
    open_store: OpenStore, profile_path: Path, library: Library, clock: FixedClock
) -> None:
    app = build_app(open_store(profile_path), library, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        app.open_screen(lazy.patterns)
        await pilot.pause()
        assert isinstance(app.screen, PatternsScreen)
        from wellness_tui.tui.palette import palette_commands

        assert any(c.title == "Patterns" for c in palette_commands(app))


async def test_progress_charts_show_treatment_and_appointment_markers(
    open_store: OpenStore, profile_path: Path, library: Library, clock: FixedClock
) -> None:
    from wellness_tui.profile.models import Appointment, Treatment

    store = year_store(open_store, profile_path)
    profile = store.profile
    profile.treatments.append(Treatment(id="t9", what="New med [x]", started="2026-11-10"))
    profile.appointment = Appointment(day=date(2026, 12, 2), with_whom="Dr Lee")
    app = build_app(store, library, clock)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("r")
        await pilot.pause()
        text = screen_text(app)
        # Under the mood, energy and sleep charts, plus the legend (ASCII in the test
        # terminal, which has no colours).
        mark = "^" if plain_symbols(app) else "▲"
        rows = [line for line in text.splitlines() if line.strip() == mark]
        assert len(rows) == 4
        assert f"{mark} 10 Nov: treatment started" in text
        assert "treatment started (New med [x])" in " ".join(text.split())
        assert "next appointment Wed 02 Dec (Dr Lee)" in " ".join(text.split())


async def test_planner_activities_show_as_factors(
    open_store: OpenStore, profile_path: Path, library: Library, clock: FixedClock
) -> None:
    from tests.unit.test_activity_patterns import TITLE, profile_with_activities

    profile_path.parent.mkdir(parents=True, exist_ok=True)
    profile_path.write_bytes(encode(profile_with_activities()))
    app = build_app(open_store(profile_path), library, clock)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_patterns(app, pilot)
        text = screen_text(app)
        assert f"Did: {TITLE}" in text  # literal: the markup in the title is shown as typed
        assert "Did something from the planner" in text
        assert screen.patterns is not None
        ana = next(c for c in screen.patterns.comparisons if c.name == f"Did: {TITLE}")
        assert ana.kind == "activity" and ana.clear


@pytest.mark.parametrize("size", [(80, 24), (120, 40)], ids=["80x24", "120x40"])
@pytest.mark.parametrize("part", ["top", "year"])
def test_patterns_and_year_view_snapshots(
    snap_compare: SnapCompare,
    open_store: OpenStore,
    profile_path: Path,
    library: Library,
    clock: FixedClock,
    size: tuple[int, int],
    part: str,
) -> None:
    """How the Patterns view and the mood year view look with a year of data."""
    app = build_app(year_store(open_store, profile_path), library, clock)

    async def show(pilot: Pilot[None]) -> None:
        await open_patterns(app, pilot)
        if part == "year":
            await pilot.press("end")
            await pilot.pause()

    assert snap_compare(app, terminal_size=size, run_before=show)
