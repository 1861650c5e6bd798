"""The report's "Activities" section (the activity planner): gathered here, drawn by each format.

Per week of the period: how many activities were planned and done, and the
average ratings; the activities rated highest; and one row per entry for CSV
and JSON. Notes on entries are private: they appear only with --include notes.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from statistics import mean

from wellness_tui.core.activation import AREA_TITLES, week_of
from wellness_tui.profile.models import PlanEntry, Profile


@dataclass(frozen=True)
class ActivityWeek:
    start: date
    end: date
    """Clipped to the report's period."""
    planned: int
    done: int
    """All done, planned or not."""
    let_go: int
    average_enjoyment: float | None
    average_achievement: float | None


@dataclass(frozen=True)
class RatedActivity:
    title: str
    average_enjoyment: float | None
    average_achievement: float | None
    times: int


@dataclass(frozen=True)
class ActivityEntry:
    day: date
    title: str
    area: str
    entry: PlanEntry


@dataclass(frozen=True)
class ActivitiesSection:
    weeks: list[ActivityWeek]
    rated_highest: list[RatedActivity]
    entries: list[ActivityEntry]


def _average(values: list[int | None]) -> float | None:
    present = [v for v in values if v is not None]
    return round(mean(present), 1) if present else None


def gather_activities(profile: Profile, start: date, end: date) -> ActivitiesSection:
    activities = {a.id: a for a in profile.activities}
    entries = sorted(
        (e for e in profile.plans if start <= e.day <= end), key=lambda e: (e.day, e.created)
    )
    weeks: list[ActivityWeek] = []
    week_start = week_of(start, profile.settings.week_start)[0]
    while entries and week_start <= end:
        first, last = max(week_start, start), min(week_start + timedelta(days=6), end)
        inside = [e for e in entries if first <= e.day <= last]
        done = [e for e in inside if e.state == "done"]
        weeks.append(
            ActivityWeek(
                first,
                last,
                planned=sum(1 for e in inside if e.planned),
                done=len(done),
                let_go=sum(1 for e in inside if e.state == "let go"),
                average_enjoyment=_average([e.enjoyment for e in done]),
                average_achievement=_average([e.achievement for e in done]),
            )
        )
        week_start += timedelta(days=7)
    by_activity: dict[str, list[PlanEntry]] = {}
    for entry in entries:
        if entry.state == "done":
            by_activity.setdefault(entry.activity, []).append(entry)
    rated = []
    for key, done in by_activity.items():
        enjoyment = _average([e.enjoyment for e in done])
        achievement = _average([e.achievement for e in done])
        if enjoyment is None and achievement is None:
            continue
        title = activities[key].title if key in activities else key
        rated.append(RatedActivity(title, enjoyment, achievement, len(done)))
    rated.sort(
        key=lambda r: (
            -max(r.average_enjoyment or 0, r.average_achievement or 0),
            -r.times,
            r.title.casefold(),
        )
    )
    rows = []
    for entry in entries:
        activity = activities.get(entry.activity)
        title = activity.title if activity is not None else entry.activity
        area = AREA_TITLES[activity.area] if activity is not None and activity.area else ""
        rows.append(ActivityEntry(entry.day, title, area, entry))
    return ActivitiesSection(weeks=weeks, rated_highest=rated[:5], entries=rows)


def week_words(week: ActivityWeek) -> str:
    """ "planned 4, done 3, let go 1 · enjoyment 6.5/10, achievement 5/10 on average"."""
    text = f"planned {week.planned}, done {week.done}"
    if week.let_go:
        text += f", let go {week.let_go}"
    ratings = rated_words(week.average_enjoyment, week.average_achievement)
    return text + (f" · {ratings} on average" if ratings else "")


def rated_words(enjoyment: float | None, achievement: float | None) -> str:
    bits = []
    if enjoyment is not None:
        bits.append(f"enjoyment {enjoyment:g}/10")
    if achievement is not None:
        bits.append(f"achievement {achievement:g}/10")
    return ", ".join(bits)
