"""How far a person is in one lesson, in a few words for the module's lesson list."""

from __future__ import annotations

from dataclasses import dataclass

from wellness_tui.core.progress import is_completed, reading_stops, stop_index
from wellness_tui.library import Lesson
from wellness_tui.profile.models import Profile, answer_key
from wellness_tui.words import plural


@dataclass(frozen=True)
class LessonState:
    done: bool
    opened: bool
    stop: int
    """The reading position: the index of the last place read (reading_stops)."""
    stops: int
    answers: int
    """Reflection prompts with a written answer."""
    prompts: int
    checked: int
    """Knowledge-check questions with an answer picked."""
    questions: int

    @property
    def started(self) -> bool:
        return self.opened or self.answers > 0 or self.checked > 0

    @property
    def mark(self) -> str:
        return "✓" if self.done else "◐" if self.started else "○"

    @property
    def words(self) -> str:
        """ "done", "not started", or what was done so far: "opened · read 2 of 5 parts ·
        1 of 2 answers written · 1 of 3 checks tried"."""
        if self.done:
            return "done"
        if not self.started:
            return "not started"
        parts = ["in progress"]
        if self.stop > 0:
            parts.append(f"read {self.stop + 1} of {self.stops} parts")
        else:
            parts.append("opened")
        if self.answers:
            parts.append(f"{self.answers} of {plural(self.prompts, 'answer')}")
        if self.checked:
            parts.append(f"{self.checked} of {plural(self.questions, 'check')}")
        return " · ".join(parts)


def lesson_state(lesson: Lesson, profile: Profile) -> LessonState:
    progress = profile.lessons.get(lesson.id)
    answers = sum(
        1
        for prompt in lesson.prompts
        if (saved := profile.answers.get(answer_key(lesson.id, prompt.id))) and saved.text.strip()
    )
    checked = sum(
        1 for question in lesson.questions if answer_key(lesson.id, question.id) in profile.checks
    )
    return LessonState(
        done=is_completed(lesson.id, profile),
        opened=progress is not None,
        stop=stop_index(lesson, profile),
        stops=len(reading_stops(lesson)),
        answers=answers,
        prompts=len(lesson.prompts),
        checked=checked,
        questions=len(lesson.questions),
    )
