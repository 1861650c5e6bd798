"""What is still open today, as one kind line for `wellness-tui remind` (or nothing).

Gentle by design: it names what is open now, never a streak, never what was
missed. A habit counts as open when it is due today, not ticked, skipped or
measured today, and (for N-times-a-week habits) this week's N is not yet reached.
A planned activity (core/activation.py) is mentioned while it is still planned for
today ("if it still fits": plans change), and a self-check when core/selfchecks.py
says one is due (every 14 days, unless the offer is turned off in Settings).

Off by default: the person chooses in Settings what may be mentioned (`remind_of`)
and when to say nothing (`quiet_hours`); `remind --only` / `--quiet` override that
choice for one run or one installed nudge (`choice` below is that rule, once).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import get_args

from wellness_tui.core import selfchecks
from wellness_tui.core.habits import DayState, day_state, done_this_week, is_due
from wellness_tui.profile.models import Habit, Profile, ReminderKind, Settings
from wellness_tui.rules import TIME_OF_DAY
from wellness_tui.textsafe import one_line

KINDS: tuple[ReminderKind, ...] = get_args(ReminderKind)
KIND_WORDS: dict[ReminderKind, str] = {
    "checkin": "today's check-in",
    "habits": "habits due today",
    "plans": "activities planned for today",
    "selfcheck": "a self-check when one is due",
}
PLAN_FITS = "if it still fits"
SELFCHECK_DUE = "A self-check is due, whenever you feel up to it."
_AT = re.compile(TIME_OF_DAY)


class ReminderError(ValueError):
    """One plain line for the person (a time or a span that cannot be read)."""


def parse_at(text: str, flag: str = "--at") -> tuple[int, int]:
    match = _AT.fullmatch(text.strip())
    if not match:
        raise ReminderError(f"{flag}: “{text}” is not a time: use HH:MM, like 19:30")
    return int(match.group(1)), int(match.group(2))


def parse_quiet(text: str, flag: str = "--quiet") -> tuple[int, int]:
    """ "22:00-08:00" -> (start, end) in minutes after midnight."""
    start, sep, end = text.partition("-")
    if not sep:
        raise ReminderError(f"{flag}: “{text}” is not a span: use HH:MM-HH:MM, like 22:00-08:00")
    (h1, m1), (h2, m2) = parse_at(start, flag), parse_at(end, flag)
    return h1 * 60 + m1, h2 * 60 + m2


def quiet_text(span: tuple[int, int]) -> str:
    """A span as settings keep it: "22:00-08:00", however it was typed ("22:00 - 8:00")."""
    (h1, m1), (h2, m2) = divmod(span[0], 60), divmod(span[1], 60)
    return f"{h1:02d}:{m1:02d}-{h2:02d}:{m2:02d}"


def is_quiet(span: tuple[int, int], hour: int, minute: int) -> bool:
    """Within quiet hours (a span may pass midnight: 22:00-08:00)."""
    start, end = span
    now = hour * 60 + minute
    return start <= now < end if start <= end else now >= start or now < end


@dataclass(frozen=True)
class Choice:
    kinds: tuple[ReminderKind, ...]
    """What may be mentioned; () when reminders are off."""
    quiet: tuple[int, int] | None
    quiet_text: str
    from_settings: bool
    """True when the kinds are the ones chosen in Settings (no --only)."""

    def words(self) -> str:
        return ", ".join(KIND_WORDS[k] for k in self.kinds) or "nothing (reminders are off)"


def choice(settings: Settings, only: str | None = None, quiet: str | None = None) -> Choice:
    """What to remind of and the quiet hours: the flags when given, else Settings."""
    kinds: tuple[ReminderKind, ...] = tuple(k for k in KINDS if k in settings.remind_of)
    if only is not None:
        kinds = tuple(k for k in KINDS if k == only)
    quiet_text = (settings.quiet_hours if quiet is None else quiet).strip()
    span = (
        parse_quiet(quiet_text, "--quiet" if quiet is not None else "quiet hours")
        if quiet_text
        else None
    )
    return Choice(kinds, span, quiet_text, only is None)


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


def reminder_line(
    profile: Profile, today: date, kinds: tuple[ReminderKind, ...] = KINDS
) -> str | None:
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
