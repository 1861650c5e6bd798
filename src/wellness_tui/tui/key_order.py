"""Keys one at a time: each key is handled to the end before the next one is routed.

Textual sends a key to the widget that has focus when the key arrives, but what the
key does to focus (a binding that opens a dialog, Tab to the next field, escape back to
the list) happens only when the key has bubbled up to the app, and a new screen focuses
its first field only once it has mounted. Keys arriving in one burst (a paste, a fast
typist on a slow machine) were all sent to the old focus: "Dr. Lee" typed after `n`
was lost, text typed after Tab went into the first field.

So the app holds the keys that arrive while one is on its way, and sends the next one
only when things have settled: every widget on the key's way (and the app) has handled
what it was sent and has nothing waiting, the screen has been painted and has run what
waited for that (a lesson's restored reading place), with focus and the screen the same
as one round before. Characters typed into a text field need no wait (they move
nothing), so typing and pasting stay as fast as before. A screen that never settles
(something posting without end) only delays keys by `SETTLE_SECONDS`; none is dropped.

A screen that sets up what keys act on after its first paint (a lesson scrolls to the
remembered reading place) says so with `ready_for_keys`: until then every key is held,
even one that comes alone, and past `SETTLE_SECONDS` (a first paint on a loaded machine
can take longer), up to `READY_SECONDS`. Page Down pressed with Enter on a lesson was
lost (no layout yet: nothing to scroll) or undone by the restore that came after it.
"""

from __future__ import annotations

import asyncio
import contextlib
import sys
from collections import deque
from typing import Any

from textual import events
from textual.app import App, ScreenStackError
from textual.dom import DOMNode
from textual.message_pump import MessagePump
from textual.widget import Widget
from textual.widgets import Input

from wellness_tui.tui.screens.base import WellnessScreen

SETTLE_SECONDS = 0.5
"""The longest a held key waits for the screen to settle."""
REFRESH_SECONDS = 0.1
"""The longest it waits for one paint of the screen (then it looks again)."""
READY_SECONDS = 5.0
"""The longest a held key waits for a screen that is not `ready_for_keys`."""

Typed = events.Key | events.Paste


class KeyOrder:
    """Holds a burst of typed keys and releases them one at a time (see the module)."""

    def __init__(self, app: App[Any]) -> None:
        self._app = app
        self._held: deque[Typed] = deque()
        self._in_flight = False
        self._released: Typed | None = None
        self._settling: asyncio.Task[None] | None = None
        """The running wait (kept: asyncio holds only a weak reference to a task)."""

    def route_now(self, event: events.Event) -> bool:
        """Whether the app should route this event now (False: it is held for later)."""
        if not isinstance(event, Typed) or event.is_forwarded:
            return True
        if event is self._released:
            self._released = None
            if _typed_into_text(event, self._app.focused):
                self._release_next()
                return True
        elif self._in_flight:
            self._held.append(event)
            return False
        elif not _ready_for_keys(self._app):
            self._held.append(event)
            self._wait_before_next(self._app.screen)
            return False
        elif _typed_into_text(event, self._app.focused):
            return True  # focus stays where it is: the next key may follow at once
        self._wait_before_next(self._app.focused or self._app.screen)
        return True

    def _wait_before_next(self, sent_to: DOMNode) -> None:
        self._in_flight = True
        self._settling = asyncio.create_task(self._release_when_settled(sent_to))

    async def _release_when_settled(self, sent_to: DOMNode) -> None:
        # Slow (the key goes anyway) or the app is closing.
        with contextlib.suppress(TimeoutError, ScreenStackError):
            await asyncio.wait_for(self._settle(sent_to), SETTLE_SECONDS)
        with contextlib.suppress(TimeoutError, ScreenStackError):
            await asyncio.wait_for(self._ready(), READY_SECONDS)
        self._release_next()

    def _release_next(self) -> None:
        if self._held:
            self._released = self._held.popleft()
            self._app.post_message(self._released)
        else:
            self._in_flight = False

    async def _settle(self, sent_to: DOMNode) -> None:
        app = self._app
        while True:
            before = (app.screen, app.focused)
            pumps = _on_the_way(app, sent_to)
            await _handled_so_far(pumps)
            painted = await _refreshed(app)
            quiet = all(pump.message_queue_size == 0 for pump in pumps)
            if painted is not False and quiet and (app.screen, app.focused) == before:
                return

    async def _ready(self) -> None:
        while not _ready_for_keys(self._app):
            if await _refreshed(self._app) is None:
                return


def _ready_for_keys(app: App[Any]) -> bool:
    """Whether the screen on top has set up what keys act on (see the module)."""
    screen = app.screen
    return not isinstance(screen, WellnessScreen) or screen.ready_for_keys


def _typed_into_text(event: Typed, focused: Widget | None) -> bool:
    """A character for a text field, which takes it and moves nothing (a paste too)."""
    if not (isinstance(event, events.Paste) or event.is_printable):
        return False
    if isinstance(focused, Input):
        return True
    # TextArea is not imported for start-up (a few ms): while it is not, none has focus.
    text_area = sys.modules.get("textual.widgets._text_area")
    return (
        text_area is not None and isinstance(focused, text_area.TextArea) and not focused.read_only
    )


def _on_the_way(app: App[Any], sent_to: DOMNode) -> list[MessagePump]:
    """Where a key and what it sets off pass: the widget it was sent to and those
    around it (it bubbles up through them), the screen on top (a dialog it opened
    composes and mounts there), what has focus now, and the app (bindings, focus)."""
    pumps: dict[int, MessagePump] = {id(app): app}
    for start in (sent_to, app.screen, app.focused):
        node: DOMNode | None = start
        while node is not None and id(node) not in pumps:
            pumps[id(node)] = node
            node = node.parent
    return list(pumps.values())


async def _refreshed(app: App[Any]) -> bool | None:
    """Wait until the screen on top has been painted and has run what was waiting for
    that. Whether it was: False if not within `REFRESH_SECONDS` (late, or the screen
    closed meanwhile), None if it cannot be (the app is closing)."""
    painted = asyncio.Event()
    if not app.call_after_refresh(painted.set):
        return None
    # A screen closed meanwhile drops what waited for its paint: do not wait long.
    with contextlib.suppress(TimeoutError):
        await asyncio.wait_for(painted.wait(), REFRESH_SECONDS)
    return painted.is_set()


async def _handled_so_far(pumps: list[MessagePump]) -> None:
    """Wait until each of these has handled everything it was sent before now."""
    waiting = 0
    done = asyncio.Event()

    def one_more() -> None:
        nonlocal waiting
        waiting -= 1
        if waiting == 0:
            done.set()

    for pump in pumps:
        if pump.call_later(one_more):
            waiting += 1
    if waiting:
        await done.wait()
