"""The appointment report: a summary of a date range, in Markdown, HTML, CSV or JSON.

Private notes and reflection answers are left out unless asked for. Text the
user typed is escaped for each format so it appears exactly as typed.
"""

from __future__ import annotations

import csv
import html
import io
import json
import re
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from wellness_tui.core.habits import adherence
from wellness_tui.core.trends import MEASURES, Measure, series, sparkline, squeeze
from wellness_tui.library import Library
from wellness_tui.profile.models import CareQuestion, CheckIn, LogEntry, Profile, Treatment
from wellness_tui.textsafe import visible

FORMATS = ("md", "html", "csv", "json")


@dataclass(frozen=True)
class MeasureStats:
    measure: Measure
    values: list[float | None]
    average: float | None
    minimum: float | None
    maximum: float | None
    count: int


@dataclass(frozen=True)
class HabitLine:
    title: str
    target: str
    done: int
    share: float | None


@dataclass
class Report:
    start: date
    end: date
    made: datetime
    name: str
    measures: list[MeasureStats]
    checkins: list[tuple[date, CheckIn]]
    habits: list[HabitLine]
    log: list[LogEntry]
    open_questions: list[CareQuestion]
    answered_questions: list[CareQuestion]
    treatments: list[Treatment]
    lessons_done: list[tuple[date, str, str]]
    """(day completed, module title, lesson title) within the period."""
    modules_done: list[str]
    appointment: str
    notes: list[tuple[date, str]] | None = None
    reflections: list[tuple[str, str, str]] | None = field(default=None)
    """(lesson title, prompt, answer), when included."""

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1


def build_report(
    profile: Profile,
    library: Library,
    start: date,
    end: date,
    made: datetime,
    *,
    include_notes: bool = False,
    include_reflections: bool = False,
) -> Report:
    if end < start:
        raise ValueError("the period ends before it starts")
    days = (end - start).days + 1
    measures = []
    for measure in MEASURES:
        data = series(profile, measure, end, days)
        measures.append(
            MeasureStats(
                measure, data.values, data.average, data.minimum, data.maximum, len(data.present)
            )
        )
    checkins = sorted((d, c) for d, c in profile.checkins.items() if start <= d <= end)
    habits = []
    for habit in profile.habits:
        result = adherence(habit, start, end)
        if result is None or (habit.archived and result[0] == 0):
            continue  # not yet made, or archived with nothing in the period
        habits.append(HabitLine(habit.title, habit.target.describe(), *result))
    log = sorted((e for e in profile.log if start <= e.day <= end), key=lambda e: e.day)
    lessons_done = []
    modules_done = []
    for module in library.modules:
        dates = [
            profile.lessons[ls.id].completed if ls.id in profile.lessons else None
            for ls in module.lessons
        ]
        for lesson, done in zip(module.lessons, dates, strict=True):
            if done is not None and start <= done <= end:
                lessons_done.append((done, module.title, lesson.title))
        if dates and all(d is not None for d in dates):
            modules_done.append(module.title)
    notes = None
    if include_notes:
        notes = [(d, c.note) for d, c in checkins if c.note.strip()]
        for habit in profile.habits:
            notes += [
                (d, f"{habit.title}: {n}")
                for d, n in habit.notes.items()
                if start <= d <= end and n.strip()
            ]
        notes.sort(key=lambda item: item[0])
    reflections = None
    if include_reflections:
        reflections = []
        for module in library.modules:
            for lesson in module.lessons:
                for prompt in lesson.prompts:
                    answer = profile.answers.get(f"{lesson.id}/{prompt.id}")
                    if answer is not None and answer.text.strip():
                        reflections.append((lesson.title, prompt.text, answer.text))
    appointment = ""
    if profile.appointment.day is not None or profile.appointment.with_whom:
        when = f"{profile.appointment.day:%A %d %B %Y}" if profile.appointment.day else ""
        appointment = " with ".join(x for x in (when, profile.appointment.with_whom) if x)
    return Report(
        start=start,
        end=end,
        made=made,
        name=profile.settings.name,
        measures=measures,
        checkins=checkins,
        habits=habits,
        log=log,
        open_questions=[q for q in profile.questions if q.asked is None],
        answered_questions=[
            q for q in profile.questions if q.asked is not None and start <= q.asked <= end
        ],
        treatments=list(profile.treatments),
        lessons_done=sorted(lessons_done),
        modules_done=modules_done,
        appointment=appointment,
        notes=notes,
        reflections=reflections,
    )


def default_period(today: date, days: int = 30) -> tuple[date, date]:
    return today - timedelta(days=days - 1), today


def _num(value: float | None) -> str:
    if value is None:
        return "–"
    return f"{value:.1f}".rstrip("0").rstrip(".")


def _pct(share: float | None) -> str:
    return "no days due yet" if share is None else f"{round(100 * share)}%"


PURPOSE = (
    "I made this summary myself, from my own daily notes in wellness-tui, "
    "to support conversations about my care. It is not a medical record."
)


# ----- Markdown ---------------------------------------------------------------------------

# Characters that can start formatting anywhere in a line (CommonMark), and the
# ones that only matter at the start of a line (headings, lists, quotes).
_MD_INLINE = re.compile(r"([\\`*_\[\]<>|&~])")
_MD_LINE_START = re.compile(r"^(\s*\d*)([#+\-=>.)])")


def md(text: str) -> str:
    """Escape typed text for CommonMark so it shows exactly as typed; line breaks kept."""
    lines = []
    for line in text.splitlines() or [""]:
        line = _MD_INLINE.sub(r"\\\1", line)
        line = _MD_LINE_START.sub(lambda m: m.group(1) + "\\" + m.group(2), line)
        lines.append(line)
    return "\\\n  ".join(lines)


def to_markdown(report: Report) -> str:
    out: list[str] = []
    who = f" — {md(report.name)}" if report.name.strip() else ""
    out.append(f"# Appointment summary{who}\n")
    out.append(
        f"**Period:** {report.start:%d %B %Y} to {report.end:%d %B %Y} "
        f"({report.days} days, inclusive)  "
    )
    out.append(f"**Made:** {report.made:%d %B %Y at %H:%M}  ")
    if report.appointment:
        out.append(f"**Next appointment:** {md(report.appointment)}  ")
    out.append(f"\n_{PURPOSE}_\n")
    out.append("## Mood, energy and sleep\n")
    checkins = len(report.checkins)
    out.append(
        f"Check-ins on {checkins} of {report.days} days. Higher is better on every "
        "line; `·` marks a day with no entry.\n"
    )
    out.append("| | average | lowest | highest | days |")
    out.append("|---|---|---|---|---|")
    for stats in report.measures:
        unit = stats.measure.unit.strip()
        out.append(
            f"| {stats.measure.label} ({unit}) | {_num(stats.average)} | "
            f"{_num(stats.minimum)} | {_num(stats.maximum)} | {stats.count} |"
        )
    out.append("\n```text")
    for stats in report.measures:
        chart = sparkline(squeeze(stats.values, 60), stats.measure.low, stats.measure.high)
        out.append(f"{stats.measure.label:<14} {chart}")
    out.append("```\n")
    out.append("## Habits\n")
    if not report.habits:
        out.append("No habits were tracked in this period.\n")
    for habit in report.habits:
        out.append(
            f"- {md(habit.title)} ({md(habit.target)}): done on {habit.done} "
            f"day(s), {_pct(habit.share)} of the target"
        )
    out.append("\n## Side effects and symptoms\n")
    if not report.log:
        out.append("None logged in this period.\n")
    for entry in report.log:
        related = f" — may relate to: {md(entry.related_to)}" if entry.related_to else ""
        out.append(
            f"- {entry.day:%d %b %Y} · {entry.kind} · {entry.severity}: {md(entry.what)}{related}"
        )
        if entry.notes and report.notes is not None:
            out[-1] += "  "  # a line break inside the list item
            out.append(f"  Notes: {md(entry.notes)}")
    out.append("\n## Questions for my care team\n")
    if not report.open_questions:
        out.append("No open questions.\n")
    for number, question in enumerate(report.open_questions, start=1):
        out.append(f"{number}. {md(question.text)}")
    if report.answered_questions:
        out.append("\nAsked in this period:\n")
        for question in report.answered_questions:
            answer = f" — {md(question.answer)}" if question.answer.strip() else ""
            out.append(f"- {md(question.text)}{answer}")
    out.append("\n## Treatments tried\n")
    if not report.treatments:
        out.append("None recorded.\n")
    for treatment in report.treatments:
        when = " to ".join(x for x in (treatment.started, treatment.stopped) if x)
        out.append(f"- **{md(treatment.what)}**" + (f" ({md(when)})" if when else ""))
        if treatment.how_it_went:
            out[-1] += "  "
            out.append(f"  How it went: {md(treatment.how_it_went)}")
        if treatment.side_effects:
            out[-1] += "  "
            out.append(f"  Side effects: {md(treatment.side_effects)}")
    out.append("\n## Lessons\n")
    if report.lessons_done:
        for day, module, lesson in report.lessons_done:
            out.append(f"- {day:%d %b}: {md(module)} — {md(lesson)}")
    else:
        out.append("No lessons completed in this period.")
    if report.modules_done:
        out.append("\nModules completed: " + ", ".join(md(m) for m in report.modules_done))
    if report.notes is not None:
        out.append("\n## My notes\n")
        if not report.notes:
            out.append("No notes in this period.")
        for day, note in report.notes:
            out.append(f"- {day:%d %b %Y}: {md(note)}")
    if report.reflections is not None:
        out.append("\n## My reflections\n")
        for lesson, prompt, answer in report.reflections:
            out.append(f"- **{md(lesson)}** — {md(prompt)}  \n  {md(answer)}")
    return "\n".join(out).rstrip() + "\n"


# ----- HTML -------------------------------------------------------------------------------


def h(text: str) -> str:
    """Escape typed text for HTML, keeping line breaks."""
    return html.escape(text, quote=True).replace("\n", "<br>\n")


def svg_chart(report: Report, width: int = 640, height: int = 180) -> str:
    """An inline SVG line chart of mood, energy and sleep (scaled 0–1); no external assets."""
    pad_left, pad_bottom, pad_top = 40, 24, 12
    plot_w, plot_h = width - pad_left - 10, height - pad_bottom - pad_top
    colours = {"mood": "#2f6f8f", "energy": "#b5651d", "sleep_hours": "#4a7d3a"}
    dashes = {"mood": "", "energy": "6 3", "sleep_hours": "2 3"}
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" role="img" '
        'aria-label="Mood, energy and sleep over the period">'
    ]
    parts.append(
        f'<rect x="{pad_left}" y="{pad_top}" width="{plot_w}" height="{plot_h}" '
        'fill="none" stroke="#999" stroke-width="1"/>'
    )
    for label, share in (("best", 1.0), ("", 0.5), ("low", 0.0)):
        y = pad_top + plot_h * (1 - share)
        parts.append(
            f'<text x="{pad_left - 4}" y="{y + 4:.1f}" font-size="10" '
            f'text-anchor="end" fill="#555">{label}</text>'
        )
    days = max(report.days - 1, 1)
    for stats in report.measures:
        field_name = stats.measure.field
        if field_name not in colours:
            continue
        low, high = stats.measure.low, stats.measure.high
        points = []
        for index, value in enumerate(stats.values):
            if value is None:
                continue
            x = pad_left + plot_w * index / days
            y = pad_top + plot_h * (1 - (value - low) / (high - low))
            points.append(f"{x:.1f},{y:.1f}")
        if points:
            dash = f' stroke-dasharray="{dashes[field_name]}"' if dashes[field_name] else ""
            parts.append(
                f'<polyline fill="none" stroke="{colours[field_name]}" '
                f'stroke-width="2"{dash} points="{" ".join(points)}"/>'
            )
    parts.append(
        f'<text x="{pad_left}" y="{height - 6}" font-size="10" fill="#555">'
        f"{report.start:%d %b}</text>"
    )
    parts.append(
        f'<text x="{width - 10}" y="{height - 6}" font-size="10" '
        f'text-anchor="end" fill="#555">{report.end:%d %b}</text>'
    )
    parts.append("</svg>")
    return "\n".join(parts)


def to_html(report: Report) -> str:
    rows = []
    for stats in report.measures:
        rows.append(
            f"<tr><th>{h(stats.measure.label)} ({h(stats.measure.unit.strip())})</th>"
            f"<td>{_num(stats.average)}</td><td>{_num(stats.minimum)}</td>"
            f"<td>{_num(stats.maximum)}</td><td>{stats.count}</td></tr>"
        )
    habits = (
        "".join(
            f"<li>{h(x.title)} ({h(x.target)}): done on {x.done} day(s), "
            f"{_pct(x.share)} of the target</li>"
            for x in report.habits
        )
        or "<li>No habits were tracked in this period.</li>"
    )
    log = (
        "".join(
            f"<li>{e.day:%d %b %Y} · {e.kind} · {e.severity}: {h(e.what)}"
            + (f" — may relate to: {h(e.related_to)}" if e.related_to else "")
            + (f"<br>Notes: {h(e.notes)}" if e.notes and report.notes is not None else "")
            + "</li>"
            for e in report.log
        )
        or "<li>None logged in this period.</li>"
    )
    questions = "".join(f"<li>{h(q.text)}</li>" for q in report.open_questions)
    questions = f"<ol>{questions}</ol>" if questions else "<p>No open questions.</p>"
    asked = "".join(
        f"<li>{h(q.text)}" + (f" — {h(q.answer)}" if q.answer.strip() else "") + "</li>"
        for q in report.answered_questions
    )
    treatments = (
        "".join(
            f"<li><strong>{h(t.what)}</strong>"
            + (
                f" ({h(' to '.join(x for x in (t.started, t.stopped) if x))})"
                if t.started or t.stopped
                else ""
            )
            + (f"<br>How it went: {h(t.how_it_went)}" if t.how_it_went else "")
            + (f"<br>Side effects: {h(t.side_effects)}" if t.side_effects else "")
            + "</li>"
            for t in report.treatments
        )
        or "<li>None recorded.</li>"
    )
    lessons = "".join(f"<li>{d:%d %b}: {h(m)} — {h(ls)}</li>" for d, m, ls in report.lessons_done)
    who = f" — {h(report.name)}" if report.name.strip() else ""
    body = [
        f"<h1>Appointment summary{who}</h1>",
        f"<p><strong>Period:</strong> {report.start:%d %B %Y} to {report.end:%d %B %Y} "
        f"({report.days} days, inclusive)<br><strong>Made:</strong> "
        f"{report.made:%d %B %Y at %H:%M}"
        + (
            f"<br><strong>Next appointment:</strong> {h(report.appointment)}"
            if report.appointment
            else ""
        )
        + "</p>",
        f"<p><em>{h(PURPOSE)}</em></p>",
        "<h2>Mood, energy and sleep</h2>",
        f"<p>Check-ins on {len(report.checkins)} of {report.days} days. Higher is better. "
        "Solid line: mood; dashed: energy; dotted: sleep hours.</p>",
        svg_chart(report),
        "<table><tr><th></th><th>average</th><th>lowest</th><th>highest</th><th>days</th>"
        "</tr>" + "".join(rows) + "</table>",
        "<h2>Habits</h2>",
        f"<ul>{habits}</ul>",
        "<h2>Side effects and symptoms</h2>",
        f"<ul>{log}</ul>",
        "<h2>Questions for my care team</h2>",
        questions,
    ]
    if asked:
        body += ["<p>Asked in this period:</p>", f"<ul>{asked}</ul>"]
    body += [
        "<h2>Treatments tried</h2>",
        f"<ul>{treatments}</ul>",
        "<h2>Lessons</h2>",
        f"<ul>{lessons}</ul>" if lessons else "<p>No lessons completed in this period.</p>",
    ]
    if report.modules_done:
        body.append(
            "<p>Modules completed: " + ", ".join(h(m) for m in report.modules_done) + "</p>"
        )
    if report.notes is not None:
        notes = "".join(f"<li>{d:%d %b %Y}: {h(n)}</li>" for d, n in report.notes)
        body += ["<h2>My notes</h2>", f"<ul>{notes}</ul>" if notes else "<p>No notes.</p>"]
    if report.reflections is not None:
        items = "".join(
            f"<li><strong>{h(ls)}</strong> — {h(p)}<br>{h(a)}</li>"
            for ls, p, a in report.reflections
        )
        body += ["<h2>My reflections</h2>", f"<ul>{items}</ul>"]
    style = (
        "body{font-family:system-ui,sans-serif;max-width:46rem;margin:2rem auto;"
        "line-height:1.45;color:#222}table{border-collapse:collapse}"
        "th,td{border:1px solid #ccc;padding:.2rem .6rem;text-align:left}"
        "@media print{body{margin:0}}"
    )
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f"<title>Appointment summary {report.start} to {report.end}</title>\n"
        f"<style>{style}</style>\n</head>\n<body>\n" + "\n".join(body) + "\n</body>\n</html>\n"
    )


# ----- CSV and JSON: the raw rows -----------------------------------------------------------

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
        add("habit", None, habit.title, habit.done, f"{_pct(habit.share)} of {habit.target}")
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


def to_csv(report: Report) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows(report))
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


def render(report: Report, fmt: str) -> str:
    renderers = {"md": to_markdown, "html": to_html, "csv": to_csv, "json": to_json}
    # A report may be shown in a terminal (cat, less): control characters in notes
    # are written as their pictures, like everywhere else the app shows them.
    return visible(renderers[fmt](report))
