"""Plan from the module (issue 17): a lesson of "Doing what matters" offers a = the
planner, whose values section holds what matters in each life area; escape comes back
to the lesson. Lessons of other modules do not offer it."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import REPO_CONTENT
from tests.typing_helpers import OpenStore
from wellness_tui.clock import FixedClock
from wellness_tui.library import load_library
from wellness_tui.tui.app import build_app
from wellness_tui.tui.screens.activities import ActivitiesScreen
from wellness_tui.tui.screens.lesson import LessonScreen

from .helpers import highlight, screen_text

VALUES_LESSON = "doing-what-matters-what-matters-to-you"


async def test_a_opens_the_planner_from_a_doing_what_matters_lesson(
    open_store: OpenStore, profile_path: Path, clock: FixedClock
) -> None:
    store = open_store(profile_path)
    app = build_app(store, load_library([REPO_CONTENT]), clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await app.push_screen(LessonScreen(VALUES_LESSON))
        await pilot.pause()
        assert "a Planner" in screen_text(app)  # the footer offers it
        await pilot.press("a")
        await pilot.pause()
        assert isinstance(app.screen, ActivitiesScreen)
        highlight(app, "value:relationships", "#planner-list")
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press(*"Being there", "ctrl+s")
        await pilot.pause()
        assert store.profile.values == {"relationships": "Being there"}
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, LessonScreen) and app.screen.lesson_id == VALUES_LESSON
    assert store.close()


async def test_other_modules_do_not_offer_the_planner(
    open_store: OpenStore, profile_path: Path, clock: FixedClock
) -> None:
    library = load_library([REPO_CONTENT])
    other = next(m for m in library.modules if m.id != "doing-what-matters")
    store = open_store(profile_path)
    app = build_app(store, library, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await app.push_screen(LessonScreen(other.lessons[0].id))
        await pilot.pause()
        assert "Planner" not in screen_text(app)
        await pilot.press("a")
        await pilot.pause()
        assert isinstance(app.screen, LessonScreen)
