"""Where to continue."""

from __future__ import annotations

from datetime import date, datetime

from wellness_tui.core.progress import continue_point
from wellness_tui.library import Library
from wellness_tui.profile.models import LessonProgress, Profile


def test_after_the_last_lesson_of_a_module_continue_moves_on(library: Library) -> None:
    profile = Profile.new(datetime(2026, 11, 1))
    for lesson_id in ("rest-rhythm", "rest-wind-down-lesson"):
        profile.lessons[lesson_id] = LessonProgress(completed=date(2026, 11, 2))
    profile.last_lesson = "rest-wind-down-lesson"
    point = continue_point(library, profile)
    assert point is not None and point.lesson.id == "walks-first-steps"


def test_a_skipped_lesson_earlier_is_offered_when_everything_after_is_done(
    library: Library,
) -> None:
    profile = Profile.new(datetime(2026, 11, 1))
    for lesson_id in ("rest-wind-down-lesson", "walks-first-steps", "walks-keeping-on"):
        profile.lessons[lesson_id] = LessonProgress(completed=date(2026, 11, 2))
    profile.last_lesson = "walks-keeping-on"
    point = continue_point(library, profile)
    assert point is not None and point.lesson.id == "rest-rhythm"


def test_nothing_to_continue_when_everything_is_done(library: Library) -> None:
    profile = Profile.new(datetime(2026, 11, 1))
    for module in library.modules:
        for lesson in module.lessons:
            profile.lessons[lesson.id] = LessonProgress(completed=date(2026, 11, 2))
    profile.last_lesson = "walks-keeping-on"
    assert continue_point(library, profile) is None


def test_first_start_suggests_the_first_focus_module(library: Library) -> None:
    profile = Profile.new(datetime(2026, 11, 1))
    profile.settings.focus_modules = ["walks"]
    point = continue_point(library, profile)
    assert point is not None and point.first and point.lesson.id == "walks-first-steps"
