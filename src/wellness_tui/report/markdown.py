"""The report as Markdown (CommonMark): typed text escaped so it shows exactly as typed."""

from __future__ import annotations

import re

from wellness_tui.core.patterns import CAVEAT, text_lines
from wellness_tui.core.trends import aim_words, sparkline, squeeze
from wellness_tui.core.worksheets import problem_parts, thought_parts
from wellness_tui.report.activities import rated_words, week_words
from wellness_tui.report.build import PURPOSE, Report, habit_words, number_text
from wellness_tui.report.selfchecks import INTRO, answers_words, line_words

# Only what CommonMark would misread is escaped, so the file reads as typed in a
# plain editor too: "[b]", "&", "|" and "2026-11-25" stay as they are.
_MD_INLINE = re.compile(
    r"\\(?=[!-/:-@\[-`{-~]|$)"  # a backslash before punctuation (or a line's end)
    r"|[`*]"  # code and emphasis
    r"|(?<![A-Za-z0-9])_|_(?![A-Za-z0-9])"  # emphasis, but not snake_case inside a word
    r"|\](?=[(\[:])"  # a link or a reference: "[x](y)", "[x][y]", "[x]: y"
    r"|<(?=[A-Za-z/!?])"  # HTML or an autolink
    r"|&(?=#?\w+;)"  # an entity such as &amp; or &#35;
    r"|~(?=~)"  # strikethrough needs two
)
# Headings, quotes, list items and rules, which only a line's start makes.
_MD_LINE_START = re.compile(r"^(\s*)([#>]|[-+=](?=\s|$|[-+=]))")
_MD_NUMBERED = re.compile(r"^(\s*\d+)(?=[.)](?:\s|$))")


def md(text: str) -> str:
    """Escape typed text for CommonMark so it shows exactly as typed; line breaks kept."""
    lines = []
    for line in text.splitlines() or [""]:
        line = _MD_INLINE.sub(lambda m: "\\" + m.group(0), line)
        line = _MD_NUMBERED.sub(lambda m: m.group(1) + "\\", line)
        line = _MD_LINE_START.sub(lambda m: m.group(1) + "\\" + m.group(2), line)
        lines.append(line)
    return "\\\n  ".join(lines)


# ----- the activity planner's section (report/activities.py) ------------------------------


def _activities_md(report: Report) -> list[str]:
    section = report.activities
    if section is None:
        return []
    out = ["\n## Activities\n", "Small activities planned and done, with my own 0-10 ratings.\n"]
    for week in section.weeks:
        out.append(f"- Week of {week.start:%d %b} to {week.end:%d %b}: {week_words(week)}")
    if section.rated_highest:
        out.append("\nRated highest:\n")
        for item in section.rated_highest:
            times = "once" if item.times == 1 else f"{item.times} times"
            ratings = rated_words(item.average_enjoyment, item.average_achievement)
            out.append(f"- {md(item.title)}: {ratings} (done {times})")
    out.append("")
    return out


# ----- self-checks (opt-in; report/selfchecks.py) ----------------------------------------


def _selfchecks_md(report: Report) -> list[str]:
    section = report.selfchecks
    if section is None:
        return []
    out = ["\n## Self-checks\n", f"{md(INTRO)}\n"]
    for q in section.questionnaires:
        out.append(f"### {md(q.title)}: {md(q.about)}\n")
        if not q.checks:
            out.append("None in this period.\n")
            continue
        for line in q.checks:
            out.append(f"- {line.day:%d %b %Y}: {md(line_words(q, line))}")
        out.append(f"\n{md(q.outlook)}\n")
        if section.answers:
            out.append("Item by item (private; included because I chose to):\n")
            for line in q.checks:
                out.append(f"- {line.day:%d %b %Y}:")
                out += [f"  - {md(text)}" for text in answers_words(q, line)]
            out.append("")
    if section.attribution:
        out.append(f"_{md(section.attribution)}_\n")
    return out


# ----- end of self-checks -----


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
        f"Check-ins on {checkins} of {report.days} days. "
        f"{aim_words([s.measure for s in report.measures])} `·` marks a day with no entry.\n"
    )
    out.append("| | average | lowest | highest | days |")
    out.append("|---|---|---|---|---|")
    for stats in report.measures:
        unit = stats.measure.unit.strip()
        out.append(
            f"| {stats.measure.label} ({unit}) | {number_text(stats.average)} | "
            f"{number_text(stats.minimum)} | {number_text(stats.maximum)} | {stats.count} |"
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
        out.append(f"- {md(habit.title)} ({md(habit.target)}): {habit_words(habit)}")
    out += _activities_md(report)
    out += _selfchecks_md(report)
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
    # ----- patterns (opt-in) -----
    if report.patterns is not None:
        out.append("\n## Patterns: what went with better days\n")
        out += [f"- {md(line)}" for line in text_lines(report.patterns)[1:-1]]
        out.append(f"\n*{md(CAVEAT)}*")
    # ----- end of patterns -----
    if report.reflections is not None:
        out.append("\n## My reflections\n")
        for lesson, prompt, answer in report.reflections:
            out.append(f"- **{md(lesson)}** — {md(prompt)}  \n  {md(answer)}")
    # ----- worksheets (opt-in) -----
    if report.thoughts is not None:
        out.append("\n## My thought records\n")
        if not report.thoughts:
            out.append("No thought records in this period.")
        for record in report.thoughts:
            out.append(f"### {record.created:%d %b %Y}\n")
            out += [f"- **{label}:** {md(text)}" for label, text in thought_parts(record)]
    if report.problems is not None:
        out.append("\n## My problem solving\n")
        if not report.problems:
            out.append("No problem-solving sheets in this period.")
        for sheet in report.problems:
            out.append(f"### {sheet.created:%d %b %Y}\n")
            out += [f"- **{label}:** {md(text)}" for label, text in problem_parts(sheet)]
    # ----- end of worksheets -----
    return "\n".join(out).rstrip() + "\n"
