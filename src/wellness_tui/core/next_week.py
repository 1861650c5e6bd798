"""Planning next week from a weekly review: which week, and which activities to offer first.

The review ends with "plan next week"; this decides what that means, so the app (and
any other front end) offers the same: the activities that helped in the reviewed
week first, each on the weekday and part of the day it went well, then the rest of
the person's activities. Archived activities are not offered. Pure: no Textual, no files.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta

from wellness_tui.core.activation import mean, week_of
from wellness_tui.profile.models import Activity, PartOfDay, PlanEntry, Profile


@dataclass(frozen=True)
class NextWeekIdea:
    activity: Activity
    day: date
    """The day offered in the plan dialog: the weekday it was last done on, next week."""
    when: PartOfDay | None
    helped: str
    """ "done 2 times · enjoyment 7/10" for what helped in the reviewed week; "" otherwise."""


@dataclass(frozen=True)
class NextWeek:
    start: date
    end: date
    helped: tuple[NextWeekIdea, ...]
    others: tuple[NextWeekIdea, ...]


def next_week_of(profile: Profile, reviewed_day: date, today: date) -> tuple[date, date]:
    """The week after the reviewed one; once that week is over, the week after today's.

    Reviewing last week on a Monday plans this week; reviewing this week plans the next.
    """
    first = profile.settings.week_start
    _, reviewed_end = week_of(reviewed_day, first)
    start, end = week_of(reviewed_end + timedelta(days=1), first)
    if end < today:
        start, end = week_of(week_of(today, first)[1] + timedelta(days=1), first)
    return start, end


def _helped_words(done: list[PlanEntry]) -> str:
    times = "once" if len(done) == 1 else f"{len(done)} times"
    bits = [f"done {times}"]
    for name in ("enjoyment", "achievement"):
        values = [v for e in done if (v := getattr(e, name)) is not None]
        if values:
            bits.append(f"{name} {round(mean(values), 1):g}/10")
    return " · ".join(bits)


def _score(done: list[PlanEntry]) -> float:
    """How much it helped: the better of its average enjoyment and achievement (0 unrated)."""
    averages = [
        mean(values)
        for name in ("enjoyment", "achievement")
        if (values := [v for e in done if (v := getattr(e, name)) is not None])
    ]
    return max(averages, default=0.0)


def plan_next_week(profile: Profile, reviewed_day: date, today: date) -> NextWeek:
    """What to offer when planning the week after the one holding `reviewed_day`."""
    start, end = next_week_of(profile, reviewed_day, today)
    reviewed_start, reviewed_end = week_of(reviewed_day, profile.settings.week_start)
    done: dict[str, list[PlanEntry]] = defaultdict(list)
    for entry in profile.plans:
        if entry.state == "done" and reviewed_start <= entry.day <= reviewed_end:
            done[entry.activity].append(entry)
    first_day = max(start, today)

    def idea(activity: Activity) -> NextWeekIdea:
        entries = sorted(done.get(activity.id, []), key=lambda e: (e.day, e.updated))
        if not entries:
            return NextWeekIdea(activity, first_day, None, "")
        last = entries[-1]
        same_weekday = start + timedelta(days=(last.day - reviewed_start).days)
        return NextWeekIdea(activity, max(same_weekday, today), last.when, _helped_words(entries))

    in_use = [a for a in profile.activities if not a.archived]
    helped = sorted(
        (a for a in in_use if a.id in done),
        key=lambda a: (-_score(done[a.id]), -len(done[a.id]), a.title.casefold()),
    )
    others = [a for a in in_use if a.id not in done]
    return NextWeek(start, end, tuple(idea(a) for a in helped), tuple(idea(a) for a in others))
