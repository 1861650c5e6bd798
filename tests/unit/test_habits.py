"""Habit rules, table-driven: due days, strength, streaks, completion."""

from __future__ import annotations

import math
from datetime import date, datetime, timedelta
from typing import Any

import pytest

from tests.typing_helpers import present
from wellness_tui.clock import logical_day
from wellness_tui.core.habits import (
    DayState,
    completion,
    day_state,
    done_this_week,
    is_due,
    streaks,
    strength,
    week_start,
)
from wellness_tui.profile.models import Habit, PausePeriod
from wellness_tui.targets import Target

START = date(2026, 1, 1)  # a Thursday


def habit(target: Target | None = None, created: date = START, **fields: Any) -> Habit:
    return Habit(id="h", title="Habit", target=target or Target(), created=created, **fields)


def days(start: date, count: int, step: int = 1) -> list[date]:
    return [start + timedelta(days=i * step) for i in range(count)]


# ----- strength ------------------------------------------------------------------------


def test_thirteen_daily_ticks_from_nothing_score_one_half() -> None:
    h = habit(done=days(START, 13))
    assert strength(h, START + timedelta(days=12)) == pytest.approx(0.5, abs=0.001)


def test_a_skipped_day_leaves_the_score_unchanged() -> None:
    base = habit(done=days(START, 5))
    day6 = START + timedelta(days=5)
    with_skip = habit(done=days(START, 5), skipped=[day6])
    assert strength(with_skip, day6) == strength(base, START + timedelta(days=4))


def test_paused_days_leave_the_score_unchanged() -> None:
    paused = habit(
        done=days(START, 5),
        paused=[PausePeriod(start=START + timedelta(days=5), end=START + timedelta(days=20))],
    )
    before = strength(paused, START + timedelta(days=4))
    assert strength(paused, START + timedelta(days=20)) == before


@pytest.mark.parametrize(
    ("target", "ticks", "expected"),
    [
        # daily, never ticked: nothing
        (Target(), [], 0.0),
        # 3 a week met every week for 24 weeks (Mon, Wed, Fri): strong
        (
            Target(per_week=3),
            days(date(2026, 1, 5), 24, step=7)
            + days(date(2026, 1, 7), 24, step=7)
            + days(date(2026, 1, 9), 24, step=7),
            None,
        ),
    ],
)
def test_strength_table(target: Target, ticks: list[date], expected: float | None) -> None:
    h = habit(target, done=sorted(set(ticks)))
    today = date(2026, 6, 19)  # the last Friday ticked
    value = strength(h, today)
    if expected is not None:
        assert value == pytest.approx(expected)
    else:
        assert 0.9 < value <= 1.0


def test_weekly_habit_multiplier_follows_the_frequency() -> None:
    # One full period met: v = 1 on every day once 6 ticks are in the last 14 days.
    ticks = days(START, 6, step=2)  # 6 ticks in 12 days
    h = habit(Target(per_week=3), done=ticks)
    f = 3 / 7
    m = 0.5 ** (math.sqrt(f) / 13)
    # Compute the expected value by hand for the first 12 days.
    score, recent = 0.0, []
    for i in range(12):
        day = START + timedelta(days=i)
        recent.append(1 if day in ticks else 0)
        v = min(1.0, sum(recent[-14:]) / 6)
        score = score * m + v * (1 - m)
    assert strength(h, START + timedelta(days=11)) == pytest.approx(score)


def test_measurable_at_least_uses_the_amount_against_the_goal() -> None:
    h = habit(Target(at_least=10, unit="minutes"), amounts={START: 5.0})
    m = 0.5 ** (1 / 13)
    assert strength(h, START) == pytest.approx(0.5 * (1 - m))


def test_measurable_at_most_starts_full_and_drops_when_over() -> None:
    limit = Target(at_most=2, unit="cups")
    assert strength(habit(limit), START) == pytest.approx(1.0)
    over = habit(limit, amounts={START: 3.0})  # 50% over: v = 0.5
    m = 0.5 ** (1 / 13)
    assert strength(over, START) == pytest.approx(m + 0.5 * (1 - m))
    way_over = habit(limit, amounts={START: 10.0})  # v clamps at 0
    assert strength(way_over, START) == pytest.approx(m)


def test_ten_years_of_history() -> None:
    ticks = [d for d in days(date(2016, 1, 1), 3653) if d.toordinal() % 3]
    h = habit(done=ticks, created=date(2016, 1, 1))
    today = date(2025, 12, 31)
    value = strength(h, today)
    assert 0.6 < value < 0.7  # two in three days, steady for years
    assert streaks(h, today).best == 2


# ----- streaks ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("target", "done", "skipped", "today", "current", "best", "unit"),
    [
        (Target(), days(START, 5), [], START + timedelta(days=4), 5, 5, "day"),
        # today not done yet: the streak still stands
        (Target(), days(START, 5), [], START + timedelta(days=5), 5, 5, "day"),
        # a missed day yesterday breaks it
        (Target(), days(START, 5), [], START + timedelta(days=6), 0, 5, "day"),
        # a skipped day bridges without counting
        (
            Target(),
            days(START, 3) + days(START + timedelta(days=4), 2),
            [START + timedelta(days=3)],
            START + timedelta(days=5),
            5,
            5,
            "day",
        ),
        # weekday habit (Mon/Wed/Fri): other days never break it
        (
            Target(days=("mon", "wed", "fri")),
            [date(2026, 1, 5), date(2026, 1, 7), date(2026, 1, 9), date(2026, 1, 12)],
            [],
            date(2026, 1, 13),
            4,
            4,
            "day",
        ),
        # 3 a week across a year end (weeks start Monday): rest days never break it
        (
            Target(per_week=3),
            [
                date(2025, 12, 22),
                date(2025, 12, 24),
                date(2025, 12, 26),
                date(2025, 12, 29),
                date(2025, 12, 31),
                date(2026, 1, 2),
                date(2026, 1, 5),
                date(2026, 1, 6),
                date(2026, 1, 7),
            ],
            [],
            date(2026, 1, 8),
            3,
            3,
            "week",
        ),
        # a week that missed the target breaks the weekly streak
        (
            Target(per_week=3),
            [
                date(2026, 1, 5),
                date(2026, 1, 6),
                date(2026, 1, 7),
                date(2026, 1, 12),
                date(2026, 1, 19),
                date(2026, 1, 20),
                date(2026, 1, 21),
            ],
            [],
            date(2026, 1, 25),
            1,
            1,
            "week",
        ),
        # skipped days count toward a week's target
        (
            Target(per_week=3),
            [date(2026, 1, 5), date(2026, 1, 6)],
            [date(2026, 1, 7)],
            date(2026, 1, 12),
            1,
            1,
            "week",
        ),
    ],
)
def test_streak_table(
    target: Target,
    done: list[date],
    skipped: list[date],
    today: date,
    current: int,
    best: int,
    unit: str,
) -> None:
    created = min(done) if done else START
    h = habit(target, created=created, done=sorted(done), skipped=sorted(skipped))
    result = streaks(h, today)
    assert (result.current, result.best, result.unit) == (current, best, unit)


def test_weekly_streak_respects_the_week_start_day() -> None:
    # Sun..Sat weeks: Sun 4 Jan, Tue 6, Thu 8 are one week; with Monday weeks they are split.
    ticks = [date(2026, 1, 4), date(2026, 1, 6), date(2026, 1, 8)]
    h = habit(Target(per_week=3), created=date(2026, 1, 4), done=ticks)
    assert streaks(h, date(2026, 1, 10), first="sun").current == 1
    assert streaks(h, date(2026, 1, 10), first="mon").current == 0


def test_leap_day_counts_like_any_other() -> None:
    ticks = days(date(2028, 2, 27), 4)  # 27, 28, 29 Feb, 1 Mar
    h = habit(created=date(2028, 2, 27), done=ticks)
    assert date(2028, 2, 29) in ticks
    assert streaks(h, date(2028, 3, 1)).current == 4


# ----- days, weeks and the day-end hour ----------------------------------------------------


@pytest.mark.parametrize(
    ("moment", "day_end_hour", "expected"),
    [
        (datetime(2026, 3, 1, 3, 59), 4, date(2026, 2, 28)),
        (datetime(2026, 3, 1, 4, 0), 4, date(2026, 3, 1)),
        (datetime(2028, 3, 1, 0, 30), 1, date(2028, 2, 29)),  # leap day
        (datetime(2027, 1, 1, 2, 0), 3, date(2026, 12, 31)),  # year end
        (datetime(2026, 11, 25, 0, 0), 0, date(2026, 11, 25)),
        # DST in Europe (29 Mar 2026, 02:00 -> 03:00): wall-clock dates, no shift
        (datetime(2026, 3, 29, 3, 30), 4, date(2026, 3, 28)),
        (datetime(2026, 3, 29, 4, 0), 4, date(2026, 3, 29)),
    ],
)
def test_logical_day(moment: datetime, day_end_hour: int, expected: date) -> None:
    assert logical_day(moment, day_end_hour) == expected


def test_week_start_and_count() -> None:
    assert week_start(date(2026, 1, 1), "mon") == date(2025, 12, 29)
    assert week_start(date(2026, 1, 1), "sun") == date(2025, 12, 28)
    h = habit(
        Target(per_week=3),
        created=date(2025, 12, 1),
        done=[date(2025, 12, 29), date(2025, 12, 31), date(2026, 1, 1)],
    )
    assert done_this_week(h, date(2026, 1, 1), "mon") == 3


def test_day_states() -> None:
    h = habit(
        Target(days=("mon",)),
        created=date(2026, 1, 1),
        done=[date(2026, 1, 5)],
        skipped=[date(2026, 1, 12)],
        paused=[PausePeriod(start=date(2026, 1, 19), end=date(2026, 1, 25))],
    )
    assert day_state(h, date(2026, 1, 5)) is DayState.DONE
    assert day_state(h, date(2026, 1, 6)) is DayState.NOT_DUE
    assert day_state(h, date(2026, 1, 12)) is DayState.SKIPPED
    assert day_state(h, date(2026, 1, 19)) is DayState.PAUSED
    assert day_state(h, date(2026, 1, 26)) is DayState.NOT_YET
    assert not is_due(h, date(2026, 1, 19)) and is_due(h, date(2026, 1, 26))


# ----- completion ------------------------------------------------------------------------


def test_completion_over_a_window() -> None:
    h = habit(created=START, done=days(START, 7, step=2))  # every other day
    today = START + timedelta(days=13)
    rate = completion(h, today, 7)
    assert rate is not None and rate.days == 7
    assert rate.share == pytest.approx(3 / 6)  # today "not yet" is not counted
    assert present(completion(h, START + timedelta(days=12), 7)).share == pytest.approx(4 / 7)
    young = completion(h, START + timedelta(days=2), 30)
    assert young is not None and young.days == 3


def test_completion_of_a_weekly_habit_is_against_its_target() -> None:
    h = habit(Target(per_week=2), created=START, done=days(START, 4, step=7))
    assert present(completion(h, START + timedelta(days=27), 28)).share == pytest.approx(4 / 8)
