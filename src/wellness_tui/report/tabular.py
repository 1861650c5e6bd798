"""The report as rows for other programs: CSV (one row per fact), JSON (summary + rows)."""

from __future__ import annotations

import csv
import io
import json
from datetime import date

from wellness_tui.core.trends import MEASURES
from wellness_tui.report.build import PURPOSE, Report, share_text

CSV_COLUMNS = ("section", "date", "item", "value", "detail")


def rows(report: Report) -> list[dict[str, str]]:
    """Every raw row of the report, one dict per row (the CSV's lines)."""
    out: list[dict[str, str]] = []

    def add(section: str, day: date | None, item: str, value: object, detail: str = "") -> None:
        out.append(
            {
                "section": section,
                "date": day.isoformat() if day else "",
                "item": item,
                "value": "" if value is None else str(value),
                "detail": detail,
            }
        )

    for day, checkin in report.checkins:
        for measure in MEASURES:
            value = getattr(checkin, measure.field)
            if value is not None:
                add("checkin", day, measure.field, value)
        if checkin.tags:
            add("checkin", day, "tags", ", ".join(checkin.tags))
        if report.notes is not None and checkin.note.strip():
            add("checkin", day, "note", checkin.note)
    for habit in report.habits:
        add("habit", None, habit.title, habit.done, f"{share_text(habit.share)} of {habit.target}")
    for entry in report.log:
        add(
            entry.kind,
            entry.day,
            entry.what,
            entry.severity,
            entry.related_to
            + (f" | notes: {entry.notes}" if entry.notes and report.notes is not None else ""),
        )
    for question in report.open_questions:
        add("question", question.added, question.text, "open")
    for question in report.answered_questions:
        add("question", question.asked, question.text, "asked", question.answer)
    for treatment in report.treatments:
        add(
            "treatment",
            None,
            treatment.what,
            f"{treatment.started} to {treatment.stopped}",
            f"{treatment.how_it_went} | side effects: {treatment.side_effects}",
        )
    for day, module, lesson in report.lessons_done:
        add("lesson", day, f"{module} — {lesson}", "completed")
    if report.notes is not None:
        for day, note in report.notes:
            add("note", day, "note", note)
    if report.reflections is not None:
        for lesson, prompt, answer in report.reflections:
            add("reflection", None, f"{lesson} — {prompt}", answer)
    return out


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def no_formula(cell: str) -> str:
    """A cell a spreadsheet would run as a formula (=HYPERLINK(...), +, -, @, tab,
    carriage return) gets a leading ' (the OWASP advice on CSV injection), so it is
    shown as the text it is. Only the CSV does this; JSON keeps the exact text."""
    return "'" + cell if cell.startswith(FORMULA_STARTS) else cell


def to_csv(report: Report) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows({k: no_formula(v) for k, v in row.items()} for row in rows(report))
    return buffer.getvalue()


def to_json(report: Report) -> str:
    summary = {
        "period": {
            "from": report.start.isoformat(),
            "to": report.end.isoformat(),
            "days": report.days,
        },
        "made": report.made.isoformat(timespec="minutes"),
        "purpose": PURPOSE,
        "averages": {
            s.measure.field: {
                "average": s.average,
                "lowest": s.minimum,
                "highest": s.maximum,
                "days": s.count,
            }
            for s in report.measures
        },
        "habits": [
            {"title": x.title, "target": x.target, "done_days": x.done, "share_of_target": x.share}
            for x in report.habits
        ],
        "open_questions": [q.text for q in report.open_questions],
        "modules_completed": report.modules_done,
        "rows": rows(report),
    }
    return json.dumps(summary, ensure_ascii=False, indent=2) + "\n"
