"""Issue 15 (as a first-time user meets it): finding the way, input, looks."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Button, Input

from tests.typing_helpers import OpenStore
from wellness_tui.clock import FixedClock
from wellness_tui.library import Library
from wellness_tui.profile.models import CheckIn, answer_key
from wellness_tui.profile.ops import (
    SetAnswer,
    SetCheckChoice,
    SetCheckIn,
    SetLessonPosition,
    SetPlanStep,
    UpdateSettings,
)
from wellness_tui.profile.store import ProfileStore
from wellness_tui.tui.app import build_app
from wellness_tui.tui.dialogs.checkin import CheckInDialog
from wellness_tui.tui.dialogs.confirm import ConfirmDialog
from wellness_tui.tui.screens.habits import HabitsScreen
from wellness_tui.tui.screens.lesson import LessonScreen
from wellness_tui.tui.screens.today import TodayScreen
from wellness_tui.tui.widgets.answer_area import AnswerArea
from wellness_tui.tui.widgets.knowledge_check import ChoiceList
from wellness_tui.tui.widgets.scale_picker import ScalePicker

from ..conftest import NOW
from .helpers import screen_text

TODAY = NOW.date()


async def test_section_keys_work_inside_a_lesson(
    open_store: OpenStore, profile_path: Path, library: Library, clock: FixedClock
) -> None:
    store = open_store(profile_path)
    app = build_app(store, library, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        app.open_lesson("rest-rhythm")  # opened from Today
        await pilot.pause()
        assert isinstance(app.screen, LessonScreen)
        await pilot.press("t")  # the section already shown: back to Today itself
        await pilot.pause()
        assert isinstance(app.screen, TodayScreen)
        app.open_lesson("rest-rhythm")
        await pilot.pause()
        await pilot.press("h")
        await pilot.pause()
        assert isinstance(app.screen, HabitsScreen)
        assert "Habits" in screen_text(app)


async def test_the_palette_shows_only_the_programs_own_entries(
    open_store: OpenStore, profile_path: Path, library: Library, clock: FixedClock
) -> None:
    store = open_store(profile_path)
    app = build_app(store, library, clock)
    async with app.run_test(size=(80, 40)) as pilot:
        await pilot.pause()
        titles = [command.title for command in app.get_system_commands(app.screen)]
        assert "Check in" in titles and "Quit" in titles
        for developer in ("Keys", "Maximize", "Screenshot", "Theme", "Minimize"):
            assert not any(t.startswith(developer) for t in titles), developer
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"keys")
        await pilot.pause(0.3)
        assert "Show keys and help panel" not in screen_text(app)


async def test_one_escape_closes_the_checkin_from_its_note(
    open_store: OpenStore, profile_path: Path, library: Library, clock: FixedClock
) -> None:
    store = open_store(profile_path)
    app = build_app(store, library, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("c")
        await pilot.pause()
        assert isinstance(app.screen, CheckInDialog)
        assert "escape: close" in screen_text(app)
        app.screen.query_one("#note").focus()
        await pilot.press(*"a quiet day", "escape")
        await pilot.pause()
        assert isinstance(app.screen, TodayScreen)
    assert store.close()
    assert store.profile.checkins[TODAY].note == "a quiet day"


async def test_a_number_field_selects_its_old_value_so_typing_replaces_it(
    open_store: OpenStore, profile_path: Path, library: Library, clock: FixedClock
) -> None:
    store = open_store(profile_path)
    store.apply(SetCheckIn(TODAY, CheckIn(sleep_hours=8), merge=("sleep_hours",)))
    app = build_app(store, library, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("c", "tab", "tab")
        await pilot.pause()
        assert app.focused is not None and app.focused.id == "sleep"
        await pilot.press("7")
        await pilot.pause()
        assert app.screen.query_one("#sleep", Input).value == "7"
        await pilot.press("tab", "tab", "tab", *"ok")  # tags: a free-text field adds
        await pilot.press("shift+tab", "shift+tab", "shift+tab")
        await pilot.press("escape")
        await pilot.pause()
    assert store.close()
    assert store.profile.checkins[TODAY].sleep_hours == 7


async def test_an_open_checkin_shows_a_change_made_from_the_shell(
    open_store: OpenStore, profile_path: Path, library: Library, clock: FixedClock
) -> None:
    store = open_store(profile_path)
    app = build_app(store, library, clock, watch_seconds=0.1)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("c", "tab", "tab", "tab", "tab", *"first")
        await pilot.pause(0.7)
        shell = ProfileStore(profile_path, FixedClock(clock.now()))  # another process
        shell.apply(
            SetCheckIn(TODAY, CheckIn(mood=2, sleep_hours=6), merge=("mood", "sleep_hours"))
        )
        assert shell.close()
        await pilot.pause(0.5)
        dialog = app.screen
        assert dialog.query_one("#mood", ScalePicker).value == 2
        assert dialog.query_one("#sleep", Input).value == "6"
        assert "really heavy day" in screen_text(app)  # the low-mood line follows
        await pilot.press(*" second")  # typing goes on in the note, nothing lost
        await pilot.pause(0.7)
        assert dialog.query_one("#note", AnswerArea).text == "first second"
        await pilot.press("escape")
        await pilot.pause()
    assert store.close()
    saved = store.profile.checkins[TODAY]
    assert (saved.mood, saved.sleep_hours, saved.note) == (2, 6, "first second")


async def test_the_knowledge_check_is_reached_and_answered_by_keyboard(
    open_store: OpenStore, profile_path: Path, library: Library, clock: FixedClock
) -> None:
    store = open_store(profile_path)
    app = build_app(store, library, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        app.open_lesson("rest-rhythm")
        await pilot.pause()
        assert "u Questions" in screen_text(app)  # the footer says how
        await pilot.press("u")
        await pilot.pause()
        assert isinstance(app.focused, ChoiceList)
        text = screen_text(app)
        assert "Check your understanding" in text and "a b c Answer" in text
        await pilot.press("b")  # picks B directly (not a section key here)
        await pilot.pause()
        assert isinstance(app.screen, LessonScreen)
        assert "○ B" in screen_text(app) or "✓ B" in screen_text(app)
    assert store.close()
    assert store.profile.checks[answer_key("rest-rhythm", "anchor")] == "b"


async def test_the_lesson_list_shows_a_lesson_in_progress(
    open_store: OpenStore, profile_path: Path, library: Library, clock: FixedClock
) -> None:
    store = open_store(profile_path)
    store.apply(SetLessonPosition("rest-wind-down-lesson", "what-it-can-look-like", 1, clock.now()))
    store.apply(SetAnswer(answer_key("rest-wind-down-lesson", "calm"), "tea", clock.now()))
    store.apply(SetCheckChoice(answer_key("rest-wind-down-lesson", "light"), "a"))
    app = build_app(store, library, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        app.open_module("rest")
        await pilot.pause()
        text = screen_text(app)
        assert "○ 1. " in text  # not opened yet
        assert "◐ 2. " in text
        assert "in progress · read 2 of 6 parts · 1 of 1 answer · 1 of 1 check" in text


async def test_very_long_texts_are_shortened_on_screen_and_saved_exactly(
    open_store: OpenStore, profile_path: Path, library: Library, clock: FixedClock
) -> None:
    name = "N" * 5000
    title = "T" * 5000
    store = open_store(profile_path)
    store.apply(UpdateSettings((("name", name),)))
    app = build_app(store, library, clock)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await pilot.pause()
        text = screen_text(app)
        assert "N" * 20 in text and text.count("N") < 80  # one line of Today, not the screen
        assert "Start here" in text or "Habits" in text  # the rest of Today still shows
        await pilot.press("h", "n")
        await pilot.pause()
        app.screen.query_one("#title", Input).value = title
        await pilot.press("ctrl+s")
        await pilot.pause(0.3)
        lines = screen_text(app).count("T" * 30)
        assert lines <= 8, "the list row and the toast quoting the title stay a few lines"
        assert "Tick it on Today" in screen_text(app)
    assert store.close()
    assert store.profile.settings.name == name
    assert [h.title for h in store.profile.habits] == [title]


async def test_adding_a_habit_with_a_title_you_have_offers_the_existing_one(
    open_store: OpenStore, profile_path: Path, library: Library, clock: FixedClock
) -> None:
    store = open_store(profile_path)
    app = build_app(store, library, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("h", "n", *"Coffee", "ctrl+s")
        await pilot.pause()
        assert [h.title for h in store.profile.habits] == ["Coffee"]
        await pilot.press("n", *"coffee", "ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmDialog)
        assert "You already have a habit called “Coffee”" in screen_text(app)
        await pilot.press("escape")  # use the one I have
        await pilot.pause()
        assert isinstance(app.screen, HabitsScreen)
        assert len(store.profile.habits) == 1
        await pilot.press("n", *"Coffee", "ctrl+s")
        await pilot.pause()
        app.screen.query_one("#yes", Button).press()
        await pilot.pause()
        assert [h.title for h in store.profile.habits] == ["Coffee", "Coffee"]


async def test_the_safety_plan_shows_beside_the_crisis_lines_at_80x24(
    open_store: OpenStore, profile_path: Path, clock: FixedClock
) -> None:
    from pathlib import Path

    from wellness_tui.library import load_library

    library = load_library([Path(__file__).parents[2] / "content"])  # all the real lines
    assert len(library.crisis_lines) >= 10
    store = open_store(profile_path)
    store.apply(SetPlanStep("warning-signs", "I stop answering messages", clock.now()))
    store.apply(SetPlanStep("on-my-own", "A hot shower, then the blue blanket", clock.now()))
    app = build_app(store, library, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("ctrl+g")
        await pilot.pause()
        text = screen_text(app)
        danger = text.index("If you are in danger now, call your local emergency number")
        nobody = text.index("This app cannot contact anyone")
        assert danger < nobody < text.index("Crisis lines") < text.index("My warning signs")
        assert nobody < text.index("My safety plan")
        assert "I stop answering messages" in text  # the first part, without scrolling
        assert "988 Suicide & Crisis Lifeline" in text


async def test_settings_offer_the_programs_themes_by_name_and_textuals_behind_more(
    open_store: OpenStore, profile_path: Path, library: Library, clock: FixedClock
) -> None:
    from textual.widgets import Select

    store = open_store(profile_path)
    app = build_app(store, library, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("comma")
        await pilot.pause()
        menu = app.screen.query_one("#theme", Select)
        menu.focus()
        await pilot.press("enter")
        await pilot.pause()
        text = screen_text(app)
        for name in ("calm dark", "calm light", "high contrast dark", "high contrast light"):
            assert name in text
        assert "more themes" in text and "nord" not in text and "textual-dark" not in text
        await pilot.press("down", "down", "enter")  # high contrast dark
        await pilot.pause()
        assert app.theme == "wellness-high-contrast"
        await pilot.press("enter", "end", "enter")  # more themes
        await pilot.pause()
        assert app.theme == "wellness-high-contrast"  # unchanged by asking for more
        assert "Textual: " in screen_text(app)  # the menu opens again, longer
    assert store.close()
    assert store.profile.settings.theme == "wellness-high-contrast"


async def test_tall_dialogs_fit_at_80x24_and_leave_the_footer_free(
    open_store: OpenStore, profile_path: Path, library: Library, clock: FixedClock
) -> None:
    from wellness_tui.tui.dialogs.appointment import edit_appointment
    from wellness_tui.tui.dialogs.form import FormDialog

    store = open_store(profile_path)
    app = build_app(store, library, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        for open_dialog in (
            app.action_write_report,
            lambda: edit_appointment(app.screen, app.ctx, lambda: None),
            app.action_checkin,
        ):
            open_dialog()
            await pilot.pause()
            lines = screen_text(app).splitlines()
            assert "^g Get help" in lines[-1], "the footer stays in view"
            assert "t Today" in lines[0], "and the top bar"
            if isinstance(app.screen, FormDialog):
                box = app.screen.query_one("#form")
                assert box.region.bottom <= 23 and box.region.y >= 1
                save = app.screen.query_one("#save")
                save.focus()  # the form scrolls inside to its buttons
                await pilot.pause()
                assert "Save" in screen_text(app)
            app.screen.dismiss(None)
            await pilot.pause()


async def test_wrapped_list_lines_start_under_their_item(
    open_store: OpenStore, profile_path: Path, library: Library, clock: FixedClock
) -> None:
    from wellness_tui.core.habit_factory import new_habit_op
    from wellness_tui.profile.models import CareQuestion
    from wellness_tui.profile.ops import PutItem
    from wellness_tui.targets import Target
    from wellness_tui.tui.screens.prepare import PrepareScreen
    from wellness_tui.tui.screens.questions import QuestionsScreen

    long = "Ask whether the new dose could go with the tiredness I feel every afternoon lately"
    store = open_store(profile_path)
    store.apply(new_habit_op(store.profile, long, Target(), TODAY))
    store.apply(PutItem("questions", CareQuestion(id="q1", text=long, added=TODAY)))
    app = build_app(store, library, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()

        def lined_up() -> bool:
            """The wrapped line of the long text starts where its first line's text did."""
            lines = screen_text(app).splitlines()
            first = next(line for line in lines if "Ask whether" in line)
            after = lines[lines.index(first) + 1]
            indent = len(after) - len(after.lstrip())
            return "afternoon" in after and indent == first.index("Ask whether") > 1

        assert lined_up()  # Today
        await app.push_screen(QuestionsScreen())
        await pilot.pause()
        assert lined_up()
        app.pop_screen()
        await app.push_screen(PrepareScreen())
        await pilot.pause()
        assert lined_up()
