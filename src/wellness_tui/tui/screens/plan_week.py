"""Plan next week, opened from the weekly review (p).

What helped in the reviewed week comes first, each offered on the weekday and part
of the day it went well; then my other activities. Enter (or p) opens the same plan
dialog as the planner. The choices are made in core/next_week.py.
"""

from __future__ import annotations

from datetime import date, timedelta

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from wellness_tui.core.activation import plan, plans_for, state_words
from wellness_tui.core.next_week import NextWeekIdea, plan_next_week
from wellness_tui.textsafe import one_line
from wellness_tui.tui.plan_changes import MARK, put_entry
from wellness_tui.tui.screens.base import WellnessScreen
from wellness_tui.tui.widgets.footer import KeysFooter
from wellness_tui.tui.widgets.lists import replace_options
from wellness_tui.tui.widgets.text import indented, labelled, literal, row


class PlanWeekScreen(WellnessScreen):
    CSS_PATH = "../styles/activities.tcss"
    AUTO_FOCUS = "#plan-week-list"
    BINDINGS = [
        Binding("escape", "app.pop_screen", "Back", id="plan_week.back"),
        Binding("p", "plan", "Plan it", id="plan_week.plan"),
        Binding("u", "undo", "Undo", id="plan_week.undo"),
    ]

    def __init__(self, reviewed_day: date) -> None:
        super().__init__()
        self.reviewed_day = reviewed_day
        self._ideas: dict[str, NextWeekIdea] = {}

    def compose(self) -> ComposeResult:
        yield Static(id="planner-title")
        yield OptionList(id="plan-week-list")
        yield KeysFooter()

    def on_mount(self) -> None:
        self.refresh_view()

    def refresh_view(self) -> None:
        ctx = self.ctx
        week = plan_next_week(ctx.profile, self.reviewed_day, ctx.today())
        self._ideas = {i.activity.id: i for i in week.helped + week.others}
        self.query_one("#planner-title", Static).update(
            row(
                ("Plan next week  ", "bold"),
                (f"{week.start:%a %d %b} to {week.end:%a %d %b}", ""),
                ("   enter plans one; small is fine", "dim"),
            )
        )
        options: list[Option | None] = [Option(literal("Planned so far", "bold"), disabled=True)]
        for offset in range(7):
            day = week.start + timedelta(days=offset)
            for item in plans_for(ctx.profile, day):
                label = literal(f"  {day:%a %d}  {MARK[item.entry.state]}", "dim")
                options.append(
                    Option(
                        labelled(
                            label,
                            row(item.title, (f"  {state_words(item.entry)}", "dim")),
                            label.cell_len,
                        ),
                        disabled=True,
                    )
                )
        if len(options) == 1:
            options.append(Option(literal("  nothing yet", "dim"), disabled=True))
        for heading, ideas in (
            ("What helped last time (offered on the same day)", week.helped),
            ("My other activities", week.others),
        ):
            if not ideas:
                continue
            options.append(None)
            options.append(Option(literal(heading, "bold"), disabled=True))
            for idea in ideas:
                options.append(
                    Option(
                        indented(
                            row(
                                idea.activity.title,
                                (f"  {idea.helped}" if idea.helped else "", "dim"),
                            ),
                            2,
                        ),
                        id=f"activity:{idea.activity.id}",
                    )
                )
        if not self._ideas:
            options.append(None)
            options.append(
                Option(
                    indented(
                        literal(
                            "No activities yet: add or adopt one in the planner (escape twice).",
                            "italic",
                        ),
                        2,
                    ),
                    disabled=True,
                )
            )
        option_list = self.query_one("#plan-week-list", OptionList)
        replace_options(option_list, options)

    @on(OptionList.OptionSelected, "#plan-week-list")
    def selected(self, _event: OptionList.OptionSelected) -> None:
        self.action_plan()

    def action_plan(self) -> None:
        from wellness_tui.tui.dialogs.activity import PlanDialog, plan_of

        option = self.query_one("#plan-week-list", OptionList).highlighted_option
        idea = self._ideas.get((option.id or "").removeprefix("activity:")) if option else None
        if idea is None:
            self.notify("Highlight an activity to plan it.")
            return
        ctx = self.ctx
        today = ctx.today()
        activity_id, title = idea.activity.id, idea.activity.title

        def answered(values: dict[str, str] | None) -> None:
            found = ctx.profile.activity(activity_id)
            if values is None or found is None:
                return
            day, when = plan_of(values, today)
            put_entry(
                ctx,
                f"planning {one_line(title)}",
                plan(ctx.profile, found, day, ctx.clock.now(), when),
            )
            self.notify(f"Planned for {day:%a %d %b}. u undoes.")
            self.refresh_view()

        self.app.push_screen(PlanDialog(title, today, idea.day, idea.when, move=False), answered)

    def action_undo(self) -> None:
        done = self.ctx.undo()
        self.notify(f"Undone: {done}." if done else "Nothing to undo.", markup=False)
        self.refresh_view()


__all__ = ["PlanWeekScreen"]
