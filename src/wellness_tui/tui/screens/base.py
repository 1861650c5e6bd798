"""What every screen shares: access to the app's context, refreshing, the footer."""

from __future__ import annotations

import contextlib
from typing import ClassVar

from textual._context import NoActiveAppError
from textual.binding import Binding
from textual.screen import Screen

from wellness_tui.tui.context import Context, host
from wellness_tui.tui.messages import DayChanged, ProfileReloaded


class WellnessScreen(Screen[None]):
    """A full screen of the app; subclasses implement `refresh_view`."""

    FIRST_RUN: ClassVar[bool] = False
    """The first-run welcome and choices: no switching sections from under them."""

    # Declared here first so the footer shows it first on every screen (the app
    # binds it too, for dialogs and the command palette).
    BINDINGS = [
        Binding("ctrl+g", "app.get_help", "Get help", priority=True, id="screen.get_help"),
    ]

    def __init__(
        self, name: str | None = None, id: str | None = None, classes: str | None = None
    ) -> None:
        super().__init__(name, id, classes)
        # Styled from the app's stylesheet as it is now. Textual starts a screen at "never
        # styled", and the first screen of a mode (Today at start-up, a section opened)
        # then makes it parse and apply every style sheet again before it is shown. (A
        # theme chosen later still restyles every screen: the app's count moves on.)
        with contextlib.suppress(NoActiveAppError):
            self._css_update_count = self.app._css_update_count

    @property
    def ctx(self) -> Context:
        return host(self.app).ctx

    def refresh_view(self) -> None:
        """Show the current state of the profile (called on resume and on changes)."""

    ready_for_keys = True
    """False while the screen still sets up, after its first paint, what keys act on (a
    lesson scrolling to the remembered reading place): keys wait until then (key_order.py)."""

    filled_on_mount = False
    """Set by a screen that fills itself in on_mount: the first resume, which follows
    at once (before the first paint), then skips a second fill (Today's costs start-up
    a few milliseconds)."""

    def on_screen_resume(self) -> None:
        if self.filled_on_mount:
            self.filled_on_mount = False
            return
        self.refresh_view()

    def on_profile_reloaded(self, _message: ProfileReloaded) -> None:
        self.refresh_view()

    def on_day_changed(self, _message: DayChanged) -> None:
        self.refresh_view()
