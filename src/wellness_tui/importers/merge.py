"""What an import adds to a profile, as operations: it merges, never replaces.

- Check-ins: a score you already entered for a day is kept (yours win); a
  score you left empty is filled in; imported note text is added below your own
  note unless it is already there; tags are combined.
- Habits: matched by the importer's key (`import-<source>-<key>` as the id),
  then by the same title; a day that already has a tick, skip or amount is
  kept as it is; new days are added. A new habit comes with its whole history.

Everything already in the profile produces no operation, so the same file
imported twice changes nothing the second time.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from datetime import date, datetime

from wellness_tui.clock import EARLIEST
from wellness_tui.core import habit_changes
from wellness_tui.importers.records import HabitRecord, Imported
from wellness_tui.profile.models import CheckIn, Habit, Profile
from wellness_tui.profile.op_base import Op
from wellness_tui.textsafe import one_line
from wellness_tui.words import plural

MERGE_RULE = (
    "Merged into your profile, never replacing it: scores you already entered for a day "
    "are kept; empty ones are filled in; imported notes go below yours; tags are combined; "
    "a habit day you already ticked, skipped or measured stays as it is."
)


@dataclass
class Plan:
    ops: list[Op] = field(default_factory=list)
    new_checkins: int = 0
    filled_checkins: int = 0
    new_habits: list[str] = field(default_factory=list)
    merged_habits: list[str] = field(default_factory=list)
    habit_days: int = 0
    left_out: list[str] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not self.ops


def habit_id(source: str, key: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", key.lower()).strip("-")[:32] or "habit"
    digest = hashlib.sha256(key.encode()).hexdigest()[:8]
    return f"import-{source}-{slug}-{digest}"


def plan_import(
    profile: Profile, imported: Imported, source: str, now: datetime, today: date
) -> Plan:
    plan = Plan()
    _plan_checkins(profile, imported, now, plan)
    for record in imported.habits:
        _plan_habit(profile, record, source, today, plan)
    return plan


def _plan_checkins(profile: Profile, imported: Imported, now: datetime, plan: Plan) -> None:
    from wellness_tui.profile.ops import SetCheckIn

    old = 0
    for day in sorted(imported.days):
        record = imported.days[day]
        if day < EARLIEST:
            old += 1
            continue
        current = profile.checkins.get(day) or CheckIn()
        given: dict[str, object] = {}
        for name in ("mood", "energy", "sleep_hours", "sleep_quality"):
            value = getattr(record, name)
            if value is not None and getattr(current, name) is None:
                given[name] = value
        if record.note:
            if not current.note.strip():
                given["note"] = record.note
            elif record.note not in current.note:
                given["note"] = f"{current.note.rstrip()}\n\n{record.note}"
        new_tags = [t for t in record.tags if t not in current.tags]
        if new_tags:
            given["tags"] = [*current.tags, *new_tags]
        if not given:
            continue
        given["updated"] = now
        if day in profile.checkins:
            plan.filled_checkins += 1
        else:
            plan.new_checkins += 1
        plan.ops.append(SetCheckIn(day, CheckIn(**given), merge=tuple(given)))  # type: ignore[arg-type]
    if old:
        plan.left_out.append(f"{plural(old, 'day')} before {EARLIEST.year}: left out")


def _find(profile: Profile, record: HabitRecord, hid: str) -> Habit | None:
    found = profile.habit(hid)
    if found is not None:
        return found
    title = record.title.strip().casefold()
    return next((h for h in profile.habits if h.title.strip().casefold() == title), None)


def _plan_habit(
    profile: Profile, record: HabitRecord, source: str, today: date, plan: Plan
) -> None:
    from wellness_tui.profile.ops import AddHabit

    hid = habit_id(source, record.key)
    existing = _find(profile, record, hid)
    title = one_line(record.title)
    days = {d for d in record.days() if d >= EARLIEST}
    if existing is None:
        first = min(days, default=None)
        habit = Habit(
            id=hid if profile.habit(hid) is None else f"{hid}-2",
            title=record.title,
            why=record.why,
            target=record.target,
            created=first or today,
            archived=record.archived,
            done=sorted(d for d in record.done if d in days),
            skipped=sorted(d for d in record.skipped if d in days and d not in record.done),
            amounts={d: v for d, v in sorted(record.amounts.items()) if d in days},
            notes={d: v for d, v in sorted(record.notes.items()) if d in days},
        )
        plan.ops.append(AddHabit(habit))
        plan.new_habits.append(
            f"{title} ({record.target.describe()})" + (" · archived" if record.archived else "")
        )
        plan.habit_days += len(days)
        return
    if existing.target.measurable != record.target.measurable:
        plan.left_out.append(
            f"“{title}”: your habit of that name is "
            f"{'measured' if existing.target.measurable else 'yes/no'} and the imported one is "
            f"not: its days were left out"
        )
        return
    taken = set(existing.done) | set(existing.skipped) | set(existing.amounts)
    added = 0
    for day in sorted(days):
        if day not in taken:
            # Each day's change is decided where every tick is (core/habit_changes.py).
            if day in record.done:
                plan.ops.extend(habit_changes.tick(existing, day).ops)
                added += 1
            elif day in record.amounts:
                plan.ops.extend(habit_changes.set_amount(existing, day, record.amounts[day]).ops)
                added += 1
            elif day in record.skipped:
                plan.ops.extend(habit_changes.set_skipped(existing, day, True).ops)
                added += 1
        if day in record.notes and day not in existing.notes:
            plan.ops.extend(habit_changes.set_note(existing, day, record.notes[day]).ops)
            added += day in taken
    if added:
        plan.merged_habits.append(f"{title}: {plural(added, 'day')} added to your habit")
        plan.habit_days += added
