"""How the main screens look (SVG snapshots, fixed clock), each with text assertions.

Update after an intended change with: pytest tests/ui/test_snapshots.py --snapshot-update
"""

from __future__ import annotations

from datetime import date

from wellness_tui.app import build_app
from wellness_tui.profile.ops import CompleteLesson, SetAnswer, SetDone
from wellness_tui.screens.lesson import LessonScreen

from .helpers import screen_text


def _seeded_app(open_store, profile_path, library, clock):
    store = open_store(profile_path)
    from wellness_tui.habit_factory import adopt_op

    for suggestion in ("rest-same-wake", "rest-wind-down"):
        op = adopt_op(library, store.profile, suggestion, date(2026, 11, 1))
        assert op is not None
        store.apply(op)
    store.apply(SetDone("rest-same-wake", clock.now().date(), True))
    store.apply(CompleteLesson("rest-rhythm", date(2026, 11, 20)))
    store.apply(SetAnswer("rest-rhythm/what-helps", "[0] note [/] and [b]tea[/b]", clock.now()))
    return build_app(store, library, clock)


def test_today_snapshot(snap_compare, open_store, profile_path, library, clock):
    app = _seeded_app(open_store, profile_path, library, clock)

    async def check(pilot):
        await pilot.pause()
        text = screen_text(app)
        assert "Wednesday 25 November 2026" in text
        assert "✓ Get up at the same time  done · daily" in text
        assert "○ 20-minute wind-down  not yet · 5 times a week" in text
        assert "Rest  1/2 lessons" in text

    assert snap_compare(app, terminal_size=(80, 24), run_before=check)


def test_lesson_snapshot(snap_compare, open_store, profile_path, library, clock):
    app = _seeded_app(open_store, profile_path, library, clock)

    async def check(pilot):
        await app.push_screen(LessonScreen("rest-rhythm"))
        await pilot.pause()
        text = screen_text(app)
        assert "Rest · Lesson 1 of 2 · about 3 min   ✓ done" in text
        assert "A steady rhythm" in text and "Why rhythm matters" in text
        await pilot.press("end")
        await pilot.pause()
        assert "[0] note [/] and [b]tea[/b]" in screen_text(app)  # literal, never markup

    assert snap_compare(app, terminal_size=(80, 24), run_before=check)


def test_get_help_snapshot(snap_compare, open_store, profile_path, library, clock):
    app = _seeded_app(open_store, profile_path, library, clock)

    async def check(pilot):
        await pilot.press("ctrl+g")
        await pilot.pause()
        text = screen_text(app)
        assert "If you are in danger now" in text
        assert "988 Suicide & Crisis Lifeline" in text

    assert snap_compare(app, terminal_size=(80, 24), run_before=check)
