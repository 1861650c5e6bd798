"""Snapshot tests are deterministic: no text cursor blinks when the picture is taken.

A blinking cursor is drawn or not depending on the moment of the screenshot, which
made 2 of 33 snapshots fail at random (posting's tests do the same:
`disable_blink_for_active_cursors`). Every snapshot in tests/ui goes through this
`snap_compare`, which stops the blink on every screen after the test's own steps.
"""

from __future__ import annotations

import inspect
from collections.abc import Awaitable, Callable
from typing import Any

import pytest
from textual.pilot import Pilot
from textual.widgets import Input, TextArea

Before = Callable[[Pilot[Any]], Awaitable[None] | None]


async def disable_blink_for_active_cursors(pilot: Pilot[Any]) -> None:
    for screen in pilot.app.screen_stack:
        for widget in screen.query("*"):
            if isinstance(widget, Input | TextArea):
                widget.cursor_blink = False
    await pilot.pause()


@pytest.fixture
def snap_compare(snap_compare: Callable[..., bool]) -> Callable[..., bool]:
    def compare(app: Any, *args: Any, run_before: Before | None = None, **kwargs: Any) -> bool:
        async def before(pilot: Pilot[Any]) -> None:
            if run_before is not None:
                result = run_before(pilot)
                if inspect.isawaitable(result):
                    await result
            await disable_blink_for_active_cursors(pilot)

        return snap_compare(app, *args, run_before=before, **kwargs)

    return compare
