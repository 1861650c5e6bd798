"""Where the user is in the program: lessons done, and where to continue."""

from __future__ import annotations

from dataclasses import dataclass

from wellness_tui.library import Lesson, Library, Module
from wellness_tui.profile.models import Profile


@dataclass(frozen=True)
class ModuleProgress:
    done: int
    total: int

    @property
    def label(self) -> str:
        return f"{self.done}/{self.total} lessons"

    @property
    def finished(self) -> bool:
        return self.total > 0 and self.done >= self.total


@dataclass(frozen=True)
class ContinuePoint:
    module: Module
    lesson: Lesson
    stop_index: int
    first: bool = False
    """True when nothing was read yet: a suggested place to start."""

    @property
    def section_title(self) -> str:
        return reading_stops(self.lesson)[self.stop_index][1]


def reading_stops(lesson: Lesson) -> list[tuple[str, str]]:
    """The places in a lesson a reader can be at, as (id, title), in order.

    A reading position is saved as one of these ids, not as a screen line, so
    it lands right at any terminal size.
    """
    stops = [(s.id, s.title) for s in lesson.sections]
    stops.append(("activity", lesson.activity.title))
    stops.append(("reflection", "Reflection"))
    if lesson.questions:
        stops.append(("questions", "Check your understanding"))
    return stops


def module_progress(module: Module, profile: Profile) -> ModuleProgress:
    done = sum(1 for ls in module.lessons if is_completed(ls.id, profile))
    return ModuleProgress(done, len(module.lessons))


def program_progress(library: Library, profile: Profile) -> ModuleProgress:
    lessons = [ls for m in library.modules for ls in m.lessons]
    return ModuleProgress(sum(1 for ls in lessons if is_completed(ls.id, profile)), len(lessons))


def is_completed(lesson_id: str, profile: Profile) -> bool:
    progress = profile.lessons.get(lesson_id)
    return progress is not None and progress.completed is not None


def stop_index(lesson: Lesson, profile: Profile) -> int:
    """The saved reading position, by id; by index if that heading was renamed since."""
    progress = profile.lessons.get(lesson.id)
    if progress is None:
        return 0
    stops = reading_stops(lesson)
    for index, (stop_id, _) in enumerate(stops):
        if stop_id == progress.section:
            return index
    return min(max(progress.section_index, 0), len(stops) - 1)


def continue_point(library: Library, profile: Profile) -> ContinuePoint | None:
    """The lesson last read, if unfinished; else the next unfinished one after it."""
    if profile.last_lesson is None:
        focus = profile.settings.focus_modules
        start = next((m for m in library.modules if m.id in focus), None) or next(
            iter(library.modules), None
        )
        if start is None or not start.lessons:
            return None
        return ContinuePoint(start, start.lessons[0], 0, first=True)
    found = library.lesson(profile.last_lesson)
    if found is None:
        return None  # the lesson is gone from the content (or its module failed to load)
    module, lesson = found
    if not is_completed(lesson.id, profile):
        return ContinuePoint(module, lesson, stop_index(lesson, profile))
    return _next_unfinished(library, profile, lesson)


def _next_unfinished(library: Library, profile: Profile, after: Lesson) -> ContinuePoint | None:
    """The first unfinished lesson after `after` in the program (then from the start)."""
    lessons = [(m, ls) for m in library.modules for ls in m.lessons]
    start = next((i for i, (_, ls) in enumerate(lessons) if ls.id == after.id), -1) + 1
    for module, lesson in lessons[start:] + lessons[:start]:
        if not is_completed(lesson.id, profile):
            return ContinuePoint(module, lesson, stop_index(lesson, profile))
    return None
