"""Symptoms and side effects: dated entries, how strong, what they may relate to."""

from __future__ import annotations

from datetime import date, timedelta

from rich.console import RenderableType
from textual.binding import Binding

from wellness_tui.profile.models import LogEntry
from wellness_tui.tui.dialogs.form import Field, FormDialog, check_date
from wellness_tui.tui.screens.item_list import ItemListScreen, new_id
from wellness_tui.tui.widgets.text import literal, row, two_line
from wellness_tui.validation import validated

RANGES = ((30, "the last 30 days"), (90, "the last 90 days"), (0, "all time"))
SEVERITIES = (("mild", "Mild"), ("moderate", "Moderate"), ("severe", "Severe"))
KINDS = (("side effect", "A side effect"), ("symptom", "A symptom"))


class SymptomLogScreen(ItemListScreen[LogEntry]):
    FIELD = "log"
    TITLE = "Symptoms and side effects"
    NOUN = "entry"
    EMPTY = (
        "Nothing logged in this period. Press n to note a symptom or side effect — "
        "clinicians find a dated list far more useful than memory."
    )
    BINDINGS = [
        Binding("f", "next_range", "Period", id="log.range"),
        Binding("F", "choose_range", "Dates…", id="log.dates"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.range_index = 0
        self.custom: tuple[date, date] | None = None
        """A period the person chose (F), shown until f moves on."""

    def period(self) -> tuple[date | None, date | None, str]:
        if self.custom is not None:
            start, end = self.custom
            return start, end, f"{start:%d %b %Y} to {end:%d %b %Y}"
        days, label = RANGES[self.range_index]
        return (self.ctx.today() - timedelta(days=days - 1) if days else None), None, label

    def items(self) -> list[LogEntry]:
        start, end, _ = self.period()
        entries = [
            e
            for e in self.ctx.profile.log
            if (start is None or e.day >= start) and (end is None or e.day <= end)
        ]
        return sorted(entries, key=lambda e: e.day, reverse=True)

    def header(self) -> str:
        return f"{len(self.items())} in {self.period()[2]} (f: change · F: dates)"

    def action_next_range(self) -> None:
        if self.custom is not None:
            self.custom = None
        else:
            self.range_index = (self.range_index + 1) % len(RANGES)
        self.refresh_view()

    def action_choose_range(self) -> None:
        today = self.ctx.today()
        fields = [
            Field(
                "start",
                "From",
                kind="date",
                value=(today - timedelta(days=29)).isoformat(),
                required=True,
            ),
            Field("end", "To (inclusive)", kind="date", value=today.isoformat(), required=True),
        ]

        def chosen(values: dict[str, str] | None) -> None:
            if values is None:
                return
            start, end = check_date(values["start"]), check_date(values["end"])
            if start is None or end is None:
                return
            self.custom = (min(start, end), max(start, end))
            self.refresh_view()

        self.app.push_screen(FormDialog("Show entries from…", fields, saves=False), chosen)

    def form_fields(self, item: LogEntry | None) -> list[Field]:
        return [
            Field(
                "day",
                "Date",
                kind="date",
                latest=self.ctx.today(),
                value=(item.day if item else self.ctx.today()).isoformat(),
                required=True,
            ),
            Field(
                "kind",
                "This is",
                kind="choice",
                choices=KINDS,
                value=item.kind if item else "side effect",
            ),
            Field(
                "what",
                "What you noticed",
                value=item.what if item else "",
                required=True,
                hint="e.g. dry mouth, waking at 4am, headaches",
            ),
            Field(
                "severity",
                "How strong",
                kind="choice",
                choices=SEVERITIES,
                value=item.severity if item else "mild",
            ),
            Field(
                "related_to",
                "May relate to",
                value=item.related_to if item else "",
                hint="e.g. the new medicine, the dose change on the 3rd",
            ),
            Field("notes", "Notes", kind="text", value=item.notes if item else ""),
        ]

    def make(self, values: dict[str, str], item: LogEntry | None) -> LogEntry:
        day = check_date(values["day"]) or self.ctx.today()
        return validated(
            LogEntry,
            id=item.id if item else new_id("log"),
            day=day,
            kind=values["kind"] or "side effect",
            what=values["what"].strip(),
            severity=values["severity"] or "mild",
            related_to=values["related_to"].strip(),
            notes=values["notes"],
        )

    def show(self, item: LogEntry) -> RenderableType:
        head = row(
            (f"{item.day:%a %d %b %Y}  ", "dim"),
            (item.what, "bold"),
            (f"   {item.severity} {item.kind}", ""),
        )
        detail = " · ".join(
            x
            for x in (
                f"may relate to: {item.related_to}" if item.related_to else "",
                item.notes.replace("\n", " ") if item.notes else "",
            )
            if x
        )
        return two_line(head, literal(detail, "dim"), 4) if detail else head
