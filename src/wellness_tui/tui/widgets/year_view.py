"""The mood year view: one cell per day, the mood as a digit and (if allowed) a colour."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static

from wellness_tui.core.calendar import month_labels
from wellness_tui.core.year_view import YearGrid, mood_symbol
from wellness_tui.tui.widgets.symbols import plain_symbols

LABEL = 5


class YearView(Static):
    """Draws a YearGrid; one column per week fits 53 weeks in 58 columns."""

    def __init__(self, grid: YearGrid | None = None, **kwargs: str) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.grid = grid

    def show(self, grid: YearGrid) -> None:
        self.grid = grid
        self.update(self.render_grid())

    def on_mount(self) -> None:
        if self.grid is not None:
            self.update(self.render_grid())

    def render_grid(self) -> Text:
        assert self.grid is not None
        plain = plain_symbols(self.app)
        grid = self.grid
        text = Text(" " * LABEL + month_labels(grid.weeks, 1) + "\n", style="dim")
        for name, line in zip(grid.row_names, grid.cells, strict=True):
            text.append(f"{name:<{LABEL - 1}} ", style="dim")
            for cell in line:
                if cell is False:
                    text.append(" ")
                    continue
                mood = cell if type(cell) is int else None
                text.append(mood_symbol(mood, plain), style="" if plain else self._style(mood))
            text.append("\n")
        missing = mood_symbol(None, plain)
        text.append(
            " " * LABEL + f"1-9 = mood that day, + = 10, {missing} = no entry; one column a week",
            style="dim",
        )
        return text

    def _style(self, mood: int | None) -> str:
        if mood is None:
            return "dim"
        colours = self.app.current_theme
        if mood <= 3:
            return f"{colours.secondary}"
        if mood <= 6:
            return f"{colours.primary}"
        return f"bold {colours.success}"
