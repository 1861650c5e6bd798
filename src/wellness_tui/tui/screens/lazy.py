"""Typed factories for the screens that are imported only when first opened.

Start-up imports Today alone; every other screen's module is imported by its factory
here, the first time it is needed (about 1-5 ms each). The app, its modes and the
palette name these functions, never a class name in a string.
"""

from __future__ import annotations

from textual.screen import Screen


def modules() -> Screen[None]:
    from wellness_tui.tui.screens.modules import ModulesScreen

    return ModulesScreen()


def habits() -> Screen[None]:
    from wellness_tui.tui.screens.habits import HabitsScreen

    return HabitsScreen()


def progress() -> Screen[None]:
    from wellness_tui.tui.screens.progress import ProgressScreen

    return ProgressScreen()


def notebook() -> Screen[None]:
    from wellness_tui.tui.screens.notebook import NotebookScreen

    return NotebookScreen()


def welcome() -> Screen[None]:
    from wellness_tui.tui.screens.welcome import WelcomeScreen

    return WelcomeScreen()


def help() -> Screen[None]:
    from wellness_tui.tui.screens.help import HelpScreen

    return HelpScreen()


def settings() -> Screen[None]:
    from wellness_tui.tui.screens.settings import SettingsScreen

    return SettingsScreen()


def safety_plan() -> Screen[None]:
    from wellness_tui.tui.screens.safety_plan import SafetyPlanScreen

    return SafetyPlanScreen()


def prepare() -> Screen[None]:
    from wellness_tui.tui.screens.prepare import PrepareScreen

    return PrepareScreen()


def selfcheck() -> Screen[None]:
    from wellness_tui.tui.screens.selfcheck import SelfCheckScreen

    return SelfCheckScreen()


def patterns() -> Screen[None]:
    from wellness_tui.tui.screens.patterns import PatternsScreen

    return PatternsScreen()


def activities() -> Screen[None]:
    from wellness_tui.tui.screens.activities import ActivitiesScreen

    return ActivitiesScreen()
