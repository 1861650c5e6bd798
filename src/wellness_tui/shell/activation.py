"""The planner's shell commands: `plan`, `plan --week`, `plan add`, `did`.

Plain text in, plain text out, no Textual: for quick entry and screen readers.
Every typed value is read with core/parse.py; a refusal is one plain sentence
(CommandError), and nothing is saved.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

from wellness_tui.core.activation import (
    LIFE_AREAS,
    PARTS_OF_DAY,
    ActivationError,
    DayPlan,
    Ratings,
    did,
    find_activity,
    find_area,
    new_activity,
    plan,
    plans_for,
    set_archived,
    state_words,
    weekly_review,
)
from wellness_tui.core.parse import ParseError, parse_date, parse_score
from wellness_tui.profile.models import LifeArea, PartOfDay, Profile
from wellness_tui.profile.op_base import Op
from wellness_tui.scales import ACHIEVEMENT, ENJOYMENT, MOOD, Scale
from wellness_tui.shell.commands import CommandError, parse_day
from wellness_tui.textsafe import one_line

MARKS = {"planned": "[ ]", "done": "[x]", "let go": "[~]"}


def _line(item: DayPlan) -> str:
    entry = item.entry
    return f"  {MARKS[entry.state]} {one_line(item.title)}: {state_words(entry)}   [{entry.id}]"


def plan_report(profile: Profile, today: date) -> str:
    items = plans_for(profile, today)
    lines = [f"Planned for today, {today:%A} {today.day} {today:%B %Y}", ""]
    if not items:
        lines.append(
            'Nothing planned for today. One small thing is plenty: wellness-tui plan add "Make a '
            'cup of tea"'
        )
    lines += [_line(item) for item in items]
    return "\n".join(lines)


def week_report(profile: Profile, today: date) -> str:
    review = weekly_review(profile, today, today)
    lines = [f"This week, {review.start:%a %d %b} to {review.end:%a %d %b %Y}", ""]
    for day, items in review.days:
        marker = "  (today)" if day == today else ""
        lines.append(f"{day:%a %d %b}{marker}")
        if not items:
            lines.append("  nothing planned")
        lines += [_line(item) for item in items]
    lines += ["", review.summary()]
    for label, top in (
        ("enjoyment", review.top_enjoyment),
        ("achievement", review.top_achievement),
    ):
        if top:
            names = ", ".join(f"{one_line(t.title)} ({t.average:g}/10)" for t in top)
            lines.append(f"Most {label}: {names}")
    if review.mood is not None:
        lines.append(review.mood.words())
    for item in review.smaller:
        lines.append(
            f"'{one_line(item.title)}' has not happened {item.times} times lately. "
            "Make it smaller? A two-minute version still counts."
        )
    return "\n".join(lines)


def _when(text: str | None) -> PartOfDay | None:
    if text is None:
        return None
    wanted = text.strip().casefold()
    for part in PARTS_OF_DAY:
        if wanted and part.startswith(wanted):
            return part
    raise CommandError(
        f"--when: “{text}” is not a part of the day: use morning, afternoon or evening."
    )


def _area(text: str | None) -> LifeArea | None:
    if text is None:
        return None
    try:
        return find_area(text)
    except ActivationError as err:
        raise CommandError(f"--area: {err}") from None


def _score(flag: str, text: str | None, scale: Scale) -> int | None:
    try:
        return parse_score(text, scale)
    except ParseError as err:
        raise CommandError(f"{flag}: {err}") from None


def plan_add(
    profile: Profile,
    title: str,
    *,
    date_text: str | None,
    when_text: str | None,
    area_text: str | None,
    today: date,
    now: datetime,
) -> tuple[list[Op], str]:
    """Plan an activity for today or later; a title not yet known becomes a new activity."""
    from wellness_tui.profile.ops import PutActivity, PutPlan

    try:
        day = parse_date(date_text, today=today) or today
    except ParseError as err:
        raise CommandError(f"--date: {err}") from None
    if day < today:
        raise CommandError(
            f"--date: {day} is in the past: plans are for today ({today}) or later; "
            "for something already done, use: wellness-tui did TITLE --date DAY"
        )
    when = _when(when_text)
    area = _area(area_text)
    ops: list[Op] = []
    try:
        activity = find_activity(profile, title)
        new = ""
        if activity is None:
            activity = new_activity(profile, title, today, area=area)
            ops.append(PutActivity(activity))
            new = f" (a new activity, [{activity.id}])"
        elif activity.archived:  # planning it again is choosing it again
            activity = set_archived(activity, False)
            ops.append(PutActivity(activity))
            new = " (back in your activities: it was archived)"
    except ActivationError as err:
        raise CommandError(str(err)) from None
    entry = plan(profile, activity, day, now, when)
    ops.append(PutPlan(entry))
    part = f", {when}" if when else ""
    return ops, f"Planned '{one_line(activity.title)}' for {day:%a %d %b}{part}{new}."


def did_ops(
    profile: Profile,
    title: str,
    *,
    date_text: str | None,
    enjoyment: str | None,
    achievement: str | None,
    mood_before: str | None,
    mood_after: str | None,
    note: str | None,
    today: date,
    now: datetime,
    read_stdin: Callable[[], str],
) -> tuple[list[Op], str]:
    """Mark the day's plan of an activity done, or log it done without a plan."""
    from wellness_tui.profile.ops import PutActivity, PutPlan

    day = parse_day(date_text, today)
    ratings = Ratings(
        enjoyment=_score("--enjoyment", enjoyment, ENJOYMENT),
        achievement=_score("--achievement", achievement, ACHIEVEMENT),
        mood_before=_score("--mood-before", mood_before, MOOD),
        mood_after=_score("--mood-after", mood_after, MOOD),
        note=read_stdin().rstrip("\n") if note == "-" else note,
    )
    ops: list[Op] = []
    try:
        activity = find_activity(profile, title)
        if activity is None:
            activity = new_activity(profile, title, today)
            ops.append(PutActivity(activity))
    except ActivationError as err:
        raise CommandError(str(err)) from None
    entry, planned = did(profile, activity, day, ratings, now)
    ops.append(PutPlan(entry))
    how = "" if planned else " (logged, without a plan)"
    rated = state_words(entry).removeprefix("done (logged)").removeprefix("done")
    return ops, f"{one_line(activity.title)}: done on {day:%a %d %b}{how}{rated}"


__all__ = ["LIFE_AREAS", "did_ops", "plan_add", "plan_report", "week_report"]
