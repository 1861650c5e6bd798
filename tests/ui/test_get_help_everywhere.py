"""ctrl+g (and F1) open get-help from every screen, and escape returns exactly there.

The list of screens is built from the screens package, so a new screen
without an entry in OPENERS fails this test until it is covered.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from collections.abc import Awaitable, Callable
from pathlib import Path
from types import ModuleType

import pytest
from textual.command import CommandPalette
from textual.pilot import Pilot
from textual.screen import Screen

import wellness_tui.tui.dialogs as dialogs_package
import wellness_tui.tui.screens as screens_package
from tests.typing_helpers import OpenStore, present
from wellness_tui.clock import FixedClock
from wellness_tui.core.habit_factory import adopt_op
from wellness_tui.library import Library
from wellness_tui.tui.app import WellnessApp, build_app
from wellness_tui.tui.dialogs.activity import ActivityDialog, DoneDialog, PlanDialog, ValueDialog
from wellness_tui.tui.dialogs.confirm import ConfirmDialog
from wellness_tui.tui.dialogs.form import EditDialog, Field, FormDialog
from wellness_tui.tui.dialogs.habit_edit import HabitEditDialog
from wellness_tui.tui.dialogs.prompt import PromptDialog
from wellness_tui.tui.screens.activities import ActivitiesScreen, WeekReviewScreen
from wellness_tui.tui.screens.base import WellnessScreen
from wellness_tui.tui.screens.get_help import DANGER, GetHelpScreen
from wellness_tui.tui.screens.habit_actions import HabitDayScreen
from wellness_tui.tui.screens.habit_detail import HabitDetailScreen
from wellness_tui.tui.screens.item_list import ItemListScreen
from wellness_tui.tui.screens.lesson import LessonScreen
from wellness_tui.tui.screens.module import ModuleScreen
from wellness_tui.tui.screens.onboarding import OnboardingScreen
from wellness_tui.tui.screens.people import PeopleScreen
from wellness_tui.tui.screens.plan_week import PlanWeekScreen
from wellness_tui.tui.screens.prepare import PrepareScreen
from wellness_tui.tui.screens.questions import QuestionsScreen
from wellness_tui.tui.screens.safety_plan import SafetyPlanScreen
from wellness_tui.tui.screens.scripts import ScriptScreen, ScriptsScreen
from wellness_tui.tui.screens.selfcheck import SelfCheckScreen
from wellness_tui.tui.screens.symptom_log import SymptomLogScreen
from wellness_tui.tui.screens.treatments import TreatmentsScreen
from wellness_tui.tui.screens.welcome import WelcomeScreen
from wellness_tui.tui.screens.worksheets import ProblemsScreen, ThoughtRecordsScreen
from wellness_tui.tui.widgets.answer_area import AnswerArea

from .helpers import screen_text

Opener = Callable[[WellnessApp, Pilot[None]], Awaitable[None]]


async def _today(app: WellnessApp, pilot: Pilot[None]) -> None:
    await pilot.press("t")


async def _modules(app: WellnessApp, pilot: Pilot[None]) -> None:
    await pilot.press("m")


async def _module(app: WellnessApp, pilot: Pilot[None]) -> None:
    await app.push_screen(ModuleScreen("rest"))


async def _lesson(app: WellnessApp, pilot: Pilot[None]) -> None:
    await app.push_screen(LessonScreen("rest-rhythm"))


async def _get_help(app: WellnessApp, pilot: Pilot[None]) -> None:
    await app.push_screen(GetHelpScreen(app.ctx))


async def _welcome(app: WellnessApp, pilot: Pilot[None]) -> None:
    await app.push_screen(WelcomeScreen())


async def _recovery_key(app: WellnessApp, pilot: Pilot[None]) -> None:
    from wellness_tui.tui.dialogs.recovery_key import RecoveryKeyDialog

    await app.push_screen(RecoveryKeyDialog("AGE-SECRET-KEY-1" + "Q" * 58))


async def _readable_plan(app: WellnessApp, pilot: Pilot[None]) -> None:
    """Shown by the unlock screen; here, the same plan as its readable copy holds it."""
    from wellness_tui.profile.safety_plan_file import parse, render
    from wellness_tui.tui.screens.readable_plan import ReadablePlanScreen

    await app.push_screen(ReadablePlanScreen(parse(render(app.ctx.profile))))


async def _confirm(app: WellnessApp, pilot: Pilot[None]) -> None:
    await app.push_screen(ConfirmDialog("Delete this habit?"))


async def _habits(app: WellnessApp, pilot: Pilot[None]) -> None:
    await pilot.press("h")


async def _progress(app: WellnessApp, pilot: Pilot[None]) -> None:
    await pilot.press("r")


async def _patterns(app: WellnessApp, pilot: Pilot[None]) -> None:
    await pilot.press("r", "p")
    await pilot.pause()
    await app.workers.wait_for_complete()
    await pilot.pause()


async def _habit_detail(app: WellnessApp, pilot: Pilot[None]) -> None:
    await app.push_screen(HabitDetailScreen("rest-same-wake"))


async def _habit_edit(app: WellnessApp, pilot: Pilot[None]) -> None:
    await app.push_screen(HabitEditDialog())


async def _checkin(app: WellnessApp, pilot: Pilot[None]) -> None:
    await pilot.press("c")


async def _prompt(app: WellnessApp, pilot: Pilot[None]) -> None:
    await app.push_screen(PromptDialog("A note?", keep_on_escape=True))


async def _help(app: WellnessApp, pilot: Pilot[None]) -> None:
    await pilot.press("question_mark")


async def _settings(app: WellnessApp, pilot: Pilot[None]) -> None:
    await pilot.press("comma")


async def _notebook(app: WellnessApp, pilot: Pilot[None]) -> None:
    await pilot.press("b")


def _push(screen_class: type) -> Opener:
    async def opener(app: WellnessApp, pilot: Pilot[None]) -> None:
        await app.push_screen(screen_class())

    return opener


async def _script(app: WellnessApp, pilot: Pilot[None]) -> None:
    await app.push_screen(ScriptScreen(app.ctx.library.scripts[0]))


async def _form(app: WellnessApp, pilot: Pilot[None]) -> None:
    await app.push_screen(FormDialog("A form", [Field("x", "X", kind="text")]))


async def _done(app: WellnessApp, pilot: Pilot[None]) -> None:
    await app.push_screen(DoneDialog("Walk"))


async def _plan(app: WellnessApp, pilot: Pilot[None]) -> None:
    day = app.ctx.today()
    await app.push_screen(PlanDialog("Walk", day, day, None, move=False))


async def _plan_week(app: WellnessApp, pilot: Pilot[None]) -> None:
    await app.push_screen(PlanWeekScreen(app.ctx.today()))


async def _import(app: WellnessApp, pilot: Pilot[None]) -> None:
    app.action_import_history()
    await pilot.pause()


async def _value(app: WellnessApp, pilot: Pilot[None]) -> None:
    await app.push_screen(ValueDialog("Fun and rest", "", ""))


async def _shared_folder(app: WellnessApp, pilot: Pilot[None]) -> None:
    from pathlib import Path

    from wellness_tui.tui.dialogs.shared_folder import SharedFolderDialog

    shared = Path("/tmp/shared")
    dialog = SharedFolderDialog(shared / "p.json", shared, "can be written by its group", shared)
    await app.push_screen(dialog)


OPENERS: dict[str, Opener] = {
    "ActivitiesScreen": _push(ActivitiesScreen),
    "WeekReviewScreen": _push(WeekReviewScreen),
    "PlanWeekScreen": _plan_week,
    "ImportForm": _import,
    "DoneDialog": _done,
    "PlanDialog": _plan,
    "ActivityDialog": _push(ActivityDialog),
    "ValueDialog": _value,
    "TodayScreen": _today,
    "ModulesScreen": _modules,
    "ModuleScreen": _module,
    "LessonScreen": _lesson,
    "GetHelpScreen": _get_help,
    "WelcomeScreen": _welcome,
    "ConfirmDialog": _confirm,
    "RecoveryKeyDialog": _recovery_key,
    "HabitsScreen": _habits,
    "ProgressScreen": _progress,
    "PatternsScreen": _patterns,
    "HabitDetailScreen": _habit_detail,
    "HabitEditDialog": _habit_edit,
    "CheckInDialog": _checkin,
    "PromptDialog": _prompt,
    "HelpScreen": _help,
    "SettingsScreen": _settings,
    "NotebookScreen": _notebook,
    "SafetyPlanScreen": _push(SafetyPlanScreen),
    "ReadablePlanScreen": _readable_plan,
    "SelfCheckScreen": _push(SelfCheckScreen),
    "PeopleScreen": _push(PeopleScreen),
    "QuestionsScreen": _push(QuestionsScreen),
    "SymptomLogScreen": _push(SymptomLogScreen),
    "TreatmentsScreen": _push(TreatmentsScreen),
    "ScriptsScreen": _push(ScriptsScreen),
    "ScriptScreen": _script,
    "PrepareScreen": _push(PrepareScreen),
    "FormDialog": _form,
    "OnboardingScreen": _push(OnboardingScreen),
    "ThoughtRecordsScreen": _push(ThoughtRecordsScreen),
    "ProblemsScreen": _push(ProblemsScreen),
    "SharedFolderDialog": _shared_folder,
}
# Base classes, never shown by themselves.
NOT_SCREENS_OF_THEIR_OWN = {WellnessScreen, HabitDayScreen, ItemListScreen, EditDialog}


def all_screen_classes() -> set[str]:
    found: set[str] = set()
    for package in (screens_package, dialogs_package):
        for info in pkgutil.iter_modules(package.__path__):
            found |= _screens_in(importlib.import_module(f"{package.__name__}.{info.name}"))
    return found


def _screens_in(module: ModuleType) -> set[str]:
    return {
        cls.__name__
        for _, cls in inspect.getmembers(module, inspect.isclass)
        if issubclass(cls, Screen)
        and cls.__module__ == module.__name__
        and cls not in NOT_SCREENS_OF_THEIR_OWN
    }


def test_every_screen_has_a_get_help_check() -> None:
    assert all_screen_classes() == set(OPENERS)


def _danger_shown(app: WellnessApp) -> bool:
    return isinstance(app.screen, GetHelpScreen) and DANGER[:40] in screen_text(app)


F1_SAMPLE = {"TodayScreen", "LessonScreen", "ConfirmDialog", "SafetyPlanScreen"}


PARTS = 3
"""The screens are visited in this many apps (tests of their own, run side by side)."""


@pytest.mark.slow
@pytest.mark.parametrize("part", range(PARTS))
async def test_get_help_from_every_screen(
    open_store: OpenStore, profile_path: Path, library: Library, clock: FixedClock, part: int
) -> None:
    """Every screen is visited (a third of them by each app): ctrl+g (and F1 on a
    sample) shows get-help on top, and escape returns to exactly the same screen and
    focused widget."""
    store = open_store(profile_path)
    store.apply(present(adopt_op(library, store.profile, "rest-same-wake", clock.now().date())))
    app = build_app(store, library, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        for name in sorted(OPENERS)[part::PARTS]:
            keys = ["ctrl+g", "f1"] if name in F1_SAMPLE else ["ctrl+g"]
            await OPENERS[name](app, pilot)
            await pilot.pause()
            before, focused = app.screen, app.focused
            assert type(before).__name__ == name
            for key in keys:
                # press() itself waits until the app is idle; no extra pause is needed.
                await pilot.press(key)
                assert _danger_shown(app), f"{key} on {name}"
                if name != "GetHelpScreen":
                    await pilot.press("escape")
                    assert app.screen is before, f"escape after {key} on {name}"
                    assert app.focused is focused, f"focus after {key} on {name}"
            while len(app.screen_stack) > 1:
                await app.pop_screen()
            await app.switch_mode("today")


async def test_get_help_while_typing_in_an_answer(
    open_store: OpenStore, profile_path: Path, library: Library, clock: FixedClock
) -> None:
    store = open_store(profile_path)
    app = build_app(store, library, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await app.push_screen(LessonScreen("rest-rhythm"))
        await pilot.pause()
        area = app.screen.query_one(AnswerArea)
        area.focus()
        await pilot.press(*"I feel")
        await pilot.press("ctrl+g")
        await pilot.pause()
        assert _danger_shown(app)
        await pilot.press("escape")
        await pilot.pause()
        assert app.focused is area and area.text == "I feel"
        await pilot.press(*" tired")
        assert area.text == "I feel tired"


async def test_get_help_inside_the_command_palette(
    open_store: OpenStore, profile_path: Path, library: Library, clock: FixedClock
) -> None:
    store = open_store(profile_path)
    app = build_app(store, library, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("ctrl+p")
        await pilot.pause()
        assert isinstance(app.screen, CommandPalette)
        await pilot.press(*"the")
        await pilot.press("ctrl+g")
        await pilot.pause()
        assert _danger_shown(app)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, CommandPalette)


async def test_get_help_shows_emergency_words_then_crisis_lines_without_scrolling(
    open_store: OpenStore, profile_path: Path, library: Library, clock: FixedClock
) -> None:
    store = open_store(profile_path)
    app = build_app(store, library, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("ctrl+g")
        await pilot.pause()
        text = screen_text(app)
        danger = text.index("If you are in danger now, call your local emergency number")
        nobody = text.index("This app cannot contact anyone, and nobody reads what you write")
        lines = text.index("988 Suicide & Crisis Lifeline")
        assert danger < nobody < lines
        assert "Call or text 988" in text
        assert "^g Get help" in text.splitlines()[-1]  # the footer always shows the key
