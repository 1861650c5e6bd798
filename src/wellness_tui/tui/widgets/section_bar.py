"""The row of sections at the top of each main screen, and the keys that open them."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.events import Click
from textual.widgets import Static

from wellness_tui.tui.widgets.text import row

SECTIONS = (
    ("today", "t", "Today"),
    ("modules", "m", "Modules"),
    ("habits", "h", "Habits"),
    ("progress", "r", "Progress"),
    ("notebook", "b", "Notebook"),
)


class SectionTab(Static):
    def __init__(self, mode: str, key: str, label: str, current: bool) -> None:
        super().__init__(
            row((f" {key} ", "dim"), (f"{label} ", "bold" if current else "")),
            classes="section-tab -current" if current else "section-tab",
        )
        self.mode = mode

    def on_click(self, event: Click) -> None:
        event.stop()
        self.app.switch_mode(self.mode)


class SectionBar(Horizontal):
    def __init__(self, current: str) -> None:
        super().__init__(id="section-bar")
        self.current = current

    def compose(self) -> ComposeResult:
        for mode, key, label in SECTIONS:
            yield SectionTab(mode, key, label, mode == self.current)
        yield Static(
            row(("? ", "dim"), "Help  ", (", ", "dim"), "Settings "), classes="section-extra"
        )
