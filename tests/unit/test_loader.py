"""Loading content, and a table of broken files with their exact file:line."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.cli_run import in_a_process, in_process
from tests.conftest import REPO_CONTENT, TEST_CONTENT
from wellness_tui.library import Library, load_library


def test_fixture_content_loads_in_order(library: Library) -> None:
    assert [m.id for m in library.modules] == ["rest", "walks"]
    rest = library.modules[0]
    assert [ls.id for ls in rest.lessons] == ["rest-rhythm", "rest-wind-down-lesson"]
    rhythm = rest.lessons[0]
    assert [s.id for s in rhythm.sections] == [
        "start",
        "why-rhythm-matters",
        "starting-small",
        "being-kind-to-yourself",
    ]
    assert rhythm.sections[1].line == 33
    assert rhythm.questions[0].choices[0].correct
    assert library.crisis_from_file and len(library.crisis_lines) == 2
    assert library.problems == []


def test_the_real_program_loads_without_errors() -> None:
    library = load_library([REPO_CONTENT])
    assert library.errors == []
    assert len(library.modules) >= 2


@pytest.fixture
def broken(tmp_path: Path) -> Path:
    target = tmp_path / "content"
    shutil.copytree(TEST_CONTENT, target)
    return target


LESSON = "01-rest/01-rhythm.md"
MODULE = "01-rest/module.toml"

# (file, text to find, replacement, expected "file:line: message" prefix)
BROKEN_CASES = [
    (LESSON, "minutes = 3", 'minutes = "three"', f"{LESSON}:4: 'minutes'"),
    (
        LESSON,
        'id = "b"\ntext = "Long lie-ins at weekends"\n'
        'explanation = "Not quite. Long lie-ins can shift the body clock later."',
        'id = "b"\ntext = "Long lie-ins at weekends"',
        f"{LESSON}:26: missing required key 'questions.0.choices.1.explanation'",
    ),
    (LESSON, "+++\nid", "id", f"{LESSON}:1: a lesson must start with a '+++' line"),
    (LESSON, 'title = "A steady rhythm"', 'title = "A steady rhythm', f"{LESSON}:3: TOML syntax"),
    (
        LESSON,
        'id = "rest-rhythm"',
        'id = "rest-rhythm"\ncolour = "blue"',
        f"{LESSON}:3: unknown key 'colour'",
    ),
    (
        LESSON,
        'correct = true\nexplanation = "Yes. A regular',
        'explanation = "Yes. A regular',
        f"{LESSON}:16: 'questions.0': no choice is marked correct",
    ),
    (
        LESSON,
        '[[prompts]]\nid = "what-helps"',
        '[[prompts]]\nid = "What Helps"',
        f"{LESSON}:12: 'prompts.0.id'",
    ),
    (MODULE, "order = 1", "", f"{MODULE}:1: missing required key 'order'"),
    (
        MODULE,
        "target = { per_week = 5 }",
        "target = { per_week = 9 }",
        f"{MODULE}:15: 'habits.1.target.per_week'",
    ),
    (
        MODULE,
        "target = { per_week = 5 }",
        'target = { per_week = 5, days = ["mon"] }',
        f"{MODULE}:15: 'habits.1.target': give either per_week or days",
    ),
    (LESSON, "Sleep and mood", "Sleep can cure mood", f"{LESSON}:31: 'cure'"),
    (
        LESSON,
        "That is part of it",
        "Nobody should commit suicide; that is part of it",
        f"{LESSON}:45: 'commit suicide'",
    ),
]


@pytest.mark.parametrize(("file", "find", "replace", "expected"), BROKEN_CASES)
def test_broken_content_is_reported_with_file_and_line(
    broken: Path, file: str, find: str, replace: str, expected: str
) -> None:
    path = broken / file
    text = path.read_text()
    assert find in text, "the test's search text must exist in the fixture"
    path.write_text(text.replace(find, replace, 1))
    result = in_process(["check-content", str(broken)])
    assert result.returncode == 1
    lines = [line.removeprefix(str(broken) + "/") for line in result.stderr.splitlines()]
    assert any(line.startswith(expected) for line in lines), result.stderr
    # The app still loads everything else, with the broken module left out.
    library = load_library([broken])
    if "cure" in expected or "suicide" in expected:
        return  # wording problems do not stop a module from loading
    assert [m.id for m in library.modules] == ["walks"]
    assert any(str(p).startswith(str(broken / file)) for p in library.errors)


def test_not_utf8_is_reported(broken: Path) -> None:
    path = broken / LESSON
    path.write_bytes(path.read_bytes().replace(b"Your body keeps time", b"Your body \xff keeps"))
    library = load_library([broken])
    assert any(str(p).startswith(f"{path}:35: this file is not UTF-8") for p in library.errors)


def test_duplicate_lesson_id_leaves_the_later_module_out(broken: Path) -> None:
    path = broken / "02-walks/01-first-steps.md"
    path.write_text(path.read_text().replace('id = "walks-first-steps"', 'id = "rest-rhythm"'))
    library = load_library([broken])
    assert [m.id for m in library.modules] == ["rest"]
    assert any("lesson id 'rest-rhythm' is already used" in str(p) for p in library.errors)


def test_missing_crisis_file_falls_back_to_built_in_lines(broken: Path) -> None:
    (broken / "crisis.toml").unlink()
    library = load_library([broken])
    assert not library.crisis_from_file
    assert any("988" in line.how for line in library.crisis_lines)


def test_broken_crisis_file_falls_back_and_names_the_file(broken: Path) -> None:
    (broken / "crisis.toml").write_text("[[lines]]\nname = 'x'\n")
    library = load_library([broken])
    assert not library.crisis_from_file
    assert any(
        str(p).startswith(f"{broken / 'crisis.toml'}:1: missing required key")
        for p in library.errors
    )


def test_check_content_summary_on_success() -> None:
    result = in_a_process(["check-content", str(TEST_CONTENT)])  # the real entry point
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("OK: 2 modules, 4 lessons, 4 prompts, 4 questions, 3 habits")


WALKS_MODULE = "02-walks/module.toml"
SHARED_REF = '\n[[habits]]\nref = "rest-wind-down"\n'


def test_a_habit_ref_lists_the_other_modules_habit_as_one_habit(broken: Path) -> None:
    from datetime import date, datetime

    from wellness_tui.core.habit_factory import adopt_op
    from wellness_tui.profile.models import Profile

    path = broken / WALKS_MODULE
    path.write_text(path.read_text() + SHARED_REF)
    library = load_library([broken])
    assert library.errors == []
    rest, walks = library.modules
    assert [h.id for h in walks.meta.habits] == ["walks-ten-minutes", "rest-wind-down"]
    shared = walks.meta.habits[1]
    assert shared == rest.meta.habits[1]  # the very same suggestion, with its wording
    assert shared.title == "20-minute wind-down"
    found = library.habit_suggestion("rest-wind-down")
    assert found is not None and found[0].id == "rest"  # found under the module defining it
    # Adopted from either module, it is one habit: the second adoption is refused.
    profile = Profile.new(datetime(2026, 12, 1, 9, 0))
    op = adopt_op(library, profile, shared.id, date(2026, 12, 1))
    assert op is not None
    op.apply(profile)
    assert adopt_op(library, profile, shared.id, date(2026, 12, 1)) is None
    assert [h.id for h in profile.habits] == ["rest-wind-down"]


def test_an_unknown_habit_ref_is_reported_with_file_and_line(broken: Path) -> None:
    path = broken / WALKS_MODULE
    text = path.read_text()
    path.write_text(text + SHARED_REF.replace("rest-wind-down", "rest-no-such-habit"))
    line = text.count("\n") + 3  # the blank line, then [[habits]], then ref = ...
    result = in_process(["check-content", str(broken)])
    assert result.returncode == 1
    expected = f"{path}:{line - 1}: habit ref 'rest-no-such-habit' is not a habit defined"
    assert any(out.startswith(expected) for out in result.stderr.splitlines()), result.stderr
    assert [m.id for m in load_library([broken]).modules] == ["rest"]


def test_a_habit_ref_takes_no_other_keys(broken: Path) -> None:
    path = broken / WALKS_MODULE
    path.write_text(path.read_text() + SHARED_REF + 'title = "Wind down"\n')
    library = load_library([broken])
    assert any("a habit with 'ref' takes no other keys" in str(p) for p in library.errors)
    assert [m.id for m in library.modules] == ["rest"]


def test_habit_errors_after_a_ref_keep_their_lines(broken: Path) -> None:
    path = broken / WALKS_MODULE
    text = path.read_text()
    broken_habit = (
        '\n[[habits]]\nid = "walks-stretch"\ntitle = "Stretch"\nwhy = "x"\n'
        "target = { per_week = 9 }\n"
    )
    path.write_text(text + SHARED_REF + broken_habit)
    line = (text + SHARED_REF + broken_habit).splitlines().index("target = { per_week = 9 }") + 1
    library = load_library([broken])
    assert any(
        str(p).startswith(f"{path}:{line}: 'habits.1.target.per_week'") for p in library.errors
    ), library.errors
