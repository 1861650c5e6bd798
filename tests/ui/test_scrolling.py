"""Home, End and the page keys on the long screens arrive almost at once.

At Textual's default speed (50 lines a second) End on get-help crawled for 1.6 s, and
what was seen in that time (the text and the scroll bar's thumb half-way) looked like a
thumb left behind. Every scroll these keys start must be short, whatever its length.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot

from tests.typing_helpers import OpenStore
from wellness_tui.clock import FixedClock
from wellness_tui.library import Library, load_library
from wellness_tui.profile.models import CareQuestion
from wellness_tui.profile.ops import PutItem
from wellness_tui.tui.app import build_app
from wellness_tui.tui.context import host
from wellness_tui.tui.screens.lesson import LessonScreen
from wellness_tui.tui.widgets.scroll_body import KEY_SCROLL_SECONDS

CONTENT = Path(__file__).parents[2] / "content"
TODAY = date(2026, 11, 25)


async def get_help(pilot: Pilot[Any]) -> None:
    await pilot.press("ctrl+g")


async def help_page(pilot: Pilot[Any]) -> None:
    await pilot.press("question_mark")


async def lesson(pilot: Pilot[Any]) -> None:
    await pilot.app.push_screen(LessonScreen("sleep-and-mood"))


async def progress(pilot: Pilot[Any]) -> None:
    await pilot.press("r")


async def prepare(pilot: Pilot[Any]) -> None:
    store = host(pilot.app).ctx.store
    for number in range(30):  # enough to ask that the page scrolls
        question = CareQuestion(id=f"q{number}", text=f"Question {number}?", added=TODAY)
        store.apply(PutItem("questions", question))
    await pilot.press("b", *["down"] * 9, "enter")


@pytest.mark.parametrize("open_screen", [get_help, help_page, lesson, progress, prepare])
async def test_home_end_and_page_keys_scroll_quickly(
    open_store: OpenStore,
    profile_path: Path,
    clock: FixedClock,
    monkeypatch: pytest.MonkeyPatch,
    open_screen: Callable[[Pilot[Any]], Awaitable[None]],
) -> None:
    library: Library = load_library([CONTENT])
    app = build_app(open_store(profile_path), library, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_screen(pilot)
        await pilot.pause()
        scrolls: list[tuple[float | None, float | None]] = []
        animate = app.animator.animate

        def record(obj: object, attribute: str, value: Any, **kwargs: Any) -> None:
            if attribute == "scroll_y":
                scrolls.append((kwargs.get("duration"), kwargs.get("speed")))
            animate(obj, attribute, value, **kwargs)

        monkeypatch.setattr(app.animator, "animate", record)
        for key in ("pagedown", "end", "pageup", "home"):
            await pilot.press(key)
            await pilot.pause()
        assert len(scrolls) == 4, type(app.screen).__name__  # the screen is long enough
        for duration, speed in scrolls:
            assert speed is None and duration is not None and duration <= KEY_SCROLL_SECONDS
