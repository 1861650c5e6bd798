"""The row of sections at the top of each main screen, and the keys that open them.

One widget draws the whole row (a tab each was six widgets to lay out and style on
the way to every main screen); a click on a section opens it.
"""

from __future__ import annotations

from rich.text import Text
from textual.events import Click
from textual.widget import Widget

from wellness_tui.tui.widgets.text import row

SECTIONS = (
    ("today", "t", "Today"),
    ("modules", "m", "Modules"),
    ("habits", "h", "Habits"),
    ("progress", "r", "Progress"),
    ("notebook", "b", "Notebook"),
)

EXTRA = row(("? ", "dim"), "Help  ", (", ", "dim"), "Settings ")
"""On the right, one cell from the edge: the keys for help and settings."""


class SectionBar(Widget):
    COMPONENT_CLASSES = {"section-bar--tab", "section-bar--current", "section-bar--extra"}
    DEFAULT_CSS = """
    SectionBar {
        height: 1;
        background: $panel;
        .section-bar--tab {
            color: $text-muted;
        }
        .section-bar--current {
            background: $primary 30%;
            color: $text;
        }
        .section-bar--extra {
            color: $text-muted;
        }
    }
    """

    def __init__(self, current: str) -> None:
        super().__init__(id="section-bar")
        self.current = current

    def _tabs(self) -> list[tuple[str, Text]]:
        """Each section's mode and its tab, as drawn."""
        tabs = []
        for mode, key, label in SECTIONS:
            current = mode == self.current
            tab = row((f" {key} ", "dim"), (f"{label} ", "bold" if current else ""))
            part = "section-bar--current" if current else "section-bar--tab"
            tab.stylize_before(self.get_component_rich_style(part))
            tabs.append((mode, tab))
        return tabs

    def render(self) -> Text:
        line = Text(no_wrap=True, overflow="crop", end="")
        for _mode, tab in self._tabs():
            line.append_text(tab)
        room = self.size.width - line.cell_len - 1
        if room >= EXTRA.cell_len:  # as the row lays it out: only when it fits whole
            extra = EXTRA.copy()
            extra.stylize_before(self.get_component_rich_style("section-bar--extra"))
            line.append(
                " " * (room - EXTRA.cell_len), self.get_component_rich_style("section-bar--extra")
            )
            line.append_text(extra)
            line.append(" ", self.get_component_rich_style("section-bar--extra"))
        return line

    def on_click(self, event: Click) -> None:
        start = 0
        for mode, tab in self._tabs():
            if start <= event.x < start + tab.cell_len:
                event.stop()
                self.app.switch_mode(mode)
                return
            start += tab.cell_len
