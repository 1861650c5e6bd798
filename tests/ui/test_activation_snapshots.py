"""Today with planned activities and the weekly review, at 80x24 and 120x40 (fixed clock)."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from textual.pilot import Pilot

from tests.typing_helpers import OpenStore, SnapCompare
from wellness_tui.clock import FixedClock
from wellness_tui.core.activation import Ratings, let_go, log_done, mark_done, new_activity, plan
from wellness_tui.library import Library
from wellness_tui.profile.models import CheckIn, LifeArea
from wellness_tui.profile.ops import PutActivity, PutPlan, SetCheckIn
from wellness_tui.tui.app import WellnessApp, build_app

from .helpers import screen_text

TODAY = date(2026, 11, 25)


def _app(
    open_store: OpenStore, profile_path: Path, library: Library, clock: FixedClock
) -> WellnessApp:
    store = open_store(profile_path)
    now = clock.now()
    areas: tuple[tuple[str, LifeArea], ...] = (
        ("Walk to the shop", "health"),
        ("Call Sam", "relationships"),
        ("Tidy one shelf", "home"),
        ("Bake bread", "fun"),
    )
    for title, area in areas:
        store.apply(PutActivity(new_activity(store.profile, title, TODAY, area=area)))
    walk, call, tidy, bake = store.profile.activities
    p = store.profile
    for n in range(21):
        day = TODAY - timedelta(days=n + 1)
        entry = plan(p, [walk, call, tidy][n % 3], day, now, "morning")
        if n % 4 == 3:
            store.apply(PutPlan(let_go(entry, now)))
        else:
            store.apply(PutPlan(mark_done(entry, Ratings(3 + n % 6, 2 + n % 7), now)))
        store.apply(SetCheckIn(day, CheckIn(mood=3 + (n * 7) % 6)))
    store.apply(PutPlan(mark_done(plan(p, call, TODAY, now, "morning"), Ratings(7, 5), now)))
    store.apply(PutPlan(plan(p, walk, TODAY, now, "afternoon")))
    store.apply(PutPlan(log_done(p, bake, TODAY, Ratings(8, None), now)))
    store.apply(PutPlan(plan(p, tidy, TODAY + timedelta(days=1), now, "evening")))
    return build_app(store, library, clock)


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
def test_today_with_plans(
    size: tuple[int, int],
    snap_compare: SnapCompare,
    open_store: OpenStore,
    profile_path: Path,
    library: Library,
    clock: FixedClock,
) -> None:
    app = _app(open_store, profile_path, library, clock)

    async def check(pilot: Pilot[None]) -> None:
        await pilot.pause()
        text = screen_text(app)
        assert "Planned for today" in text
        assert "○ Walk to the shop  planned · afternoon" in text

    assert snap_compare(app, terminal_size=size, run_before=check)


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
def test_weekly_review(
    size: tuple[int, int],
    snap_compare: SnapCompare,
    open_store: OpenStore,
    profile_path: Path,
    library: Library,
    clock: FixedClock,
) -> None:
    app = _app(open_store, profile_path, library, clock)

    async def check(pilot: Pilot[None]) -> None:
        await pilot.pause()
        await pilot.press("a", "w")
        await pilot.pause()
        assert "Week review" in screen_text(app)

    assert snap_compare(app, terminal_size=size, run_before=check)
