"""The report as rows for other programs: CSV (one row per fact), JSON (summary + rows)."""

from __future__ import annotations

import csv
import io
import json
import re
from datetime import date

from wellness_tui.core.patterns import CAVEAT, as_json, factor_line, signed
from wellness_tui.core.trends import MEASURES
from wellness_tui.core.worksheets import problem_parts, thought_parts
from wellness_tui.profile.models import PlanEntry
from wellness_tui.report.build import PURPOSE, Report, share_detail
from wellness_tui.report.selfchecks import change_text

CSV_COLUMNS = ("section", "date", "item", "value", "detail")


Cell = str | int | float


def rows(report: Report) -> list[dict[str, Cell]]:
    """Every raw row of the report, one dict per row (the CSV's lines). A value that is
    a number stays a number (JSON gives it as one); the CSV writes every cell as text."""
    out: list[dict[str, Cell]] = []

    def add(section: str, day: date | None, item: str, value: object, detail: str = "") -> None:
        out.append(
            {
                "section": section,
                "date": day.isoformat() if day else "",
                "item": item,
                "value": _cell(value),
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
        add("habit", None, habit.title, habit.done, share_detail(habit))
    if report.activities is not None:  # the activity planner: one row per entry
        for item in report.activities.entries:
            planned = item.entry
            bits = [f"{name} {value}" for name, value in _ratings(planned) if value is not None]
            if planned.when:
                bits.insert(0, planned.when)
            if not planned.planned:
                bits.insert(0, "not planned")
            if item.area:
                bits.insert(0, item.area)
            if report.notes is not None and planned.note.strip():
                bits.append(f"note: {planned.note}")
            add("activity", item.day, item.title, planned.state, " | ".join(bits))
    # ----- self-checks (opt-in): one row per check; the answers only when chosen -----
    if report.selfchecks is not None:
        for q in report.selfchecks.questionnaires:
            for line in q.checks:
                detail = f"{line.band} range | change: {change_text(line.change)}"
                add("selfcheck", line.day, q.title, line.total, detail)
                if line.answers is not None:
                    answers = ",".join(str(a) for a in line.answers)
                    extra = f"difficulty {line.difficulty}" if line.difficulty is not None else ""
                    add("selfcheck answers", line.day, q.title, answers, extra)
    # ----- end of self-checks -----
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
    # ----- patterns (opt-in) -----
    if report.patterns is not None:
        if not report.patterns.enough:
            add("pattern", None, "not enough days yet", "", report.patterns.needed_words())
        for c in report.patterns.comparisons:
            diff = c.difference
            add(
                "pattern",
                None,
                c.name,
                "" if diff is None else signed(diff),
                factor_line(c),
            )
        add("pattern", None, "note", CAVEAT)
    # ----- end of patterns -----
    if report.reflections is not None:
        for lesson, prompt, answer in report.reflections:
            add("reflection", None, f"{lesson} — {prompt}", answer)
    # ----- worksheets (opt-in): one row per filled-in part -----
    for record in report.thoughts or []:
        for label, text in thought_parts(record):
            add("thought record", record.created.date(), label, text, record.id)
    for sheet in report.problems or []:
        for label, text in problem_parts(sheet):
            add("problem solving", sheet.created.date(), label, text, sheet.id)
    # ----- end of worksheets -----
    return out


def _cell(value: object) -> Cell:
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int | float):
        return value
    return str(value)


def _ratings(entry: PlanEntry) -> list[tuple[str, int | None]]:
    return [
        ("enjoyment", entry.enjoyment),
        ("achievement", entry.achievement),
        ("mood before", entry.mood_before),
        ("mood after", entry.mood_after),
    ]


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_PLAIN_NUMBER = re.compile(r"[+-]?\d+(?:\.\d+)?")


def no_formula(cell: str) -> str:
    """A cell a spreadsheet would run as a formula (=HYPERLINK(...), +, -, @, tab,
    carriage return) gets a leading ' (the OWASP advice on CSV injection), so it is
    shown as the text it is. Only the CSV does this; JSON keeps the exact text."""
    if _PLAIN_NUMBER.fullmatch(cell):  # "+0.9", "-2": a number, not a formula
        return cell
    return "'" + cell if cell.startswith(FORMULA_STARTS) else cell


def to_csv(report: Report) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows({k: no_formula(str(v)) for k, v in row.items()} for row in rows(report))
    return buffer.getvalue()


def _activities_json(report: Report) -> dict[str, object] | None:
    section = report.activities
    if section is None:
        return None
    return {
        "weeks": [
            {
                "from": w.start.isoformat(),
                "to": w.end.isoformat(),
                "planned": w.planned,
                "done": w.done,
                "let_go": w.let_go,
                "average_enjoyment": w.average_enjoyment,
                "average_achievement": w.average_achievement,
            }
            for w in section.weeks
        ],
        "rated_highest": [
            {
                "title": r.title,
                "average_enjoyment": r.average_enjoyment,
                "average_achievement": r.average_achievement,
                "times": r.times,
            }
            for r in section.rated_highest
        ],
        "entries": [
            {
                "date": i.day.isoformat(),
                "title": i.title,
                "area": i.area,
                "when": i.entry.when,
                "state": i.entry.state,
                "planned": i.entry.planned,
                **{name.replace(" ", "_"): value for name, value in _ratings(i.entry)},
                **({"note": i.entry.note} if report.notes is not None else {}),
            }
            for i in section.entries
        ],
    }


def _selfchecks_json(report: Report) -> dict[str, object] | None:
    section = report.selfchecks
    if section is None:
        return None
    out: dict[str, object] = {}
    for q in section.questionnaires:
        checks = []
        for line in q.checks:
            item: dict[str, object] = {
                "date": line.day.isoformat(),
                "total": line.total,
                "max": q.max_score,
                "band": line.band,
                "change": line.change,
            }
            if line.answers is not None:
                item["answers"] = line.answers
                item["difficulty"] = line.difficulty
            checks.append(item)
        out[q.id] = {
            "title": q.title,
            "checks": checks,
            "response": q.response,
            "remission": q.remission,
            "outlook": q.outlook,
        }
    out["note"] = "A score is not a diagnosis."
    return out


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
        "activities": _activities_json(report),
        "open_questions": [q.text for q in report.open_questions],
        "modules_completed": report.modules_done,
        "rows": rows(report),
    }
    if report.patterns is not None:
        summary["patterns"] = as_json(report.patterns)
    if report.selfchecks is not None:
        summary["selfchecks"] = _selfchecks_json(report)
    return json.dumps(summary, ensure_ascii=False, indent=2) + "\n"
