"""The footer never cuts a key mid-word: when the keys need the room, the command
palette's hint (ctrl+p still works) gives them its place."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.typing_helpers import OpenStore
from wellness_tui.clock import FixedClock
from wellness_tui.library import Library
from wellness_tui.tui.app import build_app
from wellness_tui.tui.screens.lesson import LessonScreen
from wellness_tui.tui.widgets.footer import KeysFooter

from .helpers import screen_text


@pytest.mark.parametrize(("width", "palette_shown"), [(80, False), (120, True)])
async def test_a_lessons_keys_are_shown_whole(
    open_store: OpenStore,
    profile_path: Path,
    library: Library,
    clock: FixedClock,
    width: int,
    palette_shown: bool,
) -> None:
    app = build_app(open_store(profile_path), library, clock)
    async with app.run_test(size=(width, 24)) as pilot:
        await app.push_screen(LessonScreen("rest-rhythm"))
        await pilot.pause()
        footer = screen_text(app).splitlines()[-1]
        assert "u Questions q Quit" in footer
        assert ("^p palette" in footer) is palette_shown


async def test_the_hint_comes_back_when_the_terminal_widens(
    open_store: OpenStore, profile_path: Path, library: Library, clock: FixedClock
) -> None:
    app = build_app(open_store(profile_path), library, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await app.push_screen(LessonScreen("rest-rhythm"))
        await pilot.pause()
        assert "^p palette" not in screen_text(app).splitlines()[-1]
        await pilot.resize_terminal(120, 24)
        await pilot.pause()
        await pilot.pause()
        assert "^p palette" in screen_text(app).splitlines()[-1]


@pytest.mark.parametrize("width", [40, 52, 60, 62, 64, 66])
async def test_in_a_narrow_terminal_only_whole_keys_are_shown(
    open_store: OpenStore,
    profile_path: Path,
    library: Library,
    clock: FixedClock,
    width: int,
) -> None:
    app = build_app(open_store(profile_path), library, clock)
    async with app.run_test(size=(width, 24)) as pilot:
        for open_screen in ("habits", "lesson"):
            if open_screen == "habits":
                await app.run_action("switch_mode('habits')")
            else:
                await app.push_screen(LessonScreen("rest-rhythm"))
            await pilot.pause()
            footer = app.screen.query_one(KeysFooter)
            words = screen_text(app).splitlines()[-1].split()
            whole = {w for key in footer.keys for w in f"{key.display} {key.description}".split()}
            assert words and all(word in whole for word in words), words
            assert "^p" not in words  # no room for the palette's hint at these widths
            last_start, last_end, last_key = footer._places()[-1]
            assert last_end <= width and footer._key_at(last_end + 2) is None
            assert footer._key_at(last_start) == (len(footer._places()) - 1, last_key)
