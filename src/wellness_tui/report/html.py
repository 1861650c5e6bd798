"""The report as one self-contained HTML page with an inline SVG chart (no external assets)."""

from __future__ import annotations

import html

from wellness_tui.core.patterns import CAVEAT, text_lines
from wellness_tui.core.trends import aim_words
from wellness_tui.core.worksheets import problem_parts, thought_parts
from wellness_tui.report.activities import rated_words, week_words
from wellness_tui.report.build import PURPOSE, MeasureStats, Report, habit_words, number_text
from wellness_tui.report.selfchecks import INTRO, answers_words, line_words


def h(text: str) -> str:
    """Escape typed text for HTML, keeping line breaks."""
    return html.escape(text, quote=True).replace("\n", "<br>\n")


COLOURS = {"mood": "#2f6f8f", "energy": "#b5651d", "sleep_hours": "#4a7d3a"}
DASHES = {"mood": "", "energy": "6 3", "sleep_hours": "2 3"}


def svg_chart(report: Report, width: int = 640, height: int = 180) -> str:
    """Inline SVG line charts (no external assets): mood and energy on their 1-10 axis,
    and hours slept on a chart of its own, in hours (more sleep is not "better").
    A line breaks at a day with no entry rather than drawing straight across it."""
    sleep = [s for s in report.measures if s.measure.field == "sleep_hours"]
    scores = [s for s in report.measures if s.measure.field in ("mood", "energy")]
    charts = [
        _svg_lines(
            report,
            scores,
            ("10 best", "1 low"),
            "Mood and energy over the period",
            width,
            height,
        )
    ]
    if sleep:
        high = sleep[0].measure.high
        charts.append(
            _svg_lines(
                report,
                sleep,
                (f"{high:g} h", "0 h"),
                "Hours slept over the period",
                width,
                height * 2 // 3,
            )
        )
    return "\n".join(charts)


def _svg_lines(
    report: Report,
    measures: list[MeasureStats],
    labels: tuple[str, str],
    title: str,
    width: int,
    height: int,
) -> str:
    pad_left, pad_bottom, pad_top = 48, 24, 12
    plot_w, plot_h = width - pad_left - 10, height - pad_bottom - pad_top
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" role="img" aria-label="{h(title)}">'
    ]
    parts.append(
        f'<rect x="{pad_left}" y="{pad_top}" width="{plot_w}" height="{plot_h}" '
        'fill="none" stroke="#999" stroke-width="1"/>'
    )
    for label, share in ((labels[0], 1.0), (labels[1], 0.0)):
        y = pad_top + plot_h * (1 - share)
        parts.append(
            f'<text x="{pad_left - 4}" y="{y + 4:.1f}" font-size="10" '
            f'text-anchor="end" fill="#555">{h(label)}</text>'
        )
    days = max(report.days - 1, 1)
    for stats in measures:
        field_name = stats.measure.field
        low, high = stats.measure.low, stats.measure.high
        runs: list[list[str]] = [[]]
        for index, value in enumerate(stats.values):
            if value is None:
                if runs[-1]:
                    runs.append([])  # a day with no entry: the line stops here
                continue
            share = (min(max(value, low), high) - low) / (high - low)
            x = pad_left + plot_w * index / days
            y = pad_top + plot_h * (1 - share)
            runs[-1].append(f"{x:.1f},{y:.1f}")
        dash = f' stroke-dasharray="{DASHES[field_name]}"' if DASHES[field_name] else ""
        for run in runs:
            if len(run) == 1:  # a lone day between gaps: a dot
                cx, cy = run[0].split(",")
                parts.append(f'<circle cx="{cx}" cy="{cy}" r="2.5" fill="{COLOURS[field_name]}"/>')
            elif run:
                parts.append(
                    f'<polyline fill="none" stroke="{COLOURS[field_name]}" '
                    f'stroke-width="2"{dash} points="{" ".join(run)}"/>'
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


# ----- the activity planner's section (report/activities.py) ------------------------------


def _activities_html(report: Report) -> list[str]:
    section = report.activities
    if section is None:
        return []
    weeks = "".join(
        f"<li>Week of {w.start:%d %b} to {w.end:%d %b}: {h(week_words(w))}</li>"
        for w in section.weeks
    )
    out = [
        "<h2>Activities</h2>",
        "<p>Small activities planned and done, with my own 0-10 ratings.</p>",
        f"<ul>{weeks}</ul>",
    ]
    if section.rated_highest:
        items = "".join(
            f"<li>{h(r.title)}: {h(rated_words(r.average_enjoyment, r.average_achievement))} "
            f"(done {'once' if r.times == 1 else f'{r.times} times'})</li>"
            for r in section.rated_highest
        )
        out += ["<p>Rated highest:</p>", f"<ul>{items}</ul>"]
    return out


# ----- self-checks (opt-in; report/selfchecks.py) ----------------------------------------


def _selfchecks_html(report: Report) -> list[str]:
    section = report.selfchecks
    if section is None:
        return []
    out = ["<h2>Self-checks</h2>", f"<p>{h(INTRO)}</p>"]
    for q in section.questionnaires:
        out.append(f"<h3>{h(q.title)}: {h(q.about)}</h3>")
        if not q.checks:
            out.append("<p>None in this period.</p>")
            continue
        items = "".join(
            f"<li>{line.day:%d %b %Y}: {h(line_words(q, line))}</li>" for line in q.checks
        )
        out += [f"<ul>{items}</ul>", f"<p>{h(q.outlook)}</p>"]
        if section.answers:
            out.append("<p>Item by item (private; included because I chose to):</p>")
            for line in q.checks:
                answers = "".join(f"<li>{h(text)}</li>" for text in answers_words(q, line))
                out.append(f"<p>{line.day:%d %b %Y}:</p><ul>{answers}</ul>")
    if section.attribution:
        out.append(f"<p><em>{h(section.attribution)}</em></p>")
    return out


# ----- end of self-checks -----


def to_html(report: Report) -> str:
    rows = []
    for stats in report.measures:
        rows.append(
            f"<tr><th>{h(stats.measure.label)} ({h(stats.measure.unit.strip())})</th>"
            f"<td>{number_text(stats.average)}</td><td>{number_text(stats.minimum)}</td>"
            f"<td>{number_text(stats.maximum)}</td><td>{stats.count}</td></tr>"
        )
    habits = (
        "".join(
            f"<li>{h(x.title)} ({h(x.target)}): {h(habit_words(x))}</li>" for x in report.habits
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
        f"<p>Check-ins on {len(report.checkins)} of {report.days} days. "
        f"{h(aim_words([s.measure for s in report.measures]))} "
        "First chart: mood (solid line) and energy (dashed); second chart: hours slept. "
        "A line stops where a day has no entry.</p>",
        svg_chart(report),
        "<table><tr><th></th><th>average</th><th>lowest</th><th>highest</th><th>days</th>"
        "</tr>" + "".join(rows) + "</table>",
        "<h2>Habits</h2>",
        f"<ul>{habits}</ul>",
        *_activities_html(report),
        *_selfchecks_html(report),
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
    # ----- patterns (opt-in) -----
    if report.patterns is not None:
        items = "".join(f"<li>{h(line)}</li>" for line in text_lines(report.patterns)[1:-1])
        body += [
            "<h2>Patterns: what went with better days</h2>",
            f"<ul>{items}</ul>",
            f"<p><em>{h(CAVEAT)}</em></p>",
        ]
    # ----- end of patterns -----
    if report.reflections is not None:
        items = "".join(
            f"<li><strong>{h(ls)}</strong> — {h(p)}<br>{h(a)}</li>"
            for ls, p, a in report.reflections
        )
        body += ["<h2>My reflections</h2>", f"<ul>{items}</ul>"]
    # ----- worksheets (opt-in) -----
    for title, empty, sheets in (
        (
            "My thought records",
            "No thought records in this period.",
            None
            if report.thoughts is None
            else [(r.created, thought_parts(r)) for r in report.thoughts],
        ),
        (
            "My problem solving",
            "No problem-solving sheets in this period.",
            None
            if report.problems is None
            else [(p.created, problem_parts(p)) for p in report.problems],
        ),
    ):
        if sheets is None:
            continue
        body.append(f"<h2>{title}</h2>")
        if not sheets:
            body.append(f"<p>{empty}</p>")
        for made, parts in sheets:
            items = "".join(f"<li><strong>{h(k)}:</strong> {h(v)}</li>" for k, v in parts)
            body += [f"<h3>{made:%d %b %Y}</h3>", f"<ul>{items}</ul>"]
    # ----- end of worksheets -----
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
