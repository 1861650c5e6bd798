"""A small form in a dialog: lines, longer text, a choice, a date. Returns the values.

Escape never silently throws away what was typed: if anything changed, it asks.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Generic, TypeVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Static, TextArea

from wellness_tui.core.parse import ParseError, parse_date
from wellness_tui.textsafe import visible
from wellness_tui.tui.dialogs.confirm import ConfirmDialog
from wellness_tui.tui.widgets.check_list import CheckList
from wellness_tui.tui.widgets.text import literal
from wellness_tui.tui.widgets.text_input import (
    READ_ONLY_NOTE,
    NumberInput,
    TextInput,
    profile_is_read_only,
)


@dataclass(frozen=True)
class Field:
    id: str
    label: str
    kind: str = "line"
    """"line", "text" (several lines), "choice", "checks" (any number of choices, their
    values joined by commas), "date" (YYYY-MM-DD, may be empty) or "number" (a line whose
    old value is selected on focus, so typing replaces it)."""
    value: str = ""
    required: bool = False
    hint: str = ""
    choices: Sequence[tuple[str, str]] = field(default_factory=tuple)
    """For "choice": (value, label) pairs."""
    latest: date | None = None
    """For "date": the last day allowed (e.g. today, for things that already happened)."""
    check: Callable[[str], object] | None = None
    """Reads the typed value (e.g. core.parse); a ParseError or ValueError is what to fix."""


def check_date(text: str, latest: date | None = None) -> date | None:
    """A form's date ("" is no date): read by core.parse, as the shell reads --date."""
    return parse_date(text, latest=latest)


Result = TypeVar("Result")


class EditDialog(ModalScreen[Result | None], Generic[Result]):
    """What every editing dialog shares: ctrl+s or Save saves, enter in a line saves,
    escape or Cancel leaves, but asks first if anything was typed."""

    BINDINGS = [
        Binding("escape", "cancel", "Cancel", id="form.cancel"),
        Binding("ctrl+s", "save", "Save", id="form.save"),
    ]

    def action_save(self) -> None:
        """Validate; dismiss with the result, or show_problem()."""

    def changed(self) -> bool:
        """Whether anything differs from when the dialog opened."""
        return False

    def show_problem(self, message: str, field: str | None = None) -> None:
        widget = self.query_one("#form-problem", Static)
        widget.update(literal(message))
        widget.display = True
        if field is not None:  # the cursor goes to the field; the view shows the message
            self.query_one(field).focus(scroll_visible=False)
        self.call_after_refresh(widget.scroll_visible, animate=False)
        self.notify(message, severity="warning", markup=False)

    @on(Input.Changed)
    @on(TextArea.Changed)
    @on(CheckList.Changed)
    def edited(self) -> None:
        """A problem shown earlier goes away as soon as the person edits."""
        problem = self.query("#form-problem")
        if problem:
            problem.first().display = False

    @on(Input.Submitted)
    def submitted(self) -> None:
        self.action_save()

    @on(Button.Pressed, "#save")
    def save_pressed(self) -> None:
        self.action_save()

    @on(Button.Pressed, "#cancel")
    def action_cancel(self) -> None:
        if not self.changed():
            self.dismiss(None)
            return

        def answered(discard: bool | None) -> None:
            if discard:
                self.dismiss(None)

        self.app.push_screen(
            ConfirmDialog("Discard what you typed?", yes="Discard", no="Keep editing"),
            answered,
        )


class FormDialog(EditDialog[dict[str, str]]):
    CSS_PATH = "../styles/form.tcss"

    def __init__(
        self,
        title: str,
        fields: Sequence[Field],
        *,
        follow: Callable[[str, dict[str, str]], dict[str, str]] | None = None,
        saves: bool = True,
    ) -> None:
        """`follow(changed field id, values)` returns line fields to update when a choice
        changes (the report's "Save to" path follows its format). `saves`: the values
        are kept in the profile, so a read-only profile refuses typing in the form."""
        super().__init__()
        self.form_title = title
        self.fields = list(fields)
        self.follow = follow
        self.saves = saves

    def compose(self) -> ComposeResult:
        read_only = self.saves and profile_is_read_only(self)
        with VerticalScroll(id="form") as box:
            box.border_title = self.form_title
            if read_only:
                box.border_subtitle = READ_ONLY_NOTE
            for spec in self.fields:
                label = spec.label + (" *" if spec.required else "")
                yield Static(literal(label), classes="label")
                if spec.kind == "text":
                    area = TextArea(  # control characters shown as pictures (ESC as ␛)
                        visible(spec.value),
                        id=f"field-{spec.id}",
                        classes="long",
                        tab_behavior="focus",
                    )
                    if read_only:
                        area.read_only = True
                        area.border_subtitle = READ_ONLY_NOTE
                    yield area
                elif spec.kind == "checks":
                    yield CheckList(
                        spec.choices,
                        [v for v in spec.value.split(",") if v],
                        id=f"field-{spec.id}",
                        classes="choice",
                    )
                elif spec.kind == "choice":
                    yield CheckList(
                        spec.choices,
                        [spec.value],
                        single=True,
                        id=f"field-{spec.id}",
                        classes="choice",
                    )
                else:
                    placeholder = "YYYY-MM-DD" if spec.kind == "date" else spec.hint
                    kind = NumberInput if spec.kind == "number" else TextInput
                    yield kind(
                        spec.value, placeholder=placeholder, id=f"field-{spec.id}", saves=self.saves
                    )
                if spec.hint and spec.kind not in ("line", "number"):
                    yield Static(literal(spec.hint, "dim"), classes="hint")
            yield Static(id="form-problem")
            with Horizontal(id="form-buttons"):
                yield Button("Cancel", id="cancel")
                yield Button("Save", id="save", variant="primary")
            yield Static(literal("ctrl+s: save · escape: cancel · ctrl+g: get help", "dim"))

    def on_mount(self) -> None:
        self.query_one("#form-problem").display = False
        first = self.query(f"#field-{self.fields[0].id}").first() if self.fields else None
        if first is not None:
            first.focus()
        self._start = self.values()

    def values(self) -> dict[str, str]:
        out = {}
        for spec in self.fields:
            widget = self.query_one(f"#field-{spec.id}")
            if isinstance(widget, TextArea):
                # Unedited text is kept exactly as stored, not as its visible form.
                text = widget.text
                out[spec.id] = spec.value if text == visible(spec.value) else text
            elif isinstance(widget, CheckList) and spec.kind == "checks":
                out[spec.id] = ",".join(widget.values)
            elif isinstance(widget, (CheckList, Input)):
                out[spec.id] = widget.value
        return out

    def problem(self, values: dict[str, str]) -> tuple[str, str] | None:
        """(field id, what to fix) for the first field that needs fixing."""
        for spec in self.fields:
            value = values[spec.id].strip()
            if spec.required and not value:
                return spec.id, f"{spec.label}: please fill this in."
            if spec.kind == "date":
                try:
                    check_date(value, spec.latest)
                except ParseError as err:
                    return spec.id, f"{spec.label}: {err}"
            if spec.check is not None:
                try:
                    spec.check(value)
                except (ParseError, ValueError) as err:
                    return spec.id, f"{spec.label}: {err}"
        return None

    def changed(self) -> bool:
        return self.values() != self._start

    @on(CheckList.Changed)
    def choice_changed(self, event: CheckList.Changed) -> None:
        if self.follow is None or not event.check_list.id:
            return
        field_id = event.check_list.id.removeprefix("field-")
        for other, value in self.follow(field_id, self.values()).items():
            widget = self.query_one(f"#field-{other}", Input)
            if widget.value != value:
                widget.value = value

    def action_save(self) -> None:
        values = self.values()
        problem = self.problem(values)
        if problem:
            field_id, message = problem
            self.show_problem(message, f"#field-{field_id}")
            return
        self.dismiss(values)
