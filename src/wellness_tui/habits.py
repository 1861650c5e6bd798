"""Habit rules for a single day: is it due, what state is it in."""

from __future__ import annotations

import bisect
from datetime import date
from enum import Enum

from wellness_tui.profile.models import Habit
from wellness_tui.targets import WEEKDAYS


class DayState(Enum):
    DONE = "done"
    SKIPPED = "skipped"
    PAUSED = "paused"
    NOT_YET = "not yet"


def contains(days: list[date], day: date) -> bool:
    """Membership in a sorted list of dates."""
    index = bisect.bisect_left(days, day)
    return index < len(days) and days[index] == day


def is_paused(habit: Habit, day: date) -> bool:
    return any(p.start <= day and (p.end is None or day <= p.end) for p in habit.paused)


def is_due(habit: Habit, day: date) -> bool:
    """Due on `day`: daily and weekly habits every day, weekday habits on their days."""
    if habit.archived or is_paused(habit, day):
        return False
    if habit.target.days:
        return WEEKDAYS[day.weekday()] in habit.target.days
    return True


def is_done(habit: Habit, day: date) -> bool:
    if habit.target.measurable:
        amount = habit.amounts.get(day)
        if amount is None:
            return False
        if habit.target.at_least is not None:
            return amount >= habit.target.at_least
        return habit.target.at_most is not None and amount <= habit.target.at_most
    return contains(habit.done, day)


def day_state(habit: Habit, day: date) -> DayState:
    if is_done(habit, day):
        return DayState.DONE
    if contains(habit.skipped, day):
        return DayState.SKIPPED
    if is_paused(habit, day):
        return DayState.PAUSED
    return DayState.NOT_YET


def active_habits(habits: list[Habit]) -> list[Habit]:
    return [h for h in habits if not h.archived]
