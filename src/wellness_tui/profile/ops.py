"""Changes to a profile, as small replayable operations.

Every change the app or a shell command makes is one of these. The store
applies each to the copy on screen at once, and again to the copy on disk
under the profile lock, after re-reading the file if another process changed
it. So two windows and the shell can all write without losing each other's
changes. Operations carry their own timestamps: applying one twice, or to a
fresher copy, gives the same result.
"""

from __future__ import annotations

import bisect
import copy
from dataclasses import dataclass, fields, is_dataclass, replace
from datetime import date, datetime, timedelta
from typing import TypeVar, cast

from wellness_tui.profile.models import (
    Activity,
    Answer,
    Appointment,
    CareQuestion,
    CheckIn,
    Contact,
    Habit,
    LessonProgress,
    LifeArea,
    LogEntry,
    PausePeriod,
    PlanEntry,
    ProblemSheet,
    Profile,
    SelfCheck,
    SelfCheckDraft,
    Settings,
    ThoughtRecord,
    Treatment,
)
from wellness_tui.profile.op_base import Op, Refresh
from wellness_tui.targets import Target

__all__ = ["Op", "Refresh"]  # re-exported: most code imports every operation from here


@dataclass(frozen=True)
class FinishWelcome(Op):
    def apply(self, profile: Profile) -> None:
        profile.welcomed = True


@dataclass(frozen=True)
class UpdateSettings(Op):
    changes: tuple[tuple[str, object], ...]

    def apply(self, profile: Profile) -> None:
        from wellness_tui.validation import validate

        current = {f.name: getattr(profile.settings, f.name) for f in fields(Settings)}
        profile.settings = validate(Settings, current | dict(self.changes))

    def may_change_safety_plan(self) -> bool:
        return True


@dataclass(frozen=True)
class AddHabit(Op):
    habit: Habit

    def apply(self, profile: Profile) -> None:
        existing = profile.habit(self.habit.id)
        if existing is None:
            profile.habits.append(_copy_sharing_dates(self.habit))
        elif existing.archived:
            existing.archived = False  # adopting again brings it back, history intact


def _copy_sharing_dates(habit: Habit) -> Habit:
    """A deep copy that keeps the (immutable) dates as they are: deepcopy rebuilds each
    date, which makes adding a habit with years of history (an import) take seconds."""
    memo: dict[int, object] = {}
    for days in (habit.done, habit.skipped, habit.amounts, habit.notes):
        for day in days:
            memo[id(day)] = day
    return copy.deepcopy(habit, memo)


@dataclass(frozen=True)
class SetDone(Op):
    """Tick (done=True) or untick a yes/no habit on one day."""

    habit_id: str
    day: date
    done: bool

    def apply(self, profile: Profile) -> None:
        habit = profile.habit(self.habit_id)
        if habit is None:
            return
        _set_in_sorted(habit.done, self.day, self.done)
        if self.done:
            _set_in_sorted(habit.skipped, self.day, False)


@dataclass(frozen=True)
class SetAmount(Op):
    """Enter (or clear, with None) a measurable habit's amount for a day."""

    habit_id: str
    day: date
    amount: float | None

    def apply(self, profile: Profile) -> None:
        habit = profile.habit(self.habit_id)
        if habit is None:
            return
        if self.amount is None:
            habit.amounts.pop(self.day, None)
        else:
            habit.amounts[self.day] = self.amount
            _set_in_sorted(habit.skipped, self.day, False)


@dataclass(frozen=True)
class SetSkipped(Op):
    """Skip a day (ill, traveling, rest): it neither breaks a streak nor lowers strength."""

    habit_id: str
    day: date
    skipped: bool

    def apply(self, profile: Profile) -> None:
        habit = profile.habit(self.habit_id)
        if habit is None:
            return
        _set_in_sorted(habit.skipped, self.day, self.skipped)
        if self.skipped:
            _set_in_sorted(habit.done, self.day, False)
            habit.amounts.pop(self.day, None)


@dataclass(frozen=True)
class SetDayNote(Op):
    habit_id: str
    day: date
    text: str
    base: str | None = None
    """The note this window showed before the edit: see SetAnswer."""
    append: bool = False
    """Add the text after the day's note, on a new line (the shell's `check --note`)."""

    def apply(self, profile: Profile) -> None:
        habit = profile.habit(self.habit_id)
        if habit is None:
            return
        text = self.text
        current = habit.notes.get(self.day, "")
        if self.append:
            text = f"{current}\n{text}" if current.strip() and text else (text or current)
        elif self.base is not None and current != self.base:
            from wellness_tui.textmerge import merge3

            text, _ = merge3(self.base, self.text, current)
        if text.strip():
            habit.notes[self.day] = text
        else:
            habit.notes.pop(self.day, None)


@dataclass(frozen=True)
class EditHabit(Op):
    habit_id: str
    title: str
    target: Target
    why: str | None = None
    title_base: str | None = None
    """The title this window showed before the edit: a title changed meanwhile
    elsewhere is merged with this one (see SetAnswer)."""

    def apply(self, profile: Profile) -> None:
        habit = profile.habit(self.habit_id)
        if habit is None:
            return
        title = self.title
        if self.title_base is not None and habit.title != self.title_base:
            from wellness_tui.textmerge import merge3

            title, _ = merge3(self.title_base, self.title, habit.title)
        habit.title = title
        habit.target = self.target
        if self.why is not None:
            habit.why = self.why


@dataclass(frozen=True)
class SetPaused(Op):
    """Pause from `day` on, or resume on `day` (history is kept either way)."""

    habit_id: str
    day: date
    paused: bool

    def apply(self, profile: Profile) -> None:
        habit = profile.habit(self.habit_id)
        if habit is None:
            return
        open_period = next((p for p in habit.paused if p.end is None), None)
        if self.paused and open_period is None:
            habit.paused.append(PausePeriod(start=self.day))
        elif not self.paused and open_period is not None:
            if open_period.start >= self.day:
                habit.paused.remove(open_period)
            else:
                open_period.end = self.day - timedelta(days=1)


@dataclass(frozen=True)
class SetArchived(Op):
    habit_id: str
    archived: bool

    def apply(self, profile: Profile) -> None:
        habit = profile.habit(self.habit_id)
        if habit is not None:
            habit.archived = self.archived


@dataclass(frozen=True)
class DeleteHabit(Op):
    habit_id: str

    def apply(self, profile: Profile) -> None:
        profile.habits = [h for h in profile.habits if h.id != self.habit_id]


@dataclass(frozen=True)
class SetLessonPosition(Op):
    lesson_id: str
    section: str
    section_index: int
    at: datetime

    def apply(self, profile: Profile) -> None:
        progress = profile.lessons.setdefault(self.lesson_id, LessonProgress())
        progress.section = self.section
        progress.section_index = self.section_index
        progress.opened = self.at
        profile.last_lesson = self.lesson_id


@dataclass(frozen=True)
class CompleteLesson(Op):
    lesson_id: str
    day: date
    completed: bool = True

    def apply(self, profile: Profile) -> None:
        progress = profile.lessons.setdefault(self.lesson_id, LessonProgress())
        if not self.completed:
            progress.completed = None
        elif progress.completed is None:
            progress.completed = self.day


@dataclass(frozen=True)
class SetAnswer(Op):
    key: str
    text: str
    at: datetime
    base: str | None = None
    """The text this window showed before the edit. When the saved answer is no longer
    that text (another window or process changed it), the two edits are merged
    (textmerge.py), never replaced blindly."""

    def apply(self, profile: Profile) -> None:
        current = profile.answers.get(self.key)
        if self.base is not None and current is not None and current.text != self.base:
            from wellness_tui.textmerge import merge3

            text, _ = merge3(self.base, self.text, current.text)
            profile.answers[self.key] = Answer(text=text, updated=max(self.at, current.updated))
            return
        if self.base is None and current is not None and current.updated > self.at:
            return  # a later edit (e.g. from another window) wins
        if not self.text.strip() and current is None:
            return
        profile.answers[self.key] = Answer(text=self.text, updated=self.at)


@dataclass(frozen=True)
class SetCheckChoice(Op):
    key: str
    choice: str

    def apply(self, profile: Profile) -> None:
        profile.checks[self.key] = self.choice


@dataclass(frozen=True)
class SetCheckIn(Op):
    """Set a day's check-in, or with `merge`, only the fields it names.

    Merging keeps a change made meanwhile to another field (in a shell command,
    another window, or the check-in form's previous field).
    """

    day: date
    checkin: CheckIn
    merge: tuple[str, ...] = ()
    append: tuple[str, ...] = ()
    """Of the merged fields, "note" and "tags" may be added to what is there (the
    shell's --note / --tag) instead of replacing it."""
    note_base: str | None = None
    """The note this window showed before the edit: a note changed meanwhile
    elsewhere is merged with this one (see SetAnswer)."""
    tags_base: tuple[str, ...] | None = None
    """The tags this window last showed or saved: a tag added or taken away meanwhile
    elsewhere stays so (textmerge.merge_tags)."""

    def apply(self, profile: Profile) -> None:
        new = copy.deepcopy(self.checkin)
        current = profile.checkins.get(self.day)
        if self.merge and current is not None:
            given = {name: copy.deepcopy(getattr(self.checkin, name)) for name in self.merge}
            if "note" in self.append and "note" in given:
                old, add = current.note, self.checkin.note
                given["note"] = f"{old}\n{add}" if old.strip() and add else (add or old)
            if self.note_base is not None and "note" in given and current.note != self.note_base:
                from wellness_tui.textmerge import merge3

                given["note"], _ = merge3(self.note_base, self.checkin.note, current.note)
            if self.tags_base is not None and "tags" in given:
                base = list(self.tags_base)
                if current.tags != base:
                    from wellness_tui.textmerge import merge_tags

                    given["tags"] = merge_tags(base, self.checkin.tags, current.tags)
            if "tags" in self.append and "tags" in given:
                given["tags"] = list(current.tags) + [
                    tag for tag in self.checkin.tags if tag not in current.tags
                ]
            new = replace(copy.deepcopy(current), **given)
        profile.checkins[self.day] = new


def _set_in_sorted(days: list[date], day: date, present: bool) -> None:
    index = bisect.bisect_left(days, day)
    found = index < len(days) and days[index] == day
    if present and not found:
        days.insert(index, day)
    elif not present and found:
        del days[index]


@dataclass(frozen=True)
class RestoreHabit(Op):
    """Put a deleted habit back as it was, at its old place in the list (undo of delete)."""

    habit: Habit
    index: int | None = None

    def apply(self, profile: Profile) -> None:
        restored = copy.deepcopy(self.habit)
        for index, existing in enumerate(profile.habits):
            if existing.id == restored.id:
                profile.habits[index] = restored
                return
        if self.index is None:
            profile.habits.append(restored)
        else:
            profile.habits.insert(self.index, restored)


@dataclass(frozen=True)
class DayEntry:
    """Everything a habit holds for one day."""

    done: bool = False
    skipped: bool = False
    amount: float | None = None
    note: str | None = None

    @classmethod
    def of(cls, habit: Habit, day: date) -> DayEntry:
        return cls(
            done=day in habit.done,
            skipped=day in habit.skipped,
            amount=habit.amounts.get(day),
            note=habit.notes.get(day),
        )


@dataclass(frozen=True)
class RevertHabit(Op):
    """Undo one change to a habit by putting back only what that change touched.

    A whole-habit copy would also wipe what happened meanwhile (a day ticked from
    the shell or a second window); this puts back just the fields and days changed.
    """

    habit_id: str
    fields: tuple[tuple[str, object], ...] = ()
    """(field name, old value) for settings such as title, target, paused, archived."""
    days: tuple[tuple[date, DayEntry], ...] = ()

    def apply(self, profile: Profile) -> None:
        habit = profile.habit(self.habit_id)
        if habit is None:
            return  # deleted meanwhile: nothing left to put back
        for name, value in self.fields:
            setattr(habit, name, copy_value(value))
        for day, entry in self.days:
            _set_in_sorted(habit.done, day, entry.done)
            _set_in_sorted(habit.skipped, day, entry.skipped)
            if entry.amount is None:
                habit.amounts.pop(day, None)
            else:
                habit.amounts[day] = entry.amount
            if entry.note is None:
                habit.notes.pop(day, None)
            else:
                habit.notes[day] = entry.note


def copy_value(value: object) -> object:
    """A private copy of a field value, so the undo record is never changed by later edits."""
    if isinstance(value, list):
        return [copy_value(item) for item in value]
    if is_dataclass(value):
        return copy.deepcopy(value)
    return value


# ----- the self-advocacy and safety toolkit -----------------------------------------------


@dataclass(frozen=True)
class SetPlanStep(Op):
    step_id: str
    text: str
    at: datetime
    base: str | None = None
    """The text this window showed before the edit: see SetAnswer."""

    def apply(self, profile: Profile) -> None:
        current = profile.safety_plan.steps.get(self.step_id, "")
        text = self.text
        if self.base is not None and current != self.base:
            from wellness_tui.textmerge import merge3

            text, _ = merge3(self.base, self.text, current)
        profile.safety_plan.steps[self.step_id] = text
        profile.safety_plan.updated = self.at

    def may_change_safety_plan(self) -> bool:
        return True


@dataclass(frozen=True)
class SetPlanPeople(Op):
    contact_ids: tuple[str, ...]

    def apply(self, profile: Profile) -> None:
        profile.safety_plan.people = list(self.contact_ids)

    def may_change_safety_plan(self) -> bool:
        return True


_T = TypeVar("_T")


def _merged(base: _T | None, mine: _T, current: _T) -> _T:
    """This window's edit on top of the current saved version: when that changed since
    the window showed `base`, both edits are kept (textmerge.merge_values)."""
    if base is None or current == base:
        return mine
    from wellness_tui.textmerge import merge_values

    return cast(_T, merge_values(copy.deepcopy(base), mine, copy.deepcopy(current)))


@dataclass(frozen=True)
class PutItem(Op):
    """Add or replace (by id) an item in one of the profile's lists."""

    field: str
    """"contacts", "questions", "log" or "treatments"."""
    item: Contact | CareQuestion | LogEntry | Treatment
    base: Contact | CareQuestion | LogEntry | Treatment | None = None
    """The item as this window showed it before the edit: an item changed meanwhile
    elsewhere is merged with this edit field by field (textmerge.py), never replaced."""

    def apply(self, profile: Profile) -> None:
        items: list[Contact | CareQuestion | LogEntry | Treatment] = getattr(profile, self.field)
        item = copy.deepcopy(self.item)
        for index, existing in enumerate(items):
            if existing.id == item.id:
                items[index] = _merged(self.base, item, existing)
                return
        items.append(item)

    def may_change_safety_plan(self) -> bool:
        return self.field == "contacts"  # a chosen person's name or number


@dataclass(frozen=True)
class RemoveItem(Op):
    field: str
    item_id: str

    def apply(self, profile: Profile) -> None:
        items = getattr(profile, self.field)
        setattr(profile, self.field, [i for i in items if i.id != self.item_id])
        if self.field == "contacts":
            profile.safety_plan.people = [
                p for p in profile.safety_plan.people if p != self.item_id
            ]

    def may_change_safety_plan(self) -> bool:
        return self.field == "contacts"


@dataclass(frozen=True)
class MoveQuestion(Op):
    """Move a question up (-1) or down (+1) in the asking order."""

    question_id: str
    step: int

    def apply(self, profile: Profile) -> None:
        ids = [q.id for q in profile.questions]
        if self.question_id not in ids:
            return
        index = ids.index(self.question_id)
        target = min(max(index + self.step, 0), len(ids) - 1)
        question = profile.questions.pop(index)
        profile.questions.insert(target, question)


@dataclass(frozen=True)
class SetAppointment(Op):
    appointment: Appointment
    base: Appointment | None = None
    """The appointment as this window showed it before the edit: see PutItem."""

    def apply(self, profile: Profile) -> None:
        mine = copy.deepcopy(self.appointment)
        profile.appointment = _merged(self.base, mine, profile.appointment)


@dataclass(frozen=True)
class SetScript(Op):
    script_id: str
    values: tuple[tuple[str, str], ...]
    base: tuple[tuple[str, str], ...] | None = None
    """The blanks as this window showed them before the edit: see PutItem."""

    def apply(self, profile: Profile) -> None:
        values = dict(self.values)
        current = profile.scripts.get(self.script_id, {})
        if self.base is not None:
            values = _merged(dict(self.base), values, current)
        profile.scripts[self.script_id] = values


# ----- self-checks ------------------------------------------------------------------


@dataclass(frozen=True)
class PutSelfCheck(Op):
    """Add or replace (by id) a finished self-check; its draft is cleared."""

    selfcheck: SelfCheck

    def apply(self, profile: Profile) -> None:
        item = copy.deepcopy(self.selfcheck)
        kept = [c for c in profile.selfchecks if c.id != item.id]
        kept.append(item)
        kept.sort(key=lambda c: (c.day, c.created))
        profile.selfchecks = kept
        draft = profile.selfcheck_drafts.get(item.questionnaire)
        if draft is not None and draft.updated <= item.updated:
            del profile.selfcheck_drafts[item.questionnaire]


@dataclass(frozen=True)
class SetSelfCheckInReport(Op):
    selfcheck_id: str
    in_report: bool

    def apply(self, profile: Profile) -> None:
        for check in profile.selfchecks:
            if check.id == self.selfcheck_id:
                check.in_report = self.in_report


@dataclass(frozen=True)
class SetSelfCheckDraft(Op):
    """Keep the answers so far (the newer one wins), or with `draft=None` drop them."""

    questionnaire: str
    draft: SelfCheckDraft | None

    def apply(self, profile: Profile) -> None:
        current = profile.selfcheck_drafts.get(self.questionnaire)
        if self.draft is None:
            profile.selfcheck_drafts.pop(self.questionnaire, None)
        elif current is None or current.updated <= self.draft.updated:
            profile.selfcheck_drafts[self.questionnaire] = copy.deepcopy(self.draft)


# ----- worksheets: thought records and problem-solving sheets -----------------------------


@dataclass(frozen=True)
class PutWorksheet(Op):
    """Add or replace (by id) a thought record or problem-solving sheet.

    A later edit wins: a copy saved meanwhile in another window with a newer
    `updated` is not overwritten by an older one replayed on the fresher file.
    Deleting uses RemoveItem with the same field name.
    """

    field: str
    """"thought_records" or "problem_sheets"."""
    item: ThoughtRecord | ProblemSheet
    base: ThoughtRecord | ProblemSheet | None = None
    """The sheet as this window showed it before the edit: see PutItem. Without it
    (an older journal line), the later edit wins."""

    def apply(self, profile: Profile) -> None:
        items: list[ThoughtRecord | ProblemSheet] = getattr(profile, self.field)
        item = copy.deepcopy(self.item)
        for index, existing in enumerate(items):
            if existing.id == item.id:
                if self.base is not None:
                    merged = _merged(self.base, item, existing)
                    merged.updated = max(item.updated, existing.updated)
                    items[index] = merged
                elif existing.updated <= item.updated:
                    items[index] = item
                return
        items.append(item)


@dataclass(frozen=True)
class ReplaceProfile(Op):
    """Replace everything with an imported profile (the old one is kept aside first)."""

    profile: Profile

    def apply(self, profile: Profile) -> None:
        new = copy.deepcopy(self.profile)
        for item in fields(Profile):
            setattr(profile, item.name, getattr(new, item.name))

    def may_change_safety_plan(self) -> bool:
        return True


# ----- doing what matters: values, activities and plans (see core/activation.py) ----------


@dataclass(frozen=True)
class SetValue(Op):
    """What matters in one life area, in the person's words ("" clears it)."""

    area: LifeArea
    text: str
    base: str | None = None
    """The text this window showed before the edit: see SetAnswer."""

    def apply(self, profile: Profile) -> None:
        text = self.text
        current = profile.values.get(self.area, "")
        if self.base is not None and current != self.base:
            from wellness_tui.textmerge import merge3

            text, _ = merge3(self.base, self.text, current)
        if text.strip():
            profile.values[self.area] = text
        else:
            profile.values.pop(self.area, None)


@dataclass(frozen=True)
class PutActivity(Op):
    """Add an activity, or replace the one with its id (an edit, or archive)."""

    activity: Activity
    base: Activity | None = None
    """The activity as this window showed it before the edit: see PutItem."""

    def apply(self, profile: Profile) -> None:
        new = copy.deepcopy(self.activity)
        for index, existing in enumerate(profile.activities):
            if existing.id == new.id:
                profile.activities[index] = _merged(self.base, new, existing)
                return
        profile.activities.append(new)


@dataclass(frozen=True)
class PutPlan(Op):
    """Add a plan entry, or replace the one with its id: planned, moved, let go, done.

    The entry carries its own `updated` time; an entry changed later elsewhere
    (another window, the shell) wins over an older change arriving now. With
    `force` (undo) the entry is put back whatever its time.
    """

    entry: PlanEntry
    force: bool = False
    base: PlanEntry | None = None
    """The entry as this window had it before the change: one changed meanwhile
    elsewhere is merged field by field (its note too), so neither change is lost."""

    def apply(self, profile: Profile) -> None:
        new = copy.deepcopy(self.entry)
        for index, existing in enumerate(profile.plans):
            if existing.id == new.id:
                if not self.force and self.base is not None and existing != self.base:
                    merged = _merged(self.base, new, existing)
                    merged.updated = max(new.updated, existing.updated)
                    profile.plans[index] = merged
                    return
                if not self.force and existing.updated > new.updated:
                    return
                profile.plans[index] = new
                return
        profile.plans.append(new)


@dataclass(frozen=True)
class RemovePlan(Op):
    """Take a plan entry away (the undo of making it)."""

    entry_id: str

    def apply(self, profile: Profile) -> None:
        profile.plans = [e for e in profile.plans if e.id != self.entry_id]


@dataclass(frozen=True)
class RemoveActivity(Op):
    """Take an activity away (the undo of adding it); its plan entries stay."""

    activity_id: str

    def apply(self, profile: Profile) -> None:
        profile.activities = [a for a in profile.activities if a.id != self.activity_id]


@dataclass(frozen=True)
class Batch(Op):
    """Several operations as one change (one undo step: adopt an idea and plan it)."""

    ops: tuple[Op, ...]

    def apply(self, profile: Profile) -> None:
        for op in self.ops:
            op.apply(profile)

    def may_change_safety_plan(self) -> bool:
        return any(op.may_change_safety_plan() for op in self.ops)
