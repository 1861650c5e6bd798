"""Writing the appointment report from inside the app (the same report as the shell's)."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from textual.screen import Screen

from wellness_tui.profile.files import write_private
from wellness_tui.report.build import build_report, default_period
from wellness_tui.report.formats import path_for_format, render
from wellness_tui.tui.context import Context
from wellness_tui.tui.dialogs.confirm import confirm_replace
from wellness_tui.tui.dialogs.form import Field, FormDialog, check_date

FORMAT_CHOICES = (
    ("html", "HTML — a page to print or open in a browser"),
    ("md", "Markdown — plain text"),
    ("csv", "CSV — the raw rows, for a spreadsheet"),
    ("json", "JSON — the raw rows, for other programs"),
)
YES_NO = (("no", "Leave out (private)"), ("yes", "Include"))


def follow_format(changed: str, values: dict[str, str]) -> dict[str, str]:
    """The "Save to" path's extension follows the chosen format (~/r.html -> ~/r.md)."""
    if changed != "format" or not values.get("format"):
        return {}
    return {"path": path_for_format(values["path"], values["format"])}


def open_report_form(screen: Screen[Any], ctx: Context, start: date | None = None) -> None:
    today = ctx.today()
    first, last = default_period(today)
    first = start or first
    fields = [
        Field("start", "From", kind="date", value=first.isoformat(), required=True),
        Field("end", "To (inclusive)", kind="date", value=last.isoformat(), required=True),
        Field("format", "Format", kind="choice", choices=FORMAT_CHOICES, value="html"),
        Field(
            "notes", "My notes (check-in and log notes)", kind="choice", choices=YES_NO, value="no"
        ),
        Field("reflections", "My reflection answers", kind="choice", choices=YES_NO, value="no"),
        Field("thoughts", "My thought records", kind="choice", choices=YES_NO, value="no"),
        Field("problems", "My problem-solving sheets", kind="choice", choices=YES_NO, value="no"),
        Field(
            "patterns",
            "Patterns (what went with better days)",
            kind="choice",
            choices=YES_NO,
            value="no",
        ),
        Field(
            "selfchecks",
            "Self-checks (PHQ-9, GAD-7 scores)",
            kind="choice",
            choices=YES_NO,
            value="no",
        ),
        Field(
            "selfcheck_answers",
            "Self-check answers, item by item (private)",
            kind="choice",
            choices=YES_NO,
            value="no",
        ),
        Field(
            "path",
            "Save to",
            value=str(Path.home() / f"wellness-report-{last}.html"),
            required=True,
            hint="the file is readable only by you",
        ),
    ]

    def chosen(values: dict[str, str] | None) -> None:
        if values is None:
            return
        start_day = check_date(values["start"]) or first
        end_day = check_date(values["end"]) or last
        if end_day < start_day:
            screen.notify(
                "The period ends before it starts; nothing was written.", severity="warning"
            )
            return
        report = build_report(
            ctx.profile,
            ctx.library,
            start_day,
            end_day,
            ctx.clock.now(),
            include_notes=values["notes"] == "yes",
            include_reflections=values["reflections"] == "yes",
            include_patterns=values.get("patterns") == "yes",
            include_thoughts=values["thoughts"] == "yes",
            include_problems=values["problems"] == "yes",
            include_selfchecks=values.get("selfchecks") == "yes",
            include_selfcheck_answers=values.get("selfcheck_answers") == "yes",
        )
        fmt = values["format"] or "html"
        target = Path(path_for_format(values["path"], fmt)).expanduser()
        text = render(report, fmt)

        def write() -> None:
            try:
                write_private(target, text.encode("utf-8"))
            except OSError as err:
                screen.notify(
                    f"Could not write {target}: {err.strerror or err}",
                    severity="error",
                    markup=False,
                )
                return
            ctx.saved_elsewhere.append(target)
            screen.notify(
                f"Report written to {target} (readable only by you; not encrypted).",
                timeout=10,
                markup=False,
            )

        confirm_replace(screen, target, write)

    screen.app.push_screen(
        FormDialog("Write a report", fields, follow=follow_format, saves=False), chosen
    )
