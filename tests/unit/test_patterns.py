"""Patterns on made-up data whose answers are known."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from wellness_tui.core.patterns import (
    CAVEAT,
    MIN_CHECKINS,
    NO_CLEAR,
    Comparison,
    Factor,
    Patterns,
    find_patterns,
    text_lines,
)
from wellness_tui.profile.models import CheckIn, Habit, PausePeriod, Profile

TODAY = date(2026, 11, 25)


def days_back(n: int, today: date = TODAY) -> list[date]:
    """The last n days, oldest first."""
    return [today - timedelta(days=n - 1 - i) for i in range(n)]


def make(
    moods: dict[date, int],
    habits: list[Habit] | None = None,
    tags: dict[date, list[str]] | None = None,
) -> Profile:
    profile = Profile.new(datetime(2026, 1, 1))
    for day, mood in moods.items():
        profile.checkins[day] = CheckIn(
            mood=mood, energy=mood, tags=list((tags or {}).get(day, []))
        )
    profile.habits = habits or []
    return profile


def habit(title: str, done: list[date], **kw: object) -> Habit:
    return Habit(id=title.lower(), title=title, created=date(2026, 1, 1), done=sorted(done), **kw)  # type: ignore[arg-type]


def by_name(patterns: Patterns, name: str) -> Comparison:
    return next(c for c in patterns.comparisons if c.name == name)


def test_a_habit_that_goes_with_a_two_points_higher_mood_is_found_first() -> None:
    days = days_back(30)
    moods = {d: 7 if i % 2 == 0 else 5 for i, d in enumerate(days)}
    walk = habit("Walk", [d for i, d in enumerate(days) if i % 2 == 0])
    # Unrelated: done on half the better and half the lower days.
    water = habit("Water", [d for i, d in enumerate(days) if i % 4 in (0, 1)])
    result = find_patterns(make(moods, [water, walk]), TODAY, 30)
    first = result.comparisons[0]
    assert first.name == "Walk"
    assert (first.n_with, first.n_without) == (15, 15)
    assert first.difference == pytest.approx(2.0)
    assert first.energy_difference == pytest.approx(2.0)
    assert first.verdict() == "days with it went with a higher mood (by 2.0)"
    unrelated = by_name(result, "Water")
    assert unrelated.difference == pytest.approx(0.0)
    assert unrelated.verdict() == NO_CLEAR
    lines = text_lines(result)
    assert lines[-1] == CAVEAT
    assert any(line.startswith("Walk") and "difference +2.0" in line for line in lines)
    assert any(line.startswith("Water") and NO_CLEAR in line for line in lines)


@pytest.mark.parametrize(
    ("checkin_days", "done_days", "enough", "more_checkins", "more_with"),
    [
        (13, 6, False, 1, None),  # 13 check-ins: one short, no result at all
        (14, 4, True, 0, 1),  # 14 check-ins, habit done on 4 of them: one more day needed
        (14, 5, True, 0, 0),  # the minimum exactly: a result
        (0, 0, False, MIN_CHECKINS, None),
    ],
)
def test_the_minimum_of_data(
    checkin_days: int, done_days: int, enough: bool, more_checkins: int, more_with: int | None
) -> None:
    days = days_back(checkin_days)
    moods = {d: 8 if i < done_days else 3 for i, d in enumerate(days)}
    result = find_patterns(make(moods, [habit("Walk", days[:done_days])]), TODAY, 30)
    assert result.enough is enough
    assert result.more_checkins == more_checkins
    lines = text_lines(result)
    if not enough:
        assert result.comparisons == []
        assert "Not enough days yet" in lines[1] and f"{more_checkins} more" in lines[1]
        return
    walk = by_name(result, "Walk")
    assert walk.more_with == more_with
    if more_with:
        assert walk.difference is None
        line = next(line for line in lines if line.startswith("Walk"))
        assert "not enough days yet: 1 more day with it needed" in line
        assert "8.0" not in line  # never a result below the minimum
    else:
        assert walk.difference == pytest.approx(5.0)


@pytest.mark.parametrize("today", [date(2026, 12, 1), date(2027, 1, 1), date(2024, 3, 1)])
def test_next_day_pairs_a_factor_with_the_next_days_mood_across_month_and_year_ends(
    today: date,
) -> None:
    days = days_back(20, today)
    # Mood is high on the day AFTER the walk; the walk day itself is average.
    walked = [d for i, d in enumerate(days[:-1]) if i % 2 == 0]
    moods = {d: (8 if d - timedelta(days=1) in walked else 4) for d in days}
    # The last day before the month/year end is a walk day: its mood lands on `today`.
    assert today - timedelta(days=1) in walked
    profile = make(moods, [habit("Walk", walked)])
    next_day = by_name(find_patterns(profile, today, 20, next_day=True), "Walk")
    assert next_day.mood_with == pytest.approx(8.0)
    assert next_day.mood_without == pytest.approx(4.0)
    assert next_day.n_with == len(walked)
    same_day = by_name(find_patterns(profile, today, 20), "Walk")
    assert same_day.mood_with == pytest.approx(4.0)


def test_skipped_paused_and_no_checkin_days_are_on_neither_side() -> None:
    days = days_back(40)
    moods = {d: 6 for d in days[:30]}  # the last 10 days have no check-in
    done = days[0:10]
    skipped = days[10:15]
    paused = PausePeriod(start=days[15], end=days[19])
    walk = habit("Walk", done, skipped=skipped, paused=[paused])
    for d in skipped + days[15:20]:
        moods[d] = 1  # a very low mood there would show if those days counted
    result = find_patterns(make(moods, [walk]), TODAY, 40)
    walk_line = by_name(result, "Walk")
    assert walk_line.n_with == 10
    assert walk_line.n_without == 10  # days 20..29: due, not done, with a check-in
    assert walk_line.mood_without == pytest.approx(6.0)
    assert walk_line.verdict() == NO_CLEAR


def test_tags_sleep_and_extra_factors() -> None:
    days = days_back(20)
    moods = {d: 7 if i < 10 else 4 for i, d in enumerate(days)}
    tags = {d: ["Family"] for d in days[:10]}
    profile = make(moods, tags=tags)
    for i, d in enumerate(days):
        profile.checkins[d].sleep_hours = 5.0 if i >= 10 else 7.0
    extra = Factor("Planned: a walk", "activity", frozenset(days[10:]), frozenset(days[:10]))
    result = find_patterns(profile, TODAY, 20, extra=[extra])
    assert by_name(result, "Tag: Family").difference == pytest.approx(3.0)
    assert by_name(result, "Slept under 6 hours").difference == pytest.approx(-3.0)
    assert (
        by_name(result, "Slept under 6 hours").verdict()
        == "days without it went with a higher mood (by 3.0)"
    )
    assert by_name(result, "Planned: a walk").difference == pytest.approx(-3.0)
    # Sleep over 8 hours never happened: not enough days with it, no numbers.
    assert by_name(result, "Slept over 8 hours").difference is None
    names = [c.name for c in result.comparisons]
    assert names.index("Slept over 8 hours") == len(names) - 1 or "Slept well" in names[-1]


def test_wording_never_says_causes_or_skipped() -> None:
    days = days_back(30)
    moods = {d: 7 if i % 2 == 0 else 5 for i, d in enumerate(days)}
    walk = habit("Walk", [d for i, d in enumerate(days) if i % 2 == 1])
    text = "\n".join(text_lines(find_patterns(make(moods, [walk]), TODAY, 30))).casefold()
    assert "days without it went with a higher mood" in text
    assert "skipped" not in text and "worse" not in text
    assert "causes" not in text.replace("not what causes what", "")
