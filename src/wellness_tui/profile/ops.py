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
from abc import ABC, abstractmethod
from dataclasses import dataclass
from datetime import date, datetime

from wellness_tui.profile.models import (
    Answer,
    CheckIn,
    Habit,
    LessonProgress,
    Profile,
    Settings,
)


class Op(ABC):
    """Base class: `apply` changes the profile in place."""

    @abstractmethod
    def apply(self, profile: Profile) -> None: ...


@dataclass(frozen=True)
class Refresh(Op):
    """Changes nothing; asks the store to look for changes made by others."""

    def apply(self, profile: Profile) -> None:
        return None


@dataclass(frozen=True)
class FinishWelcome(Op):
    def apply(self, profile: Profile) -> None:
        profile.welcomed = True


@dataclass(frozen=True)
class UpdateSettings(Op):
    changes: tuple[tuple[str, object], ...]

    def apply(self, profile: Profile) -> None:
        data = profile.settings.model_dump()
        data.update(dict(self.changes))
        profile.settings = Settings.model_validate(data)


@dataclass(frozen=True)
class AddHabit(Op):
    habit: Habit

    def apply(self, profile: Profile) -> None:
        existing = profile.habit(self.habit.id)
        if existing is None:
            profile.habits.append(self.habit.model_copy(deep=True))
        elif existing.archived:
            existing.archived = False  # adopting again brings it back, history intact


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

    def apply(self, profile: Profile) -> None:
        current = profile.answers.get(self.key)
        if current is not None and current.updated > self.at:
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
    day: date
    checkin: CheckIn

    def apply(self, profile: Profile) -> None:
        profile.checkins[self.day] = self.checkin.model_copy(deep=True)


def _set_in_sorted(days: list[date], day: date, present: bool) -> None:
    index = bisect.bisect_left(days, day)
    found = index < len(days) and days[index] == day
    if present and not found:
        days.insert(index, day)
    elif not present and found:
        del days[index]
