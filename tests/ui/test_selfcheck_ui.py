"""The self-check in the app: one question at a time, item 9's safety screen, resume, due."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from textual.pilot import Pilot

from tests.typing_helpers import OpenStore
from wellness_tui.clock import FixedClock
from wellness_tui.core import selfchecks as sc
from wellness_tui.library import Library
from wellness_tui.profile.ops import PutSelfCheck, UpdateSettings
from wellness_tui.tui.app import build_app
from wellness_tui.tui.screens.base import WellnessScreen
from wellness_tui.tui.screens.selfcheck import SelfCheckScreen, program_questionnaires

from .helpers import screen_as, screen_text

PHQ9 = program_questionnaires()["phq9"]


async def _answer(pilot: Pilot[None], *values: int) -> None:
    for value in values:
        await pilot.press(str(value))
        await pilot.pause()


async def test_full_phq9_with_item_nine_zero(
    open_store: OpenStore, profile_path: Path, library: Library, clock: FixedClock
) -> None:
    store = open_store(profile_path)
    app = build_app(store, library, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await app.push_screen(SelfCheckScreen())
        await pilot.pause()
        assert "PHQ-9: depression" in screen_text(app)
        await _answer(pilot, 1)
        text = screen_text(app)
        assert "1 of 9. Little interest or pleasure in doing things" in text
        assert "More than half the days" in text
        await _answer(pilot, 1, 1, 1, 1, 1, 1, 1, 1)
        assert "9 of 9" in screen_text(app)
        await _answer(pilot, 0)
        text = screen_text(app)
        assert "Crisis lines" not in text and "how difficult" in text
        await _answer(pilot, 1)
        text = screen_text(app)
        assert "PHQ-9: 8, a score in the mild range." in text
        assert "This is not a diagnosis. Bring it to your care team." in text
        assert "safe" not in text.lower()
        assert "Include it in my next report: ✓ yes" in text
        await pilot.press("r")
        await pilot.pause()
        assert "Include it in my next report: ✗ no" in screen_text(app)
    [check] = store.profile.selfchecks
    assert check.answers == [1] * 8 + [0] and check.difficulty == 1 and not check.in_report
    assert store.profile.selfcheck_drafts == {}


async def test_item_nine_one_shows_the_safety_screen_before_any_score(
    open_store: OpenStore, profile_path: Path, library: Library, clock: FixedClock
) -> None:
    store = open_store(profile_path)
    app = build_app(store, library, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await app.push_screen(SelfCheckScreen("phq9"))
        await pilot.pause()
        await _answer(pilot, 0, 0, 0, 0, 0, 0, 0, 0, 1)
        screen = app.screen
        assert isinstance(screen, SelfCheckScreen) and screen.phase == "safety"
        assert store.profile.selfchecks == []  # no score yet
        text = screen_text(app)
        assert 'you answered "Several days"' in text
        assert "cannot contact anyone" in text
        assert "PHQ-9:" not in text and "range" not in text
        assert "today" not in text.split("Crisis lines")[0].split("Before you go on")[1]
        body = " ".join(str(w.render()) for w in screen.query("Static"))
        assert "emergency number" in body and "Crisis lines" in body
        await pilot.press("enter")
        await pilot.pause()
        assert "how difficult" in screen_text(app)
        await pilot.press("enter")  # the difficulty question may be left out
        await pilot.pause()
        assert "PHQ-9: 1, a score in the minimal range." in screen_text(app)
    assert store.profile.selfchecks[0].answers[8] == 1


async def test_item_nine_three_says_today_and_never_blocks(
    open_store: OpenStore, profile_path: Path, library: Library, clock: FixedClock
) -> None:
    store = open_store(profile_path)
    app = build_app(store, library, clock)
    async with app.run_test(size=(120, 40)) as pilot:
        await app.push_screen(SelfCheckScreen("phq9"))
        await pilot.pause()
        await _answer(pilot, 3, 3, 3, 3, 3, 3, 3, 3, 3)
        text = screen_text(app)
        assert 'you answered "Nearly every day"' in text
        assert "reach your care team or a crisis line today" in " ".join(text.split())
        await pilot.press("escape")  # leaving is always possible
        await pilot.pause()
        assert not isinstance(app.screen, SelfCheckScreen)
    assert store.profile.selfchecks == []
    assert store.profile.selfcheck_drafts["phq9"].answers == [3] * 9


async def test_leave_and_resume_later_the_same_day(
    open_store: OpenStore, profile_path: Path, library: Library, clock: FixedClock
) -> None:
    store = open_store(profile_path)
    app = build_app(store, library, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await app.push_screen(SelfCheckScreen("gad7"))
        await pilot.pause()
        await _answer(pilot, 2, 1, 0)
        await pilot.press("escape")
        await pilot.pause()
        clock.advance(hours=3)
        await app.push_screen(SelfCheckScreen("gad7"))
        await pilot.pause()
        assert "4 of 7. Trouble relaxing" in screen_text(app)
        await pilot.press("left")
        await pilot.pause()
        assert "3 of 7" in screen_text(app) and "● 0  Not at all" in screen_text(app)
        await pilot.press("right")
        await _answer(pilot, 1, 1, 1, 1)
        assert "GAD-7: 7, a score in the mild range." in screen_text(app)
    assert store.profile.selfchecks[0].answers == [2, 1, 0, 1, 1, 1, 1]


async def test_today_offers_it_after_fourteen_days_unless_turned_off(
    open_store: OpenStore, profile_path: Path, library: Library, clock: FixedClock
) -> None:
    store = open_store(profile_path)
    now = clock.now()
    store.apply(PutSelfCheck(sc.make_check(PHQ9, now.date(), [0] * 9, now)))
    app = build_app(store, library, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        assert "self-check is due" not in screen_text(app)
        clock.set(now + timedelta(days=13))
        screen_as(app, WellnessScreen).refresh_view()
        await pilot.pause()
        assert "self-check is due" not in screen_text(app)
        clock.set(now + timedelta(days=14))
        screen_as(app, WellnessScreen).refresh_view()
        await pilot.pause()
        assert "A two-minute self-check is due" in screen_text(app)
        await pilot.press("comma")
        await pilot.pause()
        assert "self-check is due (every 14 days)" in screen_text(app)
        store.apply(UpdateSettings((("selfcheck_offer", False),)))
        await pilot.press("escape")
        await pilot.pause()
        screen_as(app, WellnessScreen).refresh_view()
        await pilot.pause()
        assert "self-check is due" not in screen_text(app)
