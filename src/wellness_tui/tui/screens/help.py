"""Help: every key, what each screen is for, and the habit-strength rule in plain words."""

from __future__ import annotations

from importlib.resources import files

from rich.markdown import Markdown
from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import Static

from wellness_tui.tui.screens.base import WellnessScreen
from wellness_tui.tui.widgets.footer import KeysFooter
from wellness_tui.tui.widgets.scroll_body import ScrollBody
from wellness_tui.tui.widgets.text import literal


def help_text() -> str:
    return (files("wellness_tui.tui") / "help.md").read_text(encoding="utf-8")


class HelpScreen(WellnessScreen):
    CSS_PATH = "../styles/help.tcss"
    BINDINGS = [Binding("escape", "app.pop_screen", "Back", id="helpscreen.back")]

    def compose(self) -> ComposeResult:
        with ScrollBody(id="help-text"):
            yield Static(literal("Help", "bold"), id="help-title")
            yield Static(Markdown(help_text(), hyperlinks=False))
        yield KeysFooter()

    def on_mount(self) -> None:
        self.query_one("#help-text").focus()
