"""Gathering the appointment report: a summary of a date range (each format is its own module).

Private notes and reflection answers are left out unless asked for. Text the
user typed is escaped for each format so it appears exactly as typed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from wellness_tui.core.activation import pattern_factors
from wellness_tui.core.habits import adherence
from wellness_tui.core.patterns import Patterns, find_patterns
from wellness_tui.core.trends import MEASURES, Measure, series
from wellness_tui.core.worksheets import in_period
from wellness_tui.library import Library
from wellness_tui.library.questionnaires import Questionnaire, program_questionnaires
from wellness_tui.profile.models import (
    CareQuestion,
    CheckIn,
    LogEntry,
    ProblemSheet,
    Profile,
    ThoughtRecord,
    Treatment,
)
from wellness_tui.report.activities import ActivitiesSection, gather_activities
from wellness_tui.report.selfchecks import SelfChecksSection, gather_selfchecks
from wellness_tui.words import plural

FORMATS = ("md", "html", "csv", "json")


@dataclass(frozen=True)
class MeasureStats:
    measure: Measure
    values: list[float | None]
    average: float | None
    minimum: float | None
    maximum: float | None
    count: int


@dataclass(frozen=True)
class HabitLine:
    title: str
    target: str
    done: int
    share: float | None


@dataclass
class Report:
    start: date
    end: date
    made: datetime
    name: str
    measures: list[MeasureStats]
    checkins: list[tuple[date, CheckIn]]
    habits: list[HabitLine]
    log: list[LogEntry]
    open_questions: list[CareQuestion]
    answered_questions: list[CareQuestion]
    treatments: list[Treatment]
    lessons_done: list[tuple[date, str, str]]
    """(day completed, module title, lesson title) within the period."""
    modules_done: list[str]
    appointment: str
    notes: list[tuple[date, str]] | None = None
    activities: ActivitiesSection | None = None
    """The activity planner's section (report/activities.py); None when nothing was planned."""
    reflections: list[tuple[str, str, str]] | None = field(default=None)
    """(lesson title, prompt, answer), when included."""
    patterns: Patterns | None = None
    """What went with better days in the period, when included (opt-in)."""
    thoughts: list[ThoughtRecord] | None = None
    """Thought records made or changed in the period, when included (private by default)."""
    problems: list[ProblemSheet] | None = None
    """Problem-solving sheets made or changed in the period, when included."""
    selfchecks: SelfChecksSection | None = None
    """PHQ-9 / GAD-7 scores marked for the report, when included (report/selfchecks.py)."""

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1


def build_report(
    profile: Profile,
    library: Library,
    start: date,
    end: date,
    made: datetime,
    *,
    include_notes: bool = False,
    include_reflections: bool = False,
    include_patterns: bool = False,
    include_thoughts: bool = False,
    include_problems: bool = False,
    include_selfchecks: bool = False,
    include_selfcheck_answers: bool = False,
    questionnaires: dict[str, Questionnaire] | None = None,
) -> Report:
    """`include_selfcheck_answers` adds the item-level answers (private) and implies
    the self-check section; `questionnaires` defaults to the program's texts."""
    if end < start:
        raise ValueError("the period ends before it starts")
    days = (end - start).days + 1
    measures = []
    for measure in MEASURES:
        data = series(profile, measure, end, days)
        measures.append(
            MeasureStats(
                measure, data.values, data.average, data.minimum, data.maximum, len(data.present)
            )
        )
    checkins = sorted((d, c) for d, c in profile.checkins.items() if start <= d <= end)
    habits = []
    for habit in profile.habits:
        result = adherence(habit, start, end)
        if result is None or (habit.archived and result[0] == 0):
            continue  # not yet made, or archived with nothing in the period
        habits.append(HabitLine(habit.title, habit.target.describe(), *result))
    log = sorted((e for e in profile.log if start <= e.day <= end), key=lambda e: e.day)
    lessons_done = []
    modules_done = []
    for module in library.modules:
        dates = [
            profile.lessons[ls.id].completed if ls.id in profile.lessons else None
            for ls in module.lessons
        ]
        for lesson, done in zip(module.lessons, dates, strict=True):
            if done is not None and start <= done <= end:
                lessons_done.append((done, module.title, lesson.title))
        if dates and all(d is not None for d in dates):
            modules_done.append(module.title)
    notes = None
    if include_notes:
        notes = [(d, c.note) for d, c in checkins if c.note.strip()]
        for habit in profile.habits:
            notes += [
                (d, f"{habit.title}: {n}")
                for d, n in habit.notes.items()
                if start <= d <= end and n.strip()
            ]
        notes.sort(key=lambda item: item[0])
    reflections = None
    if include_reflections:
        reflections = []
        for module in library.modules:
            for lesson in module.lessons:
                for prompt in lesson.prompts:
                    answer = profile.answers.get(f"{lesson.id}/{prompt.id}")
                    if answer is not None and answer.text.strip():
                        reflections.append((lesson.title, prompt.text, answer.text))
    appointment = ""
    if profile.appointment.day is not None or profile.appointment.with_whom:
        when = f"{profile.appointment.day:%A %d %B %Y}" if profile.appointment.day else ""
        appointment = " with ".join(x for x in (when, profile.appointment.with_whom) if x)
    # ----- worksheets (opt-in) -----
    thoughts = in_period(profile.thought_records, start, end) if include_thoughts else None
    problems = in_period(profile.problem_sheets, start, end) if include_problems else None
    # ----- end of worksheets -----
    # ----- self-checks (opt-in; item-level answers only when chosen) -----
    selfchecks = None
    if include_selfchecks or include_selfcheck_answers:
        selfchecks = gather_selfchecks(
            profile,
            program_questionnaires() if questionnaires is None else questionnaires,
            start,
            end,
            answers=include_selfcheck_answers,
        )
    # ----- end of self-checks -----
    return Report(
        start=start,
        end=end,
        made=made,
        name=profile.settings.name,
        measures=measures,
        checkins=checkins,
        habits=habits,
        log=log,
        open_questions=[q for q in profile.questions if q.asked is None],
        answered_questions=[
            q for q in profile.questions if q.asked is not None and start <= q.asked <= end
        ],
        treatments=list(profile.treatments),
        lessons_done=sorted(lessons_done),
        modules_done=modules_done,
        appointment=appointment,
        notes=notes,
        reflections=reflections,
        patterns=(
            find_patterns(profile, end, days, extra=pattern_factors(profile, end, days))
            if include_patterns
            else None
        ),
        thoughts=thoughts,
        problems=problems,
        activities=_activities(profile, start, end),
        selfchecks=selfchecks,
    )


def _activities(profile: Profile, start: date, end: date) -> ActivitiesSection | None:
    if not any(start <= e.day <= end for e in profile.plans):
        return None
    return gather_activities(profile, start, end)


def default_period(today: date, days: int = 30) -> tuple[date, date]:
    return today - timedelta(days=days - 1), today


def number_text(value: float | None) -> str:
    if value is None:
        return "–"
    return f"{value:.1f}".rstrip("0").rstrip(".")


def share_text(share: float | None) -> str:
    return "no days due yet" if share is None else f"{round(100 * share)}%"


def habit_words(habit: HabitLine) -> str:
    """ "done on 1 day, 33% of the target", "not done yet; no days due yet"."""
    done = "not done yet" if habit.done == 0 else f"done on {plural(habit.done, 'day')}"
    if habit.share is None:
        return f"{done}; no days due yet"
    return f"{done}, {share_text(habit.share)} of the target"


def share_detail(habit: HabitLine) -> str:
    """The CSV's detail for a habit: "33% of the target (daily)"."""
    if habit.share is None:
        return f"no days due yet ({habit.target})"
    return f"{share_text(habit.share)} of the target ({habit.target})"


PURPOSE = (
    "I made this summary myself, from my own daily notes in wellness-tui, "
    "to support conversations about my care. It is not a medical record."
)
