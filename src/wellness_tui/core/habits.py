"""Habit rules: when a habit is due, its state on a day, streaks, strength, rates.

Pure functions of a habit's history and a date; no Textual, no clock. All
dates are the user's calendar days (see clock.logical_day).
"""

from __future__ import annotations

import bisect
import math
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from enum import Enum

from wellness_tui.profile.models import Habit
from wellness_tui.targets import WEEKDAYS, Weekday
from wellness_tui.words import plural

ONE_DAY = timedelta(days=1)


class DayState(Enum):
    DONE = "done"
    SKIPPED = "skipped"
    PAUSED = "paused"
    NOT_YET = "not yet"
    NOT_DUE = "not due"


def state_words(state: DayState, day: date, today: date) -> str:
    """A day's state in words: a past day not done is "not done", only today is "not yet"."""
    if state is DayState.NOT_YET and day < today:
        return "not done"
    return state.value


# ----- single days ------------------------------------------------------------------


def contains(days: list[date], day: date) -> bool:
    """Membership in a sorted list of dates."""
    index = bisect.bisect_left(days, day)
    return index < len(days) and days[index] == day


def is_paused(habit: Habit, day: date) -> bool:
    return any(p.start <= day and (p.end is None or day <= p.end) for p in habit.paused)


def is_scheduled(habit: Habit, day: date) -> bool:
    """On the habit's schedule that day (weekday habits only on their days)."""
    if habit.target.days:
        return WEEKDAYS[day.weekday()] in habit.target.days
    return True


def is_due(habit: Habit, day: date) -> bool:
    """Shown as something to do on `day`."""
    return not habit.archived and not is_paused(habit, day) and is_scheduled(habit, day)


def is_done(habit: Habit, day: date) -> bool:
    if habit.target.measurable:
        amount = habit.amounts.get(day)
        if amount is None:
            return False
        if habit.target.at_least is not None:
            return amount >= habit.target.at_least
        return habit.target.at_most is not None and amount <= habit.target.at_most
    return contains(habit.done, day)


def is_skipped(habit: Habit, day: date) -> bool:
    return contains(habit.skipped, day)


def day_state(habit: Habit, day: date) -> DayState:
    if is_done(habit, day):
        return DayState.DONE
    if is_skipped(habit, day):
        return DayState.SKIPPED
    if is_paused(habit, day):
        return DayState.PAUSED
    if not is_scheduled(habit, day):
        return DayState.NOT_DUE
    return DayState.NOT_YET


def active_habits(habits: list[Habit]) -> list[Habit]:
    return [h for h in habits if not h.archived]


def week_start(day: date, first: Weekday) -> date:
    """The first day of the calendar week containing `day`."""
    offset = (day.weekday() - WEEKDAYS.index(first)) % 7
    return day - timedelta(days=offset)


def done_this_week(habit: Habit, day: date, first: Weekday) -> int:
    start = week_start(day, first)
    return sum(1 for d in _days(start, day) if is_done(habit, d))


def _days(start: date, end: date) -> Iterator[date]:
    """Every date from start to end, inclusive."""
    day = start
    while day <= end:
        yield day
        day += ONE_DAY


def history_start(habit: Habit) -> date:
    """The first day of the habit's history (its creation, or an earlier entry)."""
    firsts = [habit.created]
    for days in (habit.done, habit.skipped):
        if days:
            firsts.append(days[0])
    if habit.amounts:
        firsts.append(min(habit.amounts))
    return min(firsts)


# ----- strength (Loop Habit Tracker's rule) --------------------------------------------


def strength(habit: Habit, today: date) -> float:
    """Habit strength from 0.0 to 1.0, following Loop Habit Tracker's published rule.

    With f the target repetitions per day, m = 0.5 ** (sqrt(f) / 13), and each
    day score = score * m + v * (1 - m). For yes/no habits v is the share of the
    target met in the last period (a day for daily habits; for others, both the
    period and the target doubled: 3 a week means 6 in the last 14 days). A
    measurable "at least" habit uses the amount against the goal; an "at most"
    habit starts at 1.0 and loses ground in proportion to how far it went over.
    Skipped and paused days leave the score unchanged.
    """
    target = habit.target
    f = target.per_day
    multiplier = 0.5 ** (math.sqrt(f) / 13)
    daily = target.per_week is None and not target.days
    window = 1 if daily else 14
    goal = 1.0 if daily else 2 * 7 * f  # repetitions expected in the window
    at_most = target.at_most is not None
    score = 1.0 if at_most else 0.0
    recent: deque[float] = deque()
    total = 0.0
    done = set(habit.done)
    skipped = set(habit.skipped)
    for day in _days(history_start(habit), today):
        value = _day_value(habit, day, done)
        recent.append(value)
        total += value
        if len(recent) > window:
            total -= recent.popleft()
        if day in skipped or is_paused(habit, day):
            continue
        v = _v(habit, total, goal)
        score = score * multiplier + v * (1 - multiplier)
    return score


def strength_percent(habit: Habit, today: date) -> int:
    """Strength as a whole percent for showing: a habit that was done at least once
    never shows a bare 0% (a weekly habit's first tick moves the score only a little;
    it still counts, so it shows as at least 1%)."""
    percent = round(100 * strength(habit, today))
    if percent == 0 and _ever_done(habit, today):
        return 1
    return percent


def _ever_done(habit: Habit, today: date) -> bool:
    if habit.target.measurable:
        return any(is_done(habit, d) for d in habit.amounts if d <= today)
    return bool(habit.done) and habit.done[0] <= today


def week_progress(habit: Habit, today: date, first: Weekday = "mon") -> str | None:
    """ "1 of 4 this week" for a habit with a weekly target; None for the others."""
    need = habit.target.per_week
    if need is None:
        return None
    return f"{done_this_week(habit, today, first)} of {need} this week"


def status_words(habit: Habit, today: date, first: Weekday = "mon", streak: bool = True) -> str:
    """What the person did, then the streak: "1 of 4 this week · streak 2 weeks".

    Right after the first tick of a weekly habit this says "1 of 4 this week",
    never a bare "no streak yet"."""
    parts = []
    week = week_progress(habit, today, first)
    if week is not None:
        parts.append(week)
    if streak:
        run = streaks(habit, today, first)
        fresh = not run.current and not run.best
        if not (fresh and week is not None and done_this_week(habit, today, first)):
            parts.append(streak_words(run))
    return " · ".join(parts)


def _day_value(habit: Habit, day: date, done: set[date]) -> float:
    """What one day contributes: a tick (1/0), or the amount entered."""
    if habit.target.measurable:
        return habit.amounts.get(day, 0.0)
    return 1.0 if day in done else 0.0


def _v(habit: Habit, total: float, goal: float) -> float:
    target = habit.target
    if target.at_least is not None:
        return min(1.0, total / (target.at_least * goal))
    if target.at_most is not None:
        limit = target.at_most * goal
        if limit == 0:
            return 1.0 if total == 0 else 0.0
        return min(1.0, max(0.0, 1 - (total - limit) / limit))
    return min(1.0, total / goal)


# ----- streaks ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Streaks:
    current: int
    best: int
    unit: str
    """"day" or "week"."""

    def describe(self, count: int) -> str:
        return plural(count, self.unit)


def streaks(habit: Habit, today: date, first: Weekday = "mon") -> Streaks:
    """Current and best streaks, respecting the target.

    Daily and weekday habits count due days done in a row; a 3-a-week habit
    counts weeks that met the target, so rest days never break it. Skipped and
    paused days bridge a streak without adding to it, and today (or this week)
    not done *yet* does not break it either.
    """
    if habit.target.per_week is not None:
        return _weekly_streaks(habit, today, first)
    current = best = run = 0
    for day in _days(history_start(habit), today):
        if not is_scheduled(habit, day) or is_skipped(habit, day) or is_paused(habit, day):
            continue
        if is_done(habit, day):
            run += 1
            best = max(best, run)
        elif day != today:
            run = 0
    current = run
    return Streaks(current, best, "day")


def _weekly_streaks(habit: Habit, today: date, first: Weekday) -> Streaks:
    assert habit.target.per_week is not None
    need = habit.target.per_week
    current = best = run = 0
    start = week_start(history_start(habit), first)
    this_week = week_start(today, first)
    while start <= this_week:
        end = min(start + timedelta(days=6), today)
        days = list(_days(start, end))
        done = sum(1 for d in days if is_done(habit, d))
        excused = sum(1 for d in days if is_skipped(habit, d) or is_paused(habit, d))
        met = done >= need - excused and (done > 0 or excused >= need)
        if met:
            if done > 0:
                run += 1
                best = max(best, run)
        elif start != this_week:
            run = 0
        start += timedelta(days=7)
    current = run
    return Streaks(current, best, "week")


def streak_words(run: Streaks) -> str:
    """Streaks in kind words: a broken streak is a fresh start, never a failure."""
    if run.current:
        text = f"streak {run.describe(run.current)}"
        return text + (f" (best {run.describe(run.best)})" if run.best > run.current else "")
    if run.best:
        return f"a fresh start (best so far {run.describe(run.best)})"
    return "no streak yet"


# ----- completion ------------------------------------------------------------------------


@dataclass(frozen=True)
class Rate:
    share: float
    """0.0 to 1.0 of the target met."""
    days: int
    """Days looked at: the window, or fewer for a habit younger than that."""
    done: int = 0
    """Days done in the window."""
    counted: int = 0
    """Days that counted: due (or, for a weekly target, every day) and not skipped or paused."""
    excused: int = 0
    """Days skipped or paused in the window."""


def rate_words(rate: Rate, weekly: bool = False) -> str:
    """The rate as it is: "done 3 of 3 days that counted; 2 skipped", "done 2 of 5 days"."""
    if weekly:
        text = f"done on {plural(rate.done, 'day')} of {plural(rate.days, 'day')}"
    elif rate.excused:
        text = f"done {rate.done} of {plural(rate.counted, 'day')} that counted"
    else:
        text = f"done {rate.done} of {plural(rate.counted, 'day')}"
    if rate.excused:
        text += f"; {rate.excused} skipped or paused" if weekly else f"; {rate.excused} skipped"
    return text


def completion(habit: Habit, today: date, days: int) -> Rate | None:
    """Share of the target met over the last `days` days (None if nothing was due)."""
    start = max(today - timedelta(days=days - 1), history_start(habit))
    if start > today:
        return None
    window = list(_days(start, today))
    share = _share(habit, today, window)
    if share is None:
        return None
    excused = [d for d in window if is_skipped(habit, d) or is_paused(habit, d)]
    counted = [d for d in window if d not in excused]
    if habit.target.per_week is None and habit.target.at_most is None:
        counted = [
            d for d in counted if is_scheduled(habit, d) and (d != today or is_done(habit, d))
        ]
    elif habit.target.at_most is not None:
        counted = [d for d in counted if d in habit.amounts]
    done = sum(1 for d in window if is_done(habit, d))
    return Rate(share, len(window), done, len(counted), len(excused))


def _share(habit: Habit, today: date, window: list[date]) -> float | None:
    counted = [d for d in window if not is_skipped(habit, d) and not is_paused(habit, d)]
    if habit.target.at_most is not None:
        # A limit is judged on the days something was entered: no entry is not a miss.
        logged = [d for d in counted if d in habit.amounts]
        return sum(1 for d in logged if is_done(habit, d)) / len(logged) if logged else None
    if habit.target.per_week is not None:
        if len(window) < 7:
            return None  # a weekly target means nothing after a day or two
        expected = habit.target.per_week * len(counted) / 7
        if expected <= 0:
            return None
        done = sum(1 for d in counted if is_done(habit, d))
        return min(1.0, done / expected)
    # Today counts once it is done; "not yet" today never lowers the rate.
    due = [d for d in counted if is_scheduled(habit, d) and (d != today or is_done(habit, d))]
    if not due:
        return None
    return sum(1 for d in due if is_done(habit, d)) / len(due)


def adherence(habit: Habit, start: date, end: date) -> tuple[int, float | None] | None:
    """(days done, share of the target met or None if nothing was due yet) between two
    days, inclusive; None when the habit did not exist yet."""
    first = max(start, history_start(habit))
    if first > end:
        return None
    window = list(_days(first, end))
    return sum(1 for d in window if is_done(habit, d)), _share(habit, end, window)


def days_phrase(days: int) -> str:
    """ "today", "2 days", "30 days"."""
    return "today" if days == 1 else plural(days, "day")
