"""Habits and the check-in, driven with keys: tick, yesterday, skip, undo, edit, roll-over."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

from textual.widgets import OptionList

from tests.typing_helpers import OpenStore, present
from wellness_tui.clock import FixedClock
from wellness_tui.core.habit_factory import adopt_op
from wellness_tui.core.habits import is_done, is_skipped
from wellness_tui.library import Library
from wellness_tui.profile.ops import SetDone, UpdateSettings
from wellness_tui.profile.store import ProfileStore
from wellness_tui.tui.app import build_app
from wellness_tui.tui.dialogs.checkin import CheckInDialog
from wellness_tui.tui.dialogs.confirm import ConfirmDialog
from wellness_tui.tui.dialogs.habit_edit import HabitEditDialog
from wellness_tui.tui.dialogs.prompt import PromptDialog
from wellness_tui.tui.screens.habit_detail import HabitDetailScreen
from wellness_tui.tui.screens.habits import HabitsScreen
from wellness_tui.tui.screens.today import TodayScreen
from wellness_tui.tui.widgets.month_calendar import MonthCalendar

from .helpers import highlight, screen_text, type_burst, until

TODAY = date(2026, 11, 25)
YESTERDAY = TODAY - timedelta(days=1)


def _with_habits(open_store: OpenStore, profile_path: Path, library: Library) -> ProfileStore:
    store = open_store(profile_path)
    for suggestion in ("rest-same-wake", "rest-wind-down", "walks-ten-minutes"):
        store.apply(present(adopt_op(library, store.profile, suggestion, date(2026, 11, 1))))
    return store


async def test_tick_yesterday_skip_and_undo_from_today(
    open_store: OpenStore, profile_path: Path, library: Library, clock: FixedClock
) -> None:
    store = _with_habits(open_store, profile_path, library)
    app = build_app(store, library, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        highlight(app, "habit:rest-same-wake", "#today-list")
        await pilot.press("y")  # I forgot yesterday
        await pilot.pause()
        habit = present(store.profile.habit("rest-same-wake"))
        assert is_done(habit, YESTERDAY) and not is_done(habit, TODAY)
        await pilot.press("space")
        await pilot.pause()
        assert is_done(present(store.profile.habit("rest-same-wake")), TODAY)
        assert "✓ Get up at the same time  done" in screen_text(app)
        await pilot.press("u")  # undo the tick
        await pilot.pause()
        assert not is_done(present(store.profile.habit("rest-same-wake")), TODAY)
        assert "○ Get up at the same time  not yet" in screen_text(app)
        await pilot.press("s")  # skip today (ill)
        await pilot.pause()
        assert is_skipped(present(store.profile.habit("rest-same-wake")), TODAY)
        assert "– Get up at the same time  skipped" in screen_text(app)
    assert store.close()
    saved = present(store.profile.habit("rest-same-wake"))
    assert saved.done == [YESTERDAY] and saved.skipped == [TODAY]


async def test_measurable_habit_asks_for_the_amount(
    open_store: OpenStore, profile_path: Path, library: Library, clock: FixedClock
) -> None:
    store = _with_habits(open_store, profile_path, library)
    app = build_app(store, library, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        highlight(app, "habit:walks-ten-minutes", "#today-list")
        await pilot.press("space")
        await pilot.pause()
        assert isinstance(app.screen, PromptDialog)
        await pilot.press(*"lots", "enter")
        await pilot.pause()
        assert "“lots” is not a number: use a number from 0 to" in screen_text(app)
        await pilot.press("ctrl+a", "ctrl+k", *"12", "enter")
        await pilot.pause()
        assert isinstance(app.screen, TodayScreen)
        assert "✓ 10-minute walk  done · 12 minutes" in screen_text(app)
    assert store.close()
    assert present(store.profile.habit("walks-ten-minutes")).amounts == {TODAY: 12.0}


async def test_backfill_from_the_habit_calendar_with_a_note(
    open_store: OpenStore, profile_path: Path, library: Library, clock: FixedClock
) -> None:
    store = _with_habits(open_store, profile_path, library)
    app = build_app(store, library, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        highlight(app, "habit:rest-same-wake", "#today-list")
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, HabitDetailScreen)
        calendar = app.screen.query_one(MonthCalendar)
        assert app.focused is calendar and calendar.cursor == TODAY
        await pilot.press("left", "left", "space")  # Monday 23rd
        await pilot.pause()
        assert is_done(present(store.profile.habit("rest-same-wake")), date(2026, 11, 23))
        await pilot.press("e")
        await pilot.pause()
        await type_burst(pilot, "[b]walked with Sam[/b]")
        await pilot.press("escape")  # escape keeps a note
        await pilot.pause()
        assert (
            present(store.profile.habit("rest-same-wake")).notes[date(2026, 11, 23)]
            == "[b]walked with Sam[/b]"
        )
        assert "[b]walked with Sam[/b]" in screen_text(app)
        await pilot.press("right", "right", "right")  # the future cannot be picked
        assert calendar.cursor == TODAY
        assert "Strength" in screen_text(app)


async def test_habit_detail_shows_numbers_and_heatmap(
    open_store: OpenStore, profile_path: Path, library: Library, clock: FixedClock
) -> None:
    store = _with_habits(open_store, profile_path, library)
    for offset in range(1, 21):
        store.apply(SetDone("rest-same-wake", TODAY - timedelta(days=offset), True))
    app = build_app(store, library, clock)
    async with app.run_test(size=(120, 40)) as pilot:
        await app.push_screen(HabitDetailScreen("rest-same-wake"))
        await pilot.pause()
        text = screen_text(app)
        assert "Get up at the same time" in text
        assert "streak 20 days" in text
        assert "Recent weeks" in text and "Mon" in text, text


async def test_new_edit_pause_archive_delete_and_undo(
    open_store: OpenStore, profile_path: Path, library: Library, clock: FixedClock
) -> None:
    store = open_store(profile_path)
    app = build_app(store, library, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("h")
        await pilot.pause()
        assert isinstance(app.screen, HabitsScreen)
        assert "No habits yet" in screen_text(app)
        await pilot.press("n")
        await pilot.pause()
        assert isinstance(app.screen, HabitEditDialog)
        await type_burst(pilot, "Drink [water]")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, HabitsScreen)
        [habit] = store.profile.habits
        assert habit.title == "Drink [water]" and habit.target.per_day == 1
        assert "Drink [water]" in screen_text(app)
        # Edit: three times a week.
        await pilot.press("e")
        await pilot.pause()
        await pilot.press("tab", "down", "space")  # How often: a number of times a week
        await pilot.pause()
        await pilot.press("tab", "ctrl+a", "ctrl+k", "3", "ctrl+s")
        await pilot.pause()
        assert store.profile.habits[0].target.per_week == 3
        assert "3 times a week" in screen_text(app)
        await pilot.press("p")
        await pilot.pause()
        assert "paused" in screen_text(app)
        await pilot.press("p")
        await pilot.pause()
        assert store.profile.habits[0].paused == []  # paused and resumed the same day
        await pilot.press("a")
        await pilot.pause()
        assert store.profile.habits[0].archived and "Archived (history kept" in screen_text(app)
        await pilot.press("a")
        await pilot.pause()
        await pilot.press("d")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmDialog)
        await pilot.press("escape")  # cancel keeps it
        await pilot.pause()
        assert len(store.profile.habits) == 1
        await pilot.press("d")
        await pilot.pause()
        await pilot.press("y")
        await pilot.pause()
        assert store.profile.habits == []
        await pilot.press("u")
        await pilot.pause()
        assert [h.title for h in store.profile.habits] == ["Drink [water]"]


async def test_new_habit_form_explains_bad_input(
    open_store: OpenStore, profile_path: Path, library: Library, clock: FixedClock
) -> None:
    store = open_store(profile_path)
    app = build_app(store, library, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("h", "n")
        await pilot.pause()
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert "Name: a few words" in screen_text(app)
        assert isinstance(app.screen, HabitEditDialog)


async def test_checkin_form_by_keyboard_and_low_mood_line(
    open_store: OpenStore, profile_path: Path, library: Library, clock: FixedClock
) -> None:
    store = open_store(profile_path)
    app = build_app(store, library, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("c")
        await pilot.pause()
        assert isinstance(app.screen, CheckInDialog)
        assert "really heavy day" not in screen_text(app)
        await pilot.press("2")
        await pilot.pause()
        assert "really heavy day" in screen_text(app) and "ctrl+g" in screen_text(app)
        await pilot.press("tab", "0", "tab", *"7,5", "tab", "right", "right", "right")
        await pilot.press("tab", *"tired [but] ok", "tab", *"work, rain")
        await pilot.pause(0.7)
        await pilot.press("escape", "escape")
        await pilot.pause()
        assert isinstance(app.screen, TodayScreen)
        text = " ".join(screen_text(app).split())  # the summary may wrap
        assert "mood 2/10, energy 10/10, slept 7.5 h, sleep quality 3/5" in text
        assert "ctrl+g shows who you can reach" in text
    assert store.close()
    saved = store.profile.checkins[TODAY]
    assert (saved.mood, saved.energy, saved.sleep_hours, saved.sleep_quality) == (2, 10, 7.5, 3)
    assert saved.note == "tired [but] ok" and saved.tags == ["work", "rain"]


async def test_checkin_can_be_edited_later(
    open_store: OpenStore, profile_path: Path, library: Library, clock: FixedClock
) -> None:
    store = open_store(profile_path)
    app = build_app(store, library, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("c", "6", "escape")
        await pilot.pause()
        await pilot.press("c", "right", "escape")
        await pilot.pause()
    assert store.close()
    assert store.profile.checkins[TODAY].mood == 7


async def test_an_open_app_rolls_over_at_the_day_end_hour(
    open_store: OpenStore, profile_path: Path, library: Library
) -> None:
    from wellness_tui.clock import FixedClock

    clock = FixedClock(datetime(2026, 11, 26, 3, 59))
    store = open_store(profile_path)
    store.apply(UpdateSettings((("day_end_hour", 4),)))
    app = build_app(store, library, clock, watch_seconds=0.1)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert "Wednesday 25 November 2026" in screen_text(app)
        clock.set(datetime(2026, 11, 26, 4, 0, 30))
        await pilot.pause(0.4)  # no key press: the app notices by itself
        assert "Thursday 26 November 2026" in screen_text(app)


async def test_a_bad_hours_value_never_loses_the_rest_of_the_checkin(
    open_store: OpenStore, profile_path: Path, library: Library, clock: FixedClock
) -> None:
    store = open_store(profile_path)
    app = build_app(store, library, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("c", "7", "tab", "tab", *"25", "tab", "right", "right")
        await pilot.press("tab", *"my note", "tab", *"work")
        message = "Hours slept: 25 is out of range: use a number from 0 to 24."
        await until(pilot, lambda: message in screen_text(app))
        await pilot.press("escape", "escape")
        await pilot.pause()
    assert store.close()
    saved = store.profile.checkins[TODAY]
    assert (saved.mood, saved.sleep_quality, saved.note, saved.tags) == (7, 2, "my note", ["work"])
    assert saved.sleep_hours is None


async def test_an_open_checkin_keeps_changes_made_from_the_shell(
    open_store: OpenStore, profile_path: Path, library: Library, clock: FixedClock
) -> None:
    from wellness_tui.clock import FixedClock
    from wellness_tui.profile.models import CheckIn
    from wellness_tui.profile.ops import SetCheckIn
    from wellness_tui.profile.store import ProfileStore

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
        await pilot.press(*" second")
        await pilot.pause(0.7)
        await pilot.press("escape", "escape")
        await pilot.pause()
    assert store.close()
    saved = store.profile.checkins[TODAY]
    assert (saved.mood, saved.sleep_hours, saved.note) == (2, 6, "first second")


async def test_escape_in_an_answer_never_jumps_into_the_next_one(
    open_store: OpenStore, profile_path: Path, library: Library, clock: FixedClock
) -> None:
    from wellness_tui.tui.screens.safety_plan import SafetyPlanScreen
    from wellness_tui.tui.widgets.answer_area import AnswerArea

    store = open_store(profile_path)
    app = build_app(store, library, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await app.push_screen(SafetyPlanScreen())
        await pilot.pause()
        await pilot.press(*"signs", "escape")
        await pilot.pause()
        assert not isinstance(app.focused, AnswerArea)
        await pilot.press("n")  # a key meant for the screen is not typed anywhere
        await pilot.press("escape")  # and a second escape leaves the screen
        await pilot.pause()
        assert not isinstance(app.screen, SafetyPlanScreen)
    assert store.close()
    assert store.profile.safety_plan.steps == {"warning-signs": "signs"}


async def test_today_survives_its_highlighted_habit_being_deleted(
    open_store: OpenStore, profile_path: Path, library: Library, clock: FixedClock
) -> None:
    store = _with_habits(open_store, profile_path, library)
    app = build_app(store, library, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        highlight(app, "habit:rest-wind-down", "#today-list")
        await pilot.press("h")
        await pilot.pause()
        highlight(app, "rest-wind-down", "#habits-list")
        await pilot.press("d", "y")
        await pilot.pause()
        await pilot.press("t")
        await pilot.pause()
        assert app.is_running and isinstance(app.screen, TodayScreen)
        assert "20-minute wind-down" not in screen_text(app)
        assert app.screen.query_one("#today-list", OptionList).highlighted is not None
