"""Notebook: thought records and problem-solving sheets, listed newest first.

n new · e or enter edit · d delete (asks first); on a problem-solving sheet, a
turns its first small step into a habit (core/worksheets.step_habit).
"""

from __future__ import annotations

from rich.console import RenderableType
from textual.binding import Binding
from textual.widgets import OptionList

from wellness_tui.core.worksheets import (
    PROBLEM_FIELD,
    THOUGHT_FIELD,
    problem_summary,
    problems_by_date,
    step_habit,
    step_plan,
    thought_summary,
    thoughts_by_date,
)
from wellness_tui.profile.models import ProblemSheet, ThoughtRecord
from wellness_tui.profile.op_base import Op
from wellness_tui.profile.ops import PutWorksheet
from wellness_tui.textsafe import one_line
from wellness_tui.tui.context import host
from wellness_tui.tui.dialogs.worksheet_forms import open_problem_form, open_thought_form
from wellness_tui.tui.screens.item_list import ItemListScreen
from wellness_tui.tui.widgets.text import literal, row, two_line


def _when(item: ThoughtRecord | ProblemSheet) -> str:
    return f"{item.created:%a %d %b %Y}"


class ThoughtRecordsScreen(ItemListScreen[ThoughtRecord]):
    FIELD = THOUGHT_FIELD
    TITLE = "Thought records"
    NOUN = "thought record"
    EMPTY = (
        "Nothing here yet. Press n to write a thought record: the situation, the "
        "thought, and a kinder way of looking at it. Only the situation is needed."
    )
    INTRO = (
        "A thought is not a fact. If your thoughts turn to dying or hurting yourself, "
        "press ctrl+g for get-help and your safety plan, not a worksheet."
    )

    def items(self) -> list[ThoughtRecord]:
        return thoughts_by_date(self.ctx.profile)

    def open_form(self, item: ThoughtRecord | None) -> None:
        open_thought_form(host(self.app), item, self._saved)

    def _saved(self, item: ThoughtRecord) -> None:
        self.refresh_view()
        ids = [i.id for i in self.items()]
        if item.id in ids:
            self.query_one(OptionList).highlighted = ids.index(item.id)

    def show(self, item: ThoughtRecord) -> RenderableType:
        head = row((_when(item), "bold"), "   ", thought_summary(item))
        balanced = one_line(item.balanced.strip())
        return two_line(head, literal(f"kinder view: {balanced}", "dim"), 2) if balanced else head

    def delete_question(self, item: ThoughtRecord) -> str:
        return (
            f"Delete the thought record of {_when(item)} "
            f"(“{one_line(item.situation)[:60]}”)? This cannot be undone."
        )


class ProblemsScreen(ItemListScreen[ProblemSheet]):
    FIELD = PROBLEM_FIELD
    TITLE = "Problem solving"
    NOUN = "problem-solving sheet"
    EMPTY = (
        "Nothing here yet. Press n to work through a problem in steps: say what it is, "
        "list options, choose one small step and when."
    )
    INTRO = (
        "p: put the first small step on the activity planner, on its day · "
        "a: make it a daily habit (you can edit or archive either later)."
    )
    BINDINGS = [
        Binding("p", "step_plan", "Plan it", id="problems.step_plan"),
        Binding("a", "step_habit", "Step → habit", id="problems.step_habit"),
    ]

    def items(self) -> list[ProblemSheet]:
        return problems_by_date(self.ctx.profile)

    def open_form(self, item: ProblemSheet | None) -> None:
        open_problem_form(host(self.app), item, self._saved)

    def _saved(self, item: ProblemSheet) -> None:
        self.refresh_view()
        ids = [i.id for i in self.items()]
        if item.id in ids:
            self.query_one(OptionList).highlighted = ids.index(item.id)

    def show(self, item: ProblemSheet) -> RenderableType:
        head = row((_when(item), "bold"), "   ", problem_summary(item))
        chosen = one_line(item.chosen.strip())
        habit = " · is a habit" if item.habit_id else ""
        if not chosen and not habit:
            return head
        return two_line(
            head, literal(f"chosen: {chosen}{habit}" if chosen else habit[3:], "dim"), 2
        )

    def delete_question(self, item: ProblemSheet) -> str:
        return (
            f"Delete the problem-solving sheet “{one_line(item.problem)[:60]}”? "
            "This cannot be undone (a habit made from it stays)."
        )

    def action_step_habit(self) -> None:
        sheet = self.highlighted()
        if sheet is None:
            return
        try:
            add, updated = step_habit(
                self.ctx.profile, sheet, self.ctx.today(), self.ctx.clock.now()
            )
        except ValueError as err:
            self.notify(str(err), markup=False)
            return
        self.ctx.change_habit(add.habit.id, [add], f"adding {one_line(add.habit.title)}")
        self.ctx.apply(PutWorksheet(PROBLEM_FIELD, updated, base=sheet))
        self.notify(f"A new daily habit: {add.habit.title}. It is on Today.", markup=False)
        self.refresh_view()

    def action_step_plan(self) -> None:
        """The step on the planner as one change (u on the planner undoes it)."""
        from wellness_tui.profile.ops import PutActivity, PutPlan, RemoveActivity, RemovePlan
        from wellness_tui.tui.plan_changes import remember

        sheet = self.highlighted()
        if sheet is None:
            return
        try:
            activity, entry = step_plan(
                self.ctx.profile, sheet, self.ctx.today(), self.ctx.clock.now()
            )
        except ValueError as err:
            self.notify(str(err), markup=False)
            return
        ops: list[Op] = [PutPlan(entry)]
        undo: list[Op] = [RemovePlan(entry.id)]
        if activity is not None:
            ops.insert(0, PutActivity(activity))
            undo.append(RemoveActivity(activity.id))
        remember(self.ctx, "planning a step", ops, undo)
        title = one_line(sheet.step.strip())[:80]
        self.notify(
            f"On your planner for {entry.day:%A %d %B}: {title}. On Today, a opens the planner.",
            markup=False,
        )
        self.refresh_view()
