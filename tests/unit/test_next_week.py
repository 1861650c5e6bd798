"""Planning next week from a review: which week, what is offered first, and on which day."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

import pytest

from wellness_tui.core.activation import Ratings, log_done, mark_done, new_activity, plan
from wellness_tui.core.next_week import next_week_of, plan_next_week
from wellness_tui.profile.models import Profile, Settings
from wellness_tui.profile.ops import PutActivity, PutPlan

NOW = datetime(2026, 11, 25, 10, 0)  # a Wednesday
TODAY = NOW.date()


@pytest.mark.parametrize(
    ("reviewed", "first", "today", "start", "end"),
    [
        # this week reviewed: the week after
        (TODAY, "mon", TODAY, date(2026, 11, 30), date(2026, 12, 6)),
        # last week reviewed (on a Monday): this week
        (date(2026, 11, 18), "mon", date(2026, 11, 23), date(2026, 11, 23), date(2026, 11, 29)),
        # an old week reviewed: its next week is over, so the week after today's
        (date(2026, 10, 7), "mon", TODAY, date(2026, 11, 30), date(2026, 12, 6)),
        # weeks that start on Sunday
        (TODAY, "sun", TODAY, date(2026, 11, 29), date(2026, 12, 5)),
    ],
)
def test_which_week_is_next(
    reviewed: date, first: str, today: date, start: date, end: date
) -> None:
    profile = Profile.new(NOW)
    profile.settings = Settings(week_start=first)  # type: ignore[arg-type]
    assert next_week_of(profile, reviewed, today) == (start, end)


def test_what_helped_comes_first_on_the_day_it_went_well_and_archived_ones_are_left_out() -> None:
    profile = Profile.new(NOW)
    for title in ("Walk", "Call Sam", "Bake", "Tidy", "Old thing"):
        PutActivity(new_activity(profile, title, TODAY)).apply(profile)
    walk, call, bake, tidy, old = profile.activities
    PutActivity(replace(old, archived=True)).apply(profile)
    mon, tue = date(2026, 11, 23), date(2026, 11, 24)
    for entry in (
        mark_done(plan(profile, walk, mon, NOW, "morning"), Ratings(8, 2), NOW),
        mark_done(plan(profile, walk, tue, NOW, "evening"), Ratings(6, None), NOW),
        mark_done(plan(profile, call, mon, NOW), Ratings(6, 6), NOW),
        plan(profile, tidy, tue, NOW),  # planned, never done: not "helped"
        mark_done(plan(profile, old, mon, NOW), Ratings(10, 10), NOW),
    ):
        PutPlan(entry).apply(profile)
    PutPlan(log_done(profile, bake, TODAY, Ratings(None, 9), NOW)).apply(profile)

    week = plan_next_week(profile, TODAY, TODAY)
    assert (week.start, week.end) == (date(2026, 11, 30), date(2026, 12, 6))
    assert [(i.activity.title, i.day, i.when, i.helped) for i in week.helped] == [
        ("Bake", date(2026, 12, 2), None, "done once · achievement 9/10"),
        ("Walk", date(2026, 12, 1), "evening", "done 2 times · enjoyment 7/10 · achievement 2/10"),
        ("Call Sam", date(2026, 11, 30), None, "done once · enjoyment 6/10 · achievement 6/10"),
    ]
    assert [(i.activity.title, i.day, i.helped) for i in week.others] == [
        ("Tidy", date(2026, 11, 30), "")
    ]


def test_days_already_gone_this_week_are_offered_as_today() -> None:
    profile = Profile.new(NOW)
    PutActivity(new_activity(profile, "Walk", TODAY)).apply(profile)
    [walk] = profile.activities
    last_monday = date(2026, 11, 16)
    PutPlan(mark_done(plan(profile, walk, last_monday, NOW), Ratings(5), NOW)).apply(profile)
    week = plan_next_week(profile, last_monday, TODAY)
    assert week.start == date(2026, 11, 23)
    assert week.helped[0].day == TODAY  # Monday has gone: today, not the past
