"""The profile: everything a person has done and written, as plain dataclasses.

pydantic validates them (with the rules written on the fields) whenever a
profile is read from JSON or a form is saved: see validation.py and codec.py.

Shaped for ten years of daily use: per-habit sorted lists of dates rather than
an object per day, check-ins keyed by date, progress and answers keyed by the
stable ids written in the content files.

The annotations are evaluated once, when this module is imported (no `from __future__
import annotations` here): every reader of them (dataclasses, trusted.py at each start,
pydantic) then gets the types themselves instead of compiling each one from its text.
Each class has a docstring, so dataclasses need not write one from the signature.
"""

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Annotated, Literal

from wellness_tui.rules import FORBID_EXTRA, QUIET_HOURS, Rule
from wellness_tui.scales import ACHIEVEMENT, ENERGY, ENJOYMENT, MOOD, SLEEP_HOURS, SLEEP_QUALITY
from wellness_tui.targets import Target, Weekday

SCHEMA_VERSION = 5

NonEmpty = Annotated[str, Rule(min_length=1)]
ReminderKind = Literal["checkin", "habits", "plans", "selfcheck"]

# Every model refuses unknown keys (FORBID_EXTRA): a file this version cannot
# fully read is treated as damaged (kept aside, never overwritten), not trimmed.
# Keyword-only, so fields keep the order they have in the file.


@dataclass(slots=True, kw_only=True)
class Settings:
    """The person's choices: how the app greets, looks and reminds."""

    __pydantic_config__ = FORBID_EXTRA

    name: str = ""
    """The first name the app greets with; empty means no greeting by name."""
    theme: str = "wellness-calm"
    """A Textual theme name; an unknown name falls back to the default."""
    day_end_hour: Annotated[int, Rule(ge=0, le=11)] = 0
    """Hour at which the user's day ends: with 4, 03:59 still counts as yesterday."""
    week_start: Weekday = "mon"
    """First day of a week, for weekly habit targets."""
    show_streaks: bool = True
    """Some people find streaks discouraging; they can be hidden."""
    reduced_motion: bool = False
    """No animations."""
    focus_modules: list[str] = field(default_factory=list)
    """Module ids the user chose to start with (shown first on Today)."""
    selfcheck_offer: bool = True
    """Today mentions a self-check when one is due (every 14 days); off hides it."""
    remind_of: list[ReminderKind] = field(default_factory=list)
    """What `wellness-tui remind` (and the daily nudge it installs) may mention;
    empty, the default: reminders are off."""
    quiet_hours: Annotated[str, Rule(pattern=QUIET_HOURS)] = ""
    """"22:00-08:00": `remind` says nothing then; "" for none."""
    safety_plan_readable: bool = False
    """While the profile is protected with a passphrase, keep the safety plan (only the
    plan) unencrypted beside it, so it can be read on the unlock screen without the
    passphrase (profile/safety_plan_file.py). Off unless the person chooses it."""


@dataclass(slots=True, kw_only=True)
class PausePeriod:
    """A stretch of days a habit was paused, from `start` to `end`."""

    __pydantic_config__ = FORBID_EXTRA

    start: date
    end: date | None = None
    """Last paused day; None while the pause lasts."""


@dataclass(slots=True, kw_only=True)
class Habit:
    """A habit the person keeps, with every day ticked, skipped or measured."""

    __pydantic_config__ = FORBID_EXTRA

    id: str
    """Unique in the profile; a suggested habit keeps its content id."""
    title: NonEmpty
    why: str = ""
    target: Target = field(default_factory=Target)
    suggestion: str | None = None
    """Content id of the suggestion this habit was adopted from, if any."""
    created: date
    archived: bool = False
    paused: list[PausePeriod] = field(default_factory=list)
    done: list[date] = field(default_factory=list)
    """Days ticked, sorted (yes/no habits)."""
    skipped: list[date] = field(default_factory=list)
    """Days marked skipped (ill, traveling, rest), sorted."""
    amounts: dict[date, float] = field(default_factory=dict)
    """Measurable habits: the amount entered per day."""
    notes: dict[date, str] = field(default_factory=dict)
    """A short note on any day's entry."""


@dataclass(slots=True, kw_only=True)
class LessonProgress:
    """How far a lesson has been read."""

    __pydantic_config__ = FORBID_EXTRA

    section: str | None = None
    """Id of the section last read (the reading position)."""
    section_index: int = 0
    """Index of that section, used when the heading was renamed since."""
    completed: date | None = None
    opened: datetime | None = None


@dataclass(slots=True, kw_only=True)
class Answer:
    """The person's answer to a lesson's reflection prompt."""

    __pydantic_config__ = FORBID_EXTRA

    text: str
    updated: datetime


@dataclass(slots=True, kw_only=True)
class CheckIn:
    """A day's check-in: mood, energy, sleep and a note, each optional."""

    __pydantic_config__ = FORBID_EXTRA

    mood: Annotated[int | None, Rule(ge=MOOD.low, le=MOOD.high)] = None
    energy: Annotated[int | None, Rule(ge=ENERGY.low, le=ENERGY.high)] = None
    sleep_hours: Annotated[float | None, Rule(ge=SLEEP_HOURS.low, le=SLEEP_HOURS.high)] = None
    """Hours slept the night before this day."""
    sleep_quality: Annotated[int | None, Rule(ge=SLEEP_QUALITY.low, le=SLEEP_QUALITY.high)] = None
    note: str = ""
    tags: list[str] = field(default_factory=list)
    updated: datetime | None = None


@dataclass(slots=True, kw_only=True)
class SafetyPlan:
    """The person's own plan, in their own words, step by step (see safety_plan.py)."""

    __pydantic_config__ = FORBID_EXTRA

    steps: dict[str, str] = field(default_factory=dict)
    """Text per step id."""
    people: list[str] = field(default_factory=list)
    """Ids of contacts chosen as "people I can ask for help"."""
    updated: datetime | None = None


@dataclass(slots=True, kw_only=True)
class Contact:
    """Someone (or a group, or a service) in the person's support network."""

    __pydantic_config__ = FORBID_EXTRA

    id: str
    name: NonEmpty
    how_they_help: str = ""
    """E.g. "call when low", "walk buddy"."""
    reach: str = ""
    """How to reach them: a number, an address, "Tuesdays at the library"."""


@dataclass(slots=True, kw_only=True)
class CareQuestion:
    """A question for the care team; the list order is the order to ask them in."""

    __pydantic_config__ = FORBID_EXTRA

    id: str
    text: NonEmpty
    added: date
    asked: date | None = None
    answer: str = ""


@dataclass(slots=True, kw_only=True)
class Appointment:
    """The next appointment with the care team."""

    __pydantic_config__ = FORBID_EXTRA

    day: date | None = None
    with_whom: str = ""
    notes: str = ""


Severity = Literal["mild", "moderate", "severe"]


@dataclass(slots=True, kw_only=True)
class LogEntry:
    """A symptom or side effect on a day."""

    __pydantic_config__ = FORBID_EXTRA

    id: str
    day: date
    kind: Literal["side effect", "symptom"] = "side effect"
    what: NonEmpty
    severity: Severity = "mild"
    related_to: str = ""
    """The treatment it may relate to, in the person's words."""
    notes: str = ""


@dataclass(slots=True, kw_only=True)
class Treatment:
    """A treatment tried: the history a new provider asks for. All free text."""

    __pydantic_config__ = FORBID_EXTRA

    id: str
    what: NonEmpty
    started: str = ""
    stopped: str = ""
    how_it_went: str = ""
    side_effects: str = ""


# ----- self-checks (PHQ-9, GAD-7) ---------------------------------------------------

ItemAnswer = Annotated[int, Rule(ge=0, le=3)]


@dataclass(slots=True, kw_only=True)
class SelfCheck:
    """One finished self-check: the answers as given, 0-3 per item, in item order."""

    __pydantic_config__ = FORBID_EXTRA

    id: str
    questionnaire: Literal["phq9", "gad7"]
    day: date
    answers: list[ItemAnswer]
    difficulty: ItemAnswer | None = None
    """PHQ-9's unscored "how difficult" question, if answered."""
    in_report: bool = True
    """Shown in the next report's self-check section (when that section is chosen)."""
    created: datetime
    updated: datetime


@dataclass(slots=True, kw_only=True)
class SelfCheckDraft:
    """Answers so far of a self-check not yet finished (resumed the same day)."""

    __pydantic_config__ = FORBID_EXTRA

    questionnaire: Literal["phq9", "gad7"]
    day: date
    answers: list[ItemAnswer | None] = field(default_factory=list)
    difficulty: ItemAnswer | None = None
    updated: datetime


# ----- worksheets: thought records and problem solving (core/worksheets.py) -----------

Percent = Annotated[int | None, Rule(ge=0, le=100)]
"""A worksheet rating from 0 to 100 (how strong, how much believed); None when not rated."""


@dataclass(slots=True, kw_only=True)
class ThoughtRecord:
    """One thought record, every field saved exactly as typed; only the situation is needed."""

    __pydantic_config__ = FORBID_EXTRA

    id: str
    situation: NonEmpty
    feelings: str = ""
    feelings_strength: Percent = None
    thought: str = ""
    belief: Percent = None
    """How much the thought was believed at the time, 0-100."""
    traps: list[str] = field(default_factory=list)
    """Ids of thinking traps that may fit (core/worksheets.py THINKING_TRAPS)."""
    supports: str = ""
    """What supports the thought."""
    against: str = ""
    """What does not support it."""
    balanced: str = ""
    """A more balanced thought."""
    belief_now: Percent = None
    feelings_now: Percent = None
    created: datetime
    updated: datetime


@dataclass(slots=True, kw_only=True)
class ProblemOption:
    """One way of solving a problem, with what speaks for and against it."""

    __pydantic_config__ = FORBID_EXTRA

    text: str
    pros: str = ""
    cons: str = ""


@dataclass(slots=True, kw_only=True)
class ProblemSheet:
    """A problem worked through in steps; only the problem itself is needed."""

    __pydantic_config__ = FORBID_EXTRA

    id: str
    problem: NonEmpty
    options: list[ProblemOption] = field(default_factory=list)
    chosen: str = ""
    """The option chosen, as typed."""
    step: str = ""
    """The first small step."""
    step_day: date | None = None
    """When to take it."""
    how_it_went: str = ""
    what_next: str = ""
    habit_id: str | None = None
    """The habit made from the step, if one was."""
    created: datetime
    updated: datetime


# ----- doing what matters: behavioural activation (see core/activation.py) ------------------

LifeArea = Literal["relationships", "health", "home", "work", "fun", "community"]
Brings = Literal["enjoyment", "achievement", "both"]
Effort = Literal["easy", "medium", "hard"]
PartOfDay = Literal["morning", "afternoon", "evening"]
PlanState = Literal["planned", "done", "let go"]


@dataclass(slots=True, kw_only=True)
class Activity:
    """Something the person would like to do: their own, or a starter idea adopted."""

    __pydantic_config__ = FORBID_EXTRA

    id: str
    title: NonEmpty
    area: LifeArea | None = None
    """None when no life area was chosen (e.g. logged quickly from the shell)."""
    brings: Brings = "both"
    effort: Effort = "easy"
    created: date
    archived: bool = False


@dataclass(slots=True, kw_only=True)
class PlanEntry:
    """An activity on a day: planned ahead, or logged afterwards (planned=False)."""

    __pydantic_config__ = FORBID_EXTRA

    id: str
    activity: str
    """The Activity's id."""
    day: date
    when: PartOfDay | None = None
    state: PlanState = "planned"
    planned: bool = True
    """False for an activity logged after doing it, without a plan."""
    enjoyment: Annotated[int | None, Rule(ge=ENJOYMENT.low, le=ENJOYMENT.high)] = None
    achievement: Annotated[int | None, Rule(ge=ACHIEVEMENT.low, le=ACHIEVEMENT.high)] = None
    mood_before: Annotated[int | None, Rule(ge=MOOD.low, le=MOOD.high)] = None
    mood_after: Annotated[int | None, Rule(ge=MOOD.low, le=MOOD.high)] = None
    note: str = ""
    moved_from: list[date] = field(default_factory=list)
    """Days it was planned for before (moved), oldest first."""
    created: datetime
    updated: datetime


@dataclass(slots=True, kw_only=True)
class Profile:
    """Everything a person has done and written in the app."""

    __pydantic_config__ = FORBID_EXTRA

    schema_version: int
    """Version of this file's shape; read before validation so newer files are recognised."""
    created: datetime
    welcomed: bool = False
    """The first-run welcome has been seen."""
    settings: Settings = field(default_factory=Settings)
    habits: list[Habit] = field(default_factory=list)
    lessons: dict[str, LessonProgress] = field(default_factory=dict)
    """Keyed by lesson id."""
    last_lesson: str | None = None
    """Lesson id offered as "Continue where you left off"."""
    answers: dict[str, Answer] = field(default_factory=dict)
    """Reflection answers keyed by "<lesson id>/<prompt id>"."""
    checks: dict[str, str] = field(default_factory=dict)
    """Last choice per knowledge check, keyed by "<lesson id>/<question id>"."""
    checkins: dict[date, CheckIn] = field(default_factory=dict)
    safety_plan: SafetyPlan = field(default_factory=SafetyPlan)
    contacts: list[Contact] = field(default_factory=list)
    questions: list[CareQuestion] = field(default_factory=list)
    appointment: Appointment = field(default_factory=Appointment)
    """The next appointment."""
    log: list[LogEntry] = field(default_factory=list)
    """Symptoms and side effects, in the order they were added."""
    treatments: list[Treatment] = field(default_factory=list)
    scripts: dict[str, dict[str, str]] = field(default_factory=dict)
    """Communication scripts filled in: script id -> blank id -> text."""
    values: dict[LifeArea, str] = field(default_factory=dict)
    """What matters in each life area, in the person's words."""
    activities: list[Activity] = field(default_factory=list)
    plans: list[PlanEntry] = field(default_factory=list)
    """Planned and logged activities, in the order they were made."""
    thought_records: list[ThoughtRecord] = field(default_factory=list)
    """Thought records, in the order they were made."""
    problem_sheets: list[ProblemSheet] = field(default_factory=list)
    """Problem-solving sheets, in the order they were made."""
    selfchecks: list[SelfCheck] = field(default_factory=list)
    """Finished self-checks, oldest first."""
    selfcheck_drafts: dict[str, SelfCheckDraft] = field(default_factory=dict)
    """An unfinished self-check per questionnaire id."""

    @classmethod
    def new(cls, now: datetime) -> "Profile":
        return cls(schema_version=SCHEMA_VERSION, created=now)

    def habit(self, habit_id: str) -> Habit | None:
        return next((h for h in self.habits if h.id == habit_id), None)

    def activity(self, activity_id: str) -> Activity | None:
        return next((a for a in self.activities if a.id == activity_id), None)

    def plan(self, entry_id: str) -> PlanEntry | None:
        return next((e for e in self.plans if e.id == entry_id), None)

    def contact(self, contact_id: str) -> Contact | None:
        return next((c for c in self.contacts if c.id == contact_id), None)


def answer_key(lesson_id: str, prompt_id: str) -> str:
    return f"{lesson_id}/{prompt_id}"
