"""A habit's recent weeks as a calendar heatmap that fits 80 columns."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static

from wellness_tui.core.calendar import ASCII_SYMBOLS, SYMBOLS, Heatmap, month_labels
from wellness_tui.core.habits import DayState
from wellness_tui.tui.widgets.symbols import plain_symbols

CELL = 2


class HeatmapView(Static):
    def __init__(self, map_: Heatmap | None = None, **kwargs: str) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.map = map_

    def show(self, map_: Heatmap) -> None:
        self.map = map_
        self.update(self._render_map())

    def on_mount(self) -> None:
        if self.map is not None:
            self.update(self._render_map())

    def _render_map(self) -> Text:
        assert self.map is not None
        plain = plain_symbols(self.app)
        symbols = ASCII_SYMBOLS if plain else SYMBOLS
        text = Text("     " + month_labels(self.map.weeks, CELL) + "\n", style="dim")
        for name, row in zip(self.map.row_names, self.map.cells, strict=True):
            text.append(f"{name:<4} ", style="dim")
            for state in row:
                if state is None:
                    text.append(" " * CELL)
                    continue
                style = "" if plain else self._style(state)
                text.append(symbols[state], style=style)
                text.append(" " * (CELL - 1))
            text.append("\n")
        legend = "  ".join(
            f"{symbols[s]} {'not done' if s is DayState.NOT_YET else s.value}"
            for s in (DayState.DONE, DayState.NOT_YET, DayState.SKIPPED, DayState.PAUSED)
        )
        text.append(f"     {legend}", style="dim")
        return text

    def _style(self, state: DayState) -> str:
        colours = self.app.current_theme
        if state is DayState.DONE:
            return f"bold {colours.success}"
        return "dim" if state is not DayState.NOT_DUE else ""
