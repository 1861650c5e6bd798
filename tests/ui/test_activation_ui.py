"""The activity planner, driven with keys: plan from Today, done with and without ratings,
move, let go, undo, an activity made a habit, the weekly review's numbers."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from textual.widgets import Input, OptionList

from tests.typing_helpers import OpenStore, present
from wellness_tui.clock import FixedClock
from wellness_tui.core.activation import Ratings, let_go, log_done, mark_done, new_activity, plan
from wellness_tui.library import Library
from wellness_tui.profile.models import CheckIn, PartOfDay
from wellness_tui.profile.ops import PutActivity, PutPlan, SetCheckIn
from wellness_tui.profile.store import ProfileStore
from wellness_tui.tui.app import build_app
from wellness_tui.tui.dialogs.activity import DoneDialog, PlanDialog
from wellness_tui.tui.palette import palette_commands
from wellness_tui.tui.screens.activities import ActivitiesScreen, WeekReviewScreen
from wellness_tui.tui.screens.plan_week import PlanWeekScreen
from wellness_tui.tui.screens.today import TodayScreen

from .helpers import highlight, screen_text

TODAY = date(2026, 11, 25)


def _store_with_plan(
    open_store: OpenStore,
    profile_path: Path,
    clock: FixedClock,
    title: str = "Walk to the shop",
    when: PartOfDay = "morning",
) -> tuple[ProfileStore, str]:
    store = open_store(profile_path)
    activity = new_activity(store.profile, title, TODAY, area="health")
    store.apply(PutActivity(activity))
    entry = plan(store.profile, activity, TODAY, clock.now(), when)
    store.apply(PutPlan(entry))
    return store, entry.id


async def test_plan_a_starter_idea_from_today(
    open_store: OpenStore, profile_path: Path, library: Library, clock: FixedClock
) -> None:
    store = open_store(profile_path)
    app = build_app(store, library, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert "Planned for today" not in screen_text(app)
        await pilot.press("a")
        await pilot.pause()
        assert isinstance(app.screen, ActivitiesScreen)
        assert "Doing what matters" in screen_text(app)
        highlight(app, "idea:relationships:0", "#planner-list")
        await pilot.press("p")  # adopts the idea and asks for the day
        await pilot.pause()
        assert isinstance(app.screen, PlanDialog)
        await pilot.press("enter")  # today, any time
        await pilot.pause()
        assert isinstance(app.screen, ActivitiesScreen)
        assert [a.title for a in store.profile.activities] == ["Send one person a short message"]
        assert store.profile.activities[0].area == "relationships"
        [entry] = store.profile.plans
        assert (entry.day, entry.when, entry.state) == (TODAY, None, "planned")
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, TodayScreen)
        text = screen_text(app)
        assert "Planned for today" in text
        assert "○ Send one person a short message  planned" in text
    assert store.close()


async def test_done_with_ratings_from_today_and_undo(
    open_store: OpenStore, profile_path: Path, library: Library, clock: FixedClock
) -> None:
    store, entry_id = _store_with_plan(open_store, profile_path, clock)
    app = build_app(store, library, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        highlight(app, f"plan:{entry_id}", "#today-list")
        await pilot.press("space")
        await pilot.pause()
        assert isinstance(app.screen, DoneDialog)
        await pilot.press("6", "tab", "4", "enter")
        await pilot.pause()
        entry = present(store.profile.plan(entry_id))
        assert (entry.state, entry.enjoyment, entry.achievement, entry.mood_before) == (
            "done",
            6,
            4,
            None,
        )
        assert "✓ Walk to the shop  done · morning · enjoyment 6/10, achievement 4/10" in (
            screen_text(app)
        )
        await pilot.press("u")
        await pilot.pause()
        assert present(store.profile.plan(entry_id)).state == "planned"
        assert present(store.profile.plan(entry_id)).enjoyment is None


async def test_done_with_every_rating_skipped(
    open_store: OpenStore, profile_path: Path, library: Library, clock: FixedClock
) -> None:
    store, entry_id = _store_with_plan(open_store, profile_path, clock)
    app = build_app(store, library, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        highlight(app, f"plan:{entry_id}", "#today-list")
        await pilot.press("space", "enter")
        await pilot.pause()
        entry = present(store.profile.plan(entry_id))
        assert (entry.state, entry.enjoyment, entry.achievement) == ("done", None, None)


async def test_a_bad_rating_is_refused_in_plain_words(
    open_store: OpenStore, profile_path: Path, library: Library, clock: FixedClock
) -> None:
    store, entry_id = _store_with_plan(open_store, profile_path, clock)
    app = build_app(store, library, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        highlight(app, f"plan:{entry_id}", "#today-list")
        await pilot.press("space", "1", "1", "enter")
        await pilot.pause()
        assert isinstance(app.screen, DoneDialog)
        assert "Enjoyment: 11 is out of range" in screen_text(app)
        assert present(store.profile.plan(entry_id)).state == "planned"


async def test_move_and_let_go_in_the_planner(
    open_store: OpenStore, profile_path: Path, library: Library, clock: FixedClock
) -> None:
    store, entry_id = _store_with_plan(open_store, profile_path, clock)
    app = build_app(store, library, clock)
    async with app.run_test(size=(80, 30)) as pilot:
        await pilot.pause()
        await pilot.press("a")
        await pilot.pause()
        highlight(app, f"plan:{entry_id}", "#planner-list")
        await pilot.press("l")
        await pilot.pause()
        assert present(store.profile.plan(entry_id)).state == "let go"
        assert "~ Walk to the shop  let go · morning" in screen_text(app)
        await pilot.press("u")
        await pilot.pause()
        assert present(store.profile.plan(entry_id)).state == "planned"
        highlight(app, f"plan:{entry_id}", "#planner-list")
        await pilot.press("p")
        await pilot.pause()
        assert isinstance(app.screen, PlanDialog)
        app.screen.query_one("#field-day", Input).value = "tomorrow"
        await pilot.press("enter")
        await pilot.pause()
        entry = present(store.profile.plan(entry_id))
        assert (entry.day, entry.moved_from, entry.when) == (
            TODAY + timedelta(days=1),
            [TODAY],
            "morning",
        )
        assert "Tomorrow, 26 Nov" in screen_text(app)
        # A day in the past is refused, kindly, and nothing changes.
        highlight(app, f"plan:{entry_id}", "#planner-list")
        await pilot.press("p")
        await pilot.pause()
        app.screen.query_one("#field-day", Input).value = "yesterday"
        await pilot.press("enter")
        await pilot.pause()
        assert "is in the past: plans are for today or later" in screen_text(app)
        assert present(store.profile.plan(entry_id)).day == TODAY + timedelta(days=1)


async def test_log_what_i_did_and_make_it_a_habit(
    open_store: OpenStore, profile_path: Path, library: Library, clock: FixedClock
) -> None:
    store, entry_id = _store_with_plan(open_store, profile_path, clock, title="Tea")
    app = build_app(store, library, clock)
    async with app.run_test(size=(80, 30)) as pilot:
        await pilot.pause()
        await pilot.press("a")
        await pilot.pause()
        highlight(app, "activity:tea", "#planner-list")
        await pilot.press("d", "tab", "7", "enter")  # the day's plan of it is marked done
        await pilot.pause()
        assert present(store.profile.plan(entry_id)).achievement == 7
        await pilot.press("d", "enter")  # again: logged, without a plan
        await pilot.pause()
        logged = [e for e in store.profile.plans if not e.planned]
        assert len(logged) == 1 and logged[0].state == "done"
        await pilot.press("H")
        await pilot.pause()
        assert [h.title for h in store.profile.habits] == ["Tea"]
        await pilot.press("u")  # the habit engine's own undo
        await pilot.pause()
        assert store.profile.habits == []


async def test_weekly_review_numbers(
    open_store: OpenStore, profile_path: Path, library: Library, clock: FixedClock
) -> None:
    store = open_store(profile_path)
    now = clock.now()
    for title in ("Walk", "Call Sam", "Tidy a shelf", "Bake"):
        store.apply(PutActivity(new_activity(store.profile, title, TODAY)))
    walk, call, tidy, bake = store.profile.activities
    mon, tue, wed = date(2026, 11, 23), date(2026, 11, 24), TODAY
    p = store.profile
    for entry in (
        mark_done(plan(p, walk, mon, now), Ratings(8, 2), now),
        mark_done(plan(p, call, mon, now), Ratings(6, 6), now),
        mark_done(plan(p, walk, tue, now), Ratings(6, None), now),
        let_go(plan(p, tidy, tue, now), now),
        plan(p, tidy, wed, now),
    ):
        store.apply(PutPlan(entry))
    store.apply(PutPlan(log_done(p, bake, wed, Ratings(None, 9), now)))
    for day, mood in ((mon, 7), (tue, 5), (wed, 4)):
        store.apply(SetCheckIn(day, CheckIn(mood=mood)))
    app = build_app(store, library, clock)
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.pause()
        await pilot.press("a", "w")
        await pilot.pause()
        assert isinstance(app.screen, WeekReviewScreen)
        text = " ".join(screen_text(app).split())
        assert "Week review Mon 23 Nov to Sun 29 Nov 2026 (this week)" in text
        assert "Planned 5, done 3 of them, and 1 more done without a plan; 1 let go." in text
        assert "Walk: 7/10 (2 times)" in text
        assert "Bake: 9/10 (once)" in text
        assert "Mood on days with 2 or more done: 7.0 on average (1 day)" in text
        assert "on days with fewer than 2: 4.5 (2 days)" in text
        await pilot.press("left_square_bracket")
        await pilot.pause()
        text = " ".join(screen_text(app).split())
        assert "Mon 16 Nov to Sun 22 Nov 2026" in text
        assert "Nothing planned or logged this week yet" in text


def test_the_palette_offers_the_planner(
    open_store: OpenStore, profile_path: Path, library: Library, clock: FixedClock
) -> None:
    app = build_app(open_store(profile_path), library, clock)
    assert "Plan an activity" in [c.title for c in palette_commands(app)]


async def test_a_plan_made_in_the_shell_shows_up_on_today(
    open_store: OpenStore, profile_path: Path, library: Library, clock: FixedClock
) -> None:
    from .test_store_in_app import shell

    store = open_store(profile_path)
    store.apply(PutActivity(new_activity(store.profile, "Tea", TODAY)))
    assert store.flush()
    app = build_app(store, library, clock, watch_seconds=0.1)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert "Planned for today" not in screen_text(app)
        shell(profile_path, "plan", "add", "Walk [b]now[/b]", "--when", "evening")
        for _ in range(30):
            await pilot.pause(0.1)
            if "Planned for today" in screen_text(app):
                break
        assert "○ Walk [b]now[/b]  planned · evening" in screen_text(app)
    assert store.close()
    assert [a.title for a in store.profile.activities] == ["Tea", "Walk [b]now[/b]"]


async def test_write_a_value_and_edit_an_activity(
    open_store: OpenStore, profile_path: Path, library: Library, clock: FixedClock
) -> None:
    store, _ = _store_with_plan(open_store, profile_path, clock, title="Tea")
    app = build_app(store, library, clock)
    async with app.run_test(size=(80, 30)) as pilot:
        await pilot.pause()
        await pilot.press("a")
        await pilot.pause()
        highlight(app, "value:relationships", "#planner-list")
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press(*"Being [b]there[/b]", "ctrl+s")
        await pilot.pause()
        assert store.profile.values == {"relationships": "Being [b]there[/b]"}
        assert "Relationships: Being [b]there[/b]" in screen_text(app)
        highlight(app, "activity:tea", "#planner-list")
        await pilot.press("e")
        await pilot.pause()
        app.screen.query_one("#field-title", Input).value = "Green tea"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert present(store.profile.activity("tea")).title == "Green tea"
        assert "Green tea" in screen_text(app)
        await pilot.press("u")
        await pilot.pause()
        assert present(store.profile.activity("tea")).title == "Tea"


def _store_with_a_reviewed_week(
    open_store: OpenStore, profile_path: Path, clock: FixedClock
) -> ProfileStore:
    store = open_store(profile_path)
    now = clock.now()
    for title in ("Walk", "Call Sam", "Tidy a shelf"):
        store.apply(PutActivity(new_activity(store.profile, title, TODAY)))
    walk, call, tidy = store.profile.activities
    p = store.profile
    for entry in (
        mark_done(plan(p, walk, date(2026, 11, 24), now, "evening"), Ratings(8, 3), now),
        mark_done(plan(p, call, date(2026, 11, 23), now), Ratings(5, 6), now),
        let_go(plan(p, tidy, date(2026, 11, 24), now), now),
    ):
        store.apply(PutPlan(entry))
    return store


async def test_plan_next_week_from_the_review(
    open_store: OpenStore, profile_path: Path, library: Library, clock: FixedClock
) -> None:
    store = _store_with_a_reviewed_week(open_store, profile_path, clock)
    app = build_app(store, library, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("a", "w")
        await pilot.pause()
        assert isinstance(app.screen, WeekReviewScreen)
        assert "p Plan next week" in screen_text(app)  # in the footer
        await pilot.press("p")
        await pilot.pause()
        assert isinstance(app.screen, PlanWeekScreen)
        text = screen_text(app)
        assert "Plan next week  Mon 30 Nov to Sun 06 Dec" in text
        assert "nothing yet" in text
        # what helped first (Walk: 8/10), then Call Sam; Tidy a shelf among the others
        lines = [line.strip("▊▎ ") for line in text.splitlines()]
        walk_at = next(i for i, line in enumerate(lines) if line.startswith("Walk"))
        call_at = next(i for i, line in enumerate(lines) if line.startswith("Call Sam"))
        tidy_at = next(i for i, line in enumerate(lines) if line.startswith("Tidy a shelf"))
        assert walk_at < call_at < tidy_at
        assert "done once · enjoyment 8/10 · achievement 3/10" in lines[walk_at]
        await pilot.press("enter")  # Walk is highlighted first
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, PlanDialog)
        # offered on the weekday and part of the day it went well, next week
        assert dialog.query_one("#field-day", Input).value == "2026-12-01"
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, PlanWeekScreen)
        new = [e for e in store.profile.plans if e.day >= date(2026, 11, 30)]
        assert [(e.activity, e.day, e.when, e.state) for e in new] == [
            ("walk", date(2026, 12, 1), "evening", "planned")
        ]
        assert "Tue 01  ○ Walk  planned · evening" in screen_text(app)
        await pilot.press("u")
        await pilot.pause()
        assert not [e for e in store.profile.plans if e.day >= date(2026, 11, 30)]
        assert "nothing yet" in screen_text(app)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, WeekReviewScreen)


async def test_archive_and_restore_an_activity(
    open_store: OpenStore, profile_path: Path, library: Library, clock: FixedClock
) -> None:
    store = _store_with_a_reviewed_week(open_store, profile_path, clock)
    app = build_app(store, library, clock)
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.pause()
        await pilot.press("a")
        await pilot.pause()
        highlight(app, "activity:walk", "#planner-list")
        await pilot.press("a")
        await pilot.pause()
        assert present(store.profile.activity("walk")).archived
        assert len(store.profile.plans) == 3  # its history stays
        planner = app.screen
        assert isinstance(planner, ActivitiesScreen)
        ids = [o.id for o in planner.query_one("#planner-list", OptionList).options]
        assert "activity:walk" not in ids and "archived:walk" in ids
        # out of the pick lists...
        await pilot.press("w")
        await pilot.pause()
        text = " ".join(screen_text(app).split())
        assert "Walk: 8/10 (once)" in text  # ...but still in the review
        await pilot.press("p")
        await pilot.pause()
        week_ids = [o.id for o in app.screen.query_one("#plan-week-list", OptionList).options]
        assert "activity:walk" not in week_ids and "activity:call-sam" in week_ids
        await pilot.press("escape", "escape")
        await pilot.pause()
        assert app.screen is planner
        await pilot.press("u")  # undo the archiving
        await pilot.pause()
        assert not present(store.profile.activity("walk")).archived
        highlight(app, "activity:walk", "#planner-list")
        await pilot.press("a")
        await pilot.pause()
        assert present(store.profile.activity("walk")).archived
        highlight(app, "archived:walk", "#planner-list")
        await pilot.press("a")  # a on an archived one restores it
        await pilot.pause()
        assert not present(store.profile.activity("walk")).archived
        ids = [o.id for o in planner.query_one("#planner-list", OptionList).options]
        assert "activity:walk" in ids and "archived:walk" not in ids


async def test_a_long_title_wraps_under_itself_in_the_planner_and_the_week_plan(
    open_store: OpenStore, profile_path: Path, library: Library, clock: FixedClock
) -> None:
    """Wrapped lines of a long activity keep their indent, like the plans above them."""
    long_title = "Phone " + " ".join(["Aunt Jo"] * 20)
    store, _ = _store_with_plan(open_store, profile_path, clock, title=long_title)
    store.apply(
        PutPlan(
            plan(store.profile, store.profile.activities[0], TODAY + timedelta(days=6), clock.now())
        )
    )
    app = build_app(store, library, clock)

    def wrapped_lines() -> list[str]:
        """The screen's lines that carry the title after its first line."""
        lines = [line.strip("▊▎") for line in screen_text(app).splitlines()]
        return [
            x for x in lines if x.lstrip().startswith("Aunt Jo") or x.lstrip().startswith("Jo ")
        ]

    async with app.run_test(size=(80, 60)) as pilot:
        await pilot.press("a")
        await pilot.pause()
        assert isinstance(app.screen, ActivitiesScreen)
        found = wrapped_lines()
        assert len(found) >= 4  # the plan's rows and the activity's
        assert all(x.startswith("   ") for x in found), found  # never back at the edge
        await pilot.press("w", "p")
        await pilot.pause()
        assert isinstance(app.screen, PlanWeekScreen)
        found = wrapped_lines()
        assert len(found) >= 2  # planned next week, and among the activities
        assert all(x.startswith("   ") for x in found), found
