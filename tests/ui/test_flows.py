"""The foundation's journeys, driven with Pilot the way a person uses the keys."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import OptionList

from tests.typing_helpers import OpenStore, present
from wellness_tui.clock import FixedClock
from wellness_tui.core.habits import is_done
from wellness_tui.core.progress import reading_stops
from wellness_tui.library import Library
from wellness_tui.profile.models import answer_key
from wellness_tui.tui.app import build_app
from wellness_tui.tui.screens.lesson import LessonScreen
from wellness_tui.tui.screens.module import ModuleScreen
from wellness_tui.tui.screens.onboarding import OnboardingScreen
from wellness_tui.tui.screens.today import TodayScreen
from wellness_tui.tui.screens.welcome import WelcomeScreen
from wellness_tui.tui.widgets.answer_area import AnswerArea

from .helpers import highlight, screen_text, until


async def test_first_run_shows_the_welcome_then_today(
    open_store: OpenStore, profile_path: Path, library: Library, clock: FixedClock
) -> None:
    store = open_store(profile_path, welcomed=False)
    app = build_app(store, library, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, WelcomeScreen)
        text = screen_text(app)
        assert "not medical care, a diagnosis or a crisis service" in text
        assert str(profile_path) in "".join(text.split())  # the path may wrap
        assert "It is not" in text and "encrypted" in text
        assert " t Today" not in text, "no switching away from the welcome"
        assert "ctrl+g" in text
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, OnboardingScreen)
        await pilot.press("escape")  # every first choice can be skipped
        await pilot.pause()
        assert isinstance(app.screen, TodayScreen)
        assert "Start here" in screen_text(app)
    assert store.close()
    assert store.profile.welcomed


@pytest.mark.slow
async def test_lesson_journey_resumes_at_the_same_section_at_another_size(
    open_store: OpenStore, profile_path: Path, library: Library, clock: FixedClock
) -> None:
    store = open_store(profile_path)
    app = build_app(store, library, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        text = screen_text(app)
        assert "Wednesday 25 November 2026" in text
        assert "Rest" in text and "0/2 lessons" in text
        assert "Continue where you left off" not in text
        highlight(app, "module:rest", "#today-list")
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ModuleScreen)
        highlight(app, "lesson:rest-rhythm", "#module-list")
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, LessonScreen) and app.screen.lesson_id == "rest-rhythm"
        await pilot.press("n")  # next lesson: marks the first one done
        await pilot.pause()
        assert app.screen.lesson_id == "rest-wind-down-lesson"
        assert store.profile.lessons["rest-rhythm"].completed == clock.now().date()
        lesson = app.screen
        assert isinstance(lesson, LessonScreen)
        # Type an answer (with the letter q in it) in the reflection box.
        area = lesson.query_one("#answer-calm", AnswerArea)
        area.focus()
        await pilot.press(*"quiet [0] note [/]")
        assert app.is_running, "typing q in an answer must not quit"
        # Saved about half a second after typing stops.
        key = answer_key("rest-wind-down-lesson", "calm")
        await until(
            pilot,
            lambda: (
                key in store.profile.answers
                and store.profile.answers[key].text == "quiet [0] note [/]"
            ),
        )
        # Go back up to the second section, then quit with q once out of the text box.
        await pilot.press("escape")
        reader = lesson.query_one("#reader")
        reader.focus()
        target = lesson.query_one("#stop-what-it-can-look-like")
        reader.scroll_to_widget(target, top=True, animate=False)
        await until(pilot, lambda: lesson.current_stop() == 1)
        await pilot.press("q")
        await pilot.pause()
    assert store.close()
    saved = store.profile.lessons["rest-wind-down-lesson"]
    assert saved.section == "what-it-can-look-like"

    # Restart at another terminal size: Continue opens the same lesson and section.
    store2 = open_store(profile_path)
    app2 = build_app(store2, library, clock)
    async with app2.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        text = screen_text(app2)
        assert "Continue where you left off" in text
        assert "Rest · Winding down" in text and "at “What it can look like”" in text
        highlight(app2, "continue", "#today-list")
        await pilot.press("enter")
        await pilot.pause(0.3)
        lesson2 = app2.screen
        assert isinstance(lesson2, LessonScreen) and lesson2.lesson_id == "rest-wind-down-lesson"
        assert lesson2.current_stop() == 1
        reader2 = lesson2.query_one("#reader")
        section = lesson2.query_one("#stop-what-it-can-look-like")
        assert section.virtual_region.y == reader2.scroll_y
        area2 = lesson2.query_one("#answer-calm", AnswerArea)
        assert area2.text == "quiet [0] note [/]"


async def test_reading_stops_cover_sections_activity_reflection_and_questions(
    library: Library,
) -> None:
    _, lesson = present(library.lesson("rest-rhythm"))
    assert [s for s, _ in reading_stops(lesson)] == [
        "start",
        "why-rhythm-matters",
        "starting-small",
        "being-kind-to-yourself",
        "activity",
        "reflection",
        "questions",
    ]


async def test_tick_a_habit_and_it_is_still_ticked_after_restart(
    open_store: OpenStore, profile_path: Path, library: Library, clock: FixedClock
) -> None:
    store = open_store(profile_path)
    app = build_app(store, library, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        highlight(app, "module:rest", "#today-list")
        await pilot.press("enter")
        await pilot.pause()
        highlight(app, "habit:rest-same-wake", "#module-list")
        await pilot.press("a")
        await pilot.pause()
        assert "in your habits" in screen_text(app)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, TodayScreen)
        assert "Get up at the same time" in screen_text(app)
        highlight(app, "habit:rest-same-wake", "#today-list")
        await pilot.press("space")
        await pilot.pause()
        assert "✓ Get up at the same time" in screen_text(app)
        await pilot.press("ctrl+q")
    assert store.close()

    store2 = open_store(profile_path)
    habit = store2.profile.habit("rest-same-wake")
    assert habit is not None and is_done(habit, clock.now().date())
    app2 = build_app(store2, library, clock)
    async with app2.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert "✓ Get up at the same time  done" in screen_text(app2)
        highlight(app2, "habit:rest-same-wake", "#today-list")
        await pilot.press("space")  # untick
        await pilot.pause()
        assert "○ Get up at the same time  not yet" in screen_text(app2)
    assert store2.close()
    assert not is_done(present(store2.profile.habit("rest-same-wake")), clock.now().date())


async def test_knowledge_check_explains_every_choice_and_never_blocks(
    open_store: OpenStore, profile_path: Path, library: Library, clock: FixedClock
) -> None:
    store = open_store(profile_path)
    app = build_app(store, library, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        app.push_screen(LessonScreen("rest-rhythm"))
        await pilot.pause()
        choices = app.screen.query_one(".knowledge-check OptionList", OptionList)
        choices.focus()
        choices.highlighted = 1
        await pilot.press("enter")
        await pilot.pause()
        text = " ".join(screen_text(app).split())
        assert "○ B Not quite. Long lie-ins" in text
        explanation = app.screen.query_one(".knowledge-check .explanation")
        assert "You can pick another answer" in str(explanation.render())
        assert store.profile.checks["rest-rhythm/anchor"] == "b"
        choices.highlighted = 0
        await pilot.press("enter")
        await pilot.pause()
        assert "✓ A Yes. A regular wake-up time" in " ".join(screen_text(app).split())
        assert store.profile.checks["rest-rhythm/anchor"] == "a"


async def test_escape_in_an_answer_keeps_the_text_and_leaving_saves_it(
    open_store: OpenStore, profile_path: Path, library: Library, clock: FixedClock
) -> None:
    store = open_store(profile_path)
    app = build_app(store, library, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        app.push_screen(LessonScreen("rest-rhythm"))
        await pilot.pause()
        area = app.screen.query_one(AnswerArea)
        area.focus()
        await pilot.press(*"morning light")
        await pilot.press("escape")  # stop writing: the text stays
        assert area.text == "morning light"
        assert isinstance(app.screen, LessonScreen)
        area.focus()
        await pilot.press(*" and tea")
        await pilot.press("escape", "escape")  # leave at once, before the half-second save
        await pilot.pause()
        assert isinstance(app.screen, TodayScreen)
    assert store.close()
    assert store.profile.answers["rest-rhythm/what-helps"].text == "morning light and tea"


async def test_sources_show_at_the_end_of_the_last_lesson_only(
    open_store: OpenStore, profile_path: Path, library: Library, clock: FixedClock
) -> None:
    store = open_store(profile_path)
    app = build_app(store, library, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        app.push_screen(LessonScreen("rest-rhythm"))
        await pilot.pause()
        await pilot.press("end")
        await pilot.pause()
        assert "End of the lesson" in screen_text(app)
        assert "Brain Basics" not in screen_text(app)
        await pilot.press("n")
        await pilot.pause()
        await pilot.press("end")
        await pilot.pause()
        assert "Sources for “Rest”" in screen_text(app)
        assert "Brain Basics: Understanding Sleep" in screen_text(app)
        await pilot.press("n")  # finishing the module returns to where the lesson was opened
        await pilot.pause()
        assert isinstance(app.screen, TodayScreen)
        assert "2/2 lessons" in screen_text(app)


async def test_broken_content_leaves_the_module_out_with_a_visible_notice(
    open_store: OpenStore, profile_path: Path, clock: FixedClock, tmp_path: Path
) -> None:
    import shutil

    from tests.conftest import TEST_CONTENT
    from wellness_tui.library import load_library

    content = tmp_path / "content"
    shutil.copytree(TEST_CONTENT, content)
    broken = content / "02-walks" / "01-first-steps.md"
    broken.write_text(broken.read_text().replace("minutes = 2", "minutes = two"))
    (content / "crisis.toml").write_text("this is not toml = = =")
    library = load_library([content])
    store = open_store(profile_path)
    app = build_app(store, library, clock)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        text = " ".join(screen_text(app).split())
        assert "could not be read" in text and "01-first-steps.md" in text
        assert "Rest" in text and "Walks" not in text
        await pilot.press("ctrl+g")
        await pilot.pause()
        text = screen_text(app)
        assert "988 Suicide & Crisis Lifeline" in text  # the built-in list
        assert "built-in list" in text


async def test_first_choices_set_name_focus_habits_and_day_end(
    open_store: OpenStore, profile_path: Path, library: Library, clock: FixedClock
) -> None:
    from textual.widgets import Select

    store = open_store(profile_path, welcomed=False)
    app = build_app(store, library, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press(*"Ana [x]", "enter")  # the name, then on to the modules
        await pilot.press("down", "space")  # Walks
        await pilot.press("tab", "space", "down", "space")  # two starter habits
        app.screen.query_one("#day-end", Select).value = 3
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, TodayScreen)
        text = screen_text(app)
        assert "Good morning, Ana [x]." in text
        assert "Start here" in text and "Walks · First steps" in text
    assert store.close()
    settings = store.profile.settings
    assert (settings.name, settings.focus_modules, settings.day_end_hour) == (
        "Ana [x]",
        ["walks"],
        3,
    )
    assert [h.id for h in store.profile.habits] == ["rest-same-wake", "walks-ten-minutes"]


async def test_enter_opens_at_once_on_every_list(
    open_store: OpenStore, profile_path: Path, library: Library, clock: FixedClock
) -> None:
    """No list starts without a highlight: enter always opens something."""
    from wellness_tui.tui.screens.scripts import ScriptScreen, ScriptsScreen

    store = open_store(profile_path)
    app = build_app(store, library, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("m")
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ModuleScreen) and app.screen.module_id == "rest"
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, LessonScreen)
        await app.push_screen(ScriptsScreen())
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ScriptScreen)


async def test_no_more_than_three_starter_habits(
    open_store: OpenStore, profile_path: Path, library: Library, clock: FixedClock
) -> None:
    from wellness_tui.tui.widgets.check_list import CheckList

    store = open_store(profile_path, welcomed=False)
    app = build_app(store, library, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("enter")
        await pilot.pause()
        starters = app.screen.query_one("#starters", CheckList)
        starters.items += [("extra-1", "Extra one"), ("extra-2", "Extra two")]  # four in all
        starters.set_options(starters._check_options())
        starters.focus()
        starters.highlighted = 0
        await pilot.press("space", "down", "space", "down", "space", "down", "space")
        await pilot.pause()
        assert len(starters.selected) == 3
        note = app.screen.query_one("#starter-note")
        assert note.display and "up to three for now" in str(note.render())


async def test_typing_in_a_field_adds_to_what_is_there(
    open_store: OpenStore, profile_path: Path, library: Library, clock: FixedClock
) -> None:
    from wellness_tui.profile.models import CheckIn
    from wellness_tui.profile.ops import SetCheckIn

    store = open_store(profile_path)
    store.apply(SetCheckIn(clock.now().date(), CheckIn(note="first", tags=["work"])))
    app = build_app(store, library, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("c", "tab", "tab", "tab", "tab", *" more", "tab", *", rain")
        await pilot.pause(0.7)
        await pilot.press("escape", "escape")
        await pilot.pause()
    assert store.close()
    saved = store.profile.checkins[clock.now().date()]
    assert (saved.note, saved.tags) == ("first more", ["work", "rain"])


async def test_a_click_on_a_section_at_the_top_opens_it(
    open_store: OpenStore, profile_path: Path, library: Library, clock: FixedClock
) -> None:
    store = open_store(profile_path)
    store.profile.welcomed = True
    app = build_app(store, library, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        top = screen_text(app).splitlines()[0]
        for mode, label in (("habits", "Habits"), ("notebook", "Notebook"), ("today", "Today")):
            await pilot.click("#section-bar", offset=(top.index(label), 0))
            await pilot.pause()
            assert app.current_mode == mode
            assert app.screen.query_one("#section-bar").current == mode  # type: ignore[attr-defined]
        await pilot.click("#section-bar", offset=(top.index("Settings"), 0))  # words only
        await pilot.pause()
        assert app.current_mode == "today"
