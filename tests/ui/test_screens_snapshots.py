"""Every screen at 80x24 (SVG snapshots with a fixed clock and seeded data), each with
assertions on the text it shows; the main screens in a light theme too."""

from __future__ import annotations

from pathlib import Path

import pytest
from benchmarks.synthetic import make_profile
from textual.pilot import Pilot

from tests.typing_helpers import OpenStore, SnapCompare
from wellness_tui.clock import FixedClock
from wellness_tui.library import Library
from wellness_tui.profile.codec import encode
from wellness_tui.tui.app import WellnessApp, build_app

from .helpers import screen_text
from .test_get_help_everywhere import OPENERS

EXPECTED = {
    "TodayScreen": ["Wednesday 25 November 2026", "Today's habits", "Check-in"],
    "ModulesScreen": ["Modules", "1. Rest"],
    "ModuleScreen": ["Rest", "Lessons", "Suggested habits"],
    "LessonScreen": ["Rest · Lesson 1 of 2", "A steady rhythm"],
    "GetHelpScreen": ["If you are in danger now", "Crisis lines"],
    "WelcomeScreen": ["Welcome to wellness-tui", "not medical care"],
    "OnboardingScreen": ["A few first choices", "What should the app call you?"],
    "ConfirmDialog": ["Delete this habit?", "Cancel"],
    "HabitsScreen": ["Habits", "6 active"],
    "ProgressScreen": ["Progress", "Mood", "average"],
    "PatternsScreen": ["What went with better days", "This shows what tends to go together"],
    "SelfCheckScreen": ["A two-minute self-check"],
    "HabitDetailScreen": ["Strength", "November 2026"],
    "HabitEditDialog": ["New habit", "How often"],
    "CheckInDialog": ["Check-in · Wednesday 25 November", "Mood"],
    "PromptDialog": ["A note?"],
    "HelpScreen": ["Help", "Getting around"],
    "SettingsScreen": ["Settings", "Your first name", "Theme"],
    "NotebookScreen": ["Notebook", "My safety plan", "5 of 7 parts written"],
    "SafetyPlanScreen": ["My safety plan", "1. My warning signs", "I stop answering messages"],
    "ReadablePlanScreen": ["My safety plan", "Read without your passphrase", "My warning signs"],
    "PeopleScreen": ["My people", "Maria (sister)"],
    "QuestionsScreen": ["Questions for my care team", "open"],
    "SymptomLogScreen": ["Symptoms and side effects", "in the last 30 days"],
    "TreatmentsScreen": ["Treatments tried", "Sertraline"],
    "ScriptsScreen": ["Things to say", "Asking a friend for specific help"],
    "ScriptScreen": ["Asking a friend for specific help", "Their name"],
    "PrepareScreen": [
        "Prepare for my appointment",
        "Next appointment:",
        "with Dr. Lee",
        "Questions to ask",
    ],
    "FormDialog": ["A form"],
    "ThoughtRecordsScreen": ["Thought records", "Nothing here yet", "ctrl+g"],
    "ProblemsScreen": ["Problem solving", "Nothing here yet", "Step → habit"],
    "ActivitiesScreen": ["Doing what matters", "My activities", "What matters to me"],
    "WeekReviewScreen": ["Week review", "Mon 23 Nov to Sun 29 Nov 2026"],
    "PlanWeekScreen": ["Plan next week  Mon 30 Nov to Sun 06 Dec", "Planned so far"],
    "ImportForm": ["Bring your history", "Loop Habit Tracker"],
    "DoneDialog": ["Done: two quick ratings", "Enjoyment, 0-10"],
    "PlanDialog": ["Plan it", "Part of the day"],
    "ActivityDialog": ["A new activity", "Life area"],
    "ValueDialog": ["What matters to me: Fun and rest"],
    "SharedFolderDialog": ["This folder is not private", "Use it anyway, this time"],
    "RecoveryKeyDialog": ["protected with your passphrase", "I have written it down"],
}
MAIN = [
    "TodayScreen",
    "LessonScreen",
    "GetHelpScreen",
    "HabitsScreen",
    "ProgressScreen",
    "NotebookScreen",
]


def test_every_screen_has_expected_text() -> None:
    assert set(EXPECTED) == set(OPENERS)


def _app(
    open_store: OpenStore, profile_path: Path, library: Library, clock: FixedClock
) -> WellnessApp:
    profile = make_profile(60, habits=6, today=clock.now().date())
    profile.habits[0].id = "rest-same-wake"  # the habit the openers show
    profile_path.parent.mkdir(parents=True, exist_ok=True)
    profile_path.write_bytes(encode(profile))
    return build_app(open_store(profile_path), library, clock)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_screen_snapshot(
    name: str,
    snap_compare: SnapCompare,
    open_store: OpenStore,
    profile_path: Path,
    library: Library,
    clock: FixedClock,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    if name == "WelcomeScreen":  # it shows the profile's path: keep it the same every run
        monkeypatch.chdir(tmp_path)
        profile_path = profile_path.relative_to(tmp_path)
    app = _app(open_store, profile_path, library, clock)

    async def check(pilot: Pilot[None]) -> None:
        await pilot.pause()
        await OPENERS[name](app, pilot)
        await pilot.pause()
        text = screen_text(app)
        for fragment in EXPECTED[name]:
            assert fragment in text, fragment

    assert snap_compare(app, terminal_size=(80, 24), run_before=check)


@pytest.mark.parametrize("name", MAIN)
def test_light_theme_snapshot(
    name: str,
    snap_compare: SnapCompare,
    open_store: OpenStore,
    profile_path: Path,
    library: Library,
    clock: FixedClock,
) -> None:
    app = _app(open_store, profile_path, library, clock)

    async def check(pilot: Pilot[None]) -> None:
        app.theme = "textual-light"
        await pilot.pause()
        await OPENERS[name](app, pilot)
        await pilot.pause()
        assert EXPECTED[name][0] in screen_text(app)

    assert snap_compare(app, terminal_size=(80, 24), run_before=check)
