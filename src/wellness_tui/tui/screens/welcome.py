"""The first-run welcome: what this is, what it is not, where the data lives."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.widgets import Button, Static

from wellness_tui.tui.screens.base import WellnessScreen
from wellness_tui.tui.widgets.footer import KeysFooter
from wellness_tui.tui.widgets.scroll_body import ScrollBody
from wellness_tui.tui.widgets.text import literal


class WelcomeScreen(WellnessScreen):
    FIRST_RUN = True
    CSS_PATH = "../styles/welcome.tcss"
    BINDINGS = [Binding("enter", "begin", "Begin", id="welcome.begin")]

    def compose(self) -> ComposeResult:
        where = self.ctx.store.path
        with ScrollBody(id="welcome-body"):
            for notice in self.ctx.store.notices:  # e.g. a damaged profile kept aside
                yield Static(literal(notice), classes="welcome-notice")
            yield Static(literal("Welcome to wellness-tui"), id="welcome-title")
            yield Static(
                literal(
                    "This is a self-guided program: short lessons and small daily habits for "
                    "people living with depression, including depression that has not eased "
                    "with treatment. Go at your own pace; everything can wait."
                )
            )
            yield Static(
                literal(
                    "It is not medical care, a diagnosis or a crisis service, and it cannot "
                    "contact anyone. Please keep your care team involved in decisions about "
                    "your treatment."
                )
            )
            yield Static(
                literal(
                    f"What you write stays only on this computer, in {where}. "
                    + (
                        "It is encrypted with your passphrase."
                        if self.ctx.store.keys is not None
                        else "It is not encrypted: anyone who can use this computer account "
                        "could read it, unless you protect it with a passphrase in settings (,)."
                    )
                ),
                id="welcome-where",
            )
            yield Static(
                literal(
                    "Press ctrl+g (or F1) at any time, on any screen, to see crisis lines.", "bold"
                ),
                id="welcome-help-key",
            )
            with Horizontal(id="welcome-buttons"):
                yield Button("Begin", id="begin", variant="primary")
        yield KeysFooter()

    def on_mount(self) -> None:
        self.query_one("#begin", Button).focus()

    @on(Button.Pressed, "#begin")
    def action_begin(self) -> None:
        from wellness_tui.tui.screens.onboarding import OnboardingScreen

        self.app.switch_screen(OnboardingScreen())
