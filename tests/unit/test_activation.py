"""The activity planner's rules, table-driven: weeks, the day-end hour, plans, the review."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from wellness_tui.core.activation import (
    ActivationError,
    Ratings,
    did,
    find_activity,
    habit_op_for,
    let_go,
    log_done,
    mark_done,
    move,
    new_activity,
    plan,
    plans_for,
    today_of,
    week_of,
    weekly_review,
)
from wellness_tui.profile.models import CheckIn, PlanEntry, Profile, Settings
from wellness_tui.profile.ops import PutActivity, PutPlan, RemovePlan

NOW = datetime(2026, 11, 25, 10, 0)  # a Wednesday
TODAY = NOW.date()


def profile_with(*titles: str) -> Profile:
    profile = Profile.new(NOW)
    for title in titles:
        PutActivity(new_activity(profile, title, TODAY)).apply(profile)
    return profile


def put(profile: Profile, entry: PlanEntry) -> None:
    PutPlan(entry).apply(profile)


# ----- days and weeks ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("day", "first", "start", "end"),
    [
        (date(2026, 11, 25), "mon", date(2026, 11, 23), date(2026, 11, 29)),
        (date(2026, 11, 23), "mon", date(2026, 11, 23), date(2026, 11, 29)),
        (date(2026, 11, 29), "mon", date(2026, 11, 23), date(2026, 11, 29)),
        (date(2026, 11, 25), "sun", date(2026, 11, 22), date(2026, 11, 28)),
        (date(2026, 11, 28), "sat", date(2026, 11, 28), date(2026, 12, 4)),
        (date(2026, 12, 31), "mon", date(2026, 12, 28), date(2027, 1, 3)),
    ],
)
def test_week_boundaries(day: date, first: str, start: date, end: date) -> None:
    assert week_of(day, first) == (start, end)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("moment", "hour", "day"),
    [
        (datetime(2026, 11, 25, 3, 59), 4, date(2026, 11, 24)),
        (datetime(2026, 11, 25, 4, 0), 4, date(2026, 11, 25)),
        (datetime(2026, 11, 25, 0, 30), 0, date(2026, 11, 25)),
        (datetime(2026, 11, 23, 1, 0), 2, date(2026, 11, 22)),  # Monday 01:00 is still Sunday
    ],
)
def test_the_day_end_hour(moment: datetime, hour: int, day: date) -> None:
    assert today_of(moment, Settings(day_end_hour=hour)) == day


def test_a_monday_night_before_the_day_end_is_still_last_week() -> None:
    profile = profile_with("Walk")
    profile.settings.day_end_hour = 4
    walk = profile.activities[0]
    put(profile, plan(profile, walk, date(2026, 11, 22), NOW))  # Sunday
    today = today_of(datetime(2026, 11, 23, 2, 0), profile.settings)
    review = weekly_review(profile, today, today)
    assert (review.start, review.planned) == (date(2026, 11, 16), 1)


# ----- activities ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "found"),
    [
        ("walk", "walk"),
        ("Walk", "walk"),  # an exact title beats "Walk to the shop"
        ("walk to", "walk-to-the-shop"),
        ("read-a-page", "read-a-page"),
        ("nothing like this", None),
    ],
)
def test_finding_an_activity(query: str, found: str | None) -> None:
    profile = profile_with("Walk", "Walk to the shop", "Read a page")
    result = find_activity(profile, query)
    assert (result.id if result else None) == found


def test_an_ambiguous_start_names_every_match() -> None:
    profile = profile_with("Walk to the shop", "Walk the dog")
    with pytest.raises(ActivationError, match=r"more than one.*\[walk-to-the-shop\]"):
        find_activity(profile, "wal")


def test_ids_are_unique() -> None:
    profile = profile_with("Walk", "walk!")
    assert [a.id for a in profile.activities] == ["walk", "walk-2"]


def test_an_activity_becomes_a_habit_through_the_habit_engine() -> None:
    profile = profile_with("Sit outside")
    op = habit_op_for(profile, profile.activities[0], TODAY)
    op.apply(profile)
    habit = profile.habits[0]
    assert (habit.title, habit.id, habit.target.describe()) == (
        "Sit outside",
        "own-sit-outside",
        "daily",
    )


# ----- plans -----------------------------------------------------------------------------------


def test_plans_for_a_day_come_morning_first() -> None:
    profile = profile_with("Walk", "Call Sam", "Tea")
    walk, call, tea = profile.activities
    put(profile, plan(profile, walk, TODAY, NOW, "evening"))
    put(profile, plan(profile, tea, TODAY, NOW + timedelta(minutes=1)))
    put(profile, plan(profile, call, TODAY, NOW + timedelta(minutes=2), "morning"))
    put(profile, plan(profile, call, TODAY + timedelta(days=1), NOW))
    assert [p.title for p in plans_for(profile, TODAY)] == ["Call Sam", "Walk", "Tea"]


def test_moving_keeps_the_old_day_and_plans_again() -> None:
    profile = profile_with("Walk")
    entry = plan(profile, profile.activities[0], TODAY, NOW, "morning")
    gone = let_go(entry, NOW)
    moved = move(gone, TODAY + timedelta(days=2), NOW + timedelta(hours=1), "evening")
    assert (moved.day, moved.when, moved.state, moved.moved_from) == (
        date(2026, 11, 27),
        "evening",
        "planned",
        [TODAY],
    )
    put(profile, entry)
    put(profile, moved)
    assert plans_for(profile, TODAY) == []
    assert len(profile.plans) == 1


def test_an_older_change_does_not_overwrite_a_newer_one() -> None:
    profile = profile_with("Walk")
    entry = plan(profile, profile.activities[0], TODAY, NOW)
    put(profile, mark_done(entry, Ratings(enjoyment=5), NOW + timedelta(minutes=5)))
    put(profile, let_go(entry, NOW + timedelta(minutes=1)))  # from a window that was behind
    assert profile.plans[0].state == "done"
    PutPlan(let_go(entry, NOW), force=True).apply(profile)  # undo puts back whatever its time
    # mypy keeps the "done" narrowing from above across .apply(profile), which changed it.
    assert profile.plans[0].state == "let go"  # type: ignore[comparison-overlap]
    RemovePlan(entry.id).apply(profile)
    assert profile.plans == []


@pytest.mark.parametrize(
    ("ratings", "expected"),
    [
        (Ratings(), (None, None, None, None, "")),
        (Ratings(enjoyment=0, achievement=10), (0, 10, None, None, "")),
        (Ratings(mood_before=3, mood_after=5, note="ok"), (None, None, 3, 5, "ok")),
    ],
)
def test_done_with_any_ratings_skipped(ratings: Ratings, expected: tuple[object, ...]) -> None:
    profile = profile_with("Walk")
    entry = mark_done(plan(profile, profile.activities[0], TODAY, NOW), ratings, NOW)
    got = (entry.enjoyment, entry.achievement, entry.mood_before, entry.mood_after, entry.note)
    assert entry.state == "done" and got == expected


def test_did_marks_the_days_plan_or_logs_an_unplanned_one() -> None:
    profile = profile_with("Walk")
    walk = profile.activities[0]
    put(profile, plan(profile, walk, TODAY, NOW))
    entry, planned = did(profile, walk, TODAY, Ratings(enjoyment=4), NOW)
    assert planned and entry.id == profile.plans[0].id
    put(profile, entry)
    again, planned = did(profile, walk, TODAY, Ratings(), NOW)
    assert not planned and not again.planned and again.id != entry.id


def test_a_logged_entry_cannot_be_moved() -> None:
    profile = profile_with("Walk")
    entry = log_done(profile, profile.activities[0], TODAY, Ratings(), NOW)
    with pytest.raises(ActivationError):
        move(entry, TODAY, NOW)


# ----- the weekly review -------------------------------------------------------------------


def week_profile() -> Profile:
    """Mon 23 to Sun 29 Nov 2026; today is Wednesday 25."""
    profile = profile_with("Walk", "Call Sam", "Tidy a shelf", "Bake")
    walk, call, tidy, bake = profile.activities
    mon, tue, wed = date(2026, 11, 23), date(2026, 11, 24), date(2026, 11, 25)
    put(profile, mark_done(plan(profile, walk, mon, NOW), Ratings(8, 2), NOW))
    put(profile, mark_done(plan(profile, call, mon, NOW), Ratings(6, 6), NOW))
    put(profile, mark_done(plan(profile, walk, tue, NOW), Ratings(6, None), NOW))
    put(profile, let_go(plan(profile, tidy, tue, NOW), NOW))
    put(profile, plan(profile, tidy, wed, NOW))  # still open, today
    put(profile, log_done(profile, bake, wed, Ratings(None, 9), NOW))
    put(profile, plan(profile, call, date(2026, 11, 28), NOW))
    put(profile, plan(profile, walk, date(2026, 11, 30), NOW))  # next week
    for day, mood in ((mon, 7), (tue, 5), (wed, 4)):
        profile.checkins[day] = CheckIn(mood=mood)
    return profile


def test_review_figures() -> None:
    review = weekly_review(week_profile(), TODAY, TODAY)
    assert (review.start, review.end) == (date(2026, 11, 23), date(2026, 11, 29))
    assert (review.planned, review.done_planned, review.let_go, review.still_open) == (6, 3, 1, 2)
    assert (review.logged, review.done) == (1, 4)
    assert review.average_enjoyment == pytest.approx(6.7)
    assert review.average_achievement == pytest.approx(5.7)
    assert [(t.title, t.average, t.times) for t in review.top_enjoyment] == [
        ("Walk", 7.0, 2),
        ("Call Sam", 6.0, 1),
    ]
    assert [t.title for t in review.top_achievement] == ["Bake", "Call Sam", "Walk"]
    assert review.summary() == (
        "Planned 6, done 3 of them, and 1 more done without a plan; 1 let go."
    )
    assert [len(plans) for _, plans in review.days] == [2, 2, 2, 0, 0, 1, 0]


def test_review_mood_on_days_with_more_and_fewer_done() -> None:
    mood = weekly_review(week_profile(), TODAY, TODAY).mood
    assert mood is not None
    # done: Mon 2, Tue 1, Wed 1 (the logged one counts): 2 or more vs fewer.
    assert (mood.threshold, mood.more_days, mood.fewer_days) == (2, 1, 2)
    assert (mood.more_mood, mood.fewer_mood) == (7, 4.5)
    assert "2 or more done: 7.0 on average (1 day)" in mood.words()
    assert "(2 days)" in mood.words() and "not what caused" in mood.words()


@pytest.mark.parametrize(
    ("counts", "threshold", "more", "fewer"),
    [
        ((0, 0, 1, 1, 2), 1, 3, 2),
        ((0, 3, 3, 3), 3, 3, 1),
        ((1, 1, 1), None, 0, 0),
    ],
)
def test_the_cut_between_more_and_fewer(
    counts: tuple[int, ...], threshold: int | None, more: int, fewer: int
) -> None:
    from wellness_tui.core.activation import mood_split

    profile = profile_with("Tea")
    tea = profile.activities[0]
    days = [TODAY - timedelta(days=n) for n in range(len(counts))]
    for day, count in zip(days, counts, strict=True):
        profile.checkins[day] = CheckIn(mood=5)
        for _ in range(count):
            put(profile, log_done(profile, tea, day, Ratings(), NOW))
    split = mood_split(profile, days)
    if threshold is None:
        assert split is None
    else:
        assert split is not None
        assert (split.threshold, split.more_days, split.fewer_days) == (threshold, more, fewer)


def test_no_mood_comparison_without_check_ins_or_without_both_kinds_of_day() -> None:
    profile = week_profile()
    profile.checkins.clear()
    assert weekly_review(profile, TODAY, TODAY).mood is None
    profile.checkins[date(2026, 11, 23)] = CheckIn(mood=6)
    assert weekly_review(profile, TODAY, TODAY).mood is None


@pytest.mark.parametrize(
    ("misses", "suggested"),
    [(2, False), (3, True)],
)
def test_make_it_smaller_after_three_misses(misses: int, suggested: bool) -> None:
    profile = profile_with("Run 5k")
    run = profile.activities[0]
    for n in range(misses):
        put(profile, let_go(plan(profile, run, TODAY - timedelta(days=n + 1), NOW), NOW))
    smaller = weekly_review(profile, TODAY, TODAY).smaller
    assert [(s.title, s.times) for s in smaller] == ([("Run 5k", misses)] if suggested else [])


def test_a_plan_left_open_in_the_past_and_a_move_count_as_misses() -> None:
    profile = profile_with("Run 5k")
    run = profile.activities[0]
    put(profile, plan(profile, run, TODAY - timedelta(days=1), NOW))  # yesterday, never marked
    moved = move(plan(profile, run, TODAY - timedelta(days=3), NOW), TODAY, NOW)
    moved = move(moved, TODAY + timedelta(days=1), NOW)
    put(profile, moved)
    assert [s.times for s in weekly_review(profile, TODAY, TODAY).smaller] == [3]


def test_too_few_check_ins_this_week_compares_the_last_four_weeks() -> None:
    profile = profile_with("Tea")
    tea = profile.activities[0]
    for n, (count, mood) in enumerate(((2, 7), (0, 3), (2, 8), (0, 4))):
        day = date(2026, 11, 10) + timedelta(days=n)  # two weeks back
        profile.checkins[day] = CheckIn(mood=mood)
        for _ in range(count):
            put(profile, log_done(profile, tea, day, Ratings(), NOW))
    review = weekly_review(profile, TODAY, TODAY)
    assert review.mood_weeks == 4 and review.mood is not None
    assert (review.mood.more_mood, review.mood.more_days, review.mood.fewer_mood) == (7.5, 2, 3.5)
    profile.checkins[date(2026, 11, 23)] = CheckIn(mood=5)
    profile.checkins[date(2026, 11, 24)] = CheckIn(mood=6)
    put(profile, log_done(profile, tea, date(2026, 11, 24), Ratings(), NOW))
    review = weekly_review(profile, TODAY, TODAY)
    assert review.mood_weeks == 1 and review.mood is not None
    assert (review.mood.more_days, review.mood.fewer_days) == (1, 1)


def test_a_change_after_the_clock_went_back_is_not_dropped() -> None:
    """An entry stamped later than now (the clock set back, a plan made on a laptop whose
    clock ran fast): done, let go and moved still reach the profile."""
    profile = profile_with("Walk")
    [walk] = profile.activities
    later = NOW + timedelta(hours=6)
    entry = plan(profile, walk, TODAY, later)
    put(profile, entry)
    for change in (
        mark_done(entry, Ratings(7), NOW),
        let_go(entry, NOW),
        move(entry, TODAY + timedelta(days=1), NOW),
    ):
        put(profile, change)
        assert profile.plans == [change]
