"""Thought records and problem-solving sheets: the rules behind the two worksheets.

The thinking traps are named here once, in plain words (the module's lesson on
thinking traps uses the same names); forms, lists, reports and the shell read
them from here. What a person typed is kept exactly as typed: these functions
only read it, sort it and sum it up in one line.
"""

from __future__ import annotations

import os
from dataclasses import replace
from datetime import date, datetime
from typing import TypeVar

from wellness_tui.core import activation
from wellness_tui.core.habit_factory import new_habit_op
from wellness_tui.core.parse import ParseError, parse_count
from wellness_tui.profile.models import (
    Activity,
    PlanEntry,
    ProblemOption,
    ProblemSheet,
    Profile,
    ThoughtRecord,
)
from wellness_tui.profile.ops import AddHabit
from wellness_tui.targets import Target
from wellness_tui.textsafe import one_line

THOUGHT_FIELD = "thought_records"
PROBLEM_FIELD = "problem_sheets"

PERCENT_LOW, PERCENT_HIGH = 0, 100
PERCENT_HINT = "0 to 100, or leave empty"

THINKING_TRAPS: tuple[tuple[str, str], ...] = (
    ("all-or-nothing", "All-or-nothing (it is all good or all bad)"),
    ("fortune-telling", "Fortune-telling (being sure it will go badly)"),
    ("mind-reading", "Mind-reading (being sure what others think)"),
    ("discounting-the-good", "Discounting the good (it does not count)"),
    ("should", "“Should” thinking (I should, I must)"),
    ("labelling", "Labelling (I am a failure, I am useless)"),
)
"""(id, plain label) for each thinking trap, in the order the lesson teaches them."""

_TRAP_LABELS = dict(THINKING_TRAPS)


def trap_label(trap_id: str) -> str:
    """The plain label of a trap; an id this version does not know is shown as it is."""
    return _TRAP_LABELS.get(trap_id, trap_id)


def trap_name(trap_id: str) -> str:
    """The short name only ("Mind-reading"), for lists and reports."""
    return trap_label(trap_id).split(" (")[0]


def new_worksheet_id(prefix: str) -> str:
    return f"{prefix}-{os.urandom(4).hex()}"


def parse_percent(text: str | None) -> int | None:
    """A 0-100 rating as typed in a form or on the shell ("" is no rating)."""
    return parse_count(text, PERCENT_LOW, PERCENT_HIGH)


def percent_text(value: int | None) -> str:
    return "" if value is None else str(value)


# ----- listing and summing up --------------------------------------------------------


Sheet = TypeVar("Sheet", ThoughtRecord, ProblemSheet)


def by_date(items: list[Sheet]) -> list[Sheet]:
    """Newest first (by when each was made), ties in the order they were added."""
    indexed = list(enumerate(items))
    indexed.sort(key=lambda pair: (pair[1].created, pair[0]), reverse=True)
    return [item for _, item in indexed]


def thoughts_by_date(profile: Profile) -> list[ThoughtRecord]:
    return by_date(profile.thought_records)


def problems_by_date(profile: Profile) -> list[ProblemSheet]:
    return by_date(profile.problem_sheets)


def in_period(items: list[Sheet], start: date, end: date) -> list[Sheet]:
    """Those made or changed within the period, oldest first (for reports)."""
    chosen = [
        i for i in items if start <= i.created.date() <= end or start <= i.updated.date() <= end
    ]
    return sorted(chosen, key=lambda item: item.created)


def thought_summary(record: ThoughtRecord) -> str:
    """One line: the thought (or the situation), with the change in belief if rated."""
    text = one_line(record.thought.strip() or record.situation.strip())
    parts = [text]
    if record.belief is not None and record.belief_now is not None:
        parts.append(f"believed {record.belief} → {record.belief_now}")
    elif record.belief is not None:
        parts.append(f"believed {record.belief}")
    if record.traps:
        parts.append(", ".join(trap_name(t) for t in record.traps))
    return " · ".join(parts)


def problem_summary(sheet: ProblemSheet) -> str:
    """One line: the problem, how many options, and the step (with its day)."""
    parts = [one_line(sheet.problem.strip())]
    options = [o for o in sheet.options if o.text.strip()]
    if options:
        parts.append(f"{len(options)} option{'' if len(options) == 1 else 's'}")
    if sheet.step.strip():
        when = f" on {sheet.step_day:%a %d %b}" if sheet.step_day else ""
        parts.append(f"step: {one_line(sheet.step.strip())}{when}")
    if sheet.how_it_went.strip():
        parts.append("reviewed")
    return " · ".join(parts)


# ----- making and changing ------------------------------------------------------------


def thought_record(
    values: dict[str, str],
    traps: list[str],
    now: datetime,
    existing: ThoughtRecord | None = None,
) -> ThoughtRecord:
    """A record from a form's values; ValueError names the first field to fix.

    Text is kept exactly as typed; only the situation must have something in it.
    """
    if not values.get("situation", "").strip():
        raise ValueError("The situation: please write a few words (only this one is needed).")
    ratings: dict[str, int | None] = {}
    for key, label in (
        ("feelings_strength", "How strong"),
        ("belief", "How much I believed it"),
        ("belief_now", "How much I believe it now"),
        ("feelings_now", "How strong the feelings are now"),
    ):
        try:
            ratings[key] = parse_percent(values.get(key, ""))
        except ParseError as err:
            raise ValueError(f"{label}: {err}") from None
    return ThoughtRecord(
        id=existing.id if existing else new_worksheet_id("thought"),
        situation=values["situation"],
        feelings=values.get("feelings", ""),
        feelings_strength=ratings["feelings_strength"],
        thought=values.get("thought", ""),
        belief=ratings["belief"],
        traps=[t for t, _ in THINKING_TRAPS if t in traps]
        + [t for t in traps if t not in _TRAP_LABELS],
        supports=values.get("supports", ""),
        against=values.get("against", ""),
        balanced=values.get("balanced", ""),
        belief_now=ratings["belief_now"],
        feelings_now=ratings["feelings_now"],
        created=existing.created if existing else now,
        updated=now,
    )


def problem_sheet(
    values: dict[str, str],
    options: list[ProblemOption],
    step_day: date | None,
    now: datetime,
    existing: ProblemSheet | None = None,
) -> ProblemSheet:
    """A sheet from a form's values; options with nothing typed in them are left out."""
    if not values.get("problem", "").strip():
        raise ValueError("The problem: please write a few words (only this one is needed).")
    kept = [o for o in options if o.text.strip() or o.pros.strip() or o.cons.strip()]
    return ProblemSheet(
        id=existing.id if existing else new_worksheet_id("problem"),
        problem=values["problem"],
        options=kept,
        chosen=values.get("chosen", ""),
        step=values.get("step", ""),
        step_day=step_day,
        how_it_went=values.get("how_it_went", ""),
        what_next=values.get("what_next", ""),
        habit_id=existing.habit_id if existing else None,
        created=existing.created if existing else now,
        updated=now,
    )


def step_habit(
    profile: Profile, sheet: ProblemSheet, today: date, now: datetime
) -> tuple[AddHabit, ProblemSheet]:
    """Turn a sheet's first small step into a daily habit of the person's own.

    Returns the operation that adds the habit (made by habit_factory, the one
    place habits are made) and the sheet, updated to remember which habit it
    became. ValueError (in plain words) when there is no step, or it already is one.
    """
    if not sheet.step.strip():
        raise ValueError("Write a first small step on this sheet first (press e to edit).")
    if sheet.habit_id is not None:
        existing = profile.habit(sheet.habit_id)
        if existing is not None and not existing.archived:
            raise ValueError(f"This step is already a habit: {one_line(existing.title)}.")
    op = new_habit_op(profile, one_line(sheet.step.strip())[:80], Target(), today)
    why = f"A first small step for: {one_line(sheet.problem.strip())[:120]}"
    habit = replace(op.habit, why=why)
    return AddHabit(habit), replace(sheet, habit_id=habit.id, updated=now)


def step_plan(
    profile: Profile, sheet: ProblemSheet, today: date, now: datetime
) -> tuple[Activity | None, PlanEntry]:
    """Put a sheet's first small step on the activity planner (core/activation.py).

    On the sheet's day for it, or today when it has none or that day has passed.
    The step becomes an activity unless one with its title is in use already.
    Returns the new activity (None when an existing one is used) and the plan.
    ValueError (in plain words) when there is no step, or it is planned that day already.
    """
    if not sheet.step.strip():
        raise ValueError("Write a first small step on this sheet first (press e to edit).")
    title = one_line(sheet.step.strip())[:80]
    existing = activation.activity_titled(profile, title)
    activity = existing or activation.new_activity(profile, title, today)
    day = sheet.step_day if sheet.step_day is not None and sheet.step_day >= today else today
    for entry in profile.plans:
        if entry.activity == activity.id and entry.day == day and entry.state == "planned":
            raise ValueError(f"This step is on the planner already, for {day:%A %d %B}.")
    return (None if existing else activity), activation.plan(profile, activity, day, now)


# ----- what a report shows (every format reads these) ---------------------------------


def thought_parts(record: ThoughtRecord) -> list[tuple[str, str]]:
    """(label, text as typed) for each filled-in part of a record, in worksheet order."""

    def rated(text: str, value: int | None, word: str) -> str:
        if value is None:
            return text
        return f"{text} ({word} {value}/100)" if text.strip() else f"{word} {value}/100"

    parts = [
        ("Situation", record.situation),
        ("Feelings", rated(record.feelings, record.feelings_strength, "strength")),
        ("The thought", rated(record.thought, record.belief, "believed")),
        ("Thinking traps", ", ".join(trap_name(t) for t in record.traps)),
        ("What supports it", record.supports),
        ("What does not", record.against),
        ("A more balanced thought", record.balanced),
        ("Believed now", percent_text(record.belief_now) and f"{record.belief_now}/100"),
        ("Feelings now", percent_text(record.feelings_now) and f"{record.feelings_now}/100"),
    ]
    return [(label, text) for label, text in parts if text.strip()]


def problem_parts(sheet: ProblemSheet) -> list[tuple[str, str]]:
    """(label, text as typed) for each filled-in part of a sheet, in worksheet order."""
    parts = [("The problem", sheet.problem)]
    for number, option in enumerate(sheet.options, start=1):
        parts.append((f"Option {number}", option.text))
        parts.append((f"Option {number}: for it", option.pros))
        parts.append((f"Option {number}: against it", option.cons))
    when = f"{sheet.step_day:%A %d %B %Y}" if sheet.step_day else ""
    parts += [
        ("Chosen", sheet.chosen),
        ("First small step", sheet.step),
        ("When", when),
        ("How it went", sheet.how_it_went),
        ("What next", sheet.what_next),
    ]
    return [(label, text) for label, text in parts if text.strip()]
