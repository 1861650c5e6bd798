"""Create or edit a habit: its name, how often, and whether it is measured."""

from __future__ import annotations

from dataclasses import dataclass

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, VerticalScroll
from textual.widgets import Button, Input, Static

from wellness_tui.core.habit_factory import KIND_CHOICES, OFTEN_CHOICES, form_of, target_from_form
from wellness_tui.targets import WEEKDAYS, Target
from wellness_tui.tui.dialogs.form import EditDialog
from wellness_tui.tui.widgets.check_list import CheckList
from wellness_tui.tui.widgets.text import literal
from wellness_tui.tui.widgets.text_input import NumberInput, TextInput

OFTEN_LABELS = ("Every day", "A number of times a week", "On certain days")
KIND_LABELS = ("Yes / no", "At least an amount (a goal)", "At most an amount (a limit)")


@dataclass(frozen=True)
class HabitForm:
    title: str
    target: Target


class HabitEditDialog(EditDialog[HabitForm]):
    CSS_PATH = "../styles/habit_edit.tcss"

    def __init__(self, title: str = "", target: Target | None = None, heading: str = "") -> None:
        super().__init__()
        self.start_title = title
        self.start_target = target or Target()
        self.heading = heading or ("Edit habit" if title else "New habit")

    def compose(self) -> ComposeResult:
        often, per_week, days, kind, amount, unit = form_of(self.start_target)
        with VerticalScroll(id="habit-form") as box:
            box.border_title = self.heading
            yield Static(literal("Name"), classes="label")
            yield TextInput(self.start_title, placeholder="e.g. Walk 10 minutes", id="title")
            yield Static(literal("How often"), classes="label")
            yield CheckList(
                zip(OFTEN_CHOICES, OFTEN_LABELS, strict=True), [often], single=True, id="often"
            )
            with Horizontal(id="per-week-row", classes="sub"):
                yield Static(literal("Times a week (1–7)"), classes="label")
                yield NumberInput(per_week or "3", id="per-week", compact=True)
            yield CheckList([(d, d.capitalize()) for d in WEEKDAYS], days, id="days", classes="sub")
            yield Static(literal("Kind"), classes="label")
            yield CheckList(
                zip(KIND_CHOICES, KIND_LABELS, strict=True), [kind], single=True, id="kind"
            )
            with Horizontal(id="amount-row", classes="sub"):
                yield Static(literal("Amount"), classes="label")
                yield NumberInput(amount, placeholder="10", id="amount", compact=True)
                yield Static(literal("Unit"), classes="label")
                yield TextInput(unit, placeholder="minutes", id="unit", compact=True)
            yield Static(id="form-problem")
            with Horizontal(id="form-buttons"):
                yield Button("Cancel", id="cancel")
                yield Button("Save", id="save", variant="primary")
            yield Static(literal("ctrl+s: save · escape: cancel · ctrl+g: get help", "dim"))

    def on_mount(self) -> None:
        self._start = self.fields()
        self.query_one("#form-problem").display = False
        self._show_parts()
        self.query_one("#title", Input).focus()

    def _choice(self, list_id: str) -> str:
        return self.query_one(f"#{list_id}", CheckList).value

    @on(CheckList.Changed)
    def _show_parts(self) -> None:
        often = self._choice("often")
        self.query_one("#per-week-row").display = often == "per_week"
        self.query_one("#days").display = often == "days"
        self.query_one("#amount-row").display = self._choice("kind") != "yes_no"

    def result(self) -> HabitForm:
        title = self.query_one("#title", Input).value.strip()
        if not title:
            raise ValueError("Name: a few words, like “Walk 10 minutes”.")
        target = target_from_form(
            self._choice("often"),
            self.query_one("#per-week", Input).value,
            self.query_one("#days", CheckList).values,
            self._choice("kind"),
            self.query_one("#amount", Input).value,
            self.query_one("#unit", Input).value,
        )
        return HabitForm(title, target)

    def fields(self) -> tuple[object, ...]:
        """Everything the form shows, as typed (to tell whether anything changed)."""
        return (
            self.query_one("#title", Input).value,
            self._choice("often"),
            self.query_one("#per-week", Input).value,
            tuple(self.query_one("#days", CheckList).values),
            self._choice("kind"),
            self.query_one("#amount", Input).value,
            self.query_one("#unit", Input).value,
        )

    def changed(self) -> bool:
        return self.fields() != self._start

    def action_save(self) -> None:
        try:
            form = self.result()
        except ValueError as err:
            self.show_problem(str(err).splitlines()[-1].removeprefix("  Value error, "))
            return
        self.dismiss(form)
