"""The profile: everything a person has done and written, as pydantic models.

Shaped for ten years of daily use: per-habit sorted lists of dates rather than
an object per day, check-ins keyed by date, progress and answers keyed by the
stable ids written in the content files.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from wellness_tui.targets import Target, Weekday

SCHEMA_VERSION = 2


class _Model(BaseModel):
    # Unknown keys are refused: a file this version cannot fully read is treated
    # as damaged (kept aside, never overwritten), not silently trimmed.
    model_config = ConfigDict(extra="forbid", validate_assignment=False)


class Settings(_Model):
    name: str = ""
    """The first name the app greets with; empty means no greeting by name."""
    theme: str = "wellness-calm"
    """A Textual theme name; an unknown name falls back to the default."""
    day_end_hour: int = Field(default=0, ge=0, le=11)
    """Hour at which the user's day ends: with 4, 03:59 still counts as yesterday."""
    week_start: Weekday = "mon"
    """First day of a week, for weekly habit targets."""
    show_streaks: bool = True
    """Some people find streaks discouraging; they can be hidden."""
    reduced_motion: bool = False
    """No animations."""
    focus_modules: list[str] = Field(default_factory=list)
    """Module ids the user chose to start with (shown first on Today)."""


class PausePeriod(_Model):
    start: date
    end: date | None = None
    """Last paused day; None while the pause lasts."""


class Habit(_Model):
    id: str
    """Unique in the profile; a suggested habit keeps its content id."""
    title: Annotated[str, StringConstraints(min_length=1)]
    why: str = ""
    target: Target = Target()
    suggestion: str | None = None
    """Content id of the suggestion this habit was adopted from, if any."""
    created: date
    archived: bool = False
    paused: list[PausePeriod] = Field(default_factory=list)
    done: list[date] = Field(default_factory=list)
    """Days ticked, sorted (yes/no habits)."""
    skipped: list[date] = Field(default_factory=list)
    """Days marked skipped (ill, traveling, rest), sorted."""
    amounts: dict[date, float] = Field(default_factory=dict)
    """Measurable habits: the amount entered per day."""
    notes: dict[date, str] = Field(default_factory=dict)
    """A short note on any day's entry."""


class LessonProgress(_Model):
    section: str | None = None
    """Id of the section last read (the reading position)."""
    section_index: int = 0
    """Index of that section, used when the heading was renamed since."""
    completed: date | None = None
    opened: datetime | None = None


class Answer(_Model):
    text: str
    updated: datetime


class CheckIn(_Model):
    mood: int | None = Field(default=None, ge=1, le=10)
    energy: int | None = Field(default=None, ge=1, le=10)
    sleep_hours: float | None = Field(default=None, ge=0, le=24)
    """Hours slept the night before this day."""
    sleep_quality: int | None = Field(default=None, ge=1, le=5)
    note: str = ""
    tags: list[str] = Field(default_factory=list)
    updated: datetime | None = None


class SafetyPlan(_Model):
    """The person's own plan, in their own words, step by step (see safety_plan.py)."""

    steps: dict[str, str] = Field(default_factory=dict)
    """Text per step id."""
    people: list[str] = Field(default_factory=list)
    """Ids of contacts chosen as "people I can ask for help"."""
    updated: datetime | None = None


class Contact(_Model):
    """Someone (or a group, or a service) in the person's support network."""

    id: str
    name: Annotated[str, StringConstraints(min_length=1)]
    how_they_help: str = ""
    """E.g. "call when low", "walk buddy"."""
    reach: str = ""
    """How to reach them: a number, an address, "Tuesdays at the library"."""


class CareQuestion(_Model):
    """A question for the care team; the list order is the order to ask them in."""

    id: str
    text: Annotated[str, StringConstraints(min_length=1)]
    added: date
    asked: date | None = None
    answer: str = ""


class Appointment(_Model):
    day: date | None = None
    with_whom: str = ""
    notes: str = ""


Severity = Literal["mild", "moderate", "severe"]


class LogEntry(_Model):
    """A symptom or side effect on a day."""

    id: str
    day: date
    kind: Literal["side effect", "symptom"] = "side effect"
    what: Annotated[str, StringConstraints(min_length=1)]
    severity: Severity = "mild"
    related_to: str = ""
    """The treatment it may relate to, in the person's words."""
    notes: str = ""


class Treatment(_Model):
    """A treatment tried: the history a new provider asks for. All free text."""

    id: str
    what: Annotated[str, StringConstraints(min_length=1)]
    started: str = ""
    stopped: str = ""
    how_it_went: str = ""
    side_effects: str = ""


class Profile(_Model):
    schema_version: int
    """Version of this file's shape; read before validation so newer files are recognised."""
    created: datetime
    welcomed: bool = False
    """The first-run welcome has been seen."""
    settings: Settings = Field(default_factory=Settings)
    habits: list[Habit] = Field(default_factory=list)
    lessons: dict[str, LessonProgress] = Field(default_factory=dict)
    """Keyed by lesson id."""
    last_lesson: str | None = None
    """Lesson id offered as "Continue where you left off"."""
    answers: dict[str, Answer] = Field(default_factory=dict)
    """Reflection answers keyed by "<lesson id>/<prompt id>"."""
    checks: dict[str, str] = Field(default_factory=dict)
    """Last choice per knowledge check, keyed by "<lesson id>/<question id>"."""
    checkins: dict[date, CheckIn] = Field(default_factory=dict)
    safety_plan: SafetyPlan = Field(default_factory=SafetyPlan)
    contacts: list[Contact] = Field(default_factory=list)
    questions: list[CareQuestion] = Field(default_factory=list)
    appointment: Appointment = Field(default_factory=Appointment)
    """The next appointment."""
    log: list[LogEntry] = Field(default_factory=list)
    """Symptoms and side effects, in the order they were added."""
    treatments: list[Treatment] = Field(default_factory=list)
    scripts: dict[str, dict[str, str]] = Field(default_factory=dict)
    """Communication scripts filled in: script id -> blank id -> text."""

    @classmethod
    def new(cls, now: datetime) -> Profile:
        return cls(schema_version=SCHEMA_VERSION, created=now)

    def habit(self, habit_id: str) -> Habit | None:
        return next((h for h in self.habits if h.id == habit_id), None)

    def contact(self, contact_id: str) -> Contact | None:
        return next((c for c in self.contacts if c.id == contact_id), None)


def answer_key(lesson_id: str, prompt_id: str) -> str:
    return f"{lesson_id}/{prompt_id}"
