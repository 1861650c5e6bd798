"""Doing what matters (behavioural activation): activities, plans, ratings, the weekly review.

Pure functions over the profile: each change returns the operation(s) that make
it (profile/ops.py: PutActivity, PutPlan), so the app and the shell decide the
same way and the store keeps them crash-safe and shared. Nothing here imports
Textual or touches a file.

Words matter here: a plan not done is "let go" ("plans change"), never failed;
the review says "goes with", never "causes".
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, get_args

from wellness_tui.clock import logical_day
from wellness_tui.core.habits import week_start
from wellness_tui.core.matching import Ambiguous, find_by_title
from wellness_tui.profile.models import (
    Activity,
    Brings,
    Effort,
    LifeArea,
    PartOfDay,
    PlanEntry,
    Profile,
    Settings,
)
from wellness_tui.targets import Target, Weekday
from wellness_tui.textsafe import one_line

if TYPE_CHECKING:
    from wellness_tui.core.patterns import Factor
    from wellness_tui.profile.ops import AddHabit

LIFE_AREAS: tuple[LifeArea, ...] = get_args(LifeArea)
AREA_TITLES: dict[LifeArea, str] = {
    "relationships": "Relationships",
    "health": "Health and body",
    "home": "Home and daily tasks",
    "work": "Work, learning, volunteering",
    "fun": "Fun and rest",
    "community": "Community, faith, nature",
}
"""Used when the content file's titles are not at hand (the shell, the report)."""
PARTS_OF_DAY: tuple[PartOfDay, ...] = get_args(PartOfDay)
BRINGS: tuple[Brings, ...] = get_args(Brings)
EFFORTS: tuple[Effort, ...] = get_args(Effort)
SMALLER_AFTER = 3
"""A plan let go (or left undone) this many times in four weeks gets "make it smaller?"."""
LET_GO_WORDS = "Let go. Plans change, and that is fine."


def mean(values: list[float] | list[int]) -> float:
    """The average (statistics.mean, without importing statistics at start-up: Today
    imports this module)."""
    return sum(values) / len(values)


class ActivationError(ValueError):
    """What was asked cannot be done; str() is one plain sentence."""


# ----- days and weeks -------------------------------------------------------------------


def today_of(now: datetime, settings: Settings) -> date:
    """The person's day, honouring the day-end hour."""
    return logical_day(now, settings.day_end_hour)


def week_of(day: date, first: Weekday) -> tuple[date, date]:
    """The first and last day of the week that holds `day`."""
    start = week_start(day, first)
    return start, start + timedelta(days=6)


def week_days(start: date) -> list[date]:
    return [start + timedelta(days=n) for n in range(7)]


# ----- activities -----------------------------------------------------------------------


def find_area(text: str) -> LifeArea:
    """A life area by id or the start of its id or title: "fun", "health", "work"."""
    wanted = text.casefold().strip()
    matches = [
        area
        for area in LIFE_AREAS
        if wanted and (area.startswith(wanted) or AREA_TITLES[area].casefold().startswith(wanted))
    ]
    if len(matches) != 1:
        raise ActivationError(f"“{text}” is not a life area: use one of {', '.join(LIFE_AREAS)}.")
    return matches[0]


def find_activity(profile: Profile, query: str) -> Activity | None:
    """By id, exact title, or an unambiguous, case-insensitive start of its title (the
    rule habits are found by, core/matching.py); None if none."""
    if not query.strip():
        raise ActivationError("give the activity's name")
    try:
        return find_by_title(
            ([a for a in profile.activities if not a.archived], profile.activities),
            query,
            title=lambda a: a.title,
            ident=lambda a: a.id,
            kind="activity",
        )
    except Ambiguous as err:
        raise ActivationError(str(err)) from None


def activity_titled(profile: Profile, title: str) -> Activity | None:
    """The activity in use with exactly this title (case and outer spaces aside), if any."""
    wanted = title.casefold().strip()
    return next(
        (a for a in profile.activities if not a.archived and a.title.casefold().strip() == wanted),
        None,
    )


def new_activity(
    profile: Profile,
    title: str,
    today: date,
    *,
    area: LifeArea | None = None,
    brings: Brings = "both",
    effort: Effort = "easy",
) -> Activity:
    """An activity with an id made from its title, unique in the profile."""
    title = title.strip()
    if not title:
        raise ActivationError("an activity needs a title")
    base = re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")[:40] or "activity"
    activity_id, n = base, 1
    while profile.activity(activity_id) is not None:
        n += 1
        activity_id = f"{base}-{n}"
    return Activity(
        id=activity_id, title=title, area=area, brings=brings, effort=effort, created=today
    )


def set_archived(activity: Activity, archived: bool) -> Activity:
    """Archived: out of the lists to pick from, its plans and ratings kept for reviews and
    reports; restoring brings it back as it was."""
    return replace(activity, archived=archived)


def adopted_titles(profile: Profile) -> set[str]:
    """Titles already in the person's list (case-insensitive): starter ideas not to offer twice."""
    return {a.title.casefold().strip() for a in profile.activities if not a.archived}


def habit_op_for(profile: Profile, activity: Activity, today: date) -> AddHabit:
    """Turn an activity into a daily yes/no habit, through the habit engine itself."""
    from wellness_tui.core.habit_factory import new_habit_op

    return new_habit_op(profile, activity.title, Target(), today)


# ----- plans ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Ratings:
    """The quick ratings after doing something; every one may be left out (None)."""

    enjoyment: int | None = None
    achievement: int | None = None
    mood_before: int | None = None
    mood_after: int | None = None
    note: str | None = None
    """None keeps the note there is; "" clears it."""


def _entry_id(profile: Profile, activity_id: str, day: date) -> str:
    base = f"{day.isoformat()}-{activity_id}"
    known = {e.id for e in profile.plans}
    entry_id, n = base, 1
    while entry_id in known:
        n += 1
        entry_id = f"{base}-{n}"
    return entry_id


def plan(
    profile: Profile,
    activity: Activity,
    day: date,
    now: datetime,
    when: PartOfDay | None = None,
) -> PlanEntry:
    """A new plan: `activity` on `day` (today or later: the caller checks)."""
    return PlanEntry(
        id=_entry_id(profile, activity.id, day),
        activity=activity.id,
        day=day,
        when=when,
        created=now,
        updated=now,
    )


def move(entry: PlanEntry, day: date, now: datetime, when: PartOfDay | None = None) -> PlanEntry:
    """The plan on another day (and part of the day); planned again, the old day remembered."""
    if not entry.planned:
        raise ActivationError("that was logged after it was done, so it has no plan to move")
    moved = list(entry.moved_from)
    if day != entry.day:
        moved.append(entry.day)
    return replace(
        entry, day=day, when=when, state="planned", moved_from=moved, updated=_after(entry, now)
    )


def _after(entry: PlanEntry, now: datetime) -> datetime:
    """The time of a change made to `entry` as seen now: never older than the entry itself
    (after the clock was set back, a change would otherwise lose to the entry it changes,
    PutPlan keeping the newer, and be dropped without a word)."""
    return max(now, entry.updated)


def let_go(entry: PlanEntry, now: datetime) -> PlanEntry:
    return replace(entry, state="let go", updated=_after(entry, now))


def mark_done(entry: PlanEntry, ratings: Ratings, now: datetime) -> PlanEntry:
    """Done, with whatever ratings were given (a rating given before and not now is kept)."""
    changes: dict[str, object] = {"state": "done", "updated": _after(entry, now)}
    for name in ("enjoyment", "achievement", "mood_before", "mood_after"):
        value = getattr(ratings, name)
        if value is not None:
            changes[name] = value
    if ratings.note is not None:
        changes["note"] = ratings.note
    return replace(entry, **changes)  # type: ignore[arg-type]


def log_done(
    profile: Profile, activity: Activity, day: date, ratings: Ratings, now: datetime
) -> PlanEntry:
    """Something done without a plan ("log what I did"), with the same ratings."""
    entry = replace(plan(profile, activity, day, now), planned=False)
    return mark_done(entry, ratings, now)


def did(
    profile: Profile, activity: Activity, day: date, ratings: Ratings, now: datetime
) -> tuple[PlanEntry, bool]:
    """Done on `day`: the day's open plan of it if there is one, else a logged entry.

    Returns the entry and whether it was planned.
    """
    open_plans = [
        e
        for e in profile.plans
        if e.activity == activity.id and e.day == day and e.state == "planned"
    ]
    if open_plans:
        return mark_done(open_plans[0], ratings, now), True
    return log_done(profile, activity, day, ratings, now), False


@dataclass(frozen=True)
class DayPlan:
    entry: PlanEntry
    title: str
    """The activity's title (or its id, if the activity was removed)."""


def _when_key(entry: PlanEntry) -> tuple[int, datetime]:
    order = PARTS_OF_DAY.index(entry.when) if entry.when is not None else len(PARTS_OF_DAY)
    return order, entry.created


def plans_for(profile: Profile, day: date) -> list[DayPlan]:
    """Everything planned or logged for `day`, morning first, then as they were made."""
    titles = {a.id: a.title for a in profile.activities}
    entries = sorted((e for e in profile.plans if e.day == day), key=_when_key)
    return [DayPlan(e, titles.get(e.activity, e.activity)) for e in entries]


def state_words(entry: PlanEntry) -> str:
    """ "planned · morning", "done · enjoyment 6, achievement 3", "let go"."""
    parts: list[str] = []
    if entry.state == "planned":
        parts.append("planned")
    elif entry.state == "done":
        parts.append("done" if entry.planned else "done (logged)")
    else:
        parts.append("let go")
    if entry.when:
        parts.append(entry.when)
    ratings = rating_words(entry)
    if ratings:
        parts.append(ratings)
    return " · ".join(parts)


def rating_words(entry: PlanEntry) -> str:
    bits = []
    if entry.enjoyment is not None:
        bits.append(f"enjoyment {entry.enjoyment}/10")
    if entry.achievement is not None:
        bits.append(f"achievement {entry.achievement}/10")
    if entry.mood_before is not None or entry.mood_after is not None:
        before = "?" if entry.mood_before is None else entry.mood_before
        after = "?" if entry.mood_after is None else entry.mood_after
        bits.append(f"mood {before} → {after}")
    return ", ".join(bits)


# ----- the weekly review ------------------------------------------------------------------


@dataclass(frozen=True)
class TopActivity:
    title: str
    average: float
    times: int


@dataclass(frozen=True)
class MoodSplit:
    """Mood on days with more done activities and on days with fewer, with how many days."""

    threshold: int
    """"More" means at least this many activities done that day."""
    more_mood: float
    more_days: int
    fewer_mood: float
    fewer_days: int

    def words(self) -> str:
        more = f"{self.threshold} or more" if self.threshold > 1 else "at least one"
        fewer = f"fewer than {self.threshold}" if self.threshold > 1 else "none"
        return (
            f"Mood on days with {more} done: {self.more_mood:.1f} on average "
            f"({_days(self.more_days)}); on days with {fewer}: {self.fewer_mood:.1f} "
            f"({_days(self.fewer_days)}). Small numbers: this shows what went together, "
            "not what caused what."
        )


@dataclass(frozen=True)
class Smaller:
    activity_id: str
    title: str
    times: int


@dataclass(frozen=True)
class WeekReview:
    start: date
    end: date
    planned: int
    """Entries planned for the week (not the logged ones)."""
    done_planned: int
    let_go: int
    still_open: int
    """Planned and not yet done (days still to come, or not marked)."""
    logged: int
    """Done without a plan."""
    average_enjoyment: float | None
    average_achievement: float | None
    top_enjoyment: tuple[TopActivity, ...]
    top_achievement: tuple[TopActivity, ...]
    mood: MoodSplit | None
    mood_weeks: int
    """1 when `mood` compares this week's days; 4 when the week had too few check-ins
    and the four weeks up to its end are compared instead."""
    smaller: tuple[Smaller, ...]
    days: tuple[tuple[date, tuple[DayPlan, ...]], ...]

    @property
    def done(self) -> int:
        return self.done_planned + self.logged

    def summary(self) -> str:
        if not self.planned and not self.logged:
            return "Nothing planned or logged this week yet. One small thing is a fine start."
        text = f"Planned {self.planned}, done {self.done_planned} of them"
        if self.logged:
            text += f", and {self.logged} more done without a plan"
        if self.let_go:
            text += f"; {self.let_go} let go"
        return text + "."


def _days(n: int) -> str:
    return "1 day" if n == 1 else f"{n} days"


def _top(
    entries: list[PlanEntry], titles: dict[str, str], field: str, count: int = 3
) -> tuple[TopActivity, ...]:
    scores: dict[str, list[int]] = defaultdict(list)
    for entry in entries:
        value = getattr(entry, field)
        if value is not None:
            scores[entry.activity].append(value)
    ranked = sorted(
        scores.items(),
        key=lambda item: (-mean(item[1]), -len(item[1]), titles.get(item[0], item[0]).casefold()),
    )
    return tuple(
        TopActivity(titles.get(key, key), round(mean(values), 1), len(values))
        for key, values in ranked[:count]
        if mean(values) > 0
    )


def mood_split(profile: Profile, days: list[date]) -> MoodSplit | None:
    """Check-in mood on days with more done activities vs fewer; None without both kinds."""
    done: dict[date, int] = defaultdict(int)
    wanted = set(days)
    for entry in profile.plans:
        if entry.state == "done" and entry.day in wanted:
            done[entry.day] += 1
    rated = [
        (day, mood)
        for day in days
        if (checkin := profile.checkins.get(day)) is not None and (mood := checkin.mood) is not None
    ]
    if not rated:
        return None
    counts = [done[day] for day, _ in rated]
    # "More" is at least `t` done; of the cuts that leave days on both sides, the one
    # that splits the days most evenly (the smaller cut on a tie).
    cuts = sorted(set(counts))[1:]
    if not cuts:
        return None
    threshold = min(cuts, key=lambda t: (abs(2 * sum(c >= t for c in counts) - len(counts)), t))
    more = [mood for day, mood in rated if done[day] >= threshold]
    fewer = [mood for day, mood in rated if done[day] < threshold]
    return MoodSplit(threshold, mean(more), len(more), mean(fewer), len(fewer))


def smaller_suggestions(profile: Profile, today: date, end: date) -> tuple[Smaller, ...]:
    """Activities let go or left undone SMALLER_AFTER+ times in the four weeks up to `end`."""
    start = end - timedelta(days=27)
    missed: dict[str, int] = defaultdict(int)
    for entry in profile.plans:
        if not entry.planned or not start <= entry.day <= end:
            continue
        if entry.state == "let go" or (entry.state == "planned" and entry.day < today):
            missed[entry.activity] += 1
        missed[entry.activity] += sum(1 for d in entry.moved_from if start <= d <= end)
    titles = {a.id: a.title for a in profile.activities}
    return tuple(
        Smaller(key, titles.get(key, key), times)
        for key, times in sorted(missed.items(), key=lambda kv: (-kv[1], kv[0]))
        if times >= SMALLER_AFTER
    )


def weekly_review(profile: Profile, day: date, today: date) -> WeekReview:
    """The review of the week holding `day` (weeks start on settings.week_start)."""
    start, end = week_of(day, profile.settings.week_start)
    titles = {a.id: a.title for a in profile.activities}
    entries = [e for e in profile.plans if start <= e.day <= end]
    planned = [e for e in entries if e.planned]
    done = [e for e in entries if e.state == "done"]
    enjoy = [e.enjoyment for e in done if e.enjoyment is not None]
    achieve = [e.achievement for e in done if e.achievement is not None]
    days = week_days(start)
    mood, mood_weeks = mood_split(profile, [d for d in days if d <= today]), 1
    if mood is None:
        month = [end - timedelta(days=n) for n in range(27, -1, -1)]
        mood, mood_weeks = mood_split(profile, [d for d in month if d <= today]), 4
    return WeekReview(
        start=start,
        end=end,
        planned=len(planned),
        done_planned=sum(1 for e in planned if e.state == "done"),
        let_go=sum(1 for e in planned if e.state == "let go"),
        still_open=sum(1 for e in planned if e.state == "planned"),
        logged=sum(1 for e in done if not e.planned),
        average_enjoyment=round(mean(enjoy), 1) if enjoy else None,
        average_achievement=round(mean(achieve), 1) if achieve else None,
        top_enjoyment=_top(done, titles, "enjoyment"),
        top_achievement=_top(done, titles, "achievement"),
        mood=mood,
        mood_weeks=mood_weeks,
        smaller=smaller_suggestions(profile, today, end),
        days=tuple((d, tuple(plans_for(profile, d))) for d in days),
    )


# ----- patterns: done activities as factors (core/patterns.py) --------------------------


def done_days(profile: Profile, start: date, end: date) -> dict[str, set[date]]:
    """Activity id -> the days from start to end it was done (planned or logged)."""
    out: dict[str, set[date]] = defaultdict(set)
    for entry in profile.plans:
        if entry.state == "done" and start <= entry.day <= end:
            out[entry.activity].add(entry.day)
    return dict(out)


def pattern_factors(profile: Profile, today: date, days: int) -> list[Factor]:
    """For find_patterns(extra=...): each activity done at least once in the last `days`
    days, done vs not done, and "any activity from the planner" done vs none.

    A day before an activity was added (or first planned) is on neither side.
    """
    from wellness_tui.core.patterns import Factor

    start = today - timedelta(days=max(days, 1) - 1)
    done = done_days(profile, start, today)
    if not done:
        return []
    known = {a.id: a for a in profile.activities}
    first_plan: dict[str, date] = {}
    for entry in profile.plans:
        first_plan[entry.activity] = min(entry.day, first_plan.get(entry.activity, entry.day))

    def since(activity_id: str) -> date:
        activity = known.get(activity_id)
        begin = first_plan.get(activity_id, today)
        return min(begin, activity.created) if activity is not None else begin

    def window(begin: date) -> list[date]:
        first = max(start, begin)
        return [first + timedelta(days=n) for n in range((today - first).days + 1)]

    out = []
    for activity_id, days_done in done.items():
        activity = known.get(activity_id)
        title = one_line(activity.title) if activity is not None else activity_id
        rest = frozenset(window(since(activity_id))) - days_done
        out.append(Factor(f"Did: {title}", "activity", frozenset(days_done), rest))
    out.sort(key=lambda f: f.name.casefold())
    any_done = frozenset().union(*done.values())
    begin = min([since(a) for a in known] + [since(a) for a in done])
    out.append(
        Factor(
            "Did something from the planner",
            "activity",
            any_done,
            frozenset(window(begin)) - any_done,
        )
    )
    return out
