"""Prepare for my appointment: open questions, recent symptoms and side effects, trends."""

from __future__ import annotations

from datetime import timedelta

from rich.console import Group, RenderableType
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import Static

from wellness_tui.core.today import short_date
from wellness_tui.core.trends import MEASURES, series, sparkline
from wellness_tui.tui.dialogs.appointment import appointment_when, edit_appointment
from wellness_tui.tui.dialogs.report_form import open_report_form
from wellness_tui.tui.screens.base import WellnessScreen
from wellness_tui.tui.widgets.footer import KeysFooter
from wellness_tui.tui.widgets.scroll_body import ScrollBody
from wellness_tui.tui.widgets.symbols import plain_symbols
from wellness_tui.tui.widgets.text import hanging, literal, row

RECENT_DAYS = 30


class PrepareScreen(WellnessScreen):
    CSS_PATH = "../styles/prepare.tcss"
    BINDINGS = [
        Binding("escape", "app.pop_screen", "Back", id="prepare.back"),
        Binding("w", "report", "Write a report", id="prepare.report"),
        Binding("a", "appointment", "Appointment", id="prepare.appointment"),
    ]

    def compose(self) -> ComposeResult:
        with ScrollBody(id="prepare"):
            yield Static(literal("Prepare for my appointment", "bold"), id="prepare-title")
            yield Static(id="prepare-body")
        yield KeysFooter()

    def on_mount(self) -> None:
        self.refresh_view()
        self.query_one("#prepare").focus()

    def refresh_view(self) -> None:
        profile = self.ctx.profile
        today = self.ctx.today()
        parts: list[RenderableType] = []
        text = row()

        def item(mark: str, body: Text) -> None:
            """A list line whose wrapped lines start under its text (not at column 1)."""
            nonlocal text
            if text.plain.endswith("\n"):
                text.right_crop(1)
            if text.plain:
                parts.append(text)
            parts.append(hanging(mark, body))
            text = row()

        appointment = profile.appointment
        if appointment.day or appointment.with_whom:
            when = appointment_when(appointment, today, long=True) or "date not set"
            text.append("Next appointment: ", style="bold")
            text.append_text(
                literal(when + (f" with {appointment.with_whom}" if appointment.with_whom else ""))
            )
        else:
            text.append_text(literal("No appointment noted yet (a adds one).", "dim"))
        open_questions = [q for q in profile.questions if q.asked is None]
        text.append(f"\n\nQuestions to ask ({len(open_questions)})\n", style="bold")
        if not open_questions:
            text.append_text(literal("None yet — add them under Notebook → Questions.\n", "dim"))
        width = len(str(len(open_questions)))
        for number, question in enumerate(open_questions, start=1):
            item(f" {number:>{width}}. ", literal(question.text))
        start = today - timedelta(days=RECENT_DAYS - 1)
        recent = sorted((e for e in profile.log if e.day >= start), key=lambda e: e.day)
        text.append(
            f"\nSymptoms and side effects, last {RECENT_DAYS} days ({len(recent)})\n", style="bold"
        )
        if not recent:
            text.append_text(literal("None logged.\n", "dim"))
        for entry in recent:
            line = row(f"{short_date(entry.day, today)} · {entry.severity} {entry.kind}: ")
            line.append_text(literal(entry.what))
            if entry.related_to:
                line.append_text(literal(f" (may relate to: {entry.related_to})", "dim"))
            item(" • ", line)
        text.append(f"\nThe last {RECENT_DAYS} days\n", style="bold")
        plain = plain_symbols(self.app)
        for measure in MEASURES:
            data = series(profile, measure, today, RECENT_DAYS)
            text.append(f" {measure.label:<14}")
            text.append(sparkline(data.values, measure.low, measure.high, plain) + "\n")
            text.append_text(literal(f" {'':<14}{data.summary()}\n", "dim"))
        text.append(
            "\nw writes a report to bring or send (you choose what goes in it).", style="dim"
        )
        parts.append(text)
        self.query_one("#prepare-body", Static).update(Group(*parts))

    def action_report(self) -> None:
        open_report_form(self, self.ctx)

    def action_appointment(self) -> None:
        edit_appointment(self, self.ctx, self.refresh_view)
