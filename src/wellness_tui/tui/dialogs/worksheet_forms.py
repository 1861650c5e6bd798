"""The thought-record and problem-solving forms (FormDialog), shared by the Notebook's
lists, the command palette and the offer after a low-mood check-in.

The rules (ratings 0-100, which traps exist, what is required) are in
core/worksheets.py; this only lays the fields out and saves what comes back.
"""

from __future__ import annotations

import copy
from collections.abc import Callable

from wellness_tui.core.worksheets import (
    PERCENT_HINT,
    PROBLEM_FIELD,
    THINKING_TRAPS,
    THOUGHT_FIELD,
    parse_percent,
    percent_text,
    problem_sheet,
    thought_record,
)
from wellness_tui.profile.models import ProblemOption, ProblemSheet, ThoughtRecord
from wellness_tui.profile.ops import PutWorksheet
from wellness_tui.tui.context import AppHost
from wellness_tui.tui.dialogs.form import Field, FormDialog, check_date

MIN_OPTION_SLOTS = 3


def thought_fields(record: ThoughtRecord | None) -> list[Field]:
    r = record
    return [
        Field(
            "situation",
            "The situation",
            kind="text",
            value=r.situation if r else "",
            required=True,
            hint="where you were, what was happening — only this one is needed",
        ),
        Field("feelings", "Feelings", kind="text", value=r.feelings if r else ""),
        Field(
            "feelings_strength",
            "How strong (0-100)",
            value=percent_text(r.feelings_strength) if r else "",
            kind="number",
            hint=PERCENT_HINT,
            check=parse_percent,
        ),
        Field("thought", "The thought", kind="text", value=r.thought if r else ""),
        Field(
            "belief",
            "How much I believed it (0-100)",
            value=percent_text(r.belief) if r else "",
            kind="number",
            hint=PERCENT_HINT,
            check=parse_percent,
        ),
        Field(
            "traps",
            "Thinking traps that may fit (none needed)",
            kind="checks",
            choices=THINKING_TRAPS,
            value=",".join(r.traps) if r else "",
            hint="space switches one on or off",
        ),
        Field("supports", "What supports the thought", kind="text", value=r.supports if r else ""),
        Field("against", "What does not support it", kind="text", value=r.against if r else ""),
        Field(
            "balanced",
            "A more balanced thought",
            kind="text",
            value=r.balanced if r else "",
            hint="what you might say to a friend who thought this",
        ),
        Field(
            "belief_now",
            "How much I believe the first thought now (0-100)",
            value=percent_text(r.belief_now) if r else "",
            kind="number",
            hint=PERCENT_HINT,
            check=parse_percent,
        ),
        Field(
            "feelings_now",
            "How strong the feelings are now (0-100)",
            value=percent_text(r.feelings_now) if r else "",
            kind="number",
            hint=PERCENT_HINT,
            check=parse_percent,
        ),
    ]


def open_thought_form(
    app: AppHost,
    record: ThoughtRecord | None = None,
    saved: Callable[[ThoughtRecord], None] | None = None,
) -> None:
    """Open the thought record form (the situation focused); ctrl+s saves."""
    shown = copy.deepcopy(record)  # what the person edits from (merged on save)

    def done(values: dict[str, str] | None) -> None:
        if values is None:
            return
        traps = [t for t in values.get("traps", "").split(",") if t]
        try:
            new = thought_record(values, traps, app.ctx.clock.now(), record)
        except ValueError as err:  # the form checked already; kept as a last guard
            app.notify(str(err), severity="warning", markup=False)
            return
        app.ctx.apply(PutWorksheet(THOUGHT_FIELD, new, base=shown))
        app.notify("Thought record saved.")
        if saved is not None:
            saved(new)

    verb = "Edit" if record is not None else "New"
    app.push_screen(FormDialog(f"{verb} thought record", thought_fields(record)), done)


def problem_fields(sheet: ProblemSheet | None) -> list[Field]:
    s = sheet
    options = list(s.options) if s else []
    slots = max(MIN_OPTION_SLOTS, len(options) + 1)
    options += [ProblemOption(text="") for _ in range(slots - len(options))]
    fields = [
        Field(
            "problem",
            "The problem",
            kind="text",
            value=s.problem if s else "",
            required=True,
            hint="say it as plainly as you can — only this one is needed",
        )
    ]
    for number, option in enumerate(options, start=1):
        fields += [
            Field(
                f"option_{number}",
                f"Option {number}",
                value=option.text,
                hint="any idea, without judging it yet",
            ),
            Field(f"pros_{number}", f"Option {number}: for it", value=option.pros),
            Field(f"cons_{number}", f"Option {number}: against it", value=option.cons),
        ]
    fields += [
        Field("chosen", "The one I choose", value=s.chosen if s else ""),
        Field(
            "step",
            "The first small step",
            value=s.step if s else "",
            hint="small enough to do on a low day",
        ),
        Field(
            "step_day",
            "When (a day)",
            kind="date",
            value=s.step_day.isoformat() if s and s.step_day else "",
        ),
        Field(
            "how_it_went", "Afterwards: how it went", kind="text", value=s.how_it_went if s else ""
        ),
        Field("what_next", "What next", kind="text", value=s.what_next if s else ""),
    ]
    return fields


def options_of(values: dict[str, str]) -> list[ProblemOption]:
    options = []
    number = 1
    while f"option_{number}" in values:
        options.append(
            ProblemOption(
                text=values[f"option_{number}"],
                pros=values[f"pros_{number}"],
                cons=values[f"cons_{number}"],
            )
        )
        number += 1
    return options


def open_problem_form(
    app: AppHost,
    sheet: ProblemSheet | None = None,
    saved: Callable[[ProblemSheet], None] | None = None,
) -> None:
    """Open the problem-solving form (the problem focused); ctrl+s saves."""
    shown = copy.deepcopy(sheet)  # what the person edits from (merged on save)

    def done(values: dict[str, str] | None) -> None:
        if values is None:
            return
        try:
            day = check_date(values.get("step_day", "").strip())
            new = problem_sheet(values, options_of(values), day, app.ctx.clock.now(), sheet)
        except ValueError as err:  # ParseError is a ValueError; the form checked already
            app.notify(str(err), severity="warning", markup=False)
            return
        app.ctx.apply(PutWorksheet(PROBLEM_FIELD, new, base=shown))
        app.notify("Problem-solving sheet saved.")
        if saved is not None:
            saved(new)

    verb = "Edit" if sheet is not None else "New"
    app.push_screen(FormDialog(f"{verb} problem-solving sheet", problem_fields(sheet)), done)
