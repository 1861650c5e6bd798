"""Progress: mood, energy and sleep over 7/30/90 days, habit strength, program progress."""

from __future__ import annotations

from datetime import date, timedelta

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.events import Resize
from textual.widgets import Static

from wellness_tui.core import selfchecks as sc
from wellness_tui.core.habits import active_habits, strength, strength_percent, week_progress
from wellness_tui.core.progress import module_progress, program_progress
from wellness_tui.core.today import progress_bar
from wellness_tui.core.trends import (
    MEASURES,
    aim_words,
    marker_legend,
    marker_row,
    markers,
    series,
    sparkline,
    squeeze,
)
from wellness_tui.library.questionnaires import program_questionnaires
from wellness_tui.profile.models import Profile
from wellness_tui.tui.screens.base import WellnessScreen
from wellness_tui.tui.screens.habit_detail import strength_bar
from wellness_tui.tui.screens.patterns import PatternsScreen
from wellness_tui.tui.widgets.footer import KeysFooter
from wellness_tui.tui.widgets.scroll_body import ScrollBody
from wellness_tui.tui.widgets.section_bar import SectionBar
from wellness_tui.tui.widgets.symbols import plain_symbols
from wellness_tui.tui.widgets.text import literal, row

WINDOWS = (7, 30, 90)
LABEL_WIDTH = 15


class ProgressScreen(WellnessScreen):
    CSS_PATH = "../styles/progress.tcss"
    BINDINGS = [
        Binding("w", "next_window", "7/30/90 days", id="progress.window"),
        Binding("1", "window(7)", "7 days", show=False),
        Binding("2", "window(30)", "30 days", show=False),
        Binding("3", "window(90)", "90 days", show=False),
        Binding("p", "patterns", "Patterns", id="progress.patterns"),
        Binding("s", "selfchecks", "Self-checks", id="progress.selfchecks"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.days = 30

    def compose(self) -> ComposeResult:
        yield SectionBar("progress")
        with ScrollBody(id="progress-body"):
            yield Static(id="progress-title")
            yield Static(id="trends")
            yield Static(literal("Habit strength", "bold"), classes="part-title")
            yield Static(id="habit-strengths")
            yield Static(literal("Program", "bold"), classes="part-title")
            yield Static(id="program")
            yield Static(
                literal("Self-checks", "bold"), classes="part-title", id="selfchecks-title"
            )
            yield Static(id="selfchecks")
        yield KeysFooter()

    def on_mount(self) -> None:
        self.refresh_view()
        self.query_one("#progress-body").focus()

    def on_resize(self, _event: Resize) -> None:
        self.refresh_view()

    def action_patterns(self) -> None:
        self.app.push_screen(PatternsScreen())

    def action_selfchecks(self) -> None:
        self.query_one("#progress-body", ScrollBody).scroll_to_widget(
            self.query_one("#selfchecks-title"), top=True, animate=False
        )

    def action_next_window(self) -> None:
        self.action_window(WINDOWS[(WINDOWS.index(self.days) + 1) % len(WINDOWS)])

    def action_window(self, days: int) -> None:
        self.days = days
        self.refresh_view()

    def refresh_view(self) -> None:
        profile = self.ctx.profile
        today = self.ctx.today()
        self.query_one("#progress-title", Static).update(
            row(
                ("Progress", "bold"),
                (f"   the last {self.days} days, up to today", "dim"),
                ("   (w: 7 / 30 / 90 days)", "dim"),
            )
        )
        width = max(10, min(self.days, self.size.width - LABEL_WIDTH - 6))
        plain = plain_symbols(self.app)
        trends = row()
        if not profile.checkins:
            trends.append_text(
                literal(
                    "No check-ins yet. On Today, press c: four quick numbers and, if you like, a "
                    "note. After a few days your mood, energy and sleep appear here as small "
                    "charts with their averages.",
                    "italic",
                )
            )
        found = markers(profile)
        for measure in MEASURES:
            data = series(profile, measure, today, self.days)
            chart = sparkline(squeeze(data.values, width), measure.low, measure.high, plain)
            trends.append(f"{measure.label:<{LABEL_WIDTH}}", style="bold")
            trends.append(chart + "\n")
            marks = marker_row(found, data.start, self.days, width, plain)
            if marks:
                trends.append(" " * LABEL_WIDTH + marks + "\n", style="bold")
            trends.append(" " * LABEL_WIDTH + data.summary() + "\n\n", style="dim")
        if profile.checkins:
            trends.append(
                f"{aim_words(MEASURES)} · = no entry that day. "
                f"Each mark is {'one day' if width >= self.days else 'a few days'}.",
                style="dim",
            )
            legend = marker_legend(found, today - timedelta(days=self.days - 1), today, plain)
            if legend:
                trends.append("\nMarks under the charts: ", style="dim")
                trends.append_text(literal(legend, "dim"))
        self.query_one("#trends", Static).update(trends)

        strengths = row()
        habits = active_habits(profile.habits)
        if not habits:
            strengths.append_text(literal("No habits yet: add one under Habits (h).", "dim"))
        for habit in sorted(habits, key=lambda h: -strength(h, today)):
            score = strength(habit, today)
            percent = strength_percent(habit, today)
            strengths.append(f"{strength_bar(score, 8)} {percent:>3}%  ")
            strengths.append_text(literal(habit.title))
            week = week_progress(habit, today, profile.settings.week_start)
            if week is not None:
                strengths.append(f" · {week}", style="dim")
            strengths.append("\n")
        self.query_one("#habit-strengths", Static).update(strengths)

        overall = program_progress(self.ctx.library, profile)
        program = row(
            (f"{progress_bar(overall, 16)} ", ""),
            (f"{overall.done} of {overall.total} lessons\n", "bold"),
        )
        for module in self.ctx.library.modules:
            progress = module_progress(module, profile)
            program.append(f"{progress_bar(progress, 8)} {progress.label:<12} ", style="dim")
            program.append_text(literal(module.title))
            program.append("\n")
        self.query_one("#program", Static).update(program)
        self.query_one("#selfchecks", Static).update(
            selfcheck_trends(profile, today, self.days, self.size.width, plain)
        )


def selfcheck_trends(
    profile: Profile, today: date, days: int, screen_width: int, plain: bool
) -> Text:
    """One chart per questionnaire: scores over time, band edges as lines, the numbers and
    the treatment/appointment marks underneath (the same marks as the charts above)."""
    days = max(days, sc.TREND_MIN_DAYS)
    width = max(10, min(days, screen_width - 4 - 22 - 6))
    out = row(
        (sc.NOT_A_DIAGNOSIS.replace("This is", "A score is"), "bold"),
        (f"\nThe last {days} days (a self-check comes every two weeks).\n\n", "dim"),
    )
    found = markers(profile)
    start = today - timedelta(days=days - 1)
    shown = False
    for q in program_questionnaires().values():
        t = sc.trend(profile, q, today, days)
        out.append(f"{q.title}: {q.about}\n", style="bold")
        if len(t.checks) < 2:
            if t.checks:
                first = t.checks[0]
                score = sc.total(first.answers)
                out.append(
                    f"One so far: {score} on {first.day:%d %b}, {sc.band_words(q, score)}. "
                    "The trend appears after the next one.\n\n",
                    style="dim",
                )
            else:
                out.append("None in this period yet.\n\n", style="dim")
            continue
        shown = True
        for axis, chart, band in sc.trend_chart(t, width, plain):
            out.append(axis, style="dim")
            out.append(chart)
            out.append(f" {band}\n" if band else "\n", style="dim")
        marks = marker_row(found, t.start, t.days, width, plain)
        if marks:
            out.append("    " + marks + "\n", style="bold")
        out.append("    " + sc.trend_numbers(t) + "\n")
        out.append("    " + sc.trend_summary(t) + "\n", style="dim")
        out.append(sc.outlook(q, t.checks).words + "\n\n")
    if shown:
        legend = marker_legend(found, start, today, plain)
        out.append(
            f"{'o' if plain else '●'} = a self-check; the lines are where a range begins.",
            style="dim",
        )
        if legend:
            out.append("\nMarks under the charts: ", style="dim")
            out.append_text(literal(legend, "dim"))
    else:
        out.append(
            "Self-checks (PHQ-9 and GAD-7) are offered on Today every two weeks; after two "
            "of one kind, their scores appear here over time.",
            style="dim italic",
        )
    return out
