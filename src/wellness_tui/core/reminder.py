"""What is still open today, as one kind line for `wellness-tui remind` (or nothing).

Gentle by design: it names what is open now, never a streak, never what was
missed. A habit counts as open when it is due today, not ticked, skipped or
measured today, and (for N-times-a-week habits) this week's N is not yet reached.
"""

from __future__ import annotations

from datetime import date

from wellness_tui.core.habits import DayState, day_state, done_this_week, is_due
from wellness_tui.profile.models import Habit, Profile
from wellness_tui.textsafe import one_line

KINDS = ("checkin", "habits")


def open_habits(profile: Profile, today: date) -> list[Habit]:
    found = []
    for habit in profile.habits:
        if not is_due(habit, today) or day_state(habit, today) is not DayState.NOT_YET:
            continue
        if today in habit.amounts:
            continue  # measured today: attended to, whatever the amount
        per_week = habit.target.per_week
        if per_week is not None and (
            done_this_week(habit, today, profile.settings.week_start) >= per_week
        ):
            continue
        found.append(habit)
    return found


def _names(habits: list[Habit]) -> str:
    titles = [f"“{one_line(h.title)}”" for h in habits]
    if len(titles) > 3:
        return f"{len(titles)} habits"
    if len(titles) == 1:
        return titles[0]
    return ", ".join(titles[:-1]) + " and " + titles[-1]


def reminder_line(profile: Profile, today: date, kinds: tuple[str, ...] = KINDS) -> str | None:
    """One gentle line about what is open today, or None when nothing is."""
    checkin = "checkin" in kinds and today not in profile.checkins
    habits = open_habits(profile, today) if "habits" in kinds else []
    if checkin and habits:
        return f"A moment for today's check-in, and {_names(habits)}?"
    if checkin:
        return "A moment for today's check-in?"
    if habits:
        return f"A moment for {_names(habits)} today?"
    return None
