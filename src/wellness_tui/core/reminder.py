"""What is still open today, as one kind line for `wellness-tui remind` (or nothing).

Gentle by design: it names what is open now, never a streak, never what was
missed. A habit counts as open when it is due today, not ticked, skipped or
measured today, and (for N-times-a-week habits) this week's N is not yet reached.
A planned activity (core/activation.py) is mentioned while it is still planned for
today ("if it still fits": plans change), and a self-check when core/selfchecks.py
says one is due (every 14 days, unless the offer is turned off in Settings).
"""

from __future__ import annotations

from datetime import date

from wellness_tui.core import selfchecks
from wellness_tui.core.habits import DayState, day_state, done_this_week, is_due
from wellness_tui.profile.models import Habit, Profile
from wellness_tui.textsafe import one_line

KINDS = ("checkin", "habits", "plans", "selfcheck")
PLAN_FITS = "if it still fits"
SELFCHECK_DUE = "A self-check is due, whenever you feel up to it."


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


def open_plans(profile: Profile, today: date) -> list[str]:
    """Titles of activities still planned for today (not done, not let go)."""
    if not profile.plans:
        return []  # the planner unused: its module is not even loaded (remind stays fast)
    from wellness_tui.core.activation import plans_for

    return [p.title for p in plans_for(profile, today) if p.entry.state == "planned"]


def _plans_words(titles: list[str]) -> str:
    if len(titles) == 1:
        return f"“{one_line(titles[0])}” is on today's plan, {PLAN_FITS}."
    return f"{len(titles)} activities are on today's plan, if they still fit."


def reminder_line(profile: Profile, today: date, kinds: tuple[str, ...] = KINDS) -> str | None:
    """One gentle line about what is open today, or None when nothing is."""
    checkin = "checkin" in kinds and today not in profile.checkins
    habits = open_habits(profile, today) if "habits" in kinds else []
    parts = []
    if checkin and habits:
        parts.append(f"A moment for today's check-in, and {_names(habits)}?")
    elif checkin:
        parts.append("A moment for today's check-in?")
    elif habits:
        parts.append(f"A moment for {_names(habits)} today?")
    plans = open_plans(profile, today) if "plans" in kinds else []
    if plans:
        parts.append(_plans_words(plans))
    if "selfcheck" in kinds and selfchecks.is_due(profile, today):
        parts.append(SELFCHECK_DUE)
    return " ".join(parts) or None
