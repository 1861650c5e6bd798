"""Today with planned activities and the weekly review, at 80x24 and 120x40 (fixed clock)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from wellness_tui.core.activation import Ratings, let_go, log_done, mark_done, new_activity, plan
from wellness_tui.profile.models import CheckIn
from wellness_tui.profile.ops import PutActivity, PutPlan, SetCheckIn
from wellness_tui.tui.app import build_app

from .helpers import screen_text

TODAY = date(2026, 11, 25)


def _app(open_store, profile_path, library, clock):
    store = open_store(profile_path)
    now = clock.now()
    for title, area in (
        ("Walk to the shop", "health"),
        ("Call Sam", "relationships"),
        ("Tidy one shelf", "home"),
        ("Bake bread", "fun"),
    ):
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
def test_today_with_plans(size, snap_compare, open_store, profile_path, library, clock):
    app = _app(open_store, profile_path, library, clock)

    async def check(pilot):
        await pilot.pause()
        text = screen_text(app)
        assert "Planned for today" in text
        assert "○ Walk to the shop  planned · afternoon" in text

    assert snap_compare(app, terminal_size=size, run_before=check)


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
def test_weekly_review(size, snap_compare, open_store, profile_path, library, clock):
    app = _app(open_store, profile_path, library, clock)

    async def check(pilot):
        await pilot.pause()
        await pilot.press("a", "w")
        await pilot.pause()
        assert "Week review" in screen_text(app)

    assert snap_compare(app, terminal_size=size, run_before=check)
