"""Patterns: what went with better days, and the mood year view (from Progress, key p).

The comparison runs on a worker thread: over ten years of records it takes longer
than a key press should (see benchmarks/README.md), and the screen stays responsive.
"""

from __future__ import annotations

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import Static
from textual.worker import Worker, WorkerState

from wellness_tui.core.activation import pattern_factors
from wellness_tui.core.patterns import CAVEAT, Patterns, cells, find_patterns, heading
from wellness_tui.core.year_view import year_grid
from wellness_tui.tui.screens.base import WellnessScreen
from wellness_tui.tui.widgets.footer import KeysFooter
from wellness_tui.tui.widgets.scroll_body import ScrollBody
from wellness_tui.tui.widgets.section_bar import SectionBar
from wellness_tui.tui.widgets.text import literal
from wellness_tui.tui.widgets.year_view import YearView

WINDOWS = (30, 90, 365, 3650)


class PatternsScreen(WellnessScreen):
    CSS_PATH = "../styles/progress.tcss"
    BINDINGS = [
        Binding("escape", "app.pop_screen", "Back", id="patterns.back"),
        Binding("n", "toggle_next_day", "Same day / next day", id="patterns.next_day"),
        Binding("w", "next_window", "30/90/365 days/10 years", id="patterns.window"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.days = 90
        self.next_day = False
        self.patterns: Patterns | None = None

    def compose(self) -> ComposeResult:
        yield SectionBar("progress")
        with ScrollBody(id="patterns-body"):
            yield Static(id="patterns-title")
            yield Static(literal(CAVEAT, "italic"), id="patterns-caveat")
            yield Static(id="patterns-lines")
            yield Static(literal("Mood, the last year", "bold"), classes="part-title")
            yield YearView(id="year-view")
        yield KeysFooter()

    def on_mount(self) -> None:
        self.query_one("#patterns-body").focus()

    def on_resize(self) -> None:
        if self.patterns is not None:
            self.query_one("#patterns-lines", Static).update(self.factor_table(self.patterns))

    def action_toggle_next_day(self) -> None:
        self.next_day = not self.next_day
        self.refresh_view()

    def action_next_window(self) -> None:
        self.days = WINDOWS[(WINDOWS.index(self.days) + 1) % len(WINDOWS)]
        self.refresh_view()

    def refresh_view(self) -> None:
        profile = self.ctx.profile
        today = self.ctx.today()
        mode = "next day" if self.next_day else "same day"
        self.query_one("#patterns-title", Static).update(
            Text.assemble(
                ("What went with better days", "bold"),
                (f"   last {self.days} days, {mode}", "dim"),
            )
        )
        self.query_one(YearView).show(year_grid(profile, today, first=profile.settings.week_start))
        self.query_one("#patterns-lines", Static).update(
            literal("Looking through your records…", "dim")
        )
        days, next_day = self.days, self.next_day
        self.run_worker(
            lambda: find_patterns(
                profile,
                today,
                days,
                next_day=next_day,
                extra=pattern_factors(profile, today, days),
            ),
            thread=True,
            exclusive=True,
            group="patterns",
        )

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        if event.worker.group != "patterns" or event.state is not WorkerState.SUCCESS:
            return
        result = event.worker.result
        if isinstance(result, Patterns):
            self.patterns = result
            self.query_one("#patterns-lines", Static).update(self.factor_table(result))

    def factor_table(self, patterns: Patterns) -> Table | Text:
        if not patterns.enough:
            return Text.assemble((heading(patterns) + "\n", "dim"), patterns.needed_words())
        if not patterns.comparisons:
            return literal("Nothing to compare yet: add a habit, or tags to your check-ins.")
        table = Table.grid(padding=(0, 2))
        # Fixed widths: rich would otherwise squeeze the numbers before the names.
        numbers = 11 + 11 + 24 + 3 * 2
        name_width = max(12, min(40, self.size.width - 6 - numbers))
        table.add_column(width=name_width, no_wrap=True, overflow="ellipsis")
        table.add_column(width=11, no_wrap=True, justify="right")
        table.add_column(width=11, no_wrap=True, justify="right")
        table.add_column(width=24)
        table.add_row(
            Text(""),
            Text("mood with", style="dim"),
            Text("without", style="dim"),
            Text("difference", style="dim"),
        )
        for comparison in patterns.comparisons:
            with_it, without, diff = cells(comparison)
            style = "bold" if comparison.clear else ("dim" if comparison.difference is None else "")
            table.add_row(
                literal(comparison.name), Text(with_it), Text(without), Text(diff, style=style)
            )
        return table
