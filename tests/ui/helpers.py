"""Shared helpers for the UI tests."""

from __future__ import annotations

import io
from collections.abc import Callable
from typing import Any, TypeVar

from rich.console import Console
from textual import events
from textual.app import App
from textual.keys import _character_to_key
from textual.pilot import Pilot
from textual.screen import Screen
from textual.widgets import OptionList

S = TypeVar("S", bound=Screen[Any])


def screen_text(app: App[Any]) -> str:
    """Exactly the text the terminal shows now (what a person would read).

    Rendered the way `App.export_screenshot` does it, but as plain text.
    (Reaches into the compositor: Textual is pinned exactly, so this is stable.)
    """
    width, height = app.size
    console = Console(
        width=width,
        height=height,
        file=io.StringIO(),
        record=True,
        force_terminal=True,
        color_system=None,
        legacy_windows=False,
    )
    update = app.screen._compositor.render_update(full=True, screen_stack=app._background_screens)
    console.print(update)
    return console.export_text()


def highlight(app: App[Any], option_id: str, list_id: str) -> None:
    option_list = app.screen.query_one(list_id, OptionList)
    option_list.highlighted = option_list.get_option_index(option_id)


def screen_as(app: App[Any], kind: type[S]) -> S:
    """The screen on top, which the test expects to be a `kind` (fails if it is not)."""
    screen = app.screen
    assert isinstance(screen, kind), type(screen).__name__
    return screen


async def type_burst(pilot: Pilot[Any], text: str) -> None:
    """Type `text` into the focused widget as one quick burst of key events.

    The same Key events `pilot.press(*text)` sends, queued in order, then one wait for
    the app to be idle (press waits after every character, which is most of a long
    test's time). For plain text only: keys that move focus belong in `pilot.press`.
    """
    app = pilot.app
    for character in text:
        key = character if character.isalnum() else _character_to_key(character)
        app.post_message(events.Key(key, character))
    await pilot.pause()


async def until(pilot: Pilot[Any], done: Callable[[], bool], seconds: float = 30) -> None:
    """Wait until `done()` holds (checked every 0.05 s), instead of a fixed wait: as quick
    as the app is, and patient on a loaded machine. Fails with the screen if it never does."""
    for _ in range(int(seconds * 20)):
        if done():
            return
        await pilot.pause(0.05)
    assert done(), f"still not so after {seconds} s; the screen:\n{screen_text(pilot.app)}"
