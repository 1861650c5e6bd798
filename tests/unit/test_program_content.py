"""The whole program in content/: complete, consistent and lint-clean."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import REPO_CONTENT
from wellness_tui.library import Library, load_library
from wellness_tui.library.lint import lint_library

EXPECTED_MODULES = [
    "understanding-trd",
    "sleep",
    "movement",
    "nutrition",
    "stress",
    "support",
    "self-advocacy",
    "long-term",
    "doing-what-matters",
    "thoughts-and-problems",
]


@pytest.fixture(scope="module")
def program() -> Library:
    return load_library([REPO_CONTENT])


def test_the_program_validates(program: Library) -> None:
    assert [str(p) for p in program.problems] == []


def test_modules_in_order(program: Library) -> None:
    assert [m.id for m in program.modules] == EXPECTED_MODULES


def test_every_module_is_complete(program: Library) -> None:
    for module in program.modules:
        assert 3 <= len(module.lessons) <= 7, module.id
        assert 2 <= len(module.meta.habits) <= 4, module.id
        assert module.meta.sources, module.id
        for lesson in module.lessons:
            where = f"{module.id}/{lesson.id}"
            assert lesson.activity.text, where
            assert lesson.prompts, where
            assert 2 <= len(lesson.questions) <= 4, where
            for question in lesson.questions:
                assert sum(c.correct for c in question.choices) >= 1, where
                assert all(c.explanation for c in question.choices), where
            assert 300 <= lesson.word_count <= 800, f"{where}: {lesson.word_count} words"
            if lesson.word_count > 350:
                assert len(lesson.sections) >= 2, f"{where} needs ## sections"


def test_ids_are_unique_across_the_program(program: Library) -> None:
    lesson_ids = [ls.id for m in program.modules for ls in m.lessons]
    # A shared habit (a `ref`) is listed by several modules but defined once.
    habit_ids = [
        h.id
        for m in program.modules
        for h in m.meta.habits
        if h.id not in {r.ref for r in m.habit_refs}
    ]
    assert len(set(lesson_ids)) == len(lesson_ids)
    assert len(set(habit_ids)) == len(habit_ids)


def test_module_notes_are_each_written_for_their_module(program: Library) -> None:
    notes = [m.meta.note for m in program.modules]
    assert len(set(notes)) == len(notes)


def test_wording_lint_is_clean(program: Library) -> None:
    problems = lint_library(program, [REPO_CONTENT], date(2026, 11, 25))
    assert [str(p) for p in problems] == []


def test_crisis_file_is_complete(program: Library) -> None:
    assert program.crisis_from_file
    text = " ".join(f"{c.name} {c.how} {c.notes}" for c in program.crisis_lines)
    assert program.crisis_lines[0].region == "Everywhere"
    assert "emergency number" in program.crisis_lines[0].how
    for needed in ("988", "Veterans", "Spanish", "741741", "findahelpline.com"):
        assert needed in text, needed
    for line in program.crisis_lines:
        assert line.source.startswith("https://")
        assert line.checked <= date(2026, 12, 1)


def test_stale_crisis_entries_are_warned_about(program: Library) -> None:
    later = date(2028, 1, 1)
    warnings = lint_library(program, [REPO_CONTENT], later)
    assert warnings and all(w.severity == "warning" for w in warnings)
    assert all("last checked" in w.message for w in warnings)
